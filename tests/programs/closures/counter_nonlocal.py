# nonlocal rebinding: counters, accumulators, independent closure cells.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a(), b(-50))
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(3))
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "changed by middle"
        def inner():
            nonlocal x
            x += " and inner"
        inner()
    middle()
    return x
print(outer())
