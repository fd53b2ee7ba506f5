//! `re.RegexFlag` and the flag constants (`re.IGNORECASE`, `re.I`, ...). CPython's
//! `RegexFlag` is an `enum.IntFlag`; here it is a native class holding the integer, with the
//! bitwise operators, conversion to `int`, equality with ints and CPython's repr
//! (`re.IGNORECASE|re.MULTILINE`, `re.NOFLAG`, unknown bits as `0x1000`).

use super::ast::flag;
use crate::err::type_error;
use crate::types::function::{BuiltinFn, Kw, check_unpack};
use crate::types::native::{self, Member, NativeClass};
use crate::value::{PyResult, Value};

/// The state of a `RegexFlag` object.
pub struct Flag(pub i64);

/// Member names in the order CPython's repr lists them.
const NAMES: [(&str, u32); 9] = [
    ("ASCII", flag::ASCII),
    ("IGNORECASE", flag::IGNORECASE),
    ("LOCALE", flag::LOCALE),
    ("UNICODE", flag::UNICODE),
    ("MULTILINE", flag::MULTILINE),
    ("DOTALL", flag::DOTALL),
    ("VERBOSE", flag::VERBOSE),
    ("TEMPLATE", flag::TEMPLATE),
    ("DEBUG", flag::DEBUG),
];

/// Every defined flag bit.
const ALL: i64 = 0x1FF;

pub static REGEX_FLAG: NativeClass = NativeClass {
    module: "re",
    name: "RegexFlag",
    new: Some(&FLAG_NEW),
    members: &[
        Member::Method("__repr__", flag_repr),
        Member::Method("__str__", flag_repr),
        Member::Method("__or__", |v, a, _| binop(v, a, |x, y| x | y)),
        Member::Method("__ror__", |v, a, _| binop(v, a, |x, y| x | y)),
        Member::Method("__and__", |v, a, _| binop(v, a, |x, y| x & y)),
        Member::Method("__rand__", |v, a, _| binop(v, a, |x, y| x & y)),
        Member::Method("__xor__", |v, a, _| binop(v, a, |x, y| x ^ y)),
        Member::Method("__rxor__", |v, a, _| binop(v, a, |x, y| x ^ y)),
        Member::Method("__invert__", |v, _, _| Ok(make(!value(v)? & ALL))),
        Member::Method("__index__", |v, _, _| Ok(Value::Int(value(v)?))),
        Member::Method("__int__", |v, _, _| Ok(Value::Int(value(v)?))),
        Member::Method("__bool__", |v, _, _| Ok(Value::Bool(value(v)? != 0))),
        Member::Method("__hash__", |v, _, _| Ok(Value::Int(value(v)?))),
        Member::Method("__eq__", |v, a, _| compare(v, a, false)),
        Member::Method("__ne__", |v, a, _| compare(v, a, true)),
        Member::Method("__add__", |v, a, _| arith(v, a, |x, y| x + y)),
        Member::Method("__radd__", |v, a, _| arith(v, a, |x, y| x + y)),
        Member::Getter("value", |v, _, _| Ok(Value::Int(value(v)?))),
        Member::Getter("name", flag_name),
    ],
    has_dict: false,
    c_type: false,
};

static FLAG_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: flag_new,
};

fn flag_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, args) = native::new_args(args)?;
    crate::types::function::no_kwargs("RegexFlag", kw)?;
    check_unpack("RegexFlag", args, 1, 1)?;
    Ok(make(flag_arg(&args[0])?))
}

/// A `RegexFlag` holding `v`.
pub fn make(v: i64) -> Value {
    native::new_instance(&REGEX_FLAG, Flag(v))
}

fn value(v: &Value) -> PyResult<i64> {
    Ok(native::expect::<Flag>(v, &REGEX_FLAG, "__int__")?.0)
}

/// An int-like operand (`int`, `bool` or `RegexFlag`).
fn int_like(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => native::state::<Flag>(v).map(|f| f.0),
    }
}

fn binop(v: &Value, a: &[Value], f: fn(i64, i64) -> i64) -> PyResult<Value> {
    check_unpack("RegexFlag", a, 1, 1)?;
    Ok(match int_like(&a[0]) {
        Some(y) => make(f(value(v)?, y)),
        None => Value::NotImplemented,
    })
}

fn arith(v: &Value, a: &[Value], f: fn(i64, i64) -> i64) -> PyResult<Value> {
    check_unpack("RegexFlag", a, 1, 1)?;
    Ok(match int_like(&a[0]) {
        Some(y) => Value::Int(f(value(v)?, y)),
        None => Value::NotImplemented,
    })
}

fn compare(v: &Value, a: &[Value], negate: bool) -> PyResult<Value> {
    check_unpack("RegexFlag", a, 1, 1)?;
    Ok(match int_like(&a[0]) {
        Some(y) => Value::Bool((value(v)? == y) != negate),
        None => Value::NotImplemented,
    })
}

/// The `|`-joined member names of `v` (without the `re.` prefix), unknown bits in hex.
pub fn names(v: i64) -> String {
    if v == 0 {
        return "NOFLAG".into();
    }
    let mut parts: Vec<String> = Vec::new();
    let mut rest = v;
    for (name, bit) in NAMES {
        if v & bit as i64 != 0 {
            parts.push(name.into());
            rest &= !(bit as i64);
        }
    }
    if rest != 0 {
        parts.push(format!("{rest:#x}"));
    }
    parts.join("|")
}

fn flag_repr(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let n = value(v)?;
    let s = names(n)
        .split('|')
        .map(|p| {
            if p.starts_with("0x") {
                p.to_string()
            } else {
                format!("re.{p}")
            }
        })
        .collect::<Vec<_>>()
        .join("|");
    Ok(Value::string(s))
}

fn flag_name(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let n = value(v)?;
    Ok(match NAMES.iter().find(|(_, b)| *b as i64 == n) {
        Some((name, _)) => Value::str(name),
        None if n == 0 => Value::str("NOFLAG"),
        None => Value::None,
    })
}

/// The value of a `flags` argument.
pub fn flag_arg(v: &Value) -> PyResult<i64> {
    int_like(v).ok_or_else(|| {
        type_error(format!(
            "unsupported operand type(s) for &: '{}' and 'RegexFlag'",
            v.type_name()
        ))
    })
}

/// The module attributes for the flags: (name, value).
pub fn constants() -> Vec<(&'static str, Value)> {
    let mut out = Vec::new();
    for (name, bit) in NAMES {
        out.push((name, make(bit as i64)));
    }
    for (short, long) in [
        ("A", "ASCII"),
        ("I", "IGNORECASE"),
        ("L", "LOCALE"),
        ("U", "UNICODE"),
        ("M", "MULTILINE"),
        ("S", "DOTALL"),
        ("X", "VERBOSE"),
        ("T", "TEMPLATE"),
    ] {
        // The one-letter names are the same objects as the long ones.
        if let Some(v) = out.iter().find(|(n, _)| *n == long).map(|(_, v)| v.clone()) {
            out.push((short, v));
        }
    }
    out.push(("NOFLAG", make(0)));
    out
}
