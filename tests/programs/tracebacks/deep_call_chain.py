# An exception raised several frames deep and never caught.
def level3(x):
    return {"a": 1}[x]
def level2(x):
    return level3(x) + 1
def level1(x):
    return level2(x) * 2
print(level1("a"))
print(level1("b"))
