# Arithmetic across the i64/u64 boundaries must promote to big integers silently.
MAX = 2**63 - 1
MIN = -2**63
print(MAX, MAX + 1, MAX + MAX, MAX * 2, MAX * MAX)
print(MIN, MIN - 1, MIN * -1, -MIN, MIN * MIN, abs(MIN))
print(MIN // -1, MIN % -1, divmod(MIN, -1))
print(2**64, 2**64 - 1, 2**64 + 1, -(2**64))
print(MAX + 1 - 1 == MAX, type(MAX + 1).__name__)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(18446744073709551615 * 18446744073709551615)
print((2**64) // 3, (2**64) % 3, -(2**64) // 3, -(2**64) % 3)
x = 1
for i in range(70):
    x *= 2
print(x, x - 1, x.bit_length())
y = MAX
y += 1
print(y)
y -= 2
print(y)
print(MAX << 1, MIN << 1, (MAX + 1) >> 1, MIN >> 63, MIN >> 64, MAX >> 100)
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 99)
print(abs(-2**200), -(-2**200), +(2**200))
print(sum([MAX] * 4), sum(range(10**6)))
print(MAX == 2**63 - 1, MAX < MAX + 1, MIN - 1 < MIN)
print(int(str(2**100)) == 2**100, str(-2**100))
