//! String formatting: the format-spec mini-language (`spec`), `str.format`/`str.format_map`
//! (this file, Python docs "Format String Syntax"), `%`-formatting (`percent`), and the
//! helpers f-strings compile to.
//!
//! The `str.format` parser follows CPython's `Objects/stringlib/unicode_format.h` step by
//! step, because its error messages depend on exactly where parsing stops.

pub mod percent;
pub mod spec;

pub use spec::format_value;

use crate::err::{index_error, key_error, value_error};
use crate::types::function::Kw;
use crate::value::{PyResult, Value};

/// Appends one f-string replacement field to `out`: exact ints and strs without conversion
/// and with an empty or `[0][width][d]` spec are written in place, the rest through
/// [`format_field`].
pub fn push_field(
    out: &mut String,
    v: &Value,
    conversion: Option<char>,
    spec: &str,
) -> PyResult<()> {
    if conversion.is_none() {
        match v {
            Value::Str(s) if spec.is_empty() => {
                out.push_str(s.as_str());
                return Ok(());
            }
            Value::Int(i) if spec::push_simple_int(out, *i, spec) => return Ok(()),
            _ => {}
        }
    }
    out.push_str(&format_field(v, conversion, spec)?);
    Ok(())
}

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
        Some(c) => return Err(unknown_conversion(c)),
        None => v,
    };
    format_value(v, spec)
}

fn unknown_conversion(c: char) -> crate::err::PyErr {
    if (c as u32) > 32 && (c as u32) < 127 {
        value_error(format!("Unknown conversion specifier {c}"))
    } else {
        value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
    }
}

/// Where keyword fields (`{name}`) are looked up.
#[derive(Clone, Copy)]
enum Names<'a> {
    /// `str.format(**kw)`.
    Kwargs(Kw<'a>),
    /// `str.format_map(mapping)`: any object with `__getitem__`.
    Mapping(&'a Value),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering; mixing them is an error.
enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct Ctx<'a> {
    /// Positional arguments; `None` for `format_map`, which has none.
    args: Option<&'a [Value]>,
    names: Names<'a>,
    numbering: Numbering,
}

/// `fmt.format(*args, **kw)`.
pub fn str_format(fmt: &str, args: &[Value], kw: Kw) -> PyResult<String> {
    let mut ctx = Ctx {
        args: Some(args),
        names: Names::Kwargs(kw),
        numbering: Numbering::Unset,
    };
    build_string(fmt, &mut ctx, 2)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut ctx = Ctx {
        args: None,
        names: Names::Mapping(mapping),
        numbering: Numbering::Unset,
    };
    build_string(fmt, &mut ctx, 2)
}

/// One replacement field as the parser split it.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_needs_expanding: bool,
}

fn build_string(fmt: &str, ctx: &mut Ctx, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        // The literal text up to the next brace (`MarkupIterator_next`).
        let mut c = '\0';
        let mut markup_follows = false;
        let lit_start = pos;
        while pos < chars.len() {
            c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= chars.len();
        let mut lit_end = pos;
        if markup_follows && c == '}' && (at_end || chars[pos] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if markup_follows && at_end && c == '{' {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if markup_follows {
            if chars[pos] == c {
                // `{{` or `}}`: a literal brace.
                pos += 1;
                markup_follows = false;
            } else {
                lit_end -= 1;
            }
        }
        out.extend(&chars[lit_start..lit_end]);
        if !markup_follows {
            continue;
        }
        let field = parse_field(&chars, &mut pos)?;
        out.push_str(&render_field(&field, ctx, depth)?);
    }
    Ok(out)
}

/// CPython's `parse_field`: the field name up to `:`, `!` or `}`, then an optional
/// conversion and a format spec whose braces must balance.
fn parse_field(chars: &[char], pos: &mut usize) -> PyResult<Field> {
    let name_start = *pos;
    let mut c = '\0';
    let mut stopped = false;
    while *pos < chars.len() {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < chars.len() && chars[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => {
                stopped = true;
                break;
            }
            _ => {}
        }
    }
    let name_end = if stopped { *pos - 1 } else { *pos };
    let name: String = chars[name_start..name_end].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: String::new(),
        spec_needs_expanding: false,
    };
    if stopped && (c == '!' || c == ':') {
        if c == '!' {
            if *pos >= chars.len() {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(chars[*pos]);
            *pos += 1;
            if *pos < chars.len() {
                let next = chars[*pos];
                *pos += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < chars.len() {
            let ch = chars[*pos];
            *pos += 1;
            match ch {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = chars[spec_start..*pos - 1].iter().collect();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if !stopped || c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// `get_integer`: a non-negative decimal number, or `None` when `s` is empty or holds a
/// non-digit (then it is a name).
fn field_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::types::str::chars::decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

fn render_field(field: &Field, ctx: &mut Ctx, depth: u32) -> PyResult<String> {
    let name: Vec<char> = field.name.chars().collect();
    let first_end = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first: String = name[..first_end].iter().collect();
    let mut index = field_integer(&first)?;
    let is_empty = first.is_empty();
    if is_empty || index.is_some() {
        match (&ctx.numbering, is_empty) {
            (Numbering::Manual, true) => {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            (Numbering::Auto(_), false) => {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            (Numbering::Unset, true) => ctx.numbering = Numbering::Auto(0),
            (Numbering::Unset, false) => ctx.numbering = Numbering::Manual,
            _ => {}
        }
        if is_empty && let Numbering::Auto(n) = &mut ctx.numbering {
            index = Some(*n);
            *n += 1;
        }
    }
    let mut obj = match index {
        None => match ctx.names {
            Names::Kwargs(kw) => kw
                .iter()
                .find(|(k, _)| *k == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| key_error(Value::string(first.clone())))?,
            Names::Mapping(m) => crate::ops::getitem(m, &Value::string(first.clone()))?,
        },
        Some(i) => {
            let args = ctx
                .args
                .ok_or_else(|| value_error("Format string contains positional fields"))?;
            args.get(i).cloned().ok_or_else(|| {
                index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?
        }
    };
    // The rest of the name: `.attr` and `[key]` accessors (`FieldNameIterator_next`).
    let mut pos = first_end;
    while pos < name.len() {
        let kind = name[pos];
        pos += 1;
        let start = pos;
        let part: String = match kind {
            '.' => {
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                name[start..pos].iter().collect()
            }
            '[' => {
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos >= name.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                pos += 1;
                name[start..pos - 1].iter().collect()
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        };
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        obj = if kind == '.' {
            crate::types::object::get_attr(&obj, &part)?
        } else {
            match field_integer(&part)? {
                Some(i) => crate::ops::getitem(&obj, &Value::Int(i as i64))?,
                None => crate::ops::getitem(&obj, &Value::string(part))?,
            }
        };
    }
    let spec = if field.spec_needs_expanding {
        build_string(&field.spec, ctx, depth - 1)?
    } else {
        field.spec.clone()
    };
    format_field(&obj, field.conversion, &spec)
}
