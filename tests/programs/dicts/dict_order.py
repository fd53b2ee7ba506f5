# Insertion order is preserved across updates, deletes and re-inserts.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d)
d[3] = "updated"
print(d)
del d[9]
d[9] = "back at the end"
print(d)
print(list(reversed(d)), list(reversed(d.items())))
s = {"zebra": 1, "apple": 2, "mango": 3}
print(s, sorted(s), sorted(s.items(), key=lambda kv: kv[1], reverse=True))
m = dict(zip("hello", range(5)))
print(m)
print({**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}, {"a": 1} | {"a": 2, "b": 3})
x = {"k": 0}
x |= {"j": 1}
print(x)
