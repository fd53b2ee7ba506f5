# Float floor division and modulo sign rules, and divmod consistency.
pairs = [(5.5, 2), (-5.5, 2), (5.5, -2), (-5.5, -2), (0.0, 1.5), (-0.0, 1.5), (1e300, 1e-300), (7, 0.1), (1, 3.0), (-1, 3.0)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, a / b)
print(3 % -0.0 if False else 3.0 % 2.5, -3.0 % 2.5, 0.3 % 0.1, 1.0 % 0.1, 2.0 // 0.1)
