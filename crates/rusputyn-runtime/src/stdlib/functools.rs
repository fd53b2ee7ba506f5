//! The `functools` module of Python 3.11 (Python docs, "functools — Higher-order functions
//! and operations on callable objects"): `partial` and `partialmethod`, `reduce`,
//! `update_wrapper` / `wraps`, `lru_cache` / `cache` with `cache_info()` and
//! `cache_clear()`, `cached_property`, `total_ordering`, `cmp_to_key`, and
//! `singledispatch` / `singledispatchmethod`.
//!
//! What CPython writes in C (`partial`, `reduce`, `cmp_to_key`, the `lru_cache` wrapper)
//! follows `_functoolsmodule.c`; what it writes in Python (`Lib/functools.py`) binds its
//! arguments like a Python function ([`bind_params`]) and keeps the Python code's order of
//! operations, so side effects and messages match.
//!
//! Registering a `singledispatch` implementation by annotation (`@f.register` on
//! `def _(x: int)`) needs the function's `__annotations__`, which compiled functions do not
//! record yet; registration by explicit type (`@f.register(int)`) works.

use crate::call::{call, call_kw, is_callable};
use crate::err::{attribute_error, runtime_error, type_error, value_error};
use crate::ops::{self, CmpOp};
use crate::types::class::{BuiltinType, Class, builtin_class, type_of};
use crate::types::dict::PyDict;
use crate::types::function::{
    BoundMethod, BuiltinFn, Code, Kw, MethodTarget, bind_params, check_unpack, no_kwargs,
};
use crate::types::module::Module;
use crate::types::native::{self, Member, NativeClass};
use crate::types::object::{descr, get_attr, set_attr};
use crate::value::{PyResult, Value};
use std::cell::Cell;
use std::rc::Rc;

/// Keyword arguments as owned pairs, in call order.
type OwnedKw = Vec<(String, Value)>;

fn borrow_kw(kw: &OwnedKw) -> Vec<(&str, Value)> {
    kw.iter().map(|(k, v)| (k.as_str(), v.clone())).collect()
}

/// `(name, value)` pairs of a keywords dict, which must have string keys.
fn dict_kw(d: &PyDict) -> PyResult<OwnedKw> {
    d.items()
        .into_iter()
        .map(|(k, v)| match k {
            Value::Str(s) => Ok((s.as_str().to_string(), v)),
            _ => Err(type_error("keywords must be strings")),
        })
        .collect()
}

/// A method bound to `obj` that calls `f(obj, *args)`: what `function.__get__` returns.
fn bind(f: &Value, obj: &Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod {
        receiver: obj.clone(),
        target: MethodTarget::Python(f.clone()),
    }))
}

/// `__get__(self, obj, type=None)` of the function-like objects (the `lru_cache` wrapper,
/// `singledispatch` functions): bound to instances, themselves on the class.
fn function_get(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_unpack("__get__", args, 1, 2)?;
    Ok(if args[0].is_none() {
        recv.clone()
    } else {
        bind(recv, &args[0])
    })
}

/// The state of a `partial` object.
pub struct Partial {
    func: Value,
    /// `args`: always a tuple.
    args: Value,
    /// `keywords`: the dict itself, so changes to `p.keywords` affect later calls (as in
    /// CPython).
    keywords: Rc<PyDict>,
}

static PARTIAL: NativeClass = NativeClass {
    module: "functools",
    name: "partial",
    new: Some(&PARTIAL_NEW),
    members: &[
        Member::Method("__call__", partial_call),
        Member::Method("__repr__", partial_repr),
        Member::Getter("func", |v, _, _| Ok(partial_state(v)?.func.clone())),
        Member::Getter("args", |v, _, _| Ok(partial_state(v)?.args.clone())),
        Member::Getter("keywords", |v, _, _| {
            Ok(Value::Dict(partial_state(v)?.keywords.clone()))
        }),
    ],
    has_dict: true,
    c_type: true,
};
static PARTIAL_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: partial_new,
};

fn partial_state(v: &Value) -> PyResult<&Partial> {
    native::expect::<Partial>(v, &PARTIAL, "partial")
}

/// `partial(func, *args, **keywords)` as a value (used by `wraps` and friends).
pub fn make_partial(func: Value, args: Vec<Value>, kw: Kw) -> PyResult<Value> {
    let mut full = Vec::with_capacity(args.len() + 2);
    full.push(Value::Class(native::class(&PARTIAL)));
    full.push(func);
    full.extend(args);
    partial_new(&full, kw)
}

fn partial_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let Some((func, rest)) = args.split_first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    if !is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    // A partial of a partial is flattened, unless the inner one has instance attributes.
    let inner = match func {
        Value::Instance(i) if i.dict.is_empty() => native::state::<Partial>(func),
        _ => None,
    };
    let (func, mut pargs, keywords) = match inner {
        Some(p) => {
            let pargs = match &p.args {
                Value::Tuple(t) => t.items().to_vec(),
                _ => Vec::new(),
            };
            (p.func.clone(), pargs, p.keywords.copy())
        }
        None => (func.clone(), Vec::new(), PyDict::new()),
    };
    pargs.extend_from_slice(rest);
    for (k, v) in kw {
        keywords.set_str(k, v.clone());
    }
    Ok(native::new_object(
        cls,
        Partial {
            func,
            args: Value::tuple(pargs),
            keywords: Rc::new(keywords),
        },
    ))
}

fn partial_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = partial_state(recv)?;
    let mut full = match &p.args {
        Value::Tuple(t) => t.items().to_vec(),
        _ => Vec::new(),
    };
    full.extend_from_slice(args);
    if p.keywords.is_empty() {
        return call_kw(&p.func, &full, kw);
    }
    let mut merged = dict_kw(&p.keywords)?;
    for (k, v) in kw {
        match merged.iter_mut().find(|(mk, _)| mk == k) {
            Some(slot) => slot.1 = v.clone(),
            None => merged.push((k.to_string(), v.clone())),
        }
    }
    call_kw(&p.func, &full, &borrow_kw(&merged))
}

fn partial_repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = partial_state(recv)?;
    let name = recv.type_name();
    ops::repr_guarded(ops::id_of(recv) as usize, "...", || {
        let mut out = format!("{name}({}", ops::repr_of(&p.func)?);
        if let Value::Tuple(t) = &p.args {
            for a in t.items() {
                out.push_str(", ");
                out.push_str(&ops::repr_of(a)?);
            }
        }
        for (k, v) in p.keywords.items() {
            out.push_str(&format!(", {}={}", ops::str_of(&k)?, ops::repr_of(&v)?));
        }
        out.push(')');
        Ok(out)
    })
    .map(Value::string)
}

/// `partialmethod` keeps `func`, `args` and `keywords` in its `__dict__`, like the Python
/// class CPython defines.
struct PartialMethod;

static PARTIALMETHOD: NativeClass = NativeClass {
    module: "functools",
    name: "partialmethod",
    new: Some(&PARTIALMETHOD_NEW),
    members: &[
        Member::Method("__get__", partialmethod_get),
        Member::Method("__repr__", partialmethod_repr),
    ],
    has_dict: true,
    c_type: false,
};
static PARTIALMETHOD_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: partialmethod_new,
};
static PARTIALMETHOD_INIT: Code =
    Code::native("partialmethod.__init__", &["self", "func"], 2, true, true).with_posonly(2);
static PARTIALMETHOD_CALL: BuiltinFn = BuiltinFn {
    name: "_method",
    f: partialmethod_call,
};

/// True when `v` is a descriptor (has `__get__`), for the checks of `partialmethod` and
/// `singledispatchmethod`.
fn is_descriptor(v: &Value) -> bool {
    match v {
        Value::Function(_) => true,
        Value::Instance(i) => {
            matches!(
                i.class.builtin,
                Some(BuiltinType::StaticMethod | BuiltinType::ClassMethod | BuiltinType::Property)
            ) || i.class.lookup("__get__").is_some()
        }
        _ => false,
    }
}

fn partialmethod_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, rest) = native::new_args(args)?;
    let mut with_self = vec![Value::Class(cls.clone())];
    with_self.extend_from_slice(rest);
    let slots = bind_params(&PARTIALMETHOD_INIT, &[], &[], &with_self, kw)?;
    let [_, func, Value::Tuple(pargs), Value::Dict(pkw)] = slots.as_slice() else {
        return Err(type_error(
            "partialmethod.__init__() argument binding failed",
        ));
    };
    if !is_callable(func) && !is_descriptor(func) {
        return Err(type_error(format!(
            "{} is not callable or a descriptor",
            ops::repr_of(func)?
        )));
    }
    let this = native::new_object(cls, PartialMethod);
    let Value::Instance(inst) = &this else {
        return Ok(this);
    };
    // A partialmethod of a partialmethod is flattened, so `self` stays the first argument.
    let inner = match func {
        Value::Instance(i) if native::state::<PartialMethod>(func).is_some() => Some(i.clone()),
        _ => None,
    };
    match inner {
        Some(i) => {
            let field = |n: &str| i.dict.get_str(n).unwrap_or(Value::None);
            let mut all = match field("args") {
                Value::Tuple(t) => t.items().to_vec(),
                _ => Vec::new(),
            };
            all.extend_from_slice(pargs.items());
            let keywords = match field("keywords") {
                Value::Dict(d) => d.copy(),
                _ => PyDict::new(),
            };
            for (k, v) in pkw.items() {
                keywords.set(k, v)?;
            }
            inst.dict.set_str("func", field("func"));
            inst.dict.set_str("args", Value::tuple(all));
            inst.dict
                .set_str("keywords", Value::Dict(Rc::new(keywords)));
        }
        None => {
            inst.dict.set_str("func", func.clone());
            inst.dict.set_str("args", Value::Tuple(pargs.clone()));
            inst.dict.set_str("keywords", Value::Dict(pkw.clone()));
        }
    }
    Ok(this)
}

fn pm_fields(recv: &Value) -> PyResult<(Value, Vec<Value>, Rc<PyDict>)> {
    native::expect::<PartialMethod>(recv, &PARTIALMETHOD, "__get__")?;
    let func = get_attr(recv, "func")?;
    let args = match get_attr(recv, "args")? {
        Value::Tuple(t) => t.items().to_vec(),
        other => crate::types::iter::collect(&other)?,
    };
    let keywords = match get_attr(recv, "keywords")? {
        Value::Dict(d) => d,
        _ => Rc::new(PyDict::new()),
    };
    Ok((func, args, keywords))
}

/// The `_method(cls_or_self, /, *args, **keywords)` of `partialmethod._make_unbound_method`.
fn partialmethod_call(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [pm, target, rest @ ..] = args else {
        return Err(type_error(
            "_method() missing 1 required positional argument: 'cls_or_self'",
        ));
    };
    let (func, pargs, keywords) = pm_fields(pm)?;
    let mut full = vec![target.clone()];
    full.extend(pargs);
    full.extend_from_slice(rest);
    let mut merged = dict_kw(&keywords)?;
    for (k, v) in kw {
        match merged.iter_mut().find(|(mk, _)| mk == k) {
            Some(slot) => slot.1 = v.clone(),
            None => merged.push((k.to_string(), v.clone())),
        }
    }
    call_kw(&func, &full, &borrow_kw(&merged))
}

fn partialmethod_get(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_unpack("__get__", args, 1, 2)?;
    let (func, pargs, keywords) = pm_fields(recv)?;
    let obj = &args[0];
    let owner = match args.get(1) {
        Some(Value::Class(c)) => c.clone(),
        _ if !obj.is_none() => type_of(obj),
        _ => builtin_class(BuiltinType::Object),
    };
    if is_descriptor(&func) {
        let new_func = descr::descr_get(
            func.clone(),
            if obj.is_none() { None } else { Some(obj) },
            &owner,
        )?;
        if !ops::is(&new_func, &func) {
            let kw = dict_kw(&keywords)?;
            let result = make_partial(new_func.clone(), pargs, &borrow_kw(&kw))?;
            if let Ok(s) = get_attr(&new_func, "__self__") {
                set_attr(&result, "__self__", s)?;
            }
            return Ok(result);
        }
    }
    // Like an instance method: a function of `(cls_or_self, *args)`, bound to `obj`.
    let method = make_partial(Value::Builtin(&PARTIALMETHOD_CALL), vec![recv.clone()], &[])?;
    set_attr(&method, "__partialmethod__", recv.clone())?;
    Ok(if obj.is_none() {
        method
    } else {
        bind(&method, obj)
    })
}

fn partialmethod_repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (func, pargs, keywords) = pm_fields(recv)?;
    let cls = type_of(recv);
    let args = pargs
        .iter()
        .map(ops::repr_of)
        .collect::<PyResult<Vec<_>>>()?
        .join(", ");
    let kws = keywords
        .items()
        .iter()
        .map(|(k, v)| Ok(format!("{}={}", ops::str_of(k)?, ops::repr_of(v)?)))
        .collect::<PyResult<Vec<_>>>()?
        .join(", ");
    Ok(Value::string(format!(
        "{}.{}({}, {args}, {kws})",
        cls.module,
        cls.qualname,
        ops::str_of(&func)?
    )))
}

/// `reduce(function, iterable[, initial])`.
fn reduce(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("reduce", kw)?;
    check_unpack("reduce", args, 2, 3)?;
    let it = crate::types::iter::iter(&args[1]).map_err(|e| {
        if e.is(BuiltinType::TypeError) {
            type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = args.get(2).cloned();
    while let Some(x) = crate::types::iter::next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => call(&args[0], &[a, x])?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

const WRAPPER_ASSIGNMENTS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];
const WRAPPER_UPDATES: [&str; 1] = ["__dict__"];

fn str_tuple(names: &[&str]) -> Value {
    Value::tuple(names.iter().map(|n| Value::str(n)).collect())
}

static UPDATE_WRAPPER_SIG: Code = Code::native(
    "update_wrapper",
    &["wrapper", "wrapped", "assigned", "updated"],
    4,
    false,
    false,
);
static UPDATE_WRAPPER: BuiltinFn = BuiltinFn {
    name: "update_wrapper",
    f: update_wrapper,
};
static WRAPS_SIG: Code = Code::native(
    "wraps",
    &["wrapped", "assigned", "updated"],
    3,
    false,
    false,
);

fn attr_names(v: &Value) -> PyResult<Vec<String>> {
    crate::types::iter::collect(v)?
        .iter()
        .map(|n| match n {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(type_error(format!(
                "attribute name must be string, not '{}'",
                other.type_name()
            ))),
        })
        .collect()
}

/// `update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES)`.
fn update_wrapper(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(
        &UPDATE_WRAPPER_SIG,
        &[str_tuple(&WRAPPER_ASSIGNMENTS), str_tuple(&WRAPPER_UPDATES)],
        &[],
        args,
        kw,
    )?;
    let [wrapper, wrapped, assigned, updated] = slots.as_slice() else {
        return Err(runtime_error("update_wrapper: bad arguments"));
    };
    update_wrapper_impl(wrapper, wrapped, assigned, updated)?;
    Ok(wrapper.clone())
}

/// `functools.update_wrapper` on values: copies the `assigned` attributes that `wrapped`
/// has, merges the `updated` dicts, then sets `__wrapped__`.
pub fn update_wrapper_impl(
    wrapper: &Value,
    wrapped: &Value,
    assigned: &Value,
    updated: &Value,
) -> PyResult<()> {
    for name in attr_names(assigned)? {
        match get_attr(wrapped, &name) {
            Ok(v) => set_attr(wrapper, &name, v)?,
            Err(e) if e.is(BuiltinType::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    for name in attr_names(updated)? {
        let target = get_attr(wrapper, &name)?;
        let source = match get_attr(wrapped, &name) {
            Ok(v) => v,
            Err(e) if e.is(BuiltinType::AttributeError) => Value::Dict(Rc::new(PyDict::new())),
            Err(e) => return Err(e),
        };
        match (&target, &source) {
            (Value::Dict(t), Value::Dict(s)) => {
                for (k, v) in s.items() {
                    t.set(k, v)?;
                }
            }
            _ => {
                crate::types::object::call_method(&target, "update", &[source], &[])?;
            }
        }
    }
    set_attr(wrapper, "__wrapped__", wrapped.clone())
}

/// `wraps(wrapped, assigned=..., updated=...)`: `partial(update_wrapper, wrapped=wrapped,
/// assigned=assigned, updated=updated)`, exactly as CPython builds it.
fn wraps(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(
        &WRAPS_SIG,
        &[str_tuple(&WRAPPER_ASSIGNMENTS), str_tuple(&WRAPPER_UPDATES)],
        &[],
        args,
        kw,
    )?;
    let [wrapped, assigned, updated] = slots.as_slice() else {
        return Err(runtime_error("wraps: bad arguments"));
    };
    make_partial(
        Value::Builtin(&UPDATE_WRAPPER),
        Vec::new(),
        &[
            ("wrapped", wrapped.clone()),
            ("assigned", assigned.clone()),
            ("updated", updated.clone()),
        ],
    )
}

fn wrap_like(wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    update_wrapper_impl(
        wrapper,
        wrapped,
        &str_tuple(&WRAPPER_ASSIGNMENTS),
        &str_tuple(&WRAPPER_UPDATES),
    )
}

/// How many results an `lru_cache` keeps.
#[derive(Clone, Copy)]
enum Bound {
    /// `maxsize=None`: every result.
    Unbounded,
    /// `maxsize=0`: none (every call is a miss).
    Zero,
    /// The most recent `n`.
    Max(usize),
}

/// The state of a `functools._lru_cache_wrapper`.
struct LruCache {
    func: Value,
    /// `maxsize` as given (after clamping negatives to 0), for `cache_info()`.
    maxsize: Value,
    bound: Bound,
    typed: bool,
    /// Key → result, least recently used first (a hit moves its key to the end).
    cache: PyDict,
    hits: Cell<i64>,
    misses: Cell<i64>,
}

static LRU_WRAPPER: NativeClass = NativeClass {
    module: "functools",
    name: "_lru_cache_wrapper",
    new: Some(&LRU_WRAPPER_NEW),
    members: &[
        Member::Method("__call__", lru_call),
        Member::Method("__get__", function_get),
        Member::Method("cache_info", lru_cache_info),
        Member::Method("cache_clear", lru_cache_clear),
        Member::Method("cache_parameters", lru_cache_parameters),
        Member::Method("__copy__", |v, _, _| Ok(v.clone())),
        Member::Method("__deepcopy__", |v, _, _| Ok(v.clone())),
        Member::Method("__reduce__", |v, _, _| get_attr(v, "__qualname__")),
    ],
    has_dict: true,
    c_type: true,
};
static LRU_WRAPPER_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: lru_wrapper_new,
};
static LRU_CACHE_SIG: Code = Code::native("lru_cache", &["maxsize", "typed"], 2, false, false);
static CACHE_SIG: Code = Code::native("cache", &["user_function"], 1, false, false).with_posonly(1);
static LRU_DECORATE: BuiltinFn = BuiltinFn {
    name: "decorating_function",
    f: lru_decorate,
};

fn lru_state(v: &Value) -> PyResult<&LruCache> {
    native::expect::<LruCache>(v, &LRU_WRAPPER, "_lru_cache_wrapper")
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_wrapper_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, rest) = native::new_args(args)?;
    no_kwargs("_lru_cache_wrapper", kw)?;
    check_unpack("_lru_cache_wrapper", rest, 3, 4)?;
    new_lru(cls, &rest[0], &rest[1], ops::truthy(&rest[2])?)
}

fn new_lru(cls: Rc<Class>, func: &Value, maxsize: &Value, typed: bool) -> PyResult<Value> {
    if !is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    let bound = match maxsize {
        Value::None => Bound::Unbounded,
        other => match ops::index_of(other)? {
            n if n <= 0 => Bound::Zero,
            n => Bound::Max(n as usize),
        },
    };
    let state = LruCache {
        func: func.clone(),
        maxsize: maxsize.clone(),
        bound,
        typed,
        cache: PyDict::new(),
        hits: Cell::new(0),
        misses: Cell::new(0),
    };
    Ok(native::new_object(cls, state))
}

/// Builds the wrapper for `func` and copies its metadata, as `decorating_function` does.
fn lru_wrap(func: &Value, maxsize: Value, typed: bool) -> PyResult<Value> {
    let wrapper = new_lru(native::class(&LRU_WRAPPER), func, &maxsize, typed)?;
    wrap_like(&wrapper, func)?;
    Ok(wrapper)
}

/// `lru_cache(maxsize=128, typed=False)`, also used bare (`@lru_cache`).
fn lru_cache(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(
        &LRU_CACHE_SIG,
        &[Value::Int(128), Value::Bool(false)],
        &[],
        args,
        kw,
    )?;
    let [maxsize, typed] = slots.as_slice() else {
        return Err(runtime_error("lru_cache: bad arguments"));
    };
    let maxsize = match maxsize {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            if ops::compare(maxsize, &Value::Int(0), CmpOp::Lt)? {
                Value::Int(0)
            } else {
                maxsize.clone()
            }
        }
        f if is_callable(f) && matches!(typed, Value::Bool(_)) => {
            return lru_wrap(f, Value::Int(128), ops::truthy(typed)?);
        }
        Value::None => Value::None,
        _ => {
            return Err(type_error(
                "Expected first argument to be an integer, a callable, or None",
            ));
        }
    };
    make_partial(
        Value::Builtin(&LRU_DECORATE),
        vec![maxsize, typed.clone()],
        &[],
    )
}

/// The `decorating_function(user_function)` that `lru_cache(...)` returns, as a partial
/// holding `maxsize` and `typed`.
fn lru_decorate(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("decorating_function", kw)?;
    let [maxsize, typed, func] = args else {
        return Err(type_error(format!(
            "lru_cache.<locals>.decorating_function() takes 1 positional argument but {} were given",
            args.len().saturating_sub(2)
        )));
    };
    lru_wrap(func, maxsize.clone(), ops::truthy(typed)?)
}

/// `cache(user_function, /)`: `lru_cache(maxsize=None)(user_function)`.
fn cache(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(&CACHE_SIG, &[], &[], args, kw)?;
    lru_wrap(&slots[0], Value::None, false)
}

thread_local! {
    /// The `kwd_mark` separating positional from keyword arguments in a cache key.
    static KWD_MARK: Value = Value::Instance(crate::types::class::Instance::new(builtin_class(BuiltinType::Object)));
}

/// CPython's `lru_cache_make_key`: a lone `int`/`str` argument is its own key; otherwise a
/// tuple of the arguments, then `kwd_mark` and the keyword pairs, then (`typed`) the types.
fn make_key(args: &[Value], kw: Kw, typed: bool) -> Value {
    if !typed && kw.is_empty() {
        if let [a @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))] = args {
            return a.clone();
        }
        return Value::tuple(args.to_vec());
    }
    let mut key = args.to_vec();
    if !kw.is_empty() {
        key.push(KWD_MARK.with(|m| m.clone()));
        for (k, v) in kw {
            key.push(Value::str(k));
            key.push(v.clone());
        }
    }
    if typed {
        key.extend(args.iter().map(|a| Value::Class(type_of(a))));
        key.extend(kw.iter().map(|(_, v)| Value::Class(type_of(v))));
    }
    Value::tuple(key)
}

fn lru_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = lru_state(recv)?;
    if let Bound::Zero = c.bound {
        c.misses.set(c.misses.get() + 1);
        return call_kw(&c.func, args, kw);
    }
    let key = make_key(args, kw, c.typed);
    if let Some(r) = c.cache.get(&key)? {
        c.hits.set(c.hits.get() + 1);
        if let Bound::Max(_) = c.bound {
            // Most recently used goes last.
            c.cache.remove(&key)?;
            c.cache.set(key, r.clone())?;
        }
        return Ok(r);
    }
    c.misses.set(c.misses.get() + 1);
    let result = call_kw(&c.func, args, kw)?;
    match c.bound {
        Bound::Unbounded => c.cache.set(key, result.clone())?,
        Bound::Max(n) => {
            // A recursive call may have cached this key meanwhile: keep that entry.
            if c.cache.contains(&key)? {
                return Ok(result);
            }
            if c.cache.len() >= n
                && let Some((_, oldest, _)) = c.cache.entry_from(0)
            {
                c.cache.remove(&oldest)?;
            }
            c.cache.set(key, result.clone())?;
        }
        Bound::Zero => {}
    }
    Ok(result)
}

fn lru_cache_info(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::types::function::check_arity("_lru_cache_wrapper.cache_info", args, 0, 0)?;
    let c = lru_state(recv)?;
    Ok(native::new_instance(
        &CACHE_INFO,
        CacheInfo([
            Value::Int(c.hits.get()),
            Value::Int(c.misses.get()),
            c.maxsize.clone(),
            Value::Int(c.cache.len() as i64),
        ]),
    ))
}

fn lru_cache_clear(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::types::function::check_arity("_lru_cache_wrapper.cache_clear", args, 0, 0)?;
    let c = lru_state(recv)?;
    c.cache.clear();
    c.hits.set(0);
    c.misses.set(0);
    Ok(Value::None)
}

fn lru_cache_parameters(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = lru_state(recv)?;
    let d = PyDict::new();
    d.set_str("maxsize", c.maxsize.clone());
    d.set_str("typed", Value::Bool(c.typed));
    Ok(Value::Dict(Rc::new(d)))
}

/// `CacheInfo(hits, misses, maxsize, currsize)`: CPython's named tuple, here a small
/// immutable sequence with the same repr, fields, indexing, iteration and equality with
/// tuples.
struct CacheInfo([Value; 4]);

const CACHE_INFO_FIELDS: [&str; 4] = ["hits", "misses", "maxsize", "currsize"];

static CACHE_INFO: NativeClass = NativeClass {
    module: "functools",
    name: "CacheInfo",
    new: None,
    members: &[
        Member::Method("__repr__", cache_info_repr),
        Member::Method("__len__", |_, _, _| Ok(Value::Int(4))),
        Member::Method("__getitem__", |v, a, _| {
            check_unpack("__getitem__", a, 1, 1)?;
            ops::getitem(&cache_info_tuple(v)?, &a[0])
        }),
        Member::Method("__iter__", |v, _, _| {
            crate::types::iter::iter(&cache_info_tuple(v)?)
        }),
        Member::Method("__eq__", |v, a, _| cache_info_cmp(v, a, CmpOp::Eq)),
        Member::Method("__ne__", |v, a, _| cache_info_cmp(v, a, CmpOp::Ne)),
        Member::Method("__hash__", |v, _, _| {
            Ok(Value::Int(crate::hash::hash_value(&cache_info_tuple(v)?)?))
        }),
        Member::Method("_asdict", |v, _, _| {
            let d = PyDict::new();
            if let Value::Tuple(t) = cache_info_tuple(v)? {
                for (n, x) in CACHE_INFO_FIELDS.iter().zip(t.items()) {
                    d.set_str(n, x.clone());
                }
            }
            Ok(Value::Dict(Rc::new(d)))
        }),
        Member::Getter("hits", |v, _, _| cache_info_field(v, 0)),
        Member::Getter("misses", |v, _, _| cache_info_field(v, 1)),
        Member::Getter("maxsize", |v, _, _| cache_info_field(v, 2)),
        Member::Getter("currsize", |v, _, _| cache_info_field(v, 3)),
        Member::Attr("_fields", || str_tuple(&CACHE_INFO_FIELDS)),
    ],
    has_dict: false,
    c_type: false,
};

fn cache_info_tuple(v: &Value) -> PyResult<Value> {
    Ok(Value::tuple(
        native::expect::<CacheInfo>(v, &CACHE_INFO, "CacheInfo")?
            .0
            .to_vec(),
    ))
}

fn cache_info_field(v: &Value, i: usize) -> PyResult<Value> {
    Ok(native::expect::<CacheInfo>(v, &CACHE_INFO, "CacheInfo")?.0[i].clone())
}

fn cache_info_repr(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ci = native::expect::<CacheInfo>(v, &CACHE_INFO, "__repr__")?;
    let parts = CACHE_INFO_FIELDS
        .iter()
        .zip(ci.0.iter())
        .map(|(n, x)| Ok(format!("{n}={}", ops::repr_of(x)?)))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::string(format!("CacheInfo({})", parts.join(", "))))
}

fn cache_info_cmp(v: &Value, args: &[Value], op: CmpOp) -> PyResult<Value> {
    check_unpack(op.dunder(), args, 1, 1)?;
    let other = match &args[0] {
        o @ Value::Tuple(_) => o.clone(),
        o if native::state::<CacheInfo>(o).is_some() => cache_info_tuple(o)?,
        _ => return Ok(Value::NotImplemented),
    };
    ops::compare_value(&cache_info_tuple(v)?, &other, op)
}

/// `cached_property` keeps `func`, `attrname` and `__doc__` in its `__dict__`, like the
/// Python class CPython defines.
struct CachedProperty;

static CACHED_PROPERTY: NativeClass = NativeClass {
    module: "functools",
    name: "cached_property",
    new: Some(&CACHED_PROPERTY_NEW),
    members: &[
        Member::Method("__set_name__", cached_property_set_name),
        Member::Method("__get__", cached_property_get),
    ],
    has_dict: true,
    c_type: false,
};
static CACHED_PROPERTY_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: cached_property_new,
};
static CACHED_PROPERTY_INIT: Code = Code::native(
    "cached_property.__init__",
    &["self", "func"],
    2,
    false,
    false,
);

fn cached_property_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, rest) = native::new_args(args)?;
    let mut with_self = vec![Value::Class(cls.clone())];
    with_self.extend_from_slice(rest);
    let slots = bind_params(&CACHED_PROPERTY_INIT, &[], &[], &with_self, kw)?;
    let func = slots[1].clone();
    let this = native::new_object(cls, CachedProperty);
    if let Value::Instance(inst) = &this {
        let doc = get_attr(&func, "__doc__").unwrap_or(Value::None);
        inst.dict.set_str("func", func);
        inst.dict.set_str("attrname", Value::None);
        inst.dict.set_str("__doc__", doc);
    }
    Ok(this)
}

fn cached_property_set_name(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    native::expect::<CachedProperty>(recv, &CACHED_PROPERTY, "__set_name__")?;
    check_unpack("__set_name__", args, 2, 2)?;
    let name = &args[1];
    let current = get_attr(recv, "attrname")?;
    if current.is_none() {
        set_attr(recv, "attrname", name.clone())?;
    } else if !ops::eq(name, &current)? {
        return Err(type_error(format!(
            "Cannot assign the same cached_property to two different names ({} and {}).",
            ops::repr_of(&current)?,
            ops::repr_of(name)?
        )));
    }
    Ok(Value::None)
}

fn cached_property_get(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    native::expect::<CachedProperty>(recv, &CACHED_PROPERTY, "__get__")?;
    check_unpack("__get__", args, 1, 2)?;
    let instance = &args[0];
    if instance.is_none() {
        return Ok(recv.clone());
    }
    let attrname = get_attr(recv, "attrname")?;
    if attrname.is_none() {
        return Err(type_error(
            "Cannot use cached_property instance without calling __set_name__ on it.",
        ));
    }
    let cache = match get_attr(instance, "__dict__") {
        Ok(Value::Dict(d)) => d,
        _ => {
            return Err(type_error(format!(
                "No '__dict__' attribute on {} instance to cache {} property.",
                ops::repr_str(&type_of(instance).name),
                ops::repr_of(&attrname)?
            )));
        }
    };
    if let Some(v) = cache.get(&attrname)? {
        return Ok(v);
    }
    let func = get_attr(recv, "func")?;
    let val = call(&func, std::slice::from_ref(instance))?;
    cache.set(attrname, val.clone())?;
    Ok(val)
}

/// The derived comparison methods of `total_ordering`, in CPython's `_convert` table order:
/// for each root, `(name, method, docstring)` of the three it derives.
type Derived = (&'static str, crate::types::function::MethodFn, &'static str);

const CONVERT: [(&str, [Derived; 3]); 4] = [
    (
        "__lt__",
        [
            (
                "__gt__",
                gt_from_lt,
                "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).",
            ),
            (
                "__le__",
                le_from_lt,
                "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).",
            ),
            (
                "__ge__",
                ge_from_lt,
                "Return a >= b.  Computed by @total_ordering from (not a < b).",
            ),
        ],
    ),
    (
        "__le__",
        [
            (
                "__ge__",
                ge_from_le,
                "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).",
            ),
            (
                "__lt__",
                lt_from_le,
                "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).",
            ),
            (
                "__gt__",
                gt_from_le,
                "Return a > b.  Computed by @total_ordering from (not a <= b).",
            ),
        ],
    ),
    (
        "__gt__",
        [
            (
                "__lt__",
                lt_from_gt,
                "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).",
            ),
            (
                "__ge__",
                ge_from_gt,
                "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).",
            ),
            (
                "__le__",
                le_from_gt,
                "Return a <= b.  Computed by @total_ordering from (not a > b).",
            ),
        ],
    ),
    (
        "__ge__",
        [
            (
                "__le__",
                le_from_ge,
                "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).",
            ),
            (
                "__gt__",
                gt_from_ge,
                "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).",
            ),
            (
                "__lt__",
                lt_from_ge,
                "Return a < b.  Computed by @total_ordering from (not a >= b).",
            ),
        ],
    ),
];

/// `type(self).<root>(self, other)`, or `Err(NotImplemented)` to pass it through.
fn root_result(this: &Value, args: &[Value], root: &str) -> PyResult<Result<Value, Value>> {
    check_unpack(root, args, 1, 1)?;
    let m = get_attr(&Value::Class(type_of(this)), root)?;
    let r = call(&m, &[this.clone(), args[0].clone()])?;
    Ok(if matches!(r, Value::NotImplemented) {
        Err(r)
    } else {
        Ok(r)
    })
}

fn not_equal(this: &Value, other: &Value, op: CmpOp) -> PyResult<Value> {
    ops::compare_value(this, other, op)
}

macro_rules! derived {
    ($($f:ident: $root:literal => |$r:ident, $this:ident, $other:ident| $body:expr;)*) => {
        $(
            fn $f($this: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
                let $r = match root_result($this, args, $root)? {
                    Ok(r) => r,
                    Err(not_implemented) => return Ok(not_implemented),
                };
                let $other = &args[0];
                $body
            }
        )*
    };
}

derived! {
    // not a < b and a != b
    gt_from_lt: "__lt__" => |r, this, other| if ops::truthy(&r)? { Ok(Value::Bool(false)) } else { not_equal(this, other, CmpOp::Ne) };
    // a < b or a == b
    le_from_lt: "__lt__" => |r, this, other| if ops::truthy(&r)? { Ok(r) } else { not_equal(this, other, CmpOp::Eq) };
    // not a < b
    ge_from_lt: "__lt__" => |r, _this, _other| Ok(Value::Bool(!ops::truthy(&r)?));
    // not a <= b or a == b
    ge_from_le: "__le__" => |r, this, other| if !ops::truthy(&r)? { Ok(Value::Bool(true)) } else { not_equal(this, other, CmpOp::Eq) };
    // a <= b and a != b
    lt_from_le: "__le__" => |r, this, other| if !ops::truthy(&r)? { Ok(r) } else { not_equal(this, other, CmpOp::Ne) };
    // not a <= b
    gt_from_le: "__le__" => |r, _this, _other| Ok(Value::Bool(!ops::truthy(&r)?));
    // not a > b and a != b
    lt_from_gt: "__gt__" => |r, this, other| if ops::truthy(&r)? { Ok(Value::Bool(false)) } else { not_equal(this, other, CmpOp::Ne) };
    // a > b or a == b
    ge_from_gt: "__gt__" => |r, this, other| if ops::truthy(&r)? { Ok(r) } else { not_equal(this, other, CmpOp::Eq) };
    // not a > b
    le_from_gt: "__gt__" => |r, _this, _other| Ok(Value::Bool(!ops::truthy(&r)?));
    // not a >= b or a == b
    le_from_ge: "__ge__" => |r, this, other| if !ops::truthy(&r)? { Ok(Value::Bool(true)) } else { not_equal(this, other, CmpOp::Eq) };
    // a >= b and a != b
    gt_from_ge: "__ge__" => |r, this, other| if !ops::truthy(&r)? { Ok(r) } else { not_equal(this, other, CmpOp::Ne) };
    // not a >= b
    lt_from_ge: "__ge__" => |r, _this, _other| Ok(Value::Bool(!ops::truthy(&r)?));
}

static TOTAL_ORDERING_SIG: Code = Code::native("total_ordering", &["cls"], 1, false, false);

/// True when `cls` defines (or inherits from something other than `object`) the
/// comparison `op`: CPython's `getattr(cls, op, None) is not getattr(object, op, None)`.
fn defines(cls: &Rc<Class>, op: &str) -> bool {
    for c in cls.mro() {
        match c.builtin {
            None => {
                if c.dict.get_str(op).is_some() {
                    return true;
                }
            }
            // Every built-in type but `object` has its own rich comparison.
            Some(BuiltinType::Object) => return false,
            Some(_) => return true,
        }
    }
    false
}

/// `total_ordering(cls)`: fills in the missing ordering methods from the first of `__lt__`,
/// `__le__`, `__gt__`, `__ge__` the class defines.
fn total_ordering(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(&TOTAL_ORDERING_SIG, &[], &[], args, kw)?;
    let target = slots[0].clone();
    // Anything but a class answers every comparison with a bound method of its own.
    let Value::Class(cls) = &target else {
        return Ok(target);
    };
    let roots: Vec<&str> = CONVERT
        .iter()
        .map(|(r, _)| *r)
        .filter(|op| defines(cls, op))
        .collect();
    // `max(roots)` prefers __lt__ to __le__ to __gt__ to __ge__: the table's order.
    let Some((_, derived)) = CONVERT.iter().find(|(r, _)| roots.contains(r)) else {
        return Err(value_error(
            "must define at least one ordering operation: < > <= >=",
        ));
    };
    let owner = format!("{}.{}", cls.module, cls.qualname);
    for (name, f, doc) in derived {
        if !roots.contains(name) {
            set_attr(
                &target,
                name,
                native::method_descriptor(name, *f, doc, &owner),
            )?;
        }
    }
    Ok(target)
}

/// A `functools.KeyWrapper`: the callable `cmp_to_key` returns (no object) and the keys it
/// makes (with one).
struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

static KEY_WRAPPER: NativeClass = NativeClass {
    module: "functools",
    name: "KeyWrapper",
    new: None,
    members: &[
        Member::Method("__call__", key_call),
        Member::Method("__lt__", |v, a, _| key_compare(v, a, CmpOp::Lt)),
        Member::Method("__le__", |v, a, _| key_compare(v, a, CmpOp::Le)),
        Member::Method("__gt__", |v, a, _| key_compare(v, a, CmpOp::Gt)),
        Member::Method("__ge__", |v, a, _| key_compare(v, a, CmpOp::Ge)),
        Member::Method("__eq__", |v, a, _| key_compare(v, a, CmpOp::Eq)),
        Member::Method("__ne__", |v, a, _| key_compare(v, a, CmpOp::Ne)),
        Member::Attr("__hash__", || Value::None),
        Member::Getter("obj", |v, _, _| {
            Ok(native::expect::<KeyWrapper>(v, &KEY_WRAPPER, "obj")?
                .obj
                .clone()
                .unwrap_or(Value::None))
        }),
    ],
    has_dict: false,
    c_type: true,
};

fn cmp_to_key(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mycmp = match (args, kw) {
        ([f], []) => f.clone(),
        ([], [("mycmp", f)]) => f.clone(),
        ([], []) => {
            return Err(type_error(
                "cmp_to_key() missing required argument 'mycmp' (pos 1)",
            ));
        }
        (_, [(k, _), ..]) if *k != "mycmp" => {
            return Err(type_error(format!(
                "cmp_to_key() got an unexpected keyword argument '{k}'"
            )));
        }
        _ => {
            return Err(type_error(format!(
                "cmp_to_key() takes at most 1 argument ({} given)",
                args.len() + kw.len()
            )));
        }
    };
    Ok(native::new_instance(
        &KEY_WRAPPER,
        KeyWrapper {
            cmp: mycmp,
            obj: None,
        },
    ))
}

fn key_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let k = native::expect::<KeyWrapper>(recv, &KEY_WRAPPER, "__call__")?;
    let obj = match (args, kw) {
        ([o], []) => o.clone(),
        ([], [("obj", o)]) => o.clone(),
        ([], []) => return Err(type_error("K() missing required argument 'obj' (pos 1)")),
        (_, [(name, _), ..]) if *name != "obj" => {
            return Err(type_error(format!(
                "'{name}' is an invalid keyword argument for K()"
            )));
        }
        _ => {
            return Err(type_error(format!(
                "K() takes at most 1 argument ({} given)",
                args.len() + kw.len()
            )));
        }
    };
    Ok(native::new_instance(
        &KEY_WRAPPER,
        KeyWrapper {
            cmp: k.cmp.clone(),
            obj: Some(obj),
        },
    ))
}

fn key_compare(recv: &Value, args: &[Value], op: CmpOp) -> PyResult<Value> {
    check_unpack(op.dunder(), args, 1, 1)?;
    let a = native::expect::<KeyWrapper>(recv, &KEY_WRAPPER, op.dunder())?;
    let Some(b) = native::state::<KeyWrapper>(&args[0]) else {
        return Err(type_error("other argument must be K instance"));
    };
    let (Some(x), Some(y)) = (&a.obj, &b.obj) else {
        return Err(attribute_error("object"));
    };
    let r = call(&a.cmp, &[x.clone(), y.clone()])?;
    ops::compare_value(&r, &Value::Int(0), op)
}

/// The state of a `singledispatch` generic function (a Python function with attributes in
/// CPython; here an object of a native class named `function` with the same attributes).
struct SingleDispatch {
    /// `registry`: class → implementation.
    registry: Rc<PyDict>,
    /// The default implementation's `__name__`, for the no-argument error.
    funcname: String,
}

static SINGLEDISPATCH_FN: NativeClass = NativeClass {
    module: "functools",
    name: "function",
    new: None,
    members: &[
        Member::Method("__call__", sd_call),
        Member::Method("__get__", function_get),
        Member::Method("__repr__", |v, _, _| {
            let qn = get_attr(v, "__qualname__")
                .and_then(|q| ops::str_of(&q))
                .unwrap_or_else(|_| "singledispatch.<locals>.wrapper".into());
            Ok(Value::string(format!(
                "<function {qn} at {:#x}>",
                ops::id_of(v)
            )))
        }),
        Member::Method("register", sd_register_method),
        Member::Method("dispatch", sd_dispatch_method),
        Member::Method("_clear_cache", |_, _, _| Ok(Value::None)),
        Member::Getter("registry", |v, _, _| {
            Ok(Value::Dict(sd_state(v)?.registry.clone()))
        }),
    ],
    has_dict: true,
    c_type: false,
};
static SINGLEDISPATCH_SIG: Code = Code::native("singledispatch", &["func"], 1, false, false);
static SD_REGISTER_SIG: Code = Code::native(
    "singledispatch.<locals>.register",
    &["cls", "func"],
    2,
    false,
    false,
);
static SD_REGISTER_WITH: BuiltinFn = BuiltinFn {
    name: "<lambda>",
    f: sd_register_with,
};

fn sd_state(v: &Value) -> PyResult<&SingleDispatch> {
    native::expect::<SingleDispatch>(v, &SINGLEDISPATCH_FN, "singledispatch")
}

fn singledispatch(args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(&SINGLEDISPATCH_SIG, &[], &[], args, kw)?;
    new_singledispatch(&slots[0])
}

fn new_singledispatch(func: &Value) -> PyResult<Value> {
    let registry = PyDict::new();
    registry.set(
        Value::Class(builtin_class(BuiltinType::Object)),
        func.clone(),
    )?;
    let funcname = match get_attr(func, "__name__") {
        Ok(n) => ops::str_of(&n)?,
        Err(_) => "singledispatch function".to_string(),
    };
    let wrapper = native::new_instance(
        &SINGLEDISPATCH_FN,
        SingleDispatch {
            registry: Rc::new(registry),
            funcname,
        },
    );
    wrap_like(&wrapper, func)?;
    Ok(wrapper)
}

/// `dispatch(cls)`: the implementation registered for the nearest class in `cls.__mro__`.
fn sd_dispatch(sd: &SingleDispatch, cls: &Value) -> PyResult<Value> {
    let Value::Class(c) = cls else {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            cls.type_name()
        )));
    };
    for k in c.mro() {
        if let Some(f) = sd.registry.get(&Value::Class(k.clone()))? {
            return Ok(f);
        }
    }
    Ok(Value::None)
}

fn sd_dispatch_method(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sd = sd_state(recv)?;
    let slots = bind_params(
        &Code::native(
            "singledispatch.<locals>.dispatch",
            &["cls"],
            1,
            false,
            false,
        ),
        &[],
        &[],
        args,
        kw,
    )?;
    sd_dispatch(sd, &slots[0])
}

fn sd_register(recv: &Value, cls: &Value, func: &Value) -> PyResult<Value> {
    let sd = sd_state(recv)?;
    let (cls, func) = if matches!(cls, Value::Class(_)) {
        if func.is_none() {
            return make_partial(
                Value::Builtin(&SD_REGISTER_WITH),
                vec![recv.clone(), cls.clone()],
                &[],
            );
        }
        (cls.clone(), func.clone())
    } else {
        if !func.is_none() {
            return Err(type_error(format!(
                "Invalid first argument to `register()`. {} is not a class or union type.",
                ops::repr_of(cls)?
            )));
        }
        let ann = match get_attr(cls, "__annotations__") {
            Ok(Value::Dict(d)) if !d.is_empty() => d,
            _ => {
                return Err(type_error(format!(
                    "Invalid first argument to `register()`: {}. Use either `@register(some_class)` or plain `@register` on an annotated function.",
                    ops::repr_of(cls)?
                )));
            }
        };
        let Some((argname, annotated)) = ann.items().into_iter().next() else {
            return Ok(cls.clone());
        };
        if !matches!(annotated, Value::Class(_)) {
            return Err(type_error(format!(
                "Invalid annotation for {}. {} is not a class.",
                ops::repr_of(&argname)?,
                ops::repr_of(&annotated)?
            )));
        }
        (annotated, cls.clone())
    };
    sd.registry.set(cls, func.clone())?;
    Ok(func)
}

fn sd_register_method(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind_params(&SD_REGISTER_SIG, &[Value::None], &[], args, kw)?;
    sd_register(recv, &slots[0], &slots[1])
}

/// The `lambda f: register(cls, f)` that `register(cls)` returns: `(generic, cls, f)`.
fn sd_register_with(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let [sd, cls, func] = args else {
        return Err(type_error(format!(
            "singledispatch.<locals>.register.<locals>.<lambda>() takes 1 positional argument but {} were given",
            args.len().saturating_sub(2)
        )));
    };
    sd_register(sd, cls, func)
}

fn sd_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sd = sd_state(recv)?;
    let Some(first) = args.first() else {
        return Err(type_error(format!(
            "{} requires at least 1 positional argument",
            sd.funcname
        )));
    };
    let imp = sd_dispatch(sd, &Value::Class(type_of(first)))?;
    call_kw(&imp, args, kw)
}

/// `singledispatchmethod` keeps `dispatcher` and `func` in its `__dict__`.
struct SingleDispatchMethod;

static SINGLEDISPATCHMETHOD: NativeClass = NativeClass {
    module: "functools",
    name: "singledispatchmethod",
    new: Some(&SINGLEDISPATCHMETHOD_NEW),
    members: &[
        Member::Method("__get__", sdm_get),
        Member::Method("register", sdm_register),
    ],
    has_dict: true,
    c_type: false,
};
static SINGLEDISPATCHMETHOD_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: sdm_new,
};
static SINGLEDISPATCHMETHOD_INIT: Code = Code::native(
    "singledispatchmethod.__init__",
    &["self", "func"],
    2,
    false,
    false,
);
static SDM_REGISTER_SIG: Code = Code::native(
    "singledispatchmethod.register",
    &["cls", "method"],
    2,
    false,
    false,
);
static SDM_CALL: BuiltinFn = BuiltinFn {
    name: "_method",
    f: sdm_call,
};

fn sdm_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, rest) = native::new_args(args)?;
    let mut with_self = vec![Value::Class(cls.clone())];
    with_self.extend_from_slice(rest);
    let slots = bind_params(&SINGLEDISPATCHMETHOD_INIT, &[], &[], &with_self, kw)?;
    let func = slots[1].clone();
    if !is_callable(&func) && !is_descriptor(&func) {
        return Err(type_error(format!(
            "{} is not callable or a descriptor",
            ops::repr_of(&func)?
        )));
    }
    let this = native::new_object(cls, SingleDispatchMethod);
    set_attr(&this, "dispatcher", new_singledispatch(&func)?)?;
    set_attr(&this, "func", func)?;
    Ok(this)
}

fn sdm_register(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    native::expect::<SingleDispatchMethod>(recv, &SINGLEDISPATCHMETHOD, "register")?;
    let slots = bind_params(&SDM_REGISTER_SIG, &[Value::None], &[], args, kw)?;
    sd_register(&get_attr(recv, "dispatcher")?, &slots[0], &slots[1])
}

fn sdm_get(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    native::expect::<SingleDispatchMethod>(recv, &SINGLEDISPATCHMETHOD, "__get__")?;
    check_unpack("__get__", args, 1, 2)?;
    let obj = args[0].clone();
    let cls = args.get(1).cloned().unwrap_or(Value::None);
    let method = make_partial(Value::Builtin(&SDM_CALL), vec![recv.clone(), obj, cls], &[])?;
    set_attr(&method, "register", get_attr(recv, "register")?)?;
    wrap_like(&method, &get_attr(recv, "func")?)?;
    Ok(method)
}

/// `_method(*args, **kwargs)` of `singledispatchmethod.__get__`, as a partial holding
/// `(self, obj, cls)`.
fn sdm_call(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [sdm, obj, cls, rest @ ..] = args else {
        return Err(type_error("_method() missing arguments"));
    };
    let Some(first) = rest.first() else {
        return Err(crate::err::index_error("tuple index out of range"));
    };
    let dispatcher = get_attr(sdm, "dispatcher")?;
    let imp = sd_dispatch(sd_state(&dispatcher)?, &Value::Class(type_of(first)))?;
    let owner = match cls {
        Value::Class(c) => c.clone(),
        _ if !obj.is_none() => type_of(obj),
        _ => builtin_class(BuiltinType::Object),
    };
    let bound = descr::descr_get(imp, if obj.is_none() { None } else { Some(obj) }, &owner)?;
    call_kw(&bound, rest, kw)
}

static FUNCS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "reduce",
        f: reduce,
    },
    BuiltinFn {
        name: "wraps",
        f: wraps,
    },
    BuiltinFn {
        name: "lru_cache",
        f: lru_cache,
    },
    BuiltinFn {
        name: "cache",
        f: cache,
    },
    BuiltinFn {
        name: "total_ordering",
        f: total_ordering,
    },
    BuiltinFn {
        name: "cmp_to_key",
        f: cmp_to_key,
    },
    BuiltinFn {
        name: "singledispatch",
        f: singledispatch,
    },
];

/// The `functools` module object.
pub fn module() -> Rc<Module> {
    let mut attrs: Vec<(&str, Value)> = FUNCS.iter().map(|f| (f.name, Value::Builtin(f))).collect();
    attrs.push(("update_wrapper", Value::Builtin(&UPDATE_WRAPPER)));
    attrs.push(("partial", Value::Class(native::class(&PARTIAL))));
    attrs.push(("partialmethod", Value::Class(native::class(&PARTIALMETHOD))));
    attrs.push((
        "cached_property",
        Value::Class(native::class(&CACHED_PROPERTY)),
    ));
    attrs.push((
        "singledispatchmethod",
        Value::Class(native::class(&SINGLEDISPATCHMETHOD)),
    ));
    attrs.push((
        "_lru_cache_wrapper",
        Value::Class(native::class(&LRU_WRAPPER)),
    ));
    attrs.push(("WRAPPER_ASSIGNMENTS", str_tuple(&WRAPPER_ASSIGNMENTS)));
    attrs.push(("WRAPPER_UPDATES", str_tuple(&WRAPPER_UPDATES)));
    Module::new("functools", attrs)
}
