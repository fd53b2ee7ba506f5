//! Converts the core value tree into Python objects.
//!
//! Dicts and lists are built directly through the C API wrappers; keys repeated across the
//! document (typical for arrays of tables) reuse one Python string, which also reuses its
//! cached hash. The `datetime` classes are looked up once per process.

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyList, PyModule, PyString};
use rusputyn_tomli_core::{Date, Offset, Table, Time, Value};

/// Cached `datetime` module objects.
struct DatetimeApi {
    date: Py<PyAny>,
    time: Py<PyAny>,
    datetime: Py<PyAny>,
    timezone: Py<PyAny>,
    timedelta: Py<PyAny>,
    utc: Py<PyAny>,
}

static DATETIME: PyOnceLock<DatetimeApi> = PyOnceLock::new();

fn datetime_api(py: Python<'_>) -> PyResult<&DatetimeApi> {
    DATETIME.get_or_try_init(py, || {
        let m = py.import("datetime")?;
        let timezone = m.getattr("timezone")?;
        Ok::<_, PyErr>(DatetimeApi {
            date: m.getattr("date")?.unbind(),
            time: m.getattr("time")?.unbind(),
            datetime: m.getattr("datetime")?.unbind(),
            utc: timezone.getattr("utc")?.unbind(),
            timezone: timezone.unbind(),
            timedelta: m.getattr("timedelta")?.unbind(),
        })
    })
}

static GC: PyOnceLock<Py<PyModule>> = PyOnceLock::new();

/// Keeps Python's cyclic garbage collector paused while a large result is being built: the
/// fresh dicts and lists cannot form garbage cycles yet, but their allocation would trigger
/// many pointless collection passes. Re-enables the collector when dropped (if it was on).
pub struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    /// Pauses the collector if it is enabled.
    pub fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = GC
            .get_or_try_init(py, || Ok::<_, PyErr>(py.import("gc")?.unbind()))?
            .bind(py)
            .clone();
        if gc.call_method0("isenabled")?.is_truthy()? {
            gc.call_method0("disable")?;
            Ok(GcPause { gc: Some(gc) })
        } else {
            Ok(GcPause { gc: None })
        }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // Nothing sensible can be done if re-enabling fails; `gc.enable` does not raise.
            let _ = gc.call_method0("enable");
        }
    }
}

/// State of one conversion.
pub struct Converter<'py, 'a> {
    py: Python<'py>,
    keys: HashMap<&'a str, Bound<'py, PyString>, foldhash::fast::RandomState>,
    /// Results of a custom `parse_float`, indexed like the parser's float spans.
    floats: Option<Vec<Bound<'py, PyAny>>>,
    tzs: HashMap<i16, Bound<'py, PyAny>>,
}

impl<'py, 'a> Converter<'py, 'a> {
    /// A converter; `floats` holds pre-computed `parse_float` results when one was given.
    pub fn new(py: Python<'py>, floats: Option<Vec<Bound<'py, PyAny>>>) -> Self {
        Converter {
            py,
            keys: HashMap::default(),
            floats,
            tzs: HashMap::new(),
        }
    }

    fn key(&mut self, k: &'a str) -> Bound<'py, PyString> {
        let py = self.py;
        self.keys
            .entry(k)
            .or_insert_with(|| PyString::new(py, k))
            .clone()
    }

    /// Converts a table to a new dict. Keys of tables inside arrays usually repeat from one
    /// element to the next, so only those go through the key cache; elsewhere keys are mostly
    /// unique and caching would cost more than it saves.
    pub fn table(&mut self, t: &'a Table<'a>, in_array: bool) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(self.py);
        for (k, v) in &t.entries {
            let value = self.value(v)?;
            if in_array {
                d.set_item(self.key(k), value)?;
            } else {
                d.set_item(PyString::new(self.py, k), value)?;
            }
        }
        Ok(d)
    }

    fn date(&self, d: &Date) -> PyResult<Bound<'py, PyAny>> {
        datetime_api(self.py)?
            .date
            .bind(self.py)
            .call1((d.year, d.month, d.day))
    }

    fn tz(&mut self, o: Offset) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        let api = datetime_api(py)?;
        let minutes = match o {
            Offset::Utc | Offset::Minutes(0) => return Ok(api.utc.bind(py).clone()),
            Offset::Minutes(m) => m,
        };
        if let Some(tz) = self.tzs.get(&minutes) {
            return Ok(tz.clone());
        }
        let kwargs = PyDict::new(py);
        kwargs.set_item("minutes", minutes)?;
        let delta = api.timedelta.bind(py).call((), Some(&kwargs))?;
        let tz = api.timezone.bind(py).call1((delta,))?;
        self.tzs.insert(minutes, tz.clone());
        Ok(tz)
    }

    fn datetime(&mut self, d: &Date, t: &Time, o: Option<Offset>) -> PyResult<Bound<'py, PyAny>> {
        let tz = match o {
            Some(o) => self.tz(o)?,
            None => self.py.None().into_bound(self.py),
        };
        datetime_api(self.py)?.datetime.bind(self.py).call1((
            d.year,
            d.month,
            d.day,
            t.hour,
            t.minute,
            t.second,
            t.microsecond,
            tz,
        ))
    }

    /// Converts any value.
    pub fn value(&mut self, v: &'a Value<'a>) -> PyResult<Bound<'py, PyAny>> {
        let py = self.py;
        Ok(match v {
            Value::String(s) => PyString::new(py, s).into_any(),
            Value::Integer(n) => n.into_pyobject(py)?.into_any(),
            Value::BigInteger(lexeme) => {
                // Same call `tomli` makes, so huge decimal literals hit the same limits.
                py.get_type::<pyo3::types::PyInt>().call1((*lexeme, 0))?
            }
            Value::Float { value, index } => match &self.floats {
                Some(f) => match f.get(*index) {
                    Some(obj) => obj.clone(),
                    None => PyFloat::new(py, *value).into_any(),
                },
                None => PyFloat::new(py, *value).into_any(),
            },
            Value::Boolean(b) => PyBool::new(py, *b).to_owned().into_any(),
            Value::OffsetDateTime(d, t, o) => self.datetime(d, t, Some(*o))?,
            Value::LocalDateTime(d, t) => self.datetime(d, t, None)?,
            Value::LocalDate(d) => self.date(d)?,
            Value::LocalTime(t) => datetime_api(py)?.time.bind(py).call1((
                t.hour,
                t.minute,
                t.second,
                t.microsecond,
            ))?,
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    out.push(match item {
                        Value::Table(t) => self.table(t, true)?.into_any(),
                        other => self.value(other)?,
                    });
                }
                PyList::new(py, out)?.into_any()
            }
            Value::Table(t) => self.table(t, false)?.into_any(),
            Value::ArrayOfTables(tables) => {
                let mut out = Vec::with_capacity(tables.len());
                for t in tables {
                    out.push(self.table(t, true)?);
                }
                PyList::new(py, out)?.into_any()
            }
        })
    }
}
