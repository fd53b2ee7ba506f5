# Chained assignment binds every target to the same object, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
i, j = k = (1, 2)
print(i, j, k)
lst = [0, 0, 0]
idx = lst[0] = 2
print(idx, lst)
d = {}
d["a"] = d["b"] = "shared"
print(d)
m, n = o = p = "hi"
print(m, n, o, p)
