//! PyO3 binding of `rusputyn-dotenv-core`, imported by the Python glue as
//! `dotenv._core`.
//!
//! The glue keeps python-dotenv's module layout (`dotenv.main`, `dotenv.parser`, ...)
//! in Python so logging, `os.environ` and file handling behave exactly like upstream;
//! this module does the text work: parsing, interpolation and rewriting.

mod error;
mod text;

use pyo3::exceptions::{PyKeyError, PyUnicodeEncodeError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use rusputyn_dotenv_core::edit::{self, QuoteMode};
use rusputyn_dotenv_core::parser::Parser;
use rusputyn_dotenv_core::variables::{self, Atom, Lookup};
use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use text::{StoredText, Text, new_str};

/// A value in [`Pairs`]: a slice of the source text, or text rebuilt by escape
/// decoding.
enum Value {
    Slice(Range<usize>),
    Owned(String),
}

impl Value {
    fn as_str<'a>(&'a self, src: &'a str) -> &'a str {
        match self {
            Value::Slice(r) => &src[r.clone()],
            Value::Owned(s) => s,
        }
    }
}

/// Offset range of `part` inside `whole`; `part` must be a sub-slice of `whole`.
fn range_in(whole: &str, part: &str) -> Range<usize> {
    let start = (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize);
    start..start + part.len()
}

/// The `(key, value)` pairs of a parsed `.env` text, as returned by
/// `DotEnv.parse()`: iterable like upstream's generator, but also read directly by
/// [`resolve`] without building Python tuples.
#[pyclass(module = "dotenv._core", frozen)]
struct Pairs {
    text: StoredText,
    items: Vec<(Range<usize>, Option<Value>)>,
    error_lines: Vec<usize>,
    cursor: AtomicUsize,
}

#[pymethods]
impl Pairs {
    /// Parses `text` (a `str`, byte-order mark already allowed).
    #[new]
    fn new(text: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = Text::new(text)?;
        let src = text.as_str();
        let mut items = Vec::new();
        let mut error_lines = Vec::new();
        for binding in Parser::new(src) {
            if binding.error {
                error_lines.push(binding.original.line);
            }
            if let Some(key) = binding.key {
                let value = binding.value.map(|v| match v {
                    Cow::Borrowed(s) => Value::Slice(range_in(src, s)),
                    Cow::Owned(s) => Value::Owned(s),
                });
                items.push((range_in(src, key), value));
            }
        }
        Ok(Pairs {
            text: text.unbind(),
            items,
            error_lines,
            cursor: AtomicUsize::new(0),
        })
    }

    /// Start lines of the statements that could not be parsed.
    #[getter]
    fn error_lines(&self) -> Vec<usize> {
        self.error_lines.clone()
    }

    fn __iter__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    /// Next `(key, value)` tuple: `Pairs` is a one-shot iterator, like the generator
    /// upstream's `DotEnv.parse()` returns.
    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTuple>>> {
        let index = self.cursor.fetch_add(1, Ordering::Relaxed);
        let Some((key, value)) = self.items.get(index) else {
            self.cursor.store(self.items.len(), Ordering::Relaxed);
            return Ok(None);
        };
        let src = self.text.as_str(py);
        let mapped = self.text.mapped();
        let key = new_str(py, &src[key.clone()], mapped)?.into_any();
        let value = match value {
            Some(v) => new_str(py, v.as_str(src), mapped)?.into_any(),
            None => py.None().into_bound(py),
        };
        Ok(Some(PyTuple::new(py, [key, value])?))
    }
}

impl Pairs {
    /// Takes the items not consumed yet, leaving the iterator exhausted.
    fn drain(&self) -> &[(Range<usize>, Option<Value>)] {
        let start = self.cursor.swap(self.items.len(), Ordering::Relaxed);
        self.items.get(start..).unwrap_or_default()
    }
}

/// Where `resolve` writes: a plain `dict` (fast C-level stores) or any mapping, such
/// as an `OrderedDict`, whose own `__setitem__` must run.
struct Target<'a, 'py> {
    any: &'a Bound<'py, PyAny>,
    /// Read access; `OrderedDict` is a `dict` subclass whose reads may bypass it.
    dict: Option<&'a Bound<'py, PyDict>>,
    exact_dict: bool,
}

impl<'a, 'py> Target<'a, 'py> {
    fn new(any: &'a Bound<'py, PyAny>) -> Self {
        let dict = any.cast::<PyDict>().ok();
        let exact_dict = any.is_exact_instance_of::<PyDict>();
        Target {
            any,
            dict,
            exact_dict,
        }
    }

    fn set(&self, key: Bound<'py, PyAny>, value: Bound<'py, PyAny>) -> PyResult<()> {
        match self.dict {
            Some(d) if self.exact_dict => d.set_item(key, value),
            _ => self.any.set_item(key, value),
        }
    }

    /// `Some(None)` for a key defined without a value.
    fn get(&self, key: &Bound<'py, PyString>) -> PyResult<Option<Option<Text<'py>>>> {
        let found = match self.dict {
            Some(d) => d.get_item(key)?,
            None => match self.any.get_item(key) {
                Ok(v) => Some(v),
                Err(err) if err.is_instance_of::<PyKeyError>(key.py()) => None,
                Err(err) => return Err(err),
            },
        };
        Ok(match found {
            None => None,
            Some(v) if v.is_none() => Some(None),
            Some(v) => Some(Some(Text::new(v.str()?.as_any())?)),
        })
    }
}

/// Expands the references of `value` against `target` (values already resolved) and
/// `environ`, with upstream's precedence rules. `None` when nothing was expanded.
/// Sets `mapped` when a looked-up value brought lone surrogates in as stand-ins.
fn expand<'py>(
    value: &str,
    override_env: bool,
    environ: &Bound<'py, PyAny>,
    target: &Target<'_, 'py>,
    mapped: &Cell<bool>,
) -> PyResult<Option<String>> {
    let py = environ.py();
    let mut failure: Option<PyErr> = None;
    let found = |t: Text<'py>| {
        mapped.set(mapped.get() || t.mapped());
        Lookup::Value(Cow::Owned(t.as_str().to_string()))
    };
    let environ_get = |name: &Bound<'py, PyString>| -> PyResult<Option<Text<'py>>> {
        let v = match environ.call_method1(intern!(py, "get"), (name,)) {
            Ok(v) => v,
            // `os.environ` cannot encode names with surrogates outside the
            // surrogateescape range, and so cannot hold them either.
            Err(err) if err.is_instance_of::<PyUnicodeEncodeError>(py) => return Ok(None),
            Err(err) => return Err(err),
        };
        if v.is_none() {
            Ok(None)
        } else {
            Ok(Some(Text::new(v.str()?.as_any())?))
        }
    };
    let expanded = variables::interpolate(value, |name| {
        let result = (|| -> PyResult<Lookup<'static>> {
            let name = new_str(py, name, mapped.get())?;
            let from_file = |v: Option<Text<'py>>| v.map_or(Lookup::NoValue, found);
            if override_env {
                if let Some(v) = target.get(&name)? {
                    return Ok(from_file(v));
                }
                return Ok(environ_get(&name)?.map_or(Lookup::Undefined, found));
            }
            if let Some(e) = environ_get(&name)? {
                return Ok(found(e));
            }
            Ok(target.get(&name)?.map_or(Lookup::Undefined, from_file))
        })();
        result.unwrap_or_else(|err| {
            failure.get_or_insert(err);
            Lookup::Undefined
        })
    });
    if let Some(err) = failure {
        return Err(err);
    }
    Ok(match expanded {
        Cow::Borrowed(_) => None,
        Cow::Owned(s) => Some(s),
    })
}

/// Fills `target` with the pairs of `values` (a [`Pairs`] or any iterable of
/// `(key, value)` tuples), expanding `${...}` references when `interpolate` is true.
/// Returns `target`.
#[pyfunction]
fn resolve<'py>(
    values: &Bound<'py, PyAny>,
    interpolate: bool,
    override_env: bool,
    environ: &Bound<'py, PyAny>,
    target: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = values.py();
    let out = Target::new(target);
    if let Ok(pairs) = values.cast::<Pairs>() {
        let pairs = pairs.get();
        let src = pairs.text.as_str(py);
        let mapped = Cell::new(pairs.text.mapped());
        for (key, value) in pairs.drain() {
            let key = new_str(py, &src[key.clone()], mapped.get())?.into_any();
            let value = match value {
                None => py.None().into_bound(py),
                Some(v) => {
                    let text = v.as_str(src);
                    let expanded = if interpolate && text.contains("${") {
                        expand(text, override_env, environ, &out, &mapped)?
                    } else {
                        None
                    };
                    new_str(py, expanded.as_deref().unwrap_or(text), mapped.get())?.into_any()
                }
            };
            out.set(key, value)?;
        }
        return Ok(target.clone());
    }
    for item in values.try_iter()? {
        let item = item?;
        let (key, value): (Bound<'py, PyAny>, Bound<'py, PyAny>) = item.extract()?;
        let value = if interpolate && !value.is_none() {
            let text = Text::new(&value)?;
            let mapped = Cell::new(text.mapped());
            match expand(text.as_str(), override_env, environ, &out, &mapped)? {
                Some(expanded) => new_str(py, &expanded, mapped.get())?.into_any(),
                None => value.clone(),
            }
        } else {
            value
        };
        out.set(key, value)?;
    }
    Ok(target.clone())
}

/// Copies `values` into `environ` like `DotEnv.set_as_environment_variables`:
/// keys already in `environ` are skipped unless `override_env`, `None` values are.
#[pyfunction]
fn apply_environ<'py>(
    values: &Bound<'py, PyAny>,
    environ: &Bound<'py, PyAny>,
    override_env: bool,
) -> PyResult<()> {
    let py = values.py();
    for item in values.call_method0(intern!(py, "items"))?.try_iter()? {
        let (key, value): (Bound<'py, PyAny>, Bound<'py, PyAny>) = item?.extract()?;
        if !override_env && environ.contains(&key)? {
            continue;
        }
        if !value.is_none() {
            environ.set_item(key, value)?;
        }
    }
    Ok(())
}

/// Parses `text` into `(key, value, original_string, line, error)` tuples.
#[pyfunction]
fn parse_bindings<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let py = text.py();
    let text = Text::new(text)?;
    let mapped = text.mapped();
    let list = PyList::empty(py);
    let opt = |s: Option<&str>| s.map(|s| new_str(py, s, mapped)).transpose();
    for b in Parser::new(text.as_str()) {
        let item = (
            opt(b.key)?,
            opt(b.value.as_deref())?,
            new_str(py, b.original.string, mapped)?,
            b.original.line,
            b.error,
        );
        list.append(item.into_pyobject(py)?)?;
    }
    Ok(list)
}

/// Splits a value into `(is_variable, name_or_text, default)` triples.
#[pyfunction]
fn parse_variables<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let py = value.py();
    let text = Text::new(value)?;
    let mapped = text.mapped();
    let list = PyList::empty(py);
    for atom in variables::parse_variables(text.as_str()) {
        let item = match atom {
            Atom::Literal(s) => (false, new_str(py, s, mapped)?, None),
            Atom::Variable { name, default } => (
                true,
                new_str(py, name, mapped)?,
                default.map(|d| new_str(py, d, mapped)).transpose()?,
            ),
        };
        list.append(item.into_pyobject(py)?)?;
    }
    Ok(list)
}

/// Checks a `set_key` quote mode; raises `ValueError("Unknown quote_mode: ...")`.
fn quote_mode(mode: &str) -> PyResult<QuoteMode> {
    mode.parse::<QuoteMode>().map_err(error::to_py_err)
}

/// The line `set_key` writes for `key`/`value`. `key` is already formatted with
/// `str.format` by the caller; `value` must be a `str` (as upstream requires).
#[pyfunction]
fn format_assignment<'py>(
    key: &Bound<'py, PyAny>,
    value: &Bound<'py, PyAny>,
    quote_mode_name: &str,
    export: bool,
) -> PyResult<Bound<'py, PyString>> {
    let mode = quote_mode(quote_mode_name)?;
    let py = value.py();
    let quote = match mode {
        // Python's own `str.isalnum` keeps the Unicode tables identical.
        QuoteMode::Auto => mode.quotes(value.call_method0(intern!(py, "isalnum"))?.is_truthy()?),
        other => other.quotes(false),
    };
    let key = Text::new(key)?;
    let value = Text::new(value)?;
    let line = edit::format_assignment(key.as_str(), value.as_str(), quote, export);
    new_str(py, &line, key.mapped() || value.mapped())
}

/// Parsed keys are never empty, so `""` stands for a non-`str` key that can never
/// match (upstream compares with `==`).
fn key_text<'py>(key: &Bound<'py, PyAny>) -> PyResult<Option<Text<'py>>> {
    if key.is_none() {
        Ok(None)
    } else {
        Text::new(key).map(Some)
    }
}

/// Rewrites `text` for `set_key`: returns `(new_text, error_lines)`.
#[pyfunction]
fn set_key_text<'py>(
    text: &Bound<'py, PyAny>,
    key: &Bound<'py, PyAny>,
    line: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyString>, Vec<usize>)> {
    let py = text.py();
    let (text, key, line) = (Text::new(text)?, key_text(key)?, Text::new(line)?);
    let mapped = text.mapped() || line.mapped() || key.as_ref().is_some_and(Text::mapped);
    let key = key.as_ref().map_or("", Text::as_str);
    let r = edit::set_key(text.as_str(), key, line.as_str());
    Ok((new_str(py, &r.text, mapped)?, r.error_lines))
}

/// Rewrites `text` for `unset_key`: returns `(new_text, removed, error_lines)`.
#[pyfunction]
fn unset_key_text<'py>(
    text: &Bound<'py, PyAny>,
    key: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyString>, bool, Vec<usize>)> {
    let py = text.py();
    let (text, key) = (Text::new(text)?, key_text(key)?);
    let mapped = text.mapped() || key.as_ref().is_some_and(Text::mapped);
    let key = key.as_ref().map_or("", Text::as_str);
    let r = edit::unset_key(text.as_str(), key);
    Ok((new_str(py, &r.text, mapped)?, r.found, r.error_lines))
}

/// The `dotenv._core` extension module.
#[pymodule]
#[pyo3(name = "_core")]
fn rusputyn_dotenv(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pairs>()?;
    m.add_function(wrap_pyfunction!(resolve, m)?)?;
    m.add_function(wrap_pyfunction!(apply_environ, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bindings, m)?)?;
    m.add_function(wrap_pyfunction!(parse_variables, m)?)?;
    m.add_function(wrap_pyfunction!(format_assignment, m)?)?;
    m.add_function(wrap_pyfunction!(set_key_text, m)?)?;
    m.add_function(wrap_pyfunction!(unset_key_text, m)?)?;
    Ok(())
}
