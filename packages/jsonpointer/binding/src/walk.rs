//! One step of a pointer over live Python objects, without converting the
//! document: upstream's `get_part`, `walk`, `_get_create_part`,
//! `_is_missing` and `_set_child`.
//!
//! Upstream dispatches on `collections.abc.Mapping` / `Sequence` and falls
//! back to any object with `__getitem__`. ABC `isinstance` checks are slow,
//! so exact `dict`, `list`, `tuple` and `str` are recognised first by their
//! type pointer; everything else goes through the same ABC checks, in the
//! same order, as upstream.

use pyo3::exceptions::{PyAttributeError, PyIndexError, PyKeyError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple, PyType};

use rusputyn_jsonpointer_core::{ArrayIndex, parse_array_index};

use crate::error::{Fail, Index};
use crate::pointer::EndOfList;
use crate::text::view;

static MAPPING: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static SEQUENCE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

fn is_mapping(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    obj.is_instance(MAPPING.import(obj.py(), "collections.abc", "Mapping")?)
}

/// `isinstance(obj, collections.abc.Sequence)`.
pub fn is_sequence(obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    if obj.is_exact_instance_of::<PyList>() || obj.is_exact_instance_of::<PyTuple>() {
        return Ok(true);
    }
    if obj.is_exact_instance_of::<PyDict>() {
        return Ok(false);
    }
    obj.is_instance(SEQUENCE.import(obj.py(), "collections.abc", "Sequence")?)
}

/// How a document is indexed, in upstream's order of precedence.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Exact `dict`.
    Dict,
    /// Exact `list`.
    List,
    /// Exact `tuple`.
    Tuple,
    /// Any other `Mapping`; `dict_like` is set for dict subclasses, which
    /// cannot also be sequences.
    Mapping { dict_like: bool },
    /// A `str` (indexing it is an error).
    Str,
    /// Any other `Sequence` (bytes, range, user classes, list subclasses...).
    Sequence,
    /// Not an ABC, but has `__getitem__` (duck typing).
    GetItem,
    /// None of the above.
    NotIndexable,
}

impl Kind {
    /// True for the sequence kinds (after `get_part`, which rejects `str`).
    fn is_sequence(self) -> bool {
        matches!(self, Kind::List | Kind::Tuple | Kind::Sequence)
    }
}

/// Classifies `doc` the way upstream's `get_part` does.
pub fn classify(doc: &Bound<'_, PyAny>) -> PyResult<Kind> {
    if doc.is_exact_instance_of::<PyDict>() {
        return Ok(Kind::Dict);
    }
    if doc.is_exact_instance_of::<PyList>() {
        return Ok(Kind::List);
    }
    if doc.is_exact_instance_of::<PyTuple>() {
        return Ok(Kind::Tuple);
    }
    if doc.is_exact_instance_of::<PyString>() {
        return Ok(Kind::Str);
    }
    if doc.is_instance_of::<PyDict>() {
        return Ok(Kind::Mapping { dict_like: true });
    }
    if is_mapping(doc)? {
        return Ok(Kind::Mapping { dict_like: false });
    }
    if doc.is_instance_of::<PyString>() {
        return Ok(Kind::Str);
    }
    if is_sequence(doc)? {
        return Ok(Kind::Sequence);
    }
    if doc.hasattr(intern!(doc.py(), "__getitem__"))? {
        return Ok(Kind::GetItem);
    }
    Ok(Kind::NotIndexable)
}

/// A token converted for its document (upstream's `get_part` result).
pub enum Part<'py> {
    /// Mapping member / `__getitem__` key: the token object itself.
    Key(Bound<'py, PyAny>),
    /// `-` on a sequence (the token object itself).
    End(Bound<'py, PyAny>),
    /// A sequence index that fits `usize`.
    Index(usize),
    /// A sequence index as a Python int too large for `usize`.
    BigIndex(Bound<'py, PyAny>),
}

impl<'py> Part<'py> {
    /// The Python value upstream's `get_part` returns.
    pub fn into_object(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(match self {
            Part::Key(o) | Part::End(o) | Part::BigIndex(o) => o,
            Part::Index(i) => PyInt::new(py, i).into_any(),
        })
    }
}

/// `part == '-'`, with a fast path for exact strings.
fn is_dash(part: &Bound<'_, PyAny>) -> PyResult<bool> {
    if let Ok(s) = part.cast_exact::<PyString>() {
        return Ok(view(s).is_some_and(|t| t == "-"));
    }
    if part.is_exact_instance_of::<PyInt>() {
        return Ok(false);
    }
    part.eq(intern!(part.py(), "-"))
}

/// Converts a token used on a sequence: `-`, or a canonical index.
fn sequence_part<'py>(part: &Bound<'py, PyAny>) -> Result<Part<'py>, Fail<'py>> {
    if let Ok(s) = part.cast_exact::<PyString>()
        && let Some(text) = view(s)
    {
        return match parse_array_index(&text) {
            ArrayIndex::EndOfList => Ok(Part::End(part.clone())),
            ArrayIndex::Index(i) => Ok(Part::Index(i)),
            ArrayIndex::TooLarge => python_int(part),
            ArrayIndex::Invalid => Err(Fail::InvalidIndex(part.clone())),
        };
    }
    if is_dash(part)? {
        return Ok(Part::End(part.clone()));
    }
    // `str(part)` may raise (e.g. for huge ints); upstream lets that through.
    let text = part.str()?;
    match view(&text).map(|t| parse_array_index(&t)) {
        Some(ArrayIndex::Index(i)) if part.is_exact_instance_of::<PyInt>() => Ok(Part::Index(i)),
        Some(ArrayIndex::Index(_) | ArrayIndex::TooLarge) => python_int(part),
        _ => Err(Fail::InvalidIndex(part.clone())),
    }
}

/// `int(part)`; `ValueError` (integer string conversion limit) becomes
/// "Invalid sequence index", anything else propagates.
fn python_int<'py>(part: &Bound<'py, PyAny>) -> Result<Part<'py>, Fail<'py>> {
    let py = part.py();
    match py.get_type::<PyInt>().call1((part,)) {
        Ok(n) => Ok(match n.extract::<usize>() {
            Ok(i) => Part::Index(i),
            Err(_) => Part::BigIndex(n),
        }),
        Err(e) if e.is_instance_of::<PyValueError>(py) => Err(Fail::InvalidIndexValue(e)),
        Err(e) => Err(Fail::Py(e)),
    }
}

/// Upstream's `get_part` for a document already classified.
pub fn get_part<'py>(
    doc: &Bound<'py, PyAny>,
    kind: Kind,
    part: &Bound<'py, PyAny>,
) -> Result<Part<'py>, Fail<'py>> {
    match kind {
        Kind::Dict | Kind::Mapping { .. } | Kind::GetItem => Ok(Part::Key(part.clone())),
        Kind::Str => Err(Fail::CannotApply {
            part: part.clone(),
            doc: doc.clone(),
        }),
        Kind::List | Kind::Tuple | Kind::Sequence => sequence_part(part),
        Kind::NotIndexable => Err(Fail::NotIndexable(doc.clone())),
    }
}

/// `doc[index]` on a sequence; `IndexError` becomes "out of bounds".
fn sequence_item<'py>(
    doc: &Bound<'py, PyAny>,
    kind: Kind,
    part: Part<'py>,
) -> Result<Bound<'py, PyAny>, Fail<'py>> {
    let py = doc.py();
    let index = match part {
        Part::End(_) => return Ok(Bound::new(py, EndOfList::new(doc.clone().unbind()))?.into_any()),
        Part::Key(k) => {
            // Only for objects that are both Mapping and Sequence: upstream
            // then indexes with the raw token.
            if is_dash(&k)? {
                return Ok(Bound::new(py, EndOfList::new(doc.clone().unbind()))?.into_any());
            }
            k
        }
        Part::Index(i) => match kind {
            // SAFETY-free fast paths: bounds are checked here, then
            // get_item re-checks them.
            Kind::List => {
                let list = doc.cast::<PyList>().map_err(PyErr::from)?;
                return if i < list.len() {
                    Ok(list.get_item(i)?)
                } else {
                    Err(Fail::OutOfBounds(Index::Small(i)))
                };
            }
            Kind::Tuple => {
                let tuple = doc.cast::<PyTuple>().map_err(PyErr::from)?;
                return if i < tuple.len() {
                    Ok(tuple.get_item(i)?)
                } else {
                    Err(Fail::OutOfBounds(Index::Small(i)))
                };
            }
            _ => PyInt::new(py, i).into_any(),
        },
        Part::BigIndex(n) => {
            if matches!(kind, Kind::List | Kind::Tuple) {
                return Err(Fail::OutOfBounds(Index::Big(n)));
            }
            n
        }
    };
    match doc.get_item(&index) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance_of::<PyIndexError>(py) => Err(Fail::OutOfBounds(Index::Big(index))),
        Err(e) => Err(Fail::Py(e)),
    }
}

/// Upstream's `walk`: one step from `doc` along token `part`.
pub fn walk<'py>(
    doc: &Bound<'py, PyAny>,
    part: &Bound<'py, PyAny>,
) -> Result<Bound<'py, PyAny>, Fail<'py>> {
    let kind = classify(doc)?;
    let py = doc.py();
    if kind == Kind::Dict {
        let dict = doc.cast::<PyDict>().map_err(PyErr::from)?;
        return match dict.get_item(part)? {
            Some(v) => Ok(v),
            None => Err(Fail::MemberNotFound {
                part: part.clone(),
                doc: doc.clone(),
            }),
        };
    }
    let converted = get_part(doc, kind, part)?;
    let sequence =
        kind.is_sequence() || (kind == Kind::Mapping { dict_like: false } && is_sequence(doc)?);
    if sequence {
        return sequence_item(doc, kind, converted);
    }
    let key = converted.into_object(py)?;
    if let Kind::Mapping { .. } = kind
        && !doc.contains(&key)?
    {
        // Checked first so `__missing__` fallbacks (defaultdict) neither
        // fire nor insert anything.
        return Err(Fail::MemberNotFound {
            part: key,
            doc: doc.clone(),
        });
    }
    match doc.get_item(&key) {
        Ok(v) => Ok(v),
        Err(e) if e.is_instance_of::<PyKeyError>(py) => Err(Fail::MemberNotFound {
            part: key,
            doc: doc.clone(),
        }),
        Err(e) => Err(Fail::Py(e)),
    }
}

/// Upstream's `_get_create_part` for the base class: like `get_part`, but an
/// index equal to the sequence length becomes `'-'` (append).
pub fn get_create_part<'py>(
    doc: &Bound<'py, PyAny>,
    part: &Bound<'py, PyAny>,
) -> Result<Bound<'py, PyAny>, Fail<'py>> {
    let py = doc.py();
    let kind = classify(doc)?;
    let converted = get_part(doc, kind, part)?;
    if let Part::Index(i) = converted
        && kind.is_sequence()
        && i == doc.len()?
    {
        return Ok(intern!(py, "-").clone().into_any());
    }
    Ok(converted.into_object(py)?)
}

/// Upstream's `_is_missing`: could `part` be added to `doc`?
pub fn is_missing(doc: &Bound<'_, PyAny>, part: &Bound<'_, PyAny>) -> PyResult<bool> {
    if let Ok(dict) = doc.cast_exact::<PyDict>() {
        return Ok(!dict.contains(part)?);
    }
    if doc.is_instance_of::<PyDict>() || is_mapping(doc)? {
        return Ok(!doc.contains(part)?);
    }
    if is_sequence(doc)? && !doc.is_instance_of::<PyString>() {
        return is_dash(part);
    }
    Ok(false)
}

/// Upstream's `_set_child`: `parent[part] = value`, appending for `'-'`.
pub fn set_child<'py>(
    parent: &Bound<'py, PyAny>,
    part: &Bound<'py, PyAny>,
    value: &Bound<'py, PyAny>,
) -> Result<(), Fail<'py>> {
    let py = parent.py();
    if parent.is_instance_of::<PyString>() {
        return Err(Fail::Message("Cannot set value in a string".to_owned()));
    }
    if is_sequence(parent)? && is_dash(part)? {
        if let Ok(list) = parent.cast_exact::<PyList>() {
            return Ok(list.append(value)?);
        }
        return match parent.call_method1(intern!(py, "append"), (value,)) {
            Ok(_) => Ok(()),
            Err(e)
                if e.is_instance_of::<PyAttributeError>(py)
                    || e.is_instance_of::<PyTypeError>(py) =>
            {
                Err(Fail::InvalidAssignment(e))
            }
            Err(e) => Err(Fail::Py(e)),
        };
    }
    match parent.set_item(part, value) {
        Ok(()) => Ok(()),
        Err(e) if e.is_instance_of::<PyTypeError>(py) || e.is_instance_of::<PyIndexError>(py) => {
            Err(Fail::InvalidAssignment(e))
        }
        Err(e) => Err(Fail::Py(e)),
    }
}
