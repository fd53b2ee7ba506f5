# Floor division and modulo follow the sign of the divisor (Python's rules), for small and big ints.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3), (1, -3), (-1, -3),
         (6, 3), (-6, 3), (6, -3), (2**70, 7), (-2**70, 7), (2**70, -7), (-2**70, -7),
         (2**63, 2**31), (-2**63, 3), (10**30 + 1, 10**15), (-(10**30) - 1, 10**15), (5, 2**80), (-5, 2**80), (5, -2**80)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
print(-7 // 2.0, -7 % 2.0, 7.5 // -2, 7.5 % -2, -0.5 // 1, -0.5 % 1)
print(divmod(-7.5, 2), divmod(7, -2.5), divmod(0.0, -1))
print(-1 % 1.0, 1 % -1.0, (-1e-20) % 1.0)
x = -17
x //= 5
print(x)
x %= -3
print(x)
