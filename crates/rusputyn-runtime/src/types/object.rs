//! The object protocol: attribute lookup (`getattr`/`setattr`/`delattr`), method calls,
//! instance creation (`Cls(...)` → `__init__`), and the special-method hooks instances use
//! for `repr`, `str`, `len`, truth, iteration, hashing and subscripting.

use crate::call::{BoundCall, call, call_kw};
use crate::err::{PyErr, attribute_error, type_error};
use crate::hash::Name;
use crate::types::class::{
    BuiltinType, Class, HOOK_DATA_DESCR, HOOK_DELATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR, Instance,
    builtin_class, type_of,
};
use crate::types::function::{BoundMethod, Kw, MethodTarget};
use crate::types::methods;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// Special-method names this file looks up, hashed at compile time.
const GETATTRIBUTE: Name = Name::new("__getattribute__");
const GETATTR: Name = Name::new("__getattr__");
const SETATTR: Name = Name::new("__setattr__");
const DELATTR: Name = Name::new("__delattr__");

fn no_attr(v: &Value, name: &str) -> PyErr {
    match v {
        Value::Module(m) => {
            attribute_error(format!("module '{}' has no attribute '{name}'", m.name))
        }
        Value::Class(c) => attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            c.name
        )),
        _ => attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            v.type_name()
        )),
    }
}

/// `getattr(v, name)`.
pub fn get_attr(v: &Value, name: &str) -> PyResult<Value> {
    let hash = if matches!(v, Value::Instance(_) | Value::Class(_)) {
        crate::hash::hash_str(name)
    } else {
        0
    };
    get_attr_h(v, name, hash)
}

/// `getattr(v, name)` where `hash` is `hash_str(name)` (computed at compile time for
/// attribute names in the source; only instances use it).
pub fn get_attr_h(v: &Value, name: &str, hash: i64) -> PyResult<Value> {
    // The common case first, kept small: an attribute in the `__dict__` of an instance of an
    // ordinary class (no `__getattribute__`, no data descriptor in its MRO, no slots).
    if let Value::Instance(inst) = v
        && reads_from_dict(inst)
    {
        return match inst.dict.get_str_hashed(name, hash) {
            Some(x) => Ok(x),
            None => get_attr_not_in_dict(v, inst, name, hash),
        };
    }
    get_attr_general(v, name, hash)
}

/// Whether reading an attribute of `inst` may start with its `__dict__`: its class is an
/// ordinary one (no `__getattribute__`, no data descriptor in its MRO, not built-in) and
/// it has no slots. A name found there is the attribute; a miss takes [`get_attr_general`].
#[inline]
pub(crate) fn reads_from_dict(inst: &Instance) -> bool {
    inst.class.hooks() & (HOOK_GETATTRIBUTE | HOOK_DATA_DESCR) == 0
        && inst.class.builtin.is_none()
        && inst.slot_values.is_none()
}

/// Whether assigning an attribute of `inst` is a plain `__dict__` store: no `__setattr__`,
/// no data descriptor in its class's MRO, no slots, not an exception.
#[inline]
pub(crate) fn writes_to_dict(inst: &Instance) -> bool {
    inst.class.hooks() & (HOOK_SETATTR | HOOK_DATA_DESCR) == 0
        && inst.slot_values.is_none()
        && inst.exc.is_none()
        && inst.class.slots.try_borrow().is_ok_and(|s| s.is_none())
}

/// [`get_attr_h`] past its fast path.
#[inline(never)]
pub(crate) fn get_attr_general(v: &Value, name: &str, hash: i64) -> PyResult<Value> {
    match v {
        Value::Instance(inst) => {
            let hooks = inst.class.hooks();
            if hooks & HOOK_GETATTRIBUTE != 0
                && let Some(ga) = inst.class.lookup_name(&GETATTRIBUTE)
            {
                return match call_unbound(&ga, v, &[Value::str(name)]) {
                    Err(e) if e.is(BuiltinType::AttributeError) => {
                        getattr_fallback(v, inst, name, e)
                    }
                    r => r,
                };
            }
            match instance_attr(v, inst, name, hash, hooks) {
                Err(e) if e.is(BuiltinType::AttributeError) => getattr_fallback(v, inst, name, e),
                r => r,
            }
        }
        Value::Class(c) => {
            // `type.__annotations__`: a class's own annotations, never a base's; a class
            // without any gets (and keeps) a fresh empty dict, as in CPython 3.10+.
            if name == "__annotations__" && c.builtin.is_none() {
                if let Some(a) = c.dict.get_str(name) {
                    return Ok(a);
                }
                let d = Value::Dict(Rc::new(crate::types::dict::PyDict::new()));
                c.dict.set_str(name, d.clone());
                c.invalidate_lookups();
                return Ok(d);
            }
            // A class's name is its own: an assigned `__name__` is kept in the class's dict,
            // and a subclass does not inherit it.
            if matches!(name, "__name__" | "__qualname__") && c.builtin.is_none() {
                return Ok(c.dict.get_str(name).unwrap_or_else(|| {
                    Value::str(if name == "__name__" {
                        &c.name
                    } else {
                        &c.qualname
                    })
                }));
            }
            if c.ext.metaclass.is_some() {
                if let Some(r) = crate::types::class::meta::class_attr(v, c, name) {
                    return r;
                }
            } else if let Some(x) = c.lookup_hashed(name, hash) {
                return descr::descr_get(x, None, c);
            }
            match name {
                "__class__" => Ok(Value::Class(type_of(v))),
                "__base__" => Ok(match c.builtin {
                    Some(BuiltinType::Object) => Value::None,
                    Some(t) => Value::Class(builtin_class(t.base())),
                    None => crate::types::class::setup::best_base(&c.bases)
                        .map_or(Value::None, Value::Class),
                }),
                "__abstractmethods__" => Err(attribute_error(name)),
                "__name__" => Ok(Value::str(&c.name)),
                "__qualname__" => Ok(Value::str(&c.qualname)),
                "__module__" => Ok(Value::str(&c.module)),
                "__bases__" => Ok(Value::tuple(
                    c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                )),
                "__mro__" => Ok(Value::tuple(
                    c.mro().map(|b| Value::Class(b.clone())).collect(),
                )),
                "__dict__" => Ok(crate::types::mappingproxy::new(c.dict.clone())),
                "__doc__" => Ok(Value::None),
                // The mutable built-ins set `__hash__ = None` in their type dict.
                "__hash__"
                    if c.mro().find_map(|k| k.builtin).is_some_and(|t| {
                        matches!(
                            t,
                            BuiltinType::List
                                | BuiltinType::Dict
                                | BuiltinType::Set
                                | BuiltinType::Slice
                                | BuiltinType::ByteArray
                                | BuiltinType::DictKeys
                                | BuiltinType::DictItems
                        )
                    }) =>
                {
                    Ok(Value::None)
                }
                _ => match c
                    .mro()
                    .find_map(|k| k.builtin.and_then(|t| methods::lookup_type(t, name)))
                {
                    Some(target) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        receiver: Value::Class(c.clone()),
                        target,
                    }))),
                    // `type`'s own methods come before `object`'s in the MRO of `type` and
                    // of metaclasses; for other classes they come from the metaclass.
                    None if crate::types::class::meta::is_metaclass(c) => {
                        crate::types::class::type_methods::get(name)
                            .or_else(|| descr::object_method(name))
                            .ok_or_else(|| no_attr(v, name))
                    }
                    None => descr::object_method(name)
                        .or_else(|| crate::types::class::type_methods::attr(c, name))
                        .ok_or_else(|| no_attr(v, name)),
                },
            }
        }
        Value::Module(m) => match m.get(name) {
            Some(v) => Ok(v),
            None if name == "__dict__" => Ok(Value::Dict(m.namespace())),
            // A module without annotations gets an empty `__annotations__` dict, stored in
            // its namespace, the first time it is read.
            None if name == "__annotations__" => {
                let d = Value::Dict(Rc::new(crate::types::dict::PyDict::new()));
                m.set(name, d.clone());
                Ok(d)
            }
            None => Err(no_attr(v, name)),
        },
        Value::Function(f) => match name {
            "__name__" => Ok(Value::str(&f.name())),
            "__qualname__" => Ok(Value::str(&f.qualname())),
            "__doc__" => Ok(f.doc()),
            "__module__" => Ok(f.module()),
            "__globals__" => {
                crate::stdlib::module_namespace(f.code.module).ok_or_else(|| no_attr(v, name))
            }
            "__defaults__" => Ok(if f.defaults.borrow().is_empty() {
                Value::None
            } else {
                Value::tuple(f.defaults.borrow().clone())
            }),
            "__kwdefaults__" => {
                let d = crate::types::dict::PyDict::new();
                for (i, v) in f.kwdefaults.borrow().iter().enumerate() {
                    if let Some(v) = v {
                        d.set_str(f.code.params[f.code.npos + i], v.clone());
                    }
                }
                Ok(if d.is_empty() {
                    Value::None
                } else {
                    Value::Dict(Rc::new(d))
                })
            }
            "__get__" => Ok(crate::types::function_attrs::function_get_method(v)),
            "__closure__" => Ok(crate::types::function_attrs::closure(f)),
            "__annotations__" => Ok(crate::types::function_attrs::annotations(f)),
            "__dict__" => Ok(Value::Dict(
                f.attrs
                    .borrow_mut()
                    .get_or_insert_with(|| Rc::new(crate::types::dict::PyDict::new()))
                    .clone(),
            )),
            _ => f
                .attrs
                .borrow()
                .as_ref()
                .and_then(|d| d.get_str(name))
                .ok_or_else(|| no_attr(v, name)),
        },
        Value::Builtin(b) => match name {
            "__name__" | "__qualname__" => Ok(Value::str(b.name)),
            // Only the functions of `builtins` know their module; the standard-library
            // modules' functions do not record theirs.
            "__module__"
                if crate::builtins::BUILTIN_FUNCTIONS
                    .iter()
                    .any(|f| std::ptr::eq(*f, *b)) =>
            {
                Ok(Value::str("builtins"))
            }
            _ => Err(no_attr(v, name)),
        },
        Value::BoundMethod(m) => match (name, &m.target) {
            ("__self__", _) => Ok(m.receiver.clone()),
            ("__func__", MethodTarget::Python(f)) => Ok(f.clone()),
            ("__name__", MethodTarget::Native(n, _)) => Ok(Value::str(n)),
            (_, MethodTarget::Python(f)) => get_attr(f, name),
            _ => Err(no_attr(v, name)),
        },
        Value::Generator(g) => match name {
            "__name__" => Ok(Value::str(g.name)),
            "__qualname__" => Ok(Value::str(g.qualname)),
            "gi_running" => Ok(Value::Bool(g.state_name() == "GEN_RUNNING")),
            "gi_suspended" => Ok(Value::Bool(g.state_name() == "GEN_SUSPENDED")),
            _ => native_method(v, name),
        },
        _ => {
            if let Some(x) = methods::special_attr(v, name)? {
                return Ok(x);
            }
            native_method(v, name)
        }
    }
}

/// The generic attribute lookup of an instance (`object.__getattribute__`): data descriptors
/// on the type, then the instance `__dict__`, then other class attributes (bound).
fn instance_attr(
    v: &Value,
    inst: &Rc<Instance>,
    name: &str,
    hash: i64,
    hooks: u8,
) -> PyResult<Value> {
    if inst.class.builtin.is_some()
        && let Some(r) = descr::builtin_instance_attr(v, inst, name)
    {
        return r;
    }
    if inst.slot_values.is_some()
        && let Some(store) = inst.dict_slot(name)
        && let Some(x) = store.get_str_hashed(name, hash)
    {
        return Ok(x);
    }
    if hooks & HOOK_DATA_DESCR == 0 {
        // No data descriptors anywhere in the MRO: the instance dict wins outright.
        if let Some(x) = inst.dict.get_str_hashed(name, hash) {
            return Ok(x);
        }
        if let Some(x) = inst.class.lookup_hashed(name, hash) {
            return descr::descr_get(x, Some(v), &inst.class);
        }
    } else {
        let found = inst.class.lookup_hashed(name, hash);
        if let Some(d) = &found
            && descr::is_data_descriptor(d)
        {
            return descr::descr_get(d.clone(), Some(v), &inst.class);
        }
        if let Some(x) = inst.dict.get_str_hashed(name, hash) {
            return Ok(x);
        }
        if let Some(x) = found {
            return descr::descr_get(x, Some(v), &inst.class);
        }
    }
    if let Some(x) = special_instance_attr(inst, name) {
        return Ok(x);
    }
    if let Some(b) = &inst.base {
        if let Some((receiver, n, f)) = base::method(v, b, name) {
            return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                receiver,
                target: MethodTarget::Native(n, f),
            })));
        }
        if let Some(x) = methods::special_attr(b, name)? {
            return Ok(x);
        }
    }
    if inst.exc.is_some()
        && let Some((n, f)) = methods::lookup(v, name)
    {
        return Ok(Value::BoundMethod(Rc::new(BoundMethod {
            receiver: v.clone(),
            target: MethodTarget::Native(n, f),
        })));
    }
    if inst.class.builtin.is_none()
        && let Some(m) = descr::object_method(name)
    {
        return Ok(Value::BoundMethod(Rc::new(BoundMethod {
            receiver: v.clone(),
            target: MethodTarget::Python(m),
        })));
    }
    Err(no_attr(v, name))
}

/// The rest of [`instance_attr`] for an instance that [`reads_from_dict`] and whose
/// `__dict__` was just searched for `name` in vain: the class attribute (bound, `__getattr__`
/// on an `AttributeError`), else the general lookup for the rare rest.
#[inline]
pub(crate) fn get_attr_not_in_dict(
    v: &Value,
    inst: &Rc<Instance>,
    name: &str,
    hash: i64,
) -> PyResult<Value> {
    if let Some(x) = inst.class.lookup_hashed(name, hash) {
        return match descr::descr_get(x, Some(v), &inst.class) {
            Err(e) if e.is(BuiltinType::AttributeError) => getattr_fallback(v, inst, name, e),
            r => r,
        };
    }
    get_attr_general(v, name, hash)
}

/// `__getattr__` runs when the normal lookup raised `AttributeError`.
fn getattr_fallback(v: &Value, inst: &Rc<Instance>, name: &str, err: PyErr) -> PyResult<Value> {
    match inst.class.lookup_name(&GETATTR) {
        Some(getattr) if inst.class.builtin.is_none() => {
            call_unbound(&getattr, v, &[Value::str(name)])
        }
        _ => Err(err),
    }
}

/// `object.__getattribute__(v, name)`: the lookup without a user `__getattribute__`.
pub fn generic_get_attr(v: &Value, name: &str) -> PyResult<Value> {
    generic_get_attr_h(v, name, crate::hash::hash_str(name))
}

/// [`generic_get_attr`] where `hash` is `hash_str(name)`.
pub fn generic_get_attr_h(v: &Value, name: &str, hash: i64) -> PyResult<Value> {
    match v {
        Value::Instance(inst) => {
            instance_attr(v, inst, name, hash, inst.class.hooks() | HOOK_DATA_DESCR)
        }
        _ => get_attr(v, name),
    }
}

fn native_method(v: &Value, name: &str) -> PyResult<Value> {
    match methods::lookup(v, name) {
        Some((n, f)) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            receiver: v.clone(),
            target: MethodTarget::Native(n, f),
        }))),
        None => Err(no_attr(v, name)),
    }
}

fn special_instance_attr(inst: &Rc<Instance>, name: &str) -> Option<Value> {
    match name {
        "__class__" => Some(Value::Class(inst.class.clone())),
        "__dict__" if inst.class.slots.borrow().is_none() => Some(Value::Dict(inst.dict.clone())),
        _ => {
            let st = inst.exc.as_ref()?.borrow();
            match name {
                "args" => Some(st.args.clone().unwrap_or_else(Value::empty_tuple)),
                "__cause__" => Some(st.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(st.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(st.suppress_context)),
                "__traceback__" => Some(crate::types::traceback::traceback_of(&st.traceback)),
                "message" | "exceptions" if st.group.is_some() => st.group.as_ref().map(|g| {
                    if name == "message" {
                        g.message.clone()
                    } else {
                        g.exceptions.clone()
                    }
                }),
                "value" if inst.class.derives_from(BuiltinType::StopIteration) => {
                    Some(match &st.args {
                        Some(Value::Tuple(t)) if !t.is_empty() => t.items()[0].clone(),
                        _ => Value::None,
                    })
                }
                "code" if inst.class.derives_from(BuiltinType::SystemExit) => {
                    Some(match &st.args {
                        Some(Value::Tuple(t)) if t.len() == 1 => t.items()[0].clone(),
                        Some(Value::Tuple(t)) if t.is_empty() => Value::None,
                        Some(args) => args.clone(),
                        None => Value::None,
                    })
                }
                _ => crate::types::exc_attrs::exc_attr(inst, &st, name),
            }
        }
    }
}

/// `setattr(obj, "__class__" / "__dict__", ...)` on an instance: its class and attribute
/// dict are fixed when it is created (the compiler refuses the statement form).
#[inline]
fn refuse_layout_name(v: &Value, name: &str) -> PyResult<()> {
    if matches!(v, Value::Instance(_)) && matches!(name, "__class__" | "__dict__") {
        return Err(type_error(format!(
            "assigning '{name}' of an object is not supported by Rusputyn"
        )));
    }
    Ok(())
}

/// `setattr(v, name, value)`.
pub fn set_attr(v: &Value, name: &str, value: Value) -> PyResult<()> {
    let hash = if matches!(v, Value::Instance(_)) {
        crate::hash::hash_str(name)
    } else {
        0
    };
    set_attr_h(v, name, hash, value)
}

/// `setattr(v, name, value)` where `hash` is `hash_str(name)`.
pub fn set_attr_h(v: &Value, name: &str, hash: i64, value: Value) -> PyResult<()> {
    refuse_layout_name(v, name)?;
    // The common case first, kept small: an instance of an ordinary class (no
    // `__setattr__`, no data descriptor in its MRO, no slots, not an exception).
    if let Value::Instance(inst) = v
        && writes_to_dict(inst)
    {
        inst.dict.set_str_hashed(name, hash, value);
        return Ok(());
    }
    set_attr_general(v, name, hash, value)
}

/// [`set_attr_h`] past its fast path.
#[inline(never)]
pub(crate) fn set_attr_general(v: &Value, name: &str, hash: i64, value: Value) -> PyResult<()> {
    match v {
        Value::Instance(inst) => {
            let hooks = inst.class.hooks();
            if hooks & HOOK_SETATTR != 0
                && let Some(setattr) = inst.class.lookup_name(&SETATTR)
            {
                call_unbound(&setattr, v, &[Value::str(name), value])?;
                return Ok(());
            }
            instance_set_attr(v, inst, name, hash, value, hooks)
        }
        Value::Class(c) if c.builtin.is_none() => {
            if c.ext.metaclass.is_some()
                && let Some(r) = crate::types::class::meta::class_set_attr(v, c, name, &value)
            {
                return r;
            }
            crate::types::class::meta::raw_set_attr(c, name, value)
        }
        _ => set_attr_other(v, name, value),
    }
}

/// `object.__setattr__(v, name, value)`: the assignment without a user `__setattr__`.
pub fn generic_set_attr(v: &Value, name: &str, value: Value) -> PyResult<()> {
    generic_set_attr_h(v, name, crate::hash::hash_str(name), value)
}

/// [`generic_set_attr`] where `hash` is `hash_str(name)`.
pub fn generic_set_attr_h(v: &Value, name: &str, hash: i64, value: Value) -> PyResult<()> {
    refuse_layout_name(v, name)?;
    match v {
        Value::Instance(inst) => instance_set_attr(
            v,
            inst,
            name,
            hash,
            value,
            inst.class.hooks() | HOOK_DATA_DESCR,
        ),
        Value::Class(c) if c.builtin.is_none() => {
            crate::types::class::meta::raw_set_attr(c, name, value)
        }
        _ => set_attr(v, name, value),
    }
}

fn instance_set_attr(
    v: &Value,
    inst: &Rc<Instance>,
    name: &str,
    hash: i64,
    value: Value,
    hooks: u8,
) -> PyResult<()> {
    if hooks & HOOK_DATA_DESCR != 0
        && let Some(d) = inst.class.lookup_hashed(name, hash)
        && let Some(r) = descr::descr_set(&d, v, value.clone())
    {
        return r;
    }
    if let Some(allowed) = inst.class.slots.borrow().as_ref()
        && !allowed.iter().any(|a| &**a == name)
    {
        return Err(match inst.class.lookup_hashed(name, hash) {
            Some(_) => attribute_error(format!(
                "'{}' object attribute '{name}' is read-only",
                inst.class.name
            )),
            None => no_attr(v, name),
        });
    }
    {
        if let Some(st) = &inst.exc {
            let mut st = st.borrow_mut();
            match name {
                "args" => {
                    st.args = Some(Value::tuple(crate::types::iter::collect(&value)?));
                    return Ok(());
                }
                "__cause__" => {
                    st.cause = if value.is_none() { None } else { Some(value) };
                    st.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    st.context = if value.is_none() { None } else { Some(value) };
                    return Ok(());
                }
                "__suppress_context__" => {
                    st.suppress_context = value.truthy()?;
                    return Ok(());
                }
                "message" | "exceptions" if st.group.is_some() => {
                    return Err(attribute_error("readonly attribute"));
                }
                _ => {}
            }
        }
        if inst.slot_values.is_some()
            && let Some(store) = inst.dict_slot(name)
        {
            store.set_str_hashed(name, hash, value);
            return Ok(());
        }
        inst.dict.set_str_hashed(name, hash, value);
        Ok(())
    }
}

fn set_attr_other(v: &Value, name: &str, value: Value) -> PyResult<()> {
    match v {
        Value::Class(c) => Err(type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            c.name
        ))),
        Value::Module(m) => {
            m.set(name, value);
            Ok(())
        }
        Value::Function(f) => {
            if name == "__annotations__" {
                return crate::types::function_attrs::set_annotations(f, value);
            }
            if f.set_meta(name, value.clone())? {
                return Ok(());
            }
            let mut attrs = f.attrs.borrow_mut();
            attrs
                .get_or_insert_with(|| Rc::new(crate::types::dict::PyDict::new()))
                .set_str(name, value);
            Ok(())
        }
        _ => {
            if methods::special_attr(v, name)?.is_some() && name != "__class__" {
                Err(attribute_error(format!(
                    "attribute '{name}' of '{}' objects is not writable",
                    v.type_name()
                )))
            } else if methods::lookup(v, name).is_some() {
                Err(attribute_error(format!(
                    "'{}' object attribute '{name}' is read-only",
                    v.type_name()
                )))
            } else {
                Err(attribute_error(format!(
                    "'{}' object has no attribute '{name}'",
                    v.type_name()
                )))
            }
        }
    }
}

/// `delattr(v, name)`.
pub fn del_attr(v: &Value, name: &str) -> PyResult<()> {
    match v {
        Value::Instance(inst) => {
            if inst.class.hooks() & HOOK_DELATTR != 0
                && let Some(hook) = inst.class.lookup_name(&DELATTR)
            {
                return call_unbound(&hook, v, &[Value::str(name)]).map(|_| ());
            }
            generic_del_attr(v, name)
        }
        Value::Class(c) if c.builtin.is_none() => {
            if c.ext.metaclass.is_some()
                && let Some(r) = crate::types::class::meta::class_del_attr(v, c, name)
            {
                return r;
            }
            crate::types::class::meta::raw_del_attr(c, name)
        }
        Value::Module(m) => {
            if m.remove(name) {
                Ok(())
            } else {
                Err(no_attr(v, name))
            }
        }
        _ => Err(no_attr(v, name)),
    }
}

/// `object.__delattr__(v, name)`: the deletion without a user `__delattr__`.
pub fn generic_del_attr(v: &Value, name: &str) -> PyResult<()> {
    let Value::Instance(inst) = v else {
        if let Value::Class(c) = v
            && c.builtin.is_none()
        {
            return crate::types::class::meta::raw_del_attr(c, name);
        }
        return del_attr(v, name);
    };
    if inst.class.hooks() & HOOK_DATA_DESCR != 0
        && let Some(d) = inst.class.lookup(name)
        && let Some(r) = descr::descr_delete(&d, v)
    {
        return r;
    }
    if inst.slot_values.is_some()
        && let Some(store) = inst.dict_slot(name)
    {
        return match store.remove_str(name) {
            Some(_) => Ok(()),
            None => Err(attribute_error(name.to_string())),
        };
    }
    match inst.dict.remove_str(name) {
        Some(_) => Ok(()),
        None => match inst.class.slots.borrow().as_ref() {
            Some(allowed) if allowed.iter().any(|a| &**a == name) => {
                Err(attribute_error(name.to_string()))
            }
            _ => Err(no_attr(v, name)),
        },
    }
}

/// `v.name(*args, **kw)` without allocating a bound method in the common cases.
pub fn call_method(v: &Value, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let hash = if matches!(v, Value::Instance(_) | Value::Class(_)) {
        crate::hash::hash_str(name)
    } else {
        0
    };
    call_method_h(v, name, hash, args, kw)
}

/// [`call_method`] where `hash` is `hash_str(name)`.
pub fn call_method_h(v: &Value, name: &str, hash: i64, args: &[Value], kw: Kw) -> PyResult<Value> {
    bind_method_h(v, name, hash)?.call(args, kw)
}

/// Looks up `v.name` for a call (`hash` is `hash_str(name)`), without allocating a bound
/// method in the common cases. Compiled `obj.name(args)` looks the method up before it
/// evaluates the arguments, as CPython's `LOAD_METHOD` does, and calls it after.
pub fn bind_method_h<'a>(v: &'a Value, name: &str, hash: i64) -> PyResult<BoundCall<'a>> {
    match v {
        Value::Instance(inst) => {
            if inst.class.hooks() & HOOK_GETATTRIBUTE == 0
                && inst.dict.get_str_hashed(name, hash).is_none()
                && let Some(f @ Value::Function(_)) = inst.class.lookup_hashed(name, hash)
            {
                return Ok(BoundCall::Prepend(f, v));
            }
            Ok(BoundCall::Callable(get_attr_h(v, name, hash)?))
        }
        Value::Class(_) => Ok(BoundCall::Callable(get_attr_h(v, name, hash)?)),
        Value::Module(_) | Value::Function(_) => Ok(BoundCall::Callable(get_attr(v, name)?)),
        _ => match methods::lookup(v, name) {
            Some((n, f)) => Ok(BoundCall::Native(n, f, v)),
            None => Err(no_attr(v, name)),
        },
    }
}

/// Calls special method `name` looked up on the *type* of `v` (as the interpreter does for
/// operators); `Ok(None)` when the type does not define it.
pub fn call_dunder_opt(v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let Value::Instance(inst) = v else {
        // A class's special methods come from its metaclass.
        return crate::types::class::meta::dunder(v, name, args);
    };
    let found = match inst.base {
        Some(_) => inst.class.lookup_special(name),
        None => inst.class.lookup(name),
    };
    match found {
        // `__iter__ = None` and friends declare the protocol unsupported; other special
        // methods set to `None` are called like any attribute (and fail as not callable).
        Some(Value::None)
            if matches!(
                name,
                "__hash__" | "__iter__" | "__reversed__" | "__contains__"
            ) =>
        {
            Ok(None)
        }
        Some(f) => call_unbound(&f, v, args).map(Some),
        None => match &inst.base {
            Some(b) => base::dunder(v, b, name, args),
            None => Ok(None),
        },
    }
}

/// Looked up on every instance creation.
const NEW: Name = Name::new("__new__");
const INIT: Name = Name::new("__init__");

/// `Cls(*args, **kw)` for a user-defined class (or exception class).
pub fn construct(cls: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(t) = cls.builtin
        && !cls.derives_from(BuiltinType::BaseException)
    {
        if t == BuiltinType::Type && args.len() != 1 {
            if args.len() != 3 {
                return Err(type_error("type() takes 1 or 3 arguments"));
            }
            return crate::types::class::setup::type_new(cls, args, kw);
        }
        if let Some(r) = descr::construct(t, args, kw) {
            return r;
        }
        return crate::builtins::construct_builtin(cls, args, kw);
    }
    if cls.ext.lookups.plain_instances(|| plain_class(cls)) && !cls.ext.is_abstract.get() {
        let obj = Value::Instance(Instance::plain(cls.clone()));
        let init = cls.lookup_name(&INIT);
        return run_init(cls, obj, init, args, kw);
    }
    let user_new = user_new(cls);
    if user_new.is_none() && crate::types::class::meta::is_metaclass(cls) {
        return construct_class(cls, args, kw);
    }
    let obj = match &user_new {
        Some(new) => {
            let new = descr::descr_get(new.clone(), None, cls)?;
            let obj = crate::call::call_prepend(&new, &Value::Class(cls.clone()), args, kw)?;
            // `__init__` only runs when `__new__` returned an instance of the class.
            if !crate::types::class::is_instance(&obj, cls) {
                return Ok(obj);
            }
            obj
        }
        None if cls.ext.is_abstract.get() => {
            return Err(crate::types::class::meta::abstract_error(cls));
        }
        None if cls.derives_from(BuiltinType::BaseExceptionGroup) => {
            crate::types::exc_group::new_group(cls, args)?
        }
        None => match base::storage_type(cls) {
            Some(t) => base::new_instance(cls, t, args, kw)?,
            None => {
                let inst = Instance::new(crate::types::exc_attrs::concrete_class(cls, args));
                if let Some(st) = &inst.exc {
                    crate::types::exc_attrs::init_args(&mut st.borrow_mut(), &inst.class, args)?;
                }
                Value::Instance(inst)
            }
        },
    };
    let init = cls.lookup_name(&INIT);
    if init.is_none() && base::base_of(&obj).is_some() {
        // The built-in `__init__` (`list.__init__(iterable)`, `dict.__init__(**kw)`, ...).
        base::init(&obj, args, kw)?;
        return Ok(obj);
    }
    if user_new.is_some() && init.is_none() {
        return Ok(obj);
    }
    run_init(cls, obj, init, args, kw)
}

/// The user `__new__` of `cls`: the first in its MRO before any built-in class.
fn user_new(cls: &Rc<Class>) -> Option<Value> {
    cls.mro()
        .take_while(|c| c.builtin.is_none())
        .find_map(|c| c.dict.get_str_hashed(NEW.text, NEW.hash))
}

/// True when instances of `cls` are plain objects made by `object.__new__`: no built-in base
/// other than `object` (no exception, metaclass or built-in data storage) and no user
/// `__new__`. Cached per class until its namespace or a base's changes.
fn plain_class(cls: &Rc<Class>) -> bool {
    cls.builtin.is_none() && cls.builtin_base() == BuiltinType::Object && user_new(cls).is_none()
}

/// The end of `Cls(*args, **kw)` once `obj` exists: `__init__` (`init`, looked up on `cls`)
/// runs and must return `None`; without one, arguments are refused as CPython does.
fn run_init(
    cls: &Rc<Class>,
    obj: Value,
    init: Option<Value>,
    args: &[Value],
    kw: Kw,
) -> PyResult<Value> {
    match init {
        Some(init) => {
            let r = match &init {
                Value::Function(_) => crate::call::call_prepend(&init, &obj, args, kw)?,
                _ => call_kw(&descr::descr_get(init.clone(), Some(&obj), cls)?, args, kw)?,
            };
            if !r.is_none() {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        }
        None => {
            if cls.builtin_base() == BuiltinType::Object && (!args.is_empty() || !kw.is_empty()) {
                return Err(type_error(format!("{}() takes no arguments", cls.name)));
            }
            if !kw.is_empty() {
                // Named after the instance's class: `BaseExceptionGroup(...)` may have made an
                // `ExceptionGroup`.
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    crate::types::class::type_of(&obj).name
                )));
            }
        }
    }
    Ok(obj)
}

/// `Meta(name, bases, ns, **kw)` for a metaclass without its own `__new__`: `type.__new__`
/// makes the class, then the metaclass's `__init__` (if any) runs.
fn construct_class(meta: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len()
        )));
    }
    let obj = crate::types::class::setup::type_new(meta, args, kw)?;
    if crate::types::class::is_instance(&obj, meta)
        && let Some(init) = meta.lookup("__init__")
    {
        let r = call_kw(&descr::descr_get(init, Some(&obj), meta)?, args, kw)?;
        if !r.is_none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                r.type_name()
            )));
        }
    }
    Ok(obj)
}

/// `repr(instance)`.
pub fn instance_repr(v: &Value) -> PyResult<String> {
    let _depth = crate::frame::CallGuard::enter(" while getting the repr of an object")?;
    if let Some(r) = call_dunder_opt(v, "__repr__", &[])? {
        return match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(type_error(format!(
                "__repr__ returned non-string (type {})",
                other.type_name()
            ))),
        };
    }
    let Value::Instance(inst) = v else {
        return crate::ops::repr_of(v);
    };
    if inst.native.is_some()
        && let Some(r) = crate::types::native::descr_repr(inst)
    {
        return Ok(r);
    }
    if inst.exc.is_some() {
        let args = crate::err::exc_args(inst);
        let inner = match args.len() {
            1 => crate::ops::repr_of(&args[0])?,
            _ => {
                let r = crate::ops::repr_of(&Value::tuple(args))?;
                r[1..r.len() - 1].trim_end_matches(',').to_string()
            }
        };
        return Ok(format!("{}({inner})", inst.class.name));
    }
    Ok(format!(
        "<{}.{} object at {:#x}>",
        inst.class.module,
        inst.class.qualname,
        crate::ops::id_of(v)
    ))
}

/// `str(instance)`.
pub fn instance_str(v: &Value) -> PyResult<String> {
    let _depth = crate::frame::CallGuard::enter(" while getting the str of an object")?;
    if let Some(r) = call_dunder_opt(v, "__str__", &[])? {
        return match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(type_error(format!(
                "__str__ returned non-string (type {})",
                other.type_name()
            ))),
        };
    }
    let Value::Instance(inst) = v else {
        return crate::ops::str_of(v);
    };
    // `BaseException.__str__` (the arguments), whatever `__repr__` the class defines; an
    // exception group's own `__str__` adds the sub-exception count.
    if inst.exc.is_some() {
        if let Some(g) = crate::types::exc_group::parts(v) {
            return crate::types::exc_group::group_str(&g);
        }
        if let Some(s) = crate::types::exc_attrs::exc_str(inst) {
            return s;
        }
        let args = crate::err::exc_args(inst);
        return match args.len() {
            0 => Ok(String::new()),
            1 if inst.class.derives_from(BuiltinType::KeyError) => crate::ops::repr_of(&args[0]),
            1 => crate::ops::str_of(&args[0]),
            _ => crate::ops::repr_of(&Value::tuple(args)),
        };
    }
    instance_repr(v)
}

/// `bool(instance)`: `__bool__`, then `__len__`, else true.
pub fn instance_truthy(v: &Value) -> PyResult<bool> {
    if let Some(r) = call_dunder_opt(v, "__bool__", &[])? {
        return match r {
            Value::Bool(b) => Ok(b),
            other => Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                other.type_name()
            ))),
        };
    }
    if let Some(r) = call_dunder_opt(v, "__len__", &[])? {
        return Ok(len_result(r)? != 0);
    }
    Ok(true)
}

/// The size a `__len__` returned: an index that fits and is not negative.
fn len_result(r: Value) -> PyResult<usize> {
    let n = match r {
        Value::BigInt(_) => {
            return Err(crate::err::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        }
        r => crate::ops::index_of(&r)?,
    };
    if n < 0 {
        return Err(crate::err::value_error("__len__() should return >= 0"));
    }
    Ok(n as usize)
}

/// `len(instance)`.
pub fn instance_len(v: &Value) -> PyResult<usize> {
    match call_dunder_opt(v, "__len__", &[])? {
        Some(r) => len_result(r),
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            v.type_name()
        ))),
    }
}

/// CPython's `PyObject_LengthHint` on an instance about to be collected into a list (its
/// result only sizes an allocation, but the calls are observable): `__len__` (a `TypeError`
/// from it is ignored), else `__length_hint__`.
pub fn length_hint(v: &Value) -> PyResult<()> {
    let Value::Instance(inst) = v else {
        return Ok(());
    };
    let has_len = inst.class.lookup("__len__").is_some()
        || inst
            .base
            .as_ref()
            .is_some_and(|b| base::supports(b, "__len__"));
    if has_len {
        match instance_len(v) {
            Ok(_) => return Ok(()),
            Err(e) if e.is(BuiltinType::TypeError) => {}
            Err(e) => return Err(e),
        }
    }
    match call_dunder_opt(v, "__length_hint__", &[])? {
        None | Some(Value::NotImplemented) => Ok(()),
        Some(r @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
            if crate::ops::index_of(&r)? < 0 {
                return Err(crate::err::value_error(
                    "__length_hint__() should return >= 0",
                ));
            }
            Ok(())
        }
        Some(other) => Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            other.type_name()
        ))),
    }
}

/// `hash(instance)`: `__hash__`, disabled (`None`) when the class defines `__eq__` only.
pub fn instance_hash(v: &Value) -> PyResult<i64> {
    let Value::Instance(inst) = v else {
        return crate::hash::hash_value(v);
    };
    let found = match inst.base {
        Some(_) => inst.class.lookup_special("__hash__"),
        None => inst.class.lookup("__hash__"),
    };
    match found {
        Some(Value::None) => Err(type_error(format!("unhashable type: '{}'", v.type_name()))),
        Some(f) => match call(&f, std::slice::from_ref(v))? {
            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
            Value::BigInt(b) => Ok(crate::hash::hash_bigint(&b)),
            Value::Bool(b) => Ok(b as i64),
            _ => Err(type_error("__hash__ method should return an integer")),
        },
        None if inst.base.is_none()
            && inst.class.mro().any(|c| c.dict.get_str("__eq__").is_some()) =>
        {
            Err(type_error(format!("unhashable type: '{}'", v.type_name())))
        }
        None if inst.base.is_some() && inst.class.lookup_special("__eq__").is_some() => {
            Err(type_error(format!("unhashable type: '{}'", v.type_name())))
        }
        None if let Some(b) = &inst.base => match base::dunder(v, b, "__hash__", &[])? {
            Some(Value::Int(h)) => Ok(h),
            _ => Ok(crate::hash::hash_pointer(crate::ops::id_of(v) as usize)),
        },
        None => Ok(crate::hash::hash_pointer(crate::ops::id_of(v) as usize)),
    }
}

/// `iter(instance)`: `__iter__`, else the old `__getitem__` protocol.
pub fn instance_iter(v: &Value) -> PyResult<Value> {
    if let Value::Instance(inst) = v
        && let Some(Value::None) = inst.class.lookup("__iter__")
    {
        return Err(type_error(format!(
            "'{}' object is not iterable",
            v.type_name()
        )));
    }
    if let Some(r) = call_dunder_opt(v, "__iter__", &[])? {
        if !is_iterator(&r) {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                r.type_name()
            )));
        }
        return Ok(r);
    }
    if let Value::Instance(inst) = v
        && inst.class.lookup("__getitem__").is_some()
    {
        return Ok(crate::types::iter::PyIter::value(
            crate::types::iter::IterState::Sequence(v.clone(), 0),
        ));
    }
    Err(type_error(format!(
        "'{}' object is not iterable",
        v.type_name()
    )))
}

fn is_iterator(v: &Value) -> bool {
    match v {
        Value::Iter(_) => true,
        Value::Generator(g) => g.kind.is_iterator(),
        Value::Instance(i) => i.class.lookup("__next__").is_some(),
        _ => false,
    }
}

/// `next(instance)`: `Ok(None)` on `StopIteration`.
pub fn instance_next(v: &Value) -> PyResult<Option<Value>> {
    match call_dunder_opt(v, "__next__", &[]) {
        Ok(Some(x)) => Ok(Some(x)),
        Ok(None) => Err(type_error(format!(
            "'{}' object is not an iterator",
            v.type_name()
        ))),
        Err(e) if e.is(BuiltinType::StopIteration) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `needle in instance`: `__contains__`, else iteration.
pub fn instance_contains(v: &Value, needle: &Value) -> PyResult<bool> {
    if let Value::Instance(inst) = v
        && let Some(Value::None) = inst.class.lookup("__contains__")
    {
        return Err(type_error(format!(
            "'{}' object is not a container",
            v.type_name()
        )));
    }
    if let Some(r) = call_dunder_opt(v, "__contains__", std::slice::from_ref(needle))? {
        return r.truthy();
    }
    let it = crate::types::iter::iter(v)?;
    while let Some(x) = crate::types::iter::next(&it)? {
        if crate::ops::is(&x, needle) || crate::ops::eq(&x, needle)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `instance[key]`.
pub fn instance_getitem(v: &Value, key: &Value) -> PyResult<Value> {
    call_dunder_opt(v, "__getitem__", std::slice::from_ref(key))?
        .ok_or_else(|| type_error(format!("'{}' object is not subscriptable", v.type_name())))
}

/// `instance[key] = value`.
pub fn instance_setitem(v: &Value, key: &Value, value: Value) -> PyResult<()> {
    call_dunder_opt(v, "__setitem__", &[key.clone(), value])?
        .map(|_| ())
        .ok_or_else(|| {
            type_error(format!(
                "'{}' object does not support item assignment",
                v.type_name()
            ))
        })
}

/// `del instance[key]`.
pub fn instance_delitem(v: &Value, key: &Value) -> PyResult<()> {
    call_dunder_opt(v, "__delitem__", std::slice::from_ref(key))?
        .map(|_| ())
        .ok_or_else(|| crate::ops::no_item_deletion(v, key))
}

/// `super().name` inside a method of `cls` with receiver `obj`: looks `name` up in the MRO of
/// `type(obj)` after `cls`.
pub fn super_attr(cls: &Value, obj: &Value, name: &str) -> PyResult<Value> {
    super_attr_h(cls, obj, name, crate::hash::hash_str(name))
}

/// [`super_attr`] where `hash` is `hash_str(name)` (computed at compile time).
pub fn super_attr_h(cls: &Value, obj: &Value, name: &str, hash: i64) -> PyResult<Value> {
    super_find(cls, obj, name, hash, false).map(BoundCall::into_value)
}

/// `super().name` about to be called (`super().name(...)`): a plain function found past
/// `cls` comes back with its receiver instead of as a new bound-method object. The
/// arguments are evaluated only after this lookup, as in CPython.
pub fn super_method_h<'a>(
    cls: &Value,
    obj: &'a Value,
    name: &str,
    hash: i64,
) -> PyResult<BoundCall<'a>> {
    super_find(cls, obj, name, hash, true)
}

/// The lookup behind [`super_attr_h`] and [`super_method_h`] (`method`: a plain function
/// found for an instance receiver is returned unbound, as [`BoundCall::Prepend`]).
fn super_find<'a>(
    cls: &Value,
    obj: &'a Value,
    name: &str,
    hash: i64,
    method: bool,
) -> PyResult<BoundCall<'a>> {
    let Value::Class(cls) = cls else {
        return Err(crate::err::runtime_error(
            "super(): __class__ cell not found",
        ));
    };
    // CPython's `supercheck`: a class deriving from `cls` (super() in a classmethod or in
    // `__new__`) is searched as itself; anything else (an instance, or a class that is an
    // instance of the metaclass `cls`) through its type.
    let class_mode = matches!(obj, Value::Class(c) if c.is_subclass(cls));
    let start = match obj {
        Value::Class(c) if class_mode => c.clone(),
        other => type_of(other),
    };
    if !class_mode && !start.is_subclass(cls) {
        // The first argument of a function nested in the method need not be an instance.
        return Err(crate::err::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    let mut after = false;
    for c in start.mro() {
        if after {
            if let Some(x) = c.dict.get_str_hashed(name, hash) {
                if method && !class_mode && matches!(x, Value::Function(_)) {
                    return Ok(BoundCall::Prepend(x, obj));
                }
                return match obj {
                    Value::Class(oc) if class_mode => descr::descr_get(x, None, oc),
                    _ => descr::descr_get(x, Some(obj), &start),
                }
                .map(BoundCall::Callable);
            }
            if c.builtin == Some(BuiltinType::Type)
                && let Some(f) = crate::types::class::type_methods::get(name)
            {
                return Ok(BoundCall::Callable(if class_mode || name == "__new__" {
                    f
                } else {
                    crate::types::class::type_methods::bind(obj.clone(), f)
                }));
            }
            if c.builtin.is_some() {
                // The methods of a built-in data type, applied to the instance's base value.
                if c.builtin != Some(BuiltinType::Object)
                    && let Some(b) = base::base_of(obj)
                    && let Some((receiver, n, f)) = base::method(obj, b, name)
                {
                    return Ok(BoundCall::Callable(Value::BoundMethod(Rc::new(
                        BoundMethod {
                            receiver,
                            target: MethodTarget::Native(n, f),
                        },
                    ))));
                }
                if let Some(m) = builtin_super_method(c, name) {
                    return Ok(BoundCall::Callable(Value::BoundMethod(Rc::new(
                        BoundMethod {
                            receiver: obj.clone(),
                            target: MethodTarget::Native(m.0, m.1),
                        },
                    ))));
                }
            }
        }
        if Rc::ptr_eq(c, cls) {
            after = true;
        }
    }
    if after && let Some(m) = descr::object_method(name) {
        // `object`'s own methods: `__new__` and `__init_subclass__` are not bound to an
        // instance (static / bound to the class), the others are.
        return Ok(BoundCall::Callable(match name {
            "__new__" => m,
            _ if class_mode && name != "__init_subclass__" => m,
            _ => Value::BoundMethod(Rc::new(BoundMethod {
                receiver: obj.clone(),
                target: MethodTarget::Python(m),
            })),
        }));
    }
    Err(attribute_error(format!(
        "'super' object has no attribute '{name}'"
    )))
}

fn builtin_super_method(
    c: &Rc<Class>,
    name: &str,
) -> Option<(&'static str, crate::types::function::MethodFn)> {
    match name {
        "__init__" if c.derives_from(BuiltinType::BaseException) => Some(("__init__", exc_init)),
        "__init__" => Some(("__init__", object_init)),
        "__str__" if c.derives_from(BuiltinType::BaseException) => Some(("__str__", exc_str)),
        "__repr__" => Some(("__repr__", object_repr)),
        "__str__" => Some(("__str__", object_repr)),
        _ => None,
    }
}

fn exc_init(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Value::Instance(i) = recv
        && let Some(st) = &i.exc
    {
        crate::types::exc_attrs::init_args(&mut st.borrow_mut(), &i.class, args)?;
    }
    Ok(Value::None)
}

fn exc_str(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Value::Instance(inst) = recv else {
        return Ok(Value::str(""));
    };
    if let Some(g) = crate::types::exc_group::parts(recv) {
        return crate::types::exc_group::group_str(&g).map(Value::string);
    }
    if let Some(s) = crate::types::exc_attrs::exc_str(inst) {
        return s.map(Value::string);
    }
    let args = crate::err::exc_args(inst);
    Ok(Value::string(match args.len() {
        0 => String::new(),
        1 => crate::ops::str_of(&args[0])?,
        _ => crate::ops::repr_of(&Value::tuple(args))?,
    }))
}

fn object_init(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    descr::object_init_args(recv, !args.is_empty() || !kw.is_empty())?;
    Ok(Value::None)
}

fn object_repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Value::Instance(inst) = recv else {
        return crate::ops::repr_of(recv).map(Value::string);
    };
    Ok(Value::string(format!(
        "<{}.{} object at {:#x}>",
        inst.class.module,
        inst.class.qualname,
        crate::ops::id_of(recv)
    )))
}

/// The class object for a built-in type name, for `isinstance(x, int)` and friends.
pub fn builtin_type_value(t: BuiltinType) -> Value {
    Value::Class(builtin_class(t))
}

pub mod base;
pub mod context;
pub mod descr;
pub mod pattern;

/// Calls `attr`, found on the type of `obj` (a special-method lookup), with `obj` bound as
/// the receiver: plain functions get `obj` first, descriptors are bound through `__get__`.
pub fn call_unbound(attr: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
    if let Some(f) = crate::types::native::method_fn(attr) {
        return f(obj, args, &[]);
    }
    match attr {
        Value::Function(_) => crate::call::call_prepend(attr, obj, args, &[]),
        _ => {
            let bound = descr::descr_get(attr.clone(), Some(obj), &type_of(obj))?;
            call(&bound, args)
        }
    }
}
