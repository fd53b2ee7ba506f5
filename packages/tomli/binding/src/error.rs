//! Maps core parse errors to the Python exceptions `tomli` raises.
//!
//! Decode errors become `tomli.TOMLDecodeError(msg, doc, pos)` (the class lives in the Python
//! glue so its constructor, attributes and deprecation path behave exactly like upstream's);
//! the limit errors become `RecursionError`. Keys in messages are rendered with Python's own
//! `repr()` so non-ASCII printability follows CPython's rules.

use pyo3::exceptions::PyRecursionError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple};
use rusputyn_tomli_core::Error;

static DECODE_ERROR: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The `TOMLDecodeError` class defined in `tomli._parser`.
fn decode_error_type(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    DECODE_ERROR
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(
                py.import("tomli._parser")?
                    .getattr("TOMLDecodeError")?
                    .unbind(),
            )
        })
        .map(|t| t.bind(py))
}

fn repr_str(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .and_then(|r| r.to_cow().map(|c| c.into_owned()))
        .unwrap_or_else(|_| rusputyn_tomli_core::py_repr(s))
}

fn repr_tuple(py: Python<'_>, parts: &[String]) -> String {
    PyTuple::new(py, parts)
        .and_then(|t| t.repr())
        .and_then(|r| r.to_cow().map(|c| c.into_owned()))
        .unwrap_or_else(|_| format!("{parts:?}"))
}

/// Converts a byte offset of `src` into a code-point index (offsets past the end keep their
/// distance to the end, as `tomli` can report `len(doc) + 1`).
fn char_pos(src: &str, pos: usize) -> usize {
    let mut p = pos.min(src.len());
    while !src.is_char_boundary(p) {
        p -= 1;
    }
    src[..p].chars().count() + pos.saturating_sub(src.len())
}

/// Builds the Python exception for a core error. `doc` is the newline-normalised document
/// as a Python string (created lazily by the caller only on this error path).
pub fn to_pyerr(py: Python<'_>, err: Error, src: &str, doc: Bound<'_, PyAny>) -> PyErr {
    match err {
        Error::Decode(e) => {
            let msg = e
                .kind
                .message_with(&|k| repr_str(py, k), &|parts| repr_tuple(py, parts));
            let pos = char_pos(src, e.pos);
            match decode_error_type(py).and_then(|t| t.call1((msg, doc, pos))) {
                Ok(exc) => PyErr::from_value(exc),
                Err(e) => e,
            }
        }
        other @ (Error::TooManyKeyParts(_) | Error::TooDeeplyNested(_)) => {
            PyRecursionError::new_err(other.to_string())
        }
    }
}
