//! Errors of the core crate.
//!
//! Parsing never fails (malformed statements become error bindings), so the only
//! error is an invalid argument. Messages are python-dotenv's, so the binding can
//! raise them verbatim.

use std::fmt;

/// Everything the core API can reject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// `set_key` was given a quote mode other than `always`, `auto` or `never`.
    UnknownQuoteMode(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownQuoteMode(mode) => write!(f, "Unknown quote_mode: {mode}"),
        }
    }
}

impl std::error::Error for Error {}
