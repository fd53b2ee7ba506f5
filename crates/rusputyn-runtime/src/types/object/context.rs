//! The context-manager protocol behind the `with` statement: looking `__enter__`/`__exit__`
//! up on the manager's type, entering, and calling `__exit__` with the exception that left
//! the body (or three `None`s).

use crate::err::{PyErr, type_error};
use crate::types::class::type_of;
use crate::value::{PyResult, Value};

/// A manager that has been entered: what `__exit__` needs later.
pub struct Entered {
    /// The manager object (`__exit__`'s first argument).
    mgr: Value,
    /// `type(mgr).__exit__`, unbound.
    exit: Value,
}

/// `with mgr [as x]:` — looks up `__enter__` and `__exit__` on the type (as CPython does, not on
/// the instance), calls `__enter__` and returns the entered value with the pending exit.
pub fn enter(mgr: Value) -> PyResult<(Entered, Value)> {
    let cls = type_of(&mgr);
    let Some(enter) = cls.lookup("__enter__") else {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol",
            cls.name
        )));
    };
    let Some(exit) = cls.lookup("__exit__") else {
        return Err(type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            cls.name
        )));
    };
    let value = super::call_unbound(&enter, &mgr, &[])?;
    Ok((Entered { mgr, exit }, value))
}

impl Entered {
    /// The body finished without an exception (normally or by `return`/`break`/`continue`):
    /// `__exit__(None, None, None)`; its result is ignored.
    pub fn exit_ok(&self) -> PyResult<()> {
        super::call_unbound(
            &self.exit,
            &self.mgr,
            &[Value::None, Value::None, Value::None],
        )?;
        Ok(())
    }

    /// The body raised `err`: `__exit__(type, value, traceback)`. `Ok(())` when `__exit__`
    /// returned a true value (the exception is suppressed); otherwise the error to propagate:
    /// `err` itself, or what `__exit__` raised with `err` as its context.
    pub fn exit_err(&self, err: PyErr) -> Result<(), PyErr> {
        let value = err.value();
        let tb = crate::types::traceback::traceback_of(&err.state().traceback);
        let args = [Value::Class(err.class().clone()), value, tb];
        match super::call_unbound(&self.exit, &self.mgr, &args) {
            Ok(r) => match r.truthy() {
                Ok(true) => Ok(()),
                Ok(false) => Err(err),
                Err(e2) => Err(crate::support::chain(e2, &err)),
            },
            Err(e2) => Err(crate::support::chain(e2, &err)),
        }
    }
}

/// An asynchronous manager that has been entered (`async with`): what `__aexit__` needs.
pub struct AEntered {
    mgr: Value,
    /// `type(mgr).__aexit__`, unbound.
    exit: Value,
}

/// `async with mgr [as x]:` — looks up `__aenter__` and `__aexit__` on the type and calls
/// `__aenter__`; the caller awaits the returned awaitable for the entered value.
pub fn enter_async(mgr: Value) -> PyResult<(AEntered, Value)> {
    let cls = type_of(&mgr);
    let Some(enter) = cls.lookup("__aenter__") else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            cls.name
        )));
    };
    let Some(exit) = cls.lookup("__aexit__") else {
        return Err(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            cls.name
        )));
    };
    let awaitable = super::call_unbound(&enter, &mgr, &[])?;
    Ok((AEntered { mgr, exit }, awaitable))
}

impl AEntered {
    /// The body finished without an exception: awaits `__aexit__(None, None, None)`.
    pub async fn exit_ok(&self, co: &crate::types::generator::Co) -> PyResult<()> {
        let aw = super::call_unbound(
            &self.exit,
            &self.mgr,
            &[Value::None, Value::None, Value::None],
        )?;
        co.await_special(aw, "__aexit__").await?;
        Ok(())
    }

    /// The body raised `err`: awaits `__aexit__(type, value, traceback)`; `Ok(())` when it
    /// suppressed the exception, else the error to propagate (as [`Entered::exit_err`]).
    pub async fn exit_err(
        &self,
        co: &crate::types::generator::Co,
        err: PyErr,
    ) -> Result<(), PyErr> {
        let value = err.value();
        let args = [Value::Class(err.class().clone()), value, Value::None];
        let result = match super::call_unbound(&self.exit, &self.mgr, &args) {
            Ok(aw) => co.await_special(aw, "__aexit__").await,
            Err(e) => Err(e),
        };
        match result {
            Ok(r) => match r.truthy() {
                Ok(true) => Ok(()),
                Ok(false) => Err(err),
                Err(e2) => Err(crate::support::chain(e2, &err)),
            },
            Err(e2) => Err(crate::support::chain(e2, &err)),
        }
    }
}
