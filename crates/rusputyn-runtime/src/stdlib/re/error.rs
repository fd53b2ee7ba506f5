//! `re.error`: the exception a bad pattern or template raises, an `Exception` subclass with
//! `msg`, `pattern`, `pos`, `lineno` and `colno`; its message gains " at position N" (and
//! the line and column when the pattern spans lines), as CPython words it.

use crate::err::PyErr;
use crate::types::class::{BuiltinType, Class, builtin_class};
use crate::types::function::{Kw, parse_args};
use crate::types::native;
use crate::value::{PyResult, Value};
use std::cell::OnceCell;
use std::rc::Rc;

thread_local! {
    static ERROR: OnceCell<Rc<Class>> = const { OnceCell::new() };
}

/// The `re.error` class (created once per thread).
pub fn error_class() -> Rc<Class> {
    ERROR.with(|c| {
        c.get_or_init(|| {
            let base = builtin_class(BuiltinType::Exception);
            // A fresh class with `Exception` as its only base cannot fail C3 linearisation.
            let cls = Class::new_user("error", "error", "re", vec![base.clone()]).unwrap_or(base);
            cls.dict.set_str(
                "__init__",
                native::method_descriptor(
                    "__init__",
                    error_init,
                    "Initialize self.  See help(type(self)) for accurate signature.",
                    "re.error",
                ),
            );
            cls.dict.set_str(
                "__doc__",
                Value::str("Exception raised for invalid regular expressions."),
            );
            cls.refresh_hooks(true);
            cls.invalidate_lookups();
            cls
        })
        .clone()
    })
}

/// `error.__init__(self, msg, pattern=None, pos=None)`.
fn error_init(this: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args("error", args, kw, &["msg", "pattern", "pos"], 3, 1)?;
    let msg = p[0].clone().unwrap_or(Value::None);
    let pattern = p[1].clone().unwrap_or(Value::None);
    let pos = p[2].clone().unwrap_or(Value::None);
    let mut full = crate::ops::str_of(&msg)?;
    let (mut lineno, mut colno) = (Value::None, Value::None);
    if let (false, Value::Int(at)) = (pattern.is_none(), &pos) {
        full = format!("{full} at position {at}");
        let (line, col) = line_col(&pattern, *at);
        lineno = Value::Int(line);
        colno = Value::Int(col);
        if line > 1 {
            full = format!("{full} (line {line}, column {col})");
        }
    }
    if let Value::Instance(inst) = this {
        if let Some(st) = &inst.exc {
            st.borrow_mut().args = Some(Value::tuple(vec![Value::string(full)]));
        }
        for (k, v) in [
            ("msg", msg),
            ("pattern", pattern),
            ("pos", pos),
            ("lineno", lineno),
            ("colno", colno),
        ] {
            inst.dict.set_str(k, v);
        }
    }
    Ok(Value::None)
}

/// Line and column (1-based) of code point `pos` of a str or bytes pattern.
fn line_col(pattern: &Value, pos: i64) -> (i64, i64) {
    let pos = pos.max(0) as usize;
    let before: Vec<u32> = match pattern {
        Value::Str(s) => s.as_str().chars().take(pos).map(|c| c as u32).collect(),
        Value::Bytes(b) => b.iter().take(pos).map(|&b| b as u32).collect(),
        _ => Vec::new(),
    };
    let nl = '\n' as u32;
    let line = before.iter().filter(|&&c| c == nl).count() as i64 + 1;
    let col = match before.iter().rposition(|&c| c == nl) {
        Some(i) => (pos - i) as i64,
        None => pos as i64 + 1,
    };
    (line, col)
}

/// Builds `re.error(msg, pattern, pos)` as an exception to raise.
pub fn re_error(msg: &str, pattern: &Value, pos: Option<usize>) -> PyErr {
    let cls = error_class();
    let inst = crate::types::class::Instance::new(cls);
    let this = Value::Instance(inst.clone());
    let args = match pos {
        Some(p) => vec![Value::str(msg), pattern.clone(), Value::Int(p as i64)],
        None => vec![Value::str(msg)],
    };
    if let Err(e) = error_init(&this, &args, &[]) {
        return e;
    }
    PyErr(inst)
}
