# Functions as descriptors, closures and cells, annotations, staticmethod calls, bound-method
# equality and hashing.
def f(self, x=1):
    return (type(self).__name__, x)
class C:
    def m(self):
        return "m"
    @staticmethod
    def s(a, b=2):
        return a + b
    @classmethod
    def k(cls):
        return cls.__name__
c = C()
print(f.__get__(c)(5), f.__get__(c, C)(), f.__get__(None, C) is f)
print(C.__dict__["s"](1), C.__dict__["s"](1, b=5), callable(C.__dict__["s"]))
print(C.__dict__["s"].__get__(c)(3), C.__dict__["k"].__get__(c)(), C.__dict__["k"].__get__(None, C)())
try:
    C.__dict__["k"]()
except TypeError as e:
    print("TypeError:", e)
print(c.m == c.m, c.m != c.m, c.m == C().m, c.m is c.m, hash(c.m) == hash(c.m))
print(len({c.m, c.m, C().m}), c.m.__self__ is c, c.m.__func__ is C.m)
print([].append == [].append, c.k == C.k)
def outer():
    a = 1
    b = []
    def inner():
        return a, b
    def later():
        return z
    z = 5
    return inner, later
i, l = outer()
print(type(i.__closure__).__name__, len(i.__closure__), [type(x).__name__ for x in i.__closure__])
print(sorted(repr(x.cell_contents) for x in i.__closure__), l.__closure__[0].cell_contents)
print(f.__closure__, (lambda: 0).__closure__)
def empty_cell():
    def g():
        return v
    cell = g.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    v = 3
    print(cell.cell_contents)
empty_cell()
def ann(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    pass
print(ann.__annotations__)
def noann(a, b):
    pass
print(noann.__annotations__, noann.__annotations__ is noann.__annotations__)
noann.__annotations__ = {"a": int}
print(noann.__annotations__)
try:
    noann.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
class K:
    def meth(self, x: "K") -> "K":
        return x
print(K.meth.__annotations__, K().meth.__annotations__ == K.meth.__annotations__)
class Owner:
    def who(self):
        return __class__
    def lam(self):
        return __class__.__name__
class Sub(Owner):
    pass
print(Sub().who() is Owner, Sub().lam())
