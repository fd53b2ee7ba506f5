# Exceptions raised inside generators propagate to the consumer; the generator is then finished.
def gen():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def safe(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
        except ZeroDivisionError:
            yield "div0"
            return
print(list(safe(iter([1, 2]))), list(safe(x // (2 - x) for x in range(5))))
