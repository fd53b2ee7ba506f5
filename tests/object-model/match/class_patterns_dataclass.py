from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
def describe(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(0, 0), r) if r > 10:
            return f"big centred circle {r}"
        case Circle(center=Point(x=cx), r=r):
            return f"circle at x={cx} r={r}"
        case Point():
            return f"point {s}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Circle(Point(0, 0), 11), Circle(Point(2, 3), 1), "x"]:
    print(describe(s))
print(Point.__match_args__)
