//! `set` and `frozenset`.
//!
//! Iteration order must match CPython under `PYTHONHASHSEED=0`, which requires CPython's own
//! open-addressing table (see `setobject.c`: linear probes then perturbation, resize at 3/5
//! full). The table below implements that layout.

use crate::hash::hash_value;
use crate::ops::key_eq;
use crate::value::{PyResult, Value};
use std::cell::RefCell;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

struct Table {
    slots: Vec<Slot>,
    used: usize,
    fill: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table { slots: vec![Slot::Empty; MIN_SIZE], used: 0, fill: 0 }
    }
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Index of the slot holding `key`, or of the slot where it would be inserted.
    fn lookup(&self, hash: i64, key: &Value) -> (usize, bool) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                let idx = i + j;
                match &self.slots[idx] {
                    Slot::Empty => return (freeslot.unwrap_or(idx), false),
                    Slot::Full(h, k) => {
                        if *h == hash && key_eq(k, key) {
                            return (idx, true);
                        }
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(idx);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=probes {
                if matches!(slots[i + j], Slot::Empty) {
                    slots[i + j] = Slot::Full(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Full(h, k) = s {
                Table::insert_clean(&mut self.slots, h, k);
            }
        }
    }

    fn add(&mut self, hash: i64, key: Value) {
        let (idx, found) = self.lookup(hash, &key);
        if found {
            return;
        }
        let was_empty = matches!(self.slots[idx], Slot::Empty);
        self.slots[idx] = Slot::Full(hash, key);
        self.used += 1;
        if !was_empty {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    fn discard(&mut self, hash: i64, key: &Value) -> bool {
        let (idx, found) = self.lookup(hash, key);
        if found {
            self.slots[idx] = Slot::Dummy;
            self.used -= 1;
        }
        found
    }
}

/// A Python `set` or `frozenset` object (which one is decided by the `Value` variant).
#[derive(Default)]
pub struct PySet {
    table: RefCell<Table>,
}

impl PySet {
    /// An empty set.
    pub fn new() -> PySet {
        PySet::default()
    }

    /// A set of `items` (duplicates dropped).
    pub fn from_values(items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
        let s = PySet::new();
        for v in items {
            s.add(v)?;
        }
        Ok(s)
    }

    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `s.add(v)`.
    pub fn add(&self, v: Value) -> PyResult<()> {
        let h = hash_value(&v)?;
        self.table.borrow_mut().add(h, v);
        Ok(())
    }

    /// `v in s`.
    pub fn contains(&self, v: &Value) -> PyResult<bool> {
        let h = hash_value(v)?;
        Ok(self.table.borrow().lookup(h, v).1)
    }

    /// `s.discard(v)`; returns whether it was present.
    pub fn discard(&self, v: &Value) -> PyResult<bool> {
        let h = hash_value(v)?;
        Ok(self.table.borrow_mut().discard(h, v))
    }

    /// Removes everything.
    pub fn clear(&self) {
        *self.table.borrow_mut() = Table::default();
    }

    /// The elements in table order (CPython's iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| if let Slot::Full(_, k) = s { Some(k.clone()) } else { None })
            .collect()
    }

    /// Removes and returns an arbitrary element, as `set.pop` does (first in table order).
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        let idx = t.slots.iter().position(|s| matches!(s, Slot::Full(..)))?;
        let Slot::Full(_, k) = std::mem::replace(&mut t.slots[idx], Slot::Dummy) else { return None };
        t.used -= 1;
        Some(k)
    }

    /// A shallow copy.
    pub fn copy(&self) -> PySet {
        PySet { table: RefCell::new(Table { slots: self.table.borrow().slots.clone(), used: self.len(), fill: self.table.borrow().fill }) }
    }

    /// `hash(frozenset)`, CPython's `frozenset_hash`.
    pub fn frozen_hash(&self) -> PyResult<i64> {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for s in &t.slots {
            if let Slot::Full(h, _) = s {
                hash ^= shuffle(*h as u64);
            }
        }
        hash ^= ((t.used as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        Ok(if h == -1 { 590923713 } else { h })
    }
}
