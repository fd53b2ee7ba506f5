//! Methods and operators of `set` and `frozenset` (Python docs, "Set Types — set,
//! frozenset").
//!
//! Each operation follows the algorithm of CPython 3.11's `Objects/setobject.c` (which operand
//! is copied, which is iterated, when the table is resized up front), because those choices
//! decide the iteration order of the result and which of two equal keys (`1` / `1.0` /
//! `True`) it keeps. The CPython function each one mirrors is named in its doc comment.

use crate::err::{key_error, type_error};
use crate::hash::hash_value;
use crate::ops::{BinOp, CmpOp};
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::iter::{iter, next};
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

/// The set behind a receiver. The method tables are only reachable from set values, so the
/// fallback (an empty set) is never observed.
fn set_of(v: &Value) -> Rc<PySet> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => s.clone(),
        _ => Rc::new(PySet::new()),
    }
}

fn as_set(v: &Value) -> Option<&Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// A value of the same kind (`set` or `frozenset`) as `like` (`make_new_set_basetype`).
fn same_kind(like: &Value, s: PySet) -> Value {
    match like {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(s)),
        _ => Value::Set(Rc::new(s)),
    }
}

/// The `(name, qualified name)` used in argument errors: `set.add`, `frozenset.union`.
fn qual(v: &Value, name: &str) -> String {
    format!("{}.{name}", v.builtin_type_name())
}

fn add(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.add", kw)?;
    check_arity("set.add", args, 1, 1)?;
    set_of(v).add(args[0].clone())?;
    Ok(Value::None)
}

/// The key used to look a possibly-unhashable argument up: CPython's `set_discard`,
/// `set_remove` and `set_contains` retry a `set` argument as a `frozenset`.
fn lookup_key(x: &Value) -> Value {
    match x {
        Value::Set(s) => Value::FrozenSet(s.clone()),
        other => other.clone(),
    }
}

fn discard(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.discard", kw)?;
    check_arity("set.discard", args, 1, 1)?;
    set_of(v).discard(&lookup_key(&args[0]))?;
    Ok(Value::None)
}

fn remove(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.remove", kw)?;
    check_arity("set.remove", args, 1, 1)?;
    if !set_of(v).discard(&lookup_key(&args[0]))? {
        return Err(key_error(args[0].clone()));
    }
    Ok(Value::None)
}

fn pop(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.pop", kw)?;
    check_arity("set.pop", args, 0, 0)?;
    set_of(v)
        .pop()
        .ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

fn clear(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.clear", kw)?;
    check_arity("set.clear", args, 0, 0)?;
    set_of(v).clear();
    Ok(Value::None)
}

/// `set.copy` (`set_copy`); `frozenset.copy` returns the frozenset itself.
fn copy(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = qual(v, "copy");
    no_kwargs(&name, kw)?;
    check_arity(&name, args, 0, 0)?;
    if let Value::FrozenSet(_) = v {
        return Ok(v.clone());
    }
    Ok(same_kind(v, set_of(v).copy()))
}

fn update(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.update", kw)?;
    let s = set_of(v);
    for a in args {
        s.update_from(a)?;
    }
    Ok(Value::None)
}

/// `set_union`: a copy of the receiver, then each argument merged in (the receiver itself
/// is skipped).
fn union(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(&qual(v, "union"), kw)?;
    let so = set_of(v);
    let out = so.copy();
    for a in args {
        if as_set(a).is_some_and(|o| Rc::ptr_eq(o, &so)) {
            continue;
        }
        out.update_from(a)?;
    }
    Ok(same_kind(v, out))
}

/// `set_intersection`: iterates the smaller set (or the non-set iterable) and keeps the
/// elements found in the other, taking keys from the iterated side.
fn intersect(so: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    if as_set(other).is_some_and(|o| Rc::ptr_eq(o, so)) {
        return Ok(so.copy());
    }
    let out = PySet::new();
    if let Some(o) = as_set(other) {
        let (probe, walk) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (h, k) in walk.entries() {
            if probe.contains_hashed(h, &k) {
                out.add_hashed(h, k);
            }
        }
        return Ok(out);
    }
    let it = iter(other)?;
    while let Some(k) = next(&it)? {
        let h = hash_value(&k)?;
        if so.contains_hashed(h, &k) {
            out.add_hashed(h, k);
        }
    }
    Ok(out)
}

/// `set_intersection_multi`: a copy with no arguments, else intersect left to right.
fn intersect_multi(v: &Value, args: &[Value]) -> PyResult<PySet> {
    let mut cur = set_of(v);
    if args.is_empty() {
        return Ok(cur.copy());
    }
    for a in args {
        cur = Rc::new(intersect(&cur, a)?);
    }
    Ok(Rc::try_unwrap(cur).unwrap_or_else(|rc| rc.copy()))
}

fn intersection(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(&qual(v, "intersection"), kw)?;
    Ok(same_kind(v, intersect_multi(v, args)?))
}

/// `set_difference_update_internal`: removes the elements of `other` from `so`, then
/// rebuilds the table when more than a quarter of it is dummies.
fn difference_update_internal(so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(o, so) {
            so.clear();
            return Ok(());
        }
        // A much larger other set is first cut down to the common elements.
        let entries = if (o.len() >> 3) > so.len() {
            intersect(so, other)?.entries()
        } else {
            o.entries()
        };
        for (h, k) in entries {
            so.discard_hashed(h, &k);
        }
    } else {
        let it = iter(other)?;
        while let Some(k) = next(&it)? {
            so.discard(&lookup_key(&k))?;
        }
    }
    so.shrink_after_removals();
    Ok(())
}

/// `set_difference`: builds the result from the receiver's elements missing from `other`,
/// or copies the receiver and removes `other`'s elements when that is cheaper.
fn difference_one(so: &Rc<PySet>, other: &Value) -> PyResult<PySet> {
    let other_size = match other {
        Value::Set(o) | Value::FrozenSet(o) => o.len(),
        Value::Dict(d) => d.len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (so.len() >> 2) > other_size {
        let out = Rc::new(so.copy());
        difference_update_internal(&out, other)?;
        return Ok(Rc::try_unwrap(out).unwrap_or_else(|rc| rc.copy()));
    }
    let out = PySet::new();
    for (h, k) in so.entries() {
        let present = match other {
            Value::Dict(d) => d.contains(&k)?,
            Value::Set(o) | Value::FrozenSet(o) => o.contains_hashed(h, &k),
            _ => false,
        };
        if !present {
            out.add_hashed(h, k);
        }
    }
    Ok(out)
}

/// `set_difference_multi`.
fn difference(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(&qual(v, "difference"), kw)?;
    let so = set_of(v);
    let Some((first, rest)) = args.split_first() else {
        return Ok(same_kind(v, so.copy()));
    };
    let out = Rc::new(difference_one(&so, first)?);
    for a in rest {
        difference_update_internal(&out, a)?;
    }
    Ok(same_kind(
        v,
        Rc::try_unwrap(out).unwrap_or_else(|rc| rc.copy()),
    ))
}

/// `set_symmetric_difference_update`.
fn sym_diff_update(so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if as_set(other).is_some_and(|o| Rc::ptr_eq(o, so)) {
        so.clear();
        return Ok(());
    }
    let entries = match other {
        Value::Set(o) | Value::FrozenSet(o) => o.entries(),
        Value::Dict(d) => d
            .keys()
            .into_iter()
            .map(|k| Ok((hash_value(&k)?, k)))
            .collect::<PyResult<_>>()?,
        _ => PySet::from_iterable(other)?.entries(),
    };
    for (h, k) in entries {
        if !so.discard_hashed(h, &k) {
            so.add_hashed(h, k);
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a new set of `other`'s elements, updated with the receiver.
fn sym_diff(v: &Value, other: &Value) -> PyResult<Value> {
    let out = Rc::new(PySet::from_iterable(other)?);
    sym_diff_update(&out, &Value::Set(set_of(v)))?;
    Ok(same_kind(
        v,
        Rc::try_unwrap(out).unwrap_or_else(|rc| rc.copy()),
    ))
}

fn symmetric_difference(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = qual(v, "symmetric_difference");
    no_kwargs(&name, kw)?;
    check_arity(&name, args, 1, 1)?;
    sym_diff(v, &args[0])
}

/// `set_issubset`.
fn is_subset(so: &PySet, other: &Value) -> PyResult<bool> {
    let tmp;
    let o = match as_set(other) {
        Some(o) => &**o,
        None => {
            tmp = PySet::from_iterable(other)?;
            &tmp
        }
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    Ok(so
        .entries()
        .into_iter()
        .all(|(h, k)| o.contains_hashed(h, &k)))
}

fn issubset(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = qual(v, "issubset");
    no_kwargs(&name, kw)?;
    check_arity(&name, args, 1, 1)?;
    Ok(Value::Bool(is_subset(&set_of(v), &args[0])?))
}

/// `set_issuperset`.
fn issuperset(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = qual(v, "issuperset");
    no_kwargs(&name, kw)?;
    check_arity(&name, args, 1, 1)?;
    let so = set_of(v);
    if let Some(o) = as_set(&args[0]) {
        return Ok(Value::Bool(is_subset(o, v)?));
    }
    let it = iter(&args[0])?;
    while let Some(k) = next(&it)? {
        if !so.contains(&k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `set_isdisjoint`.
fn isdisjoint(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = qual(v, "isdisjoint");
    no_kwargs(&name, kw)?;
    check_arity(&name, args, 1, 1)?;
    let so = set_of(v);
    if let Some(o) = as_set(&args[0]) {
        if Rc::ptr_eq(o, &so) {
            return Ok(Value::Bool(so.is_empty()));
        }
        let (probe, walk) = if o.len() > so.len() {
            (o, &so)
        } else {
            (&so, o)
        };
        return Ok(Value::Bool(
            !walk
                .entries()
                .into_iter()
                .any(|(h, k)| probe.contains_hashed(h, &k)),
        ));
    }
    let it = iter(&args[0])?;
    while let Some(k) = next(&it)? {
        if so.contains(&k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `set_intersection_update_multi`: computes the intersection, then adopts its table.
fn intersection_update(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.intersection_update", kw)?;
    let tmp = intersect_multi(v, args)?;
    set_of(v).swap_bodies(&tmp);
    Ok(Value::None)
}

fn difference_update(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.difference_update", kw)?;
    let so = set_of(v);
    for a in args {
        difference_update_internal(&so, a)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("set.symmetric_difference_update", kw)?;
    check_arity("set.symmetric_difference_update", args, 1, 1)?;
    sym_diff_update(&set_of(v), &args[0])?;
    Ok(Value::None)
}

/// `a - b`, `a & b`, `a | b`, `a ^ b` on two sets (`set_sub`, `set_and`, `set_or`,
/// `set_xor`); the result has the left operand's kind.
pub fn set_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let so = set_of(a);
    match op {
        BinOp::Sub => Ok(same_kind(a, difference_one(&so, b)?)),
        BinOp::And => Ok(same_kind(a, intersect(&so, b)?)),
        BinOp::Or => {
            let out = so.copy();
            if !as_set(b).is_some_and(|o| Rc::ptr_eq(o, &so)) {
                out.update_from(b)?;
            }
            Ok(same_kind(a, out))
        }
        BinOp::Xor => sym_diff(a, b),
        _ => Err(crate::err::unsupported_operands(op.symbol(), a, b)),
    }
}

/// `a -= b` & co on a `set` (mutates `a`: `set_isub`, `set_iand`, `set_ior`, `set_ixor`).
pub fn set_inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let so = set_of(a);
    match op {
        BinOp::Sub => difference_update_internal(&so, b)?,
        BinOp::And => {
            let tmp = intersect(&so, b)?;
            so.swap_bodies(&tmp);
        }
        BinOp::Or => so.update_from(b)?,
        BinOp::Xor => sym_diff_update(&so, b)?,
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}=: 'set' and '{}'",
                op.symbol(),
                b.type_name()
            )));
        }
    };
    Ok(a.clone())
}

/// Set comparisons (`set_richcompare`): equality, and `<=`/`<`/`>=`/`>` as subset and
/// superset tests.
pub fn set_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (sa, sb) = (set_of(a), set_of(b));
    Ok(match op {
        CmpOp::Eq => sa.len() == sb.len() && is_subset(&sa, b)?,
        CmpOp::Ne => !(sa.len() == sb.len() && is_subset(&sa, b)?),
        CmpOp::Le => is_subset(&sa, b)?,
        CmpOp::Lt => sa.len() < sb.len() && is_subset(&sa, b)?,
        CmpOp::Ge => is_subset(&sb, a)?,
        CmpOp::Gt => sb.len() < sa.len() && is_subset(&sb, a)?,
    })
}
