from typing import NamedTuple, TypedDict, NewType, cast, overload, get_overloads, final, no_type_check
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        x: int
        def _replace(self):
            pass
except AttributeError as e:
    print("AttributeError:", e)
P = NamedTuple("P", [("x", int), ("y", float)])
Q = NamedTuple("Q", a=int, b=str)
print(P(1, 2.0), P.__annotations__, Q._fields, P._make([3, 4]))
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
class Movie(TypedDict):
    title: str
class Extended(Movie, total=False):
    year: int
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__, Movie.__total__)
Alt = TypedDict("Alt", {"a": int, "b": str}, total=False)
print(Alt(a=1), Alt.__optional_keys__ == {"a", "b"}, Alt.__annotations__)
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)
UserId = NewType("UserId", int)
print(UserId, UserId.__supertype__, UserId(3) + 1)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(get_overloads(f)))
@overload
def g(x: int) -> int: ...
try:
    g(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
@final
def h():
    return 1
@no_type_check
def k(a: int) -> str:
    return a
print(h.__final__, k.__no_type_check__, k(5), cast(str, 5))
