"""Tasks (coroutines driven by the loop) and the functions that combine awaitables:
``sleep``, ``gather``, ``wait_for``, ``wait``, ``as_completed``, ``shield``."""

from . import events
from .coroutines import iscoroutine
from .exceptions import CancelledError, InvalidStateError, TimeoutError
from .futures import Future, _set_result_unless_cancelled, isfuture

__all__ = (
    "Task", "create_task", "ensure_future", "current_task", "all_tasks", "sleep", "gather",
    "wait_for", "wait", "as_completed", "shield", "FIRST_COMPLETED", "FIRST_EXCEPTION",
    "ALL_COMPLETED",
)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

# Task names count up over the whole program, across event loops.
_task_counter = [0]
# Unfinished tasks in creation order (by id), and the task each loop is running.
_live_tasks = {}
_current = {}


def _next_task_name():
    _task_counter[0] += 1
    return f"Task-{_task_counter[0]}"


class Task(Future):
    """Runs a coroutine on the loop: each step sends into it (or throws into it) until it
    awaits a pending future, which wakes the task up again when it is done."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        self._name = _next_task_name() if name is None else str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        _live_tasks[id(self)] = self

    def __repr__(self):
        coro = getattr(self._coro, "__qualname__", None) or repr(self._coro)
        return f"<Task {self._state_text()} name={self._name!r} coro=<{coro}()>>"

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        # Cancel what the task waits for; its wake-up then throws CancelledError in.
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        running = _current.get(id(loop))
        if running is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another task "
                               f"{running!r} is being executed.")
        _current[id(loop)] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # cancel() arrived while the coroutine was finishing.
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._handle_yield(result)
        finally:
            del _current[id(loop)]
            if self.done():
                _live_tasks.pop(id(self), None)

    def _handle_yield(self, result):
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                err = RuntimeError(f"Task {self!r} got Future {result!r} attached to a different loop")
                self._loop.call_soon(self._step, err)
            elif not blocking:
                err = RuntimeError(f"yield was used instead of yield from in task {self!r} with {result!r}")
                self._loop.call_soon(self._step, err)
            elif result is self:
                err = RuntimeError(f"Task cannot await on itself: {self!r}")
                self._loop.call_soon(self._step, err)
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            # A bare yield (sleep(0)): run again on the next iteration.
            self._loop.call_soon(self._step)
        else:
            err = RuntimeError(f"Task got bad yield: {result!r}")
            self._loop.call_soon(self._step, err)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop and returns its Task."""
    return events.get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current.get(id(loop))


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_live_tasks.values()) if t._loop is loop and not t.done()}


def _live_tasks_of(loop):
    """The unfinished tasks of `loop` in creation order."""
    return [t for t in list(_live_tasks.values()) if t._loop is loop and not t.done()]


class _AwaitableWrapper:
    def __init__(self, awaitable):
        self._awaitable = awaitable

    def __await__(self):
        return self._awaitable.__await__()


async def _wrap_awaitable(awaitable):
    return await _AwaitableWrapper(awaitable)


def ensure_future(coro_or_future, *, loop=None):
    """A Future for the argument: futures as they are, coroutines wrapped in a Task."""
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError("The future belongs to a different loop than "
                             "the one specified as the loop argument")
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), "__await__"):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


class _Yield:
    """Awaiting it suspends the task for exactly one loop iteration."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspends the calling task for `delay` seconds (one iteration for 0)."""
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of all results, in argument order; the first exception
    propagates unless `return_exceptions` puts exceptions in the list instead."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    state = {"finished": 0}
    children = []
    seen = {}
    loop = None
    outer = None

    def on_child_done(fut):
        state["finished"] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["finished"] == len(seen):
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    results.append(CancelledError("" if msg is None else msg))
                else:
                    res = child.exception()
                    results.append(child.result() if res is None else res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key in seen:
            fut = seen[key][1]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            seen[key] = (arg, fut)
            fut.add_done_callback(on_child_done)
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()

    def release(f):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Awaits `fut` for at most `timeout` seconds, cancelling it and raising TimeoutError
    when the time is up."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def release(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks in `fs`; returns the sets ``(done, pending)``."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    loop = events.get_running_loop()
    fs = [ensure_future(f, loop=loop) for f in _unique(fs)]
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    state = {"left": len(fs)}

    def on_done(f):
        state["left"] -= 1
        if (state["left"] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _unique(items):
    seen = set()
    out = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


def as_completed(fs, *, timeout=None):
    """An iterator of coroutines giving the results of `fs` in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in _unique(fs)]
    pending = {id(f) for f in todo}
    timer = [None]

    def on_timeout():
        for f in todo:
            if id(f) in pending:
                f.remove_done_callback(on_completion)
                done.put_nowait(None)
        pending.clear()

    def on_completion(f):
        if not pending:
            return
        pending.discard(id(f))
        done.put_nowait(f)
        if not pending and timer[0] is not None:
            timer[0].cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer[0] = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


def shield(arg):
    """Protects `arg` from cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer
