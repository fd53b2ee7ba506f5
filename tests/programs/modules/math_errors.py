# math domain and range errors with CPython's messages.
import math
tests = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.acos(2), lambda: math.exp(1000),
         lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.pow(0, -1), lambda: math.floor(math.inf),
         lambda: math.ceil(math.nan), lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.fmod(1, 0),
         lambda: math.sqrt("4"), lambda: math.log(10, 1)]
for t in tests:
    try:
        print(t())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
