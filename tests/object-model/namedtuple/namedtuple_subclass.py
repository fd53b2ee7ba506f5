from collections import namedtuple
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = Vec(3, 4) + Vec(0, 0)
print(v, repr(v), v.length, sorted([Vec(2, 1), Vec(1, 5)]), type(v).__name__)
print({Vec(1, 1): "a"}[(1, 1)])
