"""A small matrix library with operator overloading, used to solve a linear system."""
from fractions import Fraction
import itertools


class DimensionError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise DimensionError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(v) for v in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(width) for c in row) + "]" for row in cells)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        return self.rows[key]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def _check_same(self, other):
        if self.shape != other.shape:
            raise DimensionError(f"shape mismatch {self.shape} vs {other.shape}")

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in row] for row in self])

    __rmul__ = __mul__

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise DimensionError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])

    def __pow__(self, n):
        result = Matrix.identity(len(self))
        for _ in range(n):
            result = result @ self
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise DimensionError("determinant needs a square matrix")
        total = 0
        for perm in itertools.permutations(range(n)):
            inversions = sum(1 for i in range(n) for j in range(i + 1, n) if perm[i] > perm[j])
            prod = 1
            for i, p in enumerate(perm):
                prod *= self.rows[i][p]
            total += -prod if inversions % 2 else prod
        return total

    def solve(self, b):
        n = len(self)
        aug = [[Fraction(v) for v in row] + [Fraction(bv)] for row, bv in zip(self.rows, b)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col] / aug[col][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return [aug[i][n] / aug[i][i] for i in range(n)]


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a - b), repr(2 * a), repr(a * 3))
print(a @ b)
print((a ** 3).rows, a.T.rows, a.shape, a[1, 0], a[0])
print(a == Matrix([[1, 2], [3, 4]]), a != b, a == [[1, 2], [3, 4]])
print(Matrix.identity(3))
m3 = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print("det", m3.determinant(), a.determinant())
print("solution", [str(x) for x in m3.solve([8, -11, -3])])
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [1, 2]]),
            lambda: Matrix([[1, 2], [2, 4]]).solve([1, 2]), lambda: a * b, lambda: hash(a), lambda: a + 1]:
    try:
        bad()
    except (DimensionError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
z = Matrix.zeros(2, 3)
z[1, 2] = 7
print(z.rows, len(z), [sum(r) for r in z], isinstance(DimensionError(), ValueError))
