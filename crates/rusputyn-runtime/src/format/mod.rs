//! String formatting: the format-spec mini-language (`spec`), `str.format` (this file),
//! `%`-formatting (`percent`), and the helpers f-strings compile to.

pub mod percent;
pub mod spec;

pub use spec::format_value;

use crate::err::{index_error, key_error, value_error};
use crate::types::function::Kw;
use crate::value::{PyResult, Value};

/// Applies a conversion (`!r`, `!s`, `!a`) then a format spec: one f-string replacement field.
pub fn format_field(v: &Value, conversion: Option<char>, spec: &str) -> PyResult<String> {
    let converted;
    let v = match conversion {
        Some('r') => {
            converted = Value::string(crate::ops::repr_of(v)?);
            &converted
        }
        Some('s') => {
            converted = Value::string(crate::ops::str_of(v)?);
            &converted
        }
        Some('a') => {
            converted = Value::string(crate::ops::ascii_of(v)?);
            &converted
        }
        _ => v,
    };
    format_value(v, spec)
}

enum Auto {
    Unset,
    Auto(usize),
    Manual,
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(fmt: &str, args: &[Value], kw: Kw) -> PyResult<String> {
    let mut auto = Auto::Unset;
    format_with(fmt, args, kw, &mut auto, 0)
}

fn format_with(fmt: &str, args: &[Value], kw: Kw, auto: &mut Auto, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested fields in the spec.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(&field, args, kw, auto, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(field: &str, args: &[Value], kw: Kw, auto: &mut Auto, depth: usize) -> PyResult<String> {
    // Split "name!conv:spec" (the name may contain [..] with ':' or '!' inside).
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (idx, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = idx;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conversion, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let conv = it.next().ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
        let after = it.as_str();
        if !matches!(conv, 'r' | 's' | 'a') {
            return Err(value_error(format!("Unknown conversion specifier {conv}")));
        }
        match after.strip_prefix(':') {
            Some(s) => (Some(conv), s),
            None if after.is_empty() => (Some(conv), ""),
            None => return Err(value_error("expected ':' after conversion specifier")),
        }
    } else {
        (None, rest.strip_prefix(':').unwrap_or(""))
    };
    // The first part of the name selects the argument.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        let idx = match auto {
            Auto::Manual => return Err(value_error("cannot switch from manual field specification to automatic field numbering")),
            Auto::Unset => {
                *auto = Auto::Auto(1);
                0
            }
            Auto::Auto(n) => {
                let i = *n;
                *n += 1;
                i
            }
        };
        args.get(idx).cloned().ok_or_else(|| index_error(format!("Replacement index {idx} out of range for positional args tuple")))?
    } else if let Ok(idx) = first.parse::<usize>() {
        if matches!(auto, Auto::Auto(_)) {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *auto = Auto::Manual;
        args.get(idx).cloned().ok_or_else(|| index_error(format!("Replacement index {idx} out of range for positional args tuple")))?
    } else {
        kw.iter().find(|(k, _)| *k == first).map(|(_, v)| v.clone()).ok_or_else(|| key_error(Value::str(first)))?
    };
    // Then attribute and index accessors.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = crate::types::object::get_attr(&value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            value = crate::ops::getitem(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let spec = if spec.contains('{') { format_with(spec, args, kw, auto, depth + 1)? } else { spec.to_string() };
    format_field(&value, conversion, &spec)
}
