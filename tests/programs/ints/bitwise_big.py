# Bitwise operators on negative and big integers (two's complement of infinite width).
vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -2**64, 2**100 + 12345, -(2**100) - 1]
for a in vals:
    for b in [3, -3, 2**65 + 1, -(2**70)]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, a << 3, a >> 3, a >> 200)
print(bin(-5 & 0xFF), hex(-1 & (2**64 - 1)), oct(2**100 | 7))
print((2**128 - 1) ^ (2**64 - 1), (-1) ^ (2**80), (1 << 64) | (1 << 0))
x = 0xF0
x &= 0x3C; print(x)
x |= 0x101; print(x)
x ^= -1; print(x)
x <<= 70; print(x)
x >>= 68; print(x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
