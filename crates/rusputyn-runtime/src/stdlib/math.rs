//! The `math` module of Python 3.11 (Python docs, "math — Mathematical functions"): every
//! function and constant, with CPython's argument conversion, its domain/range errors
//! (`ValueError: math domain error`, `OverflowError: math range error`) and its exact integer
//! algorithms (`factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt` on big ints, `fsum`'s
//! exactly rounded Shewchuk summation, `prod` staying an `int` on ints).
//!
//! Floating-point kernels come from the platform C library where CPython uses it too (glibc
//! on Linux), so results agree to the last bit; see [`libm`].

use crate::err::{PyErr, overflow_error, type_error, value_error};
use crate::ops;
use crate::types::function::{BuiltinFn, Kw, check_arity, no_kwargs, take_kwargs};
use crate::types::int::{normalize, to_big};
use crate::types::module::Module;
use crate::types::nan;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// The C library functions CPython's `mathmodule.c` calls and Rust's `std` does not expose
/// (or implements itself, with different rounding). On WebAssembly there is no C library,
/// so portable approximations stand in.
pub(crate) mod libm {
    #[cfg(not(target_family = "wasm"))]
    mod sys {
        unsafe extern "C" {
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            /// glibc's `cbrt` under its `_Float64` alias: the plain name can resolve to the
            /// (differently rounded) copy in Rust's `compiler_builtins`.
            #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
            pub fn cbrt(x: f64) -> f64;
        }
    }

    macro_rules! wrap {
        ($($name:ident => $fallback:expr),* $(,)?) => {
            $(
                #[doc = concat!("C's `", stringify!($name), "`.")]
                pub fn $name(x: f64) -> f64 {
                    #[cfg(not(target_family = "wasm"))]
                    {
                        let _ = $fallback;
                        // SAFETY: a pure C math function of one `double`, no pointers.
                        unsafe { sys::$name(x) }
                    }
                    #[cfg(target_family = "wasm")]
                    {
                        let f: fn(f64) -> f64 = $fallback;
                        f(x)
                    }
                }
            )*
        };
    }

    wrap! {
        erf => super::portable::erf,
        erfc => super::portable::erfc,
        asinh => f64::asinh,
        acosh => f64::acosh,
        atanh => f64::atanh,
        cbrt => f64::cbrt,
    }
}

/// Portable approximations used where no C library is available (WebAssembly). They are
/// accurate to a few ulps, not bit-identical to glibc.
#[cfg_attr(not(target_family = "wasm"), allow(dead_code))] // Only the wasm build calls them.
mod portable {
    /// `erf` by its Taylor series near 0 and the continued fraction of `erfc` beyond.
    pub fn erf(x: f64) -> f64 {
        if x.is_nan() {
            return x;
        }
        if x.abs() < 1.5 {
            let mut term = x;
            let mut sum = x;
            let x2 = x * x;
            let mut n = 0.0;
            while term.abs() > 1e-17 * sum.abs() {
                n += 1.0;
                term *= -x2 / n;
                sum += term / (2.0 * n + 1.0);
            }
            return sum * std::f64::consts::FRAC_2_SQRT_PI;
        }
        let c = erfc(x.abs());
        if x > 0.0 { 1.0 - c } else { c - 1.0 }
    }

    /// `erfc`, continued fraction for large arguments.
    pub fn erfc(x: f64) -> f64 {
        if x.is_nan() {
            return x;
        }
        if x.abs() < 1.5 {
            return 1.0 - erf(x);
        }
        if x < 0.0 {
            return 2.0 - erfc(-x);
        }
        // Lentz's algorithm for erfc(x) = exp(-x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))).
        let mut f = x;
        let mut c = x;
        let mut d = 0.0;
        for i in 1..200 {
            let a = i as f64 / 2.0;
            d = x + a * d;
            d = if d == 0.0 { 1e-300 } else { 1.0 / d };
            c = x + a / c;
            let delta = c * d;
            f *= delta;
            if (delta - 1.0).abs() < 1e-16 {
                break;
            }
        }
        (-x * x).exp() / (f * std::f64::consts::PI.sqrt())
    }
}

/// A float argument (`PyFloat_AsDouble`), with CPython's `TypeError` for non-numbers and
/// `OverflowError` for ints beyond the float range.
pub fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::types::int::to_f64(b),
        Value::Instance(_) => {
            if let Some(r) = crate::types::object::call_dunder_opt(v, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.type_name(),
                        other.type_name()
                    ))),
                };
            }
            if let Some(r) = crate::types::object::call_dunder_opt(v, "__index__", &[])? {
                return float_arg(&r);
            }
            Err(type_error(format!(
                "must be real number, not {}",
                v.type_name()
            )))
        }
        other => Err(type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

/// An integer argument (`__index__`), as a `BigInt`.
fn int_arg(v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(to_big(v).unwrap_or_default()),
        Value::Instance(_) => match crate::types::object::call_dunder_opt(v, "__index__", &[])? {
            Some(r) if to_big(&r).is_some() => Ok(to_big(&r).unwrap_or_default()),
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        },
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range() -> PyErr {
    overflow_error("math range error")
}

/// CPython's `math_1`: applies `f` and turns a NaN from a non-NaN argument into a domain
/// error and an infinity from a finite argument into a range error (when the function can
/// overflow) or a domain error (when it cannot: a pole such as `atanh(1)`).
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

macro_rules! unary {
    ($($name:ident => ($f:expr, $can_overflow:expr)),* $(,)?) => {
        $(
            fn $name(args: &[Value], kw: Kw) -> PyResult<Value> {
                let qual = concat!("math.", stringify!($name));
                no_kwargs(qual, kw)?;
                check_arity(qual, args, 1, 1)?;
                let x = float_arg(&args[0])?;
                Ok(nan::float(math_1(x, $f, $can_overflow)?))
            }
        )*
    };
}

unary! {
    sqrt => (f64::sqrt, false),
    exp => (f64::exp, true),
    exp2 => (f64::exp2, true),
    expm1 => (f64::exp_m1, true),
    sin => (f64::sin, false),
    cos => (f64::cos, false),
    tan => (f64::tan, false),
    asin => (f64::asin, false),
    acos => (f64::acos, false),
    atan => (f64::atan, false),
    sinh => (f64::sinh, true),
    cosh => (f64::cosh, true),
    tanh => (f64::tanh, false),
    asinh => (libm::asinh, false),
    acosh => (libm::acosh, false),
    atanh => (libm::atanh, false),
    fabs => (f64::abs, false),
    cbrt => (libm::cbrt, false),
    erf => (libm::erf, false),
    erfc => (libm::erfc, false),
    log1p => (f64::ln_1p, false),
}

/// Two float arguments, with CPython's "expected 2 arguments" message.
fn two_floats(name: &str, args: &[Value], kw: Kw) -> PyResult<(f64, f64)> {
    no_kwargs(&format!("math.{name}"), kw)?;
    check_arity(name, args, 2, 2)?;
    Ok((float_arg(&args[0])?, float_arg(&args[1])?))
}

fn atan2(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (y, x) = two_floats("atan2", args, kw)?;
    Ok(nan::float(y.atan2(x)))
}

fn copysign(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats("copysign", args, kw)?;
    Ok(nan::float(x.copysign(y)))
}

/// `math.fmod`: C's `fmod`, with a finite `x` returned unchanged by an infinite `y`.
fn fmod(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats("fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(nan::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(nan::float(r))
}

/// `math.remainder`: the IEEE 754 remainder, by CPython's `m_remainder` algorithm.
fn remainder(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats("remainder", args, kw)?;
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain());
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // The half-way case: choose the even multiple.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return Ok(nan::float(1.0f64.copysign(x) * r));
    }
    if x.is_nan() {
        return Ok(nan::float(x));
    }
    if y.is_nan() {
        return Ok(nan::float(y));
    }
    if x.is_infinite() {
        return Err(domain());
    }
    Ok(nan::float(x))
}

/// `math.pow`: C99 `pow` with CPython's treatment of the IEEE special values.
fn pow(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats("pow", args, kw)?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(nan::float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(nan::float(r))
}

/// Exact values of `gamma(n)` for small positive integers, as CPython's `gamma_integral`.
fn gamma_integral(n: u32) -> f64 {
    let mut f: u128 = 1;
    for i in 1..n as u128 {
        f *= i;
    }
    f as f64
}

/// The Lanczos approximation CPython's `mathmodule.c` uses for `gamma` and `lgamma` (not the
/// C library's, whose results differ in the last bits): g and the coefficients of the
/// rational function `lanczos_sum`, numerator and denominator.
#[allow(clippy::excessive_precision)] // CPython's digits, kept verbatim so the values are checkable.
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)] // As above.
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)] // As above.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `lanczos_sum(x)` for `x > 0`; evaluated in `1/x` for large `x` to avoid overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, exact at the integers and half-integers (CPython's `m_sinpi`).
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma` (CPython's `m_tgamma`).
fn gamma(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.gamma", kw)?;
    check_arity("math.gamma", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(nan::float(x));
        }
        return Err(domain());
    }
    if x == 0.0 || (x < 0.0 && x.fract() == 0.0) {
        return Err(domain());
    }
    if x.fract() == 0.0 && x <= 23.0 {
        return Ok(nan::float(gamma_integral(x as u32)));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(range())
        } else {
            Ok(nan::float(r))
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(nan::float(0.0 / sinpi(x)));
        }
        return Err(range());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(nan::float(r))
}

/// `math.lgamma` (CPython's `m_lgamma`).
fn lgamma(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.lgamma", kw)?;
    check_arity("math.lgamma", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    if !x.is_finite() {
        return Ok(nan::float(if x.is_nan() { x } else { f64::INFINITY }));
    }
    if x.fract() == 0.0 && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain());
        }
        return Ok(nan::float(0.0));
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(nan::float(-absx.ln()));
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // Reflection formula for negative arguments.
        #[allow(clippy::excessive_precision)] // CPython's constant, verbatim.
        const LOGPI: f64 = 1.144729885849400174143427351353058711647;
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(nan::float(r))
}

/// `_PyLong_Frexp`: `n = m * 2**e` with `m` in `[0.5, 1)` correctly rounded to 53 bits.
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    let mag = n.magnitude();
    // Keep 64 leading bits plus a sticky bit so the u64 → f64 conversion rounds correctly.
    let top = if bits > 64 {
        let shifted = mag >> (bits - 64) as usize;
        let sticky = (&shifted << (bits - 64) as usize) != *mag;
        shifted.to_u64().unwrap_or(u64::MAX) | sticky as u64
    } else {
        mag.to_u64().unwrap_or(0) << (64 - bits)
    };
    let m = top as f64 / 18446744073709551616.0;
    if m == 1.0 { (0.5, bits + 1) } else { (m, bits) }
}

/// CPython's `loghelper`: logs of ints too large for a float are computed from their
/// mantissa and exponent.
fn log_of(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = to_big(v).filter(|_| !matches!(v, Value::Instance(_))) {
        if !n.is_positive() {
            return Err(domain());
        }
        return Ok(match n.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                let (m, e) = big_frexp(&n);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = float_arg(v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn log(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(&args[0], f64::ln)?;
    let Some(base) = args.get(1) else {
        return Ok(nan::float(num));
    };
    let den = log_of(base, f64::ln)?;
    if den == 0.0 {
        return Err(crate::err::zero_division("float division by zero"));
    }
    Ok(nan::float(num / den))
}

fn log2(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.log2", kw)?;
    check_arity("math.log2", args, 1, 1)?;
    Ok(nan::float(log_of(&args[0], f64::log2)?))
}

fn log10(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.log10", kw)?;
    check_arity("math.log10", args, 1, 1)?;
    Ok(nan::float(log_of(&args[0], f64::log10)?))
}

/// `math.floor`/`math.ceil`: ints pass through, instances use `__floor__`/`__ceil__`.
fn round_to_int(
    args: &[Value],
    kw: Kw,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    no_kwargs(&format!("math.{name}"), kw)?;
    check_arity(&format!("math.{name}"), args, 1, 1)?;
    match &args[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v @ Value::Instance(_) => match crate::types::object::call_dunder_opt(v, dunder, &[])? {
            Some(r) => Ok(r),
            None => crate::builtins::float_to_int(f(float_arg(v)?)),
        },
        v => crate::builtins::float_to_int(f(float_arg(v)?)),
    }
}

fn floor(args: &[Value], kw: Kw) -> PyResult<Value> {
    round_to_int(args, kw, "floor", "__floor__", f64::floor)
}

fn ceil(args: &[Value], kw: Kw) -> PyResult<Value> {
    round_to_int(args, kw, "ceil", "__ceil__", f64::ceil)
}

fn trunc(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.trunc", kw)?;
    check_arity("math.trunc", args, 1, 1)?;
    match &args[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::builtins::float_to_int(f.trunc()),
        v @ Value::Instance(_) => crate::types::object::call_dunder_opt(v, "__trunc__", &[])?
            .ok_or_else(|| {
                type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    v.type_name()
                ))
            }),
        v => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        ))),
    }
}

fn frexp(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.frexp", kw)?;
    check_arity("math.frexp", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    let (m, e) = crate::types::float::frexp(x);
    Ok(Value::tuple(vec![nan::float(m), Value::Int(e as i64)]))
}

/// `math.ldexp(x, i)`: `i` may be any int; out-of-range exponents saturate like CPython.
fn ldexp(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.ldexp", kw)?;
    check_arity("ldexp", args, 2, 2)?;
    let x = float_arg(&args[0])?;
    let Some(e) = to_big(&args[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(nan::float(x));
    }
    let e = match e.to_i32() {
        Some(e) => e,
        None if e.is_positive() => return Err(range()),
        None => return Ok(nan::float(0.0f64.copysign(x))),
    };
    let r = crate::types::float::ldexp(x, e);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(nan::float(r))
}

fn modf(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.modf", kw)?;
    check_arity("math.modf", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![nan::float(frac), nan::float(int)]))
}

fn predicate(args: &[Value], kw: Kw, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    no_kwargs(&format!("math.{name}"), kw)?;
    check_arity(&format!("math.{name}"), args, 1, 1)?;
    Ok(Value::Bool(f(float_arg(&args[0])?)))
}

fn isfinite(args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(args, kw, "isfinite", f64::is_finite)
}

fn isinf(args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(args, kw, "isinf", f64::is_infinite)
}

fn isnan(args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(args, kw, "isnan", f64::is_nan)
}

/// The arguments of `math.isclose` / `cmath.isclose`: `a` and `b` (not yet converted) and
/// the checked tolerances `rel_tol` and `abs_tol`, with CPython's messages.
pub(crate) fn isclose_args<'a>(
    args: &'a [Value],
    kw: Kw<'a>,
) -> PyResult<(&'a Value, &'a Value, f64, f64)> {
    let [ka, kb, krel, kabs] = take_kwargs("isclose", kw, ["a", "b", "rel_tol", "abs_tol"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let a = args
        .first()
        .or(ka)
        .ok_or_else(|| type_error("isclose() missing required argument 'a' (pos 1)"))?;
    let b = args
        .get(1)
        .or(kb)
        .ok_or_else(|| type_error("isclose() missing required argument 'b' (pos 2)"))?;
    let rel = krel.map(float_arg).transpose()?.unwrap_or(1e-9);
    let abs = kabs.map(float_arg).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    Ok((a, b, rel, abs))
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b, rel, abs) = isclose_args(args, kw)?;
    let (a, b) = (float_arg(a)?, float_arg(b)?);
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn degrees(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.degrees", kw)?;
    check_arity("math.degrees", args, 1, 1)?;
    Ok(nan::float(
        float_arg(&args[0])? * (180.0 / std::f64::consts::PI),
    ))
}

fn radians(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.radians", kw)?;
    check_arity("math.radians", args, 1, 1)?;
    Ok(nan::float(
        float_arg(&args[0])? * (std::f64::consts::PI / 180.0),
    ))
}

/// The next float after `x` towards `y` (C's `nextafter`).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn nextafter(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two_floats("nextafter", args, kw)?;
    Ok(nan::float(next_toward(x, y)))
}

fn ulp(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.ulp", kw)?;
    check_arity("math.ulp", args, 1, 1)?;
    let x = float_arg(&args[0])?;
    if x.is_nan() {
        return Ok(nan::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(nan::float(x));
    }
    if x == f64::MAX {
        return Ok(nan::float(x - next_toward(x, 0.0)));
    }
    Ok(nan::float(next_toward(x, f64::INFINITY) - x))
}

/// `x * y` as an exact sum `hi + lo` (fused multiply-add recovers the rounding error).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a + b` as an exact sum `hi + lo`, for `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// The Euclidean norm of `hypot`/`dist`, as CPython 3.11's `vector_norm`: scale by a power
/// of two, sum the squares with exact partial products, then correct the square root once.
fn vector_norm(v: &mut [f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    norm_scaled(v, max, found_nan)
}

fn norm_scaled(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::types::float::frexp(max);
    if max_e < -1023 {
        // Subnormal inputs: scale into the normal range first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * norm_scaled(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = crate::types::float::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let (phi, plo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn hypot(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.hypot", kw)?;
    let mut v: Vec<f64> = args.iter().map(float_arg).collect::<PyResult<_>>()?;
    Ok(nan::float(vector_norm(&mut v)))
}

fn dist(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.dist", kw)?;
    check_arity("dist", args, 2, 2)?;
    let seq = |v: &Value, which: &str| -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) => Ok(t.items().to_vec()),
            Value::List(l) => Ok(l.snapshot()),
            other => Err(type_error(format!(
                "dist() argument {which} must be tuple, not {}",
                other.type_name()
            ))),
        }
    };
    let (p, q) = (seq(&args[0], "1")?, seq(&args[1], "2")?);
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs: Vec<f64> = p
        .iter()
        .zip(&q)
        .map(|(a, b)| Ok(float_arg(a)? - float_arg(b)?))
        .collect::<PyResult<_>>()?;
    Ok(nan::float(vector_norm(&mut diffs)))
}

/// `math.fsum`: Shewchuk's exactly rounded summation, as CPython's `math_fsum` (including
/// its half-even fix-up across partials and its messages for overflow and `inf - inf`).
fn fsum(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.fsum", kw)?;
    check_arity("math.fsum", args, 1, 1)?;
    let it = crate::types::iter::iter(&args[0])?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = crate::types::iter::next(&it)? {
        let mut x = float_arg(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite partial comes from overflow or from an inf/nan summand.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(nan::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across partials: sum([1e-16, 1, 1e16]) must round up.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(nan::float(hi))
}

/// `math.prod(iterable, /, *, start=1)`: plain multiplication, so ints stay exact.
fn prod(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [start] = take_kwargs("prod", kw, ["start"])?;
    check_arity("prod", args, 1, 1)?;
    let mut acc = start.cloned().unwrap_or(Value::Int(1));
    let it = crate::types::iter::iter(&args[0])?;
    while let Some(x) = crate::types::iter::next(&it)? {
        acc = ops::binop(ops::BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

/// The product of the integers in `lo..hi`, by binary splitting (fast for big ranges).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::zero() {
        return BigInt::one();
    }
    if n <= BigInt::from(16) {
        let mut acc = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            acc *= &i;
            i += 1;
        }
        return acc;
    }
    let mid: BigInt = lo + (&n >> 1usize);
    range_product(lo, &mid) * range_product(&mid, hi)
}

fn factorial(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.factorial", kw)?;
    check_arity("math.factorial", args, 1, 1)?;
    let n = int_arg(&args[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    if n.to_i64().is_none() {
        return Err(overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    Ok(normalize(range_product(&BigInt::one(), &(n + 1))))
}

fn check_nk(n: &BigInt, k: &BigInt) -> PyResult<()> {
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok(())
}

fn perm(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.perm", kw)?;
    check_arity("perm", args, 1, 2)?;
    let n = int_arg(&args[0])?;
    let k = match args.get(1) {
        None | Some(Value::None) => {
            if n.is_negative() {
                return Err(value_error("n must be a non-negative integer"));
            }
            return Ok(normalize(range_product(&BigInt::one(), &(n + 1))));
        }
        Some(k) => int_arg(k)?,
    };
    check_nk(&n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    if k.to_i64().is_none() {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    }
    Ok(normalize(range_product(&(&n - &k + 1), &(n + 1))))
}

fn comb(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.comb", kw)?;
    check_arity("comb", args, 2, 2)?;
    let (n, k) = (int_arg(&args[0])?, int_arg(&args[1])?);
    check_nk(&n, &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    if k.to_i64().is_none() {
        return Err(overflow_error(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    }
    let num = range_product(&(&n - &k + 1), &(n + 1));
    let den = range_product(&BigInt::one(), &(k + 1));
    Ok(normalize(num / den))
}

fn gcd(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.gcd", kw)?;
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&int_arg(a)?);
    }
    Ok(normalize(g))
}

fn lcm(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.lcm", kw)?;
    let mut l = BigInt::one();
    for a in args {
        let x = int_arg(a)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(normalize(l.abs()))
}

fn isqrt(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.isqrt", kw)?;
    check_arity("math.isqrt", args, 1, 1)?;
    let n = int_arg(&args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(normalize(n.sqrt()))
}

/// The functions of the module, registered once.
static FUNCS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "acos",
        f: acos,
    },
    BuiltinFn {
        name: "acosh",
        f: acosh,
    },
    BuiltinFn {
        name: "asin",
        f: asin,
    },
    BuiltinFn {
        name: "asinh",
        f: asinh,
    },
    BuiltinFn {
        name: "atan",
        f: atan,
    },
    BuiltinFn {
        name: "atan2",
        f: atan2,
    },
    BuiltinFn {
        name: "atanh",
        f: atanh,
    },
    BuiltinFn {
        name: "cbrt",
        f: cbrt,
    },
    BuiltinFn {
        name: "ceil",
        f: ceil,
    },
    BuiltinFn {
        name: "comb",
        f: comb,
    },
    BuiltinFn {
        name: "copysign",
        f: copysign,
    },
    BuiltinFn {
        name: "cos",
        f: cos,
    },
    BuiltinFn {
        name: "cosh",
        f: cosh,
    },
    BuiltinFn {
        name: "degrees",
        f: degrees,
    },
    BuiltinFn {
        name: "dist",
        f: dist,
    },
    BuiltinFn {
        name: "erf",
        f: erf,
    },
    BuiltinFn {
        name: "erfc",
        f: erfc,
    },
    BuiltinFn {
        name: "exp",
        f: exp,
    },
    BuiltinFn {
        name: "exp2",
        f: exp2,
    },
    BuiltinFn {
        name: "expm1",
        f: expm1,
    },
    BuiltinFn {
        name: "fabs",
        f: fabs,
    },
    BuiltinFn {
        name: "factorial",
        f: factorial,
    },
    BuiltinFn {
        name: "floor",
        f: floor,
    },
    BuiltinFn {
        name: "fmod",
        f: fmod,
    },
    BuiltinFn {
        name: "frexp",
        f: frexp,
    },
    BuiltinFn {
        name: "fsum",
        f: fsum,
    },
    BuiltinFn {
        name: "gamma",
        f: gamma,
    },
    BuiltinFn {
        name: "gcd",
        f: gcd,
    },
    BuiltinFn {
        name: "hypot",
        f: hypot,
    },
    BuiltinFn {
        name: "isclose",
        f: isclose,
    },
    BuiltinFn {
        name: "isfinite",
        f: isfinite,
    },
    BuiltinFn {
        name: "isinf",
        f: isinf,
    },
    BuiltinFn {
        name: "isnan",
        f: isnan,
    },
    BuiltinFn {
        name: "isqrt",
        f: isqrt,
    },
    BuiltinFn {
        name: "lcm",
        f: lcm,
    },
    BuiltinFn {
        name: "ldexp",
        f: ldexp,
    },
    BuiltinFn {
        name: "lgamma",
        f: lgamma,
    },
    BuiltinFn {
        name: "log",
        f: log,
    },
    BuiltinFn {
        name: "log10",
        f: log10,
    },
    BuiltinFn {
        name: "log1p",
        f: log1p,
    },
    BuiltinFn {
        name: "log2",
        f: log2,
    },
    BuiltinFn {
        name: "modf",
        f: modf,
    },
    BuiltinFn {
        name: "nextafter",
        f: nextafter,
    },
    BuiltinFn {
        name: "perm",
        f: perm,
    },
    BuiltinFn {
        name: "pow",
        f: pow,
    },
    BuiltinFn {
        name: "prod",
        f: prod,
    },
    BuiltinFn {
        name: "radians",
        f: radians,
    },
    BuiltinFn {
        name: "remainder",
        f: remainder,
    },
    BuiltinFn {
        name: "sin",
        f: sin,
    },
    BuiltinFn {
        name: "sinh",
        f: sinh,
    },
    BuiltinFn {
        name: "sqrt",
        f: sqrt,
    },
    BuiltinFn {
        name: "tan",
        f: tan,
    },
    BuiltinFn {
        name: "tanh",
        f: tanh,
    },
    BuiltinFn {
        name: "trunc",
        f: trunc,
    },
    BuiltinFn {
        name: "ulp",
        f: ulp,
    },
];

/// Builds the `math` module.
pub fn module() -> Rc<Module> {
    let mut attrs: Vec<(&str, Value)> = FUNCS.iter().map(|f| (f.name, Value::Builtin(f))).collect();
    attrs.push(("pi", Value::Float(std::f64::consts::PI)));
    attrs.push(("e", Value::Float(std::f64::consts::E)));
    attrs.push(("tau", Value::Float(std::f64::consts::TAU)));
    attrs.push(("inf", Value::Float(f64::INFINITY)));
    attrs.push(("nan", Value::Float(nan::MATH_NAN)));
    Module::new("math", attrs)
}
