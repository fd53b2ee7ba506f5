def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(*, only):
    pass
def k(a, /, b):
    pass
class C:
    def m(self, x):
        return x
cases = [
    lambda: f(1, 2, 3), lambda: f(1), lambda: f(), lambda: f(1, 2, c=3), lambda: f(1, a=1),
    lambda: g(1), lambda: g(1, 2, 3), lambda: h(1), lambda: k(a=1, b=2),
    lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: (lambda: 0)(1),
    lambda: len(), lambda: len([], []), lambda: int("1", 2, 3), lambda: f(**{"a": 1, "b": 2, "z": 3}),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
