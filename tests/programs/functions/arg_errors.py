# CPython's TypeError messages for bad calls.
def f(a, b=2, /, c=3, *, d, e=5):
    pass
def g(x, y):
    pass
def h():
    pass
def kw(**k):
    pass
def star(*a, last):
    pass
class C:
    def m(self, x):
        pass
calls = [
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, y=2, x=3),
    lambda: g(1, 2, z=3),
    lambda: h(1),
    lambda: h(a=1),
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(a=1, d=2),
    lambda: f(1, d=1, zz=2),
    lambda: star(1, 2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: g(*[1], **{"x": 2}),
    lambda: kw(1),
    lambda: len(),
    lambda: len([], []),
    lambda: abs(x=1),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: sorted([], foo=1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
