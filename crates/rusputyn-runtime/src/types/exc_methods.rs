//! Methods of exception instances.

use crate::err::type_error;
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The method table of `BaseException` instances (groups add `types::exc_group::METHODS`).
pub static METHODS: &[MethodEntry] = &[("add_note", add_note), ("with_traceback", with_traceback)];

fn with_traceback(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(v.clone())
}

/// `exc.add_note(note)`: appends to the `__notes__` list of the instance's `__dict__`,
/// creating it on first use; tracebacks print the notes after the exception line.
fn add_note(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("BaseException.add_note", kw)?;
    check_arity("BaseException.add_note", args, 1, 1)?;
    let note = &args[0];
    if !matches!(note, Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            note.type_name()
        )));
    }
    let notes = match crate::types::object::get_attr(v, "__notes__") {
        Ok(n) => n,
        Err(e) if e.is(crate::types::class::BuiltinType::AttributeError) => {
            let fresh = Value::list(Vec::new());
            crate::types::object::set_attr(v, "__notes__", fresh.clone())?;
            fresh
        }
        Err(e) => return Err(e),
    };
    match &notes {
        Value::List(l) => {
            l.push(note.clone());
            Ok(Value::None)
        }
        _ => Err(type_error("Cannot add note: __notes__ is not a list")),
    }
}
