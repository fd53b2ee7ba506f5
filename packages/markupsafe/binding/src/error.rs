//! The one place where Rust-side failures become Python exceptions.
//!
//! The string algorithms of the core crate are total (every input has an
//! output), so the failures the binding itself detects are argument errors
//! and misuse of its private helpers. Messages reproduce upstream
//! MarkupSafe's (or CPython's, where upstream relies on CPython code) word
//! for word. Exceptions raised by Python code we call (an object's
//! `__html__` or `__str__`, `str()` decoding, `%` formatting) pass through
//! as the original `PyErr`.

use pyo3::exceptions::{PyMemoryError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::panic::PanicException;
use pyo3::prelude::*;
use pyo3::{PyErr, ffi};

/// Errors raised by the binding's own checks.
#[derive(Debug)]
pub enum BindingError {
    /// A function of a `markupsafe._speedups` module instance was called
    /// before `markupsafe` registered its `Markup` class with it.
    NotRegistered,
    /// `_register` got a class that is not a `str` subclass.
    RegisterNotStr,
    /// A private helper that only accepts `str` got something else.
    NotAString {
        /// Name of the function that was called.
        function: &'static str,
        /// `type(arg).__name__` of the offending argument.
        type_name: String,
    },
    /// `Markup.__new__` called without `cls`.
    NewMissingCls,
    /// `Markup.__new__` called with this many positional arguments (> 4).
    NewTooManyArgs(usize),
    /// `Markup.__new__` got an unknown keyword argument.
    NewUnexpectedKeyword(String),
    /// `Markup.__new__` got a parameter both positionally and by keyword.
    NewMultipleValues(String),
    /// `Markup.__new__(cls)` where `cls` is not a `Markup` (sub)class; upstream
    /// fails in `super()`.
    NewBadCls,
    /// `format`: replacement fields nested more than two levels deep.
    FormatRecursion,
    /// `format`: `{}` and `{0}` mixed.
    FormatMixedNumbering,
    /// `format`: `!x` with an unknown conversion character.
    FormatUnknownConversion(String),
    /// `format`: a format spec for a value with `__html__` but no
    /// `__html_format__`; holds the spec and `str(type(value))`.
    FormatSpecWithoutHtmlFormat {
        /// The format specification given.
        spec: String,
        /// `str(type(value))`, e.g. `<class 'app.User'>`.
        type_repr: String,
    },
    /// A result would not fit in memory (`Py_ssize_t` overflow).
    TooLarge,
    /// A Rust panic caught at the FFI boundary (a bug; never expected).
    Panic,
}

impl From<BindingError> for PyErr {
    fn from(err: BindingError) -> PyErr {
        use BindingError::*;
        match err {
            NotRegistered => PyRuntimeError::new_err(
                "markupsafe._speedups is not initialised: import markupsafe instead of the extension module",
            ),
            RegisterNotStr => {
                PyTypeError::new_err("_register() argument must be a subclass of str")
            }
            NotAString {
                function,
                type_name,
            } => PyTypeError::new_err(format!(
                "{function}() argument must be str, not {type_name}"
            )),
            NewMissingCls => PyTypeError::new_err(
                "Markup.__new__() missing 1 required positional argument: 'cls'",
            ),
            NewTooManyArgs(given) => PyTypeError::new_err(format!(
                "Markup.__new__() takes from 1 to 4 positional arguments but {given} were given"
            )),
            NewUnexpectedKeyword(key) => PyTypeError::new_err(format!(
                "Markup.__new__() got an unexpected keyword argument '{key}'"
            )),
            NewMultipleValues(key) => PyTypeError::new_err(format!(
                "Markup.__new__() got multiple values for argument '{key}'"
            )),
            NewBadCls => {
                PyTypeError::new_err("super(type, obj): obj must be an instance or subtype of type")
            }
            FormatRecursion => PyValueError::new_err("Max string recursion exceeded"),
            FormatMixedNumbering => PyValueError::new_err(
                "cannot switch from manual field specification to automatic field numbering",
            ),
            FormatUnknownConversion(conversion) => {
                PyValueError::new_err(format!("Unknown conversion specifier {conversion}"))
            }
            FormatSpecWithoutHtmlFormat { spec, type_repr } => PyValueError::new_err(format!(
                "Format specifier {spec} given, but {type_repr} does not define __html_format__. A class \
                 that defines __html__ must define __html_format__ to work with format specifiers."
            )),
            TooLarge => PyMemoryError::new_err(()),
            Panic => PanicException::new_err("panic in markupsafe._speedups"),
        }
    }
}

/// What a raw C entry point returns for the `catch_unwind`-wrapped outcome of its body: the
/// new reference, or NULL with the error (or a [`BindingError::Panic`]) raised.
pub fn into_raw(
    py: Python<'_>,
    outcome: std::thread::Result<PyResult<Bound<'_, PyAny>>>,
) -> *mut ffi::PyObject {
    match outcome {
        Ok(Ok(value)) => value.into_ptr(),
        Ok(Err(err)) => {
            err.restore(py);
            std::ptr::null_mut()
        }
        Err(_) => {
            PyErr::from(BindingError::Panic).restore(py);
            std::ptr::null_mut()
        }
    }
}
