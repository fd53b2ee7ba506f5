class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.__dict__
except AttributeError as e:
    print(e)
s.b = 2
print(s.a, s.b)
del s.b
try:
    del s.b
except AttributeError as e:
    print("del:", e)


class SubSlot(Slotted):
    __slots__ = ("c",)


ss = SubSlot()
ss.c = 5
print(ss.a, ss.c)
try:
    ss.d = 1
except AttributeError as e:
    print(e)


class Loose(Slotted):
    pass


lo = Loose()
lo.anything = 1
print(lo.anything, lo.a)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        print("setattr", name, value)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        print("delattr", name)


class Target:
    x = 10


tg = Target()
pr = Proxy(tg)
print(pr.x)
pr.y = 5
print(tg.y, pr.y, pr.log)
del pr.zzz
try:
    pr.missing
except AttributeError as e:
    print(e)


class Upper:
    def __init__(self):
        self.name = "bob"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        v = super().__getattribute__(name)
        if isinstance(v, str):
            return v.upper()
        return v

    def __getattr__(self, name):
        return "fallback:" + name


u = Upper()
print(u.name, u.secret, u.other)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            value = len(name)
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")


lz = Lazy()
print(lz.xyz, lz.__dict__)
try:
    lz.abc
except AttributeError as e:
    print(e)
print(hasattr(lz, "abc"), hasattr(lz, "xx"), getattr(lz, "q", "dflt"))


class Frozen:
    def __init__(self, v):
        super().__setattr__("v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")


fz = Frozen(3)
print(fz.v)
try:
    fz.v = 4
except AttributeError as e:
    print(e)
print(Frozen.__init__.__name__, object.__init__ is not None)
