# Dict views are live, support set operations and membership.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k), len(v), len(it))
print("a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, k - {"a"} == {"b", "c", "d"}, k ^ {"a", "q"} == {"b", "c", "d", "q"})
print(sorted(it - {("a", 1)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
del d["a"]
print(list(k), list(v), list(it))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
