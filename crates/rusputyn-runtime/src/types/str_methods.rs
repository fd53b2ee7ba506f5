//! Methods of `str` (Python docs, "String Methods").

use crate::err::{type_error, value_error};
use crate::types::function::{Kw, check_arity, no_kwargs, take_kwargs};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The `str` method table.
pub static METHODS: &[MethodEntry] = &[
    ("join", join),
    ("split", split),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("upper", upper),
    ("lower", lower),
    ("replace", replace),
    ("startswith", startswith),
    ("endswith", endswith),
    ("find", find),
    ("format", format),
    ("encode", encode),
];

/// The `&str` inside a `str` value.
pub fn s(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

/// The argument as `&str`, or CPython's `TypeError` naming the method.
pub fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!("{what} must be str, not {}", other.type_name()))),
    }
}

fn join(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("str.join", kw)?;
    check_arity("str.join", args, 1, 1)?;
    let items = crate::types::iter::collect(&args[0])?;
    let sep = s(v);
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match item {
            Value::Str(x) => out.push_str(x.as_str()),
            other => {
                return Err(type_error(format!("sequence item {i}: expected str instance, {} found", other.type_name())));
            }
        }
    }
    Ok(Value::string(out))
}

fn split(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [ksep, kmax] = take_kwargs("split", kw, ["sep", "maxsplit"])?;
    let sep = args.first().or(ksep).cloned().unwrap_or(Value::None);
    let maxsplit = match args.get(1).or(kmax) {
        Some(m) => crate::ops::index_of(m)?,
        None => -1,
    };
    let text = s(v);
    let mut out = Vec::new();
    match &sep {
        Value::None => {
            let mut rest = text.trim_start();
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start();
                n += 1;
            }
        }
        Value::Str(sep) => {
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if maxsplit < 0 {
                out = text.split(sep).map(Value::str).collect();
            } else {
                out = text.splitn(maxsplit as usize + 1, sep).map(Value::str).collect();
            }
        }
        other => return Err(type_error(format!("must be str or None, not {}", other.type_name()))),
    }
    Ok(Value::list(out))
}

fn strip_chars<'a>(v: &'a Value, args: &'a [Value]) -> PyResult<Option<&'a str>> {
    match args.first() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(c)) => Ok(Some(c.as_str())),
        Some(other) => Err(type_error(format!("strip arg must be None or str, not {}", other.type_name()))),
    }
    .map(|c| {
        let _ = v;
        c
    })
}

fn strip(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("strip", args, 0, 1)?;
    Ok(Value::str(match strip_chars(v, args)? {
        None => s(v).trim(),
        Some(c) => s(v).trim_matches(|x| c.contains(x)),
    }))
}

fn lstrip(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("lstrip", args, 0, 1)?;
    Ok(Value::str(match strip_chars(v, args)? {
        None => s(v).trim_start(),
        Some(c) => s(v).trim_start_matches(|x| c.contains(x)),
    }))
}

fn rstrip(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("rstrip", args, 0, 1)?;
    Ok(Value::str(match strip_chars(v, args)? {
        None => s(v).trim_end(),
        Some(c) => s(v).trim_end_matches(|x| c.contains(x)),
    }))
}

fn upper(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("str.upper", args, 0, 0)?;
    Ok(Value::string(s(v).to_uppercase()))
}

fn lower(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("str.lower", args, 0, 0)?;
    Ok(Value::string(s(v).to_lowercase()))
}

fn replace(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("replace", args, 2, 3)?;
    let old = str_arg(&args[0], "replace() argument 1")?;
    let new = str_arg(&args[1], "replace() argument 2")?;
    let count = match args.get(2) {
        Some(c) => crate::ops::index_of(c)?,
        None => -1,
    };
    Ok(Value::string(if count < 0 { s(v).replace(old, new) } else { s(v).replacen(old, new, count as usize) }))
}

fn prefix_test(v: &Value, args: &[Value], name: &str, test: fn(&str, &str) -> bool) -> PyResult<Value> {
    check_arity(name, args, 1, 3)?;
    let text = s(v);
    let (start, end) = crate::types::str_methods::char_bounds(v, args.get(1), args.get(2))?;
    let hay = match text.char_indices().nth(start) {
        Some((b, _)) => {
            let e = text.char_indices().nth(end).map_or(text.len(), |(b, _)| b);
            &text[b..e.max(b)]
        }
        None if start == crate::ops::len(v)? && start <= end => "",
        None => return Ok(Value::Bool(false)),
    };
    match &args[0] {
        Value::Str(p) => Ok(Value::Bool(test(hay, p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items() {
                if test(hay, str_arg(p, "tuple for startswith must only contain str, not")?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            other.type_name()
        ))),
    }
}

/// Resolves optional `start`/`end` arguments (slice semantics) to code-point bounds.
pub fn char_bounds(v: &Value, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let len = crate::ops::len(v)? as i64;
    let norm = |x: Option<&Value>, default: i64| -> PyResult<usize> {
        match x {
            None | Some(Value::None) => Ok(default as usize),
            Some(x) => {
                let i = crate::ops::index_of(x)?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
            }
        }
    };
    Ok((norm(start, 0)?, norm(end, len)?))
}

fn startswith(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prefix_test(v, args, "startswith", |h, p| h.starts_with(p))
}

fn endswith(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prefix_test(v, args, "endswith", |h, p| h.ends_with(p))
}

fn find(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("find", args, 1, 3)?;
    let needle = str_arg(&args[0], "must be str, not")?;
    let Value::Str(st) = v else { return Ok(Value::Int(-1)) };
    let (start, end) = char_bounds(v, args.get(1), args.get(2))?;
    if start > end {
        return Ok(Value::Int(-1));
    }
    let hay = st.substring(start, end);
    Ok(Value::Int(match hay.find(needle) {
        Some(b) => (start + hay[..b].chars().count()) as i64,
        None => -1,
    }))
}

fn format(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::format::str_format(s(v), args, kw).map(Value::string)
}

fn encode(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("encode", args, 0, 2)?;
    Ok(Value::Bytes(s(v).as_bytes().to_vec().into()))
}
