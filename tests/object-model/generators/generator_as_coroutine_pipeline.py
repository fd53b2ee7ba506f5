def coroutine(fn):
    def start(*a, **kw):
        g = fn(*a, **kw)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())
@coroutine
def counter(target):
    n = 0
    try:
        while True:
            item = yield
            n += 1
            target.send(f"{n}:{item}")
    except GeneratorExit:
        print("counter closing after", n)
p = grep("py", counter(printer(">")))
for line in ["python rocks", "java", "pypy too", "rust"]:
    p.send(line)
c = counter(printer("#"))
c.send("x")
c.close()
