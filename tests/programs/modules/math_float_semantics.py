# math functions returning ints vs floats; special values through math.
import math
print(math.floor(2.0), math.ceil(2.0), type(math.sqrt(4)).__name__, type(math.factorial(3)).__name__)
print(math.copysign(0.0, -1), math.fabs(-0.0), math.sqrt(-0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.isinf(1e308 * 10), math.isnan(math.inf - math.inf), math.exp(-1000), math.tanh(1000), math.hypot(math.inf, math.nan))
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]))
print(round(math.sin(math.pi), 10), math.cos(math.pi), math.sin(math.pi))
