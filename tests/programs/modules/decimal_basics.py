# decimal.Decimal (the subset Rusputyn provides): construction, str/repr, exact arithmetic
# rounded to 28 digits, division, quantize with rounding modes, comparisons, hashing,
# formatting, conversions and the signals raised by the default context.
import math
from decimal import (Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero,
                     Overflow, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_05UP, ROUND_HALF_EVEN, DecimalException)

for s in ["0", "-0", "1.30", "  12 ", "1E+2", "1e-7", "0.000001", "0.0000001", "123.456e3", "-1_000.5", ".5", "5.",
          "Infinity", "-inf", "NaN", "-nan", "sNaN", "NaN123", "1E+999999", "000.0100", "+7", "1e", "abc", "", "1..2", "1_", "--1"]:
    try:
        d = D(s)
        print(repr(s), repr(d), str(d))
    except InvalidOperation as e:
        print(repr(s), "InvalidOperation:", e)
print(D(5), D(-0), D(2 ** 100), D(0.1), D(-2.5), D(1e-5), D(float("inf")), D(True), D(D("3.14")), D((1, (3, 1, 4), -2)))
a, b = D("1.30"), D("1.20")
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(D(-7), D(2)), -a, +D("-0"), -D("0"), abs(D("-2.50")))
print(D(1) / D(3), D(2) / D(3), D(100) / D(4), D("1.00") / D("0.5"), D(1) / D(8), D("1E+5") / D(1), D(0) / D(5), D("0.0") / D("2.00"))
print(a + 1, 1 + a, 3 - a, a * 3, 2 * a, a / 4, 10 / a, -7 // D(2), -7 % D(2), D(7) // 2, D(10) ** 30 * 10 ** 10)
print(D(2) ** 10, D("1.1") ** 3, D(2) ** -2, D("3.0") ** 2, D(3) ** -1, D("-2") ** 3, D(5) ** 0, D(2) ** D(3))
print(sum([D("0.1")] * 10), sum([D("0.1")] * 10) == 1, 0.1 * 10 == 1, D("0.1") * 3 == D("0.3"))
for mode in [ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(D(x).quantize(D("0.1"), rounding=mode)) for x in ["1.25", "1.35", "-1.25", "1.21", "-1.29", "1.05", "1.0"]])
print(D("1.5").quantize(D("1")), D("2.5").quantize(D("1")), D("123.456").quantize(D("1E+1")), D("7").quantize(D("0.001")), D("-0.004").quantize(D("0.01")))
print(D(1) == 1, D("1.0") == 1, D("1.5") == 1.5, D("0.1") == 0.1, D(1) < 1.5, D("NaN") == D("NaN"), D(2) > 1, D("-0") == 0, D(3) != D("3.00"))
print(sorted([D("1.5"), D(1), D("-0.5"), D("1.50")]), max(D(1), D(2)), min(D("0.1"), D("0.10")), D("Infinity") > 10 ** 100, D("-inf") < -1e308)
print(hash(D("0.5")) == hash(0.5), hash(D(7)) == hash(7), hash(D("1.10")) == hash(D("1.1")), hash(D("-0.25")) == hash(-0.25), hash(D("0.1")), hash(D("Infinity")))
print({D("1.0"): "x", 1: "y"}, len({D(2), 2, 2.0, D("2.00")}), bool(D(0)), bool(D("0.00")), bool(D("NaN")), bool(D("0.01")))
print(int(D("-2.7")), int(D("1E+3")), float(D("0.1")), float(D("-Infinity")), round(D("2.5")), round(D("3.5")), round(D("2.567"), 2), round(D("1234"), -2))
print(math.floor(D("-2.5")), math.ceil(D("-2.5")), math.trunc(D("-2.5")), D("12.345").as_integer_ratio(), D(-4).as_integer_ratio(), D("1.20").adjusted())
print(D("1.20").normalize(), D("0.00").normalize(), D("-1200").normalize(), D("1.5").is_signed(), D("-0").is_signed(), D("1").copy_negate(), D("NaN").is_nan())
for spec in ["", ">10", "<10", "^12", "+", " ", ".2f", ",.2f", "f", ".3e", "e", "E", ".2", ".2g", "g", "G", "%", ".1%", "010", "*>12.1f", "z.1f", "=+10", ".0e", ".0g", ".0%", "n", ".3n", ",", "10,.2f"]:
    print(repr(spec), [format(D(x), spec) for x in ["-10", "1234.5678", "0.000012345", "1E+5", "0", "-0.001"]])
print(f"{D('-60.10'):>10}|{D('53.65'):<8}|{D('1.5'):.3f}|{D('Infinity'):>10}|{D('NaN')}")
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("1.23456789") + 0, D(123456) * 10)
print(D(1) / D(7))
getcontext().prec = 6
print(D(2) / D(3), D("1234567") + 0)
getcontext().prec = 28
for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D("abc"), lambda: D("NaN") < 1, lambda: D("1E+999999") * 10,
          lambda: D("1.23").quantize(D("1E-30")), lambda: int(D("NaN")), lambda: int(D("Infinity")), lambda: D([1, 2]),
          lambda: D("Infinity") - D("Infinity"), lambda: D("sNaN") + 1, lambda: hash(D("sNaN")),
          lambda: D(0) ** -1]:
    try:
        print(f())
    except (DecimalException, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError))
