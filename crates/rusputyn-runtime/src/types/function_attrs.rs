//! The attributes of function and method objects that go beyond their metadata: functions
//! as descriptors (`f.__get__(obj, type)`), `__closure__` and its `cell` objects,
//! `__annotations__`, and the equality and hash of bound methods.

use crate::err::{type_error, value_error};
use crate::types::class::Instance;
use crate::types::class::type_of;
use crate::types::function::{BoundMethod, Cell, Function, Kw, MethodTarget};
use crate::types::native::{Member, NativeClass};
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// `f.__get__`: a method bound to the function itself.
pub fn function_get_method(f: &Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod {
        receiver: f.clone(),
        target: MethodTarget::Native("__get__", function_get),
    }))
}

/// `function.__get__(self, instance, owner=None)`: a bound method, or the function itself
/// when `instance` is `None` (access through the class).
fn function_get(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::types::function::no_kwargs("__get__", kw)?;
    match args {
        [obj] | [obj, _] if obj.is_none() => Ok(recv.clone()),
        [obj] | [obj, _] => Ok(Value::BoundMethod(Rc::new(BoundMethod {
            receiver: obj.clone(),
            target: MethodTarget::Python(recv.clone()),
        }))),
        [] => Err(type_error("expected at least 1 argument, got 0")),
        _ => Err(type_error(format!(
            "expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// `staticmethod.__get__` / `classmethod.__get__` of the wrapper `recv`: what reading the
/// attribute through `obj` (or through the class `owner` when `obj` is `None`) gives.
pub fn wrapper_get(recv: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::types::function::no_kwargs("__get__", kw)?;
    let (obj, owner) = match args {
        [obj] => (obj.clone(), Value::None),
        [obj, owner] => (obj.clone(), owner.clone()),
        _ => {
            return Err(type_error(format!(
                "expected 1 or 2 arguments, got {}",
                args.len()
            )));
        }
    };
    let owner = match (&owner, &obj) {
        (Value::Class(c), _) => c.clone(),
        (_, o) if !o.is_none() => type_of(o),
        _ => return Err(type_error("__get__(None, None) is invalid")),
    };
    let obj = if obj.is_none() { None } else { Some(&obj) };
    crate::types::object::descr::descr_get(recv.clone(), obj, &owner)
}

static CELL_CLASS: NativeClass = NativeClass {
    module: "builtins",
    name: "cell",
    new: None,
    members: &[
        Member::Getter("cell_contents", cell_contents),
        Member::Method("__repr__", cell_repr),
    ],
    has_dict: false,
    c_type: false,
};

/// The state of a `cell` object: the closure cell it shows.
struct CellObj(Cell);

fn cell_of(v: &Value) -> PyResult<&Cell> {
    crate::types::native::expect::<CellObj>(v, &CELL_CLASS, "cell_contents").map(|c| &c.0)
}

fn cell_contents(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    cell_of(recv)?
        .borrow()
        .clone()
        .ok_or_else(|| value_error("Cell is empty"))
}

fn cell_repr(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let cell = cell_of(recv)?;
    let at = crate::ops::id_of(recv);
    Ok(Value::string(match &*cell.borrow() {
        None => format!("<cell at {at:#x}: empty>"),
        Some(v) => format!(
            "<cell at {at:#x}: {} object at {:#x}>",
            v.type_name(),
            crate::ops::id_of(v)
        ),
    }))
}

/// `f.__closure__`: `None` for a function without free variables, else a tuple of `cell`
/// objects sharing the function's cells. The tuple is made once and kept by the function,
/// and a closure cell shows as the same `cell` object wherever it is reached from (two
/// functions closing over one variable share it), as in CPython.
pub fn closure(f: &Function) -> Value {
    if f.closure.is_empty() {
        return Value::None;
    }
    f.closure_tuple
        .borrow_mut()
        .get_or_insert_with(|| Value::tuple(f.closure.iter().map(cell_object).collect()))
        .clone()
}

thread_local! {
    /// The live `cell` object of each closure cell that has one, keyed by the cell's address
    /// (a `cell` object keeps its cell alive, so a live entry's key cannot be reused).
    static CELL_OBJECTS: RefCell<CellObjects> = RefCell::new(CellObjects::default());
}

/// The table behind `CELL_OBJECTS`, with the size at which dead entries are next swept.
#[derive(Default)]
struct CellObjects {
    live: HashMap<usize, Weak<Instance>>,
    sweep_at: usize,
}

/// The one `cell` object showing closure cell `c`, made on first need.
fn cell_object(c: &Cell) -> Value {
    let key = Rc::as_ptr(c) as usize;
    CELL_OBJECTS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(obj) = t.live.get(&key).and_then(Weak::upgrade) {
            return Value::Instance(obj);
        }
        if t.live.len() >= t.sweep_at {
            t.live.retain(|_, w| w.strong_count() > 0);
            t.sweep_at = (t.live.len() * 2).max(64);
        }
        let obj = crate::types::native::new_instance(&CELL_CLASS, CellObj(c.clone()));
        if let Value::Instance(i) = &obj {
            t.live.insert(key, Rc::downgrade(i));
        }
        obj
    })
}

/// `f.__annotations__`: the dict recorded at definition, or a fresh empty one kept from then
/// on (as CPython does for a function defined without annotations).
pub fn annotations(f: &Function) -> Value {
    f.annotations
        .borrow_mut()
        .get_or_insert_with(|| Value::Dict(Rc::new(crate::types::dict::PyDict::new())))
        .clone()
}

/// `f.__annotations__ = value`: a dict, or `None` (which resets it).
pub fn set_annotations(f: &Function, value: Value) -> PyResult<()> {
    match value {
        Value::Dict(_) => *f.annotations.borrow_mut() = Some(value),
        Value::None => *f.annotations.borrow_mut() = None,
        _ => return Err(type_error("__annotations__ must be set to a dict object")),
    }
    Ok(())
}

/// True when two bound-method targets are the same function.
fn same_target(a: &MethodTarget, b: &MethodTarget) -> bool {
    match (a, b) {
        (MethodTarget::Python(x), MethodTarget::Python(y)) => crate::ops::is(x, y),
        (MethodTarget::Native(n, f), MethodTarget::Native(m, g))
        | (MethodTarget::Unbound(n, _, f), MethodTarget::Unbound(m, _, g)) => {
            n == m && std::ptr::fn_addr_eq(*f, *g)
        }
        (MethodTarget::Static(x), MethodTarget::Static(y)) => std::ptr::eq(*x, *y),
        _ => false,
    }
}

/// `m1 == m2` for bound methods: the same function bound to the same object (`__self__` is
/// compared by identity, as CPython 3.8+ does).
pub fn bound_method_eq(a: &BoundMethod, b: &BoundMethod) -> bool {
    crate::ops::is(&a.receiver, &b.receiver) && same_target(&a.target, &b.target)
}

/// `hash(m)` for a bound method: consistent with [`bound_method_eq`] (the identity of
/// `__self__` mixed with the function's hash).
pub fn bound_method_hash(m: &BoundMethod) -> PyResult<i64> {
    let x = crate::hash::hash_pointer(crate::ops::id_of(&m.receiver) as usize);
    let y = match &m.target {
        MethodTarget::Python(f) => crate::hash::hash_value(f)?,
        MethodTarget::Native(_, f) | MethodTarget::Unbound(_, _, f) => {
            crate::hash::hash_pointer(*f as usize)
        }
        MethodTarget::Static(b) => crate::hash::hash_pointer(*b as *const _ as usize),
    };
    let h = x ^ y;
    Ok(if h == -1 { -2 } else { h })
}
