import math
class Celsius:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __int__(self):
        return int(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
c = Celsius(21.7)
print(float(c), int(c), math.floor(float(c)), math.sqrt(Celsius(16)), f"{float(c):.3f}")
print(round(float(c)), bool(Celsius(0)), [0, 1, 2, 3][Celsius(2.9)], bin(Celsius(5)))
print(math.isclose(float(c), 21.7), abs(float(Celsius(-3))))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()) if hasattr(float, "__index__") else "n/a", complex(1, 0))
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
