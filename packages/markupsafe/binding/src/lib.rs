//! PyO3 binding of the rusputyn MarkupSafe core, importable as
//! `markupsafe._speedups` (the name upstream uses for its C accelerator).
//!
//! Besides upstream's `_escape_inner`, the module carries the whole hot path
//! so that a call from Python enters native code once: `escape`,
//! `escape_silent`, `soft_str`, `Markup.__new__` (`_markup_new`) and the
//! string work behind `Markup.unescape` / `Markup.striptags`. The `Markup`
//! class itself stays a Python `str` subclass (defined in
//! `markupsafe/__init__.py`), which registers itself here with `_register`.
//!
//! The module uses multi-phase initialisation (PyO3's default), so every
//! fresh import creates a new module with new function objects, as
//! upstream's extension does; each module instance remembers its own
//! `Markup` class.

mod class_call;
mod error;
mod fast;
mod markup;
mod methods;
mod text;

use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyFloat, PyInt, PyModule, PyString, PyTuple, PyType};
use rusputyn_markupsafe_core as core;
use std::borrow::Cow;
use std::cell::RefCell;
use std::ptr::null_mut;

use crate::error::BindingError;
use crate::markup::{markup_class, new_markup, str_new};
use crate::text::{str_from_utf8, with_utf8};

/// Whether `obj` is an instance of a builtin type that cannot carry the
/// `__html__` / `__html_format__` protocol methods (builtin types reject
/// new attributes), so the lookup can be skipped: a failed lookup builds
/// and discards an `AttributeError`, the most expensive part of escaping a
/// number.
#[inline]
fn is_plain_builtin(obj: &Bound<'_, PyAny>) -> bool {
    obj.is_exact_instance_of::<PyString>()
        || obj.is_exact_instance_of::<PyInt>()
        || obj.is_exact_instance_of::<PyFloat>()
        || obj.is_exact_instance_of::<PyBool>()
        || obj.is_exact_instance_of::<PyBytes>()
        || obj.is_none()
}

/// `getattr(obj, name, None)` with `hasattr` semantics: only
/// `AttributeError` means "absent", other exceptions propagate.
pub(crate) fn optional_attr<'py>(
    obj: &Bound<'py, PyAny>,
    name: &Bound<'py, PyString>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    if is_plain_builtin(obj) {
        return Ok(None);
    }
    let py = obj.py();
    // SAFETY: plain C API calls on live objects; the new reference (if any)
    // is handed to `Bound` immediately.
    unsafe {
        let attr = ffi::PyObject_GetAttr(obj.as_ptr(), name.as_ptr());
        if attr.is_null() {
            if ffi::PyErr_ExceptionMatches(ffi::PyExc_AttributeError) != 0 {
                ffi::PyErr_Clear();
                return Ok(None);
            }
            return Err(PyErr::fetch(py));
        }
        Ok(Some(Bound::from_owned_ptr(py, attr)))
    }
}

/// `getattr(obj, "__html__", None)`.
#[inline]
pub(crate) fn html_method<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyAny>>> {
    optional_attr(obj, intern!(obj.py(), "__html__"))
}

unsafe extern "C" {
    /// CPython's `PyObject_VectorcallMethod`: exported by every CPython
    /// since 3.9 but only in the limited API from 3.12, so declared here.
    /// It calls a method without creating a bound-method object.
    #[link_name = "PyObject_VectorcallMethod"]
    fn vectorcall_method(
        name: *mut ffi::PyObject,
        args: *const *mut ffi::PyObject,
        nargsf: usize,
        kwnames: *mut ffi::PyObject,
    ) -> *mut ffi::PyObject;
}

/// `nargsf` of a method call whose only argument is the receiver (without
/// `PY_VECTORCALL_ARGUMENTS_OFFSET`: there is no scratch slot before it).
const SELF_ONLY: usize = 1;

/// `obj.__html__()` if `obj` has an `__html__` attribute, `None` if it has
/// none (upstream's `if hasattr(s, "__html__"): s.__html__()`).
///
/// The method is called without materialising a bound method. A failed
/// lookup and an `AttributeError` raised by `__html__` itself both surface
/// as `AttributeError`; a failed lookup is recognised by the error's
/// `name` / `obj` (set by CPython's attribute lookup since 3.10), and
/// anything else is settled by looking the attribute up again: present
/// means the error came from the call and propagates.
pub(crate) fn call_html<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyAny>>> {
    if is_plain_builtin(obj) {
        return Ok(None);
    }
    let py = obj.py();
    let name = intern!(py, "__html__");
    let args = [obj.as_ptr()];
    // SAFETY: a live name and a one-element argument array (the receiver).
    let result = unsafe { vectorcall_method(name.as_ptr(), args.as_ptr(), SELF_ONLY, null_mut()) };
    if !result.is_null() {
        // SAFETY: a new reference returned by CPython.
        return Ok(Some(unsafe { Bound::from_owned_ptr(py, result) }));
    }
    // SAFETY: an exception is set (NULL result); the fetched references are
    // owned here and either released or handed back with `PyErr_Restore`.
    unsafe {
        if ffi::PyErr_ExceptionMatches(ffi::PyExc_AttributeError) == 0 {
            return Err(PyErr::fetch(py));
        }
        let (mut kind, mut value, mut traceback) = (null_mut(), null_mut(), null_mut());
        ffi::PyErr_Fetch(&mut kind, &mut value, &mut traceback);
        ffi::PyErr_NormalizeException(&mut kind, &mut value, &mut traceback);
        let is_attr = |attr: &Bound<'py, PyString>, expected: *mut ffi::PyObject| {
            let got = ffi::PyObject_GetAttr(value, attr.as_ptr());
            if got.is_null() {
                ffi::PyErr_Clear();
                return false;
            }
            ffi::Py_DECREF(got);
            got == expected
        };
        let lookup_failed = !value.is_null()
            && is_attr(intern!(py, "name"), name.as_ptr())
            && is_attr(intern!(py, "obj"), obj.as_ptr());
        if lookup_failed {
            ffi::Py_XDECREF(kind);
            ffi::Py_XDECREF(value);
            ffi::Py_XDECREF(traceback);
            return Ok(None);
        }
        ffi::PyErr_Restore(kind, value, traceback);
    }
    let err = PyErr::fetch(py);
    if optional_attr(obj, name)?.is_none() {
        return Ok(None);
    }
    Err(err)
}

/// `Markup(value)` for the class `cls`: unwraps `__html__` once, then
/// `str.__new__(cls, value)`.
pub(crate) fn markup_from<'py>(
    cls: &Bound<'py, PyType>,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    match call_html(value)? {
        Some(html) => new_markup(cls, &html),
        None => new_markup(cls, value),
    }
}

/// Escapes the text of `s` and wraps it in `cls`, reusing `s` itself when
/// nothing needs escaping.
#[inline]
pub(crate) fn escape_str<'py>(
    cls: &Bound<'py, PyType>,
    s: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyAny>> {
    match escape_text(s)? {
        None => new_markup(cls, s.as_any()),
        Some(escaped) => new_markup(cls, escaped.as_any()),
    }
}

/// Maximum capacity of the per-thread scratch buffer kept between calls;
/// larger buffers are released after use.
const SCRATCH_KEEP: usize = 4 << 20;

thread_local! {
    /// Reused output buffer of [`escape_text`]: its contents are copied
    /// into a new `str` right away, so one buffer per thread avoids an
    /// allocation (and, for big strings, fresh `mmap` page faults) per call.
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// The escaped text of `s` as a new exact `str`, or `None` when nothing
/// needs escaping.
pub(crate) fn escape_text<'py>(s: &Bound<'py, PyString>) -> PyResult<Option<Bound<'py, PyString>>> {
    let py = s.py();
    with_utf8(s, |bytes| {
        SCRATCH.with(|scratch| {
            // No Python code runs while the buffer is borrowed, so the
            // borrow cannot be re-entered; fall back to a fresh buffer
            // rather than panic if it ever were.
            let mut fresh = Vec::new();
            let mut guard = scratch.try_borrow_mut();
            let buffer = match guard.as_deref_mut() {
                Ok(buffer) => buffer,
                Err(_) => &mut fresh,
            };
            if !core::escape_bytes_reuse(bytes, buffer) {
                return Ok(None);
            }
            let text = str_from_utf8(py, buffer);
            if buffer.capacity() > SCRATCH_KEEP {
                *buffer = Vec::new();
            }
            text.map(Some)
        })
    })?
}

/// `escape(s)` building instances of `cls`.
pub(crate) fn escape_with<'py>(
    cls: &Bound<'py, PyType>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    // `type(s) is str` (not isinstance): proxies may fake `__class__`.
    if let Ok(text) = s.cast_exact::<PyString>() {
        return escape_str(cls, text);
    }
    if s.get_type().is(cls) {
        // `Markup.__html__` returns the instance itself, so upstream's
        // `Markup(s.__html__())` is a copy of `s`; skip the two Python-level
        // `__html__` calls.
        return new_markup(cls, s);
    }
    if let Some(html) = call_html(s)? {
        return markup_from(cls, &html);
    }
    escape_str(cls, &s.str()?)
}

/// `escape(s)`: replace the characters `&`, `<`, `>`, `'`, and `"` in the
/// string with HTML-safe sequences; objects with an `__html__` method are
/// trusted.
pub(crate) fn escape<'py>(
    module: &Bound<'py, PyModule>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    escape_with(&markup_class(module)?, s)
}

/// `escape_silent(s)`: like `escape` but treats `None` as the empty string.
pub(crate) fn escape_silent<'py>(
    module: &Bound<'py, PyModule>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let cls = markup_class(module)?;
    if s.is_none() {
        return str_new(&cls, &PyTuple::empty(s.py()));
    }
    escape_with(&cls, s)
}

/// `soft_str(s)`: convert an object to a string if it isn't already,
/// preserving `Markup`.
pub(crate) fn soft_str<'py>(
    _module: &Bound<'py, PyModule>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    // Exact int/float/bool/None first: four pointer comparisons, while the
    // `str` subclass check is a `PyType_GetFlags` call in the stable ABI.
    let builtin = s.is_exact_instance_of::<PyInt>()
        || s.is_exact_instance_of::<PyFloat>()
        || s.is_exact_instance_of::<PyBool>()
        || s.is_none();
    if builtin {
        if s.is_exact_instance_of::<PyInt>()
            && let Some(text) = crate::text::exact_int_str(s)
        {
            return text.map(Bound::into_any);
        }
        // SAFETY: C API call on a live object; new reference or NULL.
        return unsafe { Bound::from_owned_ptr_or_err(s.py(), ffi::PyObject_Str(s.as_ptr())) };
    }
    if s.is_instance_of::<PyString>() {
        return Ok(s.clone());
    }
    // `isinstance` also honours a faked `__class__` (proxy objects).
    if s.is_instance(&s.py().get_type::<PyString>())? {
        return Ok(s.clone());
    }
    Ok(s.str()?.into_any())
}

/// `_escape_inner(s)`, upstream's accelerator entry point: the escaped
/// text as a plain `str` (the argument itself when nothing needs escaping).
pub(crate) fn escape_inner<'py>(
    _module: &Bound<'py, PyModule>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = s.cast::<PyString>().map_err(|_| BindingError::NotAString {
        function: "_escape_inner",
        type_name: type_name(s),
    })?;
    match escape_text(text)? {
        None => Ok(s.clone()),
        Some(escaped) => Ok(escaped.into_any()),
    }
}

/// The text of `escape(item)` (for `cls` the registered `Markup`) as a
/// `str`, without wrapping plain text in a `Markup` first: used where the
/// escaped value is immediately concatenated or joined.
pub(crate) fn escaped_text<'py>(
    cls: &Bound<'py, PyType>,
    item: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyString>> {
    let text = if let Ok(text) = item.cast_exact::<PyString>() {
        text.clone()
    } else if let Some(html) = call_html(item)? {
        // Markup(html()) is a str subclass: its text is the answer.
        return Ok(markup_from(cls, &html)?.cast_into::<PyString>()?);
    } else {
        item.str()?
    };
    Ok(escape_text(&text)?.unwrap_or(text))
}

/// `type(obj).__name__`, for error messages.
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_owned())
}

/// `Markup.__new__(cls, object="", encoding=None, errors="strict")`: wraps
/// `object` (unwrapping `__html__` once) without escaping it. The caller
/// has parsed the arguments: `None` means "not passed".
pub(crate) fn markup_new<'py>(
    module: &Bound<'py, PyModule>,
    cls: &Bound<'py, PyAny>,
    object: Option<Bound<'py, PyAny>>,
    encoding: Option<Bound<'py, PyAny>>,
    errors: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = cls.py();
    // `str.__new__` is called through its slot below, which skips the
    // checks of `str.__new__(cls)`: `cls` must be a subclass of the
    // registered Markup (hence of str), as upstream's `super()` requires.
    let markup = markup_class(module)?;
    let cls = match cls.cast::<PyType>() {
        Ok(cls) if cls.is_subclass(&markup)? => cls,
        _ => return Err(BindingError::NewBadCls.into()),
    };
    // `encoding=None` counts as not passed, like upstream's `is None`.
    let encoding = encoding.filter(|e| !e.is_none());
    let object = match object {
        Some(object) => object,
        None if encoding.is_none() => return str_new(cls, &PyTuple::empty(py)),
        None => PyString::new(py, "").into_any(),
    };
    let Some(encoding) = encoding else {
        return markup_from(cls, &object);
    };
    let object = match call_html(&object)? {
        Some(html) => html,
        None => object,
    };
    let errors = errors.unwrap_or_else(|| intern!(py, "strict").clone().into_any());
    str_new(cls, &PyTuple::new(py, [object, encoding, errors])?)
}

/// Registers the `Markup` class that this module instance's functions build.
#[pyfunction]
#[pyo3(pass_module, signature = (cls, /))]
fn _register(module: &Bound<'_, PyModule>, cls: &Bound<'_, PyType>) -> PyResult<()> {
    // Instances are created through `str`'s `tp_new` slot directly, which
    // is only sound for subclasses of `str`.
    if !cls.is_subclass_of::<PyString>()? {
        return Err(BindingError::RegisterNotStr.into());
    }
    markup::register(module, cls)?;
    class_call::install(cls, &module.getattr("_markup_new")?);
    Ok(())
}

/// Runs `f` over the text of a `str` and returns the result as an exact
/// `str`.
fn map_text<'py>(
    s: &Bound<'py, PyAny>,
    function: &'static str,
    f: impl FnOnce(&[u8]) -> Cow<'_, [u8]>,
) -> PyResult<Bound<'py, PyString>> {
    let text = s.cast::<PyString>().map_err(|_| BindingError::NotAString {
        function,
        type_name: type_name(s),
    })?;
    let py = s.py();
    let exact = s.is_exact_instance_of::<PyString>();
    with_utf8(text, |bytes| match f(bytes) {
        Cow::Borrowed(_) if exact => Ok(text.clone()),
        other => str_from_utf8(py, &other),
    })?
}

/// `_unescape(s)` = `html.unescape(str(s))`: decodes HTML5 character
/// references.
pub(crate) fn unescape<'py>(
    _module: &Bound<'py, PyModule>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(map_text(s, "_unescape", core::unescape_bytes)?.into_any())
}

/// `_strip_tags(s)`: removes tags and comments and collapses whitespace
/// (no unescaping).
pub(crate) fn strip_tags<'py>(
    _module: &Bound<'py, PyModule>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(map_text(s, "_strip_tags", |bytes| {
        Cow::Owned(core::strip_tags_bytes(bytes))
    })?
    .into_any())
}

/// `_striptags(s)`: the whole of `Markup.striptags` for the base class.
pub(crate) fn striptags<'py>(
    _module: &Bound<'py, PyModule>,
    s: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(map_text(s, "_striptags", |bytes| {
        Cow::Owned(core::striptags_bytes(bytes))
    })?
    .into_any())
}

/// Module initialisation (runs once per import: multi-phase init).
#[pymodule]
fn _speedups(m: &Bound<'_, PyModule>) -> PyResult<()> {
    fast::register(m)?;
    m.add_function(wrap_pyfunction!(_register, m)?)?;
    methods::register(m)?;
    Ok(())
}
