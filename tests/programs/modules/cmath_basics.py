# cmath: sqrt/exp/log/log10/phase/polar/rect/isclose and the predicates, finite and
# special values, with CPython's domain and range errors.
import cmath

inf, nan = float("inf"), float("nan")
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2j), cmath.sqrt(-4 - 0.0j), cmath.sqrt(3 + 4j), cmath.sqrt(1e-320 + 1e-320j), cmath.sqrt(1e308 + 1e308j))
print(cmath.exp(0), cmath.exp(1j * cmath.pi), cmath.exp(1 + 1j), cmath.exp(-1000), cmath.exp(709.5 + 0.5j))
print(cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log(10, 10), cmath.log(8, 2), cmath.log(1 + 1j, 1 - 1j), cmath.log(1e308 + 1e308j), cmath.log(1e-320j), cmath.log(0.9 + 0.2j))
print(cmath.log10(100), cmath.log10(-10), cmath.phase(-1), cmath.phase(-1 - 0.0j), cmath.phase(1j), cmath.phase(0), cmath.polar(1j), cmath.polar(-3 - 4j))
print(cmath.rect(1, 0), cmath.rect(2, cmath.pi / 2), cmath.rect(1, -0.0), cmath.rect(-1, 0.0), cmath.rect(3, 1))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(inf, 1))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(inf, 0)), cmath.isinf(complex(1, -inf)), cmath.isnan(complex(nan, 1)), cmath.isnan(1j))
specials = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for name in ["sqrt", "exp", "log"]:
    f = getattr(cmath, name)
    row = []
    for x in specials:
        for y in specials:
            try:
                row.append(repr(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, " ".join(row))
row = []
for r in specials:
    for phi in specials:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
print("rect", " ".join(row))


class Z:
    def __complex__(self):
        return 4j


class R:
    def __float__(self):
        return 9.0


print(cmath.sqrt(Z()), cmath.sqrt(R()), cmath.phase(R()))
for f in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.exp(1000), lambda: cmath.exp(complex(1, inf)),
          lambda: cmath.sqrt("x"), lambda: cmath.polar(complex(1e308, 1e308) * 2), lambda: cmath.isclose(1, 2, rel_tol=-1),
          lambda: cmath.rect(1, inf), lambda: cmath.log10(0j)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
