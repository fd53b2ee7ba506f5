"""globals(): the module's live namespace."""

counter = 0


def bump():
    global counter
    counter += 1


g = globals()
print(g is globals(), type(g).__name__, isinstance(g, dict))
print(g["counter"])
bump()
print(g["counter"], counter)
g["counter"] = 41
bump()
print(counter, g["counter"])

# A name bound through the dict is visible as a global, and the other way round.
globals()["made_here"] = "hello"
print(made_here)
late = 5
print("late" in g, g.get("late"), g.get("never_bound", "absent"))
del g["late"]
print("late" in g)
try:
    print(late)
except NameError as e:
    print("NameError:", e)
try:
    del g["late"]
except KeyError as e:
    print("KeyError:", e)

# Names the module never mentions live in the dict alone.
g["only_in_dict"] = [1, 2]
print(g["only_in_dict"], "only_in_dict" in g)
print(g.pop("only_in_dict"), "only_in_dict" in g)

# The entries CPython puts in every module namespace.
print(g["__name__"], g["__doc__"][:7], "__file__" in g, "__builtins__" in dir())
print(__name__ in g.values())

# Iteration, keys, items, len, copies.
user = sorted(k for k in g if not k.startswith("__"))
print(user)
print(sorted(k for k, v in g.items() if isinstance(v, int)))
snapshot = dict(g)
snapshot["counter"] = -1
print(counter, len(g) == len(list(g.keys())))
copied = g.copy()
print(type(copied).__name__, copied["counter"], copied is g)
print(g.setdefault("counter", 0), g.setdefault("fresh", 7), fresh)
g.update(counter=100, another=1)
print(counter, another)


def reader():
    # globals() in a function is still the module's namespace.
    return globals()["counter"], globals() is g


print(reader())


class Box:
    seen = globals() is g


print(Box.seen)

for k in ["a1", "a2"]:
    globals()[k] = k.upper()
print(a1, a2)

# Mutating the namespace while iterating it is CPython's RuntimeError.
try:
    for k in g:
        g["brand_new_" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
