# All common dict methods, in insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.keys(), d.values(), d.items())
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"x": 9, "a": -1})
d.update([("y", 8)], z=7)
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["only_e"] = True
print(d, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
d.clear()
print(d, len(d), bool(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("k")
except KeyError as e:
    print("KeyError:", e)
