//! Python frames as compiled code sees them: a `Frame` per function activation records the
//! current Python line (for tracebacks) and counts recursion depth, raising
//! `RecursionError` at `sys.getrecursionlimit()` instead of overflowing the native stack.

use crate::err::{PyErr, TbEntry, recursion_error};
use std::cell::Cell;

/// Per-thread frame bookkeeping, in one thread-local so entering a frame touches it once.
struct Frames {
    depth: Cell<u32>,
    limit: Cell<u32>,
    next_id: Cell<u64>,
}

thread_local! {
    static FRAMES: Frames = const { Frames { depth: Cell::new(0), limit: Cell::new(1000), next_id: Cell::new(1) } };
}

/// `sys.getrecursionlimit()`.
pub fn recursion_limit() -> u32 {
    FRAMES.with(|f| f.limit.get())
}

/// `sys.setrecursionlimit(n)`.
pub fn set_recursion_limit(n: u32) {
    FRAMES.with(|f| f.limit.set(n));
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
    #[inline]
    pub fn enter(info: &'static FrameInfo) -> Result<Frame, PyErr> {
        let id = FRAMES.with(|f| {
            let depth = f.depth.get() + 1;
            if depth > f.limit.get() {
                return None;
            }
            f.depth.set(depth);
            let id = f.next_id.get();
            f.next_id.set(id + 1);
            Some(id)
        });
        match id {
            Some(id) => Ok(Frame {
                info,
                line: 0,
                id,
                counted: true,
            }),
            None => Err(recursion_error("maximum recursion depth exceeded")),
        }
    }

    /// A generator's frame: it does not count towards the recursion depth, because it stays
    /// alive while the generator is suspended.
    pub fn generator(info: &'static FrameInfo) -> Frame {
        let id = FRAMES.with(|f| {
            let id = f.next_id.get();
            f.next_id.set(id + 1);
            id
        });
        Frame {
            info,
            line: 0,
            id,
            counted: false,
        }
    }

    /// Records this frame in the traceback of an exception raised here by `raise`.
    pub fn raise(&self, e: PyErr) -> PyErr {
        e.push_frame(self.entry());
        e
    }

    /// The traceback entry for this frame at the current line.
    pub fn entry(&self) -> TbEntry {
        TbEntry {
            file: self.info.file,
            name: self.info.name,
            line: self.line,
            frame_id: self.id,
        }
    }

    /// Records this frame in an error's traceback (once) and returns the error.
    pub fn trace(&self, e: PyErr) -> PyErr {
        e.add_frame(self.entry());
        e
    }
}

impl Drop for Frame {
    #[inline]
    fn drop(&mut self) {
        if !self.counted {
            return;
        }
        let _ = FRAMES.try_with(|f| f.depth.set(f.depth.get().saturating_sub(1)));
    }
}

/// A call CPython's C code counts towards the recursion limit besides Python frames (a call of
/// a built-in function, of a class, of an object with `__call__`, `repr()` of an object): it
/// occupies one level while alive, and past the limit fails with CPython's message for that
/// kind of call (`maximum recursion depth exceeded while calling a Python object`).
pub struct CallGuard(());

impl CallGuard {
    /// Enters one level; `what` completes the message (`" while calling a Python object"`).
    #[inline]
    pub fn enter(what: &'static str) -> Result<CallGuard, PyErr> {
        let ok = FRAMES.with(|f| {
            let depth = f.depth.get() + 1;
            if depth > f.limit.get() {
                return false;
            }
            f.depth.set(depth);
            true
        });
        if ok {
            Ok(CallGuard(()))
        } else {
            Err(recursion_error(format!(
                "maximum recursion depth exceeded{what}"
            )))
        }
    }
}

impl Drop for CallGuard {
    #[inline]
    fn drop(&mut self) {
        let _ = FRAMES.try_with(|f| f.depth.set(f.depth.get().saturating_sub(1)));
    }
}

/// The message completion of a call of a non-function object.
pub const CALLING: &str = " while calling a Python object";
