//! Generators as Rust `async` state machines.
//!
//! A generator function compiles to an `async` block; each `yield v` in it is
//! `co.yield_(v).await`, which parks `v` in the shared [`GenChannel`] and suspends once. The
//! generator object resumes the future by polling it with a no-op waker: `Pending` means it
//! yielded, `Ready` means it returned (or raised). No threads, no stack switching: this works
//! the same on `wasm32`.
//!
//! Coroutines (`async def`) and async generators are the same machine with another
//! [`GenKind`]: `await` delegates like `yield from` (see `types::coroutine`), and an async
//! generator's own `yield` is marked in the channel so it can be told from the suspensions
//! its `await`s pass up to the event loop.

use crate::err::{PyErr, runtime_error, stop_iteration, type_error};
use crate::types::class::BuiltinType;
use crate::value::{PyResult, Value};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// The future a generator body compiles to.
pub type GenFuture = Pin<Box<dyn Future<Output = PyResult<Value>>>>;

/// Values passed between a generator object and its suspended body.
///
/// Plain `Cell`s moved in and out with `take`/`set`: no borrow flags on the resume path.
#[derive(Default)]
pub struct GenChannel {
    yielded: Cell<Option<Value>>,
    sent: Cell<Option<PyResult<Value>>>,
    /// The last suspension was an async generator's `yield` (not an `await` passing through).
    value_yield: Cell<bool>,
}

/// Which kind of suspendable object a [`Generator`] is: its type, methods and messages.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// A generator (`def` with `yield`, or a generator expression).
    Generator,
    /// A coroutine (`async def` without `yield`).
    Coroutine,
    /// An async generator (`async def` with `yield`, or an async generator expression).
    AsyncGenerator,
    /// The awaitable of `agen.asend(v)` / `agen.__anext__()`.
    ASend,
    /// The awaitable of `agen.athrow(...)` / `agen.aclose()`.
    AThrow,
    /// The iterator `coro.__await__()` returns.
    CoroWrapper,
    /// The awaitable of `anext(it, default)`.
    ANext,
}

impl GenKind {
    /// `type(x).__name__`.
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
            GenKind::ASend => "async_generator_asend",
            GenKind::AThrow => "async_generator_athrow",
            GenKind::CoroWrapper => "coroutine_wrapper",
            GenKind::ANext => "anext_awaitable",
        }
    }

    /// The noun of the object's own messages ("generator already executing", ...).
    fn noun(self) -> &'static str {
        match self {
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
            _ => "generator",
        }
    }

    /// True for the kinds `iter()`/`next()` accept.
    pub fn is_iterator(self) -> bool {
        !matches!(self, GenKind::Coroutine | GenKind::AsyncGenerator)
    }
}

/// The handle a generator body uses to yield.
#[derive(Clone)]
pub struct Co(Rc<GenChannel>);

/// The future of one `yield`: suspends once, then returns the value sent in (or raises the
/// exception thrown in). It borrows the body's [`Co`] (no reference-count traffic per
/// `yield`) and is small enough to inline into the generated body.
pub struct YieldFuture<'a> {
    chan: &'a GenChannel,
    value: Option<Value>,
}

impl Future for YieldFuture<'_> {
    type Output = PyResult<Value>;
    #[inline]
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        if let Some(v) = self.value.take() {
            self.chan.yielded.set(Some(v));
            return Poll::Pending;
        }
        // A `match`, not `unwrap_or`: no default value built and dropped on every resume.
        Poll::Ready(match self.chan.sent.take() {
            Some(r) => r,
            None => Ok(Value::None),
        })
    }
}

impl Co {
    /// `yield v`: evaluates to the value passed to `send()` (`None` for `next()`).
    #[inline]
    pub fn yield_(&self, v: Value) -> YieldFuture<'_> {
        YieldFuture {
            chan: &self.0,
            value: Some(v),
        }
    }

    /// An async generator's `yield v`: like [`Co::yield_`], but marked as a value for the
    /// `asend`/`athrow` awaitable driving the generator.
    pub fn ayield(&self, v: Value) -> YieldFuture<'_> {
        self.0.value_yield.set(true);
        self.yield_(v)
    }

    /// `yield from iterable`: delegates until exhaustion; evaluates to the sub-generator's
    /// return value. As PEP 380 says, values sent and exceptions thrown into the delegating
    /// generator go to the sub-generator; `GeneratorExit` (from `close()`) closes it and is
    /// then raised here.
    pub async fn yield_from(&self, iterable: Value) -> PyResult<Value> {
        let it = crate::types::iter::iter(&iterable)?;
        crate::types::coroutine::delegate(self, it).await
    }

    /// `await awaitable`: delegates to the awaitable's iterator (see `types::coroutine`).
    pub async fn await_(&self, awaitable: Value) -> PyResult<Value> {
        let it = crate::types::coroutine::awaitable_iter(&awaitable)?;
        crate::types::coroutine::delegate(self, it).await
    }
}

enum GenState {
    Fresh(GenFuture),
    Suspended(GenFuture),
    Running,
    Finished,
}

/// A generator object.
pub struct Generator {
    /// Generator, coroutine, async generator, ...
    pub kind: GenKind,
    /// `__name__`.
    pub name: &'static str,
    /// `__qualname__`.
    pub qualname: &'static str,
    chan: Rc<GenChannel>,
    state: RefCell<GenState>,
    /// An async generator's first iteration ran the `sys.set_asyncgen_hooks` hooks.
    hooks_inited: std::cell::Cell<bool>,
    /// The finalizer hook current at that first iteration: called instead of closing the
    /// async generator when it is dropped while suspended.
    finalizer: RefCell<Option<Value>>,
}

/// The outcome of resuming a generator once.
pub enum Resumed {
    /// It yielded this value (for a coroutine or async generator: an `await` suspended).
    Yielded(Value),
    /// An async generator's own `yield` produced this value.
    AsyncYielded(Value),
    /// It returned this value.
    Returned(Value),
}

impl Generator {
    /// Creates a generator from a body builder: `make(co)` returns the body's future.
    pub fn new(
        name: &'static str,
        qualname: &'static str,
        make: impl FnOnce(Co) -> GenFuture,
    ) -> Value {
        Self::new_kind(GenKind::Generator, name, qualname, make)
    }

    /// Creates a generator-like object of the given kind (a coroutine, ...).
    pub fn new_kind(
        kind: GenKind,
        name: &'static str,
        qualname: &'static str,
        make: impl FnOnce(Co) -> GenFuture,
    ) -> Value {
        let chan = Rc::new(GenChannel::default());
        let fut = make(Co(chan.clone()));
        Value::Generator(Rc::new(Generator {
            kind,
            name,
            qualname,
            chan,
            state: RefCell::new(GenState::Fresh(fut)),
            hooks_inited: std::cell::Cell::new(false),
            finalizer: RefCell::new(None),
        }))
    }

    /// `inspect.getgeneratorstate(gen)`: `GEN_CREATED`, `GEN_RUNNING`, `GEN_SUSPENDED` or
    /// `GEN_CLOSED`.
    pub fn state_name(&self) -> &'static str {
        match self.state.try_borrow().as_deref() {
            Ok(GenState::Fresh(_)) => "GEN_CREATED",
            Ok(GenState::Suspended(_)) => "GEN_SUSPENDED",
            Ok(GenState::Finished) => "GEN_CLOSED",
            Ok(GenState::Running) | Err(_) => "GEN_RUNNING",
        }
    }

    /// Marks an async generator's hooks as run; true the first time only.
    pub fn first_hooks(&self) -> bool {
        !self.hooks_inited.replace(true)
    }

    /// Records the finalizer hook of an async generator.
    pub fn set_finalizer(&self, f: Value) {
        *self.finalizer.borrow_mut() = Some(f);
    }

    /// Resumes with `input` (a sent value or a thrown exception).
    #[inline]
    pub fn resume_raw(&self, input: PyResult<Value>) -> PyResult<Resumed> {
        // A running generator's frame counts towards the recursion limit, as in CPython:
        // `await` chains nest native calls, so deep ones must stop with `RecursionError`.
        // Like CPython, a frame that cannot start for lack of depth is finished with the error.
        let depth = match crate::frame::CallGuard::enter("") {
            Ok(d) => d,
            Err(e) => {
                if !matches!(*self.state.borrow(), GenState::Running) {
                    *self.state.borrow_mut() = GenState::Finished;
                }
                return Err(e);
            }
        };
        let state = std::mem::replace(&mut *self.state.borrow_mut(), GenState::Running);
        let mut fut = match state {
            GenState::Fresh(f) => {
                match &input {
                    Ok(v) if !v.is_none() => {
                        *self.state.borrow_mut() = GenState::Fresh(f);
                        return Err(type_error(format!(
                            "can't send non-None value to a just-started {}",
                            self.kind.noun()
                        )));
                    }
                    Err(e) => {
                        *self.state.borrow_mut() = GenState::Finished;
                        return Err(e.clone());
                    }
                    _ => {}
                }
                f
            }
            GenState::Suspended(f) => {
                self.chan.sent.set(Some(input));
                f
            }
            GenState::Running => {
                *self.state.borrow_mut() = GenState::Running;
                return Err(crate::err::value_error(format!(
                    "{} already executing",
                    self.kind.noun()
                )));
            }
            GenState::Finished => {
                *self.state.borrow_mut() = GenState::Finished;
                if matches!(self.kind, GenKind::Coroutine | GenKind::CoroWrapper) {
                    return Err(runtime_error("cannot reuse already awaited coroutine"));
                }
                return match input {
                    Err(e) => Err(e),
                    Ok(_) => Err(PyErr::bare(BuiltinType::StopIteration)),
                };
            }
        };
        let mut cx = Context::from_waker(Waker::noop());
        self.chan.value_yield.set(false);
        let polled = fut.as_mut().poll(&mut cx);
        drop(depth);
        match polled {
            Poll::Pending => {
                self.leave_running(GenState::Suspended(fut));
                let v = match self.chan.yielded.take() {
                    Some(v) => v,
                    None => Value::None,
                };
                if self.chan.value_yield.replace(false) {
                    Ok(Resumed::AsyncYielded(v))
                } else {
                    Ok(Resumed::Yielded(v))
                }
            }
            Poll::Ready(r) => {
                self.leave_running(GenState::Finished);
                match r {
                    Ok(v) => Ok(Resumed::Returned(v)),
                    Err(e) if e.is(BuiltinType::StopIteration) => {
                        Err(self.replaced(e, "raised StopIteration"))
                    }
                    Err(e)
                        if self.kind == GenKind::AsyncGenerator
                            && e.is(BuiltinType::StopAsyncIteration) =>
                    {
                        Err(self.replaced(e, "raised StopAsyncIteration"))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Replaces the `Running` state set for a resumption; the old state owns nothing, so it
    /// is forgotten rather than run through the general drop glue on this hot path.
    #[inline]
    fn leave_running(&self, next: GenState) {
        let old = std::mem::replace(&mut *self.state.borrow_mut(), next);
        match old {
            GenState::Running => std::mem::forget(old),
            other => drop(other),
        }
    }

    /// The `RuntimeError` replacing a `StopIteration` that escaped the body (PEP 479).
    fn replaced(&self, e: PyErr, what: &str) -> PyErr {
        let new = runtime_error(format!("{} {what}", self.kind.noun()));
        new.state().cause = Some(e.value());
        new.state().context = Some(e.value());
        new
    }

    /// True once the body has returned or raised (or the object was closed).
    pub fn is_finished(&self) -> bool {
        matches!(*self.state.borrow(), GenState::Finished)
    }

    /// True before the first resumption.
    pub fn is_fresh(&self) -> bool {
        matches!(*self.state.borrow(), GenState::Fresh(_))
    }

    /// True while suspended at a `yield`/`await` (started and not finished, not running).
    pub fn is_suspended(&self) -> bool {
        matches!(*self.state.borrow(), GenState::Suspended(_))
    }

    /// True while its body is executing.
    pub fn is_running(&self) -> bool {
        matches!(*self.state.borrow(), GenState::Running)
    }

    /// Marks the object finished without running it (closing a fresh one).
    pub fn mark_finished(&self) {
        *self.state.borrow_mut() = GenState::Finished;
    }

    /// `next(gen)`/`gen.send(v)` for iteration: `Ok(None)` when it returns.
    #[inline]
    pub fn resume(&self, v: Value) -> PyResult<Option<Value>> {
        match self.resume_raw(Ok(v)) {
            Ok(Resumed::Yielded(v) | Resumed::AsyncYielded(v)) => Ok(Some(v)),
            Ok(Resumed::Returned(_)) => Ok(None),
            Err(e)
                if e.is(BuiltinType::StopIteration)
                    && matches!(*self.state.borrow(), GenState::Finished) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `gen.send(v)`: the next yielded value, or `StopIteration(return value)`.
    pub fn send(&self, v: Value) -> PyResult<Value> {
        match self.resume_raw(Ok(v))? {
            Resumed::Yielded(v) | Resumed::AsyncYielded(v) => Ok(v),
            Resumed::Returned(r) => Err(stop_iteration(r)),
        }
    }

    /// `gen.throw(exc)`.
    pub fn throw(&self, exc: PyErr) -> PyResult<Value> {
        match self.resume_raw(Err(exc))? {
            Resumed::Yielded(v) | Resumed::AsyncYielded(v) => Ok(v),
            Resumed::Returned(r) => Err(stop_iteration(r)),
        }
    }

    /// `gen.close()`: throws `GeneratorExit` in; a generator that yields again is an error.
    pub fn close(&self) -> PyResult<Value> {
        if matches!(
            *self.state.borrow(),
            GenState::Fresh(_) | GenState::Finished
        ) {
            *self.state.borrow_mut() = GenState::Finished;
            return Ok(Value::None);
        }
        match self.resume_raw(Err(PyErr::bare(BuiltinType::GeneratorExit))) {
            Ok(Resumed::Yielded(_) | Resumed::AsyncYielded(_)) => Err(runtime_error(format!(
                "{} ignored GeneratorExit",
                self.kind.noun()
            ))),
            Ok(Resumed::Returned(_)) => Ok(Value::None),
            Err(e) if e.is(BuiltinType::GeneratorExit) || e.is(BuiltinType::StopIteration) => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}

thread_local! {
    static FINALIZING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Marks the program as finished: generators dropped from now on (while thread-local module
/// globals are torn down) are not resumed, since their code could no longer run safely.
pub fn set_finalizing() {
    let _ = FINALIZING.try_with(|f| f.set(true));
}

/// True once [`set_finalizing`] was called (or the thread's state is already gone).
pub fn is_finalizing() -> bool {
    FINALIZING.try_with(|f| f.get()).unwrap_or(true)
}

impl Drop for Generator {
    /// A suspended generator that is dropped is closed first, so its `finally` blocks run
    /// (CPython does this when the generator is garbage collected).
    fn drop(&mut self) {
        let finalizing = FINALIZING.try_with(|f| f.get()).unwrap_or(true);
        if finalizing {
            return;
        }
        let fresh = matches!(self.state.try_borrow().as_deref(), Ok(GenState::Fresh(_)));
        if fresh && self.kind == GenKind::Coroutine {
            // CPython warns when a coroutine that never ran is collected. The location is
            // the interpreter's generic one: the compiled program has no frame stack to name.
            crate::io::write_stderr(&format!(
                "sys:1: RuntimeWarning: coroutine '{}' was never awaited\n\
                 RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                self.qualname
            ));
            return;
        }
        let suspended = matches!(
            self.state.try_borrow().as_deref(),
            Ok(GenState::Suspended(_))
        );
        if !suspended {
            return;
        }
        if let Some(fin) = self.finalizer.get_mut().take() {
            // An async generator with a finalizer hook (an event loop's) is handed to it
            // alive, in a new object owning the suspended body, so the loop can schedule its
            // `aclose()`. Errors cannot propagate from here (CPython reports them as
            // unraisable).
            let state = std::mem::replace(self.state.get_mut(), GenState::Finished);
            let revived = Value::Generator(Rc::new(Generator {
                kind: self.kind,
                name: self.name,
                qualname: self.qualname,
                chan: self.chan.clone(),
                state: RefCell::new(state),
                hooks_inited: std::cell::Cell::new(true),
                finalizer: RefCell::new(None),
            }));
            let _ = crate::call::call(&fin, &[revived]);
            return;
        }
        let _ = self.close();
    }
}
