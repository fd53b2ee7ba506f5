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

/// Entries of the direct-mapped front cache of [`TABLE`].
const RECENT: usize = 64;

thread_local! {
    static TABLE: RefCell<HashTable<Rc<PyStr>>> = RefCell::new(HashTable::new());
    /// The names interned most recently, by hash bits: instance creation stores the same few
    /// attribute names over and over.
    static RECENT_NAMES: RefCell<[Option<Rc<PyStr>>; RECENT]> =
        const { RefCell::new([const { None }; RECENT]) };
}

/// A `str` value for `s`, whose `hash_str` is `hash`; shared when `s` is a short name.
pub fn intern(s: &str, hash: i64) -> Value {
    if s.len() > MAX_LEN {
        return Value::str(s);
    }
    let way = (hash as u64 >> 5) as usize % RECENT;
    let recent = RECENT_NAMES.try_with(|r| {
        let r = r.try_borrow().ok()?;
        match &r[way] {
            Some(p) if crate::types::dict::name_eq(p.as_str(), s) => Some(p.clone()),
            _ => None,
        }
    });
    if let Ok(Some(p)) = recent {
        return Value::Str(p);
    }
    let v = intern_slow(s, hash);
    if let Value::Str(p) = &v {
        let _ = RECENT_NAMES.try_with(|r| {
            if let Ok(mut r) = r.try_borrow_mut() {
                r[way] = Some(p.clone());
            }
        });
    }
    v
}

/// [`intern`] through the table.
fn intern_slow(s: &str, hash: i64) -> Value {
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
