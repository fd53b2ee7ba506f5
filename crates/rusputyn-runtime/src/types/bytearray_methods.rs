//! Methods of `bytearray` that `bytes` lacks (the mutating ones, and the special methods
//! that differ); every other method is `bytes`'s own (`types::bytes_methods`), which returns
//! a `bytearray` for a `bytearray` receiver. [`find`] looks a name up in both tables.

use crate::err::{index_error, type_error, value_error};
use crate::types::bytearray::{PyByteArray, buffer};
use crate::types::bytes_new::byte_value;
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::methods::MethodEntry;
use crate::types::str::args::{clinic_args, exact_one, no_args, slot_args};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The `bytearray`-only method table.
pub static METHODS: &[MethodEntry] = &[
    ("append", append),
    ("clear", clear),
    ("copy", copy),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("__delitem__", dunder_delitem),
    ("__iadd__", dunder_iadd),
    ("__imul__", dunder_imul),
    ("__setitem__", dunder_setitem),
];

/// Methods of the `bytes` table a `bytearray` does not have.
const NOT_SHARED: &[&str] = &["__hash__"];

/// The method `name` of `bytearray`: its own table first, then the methods shared with
/// `bytes`.
pub fn find(name: &str) -> Option<MethodEntry> {
    METHODS
        .iter()
        .chain(
            crate::types::bytes_methods::METHODS
                .iter()
                .filter(|(n, _)| !NOT_SHARED.contains(n)),
        )
        .find(|(n, _)| *n == name)
        .copied()
}

/// The names of all of `bytearray`'s methods (for `dir()`).
pub fn names() -> impl Iterator<Item = &'static str> {
    METHODS.iter().map(|(n, _)| *n).chain(
        crate::types::bytes_methods::METHODS
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| !NOT_SHARED.contains(n)),
    )
}

fn recv(v: &Value) -> PyResult<&Rc<PyByteArray>> {
    match v {
        Value::ByteArray(b) => Ok(b),
        other => Err(type_error(format!(
            "descriptor for 'bytearray' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}

fn append(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("bytearray", "append", args, kw)?;
    let b = recv(v)?;
    let byte = byte_value(&args[0], "byte")?;
    b.borrow_mut().push(byte);
    Ok(Value::None)
}

fn extend(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("bytearray", "extend", args, kw)?;
    let b = recv(v)?;
    if let Some(more) = buffer(&args[0]) {
        b.borrow_mut().extend_from_slice(&more);
        return Ok(Value::None);
    }
    let it = crate::types::iter::iter(&args[0]).map_err(|e| {
        if e.is(crate::types::class::BuiltinType::TypeError) {
            type_error(format!(
                "can't extend bytearray with {}",
                args[0].type_name()
            ))
        } else {
            e
        }
    })?;
    // All items are checked before any is added, as CPython builds a new buffer first.
    let mut more = Vec::new();
    while let Some(x) = crate::types::iter::next(&it)? {
        more.push(byte_value(&x, "byte")?);
    }
    b.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn insert(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("bytearray.insert", kw)?;
    check_arity("insert", args, 2, 2)?;
    let b = recv(v)?;
    let i = crate::ops::index_of(&args[0])?;
    let byte = byte_value(&args[1], "byte")?;
    let mut data = b.borrow_mut();
    let len = data.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(at as usize, byte);
    Ok(Value::None)
}

fn pop(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    clinic_args("bytearray", "pop", args, kw, 0, 1)?;
    let b = recv(v)?;
    let i = match args.first() {
        Some(i) => crate::ops::index_of(i)?,
        None => -1,
    };
    let mut data = b.borrow_mut();
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let at = crate::ops::norm_index(i, data.len())
        .ok_or_else(|| index_error("pop index out of range"))?;
    Ok(Value::Int(data.remove(at) as i64))
}

fn remove(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    exact_one("bytearray", "remove", args, kw)?;
    let b = recv(v)?;
    let byte = byte_value(&args[0], "byte")?;
    let mut data = b.borrow_mut();
    match data.iter().position(|&x| x == byte) {
        Some(at) => {
            data.remove(at);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn clear(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("bytearray", "clear", args, kw)?;
    recv(v)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("bytearray", "copy", args, kw)?;
    Ok(Value::bytearray(recv(v)?.snapshot()))
}

fn reverse(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("bytearray", "reverse", args, kw)?;
    recv(v)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn dunder_setitem(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 2)?;
    crate::types::bytearray::setitem(recv(v)?, &args[0], Some(&args[1]))?;
    Ok(Value::None)
}

fn dunder_delitem(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    crate::types::bytearray::setitem(recv(v)?, &args[0], None)?;
    Ok(Value::None)
}

fn dunder_iadd(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    recv(v)?;
    crate::ops::inplace(crate::ops::BinOp::Add, v, &args[0])
}

fn dunder_imul(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    slot_args(args, kw, 1)?;
    recv(v)?;
    let n = crate::ops::index_of(&args[0])?;
    crate::ops::inplace(crate::ops::BinOp::Mul, v, &Value::Int(n))
}
