//! Argument checking for `str` and `bytes` methods in each of CPython's wordings: Argument
//! Clinic positional-only (`replace expected at least 2 arguments, got 1`), Argument Clinic
//! with keywords (`split() takes at most 2 arguments (3 given)`), the older
//! `PyArg_ParseTuple` style (`find() takes at least 1 argument (0 given)`), `METH_NOARGS` and
//! `METH_O`; plus the slice-index and width arguments these methods share.

use crate::err::{PyErr, type_error};
use crate::types::class::BuiltinType;
use crate::types::function::Kw;
use crate::value::{PyResult, Value};

/// A `start`/`end` argument: `None` or anything with `__index__`; out-of-range big ints
/// clamp, as `_PyEval_SliceIndex` does.
pub(crate) fn slice_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::BigInt(b)) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(x @ (Value::Int(_) | Value::Bool(_) | Value::Instance(_))) => {
            match crate::ops::index_of(x) {
                Ok(i) => Ok(Some(i)),
                Err(e) if e.is(BuiltinType::TypeError) => Err(slice_index_error()),
                Err(e) => Err(e),
            }
        }
        Some(_) => Err(slice_index_error()),
    }
}

fn slice_index_error() -> PyErr {
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// CPython's `ADJUST_INDICES`: clamps `end` to `len`, wraps negatives once, and leaves a
/// `start` beyond the end alone (callers treat that as "no match").
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Results longer than this many characters raise `MemoryError` rather than attempting
/// the allocation (CPython fails the same way, at its allocator).
pub(crate) const MAX_LEN: usize = 1 << 30;

/// A `width` argument: negative means zero; absurd widths are a `MemoryError`.
pub(crate) fn width_arg(v: &Value) -> PyResult<usize> {
    let w = crate::ops::index_of(v)?;
    if w > MAX_LEN as i64 {
        return Err(PyErr::bare(BuiltinType::MemoryError));
    }
    Ok(w.max(0) as usize)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn reject_kwargs(ty: &str, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!(
            "{ty}.{name}() takes no keyword arguments"
        )))
    }
}

/// A method without arguments (`METH_NOARGS`): `str.upper() takes no arguments (1 given)`.
pub(crate) fn no_args(ty: &str, name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    reject_kwargs(ty, name, kw)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "{ty}.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// A method with exactly one positional argument (`METH_O`):
/// `str.join() takes exactly one argument (0 given)`.
pub(crate) fn exact_one(ty: &str, name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    reject_kwargs(ty, name, kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "{ty}.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// Argument Clinic positional-only parameters: `replace expected at least 2 arguments, got 1`.
pub(crate) fn clinic_args(
    ty: &str,
    name: &str,
    args: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    reject_kwargs(ty, name, kw)?;
    let n = args.len();
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// `PyArg_ParseTuple`-style parameters: `find() takes at least 1 argument (0 given)`.
pub(crate) fn legacy_args(
    ty: &str,
    name: &str,
    args: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    reject_kwargs(ty, name, kw)?;
    let n = args.len();
    if n < min {
        return Err(type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Argument Clinic optional parameters that may also be passed by keyword (`split`,
/// `encode`, ...); none of these methods has a required parameter.
pub(crate) fn keyword_args<const N: usize>(
    name: &str,
    args: &[Value],
    kw: Kw,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let total = args.len() + kw.len();
    if total > N {
        let keyword = if args.is_empty() { "keyword " } else { "" };
        return Err(type_error(format!(
            "{name}() takes at most {N} {keyword}argument{} ({total} given)",
            plural(N)
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    for (k, v) in kw {
        match names.iter().position(|n| n == k) {
            Some(i) if i < args.len() => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok(out)
}

/// A special method called directly: `expected 1 argument, got 0`.
pub(crate) fn slot_args(args: &[Value], kw: Kw, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if args.len() != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            args.len()
        )));
    }
    Ok(())
}
