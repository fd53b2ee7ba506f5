counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_acc(start):
    total = start
    def acc(n):
        nonlocal total
        total += n
        return total
    acc.reset = lambda: None
    return acc
a = make_acc(10)
print(a(1), a(2), a.__name__)
def outer():
    results = []
    for i in range(3):
        def cap(i=i):
            return i
        results.append(cap)
    return [f() for f in results]
print(outer())
