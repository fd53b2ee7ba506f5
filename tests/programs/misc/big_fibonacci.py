# Fibonacci numbers with hundreds of digits via fast doubling.
def fib(n):
    def fd(k):
        if k == 0:
            return 0, 1
        a, b = fd(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return fd(n)[0]
print(fib(10), fib(100), fib(300))
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:20], f1000 % 1000000007)
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print(a == f1000)
