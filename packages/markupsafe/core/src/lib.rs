//! Pure-Rust string core of the rusputyn drop-in replacement for MarkupSafe.
//!
//! MarkupSafe's Python surface (the `Markup` string type and the `escape`
//! family of functions) lives in the Python binding; everything that touches
//! the characters of a string lives here, free of any Python dependency:
//!
//! * [`escape`] / [`escape_into`] replace `&`, `<`, `>`, `'` and `"` with the
//!   entity references MarkupSafe uses (`&amp;`, `&lt;`, `&gt;`, `&#39;`,
//!   `&#34;`), with a chunked scan so text without special characters is
//!   recognised quickly and returned without copying.
//! * [`unescape`] decodes HTML5 named and numeric character references with
//!   the same rules as Python's `html.unescape` (which `Markup.unescape`
//!   delegates to upstream), including legacy references without `;`.
//! * [`strip_tags`] and [`striptags`] implement `Markup.striptags`: remove
//!   tags and comments, collapse whitespace the way Python's `str.split()`
//!   defines it, then unescape.
//!
//! All functions are total: every input string produces an output, so there
//! is no error type and no panic reachable from user data.

mod entities;
mod entities_table;
mod escape;
mod striptags;
mod unescape;

pub use entities::lookup as lookup_entity;
pub use escape::{
    escape, escape_bytes, escape_bytes_into, escape_bytes_reuse, escape_into, escaped_len,
    find_special, needs_escape,
};
pub use striptags::{
    collapse_whitespace, is_python_whitespace, strip_tags, strip_tags_bytes, striptags,
    striptags_bytes,
};
pub use unescape::{numeric_reference, unescape, unescape_bytes, unescape_bytes_into};

/// Turns bytes this crate produced from `str` input back into a `String`.
///
/// The algorithms only insert ASCII or complete UTF-8 sequences and only
/// cut next to ASCII bytes, so the input is always valid UTF-8; the lossy
/// fallback keeps the conversion total without an `unwrap`.
pub(crate) fn utf8_or_lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes)
        .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}
