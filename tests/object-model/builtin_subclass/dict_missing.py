class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["xyz"], d)
print(d.get("nope"), "nope" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, type(c).__name__, isinstance(c, dict))
class NoMissing(dict): pass
try:
    NoMissing()["k"]
except KeyError as e:
    print("KeyError:", e)
