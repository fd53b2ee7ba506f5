class Vec(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
    def __eq__(self, other):
        return "custom-eq"
    def __getitem__(self, i):
        return ("item", super().__getitem__(i))
v = Vec(3)
print(v, v.n, v == [0, 1, 2], v[1], list(v), len(v))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)
class Count(dict):
    def __missing__(self, k):
        return 0
c = Count()
print(c["x"], c.get("x"), c, super(Count, c).__getitem__("y") if False else "skip")
c2 = Count(a=1)
print(c2["a"], c2["b"], Count.__getitem__(c2, "zz"), dict.__getitem__(c2, "a"))
class Up(str):
    def __new__(cls, v):
        obj = super().__new__(cls, v.upper())
        obj.orig = v
        return obj
    def __init__(self, v):
        self.inited = True
u = Up("abc")
print(u, u.orig, u.inited, type(u).__name__, u.lower(), isinstance(u, Up))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return int.__new__(cls, v)
    def __add__(self, o):
        return Pos(int(self) + int(o))
    __radd__ = __add__
p = Pos(3)
print(p + 1, 1 + p, type(1 + p).__name__, p - 1, type(p - 1).__name__, sum([p, p, p]), type(sum([p, p])).__name__)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)
class Cmp(int):
    def __lt__(self, o):
        return "lt!"
print(Cmp(1) < 2, 2 > Cmp(1), 3 < Cmp(1), Cmp(1) > 0, sorted([Cmp(3), Cmp(1)], reverse=False) if False else "")
class MyErr(KeyError):
    pass
try:
    raise MyErr("k")
except KeyError as e:
    print(repr(e), str(e), e.args)
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __repr__(self):
        return "E2!"
e = E2(1, 2)
print(str(e), repr(e), e.args, e.b, [e])
class NS(str):
    def __len__(self):
        return 99
    def __iter__(self):
        return iter("xy")
n = NS("abc")
print(len(n), list(n), "".join(n), str(n), n.upper(), sorted(n), "b" in n)
class LH:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
    def __len__(self):
        print("len")
        return 2
print(list(LH()), tuple(LH()), sorted(LH()), "".join(str(x) for x in LH()))
x = []
x.extend(LH()); x += LH(); print(x)
class BadLen:
    def __iter__(self): return iter([1])
    def __len__(self): raise TypeError("nolen")
print(list(BadLen()))
class Money:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return "radd"
class MyStr(str):
    pass
print(MyStr("a") + MyStr("b"), type(MyStr("a") + MyStr("b")).__name__, "x" + Money(1))
try:
    MyStr("a") + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
class L2(list): pass
try:
    L2([1]) + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError:", e)
try:
    class X(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class R(range): pass
except TypeError as e:
    print("TypeError:", e)
class Ms(set):
    def __init__(self, items):
        super().__init__(x * 2 for x in items)
print(sorted(Ms([1, 2])), Ms([1]) == {2})
print(divmod(7, 2), divmod(7.5, 2), pow(2, 10, 7))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
class IDX:
    def __index__(self): return 2
print([1, 2, 3][IDX()], "abc"[IDX()])
