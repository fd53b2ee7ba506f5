import copy
d = {"a": [1, 2], "b": {"c": 3}}
d2 = copy.deepcopy(d)
d2["b"]["c"] = 4
print(d, d2)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
fs = frozenset([1])
print(copy.copy(fs) is fs)
class WithState:
    def __init__(self):
        self.a = 1
        self.cache = {"big": True}
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = {}
w2 = copy.deepcopy(WithState())
print(w2.a, w2.cache)
class K:
    pass
k = K(); k.items = [1]
k2 = copy.copy(k)
k2.items.append(2)
print(k.items, k2.items is k.items)
