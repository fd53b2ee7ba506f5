//! Inline caches for attribute reads and writes (`obj.name`, `obj.name = v` in compiled
//! code).
//!
//! Codegen gives every attribute site its own `static` [`AttrSite`]. For an instance whose
//! attributes live in its `__dict__` (the fast path of `getattr`/`setattr`), the site
//! remembers at which entry of the dict it last found its name and tries that entry first:
//! instances of one class usually assign their attributes in the same order, so the entry
//! index carries over from one instance to the next. A hint is only a place to look first:
//! the entry's key is compared every time, and a miss searches the dict as before. Every
//! other receiver takes `get_attr_h` / `set_attr_h` unchanged.
//!
//! The hint is an `AtomicUsize` read and written with `Relaxed` ordering: a plain load and
//! store, consistent even if an embedder calls compiled code from several threads.

use crate::types::object::{
    get_attr_general, get_attr_not_in_dict, reads_from_dict, set_attr_general, writes_to_dict,
};
use crate::value::{PyResult, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One `obj.name` site: the attribute name, its `str` hash, and the remembered entry.
pub struct AttrSite {
    name: &'static str,
    hash: i64,
    hint: AtomicUsize,
}

impl AttrSite {
    /// A site for attribute `name` (`hash` is `hash_str(name)`), with no hint yet.
    pub const fn new(name: &'static str, hash: i64) -> AttrSite {
        AttrSite {
            name,
            hash,
            hint: AtomicUsize::new(0),
        }
    }

    /// `v.name`.
    #[inline]
    pub fn get(&self, v: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = v
            && reads_from_dict(inst)
        {
            let hint = self.hint.load(Ordering::Relaxed);
            if let Some((x, at)) = inst.dict.get_str_at(self.name, self.hash, hint) {
                if at != hint {
                    self.hint.store(at, Ordering::Relaxed);
                }
                return Ok(x);
            }
            return get_attr_not_in_dict(v, inst, self.name, self.hash);
        }
        get_attr_general(v, self.name, self.hash)
    }

    /// `v.name = value`.
    #[inline]
    pub fn set(&self, v: &Value, value: Value) -> PyResult<()> {
        if let Value::Instance(inst) = v
            && writes_to_dict(inst)
        {
            let hint = self.hint.load(Ordering::Relaxed);
            let at = inst.dict.set_str_at(self.name, self.hash, hint, value);
            if at != hint {
                self.hint.store(at, Ordering::Relaxed);
            }
            return Ok(());
        }
        set_attr_general(v, self.name, self.hash, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::class::Class;
    use std::rc::Rc;

    fn instance(class: &Rc<Class>) -> Value {
        crate::types::object::construct(class, &[], &[]).expect("instance")
    }

    #[test]
    fn hint_is_checked_not_trusted() {
        let class = Class::new_user("P", "P", "__main__", vec![]).expect("class");
        let (a, b) = (instance(&class), instance(&class));
        let x = AttrSite::new("x", crate::hash::hash_str("x"));
        let y = AttrSite::new("y", crate::hash::hash_str("y"));
        // `a` stores x then y, `b` y then x: the same site finds each at different entries.
        x.set(&a, Value::Int(1)).unwrap();
        y.set(&a, Value::Int(2)).unwrap();
        y.set(&b, Value::Int(3)).unwrap();
        x.set(&b, Value::Int(4)).unwrap();
        for _ in 0..2 {
            assert!(matches!(x.get(&a), Ok(Value::Int(1))));
            assert!(matches!(x.get(&b), Ok(Value::Int(4))));
            assert!(matches!(y.get(&a), Ok(Value::Int(2))));
            assert!(matches!(y.get(&b), Ok(Value::Int(3))));
        }
        let missing = AttrSite::new("z", crate::hash::hash_str("z"));
        assert!(missing.get(&a).is_err());
    }
}
