# ascii(), repr() and format() builtins on many values.
for v in ["plain", "é", "日本", "\U0001f600", ["é", 1], {"ü": "ö"}, ("\n",), b"\xff", 1.5]:
    print(ascii(v), repr(v), format(v) if not isinstance(v, bytes) else "bytes")
print(format(1234.5678, ".2f"), format(1234.5678, ",.1f"), format(42, "08b"), format("s", "^7"))
