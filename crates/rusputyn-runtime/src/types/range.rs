//! `range`: an immutable arithmetic sequence of `int`s (64-bit bounds).

/// A Python `range` object.
pub struct PyRange {
    /// First value.
    pub start: i64,
    /// Bound (exclusive).
    pub stop: i64,
    /// Step, never 0.
    pub step: i64,
}

impl PyRange {
    /// `len(range(...))`.
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start + step - 1) / step
        } else if step < 0 && start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n as usize
    }

    /// True when the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`-th element (in range).
    pub fn item(&self, i: usize) -> i64 {
        self.start + (i as i64) * self.step
    }
}
