//! `set` and `frozenset`: CPython 3.11's open-addressing hash table, slot for slot.
//!
//! Iteration order is a user-visible promise: `print({...})` must show the elements in the
//! order CPython shows them under `PYTHONHASHSEED=0`. That order is the table's slot order,
//! so this file reproduces `Objects/setobject.c` of CPython 3.11 exactly:
//!
//! - the table starts with 8 slots; a probe sequence visits the home slot `hash & mask`, then
//!   up to 9 linear neighbours (`LINEAR_PROBES`, only when they do not wrap), then jumps with
//!   `i = i*5 + 1 + perturb` where `perturb` is the hash shifted right by 5 each round;
//! - an insertion reuses the *last* dummy (deleted) slot seen on the probe path (measured:
//!   CPython keeps overwriting its `freeslot`);
//! - after an insertion into a never-used slot, the table grows when `fill*5 >= mask*3`, to
//!   the smallest power of two greater than `used*4` (`used*2` above 50000 elements), and the
//!   live entries are re-inserted in old slot order without comparisons;
//! - merging one set into another (`set_merge`: `update`, `|`, `union`, `copy`, `set(s)`)
//!   resizes once up front and, into an empty table, copies slots verbatim when the sizes
//!   agree;
//! - `pop` scans from a "finger" left after the previous `pop`.
//!
//! The algorithms of the set operations themselves (which operand is iterated, which one is
//! copied) live in `set_methods.rs` and follow `setobject.c` too, since they decide both the
//! order and which of two equal keys (`1`, `1.0`, `True`) survives.

use crate::hash::hash_value;
use crate::ops::key_eq;
use crate::value::{PyResult, Value};
use std::cell::RefCell;

/// How many neighbouring slots are probed linearly before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// How far `perturb` shifts each round (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;
/// The initial and minimum table size (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;

/// One table slot.
#[derive(Clone)]
enum Slot {
    /// Never used (`key == NULL`): ends a probe sequence.
    Empty,
    /// A deleted entry (`key == dummy`): probes continue past it; insertions may reuse it.
    Dummy,
    /// A live entry with its cached hash.
    Full(i64, Value),
}

/// The hash table (`PySetObject` minus the object header).
#[derive(Clone)]
struct Table {
    slots: Vec<Slot>,
    /// Live entries.
    used: usize,
    /// Live plus dummy entries.
    fill: usize,
    /// Where the next `pop` starts scanning.
    finger: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            slots: vec![Slot::Empty; MIN_SIZE],
            used: 0,
            fill: 0,
            finger: 0,
        }
    }
}

/// The probe sequence of `setobject.c`: yields slot indices in the order CPython visits them.
/// It never ends by itself; callers stop at an empty slot or a match.
struct Probe {
    mask: usize,
    perturb: u64,
    /// Start of the current linear run.
    base: usize,
    /// Offset inside the current linear run.
    j: usize,
    /// Length of the current linear run minus one (0 when it would wrap).
    probes: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let base = (hash as u64 as usize) & mask;
        Probe {
            mask,
            perturb: hash as u64,
            base,
            j: 0,
            probes: if base + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
        }
    }
}

impl Iterator for Probe {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.j > self.probes {
            self.perturb >>= PERTURB_SHIFT;
            self.base = (self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize))
                & self.mask;
            self.j = 0;
            self.probes = if self.base + LINEAR_PROBES <= self.mask {
                LINEAR_PROBES
            } else {
                0
            };
        }
        let idx = self.base + self.j;
        self.j += 1;
        Some(idx)
    }
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_lookkey`: the slot holding `key`, if any.
    fn find(&self, hash: i64, key: &Value) -> Option<usize> {
        for idx in Probe::new(hash, self.mask()) {
            match &self.slots[idx] {
                Slot::Empty => return None,
                Slot::Full(h, k) if *h == hash && key_eq(k, key) => return Some(idx),
                _ => {}
            }
        }
        None
    }

    /// `set_insert_clean`: places an entry known to be absent, in a table without dummies.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        for idx in Probe::new(hash, mask) {
            if matches!(slots[idx], Slot::Empty) {
                slots[idx] = Slot::Full(hash, key);
                return;
            }
        }
    }

    /// `set_table_resize`: a fresh table of the smallest power of two above `minused`, with the
    /// live entries re-inserted in old slot order.
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

    /// `set_add_entry`: inserts unless an equal key is present (the old key is kept).
    fn add(&mut self, hash: i64, key: Value) {
        let mut freeslot: Option<usize> = None;
        let mut empty = 0;
        for idx in Probe::new(hash, self.mask()) {
            match &self.slots[idx] {
                Slot::Empty => {
                    empty = idx;
                    break;
                }
                Slot::Full(h, k) => {
                    if *h == hash && key_eq(k, &key) {
                        return;
                    }
                }
                // The *last* dummy on the probe path is reused: measured against CPython
                // 3.11 (e.g. `s = {1, 9, 17}; s.discard(1); s.discard(17); s.add(25)` puts
                // 25 in 17's old slot, after 9).
                Slot::Dummy => freeslot = Some(idx),
            }
        }
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Full(hash, key);
            return;
        }
        self.slots[empty] = Slot::Full(hash, key);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
    }

    /// The `minused` CPython passes to `set_table_resize` when growing after inserts.
    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_discard_entry`: turns the entry into a dummy; true when it was present.
    fn discard(&mut self, hash: i64, key: &Value) -> bool {
        match self.find(hash, key) {
            Some(idx) => {
                self.slots[idx] = Slot::Dummy;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `set_merge`: adds every entry of `other` (a different table).
    fn merge(&mut self, other: &Table) {
        if other.used == 0 {
            return;
        }
        // One big resize up front, expecting few overlapping keys.
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, no dummies: the slots can be copied verbatim.
            self.slots.clone_from(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in &other.slots {
                if let Slot::Full(h, k) = s {
                    Table::insert_clean(&mut self.slots, *h, k.clone());
                }
            }
            return;
        }
        for s in &other.slots {
            if let Slot::Full(h, k) = s {
                self.add(*h, k.clone());
            }
        }
    }

    /// The live entries with their hashes, in slot order (`set_next`).
    fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| {
                if let Slot::Full(h, k) = s {
                    Some((*h, k.clone()))
                } else {
                    None
                }
            })
            .collect()
    }
}

/// Whether CPython would already hold an interned `str` equal to `s`, distinct from the
/// constant object, when it creates the code object (`all_name_chars` strings only).
fn already_interned(s: &str, program_names: &[&str]) -> bool {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return false;
    }
    if s.len() == 1 {
        // Measured with CPython 3.11: these one-character strings are interned at start-up.
        return "abcdefhijklmnopqrstvwxyBCLST_".contains(s);
    }
    program_names.contains(&s)
        || (s.starts_with("__") && s.ends_with("__"))
        || crate::builtins::builtin_value(s).is_some()
        || is_builtin_method_name(s)
}

/// Whether `s` names a method of a built-in type (CPython interns those at start-up).
fn is_builtin_method_name(s: &str) -> bool {
    if matches!(
        s,
        "real" | "imag" | "numerator" | "denominator" | "start" | "stop" | "step"
    ) {
        return true;
    }
    let samples = [
        Value::str(""),
        Value::list(Vec::new()),
        Value::empty_tuple(),
        Value::Int(0),
        Value::Float(0.0),
        Value::Bytes(Vec::new().into()),
        Value::Dict(std::rc::Rc::new(crate::types::dict::PyDict::new())),
        Value::Set(std::rc::Rc::new(PySet::new())),
    ];
    samples
        .iter()
        .any(|v| crate::types::methods::lookup(v, s).is_some())
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

    /// A set of `items` added one by one, in order (what a set display `{a, b, c}` with
    /// non-constant elements, a set comprehension, or `set(list)` builds).
    pub fn from_values(items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
        let s = PySet::new();
        for v in items {
            s.add(v)?;
        }
        Ok(s)
    }

    /// A set display whose elements are all constants, e.g. `{1, 2, 3}`; `program_names` are
    /// the identifiers appearing anywhere in the program's source (see below).
    ///
    /// CPython 3.11 compiles a display of three or more constants to `BUILD_SET 0;
    /// LOAD_CONST frozenset(...); SET_UPDATE`, and the order of the frozenset constant depends
    /// on how the compiler built it: the folded elements are added one by one, then
    /// `merge_consts_recursive` rebuilds the frozenset from its own iteration order, and
    /// `intern_string_constants` rebuilds it once more when one of its `str` elements is an
    /// identifier-like string that was already interned as a different object (a name used
    /// in the program, a built-in name, most one-letter names, a dunder). That table is
    /// finally merged into the new set. Each step can change the order compared with
    /// [`PySet::from_values`], which code generators use for displays of one or two
    /// constants or with any non-constant element. The interning test is a measured
    /// approximation of CPython's interpreter state (see `tests/sets.rs`).
    pub fn from_const_display(
        items: impl IntoIterator<Item = Value>,
        program_names: &[&str],
    ) -> PyResult<PySet> {
        let mut frozen = PySet::from_values(items)?;
        frozen = PySet::from_values(frozen.items())?;
        let reinterned = frozen
            .items()
            .iter()
            .any(|v| matches!(v, Value::Str(s) if already_interned(s.as_str(), program_names)));
        if reinterned {
            frozen = PySet::from_values(frozen.items())?;
        }
        let s = PySet::new();
        s.merge(&frozen);
        Ok(s)
    }

    /// `set(iterable)` / `frozenset(iterable)` (`make_new_set`): the fast paths for sets and
    /// dicts that CPython takes, which size the table differently from adding one by one.
    pub fn from_iterable(iterable: &Value) -> PyResult<PySet> {
        let s = PySet::new();
        s.update_from(iterable)?;
        Ok(s)
    }

    /// `set_update_internal`: adds the elements of any iterable, with CPython's fast paths.
    pub fn update_from(&self, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(o) | Value::FrozenSet(o) => {
                self.merge(o);
                Ok(())
            }
            Value::Dict(d) => {
                let keys = d.keys();
                {
                    let mut t = self.table.borrow_mut();
                    if (t.fill + keys.len()) * 5 >= t.mask() * 3 {
                        let target = (t.used + keys.len()) * 2;
                        t.resize(target);
                    }
                }
                for k in keys {
                    self.add(k)?;
                }
                Ok(())
            }
            _ => {
                let it = crate::types::iter::iter(other)?;
                while let Some(x) = crate::types::iter::next(&it)? {
                    self.add(x)?;
                }
                Ok(())
            }
        }
    }

    /// `set_merge(self, other)`; merging a set into itself does nothing.
    pub fn merge(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let o = other.table.borrow();
        self.table.borrow_mut().merge(&o);
    }

    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// The number of slots in the hash table (what `sys.getsizeof` reflects in CPython).
    pub fn table_size(&self) -> usize {
        self.table.borrow().slots.len()
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

    /// Adds an entry whose hash is already known (copied from another set's table).
    pub fn add_hashed(&self, hash: i64, v: Value) {
        self.table.borrow_mut().add(hash, v);
    }

    /// `v in s`.
    pub fn contains(&self, v: &Value) -> PyResult<bool> {
        // CPython's `set_contains` retries an unhashable `set` as a `frozenset`.
        if let Value::Set(s) = v {
            return self.contains(&Value::FrozenSet(s.clone()));
        }
        let h = hash_value(v)?;
        Ok(self.table.borrow().find(h, v).is_some())
    }

    /// Membership test with a precomputed hash.
    pub fn contains_hashed(&self, hash: i64, v: &Value) -> bool {
        self.table.borrow().find(hash, v).is_some()
    }

    /// `s.discard(v)`; returns whether it was present.
    pub fn discard(&self, v: &Value) -> PyResult<bool> {
        let h = hash_value(v)?;
        Ok(self.table.borrow_mut().discard(h, v))
    }

    /// Discard with a precomputed hash.
    pub fn discard_hashed(&self, hash: i64, v: &Value) -> bool {
        self.table.borrow_mut().discard(hash, v)
    }

    /// Removes everything (`set_clear_internal`: back to the 8-slot table; the `pop` finger
    /// is kept, as CPython keeps it).
    pub fn clear(&self) {
        let mut t = self.table.borrow_mut();
        let finger = t.finger;
        *t = Table::default();
        t.finger = finger;
    }

    /// The elements in table order (CPython's iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| {
                if let Slot::Full(_, k) = s {
                    Some(k.clone())
                } else {
                    None
                }
            })
            .collect()
    }

    /// The next live element at or after slot `pos`, with the slot after it: the step of
    /// CPython's `setiter_iternext`, for an iterator that walks the live table (callers
    /// compare [`PySet::len`] with the length seen at creation and raise
    /// `RuntimeError: Set changed size during iteration` when it changed).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        t.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, s)| match s {
                Slot::Full(_, k) => Some((i + 1, k.clone())),
                _ => None,
            })
    }

    /// The elements with their hashes, in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table.borrow().entries()
    }

    /// Removes and returns an arbitrary element, as `set.pop` does: the first live slot at
    /// or after the finger left by the previous `pop`.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut idx = t.finger & mask;
        while !matches!(t.slots[idx], Slot::Full(..)) {
            idx = if idx == mask { 0 } else { idx + 1 };
        }
        let Slot::Full(_, k) = std::mem::replace(&mut t.slots[idx], Slot::Dummy) else {
            return None;
        };
        t.used -= 1;
        t.finger = idx + 1;
        Some(k)
    }

    /// A shallow copy (`set_copy`: a merge into a new, empty set).
    pub fn copy(&self) -> PySet {
        let s = PySet::new();
        s.table.borrow_mut().merge(&self.table.borrow());
        s
    }

    /// Exchanges the contents of two sets (`set_swap_bodies`, used by the in-place
    /// operators that compute a new table and then adopt it). The `pop` fingers stay.
    pub fn swap_bodies(&self, other: &PySet) {
        if std::ptr::eq(self, other) {
            return;
        }
        let mut a = self.table.borrow_mut();
        let mut b = other.table.borrow_mut();
        std::mem::swap(&mut a.slots, &mut b.slots);
        std::mem::swap(&mut a.used, &mut b.used);
        std::mem::swap(&mut a.fill, &mut b.fill);
    }

    /// After a bulk removal (`difference_update`): when more than a quarter of the slots are
    /// dummies, rebuild the table (CPython's `set_difference_update_internal` epilogue).
    pub fn shrink_after_removals(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used <= t.mask() / 4 {
            return;
        }
        let target = t.growth_target();
        t.resize(target);
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
        // The xor-sum cancels pairs; CPython also mixes in the count.
        hash ^= ((t.used as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        Ok(if h == -1 { 590923713 } else { h })
    }
}
