# Operations where a list is combined with itself.
a = [1, 2, 3]
a.extend(a)
print(a)
b = [1, 2]
b += b
print(b)
c = [0, 1]
c[len(c):] = c
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [[1]] * 2
e[0].append(2)
print(e, e[0] is e[1])
f = [3, 1, 2]
f.sort(key=lambda x: f.index(x) if False else -x)
print(f)
