def m(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case True:
            return "unreachable for True since 1 matched"
        case None:
            return "none"
        case "hello" | "hi":
            return "greeting"
        case [] :
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long starting {first}, {len(rest)} more"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case (1, 2) :
            return "never"
        case _:
            return "other " + type(v).__name__
for v in [0, 2, True, None, "hi", [], [5], (6, 7), [1, 2, 3], list(range(10)), "abc", 3.5, {"a": 1}]:
    print(repr(v), "->", m(v))
