# Deeply nested comprehensions: flattening, cartesian products, sieves, pythagorean triples.
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
nested = [[[i * j * k for k in range(2)] for j in range(2)] for i in range(3)]
print(nested)
flat = [v for a in nested for b in a for v in b]
print(flat)
primes = [p for p in range(2, 60) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
print([(i, j) for i in range(4) if i % 2 for j in range(4) if j > i])
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print([grid[(r, r)] for r in range(3)])
