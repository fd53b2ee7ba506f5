"""asyncio for Rusputyn: a single-threaded event loop written in Python on top of the
runtime's coroutines (``send``/``throw``), with the behaviour and scheduling order of
CPython's asyncio for the same program. No I/O, subprocesses or threads."""

from .coroutines import iscoroutine
from .events import (
    AbstractEventLoop, Handle, TimerHandle, get_event_loop, get_running_loop,
    new_event_loop, set_event_loop, _get_running_loop, _set_running_loop,
)
from .exceptions import CancelledError, InvalidStateError, TimeoutError
from .futures import Future, isfuture, wrap_future
from .locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import Runner, run
from .taskgroups import TaskGroup
from .tasks import (
    ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks, as_completed,
    create_task, current_task, ensure_future, gather, shield, sleep, wait, wait_for,
)
from .timeouts import Timeout, timeout, timeout_at
