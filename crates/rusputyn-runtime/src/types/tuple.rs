//! `tuple`: an immutable sequence.

use crate::value::Value;

/// A Python `tuple` object.
pub struct PyTuple {
    items: Box<[Value]>,
}

impl Drop for PyTuple {
    /// Releases the items last to first, as CPython's `tupledealloc` does (the order in which
    /// `__del__` methods run).
    fn drop(&mut self) {
        let mut items = std::mem::take(&mut self.items).into_vec();
        while items.pop().is_some() {}
    }
}

impl PyTuple {
    /// A tuple of `items`.
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }

    /// The elements.
    pub fn items(&self) -> &[Value] {
        &self.items
    }

    /// `len(t)`.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True for `()`.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
