//! The constructors `bytes(...)` and `bytearray(...)`: one parser of
//! `(source, encoding, errors)` with CPython's checks and messages, shared by both types.

use crate::err::{type_error, value_error};
use crate::types::bytearray::buffer;
use crate::types::class::BuiltinType;
use crate::types::function::Kw;
use crate::types::str::codec::{self, Codec};
use crate::value::{PyResult, Value};

/// `bytes(source, encoding, errors)` (`mutable == false`) or `bytearray(...)`: the bytes the
/// new object holds.
pub fn contents(mutable: bool, args: &[Value], kw: Kw) -> PyResult<Vec<u8>> {
    let name = if mutable { "bytearray" } else { "bytes" };
    if args.len() + kw.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let mut params: [Option<&Value>; 3] = [args.first(), args.get(1), args.get(2)];
    for (k, v) in kw {
        match ["source", "encoding", "errors"].iter().position(|n| n == k) {
            Some(i) if params[i].is_none() => params[i] = Some(v),
            Some(i) => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let [source, encoding, errors] = params;
    let text = |param: &str, v: Option<&Value>| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(type_error(format!(
                "{name}() argument '{param}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let encoding = text("encoding", encoding)?;
    let errors = text("errors", errors)?;
    let Some(source) = source else {
        if encoding.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = source {
        let Some(encoding) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let codec = Codec::lookup(&encoding)?;
        return codec::encode(s.as_str(), codec, errors.as_deref().unwrap_or("strict"));
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    from_object(mutable, source)
}

/// `bytes(x)` / `bytearray(x)` for one non-`str` argument: `__bytes__` (for `bytes`), a
/// bytes-like object, a count of zero bytes, or an iterable of ints in `range(256)`.
pub fn from_object(mutable: bool, source: &Value) -> PyResult<Vec<u8>> {
    let name = if mutable { "bytearray" } else { "bytes" };
    if !mutable
        && matches!(source, Value::Instance(_))
        && let Some(r) = crate::types::object::call_dunder_opt(source, "__bytes__", &[])?
    {
        return match r {
            Value::Bytes(b) => Ok(b.to_vec()),
            other => Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                other.type_name()
            ))),
        };
    }
    if let Some(b) = buffer(source) {
        return Ok(b.into_owned());
    }
    if is_index(source) {
        let n = crate::ops::number_index(source)?;
        let Value::Int(n) = n else {
            return Err(crate::err::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ));
        };
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0u8; n as usize]);
    }
    let it = crate::types::iter::iter(source).map_err(|e| {
        if e.is(BuiltinType::TypeError) {
            type_error(format!(
                "cannot convert '{}' object to {name}",
                source.type_name()
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(x) = crate::types::iter::next(&it)? {
        out.push(byte_value(&x, if mutable { "byte" } else { "bytes" })?);
    }
    Ok(out)
}

/// True for an int or an object with `__index__` (CPython's `PyIndex_Check`).
pub fn is_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
        Value::Instance(i) => i.class.lookup("__index__").is_some_and(|f| !f.is_none()),
        _ => false,
    }
}

/// One byte given as an int: `TypeError: 'str' object cannot be interpreted as an integer`,
/// `ValueError: byte must be in range(0, 256)` (`what` is `"byte"`, or `"bytes"` for the
/// `bytes` constructor's wording).
pub fn byte_value(v: &Value, what: &str) -> PyResult<u8> {
    let n = crate::ops::number_index(v)?;
    match n {
        Value::Int(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => Err(value_error(format!("{what} must be in range(0, 256)"))),
    }
}
