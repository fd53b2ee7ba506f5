from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container
class MyMap(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap()
m["a"] = 1
m.update(b=2)
print(dict(m), m.get("z", 0), "a" in m, list(m.items()), m.pop("a"), len(m))
m.setdefault("c", 3)
print(sorted(m.keys()), m == {"b": 2, "c": 3})
for obj in [[], (), {}, "s", 3, iter([]), len, None]:
    print(type(obj).__name__, isinstance(obj, Iterable), isinstance(obj, Iterator), isinstance(obj, Sequence), isinstance(obj, Mapping), isinstance(obj, Callable), isinstance(obj, Hashable))
try:
    class Incomplete(Sequence): pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
