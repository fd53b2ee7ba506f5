# is / is not / in / not in across containers and strings.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, type(a) is list)
print(2 in a, 3 not in a, "ell" in "hello", "" in "", "x" in "", 1 in {1: "a"}, "a" in {1: "a"}, 1 in {1}, 1 in (1,), 1 in range(2))
print([1] in [[1], [2]], (1,) in {(1,): 0}, "b" in "abc" in "xabcx")
x = None
print(x is None, x is not None, not x is None)
