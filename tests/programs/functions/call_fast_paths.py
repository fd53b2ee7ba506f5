# Calls the runtime binds without building an argument vector: exact positional calls,
# method calls with the receiver prepended, positional calls completed from defaults.


class Obj:
    def __init__(self, n):
        self.n = n

    def m(self, a, b=2, c=3):
        return (self.n, a, b, c)

    def exact(self, a):
        return self.n + a

    def none(self):
        return self.n


o = Obj(1)
print(o.m(10), o.m(10, 20), o.m(10, 20, 30), o.exact(5), o.none())
bound = o.m
print(bound(7), Obj.m(o, 8), Obj.m(o, 8, c=9))
try:
    o.m()
except TypeError as e:
    print("TypeError:", e)
try:
    o.exact(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Obj.none()
except TypeError as e:
    print("TypeError:", e)


def rebinds_defaults(a, b=1):
    # The defaults are replaced while a call bound from them is running.
    rebinds_defaults.__defaults__ = (b + 1,)
    return (a, b)


print(rebinds_defaults(0), rebinds_defaults(0), rebinds_defaults(0, 9), rebinds_defaults(0))


def five(a, b, c=3, d=4, e=5):
    return a + b + c + d + e


def nine(a, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9):
    return (a, b, c, d, e, f, g, h, i)


print(five(1, 2), five(1, 2, 30), nine(1), nine(1, 20, 30, 40, 50, 60, 70, 80))
try:
    five(1)
except TypeError as e:
    print("TypeError:", e)
try:
    nine()
except TypeError as e:
    print("TypeError:", e)


def rebinds_self(x):
    # The function rebinds its own global name while running.
    global rebinds_self
    rebinds_self = lambda x: ("new", x)
    return ("old", x)


print(rebinds_self(1), rebinds_self(2))


def outer(k):
    def inner(a, b=k):
        return (a, b, k)

    return inner


print(outer(5)(1), outer(6)(1, 2))


class WithCall:
    def __call__(self, a, b=2):
        return ("call", a, b)


print(WithCall()(1), WithCall()(1, 3))


def gen(a, b=2):
    yield a
    yield b


g1 = gen(1)
g2 = gen(3, 4)
print(list(g1), list(g2))



def side(tag):
    print("evaluated", tag)
    return tag


try:
    not_defined_yet(side("arg"))
except NameError as e:
    print("NameError:", e)


def replaced(x):
    return ("first", x)


def swap():
    global replaced
    replaced = lambda x: ("second", x)
    return 1


print(replaced(swap()), replaced(2))

if len("ab") > 5:
    def len(x):
        return -1
print(len("abc"))
try:
    del replaced
    replaced(1)
except NameError as e:
    print("NameError:", e)
Alias = Obj
print(Alias(4).none(), isinstance(Alias(1), Obj))
