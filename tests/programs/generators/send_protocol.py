# send(): priming, receiving values, running averages, return value in StopIteration.
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, total)
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(0))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
def echo():
    received = yield "ready"
    while True:
        received = yield "got " + repr(received)
e = echo()
print(e.send(None), e.send(1), e.send("x"), next(e))
g = echo()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
