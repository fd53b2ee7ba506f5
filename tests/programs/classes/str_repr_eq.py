# __str__, __repr__ and __eq__; containers use repr of their elements.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y
p = Point(1, 2)
q = Point(1, 2)
print(p, repr(p), str(p), [p, q], {"p": p}, (p,))
print(p == q, p != q, p is q, p == (1, 2), p != "x", p in [Point(0, 0), Point(1, 2)])
print(f"{p} {p!r}", "%s %r" % (p, p), "{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
