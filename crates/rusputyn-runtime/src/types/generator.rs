//! Generators as Rust `async` state machines.
//!
//! A generator function compiles to an `async` block; each `yield v` in it is
//! `co.yield_(v).await`, which parks `v` in the shared [`GenChannel`] and suspends once. The
//! generator object resumes the future by polling it with a no-op waker: `Pending` means it
//! yielded, `Ready` means it returned (or raised). No threads, no stack switching: this works
//! the same on `wasm32`.

use crate::err::{PyErr, runtime_error, stop_iteration, type_error};
use crate::types::class::BuiltinType;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

/// The future a generator body compiles to.
pub type GenFuture = Pin<Box<dyn Future<Output = PyResult<Value>>>>;

/// Values passed between a generator object and its suspended body.
#[derive(Default)]
pub struct GenChannel {
    yielded: RefCell<Option<Value>>,
    sent: RefCell<Option<PyResult<Value>>>,
}

/// The handle a generator body uses to yield.
#[derive(Clone)]
pub struct Co(Rc<GenChannel>);

/// The future of one `yield`: suspends once, then returns the value sent in (or raises the
/// exception thrown in).
pub struct YieldFuture {
    chan: Rc<GenChannel>,
    value: Option<Value>,
}

impl Future for YieldFuture {
    type Output = PyResult<Value>;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        if let Some(v) = self.value.take() {
            *self.chan.yielded.borrow_mut() = Some(v);
            return Poll::Pending;
        }
        Poll::Ready(
            self.chan
                .sent
                .borrow_mut()
                .take()
                .unwrap_or(Ok(Value::None)),
        )
    }
}

impl Co {
    /// `yield v`: evaluates to the value passed to `send()` (`None` for `next()`).
    pub fn yield_(&self, v: Value) -> YieldFuture {
        YieldFuture {
            chan: self.0.clone(),
            value: Some(v),
        }
    }

    /// `yield from iterable`: delegates until exhaustion; evaluates to the sub-generator's
    /// return value.
    pub async fn yield_from(&self, iterable: Value) -> PyResult<Value> {
        let it = crate::types::iter::iter(&iterable)?;
        if let Value::Generator(g) = &it {
            let mut to_send = Value::None;
            loop {
                match g.resume_raw(Ok(to_send))? {
                    Resumed::Yielded(v) => to_send = self.yield_(v).await?,
                    Resumed::Returned(r) => return Ok(r),
                }
            }
        }
        while let Some(v) = crate::types::iter::next(&it)? {
            self.yield_(v).await?;
        }
        Ok(Value::None)
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
    /// `__name__`.
    pub name: &'static str,
    /// `__qualname__`.
    pub qualname: &'static str,
    chan: Rc<GenChannel>,
    state: RefCell<GenState>,
}

/// The outcome of resuming a generator once.
pub enum Resumed {
    /// It yielded this value.
    Yielded(Value),
    /// It returned this value.
    Returned(Value),
}

fn noop_waker() -> Waker {
    const VTABLE: RawWakerVTable = RawWakerVTable::new(
        |_| RawWaker::new(std::ptr::null(), &VTABLE),
        |_| {},
        |_| {},
        |_| {},
    );
    // SAFETY: every vtable function ignores the data pointer, so a null pointer is fine.
    unsafe { Waker::from_raw(RawWaker::new(std::ptr::null(), &VTABLE)) }
}

impl Generator {
    /// Creates a generator from a body builder: `make(co)` returns the body's future.
    pub fn new(
        name: &'static str,
        qualname: &'static str,
        make: impl FnOnce(Co) -> GenFuture,
    ) -> Value {
        let chan = Rc::new(GenChannel::default());
        let fut = make(Co(chan.clone()));
        Value::Generator(Rc::new(Generator {
            name,
            qualname,
            chan,
            state: RefCell::new(GenState::Fresh(fut)),
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

    /// Resumes with `input` (a sent value or a thrown exception).
    pub fn resume_raw(&self, input: PyResult<Value>) -> PyResult<Resumed> {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), GenState::Running);
        let mut fut = match state {
            GenState::Fresh(f) => {
                match &input {
                    Ok(v) if !v.is_none() => {
                        *self.state.borrow_mut() = GenState::Fresh(f);
                        return Err(type_error(
                            "can't send non-None value to a just-started generator",
                        ));
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
                *self.chan.sent.borrow_mut() = Some(input);
                f
            }
            GenState::Running => {
                *self.state.borrow_mut() = GenState::Running;
                return Err(crate::err::value_error("generator already executing"));
            }
            GenState::Finished => {
                *self.state.borrow_mut() = GenState::Finished;
                return match input {
                    Err(e) => Err(e),
                    Ok(_) => Ok(Resumed::Returned(Value::None))
                        .and_then(|_| Err(PyErr::bare(BuiltinType::StopIteration))),
                };
            }
        };
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        match fut.as_mut().poll(&mut cx) {
            Poll::Pending => {
                *self.state.borrow_mut() = GenState::Suspended(fut);
                let v = self.chan.yielded.borrow_mut().take().unwrap_or(Value::None);
                Ok(Resumed::Yielded(v))
            }
            Poll::Ready(r) => {
                *self.state.borrow_mut() = GenState::Finished;
                match r {
                    Ok(v) => Ok(Resumed::Returned(v)),
                    Err(e) if e.is(BuiltinType::StopIteration) => {
                        let new = runtime_error("generator raised StopIteration");
                        new.state().cause = Some(e.value());
                        new.state().context = Some(e.value());
                        Err(new)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `next(gen)`/`gen.send(v)` for iteration: `Ok(None)` when it returns.
    pub fn resume(&self, v: Value) -> PyResult<Option<Value>> {
        match self.resume_raw(Ok(v)) {
            Ok(Resumed::Yielded(v)) => Ok(Some(v)),
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
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(r) => Err(stop_iteration(r)),
        }
    }

    /// `gen.throw(exc)`.
    pub fn throw(&self, exc: PyErr) -> PyResult<Value> {
        match self.resume_raw(Err(exc))? {
            Resumed::Yielded(v) => Ok(v),
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
            Ok(Resumed::Yielded(_)) => Err(runtime_error("generator ignored GeneratorExit")),
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

impl Drop for Generator {
    /// A suspended generator that is dropped is closed first, so its `finally` blocks run
    /// (CPython does this when the generator is garbage collected).
    fn drop(&mut self) {
        let finalizing = FINALIZING.try_with(|f| f.get()).unwrap_or(true);
        if finalizing {
            return;
        }
        let suspended = matches!(
            self.state.try_borrow().as_deref(),
            Ok(GenState::Suspended(_))
        );
        if suspended {
            let _ = self.close();
        }
    }
}
