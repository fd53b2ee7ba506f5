# copy.copy / copy.deepcopy: atoms, containers, memo and cycles, hooks, reduce protocol.
import copy

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

atoms = [None, True, 7, 2**80, 1.5, "s", b"b", (1, 2), frozenset([1]), range(3), len, int, Ellipsis, NotImplemented]
print([copy.copy(a) is a for a in atoms])
print([copy.deepcopy(a) is a for a in atoms])
def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(slice(1, 2)) is slice(1, 2), copy.deepcopy(slice(1, [2])))

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(100)
print(s, d, s is a, s[1] is a[1], d[1] is a[1], d[2] is a[2])
dd = {"x": [1], "y": {"z": 2}}
ds, dp = copy.copy(dd), copy.deepcopy(dd)
print(ds["x"] is dd["x"], dp["x"] is dd["x"], dp == dd, ds is dd)
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st, copy.deepcopy(st) is st)
fz = frozenset([(1, 2)])
print(copy.deepcopy(fz) == fz, copy.deepcopy(fz) is fz)

t = (1, [2])
t2 = copy.deepcopy(t)
print(copy.copy(t) is t, t2 is t, t2 == t, t2[1] is t[1], copy.deepcopy((1, "a", (2,))) is not None)
inner = (1, 2)
print(copy.deepcopy(inner) is inner, copy.deepcopy([inner])[0] is inner)

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is cyc, c2[0])
dc = {}
dc["self"] = dc
dc2 = copy.deepcopy(dc)
print(dc2["self"] is dc2, dc2 is dc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
lt = [1]
tup = (lt, lt)
lt.append(tup)
tc = copy.deepcopy(tup)
print(tc[0] is tc[1], tc[0][1] is tc, type(tc).__name__)

memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, len(memo), memo[id(memo)] == [x])
print(copy.deepcopy(x, memo) is y, copy.deepcopy([x, x], memo)[0] is y)

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n2 = copy.deepcopy(n)
n3 = copy.copy(n)
n.children[0].v = 20
print(n2.children[0].v, n3.children[0].v, n2 is n, type(n2).__name__, n3.children is n.children, vars(n2)["v"])
empty = Node(0)
del empty.v, empty.children
print(vars(copy.copy(empty)), vars(copy.deepcopy(empty)))

class Conf:
    def __init__(self, data, name):
        self.data = data
        self.name = name
    def __copy__(self):
        print("__copy__")
        return Conf(self.data, self.name + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__, len(memo))
        return Conf(copy.deepcopy(self.data, memo), self.name + "-deep")
c = Conf({"a": [1]}, "base")
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
c.data["a"].append(2)
print(c1.name, c1.data, c2.name, c2.data)
twins = copy.deepcopy([c, c])
print(twins[0] is twins[1], twins[0].name)

class WithState:
    def __init__(self):
        self.a = 1
        self.cache = {"big": True}
    def __getstate__(self):
        print("getstate")
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
        self.cache = {}
w2 = copy.deepcopy(WithState())
w3 = copy.copy(WithState())
print(w2.a, w2.cache, w3.a, w3.cache)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a,), {"b": self.b * 10})
r = copy.copy(Reduced([1], 2))
print(type(r).__name__, r.a, r.b)
rd = copy.deepcopy(Reduced([1], 3))
print(rd.a, rd.b)

class Singleton:
    def __reduce__(self):
        return "Singleton"
only = Singleton()
print(copy.copy(only) is only, copy.deepcopy(only) is only)

class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q.x, q.y, r.y, q.y is p.y, r.y is p.y)
half = Pt.__new__(Pt)
half.x = 5
h2 = copy.copy(half)
print(h2.x, hasattr(h2, "y"))

class Err(Exception):
    pass
e = Err("boom", 2)
e.note = [1]
e2 = copy.copy(e)
e3 = copy.deepcopy(e)
print(type(e2).__name__, e2.args, e2.note is e.note, e3.note is e.note, e3.args)

class Meth:
    def __init__(self):
        self.v = [1]
    def get(self):
        return self.v
m = Meth()
bm = copy.deepcopy(m.get)
print(bm() == m.v, bm() is m.v, copy.copy(m.get)() is m.v, copy.copy([].append) is not None)

print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error, copy.Error.__module__)
attempt(copy.copy)
attempt(copy.deepcopy)
attempt(copy.copy, 1, 2)
it = iter([[1], [2], [3]])
next(it)
ic, idp = copy.copy(it), copy.deepcopy(it)
print(list(ic), list(idp), list(it), list(copy.copy(iter(range(3)))), list(copy.deepcopy(iter((1, [2])))))
attempt(copy.deepcopy, (x for x in []))
attempt(copy.copy, {}.keys())
attempt(copy.deepcopy, copy)
class Bad:
    def __deepcopy__(self, memo):
        raise ValueError("no deep copies")
attempt(copy.deepcopy, [Bad()])
copy.deepcopy(Bad())
