//! `%`-formatting of `str` and `bytes` (Python docs, "printf-style String Formatting" and
//! "printf-style Bytes Formatting").
//!
//! One engine serves both: a `bytes` format is processed as the Latin-1 characters of its
//! bytes, which maps every byte to one character and back. The steps (argument fetching,
//! flag parsing, the sign/prefix/padding layout) follow CPython's `PyUnicode_Format` in
//! `Objects/unicodeobject.c`, including its quirks: a `%(key)` lookup replaces the argument
//! source, and an argument is fetched before the conversion character is validated.

use crate::err::{overflow_error, type_error, value_error};
use crate::format::spec::{FloatFlags, double_to_string};
use crate::types::class::BuiltinType;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Which `%` operator is running.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Str,
    Bytes,
}

/// Where the next argument comes from (`unicode_format_getnextarg`): a tuple's items, or a
/// single object (`arglen == -1`).
struct Args {
    current: Value,
    arglen: isize,
    argidx: isize,
}

impl Args {
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.current.clone());
            }
            if let Value::Tuple(t) = &self.current {
                return Ok(t.items()[(self.argidx - 1) as usize].clone());
            }
        }
        Err(type_error("not enough arguments for format string"))
    }
}

/// `fmt % args` for `str`.
pub fn format_str(fmt: &str, args: &Value) -> PyResult<Value> {
    let chars: Vec<char> = fmt.chars().collect();
    let out = format_chars(&chars, args, Target::Str)?;
    Ok(Value::string(out))
}

/// `fmt % args` for `bytes`.
pub fn format_bytes(fmt: &[u8], args: &Value) -> PyResult<Value> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let out = format_chars(&chars, args, Target::Bytes)?;
    // Every character the bytes engine emits is below U+0100.
    Ok(Value::Bytes(
        out.chars()
            .map(|c| c as u32 as u8)
            .collect::<Vec<u8>>()
            .into(),
    ))
}

/// True when `%` treats `args` as a mapping for `%(key)s` (CPython: has `__getitem__` and is
/// not a tuple or a string of the formatted kind).
fn is_mapping(args: &Value, target: Target) -> bool {
    match args {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
        Value::Str(_) => target == Target::Bytes,
        Value::Bytes(_) => target == Target::Str,
        Value::Instance(i) => i.class.lookup("__getitem__").is_some(),
        _ => false,
    }
}

/// One conversion specifier's parsed options.
struct Conv {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
    ch: char,
}

fn format_chars(fmt: &[char], args: &Value, target: Target) -> PyResult<String> {
    let dict = if is_mapping(args, target) {
        Some(args.clone())
    } else {
        None
    };
    let mut state = match args {
        Value::Tuple(t) => Args {
            current: args.clone(),
            arglen: t.len() as isize,
            argidx: 0,
        },
        _ => Args {
            current: args.clone(),
            arglen: -1,
            argidx: -2,
        },
    };
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < fmt.len() {
        if fmt[pos] != '%' {
            let start = pos;
            while pos < fmt.len() && fmt[pos] != '%' {
                pos += 1;
            }
            out.extend(&fmt[start..pos]);
            continue;
        }
        pos += 1;
        if fmt.get(pos) == Some(&'%') {
            pos += 1;
            out.push('%');
            continue;
        }
        let conv = parse_conv(fmt, &mut pos, &mut state, dict.as_ref(), target)?;
        let arg = state.next()?;
        let (text, numeric) = convert(&conv, &arg, target, pos)?;
        output(&mut out, &conv, &text, numeric);
    }
    if state.argidx < state.arglen && dict.is_none() {
        return Err(type_error(match target {
            Target::Str => "not all arguments converted during string formatting",
            Target::Bytes => "not all arguments converted during bytes formatting",
        }));
    }
    Ok(out)
}

/// Parses `[(key)][flags][width][.precision][length]type` after a `%`; `pos` ends just past
/// the conversion character (`unicode_format_arg_parse`).
fn parse_conv(
    fmt: &[char],
    pos: &mut usize,
    state: &mut Args,
    dict: Option<&Value>,
    target: Target,
) -> PyResult<Conv> {
    let mut c = Conv {
        ljust: false,
        sign: false,
        blank: false,
        alt: false,
        zero: false,
        width: None,
        prec: None,
        ch: '\0',
    };
    let read = |pos: &mut usize| -> Option<char> {
        let ch = fmt.get(*pos).copied();
        if ch.is_some() {
            *pos += 1;
        }
        ch
    };
    if fmt.get(*pos) == Some(&'(') {
        let dict = dict.ok_or_else(|| type_error("format requires a mapping"))?;
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < fmt.len() {
            match fmt[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(value_error("incomplete format key"));
        }
        let key = &fmt[start..*pos - 1];
        let key = match target {
            Target::Str => Value::string(key.iter().collect()),
            Target::Bytes => Value::Bytes(
                key.iter()
                    .map(|&c| c as u32 as u8)
                    .collect::<Vec<u8>>()
                    .into(),
            ),
        };
        state.current = crate::ops::getitem(dict, &key)?;
        state.arglen = -1;
        state.argidx = -2;
    }
    let mut ch = read(pos);
    while let Some(f) = ch {
        match f {
            '-' => c.ljust = true,
            '+' => c.sign = true,
            ' ' => c.blank = true,
            '#' => c.alt = true,
            '0' => c.zero = true,
            _ => break,
        }
        ch = read(pos);
    }
    if ch == Some('*') {
        let v = state.next()?;
        let w = star_arg(&v)?;
        if w < 0 {
            c.ljust = true;
        }
        c.width = Some(w.unsigned_abs() as usize);
        ch = read(pos);
    } else if let Some(d @ '0'..='9') = ch {
        let mut w = d as usize - '0' as usize;
        ch = read(pos);
        while let Some(d @ '0'..='9') = ch {
            w = w
                .checked_mul(10)
                .and_then(|w| w.checked_add(d as usize - '0' as usize))
                .filter(|&w| w <= isize::MAX as usize)
                .ok_or_else(|| value_error("width too big"))?;
            ch = read(pos);
        }
        c.width = Some(w);
    }
    if ch == Some('.') {
        c.prec = Some(0);
        ch = read(pos);
        if ch == Some('*') {
            let v = state.next()?;
            c.prec = Some(star_arg(&v)?.max(0) as usize);
            ch = read(pos);
        } else if let Some(d @ '0'..='9') = ch {
            let mut p = d as usize - '0' as usize;
            ch = read(pos);
            while let Some(d @ '0'..='9') = ch {
                p = p
                    .checked_mul(10)
                    .and_then(|p| p.checked_add(d as usize - '0' as usize))
                    .filter(|&p| p <= i32::MAX as usize)
                    .ok_or_else(|| value_error("precision too big"))?;
                ch = read(pos);
            }
            c.prec = Some(p);
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = read(pos);
    }
    c.ch = ch.ok_or_else(|| value_error("incomplete format"))?;
    if c.width.is_some_and(|w| w > 1 << 28) || c.prec.is_some_and(|p| p > 1 << 28) {
        return Err(crate::err::PyErr::bare(BuiltinType::MemoryError));
    }
    Ok(c)
}

/// A `*` width or precision: must be an `int`.
fn star_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(type_error("* wants int")),
    }
}

/// The text of one conversion and whether it is numeric (numeric results take part in sign
/// and zero-padding handling).
fn convert(c: &Conv, arg: &Value, target: Target, pos: usize) -> PyResult<(String, bool)> {
    match c.ch {
        's' | 'r' | 'a' | 'b' if target == Target::Bytes => {
            let text = if c.ch == 'r' || c.ch == 'a' {
                crate::ops::ascii_of(arg)?
            } else {
                match arg {
                    Value::Bytes(b) => b.iter().map(|&b| b as char).collect(),
                    Value::Instance(_) => {
                        match crate::types::object::call_dunder_opt(arg, "__bytes__", &[])? {
                            Some(Value::Bytes(b)) => b.iter().map(|&b| b as char).collect(),
                            Some(other) => {
                                return Err(type_error(format!(
                                    "__bytes__ returned non-bytes (type {})",
                                    other.type_name()
                                )));
                            }
                            None => return Err(bytes_like_error(arg)),
                        }
                    }
                    _ => return Err(bytes_like_error(arg)),
                }
            };
            Ok((truncate(text, c.prec), false))
        }
        's' | 'r' | 'a' => {
            let text = match c.ch {
                's' => crate::ops::str_of(arg)?,
                'r' => crate::ops::repr_of(arg)?,
                _ => crate::ops::ascii_of(arg)?,
            };
            Ok((truncate(text, c.prec), false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            Ok((format_long(&int_arg(arg, c.ch)?, c.alt, c.prec, c.ch), true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = float_arg(arg)?;
            let flags = FloatFlags {
                alt: c.alt,
                ..FloatFlags::default()
            };
            Ok((double_to_string(x, c.ch, c.prec.unwrap_or(6), flags), true))
        }
        'c' => Ok((char_arg(arg, target)?.to_string(), false)),
        other => {
            let idx = pos - 1;
            let u = other as u32;
            // CPython 3.11 shows non-printable and non-ASCII characters as '?'.
            let shown = if (31..=126).contains(&u) { other } else { '?' };
            Err(value_error(format!(
                "unsupported format character '{shown}' (0x{u:x}) at index {idx}"
            )))
        }
    }
}

fn bytes_like_error(arg: &Value) -> crate::err::PyErr {
    type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        arg.type_name()
    ))
}

fn truncate(text: String, prec: Option<usize>) -> String {
    match prec {
        Some(p) => match text.char_indices().nth(p) {
            Some((b, _)) => text[..b].to_string(),
            None => text,
        },
        None => text,
    }
}

/// The integer for `%d`/`%x`/... (`mainformatlong`): ints as they are, other numbers
/// through `int()` (`%d`) or `__index__` (`%x`, `%o`).
fn int_arg(arg: &Value, ch: char) -> PyResult<BigInt> {
    let hex_like = matches!(ch, 'o' | 'x' | 'X');
    let wrong = || {
        type_error(if hex_like {
            format!(
                "%{ch} format: an integer is required, not {}",
                arg.type_name()
            )
        } else {
            format!(
                "%{ch} format: a real number is required, not {}",
                arg.type_name()
            )
        })
    };
    match arg {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            Ok(crate::types::int::to_big(arg).unwrap_or_default())
        }
        Value::Float(f) if !hex_like => {
            Ok(crate::types::int::to_big(&crate::builtins::float_to_int(*f)?).unwrap_or_default())
        }
        Value::Instance(_) => {
            let names: &[&str] = if hex_like {
                &["__index__"]
            } else {
                &["__int__", "__index__", "__trunc__"]
            };
            for name in names {
                if let Some(r) = crate::types::object::call_dunder_opt(arg, name, &[])? {
                    return crate::types::int::to_big(&r).ok_or_else(|| {
                        type_error(format!("{name} returned non-int (type {})", r.type_name()))
                    });
                }
            }
            Err(wrong())
        }
        _ => Err(wrong()),
    }
}

/// `_PyUnicode_FormatLong`: sign, `0x`/`0o` prefix when `alt`, digits zero-padded to `prec`.
fn format_long(v: &BigInt, alt: bool, prec: Option<usize>, ch: char) -> String {
    let (radix, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs().to_str_radix(radix);
    if ch == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::new();
    if v.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    if let Some(p) = prec {
        out.push_str(&"0".repeat(p.saturating_sub(digits.len())));
    }
    out.push_str(&digits);
    out
}

fn float_arg(arg: &Value) -> PyResult<f64> {
    match arg {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            match crate::builtins::to_float(arg)? {
                Value::Float(f) => Ok(f),
                _ => Ok(0.0),
            }
        }
        Value::Instance(_) => {
            for name in ["__float__", "__index__"] {
                if let Some(r) = crate::types::object::call_dunder_opt(arg, name, &[])? {
                    return float_arg(&r);
                }
            }
            Err(type_error(format!(
                "must be real number, not {}",
                arg.type_name()
            )))
        }
        other => Err(type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

/// `%c`: a one-character string (one byte for `bytes`) or a code point.
fn char_arg(arg: &Value, target: Target) -> PyResult<char> {
    let (limit, range_msg, type_msg) = match target {
        Target::Str => (
            0x110000u32,
            "%c arg not in range(0x110000)",
            "%c requires int or char",
        ),
        Target::Bytes => (
            0x100,
            "%c arg not in range(256)",
            "%c requires an integer in range(256) or a single byte",
        ),
    };
    match (arg, target) {
        (Value::Str(s), Target::Str) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error(type_msg)),
            }
        }
        (Value::Bytes(b), Target::Bytes) if b.len() == 1 => Ok(b[0] as char),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), _) => {
            let big = crate::types::int::to_big(arg).unwrap_or_default();
            let code = big
                .to_u32()
                .filter(|&u| u < limit)
                .ok_or_else(|| overflow_error(range_msg))?;
            crate::err::scalar_or_surrogate_error(code)
        }
        _ => Err(type_error(type_msg)),
    }
}

/// Writes one converted argument with its width, sign and padding
/// (`unicode_format_arg_output`).
fn output(out: &mut String, c: &Conv, text: &str, numeric: bool) {
    let fill = if numeric && c.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let mut idx = 0;
    let mut width = c.width.unwrap_or(0);
    let mut sign_char = None;
    if numeric {
        match chars.first() {
            Some(&s @ ('-' | '+')) => {
                sign_char = Some(s);
                len -= 1;
                idx = 1;
            }
            _ if c.sign => sign_char = Some('+'),
            _ if c.blank => sign_char = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);
    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = numeric && c.alt && matches!(c.ch, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !c.ljust {
        push_n(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign_char {
            out.push(s);
        }
        if has_prefix {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len]);
    if width > len {
        push_n(out, ' ', width - len);
    }
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}
