//! Subscripting: `v[i]`, `v[a:b:c]`, assignment and deletion, with CPython's messages.

use crate::err::{PyErr, index_error, key_error, type_error, value_error};
use crate::types::slice::PySlice;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// Normalises a possibly negative index against `len`; `None` when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if (0..len).contains(&j) {
        Some(j as usize)
    } else {
        None
    }
}

fn index_arg(v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            crate::types::class::BuiltinType::IndexError,
            format!("cannot fit 'int' into an index-sized integer"),
        )),
        // An `int` subclass instance indexes by its value (its `__index__` is not consulted,
        // as in CPython).
        Value::Instance(i) if matches!(i.base, Some(Value::Int(_) | Value::BigInt(_))) => {
            index_arg(i.base.as_ref().unwrap_or(v), what)
        }
        // Only objects with `__index__` are indices (`__int__` is not enough).
        Value::Instance(i) if i.class.lookup("__index__").is_some_and(|f| !f.is_none()) => {
            super::index_of(&super::number_index(v)?)
        }
        _ => Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            v.type_name()
        ))),
    }
}

/// `v[key]`: an in-range small-int index of a list or tuple inline, the rest out of line.
#[inline]
pub fn getitem(v: &Value, key: &Value) -> PyResult<Value> {
    if let Value::Int(i) = key {
        match v {
            Value::List(l) => {
                let items = l.borrow();
                if let Some(j) = norm_index(*i, items.len()) {
                    return Ok(super::fast::dup(&items[j]));
                }
            }
            Value::Tuple(t) => {
                if let Some(j) = norm_index(*i, t.len()) {
                    return Ok(super::fast::dup(&t.items()[j]));
                }
            }
            _ => {}
        }
    }
    getitem_slow(v, key)
}

#[inline(never)]
fn getitem_slow(v: &Value, key: &Value) -> PyResult<Value> {
    match v {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let items = l.borrow();
                let idx = s.indices(items.len())?;
                return Ok(Value::list(idx.iter().map(|i| items[i].clone()).collect()));
            }
            let i = index_arg(key, "list")?;
            let items = l.borrow();
            norm_index(i, items.len())
                .map(|i| items[i].clone())
                .ok_or_else(|| index_error("list index out of range"))
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let idx = s.indices(t.len())?;
                return Ok(Value::tuple(
                    idx.iter().map(|i| t.items()[i].clone()).collect(),
                ));
            }
            let i = index_arg(key, "tuple")?;
            norm_index(i, t.len())
                .map(|i| t.items()[i].clone())
                .ok_or_else(|| index_error("tuple index out of range"))
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = key {
                let idx = sl.indices(s.char_len())?;
                if idx.step == 1 {
                    return Ok(Value::str(
                        s.substring(idx.start as usize, idx.start as usize + idx.len),
                    ));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                return Ok(Value::string(idx.iter().map(|i| chars[i]).collect()));
            }
            let i = match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index_arg(key, "string")?,
                Value::Instance(i)
                    if matches!(i.base, Some(Value::Int(_) | Value::BigInt(_)))
                        || i.class.lookup("__index__").is_some_and(|f| !f.is_none()) =>
                {
                    index_arg(key, "string")?
                }
                _ => {
                    return Err(type_error(format!(
                        "string indices must be integers, not '{}'",
                        key.type_name()
                    )));
                }
            };
            let c = norm_index(i, s.char_len())
                .and_then(|i| s.char_at(i))
                .ok_or_else(|| index_error("string index out of range"))?;
            let mut buf = [0u8; 4];
            Ok(Value::str(c.encode_utf8(&mut buf)))
        }
        Value::Bytes(b) => {
            if let Value::Slice(sl) = key {
                let idx = sl.indices(b.len())?;
                return Ok(Value::Bytes(
                    idx.iter().map(|i| b[i]).collect::<Vec<u8>>().into(),
                ));
            }
            let i = index_arg(key, "byte")?;
            norm_index(i, b.len())
                .map(|i| Value::Int(b[i] as i64))
                .ok_or_else(|| index_error("index out of range"))
        }
        Value::ByteArray(b) => crate::types::bytearray::getitem(b, key),
        Value::Range(r) => {
            if let Value::Slice(sl) = key {
                return Ok(Value::Range(Rc::new(r.slice(sl)?)));
            }
            if !matches!(key, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                // Non-integers get the generic "indices must be integers" message.
                index_arg(key, "range")?;
            }
            r.get(key)
        }
        Value::Dict(d) => match d.get(key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        Value::Instance(_) => crate::types::object::instance_getitem(v, key),
        // A metaclass `__getitem__` comes before `__class_getitem__`.
        Value::Class(_) if crate::types::class::meta::has_dunder(v, "__getitem__") => {
            crate::types::object::instance_getitem(v, key)
        }
        // `C[key]` calls `C.__class_getitem__(key)` (implicitly a class method). Built-in
        // generic classes (`list[int]`) and their subclasses make a `types.GenericAlias`.
        Value::Class(c) => match c.lookup("__class_getitem__") {
            Some(Value::Function(f)) => {
                crate::call::call(&Value::Function(f), &[v.clone(), key.clone()])
            }
            Some(_) => {
                let hook = crate::types::object::get_attr(v, "__class_getitem__")?;
                crate::call::call(&hook, std::slice::from_ref(key))
            }
            None if c.builtin.is_none()
                && !c.mro().any(|k| {
                    k.builtin
                        .is_some_and(|b| b != crate::types::class::BuiltinType::Object)
                }) =>
            {
                Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name
                )))
            }
            None => Ok(crate::types::generic_alias::generic_alias(v.clone(), key)),
        },
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            v.type_name()
        ))),
    }
}

/// `v[key] = value`: an in-range small-int index of a list inline, the rest out of line.
#[inline]
pub fn setitem(v: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let (Value::List(l), Value::Int(i)) = (v, key) {
        let mut items = l.borrow_mut();
        if let Some(j) = norm_index(*i, items.len()) {
            let old = std::mem::replace(&mut items[j], value);
            drop(items);
            // Released after the list's borrow: its `__del__` may touch the list.
            drop(old);
            return Ok(());
        }
        drop(items);
    }
    setitem_slow(v, key, value)
}

#[inline(never)]
fn setitem_slow(v: &Value, key: &Value, value: Value) -> PyResult<()> {
    match v {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                return set_list_slice(l, s, value);
            }
            let i = index_arg(key, "list")?;
            let mut items = l.borrow_mut();
            let len = items.len();
            match norm_index(i, len) {
                Some(i) => {
                    let old = std::mem::replace(&mut items[i], value);
                    drop(items);
                    drop(old);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        Value::Dict(d) => d.set(key.clone(), value),
        Value::ByteArray(b) => crate::types::bytearray::setitem(b, key, Some(&value)),
        Value::Instance(_) => crate::types::object::instance_setitem(v, key, value),
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            v.type_name()
        ))),
    }
}

fn set_list_slice(l: &crate::types::list::PyList, s: &PySlice, value: Value) -> PyResult<()> {
    let len = l.len();
    let idx = s.indices(len)?;
    let new = crate::types::iter::collect(&value).map_err(|e| {
        if !e.is(crate::types::class::BuiltinType::TypeError) || matches!(value, Value::Instance(_))
        {
            return e;
        }
        if idx.step == 1 {
            type_error("can only assign an iterable")
        } else {
            type_error("must assign iterable to extended slice")
        }
    })?;
    let mut items = l.borrow_mut();
    if idx.step == 1 {
        let start = idx.start.clamp(0, len as i64) as usize;
        let stop = (idx.start as usize + idx.len).max(start);
        items.splice(start..stop, new);
        return Ok(());
    }
    if new.len() != idx.len {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new.len(),
            idx.len
        )));
    }
    for (i, v) in idx.iter().zip(new) {
        items[i] = v;
    }
    Ok(())
}

/// `del v[key]`.
pub fn delitem(v: &Value, key: &Value) -> PyResult<()> {
    match v {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let idx = s.indices(l.len())?;
                let mut drop: Vec<usize> = idx.iter().collect();
                drop.sort_unstable();
                let mut items = l.borrow_mut();
                for i in drop.into_iter().rev() {
                    items.remove(i);
                }
                return Ok(());
            }
            let i = index_arg(key, "list")?;
            let mut items = l.borrow_mut();
            let len = items.len();
            match norm_index(i, len) {
                Some(i) => {
                    items.remove(i);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        Value::ByteArray(b) => crate::types::bytearray::setitem(b, key, None),
        Value::Dict(d) => match d.remove(key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        },
        Value::Instance(_) => crate::types::object::instance_delitem(v, key),
        _ => Err(no_item_deletion(v, key)),
    }
}

/// CPython's `TypeError` for `del v[key]` on an object without `__delitem__`. Its two
/// wordings come from two C paths: an integer key on a type with sequence methods goes
/// through `PySequence_DelItem` ("doesn't"), everything else through `PyObject_DelItem`
/// ("does not").
pub fn no_item_deletion(v: &Value, key: &Value) -> PyErr {
    let has_sequence_slots = !matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::Slice(_)
            | Value::Function(_)
    );
    let int_key = matches!(key, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    let verb = if has_sequence_slots && int_key {
        "doesn't"
    } else {
        "does not"
    };
    type_error(format!(
        "'{}' object {verb} support item deletion",
        v.type_name()
    ))
}

/// Builds a `slice` object.
pub fn slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Slice(Rc::new(PySlice { start, stop, step }))
}
