# time functions used only in ways whose output does not depend on the clock.
import time
a = time.time()
b = time.perf_counter()
c = time.monotonic()
time.sleep(0.01)
print(time.time() >= a, time.perf_counter() - b >= 0.009, time.monotonic() >= c)
print(type(a).__name__, type(b).__name__, type(c).__name__, a > 1_600_000_000)
start = time.perf_counter()
total = sum(range(100000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 60)
time.sleep(0)
print("slept zero")
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
