//! Pure-Rust core of the `jsonpointer` drop-in: RFC 6901 JSON Pointer syntax.
//!
//! This crate knows nothing about Python. It implements the string side of JSON
//! Pointers exactly the way the Python `jsonpointer` package (3.x) behaves:
//!
//! * [`parse`] / [`tokens`] validate a pointer string and split it into its
//!   unescaped reference tokens ("parts"),
//! * [`escape`] / [`unescape`] convert single tokens between their raw and
//!   pointer-encoded forms (`~` ⇄ `~0`, `/` ⇄ `~1`),
//! * [`to_path`] renders parts back into a pointer string,
//! * [`parse_array_index`] classifies a token used against an array (`-`, a
//!   canonical decimal index, or invalid),
//! * [`Pointer`] bundles the above into an owned value type with `join`,
//!   `contains` and friends.
//!
//! Every error carries upstream's exact message (see [`Error`]), so the
//! Python binding can raise `JsonPointerException` with identical text.

#![warn(missing_docs)]

use std::borrow::Cow;
use std::fmt;

/// Errors produced while parsing a pointer string.
///
/// The `Display` text is the exact message the Python package puts into its
/// `JsonPointerException`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A `~` that is not followed by `0` or `1`. Holds the offending text:
    /// the tilde plus the following character, or a lone `~` at the end.
    InvalidEscape(String),
    /// The pointer is non-empty and does not start with `/`.
    MissingLeadingSlash,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidEscape(found) => write!(f, "Found invalid escape {found}"),
            Error::MissingLeadingSlash => f.write_str("Location must start with /"),
        }
    }
}

impl std::error::Error for Error {}

/// Checks that every `~` in `pointer` starts a valid escape (`~0` or `~1`).
///
/// Upstream validates escapes *before* checking the leading slash, so an
/// input like `"a~"` reports the escape, not the missing slash; callers that
/// need the same precedence use this first (as [`parse`] does).
pub fn validate_escapes(pointer: &str) -> Result<(), Error> {
    let bytes = pointer.as_bytes();
    // `~` is ASCII, so byte search is safe even in multi-byte text.
    let mut from = 0;
    while let Some(off) = bytes[from..].iter().position(|&b| b == b'~') {
        let at = from + off;
        match bytes.get(at + 1) {
            Some(b'0') | Some(b'1') => from = at + 2,
            Some(_) => {
                // Report the tilde plus one whole character, like the regex
                // `~[^01]` does on a Python str.
                let rest = &pointer[at + 1..];
                let ch_len = rest.chars().next().map_or(0, char::len_utf8);
                return Err(Error::InvalidEscape(
                    pointer[at..at + 1 + ch_len].to_owned(),
                ));
            }
            None => return Err(Error::InvalidEscape("~".to_owned())),
        }
    }
    Ok(())
}

/// Iterator over the raw (still escaped) reference tokens of a validated
/// pointer. Created by [`tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    /// Remaining text after the leading `/`; `None` once exhausted.
    rest: Option<&'a str>,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.find('/') {
            Some(i) => {
                self.rest = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// Validates `pointer` and returns an iterator over its raw tokens (not yet
/// unescaped; pass each through [`unescape`]).
///
/// The empty pointer (the whole document) yields no tokens; `"/"` yields one
/// empty token.
pub fn tokens(pointer: &str) -> Result<Tokens<'_>, Error> {
    validate_escapes(pointer)?;
    if pointer.is_empty() {
        return Ok(Tokens { rest: None });
    }
    match pointer.strip_prefix('/') {
        Some(rest) => Ok(Tokens { rest: Some(rest) }),
        None => Err(Error::MissingLeadingSlash),
    }
}

/// Parses a pointer string into its unescaped parts.
///
/// ```
/// use rusputyn_jsonpointer_core::parse;
/// assert_eq!(parse("/a~1b/m~0n/0").unwrap(), ["a/b", "m~n", "0"]);
/// assert_eq!(parse("").unwrap(), Vec::<String>::new());
/// assert_eq!(parse("x").unwrap_err().to_string(), "Location must start with /");
/// ```
pub fn parse(pointer: &str) -> Result<Vec<String>, Error> {
    Ok(tokens(pointer)?.map(|t| unescape(t).into_owned()).collect())
}

/// Decodes one reference token: `~1` becomes `/` and `~0` becomes `~`.
///
/// Works on any text (like upstream's `unescape`, it does not validate):
/// a `~` followed by anything else is kept as is. Decoding is a single
/// left-to-right pass, which gives the same result as upstream's
/// "replace `~1` first, then `~0`" (so `~01` decodes to `~1`, never `/`).
pub fn unescape(token: &str) -> Cow<'_, str> {
    if !token.contains('~') {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.peek() {
                Some('1') => {
                    chars.next();
                    out.push('/');
                }
                Some('0') => {
                    chars.next();
                    out.push('~');
                }
                _ => out.push('~'),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Encodes one part for use in a pointer: `~` becomes `~0`, `/` becomes `~1`.
pub fn escape(part: &str) -> Cow<'_, str> {
    if !part.contains(['~', '/']) {
        return Cow::Borrowed(part);
    }
    let mut out = String::with_capacity(part.len() + 4);
    for c in part.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Renders unescaped parts as a pointer string (`"/" + escape(part)` each).
pub fn to_path<I, S>(parts: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::new();
    for part in parts {
        out.push('/');
        out.push_str(&escape(part.as_ref()));
    }
    out
}

/// How a token reads when applied to an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayIndex {
    /// `-`: the (nonexistent) element after the last one.
    EndOfList,
    /// A canonical decimal index (`0` or no leading zero) that fits `usize`.
    Index(usize),
    /// Canonical decimal digits too large for `usize`. Upstream hands these
    /// to Python's `int()`, which may refuse them (integer string conversion
    /// limit); the binding decides.
    TooLarge,
    /// Anything else: signs, spaces, leading zeros, non-ASCII digits, ...
    Invalid,
}

/// Classifies `token` as an array index using upstream's rule: `-`, or the
/// full match of `0|[1-9][0-9]*` (ASCII digits only).
pub fn parse_array_index(token: &str) -> ArrayIndex {
    let b = token.as_bytes();
    match b {
        [b'-'] => return ArrayIndex::EndOfList,
        [b'0'] => return ArrayIndex::Index(0),
        [b'1'..=b'9', rest @ ..] if rest.iter().all(u8::is_ascii_digit) => {}
        _ => return ArrayIndex::Invalid,
    }
    let mut value: usize = 0;
    for &d in b {
        value = match value
            .checked_mul(10)
            .and_then(|v| v.checked_add(usize::from(d - b'0')))
        {
            Some(v) => v,
            None => return ArrayIndex::TooLarge,
        };
    }
    ArrayIndex::Index(value)
}

/// Returns true if `token` is a canonical array index (`0|[1-9][0-9]*`),
/// regardless of its magnitude.
pub fn is_index_token(token: &str) -> bool {
    matches!(
        parse_array_index(token),
        ArrayIndex::Index(_) | ArrayIndex::TooLarge
    )
}

/// An owned, parsed JSON Pointer: the list of unescaped parts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Pointer {
    parts: Vec<String>,
}

impl Pointer {
    /// Parses a pointer string (see [`parse`]).
    pub fn parse(pointer: &str) -> Result<Self, Error> {
        parse(pointer).map(|parts| Pointer { parts })
    }

    /// Builds a pointer from already unescaped parts.
    pub fn from_parts<I, S>(parts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Pointer {
            parts: parts.into_iter().map(Into::into).collect(),
        }
    }

    /// The unescaped parts.
    pub fn parts(&self) -> &[String] {
        &self.parts
    }

    /// The pointer string (parts escaped and joined).
    pub fn path(&self) -> String {
        to_path(&self.parts)
    }

    /// True if `prefix`'s parts are a prefix of (or equal to) this pointer's
    /// parts. The root pointer is a prefix of everything.
    pub fn contains(&self, prefix: &Pointer) -> bool {
        self.parts.starts_with(&prefix.parts)
    }

    /// A new pointer with `suffix`'s parts appended.
    pub fn join(&self, suffix: &Pointer) -> Pointer {
        let mut parts = self.parts.clone();
        parts.extend(suffix.parts.iter().cloned());
        Pointer { parts }
    }

    /// Splits off the last part: `(parent, last)`, or `None` for the root.
    pub fn split_last(&self) -> Option<(Pointer, &str)> {
        let (last, init) = self.parts.split_last()?;
        Some((
            Pointer {
                parts: init.to_vec(),
            },
            last,
        ))
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

impl std::str::FromStr for Pointer {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Pointer::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_examples() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("/foo", &["foo"]),
            ("/foo/0", &["foo", "0"]),
            ("/", &[""]),
            ("/a~1b", &["a/b"]),
            ("/c%d", &["c%d"]),
            ("/e^f", &["e^f"]),
            ("/g|h", &["g|h"]),
            ("/i\\j", &["i\\j"]),
            ("/k\"l", &["k\"l"]),
            ("/ ", &[" "]),
            ("/m~0n", &["m~n"]),
            ("/\u{ee}", &["\u{ee}"]),
            ("//", &["", ""]),
        ];
        for (ptr, parts) in cases {
            assert_eq!(&parse(ptr).unwrap(), parts, "{ptr}");
            assert_eq!(to_path(*parts), *ptr);
        }
    }

    #[test]
    fn tilde_decoded_once() {
        assert_eq!(parse("/~01").unwrap(), ["~1"]);
        assert_eq!(unescape("~01"), "~1");
        assert_eq!(unescape("~10"), "/0");
        assert_eq!(escape("~1"), "~01");
    }

    #[test]
    fn unescape_is_lenient() {
        assert_eq!(unescape("~2"), "~2");
        assert_eq!(unescape("~"), "~");
        assert_eq!(unescape("~~1"), "~/");
        assert_eq!(unescape("plain"), "plain");
    }

    #[test]
    fn errors_and_precedence() {
        assert_eq!(
            parse("some/thing").unwrap_err().to_string(),
            "Location must start with /"
        );
        assert_eq!(
            parse("/foo/bar~").unwrap_err().to_string(),
            "Found invalid escape ~"
        );
        assert_eq!(
            parse("/foo/bar~2").unwrap_err().to_string(),
            "Found invalid escape ~2"
        );
        // escapes are checked before the leading slash
        assert_eq!(parse("a~x").unwrap_err(), Error::InvalidEscape("~x".into()));
        // the character after the tilde is reported whole
        assert_eq!(
            parse("/~\u{e9}").unwrap_err(),
            Error::InvalidEscape("~\u{e9}".into())
        );
        // first invalid escape wins
        assert_eq!(
            parse("/~0~1~9~").unwrap_err(),
            Error::InvalidEscape("~9".into())
        );
    }

    #[test]
    fn array_indices() {
        assert_eq!(parse_array_index("-"), ArrayIndex::EndOfList);
        assert_eq!(parse_array_index("0"), ArrayIndex::Index(0));
        assert_eq!(parse_array_index("10"), ArrayIndex::Index(10));
        for bad in [
            "", "01", "-1", "+1", " 1", "1 ", "1.0", "a", "\u{661}", "--",
        ] {
            assert_eq!(parse_array_index(bad), ArrayIndex::Invalid, "{bad:?}");
        }
        assert_eq!(
            parse_array_index("99999999999999999999999999"),
            ArrayIndex::TooLarge
        );
        assert!(is_index_token("99999999999999999999999999"));
        assert!(!is_index_token("-"));
    }

    #[test]
    fn pointer_type() {
        let p: Pointer = "/a/b/c".parse().unwrap();
        let q = Pointer::parse("/a/b").unwrap();
        assert!(p.contains(&q));
        assert!(p.contains(&p));
        assert!(p.contains(&Pointer::default()));
        assert!(!q.contains(&p));
        assert!(!p.contains(&Pointer::parse("/a/bb").unwrap()));
        assert_eq!(p.join(&q).to_string(), "/a/b/c/a/b");
        let (parent, last) = p.split_last().unwrap();
        assert_eq!((parent.path().as_str(), last), ("/a/b", "c"));
        assert!(Pointer::default().split_last().is_none());
        assert_eq!(Pointer::from_parts(["~", "/"]).path(), "/~0/~1");
    }
}
