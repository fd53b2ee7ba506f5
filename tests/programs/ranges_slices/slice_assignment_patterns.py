# Slice assignment to grow, shrink, insert, replace and clear lists.
a = [1, 2, 3, 4, 5]
a[1:3] = []
print(a)
a[1:1] = [10, 20, 30]
print(a)
a[:2] = "xy"
print(a)
a[-1:] = range(3)
print(a)
a[::-1] = list(range(len(a)))
print(a)
a[len(a):] = [99]
print(a)
a[:] = []
print(a)
b = list(range(10))
b[1::3] = ["a", "b", "c"]
print(b)
b[8:2:-2] = [None] * 3
print(b)
try:
    b[1::3] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[::2] = 5
except TypeError as e:
    print("TypeError:", e)
