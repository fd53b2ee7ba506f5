import inspect
def g():
    yield 1
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
print(gen.__name__, g.__name__, type(gen).__name__)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
