def f(v):
    match v:
        case {1: a, "1": b, True: c}:
            return a, b, c
