//! The `copy` module of Python 3.11 (Python docs, "copy — Shallow and deep copy
//! operations"): `copy`, `deepcopy` and `copy.Error`, following `Lib/copy.py` step by step:
//! the per-type dispatch (immutable atoms returned as they are, `list`/`dict`/`set` copied,
//! containers deep-copied through the memo dict keyed by `id()`), then a class's `__copy__`
//! / an object's `__deepcopy__(memo)`, then the pickle protocol (`__reduce_ex__(4)` /
//! `__reduce__`, or `object`'s default: a new object of the same class given the
//! `__getstate__()` state, a `__dict__` and/or slot values) rebuilt by `_reconstruct`.
//!
//! Objects CPython can only copy through their C-level `__reduce__` (iterators, most objects
//! of native classes) raise `TypeError: cannot pickle '...' object` here.

use crate::call::call;
use crate::err::{PyErr, type_error};
use crate::ops;
use crate::types::class::{BuiltinType, Class, builtin_class, type_of};
use crate::types::dict::PyDict;
use crate::types::function::{BoundMethod, BuiltinFn, Code, Kw, MethodTarget, bind_params};
use crate::types::module::Module;
use crate::types::object::{call_method, get_attr, set_attr};
use crate::types::set::PySet;
use crate::value::{PyResult, Value};
use std::rc::Rc;

static COPY_SIG: Code = Code::native("copy", &["x"], 1, false, false);
static DEEPCOPY_SIG: Code = Code::native("deepcopy", &["x", "memo", "_nil"], 3, false, false);

/// `id(v)` as the memo's key.
fn id_key(v: &Value) -> Value {
    Value::Int(ops::id_of(v) as i64)
}

fn cannot_pickle(v: &Value) -> PyErr {
    type_error(format!("cannot pickle '{}' object", v.type_name()))
}

/// What `copy(x)` / `deepcopy(x)` do with `x`, decided by its exact type (`_copy_dispatch`,
/// `_deepcopy_dispatch`, `issubclass(cls, type)`).
fn is_atomic(v: &Value, deep: bool) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Range(_)
        | Value::Function(_)
        | Value::Builtin(_)
        | Value::Class(_)
        | Value::Ellipsis
        | Value::NotImplemented => true,
        Value::Tuple(_) | Value::FrozenSet(_) | Value::Slice(_) => !deep,
        Value::Instance(i) => i.class.builtin == Some(BuiltinType::Property),
        _ => false,
    }
}

/// A user class's own definition of `name` (not `object`'s).
fn user_defined(cls: &Rc<Class>, name: &str) -> Option<Value> {
    cls.mro()
        .take_while(|c| c.builtin.is_none())
        .find_map(|c| c.dict.get_str(name))
}

/// `x.__reduce_ex__(4)`: a user's `__reduce_ex__` or `__reduce__`, exceptions' `__reduce__`,
/// or `object`'s default (`copyreg.__newobj__`, `(cls,)`, state).
fn reduce(x: &Value) -> PyResult<Value> {
    let Value::Instance(inst) = x else {
        return Err(cannot_pickle(x));
    };
    if user_defined(&inst.class, "__reduce_ex__").is_some() {
        return call(&get_attr(x, "__reduce_ex__")?, &[Value::Int(4)]);
    }
    if user_defined(&inst.class, "__reduce__").is_some() {
        return call(&get_attr(x, "__reduce__")?, &[]);
    }
    if inst.native.is_some() || inst.class.builtin.is_some() {
        return Err(cannot_pickle(x));
    }
    let cls = Value::Class(inst.class.clone());
    if inst.exc.is_some() {
        // BaseException.__reduce__: (type(self), self.args[, self.__dict__]).
        let args = Value::tuple(crate::err::exc_args(inst));
        let mut rv = vec![cls, args];
        if !inst.dict.is_empty() {
            rv.push(Value::Dict(inst.dict.clone()));
        }
        return Ok(Value::tuple(rv));
    }
    let state = match user_defined(&inst.class, "__getstate__") {
        Some(_) => call(&get_attr(x, "__getstate__")?, &[])?,
        None => default_state(inst),
    };
    let newobj = Value::Builtin(&NEWOBJ);
    // A subclass of a built-in type: an immutable base is the `__new__` argument
    // (`__getnewargs__`), list items and dict items are appended afterwards, a set is rebuilt
    // from its items (`set.__reduce__`).
    Ok(Value::tuple(match &inst.base {
        None => vec![newobj, Value::tuple(vec![cls]), state],
        Some(b @ Value::List(_)) => vec![
            newobj,
            Value::tuple(vec![cls]),
            state,
            crate::types::iter::iter(b)?,
        ],
        Some(b @ Value::Dict(_)) => vec![
            newobj,
            Value::tuple(vec![cls]),
            state,
            Value::None,
            crate::types::iter::iter(&call_method(b, "items", &[], &[])?)?,
        ],
        Some(b @ (Value::Set(_) | Value::FrozenSet(_))) => {
            let items = Value::list(crate::types::iter::collect(b)?);
            vec![cls, Value::tuple(vec![items]), state]
        }
        Some(b) => vec![newobj, Value::tuple(vec![cls, b.clone()]), state],
    }))
}

/// `object.__getstate__()`: the `__dict__` (or `None` when empty), paired with a dict of the
/// slot values that are set when the class declares `__slots__`.
fn default_state(inst: &crate::types::class::Instance) -> Value {
    match inst.class.slots.borrow().as_ref() {
        None => {
            if inst.dict.is_empty() {
                Value::None
            } else {
                Value::Dict(inst.dict.clone())
            }
        }
        Some(names) => {
            let slots = PyDict::new();
            for n in names {
                if let Some(v) = inst.dict.get_str(n) {
                    slots.set_str(n, v);
                }
            }
            if slots.is_empty() {
                Value::None
            } else {
                Value::tuple(vec![Value::None, Value::Dict(Rc::new(slots))])
            }
        }
    }
}

static NEWOBJ: BuiltinFn = BuiltinFn {
    name: "__newobj__",
    f: newobj,
};

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(type_error(
            "__newobj__() missing 1 required positional argument: 'cls'",
        ));
    };
    call(&get_attr(cls, "__new__")?, args)
}

/// `copy._reconstruct(x, memo, func, args, state, listiter, dictiter)`; `memo` is `None`
/// for a shallow copy.
fn reconstruct(x: &Value, memo: Option<&Value>, rv: &Value) -> PyResult<Value> {
    let parts = crate::types::iter::collect(rv)?;
    if parts.len() < 2 || parts.len() > 5 {
        return Err(type_error(format!(
            "_reconstruct() takes from 4 to 7 positional arguments but {} were given",
            parts.len() + 2
        )));
    }
    let get = |i: usize| parts.get(i).cloned().unwrap_or(Value::None);
    let (func, mut args, mut state, listiter, dictiter) = (get(0), get(1), get(2), get(3), get(4));
    if let Some(m) = memo
        && ops::truthy(&args)?
    {
        args = deepcopy_impl(&args, m)?;
    }
    let y = call(&func, &crate::types::iter::collect(&args)?)?;
    if let Some(m) = memo {
        memo_set(m, id_key(x), y.clone())?;
    }
    if !state.is_none() {
        if let Some(m) = memo {
            state = deepcopy_impl(&state, m)?;
        }
        match get_attr(&y, "__setstate__") {
            Ok(setstate) => {
                call(&setstate, &[state])?;
            }
            Err(e) if e.is(BuiltinType::AttributeError) => {
                let (dict_state, slot_state) = match &state {
                    Value::Tuple(t) if t.len() == 2 => (t.items()[0].clone(), t.items()[1].clone()),
                    _ => (state.clone(), Value::None),
                };
                if !dict_state.is_none() {
                    call_method(&get_attr(&y, "__dict__")?, "update", &[dict_state], &[])?;
                }
                if !slot_state.is_none() {
                    let items = call_method(&slot_state, "items", &[], &[])?;
                    for pair in crate::types::iter::collect(&items)? {
                        let kv = crate::types::iter::collect(&pair)?;
                        if let [k, v] = kv.as_slice() {
                            let Value::Str(name) = k else {
                                return Err(type_error(format!(
                                    "attribute name must be string, not '{}'",
                                    k.type_name()
                                )));
                            };
                            set_attr(&y, name.as_str(), v.clone())?;
                        }
                    }
                }
            }
            Err(e) => return Err(e),
        }
    }
    if !listiter.is_none() {
        let it = crate::types::iter::iter(&listiter)?;
        while let Some(item) = crate::types::iter::next(&it)? {
            let item = match memo {
                Some(m) => deepcopy_impl(&item, m)?,
                None => item,
            };
            call_method(&y, "append", &[item], &[])?;
        }
    }
    if !dictiter.is_none() {
        let it = crate::types::iter::iter(&dictiter)?;
        while let Some(pair) = crate::types::iter::next(&it)? {
            let kv = crate::types::iter::collect(&pair)?;
            let [k, v] = kv.as_slice() else {
                return Err(crate::err::value_error(
                    "too many values to unpack (expected 2)",
                ));
            };
            let (k, v) = match memo {
                Some(m) => (deepcopy_impl(k, m)?, deepcopy_impl(v, m)?),
                None => (k.clone(), v.clone()),
            };
            ops::setitem(&y, &k, v)?;
        }
    }
    Ok(y)
}

/// `copy.copy(x)`.
fn copy(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(&COPY_SIG, &[], &[], args, kw)?;
    copy_impl(&slots[0])
}

/// A shallow copy of `x`.
pub fn copy_impl(x: &Value) -> PyResult<Value> {
    if is_atomic(x, false) {
        return Ok(x.clone());
    }
    match x {
        Value::List(l) => return Ok(Value::list(l.snapshot())),
        Value::ByteArray(b) => return Ok(Value::bytearray(b.snapshot())),
        Value::Dict(d) => return Ok(Value::Dict(Rc::new(d.copy()))),
        Value::Set(s) => return Ok(Value::Set(Rc::new(s.copy()))),
        Value::BoundMethod(m) => {
            return Ok(match &m.target {
                MethodTarget::Python(_) | MethodTarget::Native(..) => {
                    Value::BoundMethod(Rc::new(BoundMethod {
                        receiver: m.receiver.clone(),
                        target: clone_target(&m.target),
                    }))
                }
                _ => x.clone(),
            });
        }
        Value::Iter(it) => return copy_iter(it, None),
        Value::Instance(_) => {}
        _ => return Err(cannot_pickle(x)),
    }
    if let Ok(copier) = get_attr(&Value::Class(type_of(x)), "__copy__") {
        return call(&copier, std::slice::from_ref(x));
    }
    let rv = reduce(x)?;
    if matches!(rv, Value::Str(_)) {
        return Ok(x.clone());
    }
    reconstruct(x, None, &rv)
}

/// Copies an iterator over a sequence (CPython reduces these to `iter(sequence)` plus the
/// position); a deep copy iterates over a deep copy of the sequence.
fn copy_iter(it: &crate::types::iter::PyIter, memo: Option<&Value>) -> PyResult<Value> {
    use crate::types::iter::{IterState, PyIter};
    let deep = |v: Value| -> PyResult<Value> {
        match memo {
            Some(m) => deepcopy_impl(&v, m),
            None => Ok(v),
        }
    };
    // The state is read out first: copying the items may run Python code using `it`.
    let snapshot = match &*it.state.borrow() {
        IterState::List(l, i) => IterState::List(l.clone(), *i),
        IterState::ListReversed(l, i) => IterState::ListReversed(l.clone(), *i),
        IterState::Values(vs, i, name) => IterState::Values(vs.clone(), *i, name),
        IterState::Str(s, pos) => IterState::Str(s.clone(), *pos),
        IterState::Range {
            next,
            step,
            remaining,
        } => IterState::Range {
            next: *next,
            step: *step,
            remaining: *remaining,
        },
        IterState::LongRange(st) => IterState::LongRange(st.clone()),
        IterState::Done => IterState::Done,
        _ => {
            return Err(type_error(format!(
                "cannot pickle '{}' object",
                it.type_name()
            )));
        }
    };
    let list_copy =
        |l: Rc<crate::types::list::PyList>| -> PyResult<Rc<crate::types::list::PyList>> {
            Ok(match deep(Value::List(l.clone()))? {
                Value::List(l2) => l2,
                _ => l,
            })
        };
    let state = match snapshot {
        IterState::List(l, i) => IterState::List(list_copy(l)?, i),
        IterState::ListReversed(l, i) => IterState::ListReversed(list_copy(l)?, i),
        IterState::Values(vs, i, name) => IterState::Values(
            vs.iter()
                .map(|v| deep(v.clone()))
                .collect::<PyResult<Vec<_>>>()?
                .into(),
            i,
            name,
        ),
        other => other,
    };
    Ok(PyIter::value(state))
}

fn clone_target(t: &MethodTarget) -> MethodTarget {
    match t {
        MethodTarget::Python(f) => MethodTarget::Python(f.clone()),
        MethodTarget::Native(n, f) => MethodTarget::Native(n, *f),
        MethodTarget::Unbound(n, ty, f) => MethodTarget::Unbound(n, *ty, *f),
        MethodTarget::Static(b) => MethodTarget::Static(b),
    }
}

/// `copy.deepcopy(x, memo=None, _nil=[])`.
fn deepcopy(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(&DEEPCOPY_SIG, &[Value::None, Value::None], &[], args, kw)?;
    let memo = if slots[1].is_none() {
        Value::Dict(Rc::new(PyDict::new()))
    } else {
        slots[1].clone()
    };
    deepcopy_impl(&slots[0], &memo)
}

fn memo_get(memo: &Value, key: &Value) -> PyResult<Option<Value>> {
    match memo {
        Value::Dict(d) => d.get(key),
        other => match ops::getitem(other, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(BuiltinType::KeyError) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

fn memo_set(memo: &Value, key: Value, value: Value) -> PyResult<()> {
    match memo {
        Value::Dict(d) => d.set(key, value),
        other => ops::setitem(other, &key, value),
    }
}

/// `_keep_alive(x, memo)`: `memo[id(memo)]` lists every original that was copied.
fn keep_alive(x: &Value, memo: &Value) -> PyResult<()> {
    let key = id_key(memo);
    match memo_get(memo, &key)? {
        Some(l) => {
            call_method(&l, "append", std::slice::from_ref(x), &[])?;
            Ok(())
        }
        None => memo_set(memo, key, Value::list(vec![x.clone()])),
    }
}

/// A deep copy of `x`, recording copies in `memo` (a dict from `id()` to copy).
pub fn deepcopy_impl(x: &Value, memo: &Value) -> PyResult<Value> {
    let d = id_key(x);
    if let Some(y) = memo_get(memo, &d)? {
        return Ok(y);
    }
    let y = if is_atomic(x, true) {
        x.clone()
    } else {
        match x {
            Value::ByteArray(b) => Value::bytearray(b.snapshot()),
            Value::List(l) => {
                let y = Rc::new(crate::types::list::PyList::new(Vec::new()));
                memo_set(memo, d.clone(), Value::List(y.clone()))?;
                // Like `for a in x`, items appended meanwhile are copied too.
                let mut i = 0;
                while let Some(a) = l.get(i) {
                    let c = deepcopy_impl(&a, memo)?;
                    y.push(c);
                    i += 1;
                }
                Value::List(y)
            }
            Value::Tuple(t) => {
                let items = t
                    .items()
                    .iter()
                    .map(|a| deepcopy_impl(a, memo))
                    .collect::<PyResult<Vec<_>>>()?;
                // A tuple inside a recursive structure may have been copied meanwhile.
                if let Some(y) = memo_get(memo, &d)? {
                    return Ok(y);
                }
                if items.iter().zip(t.items()).all(|(c, o)| ops::is(c, o)) {
                    x.clone()
                } else {
                    Value::tuple(items)
                }
            }
            Value::Dict(src) => {
                let y = Rc::new(PyDict::new());
                memo_set(memo, d.clone(), Value::Dict(y.clone()))?;
                for (k, v) in src.items() {
                    let k = deepcopy_impl(&k, memo)?;
                    let v = deepcopy_impl(&v, memo)?;
                    y.set(k, v)?;
                }
                Value::Dict(y)
            }
            Value::BoundMethod(m) => match &m.target {
                MethodTarget::Python(f) => Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: deepcopy_impl(&m.receiver, memo)?,
                    target: MethodTarget::Python(f.clone()),
                })),
                _ => x.clone(),
            },
            // Sets, frozensets and slices reduce to their constructor applied to copied
            // contents: `_reconstruct` memoizes the new object before returning it.
            Value::Set(_) | Value::FrozenSet(_) => {
                let args = deepcopy_impl(
                    &Value::tuple(vec![Value::list(crate::types::iter::collect(x)?)]),
                    memo,
                )?;
                let items = crate::types::iter::collect(&args)?
                    .into_iter()
                    .next()
                    .unwrap_or(Value::None);
                let set = PySet::from_iterable(&items)?;
                let y = if matches!(x, Value::Set(_)) {
                    Value::Set(Rc::new(set))
                } else {
                    Value::FrozenSet(Rc::new(set))
                };
                memo_set(memo, d.clone(), y.clone())?;
                y
            }
            Value::Slice(s) => {
                let parts = deepcopy_impl(
                    &Value::tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]),
                    memo,
                )?;
                let p = crate::types::iter::collect(&parts)?;
                let y = ops::slice(p[0].clone(), p[1].clone(), p[2].clone());
                memo_set(memo, d.clone(), y.clone())?;
                y
            }
            Value::Iter(it) => copy_iter(it, Some(memo))?,
            Value::Instance(_) => match get_attr(x, "__deepcopy__") {
                Ok(copier) => call(&copier, std::slice::from_ref(memo))?,
                Err(e) if e.is(BuiltinType::AttributeError) => {
                    let rv = reduce(x)?;
                    if matches!(rv, Value::Str(_)) {
                        x.clone()
                    } else {
                        reconstruct(x, Some(memo), &rv)?
                    }
                }
                Err(e) => return Err(e),
            },
            _ => return Err(cannot_pickle(x)),
        }
    };
    if !ops::is(&y, x) {
        memo_set(memo, d, y.clone())?;
        keep_alive(x, memo)?;
    }
    Ok(y)
}

static FUNCS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "copy",
        f: copy,
    },
    BuiltinFn {
        name: "deepcopy",
        f: deepcopy,
    },
];

/// The `copy` module object.
pub fn module() -> Rc<Module> {
    let mut attrs: Vec<(&str, Value)> = FUNCS.iter().map(|f| (f.name, Value::Builtin(f))).collect();
    // `class Error(Exception): pass`, also exported as `error`.
    let error = match Class::new_user(
        "Error",
        "Error",
        "copy",
        vec![builtin_class(BuiltinType::Exception)],
    ) {
        Ok(c) => {
            c.dict.set_str("__module__", Value::str("copy"));
            c.dict.set_str("__doc__", Value::None);
            c.refresh_hooks(false);
            c.invalidate_lookups();
            Value::Class(c)
        }
        Err(_) => Value::Class(builtin_class(BuiltinType::Exception)),
    };
    attrs.push(("Error", error.clone()));
    attrs.push(("error", error));
    Module::new("copy", attrs)
}
