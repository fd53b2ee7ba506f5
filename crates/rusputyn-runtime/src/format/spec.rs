//! The format-specification mini-language (Python docs, "Format Specification
//! Mini-Language"): `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`
//! applied to `int`, `float`, `str` and `bool`.

use crate::err::{PyErr, value_error};
use crate::types::float::shortest_digits;
use crate::types::int;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::Signed;

/// A parsed format spec.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    /// Fill character.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive.
    pub z: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding.
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
}

fn invalid(spec: &str) -> PyErr {
    value_error(format!("Invalid format specifier '{spec}' for object of type"))
}

/// Parses a spec string.
pub fn parse(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(w.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(value_error("Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(p.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(value_error("Invalid format specifier"));
    }
    Ok(s)
}

fn pad(body: &str, sign: &str, spec: &Spec, default_align: char) -> String {
    let content_len = body.chars().count() + sign.chars().count();
    let width = spec.width.unwrap_or(0);
    let (fill, align) = if spec.zero && spec.align.is_none() {
        ('0', '=')
    } else {
        (spec.fill.unwrap_or(if spec.zero && spec.align == Some('=') { '0' } else { ' ' }), spec.align.unwrap_or(default_align))
    };
    if content_len >= width {
        return format!("{sign}{body}");
    }
    let n = width - content_len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '>' => format!("{}{sign}{body}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{sign}{}{body}", f(n)),
    }
}

/// Inserts grouping separators every `every` digits into the integer part `digits`.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Grouping with zero padding: CPython pads with zeros *and* separators up to the width.
fn zero_pad_grouped(digits: &str, sep: char, every: usize, min_len: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = group(&d, sep, every);
        if g.chars().count() >= min_len {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_str(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

fn format_int(v: &BigInt, spec: &Spec, raw: &str) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        let c = v.try_into().ok().and_then(char::from_u32).ok_or_else(|| crate::err::overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(pad(&c.to_string(), "", spec, '<'));
    }
    let mag = v.abs();
    let (digits, prefix, every) = match ty {
        'd' | 'n' => (mag.to_str_radix(10), "", 3),
        'b' => (mag.to_str_radix(2), "0b", 4),
        'o' => (mag.to_str_radix(8), "0o", 4),
        'x' => (mag.to_str_radix(16), "0x", 4),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        _ => return Err(value_error(format!("Unknown format code '{ty}' for object of type 'int'"))),
    };
    if spec.grouping == Some(',') && !matches!(ty, 'd' | 'n') {
        return Err(value_error(format!("Cannot specify ',' with '{ty}'.")));
    }
    let _ = raw;
    let sign = sign_str(v.is_negative(), spec);
    let prefix = if spec.alt { prefix } else { "" };
    let mut body = digits.clone();
    if let Some(sep) = spec.grouping {
        let zero_fill = spec.zero && spec.align.is_none() || (spec.align == Some('=') && spec.fill == Some('0'));
        body = if zero_fill {
            let min = spec.width.unwrap_or(0).saturating_sub(sign.len() + prefix.len());
            zero_pad_grouped(&digits, sep, every, min)
        } else {
            group(&digits, sep, every)
        };
    }
    let sign_prefix = format!("{sign}{prefix}");
    Ok(pad(&body, &sign_prefix, spec, '>'))
}

/// Formats `x` with `precision` digits after the point in fixed notation.
fn fixed(x: f64, prec: usize) -> String {
    format!("{:.*}", prec, x)
}

/// Scientific notation like C's `%e` (exponent at least two digits).
fn sci(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let es = if e < 0 { '-' } else { '+' };
    let out = format!("{m}e{es}{:02}", e.abs());
    if upper { out.to_uppercase() } else { out }
}

/// `%g`-style general format with precision `p` (significant digits).
fn general(x: f64, p: usize, alt: bool, upper: bool) -> String {
    let p = p.max(1);
    if x == 0.0 {
        let z = if alt { format!("0.{}", "0".repeat(p - 1)) } else { "0".to_string() };
        return if x.is_sign_negative() { format!("-{z}") } else { z };
    }
    let e = {
        let s = format!("{:.*e}", p - 1, x);
        s.split_once('e').map_or(0, |(_, e)| e.parse::<i32>().unwrap_or(0))
    };
    let mut s = if e >= -4 && e < p as i32 { fixed(x, (p as i32 - 1 - e).max(0) as usize) } else { sci(x, p - 1, upper) };
    if !alt {
        s = strip_zeros(&s);
    }
    s
}

fn strip_zeros(s: &str) -> String {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let mant = if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.') } else { mant };
    format!("{mant}{exp}")
}

/// `repr`-like formatting used for floats with no type but a precision (`'{:.3}'`).
fn repr_general(x: f64, p: Option<usize>, alt: bool) -> String {
    match p {
        None => {
            let r = crate::types::float::repr(x);
            r
        }
        Some(p) => {
            let mut s = general(x, p, alt, false);
            if !s.contains(['.', 'e', 'n', 'i']) {
                s.push_str(".0");
            }
            s
        }
    }
}

fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty;
    let neg = x.is_sign_negative() && !(spec.z && (x == 0.0 || fixed(x.abs(), spec.precision.unwrap_or(6)).chars().all(|c| c == '0' || c == '.')));
    let neg = neg && !x.is_nan();
    let a = x.abs();
    let prec = spec.precision;
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut body = if a.is_infinite() {
        "inf".to_string()
    } else if a.is_nan() {
        "nan".to_string()
    } else {
        match ty {
            Some('f' | 'F') => fixed(a, prec.unwrap_or(6)),
            Some('e' | 'E') => sci(a, prec.unwrap_or(6), ty == Some('E')),
            Some('g' | 'G') => general(a, prec.unwrap_or(6), spec.alt, ty == Some('G')),
            Some('n') => general(a, prec.unwrap_or(6), spec.alt, false),
            Some('%') => format!("{}%", fixed(a * 100.0, prec.unwrap_or(6))),
            None => repr_general(a, prec, spec.alt),
            Some(t) => return Err(value_error(format!("Unknown format code '{t}' for object of type 'float'"))),
        }
    };
    if upper {
        body = body.to_uppercase();
    }
    if spec.alt && !body.contains('.') && a.is_finite() && matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%')) {
        if let Some(i) = body.find(['e', 'E', '%']) {
            body.insert(i, '.');
        } else {
            body.push('.');
        }
    }
    if let Some(sep) = spec.grouping {
        let end = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
        let (int_part, rest) = body.split_at(end);
        let sign = sign_str(neg, spec);
        let zero_fill = spec.zero && spec.align.is_none();
        let grouped = if zero_fill {
            let min = spec.width.unwrap_or(0).saturating_sub(sign.len() + rest.chars().count());
            zero_pad_grouped(int_part, sep, 3, min)
        } else {
            group(int_part, sep, 3)
        };
        body = format!("{grouped}{rest}");
    }
    let _ = shortest_digits;
    Ok(pad(&body, sign_str(neg, spec), spec, '>'))
}

fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty
        && t != 's'
    {
        return Err(value_error(format!("Unknown format code '{t}' for object of type 'str'")));
    }
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if spec.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    if spec.grouping.is_some() {
        return Err(value_error(format!("Cannot specify '{}' with 's'.", spec.grouping.unwrap_or(','))));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&body, "", spec, '<'))
}

/// `format(v, spec)`.
pub fn format_value(v: &Value, spec_str: &str) -> PyResult<String> {
    if let Value::Instance(_) = v
        && let Some(r) = crate::types::object::call_dunder_opt(v, "__format__", &[Value::str(spec_str)])?
    {
        return crate::ops::str_of(&r);
    }
    if spec_str.is_empty() {
        return crate::ops::str_of(v);
    }
    let spec = parse(spec_str).map_err(|e| {
        let msg = crate::ops::str_of(&e.value()).unwrap_or_default();
        if msg.starts_with("Invalid format specifier") {
            value_error(format!("Invalid format specifier '{spec_str}' for object of type '{}'", v.type_name()))
        } else {
            e
        }
    })?;
    let _ = invalid;
    match v {
        Value::Bool(b) if spec.ty.is_none() => format_str(if *b { "True" } else { "False" }, &spec),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match spec.ty {
            Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float(int::to_f64(&int::to_big(v).unwrap_or_default())?, &spec),
            _ => format_int(&int::to_big(v).unwrap_or_default(), &spec, spec_str),
        },
        Value::Float(f) => format_float(*f, &spec),
        Value::Str(s) => format_str(s.as_str(), &spec),
        Value::Instance(_) => Err(crate::err::type_error(format!("unsupported format string passed to {}.__format__", v.type_name()))),
        other => {
            if spec_str.is_empty() {
                crate::ops::str_of(other)
            } else {
                Err(crate::err::type_error(format!("unsupported format string passed to {}.__format__", other.type_name())))
            }
        }
    }
}
