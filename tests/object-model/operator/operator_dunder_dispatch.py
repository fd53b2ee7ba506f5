import operator
class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __getitem__(self, i): return self.c[i]
    def __lt__(self, o): return self.c < o.c
    def __eq__(self, o): return self.c == o.c
    def __repr__(self): return f"V{self.c}"
a, b = V(1, 2), V(3, 4)
print(operator.add(a, b), operator.mul(a, 3), operator.neg(a), operator.getitem(b, 1))
print(operator.lt(a, b), operator.eq(a, V(1, 2)), operator.ne(a, b), operator.gt(a, b))
print(operator.itemgetter(0, 1)(b), sorted([b, a], key=operator.itemgetter(1)))
import functools
print(functools.reduce(operator.add, [a, b, V(10, 10)]))
