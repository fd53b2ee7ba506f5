//! Class creation (`class` statements and `type(name, bases, dict)`): copying the namespace
//! with CPython's implicit wrappings, `__slots__`, `__set_name__`, `__init_subclass__`, and the
//! cached hook bits that keep plain attribute access fast.

use crate::err::type_error;
use crate::types::class::{
    BuiltinType, Class, HOOK_DATA_DESCR, HOOK_DELATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR, type_of,
};
use crate::types::dict::PyDict;
use crate::types::function::Kw;
use crate::types::object::descr;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The `HOOK_*` bits of a user class, from the namespaces along its MRO.
pub fn compute_hooks(cls: &Rc<Class>) -> u8 {
    let mut bits = 0;
    for c in cls.mro().filter(|c| c.builtin.is_none()) {
        let d = &c.dict;
        if d.get_str("__getattribute__").is_some() {
            bits |= HOOK_GETATTRIBUTE;
        }
        if d.get_str("__setattr__").is_some() {
            bits |= HOOK_SETATTR;
        }
        if d.get_str("__delattr__").is_some() {
            bits |= HOOK_DELATTR;
        }
        if d.get_str("__del__").is_some() {
            bits |= crate::types::class::HOOK_DEL;
        }
        if bits & HOOK_DATA_DESCR == 0
            && d.items().iter().any(|(_, v)| descr::is_data_descriptor(v))
        {
            bits |= HOOK_DATA_DESCR;
        }
    }
    bits
}

/// Creates a user class: `class Name(*bases, **kw)` whose body filled `ns`.
pub fn new_class_kw(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    ns: &PyDict,
    kw: Kw,
) -> PyResult<Value> {
    let mut base_classes = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => base_classes.push(c),
            other => {
                return Err(type_error(format!(
                    "bases must be types (got an object of type '{}')",
                    other.type_name()
                )));
            }
        }
    }
    let module = match ns.get_str("__module__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "__main__".to_string(),
    };
    let qualname = match ns.get_str("__qualname__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "type __qualname__ must be a str, not {}",
                other.type_name()
            )));
        }
        None => qualname.to_string(),
    };
    crate::types::object::base::check_bases(&base_classes)?;
    let cls = Class::new_user(name, &qualname, &module, base_classes)?;
    for (k, v) in ns.items() {
        let key = match &k {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        };
        let v = match (key, &v) {
            (Some("__qualname__"), _) => continue,
            // `__new__` is implicitly a static method, `__init_subclass__` and
            // `__class_getitem__` implicitly class methods.
            (Some("__new__"), Value::Function(_)) => descr::wrap(BuiltinType::StaticMethod, v),
            (Some("__init_subclass__" | "__class_getitem__"), Value::Function(_)) => {
                descr::wrap(BuiltinType::ClassMethod, v)
            }
            _ => v,
        };
        cls.dict.set(k, v)?;
    }
    if ns.get_str("__doc__").is_none() {
        cls.dict.set_str("__doc__", Value::None);
    }
    // Defining __eq__ without __hash__ makes instances unhashable (data model rule).
    if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
        cls.dict.set_str("__hash__", Value::None);
    }
    if let Some(slots) = ns.get_str("__slots__") {
        *cls.slots.borrow_mut() = slot_names(&cls, &slots)?;
    }
    cls.hook_bits.set(compute_hooks(&cls));
    let cls_value = Value::Class(cls.clone());
    for (k, v) in ns.items() {
        // CPython 3.11 reports a failing `__set_name__` as a RuntimeError caused by it.
        descr::set_name(&v, &cls_value, &k).map_err(|cause| {
            let err = crate::err::runtime_error(format!(
                "Error calling __set_name__ on '{}' instance {} in '{name}'",
                v.type_name(),
                crate::ops::repr_of(&k).unwrap_or_default()
            ));
            {
                let mut st = err.state();
                st.cause = Some(cause.value());
                st.context = Some(cause.value());
                st.suppress_context = true;
            }
            err
        })?;
    }
    init_subclass(&cls, kw)?;
    Ok(cls_value)
}

/// The attribute names allowed on instances when the class and all its bases declare
/// `__slots__`; `None` when instances still get a `__dict__`.
fn slot_names(cls: &Rc<Class>, slots: &Value) -> PyResult<Option<Vec<Rc<str>>>> {
    let own: Vec<Value> = match slots {
        Value::Str(_) => vec![slots.clone()],
        other => crate::types::iter::collect(other)?,
    };
    let mut names: Vec<Rc<str>> = Vec::new();
    for n in own {
        match &n {
            Value::Str(s) => names.push(s.as_str().into()),
            other => {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    other.type_name()
                )));
            }
        }
    }
    if names.iter().any(|n| &**n == "__dict__") {
        return Ok(None);
    }
    for b in &cls.bases {
        match b.builtin {
            Some(BuiltinType::Object) => {}
            Some(_) => return Ok(None),
            None => match b.slots.borrow().as_ref() {
                Some(inherited) => names.extend(inherited.iter().cloned()),
                None => return Ok(None),
            },
        }
    }
    Ok(Some(names))
}

/// Calls `super(cls, cls).__init_subclass__(**kw)` for a freshly created class.
fn init_subclass(cls: &Rc<Class>, kw: Kw) -> PyResult<()> {
    for c in cls.mro_tail.iter() {
        if c.builtin.is_some() {
            break;
        }
        if let Some(hook) = c.dict.get_str("__init_subclass__") {
            let bound = descr::descr_get(hook, None, cls)?;
            crate::call::call_kw(&bound, &[], kw)?;
            return Ok(());
        }
    }
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls.name
        )));
    }
    Ok(())
}

/// `type(name, bases, dict)`.
pub fn type_new(args: &[Value]) -> PyResult<Value> {
    let (Value::Str(name), Value::Tuple(bases), Value::Dict(ns)) = (&args[0], &args[1], &args[2])
    else {
        let which = match (&args[0], &args[1]) {
            (Value::Str(_), Value::Tuple(_)) => ("3", "dict", &args[2]),
            (Value::Str(_), _) => ("2", "tuple", &args[1]),
            _ => ("1", "str", &args[0]),
        };
        return Err(type_error(format!(
            "type.__new__() argument {} must be {}, not {}",
            which.0,
            which.1,
            which.2.type_name()
        )));
    };
    let _ = type_of;
    new_class_kw(
        name.as_str(),
        name.as_str(),
        bases.items().to_vec(),
        ns,
        &[],
    )
}
