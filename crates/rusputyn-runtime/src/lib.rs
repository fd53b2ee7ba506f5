//! The Rusputyn runtime: Python's semantics for compiled programs. An ordinary Rust library
//! with no knowledge of the compiler: `Value` and the object model, operators, built-ins,
//! exceptions with Python tracebacks, generators, and the standard-library modules. It
//! assumes no threads and no OS beyond `std`'s portable surface, so it builds for `wasm32`.

mod alloc;
pub mod builtins;
pub mod call;
pub mod entry;
pub mod err;
pub mod format;
pub mod frame;
pub mod hash;
pub mod introspect;
pub mod io;
pub mod ops;
pub mod stdlib;
pub mod suggest;
pub mod support;
pub mod types;
pub mod value;

pub use err::PyErr;
pub use value::{PyResult, Value};

/// Everything generated code uses, in one import.
pub mod prelude {
    pub use crate::builtins::{builtin_value, load_builtin};
    pub use crate::call::{call, call_ex, call_kw, extend_args, extend_kwargs};
    pub use crate::err::{PyErr, TbEntry};
    pub use crate::frame::{Frame, FrameInfo};
    pub use crate::ops::{BinOp, CmpOp};
    pub use crate::support::{Flow, Globals};
    pub use crate::types::function::{Args, Cell, Code, Function, new_cell};
    pub use crate::types::generator::{Co, GenFuture, GenKind, Generator};
    pub use crate::value::{PyResult, Value};
}
