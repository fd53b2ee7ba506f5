from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
@lru_cache(maxsize=None)
def keyed(a, b=0):
    calls.append((a, b))
    return a + b
keyed(1); keyed(1, 0); keyed(1, b=0); keyed(a=1)
print(len([c for c in calls if isinstance(c, tuple)]))
try:
    keyed([1])
except TypeError as e:
    print("TypeError:", e)
