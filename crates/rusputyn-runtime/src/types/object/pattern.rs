//! Structural pattern matching (`match`/`case`): the runtime checks behind sequence, mapping
//! and class patterns. Each returns the values the sub-patterns match against, or `None`
//! when the subject does not have the required shape.

use crate::err::type_error;
use crate::types::class::BuiltinType;
use crate::value::{PyResult, Value};

/// The built-in types whose instances a single positional sub-pattern matches as a whole
/// (`case int(x)`).
const SELF_MATCHING: &[BuiltinType] = &[
    BuiltinType::Bool,
    BuiltinType::ByteArray,
    BuiltinType::Bytes,
    BuiltinType::Dict,
    BuiltinType::Float,
    BuiltinType::FrozenSet,
    BuiltinType::Int,
    BuiltinType::List,
    BuiltinType::Set,
    BuiltinType::Str,
    BuiltinType::Tuple,
];

/// CPython's `Py_TPFLAGS_SEQUENCE`: instances match sequence patterns.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;

/// Whether `cls` carries the type flag `flag`. Classes written in Python declare their flags
/// as CPython's `collections.abc` does, with a class attribute `__abc_tpflags__`, which
/// subclasses inherit like CPython's type flags (`collections.deque` sets it).
fn has_tpflag(cls: &std::rc::Rc<crate::types::class::Class>, flag: i64) -> bool {
    matches!(cls.lookup("__abc_tpflags__"), Some(Value::Int(f)) if f & flag != 0)
}

/// A sequence pattern `[a, *rest, b]`: `before` sub-patterns, then (when `star`) the starred
/// one, then `after`. The items come back with the starred part gathered into a list.
pub fn match_sequence(
    subject: &Value,
    before: usize,
    after: usize,
    star: bool,
) -> PyResult<Option<Vec<Value>>> {
    // str, bytes and bytearray are not sequences for pattern matching; a class is one when
    // it carries CPython's sequence type flag (below).
    let items: Vec<Value> = match subject {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items().to_vec(),
        Value::Range(_) => crate::types::iter::collect(subject)?,
        // Classes flagged as sequences (`collections.deque`), and subclasses of list and tuple
        // (their own `__iter__` honoured).
        Value::Instance(i)
            if has_tpflag(&i.class, TPFLAGS_SEQUENCE)
                || matches!(i.base, Some(Value::List(_) | Value::Tuple(_))) =>
        {
            crate::types::iter::collect(subject)?
        }
        _ => return Ok(None),
    };
    let n = before + after;
    if star {
        if items.len() < n {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(n + 1);
        out.extend(items[..before].iter().cloned());
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(Some(out))
    } else if items.len() == n {
        Ok(Some(items))
    } else {
        Ok(None)
    }
}

/// A mapping pattern `{k1: p1, k2: p2, **rest}`: the values of `keys` (all must be present),
/// and when `rest` the remaining items as a new dict.
pub fn match_mapping(
    subject: &Value,
    keys: &[Value],
    rest: bool,
) -> PyResult<Option<(Vec<Value>, Value)>> {
    // A dict subclass is a mapping too (matched on its storage).
    let Some(Value::Dict(d)) = super::base::view(subject) else {
        return Ok(None);
    };
    for (i, k) in keys.iter().enumerate() {
        for prev in &keys[..i] {
            if crate::ops::eq(prev, k)? {
                return Err(crate::err::value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    crate::ops::repr_of(k)?
                )));
            }
        }
    }
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        match d.get(k)? {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    let rest_dict = if rest {
        let out = crate::types::dict::PyDict::new();
        for (k, v) in d.items() {
            let mut taken = false;
            for key in keys {
                if crate::ops::eq(&k, key)? {
                    taken = true;
                    break;
                }
            }
            if !taken {
                out.set(k, v)?;
            }
        }
        Value::Dict(std::rc::Rc::new(out))
    } else {
        Value::None
    };
    Ok(Some((values, rest_dict)))
}

/// A class pattern `Cls(p1, p2, attr=p3)`: `npos` positional sub-patterns (mapped to
/// attributes through `__match_args__`) then the keyword attributes. A missing attribute is a
/// failed match, not an error.
pub fn match_class(
    subject: &Value,
    cls: &Value,
    npos: usize,
    kw: &[&str],
) -> PyResult<Option<Vec<Value>>> {
    let Value::Class(c) = cls else {
        return Err(type_error("called match pattern must be a type"));
    };
    if !crate::types::class::meta::instance_check(subject, c)? {
        return Ok(None);
    }
    let mut names: Vec<String> = Vec::with_capacity(npos + kw.len());
    let mut out = Vec::with_capacity(npos + kw.len());
    if npos > 0 {
        let self_matching = c.builtin.is_some_and(|t| SELF_MATCHING.contains(&t));
        let match_args = if self_matching {
            None
        } else {
            crate::types::object::get_attr(cls, "__match_args__").ok()
        };
        match match_args {
            None if self_matching => {
                if npos > 1 {
                    return Err(type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        c.name
                    )));
                }
                out.push(subject.clone());
                names.push(String::new());
            }
            None => {
                return Err(type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({npos} given)",
                    c.name
                )));
            }
            Some(Value::Tuple(t)) => {
                if npos > t.len() {
                    let s = if t.len() == 1 { "" } else { "s" };
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{s} ({npos} given)",
                        c.name,
                        t.len()
                    )));
                }
                for a in &t.items()[..npos] {
                    let Value::Str(name) = a else {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            a.type_name()
                        )));
                    };
                    names.push(name.as_str().to_string());
                }
            }
            Some(other) => {
                return Err(type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    c.name,
                    other.type_name()
                )));
            }
        }
    }
    for k in kw {
        if names.iter().any(|n| n == k) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{k}'",
                c.name
            )));
        }
        names.push(k.to_string());
    }
    for name in names.iter().skip(out.len()) {
        match crate::types::object::get_attr(subject, name) {
            Ok(v) => out.push(v),
            Err(e) if e.is(BuiltinType::AttributeError) => return Ok(None),
            Err(e) => return Err(e),
        }
    }
    Ok(Some(out))
}
