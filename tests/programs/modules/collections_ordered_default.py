from collections import OrderedDict, defaultdict, ChainMap

od = OrderedDict()
print(od, repr(od))
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o2) == o1, o1 != o2, o1 == OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys("xyz", 0), o1.setdefault("c", 9), o1, o1.copy(), list(reversed(o1)))
print(o1 | {"z": 0}, isinstance(o1, dict), "a" in o1.keys(), ("a", 1) in o1.items(), 2 in o1.values())
print(OrderedDict([("k", 1)]), o1.pop("a"), o1.get("a", "gone"), len(o1))

dd = defaultdict(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"]
print(dd, dd.default_factory, dict(dd), "z" in dd, len(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nd = defaultdict()
print(nd)
try:
    nd["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(defaultdict(list, {"a": [1]}, b=[2]), dd.copy(), type(dd.copy()).__name__)
print(dd.get("nope"), "nope" in dd, isinstance(dd, dict), dd == {"x": [1, 2], "y": []})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), dict(cm), cm.get("z", 0), "b" in cm)
cm["b"] = 30
print(cm.maps, cm.new_child(), cm.new_child({"n": 1}).parents)
try:
    del cm["a"]
    del cm["a"]
except KeyError as e:
    print("KeyError:", e)
try:
    cm["zz"]
except KeyError as e:
    print("KeyError:", e)
print(cm, list(cm.keys()), list(cm.items()), list(cm.values()), cm.pop("b"), cm)
