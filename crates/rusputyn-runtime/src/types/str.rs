//! `str`: immutable text indexed by code point. Stored as UTF-8 with the code-point count
//! cached, so ASCII strings (the common case) index in O(1).
//!
//! Submodules: `args` (argument checking in CPython's wordings, shared with `bytes`),
//! `chars` (the Unicode character properties and case mappings `str` methods
//! use, over the generated `unicode` tables) and `codec` (encoding and decoding between
//! `str` and `bytes`, shared by `str.encode` and `bytes.decode`).

pub mod args;
pub mod chars;
pub mod codec;
pub mod search;
mod unicode;

use std::cell::Cell;

/// A Python `str` object.
pub struct PyStr {
    s: String,
    nchars: usize,
    /// The cached hash, or [`NO_HASH`] before it is computed (a plain `i64` rather than an
    /// `Option`: a `str` object stays at 64 bytes with its `Rc` counts, a malloc size class
    /// below the 80 it would take otherwise).
    hash: Cell<i64>,
}

/// The `hash` field's "not computed yet" marker. A hash that happens to equal it is simply
/// recomputed on each request (never wrong, only uncached).
const NO_HASH: i64 = i64::MIN;

impl PyStr {
    /// Copies `s`.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    /// Takes ownership of `s`.
    pub fn from_string(s: String) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(NO_HASH),
        }
    }

    /// The UTF-8 text.
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// `len(s)`: number of code points.
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    /// True when every code point is ASCII (byte index == char index).
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (`i` may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// Substring of code points `[start, stop)`.
    pub fn substring(&self, start: usize, stop: usize) -> &str {
        if start >= stop {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = if self.is_ascii() {
            stop.min(self.s.len())
        } else {
            b0 + self.s[b0..]
                .char_indices()
                .nth(stop - start)
                .map_or(self.s.len() - b0, |(b, _)| b)
        };
        &self.s[b0..b1]
    }

    /// `x + y` (no rescan of the text for its length).
    pub fn concat(x: &PyStr, y: &PyStr) -> PyStr {
        let mut s = String::with_capacity(x.s.len() + y.s.len());
        s.push_str(&x.s);
        s.push_str(&y.s);
        PyStr {
            s,
            nchars: x.nchars + y.nchars,
            hash: Cell::new(NO_HASH),
        }
    }

    /// Appends `t` in place (`s += t` on a `str` nothing else references); the cached hash
    /// is forgotten.
    pub fn push_str(&mut self, t: &str) {
        self.s.push_str(t);
        self.nchars += if t.is_ascii() {
            t.len()
        } else {
            t.chars().count()
        };
        self.hash.set(NO_HASH);
    }

    /// The cached hash, computing it with `f` the first time.
    pub fn cached_hash(&self, f: impl FnOnce(&str) -> i64) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = f(&self.s);
        self.hash.set(h);
        h
    }
}
