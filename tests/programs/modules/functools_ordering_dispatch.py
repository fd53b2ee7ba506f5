# functools.total_ordering, cmp_to_key, cached_property, partialmethod, singledispatch.
from functools import total_ordering, cmp_to_key, cached_property, partialmethod, singledispatch, singledispatchmethod

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

@total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return isinstance(o, Money) and self.c == o.c
    def __lt__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.c < o.c
    def __repr__(self):
        return f"M{self.c}"

a, b = Money(1), Money(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Money(1), a >= Money(1), b > a)
print(sorted([Money(3), a, b]), max(a, b), min([b, a]), Money.__gt__.__name__, Money.__ge__.__doc__)
attempt(lambda: a >= 1)
attempt(lambda: a > "x")
print(Money.__le__(a, 5), Money.__gt__(a, 5))

@total_ordering
class Version:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        print("le", self.v, o.v)
        return self.v <= o.v
print(Version(1) < Version(2), Version(2) > Version(1), Version(1) >= Version(1), "__lt__" in Version.__dict__)

@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Gt(1) < Gt(2), Gt(1) <= Gt(1), sorted(k in Gt.__dict__ for k in ("__lt__", "__le__", "__gt__", "__ge__")))

class Base:
    def __lt__(self, o):
        return True
@total_ordering
class Derived(Base):
    pass
print("__gt__" in Derived.__dict__, Derived() > Derived())
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    @total_ordering
    class OnlyEq:
        def __eq__(self, o):
            return True
except ValueError as e:
    print("ValueError:", e)
print(total_ordering(5))

def by_len(x, y):
    return (len(x) > len(y)) - (len(x) < len(y)) or ((x > y) - (x < y))
print(sorted(["bb", "a", "ccc", "ab", "b"], key=cmp_to_key(by_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), max([3, 9, 4], key=cmp_to_key(lambda x, y: x - y)))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(5).obj, K(obj=6).obj, type(K).__name__, type(K(1)).__name__)
attempt(K, 1, 2)
attempt(K)
attempt(lambda: K(1) < 2)
attempt(lambda: hash(K(1)))
attempt(cmp_to_key)
attempt(lambda: K.obj)

class Dataset:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def stats(self):
        "Summary statistics."
        print("computing stats")
        return min(self.xs), max(self.xs)

d = Dataset([3, 1, 2])
print(d.stats, d.stats, "stats" in d.__dict__)
del d.stats
print(d.stats)
d.stats = "overridden"
print(d.stats, type(Dataset.stats).__name__, Dataset.stats.attrname, Dataset.stats.__doc__, Dataset.stats.func.__name__)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
attempt(lambda: Slotted().y)
loose = cached_property(len)
attempt(loose.__get__, [1, 2])
attempt(cached_property)
try:
    class Twice:
        p = cached_property(len)
        q = p
except Exception as e:
    print(type(e).__name__, e)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=""):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="n"), Cell.set_dead(c), c.alive)
print(type(Cell.__dict__["set_alive"]).__name__, Cell.__dict__["set_dead"].keywords, Cell.__dict__["set_alive"].args)
attempt(partialmethod, 1)
attempt(partialmethod)

@singledispatch
def show(x):
    "Show anything."
    return f"object {x!r}"

@show.register(int)
def _(x):
    return f"int {x}"

@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)

def show_bool(x):
    return f"bool {x}"
show.register(bool, show_bool)
print(show(1), show(True), show("s"), show([1, "a", False]), show(2.5))
print(show.dispatch(int).__name__, show.dispatch(bool) is show_bool, show.dispatch(str).__name__, show.__name__, show.__doc__)
print(sorted(t.__name__ for t in show.registry), show.registry[object].__name__)

class Animal:
    pass
class Dog(Animal):
    pass
@show.register(Animal)
def _(x):
    return "animal " + type(x).__name__
print(show(Dog()), show(Animal()))
attempt(show)
attempt(show.register, 1)
attempt(show.register, 1, len)

class Fmt:
    @singledispatchmethod
    def fmt(self, x):
        return "?"
    @fmt.register(float)
    def _(self, x):
        return f"{x:.1f}"
    @fmt.register(str)
    def _(self, x):
        return x.upper()
print(Fmt().fmt(2.25), Fmt().fmt("s"), Fmt().fmt(None), Fmt.fmt.__name__)
show()
