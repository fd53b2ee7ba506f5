# Mixing positional, *args, keywords and **kwargs at call sites.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
base = [1, 2]
opts = {"x": 1}
print(show())
print(show(*base))
print(show(0, *base, 3))
print(show(*base, *base))
print(show(**opts, y=2))
print(show(*base, k=1, **opts))
print(show(*"ab", *range(2), **{"z": 0}, **{"w": 1}))
def sum_all(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(sum_all(), sum_all(1, 2, 3), sum_all(*range(101)), sum_all(0.5, 0.25, start=10))
