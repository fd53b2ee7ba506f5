from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p == (1, 2), hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(x=9), Point._make([5, 6]))
x, y = p
print(x, y, len(p), list(p), max(p))
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(1, 2), Color._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
R = namedtuple("R", ["a", "def", "a"], rename=True)
print(R._fields)
try:
    namedtuple("Bad", ["1x"])
except ValueError as e:
    print("ValueError:", e)
