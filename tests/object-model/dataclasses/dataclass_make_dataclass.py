from dataclasses import make_dataclass, field, asdict
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = Point(3, -4)
print(p, p.norm(), asdict(p), Point.__name__)
Empty = make_dataclass("Empty", [])
print(Empty(), Empty() == Empty())
