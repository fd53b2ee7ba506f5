def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("received", received)
e = echo()
print(next(e), e.send("a"), e.send("b"), next(e))
e.close()
def gen_with_return():
    x = yield 1
    return x * 2
g = gen_with_return()
next(g)
try:
    g.send(21)
except StopIteration as s:
    print("value", s.value, s.args)
def pairs():
    a = yield
    b = yield
    yield (a, b)
p = pairs(); next(p); p.send(1)
print(p.send(2))
