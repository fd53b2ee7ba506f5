//! Zero-copy access to the characters of Python `str` objects as UTF-8,
//! and construction of `str` objects from UTF-8 bytes.
//!
//! The wheel targets the stable ABI for CPython 3.9+, where PyO3 can only
//! read a `str` by encoding it into a fresh `bytes` object (one allocation
//! and copy per call). `PyUnicode_AsUTF8AndSize` instead returns a pointer
//! into the string itself for ASCII text (and a cached encoding otherwise);
//! it joined the limited API in 3.10 but has been exported by every CPython
//! 3 build, so we declare it ourselves.
//!
//! Strings holding lone surrogates have no UTF-8 form; for those we fall
//! back to the "surrogatepass" encoding, which the core algorithms handle
//! because they only ever interpret ASCII bytes.

use std::ffi::c_char;

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyString};

unsafe extern "C" {
    /// CPython's `PyUnicode_AsUTF8AndSize` (see the module docs for why we
    /// declare it ourselves).
    #[link_name = "PyUnicode_AsUTF8AndSize"]
    fn unicode_as_utf8_and_size(
        unicode: *mut ffi::PyObject,
        size: *mut ffi::Py_ssize_t,
    ) -> *const c_char;
}

/// Error handler name used for both directions of the surrogate fallback.
const SURROGATEPASS: &std::ffi::CStr = c"surrogatepass";

/// Calls `f` with the UTF-8 (or surrogatepass UTF-8) bytes of `s`.
pub fn with_utf8<'py, R>(s: &Bound<'py, PyString>, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    let py = s.py();
    let mut size: ffi::Py_ssize_t = 0;
    // SAFETY: `s` is a live str object; on success the returned buffer is
    // owned by `s` and stays valid while `s` is alive, which outlives `f`.
    let data = unsafe { unicode_as_utf8_and_size(s.as_ptr(), &mut size) };
    if !data.is_null() {
        let len = usize::try_from(size).unwrap_or(0);
        // SAFETY: CPython guarantees `size` readable bytes at `data`.
        let bytes = unsafe { std::slice::from_raw_parts(data.cast::<u8>(), len) };
        return Ok(f(bytes));
    }
    // Lone surrogates: the only way the conversion fails for a real str.
    let _ = PyErr::take(py);
    // SAFETY: plain C API call with a live object and static C strings.
    let encoded = unsafe {
        Bound::from_owned_ptr_or_err(
            py,
            ffi::PyUnicode_AsEncodedString(s.as_ptr(), c"utf-8".as_ptr(), SURROGATEPASS.as_ptr()),
        )?
    };
    let encoded = encoded.cast_into::<PyBytes>()?;
    Ok(f(encoded.as_bytes()))
}

/// Builds a `str` from bytes produced by the core from [`with_utf8`] input
/// (valid UTF-8, or surrogatepass UTF-8 when the input had surrogates).
pub fn str_from_utf8<'py>(py: Python<'py>, bytes: &[u8]) -> PyResult<Bound<'py, PyString>> {
    let len =
        ffi::Py_ssize_t::try_from(bytes.len()).map_err(|_| crate::error::BindingError::TooLarge)?;
    // SAFETY: pointer/length describe a live slice; the error handler is a
    // static C string.
    unsafe {
        Bound::from_owned_ptr_or_err(
            py,
            ffi::PyUnicode_DecodeUTF8(bytes.as_ptr().cast::<c_char>(), len, SURROGATEPASS.as_ptr()),
        )
        .map(|obj| obj.cast_into_unchecked::<PyString>())
    }
}

/// The range of ints whose decimal strings are made once and shared: the same
/// range for which CPython keeps one shared `int` object per value.
const SMALL_INTS: std::ops::RangeInclusive<i64> = -5..=256;

/// The decimal strings of [`SMALL_INTS`], created on first use.
static SMALL_INT_STRS: PyOnceLock<Box<[Py<PyString>]>> = PyOnceLock::new();

/// `str(n)` for an exact `int` that fits in 64 bits, formatted here instead of
/// by `int.__repr__` (whose general base-conversion algorithm costs about as
/// much as a whole `soft_str` call), and shared for small values (a `str` is
/// immutable and its identity is not part of `str()`'s contract, as with
/// CPython's own shared one-character strings); `None` for a larger int,
/// which the caller converts with `str()` (keeping CPython's digit-limit
/// error).
///
/// Only for exact `int`s: a subclass may override `__str__`/`__repr__`.
pub fn exact_int_str<'py>(n: &Bound<'py, PyAny>) -> Option<PyResult<Bound<'py, PyString>>> {
    let mut overflow: std::ffi::c_int = 0;
    // SAFETY: `n` is a live exact int; the call cannot fail for one (it only
    // reports overflow through the out-parameter).
    let value = unsafe { ffi::PyLong_AsLongLongAndOverflow(n.as_ptr(), &mut overflow) };
    if overflow != 0 {
        return None;
    }
    let py = n.py();
    if SMALL_INTS.contains(&value) {
        let table = SMALL_INT_STRS.get_or_try_init(py, || {
            SMALL_INTS
                .map(|v| format_int(py, v).map(Bound::unbind))
                .collect::<PyResult<_>>()
        });
        return Some(table.map(|t| t[(value - SMALL_INTS.start()) as usize].bind(py).clone()));
    }
    Some(format_int(py, value))
}

/// A new `str` holding the decimal form of `value`.
fn format_int(py: Python<'_>, value: i64) -> PyResult<Bound<'_, PyString>> {
    let mut buf = [0u8; 20];
    str_from_utf8(py, decimal(value, &mut buf))
}

/// Writes the decimal form of `value` at the end of `buf`, returning it.
fn decimal(value: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut magnitude = value.unsigned_abs();
    let mut start = buf.len();
    loop {
        start -= 1;
        buf[start] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    if value < 0 {
        start -= 1;
        buf[start] = b'-';
    }
    &buf[start..]
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimal_matches_rust_formatting_at_the_edges() {
        for v in [
            0,
            7,
            -7,
            10,
            42,
            -100,
            999_999,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ] {
            let mut buf = [0u8; 20];
            assert_eq!(decimal(v, &mut buf), v.to_string().as_bytes());
        }
    }
}
