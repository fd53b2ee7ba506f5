//! `list`: a mutable sequence behind a `RefCell`.
//!
//! Borrow discipline: a borrow of `items` is never held across a call into Python code
//! (comparisons, `key=` functions, `__eq__`), because that code may mutate the list. Methods
//! copy out what they need first.

use crate::value::Value;
use std::cell::{Ref, RefCell, RefMut};

/// A Python `list` object.
pub struct PyList {
    items: RefCell<Vec<Value>>,
}

impl Drop for PyList {
    /// Releases the items last to first, as CPython's `list_dealloc` does (the order in which
    /// `__del__` methods run).
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while items.pop().is_some() {}
    }
}

impl PyList {
    /// A list of `items`.
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }

    /// Shared borrow of the elements.
    #[inline]
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    /// Mutable borrow of the elements.
    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.items.borrow_mut()
    }

    /// `len(l)`.
    #[inline]
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// True for `[]`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of the elements (safe to iterate while calling Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    /// Element `i` (already normalised and in range), cloned.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `l.append(v)`.
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }
}
