from collections import abc
import collections.abc
from collections.abc import Set, MutableSet, Sequence, Mapping, Sized, Container, Iterable
class Bits(Set):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))
    def __contains__(self, x): return x in self._items
    def __iter__(self): return iter(self._items)
    def __len__(self): return len(self._items)
    def __repr__(self): return f"Bits({self._items})"
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 5]), a == Bits([3, 2, 1]), a.isdisjoint([7]))
class Seq(Sequence):
    def __init__(self, *xs): self.xs = xs
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)
s = Seq(5, 6, 5, 7)
print(list(s), list(reversed(s)), 6 in s, s.index(5, 1), s.count(5))
try:
    s.index(9)
except ValueError:
    print("ValueError")
class Frozen(Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
f = Frozen(x=1, y=2)
print(f.get("x"), f.get("z", 9), "y" in f, list(f.keys()), list(f.values()), list(f.items()), f == {"x": 1, "y": 2})
try:
    hash(f)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(f, Sized), issubclass(Frozen, Container), abc.Iterable is collections.abc.Iterable)
print(issubclass(range, Sequence), isinstance({}.keys(), abc.KeysView), isinstance({}.items(), Set), isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet))
print(isinstance((x for x in []), abc.Generator), isinstance(iter(range(3)), abc.Iterator), Iterable.__module__)
class Custom:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(Custom(), Iterable), isinstance(Custom(), Sized), isinstance(Custom(), Container), isinstance(Custom(), abc.Collection))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable), isinstance([], abc.Hashable))
try:
    MutableSet()
except TypeError as e:
    print("TypeError:", e)
