//! Method lookup for the built-in types: each type has one static table
//! `&[(name, MethodFn)]` in its `*_methods.rs` file; this module picks the table for a value
//! and serves both calls (`s.upper()`) and attribute access (`getattr(s, "upper")`).

use crate::types::class::BuiltinType;
use crate::types::function::{MethodFn, MethodTarget};
use crate::types::generator::GenKind;
use crate::value::{PyResult, Value};
use std::cell::Cell;

/// A method table entry.
pub type MethodEntry = (&'static str, MethodFn);

fn table(v: &Value) -> &'static [MethodEntry] {
    table_with_id(v).1
}

/// The method table of `v`'s built-in type and a small number naming that table (never 0),
/// or `(0, table)` when the table alone does not decide (exception instances, whose class
/// may define the same names). [`crate::types::method_site`] caches lookups by that number.
pub(crate) fn table_with_id(v: &Value) -> (u32, &'static [MethodEntry]) {
    match v {
        Value::Str(_) => (1, crate::types::str_methods::METHODS),
        Value::Bytes(_) => (2, crate::types::bytes_methods::METHODS),
        Value::ByteArray(_) => (3, crate::types::bytearray_methods::METHODS),
        Value::List(_) => (4, crate::types::list_methods::METHODS),
        Value::Tuple(_) => (5, crate::types::tuple_methods::METHODS),
        Value::Dict(_) => (6, crate::types::dict_methods::METHODS),
        Value::Set(_) => (7, crate::types::set_methods::SET_METHODS),
        Value::FrozenSet(_) => (8, crate::types::set_methods::FROZENSET_METHODS),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            (9, crate::types::num_methods::INT_METHODS)
        }
        Value::Float(_) => (10, crate::types::num_methods::FLOAT_METHODS),
        Value::Complex(_) => (11, crate::types::complex::METHODS),
        Value::Range(_) => (12, crate::types::tuple_methods::RANGE_METHODS),
        Value::DictView(_) => (13, crate::types::dict_methods::VIEW_METHODS),
        Value::Slice(_) => (14, crate::types::slice::METHODS),
        Value::Generator(g) => (
            16 + g.kind as u32,
            crate::types::generator_methods::table(g.kind),
        ),
        Value::Instance(i) if i.exc.is_some() => (0, crate::types::exc_methods::METHODS),
        _ => (0, &[]),
    }
}

/// Where `name` sits in `table` (the slow scan behind the caches).
pub(crate) fn position(table: &'static [MethodEntry], name: &str) -> Option<usize> {
    table.iter().position(|(n, _)| *n == name)
}

fn type_table(t: BuiltinType) -> &'static [MethodEntry] {
    match t {
        BuiltinType::Str => crate::types::str_methods::METHODS,
        BuiltinType::Bytes => crate::types::bytes_methods::METHODS,
        BuiltinType::ByteArray => crate::types::bytearray_methods::METHODS,
        BuiltinType::List => crate::types::list_methods::METHODS,
        BuiltinType::Tuple => crate::types::tuple_methods::METHODS,
        BuiltinType::Dict => crate::types::dict_methods::METHODS,
        BuiltinType::Set => crate::types::set_methods::SET_METHODS,
        BuiltinType::FrozenSet => crate::types::set_methods::FROZENSET_METHODS,
        BuiltinType::Int | BuiltinType::Bool => crate::types::num_methods::INT_METHODS,
        BuiltinType::Float => crate::types::num_methods::FLOAT_METHODS,
        BuiltinType::Complex => crate::types::complex::METHODS,
        BuiltinType::Generator => crate::types::generator_methods::table(GenKind::Generator),
        BuiltinType::Coroutine => crate::types::generator_methods::table(GenKind::Coroutine),
        BuiltinType::AsyncGenerator => {
            crate::types::generator_methods::table(GenKind::AsyncGenerator)
        }
        _ => &[],
    }
}

/// The names of the methods built-in type `t` defines (for `dir()`): its table, and the
/// special methods every value of that kind answers to.
pub fn method_names(t: BuiltinType) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = if t == BuiltinType::ByteArray {
        crate::types::bytearray_methods::names().collect()
    } else {
        type_table(t).iter().map(|(n, _)| *n).collect()
    };
    let container = matches!(
        t,
        BuiltinType::Str
            | BuiltinType::Bytes
            | BuiltinType::ByteArray
            | BuiltinType::List
            | BuiltinType::Tuple
            | BuiltinType::Dict
            | BuiltinType::Set
            | BuiltinType::FrozenSet
            | BuiltinType::Range
    );
    let number = matches!(t, BuiltinType::Int | BuiltinType::Bool | BuiltinType::Float);
    for (table, on) in [
        (dunder::COMMON, true),
        (dunder::CONTAINER, container),
        (dunder::NUMBER, number),
    ] {
        if on {
            out.extend(table.iter().map(|(n, _)| *n));
        }
    }
    out
}

/// Slots of [`SCAN_CACHE`].
const CACHE_SLOTS: usize = 64;

thread_local! {
    /// A direct-mapped cache of method-table scans, slotted by the name's address (method
    /// names at call sites are string literals): each slot holds a table's address and the
    /// index found in it. A hit is checked against the entry's own name, so a reused address
    /// with other text only misses.
    static SCAN_CACHE: [Cell<(usize, u32)>; CACHE_SLOTS] =
        const { [const { Cell::new((0, 0)) }; CACHE_SLOTS] };
}

/// The entry `name` of a method table (through [`SCAN_CACHE`], scanning on a miss).
fn find_in(table: &'static [MethodEntry], name: &str) -> Option<MethodEntry> {
    if table.is_empty() {
        return None;
    }
    let tp = table.as_ptr() as usize;
    let slot = ((name.as_ptr() as usize >> 3) ^ (tp >> 4) ^ name.len()) % CACHE_SLOTS;
    let cached = SCAN_CACHE
        .try_with(|c| {
            let (t, i) = c[slot].get();
            (t == tp).then_some(i as usize)
        })
        .ok()
        .flatten();
    if let Some(e) = cached.and_then(|i| table.get(i))
        && e.0 == name
    {
        return Some(*e);
    }
    let i = position(table, name)?;
    let _ = SCAN_CACHE.try_with(|c| c[slot].set((tp, i as u32)));
    Some(table[i])
}

/// The method `name` of value `v`'s built-in type.
pub fn lookup(v: &Value, name: &str) -> Option<MethodEntry> {
    if let Some(m) = find_in(table(v), name) {
        return Some(m);
    }
    if let Value::ByteArray(_) = v
        && let Some(m) = crate::types::bytearray_methods::find(name)
    {
        return Some(m);
    }
    if let Value::Instance(i) = v
        && i.class.derives_from(BuiltinType::BaseExceptionGroup)
        && let Some(m) = crate::types::exc_group::METHODS
            .iter()
            .find(|(n, _)| *n == name)
    {
        return Some(*m);
    }
    if !name.starts_with("__") {
        return None;
    }
    let is_container = matches!(
        v,
        Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::DictView(_)
    );
    let is_number = matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) | Value::Complex(_)
    );
    dunder_entry(name, is_container, is_number)
}

/// The generic special method `name` shared by the built-in containers and/or numbers.
fn dunder_entry(name: &str, is_container: bool, is_number: bool) -> Option<MethodEntry> {
    let tables: [(&[MethodEntry], bool); 3] = [
        (dunder::COMMON, true),
        (dunder::CONTAINER, is_container),
        (dunder::NUMBER, is_number),
    ];
    tables
        .iter()
        .filter(|(_, on)| *on)
        .find_map(|(t, _)| t.iter().find(|(n, _)| *n == name).copied())
}

/// Special methods of built-in values, so `x.__len__()` and friends work like the operators.
mod dunder {
    use super::MethodEntry;
    use crate::ops::{self, BinOp, CmpOp};
    use crate::types::function::{Kw, check_arity};
    use crate::value::{PyResult, Value};

    pub static COMMON: &[MethodEntry] = &[
        ("__repr__", |v, a, _| {
            check_arity("__repr__", a, 0, 0)?;
            Ok(Value::string(ops::repr_of(v)?))
        }),
        ("__str__", |v, a, _| {
            check_arity("__str__", a, 0, 0)?;
            Ok(Value::string(ops::str_of(v)?))
        }),
        ("__hash__", |v, a, _| {
            check_arity("__hash__", a, 0, 0)?;
            Ok(Value::Int(crate::hash::hash_value(v)?))
        }),
        ("__format__", |v, a, _| {
            check_arity("__format__", a, 1, 1)?;
            Ok(Value::string(crate::format::format_value(
                v,
                &ops::str_of(&a[0])?,
            )?))
        }),
        ("__eq__", |v, a, k| cmp(v, a, k, CmpOp::Eq)),
        ("__ne__", |v, a, k| cmp(v, a, k, CmpOp::Ne)),
        ("__lt__", |v, a, k| cmp(v, a, k, CmpOp::Lt)),
        ("__le__", |v, a, k| cmp(v, a, k, CmpOp::Le)),
        ("__gt__", |v, a, k| cmp(v, a, k, CmpOp::Gt)),
        ("__ge__", |v, a, k| cmp(v, a, k, CmpOp::Ge)),
    ];

    pub static CONTAINER: &[MethodEntry] = &[
        ("__len__", |v, a, _| {
            check_arity("__len__", a, 0, 0)?;
            Ok(Value::Int(ops::len(v)? as i64))
        }),
        ("__getitem__", |v, a, _| {
            check_arity("__getitem__", a, 1, 1)?;
            ops::getitem(v, &a[0])
        }),
        ("__contains__", |v, a, _| {
            check_arity("__contains__", a, 1, 1)?;
            Ok(Value::Bool(ops::contains(v, &a[0])?))
        }),
        ("__iter__", |v, a, _| {
            check_arity("__iter__", a, 0, 0)?;
            crate::types::iter::iter(v)
        }),
        ("__add__", |v, a, k| arith(v, a, k, BinOp::Add)),
        ("__mul__", |v, a, k| arith(v, a, k, BinOp::Mul)),
        ("__rmul__", |v, a, k| rarith(v, a, k, BinOp::Mul)),
    ];

    pub static NUMBER: &[MethodEntry] = &[
        ("__add__", |v, a, k| arith(v, a, k, BinOp::Add)),
        ("__sub__", |v, a, k| arith(v, a, k, BinOp::Sub)),
        ("__mul__", |v, a, k| arith(v, a, k, BinOp::Mul)),
        ("__truediv__", |v, a, k| arith(v, a, k, BinOp::TrueDiv)),
        ("__floordiv__", |v, a, k| arith(v, a, k, BinOp::FloorDiv)),
        ("__mod__", |v, a, k| arith(v, a, k, BinOp::Mod)),
        ("__pow__", |v, a, k| arith(v, a, k, BinOp::Pow)),
        ("__radd__", |v, a, k| rarith(v, a, k, BinOp::Add)),
        ("__rsub__", |v, a, k| rarith(v, a, k, BinOp::Sub)),
        ("__rmul__", |v, a, k| rarith(v, a, k, BinOp::Mul)),
        ("__rtruediv__", |v, a, k| rarith(v, a, k, BinOp::TrueDiv)),
        ("__rfloordiv__", |v, a, k| rarith(v, a, k, BinOp::FloorDiv)),
        ("__rmod__", |v, a, k| rarith(v, a, k, BinOp::Mod)),
        ("__rpow__", |v, a, k| rarith(v, a, k, BinOp::Pow)),
        ("__neg__", |v, a, _| {
            check_arity("__neg__", a, 0, 0)?;
            ops::neg(v)
        }),
        ("__abs__", |v, a, _| {
            check_arity("__abs__", a, 0, 0)?;
            ops::abs(v)
        }),
        ("__bool__", |v, a, _| {
            check_arity("__bool__", a, 0, 0)?;
            Ok(Value::Bool(ops::truthy(v)?))
        }),
    ];

    fn cmp(v: &Value, a: &[Value], _k: Kw, op: CmpOp) -> PyResult<Value> {
        check_arity(op.dunder(), a, 1, 1)?;
        match ops::compare(v, &a[0], op) {
            Ok(b) => Ok(Value::Bool(b)),
            Err(e) if e.is(crate::types::class::BuiltinType::TypeError) => {
                Ok(Value::NotImplemented)
            }
            Err(e) => Err(e),
        }
    }

    fn arith(v: &Value, a: &[Value], _k: Kw, op: BinOp) -> PyResult<Value> {
        check_arity(op.dunders().0, a, 1, 1)?;
        not_implemented_on_type_error(ops::binop(op, v, &a[0]))
    }

    fn rarith(v: &Value, a: &[Value], _k: Kw, op: BinOp) -> PyResult<Value> {
        check_arity(op.dunders().1, a, 1, 1)?;
        not_implemented_on_type_error(ops::binop(op, &a[0], v))
    }

    fn not_implemented_on_type_error(r: PyResult<Value>) -> PyResult<Value> {
        match r {
            Err(e) if e.is(crate::types::class::BuiltinType::TypeError) => {
                Ok(Value::NotImplemented)
            }
            other => other,
        }
    }
}

/// Methods that CPython defines as class methods or static methods: looked up on the class
/// they receive the class (or nothing) rather than an instance.
const CLASS_METHODS: &[&str] = &["fromkeys", "fromhex", "from_bytes", "maketrans"];

/// The method `name` of built-in type `t` as an attribute of the class (`str.upper`,
/// `dict.fromkeys`).
pub fn lookup_type(t: BuiltinType, name: &str) -> Option<MethodTarget> {
    if let Some((_, b)) = crate::types::num_methods::CLASS_METHODS
        .iter()
        .find(|(ty, b)| *ty == t.name() && b.name == name)
    {
        return Some(MethodTarget::Static(b));
    }
    use BuiltinType as T;
    if name == "__init__" && matches!(t, T::List | T::Dict | T::Set) {
        return Some(MethodTarget::Unbound(
            "__init__",
            t,
            crate::types::object::base::init_method,
        ));
    }
    let own = if t == T::ByteArray {
        crate::types::bytearray_methods::find(name)
    } else {
        type_table(t).iter().find(|(n, _)| *n == name).copied()
    };
    let (n, f) = match own {
        Some(m) => m,
        None => crate::types::object::base::type_slot(t, name)?,
    };
    Some(if CLASS_METHODS.contains(&n) {
        MethodTarget::Native(n, f)
    } else {
        MethodTarget::Unbound(n, t, f)
    })
}

/// Data attributes of built-in values (`x.real`, `r.start`, `s.start`, ...).
pub fn special_attr(v: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match (v, name) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(v.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(v.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        // Each read makes a new float object (a NaN part gets a new identity).
        (Value::Complex(z), "real") => Some(crate::types::nan::float(z.re)),
        (Value::Complex(z), "imag") => Some(crate::types::nan::float(z.im)),
        (Value::Range(r), "start") => Some(r.start()),
        (Value::Range(r), "stop") => Some(r.stop()),
        (Value::Range(r), "step") => Some(r.step()),
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (_, "__class__") => Some(Value::Class(crate::types::class::type_of(v))),
        _ => None,
    })
}
