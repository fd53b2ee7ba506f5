//! Metaclasses: a class made by a user metaclass is an instance of it, so attribute access on
//! the class (`type.__getattribute__`), assignment to its attributes, calling it, the special
//! methods the interpreter looks up on its type (`repr`, `len`, `iter`, `in`, `[]`, ...) and
//! `isinstance`/`issubclass` checks against it all consult the metaclass. Classes whose
//! metaclass is `type` keep the direct paths of `types::object`.

use crate::call::call_kw;
use crate::err::{attribute_error, type_error};
use crate::types::class::{BuiltinType, Class, type_of};
use crate::types::function::Kw;
use crate::types::object::descr;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// `name` looked up along the MRO of `c`'s user metaclass; `None` when `c` was made by
/// `type` or the name is only provided by `type`/`object` themselves.
pub fn meta_lookup(c: &Class, name: &str) -> Option<(Rc<Class>, Value)> {
    let meta = c.ext.metaclass.as_ref()?;
    let found = meta
        .mro()
        .take_while(|k| k.builtin.is_none())
        .find_map(|k| k.dict.get_str(name))?;
    Some((meta.clone(), found))
}

/// True when `v` is a class whose metaclass defines special method `name`.
pub fn has_dunder(v: &Value, name: &str) -> bool {
    matches!(v, Value::Class(c) if c.ext.metaclass.is_some() && meta_lookup(c, name).is_some())
}

/// Calls special method `name` of the metaclass of class `v` with `v` as its receiver;
/// `Ok(None)` when `v` is not a class or its metaclass does not define it.
pub fn dunder(v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Value::Class(c) = v else {
        return Ok(None);
    };
    match meta_lookup(c, name) {
        Some((_, Value::None)) | None => Ok(None),
        Some((_, f)) => crate::types::object::call_unbound(&f, v, args).map(Some),
    }
}

/// `cls.name` for a class made by a user metaclass (CPython's `type_getattro`): a data
/// descriptor on the metaclass wins, then the class's own MRO, then any other metaclass
/// attribute, bound to the class. `None` when none of them has the name (the caller then
/// serves the attributes every type has).
pub fn class_attr(v: &Value, c: &Rc<Class>, name: &str) -> Option<PyResult<Value>> {
    let meta_attr = meta_lookup(c, name);
    if let Some((meta, attr)) = &meta_attr
        && descr::is_data_descriptor(attr)
    {
        return Some(descr::descr_get(attr.clone(), Some(v), meta));
    }
    if let Some(x) = c.lookup(name) {
        return Some(descr::descr_get(x, None, c));
    }
    if builtin_provides(c, name) {
        // The built-in classes of its MRO (`object` at least) have it: the caller serves it.
        return None;
    }
    let (meta, attr) = meta_attr?;
    Some(descr::descr_get(attr, Some(v), &meta))
}

/// True when a built-in class in the MRO of `c` defines `name` (their methods live in
/// tables, not in their namespaces).
fn builtin_provides(c: &Rc<Class>, name: &str) -> bool {
    descr::object_method(name).is_some()
        || (is_metaclass(c) && crate::types::class::type_methods::get(name).is_some())
        || c.mro().any(|k| {
            k.builtin
                .is_some_and(|t| crate::types::methods::lookup_type(t, name).is_some())
        })
}

/// `cls.name = value` honouring a metaclass `__setattr__` or data descriptor; `None` when the
/// plain assignment into the class namespace applies.
pub fn class_set_attr(v: &Value, c: &Rc<Class>, name: &str, value: &Value) -> Option<PyResult<()>> {
    if let Some((_, hook)) = meta_lookup(c, "__setattr__") {
        return Some(
            crate::types::object::call_unbound(&hook, v, &[Value::str(name), value.clone()])
                .map(|_| ()),
        );
    }
    let (_, attr) = meta_lookup(c, name)?;
    descr::descr_set(&attr, v, value.clone())
}

/// `del cls.name` honouring a metaclass `__delattr__` or data descriptor.
pub fn class_del_attr(v: &Value, c: &Rc<Class>, name: &str) -> Option<PyResult<()>> {
    if let Some((_, hook)) = meta_lookup(c, "__delattr__") {
        return Some(crate::types::object::call_unbound(&hook, v, &[Value::str(name)]).map(|_| ()));
    }
    let (_, attr) = meta_lookup(c, name)?;
    descr::descr_delete(&attr, v)
}

/// Stores `name` in the namespace of user class `c` (`type.__setattr__`), keeping the cached
/// hook bits and the abstract flag current.
pub fn raw_set_attr(c: &Rc<Class>, name: &str, value: Value) -> PyResult<()> {
    if c.builtin.is_some() {
        return Err(type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            c.name
        )));
    }
    if name == "__abstractmethods__" {
        c.ext.is_abstract.set(value.truthy()?);
    }
    let stale = name.starts_with("__") || descr::is_data_descriptor(&value);
    let old = c.dict.get_str(name);
    c.dict.set_str(name, value);
    c.invalidate_lookups();
    // The replaced value goes only now: its finalizer may look attributes up.
    drop(old);
    if stale {
        if matches!(name, "__set__" | "__delete__") {
            Class::descriptor_protocol_changed();
        }
        c.refresh_hooks(true);
    }
    Ok(())
}

/// Removes `name` from the namespace of user class `c` (`type.__delattr__`).
pub fn raw_del_attr(c: &Rc<Class>, name: &str) -> PyResult<()> {
    if c.builtin.is_some() {
        return Err(type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            c.name
        )));
    }
    match c.dict.remove_str(name) {
        Some(old) => {
            c.invalidate_lookups();
            drop(old);
            if name == "__abstractmethods__" {
                c.ext.is_abstract.set(false);
            }
            if matches!(name, "__set__" | "__delete__") {
                Class::descriptor_protocol_changed();
            }
            c.refresh_hooks(name.starts_with("__"));
            Ok(())
        }
        None => Err(attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            c.name
        ))),
    }
}

/// `cls(*args, **kw)`: the metaclass's `__call__` when it defines one, else `type.__call__`
/// (`__new__` then `__init__`).
pub fn call_class(v: &Value, c: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if c.ext.metaclass.is_some()
        && let Some((meta, call)) = meta_lookup(c, "__call__")
    {
        let bound = descr::descr_get(call, Some(v), &meta)?;
        return call_kw(&bound, args, kw);
    }
    crate::types::object::construct(c, args, kw)
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// `_PyType_CalculateMetaclass`), or CPython's metaclass-conflict error.
pub fn calculate_meta(meta: &Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let t = type_of(b);
        if winner.is_subclass(&t) {
            continue;
        }
        if t.is_subclass(&winner) {
            winner = t;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `isinstance(obj, cls)` for one class: exact type first, then the metaclass's
/// `__instancecheck__`, else the MRO test.
pub fn instance_check(obj: &Value, cls: &Rc<Class>) -> PyResult<bool> {
    let t = type_of(obj);
    if Rc::ptr_eq(&t, cls) {
        return Ok(true);
    }
    let clsv = Value::Class(cls.clone());
    if let Some(r) = dunder(&clsv, "__instancecheck__", std::slice::from_ref(obj))? {
        return r.truthy();
    }
    Ok(t.is_subclass(cls))
}

/// `issubclass(sub, cls)` for one class: the metaclass's `__subclasscheck__`, else the MRO
/// test (`sub` must then be a class).
pub fn subclass_check(sub: &Value, cls: &Rc<Class>) -> PyResult<bool> {
    let clsv = Value::Class(cls.clone());
    if let Some(r) = dunder(&clsv, "__subclasscheck__", std::slice::from_ref(sub))? {
        return r.truthy();
    }
    match sub {
        Value::Class(s) => Ok(s.is_subclass(cls)),
        _ => Err(type_error("issubclass() arg 1 must be a class")),
    }
}

/// True when `cls` is `type` or derives from it (it is a metaclass).
pub fn is_metaclass(cls: &Rc<Class>) -> bool {
    cls.derives_from(BuiltinType::Type)
}

/// CPython 3.11's refusal to instantiate a class whose `__abstractmethods__` is non-empty.
pub fn abstract_error(cls: &Rc<Class>) -> crate::err::PyErr {
    let mut names: Vec<String> = match cls.dict.get_str("__abstractmethods__") {
        Some(v) => crate::types::iter::collect(&v)
            .unwrap_or_default()
            .iter()
            .map(|n| crate::ops::str_of(n).unwrap_or_default())
            .collect(),
        None => Vec::new(),
    };
    names.sort();
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        cls.name,
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}
