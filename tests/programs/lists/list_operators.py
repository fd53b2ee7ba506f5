# Concatenation, repetition, comparison, membership, identity vs equality.
a = [1, 2]
b = a
c = a[:]
print(a == c, a is c, a is b, a + [3], a * 2, [0] * 5, [] * 10, a * -1)
b += [3]
print(a, b)
c *= 2
print(c)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [[1]] == [[1]], [1, 2] != [2, 1])
print(3 in [1, 2, 3], [1] in [[1]], 4 not in [1, 2])
nested = [[0] * 3] * 3
nested[0][0] = 1
print(nested)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
x = [1, 2]
x += (3, 4)
x += "ab"
print(x)
