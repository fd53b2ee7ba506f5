# Ordering comparisons between unrelated types raise TypeError; equality never does.
pairs = [(1, "1"), ("a", None), ([], ()), ({}, {}), (None, None), (1.5, "x"), ((1,), [1]), ({1}, 1)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print({1} < {1, 2}, {1, 2} > {1}, {1} <= {1})
