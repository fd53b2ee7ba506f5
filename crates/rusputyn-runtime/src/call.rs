//! Calling any callable value: Python functions (argument binding), built-ins, bound
//! methods, classes (construction) and instances with `__call__`.

use crate::err::type_error;
use crate::hash::Name;
use crate::types::function::{Args, BoundMethod, Function, Kw, MethodFn, MethodTarget, bind_args};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// Special-method names this file looks up, hashed at compile time.
const CALL: Name = Name::new("__call__");

/// `f(*args)`. A Python function taking exactly these positional arguments is called here,
/// inline, with the caller's values as its parameter slots; anything else goes through
/// [`call_kw`].
#[inline]
pub fn call(f: &Value, args: &[Value]) -> PyResult<Value> {
    if let Value::Function(func) = f
        && func.code.is_exact(args.len())
    {
        return (func.imp)(func, Args::new(args));
    }
    call_kw(f, args, &[])
}

/// A callee loaded from a module global for a call: a Python function held by its `Rc`
/// (cloned and dropped inline, and called without re-examining the value), or any value.
/// Holding it keeps the callee alive through the call even if the call rebinds the global.
pub enum Callee {
    /// A Python function.
    Function(Rc<Function>),
    /// Any other callable (or not) value.
    Other(Value),
}

impl Callee {
    /// `callee(*args)`, then drops the callee (as CPython does once the call returns).
    #[inline]
    pub fn call(self, args: &[Value]) -> PyResult<Value> {
        match self {
            Callee::Function(func) if func.code.is_exact(args.len()) => {
                (func.imp)(&func, Args::new(args))
            }
            Callee::Function(func) => call_kw(&Value::Function(func), args, &[]),
            Callee::Other(f) => call(&f, args),
        }
    }
}

/// `f(first, *args, **kw)`: a method's function called with its receiver in front (bound
/// methods, `obj.m(...)` resolved on the class, special methods). A Python function is
/// called with the receiver and the arguments as borrowed slots (completed from its
/// defaults on the stack if needed); only other callees and keyword binding get a
/// prepended vector.
pub fn call_prepend(f: &Value, first: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Value::Function(func) = f
        && kw.is_empty()
        && let Some(r) = call_positional(func, Args::with_recv(first, args))
    {
        return r;
    }
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(first.clone());
    full.extend_from_slice(args);
    call_kw(f, &full, kw)
}

/// Calls a Python function with positional arguments only, without building a vector:
/// `given` passed straight through when it matches the parameters exactly, else completed
/// from the defaults on the stack; `None` when the call needs [`bind_args`].
#[inline]
fn call_positional(func: &Function, given: Args) -> Option<PyResult<Value>> {
    if func.code.is_exact(given.len()) {
        return Some((func.imp)(func, given));
    }
    call_with_defaults(func, given)
}

/// Calls a Python function whose positional arguments `given` fall short of its positional
/// parameters only by defaulted ones (and which has no `*args`, keyword-only parameters or
/// `**kwargs`), binding the slots in a stack array; `None` when the call does not have that
/// shape (or has too many parameters for the array), for [`bind_args`] to handle.
#[inline]
fn call_with_defaults(func: &Function, given: Args) -> Option<PyResult<Value>> {
    let c = func.code;
    let n = given.len();
    if n >= c.npos || c.varargs || c.kwonly != 0 || c.varkw {
        return None;
    }
    match c.npos {
        0..=2 => call_with_defaults_n::<2>(func, given),
        3..=4 => call_with_defaults_n::<4>(func, given),
        5..=8 => call_with_defaults_n::<8>(func, given),
        _ => None,
    }
}

/// [`call_with_defaults`] with an array of `N` slots (`npos <= N`).
fn call_with_defaults_n<const N: usize>(func: &Function, given: Args) -> Option<PyResult<Value>> {
    let npos = func.code.npos;
    let n = given.len();
    let slots: [Value; N] = {
        // Binding runs no Python code, so `__defaults__` cannot change while borrowed; the
        // borrow ends before the body runs (which may assign it). A `__defaults__` longer
        // than the positional parameters defaults them with its last items.
        let defaults = func.defaults.borrow();
        let defaults = &defaults[defaults.len().saturating_sub(npos)..];
        if n + defaults.len() < npos {
            return None;
        }
        let first_default = npos - defaults.len();
        std::array::from_fn(|i| match i {
            _ if i < n => given.get(i).unwrap_or(Value::None),
            _ if i < npos => defaults[i - first_default].clone(),
            _ => Value::None,
        })
    };
    Some((func.imp)(func, Args::new(&slots[..npos])))
}

/// A method looked up for a call and not yet called (`obj.name` or `super().name` before
/// the arguments are evaluated, as CPython's `LOAD_METHOD` does), without a bound-method
/// object in the common cases.
pub enum BoundCall<'a> {
    /// A built-in type's method (name and function) and its receiver.
    Native(&'static str, MethodFn, &'a Value),
    /// A Python function found on the class, called with the receiver in front.
    Prepend(Value, &'a Value),
    /// Any other attribute, called as it is.
    Callable(Value),
}

impl BoundCall<'_> {
    /// Calls the method with `args` and `kw`.
    #[inline]
    pub fn call(self, args: &[Value], kw: Kw) -> PyResult<Value> {
        match self {
            BoundCall::Native(_, f, recv) => f(recv, args, kw),
            BoundCall::Prepend(f, recv) => call_prepend(&f, recv, args, kw),
            BoundCall::Callable(m) => call_kw(&m, args, kw),
        }
    }

    /// The method as one value: a bound method where the receiver is held apart.
    pub fn into_value(self) -> Value {
        let (receiver, target) = match self {
            BoundCall::Native(n, f, recv) => (recv.clone(), MethodTarget::Native(n, f)),
            BoundCall::Prepend(f, recv) => (recv.clone(), MethodTarget::Python(f)),
            BoundCall::Callable(m) => return m,
        };
        Value::BoundMethod(Rc::new(BoundMethod { receiver, target }))
    }
}

/// `f(*args, **kw)`.
pub fn call_kw(f: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    match f {
        Value::Function(func) => {
            if kw.is_empty()
                && let Some(r) = call_positional(func, Args::new(args))
            {
                return r;
            }
            let slots = bind_args(func, args, kw)?;
            (func.imp)(func, Args::new(&slots))
        }
        Value::Builtin(b) => {
            let _depth = match crate::builtins::counts_recursion(b) {
                true => Some(crate::frame::CallGuard::enter(crate::frame::CALLING)?),
                false => None,
            };
            (b.f)(args, kw)
        }
        Value::BoundMethod(m) => match &m.target {
            MethodTarget::Python(func) => call_prepend(func, &m.receiver, args, kw),
            MethodTarget::Native(_, mf) => mf(&m.receiver, args, kw),
            MethodTarget::Static(b) => (b.f)(args, kw),
            MethodTarget::Unbound(name, t, mf) => {
                let wrapper = crate::types::object::base::is_slot_wrapper(*t, name);
                let Some((recv, rest)) = args.split_first() else {
                    return Err(type_error(match wrapper {
                        true => format!(
                            "descriptor '{name}' of '{}' object needs an argument",
                            t.name()
                        ),
                        false => format!("unbound method {}.{name}() needs an argument", t.name()),
                    }));
                };
                if !crate::types::class::is_instance_of(recv, *t) {
                    return Err(type_error(match wrapper {
                        true => format!(
                            "descriptor '{name}' requires a '{}' object but received a '{}'",
                            t.name(),
                            recv.type_name()
                        ),
                        false => format!(
                            "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                            t.name(),
                            recv.type_name()
                        ),
                    }));
                }
                // A subclass instance of a built-in type: the method works on its base value
                // (special methods through the instance, for `__missing__` and friends).
                if let Some(base) = crate::types::object::base::base_of(recv) {
                    if kw.is_empty()
                        && name.starts_with("__")
                        && let Some(r) = crate::types::object::base::dunder(recv, base, name, rest)?
                    {
                        return Ok(r);
                    }
                    return mf(base, rest, kw);
                }
                mf(recv, rest, kw)
            }
        },
        Value::Class(c) => {
            let _depth = match c.builtin {
                None => Some(crate::frame::CallGuard::enter(crate::frame::CALLING)?),
                Some(_) => None,
            };
            crate::types::class::meta::call_class(f, c, args, kw)
        }
        Value::Instance(inst)
            if inst.native.is_some()
                && let Some(r) = crate::types::native::call_descriptor(inst, args, kw) =>
        {
            r
        }
        // A `staticmethod` object calls its function (since 3.10).
        Value::Instance(inst)
            if inst.class.builtin == Some(crate::types::class::BuiltinType::StaticMethod) =>
        {
            let func = inst.dict.get_str("__func__").unwrap_or(Value::None);
            call_kw(&func, args, kw)
        }
        Value::Instance(inst) => match inst.class.lookup_name(&CALL) {
            Some(m) if let Some(nf) = crate::types::native::method_fn(&m) => nf(f, args, kw),
            Some(m) => {
                let _depth = crate::frame::CallGuard::enter(crate::frame::CALLING)?;
                call_prepend(&m, f, args, kw)
            }
            None => Err(not_callable(f)),
        },
        _ => Err(not_callable(f)),
    }
}

/// `callable(v)`: functions, built-ins, methods, classes, method descriptors, and instances
/// whose class defines `__call__`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => {
            i.class.lookup_name(&CALL).is_some()
                || crate::types::native::method_fn(v).is_some()
                || i.class.builtin == Some(crate::types::class::BuiltinType::StaticMethod)
        }
        _ => false,
    }
}

fn not_callable(f: &Value) -> crate::err::PyErr {
    type_error(format!("'{}' object is not callable", f.type_name()))
}

/// A call whose arguments include `*iterable` / `**mapping` expansions, already flattened
/// by the caller into positional values and owned keyword pairs.
pub fn call_ex(f: &Value, args: Vec<Value>, kw: Vec<(String, Value)>) -> PyResult<Value> {
    let refs: Vec<(&str, Value)> = kw.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    call_kw(f, &args, &refs)
}

/// Appends the keyword arguments of a `**mapping` expansion, with CPython's errors for
/// non-mappings, non-string keys and repeated keywords (`func_name` names the callee).
pub fn extend_kwargs(func: &Value, kw: &mut Vec<(String, Value)>, mapping: &Value) -> PyResult<()> {
    let fname = callee_name(func);
    let pairs = match crate::types::object::base::merge_source(mapping) {
        Some(d) => d.items(),
        None => {
            let other = mapping;
            let keys = crate::call::call(
                &crate::types::object::get_attr(other, "keys").map_err(|_| {
                    type_error(format!(
                        "{fname} argument after ** must be a mapping, not {}",
                        other.type_name()
                    ))
                })?,
                &[],
            )?;
            let mut out = Vec::new();
            for k in crate::types::iter::collect(&keys)? {
                let v = crate::ops::getitem(other, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in pairs {
        let Value::Str(s) = &k else {
            return Err(type_error("keywords must be strings"));
        };
        if kw.iter().any(|(n, _)| n == s.as_str()) {
            return Err(type_error(format!(
                "{fname} got multiple values for keyword argument '{}'",
                s.as_str()
            )));
        }
        kw.push((s.as_str().to_string(), v));
    }
    Ok(())
}

/// Appends one `name=value` keyword argument of a call that also has `**` expansions,
/// rejecting a repeated name as CPython does.
pub fn push_kwarg(
    func: &Value,
    kw: &mut Vec<(String, Value)>,
    name: &str,
    value: Value,
) -> PyResult<()> {
    if kw.iter().any(|(n, _)| n == name) {
        return Err(type_error(format!(
            "{} got multiple values for keyword argument '{name}'",
            callee_name(func)
        )));
    }
    kw.push((name.to_string(), value));
    Ok(())
}

/// Appends the elements of a `*iterable` expansion, with CPython's error for non-iterables.
pub fn extend_args(func: &Value, args: &mut Vec<Value>, iterable: &Value) -> PyResult<()> {
    match crate::types::iter::collect(iterable) {
        Ok(items) => {
            args.extend(items);
            Ok(())
        }
        Err(e)
            if e.is(crate::types::class::BuiltinType::TypeError)
                && !matches!(iterable, Value::Instance(_) | Value::Generator(_)) =>
        {
            Err(type_error(format!(
                "{} argument after * must be an iterable, not {}",
                callee_name(func),
                iterable.type_name()
            )))
        }
        Err(e) => Err(e),
    }
}

fn callee_name(f: &Value) -> String {
    match f {
        Value::Function(func) => format!("__main__.{}()", func.code.qualname),
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Class(c) => format!("{}()", c.name),
        Value::BoundMethod(m) => match &m.target {
            MethodTarget::Python(Value::Function(func)) => format!("{}()", func.code.qualname),
            MethodTarget::Native(n, _) => format!("{}.{n}()", m.receiver.type_name()),
            MethodTarget::Unbound(n, t, _) => format!("{}.{n}()", t.name()),
            MethodTarget::Static(b) => format!("{}()", b.name),
            _ => "function".into(),
        },
        other => format!("{} object", other.type_name()),
    }
}
