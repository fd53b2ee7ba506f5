# Closures created in loops and comprehensions, capturing loop state and parameters.
def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(1, 4)}
adders = make_adders()
print([adders[n](10) for n in adders])
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def gen_closures():
    funcs = []
    for name in ["a", "b"]:
        def f(prefix, name=name):
            return prefix + name
        funcs.append(f)
    return funcs
print([f(">") for f in gen_closures()])
