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
    print("returned", e.value)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
