# Closures capture variables, not values: the classic late-binding surprise and its fixes.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        out.append(lambda: i * 10)
    return out
print([f() for f in make()])
def make_fixed():
    def bind(i):
        return lambda: i * 10
    return [bind(i) for i in range(3)]
print([f() for f in make_fixed()])
x = 1
def show():
    return x
x = 2
print(show())
def outer():
    v = "before"
    def get():
        return v
    v = "after"
    return get
print(outer()())
