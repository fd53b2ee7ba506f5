"""Decimal fixed- and floating-point arithmetic (a subset).

Rusputyn's implementation of part of CPython 3.11's `decimal`
(https://docs.python.org/3.11/library/decimal.html), written against the General Decimal
Arithmetic specification on top of Python ints: `Decimal` built from str, int, float or
Decimal; `+ - * / // %`, `divmod`, integral `**`, unary operators and `abs`, all rounded
to the context precision; exact comparisons with ints, floats and Decimals; a hash equal to
that of an equal int, float or Fraction; `quantize` with every rounding mode; `str`, `repr`
and `format`; `int`/`float`/`round`/`math.floor`/`math.ceil`; the context (`getcontext`,
`setcontext`, `localcontext`, `Context`) with `prec`, `rounding`, `Emin`, `Emax` and
`traps` for the signals raised by default (InvalidOperation, DivisionByZero, Overflow).

Not provided (they raise NotImplementedError rather than answer wrongly): non-integral
powers, `sqrt`, `exp`, `ln`, `log10`, `fma` and the other transcendental or
context-method functions, and untrapping the default signals.
"""

import math

__all__ = [
    "Decimal", "Context", "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero",
    "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation",
    "DivisionImpossible", "DivisionUndefined", "ConversionSyntax", "InvalidContext",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
    "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "getcontext", "setcontext", "localcontext",
    "DefaultContext", "BasicContext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
    "MIN_ETINY",
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(exc, condition=None):
    """Raises the trapped signal `exc` the way CPython's C module words it: the argument is
    the list of conditions, e.g. `[<class 'decimal.ConversionSyntax'>]`."""
    raise exc([condition or exc])


def _unsupported(what):
    raise NotImplementedError("decimal: %s is not supported by Rusputyn" % what)


# The value of a finite Decimal is (-1)**sign * coefficient * 10**exponent. Special values
# have `_special` set: "F" infinity, "n" quiet NaN, "N" signalling NaN (the coefficient
# is then the NaN's diagnostic payload).

class Decimal:
    """An immutable decimal number: Decimal('3.14'), Decimal(5), Decimal(0.1) (exact)."""

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (
                value._sign, value._int, value._exp, value._special)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
            self._special = ""
            return self
        if isinstance(value, float):
            return _from_float(cls, value)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                _signal(InvalidOperation, ConversionSyntax)
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, (tuple, list)):
            return _from_tuple(cls, value)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) `f`."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        return _from_float(cls, f)

    # -- representation ---------------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self):
        return _to_sci_string(self)

    def to_eng_string(self, context=None):
        _unsupported("Decimal.to_eng_string")

    def __format__(self, spec):
        return _format(self, spec)

    # -- predicates and accessors -----------------------------------------------------

    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _make(other._sign, self._int, self._exp, self._special)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- conversions ------------------------------------------------------------------

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    def __trunc__(self):
        return self.__int__()

    def __float__(self):
        if self._special == "n" or self._special == "N":
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        if self._special == "F":
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        return int(self._to_integral(ROUND_FLOOR))

    def __ceil__(self):
        return int(self._to_integral(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                if self.is_nan():
                    raise ValueError("cannot round a NaN")
                raise OverflowError("cannot round an infinity")
            return int(self._to_integral(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -n, ""))

    def _to_integral(self, rounding):
        _check_special(self)
        if self._special or self._exp >= 0:
            return self
        return _rescale(self, 0, rounding)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context or getcontext()
        return self._to_integral(rounding or ctx.rounding)

    to_integral = to_integral_value

    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            h = self._int % modulus * pow(10, self._exp, modulus) % modulus
        else:
            inverse = pow(pow(10, -self._exp, modulus), modulus - 2, modulus)
            h = self._int % modulus * inverse % modulus
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- arithmetic -------------------------------------------------------------------

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(self, other, getcontext() if context is None else context)

    def __radd__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(other, self, getcontext() if context is None else context)

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(self, other.copy_negate(), getcontext() if context is None else context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _add(other, self.copy_negate(), getcontext() if context is None else context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _mul(self, other, getcontext() if context is None else context)

    def __rmul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _mul(other, self, getcontext() if context is None else context)

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _div(self, other, getcontext() if context is None else context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _div(other, self, getcontext() if context is None else context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, getcontext() if context is None else context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext() if context is None else context)[0]

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, getcontext() if context is None else context)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext() if context is None else context)[1]

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, getcontext() if context is None else context)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, getcontext() if context is None else context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            _unsupported("three-argument pow() of Decimals")
        other = _convert(other)
        if other is NotImplemented:
            return other
        return _pow(self, other, getcontext() if context is None else context)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        _check_special(self)
        ctx = getcontext() if context is None else context
        if not self._special and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _fix(self.copy_abs(), ctx)
        return _fix(self.copy_negate(), ctx)

    def __pos__(self, context=None):
        _check_special(self)
        ctx = getcontext() if context is None else context
        if not self._special and self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _fix(self.copy_abs(), ctx)
        return _fix(self, ctx)

    def __abs__(self, context=None):
        _check_special(self)
        return _fix(self.copy_abs(), getcontext() if context is None else context)

    def quantize(self, exp, rounding=None, context=None):
        """This value rounded (with `rounding`, default the context's) to the exponent of
        `exp`; InvalidOperation if the result needs more digits than the precision."""
        exp = _convert(exp, True)
        ctx = getcontext() if context is None else context
        _check_special(self, exp)
        if self._special or exp._special:
            if self._special == "F" and exp._special == "F":
                return Decimal(self)
            if self.is_nan() or exp.is_nan():
                return _nan()
            _signal(InvalidOperation)
        if not (ctx.Etiny() <= exp._exp <= ctx.Emax):
            _signal(InvalidOperation)
        result = _rescale(self, exp._exp, rounding or ctx.rounding)
        if result.adjusted() > ctx.Emax or len(str(result._int)) > ctx.prec:
            _signal(InvalidOperation)
        return result

    def normalize(self, context=None):
        """The simplest form of the rounded value: trailing zeros stripped."""
        ctx = getcontext() if context is None else context
        _check_special(self)
        value = _fix(self, ctx)
        if value._special:
            return value
        if value._int == 0:
            return _make(value._sign, 0, 0, "")
        coefficient, exponent = value._int, value._exp
        while coefficient % 10 == 0 and exponent < ctx.Emax:
            coefficient //= 10
            exponent += 1
        return _make(value._sign, coefficient, exponent, "")

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            _check_special(self, other)
            return _nan()
        return Decimal(_cmp(self, other))

    def max(self, other, context=None):
        _unsupported("Decimal.max")

    def min(self, other, context=None):
        _unsupported("Decimal.min")

    def sqrt(self, context=None):
        _unsupported("Decimal.sqrt")

    def exp(self, context=None):
        _unsupported("Decimal.exp")

    def ln(self, context=None):
        _unsupported("Decimal.ln")

    def log10(self, context=None):
        _unsupported("Decimal.log10")

    def fma(self, other, third, context=None):
        _unsupported("Decimal.fma")

    def as_tuple(self):
        _unsupported("Decimal.as_tuple")

    # -- comparisons ------------------------------------------------------------------

    def __eq__(self, other):
        other = _convert_for_compare(self, other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return False
        return _cmp(self, other) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other):
        other = _convert_for_compare(self, other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            _signal(InvalidOperation)
        return _cmp(self, other)

    def __lt__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return c if c is NotImplemented else c >= 0


def _make(sign, coefficient, exponent, special):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coefficient
    d._exp = exponent
    d._special = special
    return d


def _nan():
    return _make(0, 0, 0, "n")


def _check_special(*operands):
    """A signalling NaN operand is an invalid operation."""
    for d in operands:
        if d._special == "N":
            _signal(InvalidOperation)


def _convert(other, strict=False):
    """An int operand as a Decimal; NotImplemented (or TypeError when `strict`) else."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _convert_for_compare(self, other):
    """Comparisons are exact with ints, floats, Fractions (via their ratio) and complex
    numbers with no imaginary part (equality only)."""
    if isinstance(other, (Decimal, int)):
        return _convert(other)
    if isinstance(other, float):
        return _from_float(Decimal, other)
    return NotImplemented


def _from_float(cls, f):
    if math.isnan(f):
        return _make(1 if math.copysign(1.0, f) < 0 else 0, 0, 0, "n")
    if math.isinf(f):
        return _make(1 if f < 0 else 0, 0, 0, "F")
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    # d is a power of two, 2**k: n / 2**k == n * 5**k / 10**k exactly.
    k = d.bit_length() - 1
    result = _make(sign, n * 5 ** k, -k, "")
    if cls is not Decimal:
        return cls(result)
    return result


def _from_tuple(cls, value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exponent = value
    if sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    coefficient = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coefficient = coefficient * 10 + digit
    if exponent == "F":
        return _make(sign, 0, 0, "F")
    if exponent in ("n", "N"):
        return _make(sign, coefficient, 0, exponent)
    if not isinstance(exponent, int):
        raise ValueError("exponent must be an integer")
    return _make(sign, coefficient, exponent, "")


def _digits(s, i):
    """End of the run of decimal digits (single underscores between them allowed) at s[i]."""
    start = i
    while i < len(s):
        if s[i].isdecimal():
            i += 1
        elif s[i] == "_" and i > start and i + 1 < len(s) and s[i + 1].isdecimal():
            i += 1
        else:
            break
    return i


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None. Like CPython's
    C implementation, every underscore is ignored."""
    s = text.strip().replace("_", "")
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return sign, 0, 0, "F"
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "":
                return sign, 0, 0, kind
            if _digits(payload, 0) != len(payload) or "_" in payload:
                return None
            return sign, int(payload), 0, kind
    i = _digits(s, 0)
    int_part = s[:i]
    frac_part = ""
    if s[i:i + 1] == ".":
        j = _digits(s, i + 1)
        frac_part = s[i + 1:j]
        i = j
    if not int_part and not frac_part:
        return None
    exponent = 0
    if s[i:i + 1] in ("e", "E"):
        j = i + 1
        if s[j:j + 1] in ("+", "-"):
            j += 1
        k = _digits(s, j)
        if k == j:
            return None
        exponent = int(s[i + 1:k].replace("_", ""))
        i = k
    if i != len(s):
        return None
    digits = (int_part + frac_part).replace("_", "")
    return sign, int(digits), exponent - len(frac_part.replace("_", "")), ""


def _to_sci_string(d):
    sign = "-" if d._sign else ""
    if d._special == "F":
        return sign + "Infinity"
    if d._special:
        name = "NaN" if d._special == "n" else "sNaN"
        return sign + name + (str(d._int) if d._int else "")
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    # Plain notation when the exponent is not positive and the number is not too small.
    dot = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dot <= 0:
        text = "0." + "0" * -dot + digits
    elif dot >= len(digits):
        text = digits + "0" * (dot - len(digits))
    else:
        text = digits[:dot] + "." + digits[dot:]
    if leftdigits != dot:
        text += "E%+d" % (leftdigits - dot)
    return sign + text


# -- rounding -------------------------------------------------------------------------

def _round_up(rounding, sign, kept, dropped, half):
    """Whether to increment the kept coefficient when `dropped` (out of 2*half) is
    discarded, under `rounding` for a number of sign `sign`."""
    if dropped == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return kept % 10 in (0, 5)
    if dropped != half:
        return dropped > half
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return kept % 2 == 1


def _shift_right(sign, coefficient, n, rounding):
    """`coefficient` with its last `n` digits rounded away."""
    if n <= 0:
        return coefficient * 10 ** -n
    unit = 10 ** n
    kept, dropped = divmod(coefficient, unit)
    # Compare 2*dropped with unit so that halves are exact.
    if _round_up(rounding, sign, kept, 2 * dropped, unit):
        kept += 1
    return kept


def _rescale(d, exponent, rounding):
    """`d` with exactly the exponent `exponent` (rounding away digits if needed)."""
    if d._special:
        return d
    coefficient = _shift_right(d._sign, d._int, exponent - d._exp, rounding)
    return _make(d._sign, coefficient, exponent, "")


def _fix(d, ctx):
    """`d` rounded to the context: at most `prec` digits, exponent within limits."""
    if d._special:
        return d
    prec = ctx.prec
    coefficient, exponent = d._int, d._exp
    excess = len(str(coefficient)) - prec
    if excess > 0:
        coefficient = _shift_right(d._sign, coefficient, excess, ctx.rounding)
        exponent += excess
        if len(str(coefficient)) > prec:
            coefficient //= 10
            exponent += 1
    etiny = ctx.Etiny()
    if coefficient and exponent < etiny:
        # Subnormal: round to the smallest exponent.
        coefficient = _shift_right(d._sign, coefficient, etiny - exponent, ctx.rounding)
        exponent = etiny
    if coefficient == 0 and exponent < etiny:
        exponent = etiny
    if coefficient and exponent + len(str(coefficient)) - 1 > ctx.Emax:
        _signal(Overflow)
    if coefficient == 0 and exponent > ctx.Emax - prec + 1 and ctx.clamp:
        exponent = ctx.Emax - prec + 1
    return _make(d._sign, coefficient, exponent, "")


# -- operations -----------------------------------------------------------------------

def _cmp(a, b):
    """-1, 0 or 1 comparing two non-NaN Decimals."""
    if a._special == "F" or b._special == "F":
        va = 0 if a._special != "F" else (-1 if a._sign else 1)
        vb = 0 if b._special != "F" else (-1 if b._sign else 1)
        if va == vb == 0:
            return 0
        if va or vb:
            if va == vb:
                return 0
            if va and vb:
                return -1 if va < vb else 1
            return va if va else -vb
    if a._int == 0 and b._int == 0:
        return 0
    sa = -1 if a._sign else 1
    sb = -1 if b._sign else 1
    if a._int == 0:
        return -sb
    if b._int == 0:
        return sa
    if sa != sb:
        return sa
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    if x == y:
        return 0
    return sa if x > y else -sa


def _add(a, b, ctx):
    _check_special(a, b)
    if a.is_nan() or b.is_nan():
        return _nan()
    if a._special == "F" or b._special == "F":
        if a._special == "F" and b._special == "F" and a._sign != b._sign:
            _signal(InvalidOperation)
        return Decimal(a if a._special == "F" else b)
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e) * (-1 if a._sign else 1)
    y = b._int * 10 ** (b._exp - e) * (-1 if b._sign else 1)
    total = x + y
    if total == 0:
        # The sign of an exact zero sum: negative only if both operands are (or when
        # rounding toward negative infinity and the signs differ).
        sign = 1 if (a._sign and b._sign) or (a._sign != b._sign and ctx.rounding == ROUND_FLOOR) else 0
    else:
        sign = 1 if total < 0 else 0
    return _fix(_make(sign, abs(total), e, ""), ctx)


def _mul(a, b, ctx):
    _check_special(a, b)
    sign = a._sign ^ b._sign
    if a.is_nan() or b.is_nan():
        return _nan()
    if a._special == "F" or b._special == "F":
        if (a._special != "F" and a._int == 0) or (b._special != "F" and b._int == 0):
            _signal(InvalidOperation)
        return _make(sign, 0, 0, "F")
    return _fix(_make(sign, a._int * b._int, a._exp + b._exp, ""), ctx)


def _div(a, b, ctx):
    _check_special(a, b)
    sign = a._sign ^ b._sign
    if a.is_nan() or b.is_nan():
        return _nan()
    if a._special == "F":
        if b._special == "F":
            _signal(InvalidOperation)
        return _make(sign, 0, 0, "F")
    if b._special == "F":
        return _make(sign, 0, ctx.Etiny(), "")
    if b._int == 0:
        if a._int == 0:
            _signal(InvalidOperation, DivisionUndefined)
        _signal(DivisionByZero)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(_make(sign, 0, ideal, ""), ctx)
    # Scale the dividend so the integer quotient has at least prec + 1 digits.
    shift = len(str(b._int)) - len(str(a._int)) + ctx.prec + 1
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    exponent = ideal - shift
    if r:
        # An inexact quotient: a final digit of 0 or 5 would round as if exact, so make
        # it 1 or 6 (still below the next rounding boundary).
        if q % 5 == 0:
            q += 1
    else:
        while exponent < ideal and q % 10 == 0:
            q //= 10
            exponent += 1
    return _fix(_make(sign, q, exponent, ""), ctx)


def _divmod(a, b, ctx):
    """(a // b, a % b) with the quotient truncated toward zero (the spec's divide-integer
    and remainder: the remainder has the sign of the dividend)."""
    _check_special(a, b)
    sign = a._sign ^ b._sign
    if a.is_nan() or b.is_nan():
        return _nan(), _nan()
    if a._special == "F":
        _signal(InvalidOperation)
    if b._special == "F":
        return _make(sign, 0, 0, ""), _fix(a, ctx)
    if b._int == 0:
        if a._int == 0:
            _signal(InvalidOperation, DivisionUndefined)
        _signal(DivisionByZero)
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if len(str(q)) > ctx.prec:
        _signal(InvalidOperation, DivisionImpossible)
    quotient = _make(sign, q, 0, "")
    remainder = _fix(_make(a._sign, r, e, ""), ctx)
    return quotient, remainder


def _pow(a, b, ctx):
    _check_special(a, b)
    if a.is_nan() or b.is_nan():
        return _nan()
    if b._special or a._special:
        _unsupported("powers involving infinities")
    if b._exp < 0 and b._int % 10 ** -b._exp:
        _unsupported("non-integral powers")
    n = int(b)
    if n == 0:
        if a._int == 0:
            _signal(InvalidOperation)
        return _make(0, 1, 0, "")
    sign = a._sign if n % 2 else 0
    if a._int == 0:
        if n < 0:
            return _make(sign, 0, 0, "F")
        return _fix(_make(sign, 0, a._exp * n, ""), ctx)
    # The exact power, rounded once (a negative power is one correctly rounded division).
    exact = _make(sign, a._int ** abs(n), a._exp * abs(n), "")
    if n > 0:
        return _fix(exact, ctx)
    return _div(_make(0, 1, 0, ""), exact, ctx)


# -- formatting -----------------------------------------------------------------------

def _parse_spec(spec):
    """The parts of a format spec: fill, align, sign, z, #, 0, width, grouping,
    precision, type."""
    i = 0
    fill, align = None, None
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " ") and spec[i:i + 1]:
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if spec[i:i + 1] == "z":
        no_neg_0 = True
        i += 1
    alt = False  # CPython's C implementation rejects "#".
    zero = False
    if spec[i:i + 1] == "0":
        zero = True
        i += 1
    j = i
    while spec[j:j + 1].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    grouping = ""
    if spec[i:i + 1] == ",":
        grouping = ","
        i += 1
    precision = None
    if spec[i:i + 1] == ".":
        j = i + 1
        while spec[j:j + 1].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        precision = int(spec[i + 1:j])
        i = j
    ty = spec[i:]
    if len(ty) > 1 or (ty and ty not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if zero and fill is None:
        fill = "0"
        if align is None:
            align = "="
    return {
        "fill": fill or " ", "align": align or ">", "sign": sign, "no_neg_0": no_neg_0,
        "alt": alt, "width": width, "grouping": grouping, "precision": precision,
        "type": ty or None,
    }


def _group(intpart, sep):
    if not sep:
        return intpart
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    return sep.join(reversed(groups))


def _format(d, spec_text):
    spec = _parse_spec(spec_text)
    ty = spec["type"]
    if ty == "n":
        ty = "g"
    precision = spec["precision"]
    rounding = getcontext().rounding
    sign = d._sign
    if d._special:
        body = "Infinity" if d._special == "F" else ("NaN" if d._special == "n" else "sNaN")
        if d._special != "F" and d._int:
            body += str(d._int)
        if ty == "%":
            body += "%"
    else:
        if ty == "%":
            d = _make(d._sign, d._int, d._exp + 2, "")
        if ty in ("e", "E") and precision is not None and d._int:
            # precision + 1 significant digits.
            excess = len(str(d._int)) - (precision + 1)
            d = _rescale(d, d._exp + excess, rounding)
            if len(str(d._int)) > precision + 1:
                d = _rescale(d, d._exp + 1, rounding)
        elif ty in ("f", "F", "%") and precision is not None:
            d = _rescale(d, -precision, rounding)
        elif ty in ("g", "G", None) and precision is not None and len(str(d._int)) > precision:
            precision = max(precision, 1)
            excess = len(str(d._int)) - precision
            d = _rescale(d, d._exp + excess, rounding)
            if len(str(d._int)) > precision:
                d = _rescale(d, d._exp + 1, rounding)
        if d._int == 0 and d._exp > 0 and ty in ("f", "F", "%"):
            d = _make(d._sign, 0, 0, "")
        digits = str(d._int)
        leftdigits = d._exp + len(digits)
        if ty in ("e", "E"):
            dot = 1 - precision if (d._int == 0 and precision is not None) else 1
        elif ty in ("f", "F", "%"):
            dot = leftdigits
        else:
            dot = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
        if dot < 0:
            intpart, fracpart = "0", "0" * -dot + digits
        elif dot > len(digits):
            intpart, fracpart = digits + "0" * (dot - len(digits)), ""
        else:
            intpart, fracpart = digits[:dot] or "0", digits[dot:]
        exponent = leftdigits - dot
        body = _group(intpart, spec["grouping"])
        if fracpart or spec["alt"]:
            body += "." + fracpart
        if exponent != 0 or ty in ("e", "E"):
            echar = "e" if ty in ("e", "g") else "E"
            body += "%s%+d" % (echar, exponent)
        if ty == "%":
            body += "%"
        if spec["no_neg_0"] and sign and d._int == 0:
            sign = 0
    if sign:
        prefix = "-"
    else:
        prefix = {"-": "", "+": "+", " ": " "}[spec["sign"]]
    fill, align, width = spec["fill"], spec["align"], spec["width"]
    padding = width - len(prefix) - len(body)
    if padding <= 0:
        return prefix + body
    if align == "<":
        return prefix + body + fill * padding
    if align == "^":
        left = padding // 2
        return fill * left + prefix + body + fill * (padding - left)
    if align == "=":
        return prefix + fill * padding + body
    return fill * padding + prefix + body


# -- contexts -------------------------------------------------------------------------

class Context:
    """Arithmetic settings: precision, rounding mode, exponent limits, trapped signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _default_settings
        self.prec = base["prec"] if prec is None else prec
        self.rounding = base["rounding"] if rounding is None else rounding
        self.Emin = base["Emin"] if Emin is None else Emin
        self.Emax = base["Emax"] if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = {}
        if traps is None:
            traps = [InvalidOperation, DivisionByZero, Overflow]
        if isinstance(traps, dict):
            traps = [k for k, v in traps.items() if v]
        for required in (InvalidOperation, DivisionByZero, Overflow):
            if required not in traps:
                _unsupported("contexts that do not trap %s" % required.__name__)
        self.traps = {s: s in traps for s in _SIGNALS}

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        elif name not in ("Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, None, [s for s, on in self.traps.items() if on])

    def create_decimal(self, value="0"):
        return _fix(Decimal(value), self)

    def __repr__(self):
        traps = ", ".join(s.__name__ for s in _SIGNALS if self.traps.get(s))
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                           self.capitals, self.clamp, traps))


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]
_default_settings = {"prec": 28, "rounding": ROUND_HALF_EVEN, "Emin": -999999, "Emax": 999999}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])

_current = [DefaultContext.copy()]


def getcontext():
    """The current thread's context."""
    return _current[0]


def setcontext(context):
    """Makes `context` the current context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext:
        context = context.copy()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of `ctx` (default: the current context), updated
    with `kwargs`, current inside its block."""
    new = (ctx or getcontext()).copy()
    for name, value in kwargs.items():
        if name not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(new, name, value)
    return _LocalContext(new)
