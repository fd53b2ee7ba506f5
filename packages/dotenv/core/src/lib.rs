//! Pure-Rust core of `rusputyn-dotenv`, a drop-in replacement for python-dotenv.
//!
//! * [`parser`] turns a `.env` text into [`parser::Binding`]s carrying the same key,
//!   value, original text, start line and error flag python-dotenv reports;
//! * [`variables`] expands `${NAME}` / `${NAME:-default}` references;
//! * [`edit`] rewrites texts for `set_key` / `unset_key`.
//!
//! The crate has no Python dependency; the PyO3 binding lives in a separate crate.
//!
//! ```
//! use rusputyn_dotenv_core::{dotenv_values, parser::Parser};
//! let text = "export A=1\nB=\"${A}-two\" # note\nC\n";
//! let values = dotenv_values(text, true, |_| None);
//! assert_eq!(values[1], ("B".to_string(), Some("1-two".to_string())));
//! assert_eq!(values[2], ("C".to_string(), None));
//! assert!(Parser::new("not valid").next().unwrap().error);
//! ```

#![warn(missing_docs)]

pub mod edit;
pub mod error;
pub mod parser;
pub mod variables;

pub use error::Error;

/// Parses `text` and returns its key/value pairs in file order (first position, last
/// value for repeated keys), with references expanded when `interpolate` is set.
/// `environ` looks names up in the process environment; file values take precedence
/// over it, as in `dotenv_values`.
pub fn dotenv_values<E>(text: &str, interpolate: bool, environ: E) -> Vec<(String, Option<String>)>
where
    E: FnMut(&str) -> Option<String>,
{
    let bindings = parser::parse(text);
    let pairs = bindings
        .iter()
        .filter_map(|b| b.key.map(|k| (k, b.value.as_deref())));
    if interpolate {
        variables::resolve_variables(pairs, true, environ)
    } else {
        // Same first-position/last-value rule as the interpolating path.
        let mut out: Vec<(String, Option<String>)> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (k, v) in pairs {
            let v = v.map(str::to_string);
            match index.get(k) {
                Some(&i) => out[i] = (k.to_string(), v),
                None => {
                    index.insert(k, out.len());
                    out.push((k.to_string(), v));
                }
            }
        }
        out
    }
}
