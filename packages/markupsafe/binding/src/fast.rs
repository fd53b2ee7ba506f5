//! Raw `METH_O` entry points for the one-argument hot functions.
//!
//! PyO3 registers functions with a stable-ABI 3.9 target as
//! `METH_VARARGS | METH_KEYWORDS`, so every call packs its argument into a
//! fresh tuple and parses it back out; for `escape("x")` that was about a
//! third of the total time. `METH_O` is part of the limited API on every
//! version and lets CPython pass the single argument directly, so the
//! functions here are plain `extern "C"` callbacks around the bodies in
//! `lib.rs`, bound to their module instance (the `self` of a module-level
//! builtin) like PyO3's `pass_module`.

use std::cell::UnsafeCell;
use std::ffi::CStr;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr::null_mut;

use crate::error::BindingError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyModule, PyString, PyTuple};

/// Signature of the Rust bodies: the module instance and the argument.
type Body = for<'py> fn(&Bound<'py, PyModule>, &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>>;

/// Runs `body` for a `METH_O` call, converting errors and panics into a
/// raised Python exception (NULL return).
///
/// # Safety
/// Must be called by CPython as a `METH_O` callback: the thread is attached
/// to the interpreter, `module` is the module the function was bound to and
/// `arg` a borrowed reference to the argument.
unsafe fn call_o(
    module: *mut ffi::PyObject,
    arg: *mut ffi::PyObject,
    body: Body,
) -> *mut ffi::PyObject {
    // SAFETY: CPython only calls the callback with the thread attached.
    let py = unsafe { Python::assume_attached() };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: both pointers are live borrowed references for the call;
        // the function was created with its module as `self`.
        let module =
            unsafe { Bound::from_borrowed_ptr(py, module).cast_into_unchecked::<PyModule>() };
        let arg = unsafe { Bound::from_borrowed_ptr(py, arg) };
        body(&module, &arg)
    }));
    crate::error::into_raw(py, outcome)
}

/// Declares a `METH_O` callback named `$shim` running `$body`.
macro_rules! meth_o {
    ($shim:ident, $body:path) => {
        unsafe extern "C" fn $shim(
            module: *mut ffi::PyObject,
            arg: *mut ffi::PyObject,
        ) -> *mut ffi::PyObject {
            // SAFETY: CPython calls this as a METH_O function (see `call_o`).
            unsafe { call_o(module, arg, $body) }
        }
    };
}

meth_o!(escape_o, crate::escape);
meth_o!(escape_silent_o, crate::escape_silent);
meth_o!(soft_str_o, crate::soft_str);
meth_o!(escape_inner_o, crate::escape_inner);
meth_o!(unescape_o, crate::unescape);
meth_o!(strip_tags_o, crate::strip_tags);
meth_o!(striptags_o, crate::striptags);

/// `Markup.__new__` as a `METH_VARARGS | METH_KEYWORDS` callback, parsing
/// `(cls, object="", encoding=None, errors="strict")` by hand: the common
/// `Markup(value)` call is then a tuple read, and argument errors carry
/// the messages of upstream's Python `__new__`.
unsafe extern "C" fn markup_new_va(
    module: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython only calls the callback with the thread attached.
    let py = unsafe { Python::assume_attached() };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: live borrowed references for the duration of the call;
        // `args` is a tuple and `kwargs` a dict or NULL, per METH_VARARGS.
        let module =
            unsafe { Bound::from_borrowed_ptr(py, module).cast_into_unchecked::<PyModule>() };
        let args = unsafe { Bound::from_borrowed_ptr(py, args).cast_into_unchecked::<PyTuple>() };
        let kwargs = unsafe { Bound::from_borrowed_ptr_or_opt(py, kwargs) }
            .map(|k| unsafe { k.cast_into_unchecked::<PyDict>() });
        markup_new_args(&module, &args, kwargs.as_ref())
    }));
    crate::error::into_raw(py, outcome)
}

/// Parameter names of `Markup.__new__` after `cls`.
const NEW_PARAMS: [&str; 3] = ["object", "encoding", "errors"];

/// Argument parsing for [`markup_new_va`].
fn markup_new_args<'py>(
    module: &Bound<'py, PyModule>,
    args: &Bound<'py, PyTuple>,
    kwargs: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let positional: Vec<Bound<'py, PyAny>> = args.iter().collect();
    match kwargs {
        Some(kwargs) => markup_new_parsed(module, &positional, kwargs.iter()),
        None => markup_new_parsed(module, &positional, std::iter::empty()),
    }
}

/// `Markup.__new__` as a `METH_FASTCALL | METH_KEYWORDS` callback (CPython
/// 3.10+, where that calling convention is in the stable ABI): `Markup(x)`
/// reaches us through `type.__call__` -> `__new__` with `(cls, x)` on the
/// caller's stack, without packing them into a tuple first.
unsafe extern "C" fn markup_new_fast(
    module: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython only calls the callback with the thread attached.
    let py = unsafe { Python::assume_attached() };
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let count = usize::try_from(nargs).unwrap_or(0);
        // SAFETY: per METH_FASTCALL, `args` holds `nargs` positional
        // arguments followed by one value per name in `kwnames` (a tuple
        // of str, or NULL), all borrowed for the duration of the call.
        let module =
            unsafe { Bound::from_borrowed_ptr(py, module).cast_into_unchecked::<PyModule>() };
        let names = unsafe { Bound::from_borrowed_ptr_or_opt(py, kwnames) }
            .map(|k| unsafe { k.cast_into_unchecked::<PyTuple>() });
        if names.is_none() && count == 2 {
            // SAFETY: two positional arguments, borrowed for the call.
            let (cls, object) = unsafe {
                (
                    Bound::from_borrowed_ptr(py, *args),
                    Bound::from_borrowed_ptr(py, *args.add(1)),
                )
            };
            // The common `Markup(text)`: nothing to parse, no `__html__`
            // to look up on an exact str.
            if object.is_exact_instance_of::<PyString>() {
                let markup = crate::markup::markup_class(&module)?;
                if cls.is(&markup) {
                    return crate::markup::new_markup(&markup, &object);
                }
            }
        }
        let named = names.as_ref().map_or(0, |n| n.len());
        let all: &[*mut ffi::PyObject] = if args.is_null() {
            &[]
        } else {
            unsafe { std::slice::from_raw_parts(args, count + named) }
        };
        let positional: Vec<Bound<'_, PyAny>> = all[..count]
            .iter()
            .map(|&p| unsafe { Bound::from_borrowed_ptr(py, p) })
            .collect();
        let keywords = names.iter().flat_map(|names| names.iter()).zip(
            all[count..]
                .iter()
                .map(|&p| unsafe { Bound::from_borrowed_ptr(py, p) }),
        );
        markup_new_parsed(&module, &positional, keywords)
    }));
    crate::error::into_raw(py, outcome)
}

/// Binds `(cls, object="", encoding=None, errors="strict")` from the
/// positional and keyword arguments and calls [`crate::markup_new`].
fn markup_new_parsed<'py>(
    module: &Bound<'py, PyModule>,
    positional: &[Bound<'py, PyAny>],
    keywords: impl Iterator<Item = (Bound<'py, PyAny>, Bound<'py, PyAny>)>,
) -> PyResult<Bound<'py, PyAny>> {
    let given = positional.len();
    let Some(cls) = positional.first() else {
        return Err(BindingError::NewMissingCls.into());
    };
    if given > 4 {
        return Err(BindingError::NewTooManyArgs(given).into());
    }
    let mut slots: [Option<Bound<'py, PyAny>>; 3] = [None, None, None];
    for (slot, value) in slots.iter_mut().zip(positional[1..].iter()) {
        *slot = Some(value.clone());
    }
    for (key, value) in keywords {
        let key = key.str()?;
        let key = key.to_string_lossy();
        let Some(index) = NEW_PARAMS.iter().position(|name| *name == key) else {
            return Err(if key == "cls" {
                BindingError::NewMultipleValues(key.into_owned())
            } else {
                BindingError::NewUnexpectedKeyword(key.into_owned())
            }
            .into());
        };
        if slots[index].is_some() {
            return Err(BindingError::NewMultipleValues(key.into_owned()).into());
        }
        slots[index] = Some(value);
    }
    let [object, encoding, errors] = slots;
    crate::markup_new(module, cls, object, encoding, errors)
}

/// A `METH_O` method definition (name and docstring with the
/// `__text_signature__` header CPython's `inspect` understands).
const fn def(
    name: &'static CStr,
    shim: unsafe extern "C" fn(*mut ffi::PyObject, *mut ffi::PyObject) -> *mut ffi::PyObject,
    doc: &'static CStr,
) -> ffi::PyMethodDef {
    ffi::PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: ffi::PyMethodDefPointer { PyCFunction: shim },
        ml_flags: ffi::METH_O,
        ml_doc: doc.as_ptr(),
    }
}

/// Docstring of `_markup_new`.
const NEW_DOC: &CStr = c"_markup_new(cls, object='', encoding=None, errors='strict')\n--\n\n``Markup.__new__``: wrap ``object`` (its ``__html__()`` if it has one) without escaping it.";

/// Number of functions defined here (`_markup_new` last).
const COUNT: usize = 8;

/// The method definitions; CPython keeps pointers to them for the lifetime
/// of the function objects, so they live in a static.
struct Defs(UnsafeCell<[ffi::PyMethodDef; COUNT]>);

// SAFETY: the definitions are never mutated after initialisation; CPython
// only reads them (the API takes `*mut` for historical reasons).
unsafe impl Sync for Defs {}

static DEFS: Defs = Defs(UnsafeCell::new([
    def(
        c"escape",
        escape_o,
        c"escape($module, s, /)\n--\n\nReplace the characters ``&``, ``<``, ``>``, ``'``, and ``\"`` in the string with HTML-safe sequences. Objects with an ``__html__`` method are trusted and wrapped as they are.",
    ),
    def(
        c"escape_silent",
        escape_silent_o,
        c"escape_silent($module, s, /)\n--\n\nLike :func:`escape` but treats ``None`` as the empty string.",
    ),
    def(
        c"soft_str",
        soft_str_o,
        c"soft_str($module, s, /)\n--\n\nConvert an object to a string if it isn't already, preserving a :class:`Markup` string.",
    ),
    def(
        c"_escape_inner",
        escape_inner_o,
        c"_escape_inner($module, s, /)\n--\n\nEscape a str, returning a plain str (the argument itself when nothing needs escaping).",
    ),
    def(c"_unescape", unescape_o, c"_unescape($module, s, /)\n--\n\n``html.unescape(str(s))``."),
    def(
        c"_strip_tags",
        strip_tags_o,
        c"_strip_tags($module, s, /)\n--\n\nRemove tags and comments and collapse whitespace.",
    ),
    def(
        c"_striptags",
        striptags_o,
        c"_striptags($module, s, /)\n--\n\n``Markup.striptags`` for the base class.",
    ),
    ffi::PyMethodDef {
        ml_name: c"_markup_new".as_ptr(),
        ml_meth: ffi::PyMethodDefPointer { PyCFunctionWithKeywords: markup_new_va },
        ml_flags: ffi::METH_VARARGS | ffi::METH_KEYWORDS,
        ml_doc: NEW_DOC.as_ptr(),
    },
]));

/// `_markup_new` with the vectorcall convention, used instead of the last
/// entry of [`DEFS`] on CPython 3.10+.
static FAST_NEW: Defs1 = Defs1(UnsafeCell::new(ffi::PyMethodDef {
    ml_name: c"_markup_new".as_ptr(),
    ml_meth: ffi::PyMethodDefPointer {
        // SAFETY: CPython calls `ml_meth` with the signature selected by
        // `ml_flags` (METH_FASTCALL | METH_KEYWORDS), which is this one.
        PyCFunction: unsafe {
            std::mem::transmute::<FastWithKeywords, ffi::PyCFunction>(markup_new_fast)
        },
    },
    ml_flags: METH_FASTCALL | ffi::METH_KEYWORDS,
    ml_doc: NEW_DOC.as_ptr(),
}));

/// `METH_FASTCALL` (stable ABI from 3.10; PyO3 hides it for a 3.9 target).
const METH_FASTCALL: std::ffi::c_int = 0x0080;

/// Signature of a `METH_FASTCALL | METH_KEYWORDS` callback.
type FastWithKeywords = unsafe extern "C" fn(
    *mut ffi::PyObject,
    *const *mut ffi::PyObject,
    ffi::Py_ssize_t,
    *mut ffi::PyObject,
) -> *mut ffi::PyObject;

/// One method definition in a static (see [`Defs`]).
struct Defs1(UnsafeCell<ffi::PyMethodDef>);

// SAFETY: as for `Defs`.
unsafe impl Sync for Defs1 {}

/// Creates the functions bound to `m` and adds them to it.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let module_name = m.name()?;
    let defs = DEFS.0.get().cast::<ffi::PyMethodDef>();
    let fast_new = py.version_info() >= (3, 10);
    for index in 0..COUNT {
        // SAFETY: `index < COUNT` stays inside the static array; CPython
        // gets a pointer to a definition that lives forever, the module as
        // `self` and its name for `__module__`.
        let function = unsafe {
            let def = if fast_new && index == COUNT - 1 {
                FAST_NEW.0.get()
            } else {
                defs.add(index)
            };
            let function = Bound::from_owned_ptr_or_err(
                py,
                ffi::PyCMethod_New(def, m.as_ptr(), module_name.as_ptr(), null_mut()),
            )?;
            let name = CStr::from_ptr((*def).ml_name);
            (name.to_str().unwrap_or("_"), function)
        };
        m.add(function.0, function.1)?;
    }
    Ok(())
}
