class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        "The radius."
        print("get")
        return self._r
    @radius.setter
    def radius(self, v):
        print("set", v)
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @radius.deleter
    def radius(self):
        print("delete")
        del self._r
c = Circle(2)
print(c.radius)
c.radius = 5
print(c.radius)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
print(hasattr(c, "_r"))
print(Circle.radius.__doc__)
print(type(Circle.radius).__name__)
