//! NaN identity. Floats are unboxed (`Value::Float(f64)`), so a float's identity (`is`,
//! `id()`, the identity-first equality of containers and dict keys) is its bit pattern. In
//! CPython every NaN-producing operation creates a new object, and two NaN objects are
//! different even though both print `nan`: `float("nan") in [float("nan")]` is `False`, while
//! `x in [x]` is `True`. To tell them apart, every place that creates a NaN float stamps it
//! with a fresh payload (a per-thread counter in the 51 low mantissa bits, quiet bit and sign
//! kept), so distinct NaN objects have distinct bits and copies of one object share them.
//! Nothing prints the payload: `repr`, `format`, `float.hex` and `%` only ask `is_nan`.

use crate::value::Value;
use std::cell::Cell;

/// Exponent all ones plus the quiet bit: every bit pattern with these set is a quiet NaN.
const QUIET_NAN: u64 = 0x7ff8_0000_0000_0000;
/// The 51 payload bits below the quiet bit.
const PAYLOAD: u64 = (1 << 51) - 1;
/// Payloads below this are reserved for the module constants (`math.nan`, `cmath.nan`).
const FIRST_FRESH: u64 = 16;

/// `math.nan`: one object, so one fixed payload.
pub const MATH_NAN: f64 = f64::from_bits(QUIET_NAN | 1);
/// `cmath.nan`: a different object from `math.nan`.
pub const CMATH_NAN: f64 = f64::from_bits(QUIET_NAN | 2);

thread_local! {
    static NEXT: Cell<u64> = const { Cell::new(FIRST_FRESH) };
}

/// `x`, or when `x` is a NaN, a NaN of the same sign with a payload no other live NaN object
/// was given: the float object an operation returning `x` creates.
#[inline(always)]
pub fn fresh(x: f64) -> f64 {
    if x.is_nan() { fresh_nan(x) } else { x }
}

/// [`fresh`] as a `Value`.
#[inline(always)]
pub fn float(x: f64) -> Value {
    Value::Float(fresh(x))
}

/// The slow half of [`fresh`]: draws the next payload from the per-thread counter.
#[cold]
#[inline(never)]
pub fn fresh_nan(x: f64) -> f64 {
    let n = NEXT.with(|c| {
        let n = c.get();
        let next = (n + 1) & PAYLOAD;
        c.set(if next < FIRST_FRESH {
            FIRST_FRESH
        } else {
            next
        });
        n
    });
    let sign = x.to_bits() & (1 << 63);
    f64::from_bits(sign | QUIET_NAN | n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_nans_differ_and_keep_sign() {
        let a = fresh(f64::NAN);
        let b = fresh(f64::NAN);
        assert!(a.is_nan() && b.is_nan());
        assert_ne!(a.to_bits(), b.to_bits());
        assert_ne!(a.to_bits(), MATH_NAN.to_bits());
        assert!(fresh(-f64::NAN).is_sign_negative());
        assert!(fresh(f64::NAN).is_sign_positive());
        assert_eq!(fresh(1.5), 1.5);
    }
}
