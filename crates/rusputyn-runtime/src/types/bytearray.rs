//! `bytearray`: a mutable byte string behind a `RefCell`, and the one accessor for the
//! contents of any bytes-like object ([`buffer`]).
//!
//! Borrow discipline, as for `list`: no borrow of the bytes is held across a call into Python
//! code (`__index__`, iteration of an argument), which may mutate the same bytearray. Methods
//! shared with `bytes` read a copy ([`buffer`] of a bytearray is owned).

use crate::value::Value;
use std::borrow::Cow;
use std::cell::{Ref, RefCell, RefMut};

/// A Python `bytearray` object.
pub struct PyByteArray {
    data: RefCell<Vec<u8>>,
}

impl PyByteArray {
    /// A bytearray holding `data`.
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            data: RefCell::new(data),
        }
    }

    /// Shared borrow of the bytes.
    pub fn borrow(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    /// Mutable borrow of the bytes.
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<u8>> {
        self.data.borrow_mut()
    }

    /// A copy of the bytes.
    pub fn snapshot(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    /// `len(b)`.
    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    /// True for `bytearray()`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The contents of a bytes-like object (`bytes`, `bytearray`, or an instance of a subclass of
/// either): borrowed from a `bytes`, copied from a `bytearray`. `None` for anything else.
pub fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v {
        Value::Bytes(b) => Some(Cow::Borrowed(b)),
        Value::ByteArray(b) => Some(Cow::Owned(b.snapshot())),
        Value::Instance(_) => crate::types::object::base::base_of(v).and_then(buffer),
        _ => None,
    }
}

/// True for the bytes-like values [`buffer`] reads.
pub fn is_bytes_like(v: &Value) -> bool {
    match v {
        Value::Bytes(_) | Value::ByteArray(_) => true,
        Value::Instance(_) => crate::types::object::base::base_of(v).is_some_and(is_bytes_like),
        _ => false,
    }
}

/// The position `key` names in a bytearray of length `len` (`b[i]`, `b[i] = x`, `del b[i]`):
/// `IndexError: bytearray index out of range`.
fn position(key: &Value, len: usize) -> crate::value::PyResult<usize> {
    let i = match crate::ops::number_index(key)? {
        Value::Int(i) => i,
        _ => {
            return Err(crate::err::index_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        }
    };
    crate::ops::norm_index(i, len)
        .ok_or_else(|| crate::err::index_error("bytearray index out of range"))
}

fn bad_key(key: &Value) -> crate::err::PyErr {
    crate::err::type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        key.type_name()
    ))
}

/// `b[key]`: an int for an index, a new bytearray for a slice.
pub fn getitem(b: &PyByteArray, key: &Value) -> crate::value::PyResult<Value> {
    if let Value::Slice(s) = key {
        let idx = s.indices(b.len())?;
        let data = b.borrow();
        return Ok(Value::bytearray(idx.iter().map(|i| data[i]).collect()));
    }
    if !crate::types::bytes_new::is_index(key) {
        return Err(bad_key(key));
    }
    let i = position(key, b.len())?;
    Ok(Value::Int(b.borrow()[i] as i64))
}

/// `b[key] = value` (`value` is `None` for `del b[key]`). An index takes one int in
/// `range(256)`; a slice takes any bytes-like object or iterable of such ints (not an int or
/// a `str`), resizing the bytearray for a simple slice; an extended slice needs as many bytes
/// as it selects, and assigning it no bytes deletes it, as in CPython.
pub fn setitem(b: &PyByteArray, key: &Value, value: Option<&Value>) -> crate::value::PyResult<()> {
    use crate::types::bytes_new::{byte_value, from_object, is_index};
    let idx = match key {
        Value::Slice(s) => s.indices(b.len())?,
        k if is_index(k) => {
            // The new byte is checked before the index (CPython's order).
            let byte = value.map(|v| byte_value(v, "byte")).transpose()?;
            let i = position(k, b.len())?;
            let mut data = b.borrow_mut();
            match byte {
                Some(byte) => data[i] = byte,
                None => {
                    data.remove(i);
                }
            }
            return Ok(());
        }
        _ => return Err(bad_key(key)),
    };
    let new = match value {
        None => Vec::new(),
        Some(v) if crate::types::bytes_new::is_index(v) || is_number_or_str(v) => {
            return Err(crate::err::type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        Some(v) => from_object(true, v)?,
    };
    let mut data = b.borrow_mut();
    let len = data.len();
    if idx.step == 1 {
        let start = idx.start.clamp(0, len as i64) as usize;
        let stop = (start + idx.len).min(len);
        data.splice(start..stop, new);
        return Ok(());
    }
    if new.is_empty() {
        let mut gone: Vec<usize> = idx.iter().collect();
        gone.sort_unstable();
        let mut k = 0;
        let mut pos = 0;
        data.retain(|_| {
            let keep = gone.get(k) != Some(&pos);
            if !keep {
                k += 1;
            }
            pos += 1;
            keep
        });
        return Ok(());
    }
    if new.len() != idx.len {
        return Err(crate::err::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            idx.len
        )));
    }
    for (i, byte) in idx.iter().zip(new) {
        data[i] = byte;
    }
    Ok(())
}

/// CPython's `PyNumber_Check` or a `str`: the values a bytearray slice refuses outright.
fn is_number_or_str(v: &Value) -> bool {
    match v {
        Value::Float(_) | Value::Complex(_) | Value::Str(_) => true,
        Value::Instance(i) => {
            crate::types::object::base::base_of(v).is_some_and(is_number_or_str)
                || ["__int__", "__float__", "__complex__"]
                    .iter()
                    .any(|m| i.class.lookup(m).is_some_and(|f| !f.is_none()))
        }
        _ => false,
    }
}
