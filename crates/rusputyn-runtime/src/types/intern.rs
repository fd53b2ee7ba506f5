//! Interned `str` objects for names (attribute names, keyword names): storing a new key in
//! an attribute dict reuses one shared `PyStr` instead of allocating a copy per object.
//! Only short strings are interned, and the table is bounded, so names built at run time
//! (`setattr(obj, f"x{i}", ...)`) cannot grow it without limit.

use crate::types::str::PyStr;
use crate::value::Value;
use hashbrown::HashTable;
use std::cell::RefCell;
use std::rc::Rc;

const MAX_LEN: usize = 40;
const MAX_ENTRIES: usize = 4096;

thread_local! {
    static TABLE: RefCell<HashTable<Rc<PyStr>>> = RefCell::new(HashTable::new());
}

/// A `str` value for `s`, whose `hash_str` is `hash`; shared when `s` is a short name.
pub fn intern(s: &str, hash: i64) -> Value {
    if s.len() > MAX_LEN {
        return Value::str(s);
    }
    TABLE
        .try_with(|t| {
            let mut t = t.borrow_mut();
            if let Some(p) = t.find(hash as u64, |p| p.as_str() == s) {
                return Value::Str(p.clone());
            }
            let p = Rc::new(PyStr::new(s));
            p.cached_hash(|_| hash);
            if t.len() < MAX_ENTRIES {
                t.insert_unique(hash as u64, p.clone(), |q| {
                    q.cached_hash(crate::hash::hash_str) as u64
                });
            }
            Value::Str(p)
        })
        .unwrap_or_else(|_| Value::str(s))
}
