# map/filter/reduce-style helpers written by hand; functions building functions.
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(p, xs):
    return [x for x in xs if p(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x ** 2, nums), my_filter(lambda x: x % 3 == 0, nums), my_reduce(lambda a, b: a * b, nums, 1))
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello Big World  "))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10), curry(max)(3)(9))
