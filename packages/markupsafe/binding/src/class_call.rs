//! `Markup(value)` without `type.__call__`: a vectorcall entry point
//! installed on the registered `Markup` class.
//!
//! Calling a Python class normally runs `type.__call__`: it packs the
//! arguments into a tuple, `slot_tp_new` looks `__new__` up in the class
//! and re-packs them with `cls` in front, and `__init__` runs afterwards.
//! For `Markup("text")` that plumbing costs more than the work. CPython
//! calls a class through the `tp_vectorcall` field of its type object when
//! it is set, and that field is never inherited, so setting it on `Markup`
//! gives `Markup(...)` a direct native entry while subclasses, explicit
//! `type.__call__(Markup, ...)` and pickling (`str.__new__(Markup, ...)`,
//! which needs `tp_new` to stay `slot_tp_new`) keep CPython's path.
//!
//! The limited API offers no setter for `tp_vectorcall` before 3.14's
//! `Py_tp_vectorcall` spec slot, so [`install`] writes the field through a
//! mirror of CPython's `PyTypeObject` layout, and only after checking that
//! mirror against the running interpreter (see [`layout_matches`]); on any
//! mismatch it does nothing and `Markup(...)` takes the ordinary path.
//!
//! The entry point is only a shortcut for calls whose outcome it knows:
//! exactly one positional argument, the class unchanged since its
//! `__new__` and `__init__` were last checked (the class's attribute-cache
//! version tag is the change detector: CPython clears it on every write to
//! the class or its bases and hands out a fresh, never reused tag on the
//! next lookup). Everything else is passed to `type.__call__` unchanged.

use std::ffi::{c_uint, c_ulong, c_void};
use std::ptr::{addr_of_mut, null_mut};
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyType};

use crate::markup::new_markup;

/// CPython's `PyTypeObject` up to `tp_vectorcall`, as laid out by CPython
/// 3.9 to 3.14 in release (non-`Py_TRACE_REFS`), GIL-enabled builds - the
/// builds an abi3 wheel loads into. Only the offsets matter; the layout is
/// verified at run time before any field is written.
#[repr(C)]
#[allow(dead_code)] // fields exist for their offsets
struct TypeObjectLayout {
    ob_refcnt: isize,
    ob_type: *mut c_void,
    ob_size: isize,
    tp_name: *const c_void,
    tp_basicsize: isize,
    tp_itemsize: isize,
    tp_dealloc: *mut c_void,
    tp_vectorcall_offset: isize,
    tp_getattr: *mut c_void,
    tp_setattr: *mut c_void,
    tp_as_async: *mut c_void,
    tp_repr: *mut c_void,
    tp_as_number: *mut c_void,
    tp_as_sequence: *mut c_void,
    tp_as_mapping: *mut c_void,
    tp_hash: *mut c_void,
    tp_call: *mut c_void,
    tp_str: *mut c_void,
    tp_getattro: *mut c_void,
    tp_setattro: *mut c_void,
    tp_as_buffer: *mut c_void,
    tp_flags: c_ulong,
    tp_doc: *const c_void,
    tp_traverse: *mut c_void,
    tp_clear: *mut c_void,
    tp_richcompare: *mut c_void,
    tp_weaklistoffset: isize,
    tp_iter: *mut c_void,
    tp_iternext: *mut c_void,
    tp_methods: *mut c_void,
    tp_members: *mut c_void,
    tp_getset: *mut c_void,
    tp_base: *mut c_void,
    tp_dict: *mut c_void,
    tp_descr_get: *mut c_void,
    tp_descr_set: *mut c_void,
    tp_dictoffset: isize,
    tp_init: *mut c_void,
    tp_alloc: *mut c_void,
    tp_new: *mut c_void,
    tp_free: *mut c_void,
    tp_is_gc: *mut c_void,
    tp_bases: *mut c_void,
    tp_mro: *mut c_void,
    tp_cache: *mut c_void,
    tp_subclasses: *mut c_void,
    tp_weaklist: *mut c_void,
    tp_del: *mut c_void,
    tp_version_tag: c_uint,
    tp_finalize: *mut c_void,
    tp_vectorcall: Option<ffi::vectorcallfunc>,
}

/// `PY_VECTORCALL_ARGUMENTS_OFFSET`: the flag bit of `nargsf` (the top
/// bit), not exported by the abi3 bindings before 3.12.
const ARGUMENTS_OFFSET: usize = 1 << (usize::BITS - 1);

/// The layout view of a type object.
fn layout(tp: *mut ffi::PyTypeObject) -> *mut TypeObjectLayout {
    tp.cast()
}

/// The class whose `__new__` / `__init__` were checked, and the version
/// tag it had then (0: not checked since the last change).
static CHECKED_CLASS: AtomicPtr<ffi::PyTypeObject> = AtomicPtr::new(null_mut());
static CHECKED_TAG: AtomicU32 = AtomicU32::new(0);
/// The `_markup_new` function `Markup.__new__` must still be (strong
/// reference, swapped with the registered class).
static EXPECTED_NEW: AtomicPtr<ffi::PyObject> = AtomicPtr::new(null_mut());

/// Reads the attribute-cache version tag of `tp`.
///
/// # Safety
/// [`layout_matches`] returned true and `tp` is a live type object.
unsafe fn version_tag(tp: *mut ffi::PyTypeObject) -> c_uint {
    // SAFETY: the caller guarantees the layout; a volatile read because
    // CPython writes the field behind the compiler's back.
    unsafe { std::ptr::read_volatile(&raw const (*layout(tp)).tp_version_tag) }
}

/// Whether [`TypeObjectLayout`] describes the running interpreter: `type`
/// must report `tp_vectorcall`'s offset as its own instances' vectorcall
/// offset, and the fields around the version tag must hold what
/// `PyType_GetSlot` / `PyType_GetFlags` say, for `type` and for `cls`.
fn layout_matches(cls: &Bound<'_, PyType>) -> bool {
    let py = cls.py();
    if py.version_info() < (3, 10) || !is_cpython(py) {
        // `PyType_GetSlot` rejects static types before 3.10.
        return false;
    }
    let type_type = addr_of_mut!(ffi::PyType_Type);
    let object_type = addr_of_mut!(ffi::PyBaseObject_Type);
    // SAFETY: reads within the first `size_of::<TypeObjectLayout>()`
    // bytes of type objects, which are at least that large on every
    // CPython version this could match (checked first via `__basicsize__`).
    unsafe {
        let basicsize = match py.get_type::<PyType>().getattr("__basicsize__") {
            Ok(size) => size.extract::<usize>().unwrap_or(0),
            Err(_) => return false,
        };
        if basicsize < std::mem::size_of::<TypeObjectLayout>() {
            return false;
        }
        let offset = std::mem::offset_of!(TypeObjectLayout, tp_vectorcall) as isize;
        if (*layout(type_type)).tp_vectorcall_offset != offset {
            return false;
        }
        for tp in [type_type, object_type, cls.as_type_ptr()] {
            let view = &*layout(tp);
            let slots: [(*mut c_void, std::ffi::c_int); 6] = [
                (view.tp_new, ffi::Py_tp_new),
                (view.tp_init, ffi::Py_tp_init),
                (view.tp_alloc, ffi::Py_tp_alloc),
                (view.tp_free, ffi::Py_tp_free),
                (view.tp_del, ffi::Py_tp_del),
                (view.tp_finalize, ffi::Py_tp_finalize),
            ];
            if slots
                .iter()
                .any(|&(raw, slot)| raw != ffi::PyType_GetSlot(tp, slot))
            {
                return false;
            }
            if view.tp_flags != ffi::PyType_GetFlags(tp) {
                return false;
            }
        }
        (*layout(cls.as_type_ptr())).tp_vectorcall.is_none() && version_tag_behaves(cls)
    }
}

/// Whether the field read as the version tag behaves like one: non-zero
/// after a lookup, cleared by a write to the class, fresh after the next
/// lookup.
///
/// # Safety
/// The offsets up to `tp_version_tag` were verified.
unsafe fn version_tag_behaves(cls: &Bound<'_, PyType>) -> bool {
    const PROBE: &str = "_rusputyn_version_probe";
    let tp = cls.as_type_ptr();
    let lookup = || cls.getattr("__new__").is_ok();
    if !lookup() {
        return false;
    }
    // SAFETY: per the caller.
    let first = unsafe { version_tag(tp) };
    if first == 0 || cls.setattr(PROBE, cls.py().None()).is_err() {
        return false;
    }
    // SAFETY: per the caller.
    let cleared = unsafe { version_tag(tp) } == 0;
    let removed = cls.delattr(PROBE).is_ok();
    // SAFETY: per the caller.
    let fresh = lookup() && {
        let tag = unsafe { version_tag(tp) };
        tag != 0 && tag != first
    };
    cleared && removed && fresh
}

/// Whether this is CPython (the layout mirror means nothing elsewhere).
fn is_cpython(py: Python<'_>) -> bool {
    py.import("sys")
        .and_then(|sys| sys.getattr("implementation"))
        .and_then(|imp| imp.getattr("name"))
        .and_then(|name| name.extract::<String>())
        .is_ok_and(|name| name == "cpython")
}

/// Gives `cls` (the just-registered `Markup`, whose `__new__` is
/// `markup_new`) the direct call entry, if this interpreter's layout is
/// the one we know. Returns whether it was installed.
pub fn install(cls: &Bound<'_, PyType>, markup_new: &Bound<'_, PyAny>) -> bool {
    if !layout_matches(cls) {
        return false;
    }
    let old = EXPECTED_NEW.swap(markup_new.clone().into_ptr(), Ordering::AcqRel);
    // SAFETY: `old` was a strong reference we owned (or NULL); the layout
    // was verified, and the class is a heap type we may modify.
    unsafe {
        ffi::Py_XDECREF(old);
        CHECKED_TAG.store(0, Ordering::Release);
        CHECKED_CLASS.store(cls.as_type_ptr(), Ordering::Release);
        (*layout(cls.as_type_ptr())).tp_vectorcall = Some(markup_vectorcall);
    }
    true
}

/// Whether calling `tp` may skip `type.__call__`: it is the checked class,
/// and `__new__` is still `_markup_new` and `__init__` still `object`'s
/// (re-checked whenever the version tag moved).
///
/// # Safety
/// `tp` is a live type object on which [`install`] set the entry point.
unsafe fn unchanged(py: Python<'_>, tp: *mut ffi::PyTypeObject) -> bool {
    if CHECKED_CLASS.load(Ordering::Acquire) != tp {
        return false;
    }
    // SAFETY: `install` verified the layout before setting the entry.
    let tag = unsafe { version_tag(tp) };
    if tag != 0 && tag == CHECKED_TAG.load(Ordering::Acquire) {
        return true;
    }
    // SAFETY: `tp` is live; the borrowed reference lasts for the call.
    let cls = unsafe { Bound::from_borrowed_ptr(py, tp.cast()).cast_into_unchecked::<PyType>() };
    let expected = EXPECTED_NEW.load(Ordering::Acquire);
    let new_ok = cls
        .getattr("__new__")
        .is_ok_and(|new| new.as_ptr() == expected);
    // SAFETY: `PyType_GetSlot` accepts heap and (3.10+) static types.
    let init_ok = unsafe {
        ffi::PyType_GetSlot(tp, ffi::Py_tp_init)
            == ffi::PyType_GetSlot(addr_of_mut!(ffi::PyBaseObject_Type), ffi::Py_tp_init)
    };
    if !(new_ok && init_ok) {
        return false;
    }
    // The lookup of `__new__` above assigned a tag if the class had none.
    // SAFETY: as above.
    CHECKED_TAG.store(unsafe { version_tag(tp) }, Ordering::Release);
    true
}

/// The `tp_vectorcall` of `Markup`: `Markup(value)` as `Markup.__new__`
/// would compute it, or `type.__call__(cls, *args, **kwargs)`.
unsafe extern "C" fn markup_vectorcall(
    callable: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargsf: usize,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython only calls the entry with the thread attached.
    let py = unsafe { Python::assume_attached() };
    let nargs = nargsf & !ARGUMENTS_OFFSET;
    let tp = callable.cast::<ffi::PyTypeObject>();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        // SAFETY: `callable` is the class this entry was installed on.
        if kwnames.is_null() && nargs == 1 && unsafe { unchanged(py, tp) } {
            // SAFETY: one positional argument, borrowed for the call.
            let cls = unsafe { Bound::from_borrowed_ptr(py, callable).cast_into_unchecked() };
            let value = unsafe { Bound::from_borrowed_ptr(py, *args) };
            // `type.__call__` would run `_markup_new(cls, value)` and then
            // `object.__init__`, which accepts the arguments and does
            // nothing since `__new__` is overridden.
            if value.is_exact_instance_of::<PyString>() {
                return new_markup(&cls, &value);
            }
            return crate::markup_from(&cls, &value);
        }
        // SAFETY: the vectorcall arguments are live for the call.
        unsafe { type_call(py, callable, args, nargs, kwnames) }
    }));
    crate::error::into_raw(py, outcome)
}

/// `type.__call__(callable, *args, **kwargs)` for vectorcall arguments.
///
/// # Safety
/// `args` holds `nargs` positional values followed by one value per name
/// in `kwnames` (a tuple of `str`, or NULL), all live for the call.
unsafe fn type_call<'py>(
    py: Python<'py>,
    callable: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargs: usize,
    kwnames: *mut ffi::PyObject,
) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: per the caller; every new reference is owned by a `Bound`.
    unsafe {
        let named = if kwnames.is_null() {
            0
        } else {
            ffi::PyTuple_Size(kwnames) as usize
        };
        let values = if args.is_null() {
            &[][..]
        } else {
            std::slice::from_raw_parts(args, nargs + named)
        };
        let positional = Bound::from_owned_ptr_or_err(py, ffi::PyTuple_New(nargs as isize))?;
        for (index, &value) in values[..nargs].iter().enumerate() {
            ffi::Py_INCREF(value);
            ffi::PyTuple_SetItem(positional.as_ptr(), index as isize, value);
        }
        let keywords = if named == 0 {
            None
        } else {
            let dict = Bound::from_owned_ptr_or_err(py, ffi::PyDict_New())?;
            for (index, &value) in values[nargs..].iter().enumerate() {
                let name = ffi::PyTuple_GetItem(kwnames, index as isize);
                if ffi::PyDict_SetItem(dict.as_ptr(), name, value) < 0 {
                    return Err(PyErr::fetch(py));
                }
            }
            Some(dict)
        };
        let call = ffi::PyType_GetSlot(addr_of_mut!(ffi::PyType_Type), ffi::Py_tp_call);
        if call.is_null() {
            return Err(PyErr::fetch(py));
        }
        let call = std::mem::transmute::<*mut c_void, ffi::ternaryfunc>(call);
        let kwargs = keywords.as_ref().map_or(null_mut(), |k| k.as_ptr());
        Bound::from_owned_ptr_or_err(py, call(callable, positional.as_ptr(), kwargs))
    }
}
