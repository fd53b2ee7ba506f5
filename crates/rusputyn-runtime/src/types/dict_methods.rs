//! Methods of `dict` and its views (`keys()`, `values()`, `items()`).

use crate::err::{key_error, type_error};
use crate::types::dict::PyDict;
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::iter::DictIterKind;
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The `dict` method table.
pub static METHODS: &[MethodEntry] = &[
    ("get", get),
    ("keys", keys),
    ("values", values),
    ("items", items),
    ("pop", pop),
    ("popitem", popitem),
    ("setdefault", setdefault),
    ("update", update),
    ("copy", copy),
    ("clear", clear),
    ("fromkeys", fromkeys),
];

/// The method table of dict views.
pub static VIEW_METHODS: &[MethodEntry] = &[("isdisjoint", view_isdisjoint)];

/// A live view of a dict.
pub struct DictView {
    /// The viewed dict.
    pub dict: Rc<PyDict>,
    /// Keys, values or items.
    pub kind: DictIterKind,
}

impl DictView {
    /// `type(view).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            DictIterKind::Keys => "dict_keys",
            DictIterKind::Values => "dict_values",
            DictIterKind::Items => "dict_items",
        }
    }

    /// The view's elements now.
    pub fn items(&self) -> Vec<Value> {
        match self.kind {
            DictIterKind::Keys => self.dict.keys(),
            DictIterKind::Values => self.dict.values(),
            DictIterKind::Items => self
                .dict
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        }
    }

    /// `repr(view)`.
    pub fn repr(&self) -> PyResult<String> {
        Ok(format!(
            "{}({})",
            self.type_name(),
            crate::ops::repr_of(&Value::list(self.items()))?
        ))
    }

    /// `x in view`.
    pub fn contains(&self, x: &Value) -> PyResult<bool> {
        match self.kind {
            DictIterKind::Keys => self.dict.contains(x),
            DictIterKind::Values => {
                for v in self.dict.values() {
                    if crate::ops::is(&v, x) || crate::ops::eq(&v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            DictIterKind::Items => {
                let Value::Tuple(t) = x else { return Ok(false) };
                if t.len() != 2 {
                    return Ok(false);
                }
                match self.dict.get(&t.items()[0])? {
                    Some(v) => {
                        Ok(crate::ops::is(&v, &t.items()[1]) || crate::ops::eq(&v, &t.items()[1])?)
                    }
                    None => Ok(false),
                }
            }
        }
    }
}

fn dict(v: &Value) -> &Rc<PyDict> {
    match v {
        Value::Dict(d) => d,
        _ => unreachable!("dict method table is only used for dicts"),
    }
}

fn view(v: &Value, kind: DictIterKind) -> Value {
    Value::DictView(Rc::new(DictView {
        dict: dict(v).clone(),
        kind,
    }))
}

fn get(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.get", kw)?;
    check_arity("get", args, 1, 2)?;
    Ok(dict(v)
        .get(&args[0])?
        .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
}

fn keys(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("dict.keys", args, 0, 0)?;
    Ok(view(v, DictIterKind::Keys))
}

fn values(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("dict.values", args, 0, 0)?;
    Ok(view(v, DictIterKind::Values))
}

fn items(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("dict.items", args, 0, 0)?;
    Ok(view(v, DictIterKind::Items))
}

fn pop(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.pop", kw)?;
    check_arity("pop", args, 1, 2)?;
    match dict(v).remove(&args[0])? {
        Some(x) => Ok(x),
        None => args
            .get(1)
            .cloned()
            .ok_or_else(|| key_error(args[0].clone())),
    }
}

fn popitem(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("dict.popitem", args, 0, 0)?;
    match dict(v).pop_last() {
        Some((k, x)) => Ok(Value::tuple(vec![k, x])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn setdefault(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dict.setdefault", kw)?;
    check_arity("setdefault", args, 1, 2)?;
    let d = dict(v);
    if let Some(x) = d.get(&args[0])? {
        return Ok(x);
    }
    let default = args.get(1).cloned().unwrap_or(Value::None);
    d.set(args[0].clone(), default.clone())?;
    Ok(default)
}

/// `d.update(other, **kw)`: from a mapping or an iterable of pairs.
pub fn update_from(d: &PyDict, other: &Value) -> PyResult<()> {
    if let Some(o) = crate::types::object::base::merge_source(other) {
        for (k, x) in o.items() {
            d.set(k, x)?;
        }
        return Ok(());
    }
    match other {
        Value::Instance(_) if crate::types::object::get_attr(other, "keys").is_ok() => {
            let keys = crate::call::call(&crate::types::object::get_attr(other, "keys")?, &[])?;
            for k in crate::types::iter::collect(&keys)? {
                let x = crate::ops::getitem(other, &k)?;
                d.set(k, x)?;
            }
        }
        _ => {
            let it = crate::types::iter::iter(other)?;
            let mut i = 0;
            while let Some(item) = crate::types::iter::next(&it)? {
                let pair = crate::types::iter::collect(&item).map_err(|_| {
                    type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(crate::err::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut pair = pair.into_iter();
                let (k, x) = (
                    pair.next().unwrap_or(Value::None),
                    pair.next().unwrap_or(Value::None),
                );
                d.set(k, x)?;
                i += 1;
            }
        }
    }
    Ok(())
}

fn update(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_arity("update", args, 0, 1)?;
    if let Some(o) = args.first() {
        update_from(dict(v), o)?;
    }
    for (k, x) in kw {
        dict(v).set_str(k, x.clone());
    }
    Ok(Value::None)
}

fn copy(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("dict.copy", args, 0, 0)?;
    Ok(Value::Dict(Rc::new(dict(v).copy())))
}

fn clear(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("dict.clear", args, 0, 0)?;
    dict(v).clear();
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`.
pub fn fromkeys(_v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("fromkeys", args, 1, 2)?;
    let d = PyDict::new();
    let value = args.get(1).cloned().unwrap_or(Value::None);
    for k in crate::types::iter::collect(&args[0])? {
        d.set(k, value.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn view_isdisjoint(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("isdisjoint", args, 1, 1)?;
    let Value::DictView(dv) = v else {
        return Ok(Value::Bool(true));
    };
    for x in crate::types::iter::collect(&args[0])? {
        if dv.contains(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
