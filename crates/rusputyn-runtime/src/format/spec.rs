//! The format-specification mini-language (Python docs, "Format Specification
//! Mini-Language"): `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`
//! applied to `int`, `bool`, `float` and `str`.
//!
//! This follows CPython's `Python/formatter_unicode.c` (spec parsing, the padding and
//! digit-grouping arithmetic) and `Python/pystrtod.c` (`format_float_short`: how a float's
//! correctly rounded digits are laid out for `e`/`f`/`g`/`repr`). Rust's `{:e}`/`{:.N}`
//! formatting supplies the digits: it is exact (shortest round-trip, or correctly rounded
//! with ties to even on the exact binary value), which is what CPython's `dtoa` produces.

use crate::err::{PyErr, type_error, value_error};
use crate::types::class::BuiltinType;
use crate::types::int;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Widths and precisions above this raise `MemoryError` instead of trying to allocate.
const MAX_WIDTH: usize = 1 << 28;

/// The thousands-separator option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No separator.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (every four for `b`/`o`/`x`/`X`, see `UnderscoreFour`).
    Underscore,
    /// `_` every four digits.
    UnderscoreFour,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Debug, Clone)]
pub struct Spec {
    /// Fill character (`' '` unless given, `'0'` with the `0` flag).
    pub fill: char,
    /// `<`, `>`, `^` or `=` (the type's default when not given).
    pub align: char,
    /// `+`, `-` or ` ` when given.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Grouping,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type (`None` for floats without one).
    pub ty: Option<char>,
}

fn too_many_digits() -> PyErr {
    value_error("Too many decimal digits in format string")
}

/// Reads a run of ASCII digits at `*i` (CPython's `get_integer`); `None` when there is none.
fn get_integer(chars: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        let d = chars[*i] as usize - '0' as usize;
        if n > (isize::MAX as usize - d) / 10 {
            return Err(too_many_digits());
        }
        n = n * 10 + d;
        *i += 1;
    }
    Ok(if *i > start { Some(n) } else { None })
}

/// `Cannot specify ',' with 'x'.` (CPython's `invalid_thousands_separator_type`).
fn invalid_separator(sep: char, ty: char) -> PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        value_error(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        value_error(format!("Cannot specify '{sep}' with '\\x{:x}'.", ty as u32))
    }
}

/// `Unknown format code 'd' for object of type 'float'`.
fn unknown_type(ty: char, type_name: &str) -> PyErr {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        value_error(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        value_error(format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            ty as u32
        ))
    }
}

/// Parses `spec` for a value of type `type_name` whose default presentation type and
/// alignment are `default_type` and `default_align` (`parse_internal_render_format_spec`).
pub fn parse(
    spec: &str,
    default_type: Option<char>,
    default_align: char,
    type_name: &str,
) -> PyResult<Spec> {
    // Specs are short: their characters go in a stack buffer, not a fresh vector.
    let mut buf = ['\0'; 24];
    let owned: Vec<char>;
    let chars: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for c in spec.chars() {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    } else {
        owned = spec.chars().collect();
        &owned
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut i = 0;
    let mut fill_specified = false;
    let mut align_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = chars[1];
        fill_specified = true;
        align_specified = true;
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = chars[0];
        align_specified = true;
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    // The `0` flag: zero fill, and sign-aware padding for types that align right.
    if !fill_specified && i < chars.len() && chars[i] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        i += 1;
    }
    s.width = get_integer(chars, &mut i)?;
    if i < chars.len() && chars[i] == ',' {
        s.grouping = Grouping::Comma;
        i += 1;
    }
    if i < chars.len() && chars[i] == '_' {
        if s.grouping != Grouping::None {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        s.grouping = Grouping::Underscore;
        i += 1;
    }
    if i < chars.len() && chars[i] == ',' && s.grouping == Grouping::Underscore {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        s.precision = get_integer(chars, &mut i)?;
        if s.precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if chars.len() - i > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
    }
    if s.grouping != Grouping::None {
        let sep = if s.grouping == Grouping::Comma {
            ','
        } else {
            '_'
        };
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if s.grouping == Grouping::Underscore => {
                s.grouping = Grouping::UnderscoreFour
            }
            Some(t) => return Err(invalid_separator(sep, t)),
        }
    }
    if s.width.is_some_and(|w| w > MAX_WIDTH) || s.precision.is_some_and(|p| p > MAX_WIDTH) {
        return Err(PyErr::bare(BuiltinType::MemoryError));
    }
    Ok(s)
}

/// `format(v, spec)`: dispatches to the value's `__format__`.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Instance(_) => {
            if let Some(r) =
                crate::types::object::call_dunder_opt(v, "__format__", &[Value::str(spec)])?
            {
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        other.type_name()
                    ))),
                };
            }
            object_format(v, spec)
        }
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.as_str().to_string());
            }
            let sp = parse(spec, Some('s'), '<', "str")?;
            match sp.ty {
                Some('s') => format_str(s.as_str(), &sp),
                Some(t) => Err(unknown_type(t, "str")),
                None => format_str(s.as_str(), &sp),
            }
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            if spec.is_empty() {
                return crate::ops::str_of(v);
            }
            if let Value::Int(i) = v {
                let mut out = String::new();
                if push_simple_int(&mut out, *i, spec) {
                    return Ok(out);
                }
            }
            let type_name = v.builtin_type_name();
            let sp = parse(spec, Some('d'), '>', type_name)?;
            if let Value::Int(_) | Value::Bool(_) = v
                && matches!(sp.ty, None | Some('b' | 'd' | 'o' | 'x' | 'X' | 'n'))
            {
                // A machine int needs no big-integer conversion for its digits.
                let i = match v {
                    Value::Int(i) => *i,
                    _ => matches!(v, Value::Bool(true)) as i64,
                };
                check_int_spec(&sp)?;
                return Ok(format_int_digits(i < 0, i.unsigned_abs(), &sp));
            }
            let big = int::to_big(v).unwrap_or_default();
            match sp.ty {
                Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int(&big, &sp),
                Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
                    format_float(int::to_f64(&big)?, &sp)
                }
                Some(t) => Err(unknown_type(t, type_name)),
                None => format_int(&big, &sp),
            }
        }
        Value::Complex(z) => crate::types::complex::format(**z, spec),
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(crate::types::float::repr(*f));
            }
            let sp = parse(spec, None, '>', "float")?;
            match sp.ty {
                None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float(*f, &sp),
                Some(t) => Err(unknown_type(t, "float")),
            }
        }
        other => object_format(other, spec),
    }
}

/// Appends `format(i, spec)` for the commonest int specs, `[0][width][d]` (the empty spec
/// included), without the general parser (the same text: the `0` flag pads with zeros after
/// the sign, as Rust's `{:0w$}` does); false, writing nothing, for any other spec.
pub fn push_simple_int(out: &mut String, i: i64, spec: &str) -> bool {
    use std::fmt::Write;
    let b = spec.as_bytes();
    let b = b.strip_suffix(b"d").unwrap_or(b);
    let (zero, digits) = match b {
        [b'0', rest @ ..] => (true, rest),
        _ => (false, b),
    };
    if digits.len() > 6 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let w = digits
        .iter()
        .fold(0usize, |n, d| n * 10 + (d - b'0') as usize);
    let _ = if zero {
        write!(out, "{i:0w$}")
    } else {
        write!(out, "{i:>w$}")
    };
    true
}

/// `object.__format__`: only the empty spec is allowed.
fn object_format(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        crate::ops::str_of(v)
    } else {
        Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        )))
    }
}

/// `(left, right)` padding for `n` characters in `spec.width` (CPython's `calc_padding`).
fn calc_padding(n: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.map_or(n, |w| w.max(n));
    let left = match align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    (left, total - n - left)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((b, _)) => &s[..b],
            None => s,
        },
        None => s,
    };
    let n = body.chars().count();
    let (left, right) = calc_padding(n, spec.width, spec.align);
    let mut out = String::with_capacity(body.len() + left + right);
    push_fill(&mut out, spec.fill, left);
    out.push_str(body);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// Inserts `sep` every `every` digits from the right, padding with leading zeros (and
/// separators) up to `min_width` characters: CPython's `_PyUnicode_InsertThousandsGrouping`.
/// `every == 0` means no grouping (zero padding only).
fn insert_grouping(digits: &str, sep: char, every: usize, min_width: isize) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as isize;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let take = |l: isize, remaining: isize, use_sep: bool| -> (String, isize) {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut p = String::new();
        p.extend(std::iter::repeat_n('0', n_zeros as usize));
        p.push_str(&digits[(remaining - n_chars) as usize..remaining as usize]);
        if use_sep {
            p.push(sep);
        }
        (p, n_chars)
    };
    let mut broken = false;
    if every > 0 {
        loop {
            let l = (every as isize).min(remaining.max(min_width).max(1));
            let (p, n_chars) = take(l, remaining, use_sep);
            pieces.push(p);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        let (p, _) = take(l, remaining, use_sep);
        pieces.push(p);
    }
    pieces.iter().rev().map(String::as_str).collect()
}

/// The pieces of a formatted number before padding (CPython's `calc_number_widths` input).
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// Lays out `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`
/// (`calc_number_widths` + `fill_number`).
fn render_number(p: &NumberParts, spec: &Spec, grouping: Grouping) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_non_digit = sign.is_some() as isize
        + p.prefix.len() as isize
        + p.has_decimal as isize
        + p.remainder.chars().count() as isize;
    let width = spec.width.map_or(-1, |w| w as isize);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let (sep, every) = match grouping {
        Grouping::None => (',', 0),
        Grouping::Comma => (',', 3),
        Grouping::Underscore => ('_', 3),
        Grouping::UnderscoreFour => ('_', 4),
    };
    // Without separators the digits are used as they are, after `zeros` zero-padding
    // characters (what `insert_grouping` would build, without building it).
    let (zeros, grouped): (usize, std::borrow::Cow<str>) = if p.digits.is_empty() {
        (0, "".into())
    } else if every == 0 {
        let len = p.digits.chars().count() as isize;
        ((min_width - len).max(0) as usize, p.digits.into())
    } else {
        (0, insert_grouping(p.digits, sep, every, min_width).into())
    };
    let n_digits = zeros as isize + grouped.chars().count() as isize;
    let padding = (width - (n_non_digit + n_digits)).max(0) as usize;
    let (lpad, spad, rpad) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(zeros + grouped.len() + padding + 8);
    push_fill(&mut out, spec.fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(p.prefix);
    push_fill(&mut out, spec.fill, spad);
    push_fill(&mut out, '0', zeros);
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(&mut out, spec.fill, rpad);
    out
}

/// The checks every integer presentation type makes first.
fn check_int_spec(spec: &Spec) -> PyResult<()> {
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    Ok(())
}

/// [`format_int`] for a machine int (any type but `c`; the spec already checked): the
/// digits come from `u64` formatting instead of a big integer.
fn format_int_digits(negative: bool, mag: u64, spec: &Spec) -> String {
    let ty = spec.ty.unwrap_or('d');
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut buf = [0u8; 64];
    let digits = radix_digits(mag, radix, ty == 'X', &mut buf);
    let grouping = if ty == 'n' {
        Grouping::None
    } else {
        spec.grouping
    };
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits,
        has_decimal: false,
        remainder: "",
    };
    render_number(&parts, spec, grouping)
}

/// Writes the digits of `mag` in `radix` (2 to 16) at the end of `buf` (64 bytes hold
/// any `u64` in binary) and returns them, without allocating.
fn radix_digits(mut mag: u64, radix: u64, upper: bool, buf: &mut [u8; 64]) -> &str {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = table[(mag % radix) as usize];
        mag /= radix;
        if mag == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[i..]).unwrap_or_default()
}

fn format_int(v: &BigInt, spec: &Spec) -> PyResult<String> {
    check_int_spec(spec)?;
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v.to_i64().ok_or_else(|| {
            crate::err::overflow_error("Python int too large to convert to C long")
        })?;
        let c = u32::try_from(x)
            .ok()
            .filter(|&u| u <= 0x10ffff)
            .ok_or_else(|| crate::err::overflow_error("%c arg not in range(0x110000)"))?;
        let c = crate::err::scalar_or_surrogate_error(c)?.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &c,
        };
        return Ok(render_number(&parts, spec, Grouping::None));
    }
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (mag.to_str_radix(10), ""),
    };
    let grouping = if ty == 'n' {
        Grouping::None
    } else {
        spec.grouping
    };
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(&parts, spec, grouping))
}

fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let mut flags = FloatFlags {
        alt: spec.alternate,
        add_dot_0: false,
        no_neg_0: spec.no_neg_0,
    };
    let mut ty = spec.ty.unwrap_or('r');
    let mut default_precision = 6;
    if spec.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut s = double_to_string(val, ty, precision, flags);
    if add_pct {
        s.push('%');
    }
    let grouping = if spec.ty == Some('n') {
        Grouping::None
    } else {
        spec.grouping
    };
    Ok(render_float_text(&s, spec, grouping))
}

/// Lays out the text of a formatted float (`-123.45e+06`, `inf`, `12%`) with the sign,
/// grouping and padding of `spec`.
pub fn render_float_text(s: &str, spec: &Spec, grouping: Grouping) -> String {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let digits_end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(digits_end);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    render_number(&parts, spec, grouping)
}

/// Pads already formatted text to `spec`'s width with its fill and alignment.
pub fn pad(body: &str, spec: &Spec) -> String {
    let (left, right) = calc_padding(body.chars().count(), spec.width, spec.align);
    let mut out = String::with_capacity(body.len() + left + right);
    push_fill(&mut out, spec.fill, left);
    out.push_str(body);
    push_fill(&mut out, spec.fill, right);
    out
}

/// Options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default)]
pub struct FloatFlags {
    /// `Py_DTSF_ALT`: keep trailing zeros and the decimal point (`#`).
    pub alt: bool,
    /// `Py_DTSF_ADD_DOT_0`: an integral result gets `.0` (`repr`, and no presentation type).
    pub add_dot_0: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its minus sign (`z`).
    pub no_neg_0: bool,
}

/// Significant digits of `|x|` (no leading or trailing zeros) and the decimal-point
/// position `decpt` (`|x| = 0.DIGITS × 10^decpt`), as `_Py_dg_dtoa` returns them.
/// `mode` 0 is shortest round-trip, 2 is `ndigits` significant digits, 3 is `ndigits`
/// digits after the point. Zero gives `("0", 1)`; a value that rounds to nothing in mode
/// 3 gives `("", -ndigits)`.
fn dtoa(x: f64, mode: u8, ndigits: usize) -> (String, i32) {
    let a = x.abs();
    if a == 0.0 {
        return ("0".to_string(), 1);
    }
    match mode {
        3 => {
            let s = format!("{a:.ndigits$}");
            let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{int_part}{frac}");
            let lead = all.len() - all.trim_start_matches('0').len();
            let digits = all[lead..].trim_end_matches('0').to_string();
            if digits.is_empty() {
                return (digits, -(ndigits as i32));
            }
            (digits, int_part.len() as i32 - lead as i32)
        }
        _ => {
            let s = if mode == 0 {
                format!("{a:e}")
            } else {
                format!("{a:.prec$e}", prec = ndigits.max(1) - 1)
            };
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
            let digits = digits.trim_end_matches('0').to_string();
            (digits, exp.parse::<i32>().unwrap_or(0) + 1)
        }
    }
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of `e E f F g G r`
/// (`r` = `repr`, precision ignored). Negative values get a leading `-`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{s}")
        } else {
            s.to_string()
        };
    }
    let (mode, precision) = match code {
        'e' => (2, precision + 1),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let (digits, decpt) = dtoa(x, mode, precision);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = decpt as i64;
    let precision = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}
