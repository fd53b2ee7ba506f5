class Frac:
    def __init__(self, n, d=1):
        from math import gcd
        g = gcd(n, d) or 1
        if d < 0:
            n, d = -n, -d
        self.n, self.d = n // g, d // g
    def _coerce(self, o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __sub__(self, o):
        return self + (-1) * o
    def __rsub__(self, o):
        return (-1) * self + o
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}"
    __hash__ = None
h = Frac(1, 2)
print(h + h, h + 1, 1 + h, h * 3, 3 * h, 1 - h, h - 1, h / Frac(3, 4), float(Frac(1, 3)))
print(sum([Frac(1, n) for n in range(1, 5)], Frac(0)), h == Frac(2, 4), h == 0.5)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
