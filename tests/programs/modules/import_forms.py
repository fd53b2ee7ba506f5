# Every supported import form: import M, import M as N, from M import x, y as z.
import math
import sys as system
from math import sqrt, pi as PI
from time import perf_counter, sleep as nap
import time
print(math.sqrt(9), system.maxsize, sqrt(2), PI)
t0 = perf_counter()
nap(0)
t1 = perf_counter()
print(t1 >= t0, isinstance(t1, float))
print(type(time.time()).__name__, time.monotonic() <= time.monotonic())
import math as m2
print(m2 is math, m2.floor(2.7))
def uses_import():
    import math
    return math.ceil(1.1)
print(uses_import())
