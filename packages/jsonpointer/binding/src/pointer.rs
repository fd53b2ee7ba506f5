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

/// A JSON Pointer (RFC 6901): a parsed path to a node in a JSON document.
#[pyclass(module = "jsonpointer", name = "JsonPointer", subclass, dict, weakref)]
pub struct JsonPointer {
    /// The unescaped parts (normally a list of str); unset until `__init__`.
    parts: Option<Py<PyAny>>,
}

impl JsonPointer {
    fn parts_object<'py>(slf: &Bound<'py, Self>, exact: bool) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        if exact {
            // Borrow only long enough to take a reference: user code run
            // during a walk may legitimately assign `parts`.
            match &slf.borrow().parts {
                Some(p) => Ok(p.bind(py).clone()),
                None => Err(PyAttributeError::new_err(
                    "'JsonPointer' object has no attribute 'parts'",
                )),
            }
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
            return Ok(Bound::new(
                py,
                JsonPointer {
                    parts: Some(out.into_any().unbind()),
                },
            )?
            .into_any());
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
        JsonPointer { parts: None }
    }

    fn __traverse__(&self, visit: PyVisit<'_>) -> Result<(), PyTraverseError> {
        if let Some(p) = &self.parts {
            visit.call(p)?;
        }
        Ok(())
    }

    fn __clear__(&mut self) {
        self.parts = None;
    }

    /// Parses `pointer`; raises `JsonPointerException` if it is invalid.
    fn __init__(slf: &Bound<'_, Self>, pointer: &Bound<'_, PyAny>) -> PyResult<()> {
        let parts = parse_parts(pointer)?;
        slf.borrow_mut().parts = Some(parts.into_any().unbind());
        Ok(())
    }

    /// The list of unescaped parts.
    #[getter(parts)]
    fn parts_getter<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Self::parts_object(slf, true)
    }

    #[setter(parts)]
    fn parts_setter(&mut self, value: Py<PyAny>) {
        self.parts = Some(value);
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
        let exact = slf.is_exact_instance_of::<Self>();
        Self::parts_object(slf, exact)
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
            Self::parts_object(p, true)?
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
        let parts = Self::parts_object(slf, slf.is_exact_instance_of::<Self>())?;
        #[cfg(target_pointer_width = "64")]
        if let Ok(list) = parts.cast_exact::<PyList>() {
            return tuple_hash(list);
        }
        let tuple = match parts.cast_exact::<PyList>() {
            Ok(list) => list.to_tuple().into_any(),
            Err(_) => slf.py().get_type::<PyTuple>().call1((parts,))?,
        };
        tuple.hash()
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
            return Ok(Bound::new(
                py,
                JsonPointer {
                    parts: Some(out.into_any().unbind()),
                },
            )?
            .into_any());
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
        if let Some(p) = &slf.borrow().parts {
            state.set_item(intern!(py, "parts"), p.bind(py))?;
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
                slf.borrow_mut().parts = Some(value.unbind());
            } else {
                slf.getattr(intern!(py, "__dict__"))?.set_item(key, value)?;
            }
        }
        Ok(())
    }
}

/// `hash(tuple(list))` without building the tuple: CPython's (3.8+)
/// 64-bit tuple hash over the items' own (cached, for str) hashes.
#[cfg(target_pointer_width = "64")]
fn tuple_hash(list: &Bound<'_, PyList>) -> PyResult<isize> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
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
        return Ok(1546275796);
    }
    Ok(acc as isize)
}

impl JsonPointer {
    fn equals(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        if !other.is_instance_of::<Self>() {
            return Ok(py.NotImplemented());
        }
        let mine = Self::parts_object(slf, slf.is_exact_instance_of::<Self>())?;
        let theirs = match other.cast_exact::<Self>() {
            Ok(p) => Self::parts_object(p, true)?,
            Err(_) => other.getattr(intern!(py, "parts"))?,
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
