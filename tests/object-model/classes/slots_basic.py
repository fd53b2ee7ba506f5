class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.x
print(hasattr(p, "x"))
print(Point.__slots__)
class P3(Point):
    __slots__ = ("z",)
r = P3(1, 2); r.z = 3
print(r.x + r.y + r.z, hasattr(r, "__dict__"))
class Loose(Point):
    pass
l = Loose(0, 0); l.extra = 1
print(l.extra, hasattr(l, "__dict__"))
