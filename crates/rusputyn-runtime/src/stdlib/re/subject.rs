//! The string a pattern is applied to, in the form the matcher reads: the bytes themselves
//! for a bytes object or an ASCII str (code point = byte), else the str's code points. All
//! positions are code-point indices, as Python's are.

use super::compile::Prog;
use super::vm::{self, Found, Mode};
use crate::err::type_error;
use crate::types::str::PyStr;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// A str and its code points.
type Decoded = (Rc<PyStr>, Rc<[char]>);

thread_local! {
    /// The last non-ASCII str decoded, and its code points.
    static LAST: RefCell<Option<Decoded>> = const { RefCell::new(None) };
}

/// The code points of `s`, reusing the last decoding when `s` is the same object.
fn decoded(s: &Rc<PyStr>) -> Rc<[char]> {
    LAST.with(|l| {
        let mut l = l.borrow_mut();
        if let Some((_, v)) = l.as_ref().filter(|(k, _)| Rc::ptr_eq(k, s)) {
            return v.clone();
        }
        let v: Rc<[char]> = s.as_str().chars().collect();
        *l = Some((s.clone(), v.clone()));
        v
    })
}

/// A subject of matching.
pub enum Subject {
    /// An ASCII str: byte offsets are code-point offsets.
    Ascii(Rc<PyStr>),
    /// A non-ASCII str, decoded to code points (shared with the last subject decoded, so
    /// a scanner calling `pattern.match(text, pos)` in a loop decodes `text` once).
    Chars(Rc<PyStr>, Rc<[char]>),
    Bytes(Rc<Vec<u8>>),
}

impl Subject {
    /// Wraps `v` for a pattern that is bytes (`is_bytes`) or str, with CPython's errors for
    /// the wrong kind of object.
    pub fn new(v: &Value, is_bytes: bool) -> crate::value::PyResult<Subject> {
        match (v, is_bytes) {
            (Value::Str(s), false) => Ok(if s.is_ascii() {
                Subject::Ascii(s.clone())
            } else {
                Subject::Chars(s.clone(), decoded(s))
            }),
            (Value::Bytes(b), true) => Ok(Subject::Bytes(b.clone())),
            (Value::Str(_), true) => Err(type_error(
                "cannot use a bytes pattern on a string-like object",
            )),
            (Value::Bytes(_), false) => Err(type_error(
                "cannot use a string pattern on a bytes-like object",
            )),
            (other, _) => Err(type_error(format!(
                "expected string or bytes-like object, got '{}'",
                other.type_name()
            ))),
        }
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        match self {
            Subject::Ascii(s) => s.as_str().len(),
            Subject::Chars(_, c) => c.len(),
            Subject::Bytes(b) => b.len(),
        }
    }

    /// The object itself.
    pub fn value(&self) -> Value {
        match self {
            Subject::Ascii(s) | Subject::Chars(s, _) => Value::Str(s.clone()),
            Subject::Bytes(b) => Value::Bytes(b.clone()),
        }
    }

    /// `subject[start:end]` as a str or bytes object.
    pub fn slice(&self, start: usize, end: usize) -> Value {
        let end = end.max(start);
        match self {
            Subject::Ascii(s) => Value::str(&s.as_str()[start..end]),
            Subject::Chars(_, c) => Value::string(c[start..end].iter().collect()),
            Subject::Bytes(b) => Value::Bytes(Rc::new(b[start..end].to_vec())),
        }
    }

    /// Runs `prog` over `self[..end]` from `pos` (see [`vm::exec`]).
    pub fn exec(
        &self,
        prog: &Prog,
        pos: usize,
        end: usize,
        mode: Mode,
        advance: bool,
    ) -> Option<Found> {
        match self {
            Subject::Ascii(s) => vm::exec(prog, s.as_str().as_bytes(), pos, end, mode, advance),
            Subject::Chars(_, c) => vm::exec(prog, &c[..], pos, end, mode, advance),
            Subject::Bytes(b) => vm::exec(prog, &b[..], pos, end, mode, advance),
        }
    }
}
