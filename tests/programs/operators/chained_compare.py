# Chained comparisons evaluate each operand once and short-circuit.
def v(x, log):
    log.append(x)
    return x
for a, b, c in [(1, 2, 3), (3, 2, 1), (1, 3, 2), (2, 2, 2)]:
    log = []
    r = v(a, log) < v(b, log) < v(c, log)
    print(a, b, c, r, log)
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5 < 4, 0 <= x <= 4)
print(1 == 1 != 2, 1 in [1] in [[1]], "a" < "b" < "c", [] == [] != [1])
print(1 < 2 > 1.5 < 2.5, (1 < 2) < 3, 1 < (2 < 3))
log = []
print(v(3, log) < v(1, log) < v(100, log), log)
