# `in` on iterators consumes them; on dicts tests keys; on strings substrings.
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
gen = (x * x for x in range(10))
print(16 in gen, next(gen))
d = {"k": "v"}
print("k" in d, "v" in d, "v" in d.values(), ("k", "v") in d.items())
print("" in "abc", "abc" in "abc", "abcd" in "abc", "b" in ["abc"], 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(1.0 in [1], 2**70 in {2**70}, None in [None], [] in [[]], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan])
