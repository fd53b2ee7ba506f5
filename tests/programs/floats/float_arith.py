# Mixed int/float arithmetic, floor division and modulo signs, power rules.
a, b = 7.5, -2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, b ** -2, divmod(a, b))
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(0.1 * 3, 0.1 * 10, sum([0.1] * 10), 1 - 0.9, 100 * 1.1)
print(2 ** 0.5, 2 ** -0.5, (-8) ** (1/3) if False else 8 ** (1/3), 10 ** -1, 2 ** -1074)
print((-2.0) ** 2, (-2.0) ** 3, (-2) ** 0.0, 0.0 ** 0, 0 ** 0.0)
try:
    (-8.0) ** 0.5 + 1
except Exception as e:
    print(type(e).__name__)
print(type((-8.0) ** 0.5).__name__)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 1.0
for i in range(10):
    x = x * 1.1
print(x)
x = 10.0
x /= 4; print(x)
x //= 0.3; print(x)
x %= 0.7; print(x)
x **= 3; print(x)
print(abs(-3.5), -(-3.5), +3.5, 3.5 == 7 / 2, 1e300 * 1e10)
