from typing import Protocol, runtime_checkable, Iterable
@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...
class Sq:
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle:
    def __init__(self, r): self.r = r
    def area(self): return 3 * self.r ** 2
def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes if isinstance(s, SupportsArea))
print(total_area([Sq(2), Circle(1), "not a shape"]))
print(isinstance(Sq(1), SupportsArea), issubclass(Circle, SupportsArea), issubclass(int, SupportsArea))
