# fractions.Fraction: construction, normalisation, arithmetic with int/float/complex,
# comparisons, hashing, rounding, limit_denominator, and the errors.
import math
from fractions import Fraction as F

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(-6, -4), F(0, -5), F(True), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(3, F(1, 2)))
print(F(0.5), F(0.1), F(-2.75), F(1e-5), F(2 ** 70), F(1, 10 ** 20))
for s in ["3/7", " -1.5 ", "1e-3", "1.5E+2", "+.5", "5.", "2_000/3", "1_0.2_5", "-0", "007/014", "1e5",
          "3 /4", "1/-2", "abc", "", "1/", "/2", ".", "1.2.3", "1e", "1__0", "_1", "1/2/3", "--1", "1.5/2", "inf", "nan"]:
    try:
        print(repr(s), "->", repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__ + ":", e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, (-a) ** -3, b ** 0, F(4, 9) ** F(1, 2))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b), 2 ** F(3), 2 ** F(-2), F(2) ** F(-2))
print(a + 0.5, 0.5 + a, a * 1.5, 1.0 / a, a ** 0.5, 2.0 ** a, a + 1j, 1j * a, a // 0.25, 1.0 % a, divmod(1.0, a))
print(-a, +a, abs(F(-5, 2)), int(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), complex(F(1, 2)) if hasattr(F, "__complex__") else "n/a")
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(8, 3)))
print(round(F(1, 3), 2), round(F(1234567, 1000), -2), round(F(25, 100), 1), round(F(35, 100), 1), round(F(5, 3), 0))
print(a == F(2, 6), a == 1, F(4, 2) == 2, F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5 + 0j, F(1, 2) == 1j, a != b, F(2) == True)
print(a < b, a <= b, a > b, a >= b, a < 1, 0 < a, a < 0.5, 0.2 < a, F(1, 2) < float("nan"), F(1, 2) > float("-inf"), F(1, 2) < float("inf"))
print(sorted([F(1, 2), 0.25, 1, F(-1, 3), 0]), max(F(1, 2), F(2, 3)), min([F(5), 4.5, 6]), sum([F(1, 3)] * 3), sum([F(1, 10)] * 10, F(0)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1, 2)) == hash(-0.5), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10 ** 30, 7)))
print({F(1, 2): "half", 0.5: "float"}, len({F(2), 2, 2.0}), bool(F(0)), bool(F(1, 100)), F(1, 3) in [F(2, 6)])
print(a.numerator, a.denominator, b.as_integer_ratio(), F(-3, 6).as_integer_ratio(), F.from_float(0.25), F.from_float(3), F.from_float(-0.1))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100), F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(2),
      F(7, 15).limit_denominator(4), F(-7, 15).limit_denominator(4), F(3, 5).limit_denominator(10), F(1, 2).limit_denominator(1))
print(repr(F(1, 3)), str(F(1, 3)), str(F(4, 2)), f"{F(-1, 3)}", "%s" % F(2, 5), [F(1, 2)], format(F(1, 3)))
x = F(1)
for i in range(1, 8):
    x += F(1, 2 ** i)
print(x, x * 2 ** 7, float(x))
class Half(F):
    pass
h = Half(1, 2)
print(repr(h), type(h + 1).__name__, isinstance(h, F), h == F(1, 2))
for f in [lambda: F(1, 0), lambda: F(1) / 0, lambda: F(1) / F(0), lambda: F(1) // 0, lambda: F(1) % 0, lambda: F(0) ** -1,
          lambda: F("1/0"), lambda: F(1.5, 2), lambda: F([]), lambda: F(None), lambda: F(float("inf")), lambda: F(float("nan")),
          lambda: F(1).limit_denominator(0), lambda: F.from_float("x"), lambda: F(1) < "a", lambda: F(1, 2) + "a",
          lambda: "a" * F(1), lambda: F(1) < 1j, lambda: format(F(1, 3), ">5"), lambda: F(1, 2) // 1j]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
