//! Method lookup for the built-in types: each type has one static table
//! `&[(name, MethodFn)]` in its `*_methods.rs` file; this module picks the table for a value
//! and serves both calls (`s.upper()`) and attribute access (`getattr(s, "upper")`).

use crate::types::class::BuiltinType;
use crate::types::function::MethodFn;
use crate::value::{PyResult, Value};

/// A method table entry.
pub type MethodEntry = (&'static str, MethodFn);

fn table(v: &Value) -> &'static [MethodEntry] {
    match v {
        Value::Str(_) => crate::types::str_methods::METHODS,
        Value::Bytes(_) => crate::types::bytes_methods::METHODS,
        Value::List(_) => crate::types::list_methods::METHODS,
        Value::Tuple(_) => crate::types::tuple_methods::METHODS,
        Value::Dict(_) => crate::types::dict_methods::METHODS,
        Value::Set(_) => crate::types::set_methods::SET_METHODS,
        Value::FrozenSet(_) => crate::types::set_methods::FROZENSET_METHODS,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => crate::types::num_methods::INT_METHODS,
        Value::Float(_) => crate::types::num_methods::FLOAT_METHODS,
        Value::Generator(_) => crate::types::generator_methods::METHODS,
        Value::Range(_) => crate::types::tuple_methods::RANGE_METHODS,
        Value::DictView(_) => crate::types::dict_methods::VIEW_METHODS,
        Value::Instance(i) if i.exc.is_some() => crate::types::exc_methods::METHODS,
        _ => &[],
    }
}

fn type_table(t: BuiltinType) -> &'static [MethodEntry] {
    match t {
        BuiltinType::Str => crate::types::str_methods::METHODS,
        BuiltinType::Bytes => crate::types::bytes_methods::METHODS,
        BuiltinType::List => crate::types::list_methods::METHODS,
        BuiltinType::Tuple => crate::types::tuple_methods::METHODS,
        BuiltinType::Dict => crate::types::dict_methods::METHODS,
        BuiltinType::Set => crate::types::set_methods::SET_METHODS,
        BuiltinType::FrozenSet => crate::types::set_methods::FROZENSET_METHODS,
        BuiltinType::Int | BuiltinType::Bool => crate::types::num_methods::INT_METHODS,
        BuiltinType::Float => crate::types::num_methods::FLOAT_METHODS,
        _ => &[],
    }
}

/// The method `name` of value `v`'s built-in type.
pub fn lookup(v: &Value, name: &str) -> Option<MethodEntry> {
    table(v).iter().find(|(n, _)| *n == name).copied()
}

/// The method `name` of built-in type `t` (for `str.upper`, `dict.fromkeys`, ...). Called
/// unbound, the receiver is the class and the first argument is the instance.
pub fn lookup_type(t: BuiltinType, name: &str) -> Option<MethodEntry> {
    type_table(t).iter().find(|(n, _)| *n == name).copied().map(|(n, _)| (n, unbound_dispatch as MethodFn))
}

/// `str.upper(s)`: the class is the receiver; dispatch on the first argument.
fn unbound_dispatch(cls: &Value, args: &[Value], kw: crate::types::function::Kw) -> PyResult<Value> {
    let _ = cls;
    Err(crate::err::type_error(format!("unbound built-in methods are not supported yet ({} args, {} keywords)", args.len(), kw.len())))
}

/// Data attributes of built-in values (`x.real`, `r.start`, `s.start`, ...).
pub fn special_attr(v: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match (v, name) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(v.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(v.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (_, "__class__") => Some(Value::Class(crate::types::class::type_of(v))),
        _ => None,
    })
}
