//! The built-in exceptions whose constructor arguments mean more than a message: the
//! `OSError` family (`errno`, `strerror`, `filename`, `filename2`, and `OSError(errno, ...)`
//! creating the subclass that errno stands for), the `UnicodeError` family (`encoding`,
//! `object`, `start`, `end`, `reason`) and `ImportError` (`msg`, `name`, `path`): their
//! argument handling, attributes and `str()`, in CPython's words.

use crate::err::{ExcState, type_error};
use crate::types::class::{BuiltinType, Class, Instance, builtin_class};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The subclass `OSError(errno, strerror, ...)` creates for `errno` (Linux numbering, as
/// CPython's `errno` module has it), when the class called is `OSError` itself.
pub fn concrete_class(cls: &Rc<Class>, args: &[Value]) -> Rc<Class> {
    if cls.builtin != Some(BuiltinType::OSError) || !(2..=5).contains(&args.len()) {
        return cls.clone();
    }
    let errno = match args[0] {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => return cls.clone(),
    };
    let sub = match errno {
        11 | 114 | 115 => BuiltinType::BlockingIOError,
        10 => BuiltinType::ChildProcessError,
        32 | 108 => BuiltinType::BrokenPipeError,
        103 => BuiltinType::ConnectionAbortedError,
        111 => BuiltinType::ConnectionRefusedError,
        104 => BuiltinType::ConnectionResetError,
        17 => BuiltinType::FileExistsError,
        2 => BuiltinType::FileNotFoundError,
        21 => BuiltinType::IsADirectoryError,
        20 => BuiltinType::NotADirectoryError,
        4 => BuiltinType::InterruptedError,
        1 | 13 => BuiltinType::PermissionError,
        3 => BuiltinType::ProcessLookupError,
        110 => BuiltinType::TimeoutError,
        _ => return cls.clone(),
    };
    builtin_class(sub)
}

/// Stores the constructor arguments of an exception of class `cls` in its state
/// (`BaseException.__init__` and the built-in subclasses' own `__init__`).
pub fn init_args(st: &mut ExcState, cls: &Rc<Class>, args: &[Value]) -> PyResult<()> {
    let n = args.len();
    let need = if cls.derives_from(BuiltinType::UnicodeTranslateError) {
        Some(4)
    } else if cls.derives_from(BuiltinType::UnicodeDecodeError)
        || cls.derives_from(BuiltinType::UnicodeEncodeError)
    {
        Some(5)
    } else {
        None
    };
    if let Some(need) = need
        && n != need
    {
        return Err(type_error(format!(
            "function takes exactly {need} arguments ({n} given)"
        )));
    }
    st.ctor_args = None;
    if cls.derives_from(BuiltinType::OSError) && (3..=5).contains(&n) && !args[2].is_none() {
        // With a filename, `args` keeps only `(errno, strerror)`.
        st.ctor_args = Some(Value::tuple(args.to_vec()));
        st.args = Some(Value::tuple(args[..2].to_vec()));
    } else {
        st.args = Some(Value::tuple(args.to_vec()));
    }
    Ok(())
}

/// The constructor arguments of an exception (`args`, or all of them when `args` was cut).
fn full_args(st: &ExcState) -> Vec<Value> {
    match st.ctor_args.as_ref().or(st.args.as_ref()) {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    }
}

/// An attribute of an exception instance that its class computes from the constructor
/// arguments; `None` when `name` is not one of them.
pub fn exc_attr(inst: &Instance, st: &ExcState, name: &str) -> Option<Value> {
    let cls = &inst.class;
    let a = full_args(st);
    let at = |i: usize| a.get(i).cloned().unwrap_or(Value::None);
    if cls.derives_from(BuiltinType::OSError) {
        let os = (2..=5).contains(&a.len());
        return match name {
            "errno" if os => Some(at(0)),
            "strerror" if os => Some(at(1)),
            "filename" if os => Some(at(2)),
            "filename2" if a.len() == 5 => Some(at(4)),
            "errno" | "strerror" | "filename" | "filename2" => Some(Value::None),
            _ => None,
        };
    }
    if cls.derives_from(BuiltinType::UnicodeTranslateError) {
        return match name {
            "encoding" => Some(Value::None),
            "object" => Some(at(0)),
            "start" => Some(at(1)),
            "end" => Some(at(2)),
            "reason" => Some(at(3)),
            _ => None,
        };
    }
    if cls.derives_from(BuiltinType::UnicodeDecodeError)
        || cls.derives_from(BuiltinType::UnicodeEncodeError)
    {
        let i = ["encoding", "object", "start", "end", "reason"]
            .iter()
            .position(|n| *n == name)?;
        return Some(at(i));
    }
    if cls.derives_from(BuiltinType::ImportError) {
        return match name {
            "msg" if a.len() == 1 => Some(at(0)),
            "msg" | "name" | "path" => Some(Value::None),
            _ => None,
        };
    }
    None
}

/// How CPython shows one character an encoder could not handle (`'\xe9'`, `'\u20ac'`).
fn escaped_char(c: char) -> String {
    let c = c as u32;
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `str(exc)` for the exceptions that word it from their arguments; `None` for the others
/// (and when the arguments do not have the expected types: the default `str` then applies).
pub fn exc_str(inst: &Instance) -> Option<PyResult<String>> {
    let st = inst.exc.as_ref()?.borrow();
    let cls = &inst.class;
    let a = full_args(&st);
    drop(st);
    if cls.derives_from(BuiltinType::OSError) {
        if !(2..=5).contains(&a.len()) {
            return None;
        }
        return Some((|| {
            let head = format!(
                "[Errno {}] {}",
                crate::ops::str_of(&a[0])?,
                crate::ops::str_of(&a[1])?
            );
            Ok(match (a.get(2), a.get(4)) {
                (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => format!(
                    "{head}: {} -> {}",
                    crate::ops::repr_of(f)?,
                    crate::ops::repr_of(f2)?
                ),
                (Some(f), _) if !f.is_none() => format!("{head}: {}", crate::ops::repr_of(f)?),
                _ => head,
            })
        })());
    }
    let translate = cls.derives_from(BuiltinType::UnicodeTranslateError);
    let decode = cls.derives_from(BuiltinType::UnicodeDecodeError);
    let encode = cls.derives_from(BuiltinType::UnicodeEncodeError);
    if !(translate || decode || encode) {
        return None;
    }
    let (enc, rest) = if translate {
        (None, &a[..])
    } else {
        (a.first(), a.get(1..).unwrap_or(&[]))
    };
    let [object, Value::Int(start), Value::Int(end), reason] = rest else {
        return None;
    };
    let (start, end) = (*start, *end);
    Some((|| {
        let reason = crate::ops::str_of(reason)?;
        let prefix = match enc {
            Some(e) => format!("'{}' codec can't ", crate::ops::str_of(e)?),
            None => "can't ".to_string(),
        };
        let verb = if decode {
            "decode"
        } else if encode {
            "encode"
        } else {
            "translate"
        };
        let single = match object {
            Value::Bytes(b) if decode && end == start + 1 => usize::try_from(start)
                .ok()
                .and_then(|i| b.get(i))
                .map(|byte| format!("byte 0x{byte:02x}")),
            Value::Str(s) if !decode && end == start + 1 => usize::try_from(start)
                .ok()
                .and_then(|i| s.as_str().chars().nth(i))
                .map(|c| format!("character '{}'", escaped_char(c))),
            _ => None,
        };
        Ok(match single {
            Some(what) => format!("{prefix}{verb} {what} in position {start}: {reason}"),
            None => {
                let what = if decode { "bytes" } else { "characters" };
                format!(
                    "{prefix}{verb} {what} in position {start}-{}: {reason}",
                    end - 1
                )
            }
        })
    })())
}
