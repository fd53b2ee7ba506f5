def careful():
    try:
        while True:
            yield "tick"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
g = careful()
next(g); next(g)
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returning():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returning(); next(g)
print(g.close())
