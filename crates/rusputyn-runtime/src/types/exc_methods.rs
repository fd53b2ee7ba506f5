//! Methods of exception instances.

use crate::types::function::Kw;
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The method table of `BaseException` instances.
pub static METHODS: &[MethodEntry] = &[("with_traceback", with_traceback)];

fn with_traceback(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(v.clone())
}
