# Digit manipulation on large numbers.
n = 2**1000
print(sum(int(d) for d in str(n)), len(str(n)), str(n).count("7"))
f = 1
for i in range(2, 101):
    f *= i
print(sum(map(int, str(f))), len(str(f)) - len(str(f).rstrip("0")))
print(int(str(12345)[::-1]), int("".join(sorted(str(9876543210)))), sorted(str(2**64), reverse=True)[:5])
x = 123456789
digits = []
while x:
    x, d = divmod(x, 10)
    digits.append(d)
print(digits)
