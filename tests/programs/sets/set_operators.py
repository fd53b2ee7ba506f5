# Set algebra with operators and methods, and frozenset results.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3, 7)))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
print(a == {4, 3, 2, 1}, a != b, frozenset(a) == a, {1} == frozenset({1}))
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f & {2}, f - {1})
c = set(a)
c |= {10}; print(c)
c &= {1, 2, 10}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
