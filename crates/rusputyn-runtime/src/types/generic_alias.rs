//! `types.GenericAlias` (what `list[int]` evaluates to) and `types.UnionType` (what
//! `int | None` evaluates to), as CPython 3.11 has them at run time: reprs like
//! `dict[str, list[int]]` and `int | None`, equality and hashing by origin and arguments,
//! calls going to the origin, `__mro_entries__`, type-variable substitution
//! (`dict[str, T][int]`), and `isinstance` against a union checking each member.

use crate::err::type_error;
use crate::types::class::{BuiltinType, Class, builtin_class, type_of};
use crate::types::function::{Kw, check_arity};
use crate::types::native::{Member, NativeClass, expect, new_args, new_object, state};
use crate::value::{PyResult, Value};
use std::rc::Rc;

static GENERIC_ALIAS_CLASS: NativeClass = NativeClass {
    module: "types",
    name: "GenericAlias",
    new: Some(&crate::types::function::BuiltinFn {
        name: "__new__",
        f: ga_new,
    }),
    members: &[
        Member::Getter("__origin__", ga_origin),
        Member::Getter("__args__", ga_args),
        Member::Getter("__parameters__", ga_parameters),
        Member::Method("__repr__", ga_repr),
        Member::Method("__eq__", ga_eq),
        Member::Method("__ne__", ga_ne),
        Member::Method("__hash__", ga_hash),
        Member::Method("__call__", ga_call),
        Member::Method("__getitem__", ga_getitem),
        Member::Method("__getattr__", ga_getattr),
        Member::Method("__mro_entries__", ga_mro_entries),
        Member::Method("__instancecheck__", ga_instancecheck),
        Member::Method("__subclasscheck__", ga_subclasscheck),
        Member::Method("__or__", union_or_method),
        Member::Method("__ror__", union_ror_method),
    ],
    has_dict: false,
    c_type: true,
};

static UNION_CLASS: NativeClass = NativeClass {
    module: "types",
    name: "UnionType",
    new: None,
    members: &[
        Member::Getter("__args__", un_args),
        Member::Getter("__parameters__", un_parameters),
        Member::Method("__repr__", un_repr),
        Member::Method("__eq__", un_eq),
        Member::Method("__ne__", un_ne),
        Member::Method("__hash__", un_hash),
        Member::Method("__instancecheck__", un_instancecheck),
        Member::Method("__subclasscheck__", un_subclasscheck),
        Member::Method("__or__", union_or_method),
        Member::Method("__ror__", union_ror_method),
    ],
    has_dict: false,
    c_type: true,
};

/// The state of a `types.GenericAlias`.
struct Alias {
    origin: Value,
    args: Vec<Value>,
}

/// The state of a `types.UnionType`: its members, flattened and without duplicates.
struct Union {
    args: Vec<Value>,
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.items().to_vec(),
        other => vec![other.clone()],
    }
}

/// `origin[args]` as a `types.GenericAlias` (`args` a tuple is several arguments).
pub fn generic_alias(origin: Value, args: &Value) -> Value {
    new_object(
        crate::types::native::class(&GENERIC_ALIAS_CLASS),
        Alias {
            origin,
            args: tuple_items(args),
        },
    )
}

fn ga_new(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (cls, rest) = new_args(args)?;
    check_arity("GenericAlias", rest, 2, 2)?;
    Ok(new_object(
        cls,
        Alias {
            origin: rest[0].clone(),
            args: tuple_items(&rest[1]),
        },
    ))
}

fn alias<'a>(v: &'a Value, m: &str) -> PyResult<&'a Alias> {
    expect::<Alias>(v, &GENERIC_ALIAS_CLASS, m)
}

fn ga_origin(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(alias(recv, "__origin__")?.origin.clone())
}

fn ga_args(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::tuple(alias(recv, "__args__")?.args.clone()))
}

/// The type variables among `args` (objects with `__typing_subst__`, such as
/// `typing.TypeVar`s) and inside nested aliases, in order of appearance, once each.
fn parameters(args: &[Value]) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let add = |v: Value, out: &mut Vec<Value>| {
        if !out.iter().any(|p| crate::ops::is(p, &v)) {
            out.push(v);
        }
    };
    for a in args {
        if matches!(a, Value::Class(_)) {
            continue;
        }
        if type_of(a).lookup("__typing_subst__").is_some() {
            add(a.clone(), &mut out);
        } else if let Value::Instance(_) = a {
            if let Ok(Value::Tuple(ps)) = crate::types::object::get_attr(a, "__parameters__") {
                for p in ps.items() {
                    add(p.clone(), &mut out);
                }
            }
        } else if let Value::List(l) = a {
            let inner = parameters(&l.snapshot())?;
            for p in inner {
                add(p, &mut out);
            }
        }
    }
    Ok(out)
}

fn ga_parameters(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::tuple(parameters(
        &alias(recv, "__parameters__")?.args,
    )?))
}

/// CPython's `ga_repr_item`: classes by qualified name (built-ins bare), `...`, and the
/// `repr` of anything else.
pub fn type_repr(v: &Value) -> PyResult<String> {
    match v {
        Value::Ellipsis => Ok("...".into()),
        Value::Class(c) => Ok(if c.module.as_ref() == "builtins" {
            c.qualname.to_string()
        } else {
            format!("{}.{}", c.module, c.qualname)
        }),
        Value::List(l) => {
            let items: PyResult<Vec<String>> = l.snapshot().iter().map(type_repr).collect();
            Ok(format!("[{}]", items?.join(", ")))
        }
        _ => crate::ops::repr_of(v),
    }
}

fn ga_repr(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = alias(recv, "__repr__")?;
    let inner = if a.args.is_empty() {
        "()".to_string()
    } else {
        let items: PyResult<Vec<String>> = a.args.iter().map(type_repr).collect();
        items?.join(", ")
    };
    Ok(Value::string(format!(
        "{}[{}]",
        type_repr(&a.origin)?,
        inner
    )))
}

fn seq_eq(a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !crate::ops::eq(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn ga_eq(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__eq__", args, 1, 1)?;
    let a = alias(recv, "__eq__")?;
    let Some(b) = state::<Alias>(&args[0]) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(
        crate::ops::eq(&a.origin, &b.origin)? && seq_eq(&a.args, &b.args)?,
    ))
}

fn ga_ne(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    match ga_eq(recv, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn ga_hash(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    let a = alias(recv, "__hash__")?;
    let mut hashes = Vec::with_capacity(a.args.len());
    for x in &a.args {
        hashes.push(crate::hash::hash_value(x)?);
    }
    let h = crate::hash::hash_value(&a.origin)? ^ crate::hash::hash_tuple_items(hashes.into_iter());
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn ga_call(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = alias(recv, "__call__")?;
    let result = crate::call::call_kw(&a.origin, args, kw)?;
    // Objects without a `__dict__` simply do not record their alias.
    let _ = crate::types::object::set_attr(&result, "__orig_class__", recv.clone());
    Ok(result)
}

fn ga_getattr(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__getattr__", args, 1, 1)?;
    let a = alias(recv, "__getattr__")?;
    let name = crate::ops::str_of(&args[0])?;
    crate::types::object::get_attr(&a.origin, &name)
}

fn ga_mro_entries(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        alias(recv, "__mro_entries__")?.origin.clone(),
    ]))
}

fn ga_instancecheck(_recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}

fn ga_subclasscheck(_recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(type_error(
        "issubclass() argument 2 cannot be a parameterized generic",
    ))
}

/// `alias[items]`: the alias with its type variables replaced by `items` in order.
fn ga_getitem(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__getitem__", args, 1, 1)?;
    let a = alias(recv, "__getitem__")?;
    let params = parameters(&a.args)?;
    if params.is_empty() {
        return Err(type_error(format!(
            "There are no type variables left in {}",
            crate::ops::repr_of(recv)?
        )));
    }
    let items = tuple_items(&args[0]);
    if items.len() != params.len() {
        return Err(type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            crate::ops::repr_of(recv)?,
            items.len(),
            params.len()
        )));
    }
    let new_args = substitute(&a.args, &params, &items)?;
    Ok(generic_alias(a.origin.clone(), &Value::tuple(new_args)))
}

fn substitute(args: &[Value], params: &[Value], items: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(args.len());
    for arg in args {
        if let Some(i) = params.iter().position(|p| crate::ops::is(p, arg)) {
            out.push(items[i].clone());
            continue;
        }
        let inner = match arg {
            Value::Class(_) => Vec::new(),
            Value::List(l) => {
                let sub = substitute(&l.snapshot(), params, items)?;
                out.push(Value::list(sub));
                continue;
            }
            _ => parameters(std::slice::from_ref(arg))?,
        };
        if inner.is_empty() {
            out.push(arg.clone());
            continue;
        }
        let picked: Vec<Value> = inner
            .iter()
            .map(|p| {
                params
                    .iter()
                    .position(|q| crate::ops::is(p, q))
                    .map_or_else(|| p.clone(), |i| items[i].clone())
            })
            .collect();
        let key = if picked.len() == 1 {
            picked[0].clone()
        } else {
            Value::tuple(picked)
        };
        out.push(crate::ops::getitem(arg, &key)?);
    }
    Ok(out)
}

// ---- types.UnionType ----

fn union_state<'a>(v: &'a Value, m: &str) -> PyResult<&'a Union> {
    expect::<Union>(v, &UNION_CLASS, m)
}

/// Whether `v` may be a member of a `X | Y` union made by `type.__or__`: a class, `None`,
/// a `types.GenericAlias` or another union.
fn unionable(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None)
        || state::<Alias>(v).is_some()
        || state::<Union>(v).is_some()
}

/// `a | b` when both operands can form a `types.UnionType`; `None` (NotImplemented)
/// otherwise. A union of one distinct member is that member.
pub fn union_or(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) {
        return Ok(None);
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let items = match state::<Union>(side) {
            Some(u) => u.args.clone(),
            None => vec![side.clone()],
        };
        for item in items {
            let item = match item {
                Value::None => Value::Class(builtin_class(BuiltinType::NoneType)),
                other => other,
            };
            let mut dup = false;
            for m in &members {
                if crate::ops::is(m, &item) || crate::ops::eq(m, &item)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(item);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop());
    }
    Ok(Some(new_object(
        crate::types::native::class(&UNION_CLASS),
        Union { args: members },
    )))
}

fn union_or_method(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__or__", args, 1, 1)?;
    Ok(union_or(recv, &args[0])?.unwrap_or(Value::NotImplemented))
}

fn union_ror_method(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__ror__", args, 1, 1)?;
    Ok(union_or(&args[0], recv)?.unwrap_or(Value::NotImplemented))
}

fn un_args(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::tuple(union_state(recv, "__args__")?.args.clone()))
}

fn un_parameters(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::tuple(parameters(
        &union_state(recv, "__parameters__")?.args,
    )?))
}

fn is_none_type(v: &Value) -> bool {
    matches!(v, Value::Class(c) if c.builtin == Some(BuiltinType::NoneType))
}

fn un_repr(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    let u = union_state(recv, "__repr__")?;
    let mut parts = Vec::with_capacity(u.args.len());
    for a in &u.args {
        parts.push(if is_none_type(a) {
            "None".to_string()
        } else {
            type_repr(a)?
        });
    }
    Ok(Value::string(parts.join(" | ")))
}

fn contains(members: &[Value], v: &Value) -> PyResult<bool> {
    for m in members {
        if crate::ops::eq(m, v)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn un_eq(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__eq__", args, 1, 1)?;
    let a = union_state(recv, "__eq__")?;
    let Some(b) = state::<Union>(&args[0]) else {
        return Ok(Value::NotImplemented);
    };
    if a.args.len() != b.args.len() {
        return Ok(Value::Bool(false));
    }
    for x in &a.args {
        if !contains(&b.args, x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn un_ne(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    match un_eq(recv, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn un_hash(recv: &Value, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    let u = union_state(recv, "__hash__")?;
    let mut h: i64 = 0x5f3759df;
    for a in &u.args {
        h ^= crate::hash::hash_value(a)?;
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn member_classes(u: &Union, fname: &str) -> PyResult<Vec<Rc<Class>>> {
    let mut out = Vec::with_capacity(u.args.len());
    for a in &u.args {
        match a {
            Value::Class(c) => out.push(c.clone()),
            _ => {
                return Err(type_error(format!(
                    "{fname}() argument 2 cannot contain a parameterized generic"
                )));
            }
        }
    }
    Ok(out)
}

fn un_instancecheck(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__instancecheck__", args, 1, 1)?;
    let u = union_state(recv, "__instancecheck__")?;
    for c in member_classes(u, "isinstance")? {
        if crate::types::class::meta::instance_check(&args[0], &c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn un_subclasscheck(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("__subclasscheck__", args, 1, 1)?;
    let u = union_state(recv, "__subclasscheck__")?;
    if !matches!(args[0], Value::Class(_)) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    for c in member_classes(u, "issubclass")? {
        if crate::types::class::meta::subclass_check(&args[0], &c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
