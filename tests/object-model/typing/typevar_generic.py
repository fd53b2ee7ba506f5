from typing import TypeVar, Generic, List
T = TypeVar("T")
K = TypeVar("K", bound=str)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s, type(s).__name__)
print(T, K, T.__name__, K.__bound__)
print(Stack[int], Stack.__parameters__)
class Pair(Generic[T, K]):
    def __init__(self, a: T, b: K):
        self.a, self.b = a, b
print(Pair(1, "x").b, Pair.__mro__[1].__name__)
def first(xs: List[T]) -> T:
    return xs[0]
print(first([9, 8]))
