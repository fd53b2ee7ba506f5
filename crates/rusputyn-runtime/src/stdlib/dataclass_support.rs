//! `_dataclasses`: the per-instance work of the methods `dataclasses` generates, natively.
//!
//! CPython's `dataclasses` writes each class's `__eq__`, ordering and `__hash__` as source
//! text naming the fields and `exec`s it; compiled programs have no `exec`, so the Python
//! source in `rusputyn-pylib/lib/dataclasses.py` keeps those methods generic and hands the
//! field names to these helpers, which read the fields and compare or hash them without
//! building the two tuples the generated code would.

use crate::err::type_error;
use crate::hash::{Name, hash_str, hash_tuple_items, hash_value};
use crate::ops::{CmpOp, compare_value, eq};
use crate::types::class::{Class, HOOK_GETATTRIBUTE, type_of};
use crate::types::function::{BuiltinFn, Kw, check_arity, no_kwargs};
use crate::types::module::Module;
use crate::types::object::{
    generic_set_attr_h, get_attr, get_attr_h, get_attr_not_in_dict, reads_from_dict, set_attr_h,
};
use crate::value::{PyResult, Value};
use std::rc::Rc;

static FIELDS_COMPARE: BuiltinFn = BuiltinFn {
    name: "fields_compare",
    f: fields_compare,
};

static INIT_FIELDS: BuiltinFn = BuiltinFn {
    name: "init_fields",
    f: init_fields,
};

static FIELDS_HASH: BuiltinFn = BuiltinFn {
    name: "fields_hash",
    f: fields_hash,
};

/// Whether `class.__class__` resolves to `object`'s descriptor, i.e. `v.__class__` is
/// `type(v)` for an instance `v` of `class` (`object.__class__` is a data descriptor, so an
/// instance's own `__dict__` cannot shadow it).
fn plain_class_attr(class: &Rc<Class>) -> bool {
    const CLASS: Name = Name::new("__class__");
    class.hooks() & HOOK_GETATTRIBUTE == 0 && class.lookup_name(&CLASS).is_none()
}

/// `v.__class__`.
fn class_of(v: &Value) -> PyResult<Value> {
    match v {
        Value::Instance(inst) if plain_class_attr(&inst.class) => {
            Ok(Value::Class(inst.class.clone()))
        }
        Value::Instance(_) | Value::Class(_) => get_attr(v, "__class__"),
        _ => Ok(Value::Class(type_of(v))),
    }
}

/// `other.__class__ is self.__class__`, evaluated in that order.
fn same_class(this: &Value, other: &Value) -> PyResult<bool> {
    if let (Value::Instance(x), Value::Instance(y)) = (this, other)
        && Rc::ptr_eq(&x.class, &y.class)
        && plain_class_attr(&x.class)
    {
        return Ok(true);
    }
    let other_class = class_of(other)?;
    Ok(crate::ops::is(&other_class, &class_of(this)?))
}

/// The attributes `names` (a tuple of `str`) of `obj`, appended to `out` in order.
///
/// For an instance of an ordinary class (the fast path of `getattr`), field `i` is looked
/// for at entry `i` of the instance dict first: `__init__` assigns the fields in order.
fn read_fields(obj: &Value, names: &[Value], out: &mut Vec<Value>) -> PyResult<()> {
    let plain = match obj {
        Value::Instance(inst) if reads_from_dict(inst) => Some(inst),
        _ => None,
    };
    for (i, name) in names.iter().enumerate() {
        let Value::Str(s) = name else {
            return Err(type_error("attribute name must be string"));
        };
        let hash = s.cached_hash(hash_str);
        out.push(match plain {
            Some(inst) => match inst.dict.get_str_at(s.as_str(), hash, i) {
                Some((v, _)) => v,
                None => get_attr_not_in_dict(obj, inst, s.as_str(), hash)?,
            },
            None => get_attr_h(obj, s.as_str(), hash)?,
        });
    }
    Ok(())
}

/// The items of a tuple argument (field names, positional arguments, steps).
fn tuple_items(v: &Value) -> PyResult<&[Value]> {
    match v {
        Value::Tuple(t) => Ok(t.items()),
        _ => Err(type_error("_dataclasses: expected a tuple")),
    }
}

/// `fields_compare(self, other, names, op)`: what CPython's generated comparison method
/// `op` computes: `NotImplemented` unless `other.__class__ is self.__class__`, else the
/// tuple of `self`'s fields `names` compared with `other`'s (all fields of both are read
/// first, `self`'s then `other`'s, as the two tuple displays would).
fn fields_compare(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("fields_compare", kw)?;
    check_arity("fields_compare", args, 4, 4)?;
    let (x, y) = (&args[0], &args[1]);
    let names = tuple_items(&args[2])?;
    let op = match &args[3] {
        Value::Str(s) => CmpOp::ALL.into_iter().find(|op| op.symbol() == s.as_str()),
        _ => None,
    }
    .ok_or_else(|| type_error("fields_compare: unknown operator"))?;
    if !same_class(x, y)? {
        return Ok(Value::NotImplemented);
    }
    let mut fields = Vec::with_capacity(2 * names.len());
    read_fields(x, names, &mut fields)?;
    read_fields(y, names, &mut fields)?;
    let (xs, ys) = fields.split_at(names.len());
    // Tuple comparison: the first pair that is not identical or equal decides.
    for (a, b) in xs.iter().zip(ys) {
        if crate::ops::is(a, b) || eq(a, b)? {
            continue;
        }
        return match op {
            CmpOp::Eq => Ok(Value::Bool(false)),
            CmpOp::Ne => Ok(Value::Bool(true)),
            _ => compare_value(a, b, op),
        };
    }
    // Equal fields (and equal lengths): `==`, `<=` and `>=` hold.
    Ok(Value::Bool(matches!(op, CmpOp::Eq | CmpOp::Le | CmpOp::Ge)))
}

/// `fields_hash(self, names)`: `hash(tuple(getattr(self, n) for n in names))`.
fn fields_hash(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("fields_hash", kw)?;
    check_arity("fields_hash", args, 2, 2)?;
    let names = tuple_items(&args[1])?;
    let mut fields = Vec::with_capacity(names.len());
    read_fields(&args[0], names, &mut fields)?;
    let hashes = fields
        .iter()
        .map(hash_value)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::Int(hash_tuple_items(hashes.into_iter())))
}

/// `init_fields(self, args, steps, frozen, MISSING)`: the assignments of a generated
/// `__init__` called with positional arguments only. Each step is `(name, index, factory,
/// default, is_init_var)`: the value is `args[index]` when given, else `factory()`, else
/// `default`, and a step with none of them is skipped. Fields are assigned in order with
/// `setattr` (`object.__setattr__` for frozen classes); the values of init-only variables
/// are returned as a list, for `__post_init__`.
fn init_fields(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("init_fields", kw)?;
    check_arity("init_fields", args, 5, 5)?;
    let this = &args[0];
    let given = tuple_items(&args[1])?;
    let steps = tuple_items(&args[2])?;
    let frozen = args[3].truthy()?;
    let missing = &args[4];
    let mut init_vars = Vec::new();
    for step in steps {
        let Value::Tuple(step) = step else {
            return Err(type_error("init_fields: malformed step"));
        };
        let [Value::Str(name), index, factory, default, is_init_var] = step.items() else {
            return Err(type_error("init_fields: malformed step"));
        };
        let positional = match index {
            Value::Int(i) => usize::try_from(*i).ok().and_then(|i| given.get(i)),
            _ => None,
        };
        let value = match positional {
            Some(v) => v.clone(),
            None if !crate::ops::is(factory, missing) => crate::call::call(factory, &[])?,
            None if !crate::ops::is(default, missing) => default.clone(),
            None => continue,
        };
        if is_init_var.truthy()? {
            init_vars.push(value);
            continue;
        }
        let hash = name.cached_hash(hash_str);
        if frozen {
            generic_set_attr_h(this, name.as_str(), hash, value)?;
        } else {
            set_attr_h(this, name.as_str(), hash, value)?;
        }
    }
    Ok(Value::list(init_vars))
}

/// Builds the `_dataclasses` module.
pub fn module() -> Rc<Module> {
    Module::new(
        "_dataclasses",
        vec![
            ("fields_compare", Value::Builtin(&FIELDS_COMPARE)),
            ("fields_hash", Value::Builtin(&FIELDS_HASH)),
            ("init_fields", Value::Builtin(&INIT_FIELDS)),
        ],
    )
}
