//! Descriptors: binding what a class attribute lookup found (functions become bound methods,
//! `staticmethod`, `classmethod`, `property` and user objects with `__get__`/`__set__`/
//! `__delete__`), the built-in descriptor types themselves, `super` objects, and the
//! methods of `object` that user code reaches explicitly (`object.__setattr__(self, ...)`,
//! `object.__new__(cls)`, `super().__init_subclass__()`).
//!
//! `staticmethod`, `classmethod`, `property` and `super` objects are instances of their
//! built-in class whose `__dict__` holds their fields (`__func__`, `fget`/`fset`/`fdel`/
//! `__doc__`, `__thisclass__`/`__self__`).

use crate::call::{call, call_kw};
use crate::err::{PyErr, attribute_error, type_error};
use crate::types::class::{BuiltinType, Class, Instance, builtin_class, type_of};
use crate::types::function::{BoundMethod, BuiltinFn, Kw, MethodTarget};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The dict key under which a `property` remembers its attribute name (set by
/// `__set_name__`, used in error messages); not a valid identifier, so user code never sees it.
const PROP_NAME: &str = " name";

/// Which built-in descriptor type `v` is an instance of, if any.
fn builtin_kind(v: &Value) -> Option<BuiltinType> {
    match v {
        Value::Instance(i) if i.exc.is_none() => i.class.builtin,
        _ => None,
    }
}

/// A `staticmethod`/`classmethod` object wrapping `func`.
pub fn wrap(kind: BuiltinType, func: Value) -> Value {
    let inst = Instance::new(builtin_class(kind));
    inst.dict.set_str("__func__", func.clone());
    // Like CPython, the wrapper exposes the wrapped function's metadata.
    for attr in ["__doc__", "__name__", "__qualname__"] {
        if let Ok(x) = super::get_attr(&func, attr) {
            inst.dict.set_str(attr, x);
        }
    }
    inst.dict.set_str("__wrapped__", func);
    Value::Instance(inst)
}

fn field(v: &Value, name: &str) -> Value {
    match v {
        Value::Instance(i) => i.dict.get_str(name).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// True for a data descriptor: a `property`, or an object whose type defines `__set__` or
/// `__delete__` (these win over the instance `__dict__`).
pub fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Instance(i) if i.exc.is_none() => match i.class.builtin {
            Some(t) => t == BuiltinType::Property || t == BuiltinType::GetSetDescriptor,
            None => i.class.lookup("__set__").is_some() || i.class.lookup("__delete__").is_some(),
        },
        _ => false,
    }
}

/// Binds `attr`, found in the namespace of `owner` (or a class in its MRO), for access through
/// `obj` (`None` when the attribute is read from the class itself).
pub fn descr_get(attr: Value, obj: Option<&Value>, owner: &Rc<Class>) -> PyResult<Value> {
    match &attr {
        Value::Function(_) => Ok(match obj {
            Some(o) => Value::BoundMethod(Rc::new(BoundMethod {
                receiver: o.clone(),
                target: MethodTarget::Python(attr),
            })),
            None => attr,
        }),
        Value::Instance(d) if d.exc.is_none() => match d.class.builtin {
            Some(BuiltinType::StaticMethod) => Ok(field(&attr, "__func__")),
            Some(BuiltinType::ClassMethod) => {
                let func = field(&attr, "__func__");
                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: Value::Class(owner.clone()),
                    target: MethodTarget::Python(func),
                })))
            }
            Some(BuiltinType::Property) => match obj {
                None => Ok(attr),
                Some(o) => {
                    let fget = field(&attr, "fget");
                    if fget.is_none() {
                        return Err(prop_error(&attr, o, "getter"));
                    }
                    call(&fget, std::slice::from_ref(o))
                }
            },
            Some(BuiltinType::MethodDescriptor | BuiltinType::GetSetDescriptor) => {
                crate::types::native::descr_get(&attr, obj).unwrap_or_else(|| Ok(attr.clone()))
            }
            Some(_) => Ok(attr),
            None => match d.class.lookup("__get__") {
                Some(get) => {
                    let inst = obj.cloned().unwrap_or(Value::None);
                    super::call_unbound(&get, &attr, &[inst, Value::Class(owner.clone())])
                }
                None => Ok(attr),
            },
        },
        _ => Ok(attr),
    }
}

fn prop_error(prop: &Value, obj: &Value, what: &str) -> PyErr {
    match field(prop, PROP_NAME) {
        Value::Str(n) => attribute_error(format!(
            "property '{}' of '{}' object has no {what}",
            n.as_str(),
            obj.type_name()
        )),
        _ => attribute_error(format!(
            "property of '{}' object has no {what}",
            obj.type_name()
        )),
    }
}

/// `obj.name = value` through data descriptor `d`; `None` when `d` is not one.
pub fn descr_set(d: &Value, obj: &Value, value: Value) -> Option<PyResult<()>> {
    let Value::Instance(di) = d else { return None };
    if di.exc.is_some() {
        return None;
    }
    match di.class.builtin {
        Some(BuiltinType::Property) => {
            let fset = field(d, "fset");
            if fset.is_none() {
                return Some(Err(prop_error(d, obj, "setter")));
            }
            Some(call(&fset, &[obj.clone(), value]).map(|_| ()))
        }
        Some(BuiltinType::GetSetDescriptor) => Some(Err(crate::types::native::readonly())),
        Some(_) => None,
        None => match di.class.lookup("__set__") {
            Some(set) => Some(super::call_unbound(&set, d, &[obj.clone(), value]).map(|_| ())),
            None if di.class.lookup("__delete__").is_some() => {
                Some(Err(attribute_error("__set__")))
            }
            None => None,
        },
    }
}

/// `del obj.name` through data descriptor `d`; `None` when `d` is not one.
pub fn descr_delete(d: &Value, obj: &Value) -> Option<PyResult<()>> {
    let Value::Instance(di) = d else { return None };
    if di.exc.is_some() {
        return None;
    }
    match di.class.builtin {
        Some(BuiltinType::Property) => {
            let fdel = field(d, "fdel");
            if fdel.is_none() {
                return Some(Err(prop_error(d, obj, "deleter")));
            }
            Some(call(&fdel, std::slice::from_ref(obj)).map(|_| ()))
        }
        Some(BuiltinType::GetSetDescriptor) => Some(Err(crate::types::native::readonly())),
        Some(_) => None,
        None => match di.class.lookup("__delete__") {
            Some(del) => Some(super::call_unbound(&del, d, std::slice::from_ref(obj)).map(|_| ())),
            None if di.class.lookup("__set__").is_some() => {
                Some(Err(attribute_error("__delete__")))
            }
            None => None,
        },
    }
}

/// Calls `__set_name__(owner, name)` on a namespace value whose type defines it (at class
/// creation); a `property` records its name for error messages.
pub fn set_name(v: &Value, owner: &Value, name: &Value) -> PyResult<()> {
    let Value::Instance(i) = v else { return Ok(()) };
    if i.exc.is_some() {
        return Ok(());
    }
    match i.class.builtin {
        Some(BuiltinType::Property) => {
            if field(v, PROP_NAME).is_none() {
                i.dict.set_str(PROP_NAME, name.clone());
            }
            Ok(())
        }
        Some(_) => Ok(()),
        None => match i.class.lookup("__set_name__") {
            Some(f) => super::call_unbound(&f, v, &[owner.clone(), name.clone()]).map(|_| ()),
            None => Ok(()),
        },
    }
}

/// `staticmethod(f)`, `classmethod(f)`, `property(...)` and `super(cls, obj)`: `None` for
/// other built-in types.
pub fn construct(t: BuiltinType, args: &[Value], kw: Kw) -> Option<PyResult<Value>> {
    Some(match t {
        BuiltinType::StaticMethod | BuiltinType::ClassMethod => {
            let name = t.name();
            if !kw.is_empty() {
                return Some(Err(type_error(format!(
                    "{name}() takes no keyword arguments"
                ))));
            }
            if args.len() != 1 {
                return Some(Err(type_error(format!(
                    "{name} expected 1 argument, got {}",
                    args.len()
                ))));
            }
            Ok(wrap(t, args[0].clone()))
        }
        BuiltinType::Property => make_property(args, kw),
        BuiltinType::Super => make_super(args, kw),
        _ => return None,
    })
}

fn make_property(args: &[Value], kw: Kw) -> PyResult<Value> {
    let names = ["fget", "fset", "fdel", "doc"];
    if args.len() > 4 {
        return Err(type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.len()
        )));
    }
    let mut vals: [Value; 4] = [Value::None, Value::None, Value::None, Value::None];
    for (i, a) in args.iter().enumerate() {
        vals[i] = a.clone();
    }
    for (k, v) in kw {
        match names.iter().position(|n| n == k) {
            Some(i) if i < args.len() => {
                return Err(type_error(format!(
                    "argument for property() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => vals[i] = v.clone(),
            None => {
                return Err(type_error(format!(
                    "property() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    let [fget, fset, fdel, doc] = vals;
    let doc = if doc.is_none() && !fget.is_none() {
        super::get_attr(&fget, "__doc__").unwrap_or(Value::None)
    } else {
        doc
    };
    let inst = Instance::new(builtin_class(BuiltinType::Property));
    inst.dict.set_str("fget", fget);
    inst.dict.set_str("fset", fset);
    inst.dict.set_str("fdel", fdel);
    inst.dict.set_str("__doc__", doc);
    Ok(Value::Instance(inst))
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one function replaced.
fn prop_copy(recv: &Value, args: &[Value], which: &str) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "{which}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let mut fget = field(recv, "fget");
    let mut fset = field(recv, "fset");
    let mut fdel = field(recv, "fdel");
    let f = args[0].clone();
    match which {
        "getter" => fget = f,
        "setter" => fset = f,
        _ => fdel = f,
    }
    // A docstring taken from the old getter follows the new getter.
    let doc = field(recv, "__doc__");
    let old_get_doc = super::get_attr(&field(recv, "fget"), "__doc__").unwrap_or(Value::None);
    let doc = if which == "getter" && crate::ops::is(&doc, &old_get_doc) {
        Value::None
    } else {
        doc
    };
    make_property(&[fget, fset, fdel, doc], &[])
}

fn prop_getter(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_copy(recv, args, "getter")
}

fn prop_setter(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_copy(recv, args, "setter")
}

fn prop_deleter(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_copy(recv, args, "deleter")
}

fn prop_get_method(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let obj = args.first().cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(recv.clone());
    }
    descr_get(recv.clone(), Some(&obj), &type_of(&obj))
}

fn prop_set_method(recv: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.len()
        )));
    }
    descr_set(recv, &args[0], args[1].clone())
        .unwrap_or(Ok(()))
        .map(|_| Value::None)
}

fn make_super(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("super() takes no keyword arguments"));
    }
    let (this, obj) = match args {
        [] => return Err(crate::err::runtime_error("super(): no arguments")),
        [Value::Class(c), obj] => (c.clone(), obj.clone()),
        [Value::Class(_)] => return Err(type_error("super() with one argument is not supported")),
        [other, ..] if args.len() <= 2 => {
            return Err(type_error(format!(
                "super() argument 1 must be a type, not {}",
                other.type_name()
            )));
        }
        _ => {
            return Err(type_error(format!(
                "super() takes at most 2 arguments ({} given)",
                args.len()
            )));
        }
    };
    let ok = match &obj {
        Value::Class(c) => c.is_subclass(&this) || type_of(&obj).is_subclass(&this),
        other => type_of(other).is_subclass(&this),
    };
    if !ok {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    let inst = Instance::new(builtin_class(BuiltinType::Super));
    inst.dict.set_str("__thisclass__", Value::Class(this));
    inst.dict.set_str("__self__", obj);
    Ok(Value::Instance(inst))
}

/// Attribute access on the built-in descriptor objects (`prop.setter`, `sm.__func__`, the
/// lookups of a `super` object); `None` for other instances.
pub fn builtin_instance_attr(
    v: &Value,
    inst: &Rc<Instance>,
    name: &str,
) -> Option<PyResult<Value>> {
    let t = builtin_kind(v)?;
    let native = |n: &'static str, f: crate::types::function::MethodFn| {
        Some(Ok(Value::BoundMethod(Rc::new(BoundMethod {
            receiver: v.clone(),
            target: MethodTarget::Native(n, f),
        }))))
    };
    match (t, name) {
        (BuiltinType::Property, "getter") => native("getter", prop_getter),
        (BuiltinType::Property, "setter") => native("setter", prop_setter),
        (BuiltinType::Property, "deleter") => native("deleter", prop_deleter),
        (BuiltinType::Property, "__get__") => native("__get__", prop_get_method),
        (BuiltinType::Property, "__set__") => native("__set__", prop_set_method),
        (BuiltinType::Property, "__isabstractmethod__") => {
            Some(any_abstract(&["fget", "fset", "fdel"].map(|f| field(v, f))))
        }
        (BuiltinType::StaticMethod | BuiltinType::ClassMethod, "__isabstractmethod__") => {
            Some(any_abstract(&[field(v, "__func__")]))
        }
        (BuiltinType::Super, "__thisclass__" | "__self__") => inst.dict.get_str(name).map(Ok),
        (BuiltinType::Super, "__self_class__") => inst.dict.get_str("__self__").map(|s| match s {
            Value::Class(_) => Ok(s),
            other => Ok(Value::Class(type_of(&other))),
        }),
        (BuiltinType::Super, _) => {
            let this = inst.dict.get_str("__thisclass__").unwrap_or(Value::None);
            let obj = inst.dict.get_str("__self__").unwrap_or(Value::None);
            Some(super::super_attr(&this, &obj, name))
        }
        (BuiltinType::MethodDescriptor | BuiltinType::GetSetDescriptor, _) => {
            crate::types::native::descr_attr(inst, name).map(Ok)
        }
        (BuiltinType::StaticMethod | BuiltinType::ClassMethod, "__get__") => {
            native("__get__", crate::types::function_attrs::wrapper_get)
        }
        (BuiltinType::StaticMethod | BuiltinType::ClassMethod | BuiltinType::Property, _) => {
            if name == PROP_NAME {
                return None;
            }
            inst.dict.get_str(name).map(Ok)
        }
        _ => None,
    }
}

/// `__isabstractmethod__` of a descriptor wrapping `funcs`: true when any of them is abstract.
fn any_abstract(funcs: &[Value]) -> PyResult<Value> {
    for f in funcs.iter().filter(|f| !f.is_none()) {
        match super::get_attr(f, "__isabstractmethod__") {
            Ok(x) if x.truthy()? => return Ok(Value::Bool(true)),
            Ok(_) => {}
            Err(e) if e.is(BuiltinType::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Value::Bool(false))
}

macro_rules! object_methods {
    ($($name:literal => $stat:ident = $f:ident),* $(,)?) => {
        $(static $stat: BuiltinFn = BuiltinFn { name: $name, f: $f };)*

        /// The methods of `object` reachable as `object.<name>` or past the end of an MRO.
        pub fn object_method(name: &str) -> Option<Value> {
            match name {
                $($name => Some(Value::Builtin(&$stat)),)*
                _ => None,
            }
        }
    };
}

object_methods! {
    "__new__" => OBJECT_NEW = object_new,
    "__init__" => OBJECT_INIT = object_init,
    "__setattr__" => OBJECT_SETATTR = object_setattr,
    "__getattribute__" => OBJECT_GETATTRIBUTE = object_getattribute,
    "__delattr__" => OBJECT_DELATTR = object_delattr,
    "__init_subclass__" => OBJECT_INIT_SUBCLASS = object_init_subclass,
    "__eq__" => OBJECT_EQ = object_eq,
    "__ne__" => OBJECT_NE = object_ne,
    "__hash__" => OBJECT_HASH = object_hash,
    "__repr__" => OBJECT_REPR = object_repr,
    "__str__" => OBJECT_STR = object_str,
    "__lt__" => OBJECT_LT = object_not_implemented,
    "__le__" => OBJECT_LE = object_not_implemented,
    "__gt__" => OBJECT_GT = object_not_implemented,
    "__ge__" => OBJECT_GE = object_not_implemented,
    "__format__" => OBJECT_FORMAT = object_format,
    "__dir__" => OBJECT_DIR = object_dir,
    "__subclasshook__" => OBJECT_SUBCLASSHOOK = object_subclasshook,
}

/// `object.__subclasshook__(C)`: no opinion, the ordinary subclass check applies.
fn object_subclasshook(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `object.__lt__` and the other orderings: `NotImplemented`, so the reflected operation or
/// the `TypeError` of the operator follows.
fn object_not_implemented(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [_, _] => Ok(Value::NotImplemented),
        _ => Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, else CPython's error.
fn object_format(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [obj, Value::Str(spec)] if spec.as_str().is_empty() => {
            crate::ops::str_of(obj).map(Value::string)
        }
        [obj, Value::Str(_)] => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            obj.type_name()
        ))),
        [_, other] => Err(type_error(format!(
            "__format__() argument must be str, not {}",
            other.type_name()
        ))),
        _ => Err(type_error(format!(
            "__format__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// `object.__dir__(self)`: the default listing of `dir()` (unsorted in CPython; sorted here,
/// which `dir()` does anyway).
fn object_dir(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [obj] => crate::introspect::dir_of_default(obj),
        _ => Err(type_error(format!(
            "__dir__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// True when some class in the MRO of `cls` defines `name` itself (not `object`).
fn overrides(cls: &Rc<Class>, name: &str) -> bool {
    cls.mro()
        .any(|c| c.builtin.is_none() && c.dict.get_str(name).is_some())
}

/// CPython's check of `object.__init__(self, *args, **kw)`: extra arguments are an error
/// when the class overrides `__init__` (they were meant for it), or when it overrides
/// neither `__init__` nor `__new__` (nothing could take them).
pub fn object_init_args(obj: &Value, extra: bool) -> PyResult<()> {
    if !extra {
        return Ok(());
    }
    let cls = type_of(obj);
    // Instances of built-in types (exceptions included) and their subclasses have
    // `__init__`s of their own.
    if cls.builtin_base() != BuiltinType::Object {
        return Ok(());
    }
    if overrides(&cls, "__init__") {
        return Err(type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    if !overrides(&cls, "__new__") {
        return Err(type_error(format!(
            "{}.__init__() takes exactly one argument (the instance to initialize)",
            cls.name
        )));
    }
    Ok(())
}

fn object_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    // CPython's check of extra arguments: they are an error when the class overrides
    // `__new__` (they were meant for it), or when it does not override `__init__` either.
    if let Some(Value::Class(c)) = args.first()
        && c.builtin.is_none()
        && c.builtin_base() == BuiltinType::Object
        && (args.len() > 1 || !kw.is_empty())
    {
        if overrides(c, "__new__") {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(c, "__init__") {
            return Err(type_error(format!("{}() takes no arguments", c.name)));
        }
    }
    match args.first() {
        // `super().__new__(cls, message, excs)` in a group subclass: BaseExceptionGroup's.
        Some(Value::Class(c)) if c.derives_from(BuiltinType::BaseExceptionGroup) => {
            crate::types::exc_group::new_group(c, &args[1..])
        }
        // `int.__new__(cls, v)`, `super().__new__(cls, v)` in a subclass of a built-in type.
        Some(Value::Class(c))
            if c.builtin.is_none()
                && let Some(t) = super::base::storage_type(c) =>
        {
            super::base::new_instance(c, t, &args[1..], kw)
        }
        Some(Value::Class(c))
            if c.builtin.is_some_and(|t| t != BuiltinType::Object)
                && !c.derives_from(BuiltinType::BaseException) =>
        {
            Err(type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                c.name, c.name
            )))
        }
        Some(Value::Class(c)) if c.builtin.is_none() || c.builtin == Some(BuiltinType::Object) => {
            if c.ext.is_abstract.get() {
                return Err(crate::types::class::meta::abstract_error(c));
            }
            let inst = Instance::new(c.clone());
            if let Some(st) = &inst.exc {
                st.borrow_mut().args = Some(Value::tuple(args[1..].to_vec()));
            }
            Ok(Value::Instance(inst))
        }
        Some(Value::Class(c)) => crate::builtins::construct_builtin(c, &args[1..], &[]),
        Some(other) => Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
        None => Err(type_error("object.__new__(): not enough arguments")),
    }
}

fn object_init(args: &[Value], kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(obj) => object_init_args(obj, args.len() > 1 || !kw.is_empty())?,
        None => {
            return Err(type_error(
                "descriptor '__init__' of 'object' object needs an argument",
            ));
        }
    }
    Ok(Value::None)
}

fn attr_name(args: &[Value], n: usize) -> PyResult<&str> {
    if args.len() != n {
        return Err(type_error(format!(
            "expected {} arguments, got {}",
            n - 1,
            args.len().saturating_sub(1)
        )));
    }
    match &args[1] {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

/// The hash of the attribute name `args[1]`, already checked by [`attr_name`] (cached on
/// the `str`).
fn attr_hash(args: &[Value]) -> i64 {
    match &args[1] {
        Value::Str(s) => s.cached_hash(crate::hash::hash_str),
        _ => 0,
    }
}

fn object_setattr(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = attr_name(args, 3)?;
    super::generic_set_attr_h(&args[0], name, attr_hash(args), args[2].clone()).map(|_| Value::None)
}

fn object_getattribute(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = attr_name(args, 2)?;
    super::generic_get_attr_h(&args[0], name, attr_hash(args))
}

fn object_delattr(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = attr_name(args, 2)?;
    super::generic_del_attr(&args[0], name).map(|_| Value::None)
}

fn object_init_subclass(args: &[Value], kw: Kw) -> PyResult<Value> {
    // Bound to the class being created, the method is named after it.
    let owner = match args.first() {
        Some(Value::Class(c)) => c.name.to_string(),
        _ => "object".to_string(),
    };
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{owner}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{owner}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_eq(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [a, b] if crate::ops::is(a, b) => Ok(Value::Bool(true)),
        [_, _] => Ok(Value::NotImplemented),
        _ => Err(type_error("expected 1 argument")),
    }
}

fn object_ne(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [a, b] => match call_kw(&Value::Builtin(&OBJECT_EQ), &[a.clone(), b.clone()], &[])? {
            Value::Bool(x) => Ok(Value::Bool(!x)),
            other => Ok(other),
        },
        _ => Err(type_error("expected 1 argument")),
    }
}

fn object_hash(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [a] => Ok(Value::Int(crate::hash::hash_pointer(
            crate::ops::id_of(a) as usize
        ))),
        _ => Err(type_error("expected 0 arguments")),
    }
}

fn object_repr(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [Value::Instance(inst)] => Ok(Value::string(format!(
            "<{}.{} object at {:#x}>",
            inst.class.module,
            inst.class.qualname,
            crate::ops::id_of(&args[0])
        ))),
        [a] => crate::ops::repr_of(a).map(Value::string),
        _ => Err(type_error("expected 0 arguments")),
    }
}

fn object_str(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [a] => crate::ops::str_of(a).map(Value::string),
        _ => Err(type_error("expected 0 arguments")),
    }
}
