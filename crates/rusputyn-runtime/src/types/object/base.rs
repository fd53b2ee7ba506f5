//! Instances of user subclasses of the built-in data types (`class Stack(list)`,
//! `class Tag(str)`, `class Cents(int)`, ...).
//!
//! Such an instance is an ordinary [`Instance`] (its own `__dict__`, its class's methods first)
//! whose `base` slot holds a plain built-in value: the storage the built-in type's methods work
//! on. Mutable bases (`list`, `dict`, `set`) are created empty by `__new__` and filled by the
//! built-in `__init__`; immutable ones (`int`, `float`, `str`, `bytes`, `tuple`, `frozenset`)
//! are computed by `__new__` from the constructor arguments. Every special method the class does
//! not override falls back to [`dunder`], the built-in type's implementation applied to the base
//! (with CPython's few self-aware exceptions: `str()`/`format()` through the instance's own
//! `__repr__`/`__str__`, a dict's `__missing__`, in-place operators returning the instance).
//! Plain built-in values and plain instances never reach this module, so the common path
//! pays nothing.

use crate::err::{attribute_error, type_error};
use crate::ops::{self, BinOp, CmpOp};
use crate::types::class::{BuiltinType, Class, Instance, builtin_class};
use crate::types::function::{Kw, MethodFn};
use crate::types::methods::{self, MethodEntry};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The built-in data type whose storage instances of `cls` carry, if any.
pub fn storage_type(cls: &Rc<Class>) -> Option<BuiltinType> {
    use BuiltinType::*;
    match cls.builtin_base() {
        t @ (Int | Float | Str | Bytes | ByteArray | List | Tuple | Dict | Set | FrozenSet) => {
            Some(t)
        }
        _ => None,
    }
}

/// Rejects the bases CPython refuses for a new class: built-in types that cannot be
/// subclassed (`bool`, `NoneType`, `range`, ...), and two different built-in storages.
pub fn check_bases(bases: &[Rc<Class>]) -> PyResult<()> {
    use BuiltinType::*;
    let mut storage = None;
    for b in bases {
        if let Some(t) = b.builtin
            && matches!(
                t,
                NoneType
                    | Bool
                    | Range
                    | Slice
                    | Function
                    | BuiltinFunction
                    | Method
                    | Generator
                    | Ellipsis
                    | NotImplementedType
                    | ListIterator
                    | ListReverseIterator
                    | TupleIterator
                    | StrIterator
                    | RangeIterator
                    | SetIterator
                    | BytesIterator
                    | ByteArrayIterator
                    | DictKeyIterator
                    | DictValueIterator
                    | DictItemIterator
                    | CallableIterator
                    | SeqIterator
                    | DictKeys
                    | DictValues
                    | DictItems
                    | MethodDescriptor
                    | GetSetDescriptor
                    | WrapperDescriptor
            )
        {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                t.name()
            )));
        }
        if let Some(t) = storage_type(b) {
            if storage.is_some_and(|s| s != t) {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            storage = Some(t);
        }
    }
    Ok(())
}

/// The base value of `v` when it is an instance of a subclass of a built-in data type.
#[inline]
pub fn base_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base.as_ref(),
        _ => None,
    }
}

/// How built-in code sees `v`: the base value of a built-in subclass instance, `v` itself
/// for a built-in value, `None` for other instances (which only their own methods handle).
#[inline]
pub fn view(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base.as_ref(),
        other => Some(other),
    }
}

/// `cls.__new__(cls, *args, **kw)` for a subclass `cls` of the built-in data type `t`: an
/// immutable base is built from the arguments (`int(*args)`, `str(*args)`, ...), a mutable one
/// starts empty for `__init__` to fill.
pub fn new_instance(cls: &Rc<Class>, t: BuiltinType, args: &[Value], kw: Kw) -> PyResult<Value> {
    let base = match t {
        BuiltinType::List => Value::list(Vec::new()),
        BuiltinType::Dict => Value::Dict(Rc::new(crate::types::dict::PyDict::new())),
        BuiltinType::Set => Value::Set(Rc::new(crate::types::set::PySet::new())),
        BuiltinType::ByteArray => Value::bytearray(Vec::new()),
        _ => crate::builtins::construct_builtin(&builtin_class(t), args, kw)?,
    };
    Ok(Value::Instance(Instance::with_base(cls.clone(), base)))
}

/// The built-in `__init__` of `v`'s base type: a `list` or `set` is refilled from the
/// arguments, a `dict` updated with them; immutable bases were fully built by `__new__`.
pub fn init(v: &Value, args: &[Value], kw: Kw) -> PyResult<()> {
    match base_of(v) {
        Some(base) => init_storage(base, args, kw),
        None => Ok(()),
    }
}

/// `list.__init__(l, ...)`, `dict.__init__(d, ...)`, `set.__init__(s, ...)` called on the
/// class: refills a built-in container, or the base of a subclass instance.
pub fn init_method(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    init_storage(base_of(v).unwrap_or(v), args, kw)?;
    Ok(Value::None)
}

fn init_storage(base: &Value, args: &[Value], kw: Kw) -> PyResult<()> {
    let fresh = match base {
        Value::List(_) => builtin_class(BuiltinType::List),
        Value::Dict(_) => builtin_class(BuiltinType::Dict),
        Value::Set(_) => builtin_class(BuiltinType::Set),
        Value::ByteArray(_) => builtin_class(BuiltinType::ByteArray),
        _ => return Ok(()),
    };
    let fresh = crate::builtins::construct_builtin(&fresh, args, kw)?;
    match (base, fresh) {
        (Value::List(l), Value::List(n)) => *l.borrow_mut() = n.snapshot(),
        (Value::ByteArray(b), Value::ByteArray(n)) => *b.borrow_mut() = n.snapshot(),
        // `dict.__init__` updates (it does not clear, unlike `list` and `set`).
        (Value::Dict(d), Value::Dict(n)) => {
            for (k, x) in n.items() {
                d.set(k, x)?;
            }
        }
        (Value::Set(s), Value::Set(n)) => {
            s.clear();
            s.merge(&n);
        }
        _ => {}
    }
    Ok(())
}

/// The dict storage `PyDict_Merge` copies directly: a `dict`, or a dict subclass instance
/// whose class keeps the built-in iteration (CPython's `tp_iter == dict_iter` test; other
/// mappings go through `keys()`).
pub fn merge_source(v: &Value) -> Option<Rc<crate::types::dict::PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.base {
            Some(Value::Dict(d)) if i.class.lookup("__iter__").is_none() => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn is_container(base: &Value) -> bool {
    matches!(
        base,
        Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
    )
}

fn is_number(base: &Value) -> bool {
    matches!(base, Value::Int(_) | Value::BigInt(_) | Value::Float(_))
}

/// Which way a binary special method applies its operator.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Normal,
    Reflected,
    InPlace,
}

fn binop_of(name: &str) -> Option<(BinOp, Side)> {
    BinOp::ALL.iter().find_map(|&op| {
        let (f, r, i) = op.dunders();
        if name == f {
            Some((op, Side::Normal))
        } else if name == r {
            Some((op, Side::Reflected))
        } else if name == i {
            Some((op, Side::InPlace))
        } else {
            None
        }
    })
}

fn cmpop_of(name: &str) -> Option<CmpOp> {
    CmpOp::ALL.iter().copied().find(|op| op.dunder() == name)
}

/// True when the built-in type of `base` has the special method `name` (as seen through an
/// instance of a subclass: `super().__len__` of a list subclass, `c.__add__` of an int one).
pub fn supports(base: &Value, name: &str) -> bool {
    match name {
        "__repr__" | "__str__" | "__format__" | "__hash__" | "__init__" => true,
        "__len__" | "__iter__" | "__contains__" => is_container(base),
        "__getitem__" => is_container(base) && !matches!(base, Value::Set(_) | Value::FrozenSet(_)),
        "__setitem__" | "__delitem__" => {
            matches!(base, Value::List(_) | Value::Dict(_) | Value::ByteArray(_))
        }
        "__reversed__" => matches!(base, Value::List(_) | Value::Dict(_)),
        "__neg__" | "__pos__" | "__abs__" | "__bool__" | "__round__" => is_number(base),
        "__invert__" => matches!(base, Value::Int(_) | Value::BigInt(_)),
        _ if cmpop_of(name).is_some() => true,
        _ => match binop_of(name) {
            Some((_, Side::InPlace)) => {
                matches!(
                    base,
                    Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)
                )
            }
            Some(_) => true,
            None => methods::lookup(base, name).is_some(),
        },
    }
}

/// The built-in special method `name` of `v`'s base type called on `v` (whose base is `base`)
/// with `args`; `Ok(None)` when that type has no such method.
pub fn dunder(v: &Value, base: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    if !supports(base, name) {
        return Ok(None);
    }
    apply_dunder(v, base, name, args)
}

/// [`dunder`] without the check that `base`'s type has the method (the caller made it).
fn apply_dunder(v: &Value, base: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let arity = match name {
        "__repr__" | "__str__" | "__hash__" | "__len__" | "__iter__" | "__reversed__"
        | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__bool__" => Some(0),
        "__setitem__" => Some(2),
        "__format__" | "__contains__" | "__getitem__" | "__delitem__" => Some(1),
        _ if cmpop_of(name).is_some() || binop_of(name).is_some() => Some(1),
        _ => None,
    };
    if let Some(n) = arity
        && args.len() != n
    {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let arg = |i: usize| -> PyResult<&Value> {
        args.get(i).ok_or_else(|| {
            type_error(format!(
                "expected {} argument{}, got {}",
                i + 1,
                if i == 0 { "" } else { "s" },
                args.len()
            ))
        })
    };
    Ok(Some(match name {
        // `str` and `bytes` have a `__str__` of their own; for the others it is
        // `object.__str__`, i.e. `repr()` of the instance (its `__repr__` if overridden).
        "__str__" => Value::string(match base {
            Value::Str(_) | Value::Bytes(_) => ops::str_of(base)?,
            Value::ByteArray(b) => bytearray_repr(v, b),
            _ => super::instance_repr(v)?,
        }),
        // A bytearray subclass's repr names the subclass (`B(b'x')`).
        "__repr__" => Value::string(match base {
            Value::ByteArray(b) => bytearray_repr(v, b),
            _ => ops::repr_of(base)?,
        }),
        // An empty format spec means `str(self)`, overridden `__str__` included.
        "__format__" => match arg(0)? {
            Value::Str(s) if s.as_str().is_empty() => Value::string(super::instance_str(v)?),
            Value::Str(s) => Value::string(crate::format::format_value(base, s.as_str())?),
            other => {
                return Err(type_error(format!(
                    "__format__() argument must be str, not {}",
                    other.type_name()
                )));
            }
        },
        "__hash__" => match base {
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                return Err(type_error(format!("unhashable type: '{}'", v.type_name())));
            }
            _ => Value::Int(crate::hash::hash_value(base)?),
        },
        "__init__" => {
            init(v, args, &[])?;
            Value::None
        }
        "__len__" => Value::Int(ops::len(base)? as i64),
        "__iter__" => crate::types::iter::iter(base)?,
        "__contains__" => Value::Bool(ops::contains(base, arg(0)?)?),
        "__getitem__" => match base {
            Value::Dict(d) => dict_getitem(v, d, arg(0)?)?,
            _ => ops::getitem(base, arg(0)?)?,
        },
        "__setitem__" => {
            ops::setitem(base, arg(0)?, arg(1)?.clone())?;
            Value::None
        }
        "__delitem__" => {
            ops::delitem(base, arg(0)?)?;
            Value::None
        }
        "__reversed__" => crate::builtins::reversed(base)?,
        "__neg__" => ops::neg(base)?,
        "__pos__" => ops::pos(base)?,
        "__abs__" => ops::abs(base)?,
        "__invert__" => ops::invert(base)?,
        "__bool__" => Value::Bool(ops::truthy(base)?),
        "__round__" => {
            let mut full = vec![base.clone()];
            full.extend_from_slice(args);
            crate::builtins::round(&full)?
        }
        _ => {
            if let Some(op) = cmpop_of(name) {
                return compare(base, arg(0)?, op).map(Some);
            }
            if let Some((op, side)) = binop_of(name) {
                return binary(v, base, arg(0)?, op, side).map(Some);
            }
            match methods::lookup(base, name) {
                Some((_, f)) => f(base, args, &[])?,
                None => return Ok(None),
            }
        }
    }))
}

/// `bytearray.__repr__` (also its `__str__`) of a subclass instance: the subclass's name
/// (`B(b'x')`).
fn bytearray_repr(v: &Value, b: &crate::types::bytearray::PyByteArray) -> String {
    let r = ops::repr_bytearray(&b.borrow());
    format!("{}{}", v.type_name(), &r["bytearray".len()..])
}

/// `dict.__getitem__` on a dict subclass instance: a missing key goes to the class's
/// `__missing__` when it defines one.
fn dict_getitem(v: &Value, d: &crate::types::dict::PyDict, key: &Value) -> PyResult<Value> {
    if let Some(x) = d.get(key)? {
        return Ok(x);
    }
    if let Value::Instance(i) = v
        && let Some(missing) = i.class.lookup("__missing__")
    {
        return super::call_unbound(&missing, v, std::slice::from_ref(key));
    }
    Err(crate::err::key_error(key.clone()))
}

/// A built-in comparison of `base` with `other` (seen through its own base);
/// `NotImplemented` when the built-in type cannot compare them.
fn compare(base: &Value, other: &Value, op: CmpOp) -> PyResult<Value> {
    let Some(other) = view(other) else {
        return Ok(Value::NotImplemented);
    };
    Ok(match ops::builtin_compare(base, other, op)? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

/// A built-in binary operator between `base` and `other` (seen through its own base, except
/// as the arguments of `%` formatting); in-place operators on a mutable base return `v`.
fn binary(v: &Value, base: &Value, other: &Value, op: BinOp, side: Side) -> PyResult<Value> {
    // `fmt % args` hands `args` to the formatter as they are (`%s` calls their `__str__`).
    let formats = side == Side::Normal
        && op == BinOp::Mod
        && matches!(base, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_));
    let other = match view(other) {
        _ if formats => other,
        Some(o) => o,
        None => return Ok(Value::NotImplemented),
    };
    let r = match side {
        Side::Normal => ops::binop(op, base, other),
        Side::Reflected => ops::binop(op, other, base),
        Side::InPlace => ops::inplace(op, base, other),
    };
    match r {
        Ok(r) if side == Side::InPlace && ops::is(&r, base) => Ok(v.clone()),
        Ok(r) => Ok(r),
        Err(e) if e.is(BuiltinType::TypeError) && side != Side::InPlace => {
            Ok(Value::NotImplemented)
        }
        Err(e) => Err(e),
    }
}

/// Calls the built-in special method `name` with receiver `recv` (for the method objects
/// [`slot_method`] hands out).
fn slot_call(recv: &Value, name: &'static str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(base) = base_of(recv) else {
        return Err(type_error(format!(
            "descriptor '{name}' requires a built-in subclass instance, not '{}'",
            recv.type_name()
        )));
    };
    if name == "__init__" {
        init(recv, args, kw)?;
        return Ok(Value::None);
    }
    crate::types::function::no_kwargs(name, kw)?;
    dunder(recv, base, name, args)?.ok_or_else(|| {
        attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            recv.type_name()
        ))
    })
}

/// Calls the built-in special method `name` on a plain built-in value `recv` (for the
/// unbound methods [`type_slot`] hands out: `dict.__setitem__(d, k, v)`; a subclass instance
/// reaches them through its base, see `call.rs`).
fn plain_slot_call(recv: &Value, name: &'static str, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::types::function::no_kwargs(name, kw)?;
    // A number's operator only accepts operands of its own tower level or below:
    // `int.__add__(1, 2.5)` is `NotImplemented` (float's reflected method does the work).
    if let Some(other) = args.first().and_then(view)
        && binop_of(name).is_some()
    {
        let wider = match recv {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                matches!(other, Value::Float(_) | Value::Complex(_))
            }
            Value::Float(_) => matches!(other, Value::Complex(_)),
            _ => false,
        };
        if wider {
            return Ok(Value::NotImplemented);
        }
    }
    apply_dunder(recv, recv, name, args)?.ok_or_else(|| {
        attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            recv.type_name()
        ))
    })
}

macro_rules! slot_methods {
    ($($name:literal),* $(,)?) => {
        /// The built-in special methods reachable on a subclass instance, each bound to the
        /// instance itself (not its base), so overrides like `__missing__` and the
        /// instance-returning in-place operators keep working through `super()`.
        static SLOTS: &[MethodEntry] = &[
            $(($name, |v: &Value, a: &[Value], k: Kw| slot_call(v, $name, a, k))),*
        ];

        /// The same special methods applied to a plain built-in value: the class attributes
        /// `dict.__setitem__`, `int.__add__`, `list.__len__`, ...
        static PLAIN_SLOTS: &[MethodEntry] = &[
            $(($name, |v: &Value, a: &[Value], k: Kw| plain_slot_call(v, $name, a, k))),*
        ];
    };
}

slot_methods! {
    "__repr__", "__str__", "__format__", "__hash__", "__init__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__len__", "__iter__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
    "__reversed__", "__neg__", "__pos__", "__abs__", "__invert__", "__bool__", "__round__",
    "__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__",
    "__mul__", "__rmul__", "__imul__", "__truediv__", "__rtruediv__",
    "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__",
    "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
    "__and__", "__rand__", "__iand__", "__or__", "__ror__", "__ior__",
    "__xor__", "__rxor__", "__ixor__",
}

/// The method `name` of the built-in base type as an attribute of the subclass instance `v`
/// (`s.append`, `super().__setitem__`): special methods bound to the instance, the others to
/// the base value they operate on. `None` when the base type has no such method.
pub fn method(v: &Value, base: &Value, name: &str) -> Option<(Value, &'static str, MethodFn)> {
    if let Some(&(n, f)) = SLOTS.iter().find(|(n, _)| *n == name) {
        return supports(base, name).then(|| (v.clone(), n, f));
    }
    methods::lookup(base, name).map(|(n, f)| (base.clone(), n, f))
}

/// The special method `name` of built-in type `t` as a class attribute (`dict.__setitem__`,
/// `int.__add__`, `str.__len__`), when `t` defines it; the caller passes the receiver
/// (a plain value, or the base of a subclass instance).
pub fn type_slot(t: BuiltinType, name: &str) -> Option<MethodEntry> {
    if !type_supports(t, name) {
        return None;
    }
    PLAIN_SLOTS.iter().find(|(n, _)| *n == name).copied()
}

/// True when built-in type `t` itself defines the special method `name` (CPython's type
/// dicts, slot wrappers and methods alike; what `object` provides is left to `object`).
fn type_supports(t: BuiltinType, name: &str) -> bool {
    use BuiltinType::*;
    let int = matches!(t, Int | Bool);
    let number = int || matches!(t, Float | Complex);
    let sequence = matches!(t, Str | Bytes | ByteArray | List | Tuple);
    let sets = matches!(t, Set | FrozenSet | DictKeys | DictItems);
    let container = sequence || sets || matches!(t, Dict | Range | DictValues);
    match name {
        "__repr__" => number || container,
        "__hash__" => number || (container && !matches!(t, ByteArray | DictKeys | DictItems)),
        "__str__" => matches!(t, Str | Bytes | ByteArray),
        "__format__" => number || t == Str,
        "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => {
            number || (container && t != DictValues)
        }
        "__len__" | "__iter__" => container,
        "__contains__" => container && t != DictValues,
        "__getitem__" => sequence || matches!(t, Dict | Range),
        "__setitem__" | "__delitem__" => matches!(t, List | Dict | ByteArray),
        "__reversed__" => matches!(t, List | Dict | Range),
        "__neg__" | "__pos__" | "__abs__" | "__bool__" => number,
        "__round__" => matches!(t, Int | Bool | Float),
        "__invert__" | "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" => int,
        "__add__" | "__mul__" => number || sequence,
        "__rmul__" => number || sequence,
        "__mod__" => number || matches!(t, Str | Bytes | ByteArray),
        "__rmod__" => number || matches!(t, Str | Bytes | ByteArray),
        "__iadd__" | "__imul__" => matches!(t, List | ByteArray),
        "__radd__" | "__sub__" | "__rsub__" | "__truediv__" | "__rtruediv__" | "__floordiv__"
        | "__rfloordiv__" | "__pow__" | "__rpow__" => number || (sets && name.ends_with("sub__")),
        "__and__" | "__rand__" | "__xor__" | "__rxor__" => int || sets,
        "__or__" | "__ror__" => int || sets || t == Dict,
        "__isub__" | "__iand__" | "__ixor__" => t == Set,
        "__ior__" => matches!(t, Set | Dict),
        _ => false,
    }
}

/// True when `t.name` is a slot wrapper (`<slot wrapper '__add__' of 'int' objects>`) rather
/// than a method descriptor (`<method 'append' of 'list' objects>`): the special methods,
/// except the few CPython defines as ordinary methods.
pub fn is_slot_wrapper(t: BuiltinType, name: &str) -> bool {
    use BuiltinType::*;
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    match name {
        "__format__" | "__round__" | "__reversed__" | "__sizeof__" | "__getnewargs__"
        | "__trunc__" | "__floor__" | "__ceil__" | "__dir__" | "__reduce__" | "__reduce_ex__"
        | "__class_getitem__" | "__getstate__" | "__complex__" => false,
        "__getitem__" => !matches!(t, List | Dict),
        "__contains__" => !matches!(t, Dict | Set | FrozenSet),
        _ => true,
    }
}
