# A generator's return value becomes StopIteration.value.
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def gen_with_tuple():
    yield
    return 1, 2
it = gen_with_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
