# Integer algorithms in pure Python: gcd, primes, modular exponentiation, integer sqrt.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print(gcd(12, 18), gcd(-12, 18), gcd(2**64, 2**40 * 3), gcd(0, 5), gcd(17, 0))
print(isqrt(10**40), isqrt(2**101), isqrt(99), isqrt(0))
primes = [n for n in range(2, 100) if all(n % d for d in range(2, isqrt(n) + 1))]
print(primes, len(primes))
def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modpow(3, 10**20, 10**9 + 7) == pow(3, 10**20, 10**9 + 7), modpow(2, 2**70, 97))
print(sum(i * i for i in range(1, 10**4)), sum(i ** 3 for i in range(1, 100)))
