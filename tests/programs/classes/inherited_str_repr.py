# __str__/__repr__ inherited from a base class use the subclass's data; print uses __str__.
class Shape:
    name = "shape"
    def area(self):
        return 0
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area()})"
    def __str__(self):
        return f"a {self.name} with area {self.area():.2f}"
class Square(Shape):
    name = "square"
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Square(2), Circle(1), Shape()]
print(shapes)
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area()), max(shapes, key=lambda s: s.area()).name)
