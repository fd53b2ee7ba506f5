//! Operator dispatch to special methods when an operand is an instance, following the data
//! model: `a.__op__(b)` then `b.__rop__(a)`, except that a right operand whose type is a proper
//! subclass of the left operand's type and provides a different reflected method goes first;
//! `NotImplemented` passes the turn. Built-in values, and the base values of instances of
//! built-in subclasses (see `types::object::base`), take part through the built-in operator.

use super::compare::CmpOp;
use crate::err::type_error;
use crate::types::class::{Class, type_of};
use crate::types::object::{base, call_dunder_opt, call_unbound};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// How the type of an operand implements one binary special method.
enum Impl {
    /// A method found on the class (a user override).
    User(Value),
    /// The built-in type's own operator (on the value, or an instance's base value).
    Builtin,
    /// No such method.
    Missing,
}

fn find(v: &Value, name: &str) -> Impl {
    find_hashed(v, name, crate::hash::hash_str(name))
}

/// [`find`] with `hash_str(name)` already known.
fn find_hashed(v: &Value, name: &str, hash: i64) -> Impl {
    match v {
        Value::Instance(i) if i.base.is_some() => match i.class.lookup_special(name) {
            Some(f) => Impl::User(f),
            None => Impl::Builtin,
        },
        Value::Instance(i) => match i.class.lookup_hashed(name, hash) {
            Some(f) => Impl::User(f),
            None => Impl::Missing,
        },
        _ => Impl::Builtin,
    }
}

/// True when `sub` resolves `name` to something else than `sup` does (CPython's
/// `method_is_overloaded`).
fn overrides(sub: &Rc<Class>, sup: &Rc<Class>, name: &str) -> bool {
    match (sub.lookup(name), sup.lookup(name)) {
        (Some(x), Some(y)) => !super::is(&x, &y),
        (None, None) => false,
        _ => true,
    }
}

/// A built-in operator on two operands (instances seen through their base values by the
/// callee); `Ok(None)` for `NotImplemented`.
pub type BuiltinOp<'a> = &'a dyn Fn(&Value, &Value) -> PyResult<Option<Value>>;

/// Dispatches the binary operator whose special methods are `op`/`rop` between `a` and `b`,
/// at least one of them an instance; `None` when every candidate returned `NotImplemented`.
pub fn binary_dispatch(
    a: &Value,
    b: &Value,
    op: &str,
    rop: &str,
    builtin: BuiltinOp,
) -> PyResult<Option<Value>> {
    let left = find(a, op);
    let (ta, tb) = (type_of(a), type_of(b));
    let mut right = if Rc::ptr_eq(&ta, &tb) {
        Impl::Missing
    } else {
        find(b, rop)
    };
    if !matches!(right, Impl::Missing) && tb.is_subclass(&ta) && overrides(&tb, &ta, rop) {
        if let Some(r) = apply(&right, b, a, true, builtin)? {
            return Ok(Some(r));
        }
        right = Impl::Missing;
    }
    if let Some(r) = apply(&left, a, b, false, builtin)? {
        return Ok(Some(r));
    }
    apply(&right, b, a, true, builtin)
}

fn apply(
    imp: &Impl,
    this: &Value,
    other: &Value,
    reflected: bool,
    builtin: BuiltinOp,
) -> PyResult<Option<Value>> {
    match imp {
        Impl::User(f) => Ok(not_implemented_to_none(call_unbound(
            f,
            this,
            std::slice::from_ref(other),
        )?)),
        Impl::Builtin if defers(this, other) => Ok(None),
        Impl::Builtin if reflected => builtin(other, this),
        Impl::Builtin => builtin(this, other),
        Impl::Missing => Ok(None),
    }
}

/// True when the built-in numeric operator of `this` leaves mixed arithmetic to the other
/// operand's type (`int.__truediv__(1, 2.0)` is `NotImplemented`; `float`'s handles it), so
/// that a float subclass's reflected override gets its turn.
fn defers(this: &Value, other: &Value) -> bool {
    fn rank(v: Option<&Value>) -> u8 {
        match v {
            Some(Value::Bool(_) | Value::Int(_) | Value::BigInt(_)) => 1,
            Some(Value::Float(_)) => 2,
            _ => 0,
        }
    }
    let (a, b) = (rank(base::view(this)), rank(base::view(other)));
    a != 0 && a < b
}

fn not_implemented_to_none(r: Value) -> Option<Value> {
    match r {
        Value::NotImplemented => None,
        r => Some(r),
    }
}

/// Dispatches the rich comparison `a <op> b` (at least one operand an instance): the
/// reflection `b.__swapped__(a)` goes first when `type(b)` is a proper subclass of `type(a)`;
/// `None` when every candidate returned `NotImplemented`.
pub fn rich_compare_dunder(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let (ta, tb) = (type_of(a), type_of(b));
    let same = Rc::ptr_eq(&ta, &tb);
    let reflected_first = !same && tb.is_subclass(&ta);
    if reflected_first && let Some(r) = try_compare(b, a, op.swapped())? {
        return Ok(Some(r));
    }
    if let Some(r) = try_compare(a, b, op)? {
        return Ok(Some(r));
    }
    if !reflected_first {
        return try_compare(b, a, op.swapped());
    }
    Ok(None)
}

/// `x.__op__(y)` as the type of `x` implements it; `None` for `NotImplemented`.
fn try_compare(x: &Value, y: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    match find_hashed(x, op.dunder(), op.dunder_hash()) {
        Impl::User(f) => Ok(not_implemented_to_none(call_unbound(
            &f,
            x,
            std::slice::from_ref(y),
        )?)),
        Impl::Builtin => {
            let (Some(xv), Some(yv)) = (base::view(x), base::view(y)) else {
                return Ok(None);
            };
            Ok(super::compare::builtin_compare(xv, yv, op)?.map(Value::Bool))
        }
        // `object.__eq__`: identical objects are equal; `object.__ne__`: the inverse of
        // `__eq__` when that gives an answer.
        Impl::Missing => match op {
            CmpOp::Eq => Ok(super::is(x, y).then_some(Value::Bool(true))),
            CmpOp::Ne => match find(x, "__eq__") {
                Impl::User(f) => {
                    match not_implemented_to_none(call_unbound(&f, x, std::slice::from_ref(y))?) {
                        Some(r) => Ok(Some(Value::Bool(!r.truthy()?))),
                        None => Ok(None),
                    }
                }
                _ => Ok(super::is(x, y).then_some(Value::Bool(false))),
            },
            _ => Ok(None),
        },
    }
}

/// Calls a unary special method, or raises CPython's "bad operand type" error (`what` is
/// `unary -`, `abs()`, ...).
pub fn unary_dunder(v: &Value, name: &str, what: &str) -> PyResult<Value> {
    match call_dunder_opt(v, name, &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "bad operand type for {what}: '{}'",
            v.type_name()
        ))),
    }
}
