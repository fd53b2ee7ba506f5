# The format() builtin and __format__ on different types.
print(format(3.14159, ".2f"), format(42, "x"), format("hi", ">5"), format(1234.5, ","), format(0.5, "%"))
print(format(None), format([1, 2]), format((1,)), format(True), format(2.0), format(10**20))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
    def __str__(self):
        return "Temp(%s)" % self.c
t = Temp(21.5)
print(format(t), format(t, "f"), f"{t}", f"{t:f}", "{:f}".format(t), str(t), f"{t!s}")
class Plain:
    def __str__(self):
        return "plain!"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
