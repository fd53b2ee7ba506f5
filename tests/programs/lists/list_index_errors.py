# Index errors and type errors on lists, then an uncaught IndexError.
a = [10, 20, 30]
print(a[0], a[-1], a[-3])
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    a[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    a[-4] = 0
except IndexError as e:
    print("IndexError:", e)
print(a[True], a[False])
print(a[5])
