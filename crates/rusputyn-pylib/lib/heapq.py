"""Heap queue algorithm (a.k.a. priority queue).

Rusputyn's implementation of the documented behaviour of CPython 3.11's `heapq`
(https://docs.python.org/3.11/library/heapq.html). Heaps are lists where
`heap[k] <= heap[2*k+1]` and `heap[k] <= heap[2*k+2]`; only `<` is used to compare items.

The sifting strategy is the one CPython documents for its own heap (a popped root's hole is
walked down to a leaf along the smaller children, then the displaced last item bubbles back
up), so equal-priority items end up in the same places and heaps print identically.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check_list(heap, func, what="argument 1"):
    if not isinstance(heap, list):
        raise TypeError(f"{func}() {what} must be list, not {type(heap).__name__}")


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def _bubble_up(heap, top, pos, before=_lt):
    """Moves heap[pos] towards the root (not above `top`) while it comes `before` its parent
    (`_lt` for a min-heap, `_gt` for a max-heap: each asks one `<` of its operands in the
    order CPython does)."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not before(item, parent):
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sink(heap, pos, before=_lt):
    """Restores the heap below `pos`: the hole left at `pos` descends to a leaf along the
    child that comes first, and the item that was there is then bubbled up from that leaf."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not before(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos, before)


def _sink_max(heap, pos):
    """`_sink` for a max-heap."""
    _sink(heap, pos, _gt)


def _pop_root(heap, before):
    """Removes and returns the root, the last item refilling it."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    root = heap[0]
    heap[0] = last
    _sink(heap, 0, before)
    return root


def _replace_root(heap, item, before):
    """Returns the root after putting `item` in its place."""
    if not heap:
        raise IndexError("index out of range")
    root = heap[0]
    heap[0] = item
    _sink(heap, 0, before)
    return root


def _build(heap, before):
    """Makes a heap of the list, sinking each parent from the last one up."""
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, i, before)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, "heappush")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, "heappop", "argument")
    return _pop_root(heap, _lt)


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

This is more efficient than heappop() followed by heappush(), and can be
more appropriate when using a fixed-size heap.  Note that the value
returned may be larger than item!  That constrains reasonable uses of
this routine unless written as part of a conditional replacement:

    if item > heap[0]:
        item = heapreplace(heap, item)"""
    _check_list(heap, "heapreplace")
    return _replace_root(heap, item, _lt)


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap.

The combined action runs more efficiently than heappush() followed by
a separate call to heappop()."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check_list(heap, "heapify", "argument")
    _build(heap, _lt)


def _heapify_max(heap, /):
    """Maxheap variant of heapify."""
    _check_list(heap, "_heapify_max", "argument")
    _build(heap, _gt)


def _heappop_max(heap, /):
    """Maxheap variant of heappop."""
    _check_list(heap, "_heappop_max", "argument")
    return _pop_root(heap, _gt)


def _heapreplace_max(heap, item, /):
    """Maxheap variant of heapreplace."""
    _check_list(heap, "_heapreplace_max")
    return _replace_root(heap, item, _gt)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

Similar to sorted(itertools.chain(*iterables)) but returns a generator,
does not pull the data into memory all at once, and assumes that each of
the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

If *key* is not None, applies a key function to each element to determine
its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

"""
    # Each heap entry is [sort key, tie-breaker, value, iterator]. The tie-breaker is
    # the input's position (negated for a max-heap), so equal keys come out in input order
    # and values themselves are never compared.
    sink, pop = (_sink_max, _heappop_max) if reverse else (_sink, heappop)
    step = -1 if reverse else 1
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        try:
            value = next(it)
        except StopIteration:
            continue
        entries.append([value if key is None else key(value), order * step, value, it])
    if reverse:
        _heapify_max(entries)
    else:
        heapify(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            value = next(top[3])
        except StopIteration:
            pop(entries)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        sink(entries, 0)
    if entries:
        _, _, value, it = entries[0]
        yield value
        yield from it


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

Equivalent to:  sorted(iterable, key=key)[:n]
"""
    if n <= 0:
        return []
    # sorted() is stable and compares with `<` only, which gives exactly the documented
    # result, ties included.
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
"""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
