# f-strings with nested replacement fields inside format specs and expressions with calls.
rows = [("a", 1.23456), ("bbb", 22.5), ("cc", 333.0)]
w = max(len(n) for n, _ in rows)
for name, val in rows:
    for prec in (0, 2):
        print(f"{name:>{w}}: {val:{w + 6}.{prec}f} {val:<{w}.{prec + 1}e}|")
fill, align, width = "*", "^", 11
print(f"{'mid':{fill}{align}{width}}", f"{42:{fill}>{width},}", f"{3.5:{'+' if True else '-'}.{1}f}")
items = {"x": 1, "y": 22}
print(f"{', '.join(f'{k}={v:03}' for k, v in items.items())}")
print(f"{'{'}{'}'}", f"{{{1 + 1}}}", f"{len('}')}", f"{'a' 'b'}")
