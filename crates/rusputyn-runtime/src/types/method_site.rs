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

use crate::call::BoundCall;
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

    /// `v.name`, looked up for a call (the arguments are evaluated after this).
    #[inline]
    pub fn bind<'a>(&self, v: &'a Value) -> PyResult<BoundCall<'a>> {
        if !matches!(v, Value::Instance(_) | Value::Class(_)) {
            let (id, table) = table_with_id(v);
            if id != 0 {
                let cached = self.cache.load(Ordering::Relaxed);
                let i = if (cached >> 32) as u32 == id {
                    (cached as u32 as usize).wrapping_sub(1)
                } else {
                    let i = position(table, self.name).unwrap_or(usize::MAX);
                    if i != usize::MAX {
                        self.cache
                            .store(((id as u64) << 32) | (i as u64 + 1), Ordering::Relaxed);
                    }
                    i
                };
                if let Some(&(n, f)) = table.get(i) {
                    return Ok(BoundCall::Native(n, f, v));
                }
            }
        }
        bind_method_h(v, self.name, self.hash)
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
            let n = site
                .bind(&s)
                .and_then(|m| m.call(&[Value::str("a")], &[]))
                .ok();
            assert!(matches!(n, Some(Value::Int(3))));
            let n = site
                .bind(&l)
                .and_then(|m| m.call(&[Value::Int(1)], &[]))
                .ok();
            assert!(matches!(n, Some(Value::Int(2))));
        }
        let missing = MethodSite::new("nope", crate::hash::hash_str("nope"));
        assert!(missing.bind(&s).is_err());
    }
}
