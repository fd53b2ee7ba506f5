//! `slice` objects and the index arithmetic of `seq[start:stop:step]` (CPython's
//! `PySlice_AdjustIndices`).

use crate::err::{PyErr, value_error};
use crate::value::Value;

/// A Python `slice` object.
pub struct PySlice {
    /// `start` (any object, usually int or None).
    pub start: Value,
    /// `stop`.
    pub stop: Value,
    /// `step`.
    pub step: Value,
}

/// Concrete indices of a slice applied to a sequence of a given length.
#[derive(Debug, Clone, Copy)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Bound.
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
    /// Number of selected elements.
    pub len: usize,
}

impl SliceIndices {
    /// The selected indices in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + use<> {
        let s = *self;
        (0..s.len).map(move |k| (s.start + k as i64 * s.step) as usize)
    }
}

fn slice_int(v: &Value) -> Result<Option<i64>, PyErr> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        // An `__index__` (its errors are the caller's), clamped like a big int.
        Value::Instance(i)
            if matches!(i.base, Some(Value::Int(_) | Value::BigInt(_)))
                || i.class.lookup("__index__").is_some_and(|f| !f.is_none()) =>
        {
            slice_int(&crate::ops::number_index(v)?)
        }
        _ => Err(crate::err::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

impl PySlice {
    /// Resolves the slice against a sequence of length `len`.
    pub fn indices(&self, len: usize) -> Result<SliceIndices, PyErr> {
        // CPython clamps the step to [-sys.maxsize, sys.maxsize].
        let step = slice_int(&self.step)?.unwrap_or(1).max(-i64::MAX);
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x = x.saturating_add(len);
                        if x < 0 { lo } else { x }
                    } else if x >= len {
                        hi
                    } else {
                        x
                    }
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                adjust(slice_int(&self.start)?, 0, 0, len),
                adjust(slice_int(&self.stop)?, len, 0, len),
            )
        } else {
            (
                adjust(slice_int(&self.start)?, len - 1, -1, len - 1),
                adjust(slice_int(&self.stop)?, -1, -1, len - 1),
            )
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: n as usize,
        })
    }
}

/// The methods of `slice` objects.
pub static METHODS: &[crate::types::methods::MethodEntry] = &[("indices", indices_method)];

/// `slice.indices(length)`: the `(start, stop, step)` the slice selects from a sequence of
/// `length` items (<https://docs.python.org/3.11/reference/datamodel.html#slice.indices>).
fn indices_method(
    v: &Value,
    args: &[Value],
    kw: crate::types::function::Kw,
) -> crate::value::PyResult<Value> {
    crate::types::function::no_kwargs("indices", kw)?;
    crate::types::function::check_arity("indices", args, 1, 1)?;
    let Value::Slice(s) = v else {
        return Err(crate::err::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let len = crate::ops::index_of(&args[0])?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let r = s.indices(len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(r.start),
        Value::Int(r.stop),
        Value::Int(r.step),
    ]))
}
