//! Methods and operators of `set` and `frozenset`.

use crate::err::{key_error, type_error};
use crate::ops::{BinOp, CmpOp};
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::methods::MethodEntry;
use crate::types::set::PySet;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The `set` method table.
pub static SET_METHODS: &[MethodEntry] = &[
    ("add", add),
    ("discard", discard),
    ("remove", remove),
    ("pop", pop),
    ("clear", clear),
    ("copy", copy),
    ("update", update),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
];

/// The `frozenset` method table.
pub static FROZENSET_METHODS: &[MethodEntry] = &[
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
];

fn set_of(v: &Value) -> &Rc<PySet> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => s,
        _ => unreachable!("set method table is only used for sets"),
    }
}

/// A value of the same kind (`set` or `frozenset`) as `like`.
fn same_kind(like: &Value, s: PySet) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(s)),
        _ => Value::Set(Rc::new(s)),
    }
}

fn items_of(v: &Value) -> PyResult<Vec<Value>> {
    crate::types::iter::collect(v)
}

fn add(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.add", kw)?;
    check_arity("set.add", args, 1, 1)?;
    set_of(v).add(args[0].clone())?;
    Ok(Value::None)
}

fn discard(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("set.discard", args, 1, 1)?;
    set_of(v).discard(&args[0])?;
    Ok(Value::None)
}

fn remove(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("set.remove", args, 1, 1)?;
    if !set_of(v).discard(&args[0])? {
        return Err(key_error(args[0].clone()));
    }
    Ok(Value::None)
}

fn pop(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("set.pop", args, 0, 0)?;
    set_of(v).pop().ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

fn clear(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    set_of(v).clear();
    Ok(Value::None)
}

fn copy(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(same_kind(v, set_of(v).copy()))
}

fn update(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    for a in args {
        for x in items_of(a)? {
            set_of(v).add(x)?;
        }
    }
    Ok(Value::None)
}

fn union(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let out = set_of(v).copy();
    for a in args {
        for x in items_of(a)? {
            out.add(x)?;
        }
    }
    Ok(same_kind(v, out))
}

fn intersect(base: &PySet, other: &Value) -> PyResult<PySet> {
    let out = PySet::new();
    let other_set = match other {
        Value::Set(s) | Value::FrozenSet(s) => s.clone(),
        _ => Rc::new(PySet::from_values(items_of(other)?)?),
    };
    // CPython iterates the smaller set and probes the larger one.
    let (small, large) = if other_set.len() < base.len() { (other_set.items(), base) } else { (base.items(), &*other_set) };
    for x in small {
        if large.contains(&x)? {
            out.add(x)?;
        }
    }
    Ok(out)
}

fn intersection(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut cur = set_of(v).copy();
    for a in args {
        cur = intersect(&cur, a)?;
    }
    Ok(same_kind(v, cur))
}

fn difference(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let out = set_of(v).copy();
    for a in args {
        for x in items_of(a)? {
            out.discard(&x)?;
        }
    }
    Ok(same_kind(v, out))
}

fn sym_diff(a: &PySet, other: &Value) -> PyResult<PySet> {
    let out = a.copy();
    let other = PySet::from_values(items_of(other)?)?;
    for x in other.items() {
        if !out.discard(&x)? {
            out.add(x)?;
        }
    }
    Ok(out)
}

fn symmetric_difference(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("symmetric_difference", args, 1, 1)?;
    Ok(same_kind(v, sym_diff(set_of(v), &args[0])?))
}

fn issubset(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("issubset", args, 1, 1)?;
    let other = PySet::from_values(items_of(&args[0])?)?;
    for x in set_of(v).items() {
        if !other.contains(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("issuperset", args, 1, 1)?;
    for x in items_of(&args[0])? {
        if !set_of(v).contains(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("isdisjoint", args, 1, 1)?;
    for x in items_of(&args[0])? {
        if set_of(v).contains(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn replace_contents(v: &Value, new: PySet) -> PyResult<()> {
    let s = set_of(v);
    s.clear();
    for x in new.items() {
        s.add(x)?;
    }
    Ok(())
}

fn intersection_update(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut cur = set_of(v).copy();
    for a in args {
        cur = intersect(&cur, a)?;
    }
    replace_contents(v, cur)?;
    Ok(Value::None)
}

fn difference_update(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    for a in args {
        for x in items_of(a)? {
            set_of(v).discard(&x)?;
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_update(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("symmetric_difference_update", args, 1, 1)?;
    let other = PySet::from_values(items_of(&args[0])?)?;
    for x in other.items() {
        if !set_of(v).discard(&x)? {
            set_of(v).add(x)?;
        }
    }
    Ok(Value::None)
}

/// `a - b`, `a & b`, `a | b`, `a ^ b` on sets (result has the left operand's kind).
pub fn set_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let args = std::slice::from_ref(b);
    match op {
        BinOp::Sub => difference(a, args, &[]),
        BinOp::And => intersection(a, args, &[]),
        BinOp::Or => union(a, args, &[]),
        BinOp::Xor => symmetric_difference(a, args, &[]),
        _ => Err(type_error("unsupported set operator")),
    }
}

/// `a -= b` & co on a `set` (mutates `a`).
pub fn set_inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let args = std::slice::from_ref(b);
    match op {
        BinOp::Sub => difference_update(a, args, &[])?,
        BinOp::And => intersection_update(a, args, &[])?,
        BinOp::Or => update(a, args, &[])?,
        BinOp::Xor => symmetric_difference_update(a, args, &[])?,
        _ => return Err(type_error("unsupported set operator")),
    };
    Ok(a.clone())
}

/// Set comparisons: equality and subset/superset ordering.
pub fn set_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (sa, sb) = (set_of(a), set_of(b));
    let sub = |x: &PySet, y: &PySet| -> PyResult<bool> {
        for v in x.items() {
            if !y.contains(&v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        CmpOp::Eq => sa.len() == sb.len() && sub(sa, sb)?,
        CmpOp::Ne => !(sa.len() == sb.len() && sub(sa, sb)?),
        CmpOp::Le => sub(sa, sb)?,
        CmpOp::Lt => sa.len() < sb.len() && sub(sa, sb)?,
        CmpOp::Ge => sub(sb, sa)?,
        CmpOp::Gt => sb.len() < sa.len() && sub(sb, sa)?,
    })
}
