//! Moving text between Python `str` and Rust `&str`, lone surrogates included.
//!
//! Python strings may hold lone surrogates (for example environment variables decoded
//! with `surrogateescape`, or any `StringIO` content), which have no UTF-8 form. Such
//! text is brought into Rust with each surrogate U+D800..U+DFFF swapped for a stand-in
//! from the last 2,048 code points of plane 16 (private use), and swapped back when
//! strings are handed to Python. Text that contains both surrogates and genuine
//! stand-in characters cannot be told apart and is rejected with Python's original
//! `UnicodeEncodeError`.

use pyo3::exceptions::PyUnicodeEncodeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// First stand-in code point; U+D800 maps here, U+DFFF to U+10FFFF.
const STANDIN_BASE: u32 = 0x10_F800;

/// UTF-8 text of a Python `str`, borrowed from a `bytes` copy or rebuilt.
pub enum Text<'py> {
    /// The `str` was valid Unicode: its UTF-8 encoding.
    Bytes(Bound<'py, PyBytes>),
    /// The `str` held lone surrogates, now stand-ins.
    Mapped(String),
}

impl<'py> Text<'py> {
    /// Converts a Python `str` (anything else raises `TypeError`).
    pub fn new(value: &Bound<'py, PyAny>) -> PyResult<Self> {
        let value = value.cast::<PyString>()?;
        match value.encode_utf8() {
            Ok(bytes) => {
                // Validated once here so `as_str` can never fail later.
                std::str::from_utf8(bytes.as_bytes())
                    .map_err(|e| PyUnicodeEncodeError::new_err(e.to_string()))?;
                Ok(Text::Bytes(bytes))
            }
            Err(err) if err.is_instance_of::<PyUnicodeEncodeError>(value.py()) => {
                let py = value.py();
                let raw = value.call_method1(
                    intern!(py, "encode"),
                    (intern!(py, "utf-8"), intern!(py, "surrogatepass")),
                )?;
                let raw = raw.cast::<PyBytes>()?;
                match from_wtf8(raw.as_bytes()) {
                    Some(text) => Ok(Text::Mapped(text)),
                    None => Err(err),
                }
            }
            Err(err) => Err(err),
        }
    }

    /// The text; stand-ins replace surrogates when [`Text::mapped`].
    pub fn as_str(&self) -> &str {
        match self {
            Text::Bytes(bytes) => std::str::from_utf8(bytes.as_bytes()).unwrap_or_default(),
            Text::Mapped(text) => text,
        }
    }

    /// Whether stand-ins were substituted (outputs must be converted back).
    pub fn mapped(&self) -> bool {
        matches!(self, Text::Mapped(_))
    }

    /// Detaches the text from the interpreter lifetime, for storage in a pyclass.
    pub fn unbind(self) -> StoredText {
        match self {
            Text::Bytes(bytes) => StoredText::Bytes(bytes.unbind()),
            Text::Mapped(text) => StoredText::Mapped(text),
        }
    }
}

/// [`Text`] kept inside a Python object.
pub enum StoredText {
    /// See [`Text::Bytes`].
    Bytes(Py<PyBytes>),
    /// See [`Text::Mapped`].
    Mapped(String),
}

impl StoredText {
    /// The text, as [`Text::as_str`].
    pub fn as_str<'a>(&'a self, py: Python<'_>) -> &'a str {
        match self {
            StoredText::Bytes(bytes) => std::str::from_utf8(bytes.as_bytes(py)).unwrap_or_default(),
            StoredText::Mapped(text) => text,
        }
    }

    /// See [`Text::mapped`].
    pub fn mapped(&self) -> bool {
        matches!(self, StoredText::Mapped(_))
    }
}

/// Whether `s` holds a character from the stand-in range (UTF-8 `F4 8F A0..BF ..`).
fn has_standin(s: &str) -> bool {
    s.as_bytes()
        .windows(3)
        .any(|w| w[0] == 0xF4 && w[1] == 0x8F && w[2] >= 0xA0)
}

/// Decodes UTF-8 in which surrogates may appear as 3-byte sequences, replacing them
/// with stand-ins. `None` if the bytes are otherwise invalid or already hold stand-ins.
fn from_wtf8(mut rest: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(rest.len());
    loop {
        match std::str::from_utf8(rest) {
            Ok(tail) => {
                if has_standin(tail) {
                    return None;
                }
                out.push_str(tail);
                return Some(out);
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                let good = std::str::from_utf8(good).ok()?;
                if has_standin(good) {
                    return None;
                }
                out.push_str(good);
                match bad {
                    [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] => {
                        let surrogate = 0xD000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
                        out.push(char::from_u32(STANDIN_BASE + (surrogate - 0xD800))?);
                        rest = &bad[3..];
                    }
                    _ => return None,
                }
            }
        }
    }
}

/// A Python `str` for `s`, turning stand-ins back into surrogates when `mapped`.
pub fn new_str<'py>(py: Python<'py>, s: &str, mapped: bool) -> PyResult<Bound<'py, PyString>> {
    if !mapped || !has_standin(s) {
        return Ok(PyString::new(py, s));
    }
    let mut raw = Vec::with_capacity(s.len());
    let mut buf = [0u8; 4];
    for c in s.chars() {
        let cp = c as u32;
        if cp >= STANDIN_BASE {
            let surrogate = cp - STANDIN_BASE + 0xD800;
            raw.extend_from_slice(&[
                0xE0 | (surrogate >> 12) as u8,
                0x80 | ((surrogate >> 6) & 0x3F) as u8,
                0x80 | (surrogate & 0x3F) as u8,
            ]);
        } else {
            raw.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    PyString::from_encoded_object(
        PyBytes::new(py, &raw).as_any(),
        Some(c"utf-8"),
        Some(c"surrogatepass"),
    )
}
