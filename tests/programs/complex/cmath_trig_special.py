# cmath trigonometric and hyperbolic functions at infinities and NaNs (C99 Annex G values,
# which CPython follows) and the errors CPython raises; NaN results print as nan.
import cmath
import math

inf, nan = math.inf, math.nan
FUNCS = ["acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]
PARTS = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]


def show(name, z):
    try:
        w = getattr(cmath, name)(z)
        return f"{w.real!r},{w.imag!r}"
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}({e})"


for name in FUNCS:
    print("==", name)
    for re in PARTS:
        print(" | ".join(show(name, complex(re, im)) for im in PARTS))
