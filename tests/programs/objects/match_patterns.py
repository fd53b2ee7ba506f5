

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    def __init__(self, r):
        self.r = r


class Color:
    RED = "red"
    GREEN = "green"


tests = [None, True, False, 0, 0.0, 2, -5, 10, 2.5, "red", "hi", "abc", [], [7], [1, 2, 3],
         (4, 5, 6), {"type": "user", "name": "ann", "age": 3}, {"x": 0, "y": 1}, {"z": 1},
         Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5), Circle(2),
         (1, (2, 3)), (1, 2), object.__name__, {1, 2}, range(2)]
for t in tests:
    match t:
        case None:
            result = "none"
        case True:
            result = "true"
        case 0 | 0.0:
            result = "zero"
        case 1 | 2 | 3 as small:
            result = f"small {small}"
        case int(n) if n < 0:
            result = f"negative {n}"
        case int() | float():
            result = "number"
        case Color.RED:
            result = "the color red"
        case "hello" | "hi":
            result = "greeting"
        case str(s):
            result = f"string {s!r}"
        case []:
            result = "empty list"
        case [x]:
            result = f"one item {x}"
        case [1, *rest]:
            result = f"starts with 1, rest {rest}"
        case [first, *_, last]:
            result = f"first {first} last {last}"
        case {"type": "user", "name": str(name), **extra}:
            result = f"user {name} extra {extra}"
        case {"x": 0}:
            result = "dict with x=0"
        case {}:
            result = "some dict"
        case Point(0, 0):
            result = "origin"
        case Point(x=0, y=yy):
            result = f"on the y axis at {yy}"
        case Point(xx, 0):
            result = f"on the x axis at {xx}"
        case Point(x, y) if x == y:
            result = f"diagonal {x}"
        case Point() as p:
            result = f"somewhere {p}"
        case Circle(r=radius):
            result = f"circle {radius}"
        case (a, (b, c)):
            result = f"nested {a} {b} {c}"
        case _:
            result = "other"
    print(repr(t) if not isinstance(t, Circle) else "Circle", "->", result)


command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")

for value in [[1, [2, 3]], [1, [2]], {"k": [1, 2]}]:
    match value:
        case [a, [b, c]]:
            print("pair", a, b, c)
        case [a, [b]] | {"k": [a, b]}:
            print("alt", a, b)

match 42:
    case x:
        print("captured", x)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)

try:
    match Point(1, 2):
        case Point(1, x=2):
            pass
except TypeError as e:
    print(e)

try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)

try:
    match Circle(1):
        case Circle(1):
            pass
except TypeError as e:
    print(e)

match Circle(3):
    case Circle(missing=1):
        print("no")
    case _:
        print("missing attribute means no match")

match 5:
    case 1:
        print("one")
print("no case matched, fine")


def classify(v):
    kind = rest = None
    match v:
        case [int(), *rest] if rest:
            kind = f"ints then {len(rest)} more"
        case {"id": kind}:
            kind = f"id {kind}"
        case _:
            kind = "unknown"
    return kind


print(classify([1, 2, 3]), classify([1]), classify({"id": 7}), classify("x"))
