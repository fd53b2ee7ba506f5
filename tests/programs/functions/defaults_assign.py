# Assigning __defaults__ / __kwdefaults__ changes later calls.


def f(a, b=1, c=2):
    return (a, b, c)


print(f.__defaults__, f(0))
f.__defaults__ = (10, 20)
print(f.__defaults__, f(0), f(0, 5))
f.__defaults__ = (7,)
print(f.__defaults__, f(0, 1))
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
print(f.__defaults__)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (1, 2, 3)
print(f())
f.__defaults__ = (9, 8, 7, 6)
print(f(), f.__defaults__)


def star(first, *rest, **kw):
    return (first, rest, kw)


star.__defaults__ = (5, 6)
print(star(), star(1, 2), star.__defaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)


def g(a, *, k=1, m):
    return (a, k, m)


print(g.__kwdefaults__, g(0, m=3))
g.__kwdefaults__ = {"m": 5}
print(g.__kwdefaults__, g(0, k=2))
try:
    g(0)
except TypeError as e:
    print("TypeError:", e)
g.__kwdefaults__ = {"k": 8, "m": 9}
print(g(0))
g.__kwdefaults__ = None
print(g.__kwdefaults__)
try:
    g(0, m=1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.__kwdefaults__ = 3
except TypeError as e:
    print("TypeError:", e)


class P:
    def __new__(cls, x, y):
        o = object.__new__(cls)
        o.xy = (x, y)
        return o


P.__new__.__defaults__ = (4,)
print(P(1).xy, P(1, 2).xy)

h = lambda a, b=0: a + b
h.__defaults__ = (100,)
print(h(1))
