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
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
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

/// C's `frexp`: `x = m * 2**e` with `|m|` in `[0.5, 1)`; zero, infinities and NaN come back
/// unchanged with exponent 0.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// C's `ldexp`: `x * 2**e`, exact except for overflow to infinity and rounding of
/// subnormal results (done in one step, so it rounds once like C).
pub fn ldexp(x: f64, e: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp(x);
    let total = me as i64 + e as i64;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        // Two steps keep the power of two itself finite for `total == 1024`.
        return (m * 2.0) * 2f64.powi((total - 1) as i32);
    }
    if total < -1075 - 1 {
        return 0.0f64.copysign(x);
    }
    // Subnormal result: scale the 53-bit mantissa as an integer and round half to even.
    let mant = (m.abs() * 9007199254740992.0) as u64; // 2**53
    let shift = (-1074 - (total - 53)) as u32;
    let q = mant >> shift;
    let rem = mant & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    let q = if rem > half || (rem == half && q & 1 == 1) {
        q + 1
    } else {
        q
    };
    f64::from_bits(q).copysign(x)
}

/// `float.as_integer_ratio()`: the exact `(numerator, denominator)` in lowest terms.
pub fn integer_ratio(x: f64) -> crate::value::PyResult<(num_bigint::BigInt, num_bigint::BigInt)> {
    use num_bigint::BigInt;
    if x.is_infinite() {
        return Err(crate::err::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(crate::err::value_error(
            "cannot convert NaN to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::from(0), BigInt::from(1)));
    }
    let (m, e) = frexp(x);
    // m * 2**53 is an integer; strip its trailing zero bits to reduce the fraction.
    let mut mant = (m * 9007199254740992.0) as i64;
    let mut exp = e as i64 - 53;
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    if exp >= 0 {
        Ok((BigInt::from(mant) << exp as usize, BigInt::from(1)))
    } else {
        Ok((BigInt::from(mant), BigInt::from(1) << (-exp) as usize))
    }
}

/// `float.hex()`, as CPython's `float_hex`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() || x.is_infinite() {
        return repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let (m, e) = frexp(x.abs());
    // Normalise to a leading digit of 1 (0 for subnormals, whose exponent is pinned at -1022).
    let shift = 1 - std::cmp::max(-1021 - e, 0);
    let mut m = m * 2f64.powi(shift);
    let e = e - shift;
    let mut s = String::from(if x < 0.0 { "-0x" } else { "0x" });
    let lead = m as u32;
    s.push(char::from_digit(lead, 16).unwrap_or('0'));
    m -= lead as f64;
    s.push('.');
    for _ in 0..13 {
        m *= 16.0;
        let d = m as u32;
        s.push(char::from_digit(d, 16).unwrap_or('0'));
        m -= d as f64;
    }
    s.push_str(&format!("p{}{}", if e < 0 { '-' } else { '+' }, e.abs()));
    s
}

/// `float.fromhex(s)`: parses `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]`
/// (or `inf`/`infinity`/`nan`), rounding half to even, with CPython's errors.
pub fn from_hex(text: &str) -> crate::value::PyResult<f64> {
    use crate::err::{overflow_error, value_error};
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = text.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let sign = if neg { -1.0 } else { 1.0 };
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(crate::types::nan::fresh(f64::NAN));
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match rest.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (rest, None),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let digits: Vec<u32> = int_part
        .chars()
        .chain(frac_part.chars())
        .map(|c| c.to_digit(16).ok_or(()))
        .collect::<Result<_, _>>()
        .map_err(|_| invalid())?;
    let exp: i64 = match exp {
        Some(e) => {
            let ok = !e.is_empty()
                && e.trim_start_matches(['+', '-'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && !e.trim_start_matches(['+', '-']).is_empty();
            if !ok {
                return Err(invalid());
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 4
            } else {
                i64::MAX / 4
            })
        }
        None => 0,
    };
    // value = digits (as an integer) * 2**(exp - 4*len(frac_part)).
    let mut n = num_bigint::BigUint::from(0u32);
    for d in digits {
        n = n * 16u32 + d;
    }
    if n == num_bigint::BigUint::from(0u32) {
        return Ok(sign * 0.0);
    }
    let e2 = exp.saturating_sub(4 * frac_part.len() as i64);
    let bits = n.bits() as i64;
    // The value is in [2**(bits-1+e2), 2**(bits+e2)).
    let top = bits + e2;
    if top > 1024 {
        return Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    // Number of significant bits available: 53 for normals, fewer for subnormals.
    let lsb = std::cmp::max(top - 53, -1074);
    let shift = lsb - e2;
    let q = if shift > 0 {
        let s = shift as usize;
        let q = &n >> s;
        let rem = &n - (&q << s);
        let half = num_bigint::BigUint::from(1u32) << (s - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1u32
        } else {
            q
        }
    } else {
        n << (-shift) as usize
    };
    use num_traits::ToPrimitive;
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let r = qf
        * 2f64.powi(std::cmp::max(lsb, -1022) as i32)
        * if lsb < -1022 {
            2f64.powi((lsb + 1022) as i32)
        } else {
            1.0
        };
    if r.is_infinite() {
        return Err(overflow_error(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(sign * r)
}
