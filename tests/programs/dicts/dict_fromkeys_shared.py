# dict.fromkeys shares one value object among all keys; get() with default does not insert.
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d, d["a"] is d["b"])
e = {k: [] for k in ["a", "b"]}
e["a"].append(1)
print(e)
f = {}
print(f.get("missing"), f.get("missing", []), f, "missing" in f)
print(dict.fromkeys(range(3)), dict.fromkeys("aab", 0), dict.fromkeys([]))
