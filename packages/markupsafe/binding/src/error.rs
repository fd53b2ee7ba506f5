//! The one place where Rust-side failures become Python exceptions.
//!
//! The string algorithms of the core crate are total (every input has an
//! output), so the only failures the binding itself detects are misuse of
//! its private helpers; exceptions raised by Python code we call (an
//! object's `__html__` or `__str__`, `str()` decoding) pass through as the
//! original `PyErr`.

use pyo3::PyErr;
use pyo3::exceptions::{PyRuntimeError, PyTypeError};

/// Errors raised by the binding's own checks.
#[derive(Debug)]
pub enum BindingError {
    /// A function of a `markupsafe._speedups` module instance was called
    /// before `markupsafe` registered its `Markup` class with it.
    NotRegistered,
    /// A private helper that only accepts `str` got something else; holds
    /// the helper's name and the argument's type name.
    NotAString {
        /// Name of the function that was called.
        function: &'static str,
        /// `type(arg).__name__` of the offending argument.
        type_name: String,
    },
}

impl From<BindingError> for PyErr {
    fn from(err: BindingError) -> PyErr {
        match err {
            BindingError::NotRegistered => PyRuntimeError::new_err(
                "markupsafe._speedups is not initialised: import markupsafe instead of the extension module",
            ),
            BindingError::NotAString {
                function,
                type_name,
            } => PyTypeError::new_err(format!(
                "{function}() argument must be str, not {type_name}"
            )),
        }
    }
}
