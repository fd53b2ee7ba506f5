def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
x = g("a")
next(x)
del x
print("after del")
for v in g("b"):
    print("v", v)
    break
print("after break")
y = g("c")
print(list(y))
z = g("d")
next(z)
z = None
print("end")
