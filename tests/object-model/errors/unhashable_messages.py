cases = [lambda: {[1]: 2}, lambda: {[]}, lambda: hash({}), lambda: {set(): 1},
         lambda: frozenset([[1]]), lambda: {}.setdefault([], 1), lambda: [] in {1: 2}, lambda: hash((1, [2]))]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
class U:
    __hash__ = None
try:
    {U()}
except TypeError as e:
    print("TypeError:", e)
print(U.__hash__, isinstance(U(), __import__("collections.abc").abc.Hashable))
