# Unary minus/plus/invert/not on many values.
for v in [0, 1, -1, 2**64, True, False, 0.0, -0.0, 1.5, float("inf")]:
    print(repr(v), -v, +v, not v, ~v if isinstance(v, int) else "n/a")
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    +[1]
except TypeError as e:
    print("TypeError:", e)
