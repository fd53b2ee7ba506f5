//! The namespace a class body runs in: a plain dict (the common case, and what `type`'s
//! `__prepare__` returns), or whatever mapping a metaclass's `__prepare__` returned, whose
//! `__getitem__`/`__setitem__`/`__delitem__` then see every name the body binds.

use crate::types::class::BuiltinType;
use crate::types::dict::PyDict;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// A class body's namespace.
pub enum ClassNs {
    /// A `dict` (no `__prepare__`, or one that returned an exact dict).
    Dict(Rc<PyDict>),
    /// Any other mapping returned by `__prepare__`.
    Mapping(Value),
}

impl ClassNs {
    /// A fresh, empty dict namespace.
    pub fn new_dict() -> ClassNs {
        ClassNs::Dict(Rc::new(PyDict::new()))
    }

    /// Wraps what `__prepare__` returned.
    pub fn from_value(v: Value) -> ClassNs {
        match v {
            Value::Dict(d) => ClassNs::Dict(d),
            other => ClassNs::Mapping(other),
        }
    }

    /// The namespace as a Python object (passed to the metaclass).
    pub fn value(&self) -> Value {
        match self {
            ClassNs::Dict(d) => Value::Dict(d.clone()),
            ClassNs::Mapping(m) => m.clone(),
        }
    }

    /// `ns[name]` for a name the body loads: `None` when the mapping raises `KeyError`
    /// (the name is then looked up in the globals, as CPython's `LOAD_NAME` does).
    pub fn get(&self, name: &str) -> PyResult<Option<Value>> {
        match self {
            ClassNs::Dict(d) => Ok(d.get_str(name)),
            ClassNs::Mapping(m) => match crate::ops::getitem(m, &Value::str(name)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is(BuiltinType::KeyError) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// `ns[name] = value` for a name the body binds.
    pub fn set(&self, name: &str, value: Value) -> PyResult<()> {
        match self {
            ClassNs::Dict(d) => {
                d.set_str(name, value);
                Ok(())
            }
            ClassNs::Mapping(m) => crate::ops::setitem(m, &Value::str(name), value),
        }
    }

    /// `del ns[name]`, with CPython's `NameError` when the name is not bound.
    pub fn del(&self, name: &str) -> PyResult<()> {
        let missing = || crate::err::name_error(format!("name '{name}' is not defined"));
        match self {
            ClassNs::Dict(d) => d.remove_str(name).map(|_| ()).ok_or_else(missing),
            ClassNs::Mapping(m) => match crate::ops::delitem(m, &Value::str(name)) {
                Err(e) if e.is(BuiltinType::KeyError) => Err(missing()),
                r => r,
            },
        }
    }

    /// Unbinds `name` at the end of `except ... as name:` in a class body: CPython assigns
    /// `None` and then deletes the name, which a custom mapping observes.
    pub fn unbind(&self, name: &str) -> PyResult<()> {
        match self {
            ClassNs::Dict(d) => {
                d.remove_str(name);
                Ok(())
            }
            ClassNs::Mapping(_) => {
                self.set(name, Value::None)?;
                self.del(name)
            }
        }
    }
}
