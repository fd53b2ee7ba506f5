import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(3), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1], 1), op.concat([1], [2]))
print(op.lt(1, 2), op.ge(1, 2), op.eq("a", "a"), op.getitem([1, 2], 1), op.index(5))
l = [1, 2, 3]
op.setitem(l, 0, 10); op.delitem(l, 1)
print(l, op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.length_hint(iter(range(4))))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
print(op.add(V(1), V(2)).v)
