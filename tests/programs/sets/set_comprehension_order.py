# Sets built in different orders print in the same hash-determined order.
a = {x for x in range(10)}
b = {x for x in range(9, -1, -1)}
print(a, b, a == b, list(a) == list(b))
c = set()
for x in [40, 8, 16, 0, 24, 32]:
    c.add(x)
print(c)
d = {8 * k for k in range(20)}
print(d)
e = {1, 9, 17, 25}
e.remove(9)
e.add(33)
print(e)
print({-5, 5, -1, 1, 0}, {2**64, 2**32, 2**16, 1})
