def parse(tokens):
    match tokens:
        case ["let", name, "=", *expr] if expr:
            return ("let", name, expr)
        case ["print", *args]:
            return ("print", args)
        case [("+" | "-") as op, [*left], [*right]]:
            return ("binop", op, len(left), len(right))
        case [*_, "end"]:
            return ("ends with end",)
        case _:
            return None
for t in [["let", "x", "=", 1, "+", 2], ["let", "x", "="], ["print"], ["print", 1, 2], ["+", [1], [2, 3]], ["-", (1,), ()], ["a", "b", "end"], "end"]:
    print(parse(t))
