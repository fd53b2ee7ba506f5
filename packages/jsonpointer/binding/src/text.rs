//! Text helpers: zero-copy views of Python `str` objects and the pointer
//! string conversions (parse into a list of parts, escape, unescape, path).
//!
//! Python strings may hold lone surrogates, which have no UTF-8 form. Those
//! rare strings take a slow path built from Python's own `str` methods, so
//! results stay identical to upstream for every input.

use std::borrow::Cow;

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use rusputyn_jsonpointer_core as core;

use crate::error::{parse_error, pointer_error};

#[cfg(not(windows))]
unsafe extern "C" {
    // Part of every CPython 3.x ABI (and of the limited API from 3.10); it
    // returns the UTF-8 buffer cached inside the str object, so for ASCII
    // text no copy is made. PyO3 only exposes it for 3.10+ abi3 builds, but
    // this wheel targets 3.9+, where the symbol exists too. Windows links
    // against python3.dll, which only exports the 3.9 stable ABI, so it uses
    // PyO3's copying accessor instead.
    fn PyUnicode_AsUTF8AndSize(
        unicode: *mut pyo3::ffi::PyObject,
        size: *mut pyo3::ffi::Py_ssize_t,
    ) -> *const std::os::raw::c_char;
}

/// The UTF-8 text of `s`, or `None` if it contains lone surrogates.
#[inline]
pub fn view<'a>(s: &'a Bound<'_, PyString>) -> Option<Cow<'a, str>> {
    #[cfg(not(windows))]
    {
        let mut size: pyo3::ffi::Py_ssize_t = 0;
        // SAFETY: `s` is a live str; the returned buffer is owned by it and
        // lives as long as the borrow of `s`.
        let ptr = unsafe { PyUnicode_AsUTF8AndSize(s.as_ptr(), &mut size) };
        if ptr.is_null() {
            // UnicodeEncodeError for surrogates: clear it, use the slow path.
            let _ = PyErr::take(s.py());
            return None;
        }
        // SAFETY: CPython guarantees valid UTF-8 of `size` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), size as usize) };
        Some(Cow::Borrowed(unsafe {
            std::str::from_utf8_unchecked(bytes)
        }))
    }
    #[cfg(windows)]
    {
        s.to_cow().ok()
    }
}

static RE_ARRAY_INDEX: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
static RE_INVALID_ESCAPE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn compile(py: Python<'_>, pattern: &str) -> PyResult<Py<PyAny>> {
    Ok(py
        .import(intern!(py, "re"))?
        .call_method1(intern!(py, "compile"), (pattern,))?
        .unbind())
}

/// `re.compile('0|[1-9][0-9]*')`, exposed as `JsonPointer._RE_ARRAY_INDEX`.
pub fn re_array_index(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    RE_ARRAY_INDEX
        .get_or_try_init(py, || compile(py, "0|[1-9][0-9]*"))
        .map(|r| r.bind(py))
}

/// `re.compile('(~[^01]|~$)')`, exposed as `JsonPointer._RE_INVALID_ESCAPE`.
pub fn re_invalid_escape(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    RE_INVALID_ESCAPE
        .get_or_try_init(py, || compile(py, "(~[^01]|~$)"))
        .map(|r| r.bind(py))
}

/// Parsed pointers by pointer string: `{str: tuple of part strs}`.
///
/// Programs use a handful of pointers over and over; reusing the part
/// strings skips re-parsing and re-allocating them, and their cached hashes
/// make the dict lookups during the walk cheaper. Bounded by clearing.
static CACHE: PyOnceLock<Py<PyDict>> = PyOnceLock::new();
const CACHE_LIMIT: usize = 4096;

/// Part strings of the cached pointers: `{str: the same str}`.
///
/// Pointers parsed from different strings share equal parts as one object
/// (like `sys.intern`, but private and bounded, so nothing is made
/// immortal). Comparing such parts (`contains`, `==`, dict lookups) then
/// stops at the identity check. Bounded by clearing, like `CACHE`.
static PART_STRS: PyOnceLock<Py<PyDict>> = PyOnceLock::new();
const PART_STRS_LIMIT: usize = 16384;

/// The shared object equal to `part` (which is an exact `str`).
fn shared_part<'py>(
    table: &Bound<'py, PyDict>,
    part: Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyString>> {
    if let Some(hit) = table.get_item(&part)? {
        // Only exact strs are stored; equal strs compare with no Python code.
        return Ok(hit.cast_into::<PyString>()?);
    }
    if table.len() >= PART_STRS_LIMIT {
        table.clear();
    }
    table.set_item(&part, &part)?;
    Ok(part)
}

/// Parses a pointer into the tuple of its unescaped parts (cached).
pub fn parse_tuple<'py>(pointer: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
    let py = pointer.py();
    if let Ok(s) = pointer.cast_exact::<PyString>() {
        let cache = CACHE.get_or_init(py, || PyDict::new(py).unbind()).bind(py);
        if let Some(hit) = cache.get_item(s)? {
            return Ok(hit.cast_into::<PyTuple>()?);
        }
        if let Some(text) = view(s) {
            let tokens = core::tokens(&text).map_err(parse_error)?;
            let table = PART_STRS
                .get_or_init(py, || PyDict::new(py).unbind())
                .bind(py);
            let parts: Vec<Bound<'py, PyString>> = tokens
                .map(|t| shared_part(table, PyString::new(py, &core::unescape(t))))
                .collect::<PyResult<_>>()?;
            let tuple = PyTuple::new(py, parts)?;
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.set_item(s, &tuple)?;
            return Ok(tuple);
        }
    } else if let Ok(s) = pointer.cast::<PyString>()
        && let Some(text) = view(s)
    {
        // str subclasses: parsed, never cached (their hash/eq may differ).
        let tokens = core::tokens(&text).map_err(parse_error)?;
        let parts: Vec<Bound<'py, PyString>> = tokens
            .map(|t| PyString::new(py, &core::unescape(t)))
            .collect();
        return PyTuple::new(py, parts);
    }
    Ok(parse_parts_slow(pointer)?.to_tuple())
}

/// Parses a pointer into a fresh list of its unescaped parts (what
/// upstream stores in `JsonPointer.parts`).
pub fn parse_parts<'py>(pointer: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    Ok(parse_tuple(pointer)?.to_list())
}

/// Upstream's algorithm spelled with Python operations: used for strings
/// with lone surrogates, and for non-strings, where the regex search raises
/// the very `TypeError` upstream raises.
fn parse_parts_slow<'py>(pointer: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let py = pointer.py();
    let found = re_invalid_escape(py)?.call_method1(intern!(py, "search"), (pointer,))?;
    if !found.is_none() {
        let group: String = found
            .call_method0(intern!(py, "group"))?
            .str()?
            .to_string_lossy()
            .into_owned();
        return Err(parse_error(core::Error::InvalidEscape(group)));
    }
    let pieces = pointer.call_method1(intern!(py, "split"), ("/",))?;
    let pieces = pieces.cast_into::<PyList>()?;
    let first = pieces.call_method1(intern!(py, "pop"), (0,))?;
    if !first.eq("")? {
        return Err(pointer_error("Location must start with /"));
    }
    let out = PyList::empty(py);
    for piece in pieces.iter() {
        out.append(unescape_any(&piece)?)?;
    }
    Ok(out)
}

/// `escape(s)`: `~` → `~0`, `/` → `~1`. Non-`str` arguments behave like
/// upstream (their own `replace` is called, or `AttributeError`).
pub fn escape_any<'py>(s: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if let Ok(text_obj) = s.cast_exact::<PyString>()
        && let Some(text) = view(text_obj)
    {
        return Ok(match core::escape(&text) {
            Cow::Borrowed(_) => s.clone(),
            Cow::Owned(out) => PyString::new(s.py(), &out).into_any(),
        });
    }
    let py = s.py();
    s.call_method1(intern!(py, "replace"), ("~", "~0"))?
        .call_method1(intern!(py, "replace"), ("/", "~1"))
}

/// `unescape(s)`: `~1` → `/` then `~0` → `~`.
pub fn unescape_any<'py>(s: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if let Ok(text_obj) = s.cast_exact::<PyString>()
        && let Some(text) = view(text_obj)
    {
        return Ok(match core::unescape(&text) {
            Cow::Borrowed(_) => s.clone(),
            Cow::Owned(out) => PyString::new(s.py(), &out).into_any(),
        });
    }
    let py = s.py();
    s.call_method1(intern!(py, "replace"), ("~1", "/"))?
        .call_method1(intern!(py, "replace"), ("~0", "~"))
}

/// `''.join('/' + escape(part) for part in parts)`.
pub fn path_of<'py>(parts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
    let py = parts.py();
    if let Ok(list) = parts.cast_exact::<PyList>() {
        let mut out = String::with_capacity(list.len() * 8);
        let mut fast = true;
        for item in list.iter() {
            match item.cast_exact::<PyString>().ok().and_then(view) {
                Some(text) => {
                    out.push('/');
                    out.push_str(&core::escape(&text));
                }
                None => {
                    fast = false;
                    break;
                }
            }
        }
        if fast {
            return Ok(PyString::new(py, &out));
        }
    }
    let pieces = PyList::empty(py);
    for item in parts.try_iter()? {
        let escaped = escape_any(&item?)?;
        pieces.append(PyString::new(py, "/").add(escaped)?)?;
    }
    PyString::new(py, "")
        .call_method1(intern!(py, "join"), (pieces,))?
        .cast_into::<PyString>()
        .map_err(Into::into)
}
