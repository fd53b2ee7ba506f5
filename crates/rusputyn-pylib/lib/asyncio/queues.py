"""Queues between tasks: ``Queue`` (FIFO), ``PriorityQueue`` and ``LifoQueue``."""

from . import events
from .locks import Event

__all__ = ("Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty")


class QueueEmpty(Exception):
    """``get_nowait()`` on an empty queue."""


class QueueFull(Exception):
    """``put_nowait()`` on a full queue."""


def _wake_first(waiters):
    while waiters:
        waiter = waiters.pop(0)
        if not waiter.done():
            waiter.set_result(None)
            break


class Queue:
    """A FIFO queue; ``maxsize <= 0`` means unbounded. ``join()`` waits until every item
    put has been marked ``task_done()``."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # The storage, overridden by the other queue kinds.

    def _init(self, maxsize):
        self._items = []
        self._head = 0

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def _size(self):
        return len(self._items) - self._head

    def _contents(self):
        return self._items[self._head:]

    def __repr__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def __str__(self):
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self):
        result = f"maxsize={self._maxsize!r}"
        if self._size():
            result += f" _queue={self._contents()!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        return result

    def qsize(self):
        return self._size()

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self._size() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self._size() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = events.get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    _wake_first(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_first(self._getters)

    async def get(self):
        while self.empty():
            getter = events.get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    _wake_first(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


# The binary heap of PriorityQueue, arranged exactly as the heapq module arranges it (so
# items that compare equal come out in the same order as in CPython): a new item bubbles up
# from the end; a pop moves the smaller child up all the way to a leaf, then lets the moved
# last item bubble up from there.

def _bubble_up(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) // 2
        if not item < heap[parent]:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _refill_root(heap):
    end = len(heap)
    item = heap[0]
    pos = 0
    child = 1
    while child < end:
        if child + 1 < end and not heap[child] < heap[child + 1]:
            child += 1
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, 0, pos)


class PriorityQueue(Queue):
    """Retrieves the smallest item first (items are usually ``(priority, data)``)."""

    def _init(self, maxsize):
        self._heap = []

    def _put(self, item):
        self._heap.append(item)
        _bubble_up(self._heap, 0, len(self._heap) - 1)

    def _get(self):
        last = self._heap.pop()
        if not self._heap:
            return last
        top = self._heap[0]
        self._heap[0] = last
        _refill_root(self._heap)
        return top

    def _size(self):
        return len(self._heap)

    def _contents(self):
        return list(self._heap)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    def _init(self, maxsize):
        self._stack = []

    def _put(self, item):
        self._stack.append(item)

    def _get(self):
        return self._stack.pop()

    def _size(self):
        return len(self._stack)

    def _contents(self):
        return list(self._stack)
