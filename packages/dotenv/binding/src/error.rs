//! Maps core errors to the Python exceptions python-dotenv raises.

use pyo3::PyErr;
use pyo3::exceptions::PyValueError;
use rusputyn_dotenv_core::Error;

/// Converts a core error into the matching Python exception, message unchanged.
pub fn to_py_err(err: Error) -> PyErr {
    match err {
        // `set_key(..., quote_mode="bad")` raises `ValueError("Unknown quote_mode: bad")`.
        Error::UnknownQuoteMode(_) => PyValueError::new_err(err.to_string()),
    }
}
