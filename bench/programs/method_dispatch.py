"""Method dispatch: virtual calls through a three-level class hierarchy of shapes, with
overridden and inherited methods, properties and class attributes."""


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return self.sides + self.area() * 0.5 + self.perimeter()


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"

    @property
    def side(self):
        return self.w


class Circle(Shape):
    sides = 1

    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def perimeter(self):
        return 2 * 3.14159 * self.r


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        Shape.__init__(self, "triangle")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c


def run(n, rounds):
    shapes = []
    for i in range(n):
        k = i % 4
        if k == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        elif k == 2:
            shapes.append(Circle(i % 3 + 0.5))
        else:
            shapes.append(Triangle(3, 4, i % 5 + 2))
    total = 0.0
    sides = 0
    for _ in range(rounds):
        for s in shapes:
            total += s.describe()
            sides += s.sides
            if isinstance(s, Square):
                sides += s.side
    return round(total, 3), sides


print(run(1000, 2000))
