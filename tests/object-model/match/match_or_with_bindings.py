def f(p):
    match p:
        case (x, 0) | (0, x):
            return f"on axis at {x}"
        case {"k": x} | [x, _, _]:
            return f"got {x}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case str(s) | bytes(s):
            return f"text {s!r}"
    return "nothing"
for v in [(5, 0), (0, 7), {"k": "kv"}, [1, 2, 3], 2, "s", b"b", (1, 1)]:
    print(f(v))
