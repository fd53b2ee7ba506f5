from typing import Generic, TypeVar, Iterator, Iterable
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
class IntBox(Box[int]):
    def double(self) -> int:
        return self.item * 2
b = IntBox(21)
print(b.get(), b.double(), isinstance(b, Box), IntBox.__orig_bases__)
def gen(xs: Iterable[T]) -> Iterator[T]:
    yield from xs
print(list(gen("ab")))
try:
    isinstance(b, Box[int])
except TypeError as e:
    print("TypeError:", e)
