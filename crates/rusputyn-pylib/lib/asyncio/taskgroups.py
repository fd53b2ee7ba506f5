"""``asyncio.TaskGroup`` (3.11): an ``async with`` block owning the tasks created through it.
Leaving the block waits for all of them; the first task to fail cancels the others and the
body, and every failure is raised together as one ``ExceptionGroup`` (``SystemExit`` and
``KeyboardInterrupt`` instead propagate alone)."""

from . import events, tasks
from .exceptions import CancelledError

__all__ = ("TaskGroup",)


def _is_fatal(exc):
    # The two exceptions a group never wraps.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """Runs tasks as a group: ``async with TaskGroup() as tg: tg.create_task(coro)``."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # Unfinished tasks, in creation order (cancelled in that order on abort).
        self._tasks = {}
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f"tasks={len(self._tasks)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return "<TaskGroup" + "".join(" " + p for p in parts) + ">"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        cancelled_by = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            # The only cancellation of the parent was the group's own: absorb it.
            cancelled_by = None
        if et is not None and not self._aborting:
            self._abort()
        # The wait may itself be cancelled (the parent cancelled from outside), maybe more
        # than once: each time the children are cancelled and waited for again.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as cancel:
                if not self._aborting:
                    cancelled_by = cancel
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        # Errors take priority over a cancellation of the parent.
        if cancelled_by is not None and not self._errors:
            raise cancelled_by
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """A new task of this group running `coro` (like ``asyncio.create_task``)."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        fut = self._on_completed_fut
        if fut is not None and not self._tasks and not fut.done():
            fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent "
                           f"task {self._parent_task} is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Stop the body too: cancel the parent, and take that cancellation back in
            # __aexit__.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
