//! Parse errors.
//!
//! Every error `tomli` can raise while parsing has a variant here. The message text is kept
//! identical to `tomli` 2.5.0 so the binding can hand it to `TOMLDecodeError` unchanged; keys are
//! kept as parts because Python renders them with `repr()`.

use std::fmt;

/// What went wrong, without the position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A line starts with something that is not a key, header or comment.
    InvalidStatement,
    /// Garbage after a complete statement.
    ExpectedNewline,
    /// `[table]` declared twice (or over an inline value).
    CannotDeclareTwice(Vec<String>),
    /// A key is assigned twice or a table is put where a value is.
    CannotOverwrite,
    /// Missing `]` after a table header.
    ExpectedTableEnd,
    /// Missing `]]` after an array-of-tables header.
    ExpectedArrayTableEnd,
    /// Extending an inline table or array.
    CannotMutate(Vec<String>),
    /// A dotted key goes through an explicitly defined table.
    CannotRedefine(Vec<String>),
    /// No `=` after a key.
    ExpectedEquals,
    /// A key part starts with an invalid character.
    InvalidKeyStart,
    /// Missing `,` or `]` in an array.
    UnclosedArray,
    /// Missing `,` or `}` in an inline table.
    UnclosedInlineTable,
    /// The same key twice in one inline table.
    DuplicateInlineKey(String),
    /// Unknown escape sequence or a stray backslash.
    UnescapedBackslash,
    /// Malformed `\x`, `\u` or `\U` escape.
    InvalidHex,
    /// Escape denotes a surrogate or a value above U+10FFFF.
    NotScalarValue,
    /// A closing delimiter (`'` or `'''`) is missing.
    Expected(&'static str),
    /// A control character inside a literal string or comment.
    FoundInvalidChar(char),
    /// A control character inside a basic string.
    IllegalChar(char),
    /// End of document inside a basic string.
    UnterminatedString,
    /// A date that does not exist (e.g. February 30th).
    InvalidDatetime,
    /// Nothing recognisable where a value should be.
    InvalidValue,
}

/// A decoding error at a byte offset of the (newline-normalised) source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Byte offset in the source; may be one past the end for errors at end of document.
    pub pos: usize,
}

/// Any failure of [`crate::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The document is not valid TOML (`TOMLDecodeError` in Python).
    Decode(DecodeError),
    /// A key has more dotted parts than allowed (`RecursionError` in Python).
    TooManyKeyParts(usize),
    /// Inline arrays/tables nest deeper than allowed (`RecursionError` in Python).
    TooDeeplyNested(usize),
}

/// Approximation of Python's `repr()` for a string, used only by the Rust-side `Display`;
/// the binding uses the real `repr()` so Unicode printability rules match exactly.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python `repr()` of a tuple of strings, e.g. `('a',)` or `('a', 'b')`.
fn py_tuple_repr(parts: &[String]) -> String {
    let inner: Vec<String> = parts.iter().map(|p| py_repr(p)).collect();
    if inner.len() == 1 {
        format!("({},)", inner[0])
    } else {
        format!("({})", inner.join(", "))
    }
}

impl ErrorKind {
    /// The message text without position, formatting keys with `repr` via `repr_key` and
    /// tuples of keys via `repr_tuple` (so the binding can plug in Python's own `repr`).
    pub fn message_with(
        &self,
        repr_key: &dyn Fn(&str) -> String,
        repr_tuple: &dyn Fn(&[String]) -> String,
    ) -> String {
        match self {
            ErrorKind::InvalidStatement => "Invalid statement".into(),
            ErrorKind::ExpectedNewline => {
                "Expected newline or end of document after a statement".into()
            }
            ErrorKind::CannotDeclareTwice(k) => format!("Cannot declare {} twice", repr_tuple(k)),
            ErrorKind::CannotOverwrite => "Cannot overwrite a value".into(),
            ErrorKind::ExpectedTableEnd => "Expected ']' at the end of a table declaration".into(),
            ErrorKind::ExpectedArrayTableEnd => {
                "Expected ']]' at the end of an array declaration".into()
            }
            ErrorKind::CannotMutate(k) => {
                format!("Cannot mutate immutable namespace {}", repr_tuple(k))
            }
            ErrorKind::CannotRedefine(k) => format!("Cannot redefine namespace {}", repr_tuple(k)),
            ErrorKind::ExpectedEquals => "Expected '=' after a key in a key/value pair".into(),
            ErrorKind::InvalidKeyStart => "Invalid initial character for a key part".into(),
            ErrorKind::UnclosedArray => "Unclosed array".into(),
            ErrorKind::UnclosedInlineTable => "Unclosed inline table".into(),
            ErrorKind::DuplicateInlineKey(k) => {
                format!("Duplicate inline table key {}", repr_key(k))
            }
            ErrorKind::UnescapedBackslash => "Unescaped '\\' in a string".into(),
            ErrorKind::InvalidHex => "Invalid hex value".into(),
            ErrorKind::NotScalarValue => "Escaped character is not a Unicode scalar value".into(),
            ErrorKind::Expected(d) => format!("Expected {}", py_repr(d)),
            ErrorKind::FoundInvalidChar(c) => {
                format!("Found invalid character {}", py_repr(&c.to_string()))
            }
            ErrorKind::IllegalChar(c) => format!("Illegal character {}", py_repr(&c.to_string())),
            ErrorKind::UnterminatedString => "Unterminated string".into(),
            ErrorKind::InvalidDatetime => "Invalid date or datetime".into(),
            ErrorKind::InvalidValue => "Invalid value".into(),
        }
    }

    /// The message text with the Rust approximation of Python's `repr`.
    pub fn message(&self) -> String {
        self.message_with(&py_repr, &py_tuple_repr)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Decode(e) => write!(f, "{} (at byte {})", e.kind.message(), e.pos),
            Error::TooManyKeyParts(n) => write!(f, "TOML key has more than the allowed {n} parts"),
            Error::TooDeeplyNested(n) => write!(
                f,
                "TOML inline arrays/tables are nested more than the allowed {n} levels"
            ),
        }
    }
}

impl std::error::Error for Error {}
