//! Native bodies of the `Markup` methods that combine a markup string with
//! other values: `join`, `+` (both sides), `%` and `format` /
//! `format_map`.
//!
//! Each Python method is a one-line wrapper around a function here. For
//! the registered `Markup` class itself everything runs natively: values
//! are escaped straight to text (no intermediate `Markup` objects) and the
//! result is built with `str.__new__`. For subclasses the functions follow
//! upstream's Python semantics step by step instead, calling the
//! subclass's own `escape` classmethod and constructor, since either may be
//! overridden.

use crate::error::BindingError;
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyModule, PyString, PyTuple, PyType};

use crate::markup::{markup_class, new_markup};
use crate::{escape_with, escaped_text, html_method, optional_attr};

/// The registered `Markup` class when `obj` is exactly an instance of it,
/// `None` for subclass instances (which take the generic path).
fn exact_markup<'py>(
    module: &Bound<'py, PyModule>,
    obj: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyType>>> {
    let cls = markup_class(module)?;
    Ok(obj.get_type().is(&cls).then_some(cls))
}

/// `type(obj)(value)`: the generic path's constructor call.
fn construct_like<'py>(
    obj: &Bound<'py, PyAny>,
    value: Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    obj.get_type().call1((value,))
}

/// `str.join(sep, items)` (accepts str subclasses on both sides).
fn str_join<'py>(
    sep: &Bound<'py, PyAny>,
    items: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: C API call with live objects; returns a new reference or NULL.
    unsafe {
        Bound::from_owned_ptr_or_err(sep.py(), ffi::PyUnicode_Join(sep.as_ptr(), items.as_ptr()))
    }
}

/// `str.__add__(left, right)` for two str (or str subclass) objects.
fn str_concat<'py>(
    left: &Bound<'py, PyAny>,
    right: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: C API call with live objects; returns a new reference or NULL.
    unsafe {
        Bound::from_owned_ptr_or_err(
            left.py(),
            ffi::PyUnicode_Concat(left.as_ptr(), right.as_ptr()),
        )
    }
}

/// `Markup.join(self, iterable)`.
#[pyfunction]
#[pyo3(pass_module, signature = (this, iterable, /))]
fn _join<'py>(
    module: &Bound<'py, PyModule>,
    this: &Bound<'py, PyAny>,
    iterable: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = this.py();
    let items = PyList::empty(py);
    match exact_markup(module, this)? {
        Some(cls) => {
            for item in iterable.try_iter()? {
                items.append(escaped_text(&cls, &item?)?)?;
            }
            new_markup(&cls, &str_join(this, &items)?)
        }
        None => {
            let escape = this.getattr(intern!(py, "escape"))?;
            for item in iterable.try_iter()? {
                items.append(escape.call1((item?,))?)?;
            }
            construct_like(this, str_join(this, &items)?)
        }
    }
}

/// `isinstance(value, str) or hasattr(value, "__html__")`: what `+`
/// accepts.
fn addable(value: &Bound<'_, PyAny>) -> PyResult<bool> {
    if value.is_instance_of::<PyString>()
        || value.is_instance(&value.py().get_type::<PyString>())?
    {
        return Ok(true);
    }
    Ok(html_method(value)?.is_some())
}

/// `Markup.__add__(self, value)`.
#[pyfunction]
#[pyo3(pass_module, signature = (this, value, /))]
fn _add<'py>(
    module: &Bound<'py, PyModule>,
    this: &Bound<'py, PyAny>,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = this.py();
    if !addable(value)? {
        return Ok(py.NotImplemented().into_bound(py));
    }
    match exact_markup(module, this)? {
        Some(cls) => new_markup(
            &cls,
            &str_concat(this, escaped_text(&cls, value)?.as_any())?,
        ),
        None => {
            let escaped = this.getattr(intern!(py, "escape"))?.call1((value,))?;
            construct_like(this, str_concat(this, &escaped)?)
        }
    }
}

/// `Markup.__radd__(self, value)`: `self.escape(value) + self`.
#[pyfunction]
#[pyo3(pass_module, signature = (this, value, /))]
fn _radd<'py>(
    module: &Bound<'py, PyModule>,
    this: &Bound<'py, PyAny>,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = this.py();
    if !addable(value)? {
        return Ok(py.NotImplemented().into_bound(py));
    }
    match exact_markup(module, this)? {
        Some(cls) => new_markup(
            &cls,
            &str_concat(escaped_text(&cls, value)?.as_any(), this)?,
        ),
        None => {
            let escaped = this.getattr(intern!(py, "escape"))?.call1((value,))?;
            escaped.call_method1(intern!(py, "__add__"), (this,))
        }
    }
}

/// How an [`EscapeHelper`] escapes: natively into the registered `Markup`
/// class, or through a Python callable (a subclass's `escape`).
enum Escaper {
    /// The Rust `escape`, building this class.
    Native(Py<PyType>),
    /// Any `escape(value) -> Markup` callable.
    Callable(Py<PyAny>),
}

impl Escaper {
    fn clone_ref(&self, py: Python<'_>) -> Escaper {
        match self {
            Escaper::Native(cls) => Escaper::Native(cls.clone_ref(py)),
            Escaper::Callable(escape) => Escaper::Callable(escape.clone_ref(py)),
        }
    }

    fn escape<'py>(&self, value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = value.py();
        match self {
            Escaper::Native(cls) => escape_with(cls.bind(py), value),
            Escaper::Callable(escape) => escape.bind(py).call1((value,)),
        }
    }
}

/// Base of `markupsafe._MarkupEscapeHelper`: wraps a `%`-formatting
/// argument of `Markup.__mod__` so that `%s` and `%r` produce escaped text
/// while `%d` / `%f` still see the number.
///
/// The Python package subclasses it with the bare name
/// `_MarkupEscapeHelper`, because `%` formatting errors quote the type name
/// (`%x format: an integer is required, not _MarkupEscapeHelper`) and
/// PyO3 classes always carry a module prefix; `Markup.__mod__` creates
/// instances of that registered subclass.
#[pyclass(frozen, subclass, name = "_EscapeHelper")]
struct EscapeHelper {
    obj: Py<PyAny>,
    escaper: Escaper,
}

#[pymethods]
impl EscapeHelper {
    /// `_MarkupEscapeHelper(obj, escape)`; `markup_cls` (private) selects
    /// the native escape into that registered `Markup` class instead.
    #[new]
    #[pyo3(signature = (obj, escape, markup_cls = None))]
    fn new(obj: Py<PyAny>, escape: Py<PyAny>, markup_cls: Option<Py<PyType>>) -> Self {
        let escaper = match markup_cls {
            Some(cls) => Escaper::Native(cls),
            None => Escaper::Callable(escape),
        };
        EscapeHelper { obj, escaper }
    }

    /// The wrapped value.
    #[getter]
    fn obj(&self, py: Python<'_>) -> Py<PyAny> {
        self.obj.clone_ref(py)
    }

    /// The escape function applied by `str()` and `repr()`.
    #[getter]
    fn escape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match &self.escaper {
            Escaper::Native(cls) => cls.bind(py).getattr(intern!(py, "escape")),
            Escaper::Callable(escape) => Ok(escape.bind(py).clone()),
        }
    }

    fn __getitem__<'py>(
        slf: &Bound<'py, Self>,
        key: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let this = slf.get();
        let item = this.obj.bind(py).get_item(key)?;
        if slf.is_exact_instance_of::<EscapeHelper>() {
            let escaper = this.escaper.clone_ref(py);
            return Ok(Bound::new(
                py,
                EscapeHelper {
                    obj: item.unbind(),
                    escaper,
                },
            )?
            .into_any());
        }
        new_helper(&slf.get_type().into_any(), item, &this.escaper)
    }

    fn __str__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.escaper.escape(self.obj.bind(py))?.str()
    }

    fn __repr__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        self.escaper
            .escape(self.obj.bind(py).repr()?.as_any())?
            .str()
    }

    fn __int__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: C API call with a live object; new reference or NULL.
        unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyNumber_Long(self.obj.as_ptr())) }
    }

    fn __float__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: C API call with a live object; new reference or NULL.
        unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyNumber_Float(self.obj.as_ptr())) }
    }
}

/// Whether every conversion in the `%`-template `template` is `%s`, `%r`,
/// `%a` or `%%` (`false` also when the template cannot be parsed: the slow
/// path then reproduces Python's error).
fn text_conversions_only(template: &Bound<'_, PyAny>) -> PyResult<bool> {
    let template = template.cast::<PyString>()?;
    crate::text::with_utf8(template, |bytes| {
        let mut pos = 0;
        while let Some(found) = bytes[pos..].iter().position(|&b| b == b'%') {
            pos += found + 1;
            // Mapping key: `(` ... matching `)`, nesting like CPython.
            if bytes.get(pos) == Some(&b'(') {
                let mut depth = 1;
                pos += 1;
                while depth > 0 {
                    match bytes.get(pos) {
                        Some(b'(') => depth += 1,
                        Some(b')') => depth -= 1,
                        Some(_) => {}
                        None => return false,
                    }
                    pos += 1;
                }
            }
            while matches!(
                bytes.get(pos),
                Some(b'-' | b'+' | b' ' | b'#' | b'0' | b'1'..=b'9' | b'*' | b'.')
            ) {
                pos += 1;
            }
            if matches!(bytes.get(pos), Some(b'h' | b'l' | b'L')) {
                pos += 1;
            }
            match bytes.get(pos) {
                Some(b's' | b'r' | b'a' | b'%') => pos += 1,
                _ => return false,
            }
        }
        true
    })
}

/// `helper_cls(obj, escape[, markup_cls])` for the given escaper.
fn new_helper<'py>(
    helper_cls: &Bound<'py, PyAny>,
    obj: Bound<'py, PyAny>,
    escaper: &Escaper,
) -> PyResult<Bound<'py, PyAny>> {
    let py = obj.py();
    match escaper {
        Escaper::Native(cls) => helper_cls.call1((obj, py.None(), cls.clone_ref(py))),
        Escaper::Callable(escape) => helper_cls.call1((obj, escape.clone_ref(py))),
    }
}

/// `Markup.__mod__(self, value)`.
#[pyfunction]
#[pyo3(pass_module, signature = (this, value, /))]
fn _mod<'py>(
    module: &Bound<'py, PyModule>,
    this: &Bound<'py, PyAny>,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = this.py();
    let exact = exact_markup(module, this)?;
    let escaper = match &exact {
        Some(cls) => Escaper::Native(cls.clone().unbind()),
        None => Escaper::Callable(this.getattr(intern!(py, "escape"))?.unbind()),
    };
    // The registered subclass only matters for error messages quoting the
    // helper's type name, which only numeric conversions can produce; with
    // `%s` / `%r` / `%a` alone, instances of the base class are as good
    // and much cheaper to create.
    let helper_cls = if text_conversions_only(this)? {
        None
    } else {
        Some(module.getattr(intern!(py, "_MarkupEscapeHelper"))?)
    };
    let wrap = |obj: Bound<'py, PyAny>| match &helper_cls {
        Some(helper_cls) => new_helper(helper_cls, obj, &escaper),
        None => Ok(Bound::new(
            py,
            EscapeHelper {
                obj: obj.unbind(),
                escaper: escaper.clone_ref(py),
            },
        )?
        .into_any()),
    };
    let args: Bound<'py, PyAny> = if let Ok(tuple) = value.cast::<PyTuple>() {
        let mut helpers = Vec::with_capacity(tuple.len());
        for item in tuple.iter() {
            helpers.push(wrap(item)?);
        }
        PyTuple::new(py, helpers)?.into_any()
    } else if !value.is_instance_of::<PyString>()
        && value.get_type().hasattr(intern!(py, "__getitem__"))?
    {
        // A mapping (or any subscriptable) for `%(name)s` lookups.
        wrap(value.clone())?
    } else {
        PyTuple::new(py, [wrap(value.clone())?])?.into_any()
    };
    // SAFETY: C API call with live objects; new reference or NULL.
    let formatted = unsafe {
        Bound::from_owned_ptr_or_err(py, ffi::PyUnicode_Format(this.as_ptr(), args.as_ptr()))?
    };
    match exact {
        Some(cls) => new_markup(&cls, &formatted),
        None => construct_like(this, formatted),
    }
}

/// `_string.formatter_parser` and `_string.formatter_field_name_split`:
/// the C parsers behind `string.Formatter`, so field syntax and its error
/// messages are exactly Python's.
fn string_helpers(py: Python<'_>) -> PyResult<&(Py<PyAny>, Py<PyAny>)> {
    static HELPERS: PyOnceLock<(Py<PyAny>, Py<PyAny>)> = PyOnceLock::new();
    HELPERS.get_or_try_init(py, || {
        let module = py.import("_string")?;
        Ok((
            module.getattr("formatter_parser")?.unbind(),
            module.getattr("formatter_field_name_split")?.unbind(),
        ))
    })
}

/// Automatic field numbering state of `string.Formatter._vformat`: the next
/// automatic index, or `Manual` once an explicit index was used.
#[derive(Clone, Copy)]
enum AutoIndex {
    Next(usize),
    Manual,
}

/// Formatting context: the positional and keyword arguments and the
/// `Markup` class the replacement fields are escaped into.
struct Formatter<'a, 'py> {
    args: &'a Bound<'py, PyAny>,
    kwargs: &'a Bound<'py, PyAny>,
    cls: &'a Bound<'py, PyType>,
}

impl<'py> Formatter<'_, 'py> {
    /// `string.Formatter._vformat` with `EscapeFormatter.format_field`:
    /// returns the formatted text as a `str`.
    fn vformat(
        &self,
        template: &Bound<'py, PyAny>,
        depth: i32,
        auto: &mut AutoIndex,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = template.py();
        if depth < 0 {
            return Err(BindingError::FormatRecursion.into());
        }
        let (parser, _) = string_helpers(py)?;
        let pieces = PyList::empty(py);
        for entry in parser.bind(py).call1((template,))?.try_iter()? {
            let entry = entry?;
            let entry = entry.cast::<PyTuple>()?;
            let literal = entry.get_item(0)?;
            if literal.is_truthy()? {
                pieces.append(literal)?;
            }
            let field_name = entry.get_item(1)?;
            if field_name.is_none() {
                continue;
            }
            let field_name = field_name.cast_into::<PyString>()?;
            let field_name = if field_name.len()? == 0 {
                match *auto {
                    AutoIndex::Manual => {
                        return Err(PyErr::from(BindingError::FormatMixedNumbering));
                    }
                    AutoIndex::Next(index) => {
                        *auto = AutoIndex::Next(index + 1);
                        PyString::new(py, &index.to_string())
                    }
                }
            } else {
                if is_digit(&field_name)? {
                    if matches!(*auto, AutoIndex::Next(index) if index > 0) {
                        return Err(PyErr::from(BindingError::FormatMixedNumbering));
                    }
                    *auto = AutoIndex::Manual;
                }
                field_name
            };
            let value = self.get_field(&field_name)?;
            let value = convert_field(value, &entry.get_item(3)?)?;
            let spec = self.vformat(&entry.get_item(2)?, depth - 1, auto)?;
            pieces.append(self.format_field(&value, &spec)?)?;
        }
        str_join(PyString::new(py, "").as_any(), &pieces)
    }

    /// `string.Formatter.get_field`: the argument named by the first part
    /// of `field_name`, followed through `.attr` and `[key]` accessors.
    fn get_field(&self, field_name: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
        let py = field_name.py();
        let (_, split) = string_helpers(py)?;
        let split = split.bind(py).call1((field_name,))?;
        let split = split.cast::<PyTuple>()?;
        let first = split.get_item(0)?;
        let mut value = if first.is_instance_of::<pyo3::types::PyInt>() {
            self.args.get_item(&first)?
        } else {
            self.kwargs.get_item(&first)?
        };
        for accessor in split.get_item(1)?.try_iter()? {
            let accessor = accessor?;
            let accessor = accessor.cast::<PyTuple>()?;
            let key = accessor.get_item(1)?;
            value = if accessor.get_item(0)?.is_truthy()? {
                value.getattr(key.cast_into::<PyString>()?)?
            } else {
                value.get_item(&key)?
            };
        }
        Ok(value)
    }

    /// `EscapeFormatter.format_field`: honours `__html_format__` and
    /// `__html__`, otherwise `format(value, spec)`; returns escaped text.
    fn format_field(
        &self,
        value: &Bound<'py, PyAny>,
        spec: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyString>> {
        let py = value.py();
        let formatted =
            if let Some(html_format) = optional_attr(value, intern!(py, "__html_format__"))? {
                html_format.call1((spec,))?
            } else if let Some(html) = html_method(value)? {
                if spec.is_truthy()? {
                    return Err(BindingError::FormatSpecWithoutHtmlFormat {
                        spec: spec.str()?.to_string_lossy().into_owned(),
                        type_repr: value.get_type().str()?.to_string_lossy().into_owned(),
                    }
                    .into());
                }
                html.call0()?
            } else {
                // SAFETY: C API call with live objects; new reference or NULL.
                unsafe {
                    Bound::from_owned_ptr_or_err(
                        py,
                        ffi::PyObject_Format(value.as_ptr(), spec.as_ptr()),
                    )?
                }
            };
        escaped_text(self.cls, &formatted)
    }
}

/// `field_name.isdigit()`: decided natively for ASCII names (the common
/// case); Python's Unicode rules for the rest.
fn is_digit(field_name: &Bound<'_, PyString>) -> PyResult<bool> {
    let ascii = crate::text::with_utf8(field_name, |bytes| {
        bytes
            .is_ascii()
            .then(|| !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit))
    })?;
    match ascii {
        Some(answer) => Ok(answer),
        None => field_name
            .call_method0(intern!(field_name.py(), "isdigit"))?
            .is_truthy(),
    }
}

/// `string.Formatter.convert_field`: applies `!s`, `!r` or `!a`.
fn convert_field<'py>(
    value: Bound<'py, PyAny>,
    conversion: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    if conversion.is_none() {
        return Ok(value);
    }
    let conversion = conversion.str()?;
    let py = value.py();
    if PyAnyMethods::eq(conversion.as_any(), intern!(py, "s"))? {
        Ok(value.str()?.into_any())
    } else if PyAnyMethods::eq(conversion.as_any(), intern!(py, "r"))? {
        Ok(value.repr()?.into_any())
    } else if PyAnyMethods::eq(conversion.as_any(), intern!(py, "a"))? {
        // SAFETY: C API call with a live object; new reference or NULL.
        unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyObject_ASCII(value.as_ptr())) }
    } else {
        Err(BindingError::FormatUnknownConversion(conversion.to_string_lossy().into_owned()).into())
    }
}

/// `Markup.format(*args, **kwargs)` / `Markup.format_map(mapping)` for the
/// registered `Markup` class (`None` for subclasses: the Python
/// `EscapeFormatter` handles those, honouring an overridden `escape`).
#[pyfunction]
#[pyo3(pass_module, signature = (this, args, kwargs, /))]
fn _format<'py>(
    module: &Bound<'py, PyModule>,
    this: &Bound<'py, PyAny>,
    args: &Bound<'py, PyAny>,
    kwargs: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let Some(cls) = exact_markup(module, this)? else {
        return Ok(None);
    };
    let formatter = Formatter {
        args,
        kwargs,
        cls: &cls,
    };
    let text = formatter.vformat(this, 2, &mut AutoIndex::Next(0))?;
    Ok(Some(new_markup(&cls, &text)?))
}

/// Adds this module's functions and the helper class to `m`.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(_join, m)?)?;
    m.add_function(wrap_pyfunction!(_add, m)?)?;
    m.add_function(wrap_pyfunction!(_radd, m)?)?;
    m.add_function(wrap_pyfunction!(_mod, m)?)?;
    m.add_function(wrap_pyfunction!(_format, m)?)?;
    m.add_class::<EscapeHelper>()?;
    Ok(())
}
