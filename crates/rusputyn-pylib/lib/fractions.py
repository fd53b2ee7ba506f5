"""Rational numbers of arbitrary precision.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `fractions`
(https://docs.python.org/3.11/library/fractions.html): `Fraction` built from ints,
fractions, floats, decimals or strings, kept in lowest terms with a positive denominator;
arithmetic that stays exact with ints and fractions and falls back to float or complex
arithmetic with those types; comparisons with every real number; a hash equal to the hash
of an equal int or float; `limit_denominator`, `from_float`, `from_decimal`,
`as_integer_ratio`, and `math.floor`/`math.ceil`/`round` support.
"""

import math

__all__ = ["Fraction"]

# Numeric hashes are computed modulo this prime (Python docs, "Hashing of numeric types").
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _is_decimal(x):
    # Checked by name so that using fractions does not import decimal.
    cls = type(x)
    return any(c.__name__ == "Decimal" and c.__module__ == "decimal" for c in cls.__mro__)


def _digits_end(s, i, underscores):
    """Index after the run of decimal digits starting at s[i] (single underscores between
    digits allowed when `underscores`), or -1 if there is no digit at s[i]."""
    if i >= len(s) or not s[i].isdecimal():
        return -1
    i += 1
    while i < len(s):
        if s[i].isdecimal():
            i += 1
        elif underscores and s[i] == "_" and i + 1 < len(s) and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse(text):
    """(numerator, denominator) of a Fraction literal: `[sign] num [/ den]` or
    `[sign] [int] [. frac] [e exp]`, surrounded by optional whitespace."""
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        i = 1
    if not (s[i:i + 1].isdecimal() or (s[i:i + 1] == "." and s[i + 1:i + 2].isdecimal())):
        return None
    end = _digits_end(s, i, True)
    if end < 0:
        end = i
    numerator = int(s[i:end].replace("_", "") or "0")
    denominator = 1
    i = end
    if s[i:i + 1] == "/":
        end = _digits_end(s, i + 1, True)
        if end < 0:
            return None
        denominator = int(s[i + 1:end].replace("_", ""))
        i = end
    else:
        if s[i:i + 1] == ".":
            end = _digits_end(s, i + 1, True)
            if end < 0:
                end = i + 1
            frac = s[i + 1:end].replace("_", "")
            if frac:
                scale = 10 ** len(frac)
                numerator = numerator * scale + int(frac)
                denominator *= scale
            i = end
        if s[i:i + 1] in ("e", "E"):
            j = i + 1
            if s[j:j + 1] in ("+", "-"):
                j += 1
            end = _digits_end(s, j, True)
            if end < 0:
                return None
            exp = int(s[i + 1:end].replace("_", ""))
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            i = end
    if i != len(s):
        return None
    return (-numerator if negative else numerator), denominator


class Fraction:
    """A rational number `numerator / denominator` in lowest terms.

    Fraction(numerator=0, denominator=1) with ints or Fractions, Fraction(other_fraction),
    Fraction(float), Fraction(decimal) (exact values), or Fraction(string) such as
    '3/7', '-1.5', '1e-3' or ' 2_000/3 '.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = _pair(numerator)
                n2, d2 = _pair(denominator)
                numerator, denominator = n1 * d2, n2 * d1
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float `f` (an int is accepted too)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal `dec` (an int is accepted too)."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """`(numerator, denominator)`, the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction expansion, keeping the last two convergents p/q,
        # until the next convergent's denominator would exceed the bound.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        # The best approximation is either the last convergent or the semiconvergent
        # with the largest admissible coefficient.
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic. Each operator is exact with ints and Fractions; with a float or complex
    # operand the Fraction is converted and the float/complex operation does the work.

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return Fraction(a._numerator * db + nb * a._denominator, a._denominator * db)
        return _mixed(a, b, _add)

    def __radd__(b, a):
        return _rmixed(a, b, _add)

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return Fraction(a._numerator * db - nb * a._denominator, a._denominator * db)
        return _mixed(a, b, _sub)

    def __rsub__(b, a):
        return _rmixed(a, b, _sub)

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return Fraction(a._numerator * nb, a._denominator * db)
        return _mixed(a, b, _mul)

    def __rmul__(b, a):
        return _rmixed(a, b, _mul)

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return Fraction(a._numerator * db, a._denominator * nb)
        return _mixed(a, b, _truediv)

    def __rtruediv__(b, a):
        return _rmixed(a, b, _truediv)

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return (a._numerator * db) // (a._denominator * nb)
        return _mixed(a, b, _floordiv)

    def __rfloordiv__(b, a):
        return _rmixed(a, b, _floordiv)

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return Fraction((a._numerator * db) % (nb * a._denominator), a._denominator * db)
        return _mixed(a, b, _mod)

    def __rmod__(b, a):
        return _rmixed(a, b, _mod)

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            q, r = divmod(a._numerator * db, nb * a._denominator)
            return q, Fraction(r, a._denominator * db)
        return _mixed(a, b, divmod)

    def __rdivmod__(b, a):
        return _rmixed(a, b, divmod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float (or complex) otherwise."""
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            if db == 1:
                if nb >= 0:
                    return Fraction(a._numerator ** nb, a._denominator ** nb, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -nb, a._numerator ** -nb, _normalize=False)
                return Fraction((-a._denominator) ** -nb, (-a._numerator) ** -nb,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b for a non-Fraction base."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, (float, complex)):
            if b._denominator == 1:
                return a ** b._numerator
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        # Truncation toward zero.
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even: to an int without `ndigits`, else to a Fraction that is a
        multiple of 10**-ndigits."""
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            twice = rem * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        """Equal to the hash of an equal int or float: numerator times the inverse of the
        denominator modulo 2**61 - 1 (infinity's hash when there is no inverse)."""
        d = self._denominator % _HASH_MODULUS
        if d == 0:
            h = _HASH_INF
        else:
            h = abs(self._numerator) % _HASH_MODULUS * pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
            h %= _HASH_MODULUS
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return a._numerator == nb and a._denominator == db
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return b == 0.0
            return a == Fraction.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, (int, Fraction)):
            nb, db = _pair(b)
            return op(a._numerator * db, a._denominator * nb)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, Fraction.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _pair(x):
    """(numerator, denominator) of an int or Fraction."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _mixed(a, b, op):
    """`a op b` for a Fraction `a` and a non-rational `b`: float or complex arithmetic."""
    if isinstance(b, float):
        return op(float(a), b)
    if isinstance(b, complex):
        return op(complex(a), b)
    return NotImplemented


def _rmixed(a, b, op):
    """`a op b` for a non-Fraction `a` and a Fraction `b`."""
    if isinstance(a, int):
        return op(Fraction(a), b)
    if isinstance(a, float):
        return op(a, float(b))
    if isinstance(a, complex):
        return op(a, complex(b))
    return NotImplemented


def _add(x, y):
    return x + y


def _sub(x, y):
    return x - y


def _mul(x, y):
    return x * y


def _truediv(x, y):
    return x / y


def _floordiv(x, y):
    return x // y


def _mod(x, y):
    return x % y


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
