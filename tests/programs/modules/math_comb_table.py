# Pascal's triangle from math.comb, checked against a recursive definition.
import math
for n in range(8):
    print(" ".join(str(math.comb(n, k)) for k in range(n + 1)).center(30))
print(all(math.comb(n, k) == math.comb(n - 1, k - 1) + math.comb(n - 1, k) for n in range(1, 30) for k in range(1, n)))
print(math.comb(60, 30), math.comb(5, 7), math.perm(10, 0), math.perm(3, 5))
