# Iterating dicts every way; items unpacking; enumerate over items.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
print(sum(d.values()), max(d.values()), min(d), sorted(d.values(), reverse=True))
print([k for k, v in d.items() if v % 2 == 1], {v: k for k, v in d.items()})
print(list(zip(d, d.values())), any(v > 2 for v in d.values()), all(isinstance(k, str) for k in d))
