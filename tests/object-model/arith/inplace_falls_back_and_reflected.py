class A:
    def __add__(self, o):
        return "A.__add__"
class B:
    def __radd__(self, o):
        return "B.__radd__"
    def __iadd__(self, o):
        return "B.__iadd__"
x = A()
x += B()
print(x)
y = 1
y += B()
print(y)
z = B()
z += A()
print(z)
class NI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "NI.__add__"
w = NI()
w += 1
print(w)
