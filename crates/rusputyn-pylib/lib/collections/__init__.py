"""Container datatypes.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `collections`
(https://docs.python.org/3.11/library/collections.html): `namedtuple`, `deque`, `defaultdict`,
`OrderedDict`, `Counter`, `ChainMap` and `UserDict`/`UserList`/`UserString`.

Design notes: `deque` is a ring buffer (every end operation is amortised O(1)); `OrderedDict`
keeps its order in the underlying dict, so everything that reads the dict directly sees the
same order (moving a key to the front rebuilds the dict, O(n)); namedtuple classes are made by
a class statement inside `namedtuple` rather than by compiling generated source.
"""

__all__ = [
    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
    "defaultdict", "deque", "namedtuple",
]

from keyword import iskeyword as _iskeyword
from operator import index as _index
from operator import itemgetter as _itemgetter

from _collections_abc import Mapping as _Mapping
from _collections_abc import MutableMapping as _MutableMapping

_tuple_new = tuple.__new__

# Objects whose repr is being computed, so a container that holds itself prints `...`.
_repr_running = set()


def _plural_names(names):
    """CPython's list of missing argument names: 'a', 'a' and 'b', 'a', 'b', and 'c'."""
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


################################################################################
### namedtuple
################################################################################


class _tuplegetter:
    """The descriptor behind a named field: reads item `index` of the tuple; read-only."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"_tuplegetter({self._index}, {self.__doc__!r})"


def _check_names(typename, field_names, rename):
    """Validates (or, with `rename`, repairs) the type name and field names."""
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if _iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)


def _bind_fields(qualname, field_names, defaults, args, kwargs):
    """Binds `__new__`'s arguments to the fields, with CPython's argument errors."""
    n = len(field_names)
    values = list(args[:n])
    missing = object()
    values.extend([missing] * (n - len(values)))
    for key in kwargs:
        try:
            i = field_names.index(key)
        except ValueError:
            raise TypeError(f"{qualname}() got an unexpected keyword argument {key!r}") from None
        if i < len(args):
            raise TypeError(f"{qualname}() got multiple values for argument {key!r}")
        values[i] = kwargs[key]
    if len(args) > n:
        most = n + 1
        least = most - len(defaults)
        expected = str(most) if least == most else f"from {least} to {most}"
        word = "argument" if most == 1 else "arguments"
        given = len(args) + 1
        was = "was" if given == 1 else "were"
        raise TypeError(f"{qualname}() takes {expected} positional {word} but {given} {was} given")
    first_default = n - len(defaults)
    absent = []
    for i in range(n):
        if values[i] is missing:
            if i >= first_default:
                values[i] = defaults[i - first_default]
            else:
                absent.append(field_names[i])
    if absent:
        word = "argument" if len(absent) == 1 else "arguments"
        raise TypeError(
            f"{qualname}() missing {len(absent)} required positional {word}: "
            f"{_plural_names(absent)}"
        )
    return values


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple subclass named `typename` whose items are also reachable as the
    attributes `field_names` (a sequence of strings, or one string of names separated by
    whitespace or commas)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    _check_names(typename, field_names, rename)
    field_names = tuple(field_names)
    num_fields = len(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[num_fields - len(defaults):], defaults))
    else:
        defaults = ()
    new_qualname = f"{typename}.__new__"

    class _NamedTuple(tuple):
        __slots__ = ()
        _fields = field_names
        _field_defaults = field_defaults
        __match_args__ = field_names

        def __new__(_cls, *args, **kwargs):
            if not kwargs and len(args) == num_fields:
                return _tuple_new(_cls, args)
            return _tuple_new(_cls, _bind_fields(new_qualname, field_names, defaults, args, kwargs))

        @classmethod
        def _make(cls, iterable):
            """Makes a new object from a sequence or iterable."""
            result = _tuple_new(cls, iterable)
            if len(result) != num_fields:
                raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
            return result

        def _replace(self, /, **kwds):
            """Returns a new object replacing the given fields with new values."""
            result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
            if kwds:
                raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
            return result

        def __repr__(self):
            """Returns a nicely formatted representation string."""
            inner = ", ".join(f"{name}={value!r}" for name, value in zip(field_names, self))
            return f"{self.__class__.__name__}({inner})"

        def _asdict(self):
            """Returns a new dict which maps field names to their values."""
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            """Returns self as a plain tuple (used by copy and pickle)."""
            return tuple(self)

    cls = _NamedTuple
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__doc__ = f"{typename}({', '.join(field_names)})"
    cls.__new__.__qualname__ = new_qualname
    cls.__new__.__doc__ = f"Create new instance of {typename}({', '.join(field_names)})"
    if defaults:
        cls.__new__.__defaults__ = defaults
    for name in ("_make", "_replace", "__repr__", "_asdict", "__getnewargs__"):
        method = vars(cls)[name]
        getattr(method, "__func__", method).__qualname__ = f"{typename}.{name}"
    for index, name in enumerate(field_names):
        setattr(cls, name, _tuplegetter(index, f"Alias for field number {index}"))
    # CPython names the caller's module here by inspecting its frame; compiled code has no
    # frames to inspect, so a namedtuple made without `module=` belongs to `__main__`.
    cls.__module__ = "__main__" if module is None else module
    return cls


################################################################################
### deque
################################################################################


class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    # A ring buffer: the items are _buf[(_head + i) % len(_buf)] for i in range(_len).
    # _state changes on every structural mutation, so iterators can detect one.
    __slots__ = ("_buf", "_head", "_len", "_maxlen", "_state")
    __hash__ = None
    # CPython's sequence type flag: a deque matches sequence patterns (`case [a, b]:`).
    __abc_tpflags__ = 1 << 5

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- the ring buffer ------------------------------------------------------------------

    def _grow(self):
        buf, head, n = self._buf, self._head, self._len
        cap = len(buf)
        items = [buf[(head + i) % cap] for i in range(n)]
        self._buf = items + [None] * (n if n >= 8 else 8)
        self._head = 0

    def _push_right(self, x):
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._len) % len(buf)] = x
        self._len += 1

    def _push_left(self, x):
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) % len(buf)
        buf[self._head] = x
        self._len += 1

    def _pop_right(self):
        buf = self._buf
        i = (self._head + self._len - 1) % len(buf)
        x = buf[i]
        buf[i] = None
        self._len -= 1
        return x

    def _pop_left(self):
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._len -= 1
        return x

    def _rotate(self, n):
        size = self._len
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if size == len(self._buf):
            # Full buffer: rotating is moving the head.
            self._head = (self._head - n) % size
        elif n <= size // 2:
            for _ in range(n):
                self._push_left(self._pop_right())
        else:
            for _ in range(size - n):
                self._push_right(self._pop_left())

    def _normalize(self, i):
        try:
            i = _index(i)
        except TypeError:
            raise TypeError(
                f"sequence index must be integer, not '{type(i).__name__}'"
            ) from None
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError("deque index out of range")
        return i

    # -- end operations --------------------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._push_right(x)
        if self._maxlen is not None and self._len > self._maxlen:
            self._pop_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        self._push_left(x)
        if self._maxlen is not None and self._len > self._maxlen:
            self._pop_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop_right()

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._len == 0:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop_left()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        self._state += 1
        self._rotate(n)

    # -- sequence operations ---------------------------------------------------------------

    def copy(self):
        """Return a shallow copy of a deque."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for i in range(self._len):
            if self._item(i) == value:
                n += 1
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        size = self._len
        start = _index(start)
        stop = size if stop is None else _index(stop)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        for i in range(start, stop):
            if self._item(i) == value:
                return i
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        size = self._len
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if index >= size:
            self.append(value)
        elif index <= -size or index == 0:
            self.appendleft(value)
        else:
            self._state += 1
            # Bring the insertion point to an end, push there, and rotate back.
            self._rotate(-index)
            if index < 0:
                self._push_right(value)
            else:
                self._push_left(value)
            self._rotate(index)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i in range(self._len):
            equal = self._item(i) == value
            if self._state != state:
                raise IndexError("deque mutated during remove().")
            if equal:
                self._delete(i)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(self)
        items.reverse()
        self._state += 1
        self._buf = items + [None] * 8
        self._head = 0

    def _item(self, i):
        buf = self._buf
        return buf[(self._head + i) % len(buf)]

    def _delete(self, i):
        self._state += 1
        self._rotate(-i)
        self._pop_left()
        self._rotate(i)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __getitem__(self, index):
        return self._item(self._normalize(index))

    def __setitem__(self, index, value):
        i = self._normalize(index)
        buf = self._buf
        buf[(self._head + i) % len(buf)] = value

    def __delitem__(self, index):
        self._delete(self._normalize(index))

    def __contains__(self, value):
        state = self._state
        for i in range(self._len):
            if self._item(i) == value:
                return True
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        state = self._state
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i >= self._len:
                return
            yield self._item(i)
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._len - 1
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i < 0:
                return
            yield self._item(i)
            i -= 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            items = repr(list(self))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    # -- comparisons and arithmetic --------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque'
            )
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            items = list(self)
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    from types import GenericAlias

    return GenericAlias(cls, item)


################################################################################
### defaultdict
################################################################################


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        """__missing__(key) # Called by __getitem__ for missing key; pseudo-code:
  if self.default_factory is None: raise KeyError((key,))
  self[key] = value = self.default_factory()
  return value
"""
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            factory_repr = "None" if factory is None else repr(factory)
            items = dict.__repr__(self)
        finally:
            _repr_running.discard(key)
        return f"{type(self).__name__}({factory_repr}, {items})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################


class _OrderedDictView:
    __slots__ = ("_mapping",)
    __hash__ = None

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({list(self)!r})"


class _OrderedDictSetView(_OrderedDictView):
    __slots__ = ()

    def __eq__(self, other):
        try:
            return set(self) == set(other) and len(self) == len(other)
        except TypeError:
            return NotImplemented

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def isdisjoint(self, other):
        """Return True if the view and the given iterable have a null intersection."""
        return not (set(self) & set(other))


class odict_keys(_OrderedDictSetView):
    __slots__ = ()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class odict_items(_OrderedDictSetView):
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield (key, mapping[key])

    def __contains__(self, item):
        key, value = item
        mapping = self._mapping
        if key not in mapping:
            return False
        found = mapping[key]
        return found is value or found == value


class odict_values(_OrderedDictView):
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield mapping[key]

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

Return the value for key if key is in the dictionary, else default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        if not self:
            return f"{type(self).__name__}()"
        _repr_running.add(key)
        try:
            items = repr(list(self.items()))
        finally:
            _repr_running.discard(key)
        return f"{type(self).__name__}({items})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Counter
################################################################################


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        # sorted() is stable, so elements with equal counts keep their first-seen order, as
        # CPython's heapq.nlargest (with its index tie-breaker) also guarantees.
        ordered = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ordered
        return ordered[: max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return f"{self.__class__.__name__}({shown!r})"

    # -- multiset comparisons: a missing element counts as zero ---------------------------

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # -- multiset arithmetic: results keep only positive counts --------------------------

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        """
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _is_mapping(obj):
    """Whether Counter.update should read `obj` as a mapping of counts (a dict or one of
    the mapping classes here) rather than as elements to count."""
    return isinstance(obj, (dict, ChainMap, UserDict))


################################################################################
### ChainMap and the mapping views it returns
################################################################################


class ChainMap(_MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                seen[key] = None
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            inner = ", ".join(map(repr, self.maps))
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__name__}({inner})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict, UserList, UserString
################################################################################


class UserDict(_MutableMapping):
    """A dict wrapper meant to be subclassed: the items live in the dict `self.data`."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A list wrapper meant to be subclassed: the items live in the list `self.data`."""

    __hash__ = None

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str wrapper meant to be subclassed: the text lives in the str `self.data`."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._unwrap(string)

    def __lt__(self, string):
        return self.data < self._unwrap(string)

    def __le__(self, string):
        return self.data <= self._unwrap(string)

    def __gt__(self, string):
        return self.data > self._unwrap(string)

    def __ge__(self, string):
        return self.data >= self._unwrap(string)

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=None):
        return self.data.count(self._unwrap(sub), start, len(self.data) if end is None else end)

    def endswith(self, suffix, *args):
        return self.data.endswith(suffix, *args)

    def find(self, sub, *args):
        return self.data.find(self._unwrap(sub), *args)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def index(self, sub, *args):
        return self.data.index(self._unwrap(sub), *args)

    def isalnum(self):
        return self.data.isalnum()

    def isalpha(self):
        return self.data.isalpha()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isspace(self):
        return self.data.isspace()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(self._unwrap(old), self._unwrap(new), maxsplit))

    def rfind(self, sub, *args):
        return self.data.rfind(self._unwrap(sub), *args)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, *args):
        return self.data.startswith(prefix, *args)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
