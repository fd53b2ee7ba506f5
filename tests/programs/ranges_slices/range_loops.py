# Loops over ranges with negative steps, nested ranges, and range of big ints.
for i in range(10, -1, -2):
    print(i, end=" ")
print()
for i in range(3):
    for j in range(i, 3):
        print((i, j), end="")
print()
total = 0
for i in range(2**62, 2**62 + 5):
    total += i
print(total)
print([i for i in range(-10, 10, 7)], list(range(5))[::-1], [len(range(n)) for n in range(-2, 3)])
r = range(1, 1000000, 3)
print(len(r), r[333332], 999999 in r, 999998 in r, r.index(4000))
