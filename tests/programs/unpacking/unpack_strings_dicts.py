# Unpacking strings, dicts (keys), sets of one element, ranges and generators.
a, b, c = "xyz"
print(a, b, c)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
(only,) = {42}
print(only)
x, y, z = range(3)
print(x, y, z)
p, q = (n * n for n in (3, 4))
print(p, q)
*init, last = b"abc"
print(init, last)
h, *t = range(10**1)
print(h, t)
