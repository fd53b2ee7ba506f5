//! Fast-local helpers for compiled code: borrowing a local instead of cloning it, storing
//! without drop glue for scalars, moving a local out for `return`, and augmented assignment
//! that updates the local in place (`x += 1` touches no reference count; `s += t` appends to
//! a uniquely-owned `str` without copying it).

use super::unbound;
use crate::ops::{Arg, BinOp};
use crate::types::str::PyStr;
use crate::value::{PyResult, Value};
use num_traits::ToPrimitive;
use std::rc::Rc;

/// Borrows a local that may be unbound (CPython 3.11's `UnboundLocalError` message).
#[inline(always)]
pub fn local_ref<'a>(slot: &'a Option<Value>, name: &str) -> PyResult<&'a Value> {
    match slot {
        Some(v) => Ok(v),
        None => Err(unbound(name)),
    }
}

/// Fails with `UnboundLocalError` if the local is unbound (the first step of `x += ...`).
#[inline(always)]
pub fn check_local(slot: &Option<Value>, name: &str) -> PyResult<()> {
    match slot {
        Some(_) => Ok(()),
        None => Err(unbound(name)),
    }
}

/// Moves a local out (`return x` when nothing runs after the return).
#[inline(always)]
pub fn take_local(slot: &mut Option<Value>, name: &str) -> PyResult<Value> {
    match slot.take() {
        Some(v) => Ok(v),
        None => Err(unbound(name)),
    }
}

/// Whether `v` owns no heap memory (its drop does nothing).
#[inline(always)]
fn is_scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Builtin(_)
    )
}

/// `x = v` for a local: the new value is stored before the old one is released (CPython's
/// `STORE_FAST`), and a scalar old value costs no drop call.
#[inline(always)]
pub fn set_local(slot: &mut Option<Value>, v: Value) {
    if let Some(old) = slot.replace(v) {
        if is_scalar(&old) {
            std::mem::forget(old);
        } else {
            drop(old);
        }
    }
}

/// `x <op>= b` for a bound local `x` (checked by [`check_local`] before `b` was evaluated):
/// small-int `+`/`-` and float `+`/`-`/`*` update the slot in place; everything else moves the
/// old value out, so that a uniquely-owned `str` is appended to in place, and puts it back if
/// the operator raises.
#[inline(always)]
pub fn aug_local<B: Arg>(op: BinOp, slot: &mut Option<Value>, name: &str, b: B) -> PyResult<()> {
    match (&mut *slot, b.val()) {
        (Some(Value::Int(x)), Value::Int(y)) => {
            let r = match op {
                BinOp::Add => x.checked_add(*y),
                BinOp::Sub => x.checked_sub(*y),
                _ => None,
            };
            if let Some(r) = r {
                *x = r;
                std::mem::forget(b);
                return Ok(());
            }
        }
        (Some(Value::Float(x)), Value::Float(y)) => {
            let r = match op {
                BinOp::Add => *x + *y,
                BinOp::Sub => *x - *y,
                BinOp::Mul => *x * *y,
                _ => f64::NAN,
            };
            // A NaN result needs a fresh identity: the general path makes it.
            if !r.is_nan() {
                *x = r;
                std::mem::forget(b);
                return Ok(());
            }
        }
        _ => {}
    }
    aug_local_slow(op, slot, name, b.val())
}

#[inline(never)]
fn aug_local_slow(op: BinOp, slot: &mut Option<Value>, name: &str, b: &Value) -> PyResult<()> {
    let Some(mut a) = slot.take() else {
        return Err(unbound(name));
    };
    if op == BinOp::Add
        && let (Value::Str(s), Value::Str(t)) = (&mut a, b)
    {
        match Rc::get_mut(s) {
            Some(m) => m.push_str(t.as_str()),
            None => *s = Rc::new(PyStr::concat(s, t)),
        }
        *slot = Some(a);
        return Ok(());
    }
    // A uniquely-owned big int updated by a machine int in place (`r *= i`), renormalised.
    if let (Value::BigInt(x), Value::Int(y)) = (&mut a, b)
        && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul)
        && let Some(m) = Rc::get_mut(x)
    {
        match op {
            BinOp::Add => *m += *y,
            BinOp::Sub => *m -= *y,
            _ => *m *= *y,
        }
        if let Some(i) = m.to_i64() {
            a = Value::Int(i);
        }
        *slot = Some(a);
        return Ok(());
    }
    match crate::ops::inplace(op, &a, b) {
        Ok(v) => {
            *slot = Some(v);
            drop(a);
            Ok(())
        }
        Err(e) => {
            *slot = Some(a);
            Err(e)
        }
    }
}
