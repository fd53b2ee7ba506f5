//! Helpers that only generated code calls: module globals, loading possibly-unbound locals
//! and cells, unpacking, `raise`, `except` matching, and the control-flow token that carries
//! `return`/`break`/`continue` through a `finally` block.

use crate::err::{PyErr, name_error, type_error, unbound_local_error, value_error};
use crate::types::class::BuiltinType;
use crate::types::function::Cell;
use crate::value::{PyResult, Value};
use std::cell::RefCell;

mod locals;
pub use locals::{aug_local, check_local, local_ref, set_local, take_local};

/// The global variables of one compiled module: slots indexed by compile-time name index.
///
/// Invariant: the module's code reads and writes its globals by slot index only (no hashing);
/// the module's namespace dict ([`Globals::namespace`], which is `globals()` and
/// `module.__dict__`) is a view whose string keys naming a slot live in the slot, never in
/// the dict's own entries, which hold only the names the module's code never mentions.
pub struct Globals {
    names: &'static [&'static str],
    /// Slot of each name, for access by name from outside the module (`module.attr`).
    index: std::collections::HashMap<&'static str, usize>,
    slots: RefCell<Vec<Option<Value>>>,
    /// The namespace dict viewing these slots (it refers back to them weakly).
    ns: std::rc::Rc<crate::types::dict::PyDict>,
}

impl Globals {
    /// Globals for a module whose global names are `names`, with their namespace view.
    pub fn create(names: &'static [&'static str]) -> std::rc::Rc<Globals> {
        std::rc::Rc::new_cyclic(|weak| Globals {
            names,
            index: names.iter().enumerate().map(|(i, n)| (*n, i)).collect(),
            slots: RefCell::new(vec![None; names.len()]),
            ns: std::rc::Rc::new(crate::types::dict::PyDict::globals_view(weak.clone())),
        })
    }

    /// The module namespace (`globals()`, `module.__dict__`): one live dict per module.
    pub fn namespace(&self) -> std::rc::Rc<crate::types::dict::PyDict> {
        self.ns.clone()
    }

    /// `globals()` as a value.
    pub fn namespace_value(&self) -> Value {
        Value::Dict(self.ns.clone())
    }

    /// The slot index of global `name`, if the module's code names it.
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// The number of slots (bound or not).
    pub fn slot_count(&self) -> usize {
        self.names.len()
    }

    /// Slot `i`'s name and value, when bound.
    pub fn slot(&self, i: usize) -> Option<(&'static str, Value)> {
        let v = self.slots.borrow().get(i)?.clone()?;
        Some((self.names[i], v))
    }

    /// Unbinds slot `i`, returning its value when it was bound.
    pub fn take(&self, i: usize) -> Option<Value> {
        self.slots.borrow_mut()[i].take()
    }

    /// The number of bound slots.
    pub fn bound_count(&self) -> usize {
        self.slots.borrow().iter().filter(|v| v.is_some()).count()
    }

    /// Binds `name` if unbound: a slot when the module's code names it, else the namespace
    /// (the module attributes CPython sets before the body runs: `__file__`, `__doc__`, ...).
    pub fn seed(&self, name: &str, v: Value) {
        if self.ns.get_str(name).is_none() {
            self.ns.set_str(name, v);
        }
    }

    /// Reads global `i`; `NameError` when unbound.
    pub fn get(&self, i: usize) -> PyResult<Value> {
        self.slots.borrow()[i]
            .clone()
            .ok_or_else(|| self.name_error(self.names[i]))
    }

    /// The `NameError` for an undefined name, with CPython's "Did you mean" suggestion drawn
    /// from the bound globals, then the built-ins.
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = name_error(format!("name '{name}' is not defined"));
        let bound: Vec<&str> = {
            let slots = self.slots.borrow();
            self.names
                .iter()
                .zip(slots.iter())
                .filter(|(_, v)| v.is_some())
                .map(|(n, _)| *n)
                .collect()
        };
        let suggestion = crate::suggest::best_match(name, bound.iter().copied()).or_else(|| {
            let builtins = builtin_names();
            crate::suggest::best_match(name, builtins.iter().copied())
        });
        if let Some(s) = suggestion {
            e.state().traceback_suffix = Some(format!(". Did you mean: '{s}'?"));
        }
        e
    }

    /// Reads global `i`, falling back to the built-in of the same name.
    pub fn get_or_builtin(&self, i: usize) -> PyResult<Value> {
        if let Some(v) = self.slots.borrow()[i].clone() {
            return Ok(v);
        }
        crate::builtins::builtin_value(self.names[i]).ok_or_else(|| self.name_error(self.names[i]))
    }

    /// Global `i` (or the built-in of the same name) as the callee of a call: a Python
    /// function is held by its `Rc` alone, so loading and dropping it stays inline.
    #[inline]
    pub fn callee(&self, i: usize) -> PyResult<crate::call::Callee> {
        // No panicking path here (`try_borrow`, `get`), or `G.with` stops being inlined;
        // the slots are only ever borrowed mutably inside `set`/`del`, never across a call.
        if let Ok(slots) = self.slots.try_borrow()
            && let Some(Some(Value::Function(f))) = slots.get(i)
        {
            return Ok(crate::call::Callee::Function(f.clone()));
        }
        self.callee_other(i)
    }

    /// [`Globals::callee`] of a value other than a Python function.
    #[inline(never)]
    fn callee_other(&self, i: usize) -> PyResult<crate::call::Callee> {
        self.get_or_builtin(i).map(crate::call::Callee::Other)
    }

    /// Binds global `i`.
    pub fn set(&self, i: usize, v: Value) {
        // The old value is dropped after the borrow ends: its `__del__` may read globals.
        let old = self.slots.borrow_mut()[i].replace(v);
        drop(old);
    }

    /// `del` of global `i`.
    pub fn del(&self, i: usize) -> PyResult<()> {
        let old = self.slots.borrow_mut()[i].take();
        match old {
            Some(_) => Ok(()),
            None => Err(name_error(format!(
                "name '{}' is not defined",
                self.names[i]
            ))),
        }
    }

    /// Unbinds every global, in definition order (interpreter shutdown: values are dropped,
    /// so suspended generators run their `finally` blocks).
    pub fn clear(&self) {
        let n = self.slots.borrow().len();
        for i in 0..n {
            let old = self.slots.borrow_mut()[i].take();
            drop(old);
        }
    }

    /// The bound globals, in definition order.
    pub fn bound(&self) -> Vec<(&'static str, Value)> {
        self.names
            .iter()
            .zip(self.slots.borrow().iter())
            .filter_map(|(n, v)| v.clone().map(|v| (*n, v)))
            .collect()
    }
}

thread_local! {
    static FINALIZERS: RefCell<Vec<fn()>> = const { RefCell::new(Vec::new()) };
}

/// Registers a module's globals-clearing function, run at program exit by [`finalize_modules`].
pub fn register_module(clear: fn()) {
    FINALIZERS.with(|f| f.borrow_mut().push(clear));
}

/// Clears every registered module's globals, last imported first, as CPython's shutdown does.
pub fn finalize_modules() {
    let all: Vec<fn()> = FINALIZERS.with(|f| std::mem::take(&mut *f.borrow_mut()));
    for clear in all.into_iter().rev() {
        clear();
    }
}

/// The names of the `builtins` module that are defined here.
fn builtin_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = crate::builtins::BUILTIN_FUNCTIONS
        .iter()
        .map(|b| b.name)
        .collect();
    names.extend(
        crate::types::class::BuiltinType::ALL
            .iter()
            .map(|t| t.name())
            .filter(|n| crate::builtins::builtin_value(n).is_some()),
    );
    names.extend(["None", "True", "False", "Ellipsis", "NotImplemented"]);
    names
}

/// Reads a local that may be unbound (CPython 3.11's `UnboundLocalError` message).
#[inline]
pub fn load_local(slot: &Option<Value>, name: &str) -> PyResult<Value> {
    match slot {
        Some(v) => Ok(v.clone()),
        None => Err(unbound(name)),
    }
}

#[cold]
#[inline(never)]
fn unbound(name: &str) -> PyErr {
    unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

/// Reads a cell variable owned by this function.
pub fn load_cell(cell: &Cell, name: &str) -> PyResult<Value> {
    load_local(&cell.borrow(), name)
}

/// Reads a free variable (a cell of an enclosing function).
pub fn load_free(cell: &Cell, name: &str) -> PyResult<Value> {
    cell.borrow().clone().ok_or_else(|| {
        name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    })
}

/// `del` of a local: fails if it is unbound.
pub fn del_local(slot: &mut Option<Value>, name: &str) -> PyResult<()> {
    match slot.take() {
        Some(_) => Ok(()),
        None => Err(unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))),
    }
}

/// `a, b, c = v`: exactly `n` values.
pub fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = match v {
        Value::Tuple(t) => t.items().to_vec(),
        Value::List(l) => l.snapshot(),
        _ => {
            let it = crate::types::iter::iter(v).map_err(|_| {
                type_error(format!(
                    "cannot unpack non-iterable {} object",
                    v.type_name()
                ))
            })?;
            let mut out = Vec::with_capacity(n);
            while let Some(x) = crate::types::iter::next(&it)? {
                if out.len() == n {
                    return Err(value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
                out.push(x);
            }
            out
        }
    };
    if items.len() < n {
        return Err(value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    if items.len() > n {
        return Err(value_error(format!(
            "too many values to unpack (expected {n})"
        )));
    }
    Ok(items)
}

/// `a, *b, c = v`: `before` values, a list of the middle, `after` values.
pub fn unpack_star(v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = crate::types::iter::collect(v).map_err(|e| {
        if e.is(BuiltinType::TypeError) {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                v.type_name()
            ))
        } else {
            e
        }
    })?;
    if items.len() < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(Value::list(items[before..items.len() - after].to_vec()));
    out.extend(items[items.len() - after..].iter().cloned());
    Ok(out)
}

/// The exception raised by `raise value [from cause]`.
pub fn make_raise(value: Value, cause: Option<Value>) -> PyResult<PyErr> {
    let exc = match &value {
        Value::Class(c) if c.derives_from(BuiltinType::BaseException) => {
            let v = crate::call::call(&value, &[])?;
            PyErr::from_value(&v).ok_or_else(|| {
                type_error("calling an exception class did not return an exception")
            })?
        }
        other => PyErr::from_value(other)
            .ok_or_else(|| type_error("exceptions must derive from BaseException"))?,
    };
    if let Some(cause) = cause {
        let cause = match &cause {
            Value::None => None,
            Value::Class(c) if c.derives_from(BuiltinType::BaseException) => {
                Some(crate::call::call(&cause, &[])?)
            }
            v if PyErr::from_value(v).is_some() => Some(cause.clone()),
            _ => {
                return Err(type_error(
                    "exception causes must derive from BaseException",
                ));
            }
        };
        let mut st = exc.state();
        st.cause = cause;
        st.suppress_context = true;
    }
    Ok(exc)
}

/// Records `handled` as the `__context__` of an exception raised while handling it (unless
/// it is the same exception, or that would make a cycle).
pub fn chain(new: PyErr, handled: &PyErr) -> PyErr {
    if std::rc::Rc::ptr_eq(&new.0, &handled.0) {
        return new;
    }
    let has_context = new.state().context.is_some();
    if !has_context {
        new.state().context = Some(handled.value());
    }
    new
}

/// `except <spec>:` matching: `spec` is an exception class or a tuple of them.
pub fn exc_matches(e: &PyErr, spec: &Value) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            if !c.derives_from(BuiltinType::BaseException) {
                return Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(e.class().is_subclass(c))
        }
        Value::Tuple(t) => {
            for s in t.items() {
                if exc_matches(e, s)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// How a `try` body with a `finally` ended, so the `finally` block can run first and the
/// jump be completed after it.
pub enum Flow {
    /// Fell off the end.
    Normal,
    /// `return value`.
    Return(Value),
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// The built-in class at index `i` of `BuiltinType::ALL` (the compiler resolves built-in
/// class names to indices at compile time).
pub fn builtin_class_at(i: usize) -> Value {
    let t = crate::types::class::BuiltinType::ALL
        .get(i)
        .copied()
        .unwrap_or(crate::types::class::BuiltinType::Object);
    Value::Class(crate::types::class::builtin_class(t))
}

/// `for x in range(...)` compiled to a counted loop: the `range(...)` arguments (evaluated
/// once, exactly as `range()` would) become `(start, step, count)`.
pub fn range_plan(args: &[Value]) -> PyResult<crate::types::range::LoopPlan> {
    let r = crate::call::call(&builtin_class_at(range_index()), args)?;
    match r {
        Value::Range(r) => Ok(crate::types::range::loop_plan(&r)),
        _ => Err(type_error("range() did not return a range")),
    }
}

fn range_index() -> usize {
    crate::types::class::BuiltinType::ALL
        .iter()
        .position(|t| *t == crate::types::class::BuiltinType::Range)
        .unwrap_or(0)
}

/// An `int` literal too large for 64 bits (the compiler has already validated the digits).
pub fn big_literal(digits: &str) -> Value {
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), 10)
        .map(crate::types::int::normalize)
        .unwrap_or(Value::Int(0))
}

/// `AssertionError` with an optional message.
pub fn assertion_failed(msg: Option<Value>) -> PyErr {
    match msg {
        Some(m) => PyErr::with_args(
            crate::types::class::builtin_class(BuiltinType::AssertionError),
            vec![m],
        ),
        None => PyErr::bare(BuiltinType::AssertionError),
    }
}

/// CPython's error for zero-argument `super()` in code without arguments (a nested function
/// without parameters, a class or module body).
pub fn no_super_arguments() -> PyErr {
    crate::err::runtime_error("super(): no arguments")
}

/// `__annotations__[name] = annotation` in a class namespace (CPython stores through whatever
/// `__annotations__` names in the namespace, creating the dict if the body deleted it).
pub fn store_annotation(
    ns: &crate::types::class::namespace::ClassNs,
    name: &str,
    annotation: Value,
) -> PyResult<()> {
    let target = match ns.get("__annotations__")? {
        Some(d) => d,
        None => {
            let d = Value::Dict(std::rc::Rc::new(crate::types::dict::PyDict::new()));
            ns.set("__annotations__", d.clone())?;
            d
        }
    };
    crate::ops::setitem(&target, &Value::str(name), annotation)
}
