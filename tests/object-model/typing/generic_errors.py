from typing import Generic, TypeVar, List, Dict
T = TypeVar("T")
S = TypeVar("S", int, str)
U = TypeVar("U", bound=float, covariant=True)
print(S.__constraints__, U, U.__covariant__, T.__bound__)
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
class Box(Generic[T]):
    pass
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[T, T]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError:", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
Pairs = Dict[str, T]
print(Pairs, Pairs.__parameters__, Pairs[int], dict[str, T][int])
class Two(Box[T], Generic[T]):
    pass
print(Two.__parameters__, Two.__orig_bases__, Box[int] == Box[int], Box[int] != Box[str])
print(Box.__mro__)
