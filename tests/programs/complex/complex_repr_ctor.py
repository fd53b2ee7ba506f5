# complex: literals, repr/str of both parts, the constructor's forms and its errors.
inf, nan = float("inf"), float("nan")
print(1j, 2.5j, 0j, -0j, -1j, 1e300j, 1e-7j, 1_000j, 0.0j)
print(repr(1 + 2j), str(3 - 4j), 1.5 + 0j, -(0j), complex(-0.0, -0.0), complex(0.0, -0.0))
print(complex(1e16, 1e-5), complex(123456789012345678, 0.1), complex(-1.5, 2.25))
print(complex(inf, nan), complex(nan, inf), complex(1, nan), complex(-inf, -inf), complex(0, -nan))
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(1, imag=5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 3j), complex(1, -0.0))
for s in ["1", "1j", "j", "+j", "-J", "1+2j", "1-2j", "(1+2j)", " ( 1-j ) ", "-1.5e3+2.5E-1j",
          "1_0j", "inf", "-infj", "nan+nanj", "INFINITY-1j", "1e5", ".5j", "5.j", "\t3+4J\n",
          "1+", "1e", "", "()", "(1+2j", "1+2j)", "1+2jj", "1 + 2j", "j1", "1__0", "_1", "++1j",
          "1+2", "(j)", "1.5.5", "0x10"]:
    try:
        print(repr(s), "->", complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for args in [("1", 2), (1, "2"), ([],), (1, []), (None,), ({},), ("1", "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(2 ** 1100)
except OverflowError as e:
    print("OverflowError:", e)
try:
    complex(x=1)
except TypeError as e:
    print("TypeError:", e)


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 5


print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
print(complex(WithComplex(), 1), complex(1, WithFloat()))
try:
    complex(BadComplex())
except TypeError as e:
    print("TypeError:", e)
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z).__name__, type(z.real).__name__, z.__complex__())
print(isinstance(z, complex), isinstance(1, complex), type(1j) is complex, complex.conjugate(2j))
print((1).imag, (2.5).imag, (1).real, True.imag, (5).conjugate(), (2.5).conjugate())
print([1j, 2 + 3j], (1j,), {1j: "a"}, str(-1j), ascii(1 + 1j), f"{1 + 2j}", f"{1 + 2j!r}")
