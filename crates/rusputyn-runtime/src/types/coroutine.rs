//! The await protocol on top of the generator machine (PEP 492, PEP 525): what `await x`
//! delegates to, delegation itself (`yield from` semantics, forwarding `send`, `throw` and
//! `close` to the sub-iterator), the awaitables of an async generator (`asend`, `athrow`,
//! `aclose`), `coro.__await__()`, and the `async for` protocol.
//!
//! The awaitables are [`Generator`]s of their own kinds whose bodies are written here in
//! Rust: an async generator's `await`s pass up through them to whoever drives the awaitable
//! (ultimately the event loop), and its own `yield`s end them with the yielded value.

use crate::err::{PyErr, runtime_error, type_error};
use crate::types::class::BuiltinType;
use crate::types::generator::{Co, GenKind, Generator, Resumed};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The value a `StopIteration` carries (`None` without arguments).
fn stop_value(e: &PyErr) -> Value {
    e.args().into_iter().next().unwrap_or(Value::None)
}

/// The iterator `await v` delegates to: a coroutine itself, an async generator's awaitable
/// itself, or what `type(v).__await__(v)` returns (which must be an iterator, and not a
/// coroutine).
pub fn awaitable_iter(v: &Value) -> PyResult<Value> {
    match v {
        Value::Generator(g) => match g.kind {
            GenKind::Coroutine => {
                // A coroutine only suspends inside an `await`, so a suspended one is being
                // awaited by someone else.
                if g.is_suspended() {
                    return Err(runtime_error("coroutine is being awaited already"));
                }
                Ok(v.clone())
            }
            GenKind::ASend | GenKind::AThrow | GenKind::ANext => Ok(v.clone()),
            _ => Err(not_awaitable(v)),
        },
        Value::Instance(i) => {
            let Some(method) = i.class.lookup("__await__") else {
                return Err(not_awaitable(v));
            };
            let it = crate::types::object::call_unbound(&method, v, &[])?;
            match &it {
                Value::Generator(g) if g.kind == GenKind::Coroutine => {
                    Err(type_error("__await__() returned a coroutine"))
                }
                _ if is_iterator(&it) => Ok(it),
                _ => Err(type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    it.type_name()
                ))),
            }
        }
        _ => Err(not_awaitable(v)),
    }
}

/// True when `await v` can start (`v` is a coroutine or has `__await__`).
fn is_awaitable(v: &Value) -> bool {
    match v {
        Value::Generator(g) => matches!(
            g.kind,
            GenKind::Coroutine | GenKind::ASend | GenKind::AThrow | GenKind::ANext
        ),
        Value::Instance(i) => i.class.lookup("__await__").is_some(),
        _ => false,
    }
}

fn not_awaitable(v: &Value) -> PyErr {
    type_error(format!(
        "object {} can't be used in 'await' expression",
        v.type_name()
    ))
}

fn is_iterator(v: &Value) -> bool {
    match v {
        Value::Iter(_) => true,
        Value::Generator(g) => g.kind.is_iterator(),
        Value::Instance(i) => i.class.lookup("__next__").is_some(),
        _ => false,
    }
}

/// Delegates to the iterator `it` until it returns (PEP 380): each value it yields is
/// yielded from the current body, each value sent in is sent on, an exception thrown in is
/// thrown into `it` (`GeneratorExit` closes it instead), and its return value is the result.
pub async fn delegate(co: &Co, it: Value) -> PyResult<Value> {
    let mut input: PyResult<Value> = Ok(Value::None);
    loop {
        let step = match &it {
            Value::Generator(g) => resume_generator(g, input),
            _ => resume_iterator(&it, input),
        };
        match step? {
            Resumed::Yielded(v) | Resumed::AsyncYielded(v) => input = co.yield_(v).await,
            Resumed::Returned(v) => return Ok(v),
        }
    }
}

fn resume_generator(g: &Generator, input: PyResult<Value>) -> PyResult<Resumed> {
    match input {
        Err(e) if e.is(BuiltinType::GeneratorExit) => {
            g.close()?;
            Err(e)
        }
        // An exhausted plain generator delegated to again simply returns.
        Ok(_) if g.kind == GenKind::Generator && g.is_finished() => {
            Ok(Resumed::Returned(Value::None))
        }
        input => g.resume_raw(input),
    }
}

fn resume_iterator(it: &Value, input: PyResult<Value>) -> PyResult<Resumed> {
    use crate::types::object::{call_method, get_attr};
    let r = match input {
        Ok(Value::None) => match it {
            Value::Iter(_) => {
                return Ok(match crate::types::iter::next(it)? {
                    Some(v) => Resumed::Yielded(v),
                    None => Resumed::Returned(Value::None),
                });
            }
            _ => call_method(it, "__next__", &[], &[]),
        },
        Ok(v) => call_method(it, "send", &[v], &[]),
        Err(e) if e.is(BuiltinType::GeneratorExit) => {
            if let Ok(close) = get_attr(it, "close") {
                crate::call::call(&close, &[])?;
            }
            return Err(e);
        }
        Err(e) => match get_attr(it, "throw") {
            Ok(throw) => crate::call::call(&throw, &[e.value()]),
            Err(_) => return Err(e),
        },
    };
    match r {
        Ok(v) => Ok(Resumed::Yielded(v)),
        Err(e) if e.is(BuiltinType::StopIteration) => Ok(Resumed::Returned(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// `coro.__await__()`: an iterator driving the coroutine.
pub fn coroutine_wrapper(coro: &Value) -> Value {
    let coro = coro.clone();
    Generator::new_kind(
        GenKind::CoroWrapper,
        "coroutine_wrapper",
        "coroutine_wrapper",
        move |co| Box::pin(async move { delegate(&co, coro).await }),
    )
}

/// What an async generator's awaitable does with it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Drive {
    /// `asend(v)` / `__anext__()`: the next yielded value, or `StopAsyncIteration`.
    Send,
    /// `athrow(exc)`: the exception thrown in at the `yield`.
    Throw,
    /// `aclose()`: `GeneratorExit` thrown in; the generator must not yield again.
    Close,
}

thread_local! {
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)`.
    static ASYNCGEN_HOOKS: std::cell::RefCell<(Value, Value)> =
        const { std::cell::RefCell::new((Value::None, Value::None)) };
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
pub fn asyncgen_hooks() -> (Value, Value) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

/// Sets the hooks given (`None` for "leave as is" is the caller's business).
pub fn set_asyncgen_hooks(firstiter: Option<Value>, finalizer: Option<Value>) {
    ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(f) = firstiter {
            h.0 = f;
        }
        if let Some(f) = finalizer {
            h.1 = f;
        }
    });
}

/// The async generator behind `v`, its hooks run on first use (PEP 525: the first
/// `asend`/`athrow`/`aclose` records the finalizer and calls `firstiter(agen)`).
fn agen_of(v: &Value) -> PyResult<Rc<Generator>> {
    let Value::Generator(g) = v else {
        unreachable!("async generator awaitables are made for async generators")
    };
    if g.first_hooks() {
        let (firstiter, finalizer) = asyncgen_hooks();
        if !finalizer.is_none() {
            g.set_finalizer(finalizer);
        }
        if !firstiter.is_none() {
            crate::call::call(&firstiter, std::slice::from_ref(v))?;
        }
    }
    Ok(g.clone())
}

/// `agen.asend(v)` (and `agen.__anext__()` with `None`).
pub fn asend(agen: &Value, v: Value) -> PyResult<Value> {
    let g = agen_of(agen)?;
    Ok(Generator::new_kind(
        GenKind::ASend,
        "asend",
        "asend",
        move |co| Box::pin(async move { drive(&co, &g, Ok(v), Drive::Send).await }),
    ))
}

/// `agen.athrow(exc)`.
pub fn athrow(agen: &Value, exc: PyErr) -> PyResult<Value> {
    let g = agen_of(agen)?;
    Ok(Generator::new_kind(
        GenKind::AThrow,
        "athrow",
        "athrow",
        move |co| Box::pin(async move { drive(&co, &g, Err(exc), Drive::Throw).await }),
    ))
}

/// `agen.aclose()`.
pub fn aclose(agen: &Value) -> PyResult<Value> {
    let g = agen_of(agen)?;
    Ok(Generator::new_kind(
        GenKind::AThrow,
        "athrow",
        "athrow",
        move |co| {
            Box::pin(async move {
                let exit = PyErr::bare(BuiltinType::GeneratorExit);
                drive(&co, &g, Err(exit), Drive::Close).await
            })
        },
    ))
}

/// Runs the async generator `g` from `first` to its next own `yield` (the awaitable's
/// result), passing every `await` suspension up to whoever drives the awaitable.
async fn drive(co: &Co, g: &Generator, first: PyResult<Value>, how: Drive) -> PyResult<Value> {
    if g.is_finished() {
        return match how {
            Drive::Close => Ok(Value::None),
            _ => Err(PyErr::bare(BuiltinType::StopAsyncIteration)),
        };
    }
    if how == Drive::Close && g.is_fresh() {
        g.mark_finished();
        return Ok(Value::None);
    }
    let mut input = first;
    loop {
        match g.resume_raw(input) {
            Ok(Resumed::AsyncYielded(v)) => {
                return match how {
                    Drive::Close => Err(runtime_error("async generator ignored GeneratorExit")),
                    _ => Ok(v),
                };
            }
            Ok(Resumed::Yielded(v)) => input = co.yield_(v).await,
            Ok(Resumed::Returned(_)) => {
                return match how {
                    Drive::Close => Ok(Value::None),
                    _ => Err(PyErr::bare(BuiltinType::StopAsyncIteration)),
                };
            }
            Err(e)
                if how == Drive::Close
                    && (e.is(BuiltinType::StopAsyncIteration)
                        || e.is(BuiltinType::GeneratorExit)) =>
            {
                return Ok(Value::None);
            }
            Err(e) => return Err(e),
        }
    }
}

/// `async for x in v`: `type(v).__aiter__(v)`, which must have `__anext__`.
pub fn aiter(v: &Value) -> PyResult<Value> {
    let it = match v {
        Value::Generator(g) if g.kind == GenKind::AsyncGenerator => return Ok(v.clone()),
        Value::Instance(i) => match i.class.lookup("__aiter__") {
            Some(m) => crate::types::object::call_unbound(&m, v, &[])?,
            None => return Err(no_aiter(v)),
        },
        _ => return Err(no_aiter(v)),
    };
    let has_anext = match &it {
        Value::Generator(g) => g.kind == GenKind::AsyncGenerator,
        Value::Instance(i) => i.class.lookup("__anext__").is_some(),
        _ => false,
    };
    if !has_anext {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.type_name()
        )));
    }
    Ok(it)
}

fn no_aiter(v: &Value) -> PyErr {
    type_error(format!(
        "'async for' requires an object with __aiter__ method, got {}",
        v.type_name()
    ))
}

/// `type(it).__anext__(it)`: the awaitable of the next item.
fn anext_awaitable(it: &Value) -> PyResult<Value> {
    match it {
        Value::Generator(g) if g.kind == GenKind::AsyncGenerator => asend(it, Value::None),
        Value::Instance(i) => match i.class.lookup("__anext__") {
            Some(m) => crate::types::object::call_unbound(&m, it, &[]),
            None => Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type_name()
            ))),
        },
        _ => Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.type_name()
        ))),
    }
}

/// The built-in `aiter(obj)`.
pub fn builtin_aiter(v: &Value) -> PyResult<Value> {
    let it = match v {
        Value::Generator(g) if g.kind == GenKind::AsyncGenerator => return Ok(v.clone()),
        Value::Instance(i) => match i.class.lookup("__aiter__") {
            Some(m) => crate::types::object::call_unbound(&m, v, &[])?,
            None => return Err(not_async_iterable(v)),
        },
        _ => return Err(not_async_iterable(v)),
    };
    if !is_async_iterator(&it) {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_name()
        )));
    }
    Ok(it)
}

fn not_async_iterable(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object is not an async iterable",
        v.type_name()
    ))
}

fn is_async_iterator(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind == GenKind::AsyncGenerator,
        Value::Instance(i) => i.class.lookup("__anext__").is_some(),
        _ => false,
    }
}

/// The built-in `anext(it[, default])`: the awaitable of the next item; with a default, an
/// awaitable that gives `default` instead of raising `StopAsyncIteration`.
pub fn builtin_anext(it: &Value, default: Option<Value>) -> PyResult<Value> {
    if !is_async_iterator(it) {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            it.type_name()
        )));
    }
    let aw = anext_awaitable(it)?;
    let Some(default) = default else {
        return Ok(aw);
    };
    Ok(Generator::new_kind(
        GenKind::ANext,
        "anext_awaitable",
        "anext_awaitable",
        move |co| {
            Box::pin(async move {
                match delegate(&co, awaitable_iter(&aw)?).await {
                    Err(e) if e.is(BuiltinType::StopAsyncIteration) => Ok(default),
                    r => r,
                }
            })
        },
    ))
}

impl Co {
    /// One step of `async for`: awaits `__anext__()`; `Ok(None)` on `StopAsyncIteration`.
    pub async fn anext(&self, it: &Value) -> PyResult<Option<Value>> {
        let aw = anext_awaitable(it)?;
        if !is_awaitable(&aw) {
            return Err(type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                aw.type_name()
            )));
        }
        match delegate(self, awaitable_iter(&aw)?).await {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(BuiltinType::StopAsyncIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `await` of the value `__aenter__`/`__aexit__` returned, with CPython's message when
    /// it is not awaitable.
    pub async fn await_special(&self, aw: Value, method: &str) -> PyResult<Value> {
        if !is_awaitable(&aw) {
            return Err(type_error(format!(
                "'async with' received an object from {method} that does not implement __await__: {}",
                aw.type_name()
            )));
        }
        delegate(self, awaitable_iter(&aw)?).await
    }
}
