//! PyO3 binding: the native half of the `jsonpointer` drop-in package.
//!
//! The extension module `jsonpointer._jsonpointer` holds the classes
//! (`JsonPointer`, `EndOfList`, `JsonPointerException`) and the module
//! functions; the pure-Python `jsonpointer/__init__.py` re-exports them and
//! adds the bits that are simplest in Python (metadata, `pairwise`,
//! `VERBOSE_EXCEPTIONS`). Pointer syntax comes from the core crate; the
//! document walk happens here, directly on the Python objects.

mod deepcopy;
mod error;
mod pointer;
mod text;
mod walk;

use pyo3::prelude::*;

use crate::error::JsonPointerException;
use crate::pointer::{DefaultArg, EndOfList, JsonPointer, Ops, Truthy};
use crate::text::parse_tuple;

/// Resolves `pointer` against `doc` and returns the referenced object, or
/// `default` (if given) when it cannot be resolved.
#[pyfunction]
#[pyo3(signature = (doc, pointer, default = DefaultArg::Missing))]
fn resolve_pointer<'py>(
    doc: Bound<'py, PyAny>,
    pointer: &Bound<'py, PyAny>,
    default: DefaultArg<'py>,
) -> PyResult<Bound<'py, PyAny>> {
    let parts = parse_tuple(pointer)?;
    pointer::resolve(Ops::NATIVE, &parts, doc, default)
}

/// Sets the target of `pointer` in `doc` to `value` and returns the document
/// (a deep copy unless `inplace`); `create` adds missing members as dicts.
#[pyfunction]
#[pyo3(signature = (doc, pointer, value, inplace = Truthy(true), create = Truthy(false)))]
fn set_pointer<'py>(
    doc: Bound<'py, PyAny>,
    pointer: &Bound<'py, PyAny>,
    value: Bound<'py, PyAny>,
    inplace: Truthy,
    create: Truthy,
) -> PyResult<Bound<'py, PyAny>> {
    let parts = parse_tuple(pointer)?;
    pointer::set(Ops::NATIVE, &parts, doc, value, inplace.0, create.0)
}

/// Escapes a part for use in a pointer: `~` → `~0`, `/` → `~1`.
#[pyfunction]
fn escape<'py>(s: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    text::escape_any(s)
}

/// Reverses `escape`: `~1` → `/`, then `~0` → `~`.
#[pyfunction]
fn unescape<'py>(s: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    text::unescape_any(s)
}

// `gil_used = true`: `JsonPointer` relies on the GIL to guard its state
// (see `pointer::GilCell`).
#[pymodule(gil_used = true)]
fn _jsonpointer(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<JsonPointer>()?;
    m.add_class::<EndOfList>()?;
    #[cfg(not(windows))]
    pointer::fast_contains::register(py)?;
    m.add(
        "JsonPointerException",
        py.get_type::<JsonPointerException>(),
    )?;
    m.add("_nothing", pointer::nothing(py)?)?;
    m.add_function(wrap_pyfunction!(resolve_pointer, m)?)?;
    m.add_function(wrap_pyfunction!(set_pointer, m)?)?;
    m.add_function(wrap_pyfunction!(escape, m)?)?;
    m.add_function(wrap_pyfunction!(unescape, m)?)?;
    Ok(())
}
