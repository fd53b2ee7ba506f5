//! Operator fallbacks to Python-level special methods on instances (`__add__`/`__radd__`,
//! `__eq__`/reflected comparisons, `__neg__`, ...), following the data model's rules for
//! `NotImplemented` and reflected operands.

use super::compare::CmpOp;
use crate::err::type_error;
use crate::types::object::call_dunder_opt;
use crate::value::{PyResult, Value};

/// Tries `a.__op__(b)` then `b.__rop__(a)`; `None` when both are missing or return
/// `NotImplemented`.
pub fn binary_dunder(a: &Value, b: &Value, op: &str, rop: &str) -> PyResult<Option<Value>> {
    if let Some(r) = call_dunder_opt(a, op, std::slice::from_ref(b))?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(Some(r));
    }
    if let Some(r) = call_dunder_opt(b, rop, std::slice::from_ref(a))?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(Some(r));
    }
    Ok(None)
}

/// Tries `a.__op__(b)` then the reflection `b.__swapped_op__(a)`; `__ne__` falls back to
/// negating `__eq__`.
pub fn rich_compare_dunder(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if let Some(r) = call_dunder_opt(a, op.dunder(), std::slice::from_ref(b))?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(Some(r));
    }
    if let Some(r) = call_dunder_opt(b, op.swapped().dunder(), std::slice::from_ref(a))?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(Some(r));
    }
    if op == CmpOp::Ne
        && let Some(r) = call_dunder_opt(a, "__eq__", std::slice::from_ref(b))?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(Some(Value::Bool(!r.truthy()?)));
    }
    Ok(None)
}

/// Calls a unary special method or raises CPython's "bad operand type" error.
pub fn unary_dunder(v: &Value, name: &str, symbol: &str) -> PyResult<Value> {
    match call_dunder_opt(v, name, &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "bad operand type for unary {symbol}: '{}'",
            v.type_name()
        ))),
    }
}
