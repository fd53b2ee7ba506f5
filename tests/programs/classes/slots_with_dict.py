"""__slots__ values live apart from the instance __dict__."""


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.z = 2
print(w.a, w.z, w.__dict__, vars(w))
w.__dict__["y"] = 3
print(w.y, sorted(vars(w)))
try:
    w.__dict__["a"]
except KeyError as e:
    print("KeyError:", e)
del w.a
try:
    w.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del w.a
except AttributeError as e:
    print("AttributeError:", e)


class Weak:
    __slots__ = ("a", "__weakref__")


k = Weak()
k.a = 5
print(k.a, hasattr(k, "__dict__"))
try:
    k.b = 1
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    pass


class SlotsOverDict(Plain):
    __slots__ = ("s",)


o = SlotsOverDict()
o.s = 1
o.t = 2
print(o.s, o.t, vars(o))


class Base:
    __slots__ = ("x",)


class Child(Base):
    __slots__ = ("y",)


c = Child()
c.x, c.y = 1, 2
print(c.x, c.y, hasattr(c, "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Open(Base):
    pass


p = Open()
p.x = 10
p.extra = 11
print(p.x, vars(p))


class Mixed(WithDict):
    __slots__ = ("b",)


m = Mixed()
m.a, m.b, m.c = 1, 2, 3
print(m.a, m.b, vars(m))


class Init:
    __slots__ = ("v", "__dict__")

    def __init__(self, v):
        self.v = v
        self.note = "n"


i = Init(7)
print(i.v, vars(i))

try:

    class Conflict:
        __slots__ = ("a", "b")
        b = 1

except ValueError as e:
    print("ValueError:", e)


class Bad:
    __slots__ = ("q",)
    q = 0
