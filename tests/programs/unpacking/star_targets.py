# Starred assignment targets in every position.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
[a, *b] = (9,)
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
first, *middle, last = "hello"
print(first, middle, last)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
head, *tail = {"k1": 1, "k2": 2}
print(head, tail)
