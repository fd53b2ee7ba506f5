# insert() with out-of-range and negative positions, remove() of equal-but-not-identical items.
a = []
a.insert(5, "x"); a.insert(-5, "y"); a.insert(1, "z"); a.insert(-1, "w")
print(a)
b = [1, 1.0, True, "1"]
b.remove(True)
print(b)
b.remove(1)
print(b)
c = [[], [], [1]]
c.remove([])
print(c, c.index([1]), [[]].count([]))
d = list(range(10))
while d:
    d.pop(len(d) // 2)
    print(d)
