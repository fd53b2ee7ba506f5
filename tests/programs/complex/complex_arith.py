# complex arithmetic with int/float/complex, CPython's division and power algorithms,
# equality, hashing, truth, abs, and the errors.
inf, nan = float("inf"), float("nan")
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, b ** -1, -a, +a, abs(b), a == b, a != b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, True + a, a * False)
print(1j * 1j, 1j ** 2, 1j ** 3, 1j ** 0, 1j ** -2, (1 + 1j) ** 10, (1 + 1j) ** -3, (2 + 0j) ** 0.5)
print((1 + 1j) ** 1.5, 2 ** (1 + 1j), (1 + 1j) ** (1 - 1j), 1j ** 1j, 2.0 ** 1j, (1 + 1j) ** 100)
print((-8.0) ** 0.5, (-8) ** 0.5, (-8.0) ** (1 / 3), (-1) ** 0.5, (-2.5) ** -1.5, 0 ** 0j)
print((1e200 + 1e200j) / (1e200 + 1e200j), (1 + 1j) / (1e-300 + 1e-300j), 1 / (0 + 1j), (5 + 0j) / (0 - 2j))
print(complex(1, 2) / complex(nan, 1), complex(inf, 1) / 2, complex(1, 1) * inf, abs(complex(inf, nan)), abs(complex(nan, 1)))
print(abs(3 + 4j), abs(-5j), abs(0j), abs(complex(1e308, 1e308)), abs(complex(-inf, 0)))
print(1j == 1j, 1 + 0j == 1, 1 + 0j == True, 1.5 + 0j == 1.5, 1j == 0, 0j == 0, 0j == False, 2 ** 60 + 0j == 2 ** 60)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, 1j != 1, 1j == "1j", 1j in [1, 1j], [1j].index(1j), 1j != None)
print(hash(1j), hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(1.5, 2)), hash(-1 - 1j), hash(complex(inf, -inf)))
print(bool(0j), bool(-0j), bool(1j), bool(1e-300 + 0j), bool(complex(0, nan)), not 0j)
print({1: "int", 1 + 0j: "complex"}, {0j, 0, 0.0, False}, sum([1j, 2, 3.5]), sum([], 0j))
for expr, f in [("1j // 1", lambda: 1j // 1), ("1j % 1", lambda: 1j % 1), ("divmod(1j, 1)", lambda: divmod(1j, 1)),
                ("1j < 1j", lambda: 1j < 1j), ("1j <= 1", lambda: 1j <= 1), ("1 > 1j", lambda: 1 > 1j),
                ("1j >= 1.0", lambda: 1j >= 1.0), ("round(1j)", lambda: round(1j)), ("int(1j)", lambda: int(1j)),
                ("float(1j)", lambda: float(1j)), ("1j / 0", lambda: 1j / 0), ("1 / 0j", lambda: 1 / 0j),
                ("1j / (0 + 0j)", lambda: 1j / (0 + 0j)), ("0j ** -1", lambda: 0j ** -1), ("0j ** 1j", lambda: 0j ** 1j),
                ("0j ** -1.5", lambda: 0j ** -1.5), ("(1e200j) ** 2", lambda: (1e200j) ** 2),
                ("(1+1j) ** 2000.5", lambda: (1 + 1j) ** 2000.5), ("pow(1j, 2, 3)", lambda: pow(1j, 2, 3)),
                ("abs(complex(1e308, 1e308) * 2)", lambda: abs(complex(1.5e308, 1.5e308))),
                ("1j + 'a'", lambda: 1j + "a"), ("[] * 1j", lambda: [] * 1j), ("1j & 1", lambda: 1j & 1),
                ("~1j", lambda: ~1j), ("2 ** 1100 + 1j", lambda: 2 ** 1100 + 1j), ("0.0 ** -0.5", lambda: 0.0 ** -0.5),
                ("sorted([1j, 2j])", lambda: sorted([1j, 2j])), ("max(1j, 2)", lambda: max(1j, 2))]:
    try:
        print(expr, "=", f())
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
x = 1 + 1j
x += 1
x *= 2j
x /= 1 - 1j
x **= 2
x -= 0.5
print(x)


class Meters:
    def __radd__(self, other):
        return ("radd", other)

    def __rmul__(self, other):
        return ("rmul", other)

    def __eq__(self, other):
        return "eq called"


print(1j + Meters(), 2j * Meters(), 1j == Meters())
print(type((-8.0) ** 0.5).__name__, (-8.0) ** 0.5 + 1, (-4.0) ** 0.5 * 2, float("-inf") ** 0.5, (-1.0) ** inf)
