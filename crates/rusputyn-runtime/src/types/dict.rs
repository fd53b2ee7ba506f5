//! `dict`: an insertion-ordered hash map with Python key semantics (`1 == 1.0 == True` are
//! one key). Entries live in a vector in insertion order; a `hashbrown::HashTable` maps
//! hashes to entry indices. Deleted entries leave holes that are compacted when they
//! outnumber the live ones.

use crate::hash::{hash_str, hash_value};
use crate::ops::key_eq;
use crate::support::Globals;
use crate::value::{PyResult, Value};
use hashbrown::HashTable;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

/// Dicts with at most this many entry slots are searched linearly (comparing the stored
/// hash first) and have no hash index: most instance `__dict__`s and keyword dicts are that
/// small, and skipping the index saves an allocation and a probe per lookup.
const SMALL: usize = 8;

#[derive(Default)]
struct Inner {
    entries: Vec<Option<Entry>>,
    /// Hash index into `entries`, maintained only when `indexed`.
    table: HashTable<usize>,
    indexed: bool,
    live: usize,
    /// One bit per key hash (see [`filter_bit`]) of every key inserted since the dict was
    /// emptied or compacted: a clear bit proves a key absent without scanning (most misses
    /// of an instance dict: method names, class attributes).
    /// (32 bits: it fits in the padding after `indexed`, so the dict does not grow.)
    filter: u32,
}

/// The bit of [`Inner::filter`] standing for keys whose hash is `hash`.
#[inline(always)]
fn filter_bit(hash: i64) -> u32 {
    1 << (hash as u64 & 31)
}

/// A Python `dict` object.
#[derive(Default)]
pub struct PyDict {
    inner: RefCell<Inner>,
    /// Set for a compiled module's namespace: the module's slot table, which holds every
    /// string key naming one of its slots (see `support::Globals`); `inner` then holds only
    /// the other keys, ordered after the slots.
    slots: Option<Weak<Globals>>,
}

/// `a == b` for the short names attribute dicts hold, compared in place rather than through a
/// `memcmp` call (the hashes already matched, so they are almost always equal).
#[inline(always)]
pub(crate) fn name_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if a.len() > 16 {
        return a == b;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

fn h64(h: i64) -> u64 {
    h as u64
}

impl Inner {
    #[inline(always)]
    fn find_by(&self, hash: i64, mut matches: impl FnMut(&Entry) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if !self.indexed {
            if self.filter & filter_bit(hash) == 0 {
                return None;
            }
            return entries
                .iter()
                .position(|e| e.as_ref().is_some_and(|e| e.hash == hash && matches(e)));
        }
        self.table
            .find(h64(hash), |&i| {
                entries[i]
                    .as_ref()
                    .is_some_and(|e| e.hash == hash && matches(e))
            })
            .copied()
    }

    fn find(&self, hash: i64, key: &Value) -> Option<usize> {
        self.find_by(hash, |e| key_eq(&e.key, key))
    }

    #[inline]
    fn find_str(&self, hash: i64, key: &str) -> Option<usize> {
        self.find_by(
            hash,
            |e| matches!(&e.key, Value::Str(s) if name_eq(s.as_str(), key)),
        )
    }

    fn index_entry(&mut self, idx: usize, hash: i64) {
        let entries = &self.entries;
        self.table.insert_unique(h64(hash), idx, |&i| {
            h64(entries[i].as_ref().map_or(0, |e| e.hash))
        });
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.live += 1;
        self.filter |= filter_bit(hash);
        if self.indexed {
            self.index_entry(idx, hash);
        } else if self.entries.len() > SMALL {
            self.indexed = true;
            self.table.clear();
            for i in 0..self.entries.len() {
                if let Some(h) = self.entries[i].as_ref().map(|e| e.hash) {
                    self.index_entry(i, h);
                }
            }
        }
    }

    fn remove_at(&mut self, idx: usize) -> Entry {
        let hash = self.entries[idx].as_ref().map_or(0, |e| e.hash);
        if self.indexed
            && let Ok(entry) = self.table.find_entry(h64(hash), |&i| i == idx)
        {
            entry.remove();
        }
        let e = self.entries[idx].take().expect("live entry");
        self.live -= 1;
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.table.clear();
        self.indexed = false;
        self.live = 0;
        self.filter = 0;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
    }
}

impl PyDict {
    /// An empty dict.
    pub fn new() -> PyDict {
        PyDict::default()
    }

    /// The namespace dict of a compiled module whose slot table is `slots`.
    pub fn globals_view(slots: Weak<Globals>) -> PyDict {
        PyDict {
            inner: RefCell::default(),
            slots: Some(slots),
        }
    }

    /// The slot table and slot of a string key naming a module global, for a namespace view.
    #[inline]
    fn slot_of_str(&self, key: &str) -> Option<(Rc<Globals>, usize)> {
        let g = self.slots.as_ref()?.upgrade()?;
        let i = g.index_of(key)?;
        Some((g, i))
    }

    /// [`Self::slot_of_str`] for any key (only exact `str` keys name slots).
    #[inline]
    fn slot_of(&self, key: &Value) -> Option<(Rc<Globals>, usize)> {
        self.slots.as_ref()?;
        match key {
            Value::Str(s) => self.slot_of_str(s.as_str()),
            _ => None,
        }
    }

    /// The bound slots of a namespace view as pairs, in slot order (empty for other dicts).
    fn slot_pairs(&self) -> Vec<(Value, Value)> {
        let Some(g) = self.slots.as_ref().and_then(|w| w.upgrade()) else {
            return Vec::new();
        };
        (0..g.slot_count())
            .filter_map(|i| g.slot(i))
            .map(|(k, v)| (Value::str(k), v))
            .collect()
    }

    /// Builds a dict from pairs (later keys win, first position kept).
    pub fn from_pairs(pairs: impl IntoIterator<Item = (Value, Value)>) -> PyResult<PyDict> {
        let d = PyDict::new();
        for (k, v) in pairs {
            d.set(k, v)?;
        }
        Ok(d)
    }

    /// `len(d)`.
    pub fn len(&self) -> usize {
        let own = self.inner.borrow().live;
        match self.slots.as_ref().and_then(|w| w.upgrade()) {
            Some(g) => own + g.bound_count(),
            None => own,
        }
    }

    /// True for `{}`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `d.get(key)` without a default: `Ok(None)` when absent, `Err` when unhashable.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        if let Some((g, i)) = self.slot_of(key) {
            return Ok(g.slot(i).map(|(_, v)| v));
        }
        let hash = hash_value(key)?;
        let inner = self.inner.borrow();
        Ok(inner
            .find(hash, key)
            .and_then(|i| inner.entries[i].as_ref().map(|e| e.value.clone())))
    }

    /// Lookup by a string key (attribute dictionaries, keyword arguments).
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, hash_str(key))
    }

    /// Lookup by a string key whose `hash_str` is already known (attribute names are hashed
    /// at compile time).
    #[inline]
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        if self.slots.is_some()
            && let Some((g, i)) = self.slot_of_str(key)
        {
            return g.slot(i).map(|(_, v)| v);
        }
        let inner = self.inner.borrow();
        if !inner.indexed {
            if inner.filter & filter_bit(hash) == 0 {
                return None;
            }
            // A small dict (most instance `__dict__`s): one pass over the entries.
            for e in inner.entries.iter().flatten() {
                if e.hash == hash && matches!(&e.key, Value::Str(s) if name_eq(s.as_str(), key)) {
                    return Some(e.value.clone());
                }
            }
            return None;
        }
        inner
            .find_str(hash, key)
            .and_then(|i| inner.entries[i].as_ref().map(|e| e.value.clone()))
    }

    /// [`Self::get_str_hashed`] trying entry `hint` first, with the index the key was found
    /// at (`usize::MAX` for a module namespace's slot): attribute sites remember where their
    /// name sits (`types/attr_site.rs`), dataclass methods pass a field's position.
    #[inline]
    pub fn get_str_at(&self, key: &str, hash: i64, hint: usize) -> Option<(Value, usize)> {
        if self.slots.is_none()
            && let Ok(inner) = self.inner.try_borrow()
        {
            if let Some(Some(e)) = inner.entries.get(hint)
                && e.hash == hash
                && matches!(&e.key, Value::Str(s) if name_eq(s.as_str(), key))
            {
                return Some((e.value.clone(), hint));
            }
            let i = inner.find_str(hash, key)?;
            return inner.entries[i].as_ref().map(|e| (e.value.clone(), i));
        }
        self.get_str_hashed(key, hash).map(|v| (v, usize::MAX))
    }

    /// [`Self::set_str_hashed`] trying entry `hint` first; returns the key's index (the
    /// next call's hint; `usize::MAX` for a module namespace's slot).
    #[inline]
    pub fn set_str_at(&self, key: &str, hash: i64, hint: usize, value: Value) -> usize {
        if self.slots.is_none()
            && let Ok(mut inner) = self.inner.try_borrow_mut()
        {
            let (index, old) = match inner.entries.get_mut(hint) {
                Some(Some(e))
                    if e.hash == hash
                        && matches!(&e.key, Value::Str(s) if name_eq(s.as_str(), key)) =>
                {
                    (hint, Some(std::mem::replace(&mut e.value, value)))
                }
                _ => match inner.find_str(hash, key) {
                    Some(i) => (
                        i,
                        inner.entries[i]
                            .as_mut()
                            .map(|e| std::mem::replace(&mut e.value, value)),
                    ),
                    None => {
                        inner.insert_new(hash, crate::types::intern::intern(key, hash), value);
                        (inner.entries.len() - 1, None)
                    }
                },
            };
            // The replaced value is dropped after the borrow ends: its `__del__` may use
            // the dict.
            drop(inner);
            drop(old);
            return index;
        }
        self.set_str_hashed(key, hash, value);
        usize::MAX
    }

    /// `key in d`.
    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        if let Some((g, i)) = self.slot_of(key) {
            return Ok(g.slot(i).is_some());
        }
        let hash = hash_value(key)?;
        Ok(self.inner.borrow().find(hash, key).is_some())
    }

    /// `d[key] = value`.
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        if let Some((g, i)) = self.slot_of(&key) {
            g.set(i, value);
            return Ok(());
        }
        let hash = hash_value(&key)?;
        let mut inner = self.inner.borrow_mut();
        // The replaced value is dropped after the borrow ends: its `__del__` may use the dict.
        let _old = match inner.find(hash, &key) {
            Some(i) => inner.entries[i]
                .as_mut()
                .map(|e| std::mem::replace(&mut e.value, value)),
            None => {
                inner.insert_new(hash, key, value);
                None
            }
        };
        drop(inner);
        Ok(())
    }

    /// `d[key] = value` for a string key.
    pub fn set_str(&self, key: &str, value: Value) {
        self.set_str_hashed(key, hash_str(key), value)
    }

    /// `d[key] = value` for a string key whose `hash_str` is already known.
    pub fn set_str_hashed(&self, key: &str, hash: i64, value: Value) {
        if self.slots.is_some()
            && let Some((g, i)) = self.slot_of_str(key)
        {
            g.set(i, value);
            return;
        }
        let mut inner = self.inner.borrow_mut();
        let _old = match inner.find_str(hash, key) {
            Some(i) => inner.entries[i]
                .as_mut()
                .map(|e| std::mem::replace(&mut e.value, value)),
            None => {
                inner.insert_new(hash, crate::types::intern::intern(key, hash), value);
                None
            }
        };
        drop(inner);
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        if let Some((g, i)) = self.slot_of(key) {
            return Ok(g.take(i));
        }
        let hash = hash_value(key)?;
        let mut inner = self.inner.borrow_mut();
        Ok(match inner.find(hash, key) {
            Some(i) => Some(inner.remove_at(i).value),
            None => None,
        })
    }

    /// Removes a string key, returning its value if present.
    pub fn remove_str(&self, key: &str) -> Option<Value> {
        if let Some((g, i)) = self.slot_of_str(key) {
            return g.take(i);
        }
        let mut inner = self.inner.borrow_mut();
        let i = inner.find_str(hash_str(key), key)?;
        Some(inner.remove_at(i).value)
    }

    /// Removes and returns the last inserted pair (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut inner = self.inner.borrow_mut();
        let Some(idx) = inner.entries.iter().rposition(|e| e.is_some()) else {
            drop(inner);
            let (k, _) = self.slot_pairs().pop()?;
            let v = self.remove(&k).ok()??;
            return Some((k, v));
        };
        let e = inner.remove_at(idx);
        Some((e.key, e.value))
    }

    /// Removes everything.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.inner.borrow_mut());
        drop(old);
        if let Some(g) = self.slots.as_ref().and_then(|w| w.upgrade()) {
            g.clear();
        }
    }

    /// The keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        if self.slots.is_some() {
            return self.items().into_iter().map(|(k, _)| k).collect();
        }
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    /// The values, in order.
    pub fn values(&self) -> Vec<Value> {
        if self.slots.is_some() {
            return self.items().into_iter().map(|(_, v)| v).collect();
        }
        self.inner
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The pairs, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        let mut out = self.slot_pairs();
        out.extend(
            self.inner
                .borrow()
                .entries
                .iter()
                .flatten()
                .map(|e| (e.key.clone(), e.value.clone())),
        );
        out
    }

    /// Iteration support: the first live entry at or after raw position `pos`, and the next
    /// raw position. Callers detect mutation by comparing `len()` between steps.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        // A namespace view's raw positions number its slots first, then its own entries.
        let mut base = 0;
        if let Some(g) = self.slots.as_ref().and_then(|w| w.upgrade()) {
            base = g.slot_count();
            for i in pos..base {
                if let Some((k, v)) = g.slot(i) {
                    return Some((i + 1, Value::str(k), v));
                }
            }
        }
        let inner = self.inner.borrow();
        inner
            .entries
            .iter()
            .enumerate()
            .skip(pos.saturating_sub(base))
            .find_map(|(i, e)| {
                e.as_ref()
                    .map(|e| (base + i + 1, e.key.clone(), e.value.clone()))
            })
    }

    /// A shallow copy.
    pub fn copy(&self) -> PyDict {
        if self.slots.is_some() {
            let d = PyDict::new();
            for (k, v) in self.items() {
                let _ = d.set(k, v);
            }
            return d;
        }
        let inner = self.inner.borrow();
        let d = PyDict::new();
        {
            let mut out = d.inner.borrow_mut();
            for e in inner.entries.iter().flatten() {
                out.insert_new(e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_filter_never_hides_a_key() {
        let d = PyDict::new();
        // Equal keys of different types share a hash, hence a filter bit.
        d.set(Value::Int(1), Value::str("one")).unwrap();
        assert!(matches!(d.get(&Value::Float(1.0)), Ok(Some(_))));
        assert!(matches!(d.get(&Value::Bool(true)), Ok(Some(_))));
        // Names: found after insertion, absent after removal, found again when re-added,
        // and absent after `clear` (which resets the filter).
        let names: Vec<String> = (0..40).map(|i| format!("attr{i}")).collect();
        for n in &names {
            d.set_str(n, Value::str(n));
        }
        for n in &names {
            assert!(d.get_str(n).is_some(), "{n}");
        }
        d.remove(&Value::str("attr3")).unwrap();
        assert!(d.get_str("attr3").is_none());
        d.set_str("attr3", Value::None);
        assert!(d.get_str("attr3").is_some());
        d.clear();
        assert!(names.iter().all(|n| d.get_str(n).is_none()));
        d.set_str("x", Value::None);
        assert!(d.get_str("x").is_some() && d.get_str("y").is_none());
    }
}
