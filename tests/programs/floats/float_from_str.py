# float() parsing of strings and conversions from ints and bools.
for s in ["1", "  1.5  ", "-2.25", "+.5", "5.", "1e3", "1E-3", "1_000.5", "inf", "-Infinity", "nan",
          "0x10" if False else "16", "1e400", "-1e400", "1e-400", "00001.100", "\t3.0\n", "٣.٥"]:
    print(repr(s), float(s))
print(float(), float(7), float(-2**70), float(True), float(10**308))
for bad in ["", "abc", "1.2.3", "1e", "0x1p3", "1 2", "in f", "_1.0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
