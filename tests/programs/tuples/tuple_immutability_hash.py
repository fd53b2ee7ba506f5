# Tuples are immutable containers; their hashes depend on contents; tuples of lists are unhashable.
t = (1, "two", 3.0)
u = tuple([1, "two", 3.0])
print(t == u, t is u or t == u, hash(t) == hash(u), {t: "v"}[u])
keys = {(i, j): i * j for i in range(3) for j in range(3)}
print(keys[(2, 2)], (1, 2) in keys, (5, 5) in keys, len(keys))
for bad in [([],), ({},), ({1},), (1, [2])]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
