# Using sets to deduplicate and test membership quickly.
data = [5, 3, 5, 1, 3, 9, 1, 1, 7]
print(set(data), len(set(data)), sorted(set(data)))
seen = set()
uniq = []
for x in data:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, seen)
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes), primes)
print(set("mississippi") == set("imps"), len(set("mississippi")))
print(sum({1, 2, 3}), max({4, 9, 2}), min(frozenset({4, 9, 2})), any(set()), all(set()))
