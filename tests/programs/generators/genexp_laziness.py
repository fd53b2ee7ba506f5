# Generator expressions are lazy; the first iterable is evaluated immediately.
def noisy(n):
    print("noisy called", n)
    return range(n)
g = (x * 2 for x in noisy(3))
print("genexp created")
print(list(g))
calls = []
def track(x):
    calls.append(x)
    return x
g2 = (track(x) for x in range(5))
print(next(g2), calls)
print(any(track(x) > 2 for x in range(10)), calls)
def gen_pipeline():
    nums = (i for i in range(1, 20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(gen_pipeline())
