# Loops whose accumulators cross the machine-word range (a classic place for silent overflow).
a, b = 0, 1
for i in range(100):
    a, b = b, a + b
print("fib(100) =", a)
p = 1
for i in range(1, 30):
    p *= i
    if i % 5 == 0:
        print(i, p)
acc = 0
for i in range(64):
    acc = acc * 2 + 1
print(acc, acc == 2**64 - 1)
acc = -1
for i in range(64):
    acc *= 2
print(acc, acc == -(2**64))
h = 0
for c in "the quick brown fox":
    h = h * 31 + ord(c)
print(h, h % (2**32), h & 0xFFFFFFFF)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)
x = 3**40
print(x, x * x, x * x * x)
