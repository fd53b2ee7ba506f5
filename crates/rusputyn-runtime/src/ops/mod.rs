//! Python's operators on [`Value`]s: arithmetic, comparison, subscripting, truth, identity,
//! `repr`/`str`. Compiled code calls these for every operation whose operand types it could
//! not prove.

mod arith;
mod compare;
mod dunder;
mod fast;
mod repr;
mod subscript;

pub use arith::{
    BinOp, abs, binop, dispatch as binop_dispatch, float_pow, inplace, invert, neg, pos,
};
pub use compare::{CmpOp, builtin_compare, compare, compare_value, contains, eq, key_eq};
pub use dunder::{BuiltinOp, binary_dispatch};
pub use fast::{
    Arg, add, compare_v, eq_bool, floordiv, ge, gt, le, len_value, lt, mul, ne, rem, sub, truediv,
    truth,
};
pub use repr::{
    ascii_of, guarded as repr_guarded, is_printable, repr_bytearray, repr_bytes, repr_of, repr_str,
    str_of,
};
pub use subscript::{delitem, getitem, no_item_deletion, norm_index, setitem, slice};

use crate::err::type_error;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// `bool(v)`.
#[inline]
pub fn truthy(v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::None => Ok(false),
        _ => truthy_slow(v),
    }
}

#[inline(never)]
fn truthy_slow(v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => *f != 0.0,
        Value::Complex(z) => !z.is_zero(),
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::ByteArray(b) => !b.is_empty(),
        Value::List(l) => !l.is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::DictView(dv) => !dv.dict.is_empty(),
        Value::Instance(_) => return crate::types::object::instance_truthy(v),
        Value::Class(_)
            if crate::types::class::meta::has_dunder(v, "__bool__")
                || crate::types::class::meta::has_dunder(v, "__len__") =>
        {
            return crate::types::object::instance_truthy(v);
        }
        _ => true,
    })
}

/// The address-like identity of a value (`id()`); immutable scalars get a stable identity
/// derived from their value.
pub fn id_of(v: &Value) -> u64 {
    fn p<T: ?Sized>(r: &Rc<T>) -> u64 {
        Rc::as_ptr(r) as *const u8 as u64
    }
    match v {
        Value::None => 0x9e3779b9,
        Value::Bool(b) => 0x1000 + *b as u64,
        Value::Int(i) => 0x7f00_0000_0000 ^ (*i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15),
        Value::Float(f) => 0x7e00_0000_0000 ^ f.to_bits(),
        Value::Complex(z) => 0x7d00_0000_0000 ^ z.re.to_bits() ^ z.im.to_bits().rotate_left(17),
        Value::BigInt(r) => p(r),
        Value::Str(r) => p(r),
        Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as u64,
        Value::ByteArray(r) => p(r),
        Value::List(r) => p(r),
        Value::Tuple(r) => p(r),
        Value::Dict(r) => p(r),
        Value::Set(r) | Value::FrozenSet(r) => p(r),
        Value::Range(r) => p(r),
        Value::Slice(r) => p(r),
        Value::Function(r) => p(r),
        Value::Builtin(b) => *b as *const _ as u64,
        Value::BoundMethod(r) => p(r),
        Value::Class(r) => p(r),
        Value::Instance(r) => p(r),
        Value::Module(r) => p(r),
        Value::Iter(r) => p(r),
        Value::Generator(r) => p(r),
        Value::DictView(r) => p(r),
        Value::Ellipsis => 0x2000,
        Value::NotImplemented => 0x3000,
    }
}

/// `a is b`.
pub fn is(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None)
        | (Value::Ellipsis, Value::Ellipsis)
        | (Value::NotImplemented, Value::NotImplemented) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        // CPython caches small ints; equal ints are reported identical here.
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Complex(x), Value::Complex(y)) => {
            x.re.to_bits() == y.re.to_bits() && x.im.to_bits() == y.im.to_bits()
        }
        (Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None, _) => false,
        _ => id_of(a) == id_of(b) && std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

/// `operator.index(v)` (CPython's `PyNumber_Index`): `v` itself if it is an `int` (a `bool`
/// becomes a plain `int`), else the `int` its `__index__` returns.
pub fn number_index(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        // An `int` subclass instance is its value (its own `__index__` is not consulted).
        Value::Instance(i) if let Some(b @ (Value::Int(_) | Value::BigInt(_))) = &i.base => {
            Ok(b.clone())
        }
        Value::Instance(_) => match crate::types::object::call_dunder_opt(v, "__index__", &[])? {
            Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
            Some(Value::Bool(b)) => Ok(Value::Int(b as i64)),
            Some(other) => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                other.type_name()
            ))),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        },
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// `operator.index(v)`: an `int` for use as an index.
pub fn index_of(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(crate::err::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        // `__index__` must return an `int` (CPython's `PyNumber_Index`).
        Value::Instance(_) => index_of(&number_index(v)?),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))),
    }
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Range(r) => r.len()?,
        Value::DictView(dv) => dv.dict.len(),
        Value::Instance(_) => return crate::types::object::instance_len(v),
        Value::Class(_) if crate::types::class::meta::has_dunder(v, "__len__") => {
            return crate::types::object::instance_len(v);
        }
        _ => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                v.type_name()
            )));
        }
    })
}
