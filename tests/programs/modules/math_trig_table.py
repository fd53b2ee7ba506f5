# A table of trigonometric values at common angles (reprs must match CPython exactly).
import math
for deg in range(0, 361, 30):
    rad = math.radians(deg)
    print(f"{deg:3d} {rad!r:>20} {math.sin(rad)!r:>24} {math.cos(rad)!r:>24} {round(math.tan(rad), 6) if deg % 180 != 90 else 'inf'}")
print(math.atan2(1, 1) * 4 == math.pi, math.degrees(math.atan(1)), math.hypot(*[3, 4, 12]))
