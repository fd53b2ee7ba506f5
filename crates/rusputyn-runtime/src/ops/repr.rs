//! `repr()` and `str()` of every built-in type, with CPython's exact spelling (quote choice
//! and escapes of `str`/`bytes`, `[...]` for recursive containers, float repr).

use crate::types::float;
use crate::types::generator::GenKind;
use crate::types::int;
use crate::value::{PyResult, Value};
use std::cell::RefCell;

thread_local! {
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless the container at `id` is already being printed (then returns `marker`):
/// CPython's `Py_ReprEnter`/`Py_ReprLeave`.
pub fn guarded(id: usize, marker: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    if IN_PROGRESS.with(|s| s.borrow().contains(&id)) {
        return Ok(marker.to_string());
    }
    IN_PROGRESS.with(|s| s.borrow_mut().push(id));
    let r = f();
    IN_PROGRESS.with(|s| s.borrow_mut().retain(|&x| x != id));
    r
}

/// True for code points `str.isprintable()` accepts; `repr` escapes all others.
pub fn is_printable(c: char) -> bool {
    crate::types::str::chars::is_printable(c)
}

/// `repr(s)` for a `str`.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for `bytes`.
pub fn repr_bytes(b: &[u8]) -> String {
    bytes_literal(b, false)
}

/// `repr(b)` for `bytearray`: the same literal, except that CPython escapes a single quote
/// even inside double quotes (`bytearray(b"it\'s")`).
pub fn repr_bytearray(b: &[u8]) -> String {
    format!("bytearray({})", bytes_literal(b, true))
}

fn bytes_literal(b: &[u8], always_escape_apostrophe: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (always_escape_apostrophe && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

fn join_reprs<'a>(items: impl Iterator<Item = &'a Value>) -> PyResult<String> {
    let mut out = String::new();
    for (i, v) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_of(v)?);
    }
    Ok(out)
}

/// `repr(v)`.
pub fn repr_of(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => int::to_decimal_string(b)?,
        Value::Float(f) => float::repr(*f),
        Value::Complex(z) => crate::types::complex::repr(**z),
        Value::Str(s) => repr_str(s.as_str()),
        Value::Bytes(b) => repr_bytes(b),
        Value::ByteArray(b) => repr_bytearray(&b.borrow()),
        Value::List(l) => {
            let id = std::rc::Rc::as_ptr(l) as usize;
            guarded(id, "[...]", || {
                Ok(format!("[{}]", join_reprs(l.snapshot().iter())?))
            })?
        }
        Value::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr_of(&t.items()[0])?)
            } else {
                format!("({})", join_reprs(t.items().iter())?)
            }
        }
        Value::Dict(d) => {
            let id = std::rc::Rc::as_ptr(d) as usize;
            guarded(id, "{...}", || {
                let mut out = String::from("{");
                for (i, (k, v)) in d.items().iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr_of(k)?);
                    out.push_str(": ");
                    out.push_str(&repr_of(v)?);
                }
                out.push('}');
                Ok(out)
            })?
        }
        Value::Set(s) => {
            if s.is_empty() {
                "set()".into()
            } else {
                let id = std::rc::Rc::as_ptr(s) as usize;
                guarded(id, "set(...)", || {
                    Ok(format!("{{{}}}", join_reprs(s.items().iter())?))
                })?
            }
        }
        Value::FrozenSet(s) => {
            if s.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", join_reprs(s.items().iter())?)
            }
        }
        Value::Range(r) => r.repr()?,
        Value::Slice(s) => format!(
            "slice({}, {}, {})",
            repr_of(&s.start)?,
            repr_of(&s.stop)?,
            repr_of(&s.step)?
        ),
        Value::Function(f) => format!("<function {} at {:#x}>", f.qualname(), super::id_of(v)),
        Value::Builtin(b) => format!("<built-in function {}>", b.name),
        Value::BoundMethod(m) => match &m.target {
            crate::types::function::MethodTarget::Python(f) => {
                let qn = match f {
                    Value::Function(f) => f.qualname().to_string(),
                    other => match crate::types::object::get_attr(other, "__qualname__") {
                        Ok(Value::Str(s)) => s.as_str().to_string(),
                        _ => "?".to_string(),
                    },
                };
                format!("<bound method {} of {}>", qn, repr_of(&m.receiver)?)
            }
            crate::types::function::MethodTarget::Unbound(name, t, _) => {
                let kind = match crate::types::object::base::is_slot_wrapper(*t, name) {
                    true => "slot wrapper",
                    false => "method",
                };
                format!("<{kind} '{name}' of '{}' objects>", t.name())
            }
            crate::types::function::MethodTarget::Static(b) => {
                format!("<built-in method {} of type object>", b.name)
            }
            crate::types::function::MethodTarget::Native(name, _) => {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    name,
                    m.receiver.type_name(),
                    super::id_of(&m.receiver)
                )
            }
        },
        Value::Class(_) if crate::types::class::meta::has_dunder(v, "__repr__") => {
            return crate::types::object::instance_repr(v);
        }
        Value::Class(c) => crate::types::class::type_methods::plain_repr(c),
        Value::Instance(_) => return crate::types::object::instance_repr(v),
        Value::Module(m) => format!("<module '{}'>", m.name),
        Value::Iter(it) => format!("<{} object at {:#x}>", it.type_name(), super::id_of(v)),
        Value::Generator(g) => match g.kind {
            GenKind::Generator | GenKind::Coroutine | GenKind::AsyncGenerator => format!(
                "<{} object {} at {:#x}>",
                g.kind.type_name(),
                g.qualname,
                super::id_of(v)
            ),
            _ => format!("<{} object at {:#x}>", g.kind.type_name(), super::id_of(v)),
        },
        Value::DictView(dv) => dv.repr()?,
        Value::Ellipsis => "Ellipsis".into(),
        Value::NotImplemented => "NotImplemented".into(),
    })
}

/// `str(v)`.
pub fn str_of(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Instance(_) => crate::types::object::instance_str(v),
        Value::Class(_) if crate::types::class::meta::has_dunder(v, "__str__") => {
            crate::types::object::instance_str(v)
        }
        _ => repr_of(v),
    }
}

/// `ascii(v)`: `repr` with every non-ASCII code point escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let r = repr_of(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    Ok(out)
}
