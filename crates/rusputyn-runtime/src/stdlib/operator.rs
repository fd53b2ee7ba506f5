//! The `operator` module of Python 3.11 (Python docs, "operator — Standard operators as
//! functions"), as CPython's `_operator` C module implements it: every operator as a
//! function (`add`, `lt`, `getitem`, the in-place `iadd` & co, and their `__add__`-style
//! aliases), the sequence helpers `concat`, `countOf`, `indexOf`, `length_hint`, `call`,
//! and the callable classes `itemgetter`, `attrgetter` (dotted names) and `methodcaller`,
//! with `_operator`'s argument checks and messages (`add expected 2 arguments, got 1`,
//! `_operator.neg() takes exactly one argument (0 given)`).

use crate::err::{type_error, value_error};
use crate::ops::{self, BinOp, CmpOp};
use crate::types::function::{BuiltinFn, Kw, check_arity, check_unpack, no_kwargs};
use crate::types::module::Module;
use crate::types::native::{self, Member, NativeClass};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// Checks the arguments of a two-argument operator function (`add(a, b, /)`).
fn two<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    check_arity(name, args, 2, 2)?;
    Ok((&args[0], &args[1]))
}

/// Checks the argument of a one-argument operator function (`neg(a, /)`).
fn one<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<&'a Value> {
    let qualified = format!("_operator.{name}");
    no_kwargs(&qualified, kw)?;
    check_arity(&qualified, args, 1, 1)?;
    Ok(&args[0])
}

macro_rules! binary_ops {
    ($($name:literal => $f:ident = $body:expr),* $(,)?) => {
        $(
            fn $f(args: &[Value], kw: Kw) -> PyResult<Value> {
                let (a, b) = two($name, args, kw)?;
                let body: fn(&Value, &Value) -> PyResult<Value> = $body;
                body(a, b)
            }
        )*
    };
}

macro_rules! unary_ops {
    ($($name:literal => $f:ident = $body:expr),* $(,)?) => {
        $(
            fn $f(args: &[Value], kw: Kw) -> PyResult<Value> {
                let a = one($name, args, kw)?;
                let body: fn(&Value) -> PyResult<Value> = $body;
                body(a)
            }
        )*
    };
}

binary_ops! {
    "add" => add = |a, b| ops::binop(BinOp::Add, a, b),
    "sub" => sub = |a, b| ops::binop(BinOp::Sub, a, b),
    "mul" => mul = |a, b| ops::binop(BinOp::Mul, a, b),
    "matmul" => matmul = |a, b| ops::binop(BinOp::MatMul, a, b),
    "truediv" => truediv = |a, b| ops::binop(BinOp::TrueDiv, a, b),
    "floordiv" => floordiv = |a, b| ops::binop(BinOp::FloorDiv, a, b),
    "mod" => mod_ = |a, b| ops::binop(BinOp::Mod, a, b),
    "pow" => pow = |a, b| ops::binop(BinOp::Pow, a, b),
    "lshift" => lshift = |a, b| ops::binop(BinOp::LShift, a, b),
    "rshift" => rshift = |a, b| ops::binop(BinOp::RShift, a, b),
    "and_" => and_ = |a, b| ops::binop(BinOp::And, a, b),
    "or_" => or_ = |a, b| ops::binop(BinOp::Or, a, b),
    "xor" => xor = |a, b| ops::binop(BinOp::Xor, a, b),
    "iadd" => iadd = |a, b| ops::inplace(BinOp::Add, a, b),
    "isub" => isub = |a, b| ops::inplace(BinOp::Sub, a, b),
    "imul" => imul = |a, b| ops::inplace(BinOp::Mul, a, b),
    "imatmul" => imatmul = |a, b| ops::inplace(BinOp::MatMul, a, b),
    "itruediv" => itruediv = |a, b| ops::inplace(BinOp::TrueDiv, a, b),
    "ifloordiv" => ifloordiv = |a, b| ops::inplace(BinOp::FloorDiv, a, b),
    "imod" => imod = |a, b| ops::inplace(BinOp::Mod, a, b),
    "ipow" => ipow = |a, b| ops::inplace(BinOp::Pow, a, b),
    "ilshift" => ilshift = |a, b| ops::inplace(BinOp::LShift, a, b),
    "irshift" => irshift = |a, b| ops::inplace(BinOp::RShift, a, b),
    "iand" => iand = |a, b| ops::inplace(BinOp::And, a, b),
    "ior" => ior = |a, b| ops::inplace(BinOp::Or, a, b),
    "ixor" => ixor = |a, b| ops::inplace(BinOp::Xor, a, b),
    "lt" => lt = |a, b| ops::compare_value(a, b, CmpOp::Lt),
    "le" => le = |a, b| ops::compare_value(a, b, CmpOp::Le),
    "eq" => eq = |a, b| ops::compare_value(a, b, CmpOp::Eq),
    "ne" => ne = |a, b| ops::compare_value(a, b, CmpOp::Ne),
    "gt" => gt = |a, b| ops::compare_value(a, b, CmpOp::Gt),
    "ge" => ge = |a, b| ops::compare_value(a, b, CmpOp::Ge),
    "is_" => is_ = |a, b| Ok(Value::Bool(ops::is(a, b))),
    "is_not" => is_not = |a, b| Ok(Value::Bool(!ops::is(a, b))),
    "contains" => contains = |a, b| ops::contains(a, b).map(Value::Bool),
    "getitem" => getitem = ops::getitem,
    "delitem" => delitem = |a, b| ops::delitem(a, b).map(|_| Value::None),
    "concat" => concat = |a, b| sequence_concat(a, b, false),
    "iconcat" => iconcat = |a, b| sequence_concat(a, b, true),
    "countOf" => count_of = |a, b| search(a, b, true),
    "indexOf" => index_of = |a, b| search(a, b, false),
}

unary_ops! {
    "neg" => neg = ops::neg,
    "pos" => pos = ops::pos,
    "abs" => abs = ops::abs,
    "inv" => inv = ops::invert,
    "invert" => invert = ops::invert,
    "not_" => not_ = |a| Ok(Value::Bool(!ops::truthy(a)?)),
    "truth" => truth = |a| Ok(Value::Bool(ops::truthy(a)?)),
    "index" => index = ops::number_index,
}

fn setitem(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("_operator.setitem", kw)?;
    check_arity("setitem", args, 3, 3)?;
    ops::setitem(&args[0], &args[1], args[2].clone()).map(|_| Value::None)
}

/// True for what CPython's `PySequence_Check` accepts: the built-in sequences and instances
/// whose class defines `__getitem__` (dicts excepted).
pub(crate) fn is_sequence(v: &Value) -> bool {
    match v {
        Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Range(_) => true,
        Value::Instance(i) => {
            !i.class.derives_from(crate::types::class::BuiltinType::Dict)
                && i.class.lookup("__getitem__").is_some()
        }
        _ => false,
    }
}

/// `PySequence_Concat` / `PySequence_InPlaceConcat`: the built-in sequences concatenate
/// (lists extend in place for `iconcat`); other sequences fall back to `__add__` (after
/// `__iadd__` for `iconcat`); everything else "can't be concatenated".
fn sequence_concat(a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    match a {
        Value::List(_) | Value::ByteArray(_) if inplace => return ops::inplace(BinOp::Add, a, b),
        Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::List(_)
        | Value::Tuple(_) => {
            return ops::binop(BinOp::Add, a, b);
        }
        _ => {}
    }
    if is_sequence(a) && is_sequence(b) {
        if inplace
            && let Some(r) =
                crate::types::object::call_dunder_opt(a, "__iadd__", std::slice::from_ref(b))?
            && !matches!(r, Value::NotImplemented)
        {
            return Ok(r);
        }
        if let Some(r) = ops::binop_dispatch(BinOp::Add, a, b)? {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "'{}' object can't be concatenated",
        a.type_name()
    )))
}

/// `countOf` (`count`) and `indexOf`: CPython's `_PySequence_IterSearch`, comparing each
/// item with `item == b` after an identity check.
fn search(a: &Value, b: &Value, count: bool) -> PyResult<Value> {
    let it = crate::types::iter::iter(a).map_err(|e| {
        if e.is(crate::types::class::BuiltinType::TypeError) {
            type_error(format!(
                "argument of type '{}' is not iterable",
                a.type_name()
            ))
        } else {
            e
        }
    })?;
    let mut n: i64 = 0;
    while let Some(item) = crate::types::iter::next(&it)? {
        if ops::is(&item, b) || ops::eq(&item, b)? {
            if !count {
                return Ok(Value::Int(n));
            }
            n += 1;
        } else if !count {
            n += 1;
        }
    }
    if count {
        Ok(Value::Int(n))
    } else {
        Err(value_error("sequence.index(x): x not in sequence"))
    }
}

/// `length_hint(obj, default=0, /)`: `len(obj)`, else `obj.__length_hint__()`, else
/// `default` (CPython's `PyObject_LengthHint`).
fn length_hint(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("length_hint", kw)?;
    check_arity("length_hint", args, 1, 2)?;
    let default = match args.get(1) {
        Some(d) => ops::index_of(d)?,
        None => 0,
    };
    let obj = &args[0];
    let has_len = match obj {
        Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Range(_)
        | Value::DictView(_) => true,
        Value::Instance(i) => i.class.lookup("__len__").is_some(),
        _ => false,
    };
    if has_len {
        match ops::len(obj) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if !e.is(crate::types::class::BuiltinType::TypeError) => return Err(e),
            Err(_) => {}
        }
    }
    if let Value::Iter(it) = obj {
        return Ok(Value::Int(
            it.length_hint().map(|n| n as i64).unwrap_or(default),
        ));
    }
    let hint = match crate::types::object::call_dunder_opt(obj, "__length_hint__", &[]) {
        Ok(Some(h)) => h,
        Ok(None) => return Ok(Value::Int(default)),
        Err(e) if e.is(crate::types::class::BuiltinType::TypeError) => {
            return Ok(Value::Int(default));
        }
        Err(e) => return Err(e),
    };
    match hint {
        Value::NotImplemented => Ok(Value::Int(default)),
        Value::Int(n) if n < 0 => Err(value_error("__length_hint__() should return >= 0")),
        Value::Int(_) | Value::BigInt(_) => Ok(hint),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        other => Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            other.type_name()
        ))),
    }
}

/// `call(obj, /, *args, **kwargs)` (new in 3.11): `obj(*args, **kwargs)`.
fn call(args: &[Value], kw: Kw) -> PyResult<Value> {
    check_unpack("call", args, 1, usize::MAX)?;
    crate::call::call_kw(&args[0], &args[1..], kw)
}

/// `itemgetter(*items)`: the items to fetch; one item returns a value, several a tuple.
struct ItemGetter {
    items: Vec<Value>,
}

static ITEMGETTER: NativeClass = NativeClass {
    module: "operator",
    name: "itemgetter",
    new: Some(&ITEMGETTER_NEW),
    members: &[
        Member::Method("__call__", itemgetter_call),
        Member::Method("__repr__", itemgetter_repr),
        Member::Method("__reduce__", itemgetter_reduce),
    ],
    has_dict: false,
    c_type: true,
};
static ITEMGETTER_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: itemgetter_new,
};

fn itemgetter_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("itemgetter", kw)?;
    // One argument or none is checked by `PyArg_UnpackTuple(args, "itemgetter", 1, 1)`.
    check_unpack("itemgetter", args, 1, args.len().max(1))?;
    Ok(native::new_object(
        cls,
        ItemGetter {
            items: args.to_vec(),
        },
    ))
}

fn itemgetter_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ig = native::expect::<ItemGetter>(recv, &ITEMGETTER, "__call__")?;
    no_kwargs("itemgetter", kw)?;
    check_unpack("itemgetter", args, 1, 1)?;
    if let [item] = ig.items.as_slice() {
        return ops::getitem(&args[0], item);
    }
    let out = ig
        .items
        .iter()
        .map(|i| ops::getitem(&args[0], i))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::tuple(out))
}

fn itemgetter_repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ig = native::expect::<ItemGetter>(recv, &ITEMGETTER, "__repr__")?;
    let name = recv.type_name();
    ops::repr_guarded(ops::id_of(recv) as usize, &format!("{name}(...)"), || {
        Ok(match ig.items.as_slice() {
            [item] => format!("{name}({})", ops::repr_of(item)?),
            items => format!("{name}{}", ops::repr_of(&Value::tuple(items.to_vec()))?),
        })
    })
    .map(Value::string)
}

fn itemgetter_reduce(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ig = native::expect::<ItemGetter>(recv, &ITEMGETTER, "__reduce__")?;
    Ok(Value::tuple(vec![
        Value::Class(crate::types::class::type_of(recv)),
        Value::tuple(ig.items.clone()),
    ]))
}

/// `attrgetter(*attrs)`: each attribute as its dotted parts.
struct AttrGetter {
    attrs: Vec<Vec<Rc<str>>>,
    /// `hash_str` of each name of `attrs`, computed once.
    hashes: Vec<Vec<i64>>,
}

static ATTRGETTER: NativeClass = NativeClass {
    module: "operator",
    name: "attrgetter",
    new: Some(&ATTRGETTER_NEW),
    members: &[
        Member::Method("__call__", attrgetter_call),
        Member::Method("__repr__", attrgetter_repr),
        Member::Method("__reduce__", attrgetter_reduce),
    ],
    has_dict: false,
    c_type: true,
};
static ATTRGETTER_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: attrgetter_new,
};

fn attrgetter_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("attrgetter", kw)?;
    check_unpack("attrgetter", args, 1, args.len().max(1))?;
    let mut attrs = Vec::with_capacity(args.len());
    for a in args {
        let Value::Str(s) = a else {
            return Err(type_error("attribute name must be a string"));
        };
        attrs.push(
            s.as_str()
                .split('.')
                .map(Rc::from)
                .collect::<Vec<Rc<str>>>(),
        );
    }
    let hashes = attrs
        .iter()
        .map(|parts| parts.iter().map(|p| crate::hash::hash_str(p)).collect())
        .collect();
    Ok(native::new_object(cls, AttrGetter { attrs, hashes }))
}

fn dotted_get(obj: &Value, parts: &[Rc<str>], hashes: &[i64]) -> PyResult<Value> {
    let mut v = obj.clone();
    for (p, h) in parts.iter().zip(hashes) {
        v = crate::types::object::get_attr_h(&v, p, *h)?;
    }
    Ok(v)
}

fn attrgetter_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ag = native::expect::<AttrGetter>(recv, &ATTRGETTER, "__call__")?;
    no_kwargs("attrgetter", kw)?;
    check_unpack("attrgetter", args, 1, 1)?;
    if let ([parts], [hashes]) = (ag.attrs.as_slice(), ag.hashes.as_slice()) {
        return dotted_get(&args[0], parts, hashes);
    }
    let out = ag
        .attrs
        .iter()
        .zip(&ag.hashes)
        .map(|(p, h)| dotted_get(&args[0], p, h))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::tuple(out))
}

fn attr_names(ag: &AttrGetter) -> Vec<Value> {
    ag.attrs
        .iter()
        .map(|parts| Value::string(parts.iter().map(|p| &**p).collect::<Vec<_>>().join(".")))
        .collect()
}

fn attrgetter_repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ag = native::expect::<AttrGetter>(recv, &ATTRGETTER, "__repr__")?;
    let name = recv.type_name();
    let names = attr_names(ag);
    Ok(Value::string(match names.as_slice() {
        [one] => format!("{name}({})", ops::repr_of(one)?),
        _ => format!("{name}{}", ops::repr_of(&Value::tuple(names))?),
    }))
}

fn attrgetter_reduce(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let ag = native::expect::<AttrGetter>(recv, &ATTRGETTER, "__reduce__")?;
    Ok(Value::tuple(vec![
        Value::Class(crate::types::class::type_of(recv)),
        Value::tuple(attr_names(ag)),
    ]))
}

/// `methodcaller(name, /, *args, **kwargs)`.
struct MethodCaller {
    name: Rc<str>,
    args: Vec<Value>,
    kwargs: Vec<(String, Value)>,
}

static METHODCALLER: NativeClass = NativeClass {
    module: "operator",
    name: "methodcaller",
    new: Some(&METHODCALLER_NEW),
    members: &[
        Member::Method("__call__", methodcaller_call),
        Member::Method("__repr__", methodcaller_repr),
    ],
    has_dict: false,
    c_type: true,
};
static METHODCALLER_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: methodcaller_new,
};

fn methodcaller_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let Some((name, rest)) = args.split_first() else {
        return Err(type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    let Value::Str(name) = name else {
        return Err(type_error("method name must be a string"));
    };
    let kwargs = kw.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    Ok(native::new_object(
        cls,
        MethodCaller {
            name: name.as_str().into(),
            args: rest.to_vec(),
            kwargs,
        },
    ))
}

fn methodcaller_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mc = native::expect::<MethodCaller>(recv, &METHODCALLER, "__call__")?;
    no_kwargs("methodcaller", kw)?;
    check_unpack("methodcaller", args, 1, 1)?;
    let kwargs: Vec<(&str, Value)> = mc
        .kwargs
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    crate::types::object::call_method(&args[0], &mc.name, &mc.args, &kwargs)
}

fn methodcaller_repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mc = native::expect::<MethodCaller>(recv, &METHODCALLER, "__repr__")?;
    let name = recv.type_name();
    ops::repr_guarded(ops::id_of(recv) as usize, &format!("{name}(...)"), || {
        let mut parts = vec![ops::repr_str(&mc.name)];
        for a in &mc.args {
            parts.push(ops::repr_of(a)?);
        }
        for (k, v) in &mc.kwargs {
            parts.push(format!("{k}={}", ops::repr_of(v)?));
        }
        Ok(format!("{name}({})", parts.join(", ")))
    })
    .map(Value::string)
}

macro_rules! functions {
    ($($stat:ident = $name:literal => $f:ident $(| $($alias:literal),*)?);* $(;)?) => {
        $(static $stat: BuiltinFn = BuiltinFn { name: $name, f: $f };)*

        /// Every function of the module with its `__name__`, and the dunder aliases
        /// (`__add__ = add`) bound to the same object.
        fn functions() -> Vec<(&'static str, Value)> {
            let mut out = Vec::new();
            $(
                out.push(($name, Value::Builtin(&$stat)));
                $($(out.push(($alias, Value::Builtin(&$stat)));)*)?
            )*
            out
        }
    };
}

functions! {
    ABS = "abs" => abs | "__abs__";
    ADD = "add" => add | "__add__";
    AND = "and_" => and_ | "__and__";
    CALL = "call" => call | "__call__";
    CONCAT = "concat" => concat | "__concat__";
    CONTAINS = "contains" => contains | "__contains__";
    COUNTOF = "countOf" => count_of;
    DELITEM = "delitem" => delitem | "__delitem__";
    EQ = "eq" => eq | "__eq__";
    FLOORDIV = "floordiv" => floordiv | "__floordiv__";
    GE = "ge" => ge | "__ge__";
    GETITEM = "getitem" => getitem | "__getitem__";
    GT = "gt" => gt | "__gt__";
    IADD = "iadd" => iadd | "__iadd__";
    IAND = "iand" => iand | "__iand__";
    ICONCAT = "iconcat" => iconcat | "__iconcat__";
    IFLOORDIV = "ifloordiv" => ifloordiv | "__ifloordiv__";
    ILSHIFT = "ilshift" => ilshift | "__ilshift__";
    IMATMUL = "imatmul" => imatmul | "__imatmul__";
    IMOD = "imod" => imod | "__imod__";
    IMUL = "imul" => imul | "__imul__";
    INDEX = "index" => index | "__index__";
    INDEXOF = "indexOf" => index_of;
    INV = "inv" => inv | "__inv__";
    INVERT = "invert" => invert | "__invert__";
    IOR = "ior" => ior | "__ior__";
    IPOW = "ipow" => ipow | "__ipow__";
    IRSHIFT = "irshift" => irshift | "__irshift__";
    IS = "is_" => is_;
    IS_NOT = "is_not" => is_not;
    ISUB = "isub" => isub | "__isub__";
    ITRUEDIV = "itruediv" => itruediv | "__itruediv__";
    IXOR = "ixor" => ixor | "__ixor__";
    LE = "le" => le | "__le__";
    LENGTH_HINT = "length_hint" => length_hint;
    LSHIFT = "lshift" => lshift | "__lshift__";
    LT = "lt" => lt | "__lt__";
    MATMUL = "matmul" => matmul | "__matmul__";
    MOD = "mod" => mod_ | "__mod__";
    MUL = "mul" => mul | "__mul__";
    NE = "ne" => ne | "__ne__";
    NEG = "neg" => neg | "__neg__";
    NOT = "not_" => not_ | "__not__";
    OR = "or_" => or_ | "__or__";
    POS = "pos" => pos | "__pos__";
    POW = "pow" => pow | "__pow__";
    RSHIFT = "rshift" => rshift | "__rshift__";
    SETITEM = "setitem" => setitem | "__setitem__";
    SUB = "sub" => sub | "__sub__";
    TRUEDIV = "truediv" => truediv | "__truediv__";
    TRUTH = "truth" => truth;
    XOR = "xor" => xor | "__xor__";
}

/// The `operator` module object.
pub fn module() -> Rc<Module> {
    let mut attrs = functions();
    attrs.push(("itemgetter", Value::Class(native::class(&ITEMGETTER))));
    attrs.push(("attrgetter", Value::Class(native::class(&ATTRGETTER))));
    attrs.push(("methodcaller", Value::Class(native::class(&METHODCALLER))));
    Module::new("operator", attrs)
}
