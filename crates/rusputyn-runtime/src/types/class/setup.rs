//! Class creation (`class` statements and `type(name, bases, dict)`): copying the namespace
//! with CPython's implicit wrappings, `__slots__`, `__set_name__`, `__init_subclass__`, and the
//! cached hook bits that keep plain attribute access fast.

use crate::err::type_error;
use crate::types::class::{
    BuiltinType, Class, HOOK_DATA_DESCR, HOOK_DELATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR,
    builtin_class, meta,
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

/// Creates a user class made by `type`: `class Name(*bases, **kw)` whose body filled `ns`.
pub fn new_class_kw(
    name: &str,
    qualname: &str,
    bases: Vec<Value>,
    ns: &PyDict,
    kw: Kw,
) -> PyResult<Value> {
    create(None, name, qualname, bases, ns, kw)
}

/// `type.__new__(mcls, name, bases, ns, **kw)`: the class, made by the most derived of `mcls`
/// and the bases' metaclasses (whose own `__new__` runs instead when it has one), with
/// CPython's argument errors.
pub fn type_new(mcls: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (Value::Str(name), Value::Tuple(bases)) = (&args[0], &args[1]) else {
        let (which, want, got) = match &args[0] {
            Value::Str(_) => ("2", "tuple", &args[1]),
            _ => ("1", "str", &args[0]),
        };
        return Err(type_error(format!(
            "type.__new__() argument {which} must be {want}, not {}",
            got.type_name()
        )));
    };
    let ns = match &args[2] {
        Value::Dict(d) => d.clone(),
        other if crate::types::class::is_instance_of(other, BuiltinType::Dict) => {
            match crate::call::call(&Value::Class(builtin_class(BuiltinType::Dict)), &args[2..3])? {
                Value::Dict(d) => d,
                _ => return Err(type_error("type.__new__() argument 3 must be dict")),
            }
        }
        other => {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                other.type_name()
            )));
        }
    };
    let bases = bases.items().to_vec();
    let winner = meta::calculate_meta(mcls, &bases)?;
    if !Rc::ptr_eq(&winner, mcls)
        && let Some(new) = winner
            .mro()
            .take_while(|k| k.builtin.is_none())
            .find_map(|k| k.dict.get_str("__new__"))
    {
        // A more derived metaclass with its own `__new__` makes the class instead.
        let new = descr::descr_get(new, None, &winner)?;
        let mut full = vec![Value::Class(winner.clone())];
        full.extend_from_slice(args);
        return crate::call::call_kw(&new, &full, kw);
    }
    let metaclass = if winner.builtin == Some(BuiltinType::Type) {
        None
    } else {
        Some(winner)
    };
    create(metaclass, name.as_str(), name.as_str(), bases, &ns, kw)
}

/// Creates a user class whose metaclass is `metaclass` (`None`: `type`) from its bases and
/// the namespace its body filled.
pub fn create(
    metaclass: Option<Rc<Class>>,
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
    check_layouts(&base_classes)?;
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
    let cls = Class::new_user_meta(name, &qualname, &module, base_classes, metaclass)?;
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
    if let Some(abstract_methods) = ns.get_str("__abstractmethods__") {
        cls.ext.is_abstract.set(abstract_methods.truthy()?);
    }
    match ns.get_str("__slots__") {
        Some(slots) => *cls.slots.borrow_mut() = slot_names(&cls, &slots, ns)?,
        None => *cls.ext.dict_slots.borrow_mut() = inherited_slot_names(&cls.bases),
    }
    cls.hook_bits.set(compute_hooks(&cls));
    cls.invalidate_lookups();
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

/// The slot names the user classes among `bases` define, whether their instances have a
/// `__dict__` or not.
fn inherited_slot_names(bases: &[Rc<Class>]) -> Vec<Rc<str>> {
    let mut names: Vec<Rc<str>> = Vec::new();
    for b in bases.iter().filter(|b| b.builtin.is_none()) {
        let slots = b.slots.borrow();
        let dict_slots = b.ext.dict_slots.borrow();
        for n in slots.as_deref().unwrap_or(&dict_slots[..]) {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
    }
    names
}

/// The attribute names allowed on instances when the class and all its bases declare
/// `__slots__`; `None` when instances still get a `__dict__` (the slot names then go to
/// `ClassExt::dict_slots`, stored apart from it).
fn slot_names(cls: &Rc<Class>, slots: &Value, ns: &PyDict) -> PyResult<Option<Vec<Rc<str>>>> {
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
    let mut has_dict = names.iter().any(|n| &**n == "__dict__");
    // `__weakref__` only asks for weak-reference support, which every object has here.
    names.retain(|n| &**n != "__dict__" && &**n != "__weakref__");
    if let Some(n) = names.iter().find(|n| ns.get_str(n).is_some()) {
        return Err(crate::err::value_error(format!(
            "'{n}' in __slots__ conflicts with class variable"
        )));
    }
    for b in &cls.bases {
        match b.builtin {
            Some(BuiltinType::Object) => {}
            Some(_) => has_dict = true,
            None => has_dict |= b.slots.borrow().is_none(),
        }
    }
    for n in inherited_slot_names(&cls.bases) {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    if has_dict {
        *cls.ext.dict_slots.borrow_mut() = names;
        return Ok(None);
    }
    Ok(Some(names))
}

/// Calls `super(cls, cls).__init_subclass__(**kw)` for a freshly created class.
fn init_subclass(cls: &Rc<Class>, kw: Kw) -> PyResult<()> {
    // The whole MRO is searched, as `super(cls, cls)` does: a built-in base placed before
    // a Python class defining the hook (`class B(list, A)`) does not hide it.
    for c in cls.mro_tail.iter() {
        if c.builtin.is_some() {
            continue;
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

/// The built-in type whose instance layout a class's instances have (CPython's "solid
/// base"): the nearest built-in type in the MRO, exceptions all sharing `BaseException`'s.
fn solid_base(c: &Rc<Class>) -> BuiltinType {
    if c.derives_from(BuiltinType::BaseException) {
        return BuiltinType::BaseException;
    }
    match c.builtin_base() {
        BuiltinType::Bool => BuiltinType::Int,
        t => t,
    }
}

/// CPython's `best_base`: the base whose instance layout extends every other base's (the
/// first such base), or the lay-out conflict error when the layouts do not form a chain.
fn best_base_of(bases: &[Rc<Class>]) -> PyResult<Option<Rc<Class>>> {
    let mut winner: Option<(Rc<Class>, Rc<Class>)> = None;
    for b in bases {
        let solid = builtin_class(solid_base(b));
        winner = match winner {
            None => Some((solid, b.clone())),
            Some((w, wb)) if w.is_subclass(&solid) => Some((w, wb)),
            Some((w, _)) if solid.is_subclass(&w) => Some((solid, b.clone())),
            Some(_) => {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
        };
    }
    Ok(winner.map(|(_, b)| b))
}

/// `cls.__base__` of a class with `bases`.
pub fn best_base(bases: &[Rc<Class>]) -> Option<Rc<Class>> {
    best_base_of(bases).ok().flatten()
}

fn check_layouts(bases: &[Rc<Class>]) -> PyResult<()> {
    best_base_of(bases).map(|_| ())
}
