"""Integer loops: a sieve and modular arithmetic in tight loops."""


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(1 for f in flags if f)


def checksum(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i * i) % 1000003
    return acc


print(sieve(5_000_000), checksum(10_000_000))
