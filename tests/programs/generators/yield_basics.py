# Generators: lazy evaluation, exhaustion, StopIteration, state between yields.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
