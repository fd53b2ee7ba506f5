# Every parameter kind: positional-only, positional-or-keyword, *args, keyword-only, **kwargs.
def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=33, d=4, b=9))
print(f(*[1, 2, 3, 4], **{"d": 0, "extra": True}))
def g(x, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3), g(y=1, x=2, z=3))
def h(*args):
    return args
print(h(), h(1), h(*range(3)))
def k(**kw):
    return kw
print(k(), k(a=1), k(**{"b": 2}, c=3))
def p(a, /, b):
    return a, b
print(p(1, 2), p(1, b=2))
def defaults(a, b=[], c={}, d=None):
    return a, b, c, d
print(defaults(0), defaults(0, d=4))
