# while loops with multiple counters, early exit, and loop-carried state.
a, b = 0, 100
steps = 0
while a < b:
    a += 7
    b -= 3
    steps += 1
print(a, b, steps)
n, count = 1, 0
while n < 10**18:
    n *= 3
    count += 1
print(n, count)
x = 1.0
iters = 0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
    iters += 1
print(x, iters)
