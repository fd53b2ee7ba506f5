//! Methods of `int` and `float`.

use crate::types::function::{Kw, check_arity};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The `int` method table.
pub static INT_METHODS: &[MethodEntry] = &[("bit_length", bit_length)];

/// The `float` method table.
pub static FLOAT_METHODS: &[MethodEntry] = &[("is_integer", is_integer)];

fn bit_length(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("bit_length", args, 0, 0)?;
    Ok(Value::Int(match v {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

fn is_integer(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("is_integer", args, 0, 0)?;
    Ok(Value::Bool(matches!(v, Value::Float(f) if f.is_finite() && f.fract() == 0.0)))
}
