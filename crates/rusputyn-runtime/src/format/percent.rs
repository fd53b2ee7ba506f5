//! `%`-formatting of `str` and `bytes` (Python docs, "printf-style String Formatting").

use crate::err::{type_error, value_error};
use crate::format::spec::{Spec, format_value};
use crate::value::{PyResult, Value};

fn next_arg<'a>(args: &'a [Value], i: &mut usize) -> PyResult<&'a Value> {
    let v = args.get(*i).ok_or_else(|| type_error("not enough arguments for format string"))?;
    *i += 1;
    Ok(v)
}

/// `fmt % args` for `str`.
pub fn format_str(fmt: &str, args: &Value) -> PyResult<Value> {
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.items().to_vec(), None),
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        other => (vec![other.clone()], None),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut argi = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let mut key_value: Option<Value> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            let key: String = chars[start..i - 1].iter().collect();
            let m = mapping.as_ref().ok_or_else(|| type_error("format requires a mapping"))?;
            key_value = Some(crate::ops::getitem(m, &Value::string(key))?);
        }
        let mut spec = Spec::default();
        let mut left = false;
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => left = true,
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            spec.width = Some(crate::ops::index_of(next_arg(&items, &mut argi)?)?.max(0) as usize);
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                spec.width = chars[start..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                spec.precision = Some(crate::ops::index_of(next_arg(&items, &mut argi)?)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(chars[start..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        let conv = *chars.get(i).ok_or_else(|| value_error("incomplete format"))?;
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match &key_value {
            Some(v) => v.clone(),
            None => next_arg(&items, &mut argi)?.clone(),
        };
        if left {
            spec.align = Some('<');
            spec.zero = false;
        } else if !spec.zero {
            spec.align = Some('>');
        }
        let piece = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => crate::ops::str_of(&arg)?,
                    'r' => crate::ops::repr_of(&arg)?,
                    _ => crate::ops::ascii_of(&arg)?,
                };
                spec.zero = false;
                spec.sign = None;
                spec.alt = false;
                let s: String = match spec.precision.take() {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                format_value(&Value::string(s), &spec_string(&spec, None))?
            }
            'd' | 'i' | 'u' => {
                let n = to_int(&arg, conv)?;
                let prec = spec.precision.take();
                let mut s = format_value(&n, &spec_string(&spec, Some('d')))?;
                if let Some(p) = prec {
                    s = pad_digits(&s, p);
                }
                s
            }
            'x' | 'X' | 'o' => {
                let n = to_int(&arg, conv)?;
                spec.precision = None;
                format_value(&n, &spec_string(&spec, Some(conv)))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &arg {
                    Value::Float(_) => arg.clone(),
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::builtins::to_float(&arg)?,
                    other => return Err(type_error(format!("must be real number, not {}", other.type_name()))),
                };
                if spec.precision.is_none() {
                    spec.precision = Some(6);
                }
                format_value(&f, &spec_string(&spec, Some(conv)))?
            }
            'c' => match &arg {
                Value::Str(s) if s.char_len() == 1 => format_value(&arg, &spec_string(&spec, None))?,
                Value::Int(_) => format_value(&arg, &spec_string(&spec, Some('c')))?,
                _ => return Err(type_error("%c requires int or char")),
            },
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if argi < items.len() && mapping.is_none() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(Value::string(out))
}

fn pad_digits(s: &str, p: usize) -> String {
    let trimmed = s.trim_start();
    let lead = &s[..s.len() - trimmed.len()];
    let (sign, digits) = if trimmed.starts_with(['-', '+', ' ']) { trimmed.split_at(1) } else { ("", trimmed) };
    if digits.len() >= p {
        return s.to_string();
    }
    format!("{lead}{sign}{}{digits}", "0".repeat(p - digits.len()))
}

fn to_int(arg: &Value, conv: char) -> PyResult<Value> {
    match arg {
        Value::Int(_) | Value::BigInt(_) => Ok(arg.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => crate::builtins::float_to_int(*f),
        other => Err(type_error(match conv {
            'x' | 'X' | 'o' => format!("%{conv} format: an integer is required, not {}", other.type_name()),
            _ => format!("%{conv} format: a real number is required, not {}", other.type_name()),
        })),
    }
}

fn spec_string(s: &Spec, ty: Option<char>) -> String {
    let mut out = String::new();
    if let Some(a) = s.align {
        out.push(a);
    }
    if let Some(sign) = s.sign {
        out.push(sign);
    }
    if s.alt {
        out.push('#');
    }
    if s.zero {
        out.push('0');
    }
    if let Some(w) = s.width {
        out.push_str(&w.to_string());
    }
    if let Some(p) = s.precision {
        out.push('.');
        out.push_str(&p.to_string());
    }
    if let Some(t) = ty {
        out.push(t);
    }
    out
}

/// `fmt % args` for `bytes` (only `%s`/`%b`/`%d`-style conversions of ASCII results).
pub fn format_bytes(fmt: &[u8], args: &Value) -> PyResult<Value> {
    let text = String::from_utf8_lossy(fmt).into_owned();
    let r = format_str(&text, args)?;
    Ok(Value::Bytes(crate::ops::str_of(&r)?.into_bytes().into()))
}
