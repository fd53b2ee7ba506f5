//! Specialised entry points compiled code calls for the commonest operators: `+ - * % // /`
//! and the six comparisons. Each handles small ints and floats inline and hands everything
//! else to the general dispatch out of line. Operands are [`Arg`]s: a borrowed local
//! (`&Value`) or an owned temporary (`Value`), so no reference count is touched for a
//! borrowed operand and no drop glue runs for a scalar temporary.

use super::arith::{BinOp, binop_slow};
use super::compare::{CmpOp, compare_slow, compare_value};
use crate::types::str::PyStr;
use crate::types::{float, nan};
use crate::value::{PyResult, Value};

/// An operand: an owned `Value` or a borrowed `&Value`.
pub trait Arg: Sized {
    /// The operand's value.
    fn val(&self) -> &Value;
}

impl Arg for Value {
    #[inline(always)]
    fn val(&self) -> &Value {
        self
    }
}

impl Arg for &Value {
    #[inline(always)]
    fn val(&self) -> &Value {
        self
    }
}

/// Consumes two scalar operands without running their drop glue (they own no heap memory:
/// only called once both were matched as `Int` or `Float`) and returns `r`.
#[inline(always)]
fn done<A: Arg, B: Arg, T>(a: A, b: B, r: T) -> T {
    std::mem::forget(a);
    std::mem::forget(b);
    r
}

/// Two numbers as floats when at least one is a float and the other a float or a small
/// int: Python converts the int (rounded to nearest, ties to even, as `PyLong_AsDouble`
/// does for every `i64`, and as `as f64` does).
#[inline(always)]
fn float_pair(a: &Value, b: &Value) -> Option<(f64, f64)> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some((*x, *y)),
        (Value::Int(x), Value::Float(y)) => Some((*x as f64, *y)),
        (Value::Float(x), Value::Int(y)) => Some((*x, *y as f64)),
        _ => None,
    }
}

/// [`float_pair`] for comparisons, which Python makes exactly: only ints up to 2**53, which
/// convert to float without rounding.
#[inline(always)]
fn exact_float_pair(a: &Value, b: &Value) -> Option<(f64, f64)> {
    const EXACT: u64 = 1 << 53;
    match (a, b) {
        (Value::Int(x), _) if x.unsigned_abs() > EXACT => None,
        (_, Value::Int(y)) if y.unsigned_abs() > EXACT => None,
        _ => float_pair(a, b),
    }
}

macro_rules! arith {
    ($(#[$doc:meta])* $name:ident, $op:ident, |$x:ident, $y:ident| int $int:expr, float $flt:expr) => {
        $(#[$doc])*
        #[inline(always)]
        pub fn $name<A: Arg, B: Arg>(a: A, b: B) -> PyResult<Value> {
            match (a.val(), b.val()) {
                (Value::Int($x), Value::Int($y)) => {
                    let ($x, $y) = (*$x, *$y);
                    let r: Option<Value> = $int;
                    if let Some(r) = r {
                        return Ok(done(a, b, r));
                    }
                }
                (x, y) => {
                    if let Some(($x, $y)) = float_pair(x, y) {
                        let r: PyResult<Value> = $flt;
                        return done(a, b, r);
                    }
                }
            }
            binop_slow(BinOp::$op, a.val(), b.val())
        }
    };
}

/// `a + b`: small ints and floats inline; two exact `str`s are concatenated directly.
#[inline(always)]
pub fn add<A: Arg, B: Arg>(a: A, b: B) -> PyResult<Value> {
    match (a.val(), b.val()) {
        (Value::Int(x), Value::Int(y)) => {
            if let Some(r) = x.checked_add(*y) {
                return Ok(done(a, b, Value::Int(r)));
            }
        }
        (Value::Str(x), Value::Str(y)) => return Ok(concat(x, y)),
        (x, y) => {
            if let Some((x, y)) = float_pair(x, y) {
                return Ok(done(a, b, nan::float(x + y)));
            }
        }
    }
    binop_slow(BinOp::Add, a.val(), b.val())
}

#[inline(never)]
fn concat(x: &PyStr, y: &PyStr) -> Value {
    Value::Str(std::rc::Rc::new(PyStr::concat(x, y)))
}
arith!(
    /// `a - b`.
    sub, Sub, |x, y| int x.checked_sub(y).map(Value::Int), float Ok(nan::float(x - y))
);
arith!(
    /// `a * b`.
    mul, Mul, |x, y| int x.checked_mul(y).map(Value::Int), float Ok(nan::float(x * y))
);
arith!(
    /// `a % b` (Python's modulo agrees with Euclid's for a positive divisor).
    rem, Mod, |x, y| int (y > 0).then(|| Value::Int(x.rem_euclid(y))),
    float float::modulo(x, y).map(nan::float)
);
arith!(
    /// `a // b`.
    floordiv, FloorDiv, |x, y| int (y > 0).then(|| Value::Int(x.div_euclid(y))),
    float float::floordiv(x, y).map(nan::float)
);
arith!(
    /// `a / b` (ints exactly representable as floats are divided as floats, as CPython does).
    truediv, TrueDiv,
    |x, y| int (y != 0 && x.unsigned_abs() <= (1 << 53) && y.unsigned_abs() <= (1 << 53))
        .then(|| Value::Float(x as f64 / y as f64)),
    float float::truediv(x, y).map(nan::float)
);

macro_rules! cmp {
    ($(#[$doc:meta])* $name:ident, $op:ident, $rop:tt) => {
        $(#[$doc])*
        #[inline(always)]
        pub fn $name<A: Arg, B: Arg>(a: A, b: B) -> PyResult<bool> {
            match (a.val(), b.val()) {
                (Value::Int(x), Value::Int(y)) => {
                    let r = *x $rop *y;
                    return Ok(done(a, b, r));
                }
                (x, y) => {
                    // IEEE comparison: NaN is unordered, only `!=` holds (as in Python).
                    if let Some((x, y)) = exact_float_pair(x, y) {
                        return Ok(done(a, b, x $rop y));
                    }
                }
            }
            compare_slow(a.val(), b.val(), CmpOp::$op)
        }
    };
}

cmp!(
    /// `a < b` as a condition.
    lt, Lt, <
);
cmp!(
    /// `a <= b` as a condition.
    le, Le, <=
);
cmp!(
    /// `a > b` as a condition.
    gt, Gt, >
);
cmp!(
    /// `a >= b` as a condition.
    ge, Ge, >=
);
cmp!(
    /// `a == b` as a condition.
    eq_bool, Eq, ==
);
cmp!(
    /// `a != b` as a condition.
    ne, Ne, !=
);

/// `a <op> b` as a value (a rich comparison may return any object); small ints and floats
/// are compared inline.
#[inline(always)]
pub fn compare_v<A: Arg, B: Arg>(a: A, b: B, op: CmpOp) -> PyResult<Value> {
    if matches!(
        (a.val(), b.val()),
        (Value::Int(_), Value::Int(_)) | (Value::Float(_), Value::Float(_))
    ) {
        let r = super::compare::compare(a.val(), b.val(), op);
        return done(a, b, r).map(Value::Bool);
    }
    cmp_value_slow(a.val(), b.val(), op)
}

#[cold]
#[inline(never)]
fn cmp_value_slow(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    compare_value(a, b, op)
}

/// `len(a)` when `len` is the unshadowed built-in: exact lists, strs, tuples and dicts inline.
#[inline(always)]
pub fn len_value<A: Arg>(a: A) -> PyResult<Value> {
    let n = match a.val() {
        Value::List(l) => l.len(),
        Value::Str(s) => s.char_len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.len(),
        v => super::len(v)?,
    };
    Ok(Value::Int(n as i64))
}

/// `bool(a)` of an operand (a borrowed local or an owned temporary, whose scalar cases need
/// no drop call).
#[inline(always)]
pub fn truth<A: Arg>(a: A) -> PyResult<bool> {
    let r = match a.val() {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::None => false,
        _ => return super::truthy(a.val()),
    };
    std::mem::forget(a);
    Ok(r)
}

/// A copy of `v` with its scalar cases inline (`Value::clone`'s match is not always inlined).
#[inline(always)]
pub(crate) fn dup(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Bool(b) => Value::Bool(*b),
        Value::Float(f) => Value::Float(*f),
        Value::None => Value::None,
        _ => v.clone(),
    }
}
