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

/// The largest number of digits `int` ↔ `str` converts (CPython 3.11's default
/// `sys.int_info.default_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// `str(int)`, with CPython's digit limit.
pub fn to_decimal_string(v: &BigInt) -> PyResult<String> {
    // Below 14_000 bits (about 4214 digits) a number is certainly within the limit.
    if v.bits() > 14_000 {
        let s = v.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > MAX_STR_DIGITS {
            return Err(value_error(format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(v.to_string())
}
