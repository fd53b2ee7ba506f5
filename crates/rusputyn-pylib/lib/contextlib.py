"""Utilities for with-statement contexts.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `contextlib`
(https://docs.python.org/3.11/library/contextlib.html): `contextmanager`, `ContextDecorator`,
`AbstractContextManager`, `closing`, `suppress`, `nullcontext`, `ExitStack`,
`redirect_stdout` and `redirect_stderr`, and the asynchronous `asynccontextmanager`,
`AbstractAsyncContextManager`, `AsyncContextDecorator` and `aclosing`. Not provided yet:
`chdir` and `AsyncExitStack`.
"""

__all__ = [
    "AbstractAsyncContextManager",
    "AbstractContextManager",
    "AsyncContextDecorator",
    "aclosing",
    "asynccontextmanager",
    "ContextDecorator",
    "ExitStack",
    "closing",
    "contextmanager",
    "nullcontext",
    "redirect_stderr",
    "redirect_stdout",
    "suppress",
]

import sys
from functools import update_wrapper


class AbstractContextManager:
    """A context manager whose `__enter__` returns itself; subclasses define `__exit__`."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class that lets a context manager also be used as a function decorator: the
    decorated function runs inside a fresh use of the manager."""

    def _recreate_cm(self):
        # A manager usable once at a time is reused as is; one-shot managers override this.
        return self

    def __call__(self, func):
        manager = self

        def inner(*args, **kwds):
            with manager._recreate_cm():
                return func(*args, **kwds)

        return update_wrapper(inner, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager `@contextmanager` makes: the generator runs up to its `yield` on
    entry; on exit it resumes normally, or has the exception thrown in at the `yield`."""

    def __init__(self, func, args, kwds):
        self._factory = (func, args, kwds)
        self.gen = func(*args, **kwds)
        doc = getattr(func, "__doc__", None)
        self.__doc__ = doc if doc is not None else type(self).__doc__

    def _recreate_cm(self):
        func, args, kwds = self._factory
        return type(self)(func, args, kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The statement raised a class, not an instance.
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stopped:
            # The generator swallowed the exception (suppress), unless the exception was a
            # StopIteration that simply finished it.
            return stopped is not value
        except RuntimeError as err:
            if err is value:
                return False
            # A StopIteration raised into a generator comes back as a RuntimeError caused by it.
            if isinstance(value, StopIteration) and err.__cause__ is value:
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            # The generator let the exception through: the with statement re-raises it.
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turns a generator function into a factory of context managers (see the module doc)."""

    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return update_wrapper(helper, func)


class AbstractAsyncContextManager:
    """An asynchronous context manager whose `__aenter__` returns itself."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class AsyncContextDecorator:
    """Lets an asynchronous context manager decorate coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager = self

        async def inner(*args, **kwds):
            async with manager._recreate_cm():
                return await func(*args, **kwds)

        return update_wrapper(inner, func)


class _AsyncGeneratorContextManager(AsyncContextDecorator, AbstractAsyncContextManager):
    """The manager `@asynccontextmanager` makes: like `_GeneratorContextManager`, with the
    async generator driven by `__anext__()` and `athrow()`."""

    def __init__(self, func, args, kwds):
        self._factory = (func, args, kwds)
        self.gen = func(*args, **kwds)
        doc = getattr(func, "__doc__", None)
        self.__doc__ = doc if doc is not None else type(self).__doc__

    def _recreate_cm(self):
        func, args, kwds = self._factory
        return type(self)(func, args, kwds)

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stopped:
            return stopped is not value
        except RuntimeError as err:
            if err is value:
                return False
            # A StopIteration/StopAsyncIteration thrown in comes back as a RuntimeError
            # caused by it.
            if isinstance(value, (StopIteration, StopAsyncIteration)) and err.__cause__ is value:
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Turns an async generator function into a factory of asynchronous context managers."""

    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    return update_wrapper(helper, func)


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(agen) as g:` awaits `agen.aclose()` on the way out."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class closing(AbstractContextManager):
    """Calls `thing.close()` when the block ends: `with closing(open_resource()) as r:`."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `__enter__` returns `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    """Replaces the `sys` stream named by `_stream` for the duration of the block; nested
    uses of one object restore the streams in reverse order."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends what the block prints (`print`, `sys.stdout.write`) to another file-like
    object: `with redirect_stdout(io.StringIO()) as buf:`."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Like `redirect_stdout`, for `sys.stderr`."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Suppresses the given exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks run in reverse order when the block ends, each seeing the
    exception left by the ones after it; one that returns true suppresses it."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every callback to a new stack and returns it; this one becomes empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers `exit` (a context manager's `__exit__`, or any callable taking the
        three exception arguments) and returns it, so it can be used as a decorator."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(lambda typ, val, tb: exit_method(exit, typ, val, tb))
        return exit

    def enter_context(self, cm):
        """Enters `cm` and registers its `__exit__`; returns what `__enter__` returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit_method = cls.__exit__
        except AttributeError:
            raise TypeError(
                f"'{cls.__module__}.{cls.__qualname__}' object does not support the context manager protocol"
            ) from None
        result = enter(cm)
        self._exit_callbacks.append(lambda typ, val, tb: exit_method(cm, typ, val, tb))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers `callback(*args, **kwds)` to run on exit; returns `callback`."""

        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)

        run_callback.__wrapped__ = callback
        self._exit_callbacks.append(run_callback)
        return callback

    def close(self):
        """Runs every callback now, as leaving the block without an exception would."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        pending = exc_details[1] if received else None
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            if pending is None:
                details = (None, None, None)
            else:
                details = (type(pending), pending, getattr(pending, "__traceback__", None))
            try:
                if cb(*details):
                    pending = None
            except BaseException as new_exc:
                # The new exception replaces the pending one, which becomes its context.
                if pending is not None and new_exc is not pending and new_exc.__context__ is None:
                    new_exc.__context__ = pending
                pending = new_exc
        if pending is not None and (not received or pending is not exc_details[1]):
            raise pending
        return received and pending is None
