from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash((1, 2)), {p: "v"}[Point(1, 2)], len({Point(1), Point(1), Point(2)}))
print(issubclass(FrozenInstanceError, AttributeError))
