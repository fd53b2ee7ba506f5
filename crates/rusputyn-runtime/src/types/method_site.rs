//! Inline caches for method-call sites (`obj.name(...)` in compiled code).
//!
//! Codegen gives every method-call site its own `static` [`MethodSite`]. When the receiver
//! is a built-in value (`list`, `str`, `dict`, ...), the site remembers which method table
//! it saw last and where `name` sits in it, so the next call with a receiver of the same
//! type indexes the table directly instead of searching it by name. The methods of built-in
//! types cannot be replaced, so a hit is always the method a full lookup would find.
//! Instances, classes and modules take [`call_method_h`], unchanged.
//!
//! The cache is one `AtomicU64` (`table id << 32 | index + 1`, 0 = empty) read and written
//! with `Relaxed` ordering: a plain load and store, and consistent even if an embedder calls
//! compiled code from several threads.

use crate::types::function::Kw;
use crate::types::methods::{position, table_with_id};
use crate::types::object::call_method_h;
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

    /// `v.name(*args, **kw)`.
    #[inline]
    pub fn call(&self, v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
        if !matches!(v, Value::Instance(_) | Value::Class(_)) {
            let (id, table) = table_with_id(v);
            let cached = self.cache.load(Ordering::Relaxed);
            if id != 0
                && (cached >> 32) as u32 == id
                && let Some((_, f)) = table.get((cached as u32 as usize).wrapping_sub(1))
            {
                return f(v, args, kw);
            }
            if id != 0
                && let Some(i) = position(table, self.name)
            {
                self.cache
                    .store(((id as u64) << 32) | (i as u64 + 1), Ordering::Relaxed);
                return (table[i].1)(v, args, kw);
            }
        }
        call_method_h(v, self.name, self.hash, args, kw)
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
