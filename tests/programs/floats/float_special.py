# inf, nan and signed zero: arithmetic, comparisons, reprs.
inf = float("inf"); nan = float("nan")
print(inf, -inf, nan, -nan, float("-nan"), float("Infinity"), float("-iNF"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 10**400, -inf < -(10**400))
print(-0.0, 0.0 == -0.0, repr(-0.0), str(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5)
print(abs(-0.0), abs(-inf), max(nan, 1), max(1, nan), min(-0.0, 0.0), min(0.0, -0.0))
print(round(-0.4), round(-0.5), round(-0.0), round(0.5), round(1.5), round(2.5))
print(inf // 1 if False else 5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf)
print([x for x in [1.0, nan, 2.0] if x == x], sorted([3.0, -inf, inf, 0.0, -0.0]))
print(int(-0.0), float(-0), (-0.0).is_integer(), inf.is_integer(), nan.is_integer())
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
print(1e308 + 1e308, -1e308 * 1e308, 1e-320 / 1e10)
print(2.0 ** 1024 if False else 2.0 ** 1023, 10.0 ** -400)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
