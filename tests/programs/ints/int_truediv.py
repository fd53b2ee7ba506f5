# True division of integers always gives a float, correctly rounded, even for huge values.
print(1 / 2, 7 / 2, -7 / 2, 6 / 3, 0 / 5, -0 / 5, 1 / 3)
print(10**30 / 10**10, 2**1000 / 2**999, (10**20 + 1) / 10**20, 1 / 2**60)
print((2**53 + 1) / 1, 12345678901234567890 / 10, -(10**25) / 7)
print(type(4 / 2).__name__, 4 / 2 == 2)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(2**2000 // 3 % 1000)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(10**20 // 0)
