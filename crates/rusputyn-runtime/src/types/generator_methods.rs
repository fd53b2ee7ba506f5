//! Methods of generator objects: `send`, `throw`, `close`.

use crate::err::{PyErr, type_error};
use crate::types::function::{Kw, check_arity};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The generator method table.
pub static METHODS: &[MethodEntry] = &[
    ("send", send),
    ("throw", throw),
    ("close", close),
    ("__next__", next),
];

fn gen_of(v: &Value) -> &crate::types::generator::Generator {
    match v {
        Value::Generator(g) => g,
        _ => unreachable!("generator method table is only used for generators"),
    }
}

fn send(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("send", args, 1, 1)?;
    gen_of(v).send(args[0].clone())
}

fn next(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    gen_of(v).send(Value::None)
}

fn throw(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("throw", args, 1, 3)?;
    let exc = match &args[0] {
        Value::Class(c) => match crate::call::call(
            &args[0],
            args.get(1).map(std::slice::from_ref).unwrap_or(&[]),
        )? {
            x => PyErr::from_value(&x).ok_or_else(|| {
                type_error(format!(
                    "exceptions must derive from BaseException, not {}",
                    c.name
                ))
            })?,
        },
        other => PyErr::from_value(other).ok_or_else(|| {
            type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &other.type_name(),
            )
        })?,
    };
    gen_of(v).throw(exc)
}

fn close(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("close", args, 0, 0)?;
    gen_of(v).close()
}
