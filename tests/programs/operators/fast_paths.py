"""Edge cases the inline operator fast paths (borrowed locals, in-place augmented
assignment, specialised arithmetic and comparisons, inline len) must hand to the general
path: int overflow, int/str subclasses, overridden dunders, NaN, errors, evaluation order."""

import sys


class MyInt(int):
    def __add__(self, other):
        return "MyInt.add"

    def __lt__(self, other):
        return "MyInt.lt"


class MyStr(str):
    def __add__(self, other):
        return MyStr("sub:" + str.__add__(self, other))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


class Sized:
    def __len__(self):
        return 7


def arith():
    x = sys.maxsize
    y = x + 1
    z = x * x
    w = -x - 2
    print(y, z, w, type(y).__name__)
    a = 7
    b = -2
    print(a % b, a // b, -a % 3, -a // 3, a / b, a % 3, a // 3)
    f = 7.5
    g = -2.0
    print(f % g, f // g, f / g, f % 2.0, f * g, f - g)
    print(1 / 3, 2 ** 62 / 3, (2 ** 60) / (2 ** 55), 10 / 4)
    nan = float("nan")
    print(nan < 1.0, nan <= nan, nan == nan, nan != nan, nan > 0.0, nan >= nan)
    print(1 < 2.5, 2.5 < 1, True + 1, True < 2)
    m = MyInt(5)
    print(m + 1, m < 1, 1 + m, m - 1)
    s = MyStr("a")
    print(s + "b", type(s + "b").__name__)
    for op in (lambda: a % 0, lambda: a // 0, lambda: f / 0.0, lambda: f % 0.0,
               lambda: a / 0, lambda: "a" + 1, lambda: 1 + "a", lambda: [] < 1):
        try:
            op()
        except Exception as e:
            print(type(e).__name__, e)


def aug():
    i = sys.maxsize - 1
    i += 1
    print(i)
    i += 1
    print(i, type(i).__name__)
    j = -sys.maxsize - 1
    j -= 1
    print(j)
    x = 1.5
    x *= 2.0
    x += 0.25
    x -= 1.0
    print(x)
    inf = float("inf")
    y = inf
    y -= inf
    print(y, y == y)
    s = "ab"
    t = s
    s += "cd"
    print(s, t, hash(s) == hash("abcd"))
    u = ""
    for k in range(5):
        u += chr(97 + k)
        d = {u: k}
    print(u, d, hash(u) == hash("abcde"))
    u += u
    print(u)
    lst = [1]
    alias = lst
    lst += [2]
    print(lst, alias, lst is alias)
    acc = Acc()
    acc += 3
    acc += "x"
    print(acc)
    v = 5
    try:
        v += "s"
    except TypeError as e:
        print("TypeError", e, v)
    w = "s"
    try:
        w += 5
    except TypeError as e:
        print("TypeError", e, w)
    n = 10
    n += (n := 3)
    print(n)
    r = 2 ** 63
    r -= 1
    print(r, r == 9223372036854775807, {r: 1}[9223372036854775807], type(r).__name__)
    r = 2 ** 70
    r *= 0
    print(r, r == 0, {0: "zero"}[r])
    r = -(2 ** 63) - 1
    r += 1
    print(r, r == -(2 ** 63))
    shared = 2 ** 70
    alias2 = shared
    shared *= 3
    shared += 1
    print(shared, alias2)
    fact = 1
    for k in range(2, 30):
        fact *= k
    print(fact)
    ms = MyStr("q")
    ms += "r"
    print(ms, type(ms).__name__)


def unbound_aug():
    if False:
        q = 1
    try:
        q += print("never evaluated")
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def unbound_read():
    if False:
        r = 1
    try:
        print(r + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def walrus_order():
    x = 1
    y = x + (x := 10)
    z = x < (x := 5)
    print(y, z, x)


def order():
    def f(tag, v):
        print("eval", tag)
        return v

    d = {}
    d[f("key", "k")] = f("value", 1)
    obj = Acc()
    f("obj", obj).attr = f("attr-value", 2)
    print(d, obj.attr)


def ret_local():
    big = [1, 2, 3]
    try:
        return big
    finally:
        print("finally sees", big)


def lens():
    print(len([1, 2]), len("héllo"), len((1,)), len({1: 2}), len(Sized()), len(range(5)))
    try:
        len(5)
    except TypeError as e:
        print(e)


def shadowed():
    len = lambda x: "shadowed"
    return len([1])


def fmt():
    for v in (7, -7, 0, 123456, -123456, True, 2 ** 70):
        print(f"[{v:05d}] [{v:5}] [{v:0}] [{v:d}] [{v:03}] [{v:007d}] [{v:1}]")
    print(f"{3.5:05}")

    class S(str):
        def __format__(self, spec):
            return "S-format:" + spec

    print(f"{S('x')} {S('y'):>4} {'plain'} {True} {-0} {2 ** 64} {1.5} {None}")

    def tag(t, v):
        print("eval", t)
        return v

    print(f"[{tag('value', 42):{tag('width', 6)}}]")
    x = 5
    print(f"[{x:{(x := 3)}}]", x)


arith()
aug()
unbound_aug()
unbound_read()
walrus_order()
order()
print(ret_local())
lens()
print(shadowed())
fmt()
