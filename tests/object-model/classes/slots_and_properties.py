class Temp:
    __slots__ = ("_c",)
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
try:
    t.k = 1
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = ("a",)
    b = "class attr"
s = S()
print(s.b)
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.z = 2
print(w.a, w.z, w.__dict__)
