# The value of a yield expression: None for next(), the sent value for send().
def recorder():
    log = []
    while True:
        got = yield len(log)
        log.append(got)
        if got == "stop":
            return log
r = recorder()
print(next(r))
print(next(r))
print(r.send("a"))
print(r.send(None))
try:
    r.send("stop")
except StopIteration as e:
    print(e.value)
def double_yield():
    x = yield 1
    y = yield x * 2 if x is not None else "none"
    yield (x, y)
d = double_yield()
print(next(d), d.send(5), d.send(6))
