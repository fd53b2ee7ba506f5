//! `mappingproxy`: the read-only view of a class namespace that `Class.__dict__` returns.
//! Reads go to the live namespace (later class attribute assignments show through); item
//! assignment and deletion fail as they do in CPython, because the type has no
//! `__setitem__`/`__delitem__`.

use crate::err::key_error;
use crate::types::dict::PyDict;
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::native::{Member, NativeClass, expect, new_instance};
use crate::value::{PyResult, Value};
use std::rc::Rc;

static MAPPINGPROXY_CLASS: NativeClass = NativeClass {
    module: "builtins",
    name: "mappingproxy",
    new: None,
    members: &[
        Member::Method("__getitem__", getitem),
        Member::Method("__contains__", contains),
        Member::Method("__len__", len),
        Member::Method("__iter__", iter),
        Member::Method("__repr__", repr),
        Member::Method("__str__", str_),
        Member::Method("__eq__", eq),
        Member::Method("__ne__", ne),
        Member::Method("keys", keys),
        Member::Method("values", values),
        Member::Method("items", items),
        Member::Method("get", get),
        Member::Method("copy", copy),
        Member::Attr("__hash__", || Value::None),
    ],
    has_dict: false,
    c_type: false,
};

/// The proxy's state: the namespace it shows.
struct Proxy(Rc<PyDict>);

/// A `mappingproxy` over `dict`.
pub fn new(dict: Rc<PyDict>) -> Value {
    new_instance(&MAPPINGPROXY_CLASS, Proxy(dict))
}

fn target<'a>(v: &'a Value, method: &str) -> PyResult<&'a Rc<PyDict>> {
    expect::<Proxy>(v, &MAPPINGPROXY_CLASS, method).map(|p| &p.0)
}

/// The namespace as a `dict` value, for delegating to the dict methods.
fn as_dict(v: &Value, method: &str) -> PyResult<Value> {
    Ok(Value::Dict(target(v, method)?.clone()))
}

fn getitem(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__getitem__", args, 1, 1)?;
    target(recv, "__getitem__")?
        .get(&args[0])?
        .ok_or_else(|| key_error(args[0].clone()))
}

fn contains(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__contains__", args, 1, 1)?;
    Ok(Value::Bool(
        target(recv, "__contains__")?.get(&args[0])?.is_some(),
    ))
}

fn len(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(target(recv, "__len__")?.len() as i64))
}

fn iter(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::types::iter::iter(&as_dict(recv, "__iter__")?)
}

fn repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let inner = crate::ops::repr_of(&as_dict(recv, "__repr__")?)?;
    Ok(Value::string(format!("mappingproxy({inner})")))
}

fn str_(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = as_dict(recv, "__str__")?;
    crate::ops::str_of(&d).map(Value::string)
}

fn eq(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__eq__", args, 1, 1)?;
    let other = match crate::types::native::state::<Proxy>(&args[0]) {
        Some(p) => Value::Dict(p.0.clone()),
        None => args[0].clone(),
    };
    crate::ops::compare_value(&as_dict(recv, "__eq__")?, &other, crate::ops::CmpOp::Eq)
}

fn ne(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    match eq(recv, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn delegate(recv: &Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(name, kw)?;
    crate::types::object::call_method(&as_dict(recv, name)?, name, args, &[])
}

fn keys(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(recv, "keys", args, kw)
}

fn values(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(recv, "values", args, kw)
}

fn items(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(recv, "items", args, kw)
}

fn get(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(recv, "get", args, kw)
}

fn copy(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(recv, "copy", args, kw)
}
