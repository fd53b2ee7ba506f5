# PEP 380: throw() and close() on a delegating generator reach the sub-generator.
def sub(log):
    try:
        x = yield 1
        log.append(("sent", x))
        yield 2
    except ValueError as e:
        log.append(("sub caught", str(e)))
        yield "recovered"
        return "sub result"
    finally:
        log.append("sub finally")
def outer(log):
    r = yield from sub(log)
    log.append(("returned", r))
    yield "outer end"
log = []
g = outer(log)
print(next(g), g.send("hello"), g.throw(ValueError("v")), next(g))
print(log)
log = []
g = outer(log)
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated", e, log)
log = []
g = outer(log)
next(g)
g.close()
print("closed", log)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
def deleg():
    yield from stubborn()
g = deleg()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def finishing():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration  # becomes RuntimeError in the sub-generator
def deleg2():
    yield from finishing()
g = deleg2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def plain():
    yield from [1, 2, 3]
g = plain()
next(g)
try:
    g.throw(IndexError("into list"))
except IndexError as e:
    print("IndexError:", e)
def nested():
    try:
        yield from outer([])
    except ValueError:
        yield "nested caught"
g = nested()
next(g)
print(g.throw(ValueError("deep")))
