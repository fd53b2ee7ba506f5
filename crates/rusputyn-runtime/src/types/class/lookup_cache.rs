//! The per-class attribute lookup cache: `name → what the MRO walk finds` (a value or
//! nothing), so `obj.method()`, class attributes and special-method lookups stop walking the
//! MRO on every access.
//!
//! Invariant: whoever changes a class namespace after the class was created calls
//! [`Class::invalidate_lookups`] on it, which empties the cache of the class and of every live
//! class deriving from it (the only classes whose MRO contains that namespace). The MRO itself
//! never changes after creation.

use super::Class;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Entries per class. A name may sit in either of two entries chosen by two different bit
/// fields of its hash, so two hot names rarely keep evicting each other.
const WAYS: usize = 32;

struct Entry {
    hash: i64,
    name: Box<str>,
    found: Option<Value>,
}

/// A class's cache of MRO lookups (see the module documentation).
#[derive(Default)]
pub struct LookupCache {
    slots: RefCell<[Option<Entry>; WAYS]>,
    /// Whether instances are plain `object.__new__` objects (see
    /// `object::construct`): 0 not known yet, 1 yes, 2 no.
    plain: Cell<u8>,
}

#[inline]
fn ways(hash: i64) -> (usize, usize) {
    let h = hash as u64;
    ((h >> 3) as usize % WAYS, (h >> 17) as usize % WAYS)
}

#[inline]
fn holds(e: &Option<Entry>, name: &str, hash: i64) -> bool {
    matches!(e, Some(e) if e.hash == hash && crate::types::dict::name_eq(&e.name, name))
}

impl LookupCache {
    /// The cached result of looking `name` up, if any: `Some(None)` when the MRO is known
    /// not to hold `name`.
    #[inline]
    pub fn get(&self, name: &str, hash: i64) -> Option<Option<Value>> {
        let slots = self.slots.try_borrow().ok()?;
        let (a, b) = ways(hash);
        let e = if holds(&slots[a], name, hash) {
            &slots[a]
        } else if holds(&slots[b], name, hash) {
            &slots[b]
        } else {
            return None;
        };
        e.as_ref().map(|e| e.found.clone())
    }

    /// Records the result of looking `name` up.
    pub fn put(&self, name: &str, hash: i64, found: Option<Value>) {
        let Ok(mut slots) = self.slots.try_borrow_mut() else {
            return;
        };
        let (a, b) = ways(hash);
        // The first entry unless it is taken and the second is free.
        let i = if slots[a].is_some() && slots[b].is_none() {
            b
        } else {
            a
        };
        let old = slots[i].replace(Entry {
            hash,
            name: name.into(),
            found,
        });
        drop(slots);
        // Dropped after the borrow ends: a value's finalizer may look attributes up.
        drop(old);
    }

    /// Whether instances of the class are plain objects, computed by `compute` once per
    /// namespace version.
    #[inline]
    pub fn plain_instances(&self, compute: impl FnOnce() -> bool) -> bool {
        match self.plain.get() {
            1 => true,
            2 => false,
            _ => {
                let plain = compute();
                self.plain.set(if plain { 1 } else { 2 });
                plain
            }
        }
    }

    /// Forgets every entry.
    pub fn clear(&self) {
        self.plain.set(0);
        let old = match self.slots.try_borrow_mut() {
            Ok(mut slots) => std::mem::take(&mut *slots),
            Err(_) => return,
        };
        drop(old);
    }
}

impl Class {
    /// Empties the lookup cache of this class and of every live class deriving from it;
    /// called after any change to this class's namespace made after its creation.
    pub fn invalidate_lookups(self: &Rc<Self>) {
        self.ext.lookups.clear();
        let mut seen: Vec<Rc<Class>> = Vec::new();
        let mut todo = self.subclasses();
        while let Some(c) = todo.pop() {
            if seen.iter().any(|s| Rc::ptr_eq(s, &c)) {
                continue;
            }
            c.ext.lookups.clear();
            todo.extend(c.subclasses());
            seen.push(c);
        }
    }
}
