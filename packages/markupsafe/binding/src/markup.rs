//! Creating instances of the Python-level `Markup` class (a `str`
//! subclass defined in `markupsafe/__init__.py`) without running Python
//! code, and remembering which `Markup` class a module instance builds.
//!
//! `Markup.__new__` is [`crate::markup_new`]; it, and `escape`, end in
//! `str.__new__(cls, value)`. We call `str`'s `tp_new` slot directly
//! (readable through `PyType_GetSlot` for static types since CPython 3.10)
//! and fall back to the `str.__new__` method object on 3.9.

use std::ptr::null_mut;
use std::sync::atomic::{AtomicPtr, Ordering};

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyModule, PyString, PyTuple, PyType};

use crate::error::BindingError;

/// Signature of a `tp_new` slot.
type NewFunc = unsafe extern "C" fn(
    *mut ffi::PyTypeObject,
    *mut ffi::PyObject,
    *mut ffi::PyObject,
) -> *mut ffi::PyObject;

/// How to call `str.__new__` on this interpreter.
enum StrNew {
    /// The `tp_new` slot of `str` (CPython 3.10+).
    Slot(NewFunc),
    /// The `str.__new__` builtin, called as `str.__new__(cls, *args)`.
    Method(Py<PyAny>),
}

/// Resolved once per process (the slot is a static function of CPython).
static STR_NEW: PyOnceLock<StrNew> = PyOnceLock::new();

fn str_new_impl(py: Python<'_>) -> PyResult<&StrNew> {
    STR_NEW.get_or_try_init(py, || {
        if py.version_info() >= (3, 10) {
            // SAFETY: `PyUnicode_Type` is a static type object and
            // `PyType_GetSlot` accepts static types from 3.10 on.
            let slot = unsafe {
                ffi::PyType_GetSlot(std::ptr::addr_of_mut!(ffi::PyUnicode_Type), ffi::Py_tp_new)
            };
            if !slot.is_null() {
                // SAFETY: the `Py_tp_new` slot holds a `newfunc`.
                return Ok(StrNew::Slot(unsafe {
                    std::mem::transmute::<*mut std::ffi::c_void, NewFunc>(slot)
                }));
            }
        }
        let method = py.get_type::<PyString>().getattr("__new__")?;
        Ok(StrNew::Method(method.unbind()))
    })
}

/// `str.__new__(cls, *args)`: a new instance of the `str` subclass `cls`.
pub fn str_new<'py>(
    cls: &Bound<'py, PyType>,
    args: &Bound<'py, PyTuple>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = cls.py();
    match str_new_impl(py)? {
        // SAFETY: `cls` is a type object, `args` a tuple; `tp_new` returns
        // a new reference or NULL with an exception set.
        StrNew::Slot(new) => unsafe {
            Bound::from_owned_ptr_or_err(py, new(cls.as_type_ptr(), args.as_ptr(), null_mut()))
        },
        StrNew::Method(method) => {
            let mut full = vec![cls.clone().into_any()];
            full.extend(args.iter());
            method.bind(py).call1(PyTuple::new(py, full)?)
        }
    }
}

/// A spare 1-tuple for [`new_markup`]'s argument tuple (strong reference,
/// or NULL while in use / not yet created). Every access holds the GIL
/// (the wheel targets GIL-enabled builds); taking the tuple out with a swap
/// makes a re-entrant call (a `__str__` run by `str.__new__`) build its own.
static SPARE_ARGS: AtomicPtr<ffi::PyObject> = AtomicPtr::new(null_mut());

/// `str.__new__(cls, value)` for one positional value.
///
/// `str`'s `tp_new` only reads its argument tuple, so instead of packing a
/// new 1-tuple per call we refill a spare one (a tuple may be mutated while
/// we hold its only reference) and put it back afterwards, emptied again
/// so it does not keep `value` alive.
#[inline]
pub fn new_markup<'py>(
    cls: &Bound<'py, PyType>,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = cls.py();
    let spare = SPARE_ARGS.swap(null_mut(), Ordering::AcqRel);
    // SAFETY: `spare` (if not NULL) is a 1-tuple we own; it is only
    // refilled while its reference count shows nobody else can see it.
    unsafe {
        let args = if !spare.is_null() && ffi::Py_REFCNT(spare) == 1 {
            // Steals the new reference to `value`, releases the old item.
            ffi::PyTuple_SetItem(spare, 0, value.clone().into_ptr());
            Bound::from_owned_ptr(py, spare)
        } else {
            ffi::Py_XDECREF(spare);
            Bound::from_owned_ptr_or_err(py, ffi::PyTuple_Pack(1, value.as_ptr()))?
        };
        let result = str_new(cls, args.cast_unchecked::<PyTuple>());
        if ffi::Py_REFCNT(args.as_ptr()) == 1 {
            let none = py.None().into_ptr();
            ffi::PyTuple_SetItem(args.as_ptr(), 0, none);
            let old = SPARE_ARGS.swap(args.into_ptr(), Ordering::AcqRel);
            ffi::Py_XDECREF(old);
        }
        result
    }
}

/// Module instance whose `Markup` class is in [`CACHED_MARKUP`] (strong
/// reference, so the address cannot be reused by another module).
static CACHED_MODULE: AtomicPtr<ffi::PyObject> = AtomicPtr::new(null_mut());
/// `Markup` class registered by [`CACHED_MODULE`] (strong reference).
static CACHED_MARKUP: AtomicPtr<ffi::PyObject> = AtomicPtr::new(null_mut());

/// Name of the module attribute holding the registered `Markup` class.
const MARKUP_ATTR: &str = "_Markup";

/// Makes `cls` the `Markup` class built by the functions of `module`.
pub fn register(module: &Bound<'_, PyModule>, cls: &Bound<'_, PyType>) -> PyResult<()> {
    module.setattr(MARKUP_ATTR, cls)?;
    remember(module, cls);
    Ok(())
}

/// Caches the `(module, Markup)` pair. Every caller holds the GIL (the
/// wheel targets GIL-enabled builds), so the two swaps cannot interleave
/// with another thread's.
fn remember(module: &Bound<'_, PyModule>, cls: &Bound<'_, PyType>) {
    let old_module = CACHED_MODULE.swap(module.clone().into_ptr(), Ordering::AcqRel);
    let old_markup = CACHED_MARKUP.swap(cls.clone().into_any().into_ptr(), Ordering::AcqRel);
    // SAFETY: the old pointers were strong references we owned (or NULL).
    unsafe {
        ffi::Py_XDECREF(old_module);
        ffi::Py_XDECREF(old_markup);
    }
}

/// The `Markup` class that `module`'s functions build.
///
/// Usually there is a single `_speedups` module instance and this is one
/// pointer comparison; re-imported module instances (multi-phase init
/// gives each import its own module) fall back to an attribute lookup.
#[inline]
pub fn markup_class<'py>(module: &Bound<'py, PyModule>) -> PyResult<Bound<'py, PyType>> {
    let py = module.py();
    if CACHED_MODULE.load(Ordering::Acquire) == module.as_ptr() {
        let cached = CACHED_MARKUP.load(Ordering::Acquire);
        if !cached.is_null() {
            // SAFETY: the cache owns a strong reference to a type object.
            return Ok(unsafe {
                Bound::from_borrowed_ptr(py, cached).cast_into_unchecked::<PyType>()
            });
        }
    }
    let cls = module
        .getattr(MARKUP_ATTR)
        .map_err(|_| BindingError::NotRegistered)?
        .cast_into::<PyType>()
        .map_err(|_| BindingError::NotRegistered)?;
    remember(module, &cls);
    Ok(cls)
}
