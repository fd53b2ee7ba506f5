//! The one place where failures become Python exceptions.
//!
//! Walking a document can fail in many ways; most of them are reported by
//! upstream as `JsonPointerException` with a message that embeds Python
//! objects (`str(part)`, `str(doc)`, `type(doc)`, an exception). Formatting
//! those is comparatively expensive, and `resolve(doc, default)` swallows
//! them anyway, so the walker returns a lazy [`Fail`] and only
//! [`Fail::into_pyerr`] renders the message, using Python's own `%`
//! formatting with the same template and argument shape as upstream so the
//! text is identical even for odd `__str__` implementations.

use pyo3::exceptions::PyException;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::PyString;

pyo3::create_exception!(
    jsonpointer,
    JsonPointerException,
    PyException,
    "Raised for invalid pointers and for pointers that cannot be resolved or set."
);

/// A failure while walking or modifying a document, rendered on demand.
pub enum Fail<'py> {
    /// A Python exception that propagates as is (raised by user code, or an
    /// error upstream does not translate, e.g. an unhashable member name).
    Py(PyErr),
    /// A message that is already final (parse errors, fixed texts).
    Message(String),
    /// A token applied to a string: `Cannot apply token '<part>' to non-container type <type>`.
    CannotApply {
        /// The token.
        part: Bound<'py, PyAny>,
        /// The string document.
        doc: Bound<'py, PyAny>,
    },
    /// A token that is not `-` and not a canonical decimal index, used on a sequence.
    InvalidIndex(Bound<'py, PyAny>),
    /// `int(token)` raised `ValueError` (integer string conversion limit).
    InvalidIndexValue(PyErr),
    /// A sequence index past the end (held as a Python int or a small index).
    OutOfBounds(Index<'py>),
    /// A mapping member (or `__getitem__` key) that does not exist.
    MemberNotFound {
        /// The member name.
        part: Bound<'py, PyAny>,
        /// The document searched (shown when `VERBOSE_EXCEPTIONS` is true).
        doc: Bound<'py, PyAny>,
    },
    /// The document is neither a mapping, a sequence nor has `__getitem__`.
    NotIndexable(Bound<'py, PyAny>),
    /// Assignment into the parent failed with `TypeError`/`IndexError`/`AttributeError`.
    InvalidAssignment(PyErr),
}

/// A sequence index as reported in "out of bounds" messages.
pub enum Index<'py> {
    /// An index that fits `usize`.
    Small(usize),
    /// A Python int (too large for `usize`, or from a custom sequence).
    Big(Bound<'py, PyAny>),
}

impl From<PyErr> for Fail<'_> {
    fn from(e: PyErr) -> Self {
        Fail::Py(e)
    }
}

impl<'py> Fail<'py> {
    /// True if upstream would raise `JsonPointerException` here, i.e. if
    /// `resolve(doc, default)` returns the default instead of raising.
    pub fn is_pointer_error(&self, py: Python<'py>) -> bool {
        match self {
            Fail::Py(e) => e.is_instance_of::<JsonPointerException>(py),
            _ => true,
        }
    }

    /// Renders the failure as the exception upstream raises.
    pub fn into_pyerr(self, py: Python<'py>) -> PyErr {
        match self {
            Fail::Py(e) => e,
            Fail::Message(m) => JsonPointerException::new_err(m),
            Fail::CannotApply { part, doc } => format(
                py,
                "Cannot apply token '%s' to non-container type %s",
                (part, doc.get_type()),
            ),
            Fail::InvalidIndex(part) => format(py, "'%s' is not a valid sequence index", part),
            Fail::InvalidIndexValue(e) => with_context(
                py,
                format(py, "Invalid sequence index: %s", (e.value(py),)),
                e,
            ),
            Fail::OutOfBounds(Index::Small(i)) => format(py, "index '%s' is out of bounds", (i,)),
            Fail::OutOfBounds(Index::Big(i)) => format(py, "index '%s' is out of bounds", (i,)),
            Fail::MemberNotFound { part, doc } => {
                if verbose(py) {
                    format(py, "member '%s' not found in %s", (part, doc))
                } else {
                    format(py, "member '%s' not found", (part,))
                }
            }
            Fail::NotIndexable(doc) => format(
                py,
                "Document '%s' does not support indexing, must be mapping/sequence or support __getitem__",
                doc.get_type(),
            ),
            Fail::InvalidAssignment(e) => with_context(
                py,
                format(py, "Invalid assignment target: %s", (e.value(py),)),
                e,
            ),
        }
    }
}

/// Maps a core parse error to `JsonPointerException` with upstream's text.
pub fn parse_error(e: rusputyn_jsonpointer_core::Error) -> PyErr {
    JsonPointerException::new_err(e.to_string())
}

/// `JsonPointerException(message)` for fixed messages.
pub fn pointer_error(message: &'static str) -> PyErr {
    JsonPointerException::new_err(message)
}

/// `JsonPointerException(template % args)`; if formatting itself raises
/// (a broken `__str__`), that exception propagates, as it would upstream.
fn format<'py, A>(py: Python<'py>, template: &str, args: A) -> PyErr
where
    A: IntoPyObject<'py>,
{
    match PyString::new(py, template).rem(args) {
        Ok(msg) => JsonPointerException::new_err(msg.unbind()),
        Err(e) => e,
    }
}

/// Sets `__context__` the way an `except ... : raise ...` block does, so
/// tracebacks read like upstream's.
fn with_context(py: Python<'_>, err: PyErr, context: PyErr) -> PyErr {
    let value = err.value(py);
    let ctx = context.into_value(py);
    // SAFETY: both pointers are valid exception instances; SetContext steals
    // the reference we hand over with `into_ptr`.
    unsafe { pyo3::ffi::PyException_SetContext(value.as_ptr(), ctx.into_ptr()) };
    err
}

/// Reads `jsonpointer.VERBOSE_EXCEPTIONS` (a module global users may flip at
/// any time). Defaults to true if the package module is not importable.
fn verbose(py: Python<'_>) -> bool {
    py.import(intern!(py, "jsonpointer"))
        .and_then(|m| m.getattr(intern!(py, "VERBOSE_EXCEPTIONS")))
        .and_then(|v| v.is_truthy())
        .unwrap_or(true)
}
