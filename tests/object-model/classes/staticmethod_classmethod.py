class Temp:
    unit = "C"
    def __init__(self, v):
        self.v = v
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
class Kelvin(Temp):
    unit = "K"
print(Temp.c_to_f(100), Temp(1).c_to_f(0))
t = Temp.from_f(212)
print(type(t).__name__, t.v)
k = Kelvin.from_f(32)
print(type(k).__name__, k.v, Kelvin.describe(), k.describe())
sm = Temp.__dict__["c_to_f"]
print(type(sm).__name__, type(Temp.__dict__["from_f"]).__name__)
print(sm.__func__(10))
