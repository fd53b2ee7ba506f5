//! The introspection built-ins `dir()` and `__import__()`.
//!
//! `dir(obj)` follows CPython's `object.__dir__` / `type.__dir__` / `module.__dir__`: a
//! `__dir__` on the type wins; a module lists its namespace; a class lists the attributes of
//! every class in its MRO; an instance adds its `__dict__` to its class's list. The result is
//! a sorted list. `dir()` without arguments lists the caller's local names, which only the
//! compiler knows: generated code calls [`dir_names`] with them.

use crate::err::type_error;
use crate::types::class::{BuiltinType, Class, type_of};
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::value::{PyResult, Value};
use std::collections::BTreeSet;
use std::rc::Rc;

/// The attributes every object has through `object` (CPython 3.11's `dir(object)`).
const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The names a compiled module's namespace always holds besides its globals.
const MODULE_ATTRS: &[&str] = &[
    "__builtins__",
    "__cached__",
    "__doc__",
    "__file__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
];

/// The names a class contributes to `dir()`: its namespace, plus what CPython's `type`
/// puts in every user class's `__dict__` (`__module__`, `__doc__`, and `__dict__` /
/// `__weakref__` unless `__slots__` removed them).
fn class_names(c: &Rc<Class>, out: &mut BTreeSet<String>) {
    for (k, _) in c.dict.items() {
        if let Value::Str(s) = k {
            out.insert(s.as_str().to_string());
        }
    }
    match c.builtin {
        Some(BuiltinType::Object) => out.extend(OBJECT_ATTRS.iter().map(|s| s.to_string())),
        Some(t) => out.extend(
            crate::types::methods::method_names(t)
                .into_iter()
                .map(str::to_string),
        ),
        None => {
            out.insert("__module__".into());
            out.insert("__doc__".into());
            match c.dict.get_str("__slots__") {
                // The slots are member descriptors of the class in CPython.
                Some(slots) => {
                    let names = match &slots {
                        Value::Str(_) => vec![slots.clone()],
                        other => crate::types::iter::collect(other).unwrap_or_default(),
                    };
                    for n in names {
                        if let Value::Str(s) = n {
                            out.insert(s.as_str().to_string());
                        }
                    }
                }
                None => {
                    out.insert("__dict__".into());
                    out.insert("__weakref__".into());
                }
            }
        }
    }
}

/// `dir(cls)`: the attribute names along the class's MRO.
fn dir_class(c: &Rc<Class>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for k in c.mro() {
        class_names(k, &mut out);
    }
    out
}

fn sorted_list(names: BTreeSet<String>) -> Value {
    Value::list(names.into_iter().map(Value::string).collect())
}

/// `dir(obj)`.
pub fn dir_of(obj: &Value) -> PyResult<Value> {
    if let Value::Instance(inst) = obj
        && let Some(hook) = inst.class.lookup("__dir__")
    {
        let r = crate::types::object::call_unbound(&hook, obj, &[])?;
        let mut items = crate::types::iter::collect(&r)?;
        crate::types::list_methods::sort_values(&mut items, None, false)?;
        return Ok(Value::list(items));
    }
    dir_of_default(obj)
}

/// The listing of `object.__dir__` / `type.__dir__` / `module.__dir__`, sorted.
pub fn dir_of_default(obj: &Value) -> PyResult<Value> {
    Ok(sorted_list(match obj {
        Value::Module(m) => {
            let mut out: BTreeSet<String> = BTreeSet::new();
            for (k, _) in m.namespace().items() {
                if let Value::Str(s) = k {
                    out.insert(s.as_str().to_string());
                }
            }
            if m.globals.is_some() {
                out.extend(MODULE_ATTRS.iter().map(|s| s.to_string()));
            } else {
                out.extend(
                    [
                        "__doc__",
                        "__loader__",
                        "__name__",
                        "__package__",
                        "__spec__",
                    ]
                    .iter()
                    .map(|s| s.to_string()),
                );
            }
            out
        }
        Value::Class(c) => dir_class(c),
        other => {
            let mut out = dir_class(&type_of(other));
            if let Value::Instance(inst) = other {
                for (k, _) in inst.dict.items() {
                    if let Value::Str(s) = k {
                        out.insert(s.as_str().to_string());
                    }
                }
                if let Some(slots) = inst.class.slots.borrow().as_ref() {
                    out.extend(slots.iter().map(|s| s.to_string()));
                }
            }
            out
        }
    }))
}

/// The built-in `dir([obj])`; without an argument only reachable through generated code,
/// which passes the local names itself (see [`dir_names`]).
pub fn py_dir(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    check_arity("dir", args, 0, 1)?;
    match args.first() {
        Some(obj) => dir_of(obj),
        None => Err(crate::err::runtime_error(
            "dir() without arguments is not available here",
        )),
    }
}

/// `dir()` without arguments: the sorted names of the caller's bound local variables (the
/// module's namespace names included at module level, `__annotations__` when the module
/// has it), as generated code lists them.
pub fn dir_names(names: &[&str], module_level: bool, annotations: bool) -> Value {
    let mut out: BTreeSet<String> = names.iter().map(|s| s.to_string()).collect();
    if module_level {
        out.extend(MODULE_ATTRS.iter().map(|s| s.to_string()));
    }
    if annotations {
        out.insert("__annotations__".into());
    }
    sorted_list(out)
}

/// `dir()` in a class body: the sorted keys of the namespace being filled (a dict, or the
/// mapping a metaclass's `__prepare__` returned, whose `keys()` is then called).
pub fn dir_dict(ns: &crate::types::class::namespace::ClassNs) -> PyResult<Value> {
    use crate::types::class::namespace::ClassNs;
    let keys = match ns {
        ClassNs::Dict(d) => Value::list(d.keys()),
        ClassNs::Mapping(m) => {
            let keys = crate::types::object::call_method(m, "keys", &[], &[])?;
            Value::list(crate::types::iter::collect(&keys)?)
        }
    };
    (crate::builtins::SORTED.f)(&[keys], &[])
}

/// `locals()` in a class body: the namespace being filled (a dict or the mapping a
/// metaclass's `__prepare__` returned), itself, not a copy.
pub fn class_locals(ns: &crate::types::class::namespace::ClassNs) -> Value {
    use crate::types::class::namespace::ClassNs;
    match ns {
        ClassNs::Dict(d) => Value::Dict(d.clone()),
        ClassNs::Mapping(m) => m.clone(),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the top-level package
/// of `name`, or the module itself when `fromlist` is not empty.
pub fn py_import(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = crate::types::function::parse_args(
        "__import__",
        args,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
        5,
        1,
    )?;
    let name = match &slots[0] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "__import__() argument 1 must be str, not {}",
                other.type_name()
            )));
        }
        None => {
            return Err(type_error(
                "__import__() missing required argument 'name' (pos 1)",
            ));
        }
    };
    let level = match &slots[4] {
        Some(v) => crate::ops::index_of(v)?,
        None => 0,
    };
    if level < 0 {
        return Err(crate::err::value_error("level must be >= 0"));
    }
    if level > 0 {
        return Err(crate::stdlib::relative_import_error());
    }
    if name.is_empty() {
        return Err(crate::err::value_error("Empty module name"));
    }
    let fromlist = match &slots[3] {
        Some(v) if !v.is_none() => crate::ops::truthy(v)?,
        _ => false,
    };
    if fromlist {
        crate::stdlib::import(&name)
    } else {
        crate::stdlib::import_top(&name)
    }
}
