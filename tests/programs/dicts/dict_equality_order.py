# Dict equality ignores order, but iteration, repr and list() keep insertion order.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a, b, list(a.items()) == list(b.items()))
print(a.keys() == b.keys(), list(a.values()) == list(b.values()))
c = dict(a)
c.pop("x")
c["x"] = 1
print(c, c == a, list(c))
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d, "".join(d))
