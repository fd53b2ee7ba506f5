fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
def make():
    out = []
    for j in range(3):
        def f():
            return j * 10
        out.append(f)
    j = 100
    return out
print([f() for f in make()])
def make_good():
    def bind(k):
        return lambda: k * 10
    return [bind(k) for k in range(3)]
print([f() for f in make_good()])
adders = {name: (lambda x, n=n: x + n) for name, n in [("one", 1), ("two", 2)]}
print(adders["one"](10), adders["two"](10))
