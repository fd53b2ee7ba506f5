# Result types and values of arithmetic across bool/int/float.
vals = [True, 3, -4, 2.5, -0.5]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b]
        if b:
            r += [a / b, a // b, a % b]
        print(repr(a), repr(b), r)
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5, 10 ** 20, 10.0 ** 20, pow(2, 3, 5), pow(-3, 3, 7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
