"""Helper module for the import programs: shapes with module-level state."""
import math

print("loading _shapes as", __name__)

created = 0
UNIT = 1.0


def _count():
    global created
    created += 1


class Shape:
    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        _count()
        self.r = r

    def area(self):
        return math.pi * self.r ** 2 * UNIT


class Square(Shape):
    def __init__(self, s):
        _count()
        self.s = s

    def area(self):
        return self.s * self.s * UNIT


def total(shapes):
    return sum(s.area() for s in shapes)


if __name__ == "__main__":
    print("this never runs on import")
