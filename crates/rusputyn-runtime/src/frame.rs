//! Python frames as compiled code sees them: a `Frame` per function activation records the
//! current Python line (for tracebacks) and counts recursion depth, raising
//! `RecursionError` at `sys.getrecursionlimit()` instead of overflowing the native stack.

use crate::err::{PyErr, TbEntry, recursion_error};
use std::cell::Cell;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static LIMIT: Cell<u32> = const { Cell::new(1000) };
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> u32 {
    LIMIT.with(|l| l.get())
}

/// `sys.setrecursionlimit(n)`.
pub fn set_recursion_limit(n: u32) {
    LIMIT.with(|l| l.set(n));
}

/// Static identity of a code object for tracebacks.
#[derive(Debug)]
pub struct FrameInfo {
    /// Python file name.
    pub file: &'static str,
    /// Function name (`<module>` for module code).
    pub name: &'static str,
}

/// One activation of a Python function.
pub struct Frame {
    info: &'static FrameInfo,
    /// The Python line being executed.
    pub line: u32,
    id: u64,
    counted: bool,
}

impl Frame {
    /// Enters a frame; fails with `RecursionError` past the recursion limit.
    pub fn enter(info: &'static FrameInfo) -> Result<Frame, PyErr> {
        let depth = DEPTH.with(|d| {
            let n = d.get() + 1;
            d.set(n);
            n
        });
        if depth > recursion_limit() {
            DEPTH.with(|d| d.set(d.get() - 1));
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        let id = NEXT_ID.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        });
        Ok(Frame { info, line: 0, id, counted: true })
    }

    /// A generator's frame: it does not count towards the recursion depth, because it stays
    /// alive while the generator is suspended.
    pub fn generator(info: &'static FrameInfo) -> Frame {
        let id = NEXT_ID.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        });
        Frame { info, line: 0, id, counted: false }
    }

    /// Records this frame in the traceback of an exception raised here by `raise`.
    pub fn raise(&self, e: PyErr) -> PyErr {
        e.push_frame(self.entry());
        e
    }

    /// The traceback entry for this frame at the current line.
    pub fn entry(&self) -> TbEntry {
        TbEntry { file: self.info.file, name: self.info.name, line: self.line, frame_id: self.id }
    }

    /// Records this frame in an error's traceback (once) and returns the error.
    pub fn trace(&self, e: PyErr) -> PyErr {
        e.add_frame(self.entry());
        e
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        if !self.counted {
            return;
        }
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}
