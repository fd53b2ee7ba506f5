# Keys of many hashable types; equal numbers collide into one key; unhashable keys fail.
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", frozenset({1}): "frozenset", b"1": "bytes"}
print(d)
d[1.0] = "float one"
d[True] = "true"
print(d[1], len(d))
print(d[(1,)], d[None], d[frozenset([1])], d[b"1"])
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}[{}]
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}: 2}
except TypeError as e:
    print("TypeError:", e)
