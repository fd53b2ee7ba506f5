# int <-> string in every base 2..36, and format() of big negative numbers in other bases.
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
n = 2**70 + 12345
ok = all(int(to_base(n, b), b) == n and int(to_base(-n, b), b) == -n for b in range(2, 37))
print(ok, to_base(n, 36), to_base(-255, 16), to_base(255, 2))
for v in [-(2**64), -1, 2**100 - 1]:
    print(format(v, "#b")[:20], format(v, "#o"), format(v, "#x"), format(v, "X"), f"{v:_x}", f"{v:_b}"[:24])
print(int("zz", 36), int("-ZZ", 36), int("10" * 20, 2), int("0X_FF", 16), int("0b_1_0", 0))
