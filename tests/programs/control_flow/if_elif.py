# if/elif/else chains with truthiness of many values.
def classify(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return "bool"
    elif isinstance(x, int) and x < 0:
        return "negative int"
    elif isinstance(x, int):
        return "int"
    elif isinstance(x, str) and not x:
        return "empty str"
    elif isinstance(x, str):
        return "str"
    else:
        return "other"
for v in [None, True, -5, 5, "", "s", 1.5, [], {}]:
    print(repr(v), classify(v))
for v in [0, 1, "", "0", [], [[]], None, 0.0, -1]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5: print("single-line if")
if x > 100: pass
else: print("single-line else")
