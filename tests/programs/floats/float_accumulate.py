# Accumulating floats: order matters, results must match CPython bit for bit.
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
print(sum(1 / i for i in range(1, 1001)))
print(sum([0.1] * 100), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
mean = sum(x * 0.37 for x in range(100)) / 100
print(mean)
var = sum((x * 0.37 - mean) ** 2 for x in range(100)) / 100
print(var, var ** 0.5)
pi_est = 0.0
for k in range(10000):
    pi_est += (-1) ** k / (2 * k + 1)
print(pi_est * 4)
x = 0.0
while x < 1.0:
    x += 0.1
print(x)
