# cmath trigonometric and hyperbolic functions on a grid of finite values, including signed
# zeros and the branch cuts (the real axis beyond +-1, the imaginary axis beyond +-i).
import cmath

FUNCS = ["acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]
PARTS = [-3.5, -1.0, -0.5, -0.0, 0.0, 0.25, 1.0, 2.0, 1e-300, 1e300]


def show(name, z):
    try:
        w = getattr(cmath, name)(z)
        return f"{w.real!r} {w.imag!r}"
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


for name in FUNCS:
    print("==", name)
    for re in PARTS:
        print(" ".join(show(name, complex(re, im)) for im in PARTS))
