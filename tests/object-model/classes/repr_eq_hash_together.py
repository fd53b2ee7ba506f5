class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, o):
        if not isinstance(o, Point):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = [Point(1, 2), Point(1, 2), Point("a", None)]
print(pts, len(set(pts)), {p: i for i, p in enumerate(pts)})
print(pts[0] == pts[1], pts[0] is pts[1], pts[0] == (1, 2), pts.count(Point(1, 2)), pts.index(Point("a", None)))
print(sorted({Point(2, 0), Point(1, 0)}, key=lambda p: p.x))
