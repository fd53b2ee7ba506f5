# close() runs finally blocks; GeneratorExit; generators dropped early also run finally.
def resource(name):
    print("open", name)
    try:
        for i in range(5):
            yield i
    finally:
        print("close", name)
g = resource("a")
print(next(g), next(g))
g.close()
print("after close")
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")
for v in resource("b"):
    if v == 1:
        break
print("after break")
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catcher()
next(c)
c.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bad = ignore_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def unstarted():
    try:
        yield 1
    finally:
        print("never printed: not started")
u = unstarted()
u.close()
print("done")
def drop():
    h = resource("c")
    next(h)
    print("dropping")
drop()
print("end")
