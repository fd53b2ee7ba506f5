# popitem removes the most recently inserted item; setdefault and update order.
d = {}
for i in range(5):
    d[f"k{i}"] = i
while d:
    print(d.popitem(), len(d))
e = {"a": 1}
e.setdefault("b", 2)
e.update(c=3, a=10)
e.update({"d": 4}, e=5)
print(e, e.popitem(), e)
