# Generator expressions as sole call arguments (no extra parentheses needed).
words = ["alpha", "beta", "gamma", "delta"]
print(sum(len(w) for w in words), max(len(w) for w in words), min(w[::-1] for w in words))
print(sorted(w.upper() for w in words), list(enumerate(w[0] for w in words)), dict((w, len(w)) for w in words))
print(",".join(w for w in words if "l" in w), tuple(c for w in words for c in w if c in "aeiou"))
print(any(w.startswith("g") for w in words), all(len(w) > 3 for w in words), set(len(w) for w in words))
gen = (w for w in words)
print(next(gen), next(gen), list(gen))
