"""The generated __init__ bound positionally, by keyword and mixed, with defaults, default
factories, init=False fields, keyword-only fields and InitVars, and its argument errors."""

from dataclasses import KW_ONLY, InitVar, dataclass, field


@dataclass
class Plain:
    a: int
    b: str = "b"
    c: list = field(default_factory=list)
    d: int = field(default=7, init=False)
    e: int = field(default_factory=lambda: 42, init=False)


print(Plain(1))
print(Plain(1, "x"))
print(Plain(1, "x", [1]))
print(Plain(a=2))
print(Plain(3, c=[9]))
p, q = Plain(1), Plain(1)
print(p.c is q.c)
for args, kwargs in [
    ((), {}),
    ((1, 2, 3, 4), {}),
    ((1,), {"a": 2}),
    ((1,), {"z": 2}),
    ((1,), {"d": 2}),
    ((), {"b": 2}),
]:
    try:
        Plain(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class WithKwOnly:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0


print(WithKwOnly(1, y=2))
print(WithKwOnly(x=1, y=2, z=3))
for args, kwargs in [((1,), {}), ((1, 2), {}), ((), {"y": 1})]:
    try:
        WithKwOnly(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False, default=0)

    def __post_init__(self, scale):
        print("post_init", self.a, scale)
        self.total = self.a * scale


print(WithInitVar(3))
print(WithInitVar(3, 5))
print(WithInitVar(a=3, scale=4))
print(hasattr(WithInitVar(1), "scale"))


@dataclass
class PostInitNoArgs:
    a: int = 1

    def __post_init__(self):
        print("post_init no args", self.a)


PostInitNoArgs()
PostInitNoArgs(5)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: int = 2


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1, 2)))
try:
    f.a = 3
except AttributeError as e:
    print(type(e).__name__, e)


class Watched:
    def __setattr__(self, name, value):
        print("Watched.__setattr__", name, value)
        object.__setattr__(self, name, value)


@dataclass
class Child(Watched):
    a: int
    b: int = 5


print(Child(1))
print(Child(1, b=2))


@dataclass(order=True)
class Ordered:
    a: int
    b: str = field(compare=False, default="")


print(Ordered(1, "z") < Ordered(2, "a"), Ordered(1, "z") == Ordered(1, "a"))
print(Ordered(1) <= Ordered(1), Ordered(2) > Ordered(1), Ordered(1) >= Ordered(2))
print(Ordered(1).__lt__(5), Ordered(1).__eq__(5))
try:
    Ordered(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ordered(3), Ordered(1), Ordered(2)]))
print(Ordered.__lt__.__qualname__, Ordered.__init__.__qualname__)
