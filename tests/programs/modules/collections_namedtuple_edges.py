from collections import namedtuple

P = namedtuple("P", "x, y")
print(P(1, 2), P._fields, P.__doc__, P.x.__doc__, P(x=1, y=2) == P(1, 2))
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 3})]:
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
for names in [["a", "_b"], ["a", "a"], ["a", "class"], ["a b"], [1]]:
    try:
        namedtuple("T", names)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for typename in ["1T", "def"]:
    try:
        namedtuple(typename, "a")
    except ValueError as e:
        print("ValueError:", e)
print(namedtuple("R", "a _b class a 1", rename=True)._fields)
try:
    namedtuple("D", "a b", defaults=(1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
D = namedtuple("D", "a b c", defaults=[2, 3])
print(D(1), D(1, c=9), D._field_defaults, D.__new__.__defaults__)
try:
    D()
except TypeError as e:
    print("TypeError:", e)
p = P(3, 4)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    P._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(p._asdict(), p + (5,), p * 2, p[1:], P._make(iter([7, 8])), P.__name__, P.__qualname__)
E = namedtuple("E", "")
print(E(), len(E()), E._fields)
M = namedtuple("M", "a", module="mymod")
print(M.__module__, P.__module__, repr(P.x), P.__match_args__)
class Q(P):
    def norm(self):
        return abs(self.x) + abs(self.y)
q = Q(-1, 2)
print(q, q.norm(), q._replace(x=5), type(q._replace(x=5)).__name__, Q._make([0, 0]))
print(sorted({P(2, 1), P(1, 2), P(1, 1)}), dict([P("k", "v")]))
