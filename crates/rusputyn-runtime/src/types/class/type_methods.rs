//! The methods of `type` itself (`type.__new__`, `type.__call__`, `mro`, `__subclasses__`,
//! `__instancecheck__`, ...): reached as attributes of classes (bound to the class, which is
//! an instance of `type`), of `type` and metaclasses (unbound), and through `super()` in a
//! metaclass. Each takes its receiver as the first argument, like `object`'s methods in
//! `types::object::descr`.

use crate::err::type_error;
use crate::types::class::{BuiltinType, Class, builtin_class, meta};
use crate::types::function::{BoundMethod, BuiltinFn, Kw, MethodTarget};
use crate::value::{PyResult, Value};
use std::rc::Rc;

macro_rules! type_methods {
    ($($name:literal => $stat:ident = $f:ident),* $(,)?) => {
        $(static $stat: BuiltinFn = BuiltinFn { name: $name, f: $f };)*

        /// The method `name` of `type`, unbound (its first argument is the class).
        pub fn get(name: &str) -> Option<Value> {
            match name {
                $($name => Some(Value::Builtin(&$stat)),)*
                _ => None,
            }
        }
    };
}

type_methods! {
    "__new__" => TYPE_NEW = type_new,
    "__call__" => TYPE_CALL = type_call,
    "__init__" => TYPE_INIT = type_init,
    "__prepare__" => TYPE_PREPARE = type_prepare,
    "mro" => TYPE_MRO = type_mro,
    "__subclasses__" => TYPE_SUBCLASSES = type_subclasses,
    "__instancecheck__" => TYPE_INSTANCECHECK = type_instancecheck,
    "__subclasscheck__" => TYPE_SUBCLASSCHECK = type_subclasscheck,
    "__setattr__" => TYPE_SETATTR = type_setattr,
    "__delattr__" => TYPE_DELATTR = type_delattr,
    "__repr__" => TYPE_REPR = type_repr,
}

/// `cls.name` for a method of `type` reached through the class `cls`: unbound when `cls` is
/// `type` or a metaclass (the method is in its own MRO), else bound to `cls` (the method
/// comes from its metaclass). `__new__` and `__prepare__` are never bound to an instance.
pub fn attr(cls: &Rc<Class>, name: &str) -> Option<Value> {
    let f = get(name)?;
    if meta::is_metaclass(cls) || name == "__new__" {
        return Some(f);
    }
    Some(bind(Value::Class(cls.clone()), f))
}

/// `f` bound to `receiver`.
pub fn bind(receiver: Value, f: Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod {
        receiver,
        target: MethodTarget::Python(f),
    }))
}

/// The receiver of a `type` method: a class, else CPython's descriptor error.
fn receiver<'a>(name: &str, args: &'a [Value]) -> PyResult<(&'a Rc<Class>, &'a [Value])> {
    match args.split_first() {
        Some((Value::Class(c), rest)) => Ok((c, rest)),
        Some((other, _)) => Err(type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
        None => Err(type_error(format!(
            "unbound method type.{name}() needs an argument"
        ))),
    }
}

/// The plain `repr` of a class (`type.__repr__`).
pub fn plain_repr(c: &Class) -> String {
    if c.builtin.is_some() {
        format!("<class '{}'>", c.name)
    } else {
        format!("<class '{}.{}'>", c.module, c.qualname)
    }
}

fn type_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mcls = match args.first() {
        Some(Value::Class(c)) if meta::is_metaclass(c) => c.clone(),
        Some(Value::Class(c)) => {
            return Err(type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                c.name, c.name
            )));
        }
        Some(other) => {
            return Err(type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                other.type_name()
            )));
        }
        None => return Err(type_error("type.__new__(): not enough arguments")),
    };
    if args.len() != 4 {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len() - 1
        )));
    }
    crate::types::class::setup::type_new(&mcls, &args[1..], kw)
}

fn type_call(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (c, rest) = receiver("__call__", args)?;
    crate::types::object::construct(c, rest, kw)
}

fn type_init(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_, rest) = receiver("__init__", args)?;
    if !kw.is_empty() && rest.len() == 1 {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if rest.len() != 1 && rest.len() != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

fn type_prepare(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(crate::types::dict::PyDict::new())))
}

fn type_mro(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (c, _) = receiver("mro", args)?;
    Ok(Value::list(
        c.mro().map(|k| Value::Class(k.clone())).collect(),
    ))
}

fn type_subclasses(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (c, _) = receiver("__subclasses__", args)?;
    Ok(Value::list(
        c.subclasses().into_iter().map(Value::Class).collect(),
    ))
}

fn one_arg<'a>(name: &str, rest: &'a [Value]) -> PyResult<&'a Value> {
    match rest {
        [x] => Ok(x),
        _ => Err(type_error(format!(
            "type.{name}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

fn type_instancecheck(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (c, rest) = receiver("__instancecheck__", args)?;
    let obj = one_arg("__instancecheck__", rest)?;
    Ok(Value::Bool(
        crate::types::class::type_of(obj).is_subclass(c),
    ))
}

fn type_subclasscheck(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (c, rest) = receiver("__subclasscheck__", args)?;
    match one_arg("__subclasscheck__", rest)? {
        Value::Class(s) => Ok(Value::Bool(s.is_subclass(c))),
        _ => Err(type_error("issubclass() arg 1 must be a class")),
    }
}

fn attr_name(rest: &[Value], n: usize) -> PyResult<&str> {
    if rest.len() != n {
        return Err(type_error(format!(
            "expected {n} arguments, got {}",
            rest.len()
        )));
    }
    match &rest[0] {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

fn type_setattr(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (c, rest) = receiver("__setattr__", args)?;
    let name = attr_name(rest, 2)?;
    meta::raw_set_attr(c, name, rest[1].clone()).map(|_| Value::None)
}

fn type_delattr(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (c, rest) = receiver("__delattr__", args)?;
    let name = attr_name(rest, 1)?;
    meta::raw_del_attr(c, name).map(|_| Value::None)
}

fn type_repr(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (c, _) = receiver("__repr__", args)?;
    Ok(Value::string(plain_repr(c)))
}

/// `type` as a class value (the default metaclass).
pub fn type_class() -> Rc<Class> {
    builtin_class(BuiltinType::Type)
}
