"""Edge cases of the generated comparison, hash and __init__ methods: what the tuple
comparison CPython generates does with odd fields, and the order in which fields are read,
assigned and defaulted."""

from dataclasses import InitVar, dataclass, field


@dataclass(order=True)
class Pair:
    a: object
    b: object = 0


class Weird:
    """A field value whose comparisons return strings."""

    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return False

    def __lt__(self, other):
        return f"lt({self.tag},{other.tag})"

    def __ge__(self, other):
        return f"ge({self.tag},{other.tag})"

    __hash__ = object.__hash__


nan = float("nan")
# The identity shortcut: a NaN field equals itself (the same object), not another NaN.
print(Pair(nan) == Pair(nan), Pair(nan) == Pair(float("nan")), Pair(nan) <= Pair(nan))
# The first unequal pair decides, and its result is returned as it is.
print(Pair(Weird("x")) < Pair(Weird("y")), Pair(1, Weird("p")) >= Pair(1, Weird("q")))
print(Pair(1, 2) < Pair(1, 3), Pair(1, 3) <= Pair(1, 2), Pair(2) > Pair(1), Pair(1) != Pair(1))
try:
    Pair(1, "s") < Pair(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Pair(object()) < Pair(object())
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Sub(Pair):
    pass


# Another class, even a subclass, is NotImplemented: == falls back to identity, < fails.
print(Pair(1) == Sub(1), Sub(1) == Pair(1), Pair(1).__eq__(Sub(1)), Pair(1).__lt__(5))
try:
    Pair(1) < Sub(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Pair(3, 1), Pair(1, 2), Pair(1, 1), Pair(2, 9)]))


class Faker:
    """An instance that claims to be a Pair through __class__."""

    __class__ = Pair
    a = 1
    b = 0


print(Pair(1) == Faker(), Pair(1) <= Faker(), Pair(2) > Faker())

reads = []


@dataclass(order=True)
class Traced:
    x: int
    y: int

    def __getattribute__(self, name):
        if name in ("x", "y"):
            reads.append(f"{object.__getattribute__(self, 'x')}.{name}")
        return object.__getattribute__(self, name)


# Every field of self is read, then every field of other, before comparing.
print(Traced(1, 2) < Traced(3, 4), reads)


@dataclass(order=True)
class Gone:
    p: int
    q: int


g, h = Gone(1, 2), Gone(0, 2)
del g.q
try:
    g < h
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(frozen=True)
class Key:
    name: str
    parts: tuple = ()


print(hash(Key("k", (1, 2))) == hash(("k", (1, 2))), hash(Key("z")) == hash(("z", ())))
print(len({Key("a"), Key("a"), Key("b")}))
try:
    hash(Key("k", [1]))
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Loose:
    v: object


try:
    hash(Loose({}))
except TypeError as e:
    print("TypeError:", e)

order = []


def make_list():
    order.append("factory")
    return []


@dataclass
class Logged:
    first: int
    items: list = field(default_factory=make_list)
    scale: InitVar[int] = 2
    last: str = "end"

    def __setattr__(self, name, value):
        order.append(f"set {name}")
        super().__setattr__(name, value)

    def __post_init__(self, scale):
        order.append(f"post {scale}")
        self.first *= scale


log = Logged(5)
print(log, order)
order.clear()
print(Logged(1, [7], 10, "x"), order)
a, b = Logged(0), Logged(0)
print(a.items is b.items)


@dataclass(frozen=True)
class Frozen:
    k: int
    tags: list = field(default_factory=list)

    def __post_init__(self):
        object.__setattr__(self, "k", self.k + 1)


fz = Frozen(1)
print(fz, Frozen(2, [3]))
try:
    fz.k = 9
except Exception as e:
    print(type(e).__name__, e)


def failing():
    raise ValueError("factory failed")


@dataclass
class Fails:
    a: int
    b: list = field(default_factory=failing)


try:
    Fails(1)
except ValueError as e:
    print("ValueError:", e)
print(Fails(1, [2]))
