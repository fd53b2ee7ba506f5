# Slice reads, slice assignment (same and different length), extended slices and del.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[5:2], a[-100:100])
a[2:5] = ["x"]; print(a)
a[1:1] = [100, 200]; print(a)
a[:] = a[::-1]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
a[-2:] = []; print(a)
del a[0]; print(a)
del a[::2]; print(a)
del a[1:3]; print(a)
b = [1, 2, 3]
b[5:] = [4, 5]; print(b)
b[0:0] = "ab"; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    b[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)
c = list(range(20))
print(c[slice(2, 10, 3)], c[slice(None, None, -4)], c[slice(5)])
