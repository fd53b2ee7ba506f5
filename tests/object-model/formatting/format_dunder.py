class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] or "") + "C"
        return str(self.c) + "?" + spec
t = Temp(100)
print(f"{t}", f"{t:C}", f"{t:.1fF}", f"{t:>8C}")
print(format(t, "F"), "{:C}|{}".format(t, t), "{0:.2fF}".format(t))
class Plain:
    def __str__(self): return "plain"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()), f"{Plain()!r}"[:7])
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError:", e)
class Bad:
    def __format__(self, spec): return 5
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
