class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return f"Num.__add__({type(o).__name__})"
    def __radd__(self, o):
        return f"Num.__radd__({type(o).__name__})"
class Sub(Num):
    def __radd__(self, o):
        return f"Sub.__radd__({type(o).__name__})"
class Sub2(Num):
    pass
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
print(Num(1) + Sub2(2))
print(1 + Num(1))
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"
    def __add__(self, o):
        return "MyInt.__add__"
print(1 + MyInt(2), MyInt(2) + 1, 1.5 + MyInt(2))
