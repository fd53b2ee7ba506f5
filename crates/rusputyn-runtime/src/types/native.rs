//! Classes implemented in Rust for the standard-library modules (`functools.partial`,
//! `itertools.count`, `operator.itemgetter`, ...). A native class is an ordinary [`Class`], so
//! `type()`, `isinstance`, subclassing, `__dict__` and attribute lookup need nothing special;
//! its namespace holds *native descriptors*, the counterparts of CPython's
//! `method_descriptor` (a method taking the receiver first) and `getset_descriptor` (a
//! read-only computed attribute), and its instances keep their Rust state in
//! [`Instance::native`], which the methods downcast.
//!
//! Each class is described once by a `static` [`NativeClass`] and built on first use per
//! thread ([`class`]), so the module attribute (`functools.partial`) and the objects the
//! runtime creates itself (the `_grouper`s of `itertools.groupby`) share one class object.

use crate::err::{attribute_error, type_error};
use crate::types::class::{BuiltinType, Class, Instance, builtin_class};
use crate::types::function::{BoundMethod, BuiltinFn, Kw, MethodFn, MethodTarget};
use crate::value::{PyResult, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// One attribute of a native class's namespace.
pub enum Member {
    /// A method: `f(receiver, args, kwargs)`; looked up on an instance it is bound to it.
    Method(&'static str, MethodFn),
    /// A read-only attribute computed by `f(receiver, &[], &[])`; assignment raises
    /// `AttributeError: readonly attribute` (it is a data descriptor, like CPython's members).
    Getter(&'static str, MethodFn),
    /// A class method (`itertools.chain.from_iterable`): the built-in receives the class
    /// first.
    ClassMethod(&'static BuiltinFn),
    /// A plain class attribute (`__hash__ = None` for unhashable objects).
    Attr(&'static str, fn() -> Value),
}

/// The static description of a class implemented in Rust.
pub struct NativeClass {
    /// `__module__` (`"functools"`).
    pub module: &'static str,
    /// `__name__` and `__qualname__` (`"partial"`).
    pub name: &'static str,
    /// `__new__(cls, *args, **kwargs)`; `None` for classes Python code cannot instantiate
    /// (`TypeError: cannot create 'itertools._grouper' instances`).
    pub new: Option<&'static BuiltinFn>,
    /// The namespace: methods, special methods and read-only attributes.
    pub members: &'static [Member],
    /// Whether instances have a `__dict__` (functions-like objects such as `partial` do;
    /// iterators do not).
    pub has_dict: bool,
    /// Whether CPython implements the class in C, so that messages name its objects with the
    /// module (`'itertools.count' object has no attribute 'x'`); `false` for the classes
    /// CPython writes in Python (`cached_property`), named by their bare name.
    pub c_type: bool,
}

impl NativeClass {
    /// The dotted name CPython's `tp_name` gives (`"functools.partial"`), used in reprs and
    /// messages.
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.module, self.name)
    }
}

/// CPython's `tp_name` for `cls`, which messages and reprs use: the dotted name
/// (`functools.partial`) for a class implemented here, like CPython's static types, and the
/// bare name for anything else (Python subclasses included).
pub fn tp_name(cls: &Rc<Class>) -> String {
    let c_type = CLASSES.with(|c| {
        c.borrow()
            .iter()
            .any(|(_, k, c_type)| *c_type && Rc::ptr_eq(k, cls))
    });
    if c_type {
        format!("{}.{}", cls.module, cls.name)
    } else {
        cls.name.to_string()
    }
}

/// The payload of a native descriptor object.
struct Descr {
    name: &'static str,
    f: MethodFn,
    /// `__doc__`.
    doc: Option<&'static str>,
    /// The qualified name of the class defining it, for reprs and messages.
    owner: Rc<str>,
}

thread_local! {
    /// Every native class built so far: (address of its `NativeClass`, class, `c_type`).
    static CLASSES: RefCell<Vec<(usize, Rc<Class>, bool)>> = const { RefCell::new(Vec::new()) };
}

static NO_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: no_new,
};

fn no_new(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Class(c)) => format!("{}.{}", c.module, c.name),
        _ => "object".to_string(),
    };
    Err(type_error(format!("cannot create '{name}' instances")))
}

/// The class object described by `def`, created on first use.
pub fn class(def: &'static NativeClass) -> Rc<Class> {
    let key = def as *const NativeClass as usize;
    if let Some(c) = CLASSES.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, c, _)| c.clone())
    }) {
        return c;
    }
    let cls = build(def);
    CLASSES.with(|c| c.borrow_mut().push((key, cls.clone(), def.c_type)));
    cls
}

fn build(def: &'static NativeClass) -> Rc<Class> {
    let object = builtin_class(BuiltinType::Object);
    let cls = Rc::new(Class {
        name: def.name.into(),
        qualname: def.name.into(),
        module: def.module.into(),
        bases: vec![object.clone()],
        mro_tail: vec![object],
        dict: Rc::new(crate::types::dict::PyDict::new()),
        builtin: None,
        hook_bits: std::cell::Cell::new(0),
        slots: RefCell::new(None),
        ext: Default::default(),
    });
    let owner: Rc<str> = def.qualified().into();
    cls.dict
        .set_str("__new__", Value::Builtin(def.new.unwrap_or(&NO_NEW)));
    cls.dict.set_str("__doc__", Value::None);
    for m in def.members {
        let v = match m {
            Member::Method(name, f) => descriptor(BuiltinType::MethodDescriptor, name, *f, &owner),
            Member::Getter(name, f) => descriptor(BuiltinType::GetSetDescriptor, name, *f, &owner),
            Member::ClassMethod(b) => {
                crate::types::object::descr::wrap(BuiltinType::ClassMethod, Value::Builtin(b))
            }
            Member::Attr(_, f) => f(),
        };
        let name = match m {
            Member::Method(n, _) | Member::Getter(n, _) | Member::Attr(n, _) => n,
            Member::ClassMethod(b) => &b.name,
        };
        cls.dict.set_str(name, v);
    }
    if !def.has_dict {
        *cls.slots.borrow_mut() = Some(Vec::new());
    }
    cls.invalidate_lookups();
    cls.hook_bits
        .set(crate::types::class::setup::compute_hooks(&cls));
    cls
}

/// A method descriptor for `f` with docstring `doc`, to be stored in the namespace of the
/// class named `owner` (how `functools.total_ordering` adds the methods it derives).
pub fn method_descriptor(name: &'static str, f: MethodFn, doc: &'static str, owner: &str) -> Value {
    let d = Descr {
        name,
        f,
        doc: Some(doc),
        owner: Rc::from(owner),
    };
    Value::Instance(Instance::with_native(
        builtin_class(BuiltinType::MethodDescriptor),
        Box::new(d),
    ))
}

fn descriptor(kind: BuiltinType, name: &'static str, f: MethodFn, owner: &Rc<str>) -> Value {
    let d = Descr {
        name,
        f,
        doc: None,
        owner: owner.clone(),
    };
    Value::Instance(Instance::with_native(builtin_class(kind), Box::new(d)))
}

/// A new instance of `cls` (a native class or a Python subclass of one) holding `state`.
pub fn new_object<T: Any>(cls: Rc<Class>, state: T) -> Value {
    Value::Instance(Instance::with_native(cls, Box::new(state)))
}

/// A new instance of the native class `def` holding `state`.
pub fn new_instance<T: Any>(def: &'static NativeClass, state: T) -> Value {
    new_object(class(def), state)
}

/// Splits the arguments of a native `__new__` into the class being instantiated (a native
/// class or a Python subclass of it) and the constructor arguments.
pub fn new_args(args: &[Value]) -> PyResult<(Rc<Class>, &[Value])> {
    match args.split_first() {
        Some((Value::Class(c), rest)) => Ok((c.clone(), rest)),
        Some((other, _)) => Err(type_error(format!(
            "__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
        None => Err(type_error("__new__(): not enough arguments")),
    }
}

/// The Rust state of `v` if it is an instance of a native class whose state has type `T`.
pub fn state<T: Any>(v: &Value) -> Option<&T> {
    match v {
        Value::Instance(i) => i.native.as_ref()?.downcast_ref::<T>(),
        _ => None,
    }
}

/// [`state`], or CPython's `TypeError` for a method of `def` applied to another object
/// (`functools.partial.__call__(1)`).
pub fn expect<'a, T: Any>(v: &'a Value, def: &NativeClass, method: &str) -> PyResult<&'a T> {
    state::<T>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for '{}' objects doesn't apply to a '{}' object",
            def.qualified(),
            v.type_name()
        ))
    })
}

fn descr_of(inst: &Instance) -> Option<&Descr> {
    match inst.class.builtin {
        Some(BuiltinType::MethodDescriptor | BuiltinType::GetSetDescriptor) => {
            inst.native.as_ref()?.downcast_ref::<Descr>()
        }
        _ => None,
    }
}

/// If `v` is a native method descriptor, its function.
pub fn method_fn(v: &Value) -> Option<MethodFn> {
    match v {
        Value::Instance(i)
            if i.native.is_some() && i.class.builtin == Some(BuiltinType::MethodDescriptor) =>
        {
            descr_of(i).map(|d| d.f)
        }
        _ => None,
    }
}

/// Calling a method descriptor directly (`functools.partial.__call__(p, 1)`): the first
/// argument is the receiver. `None` when `inst` is not a method descriptor.
pub fn call_descriptor(inst: &Instance, args: &[Value], kw: Kw) -> Option<PyResult<Value>> {
    if inst.class.builtin != Some(BuiltinType::MethodDescriptor) {
        return None;
    }
    let d = descr_of(inst)?;
    Some(match args.split_first() {
        Some((recv, rest)) => (d.f)(recv, rest, kw),
        None => Err(type_error(format!(
            "unbound method {}.{}() needs an argument",
            d.owner, d.name
        ))),
    })
}

/// `descr.__get__(obj, owner)` for the native descriptors: methods bind, getters compute;
/// read from the class (`obj` is `None`) both return themselves. `None` for other objects.
pub fn descr_get(attr: &Value, obj: Option<&Value>) -> Option<PyResult<Value>> {
    let Value::Instance(inst) = attr else {
        return None;
    };
    let d = descr_of(inst)?;
    let Some(o) = obj else {
        return Some(Ok(attr.clone()));
    };
    Some(match inst.class.builtin {
        Some(BuiltinType::GetSetDescriptor) => (d.f)(o, &[], &[]),
        _ => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            receiver: o.clone(),
            target: MethodTarget::Native(d.name, d.f),
        }))),
    })
}

/// Assignment or deletion through a getter: CPython's message for read-only members.
pub fn readonly() -> crate::err::PyErr {
    attribute_error("readonly attribute")
}

/// `repr()` of a native descriptor (`<method 'cache_info' of 'functools._lru_cache_wrapper'
/// objects>`); `None` for other objects.
pub fn descr_repr(inst: &Instance) -> Option<String> {
    let d = descr_of(inst)?;
    let what = if inst.class.builtin == Some(BuiltinType::GetSetDescriptor) {
        "attribute"
    } else {
        "method"
    };
    Some(format!("<{what} '{}' of '{}' objects>", d.name, d.owner))
}

/// `__name__` / `__qualname__` of a native descriptor.
pub fn descr_attr(inst: &Instance, name: &str) -> Option<Value> {
    let d = descr_of(inst)?;
    match name {
        "__name__" => Some(Value::str(d.name)),
        "__qualname__" => {
            let short = d.owner.rsplit('.').next().unwrap_or(&d.owner);
            Some(Value::string(format!("{short}.{}", d.name)))
        }
        "__doc__" => Some(d.doc.map(Value::str).unwrap_or(Value::None)),
        _ => None,
    }
}
