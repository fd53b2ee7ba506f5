//! PyO3 binding: the `tomli._tomli` extension behind the drop-in `tomli` package.
//!
//! `loads`/`load` validate their arguments like `tomli` 2.5.0, parse with the Rust core and
//! convert the resulting tree to Python objects. A custom `parse_float` is applied to every
//! float lexeme in document order (also on the error path, so its exceptions win over later
//! syntax errors exactly as in the pure-Python parser).

mod convert;
mod error;

use std::sync::atomic::{AtomicUsize, Ordering};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyList, PyString};
use rusputyn_tomli_core::{Options, Parser, normalize_newlines};

/// Documents longer than this (bytes) are converted with the cyclic GC paused.
const GC_PAUSE_THRESHOLD: usize = 16 * 1024;

/// `sys.getrecursionlimit()` captured at import, as `tomli` computes `MAX_KEY_PARTS`.
static MAX_KEY_PARTS: AtomicUsize = AtomicUsize::new(1000);

/// Parses `text`; `orig` is the caller's str object, reused as `doc` when no newline
/// normalisation was needed.
fn loads_text<'py>(
    py: Python<'py>,
    text: &str,
    orig: Option<&Bound<'py, PyString>>,
    parse_float: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let src = normalize_newlines(text);
    let opts = Options {
        max_key_parts: MAX_KEY_PARTS.load(Ordering::Relaxed),
        ..Options::default()
    };
    let mut parser = Parser::new(&src, opts);
    let result = parser.parse();

    let custom = parse_float.filter(|f| !f.is(py.get_type::<PyFloat>().as_any()));
    let floats = match custom {
        Some(f) => {
            let mut out = Vec::with_capacity(parser.float_spans().len());
            for span in parser.float_spans() {
                let v = f.call1((&src[span.start..span.end],))?;
                if v.is_instance_of::<PyDict>() || v.is_instance_of::<PyList>() {
                    return Err(PyValueError::new_err(
                        "parse_float must not return dicts or lists",
                    ));
                }
                out.push(v);
            }
            Some(out)
        }
        None => None,
    };

    match result {
        Ok(root) => {
            // Only worth its three Python calls for documents with many values.
            let _pause = if src.len() > GC_PAUSE_THRESHOLD {
                Some(convert::GcPause::new(py)?)
            } else {
                None
            };
            convert::Converter::new(py, floats).table(&root, false)
        }
        Err(e) => {
            let doc = match (orig, &src) {
                (Some(s), std::borrow::Cow::Borrowed(_))
                    if s.is_exact_instance_of::<PyString>() =>
                {
                    s.clone().into_any()
                }
                _ => PyString::new(py, &src).into_any(),
            };
            Err(error::to_pyerr(py, e, &src, doc))
        }
    }
}

/// Parse TOML from a string.
#[pyfunction]
#[pyo3(signature = (s, /, *, parse_float = None), text_signature = "(s, /, *, parse_float=float)")]
fn loads<'py>(
    py: Python<'py>,
    s: &Bound<'py, PyAny>,
    parse_float: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let Ok(st) = s.cast::<PyString>() else {
        let name = s.get_type().qualname()?;
        return Err(PyTypeError::new_err(format!(
            "Expected str object, not '{name}'"
        )));
    };
    let text = st.to_cow()?;
    loads_text(py, &text, Some(st), parse_float)
}

/// Parse TOML from a binary file object.
#[pyfunction]
#[pyo3(signature = (fp, /, *, parse_float = None), text_signature = "(fp, /, *, parse_float=float)")]
fn load<'py>(
    py: Python<'py>,
    fp: &Bound<'py, PyAny>,
    parse_float: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let data = fp.call_method0("read")?;
    if let Ok(bytes) = data.cast::<PyBytes>() {
        if let Ok(text) = std::str::from_utf8(bytes.as_bytes()) {
            return loads_text(py, text, None, parse_float);
        }
        // Invalid UTF-8: let Python raise its own UnicodeDecodeError.
        data.call_method0("decode")?;
    }
    let decoded = match data.getattr("decode") {
        Ok(decode) => decode.call0(),
        Err(e) if e.is_instance_of::<pyo3::exceptions::PyAttributeError>(py) => {
            return Err(PyTypeError::new_err(
                "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`",
            ));
        }
        Err(e) => Err(e),
    }?;
    loads(py, &decoded, parse_float)
}

/// The extension module; the public `tomli` package re-exports its functions.
#[pymodule]
fn _tomli(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let limit: usize = m
        .py()
        .import("sys")?
        .call_method0("getrecursionlimit")?
        .extract()?;
    MAX_KEY_PARTS.store(limit, Ordering::Relaxed);
    m.add_function(wrap_pyfunction!(loads, m)?)?;
    m.add_function(wrap_pyfunction!(load, m)?)?;
    Ok(())
}
