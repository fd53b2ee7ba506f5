def pair():
    value = [0]
    n = 0
    def setter(v):
        nonlocal n
        n = v
        value[0] = v
    def getter():
        return n, value[0]
    return setter, getter
s, g = pair()
s(7)
print(g())
s2, g2 = pair()
print(g2(), g())
def counter_gen():
    c = 0
    def bump():
        nonlocal c
        c += 1
        return c
    yield bump
    yield bump
    yield lambda: c
it = counter_gen()
b1 = next(it); b2 = next(it); peek = next(it)
b1(); b2(); b1()
print(peek(), b1.__closure__ is not None, len(b1.__closure__))
