//! `range`: an immutable arithmetic sequence of `int`s. Bounds that fit in 64 bits (then
//! every element does too) use the `Small` representation, which loops and indexing use
//! directly; any bound beyond 64 bits makes the range `Big`, computed with arbitrary
//! precision like CPython's `range` (whose length may itself exceed `sys.maxsize`: `len()`
//! then raises `OverflowError`, while indexing, slicing, `in` and iteration still work).

use crate::err::{index_error, overflow_error, type_error, value_error};
use crate::types::int::{normalize, to_big};
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A Python `range` object.
#[derive(Clone)]
pub enum PyRange {
    /// All of `start`, `stop` and `step` fit in `i64`.
    Small {
        /// First value.
        start: i64,
        /// Bound (exclusive).
        stop: i64,
        /// Step, never 0.
        step: i64,
    },
    /// Some bound needs more than 64 bits.
    Big(Box<BigRange>),
}

/// The arbitrary-precision form of a range, with its length precomputed (as CPython does).
#[derive(Clone)]
pub struct BigRange {
    /// First value.
    pub start: BigInt,
    /// Bound (exclusive).
    pub stop: BigInt,
    /// Step, never 0.
    pub step: BigInt,
    /// Number of elements.
    pub len: BigInt,
}

/// `len(range(start, stop, step))` for big bounds (`step != 0`).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / step + 1u32
}

impl PyRange {
    /// A range from arbitrary-precision bounds (`step != 0`), small when they allow it.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => PyRange::Small { start, stop, step },
            _ => {
                let len = big_len(&start, &stop, &step);
                PyRange::Big(Box::new(BigRange {
                    start,
                    stop,
                    step,
                    len,
                }))
            }
        }
    }

    /// `(start, stop, step)` when all fit in `i64`.
    pub fn small(&self) -> Option<(i64, i64, i64)> {
        match self {
            PyRange::Small { start, stop, step } => Some((*start, *stop, *step)),
            PyRange::Big(_) => None,
        }
    }

    /// The number of elements of a small range (exact: it is below 2**64).
    fn small_len(start: i64, stop: i64, step: i64) -> u64 {
        let (start, stop, step) = (start as i128, stop as i128, step as i128);
        let n = if step > 0 && start < stop {
            (stop - start + step - 1) / step
        } else if step < 0 && start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n as u64
    }

    /// The number of elements, exactly.
    pub fn length(&self) -> BigInt {
        match self {
            PyRange::Small { start, stop, step } => {
                BigInt::from(Self::small_len(*start, *stop, *step))
            }
            PyRange::Big(b) => b.len.clone(),
        }
    }

    /// `len(r)`: `OverflowError` when the length exceeds `sys.maxsize`.
    pub fn len(&self) -> PyResult<usize> {
        let too_big = || overflow_error("Python int too large to convert to C ssize_t");
        match self {
            PyRange::Small { start, stop, step } => {
                let n = Self::small_len(*start, *stop, *step);
                if n > isize::MAX as u64 {
                    return Err(too_big());
                }
                Ok(n as usize)
            }
            PyRange::Big(b) => b.len.to_isize().map(|n| n as usize).ok_or_else(too_big),
        }
    }

    /// True when the range is empty.
    pub fn is_empty(&self) -> bool {
        match self {
            PyRange::Small { start, stop, step } => Self::small_len(*start, *stop, *step) == 0,
            PyRange::Big(b) => b.len.is_zero(),
        }
    }

    /// `r.start`.
    pub fn start(&self) -> Value {
        match self {
            PyRange::Small { start, .. } => Value::Int(*start),
            PyRange::Big(b) => normalize(b.start.clone()),
        }
    }

    /// `r.stop`.
    pub fn stop(&self) -> Value {
        match self {
            PyRange::Small { stop, .. } => Value::Int(*stop),
            PyRange::Big(b) => normalize(b.stop.clone()),
        }
    }

    /// `r.step`.
    pub fn step(&self) -> Value {
        match self {
            PyRange::Small { step, .. } => Value::Int(*step),
            PyRange::Big(b) => normalize(b.step.clone()),
        }
    }

    fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            PyRange::Small { start, stop, step } => (
                BigInt::from(*start),
                BigInt::from(*stop),
                BigInt::from(*step),
            ),
            PyRange::Big(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
        }
    }

    /// The `i`-th element of a small range (`i` in range).
    pub fn item(&self, i: usize) -> Value {
        match self {
            PyRange::Small { start, step, .. } => Value::Int(start + (i as i64) * step),
            PyRange::Big(b) => normalize(&b.start + &b.step * BigInt::from(i)),
        }
    }

    /// `start + i * step` for any `i` (CPython's `compute_item`).
    fn item_big(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.bounds();
        start + step * i
    }

    /// `r[key]` for an integer key: negative indices count from the end.
    pub fn get(&self, key: &Value) -> PyResult<Value> {
        let out_of_range = || index_error("range object index out of range");
        if let (&PyRange::Small { start, stop, step }, Value::Int(i)) = (self, key) {
            let n = Self::small_len(start, stop, step) as i128;
            let i = if *i < 0 { *i as i128 + n } else { *i as i128 };
            if !(0..n).contains(&i) {
                return Err(out_of_range());
            }
            return Ok(Value::Int((start as i128 + i * step as i128) as i64));
        }
        let i = to_big(&crate::ops::number_index(key)?).unwrap_or_default();
        let n = self.length();
        let i = if i.is_negative() { i + &n } else { i };
        if i.is_negative() || i >= n {
            return Err(out_of_range());
        }
        Ok(normalize(self.item_big(&i)))
    }

    /// `r[slice]`: the slice's indices (CPython's `_PySlice_GetLongIndices`, exact for any
    /// length) mapped through the range.
    pub fn slice(&self, sl: &crate::types::slice::PySlice) -> PyResult<PyRange> {
        let index = |v: &Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            match crate::ops::number_index(v) {
                Ok(i) => Ok(to_big(&i)),
                Err(_) => Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = index(&sl.step)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let len = self.length();
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &len - 1u32)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(mut x) => {
                    if x.is_negative() {
                        x += &len;
                        if x < lower { lower.clone() } else { x }
                    } else if x > upper {
                        upper.clone()
                    } else {
                        x
                    }
                }
            }
        };
        let neg = step.is_negative();
        let start = clamp(index(&sl.start)?, if neg { &upper } else { &lower });
        let stop = clamp(index(&sl.stop)?, if neg { &lower } else { &upper });
        let (_, _, rstep) = self.bounds();
        Ok(PyRange::new(
            self.item_big(&start),
            self.item_big(&stop),
            rstep * step,
        ))
    }

    /// Whether the integer `x` is an element.
    pub fn contains_int(&self, x: &Value) -> bool {
        if let (PyRange::Small { start, stop, step }, Value::Int(i)) = (self, x) {
            let (i, start, stop, step) = (*i as i128, *start as i128, *stop as i128, *step as i128);
            let in_bounds = if step > 0 {
                i >= start && i < stop
            } else {
                i <= start && i > stop
            };
            return in_bounds && (i - start) % step == 0;
        }
        let Some(x) = to_big(x) else {
            return false;
        };
        self.position(&x).is_some()
    }

    /// The index of the integer `x` in the range, if it is an element.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        let (start, stop, step) = self.bounds();
        let in_bounds = if step.is_positive() {
            *x >= start && *x < stop
        } else {
            *x <= start && *x > stop
        };
        if !in_bounds {
            return None;
        }
        let (q, r) = (x - &start).div_rem(&step);
        r.is_zero().then_some(q)
    }

    /// `r1 == r2`: equal as sequences (same length, and same first element and step where
    /// they matter).
    pub fn same_as(&self, other: &PyRange) -> bool {
        let (lx, ly) = (self.length(), other.length());
        if lx != ly {
            return false;
        }
        if lx.is_zero() {
            return true;
        }
        let (sx, _, stx) = self.bounds();
        let (sy, _, sty) = other.bounds();
        sx == sy && (lx.is_one() || stx == sty)
    }

    /// `hash(r)`: the hash of `(len, start, step)`, with `None` for the parts an equal
    /// range may differ in (start and step of an empty range, step of a one-element one).
    pub fn hash(&self) -> PyResult<i64> {
        let len = self.length();
        let (start, step) = if len.is_zero() {
            (Value::None, Value::None)
        } else if len.is_one() {
            (self.start(), Value::None)
        } else {
            (self.start(), self.step())
        };
        let hs = [
            crate::hash::hash_value(&normalize(len))?,
            crate::hash::hash_value(&start)?,
            crate::hash::hash_value(&step)?,
        ];
        Ok(crate::hash::hash_tuple_items(hs.into_iter()))
    }

    /// `repr(r)`: `range(0, 5)` or `range(0, 10, 2)`.
    pub fn repr(&self) -> PyResult<String> {
        let r = crate::ops::repr_of;
        let (start, stop, step) = (self.start(), self.stop(), self.step());
        Ok(if matches!(step, Value::Int(1)) {
            format!("range({}, {})", r(&start)?, r(&stop)?)
        } else {
            format!("range({}, {}, {})", r(&start)?, r(&stop)?, r(&step)?)
        })
    }

    /// The iterator state of `iter(r)` (`reverse`: of `reversed(r)`).
    pub fn iter_state(&self, reverse: bool) -> PyResult<crate::types::iter::IterState> {
        use crate::types::iter::IterState;
        if let PyRange::Small { start, stop, step } = *self {
            let n = Self::small_len(start, stop, step);
            if !reverse {
                return Ok(IterState::Range {
                    next: start,
                    step,
                    remaining: n as usize,
                });
            }
            // The last element is in range; stepping back from it cannot overflow unless
            // `-step` itself does.
            if let Some(back) = step.checked_neg() {
                let last = if n == 0 {
                    start
                } else {
                    start + (n as i64 - 1) * step
                };
                return Ok(IterState::Range {
                    next: last,
                    step: back,
                    remaining: n as usize,
                });
            }
        }
        let (start, _, step) = self.bounds();
        let len = self.length();
        let (next, step) = if reverse {
            let last = if len.is_zero() {
                start
            } else {
                &start + &step * (&len - 1u32)
            };
            (last, -step)
        } else {
            (start, step)
        };
        Ok(IterState::LongRange(Box::new((next, step, len))))
    }

    /// `r.count(x)`: 0 or 1 for ints (and objects equal to an element, found by a scan).
    pub fn count(&self, x: &Value) -> PyResult<usize> {
        if matches!(x, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
            return Ok(self.contains_int(x) as usize);
        }
        let mut n = 0;
        for v in crate::types::iter::collect(&Value::Range(std::rc::Rc::new(self.clone())))? {
            if crate::ops::eq(&v, x)? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// `r.index(x)`: the position of `x`, or `ValueError: x is not in range`.
    pub fn index(&self, x: &Value) -> PyResult<Value> {
        let missing = || -> PyResult<Value> {
            Err(value_error(format!(
                "{} is not in range",
                crate::ops::repr_of(x)?
            )))
        };
        if let Some(b) = to_big(x) {
            return match self.position(&b) {
                Some(i) => Ok(normalize(i)),
                None => missing(),
            };
        }
        let items = crate::types::iter::collect(&Value::Range(std::rc::Rc::new(self.clone())))?;
        for (i, v) in items.iter().enumerate() {
            if crate::ops::eq(v, x)? {
                return Ok(Value::Int(i as i64));
            }
        }
        missing()
    }
}

/// The plan of a compiled `for x in range(...)` loop: `(start, step, count, big)`, where a
/// big range (`big` set) yields `big.item(k)` instead of `start + k * step`.
pub type LoopPlan = (i64, i64, usize, Option<std::rc::Rc<PyRange>>);

/// The loop plan of a range (see [`LoopPlan`]); the count of a big range saturates (a loop
/// over more than 2**64 elements never finishes anyway).
pub fn loop_plan(r: &std::rc::Rc<PyRange>) -> LoopPlan {
    match **r {
        PyRange::Small { start, stop, step } => (
            start,
            step,
            PyRange::small_len(start, stop, step) as usize,
            None,
        ),
        PyRange::Big(ref b) => (
            0,
            0,
            b.len.to_usize().unwrap_or(usize::MAX),
            Some(r.clone()),
        ),
    }
}
