# Keyword-only parameters with and without defaults, mixed with *args and **kwargs.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2), f(a=1, b=2))
def g(*args, sep=" ", end="!"):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-"), g(end="?"), g())
def h(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(h(1, c=3), h(1, 2, 3, 4, c=5, e=6), h(a=0, c=0, b=1, z=9))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
def pos_kw_same_name(a, /, **kw):
    return a, kw
print(pos_kw_same_name(1, a=2))
