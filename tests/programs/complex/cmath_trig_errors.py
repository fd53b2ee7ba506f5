# cmath trig/hyperbolic functions: overflow, domain errors, argument conversion and
# argument-count errors, and the functions' identities on ordinary values.
import cmath


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for x in [710.0, -710.0, 709.0, 800.0, 1e10]:
    attempt(cmath.cosh, complex(x, 1.0))
    attempt(cmath.sinh, complex(x, 1.0))
    attempt(cmath.tanh, complex(x, 1.0))
    attempt(cmath.cos, complex(1.0, x))
    attempt(cmath.sin, complex(1.0, x))
    attempt(cmath.tan, complex(1.0, x))
attempt(cmath.cosh, complex(710.0, 0.0))
attempt(cmath.sinh, 709.5)
attempt(cmath.atanh, 1)
attempt(cmath.atanh, -1.0)
attempt(cmath.atanh, complex(1.0, -0.0))
attempt(cmath.atanh, complex(1.0, 1e-200))
attempt(cmath.atanh, complex(-1.0, -1e-200))
attempt(cmath.atan, 1j)
attempt(cmath.atan, -1j)
attempt(cmath.atan, complex(1e-200, 1.0))
attempt(cmath.sin, complex(float("inf"), 0.0))
attempt(cmath.tan, complex(float("inf"), 1.0))
attempt(cmath.cos, float("inf"))
attempt(cmath.cos, float("nan"))
attempt(cmath.acos, 2)
attempt(cmath.acos, True)
attempt(cmath.asin, -2.0)
attempt(cmath.acosh, 0)
attempt(cmath.asinh, 1e308 + 1e308j)
attempt(cmath.acos, complex(-1e308, 1e308))
attempt(cmath.acosh, complex(-1e308, -1e308))
attempt(cmath.atanh, complex(1e160, -1e160))
attempt(cmath.atanh, complex(-1e200, 0.0))
attempt(cmath.tanh, complex(-1000.0, 2.0))
attempt(cmath.tanh, complex(1e-320, 1e-320))
attempt(cmath.acos, complex(1e-320, -1e-320))


class C:
    def __complex__(self):
        return 0.5 + 0.5j


class F:
    def __float__(self):
        return 0.5


class I:
    def __index__(self):
        return 2


attempt(cmath.sin, C())
attempt(cmath.cos, F())
attempt(cmath.tan, I())
attempt(cmath.sin, "1")
attempt(cmath.cosh, None)
attempt(cmath.acos)
attempt(cmath.atanh, 1, 2)
attempt(cmath.asinh, z=1)
attempt(cmath.tanh, 10**400)

# identities that hold exactly for these values
for z in [0.3 + 0.4j, -1.5 + 2j, 2 - 0.5j]:
    print(cmath.isclose(cmath.sin(cmath.asin(z)), z), cmath.isclose(cmath.cosh(cmath.acosh(z)), z),
          cmath.isclose(cmath.tan(cmath.atan(z)), z), cmath.isclose(cmath.sinh(cmath.asinh(z)), z))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
attempt(cmath.sqrt)
attempt(cmath.exp, x=1)
attempt(cmath.log)
attempt(cmath.log, 1, 2, 3)
attempt(cmath.log, 1, base=2)
attempt(cmath.rect, 1)
attempt(cmath.rect, 1, phi=2)
attempt(cmath.phase)
attempt(cmath.polar, 1, 2)
attempt(cmath.isnan)
