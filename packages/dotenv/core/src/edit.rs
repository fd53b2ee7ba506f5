//! Rewriting `.env` texts: replacing, appending and removing assignments while keeping
//! every other statement byte for byte.

use crate::error::Error;
use crate::parser::Parser;
use std::str::FromStr;

/// How `set_key` quotes the value it writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMode {
    /// Always single-quote the value.
    Always,
    /// Quote unless the value is non-empty and purely alphanumeric.
    Auto,
    /// Write the value as is.
    Never,
}

impl FromStr for QuoteMode {
    type Err = Error;

    fn from_str(mode: &str) -> Result<Self, Error> {
        match mode {
            "always" => Ok(QuoteMode::Always),
            "auto" => Ok(QuoteMode::Auto),
            "never" => Ok(QuoteMode::Never),
            other => Err(Error::UnknownQuoteMode(other.to_string())),
        }
    }
}

impl QuoteMode {
    /// Whether `value` gets quotes in this mode. `is_alnum` is the caller's verdict
    /// on the value being alphanumeric; callers from Python pass `str.isalnum()` so
    /// the Unicode tables are exactly Python's.
    pub fn quotes(self, is_alnum: bool) -> bool {
        match self {
            QuoteMode::Always => true,
            QuoteMode::Auto => !is_alnum,
            QuoteMode::Never => false,
        }
    }
}

/// Alphanumeric test close to Python's `str.isalnum()` (non-empty, every character a
/// letter or a number), for pure-Rust callers.
pub fn is_alnum(value: &str) -> bool {
    !value.is_empty() && value.chars().all(char::is_alphanumeric)
}

/// The line `set_key` writes: `KEY=VALUE\n`, optionally prefixed with `export ` and
/// with the value single-quoted. Inside quotes, `\` and `'` are escaped so the parser
/// reads the exact value back.
///
/// ```
/// use rusputyn_dotenv_core::edit::format_assignment;
/// assert_eq!(format_assignment("A", "it's", true, false), "A='it\\'s'\n");
/// assert_eq!(format_assignment("A", "x", false, true), "export A=x\n");
/// ```
pub fn format_assignment(key: &str, value: &str, quote: bool, export: bool) -> String {
    let mut line = String::with_capacity(key.len() + value.len() + 12);
    if export {
        line.push_str("export ");
    }
    line.push_str(key);
    line.push('=');
    if quote {
        line.push('\'');
        for c in value.chars() {
            if c == '\\' || c == '\'' {
                line.push('\\');
            }
            line.push(c);
        }
        line.push('\'');
    } else {
        line.push_str(value);
    }
    line.push('\n');
    line
}

/// Result of rewriting a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rewrite {
    /// The new text.
    pub text: String,
    /// Whether at least one statement for the key was found.
    pub found: bool,
    /// Start lines of statements that could not be parsed (kept verbatim).
    pub error_lines: Vec<usize>,
}

/// Replaces every assignment of `key` in `text` with `line` (as produced by
/// [`format_assignment`]); appends `line` (after a newline if the text does not end
/// with one) when the key is absent.
pub fn set_key(text: &str, key: &str, line: &str) -> Rewrite {
    let mut out = String::with_capacity(text.len() + line.len() + 1);
    let mut found = false;
    let mut missing_newline = false;
    let mut error_lines = Vec::new();
    for binding in Parser::new(text) {
        if binding.error {
            error_lines.push(binding.original.line);
        }
        if binding.key == Some(key) {
            out.push_str(line);
            found = true;
        } else {
            out.push_str(binding.original.string);
            missing_newline = !binding.original.string.ends_with('\n');
        }
    }
    if !found {
        if missing_newline {
            out.push('\n');
        }
        out.push_str(line);
    }
    Rewrite {
        text: out,
        found,
        error_lines,
    }
}

/// Removes every statement assigning `key` from `text`.
pub fn unset_key(text: &str, key: &str) -> Rewrite {
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut error_lines = Vec::new();
    for binding in Parser::new(text) {
        if binding.error {
            error_lines.push(binding.original.line);
        }
        if binding.key == Some(key) {
            found = true;
        } else {
            out.push_str(binding.original.string);
        }
    }
    Rewrite {
        text: out,
        found,
        error_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_modes() {
        assert_eq!("always".parse::<QuoteMode>(), Ok(QuoteMode::Always));
        assert_eq!(
            "sometimes".parse::<QuoteMode>().map_err(|e| e.to_string()),
            Err("Unknown quote_mode: sometimes".to_string())
        );
        assert!(QuoteMode::Auto.quotes(is_alnum("a b")));
        assert!(!QuoteMode::Auto.quotes(is_alnum("ab1")));
        assert!(QuoteMode::Auto.quotes(is_alnum("")));
    }

    #[test]
    fn set_cases() {
        let line = format_assignment("a", "c", true, false);
        assert_eq!(set_key("a=b", "a", &line).text, "a='c'\n");
        assert_eq!(set_key("a=b\n\n", "a", &line).text, "a='c'\n\n");
        assert_eq!(set_key("x=b", "a", &line).text, "x=b\na='c'\n");
        assert_eq!(set_key("", "a", &line).text, "a='c'\n");
        assert_eq!(
            set_key(
                "a=b\nc=d\ne=f",
                "c",
                &format_assignment("c", "g", true, false)
            )
            .text,
            "a=b\nc='g'\ne=f"
        );
        assert_eq!(
            format_assignment("a", "b\\'c", true, false),
            "a='b\\\\\\'c'\n"
        );
    }

    #[test]
    fn unset_cases() {
        let r = unset_key("a=b\nc=d", "a");
        assert_eq!((r.text.as_str(), r.found), ("c=d", true));
        let r = unset_key("a: b\nc=d", "x");
        assert_eq!(
            (r.text.as_str(), r.found, r.error_lines),
            ("a: b\nc=d", false, vec![1])
        );
    }
}
