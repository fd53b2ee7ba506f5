# pow() with modulus, negative exponents (modular inverse), and big operands.
for b, e, m in [(2, 10, 1000), (3, 200, 10**9 + 7), (-3, 3, 5), (5, 0, 7), (0, 0, 3), (7, -1, 11), (2, -3, 9), (10**30, 10**5, 10**9 + 9), (12345, 6789, 1)]:
    print(b, e, m, pow(b, e, m))
print(pow(2, 0.5), pow(-2, 2), pow(-2, -2), pow(4, 0.5), pow(2**70, 2), pow(-1, 2**70), pow(-1, 2**70 + 1))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5)]:
    try:
        pow(*args)
    except ValueError as e:
        print("ValueError:", e)
