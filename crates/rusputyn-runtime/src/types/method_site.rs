//! Inline caches for method-call sites (`obj.name(...)` in compiled code).
//!
//! Codegen gives every method-call site its own `static` [`MethodSite`]. When the receiver
//! is a built-in value (`list`, `str`, `dict`, ...), the site remembers which method table
//! it saw last and where `name` sits in it, so the next call with a receiver of the same
//! type indexes the table directly instead of searching it by name. The methods of built-in
//! types cannot be replaced, so a hit is always the method a full lookup would find.
//! Instances, classes and modules take [`bind_method_h`], unchanged.
//!
//! A site first *binds* (looks the method up, [`MethodSite::bind`]) and only then are the
//! arguments evaluated and the [`BoundCall`] made, which is CPython's order: `[].nope(1/0)`
//! raises `AttributeError`, and an argument that replaces the method does not change
//! which one is called.
//!
//! The cache is one `AtomicU64` (`table id << 32 | index + 1`, 0 = empty) read and written
//! with `Relaxed` ordering: a plain load and store, and consistent even if an embedder calls
//! compiled code from several threads.

use crate::types::function::{Kw, MethodFn};
use crate::types::methods::{position, table_with_id};
use crate::types::object::bind_method_h;
use crate::value::{PyResult, Value};
use std::sync::atomic::{AtomicU64, Ordering};

/// One `obj.name(...)` call site: the method name, its `str` hash, and the cached slot.
pub struct MethodSite {
    name: &'static str,
    hash: i64,
    cache: AtomicU64,
}

impl MethodSite {
    /// An empty site for method `name` (`hash` is `hash_str(name)`).
    pub const fn new(name: &'static str, hash: i64) -> MethodSite {
        MethodSite {
            name,
            hash,
            cache: AtomicU64::new(0),
        }
    }

    /// `v.name`, looked up for a call.
    #[inline]
    pub fn bind<'a>(&self, v: &'a Value) -> PyResult<BoundCall<'a>> {
        if !matches!(v, Value::Instance(_) | Value::Class(_)) {
            let (id, table) = table_with_id(v);
            let cached = self.cache.load(Ordering::Relaxed);
            if id != 0
                && (cached >> 32) as u32 == id
                && let Some((_, f)) = table.get((cached as u32 as usize).wrapping_sub(1))
            {
                return Ok(BoundCall::Native(*f, v));
            }
            if id != 0
                && let Some(i) = position(table, self.name)
            {
                self.cache
                    .store(((id as u64) << 32) | (i as u64 + 1), Ordering::Relaxed);
                return Ok(BoundCall::Native(table[i].1, v));
            }
        }
        bind_method_h(v, self.name, self.hash)
    }

    /// `v.name(*args, **kw)` with the arguments already evaluated.
    #[inline]
    pub fn call(&self, v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
        self.bind(v)?.call(args, kw)
    }
}

/// A method looked up for a call, not yet called (see [`MethodSite::bind`]).
pub enum BoundCall<'a> {
    /// A built-in type's method and its receiver.
    Native(MethodFn, &'a Value),
    /// A function found on the class, called with the receiver in front (no bound method).
    Prepend(Value, &'a Value),
    /// Any other attribute, called as it is.
    Callable(Value),
}

impl BoundCall<'_> {
    /// Calls the method with `args` and `kw`.
    #[inline]
    pub fn call(self, args: &[Value], kw: Kw) -> PyResult<Value> {
        match self {
            BoundCall::Native(f, recv) => f(recv, args, kw),
            BoundCall::Prepend(f, recv) => crate::call::call_prepend(&f, recv, args, kw),
            BoundCall::Callable(m) => crate::call::call_kw(&m, args, kw),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_follows_the_receiver_type() {
        let site = MethodSite::new("count", crate::hash::hash_str("count"));
        let s = Value::str("banana");
        let l = Value::List(std::rc::Rc::new(crate::types::list::PyList::new(vec![
            Value::Int(1),
            Value::Int(1),
        ])));
        for _ in 0..2 {
            let n = site.call(&s, &[Value::str("a")], &[]).ok();
            assert!(matches!(n, Some(Value::Int(3))));
            let n = site.call(&l, &[Value::Int(1)], &[]).ok();
            assert!(matches!(n, Some(Value::Int(2))));
        }
        let missing = MethodSite::new("nope", crate::hash::hash_str("nope"));
        assert!(missing.call(&s, &[], &[]).is_err());
    }
}
