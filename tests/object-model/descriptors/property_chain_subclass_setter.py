class A:
    def __init__(self):
        self._x = 0
    def _get(self):
        return self._x
    def _set(self, v):
        self._x = v
    x = property(_get, _set)
class B(A):
    x = A.x.setter(lambda self, v: A._set(self, v * 10))
b = B()
b.x = 2
print(b.x, A.x is B.x, A.x.fget is B.x.fget)
a = A()
a.x = 2
print(a.x)
del_prop = property(None, None, lambda self: print("deleter called"))
class E:
    p = del_prop
del E().p
try:
    E().p
except AttributeError as e:
    print("AttributeError:", e)
