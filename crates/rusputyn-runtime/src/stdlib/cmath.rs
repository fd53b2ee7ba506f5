//! The `cmath` module: `sqrt`, `exp`, `log`, `log10`, `phase`, `polar`, `rect`,
//! `isclose`, `isfinite`, `isinf`, `isnan` (the trigonometric and hyperbolic functions are in
//! `cmath_trig.rs`) and the constants `pi`, `e`, `tau`, `inf`,
//! `infj`, `nan`, `nanj` (Python docs, "cmath — Mathematical functions for complex
//! numbers"). Finite arguments follow CPython's algorithms (scaling to avoid spurious
//! overflow and underflow); infinities and NaNs get the C99 Annex G values, and CPython's
//! `ValueError: math domain error` / `OverflowError: math range error`.

use crate::err::{PyErr, overflow_error, value_error};
use crate::types::complex::{PyComplex, coerce};
use crate::types::function::{BuiltinFn, Kw, check_arity, no_kwargs};
use crate::types::module::Module;
use crate::types::nan;
use crate::value::{PyResult, Value};
use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LN_2, LN_10, PI};
use std::rc::Rc;

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;
/// `DBL_MAX / 4`: beyond this, intermediate results may overflow.
pub(super) const LARGE: f64 = f64::MAX / 4.0;
/// `log(DBL_MAX / 4)`.
pub(super) const LOG_LARGE: f64 = 709.0895657128241;

pub(super) fn domain() -> PyErr {
    value_error("math domain error")
}

pub(super) fn range() -> PyErr {
    overflow_error("math range error")
}

pub(super) fn c(re: f64, im: f64) -> PyComplex {
    PyComplex::new(re, im)
}

/// The one argument of `cmath.<name>(z)`, as a complex number, with CPython's messages.
pub(super) fn one_arg(name: &str, args: &[Value], kw: Kw) -> PyResult<PyComplex> {
    if !kw.is_empty() || args.len() != 1 {
        let qual = format!("cmath.{name}");
        no_kwargs(&qual, kw)?;
        check_arity(&qual, args, 1, 1)?;
    }
    coerce(&args[0])
}

fn ret(z: PyComplex) -> PyResult<Value> {
    Ok(Value::complex(z))
}

/// `sqrt(z)` (CPython's `cmath_sqrt_impl` for finite `z`; Annex G otherwise).
pub(super) fn c_sqrt(z: PyComplex) -> PyComplex {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.im.is_infinite() {
            return c(INF, z.im);
        }
        if z.re == -INF {
            return if z.im.is_nan() {
                c(NAN, INF)
            } else {
                c(0.0, INF.copysign(z.im))
            };
        }
        if z.re == INF {
            return if z.im.is_nan() {
                c(INF, NAN)
            } else {
                c(INF, 0.0f64.copysign(z.im))
            };
        }
        return c(NAN, NAN);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up by 2**53, back down by 2**-27.
        ax = crate::types::float::ldexp(ax, 53);
        crate::types::float::ldexp(
            (ax + ax.hypot(crate::types::float::ldexp(ay, 53))).sqrt(),
            -27,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    }
}

/// `exp(z)`: errors as CPython's `cmath_exp_impl`.
fn c_exp(z: PyComplex) -> PyResult<PyComplex> {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(0.0f64.copysign(z.im.cos()), 0.0f64.copysign(z.im.sin()))
            }
        } else if z.re.is_nan() {
            if z.im == 0.0 {
                c(NAN, z.im)
            } else {
                c(NAN, NAN)
            }
        } else if z.re == INF {
            if z.im == 0.0 {
                c(INF, z.im)
            } else {
                c(INF, NAN)
            }
        } else if z.re == -INF {
            c(0.0, if z.im == 0.0 { z.im } else { 0.0 })
        } else {
            c(NAN, NAN)
        };
        if z.im.is_infinite() && (z.re.is_finite() || z.re == INF) {
            return Err(domain());
        }
        return Ok(r);
    }
    let r = if z.re > LOG_LARGE {
        let l = (z.re - 1.0).exp();
        c(
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `log(z)` (CPython's `c_log`): the real part avoids overflow for huge `z`, precision loss
/// near `|z| = 1` and underflow for tiny `z`; `log(0)` is a domain error.
fn c_log(z: PyComplex) -> PyResult<PyComplex> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() || z.im.is_infinite() {
            let im = if z.im.is_nan() || z.re.is_nan() {
                NAN
            } else if z.re.is_infinite() && z.im.is_infinite() {
                (if z.re > 0.0 {
                    FRAC_PI_4
                } else {
                    3.0 * FRAC_PI_4
                })
                .copysign(z.im)
            } else if z.im.is_infinite() {
                FRAC_PI_2.copysign(z.im)
            } else if z.re > 0.0 {
                0.0f64.copysign(z.im)
            } else {
                PI.copysign(z.im)
            };
            return Ok(c(INF, im));
        }
        return Ok(c(NAN, NAN));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let up = |x: f64| crate::types::float::ldexp(x, 53);
            up(ax).hypot(up(ay)).ln() - 53.0 * LN_2
        } else {
            return Err(domain());
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

fn sqrt(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_sqrt(one_arg("sqrt", args, kw)?))
}

fn exp(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_exp(one_arg("exp", args, kw)?)?)
}

fn log(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("cmath.log", kw)?;
    check_arity("log", args, 1, 2)?;
    let x = c_log(coerce(&args[0])?)?;
    match args.get(1) {
        None => ret(x),
        Some(base) => {
            let b = c_log(coerce(base)?)?;
            ret(x.quot(b).ok_or_else(domain)?)
        }
    }
}

fn log10(args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = c_log(one_arg("log10", args, kw)?)?;
    ret(c(z.re / LN_10, z.im / LN_10))
}

fn phase(args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = one_arg("phase", args, kw)?;
    Ok(nan::float(z.im.atan2(z.re)))
}

fn polar(args: &[Value], kw: Kw) -> PyResult<Value> {
    let z = one_arg("polar", args, kw)?;
    let r = z.abs().map_err(|_| range())?;
    Ok(Value::tuple(vec![
        nan::float(r),
        nan::float(z.im.atan2(z.re)),
    ]))
}

fn rect(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("cmath.rect", kw)?;
    check_arity("rect", args, 2, 2)?;
    let r = crate::stdlib::math::float_arg(&args[0])?;
    let phi = crate::stdlib::math::float_arg(&args[1])?;
    if !r.is_finite() || !phi.is_finite() {
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(domain());
        }
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let s = if r > 0.0 { 1.0 } else { -1.0 };
            c(s * INF.copysign(phi.cos()), s * INF.copysign(phi.sin()))
        } else if r.is_infinite() && phi == 0.0 {
            c(r, if r > 0.0 { phi } else { -phi })
        } else if r == 0.0 {
            // 0 * cis(nan or inf): a zero whose imaginary sign is unknowable.
            c(0.0, 0.0)
        } else if r.is_infinite() {
            c(INF, NAN)
        } else if r.is_nan() && phi == 0.0 {
            c(NAN, 0.0)
        } else {
            c(NAN, NAN)
        };
        return ret(z);
    }
    if phi == 0.0 {
        return ret(c(r, r * phi));
    }
    ret(c(r * phi.cos(), r * phi.sin()))
}

fn predicate(name: &str, args: &[Value], kw: Kw, f: fn(f64) -> bool, any: bool) -> PyResult<Value> {
    let z = one_arg(name, args, kw)?;
    Ok(Value::Bool(if any {
        f(z.re) || f(z.im)
    } else {
        f(z.re) && f(z.im)
    }))
}

fn isfinite(args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isfinite", args, kw, f64::is_finite, false)
}

fn isinf(args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isinf", args, kw, f64::is_infinite, true)
}

fn isnan(args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate("isnan", args, kw, f64::is_nan, true)
}

fn isclose(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b, rel, abs) = crate::stdlib::math::isclose_args(args, kw)?;
    let (a, b) = (coerce(a)?, coerce(b)?);
    if a == b {
        return Ok(Value::Bool(true));
    }
    let inf = |z: PyComplex| z.re.is_infinite() || z.im.is_infinite();
    if inf(a) || inf(b) {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs()?;
    Ok(Value::Bool(
        diff <= rel * b.abs()? || diff <= rel * a.abs()? || diff <= abs,
    ))
}

static FUNCS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "sqrt",
        f: sqrt,
    },
    BuiltinFn {
        name: "exp",
        f: exp,
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
        name: "phase",
        f: phase,
    },
    BuiltinFn {
        name: "polar",
        f: polar,
    },
    BuiltinFn {
        name: "rect",
        f: rect,
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
        name: "isclose",
        f: isclose,
    },
];

/// Builds the `cmath` module.
pub fn module() -> Rc<Module> {
    let mut attrs: Vec<(&str, Value)> = FUNCS
        .iter()
        .chain(super::cmath_trig::FUNCS)
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    attrs.push(("pi", Value::Float(PI)));
    attrs.push(("e", Value::Float(std::f64::consts::E)));
    attrs.push(("tau", Value::Float(std::f64::consts::TAU)));
    attrs.push(("inf", Value::Float(INF)));
    attrs.push(("nan", Value::Float(nan::CMATH_NAN)));
    attrs.push(("infj", Value::complex(c(0.0, INF))));
    attrs.push(("nanj", Value::complex(c(0.0, NAN))));
    Module::new("cmath", attrs)
}
