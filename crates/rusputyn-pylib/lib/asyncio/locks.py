"""Synchronisation between tasks: ``Lock``, ``Event``, ``Condition``, ``Semaphore`` and
``BoundedSemaphore``. Waiters are futures woken in FIFO order."""

from . import events
from .exceptions import CancelledError

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore")


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = events.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop

    async def _wait_queued(self, waiters, on_cancel=None):
        """Waits on a new future queued last in ``waiters`` (woken in FIFO order), taking
        it off the queue however the wait ends; ``on_cancel(fut)`` runs before a
        cancellation propagates."""
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            try:
                await fut
            finally:
                waiters.remove(fut)
        except CancelledError:
            if on_cancel is not None:
                on_cancel(fut)
            raise


class _AsyncContext:
    """``async with lock:`` acquires and releases."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AsyncContext, _LoopBound):
    """A mutual-exclusion lock; ``acquire()`` waits while another task holds it."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<asyncio.locks.Lock object [{extra}]>"

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None
                                 or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        await self._wait_queued(self._waiters, self._cancelled_waiter)
        self._locked = True
        return True

    def _cancelled_waiter(self, fut):
        # A waiter woken but cancelled before it ran passes the wake-up on.
        if not self._locked:
            self._wake_up_first()

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait for; ``set()`` wakes every waiter."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<asyncio.locks.Event object [{extra}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await self._wait_queued(self._waiters)
        return True


class Condition(_AsyncContext, _LoopBound):
    """A lock with ``wait()``/``notify()``: waiters reacquire the lock before returning."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            await self._wait_queued(self._waiters)
            return True
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AsyncContext, _LoopBound):
    """A counter of available slots; ``acquire()`` waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"<asyncio.locks.{type(self).__name__} object [{extra}]>"

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        await self._wait_queued(self._waiters, self._cancelled_waiter)
        if self._value > 0:
            self._wake_up_next()
        return True

    def _cancelled_waiter(self, fut):
        if not fut.cancelled():
            # The slot handed to this waiter goes to the next one.
            self._value += 1
            self._wake_up_next()

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()
