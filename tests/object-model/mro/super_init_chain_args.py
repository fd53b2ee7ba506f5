class Shape:
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Colored:
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)
class Bordered:
    def __init__(self, border=1, **kw):
        self.border = border
        super().__init__(**kw)
class Box(Shape, Colored, Bordered):
    def __init__(self, **kw):
        super().__init__(**kw)
b = Box(name="box", color="red", border=3)
print(b.name, b.color, b.border)
b2 = Box(name="plain")
print(b2.color, b2.border)
try:
    Box(name="x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
