//! Methods of generator objects (`send`, `throw`, `close`), of coroutines (the same and
//! `__await__`), of async generators (`asend`, `athrow`, `aclose`, `__aiter__`, `__anext__`)
//! and of the awaitables and wrappers built on them.

use crate::err::{PyErr, type_error};
use crate::types::coroutine;
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::generator::{GenKind, Generator};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The generator method table.
pub static METHODS: &[MethodEntry] = &[
    ("send", send),
    ("throw", throw),
    ("close", close),
    ("__next__", next),
    ("__iter__", iter_self),
];

static COROUTINE_METHODS: &[MethodEntry] = &[
    ("send", send),
    ("throw", throw),
    ("close", close),
    ("__await__", await_),
];

static ASYNC_GENERATOR_METHODS: &[MethodEntry] = &[
    ("asend", asend),
    ("athrow", athrow),
    ("aclose", aclose),
    ("__aiter__", iter_self),
    ("__anext__", anext),
];

static AWAITABLE_METHODS: &[MethodEntry] = &[
    ("send", send),
    ("throw", throw),
    ("close", close),
    ("__next__", next),
    ("__iter__", iter_self),
    ("__await__", iter_self),
];

/// The method table of a generator-like object of kind `kind`.
pub fn table(kind: GenKind) -> &'static [MethodEntry] {
    match kind {
        GenKind::Generator | GenKind::CoroWrapper => METHODS,
        GenKind::Coroutine => COROUTINE_METHODS,
        GenKind::AsyncGenerator => ASYNC_GENERATOR_METHODS,
        GenKind::ASend | GenKind::AThrow | GenKind::ANext => AWAITABLE_METHODS,
    }
}

fn gen_of(v: &Value) -> &Generator {
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

fn iter_self(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("__iter__", kw)?;
    check_arity("__iter__", args, 0, 0)?;
    Ok(v.clone())
}

/// The exception `throw(typ[, val[, tb]])` / `athrow(...)` raises: an instance, or a class
/// called with the value.
fn thrown(name: &str, args: &[Value]) -> PyResult<PyErr> {
    check_arity(name, args, 1, 3)?;
    match &args[0] {
        Value::Class(c) => {
            let x = crate::call::call(
                &args[0],
                args.get(1).map(std::slice::from_ref).unwrap_or(&[]),
            )?;
            PyErr::from_value(&x).ok_or_else(|| {
                type_error(format!(
                    "exceptions must derive from BaseException, not {}",
                    c.name
                ))
            })
        }
        other => PyErr::from_value(other).ok_or_else(|| {
            type_error(
                "exceptions must be classes or instances deriving from BaseException, not "
                    .to_string()
                    + &other.type_name(),
            )
        }),
    }
}

fn throw(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let exc = thrown("throw", args)?;
    gen_of(v).throw(exc)
}

fn close(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("close", args, 0, 0)?;
    gen_of(v).close()
}

fn await_(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("__await__", kw)?;
    check_arity("__await__", args, 0, 0)?;
    Ok(coroutine::coroutine_wrapper(v))
}

fn asend(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("asend", args, 1, 1)?;
    coroutine::asend(v, args[0].clone())
}

fn anext(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("__anext__", kw)?;
    check_arity("__anext__", args, 0, 0)?;
    coroutine::asend(v, Value::None)
}

fn athrow(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let exc = thrown("athrow", args)?;
    coroutine::athrow(v, exc)
}

fn aclose(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("aclose", args, 0, 0)?;
    coroutine::aclose(v)
}
