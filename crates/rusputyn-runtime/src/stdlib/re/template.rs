//! Replacement templates of `sub`, `subn` and `Match.expand`: literal text with `\1`,
//! `\g<name>`, `\g<0>` group references and the escapes `\n`, `\t`, ... (other ASCII-letter
//! escapes are errors; other escaped characters stay as written, backslash included).
//! A group that did not take part expands to the empty string.

use super::error::re_error;
use super::pattern::{Compiled, group_value};
use super::subject::Subject;
use crate::err::{PyErr, index_error, type_error};
use crate::value::{PyResult, Value};
use std::rc::Rc;

enum Part {
    Text(Vec<char>),
    Group(usize),
}

/// A parsed template.
pub struct Template {
    parts: Vec<Part>,
    /// Whether the pattern is bytes.
    is_bytes: bool,
    /// Whether the template is bytes.
    repl_bytes: bool,
}

impl Template {
    /// Parses `repl` (str or bytes, matching the pattern's kind) for pattern `c`.
    pub fn parse(repl: &Value, pat: &Compiled) -> PyResult<Template> {
        // A template of the other kind parses; the mismatch shows when a replacement is
        // joined to the result, as in CPython.
        let (chars, repl_bytes): (Vec<char>, bool) = match repl {
            Value::Str(s) => (s.as_str().chars().collect(), false),
            Value::Bytes(b) => (b.iter().map(|&b| b as char).collect(), true),
            other => {
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    other.type_name()
                )));
            }
        };
        let err = |msg: String, pos: usize| re_error(&msg, repl, Some(pos));
        let mut parts = Vec::new();
        let mut text = Vec::new();
        let mut i = 0;
        let oct = |c: char| ('0'..='7').contains(&c);
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '\\' {
                text.push(c);
                continue;
            }
            let start = i - 1;
            let Some(&e) = chars.get(i) else {
                return Err(err("bad escape (end of pattern)".into(), start));
            };
            i += 1;
            let group = match e {
                'g' => {
                    if chars.get(i) != Some(&'<') {
                        return Err(err("missing <".into(), i));
                    }
                    i += 1;
                    let name_start = i;
                    let Some(len) = chars[i..].iter().position(|&c| c == '>') else {
                        if i >= chars.len() {
                            return Err(err("missing group name".into(), name_start));
                        }
                        return Err(err("missing >, unterminated name".into(), name_start));
                    };
                    let name: String = chars[i..i + len].iter().collect();
                    i += len + 1;
                    if name.is_empty() {
                        return Err(err("missing group name".into(), name_start));
                    }
                    Some(group_ref(pat, &name, name_start, repl)?)
                }
                '0' => {
                    let mut v = 0u32;
                    let mut n = 0;
                    while n < 2 && chars.get(i).copied().is_some_and(oct) {
                        v = v * 8 + (chars[i] as u32 - '0' as u32);
                        i += 1;
                        n += 1;
                    }
                    text.push(char::from_u32(v).unwrap_or('\0'));
                    None
                }
                '1'..='9' => {
                    let mut num = String::from(e);
                    if let Some(&d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
                        i += 1;
                        num.push(d);
                        if oct(e) && oct(d) && chars.get(i).copied().is_some_and(oct) {
                            num.push(chars[i]);
                            i += 1;
                            let v = u32::from_str_radix(&num, 8).unwrap_or(0);
                            if v > 0o377 {
                                return Err(err(
                                    format!("octal escape value \\{num} outside of range 0-0o377"),
                                    start,
                                ));
                            }
                            text.push(char::from_u32(v).unwrap_or('\0'));
                            continue;
                        }
                    }
                    let g: usize = num.parse().unwrap_or(usize::MAX);
                    if g > pat.groups {
                        return Err(err(format!("invalid group reference {g}"), start + 1));
                    }
                    Some(g)
                }
                'a' => {
                    text.push('\x07');
                    None
                }
                'b' => {
                    text.push('\x08');
                    None
                }
                'f' => {
                    text.push('\x0c');
                    None
                }
                'n' => {
                    text.push('\n');
                    None
                }
                'r' => {
                    text.push('\r');
                    None
                }
                't' => {
                    text.push('\t');
                    None
                }
                'v' => {
                    text.push('\x0b');
                    None
                }
                '\\' => {
                    text.push('\\');
                    None
                }
                e if e.is_ascii_alphabetic() => {
                    return Err(err(format!("bad escape \\{e}"), start));
                }
                e => {
                    text.push('\\');
                    text.push(e);
                    None
                }
            };
            if let Some(g) = group {
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(Part::Group(g));
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        return Ok(Template {
            parts,
            is_bytes: pat.is_bytes,
            repl_bytes,
        });

        /// `\g<name>`: a number or a group name of `c`.
        fn group_ref(c: &Compiled, name: &str, pos: usize, repl: &Value) -> PyResult<usize> {
            if !name.is_empty() && name.chars().all(|ch| ch.is_ascii_digit()) {
                let g = name.parse::<usize>().unwrap_or(usize::MAX);
                if g > c.groups {
                    return Err(re_error(
                        &format!("invalid group reference {g}"),
                        repl,
                        Some(pos),
                    ));
                }
                return Ok(g);
            }
            let ident = {
                use crate::types::str::chars::{is_xid_continue, is_xid_start};
                let mut cs = name.chars();
                cs.next().is_some_and(|f| f == '_' || is_xid_start(f)) && cs.all(is_xid_continue)
            };
            if !ident || (c.is_bytes && !name.is_ascii()) {
                return Err(re_error(
                    &format!("bad character in group name '{name}'"),
                    repl,
                    Some(pos),
                ));
            }
            c.group_named(name).ok_or_else(|| unknown_group(name))
        }
    }

    /// The replacement for a match with capture `slots`; `None` when it is empty.
    pub fn expand(&self, subj: &Subject, slots: &[usize]) -> PyResult<Option<Value>> {
        if self.parts.is_empty() {
            return Ok(None);
        }
        if self.repl_bytes != self.is_bytes {
            return Err(type_error(if self.is_bytes {
                "sequence item 0: expected a bytes-like object, str found"
            } else {
                "sequence item 0: expected str instance, bytes found"
            }));
        }
        let empty = if self.is_bytes {
            Value::Bytes(Rc::new(Vec::new()))
        } else {
            Value::str("")
        };
        let mut s = String::new();
        let mut b: Vec<u8> = Vec::new();
        for p in &self.parts {
            match p {
                Part::Text(t) => {
                    if self.is_bytes {
                        b.extend(t.iter().map(|&c| c as u32 as u8));
                    } else {
                        s.extend(t.iter());
                    }
                }
                Part::Group(g) => match group_value(subj, slots, *g, &empty) {
                    Value::Str(x) => s.push_str(x.as_str()),
                    Value::Bytes(x) => b.extend_from_slice(&x),
                    _ => {}
                },
            }
        }
        Ok(Some(if self.is_bytes {
            Value::Bytes(Rc::from(b))
        } else {
            Value::string(s)
        }))
    }
}

/// `IndexError: unknown group name 'x'` (what CPython raises for `\g<x>`).
fn unknown_group(name: &str) -> PyErr {
    index_error(format!("unknown group name '{name}'"))
}
