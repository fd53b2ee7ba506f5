//! The trigonometric and hyperbolic functions of `cmath` and their inverses: `cosh`, `sinh`,
//! `tanh`, `acos`, `acosh`, `asinh`, `atanh` computed directly, and `cos`, `sin`, `tan`,
//! `asin`, `atan` through the identities `cos(z) = cosh(iz)`, `sin(z) = -i sinh(iz)`,
//! `tan(z) = -i tanh(iz)`, `asin(z) = -i asinh(iz)`, `atan(z) = -i atanh(iz)`, as CPython
//! does. Finite arguments use CPython's formulas (scaled for huge arguments so nothing
//! overflows early, exact near the branch points); an infinite or NaN part gets the values of
//! C99 Annex G, which CPython follows. Errors as CPython: `ValueError: math domain error`
//! for `cosh`/`sinh`/`tanh` (and so `cos`/`sin`/`tan`) of an infinite imaginary part and for
//! `atanh(±1)`, `OverflowError: math range error` when `cosh`/`sinh` overflow.

use super::cmath::{LARGE, LOG_LARGE, c, c_sqrt, domain, one_arg, range};
use super::math::libm;
use crate::types::complex::PyComplex;
use crate::types::function::{BuiltinFn, Kw};
use crate::value::{PyResult, Value};
use std::f64::consts::{E, FRAC_PI_2, FRAC_PI_4, LN_2, PI};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

/// Either part infinite or NaN: the Annex G special-value cases apply.
fn special(z: PyComplex) -> bool {
    !z.re.is_finite() || !z.im.is_finite()
}

/// `z * i` rotated back: the argument `iz` of the identities.
fn times_i(z: PyComplex) -> PyComplex {
    c(-z.im, z.re)
}

/// `-i * w`: the result side of the identities.
fn times_minus_i(w: PyComplex) -> PyComplex {
    c(w.im, -w.re)
}

/// `1` with the sign of `x` (the direction an infinite part points).
fn unit(x: f64) -> f64 {
    1.0f64.copysign(x)
}

/// `log(hypot(x, y)) + 2 log 2` of halved parts: `log|z| + log 2` without overflow, for huge
/// arguments of the inverse functions.
fn log_abs_twice(z: PyComplex) -> f64 {
    (z.re / 2.0).hypot(z.im / 2.0).ln() + 2.0 * LN_2
}

/// `cosh(z)`.
pub(super) fn c_cosh(z: PyComplex) -> PyResult<PyComplex> {
    if special(z) {
        if z.im.is_infinite() && !z.re.is_nan() {
            return Err(domain());
        }
        return Ok(if z.re.is_infinite() {
            if z.im.is_nan() {
                c(INF, NAN)
            } else if z.im == 0.0 {
                c(INF, 0.0f64.copysign(unit(z.re) * unit(z.im)))
            } else {
                c(
                    INF.copysign(z.im.cos()),
                    unit(z.re) * INF.copysign(z.im.sin()),
                )
            }
        } else if z.im == 0.0 || (z.re == 0.0 && z.im.is_nan()) {
            // NaN real part with a zero imaginary one, or a zero real part with a NaN one.
            c(NAN, 0.0)
        } else {
            c(NAN, NAN)
        });
    }
    finite_hyperbolic(z, f64::cosh, f64::sinh)
}

/// `sinh(z)`.
pub(super) fn c_sinh(z: PyComplex) -> PyResult<PyComplex> {
    if special(z) {
        if z.im.is_infinite() && !z.re.is_nan() {
            return Err(domain());
        }
        return Ok(if z.re.is_infinite() {
            if z.im.is_nan() {
                c(INF, NAN)
            } else if z.im == 0.0 {
                c(z.re, z.im)
            } else {
                c(
                    unit(z.re) * INF.copysign(z.im.cos()),
                    INF.copysign(z.im.sin()),
                )
            }
        } else if z.re.is_nan() && z.im == 0.0 {
            c(NAN, z.im)
        } else if z.re == 0.0 {
            c(0.0, NAN)
        } else {
            c(NAN, NAN)
        });
    }
    finite_hyperbolic(z, f64::sinh, f64::cosh)
}

/// The finite case shared by `cosh` (`with_cos` = cosh, `with_sin` = sinh) and `sinh` (the
/// two swapped): `cos(y)·with_cos(x) + i·sin(y)·with_sin(x)`, scaled by e for large |x| so
/// the result overflows only when it really does (OverflowError then).
fn finite_hyperbolic(
    z: PyComplex,
    with_cos: fn(f64) -> f64,
    with_sin: fn(f64) -> f64,
) -> PyResult<PyComplex> {
    let r = if z.re.abs() > LOG_LARGE {
        let x = z.re - unit(z.re);
        c(z.im.cos() * with_cos(x) * E, z.im.sin() * with_sin(x) * E)
    } else {
        c(z.im.cos() * with_cos(z.re), z.im.sin() * with_sin(z.re))
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `tanh(z)`.
pub(super) fn c_tanh(z: PyComplex) -> PyResult<PyComplex> {
    if special(z) {
        if z.re.is_infinite() {
            let im = if z.im.is_finite() && z.im != 0.0 {
                0.0f64.copysign(2.0 * z.im.sin() * z.im.cos())
            } else if z.im == 0.0 {
                z.im
            } else {
                0.0
            };
            return Ok(c(unit(z.re), im));
        }
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(domain());
        }
        return Ok(if z.re.is_nan() && z.im == 0.0 {
            c(NAN, z.im)
        } else {
            c(NAN, NAN)
        });
    }
    if z.re.abs() > LOG_LARGE {
        return Ok(c(
            unit(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// `acos(z)`.
fn c_acos(z: PyComplex) -> PyComplex {
    if special(z) {
        let im = if z.im.is_nan() {
            INF
        } else {
            -INF.copysign(z.im)
        };
        return if z.re.is_infinite() {
            if z.im.is_nan() {
                c(NAN, INF)
            } else if z.im.is_infinite() {
                c(
                    if z.re < 0.0 {
                        3.0 * FRAC_PI_4
                    } else {
                        FRAC_PI_4
                    },
                    im,
                )
            } else {
                c(if z.re < 0.0 { PI } else { 0.0 }, im)
            }
        } else if z.im.is_infinite() {
            c(if z.re.is_nan() { NAN } else { FRAC_PI_2 }, im)
        } else if z.re == 0.0 {
            c(FRAC_PI_2, NAN)
        } else {
            c(NAN, NAN)
        };
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return c(z.im.abs().atan2(z.re), log_abs_twice(z).copysign(-z.im));
    }
    let s1 = c_sqrt(c(1.0 - z.re, -z.im));
    let s2 = c_sqrt(c(1.0 + z.re, z.im));
    c(
        2.0 * s1.re.atan2(s2.re),
        libm::asinh(s2.re * s1.im - s2.im * s1.re),
    )
}

/// `acosh(z)`.
fn c_acosh(z: PyComplex) -> PyComplex {
    if special(z) {
        return if z.re.is_infinite() {
            if z.im.is_nan() {
                c(INF, NAN)
            } else {
                let angle = match (z.re < 0.0, z.im.is_infinite()) {
                    (true, true) => 3.0 * FRAC_PI_4,
                    (true, false) => PI,
                    (false, true) => FRAC_PI_4,
                    (false, false) => 0.0,
                };
                c(INF, angle.copysign(z.im))
            }
        } else if z.im.is_infinite() {
            if z.re.is_nan() {
                c(INF, NAN)
            } else {
                c(INF, FRAC_PI_2.copysign(z.im))
            }
        } else {
            c(NAN, NAN)
        };
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return c(log_abs_twice(z), z.im.atan2(z.re));
    }
    let s1 = c_sqrt(c(z.re - 1.0, z.im));
    let s2 = c_sqrt(c(z.re + 1.0, z.im));
    c(
        libm::asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    )
}

/// `asinh(z)`.
fn c_asinh(z: PyComplex) -> PyComplex {
    if special(z) {
        return if z.re.is_infinite() {
            let im = if z.im.is_nan() {
                NAN
            } else if z.im.is_infinite() {
                FRAC_PI_4.copysign(z.im)
            } else {
                0.0f64.copysign(z.im)
            };
            c(z.re, im)
        } else if z.im.is_infinite() {
            if z.re.is_nan() {
                c(INF, NAN)
            } else {
                c(INF.copysign(z.re), FRAC_PI_2.copysign(z.im))
            }
        } else if z.re.is_nan() && z.im == 0.0 {
            c(NAN, z.im)
        } else {
            c(NAN, NAN)
        };
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return c(log_abs_twice(z).copysign(z.re), z.im.atan2(z.re.abs()));
    }
    let s1 = c_sqrt(c(1.0 + z.im, -z.re));
    let s2 = c_sqrt(c(1.0 - z.im, z.re));
    c(
        libm::asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    )
}

/// `atanh(z)`; `atanh(±1)` is a domain error.
fn c_atanh(z: PyComplex) -> PyResult<PyComplex> {
    if special(z) {
        return Ok(if z.re.is_infinite() || z.im.is_infinite() {
            let re = if z.re.is_nan() {
                0.0
            } else {
                0.0f64.copysign(z.re)
            };
            let im = if z.im.is_nan() {
                NAN
            } else {
                FRAC_PI_2.copysign(z.im)
            };
            c(re, im)
        } else if z.re == 0.0 {
            c(z.re, NAN)
        } else {
            c(NAN, NAN)
        });
    }
    // atanh is odd: work with a non-negative real part.
    if z.re < 0.0 {
        let r = c_atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let ay = z.im.abs();
    let sqrt_large = LARGE.sqrt();
    if z.re > sqrt_large || ay > sqrt_large {
        // Far from the origin: atanh(z) ~ 1/z + i pi/2 sign(im).
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(c(z.re / 4.0 / h / h, -FRAC_PI_2.copysign(-z.im)));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(domain());
        }
        return Ok(c(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    let one_minus = 1.0 - z.re;
    Ok(c(
        (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

fn ret(z: PyComplex) -> PyResult<Value> {
    Ok(Value::complex(z))
}

fn cosh(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_cosh(one_arg("cosh", args, kw)?)?)
}

fn sinh(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_sinh(one_arg("sinh", args, kw)?)?)
}

fn tanh(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_tanh(one_arg("tanh", args, kw)?)?)
}

fn cos(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_cosh(times_i(one_arg("cos", args, kw)?))?)
}

fn sin(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(times_minus_i(c_sinh(times_i(one_arg("sin", args, kw)?))?))
}

fn tan(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(times_minus_i(c_tanh(times_i(one_arg("tan", args, kw)?))?))
}

fn acos(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_acos(one_arg("acos", args, kw)?))
}

fn acosh(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_acosh(one_arg("acosh", args, kw)?))
}

fn asinh(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_asinh(one_arg("asinh", args, kw)?))
}

fn asin(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(times_minus_i(c_asinh(times_i(one_arg("asin", args, kw)?))))
}

fn atanh(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(c_atanh(one_arg("atanh", args, kw)?)?)
}

fn atan(args: &[Value], kw: Kw) -> PyResult<Value> {
    ret(times_minus_i(c_atanh(times_i(one_arg("atan", args, kw)?))?))
}

/// The functions of this file, for `cmath`'s attribute table.
pub static FUNCS: &[BuiltinFn] = &[
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
        name: "atanh",
        f: atanh,
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
        name: "sin",
        f: sin,
    },
    BuiltinFn {
        name: "sinh",
        f: sinh,
    },
    BuiltinFn {
        name: "tan",
        f: tan,
    },
    BuiltinFn {
        name: "tanh",
        f: tanh,
    },
];
