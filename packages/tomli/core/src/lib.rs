//! Pure-Rust core of the Rusputyn drop-in replacement for the Python `tomli` package.
//!
//! The parser follows the grammar accepted by `tomli` 2.5.0 (TOML 1.1: `\e` and `\xHH`
//! escapes, optional seconds in times, newlines and a trailing comma inside inline tables) and
//! reports the same error messages at the same positions, so the Python binding can raise an
//! identical `TOMLDecodeError`. The output is a neutral [`Value`] tree that borrows strings from
//! the source whenever no escape sequence had to be decoded.
//!
//! ```
//! use rusputyn_tomli_core::{parse, Value};
//!
//! let doc = parse("title = 'TOML'\n[owner]\nname = \"Tom\"\n").unwrap();
//! assert!(matches!(doc.get("title"), Some(Value::String(s)) if s == "TOML"));
//! ```

mod error;
mod parser;
mod value;

pub use error::{DecodeError, Error, ErrorKind, py_repr};
pub use parser::{Options, Parser, normalize_newlines, parse};
pub use value::{Date, Map, Offset, Span, Table, Time, Value};
