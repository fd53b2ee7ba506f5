# operator: every function form on built-in values and on instances with dunders.
import operator as op
from operator import add, sub, mul, truediv, floordiv, mod, pow, neg, pos, inv, invert

print(add(1, 2), sub(5, 3), mul("ab", 3), truediv(7, 2), floordiv(-7, 2), mod(-7, 3), pow(2, 10))
print(add(2**62, 2**62), mul(10**10, 10**10), pow(2, -1), floordiv(7.5, 2), mod(7.5, -2))
print(neg(3), neg(-2.5), neg(True), pos(-3), pos(False), inv(5), invert(-1), op.abs(-7), op.abs(-2.5))
print(op.lshift(1, 70), op.rshift(-256, 4), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}), op.or_({"a": 1}, {"b": 2}))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1.0), op.gt(3, 2.5), op.ge([1, 2], [1]))
print(op.lt((1, "a"), (1, "b")), op.eq([1], (1,)), op.eq(None, 0))
print(op.contains([1, 2], 2), op.contains("abc", "bc"), op.contains({"k": 1}, "k"), op.contains(range(5), 7))
print(op.countOf([1, 1.0, True, 2], 1), op.countOf("banana", "a"), op.countOf([], 0), op.countOf(iter([3, 3]), 3))
print(op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"), op.indexOf((x for x in [0, 1]), 1))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.concat((1,), (2, 3)), op.concat(b"x", b"y"))
print(op.index(5), op.index(True), op.index(-2**70), type(op.index(False)).__name__)
print(op.getitem([1, 2, 3], -1), op.getitem("hello", slice(1, 3)), op.getitem({"a": 9}, "a"), op.getitem(range(10), 3))
l = [1, 2, 3, 4]
print(op.setitem(l, 0, 10), l, op.delitem(l, 1), l)
op.setitem(l, slice(0, 1), ["a", "b"])
op.delitem(l, slice(None, None, 2))
print(l)
d = {}
op.setitem(d, "k", 1)
print(d, op.length_hint([1, 2]), op.length_hint("abc"), op.length_hint({}), op.length_hint(range(7)))
print(op.length_hint(iter([1, 2, 3])), op.length_hint(iter(range(10))), op.length_hint(iter("xy")), op.length_hint(iter((1,))))
print(op.length_hint(iter({1: 2, 3: 4})), op.length_hint(reversed([1, 2])), op.length_hint(iter({5, 6})))
it = iter([1, 2, 3])
next(it)
print(op.length_hint(it), op.length_hint((x for x in "ab")), op.length_hint((x for x in "ab"), 5), op.length_hint(5, 9))
print(op.call(len, [1, 2]), op.call(max, 3, 9, key=lambda x: -x), op.call(dict, a=1))

# In-place forms: mutable targets are changed and returned, immutable ones are not.
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.iadd("a", "b"), op.iadd((1,), (2,)))
s = {1, 2}
print(op.iand(s, {2}), s, op.ior(s, {7}), s, op.isub(10, 3), op.imul([0], 3), op.imul("ab", 2))
print(op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2, 3)), op.iconcat("a", "b"))
z = [9]
print(op.iconcat(z, "ab") is z, z)

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __iadd__(self, o):
        self.v += o.v
        return self
    def __sub__(self, o):
        return V(self.v - o.v)
    def __neg__(self):
        return V(-self.v)
    def __invert__(self):
        return V(~self.v)
    def __abs__(self):
        return V(abs(self.v))
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __index__(self):
        return self.v
    def __bool__(self):
        return self.v != 0
    def __repr__(self):
        return f"V({self.v})"

a, b = V(1), V(2)
print(op.add(a, b), op.add(5, a), op.sub(b, a), op.neg(a), op.invert(a), op.abs(V(-4)))
print(op.lt(a, b), op.gt(a, b), op.eq(a, V(1)), op.ne(a, b), op.truth(V(0)), op.not_(V(0)))
print(op.index(V(6)), [10, 20, 30][V(1)], op.countOf([V(1), V(1), a], a), op.indexOf([b, a], V(1)))
c = op.iadd(a, b)
print(c is a, a)

class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __add__(self, o):
        return Seq(self.items + list(o))
    def __repr__(self):
        return f"Seq({self.items})"

print(op.concat(Seq([1]), [2]), op.iconcat(Seq([1]), (3,)), op.contains(Seq([4, 5]), 5), op.countOf(Seq("aba"), "a"))

class Hint:
    def __init__(self, n):
        self.n = n
    def __length_hint__(self):
        return self.n

class Sized:
    def __len__(self):
        return 4
    def __length_hint__(self):
        return 99

print(op.length_hint(Hint(3)), op.length_hint(Hint(NotImplemented), 8), op.length_hint(Sized()), op.length_hint(Hint(True)))

# Functions are values: names, map, sorted keys, reduce-like folds.
print(add.__name__, op.__add__.__name__, op.not_.__name__, op.__not__ is op.not_, op.__call__ is op.call)
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), list(map(op.neg, range(3))), sorted([3, 1, 2], key=op.neg))
total = 0
for f in (op.add, op.sub, op.mul):
    total = f(total, 3)
print(total, callable(op.add), type(op.add).__name__)
