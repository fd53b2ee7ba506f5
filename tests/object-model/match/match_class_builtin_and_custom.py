class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s:
            return f"string of {len(s)}"
        case Vec(0, y=yy):
            return f"vec on y {yy}"
        case Vec(x, y):
            return f"vec {x},{y}"
        case list([int(), *_]):
            return "list starting with int"
        case _:
            return "?"
for v in [True, -3, 4, 2.5, "abc", Vec(0, 9), Vec(1, 2), [1, "x"], ["x"]]:
    print(kind(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
