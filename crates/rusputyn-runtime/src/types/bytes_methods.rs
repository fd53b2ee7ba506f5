//! Methods of `bytes`.

use crate::err::PyErr;
use crate::types::class::BuiltinType;
use crate::types::function::{Kw, check_arity};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The `bytes` method table.
pub static METHODS: &[MethodEntry] = &[("decode", decode)];

fn decode(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("decode", args, 0, 2)?;
    let Value::Bytes(b) = v else { return Ok(Value::None) };
    match std::str::from_utf8(b) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            Err(PyErr::new(
                BuiltinType::UnicodeDecodeError,
                format!("'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte", b[pos]),
            ))
        }
    }
}
