import copy
class L(list):
    def __init__(self, *a):
        list.__init__(self, *a)
        self.tag = "t"
l = L([1, [2]])
c = copy.copy(l); d = copy.deepcopy(l)
print(c, type(c).__name__, c.tag, d, d[1] is l[1], c[1] is l[1])
class D(dict): pass
dd = D(a=[1]); dd.x = 5
e = copy.deepcopy(dd); print(e, type(e).__name__, e.x, e["a"] is dd["a"])
class I(int): pass
i = I(5); i.note = "n"
j = copy.copy(i); print(j, type(j).__name__, j.note)
class S(set): pass
print(sorted(copy.copy(S([1, 2]))), type(copy.copy(S([1]))).__name__)
x = [1, 2]
list.__init__(x, "ab"); print(x)
y = {"k": 1}
dict.__init__(y, z=2); print(y)
class T(tuple): pass
print(copy.deepcopy(T([1, [2]])), type(copy.deepcopy(T([1]))).__name__)
class St(str): pass
print(copy.copy(St("ab")), type(copy.copy(St("ab"))).__name__)
print(L.__name__, L.__mro__, L.append, len.__name__)
print(isinstance(L(), list), issubclass(L, object), type(L()) is L, L() is not L())
print(str.upper(St("q")), int.__add__(I(2), 3), list.__len__(L([1,2])), dict.__getitem__(dd, "a"))
s = St("abc")
print(s.__len__(), s.__getitem__(1), s.__add__("d"), s.__contains__("b"), s.__eq__("abc"), s.__eq__(1), s.__hash__() == hash("abc"))
print(i.__add__(1), i.__radd__(1), i.__neg__(), i.__bool__(), i.__index__(), i.__float__(), i.__lt__(9), i.__add__("x"))
