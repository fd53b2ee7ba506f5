//! `copy.deepcopy` for `set(..., inplace=False)`, native for JSON data.
//!
//! Upstream copies the document with `copy.deepcopy` before modifying it,
//! which in pure Python dominates the cost of a non-inplace `set`. Exact
//! `dict`, `list` and `tuple` containers and the atomic JSON scalars
//! (`str`, `int`, `float`, `bool`, `None`) are copied here with the same
//! semantics (shared references stay shared, cycles are preserved, tuples
//! whose items are unchanged are reused). Any other object is handed to
//! `copy.deepcopy` itself with a memo dict kept in sync with ours, so
//! `__deepcopy__`, `__reduce_ex__` and subclasses behave exactly as before.

use std::collections::HashMap;

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

static DEEPCOPY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Deep-copies `obj` like `copy.deepcopy(obj)`.
pub fn deepcopy<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    Copier {
        memo: HashMap::new(),
        order: Vec::new(),
        pymemo: None,
        synced: 0,
    }
    .copy(obj)
}

struct Copier<'py> {
    /// id(original) → (original kept alive, copy).
    memo: HashMap<usize, (Bound<'py, PyAny>, Bound<'py, PyAny>)>,
    /// Insertion order of `memo`, to sync new entries into `pymemo`.
    order: Vec<usize>,
    /// The memo handed to `copy.deepcopy` for foreign objects, once needed.
    pymemo: Option<Bound<'py, PyDict>>,
    /// How many entries of `order` are already in `pymemo`.
    synced: usize,
}

fn is_atomic(obj: &Bound<'_, PyAny>) -> bool {
    obj.is_exact_instance_of::<PyString>()
        || obj.is_exact_instance_of::<PyInt>()
        || obj.is_exact_instance_of::<PyFloat>()
        || obj.is_exact_instance_of::<PyBool>()
        || obj.is_none()
}

/// Guards native recursion with Python's own recursion limit, so absurdly
/// deep documents raise `RecursionError` instead of overflowing the stack.
struct Depth;

impl Depth {
    fn enter(py: Python<'_>) -> PyResult<Depth> {
        // SAFETY: attached to the interpreter; the message is a C string.
        if unsafe { pyo3::ffi::Py_EnterRecursiveCall(c" while deep-copying".as_ptr()) } != 0 {
            return Err(PyErr::fetch(py));
        }
        Ok(Depth)
    }
}

impl Drop for Depth {
    fn drop(&mut self) {
        // SAFETY: paired with the successful Py_EnterRecursiveCall above.
        unsafe { pyo3::ffi::Py_LeaveRecursiveCall() };
    }
}

impl<'py> Copier<'py> {
    fn lookup(&self, id: usize) -> PyResult<Option<Bound<'py, PyAny>>> {
        if let Some((_, copy)) = self.memo.get(&id) {
            return Ok(Some(copy.clone()));
        }
        match &self.pymemo {
            Some(m) => m.get_item(id),
            None => Ok(None),
        }
    }

    fn remember(&mut self, original: &Bound<'py, PyAny>, copy: &Bound<'py, PyAny>) {
        let id = original.as_ptr() as usize;
        self.memo.insert(id, (original.clone(), copy.clone()));
        self.order.push(id);
    }

    fn copy(&mut self, obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        if is_atomic(obj) {
            return Ok(obj.clone());
        }
        let py = obj.py();
        let id = obj.as_ptr() as usize;
        if let Some(done) = self.lookup(id)? {
            return Ok(done);
        }
        if let Ok(list) = obj.cast_exact::<PyList>() {
            let _depth = Depth::enter(py)?;
            let out = PyList::empty(py);
            self.remember(obj, out.as_any());
            // Index loop: a foreign item's __deepcopy__ may mutate the list.
            let mut i = 0;
            while i < list.len() {
                let item = list.get_item(i)?;
                out.append(self.copy(&item)?)?;
                i += 1;
            }
            return Ok(out.into_any());
        }
        if let Ok(dict) = obj.cast_exact::<PyDict>() {
            let _depth = Depth::enter(py)?;
            let out = PyDict::new(py);
            self.remember(obj, out.as_any());
            // Snapshot: iterating the dict itself would not survive mutation.
            let keys = dict.keys();
            let values = dict.values();
            for (k, v) in keys.iter().zip(values.iter()) {
                let k = self.copy(&k)?;
                let v = self.copy(&v)?;
                out.set_item(k, v)?;
            }
            return Ok(out.into_any());
        }
        if let Ok(tuple) = obj.cast_exact::<PyTuple>() {
            let _depth = Depth::enter(py)?;
            let mut items = Vec::with_capacity(tuple.len());
            let mut same = true;
            for item in tuple.iter() {
                let c = self.copy(&item)?;
                same &= c.is(&item);
                items.push(c);
            }
            // A cycle through this tuple may already have produced its copy.
            if let Some(done) = self.lookup(id)? {
                return Ok(done);
            }
            if same {
                return Ok(obj.clone());
            }
            let out = PyTuple::new(py, items)?.into_any();
            self.remember(obj, &out);
            return Ok(out);
        }
        self.foreign(obj)
    }

    /// `copy.deepcopy(obj, memo)` with every native copy made so far visible
    /// in `memo`.
    fn foreign(&mut self, obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = obj.py();
        let pymemo = self.pymemo.get_or_insert_with(|| PyDict::new(py)).clone();
        for id in &self.order[self.synced..] {
            if let Some((_, copy)) = self.memo.get(id) {
                pymemo.set_item(*id, copy)?;
            }
        }
        self.synced = self.order.len();
        let deepcopy = DEEPCOPY.get_or_try_init(py, || {
            Ok::<_, PyErr>(
                py.import(intern!(py, "copy"))?
                    .getattr(intern!(py, "deepcopy"))?
                    .unbind(),
            )
        })?;
        deepcopy.bind(py).call1((obj, pymemo))
    }
}
