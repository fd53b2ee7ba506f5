//! The `class` statement's protocol, in CPython's order: the bases are resolved through
//! `__mro_entries__`, the metaclass is the `metaclass=` keyword or the most derived of the
//! bases' metaclasses, its `__prepare__` makes the namespace the body runs in, and finally
//! `metaclass(name, bases, namespace, **kw)` makes the class. Generated code calls
//! [`prepare`] before the body and [`finish`] after it.

use crate::call::call_kw;
use crate::err::type_error;
use crate::types::class::namespace::ClassNs;
use crate::types::class::{BuiltinType, Class, meta, type_of};
use crate::types::function::Kw;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// A class statement between its header and its body's end.
pub struct ClassBuild {
    /// The metaclass (or whatever callable `metaclass=` named).
    meta: Value,
    /// The bases after `__mro_entries__`.
    bases: Value,
    /// The bases as written, when `__mro_entries__` replaced some (`__orig_bases__`).
    orig_bases: Option<Value>,
    /// The class keywords other than `metaclass`.
    kw: Vec<(String, Value)>,
    /// The namespace the body fills.
    pub ns: ClassNs,
}

/// Evaluates the class header: resolves the bases and the metaclass and prepares the
/// namespace.
pub fn prepare(name: &str, bases: Vec<Value>, kw: Kw) -> PyResult<ClassBuild> {
    let (resolved, orig_bases) = mro_entries(bases)?;
    let mut explicit = None;
    let mut rest = Vec::new();
    for (k, v) in kw {
        if *k == "metaclass" {
            explicit = Some(v.clone());
        } else {
            rest.push((k.to_string(), v.clone()));
        }
    }
    let meta = match explicit {
        Some(Value::Class(m)) => Value::Class(meta::calculate_meta(&m, &resolved)?),
        Some(other) => other,
        None => match resolved.first() {
            None => Value::Class(crate::types::class::builtin_class(BuiltinType::Type)),
            Some(b) => Value::Class(meta::calculate_meta(&type_of(b), &resolved)?),
        },
    };
    let bases = Value::tuple(resolved);
    let ns = match &meta {
        Value::Class(m) if is_type(m) => ClassNs::new_dict(),
        _ => prepare_namespace(&meta, name, &bases, &rest)?,
    };
    Ok(ClassBuild {
        meta,
        bases,
        orig_bases,
        kw: rest,
        ns,
    })
}

/// Makes the class once its body has run: `metaclass(name, bases, ns, **kw)`.
pub fn finish(b: &ClassBuild, name: &str) -> PyResult<Value> {
    if let Some(orig) = &b.orig_bases {
        b.ns.set("__orig_bases__", orig.clone())?;
    }
    let kw: Vec<(&str, Value)> = b.kw.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    if let (Value::Class(m), ClassNs::Dict(ns)) = (&b.meta, &b.ns)
        && is_type(m)
    {
        let Value::Tuple(bases) = &b.bases else {
            return Err(type_error("bases must be a tuple"));
        };
        return crate::types::class::setup::create(
            None,
            name,
            name,
            bases.items().to_vec(),
            ns,
            &kw,
        );
    }
    let args = [Value::str(name), b.bases.clone(), b.ns.value()];
    call_kw(&b.meta, &args, &kw)
}

/// Replaces each base that is not a class by what its `__mro_entries__(bases)` returns.
fn mro_entries(bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
    if bases.iter().all(|b| matches!(b, Value::Class(_))) {
        return Ok((bases, None));
    }
    let orig = Value::tuple(bases.clone());
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in bases {
        if matches!(b, Value::Class(_)) {
            out.push(b);
            continue;
        }
        let entries = match crate::types::object::get_attr(&b, "__mro_entries__") {
            Ok(f) => f,
            Err(e) if e.is(BuiltinType::AttributeError) => {
                out.push(b);
                continue;
            }
            Err(e) => return Err(e),
        };
        match crate::call::call(&entries, std::slice::from_ref(&orig))? {
            Value::Tuple(t) => out.extend(t.items().iter().cloned()),
            _ => return Err(type_error("__mro_entries__ must return a tuple")),
        }
        changed = true;
    }
    Ok((out, changed.then_some(orig)))
}

/// `meta.__prepare__(name, bases, **kw)`, which must return a mapping.
fn prepare_namespace(
    meta: &Value,
    name: &str,
    bases: &Value,
    kw: &[(String, Value)],
) -> PyResult<ClassNs> {
    let prep = match crate::types::object::get_attr(meta, "__prepare__") {
        Ok(p) => p,
        Err(e) if e.is(BuiltinType::AttributeError) => return Ok(ClassNs::new_dict()),
        Err(e) => return Err(e),
    };
    let kw: Vec<(&str, Value)> = kw.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let ns = call_kw(&prep, &[Value::str(name), bases.clone()], &kw)?;
    if !is_mapping(&ns) {
        let who = match meta {
            Value::Class(m) => m.name.to_string(),
            _ => "<metaclass>".to_string(),
        };
        return Err(type_error(format!(
            "{who}.__prepare__() must return a mapping, not {}",
            ns.type_name()
        )));
    }
    Ok(ClassNs::from_value(ns))
}

/// CPython's `PyMapping_Check`: the type supports `[key]` (and is not a sequence type).
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Instance(i) => i.class.lookup("__getitem__").is_some(),
        _ => false,
    }
}

/// True when `c` is `type` itself.
fn is_type(c: &Rc<Class>) -> bool {
    c.builtin == Some(BuiltinType::Type)
}
