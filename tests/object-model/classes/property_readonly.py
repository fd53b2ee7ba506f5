class P:
    @property
    def x(self):
        return 42
p = P()
print(p.x)
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    def getv(self): return self._v * 2
    def setv(self, v): self._v = v
    v = property(getv, setv, None, "doc of v")
q = Q(); q.v = 4
print(q.v, Q.v.__doc__, Q.v.fget.__name__)
