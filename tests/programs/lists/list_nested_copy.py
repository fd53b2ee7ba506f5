# Shallow copies share inner lists; equality is deep; repr of nested and recursive lists.
a = [[1, 2], [3, 4]]
b = list(a)
c = a.copy()
d = a[:]
a[0].append(99)
print(a, b, c, d)
a.append([5])
print(a, b)
print(a == [[1, 2, 99], [3, 4], [5]], a[0] is b[0])
r = []
r.append(r)
r.append(1)
print(r, len(r))
