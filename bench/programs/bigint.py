"""Big integers: factorials, Fibonacci numbers and digit sums far beyond 64 bits."""


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(int(c) for c in str(n))


total = 0
for k in range(150):
    f = factorial(1400 + k)
    g = fib(19000 + k)
    total += digit_sum(f) + len(str(g)) + f % 1000000007 + ((g >> 1000) & 0xFFFF)
print(total, pow(3, 10**5, 10**9 + 7))
