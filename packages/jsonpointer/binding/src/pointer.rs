//! The `JsonPointer` and `EndOfList` classes.
//!
//! `JsonPointer` keeps its parts as a real Python list (upstream's `parts`
//! attribute is a public, mutable list), so resolving reuses the cached str
//! objects and their hashes. Subclasses may override any method upstream
//! calls through `self` (`walk`, `to_last`, `_set_child`, ...): for exact
//! `JsonPointer` instances the Rust implementations are called directly,
//! for subclasses every such call goes through normal Python attribute
//! lookup, so overrides keep working.

use pyo3::exceptions::{PyAttributeError, PyException};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PySlice, PyString, PyTuple, PyType};
use pyo3::{PyTraverseError, PyVisit};
use std::cell::UnsafeCell;

use crate::error::{Fail, pointer_error};
use crate::text::{parse_parts, path_of, re_array_index, re_invalid_escape};
use crate::walk;

static NOTHING: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
static CHAIN: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The `_nothing` sentinel: "no default given" for `resolve`.
pub fn nothing(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    NOTHING
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(
                py.import(intern!(py, "builtins"))?
                    .getattr(intern!(py, "object"))?
                    .call0()?
                    .unbind(),
            )
        })
        .map(|o| o.bind(py))
}

/// A `default=` argument: distinguishes "not given" (or `_nothing`) from
/// any value, `None` included.
pub enum DefaultArg<'py> {
    /// No default: failures raise.
    Missing,
    /// Returned instead of raising `JsonPointerException`.
    Value(Bound<'py, PyAny>),
}

impl<'a, 'py> FromPyObject<'a, 'py> for DefaultArg<'py> {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if obj.is(nothing(obj.py())?) {
            Ok(DefaultArg::Missing)
        } else {
            Ok(DefaultArg::Value(obj.to_owned()))
        }
    }
}

/// A flag argument read with Python truthiness (upstream uses `if inplace:`).
pub struct Truthy(pub bool);

impl<'a, 'py> FromPyObject<'a, 'py> for Truthy {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        obj.is_truthy().map(Truthy)
    }
}

/// Read access to a pointer's parts, a list (`JsonPointer.parts`) or a
/// tuple (cached parse results used by the module functions).
pub trait PartSeq<'py> {
    /// Number of parts (re-read on every step, like iterating a list).
    fn count(&self) -> usize;
    /// The part at `i`.
    fn part(&self, i: usize) -> PyResult<Bound<'py, PyAny>>;
}

impl<'py> PartSeq<'py> for Bound<'py, PyList> {
    fn count(&self) -> usize {
        self.len()
    }
    fn part(&self, i: usize) -> PyResult<Bound<'py, PyAny>> {
        self.get_item(i)
    }
}

impl<'py> PartSeq<'py> for Bound<'py, PyTuple> {
    fn count(&self) -> usize {
        self.len()
    }
    fn part(&self, i: usize) -> PyResult<Bound<'py, PyAny>> {
        self.get_item(i)
    }
}

/// Result of one of upstream's overridable methods, either computed here
/// or obtained by calling the subclass's method.
#[derive(Clone, Copy)]
pub struct Ops<'a, 'py> {
    /// `None` for exact `JsonPointer` (native calls), else the instance.
    slf: Option<&'a Bound<'py, PyAny>>,
}

impl<'a, 'py> Ops<'a, 'py> {
    /// Native implementations only (exact class, module functions).
    pub const NATIVE: Ops<'static, 'static> = Ops { slf: None };

    fn for_instance(slf: &'a Bound<'py, JsonPointer>) -> Self {
        if slf.is_exact_instance_of::<JsonPointer>() {
            Ops { slf: None }
        } else {
            Ops {
                slf: Some(slf.as_any()),
            }
        }
    }

    fn walk(
        self,
        doc: &Bound<'py, PyAny>,
        part: &Bound<'py, PyAny>,
    ) -> Result<Bound<'py, PyAny>, Fail<'py>> {
        match self.slf {
            None => walk::walk(doc, part),
            Some(s) => Ok(s.call_method1(intern!(s.py(), "walk"), (doc, part))?),
        }
    }

    fn to_last(
        self,
        parts: &impl PartSeq<'py>,
        doc: Bound<'py, PyAny>,
    ) -> Result<(Bound<'py, PyAny>, Bound<'py, PyAny>), Fail<'py>> {
        match self.slf {
            None => to_last(self, parts, doc),
            Some(s) => {
                let py = s.py();
                let pair = s.call_method1(intern!(py, "to_last"), (doc,))?;
                // Unpack exactly like `(parent, part) = self.to_last(doc)`.
                let items: Vec<Bound<'py, PyAny>> = pair.try_iter()?.collect::<PyResult<_>>()?;
                let (a, b) = match <[Bound<'py, PyAny>; 2]>::try_from(items) {
                    Ok([a, b]) => (a, b),
                    Err(items) if items.len() < 2 => {
                        return Err(Fail::Py(pyo3::exceptions::PyValueError::new_err(format!(
                            "not enough values to unpack (expected 2, got {})",
                            items.len()
                        ))));
                    }
                    Err(_) => {
                        return Err(Fail::Py(pyo3::exceptions::PyValueError::new_err(
                            "too many values to unpack (expected 2)",
                        )));
                    }
                };
                Ok((a, b))
            }
        }
    }

    fn get_create_part(
        self,
        doc: &Bound<'py, PyAny>,
        part: &Bound<'py, PyAny>,
    ) -> Result<Bound<'py, PyAny>, Fail<'py>> {
        match self.slf {
            None => walk::get_create_part(doc, part),
            Some(s) => Ok(s.call_method1(intern!(s.py(), "_get_create_part"), (doc, part))?),
        }
    }

    fn is_missing(self, doc: &Bound<'py, PyAny>, part: &Bound<'py, PyAny>) -> PyResult<bool> {
        match self.slf {
            None => walk::is_missing(doc, part),
            Some(s) => s
                .call_method1(intern!(s.py(), "_is_missing"), (doc, part))?
                .is_truthy(),
        }
    }

    fn set_child(
        self,
        parent: &Bound<'py, PyAny>,
        part: &Bound<'py, PyAny>,
        value: &Bound<'py, PyAny>,
    ) -> Result<(), Fail<'py>> {
        match self.slf {
            None => walk::set_child(parent, part, value),
            Some(s) => {
                s.call_method1(intern!(s.py(), "_set_child"), (parent, part, value))?;
                Ok(())
            }
        }
    }
}

/// `self.parts[:-1]` walked, then `get_part` of the last part.
fn to_last<'py>(
    ops: Ops<'_, 'py>,
    parts: &impl PartSeq<'py>,
    mut doc: Bound<'py, PyAny>,
) -> Result<(Bound<'py, PyAny>, Bound<'py, PyAny>), Fail<'py>> {
    let py = doc.py();
    let n = parts.count();
    if n == 0 {
        return Ok((doc, py.None().into_bound(py)));
    }
    for i in 0..n - 1 {
        let part = parts.part(i)?;
        doc = ops.walk(&doc, &part)?;
    }
    let last = parts.part(n - 1)?;
    let kind = walk::classify(&doc)?;
    let part = walk::get_part(&doc, kind, &last)?.into_object(py)?;
    Ok((doc, part))
}

/// Walks all `parts`; with a default, pointer errors return it instead.
pub fn resolve<'py>(
    ops: Ops<'_, 'py>,
    parts: &impl PartSeq<'py>,
    mut doc: Bound<'py, PyAny>,
    default: DefaultArg<'py>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = doc.py();
    let mut i = 0;
    // Indexing (not a snapshot) mirrors `for part in self.parts`.
    while i < parts.count() {
        let part = parts.part(i)?;
        match ops.walk(&doc, &part) {
            Ok(next) => doc = next,
            Err(f) => {
                return match default {
                    DefaultArg::Value(d) if f.is_pointer_error(py) => Ok(d),
                    _ => Err(f.into_pyerr(py)),
                };
            }
        }
        i += 1;
    }
    Ok(doc)
}

/// Upstream's `set`, shared by the method and `set_pointer`.
pub fn set<'py>(
    ops: Ops<'_, 'py>,
    parts: &impl PartSeq<'py>,
    doc: Bound<'py, PyAny>,
    value: Bound<'py, PyAny>,
    inplace: bool,
    create: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let py = doc.py();
    set_inner(ops, parts, doc, value, inplace, create).map_err(|f| f.into_pyerr(py))
}

fn set_inner<'py>(
    ops: Ops<'_, 'py>,
    parts: &impl PartSeq<'py>,
    mut doc: Bound<'py, PyAny>,
    value: Bound<'py, PyAny>,
    inplace: bool,
    create: bool,
) -> Result<Bound<'py, PyAny>, Fail<'py>> {
    let py = doc.py();
    let n = parts.count();
    if n == 0 {
        if inplace {
            return Err(Fail::Message("Cannot set root in place".to_owned()));
        }
        return Ok(value);
    }
    if !inplace {
        doc = crate::deepcopy::deepcopy(&doc)?;
    }
    let (parent, part) = if create {
        let mut parent = doc.clone();
        for i in 0..n - 1 {
            let part = ops.get_create_part(&parent, &parts.part(i)?)?;
            if ops.is_missing(&parent, &part)? {
                // Everything below is new: build it detached and attach it in
                // one step, so a failure leaves `doc` untouched.
                let mut child = value;
                for j in (i + 1..n).rev() {
                    let wrapper = PyDict::new(py);
                    wrapper.set_item(parts.part(j)?, child)?;
                    child = wrapper.into_any();
                }
                ops.set_child(&parent, &part, &child)?;
                return Ok(doc);
            }
            parent = ops.walk(&parent, &part)?;
        }
        let part = ops.get_create_part(&parent, &parts.part(n - 1)?)?;
        (parent, part)
    } else {
        ops.to_last(parts, doc.clone())?
    };
    ops.set_child(&parent, &part, &value)?;
    Ok(doc)
}

/// `obj` if it is a list, else `list(obj)`.
fn as_list<'py>(obj: Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    match obj.cast_into_exact::<PyList>() {
        Ok(list) => Ok(list),
        Err(e) => {
            let obj = e.into_inner();
            Ok(obj
                .py()
                .get_type::<PyList>()
                .call1((obj,))?
                .cast_into::<PyList>()?)
        }
    }
}

/// `str(part)`, returning exact strings unchanged.
fn to_str<'py>(part: Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if part.is_exact_instance_of::<PyString>() {
        Ok(part)
    } else {
        Ok(part.str()?.into_any())
    }
}

/// The mutable state of a `JsonPointer`.
struct State {
    /// The unescaped parts (normally a list of str); unset until `__init__`.
    parts: Option<Py<PyAny>>,
    /// `hash(tuple(parts))` once computed, or -1 (never a Python hash
    /// value). Only stored while `parts` is `private` and holds exact
    /// `str`s only, so the cached value cannot go stale.
    hash: isize,
    /// True while `parts` is a list this object created and never handed
    /// out: then nothing but our own (non-mutating) code can reach it.
    /// Cleared for good once the list is returned (`parts`, `get_parts()`,
    /// pickling), passed to foreign code, or replaced by an assignment.
    private: bool,
}

impl State {
    const UNSET: State = State {
        parts: None,
        hash: -1,
        private: false,
    };

    /// A pointer owning the fresh list `parts`.
    fn private(parts: Bound<'_, PyList>) -> Self {
        State {
            parts: Some(parts.into_any().unbind()),
            hash: -1,
            private: true,
        }
    }

    /// Parts assigned from outside (setter, unpickling).
    fn shared(parts: Py<PyAny>) -> Self {
        State {
            parts: Some(parts),
            hash: -1,
            private: false,
        }
    }
}

/// [`State`] guarded by the GIL rather than PyO3's borrow flag.
///
/// The pointer methods are so short that the two atomic operations of each
/// PyO3 borrow were a large share of `hash(p)`, `p == q` and
/// `p.contains(q)`. The class is `frozen` and keeps its state here instead:
/// every access takes a `Python` token, the module declares that it needs
/// the GIL (`gil_used = true`), so attached threads never run at the same
/// time, and every accessor below finishes without running Python code or
/// allocating (a replaced value is dropped only after the access ends), so
/// no access can overlap another one on the same thread either.
struct GilCell(UnsafeCell<State>);

// SAFETY: see the type's documentation: all accesses hold the GIL and none
// is re-entered.
unsafe impl Sync for GilCell {}

impl GilCell {
    fn new(state: State) -> Self {
        GilCell(UnsafeCell::new(state))
    }

    /// A new reference to `parts` and the cached hash.
    fn read<'py>(&self, py: Python<'py>) -> (Option<Bound<'py, PyAny>>, isize, bool) {
        // SAFETY: GIL held (token), no overlapping access (type docs).
        let state = unsafe { &*self.0.get() };
        (
            state.parts.as_ref().map(|p| p.bind(py).clone()),
            state.hash,
            state.private,
        )
    }

    /// A borrowed pointer to `parts` (NULL if unset), valid only until
    /// Python code next runs (which may replace `parts`).
    fn parts_ptr(&self, _py: Python<'_>) -> *mut pyo3::ffi::PyObject {
        // SAFETY: as for `read`.
        match unsafe { &(*self.0.get()).parts } {
            Some(p) => p.as_ptr(),
            None => std::ptr::null_mut(),
        }
    }

    /// The cached hash, or -1.
    fn hash(&self, _py: Python<'_>) -> isize {
        // SAFETY: as for `read`.
        unsafe { (*self.0.get()).hash }
    }

    /// Caches `hash`.
    fn set_hash(&self, _py: Python<'_>, hash: isize) {
        // SAFETY: as for `read`.
        unsafe { (*self.0.get()).hash = hash }
    }

    /// Marks `parts` shared (no hash cache from now on) and returns it.
    fn share<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyAny>> {
        // SAFETY: as for `read`.
        let state = unsafe { &mut *self.0.get() };
        state.private = false;
        state.hash = -1;
        state.parts.as_ref().map(|p| p.bind(py).clone())
    }

    /// Replaces the state; the old one is dropped by the caller, after the
    /// access (dropping `parts` may run arbitrary Python code).
    #[must_use]
    fn replace(&self, _py: Python<'_>, state: State) -> State {
        // SAFETY: as for `read`.
        unsafe { std::mem::replace(&mut *self.0.get(), state) }
    }

    /// For the garbage collector, which calls `__traverse__` with the GIL
    /// held and outside of any of our accesses.
    fn visit(&self, visit: &PyVisit<'_>) -> Result<(), PyTraverseError> {
        // SAFETY: as for `read`.
        if let Some(p) = unsafe { &(*self.0.get()).parts } {
            visit.call(p)?;
        }
        Ok(())
    }
}

/// A JSON Pointer (RFC 6901): a parsed path to a node in a JSON document.
#[pyclass(
    module = "jsonpointer",
    name = "JsonPointer",
    subclass,
    dict,
    weakref,
    frozen
)]
pub struct JsonPointer {
    state: GilCell,
}

fn no_parts() -> PyErr {
    PyAttributeError::new_err("'JsonPointer' object has no attribute 'parts'")
}

impl JsonPointer {
    /// A pointer owning the fresh list `parts`.
    fn with_parts(parts: Bound<'_, PyList>) -> Self {
        JsonPointer {
            state: GilCell::new(State::private(parts)),
        }
    }

    /// The `parts` object for code that may keep or mutate it: from now
    /// on it is shared, so no hash is cached any more.
    fn share_parts<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.get().state.share(slf.py()).ok_or_else(no_parts)
    }

    /// `self.parts` of an instance whose list is about to be handed to
    /// foreign code (exact instances are marked shared; subclasses go
    /// through attribute lookup, i.e. the getter, anyway).
    fn shared_parts_object<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        if slf.is_exact_instance_of::<Self>() {
            Self::share_parts(slf)
        } else {
            slf.getattr(intern!(slf.py(), "parts"))
        }
    }

    fn parts_object<'py>(slf: &Bound<'py, Self>, exact: bool) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        if exact {
            // A new reference, not a borrow: user code run during a walk
            // may legitimately assign `parts`.
            slf.get().state.read(py).0.ok_or_else(no_parts)
        } else {
            slf.getattr(intern!(py, "parts"))
        }
    }

    fn parts_list<'py>(slf: &Bound<'py, Self>, exact: bool) -> PyResult<Bound<'py, PyList>> {
        as_list(Self::parts_object(slf, exact)?)
    }

    fn path_object<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        if slf.is_exact_instance_of::<Self>() {
            Ok(path_of(&Self::parts_object(slf, true)?)?.into_any())
        } else {
            slf.getattr(intern!(slf.py(), "path"))
        }
    }

    /// `self.join(suffix)` for exact instances, without the
    /// `JsonPointerException("Invalid suffix")` wrapping.
    fn join_parts<'py>(
        slf: &Bound<'py, Self>,
        self_parts: Bound<'py, PyAny>,
        suffix_parts: Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let cls = slf.get_type();
        if cls.is(py.get_type::<Self>()) {
            let out = PyList::empty(py);
            for item in self_parts.try_iter()? {
                out.append(to_str(item?)?)?;
            }
            for item in suffix_parts.try_iter()? {
                out.append(to_str(item?)?)?;
            }
            return Ok(Bound::new(py, JsonPointer::with_parts(out))?.into_any());
        }
        let chain = CHAIN.get_or_try_init(py, || {
            Ok::<_, PyErr>(
                py.import(intern!(py, "itertools"))?
                    .getattr(intern!(py, "chain"))?
                    .unbind(),
            )
        })?;
        let chained = chain.bind(py).call1((self_parts, suffix_parts))?;
        cls.call_method1(intern!(py, "from_parts"), (chained,))
    }
}

#[pymethods]
impl JsonPointer {
    /// Accepts any arguments: parsing happens in `__init__`, so subclasses
    /// with their own `__init__` signature work as with upstream.
    #[new]
    #[pyo3(signature = (*_args, **_kwargs), text_signature = "(pointer)")]
    fn py_new(_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>) -> Self {
        JsonPointer {
            state: GilCell::new(State::UNSET),
        }
    }

    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        self.state.visit(&visit)
    }

    fn __clear__(&self) {
        // SAFETY: the collector calls `tp_clear` with the GIL held.
        let py = unsafe { Python::assume_attached() };
        drop(self.state.replace(py, State::UNSET));
    }

    /// Parses `pointer`; raises `JsonPointerException` if it is invalid.
    fn __init__(slf: &Bound<'_, Self>, pointer: &Bound<'_, PyAny>) -> PyResult<()> {
        let parts = parse_parts(pointer)?;
        drop(slf.get().state.replace(slf.py(), State::private(parts)));
        Ok(())
    }

    /// The list of unescaped parts.
    #[getter(parts)]
    fn parts_getter<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Self::share_parts(slf)
    }

    #[setter(parts)]
    fn parts_setter(slf: &Bound<'_, Self>, value: Py<PyAny>) {
        drop(slf.get().state.replace(slf.py(), State::shared(value)));
    }

    #[classattr]
    #[pyo3(name = "_RE_ARRAY_INDEX")]
    fn re_array_index_attr(py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(re_array_index(py)?.clone().unbind())
    }

    #[classattr]
    #[pyo3(name = "_RE_INVALID_ESCAPE")]
    fn re_invalid_escape_attr(py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(re_invalid_escape(py)?.clone().unbind())
    }

    /// Resolves all parts but the last; returns `(sub_document, last_part)`
    /// with the last part converted for its container (or `(doc, None)`).
    fn to_last<'py>(
        slf: &Bound<'py, Self>,
        doc: Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let ops = Ops::for_instance(slf);
        let parts = Self::parts_list(slf, ops.slf.is_none())?;
        let (a, b) = to_last(ops, &parts, doc).map_err(|f| f.into_pyerr(py))?;
        PyTuple::new(py, [a, b])
    }

    /// Resolves the pointer against `doc`; returns `default` instead of
    /// raising `JsonPointerException` when one is given.
    #[pyo3(signature = (doc, default = DefaultArg::Missing))]
    fn resolve<'py>(
        slf: &Bound<'py, Self>,
        doc: Bound<'py, PyAny>,
        default: DefaultArg<'py>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let ops = Ops::for_instance(slf);
        let parts = Self::parts_list(slf, ops.slf.is_none())?;
        resolve(ops, &parts, doc, default)
    }

    /// Alias of `resolve`.
    #[pyo3(signature = (doc, default = DefaultArg::Missing))]
    fn get<'py>(
        slf: &Bound<'py, Self>,
        doc: Bound<'py, PyAny>,
        default: DefaultArg<'py>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Self::resolve(slf, doc, default)
    }

    /// Replaces the target of the pointer in `doc` with `value` (on a deep
    /// copy unless `inplace`); `create` adds missing intermediate members.
    #[pyo3(signature = (doc, value, inplace = Truthy(true), create = Truthy(false)))]
    fn set<'py>(
        slf: &Bound<'py, Self>,
        doc: Bound<'py, PyAny>,
        value: Bound<'py, PyAny>,
        inplace: Truthy,
        create: Truthy,
    ) -> PyResult<Bound<'py, PyAny>> {
        let ops = Ops::for_instance(slf);
        let parts = Self::parts_list(slf, ops.slf.is_none())?;
        set(ops, &parts, doc, value, inplace.0, create.0)
    }

    /// Converts `part` for `doc`: mapping keys unchanged, sequence indices
    /// to `int` (or `'-'`).
    #[classmethod]
    fn get_part<'py>(
        _cls: &Bound<'py, PyType>,
        doc: &Bound<'py, PyAny>,
        part: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = doc.py();
        let kind = walk::classify(doc)?;
        walk::get_part(doc, kind, part)
            .and_then(|p| Ok(p.into_object(py)?))
            .map_err(|f| f.into_pyerr(py))
    }

    /// Like `get_part`, but an index just past the end of a sequence
    /// becomes `'-'` (append).
    #[classmethod]
    fn _get_create_part<'py>(
        cls: &Bound<'py, PyType>,
        doc: &Bound<'py, PyAny>,
        part: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = doc.py();
        if cls.is(py.get_type::<Self>()) {
            return walk::get_create_part(doc, part).map_err(|f| f.into_pyerr(py));
        }
        let part = cls.call_method1(intern!(py, "get_part"), (doc, part))?;
        if walk::is_sequence(doc)? && part.eq(doc.len()?)? {
            return Ok(intern!(py, "-").clone().into_any());
        }
        Ok(part)
    }

    /// True if `part` does not exist in `doc` but could be added.
    #[staticmethod]
    fn _is_missing(doc: &Bound<'_, PyAny>, part: &Bound<'_, PyAny>) -> PyResult<bool> {
        walk::is_missing(doc, part)
    }

    /// `parent[part] = value`, appending for `'-'` on sequences.
    #[staticmethod]
    fn _set_child<'py>(
        parent: &Bound<'py, PyAny>,
        part: &Bound<'py, PyAny>,
        value: &Bound<'py, PyAny>,
    ) -> PyResult<()> {
        walk::set_child(parent, part, value).map_err(|f| f.into_pyerr(parent.py()))
    }

    /// Returns the list of parts (the same object as `parts`).
    fn get_parts<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Self::shared_parts_object(slf)
    }

    /// Walks one step from `doc` along `part` and returns the child.
    fn walk<'py>(
        _slf: &Bound<'py, Self>,
        doc: &Bound<'py, PyAny>,
        part: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        walk::walk(doc, part).map_err(|f| f.into_pyerr(doc.py()))
    }

    /// True if `ptr`'s parts are a prefix of (or equal to) this pointer's.
    fn contains(slf: &Bound<'_, Self>, ptr: &Bound<'_, PyAny>) -> PyResult<bool> {
        let py = slf.py();
        if let Some(found) = Self::str_parts_cmp(slf, ptr, false) {
            return Ok(found);
        }
        let mine = Self::parts_object(slf, slf.is_exact_instance_of::<Self>())?;
        let theirs = match ptr.cast_exact::<Self>() {
            Ok(p) => Self::parts_object(p, true)?,
            Err(_) => ptr.getattr(intern!(py, "parts"))?,
        };
        if let (Ok(a), Ok(b)) = (mine.cast_exact::<PyList>(), theirs.cast_exact::<PyList>()) {
            if b.len() > a.len() {
                return Ok(false);
            }
            let mut i = 0;
            while i < b.len() {
                if i >= a.len() {
                    return Ok(false);
                }
                // SAFETY: both are live lists and `i` is below both lengths
                // (re-checked every step); the items are borrowed.
                let (x, y) = unsafe {
                    (
                        pyo3::ffi::PyList_GetItem(a.as_ptr(), i as pyo3::ffi::Py_ssize_t),
                        pyo3::ffi::PyList_GetItem(b.as_ptr(), i as pyo3::ffi::Py_ssize_t),
                    )
                };
                if x.is_null() || y.is_null() {
                    return Err(PyErr::fetch(py));
                }
                if x != y {
                    // SAFETY: valid borrowed references.
                    let both_str = unsafe {
                        pyo3::ffi::PyUnicode_CheckExact(x) != 0
                            && pyo3::ffi::PyUnicode_CheckExact(y) != 0
                    };
                    let equal = if both_str {
                        // Comparing two str runs no Python code.
                        match unsafe { pyo3::ffi::PyObject_RichCompareBool(x, y, pyo3::ffi::Py_EQ) }
                        {
                            -1 => return Err(PyErr::fetch(py)),
                            r => r == 1,
                        }
                    } else {
                        // `==` may run Python code: hold references.
                        let (x, y) = (a.get_item(i)?, b.get_item(i)?);
                        x.eq(&y)?
                    };
                    if !equal {
                        return Ok(false);
                    }
                }
                i += 1;
            }
            return Ok(a.len() >= b.len());
        }
        // Foreign code (a `parts` that is not a list) sees both objects.
        let mine = Self::shared_parts_object(slf)?;
        let theirs = match ptr.cast_exact::<Self>() {
            Ok(p) => Self::share_parts(p)?,
            Err(_) => theirs,
        };
        let prefix = mine.get_item(PySlice::new(py, 0, theirs.len()? as isize, 1))?;
        prefix.eq(&theirs)
    }

    fn __contains__(slf: &Bound<'_, Self>, item: &Bound<'_, PyAny>) -> PyResult<bool> {
        if slf.is_exact_instance_of::<Self>() {
            Self::contains(slf, item)
        } else {
            slf.call_method1(intern!(slf.py(), "contains"), (item,))?
                .is_truthy()
        }
    }

    /// A new pointer (of the same class) with `suffix` appended; `suffix`
    /// may be a pointer, a pointer string or an iterable of parts.
    fn join<'py>(
        slf: &Bound<'py, Self>,
        suffix: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let suffix_parts = if let Ok(p) = suffix.cast_exact::<Self>() {
            if slf.is_exact_instance_of::<Self>() {
                Self::parts_object(p, true)?
            } else {
                // A subclass's `from_parts` receives a chain over the list.
                Self::share_parts(p)?
            }
        } else if suffix.is_instance_of::<Self>() {
            suffix.getattr(intern!(py, "parts"))?
        } else if suffix.is_instance_of::<PyString>() {
            parse_parts(suffix)?.into_any()
        } else {
            suffix.clone()
        };
        let self_parts = Self::parts_object(slf, slf.is_exact_instance_of::<Self>())?;
        Self::join_parts(slf, self_parts, suffix_parts).map_err(|e| {
            if e.is_instance_of::<PyException>(py) {
                let wrapped = pointer_error("Invalid suffix");
                wrapped.set_cause(py, Some(e));
                wrapped
            } else {
                e
            }
        })
    }

    fn __truediv__<'py>(
        slf: &Bound<'py, Self>,
        suffix: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        if slf.is_exact_instance_of::<Self>() {
            Self::join(slf, suffix)
        } else {
            slf.call_method1(intern!(slf.py(), "join"), (suffix,))
        }
    }

    /// The pointer string, e.g. `'/a~1b/0'`.
    #[getter]
    fn path<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyString>> {
        path_of(&Self::parts_object(
            slf,
            slf.is_exact_instance_of::<Self>(),
        )?)
    }

    fn __richcmp__<'py>(
        slf: &Bound<'py, Self>,
        other: &Bound<'py, PyAny>,
        op: CompareOp,
    ) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        match op {
            CompareOp::Eq => Self::equals(slf, other),
            CompareOp::Ne => {
                let eq = if slf.is_exact_instance_of::<Self>() {
                    Self::equals(slf, other)?.into_bound(py)
                } else {
                    // Honour a subclass's own `__eq__`, as `object.__ne__` does.
                    slf.call_method1(intern!(py, "__eq__"), (other,))?
                };
                if eq.is(py.NotImplemented()) {
                    Ok(eq.unbind())
                } else {
                    Ok(pyo3::types::PyBool::new(py, !eq.is_truthy()?)
                        .to_owned()
                        .into_any()
                        .unbind())
                }
            }
            _ => Ok(py.NotImplemented()),
        }
    }

    fn __hash__(slf: &Bound<'_, Self>) -> PyResult<isize> {
        let py = slf.py();
        let (parts, cacheable) = if slf.is_exact_instance_of::<Self>() {
            let cached = slf.get().state.hash(py);
            if cached != -1 {
                return Ok(cached);
            }
            let (parts, _, private) = slf.get().state.read(py);
            (parts.ok_or_else(no_parts)?, private)
        } else {
            (slf.getattr(intern!(py, "parts"))?, false)
        };
        if let Ok(list) = parts.cast_exact::<PyList>() {
            let (hash, all_str) = tuple_hash(list)?;
            // Hashing exact strs runs no Python code, so `parts` is still
            // the private, unchanged list the hash was computed from.
            if cacheable && all_str {
                slf.get().state.set_hash(py, hash);
            }
            return Ok(hash);
        }
        py.get_type::<PyTuple>().call1((parts,))?.hash()
    }

    fn __str__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Self::path_object(slf)
    }

    fn __repr__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let name = slf.get_type().name()?;
        let path_repr = Self::path_object(slf)?.repr()?;
        if let (Some(n), Some(r)) = (crate::text::view(&name), crate::text::view(&path_repr)) {
            return Ok(PyString::new(py, &format!("{n}({r})")).into_any());
        }
        PyString::new(py, "%s(%s)").rem((name, path_repr))
    }

    /// Builds a pointer of class `cls` from unescaped parts (each passed
    /// through `str`).
    #[classmethod]
    fn from_parts<'py>(
        cls: &Bound<'py, PyType>,
        parts: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = cls.py();
        let out = PyList::empty(py);
        for item in parts.try_iter()? {
            out.append(to_str(item?)?)?;
        }
        if cls.is(py.get_type::<Self>()) {
            // `unescape(escape(s)) == s`, so the parts are kept as they are
            // instead of rendering and re-parsing a path.
            return Ok(Bound::new(py, JsonPointer::with_parts(out))?.into_any());
        }
        cls.call1((path_of(&out)?,))
    }

    /// Pickle / copy support: the instance `__dict__` plus `parts`.
    fn __getstate__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyDict>> {
        let py = slf.py();
        let state = PyDict::new(py);
        if let Ok(d) = slf.getattr(intern!(py, "__dict__"))
            && let Ok(d) = d.cast::<PyDict>()
        {
            state.update(d.as_mapping())?;
        }
        if let Some(parts) = slf.get().state.share(py) {
            state.set_item(intern!(py, "parts"), parts)?;
        }
        Ok(state)
    }

    /// Reconstructs via `cls.__new__(cls)` plus `__setstate__`, for every
    /// pickle protocol (protocols 0 and 1 cannot handle native types).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let newobj = py
            .import(intern!(py, "copyreg"))?
            .getattr(intern!(py, "__newobj__"))?;
        let args = PyTuple::new(py, [slf.get_type()])?;
        let state = slf.call_method0(intern!(py, "__getstate__"))?;
        PyTuple::new(py, [newobj, args.into_any(), state])
    }

    fn __setstate__(slf: &Bound<'_, Self>, state: &Bound<'_, PyDict>) -> PyResult<()> {
        let py = slf.py();
        // Iterate a snapshot: comparing keys may run arbitrary Python code.
        for item in state.items().iter() {
            let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
            if key.eq(intern!(py, "parts"))? {
                drop(slf.get().state.replace(py, State::shared(value.unbind())));
            } else {
                slf.getattr(intern!(py, "__dict__"))?.set_item(key, value)?;
            }
        }
        Ok(())
    }
}

/// `a[:len(b)] == b` for lists of exact strs, or `None` when an item pair
/// is not two exact strs (the caller then takes the general path, which
/// may run Python code). Comparing exact strs runs no Python code, so the
/// lengths read once stay valid.
///
/// # Safety
/// `a` and `b` must be live exact lists.
unsafe fn str_prefix(a: *mut pyo3::ffi::PyObject, b: *mut pyo3::ffi::PyObject) -> Option<bool> {
    // SAFETY: live lists (caller).
    let (na, nb) = unsafe { (pyo3::ffi::PyList_Size(a), pyo3::ffi::PyList_Size(b)) };
    if nb > na {
        return Some(false);
    }
    for i in 0..nb {
        // SAFETY: both lists are live and `i` is below both lengths, which
        // cannot change here; the items are borrowed references.
        let (x, y) = unsafe {
            (
                pyo3::ffi::PyList_GetItem(a, i),
                pyo3::ffi::PyList_GetItem(b, i),
            )
        };
        if x == y {
            continue;
        }
        // SAFETY: non-null (in range) borrowed references.
        unsafe {
            if pyo3::ffi::PyUnicode_CheckExact(x) == 0 || pyo3::ffi::PyUnicode_CheckExact(y) == 0 {
                return None;
            }
            match pyo3::ffi::PyObject_RichCompareBool(x, y, pyo3::ffi::Py_EQ) {
                1 => {}
                0 => return Some(false),
                _ => {
                    pyo3::ffi::PyErr_Clear();
                    return None;
                }
            }
        }
    }
    Some(true)
}

/// `hash(tuple(list))` without building the tuple: CPython's (3.8+)
/// 64-bit tuple hash over the items' own (cached, for str) hashes. Also
/// says whether every item was an exact `str`.
#[cfg(target_pointer_width = "64")]
fn tuple_hash(list: &Bound<'_, PyList>) -> PyResult<(isize, bool)> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    let mut all_str = true;
    let n = list.len();
    let ptr = list.as_ptr();
    for i in 0..n {
        // Raw calls: a borrowed item and its (cached, for str) hash, no
        // refcount traffic. Hashing a str runs no Python code, so the list
        // cannot change under us; other items go through the safe API.
        // SAFETY: `list` is a live list; an index past a shrunk list
        // returns NULL with IndexError set.
        let item = unsafe { pyo3::ffi::PyList_GetItem(ptr, i as pyo3::ffi::Py_ssize_t) };
        if item.is_null() {
            return Err(PyErr::fetch(list.py()));
        }
        // SAFETY: `item` is a valid borrowed reference.
        let lane = if unsafe { pyo3::ffi::PyUnicode_CheckExact(item) } != 0 {
            unsafe { pyo3::ffi::PyObject_Hash(item) }
        } else {
            all_str = false;
            // May run Python code (a custom __hash__): hold a reference.
            list.get_item(i)?.hash()?
        };
        if lane == -1 {
            return Err(PyErr::fetch(list.py()));
        }
        acc = acc
            .wrapping_add((lane as u64).wrapping_mul(P2))
            .rotate_left(31)
            .wrapping_mul(P1);
    }
    acc = acc.wrapping_add(n as u64 ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok((1546275796, all_str));
    }
    Ok((acc as isize, all_str))
}

/// `hash(tuple(list))` and whether every item was an exact `str`.
#[cfg(not(target_pointer_width = "64"))]
fn tuple_hash(list: &Bound<'_, PyList>) -> PyResult<(isize, bool)> {
    let tuple = list.to_tuple();
    let all_str = tuple
        .iter()
        .all(|item| item.is_exact_instance_of::<PyString>());
    Ok((tuple.hash()?, all_str))
}

impl JsonPointer {
    /// `self.parts == other.parts` (`whole`) or `self.parts[:len(other.parts)]
    /// == other.parts` for two exact pointers whose parts are lists of exact
    /// strs, without touching reference counts; `None` in every other case.
    #[inline]
    fn str_parts_cmp(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>, whole: bool) -> Option<bool> {
        let py = slf.py();
        let other = other.cast_exact::<Self>().ok()?;
        if !slf.is_exact_instance_of::<Self>() {
            return None;
        }
        let (a, b) = (
            slf.get().state.parts_ptr(py),
            other.get().state.parts_ptr(py),
        );
        // SAFETY: `a`/`b` are NULL or live objects owned by the pointers;
        // nothing below runs Python code, so neither can be replaced.
        unsafe {
            if a.is_null()
                || b.is_null()
                || pyo3::ffi::PyList_CheckExact(a) == 0
                || pyo3::ffi::PyList_CheckExact(b) == 0
            {
                return None;
            }
            if a == b {
                return Some(true);
            }
            if whole && pyo3::ffi::PyList_Size(a) != pyo3::ffi::PyList_Size(b) {
                return Some(false);
            }
            str_prefix(a, b)
        }
    }

    fn equals(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        if let Some(equal) = Self::str_parts_cmp(slf, other, true) {
            return Ok(pyo3::types::PyBool::new(py, equal)
                .to_owned()
                .into_any()
                .unbind());
        }
        if !other.is_instance_of::<Self>() {
            return Ok(py.NotImplemented());
        }
        let mine = Self::parts_object(slf, slf.is_exact_instance_of::<Self>())?;
        let theirs = match other.cast_exact::<Self>() {
            Ok(p) => Self::parts_object(p, true)?,
            Err(_) => other.getattr(intern!(py, "parts"))?,
        };
        if let (Ok(a), Ok(b)) = (mine.cast_exact::<PyList>(), theirs.cast_exact::<PyList>()) {
            if a.is(b) {
                // `l == l` compares each item with itself: always equal.
                return Ok(pyo3::types::PyBool::new(py, true)
                    .to_owned()
                    .into_any()
                    .unbind());
            }
            // `list == list` runs in C and only hands items to `==`.
            return Ok(mine.rich_compare(theirs, CompareOp::Eq)?.unbind());
        }
        // Some other object's `__eq__` gets to see both `parts`.
        let mine = Self::shared_parts_object(slf)?;
        let theirs = match other.cast_exact::<Self>() {
            Ok(p) => Self::share_parts(p)?,
            Err(_) => theirs,
        };
        Ok(mine.rich_compare(theirs, CompareOp::Eq)?.unbind())
    }
}

/// Result of resolving `-` against a sequence: the position after the last
/// element, which does not exist yet.
#[pyclass(module = "jsonpointer", name = "EndOfList", subclass, dict, weakref)]
pub struct EndOfList {
    /// The sequence `-` was applied to; unset until `__init__`.
    list_: Option<Py<PyAny>>,
}

impl EndOfList {
    /// Wraps the sequence.
    pub fn new(list_: Py<PyAny>) -> Self {
        EndOfList { list_: Some(list_) }
    }

    fn list_object<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        match &slf.borrow().list_ {
            Some(l) => Ok(l.bind(slf.py()).clone()),
            None => Err(PyAttributeError::new_err(
                "'EndOfList' object has no attribute 'list_'",
            )),
        }
    }
}

#[pymethods]
impl EndOfList {
    /// Accepts any arguments; `__init__` stores the sequence, so subclasses
    /// may define their own `__init__`.
    #[new]
    #[pyo3(signature = (*_args, **_kwargs), text_signature = "(list_)")]
    fn py_new(_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>) -> Self {
        EndOfList { list_: None }
    }

    fn __init__(slf: &Bound<'_, Self>, list_: Py<PyAny>) {
        slf.borrow_mut().list_ = Some(list_);
    }

    /// The sequence `-` was applied to.
    #[getter(list_)]
    fn list_getter<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Self::list_object(slf)
    }

    #[setter(list_)]
    fn list_setter(&mut self, value: Py<PyAny>) {
        self.list_ = Some(value);
    }

    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        if let Some(l) = &self.list_ {
            visit.call(l)?;
        }
        Ok(())
    }

    fn __clear__(&mut self) {
        self.list_ = None;
    }

    fn __repr__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let name = slf
            .getattr(intern!(py, "__class__"))?
            .getattr(intern!(py, "__name__"))?;
        let list = slf.getattr(intern!(py, "list_"))?;
        PyString::new(py, "%s(%r)").rem((name, list))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let args = PyTuple::new(py, [Self::list_object(slf)?])?;
        let state = slf.getattr(intern!(py, "__dict__"))?;
        let state = if state.len()? == 0 {
            py.None().into_bound(py)
        } else {
            state
        };
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any(), state])
    }
}

/// `JsonPointer.contains` as a `METH_FASTCALL | METH_KEYWORDS` method.
///
/// With the 3.9 stable ABI PyO3 registers methods as `METH_VARARGS |
/// METH_KEYWORDS`, so each `p.contains(q)` packs `q` into a fresh tuple and
/// parses it back out, which costs as much as the comparison itself.
/// CPython has run `METH_FASTCALL` methods since 3.7 (the flag only joined
/// the limited API in 3.10), so on import the class attribute is replaced
/// by a method descriptor with this callback. The common call (one
/// positional argument) goes straight to [`JsonPointer::contains`]; any
/// other call is forwarded to PyO3's original method, so keyword use and
/// argument errors stay exactly as before. Windows links against
/// `python3.dll`, which does not export `PyDescr_NewMethod`, and keeps
/// PyO3's method.
#[cfg(not(windows))]
pub mod fast_contains {
    use std::cell::UnsafeCell;
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::ptr::null_mut;

    use pyo3::ffi;
    use pyo3::prelude::*;
    use pyo3::sync::PyOnceLock;
    use pyo3::types::{PyDict, PyTuple};

    use super::JsonPointer;

    unsafe extern "C" {
        // In every CPython 3.x, just not in the limited API.
        fn PyDescr_NewMethod(
            tp: *mut ffi::PyTypeObject,
            def: *mut ffi::PyMethodDef,
        ) -> *mut ffi::PyObject;
    }

    /// `METH_FASTCALL | METH_KEYWORDS` callback signature.
    type FastWithKeywords = unsafe extern "C" fn(
        *mut ffi::PyObject,
        *const *mut ffi::PyObject,
        ffi::Py_ssize_t,
        *mut ffi::PyObject,
    ) -> *mut ffi::PyObject;

    /// `METH_FASTCALL` (0x0080): the same value in every CPython 3.7+.
    const METH_FASTCALL: std::os::raw::c_int = 0x0080;

    /// PyO3's method descriptor, for every call but `p.contains(q)`.
    static ORIGINAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

    struct Def(UnsafeCell<ffi::PyMethodDef>);
    // SAFETY: never mutated; CPython only reads it (the API takes `*mut`).
    unsafe impl Sync for Def {}

    static DEF: Def = Def(UnsafeCell::new(ffi::PyMethodDef {
        ml_name: c"contains".as_ptr(),
        ml_meth: ffi::PyMethodDefPointer {
            // SAFETY: same size and ABI as a function pointer; CPython
            // casts it back to the METH_FASTCALL | METH_KEYWORDS signature
            // named by `ml_flags`.
            PyCFunction: unsafe {
                std::mem::transmute::<FastWithKeywords, ffi::PyCFunction>(contains_fast)
            },
        },
        ml_flags: METH_FASTCALL | ffi::METH_KEYWORDS,
        ml_doc: c"contains($self, ptr)\n--\n\nTrue if `ptr`'s parts are a prefix of (or equal to) this pointer's."
            .as_ptr(),
    }));

    unsafe extern "C" fn contains_fast(
        slf: *mut ffi::PyObject,
        args: *const *mut ffi::PyObject,
        nargs: ffi::Py_ssize_t,
        kwnames: *mut ffi::PyObject,
    ) -> *mut ffi::PyObject {
        // SAFETY: CPython only calls methods with the thread attached.
        let py = unsafe { Python::assume_attached() };
        let outcome = catch_unwind(AssertUnwindSafe(|| -> PyResult<Bound<'_, PyAny>> {
            // SAFETY: the method descriptor checked that `slf` is a
            // `JsonPointer` (or subclass) instance; `args` holds `nargs`
            // borrowed positional references followed by one per keyword
            // name, all live for the call.
            let slf = unsafe { Bound::from_borrowed_ptr(py, slf) };
            let nkw = if kwnames.is_null() {
                0
            } else {
                unsafe { ffi::PyTuple_Size(kwnames) }
            };
            if nargs == 1 && nkw == 0 {
                let ptr = unsafe { Bound::from_borrowed_ptr(py, *args) };
                let slf = unsafe { slf.cast_into_unchecked::<JsonPointer>() };
                let found = JsonPointer::contains(&slf, &ptr)?;
                return Ok(pyo3::types::PyBool::new(py, found).to_owned().into_any());
            }
            // Anything else: PyO3's method, called as `original(slf, *args, **kw)`.
            let mut positional = vec![slf];
            for i in 0..nargs {
                positional.push(unsafe { Bound::from_borrowed_ptr(py, *args.offset(i)) });
            }
            let kwargs = PyDict::new(py);
            for i in 0..nkw {
                let name =
                    unsafe { Bound::from_borrowed_ptr(py, ffi::PyTuple_GetItem(kwnames, i)) };
                let value = unsafe { Bound::from_borrowed_ptr(py, *args.offset(nargs + i)) };
                kwargs.set_item(name, value)?;
            }
            let original = ORIGINAL.get(py).expect("registered before use").bind(py);
            original.call(PyTuple::new(py, positional)?, Some(&kwargs))
        }));
        match outcome {
            Ok(Ok(value)) => value.into_ptr(),
            Ok(Err(err)) => {
                err.restore(py);
                null_mut()
            }
            Err(_) => {
                pyo3::exceptions::PySystemError::new_err("panic in JsonPointer.contains")
                    .restore(py);
                null_mut()
            }
        }
    }

    /// Replaces `JsonPointer.contains` by the fast-call descriptor.
    pub fn register(py: Python<'_>) -> PyResult<()> {
        let tp = py.get_type::<JsonPointer>();
        let original = tp.getattr(pyo3::intern!(py, "contains"))?;
        let _ = ORIGINAL.set(py, original.unbind());
        // SAFETY: `DEF` lives forever; the type object is live.
        let descr = unsafe {
            Bound::from_owned_ptr_or_err(py, PyDescr_NewMethod(tp.as_type_ptr(), DEF.0.get()))?
        };
        tp.setattr(pyo3::intern!(py, "contains"), descr)
    }
}
