//! `float`: `repr` exactly as CPython (shortest round-trip digits, fixed notation for
//! exponents in [-4, 16), scientific otherwise, `inf`/`nan`), and the float operations with
//! Python's rules (floor division and modulo follow the divisor's sign).

use crate::err::zero_division;
use crate::value::PyResult;

/// Shortest round-trip decimal digits and the decimal exponent: `x = 0.d1d2... * 10^exp`.
/// Rust's `{:e}` formatting is shortest round-trip, like CPython's `repr`.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// `repr(x)` / `str(x)`.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let (digits, exp) = shortest_digits(x);
    let sign = if x < 0.0 { "-" } else { "" };
    // CPython's float_repr_style 'short': scientific when exp10 < -4 or exp10 >= 16.
    let e10 = exp - 1;
    if !(-4..16).contains(&e10) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if e10 < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", e10.abs());
    }
    let n = digits.len() as i32;
    let body = if exp <= 0 {
        format!("0.{}{}", "0".repeat((-exp) as usize), digits)
    } else if exp >= n {
        format!("{}{}.0", digits, "0".repeat((exp - n) as usize))
    } else {
        format!("{}.{}", &digits[..exp as usize], &digits[exp as usize..])
    };
    format!("{sign}{body}")
}

/// `a // b` for floats.
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(divmod(a, b).0)
}

/// `a % b` for floats.
pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float modulo"));
    }
    Ok(divmod(a, b).1)
}

/// `divmod(a, b)` for floats (CPython's `float_divmod`), `b != 0`.
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a / b` for floats.
pub fn truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(a / b)
}
