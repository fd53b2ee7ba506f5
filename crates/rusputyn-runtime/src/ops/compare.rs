//! Comparisons: `==`/`!=` with Python's numeric equality across `bool`/`int`/`float`,
//! ordering of numbers, strings and sequences (lexicographic, element-wise `==` first), set
//! inclusion, `in`, and the reflected-dunder fallback for instances.

use super::dunder::rich_compare_dunder;
use crate::err::type_error;
use crate::types::bytearray::buffer;
use crate::types::int;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use std::cmp::Ordering;

/// A comparison operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// Every comparison operator.
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Gt,
        CmpOp::Ge,
    ];

    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }

    /// `(__op__)` name.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// `hash_str(self.dunder())`, computed at compile time.
    pub fn dunder_hash(self) -> i64 {
        use crate::hash::hash_ascii;
        const HASHES: [i64; 6] = [
            hash_ascii("__eq__"),
            hash_ascii("__ne__"),
            hash_ascii("__lt__"),
            hash_ascii("__le__"),
            hash_ascii("__gt__"),
            hash_ascii("__ge__"),
        ];
        HASHES[self as usize]
    }

    #[inline]
    fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

/// Exact comparison of an integer with a float (no rounding of big ints), `None` for NaN.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = num_bigint::BigInt::from(fl as i128);
    let fb = if fl.abs() < 1.7e38 {
        fb
    } else {
        num_traits::FromPrimitive::from_f64(fl).unwrap_or(fb)
    };
    match i.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// Ordering of two numbers (`None` when unordered, e.g. NaN, or not both numbers).
fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Bool(_) | Int(_) | BigInt(_), Bool(_) | Int(_) | BigInt(_)) => {
            Some(int::as_big(a)?.cmp(&int::as_big(b)?))
        }
        (Bool(_) | Int(_) | BigInt(_), Float(f)) => match a {
            Int(x) if x.unsigned_abs() < (1 << 53) => (*x as f64).partial_cmp(f),
            _ => cmp_int_float(&*int::as_big(a)?, *f),
        },
        (Float(f), Bool(_) | Int(_) | BigInt(_)) => match b {
            Int(y) if y.unsigned_abs() < (1 << 53) => f.partial_cmp(&(*y as f64)),
            _ => cmp_int_float(&*int::as_big(b)?, *f).map(Ordering::reverse),
        },
        _ => return Option::None,
    })
}

/// `a == b`.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x == y),
        (Value::Str(x), Value::Str(y)) => Ok(std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        _ => compare(a, b, CmpOp::Eq),
    }
}

/// Equality for dict keys and set members: `is` first, then `==` (builtin semantics; an
/// exception inside a user `__eq__` counts as unequal here).
pub fn key_eq(a: &Value, b: &Value) -> bool {
    super::is(a, b) || eq(a, b).unwrap_or(false)
}

fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.snapshot()),
        Value::Tuple(t) => Some(t.items().to_vec()),
        _ => None,
    }
}

fn seq_compare(x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(op == CmpOp::Ne);
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !(super::is(p, q) || eq(p, q)?) {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => compare(p, q, op),
            };
        }
    }
    Ok(op.test(x.len().cmp(&y.len())))
}

fn view_is_setlike(v: &Value) -> bool {
    match v {
        Value::DictView(dv) => dv.kind != crate::types::iter::DictIterKind::Values,
        _ => true,
    }
}

/// `a <op> b` as a bool; small ints and floats are compared inline.
#[inline]
pub fn compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(op.test(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Ok(match x.partial_cmp(y) {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        }),
        _ => compare_slow(a, b, op),
    }
}

#[inline(never)]
pub(crate) fn compare_slow(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return match rich_compare_dunder(a, b, op)? {
            Some(r) => r.truthy(),
            None => default_compare(a, b, op),
        };
    }
    match builtin_compare(a, b, op)? {
        Some(r) => Ok(r),
        None => default_compare(a, b, op),
    }
}

/// The comparison of two built-in values by their types' own rules; `None` when those types
/// do not compare (`NotImplemented` both ways).
pub fn builtin_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let Some(o) = num_cmp(a, b) {
        return Ok(Some(match o {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        }));
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne)
        && let Some(same) = crate::types::complex::eq(a, b)?
    {
        return Ok(Some(same == (op == CmpOp::Eq)));
    }
    let r = match (a, b) {
        (Value::Str(x), Value::Str(y)) => op.test(x.as_str().cmp(y.as_str())),
        (Value::Bytes(x), Value::Bytes(y)) => op.test(x.cmp(y)),
        (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
            let (x, y) = (buffer(a).unwrap_or_default(), buffer(b).unwrap_or_default());
            op.test(x.cmp(&y))
        }
        (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
            let (x, y) = (
                seq_items(a).unwrap_or_default(),
                seq_items(b).unwrap_or_default(),
            );
            seq_compare(&x, &y, op)?
        }
        (Value::None, Value::None)
        | (Value::Ellipsis, Value::Ellipsis)
        | (Value::NotImplemented, Value::NotImplemented)
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            op == CmpOp::Eq
        }
        (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let equal = x.len() == y.len() && {
                let mut all = true;
                for (k, v) in x.items() {
                    match y.get(&k)? {
                        Some(w) if super::is(&v, &w) || eq(&v, &w)? => {}
                        _ => {
                            all = false;
                            break;
                        }
                    }
                }
                all
            };
            equal == (op == CmpOp::Eq)
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
            crate::types::set_methods::set_compare(a, b, op)?
        }
        (Value::DictView(_), Value::DictView(_) | Value::Set(_) | Value::FrozenSet(_))
        | (Value::Set(_) | Value::FrozenSet(_), Value::DictView(_))
            if view_is_setlike(a) && view_is_setlike(b) =>
        {
            let as_set = |v: &Value| -> PyResult<Value> {
                Ok(match v {
                    Value::DictView(dv) => Value::Set(std::rc::Rc::new(
                        crate::types::set::PySet::from_values(dv.items())?,
                    )),
                    other => other.clone(),
                })
            };
            crate::types::set_methods::set_compare(&as_set(a)?, &as_set(b)?, op)?
        }
        // Slices compare as the tuples `(start, stop, step)` (CPython's `slice_richcompare`).
        (Value::Slice(x), Value::Slice(y)) => {
            let t = |s: &crate::types::slice::PySlice| {
                [s.start.clone(), s.stop.clone(), s.step.clone()]
            };
            seq_compare(&t(x), &t(y), op)?
        }
        (Value::BoundMethod(x), Value::BoundMethod(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = crate::types::function_attrs::bound_method_eq(x, y);
            same == (op == CmpOp::Eq)
        }
        (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            x.same_as(y) == (op == CmpOp::Eq)
        }
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// What `a <op> b` gives when neither operand implements it: identity for `==`/`!=`, else
/// CPython's "not supported" error.
fn default_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    match op {
        CmpOp::Eq => Ok(super::is(a, b)),
        CmpOp::Ne => Ok(!super::is(a, b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

/// `a <op> b` as a Python value (instances may return anything from `__eq__` & co).
#[inline]
pub fn compare_value(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        return match rich_compare_dunder(a, b, op)? {
            Some(r) => Ok(r),
            None => default_compare(a, b, op).map(Value::Bool),
        };
    }
    compare(a, b, op).map(Value::Bool)
}

/// `needle in haystack`.
pub fn contains(haystack: &Value, needle: &Value) -> PyResult<bool> {
    match haystack {
        Value::Str(s) => match crate::types::object::base::view(needle).unwrap_or(needle) {
            Value::Str(n) => Ok(s.as_str().contains(n.as_str())),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                needle.type_name()
            ))),
        },
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = buffer(haystack).unwrap_or_default();
            if let Value::Int(_) | Value::BigInt(_) | Value::Bool(_) = needle {
                let i = super::index_of(needle).unwrap_or(-1);
                return match u8::try_from(i) {
                    Ok(byte) => Ok(b.contains(&byte)),
                    Err(_) => Err(crate::err::value_error("byte must be in range(0, 256)")),
                };
            }
            match buffer(needle) {
                Some(n) => Ok(n.is_empty() || b.windows(n.len()).any(|w| w == &n[..])),
                None => Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    needle.type_name()
                ))),
            }
        }
        Value::List(l) => {
            let items = l.snapshot();
            for x in &items {
                if super::is(x, needle) || eq(x, needle)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.items() {
                if super::is(x, needle) || eq(x, needle)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) => d.contains(needle),
        Value::Set(s) | Value::FrozenSet(s) => s.contains(needle),
        Value::Range(r) => match needle {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(r.contains_int(needle)),
            // An integral float equals exactly one int: test that one.
            Value::Float(f) if f.is_finite() && f.fract() == 0.0 => {
                let i: BigInt = num_traits::FromPrimitive::from_f64(*f).unwrap_or_default();
                Ok(r.contains_int(&crate::types::int::normalize(i)))
            }
            Value::Float(_) => Ok(false),
            _ => {
                let it = crate::types::iter::iter(haystack)?;
                while let Some(x) = crate::types::iter::next(&it)? {
                    if eq(&x, needle)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Value::Instance(_) => crate::types::object::instance_contains(haystack, needle),
        Value::Class(_)
            if crate::types::class::meta::has_dunder(haystack, "__contains__")
                || crate::types::class::meta::has_dunder(haystack, "__iter__") =>
        {
            crate::types::object::instance_contains(haystack, needle)
        }
        Value::DictView(dv) => dv.contains(needle),
        Value::Iter(_) | Value::Generator(_) => {
            while let Some(x) = crate::types::iter::next(haystack)? {
                if super::is(&x, needle) || eq(&x, needle)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            haystack.type_name()
        ))),
    }
}

impl Value {
    /// `bool(v)`.
    pub fn truthy(&self) -> PyResult<bool> {
        super::truthy(self)
    }
}
