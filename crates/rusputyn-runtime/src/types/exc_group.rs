//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654): construction with CPython's checks,
//! `message`, `exceptions`, `split`, `subgroup`, `derive`, `str()`, and the run-time side of
//! `try: ... except* T: ...` ([`ExceptStar`]).
//!
//! A group's message and exceptions live in its [`ExcState`](crate::err::ExcState)
//! (`group`); its `args` are the constructor's arguments as passed.

use crate::err::{GroupParts, PyErr, type_error, value_error};
use crate::types::class::{BuiltinType, Class, Instance, builtin_class, is_instance_of};
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// `cls(message, exceptions)` for a class deriving from `BaseExceptionGroup` (CPython's
/// `BaseExceptionGroup.__new__`): `BaseExceptionGroup` itself becomes an `ExceptionGroup`
/// when every member is an `Exception`.
pub fn new_group(cls: &Rc<Class>, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let message = &args[0];
    if !matches!(message, Value::Str(_)) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_name()
        )));
    }
    if !crate::stdlib::operator::is_sequence(&args[1]) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = crate::types::iter::collect(&args[1])?;
    if excs.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if PyErr::from_value(e).is_none() {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !is_instance_of(e, BuiltinType::Exception) {
            nested_base = true;
        }
    }
    let mut class = cls.clone();
    match cls.builtin {
        Some(BuiltinType::ExceptionGroup) if nested_base => {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        Some(BuiltinType::BaseExceptionGroup) if !nested_base => {
            class = builtin_class(BuiltinType::ExceptionGroup);
        }
        None if nested_base && cls.derives_from(BuiltinType::Exception) => {
            return Err(type_error(format!(
                "Cannot nest BaseExceptions in '{}'",
                cls.name
            )));
        }
        _ => {}
    }
    let inst = Instance::new(class);
    if let Some(st) = &inst.exc {
        let mut st = st.borrow_mut();
        st.args = Some(Value::tuple(args.to_vec()));
        st.group = Some(GroupParts {
            message: message.clone(),
            exceptions: Value::tuple(excs),
        });
    }
    Ok(Value::Instance(inst))
}

/// A new group of the built-in `BaseExceptionGroup` (or `ExceptionGroup`) with `excs` (a
/// sequence, kept as passed in `args`).
fn create_group(message: &str, excs: Value) -> PyResult<Value> {
    new_group(
        &builtin_class(BuiltinType::BaseExceptionGroup),
        &[Value::str(message), excs],
    )
}

/// The message and members of `v` when it is an exception group.
pub fn parts(v: &Value) -> Option<GroupParts> {
    match v {
        Value::Instance(i) => i.exc.as_ref()?.borrow().group.clone(),
        _ => None,
    }
}

fn members(g: &GroupParts) -> Vec<Value> {
    match &g.exceptions {
        Value::Tuple(t) => t.items().to_vec(),
        _ => Vec::new(),
    }
}

/// `str(group)`: `message (N sub-exceptions)`.
pub fn group_str(g: &GroupParts) -> PyResult<String> {
    let n = members(g).len();
    let message = crate::ops::str_of(&g.message)?;
    let plural = if n == 1 { "" } else { "s" };
    Ok(format!("{message} ({n} sub-exception{plural})"))
}

/// The methods only groups have (looked up after the common exception methods).
pub static METHODS: &[crate::types::methods::MethodEntry] =
    &[("derive", derive), ("split", split), ("subgroup", subgroup)];

fn self_parts(v: &Value, method: &str) -> PyResult<GroupParts> {
    parts(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
            v.type_name()
        ))
    })
}

fn derive(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("derive", kw)?;
    check_arity("derive", args, 1, 1)?;
    let g = self_parts(v, "derive")?;
    new_group(
        &builtin_class(BuiltinType::BaseExceptionGroup),
        &[g.message, args[0].clone()],
    )
}

fn split(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("split", kw)?;
    check_arity("split", args, 1, 1)?;
    self_parts(v, "split")?;
    let matcher = Matcher::from_arg(&args[0])?;
    let (m, rest) = split_recursive(v, &matcher, true)?;
    Ok(Value::tuple(vec![
        m.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

fn subgroup(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("subgroup", kw)?;
    check_arity("subgroup", args, 1, 1)?;
    self_parts(v, "subgroup")?;
    let matcher = Matcher::from_arg(&args[0])?;
    let (m, _) = split_recursive(v, &matcher, false)?;
    Ok(m.unwrap_or(Value::None))
}

/// What `split`/`subgroup` select.
enum Matcher {
    /// An exception class or a tuple of them (`isinstance`).
    Type(Value),
    /// A callable called with each exception.
    Predicate(Value),
    /// The very instances listed (re-raised leaves, for `except*`).
    Leaves(Vec<*const Instance>),
}

impl Matcher {
    fn from_arg(arg: &Value) -> PyResult<Matcher> {
        let is_exc_class =
            |v: &Value| matches!(v, Value::Class(c) if c.derives_from(BuiltinType::BaseException));
        if is_exc_class(arg) {
            return Ok(Matcher::Type(arg.clone()));
        }
        if let Value::Tuple(t) = arg
            && t.items().iter().all(is_exc_class)
        {
            return Ok(Matcher::Type(arg.clone()));
        }
        if !matches!(arg, Value::Class(_) | Value::Tuple(_)) && crate::call::is_callable(arg) {
            return Ok(Matcher::Predicate(arg.clone()));
        }
        Err(type_error(
            "expected a function, exception type or tuple of exception types",
        ))
    }

    fn matches(&self, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Type(spec) => match PyErr::from_value(exc) {
                Some(e) => crate::support::exc_matches(&e, spec),
                None => Ok(false),
            },
            Matcher::Predicate(f) => crate::call::call(f, std::slice::from_ref(exc))?.truthy(),
            Matcher::Leaves(ids) => Ok(match exc {
                Value::Instance(i) if parts(exc).is_none() => ids.contains(&Rc::as_ptr(i)),
                _ => false,
            }),
        }
    }
}

/// CPython's `exceptiongroup_split_recursive`: the part of `exc` that matches and (with
/// `want_rest`) the part that does not, each `None` when empty. A matching group is taken
/// whole; partial groups are rebuilt with `derive`.
fn split_recursive(
    exc: &Value,
    matcher: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher.matches(exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some(g) = parts(exc) else {
        return Ok((None, want_rest.then(|| exc.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in members(&g) {
        // Groups cannot contain themselves (members exist before the group), so this ends.
        let (m, r) = split_recursive(&e, matcher, want_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    let m = subset(exc, matched)?;
    let r = if want_rest { subset(exc, rest)? } else { None };
    Ok((m, r))
}

/// `orig.derive(excs)` carrying `orig`'s traceback, cause, context and (a copy of) its
/// notes; `None` for no exceptions.
fn subset(orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = crate::types::object::call_method(orig, "derive", &[Value::list(excs)], &[])?;
    let (Some(new), Some(old)) = (PyErr::from_value(&eg), PyErr::from_value(orig)) else {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    if parts(&eg).is_none() {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    {
        let old_st = old.state();
        let (tb, cause, context) = (
            old_st.traceback.clone(),
            old_st.cause.clone(),
            old_st.context.clone(),
        );
        drop(old_st);
        let mut st = new.state();
        st.traceback = tb;
        st.cause = cause;
        st.context = context;
        st.suppress_context = true;
    }
    if let Value::Instance(i) = orig
        && let Some(notes) = i.dict.get_str("__notes__")
        && crate::stdlib::operator::is_sequence(&notes)
    {
        let copy = crate::types::iter::collect(&notes)?;
        crate::types::object::set_attr(&eg, "__notes__", Value::list(copy))?;
    }
    Ok(Some(eg))
}

/// The state of one `try: ... except* ...:` whose body raised: the original exception,
/// the part no handler has taken yet, and what the handlers raised.
pub struct ExceptStar {
    orig: PyErr,
    rest: Option<Value>,
    raised: Vec<PyErr>,
}

const EXCEPT_STAR_EG: &str =
    "catching ExceptionGroup with except* is not allowed. Use except instead.";

impl ExceptStar {
    /// Starts handling `e`, the exception the `try` body raised.
    pub fn new(e: &PyErr) -> ExceptStar {
        ExceptStar {
            orig: e.clone(),
            rest: Some(e.value()),
            raised: Vec::new(),
        }
    }

    /// `except* spec`: checks `spec`, then takes the part of the unhandled exceptions it
    /// matches (a naked exception is wrapped in a group with message `""`). `None` when
    /// nothing matches, and the handler is skipped.
    pub fn next_match(&mut self, spec: &Value) -> PyResult<Option<PyErr>> {
        check_star_spec(spec)?;
        let Some(rest) = self.rest.clone() else {
            return Ok(None);
        };
        let Some(rest_err) = PyErr::from_value(&rest) else {
            return Ok(None);
        };
        let is_group = parts(&rest).is_some();
        if crate::support::exc_matches(&rest_err, spec)? {
            self.rest = None;
            if is_group {
                return Ok(Some(rest_err));
            }
            let wrapped = create_group("", Value::tuple(vec![rest]))?;
            let wrapped = PyErr::from_value(&wrapped)
                .ok_or_else(|| type_error("exception group expected"))?;
            let tb = rest_err.state().traceback.clone();
            wrapped.state().traceback = tb;
            return Ok(Some(wrapped));
        }
        if !is_group {
            return Ok(None);
        }
        let pair =
            crate::types::object::call_method(&rest, "split", std::slice::from_ref(spec), &[])?;
        let items = match &pair {
            Value::Tuple(t) if t.len() >= 2 => t.items().to_vec(),
            Value::Tuple(t) => {
                return Err(type_error(format!(
                    "{}.split must return a 2-tuple, got tuple of size {}",
                    rest.type_name(),
                    t.len()
                )));
            }
            other => {
                return Err(type_error(format!(
                    "{}.split must return a tuple, not {}",
                    rest.type_name(),
                    other.type_name()
                )));
            }
        };
        self.rest = (!items[1].is_none()).then(|| items[1].clone());
        Ok(PyErr::from_value(&items[0]))
    }

    /// Records an exception a handler raised (or re-raised).
    pub fn handler_raised(&mut self, e: PyErr) {
        self.raised.push(e);
    }

    /// What leaves the statement once every handler ran (CPython's
    /// `_PyExc_PrepReraiseStar`): nothing, a single exception a handler raised, the
    /// unhandled (and re-raised) parts rebuilt as a group with the original's shape and
    /// message, or a new group `""` of all of these.
    pub fn finish(self) -> PyResult<Option<PyErr>> {
        let mut excs = self.raised;
        if let Some(rest) = self.rest.as_ref().and_then(PyErr::from_value) {
            excs.push(rest);
        }
        let orig_value = self.orig.value();
        if parts(&orig_value).is_none() {
            // A naked exception: at most one handler ran.
            return Ok(excs.into_iter().next());
        }
        let (reraised, raised): (Vec<PyErr>, Vec<PyErr>) =
            excs.into_iter().partition(|e| same_metadata(e, &self.orig));
        let mut leaves = Vec::new();
        for e in &reraised {
            collect_leaves(&e.value(), &mut leaves);
        }
        let reraised_eg = if reraised.is_empty() {
            None
        } else {
            split_recursive(&orig_value, &Matcher::Leaves(leaves), false)?.0
        };
        if raised.is_empty() {
            return Ok(reraised_eg.as_ref().and_then(PyErr::from_value));
        }
        let mut all: Vec<Value> = raised.iter().map(PyErr::value).collect();
        all.extend(reraised_eg);
        if all.len() == 1 {
            return Ok(PyErr::from_value(&all[0]));
        }
        let g = create_group("", Value::list(all))?;
        Ok(PyErr::from_value(&g))
    }
}

/// `except*` refuses what `except` refuses, and exception-group classes.
fn check_star_spec(spec: &Value) -> PyResult<()> {
    let not_exc =
        || type_error("catching classes that do not inherit from BaseException is not allowed");
    let classes: Vec<Value> = match spec {
        Value::Tuple(t) => t.items().to_vec(),
        other => vec![other.clone()],
    };
    for c in &classes {
        match c {
            Value::Class(c) if c.derives_from(BuiltinType::BaseException) => {}
            _ => return Err(not_exc()),
        }
    }
    if classes
        .iter()
        .any(|c| matches!(c, Value::Class(c) if c.derives_from(BuiltinType::BaseExceptionGroup)))
    {
        return Err(type_error(EXCEPT_STAR_EG));
    }
    Ok(())
}

/// True when `e` carries the traceback, cause and context of `orig`: it is `orig` or a part
/// of it re-raised unchanged (a bare `raise`, or never handled), not a new exception.
fn same_metadata(e: &PyErr, orig: &PyErr) -> bool {
    if Rc::ptr_eq(&e.0, &orig.0) {
        return true;
    }
    let same = |a: &Option<Value>, b: &Option<Value>| match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => crate::ops::is(x, y),
        _ => false,
    };
    let a = e.state();
    let b = orig.state();
    same(&a.cause, &b.cause)
        && same(&a.context, &b.context)
        && a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(&b.traceback)
            .all(|(x, y)| x.frame_id == y.frame_id && x.line == y.line)
}

/// The non-group exceptions inside `v` (itself when it is not a group).
fn collect_leaves(v: &Value, out: &mut Vec<*const Instance>) {
    match parts(v) {
        Some(g) => members(&g).iter().for_each(|e| collect_leaves(e, out)),
        None => {
            if let Value::Instance(i) = v {
                out.push(Rc::as_ptr(i));
            }
        }
    }
}
