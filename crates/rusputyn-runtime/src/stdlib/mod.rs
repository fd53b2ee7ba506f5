//! The standard-library modules implemented in Rust, and `import` of them. Each module is
//! built on first import and cached, like `sys.modules`.

pub mod copy;
pub mod functools;
pub mod itertools;
pub mod math;
pub mod operator;
pub mod sys;
pub mod time;

use crate::err::PyErr;
use crate::types::class::{BuiltinType, builtin_class};
use crate::types::module::Module;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The modules this runtime provides: (name, builder). The compiler checks imports against
/// this list.
pub const MODULES: &[(&str, fn() -> Rc<Module>)] = &[
    ("sys", sys::module),
    ("math", math::module),
    ("time", time::module),
    ("operator", operator::module),
    ("functools", functools::module),
    ("copy", copy::module),
    ("itertools", itertools::module),
];

thread_local! {
    static CACHE: RefCell<Vec<(&'static str, Rc<Module>)>> = const { RefCell::new(Vec::new()) };
}

/// `import name`: the module object.
pub fn import(name: &str) -> PyResult<Value> {
    if let Some(m) = CACHE.with(|c| c.borrow().iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone())) {
        return Ok(Value::Module(m));
    }
    let Some((n, build)) = MODULES.iter().find(|(n, _)| *n == name) else {
        return Err(PyErr::with_args(builtin_class(BuiltinType::ModuleNotFoundError), vec![Value::string(format!("No module named '{name}'"))]));
    };
    let m = build();
    CACHE.with(|c| c.borrow_mut().push((n, m.clone())));
    Ok(Value::Module(m))
}

/// `from module import name`.
pub fn import_from(module: &Value, name: &str) -> PyResult<Value> {
    match crate::types::object::get_attr(module, name) {
        Ok(v) => Ok(v),
        Err(_) => {
            let mname = if let Value::Module(m) = module { m.name.clone() } else { String::new() };
            Err(crate::err::import_error(format!("cannot import name '{name}' from '{mname}' (unknown location)")))
        }
    }
}
