# Closures inside generators and generators inside closures.
def make_gen(factor):
    def gen(n):
        for i in range(n):
            yield i * factor
    return gen
g3 = make_gen(3)
print(list(g3(4)), list(make_gen(-1)(3)))
def running_total():
    total = 0
    def feed(values):
        nonlocal total
        for v in values:
            total += v
            yield total
    return feed
feed = running_total()
print(list(feed([1, 2, 3])), list(feed([10])))
