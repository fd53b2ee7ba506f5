# nonlocal with several names and nested levels; nonlocal rebinding to different types.
def outer():
    a, b = 1, "x"
    def change():
        nonlocal a, b
        a, b = b, a
    change()
    r1 = (a, b)
    def deeper():
        def deepest():
            nonlocal a
            a = [a]
        deepest()
    deeper()
    return r1, a
print(outer())
def tally():
    count = 0
    total = 0.0
    def add(x):
        nonlocal count, total
        count += 1
        total += x
        return total / count
    return add
avg = tally()
print(avg(1), avg(2), avg(6))
