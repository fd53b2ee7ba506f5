//! `int`: 64-bit fast paths with silent promotion to arbitrary precision (`num-bigint`) on
//! overflow, and Python's floor-division/modulo sign rules.

use crate::err::{value_error, zero_division};
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// Turns a big integer into a `Value`, demoting to `Int` when it fits (the `Value`
/// invariant).
pub fn normalize(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// Converts an int-like value (`int`, `bool`) to a `BigInt`.
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The value of an int operand as a big integer, borrowed when it already is one (no copy
/// of its digits), converted when it is a small int or a bool.
pub fn as_big(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    match v {
        Value::BigInt(b) => Some(std::borrow::Cow::Borrowed(&**b)),
        other => to_big(other).map(std::borrow::Cow::Owned),
    }
}

/// `a + b` on ints.
pub fn add(a: &BigInt, b: &BigInt) -> Value {
    normalize(a + b)
}

/// Python floor division of i64s (`a // b`); `None` on overflow (`i64::MIN // -1`).
pub fn floordiv_i64(a: i64, b: i64) -> PyResult<Option<i64>> {
    if b == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    Ok(Some(num_integer::Integer::div_floor(&a, &b)))
}

/// Python modulo of i64s (result has the sign of `b`).
pub fn mod_i64(a: i64, b: i64) -> PyResult<i64> {
    if b == 0 {
        return Err(zero_division("integer modulo by zero"));
    }
    if b == -1 {
        return Ok(0);
    }
    Ok(a.mod_floor(&b))
}

/// Floor division of big ints.
pub fn floordiv_big(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(normalize(a.div_floor(b)))
}

/// Modulo of big ints.
pub fn mod_big(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division("integer modulo by zero"));
    }
    Ok(normalize(a.mod_floor(b)))
}

/// `a ** b` for ints with `b >= 0`.
pub fn pow_big(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if let (Some(x), Some(e)) = (a.to_i64(), b.to_u32())
        && let Some(r) = x.checked_pow(e)
    {
        return Ok(Value::Int(r));
    }
    let Some(e) = b.to_u64() else {
        // Only 0, 1 and -1 survive a huge exponent.
        if a.is_zero() || *a == BigInt::from(1) {
            return Ok(normalize(a.clone()));
        }
        if *a == BigInt::from(-1) {
            return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
        }
        return Err(crate::err::PyErr::bare(
            crate::types::class::BuiltinType::MemoryError,
        ));
    };
    Ok(normalize(num_traits::pow::Pow::pow(a, e)))
}

/// True division of ints, correctly rounded like CPython's `long_true_divide`.
pub fn truediv(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() <= (1 << 53)
        && y.unsigned_abs() <= (1 << 53)
    {
        return Ok(x as f64 / y as f64);
    }
    // Scale so the quotient has 55+ significant bits, divide exactly, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = 64i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::from(1);
    } else {
        q <<= 1usize;
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let result = ldexp(qf, -(shift as i32) - 1);
    if result.is_infinite() {
        return Err(crate::err::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -result } else { result })
}

fn ldexp(x: f64, e: i32) -> f64 {
    if e > 1023 {
        return ldexp(x * 2f64.powi(1023), e - 1023);
    }
    if e < -1022 {
        return ldexp(x * 2f64.powi(-1022), e + 1022);
    }
    x * 2f64.powi(e)
}

/// Converts an int to `f64`, raising `OverflowError` when too large.
pub fn to_f64(v: &BigInt) -> PyResult<f64> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(crate::err::overflow_error(
            "int too large to convert to float",
        )),
    }
}

/// CPython 3.11's default for the number of digits `int` <-> `str` conversions accept
/// (`sys.int_info.default_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Below this many digits the limit is never checked (`sys.int_info.str_digits_check_threshold`).
pub const STR_DIGITS_CHECK_THRESHOLD: usize = 640;

thread_local! {
    /// The current limit, set by `sys.set_int_max_str_digits` (0 = unlimited).
    static MAX_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_STR_DIGITS) };
}

/// The current digit limit (`sys.get_int_max_str_digits()`), 0 meaning unlimited.
pub fn max_str_digits() -> usize {
    MAX_DIGITS.with(|m| m.get())
}

/// `sys.set_int_max_str_digits(n)`.
pub fn set_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < STR_DIGITS_CHECK_THRESHOLD as i64 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_DIGITS.with(|m| m.set(n as usize));
    Ok(())
}

/// The `ValueError` of `int(text)` for a literal with `digits` digits beyond the limit, if it is.
pub fn check_parse_digits(digits: usize) -> PyResult<()> {
    let max = max_str_digits();
    if max > 0 && digits > max {
        return Err(value_error(format!(
            "Exceeds the limit ({max} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `str(int)`, with CPython's digit limit.
pub fn to_decimal_string(v: &BigInt) -> PyResult<String> {
    let max = max_str_digits();
    // A number of n bits has at most n*log10(2) + 1 digits: below the limit, skip the check.
    if max == 0 || (v.bits() as f64) * std::f64::consts::LOG10_2 + 1.0 <= max as f64 {
        return Ok(v.to_string());
    }
    let s = v.to_string();
    let digits = s.trim_start_matches('-').len();
    if digits > max {
        return Err(value_error(format!(
            "Exceeds the limit ({max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}
