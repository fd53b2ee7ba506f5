# Return statements: implicit None, early returns, multiple values, returning from loops.
def nothing():
    pass
def bare():
    return
def many():
    return 1, "two", [3]
def early(x):
    for i in range(10):
        if i == x:
            return "hit %d" % i
    return "miss"
print(nothing(), bare(), many(), early(3), early(42))
a, b, c = many()
print(a, b, c)
def nested_ret(n):
    while True:
        if n > 3:
            return n
        n += 1
print(nested_ret(0))
