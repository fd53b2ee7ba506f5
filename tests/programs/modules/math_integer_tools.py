# Integer-valued math helpers with big ints.
import math
print(math.factorial(50), math.comb(100, 50), math.perm(20, 10))
print(math.isqrt(2**200), math.isqrt(10**50 - 1), math.gcd(*[2**40 * 3, 2**35 * 9, 2**50]), math.lcm(2**40, 3**20))
print([math.isqrt(n) for n in range(20)], math.prod(range(1, 21)) == math.factorial(20))
print(math.floor(7 / 2), math.ceil(7 / 2), math.floor(-7 / 2), math.ceil(-7 / 2), math.trunc(-7 / 2))
print(math.log2(2**100), math.log10(10**50), math.log(2**1000), math.log(10**400, 10))
