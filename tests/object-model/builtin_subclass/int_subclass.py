class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"
c = Cents(1234)
print(c, repr(c), c + 1, type(c + 1).__name__, c * 2, c == 1234, c > 1000)
print(f"{c}", f"{c:d}", f"{c!r}", [c])
class Flagged(int):
    def __add__(self, o):
        return Flagged(int(self) + int(o) + 1000)
f = Flagged(1)
print(f + 1, 1 + f, sum([f, f]), type(f + 1).__name__)
print(bool(Cents(0)), isinstance(c, int), int.__add__(c, 1))
