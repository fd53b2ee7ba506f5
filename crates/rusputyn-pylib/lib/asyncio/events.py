"""The event loop: one thread, a FIFO queue of ready callbacks and a heap of timers.

Each iteration of the loop waits (really sleeps, on the monotonic clock) until the earliest
timer is due unless callbacks are ready, moves every due timer to the ready queue in
deadline order, then runs exactly the callbacks that were ready when the iteration began;
callbacks scheduled meanwhile run in the next iteration. That is the order CPython's
asyncio gives the same program.
"""

import sys
import time as _time

__all__ = (
    "AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop", "get_running_loop",
    "new_event_loop", "set_event_loop",
)


class Handle:
    """A callback scheduled on the loop; ``cancel()`` keeps it from running."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def __repr__(self):
        state = " cancelled" if self._cancelled else ""
        return f"<{type(self).__name__}{state} {self._callback!r}>"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {self._callback!r}",
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    """A callback due at loop time ``when``; timers with equal deadlines keep their order."""

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled(self)
        super().cancel()

    def _before(self, other):
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq


def _heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if not item._before(heap[parent]):
            break
        heap[i] = heap[parent]
        i = parent
    heap[i] = item


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1]._before(heap[child]):
            child += 1
        if not heap[child]._before(last):
            break
        heap[i] = heap[child]
        i = child
    heap[i] = last
    return top


def _stop_when_done(fut):
    # A SystemExit or KeyboardInterrupt already stopped the loop by propagating.
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class AbstractEventLoop:
    """The single-threaded event loop (``asyncio.new_event_loop()`` makes one)."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_seq = 0
        self._cancelled_timers = 0
        self._stopping = False
        self._running = False
        self._closed = False
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens = []
        self._debug = False

    def __repr__(self):
        return (f"<{type(self).__name__} running={self._running} "
                f"closed={self._closed} debug={self._debug}>")

    # Scheduling.

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(when, self._timer_seq, callback, args, self, context)
        _heap_push(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is not None:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
            return task
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # Running.

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _running_loop[0] is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        _running_loop[0] = self
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter,
                               finalizer=self._asyncgen_finalizer)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop[0] = None
            sys.set_asyncgen_hooks(*old_hooks)

    def _asyncgen_firstiter(self, agen):
        # CPython remembers the generator (weakly) for shutdown_asyncgens(); without weak
        # references nothing is kept here, and a generator still referenced when the loop
        # shuts down is not closed by it.
        pass

    def _asyncgen_finalizer(self, agen):
        # A suspended async generator was dropped: close it in a task of its own.
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    def run_until_complete(self, future):
        from .futures import isfuture
        from .tasks import ensure_future
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                # The exception is reported by the caller; mark it retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _run_once(self):
        heap = self._scheduled
        if self._cancelled_timers > 100 and self._cancelled_timers * 2 > len(heap):
            live = [h for h in heap if not h._cancelled]
            for h in heap:
                if h._cancelled:
                    h._scheduled = False
            heap.clear()
            for h in live:
                _heap_push(heap, h)
            self._cancelled_timers = 0
        while heap and heap[0]._cancelled:
            self._cancelled_timers -= 1
            _heap_pop(heap)._scheduled = False
        if self._ready or self._stopping:
            pass
        elif heap:
            delay = heap[0]._when - self.time()
            if delay > 0:
                _time.sleep(delay)
        else:
            # Nothing can ever wake this loop up (there are no other threads or I/O):
            # like CPython, wait forever.
            while True:
                _time.sleep(3600)
        end = self.time() + 1e-09
        while heap and heap[0]._when < end:
            timer = _heap_pop(heap)
            timer._scheduled = False
            self._ready.append(timer)
        todo = self._ready
        self._ready = []
        for handle in todo:
            if not handle._cancelled:
                handle._run()

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    async def shutdown_asyncgens(self):
        gens = self._asyncgens
        self._asyncgens = []
        if not gens:
            return
        from .tasks import gather
        results = await gather(*[ag.aclose() for ag in gens], return_exceptions=True)
        for result, agen in zip(results, gens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    async def shutdown_default_executor(self):
        pass

    # Errors in callbacks.

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(f"{key}: {context[key]!r}")
        exc = context.get("exception")
        if exc is not None:
            lines.append("Traceback (most recent call last):")
            text = str(exc)
            name = type(exc).__name__
            lines.append(f"{name}: {text}" if text else name)
        print("\n".join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


# The loop running now, and the loop `set_event_loop` made current (one thread).
_running_loop = [None]
_current_loop = [None]


def _get_running_loop():
    return _running_loop[0]


def _set_running_loop(loop):
    _running_loop[0] = loop


def get_running_loop():
    loop = _running_loop[0]
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def get_event_loop():
    loop = _running_loop[0]
    if loop is not None:
        return loop
    if _current_loop[0] is None:
        _current_loop[0] = new_event_loop()
    return _current_loop[0]


def set_event_loop(loop):
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _current_loop[0] = loop


def new_event_loop():
    return AbstractEventLoop()
