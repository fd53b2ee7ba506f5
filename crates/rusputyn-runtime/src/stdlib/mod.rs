//! The standard-library modules implemented in Rust, and `import` of them. Each module is
//! built on first import and cached, like `sys.modules`.

pub mod cmath;
pub mod cmath_trig;
pub mod copy;
pub mod dataclass_support;
pub mod functools;
pub mod inspect_support;
pub mod itertools;
pub mod math;
pub mod operator;
pub mod re;
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
    ("cmath", cmath::module),
    ("time", time::module),
    ("operator", operator::module),
    ("functools", functools::module),
    ("copy", copy::module),
    ("itertools", itertools::module),
    ("re", re::module),
    ("_inspect", inspect_support::module),
    ("_dataclasses", dataclass_support::module),
];

/// A module compiled from Python source into the program, as the generated `main`
/// registers it.
pub struct CompiledModule {
    /// Absolute dotted name.
    pub name: &'static str,
    /// The source path (`__file__`, tracebacks).
    pub file: &'static str,
    /// True for a package's `__init__`.
    pub is_package: bool,
    /// The module's globals table.
    pub globals: fn() -> Rc<crate::support::Globals>,
    /// Runs the module body (once, on first import).
    pub run: fn() -> PyResult<()>,
}

thread_local! {
    /// `sys.modules`: every module imported so far (or being imported), by name.
    static CACHE: RefCell<Vec<(String, Rc<Module>)>> = const { RefCell::new(Vec::new()) };
    /// The program's compiled modules.
    static COMPILED: RefCell<&'static [CompiledModule]> = const { RefCell::new(&[]) };
    /// Modules whose body is running (for CPython's circular-import message).
    static INITIALIZING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Makes the program's compiled modules importable; the generated `main` calls this first.
pub fn register_compiled(modules: &'static [CompiledModule]) {
    COMPILED.with(|c| *c.borrow_mut() = modules);
}

/// Records the entry module as `__main__` in the import cache before its body runs (the
/// generated `main` runs it directly, not through [`import`]), so `__import__("__main__")`,
/// `sys.modules["__main__"]` and a function's `__globals__` reach its namespace as in CPython.
pub fn register_main(globals: Rc<crate::support::Globals>, file: &'static str) {
    let m = Module::compiled("__main__", globals, file, false);
    CACHE.with(|c| c.borrow_mut().push(("__main__".to_string(), m)));
}

/// The namespace dict of the imported (or importing) module `name`: a function's
/// `__globals__`. `None` for a module that is not in the import cache.
pub fn module_namespace(name: &str) -> Option<Value> {
    cached(name).map(|m| Value::Dict(m.dict.clone()))
}

fn cached(name: &str) -> Option<Rc<Module>> {
    CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, m)| m.clone())
    })
}

fn module_not_found(name: &str) -> PyErr {
    module_not_found_msg(name, format!("No module named '{name}'"))
}

/// A `ModuleNotFoundError` for module `name` with message `msg` (`e.name` is `name`).
fn module_not_found_msg(name: &str, msg: String) -> PyErr {
    let e = PyErr::with_args(
        builtin_class(BuiltinType::ModuleNotFoundError),
        vec![Value::string(msg)],
    );
    let _ = crate::types::object::set_attr(&e.value(), "name", Value::str(name));
    e
}

/// `import name` for an absolute dotted name: the module object of `name` itself (its
/// parent packages are imported first and get it as an attribute, as CPython's
/// `importlib._bootstrap._find_and_load` does).
pub fn import(name: &str) -> PyResult<Value> {
    if let Some(m) = cached(name) {
        return Ok(Value::Module(m));
    }
    let parent = match name.rsplit_once('.') {
        Some((p, _)) => match import(p)? {
            Value::Module(pm) => {
                // Importing the parent may have imported this module already.
                if let Some(m) = cached(name) {
                    return Ok(Value::Module(m));
                }
                Some(pm)
            }
            _ => None,
        },
        None => None,
    };
    let m = if let Some((_, build)) = MODULES.iter().find(|(n, _)| *n == name) {
        let m = build();
        CACHE.with(|c| c.borrow_mut().push((name.to_string(), m.clone())));
        m
    } else if let Some(cm) = COMPILED.with(|c| c.borrow().iter().find(|m| m.name == name)) {
        let m = Module::compiled(name, (cm.globals)(), cm.file, cm.is_package);
        CACHE.with(|c| c.borrow_mut().push((name.to_string(), m.clone())));
        INITIALIZING.with(|i| i.borrow_mut().push(name.to_string()));
        let r = (cm.run)();
        INITIALIZING.with(|i| i.borrow_mut().retain(|n| n != name));
        if let Err(e) = r {
            // A module whose body failed is not left in `sys.modules`.
            CACHE.with(|c| c.borrow_mut().retain(|(n, _)| n != name));
            return Err(e);
        }
        m
    } else if let Some(pm) = parent.as_ref().filter(|pm| !pm.is_package) {
        return Err(module_not_found_msg(
            name,
            format!("No module named '{name}'; '{}' is not a package", pm.name),
        ));
    } else {
        return Err(module_not_found(name));
    };
    if let Some(pm) = parent {
        let last = name.rsplit('.').next().unwrap_or(name);
        pm.set(last, Value::Module(m.clone()));
    }
    Ok(Value::Module(m))
}

/// `import a.b.c` without `as`: imports `a.b.c` and returns `a`, the name it binds.
pub fn import_top(name: &str) -> PyResult<Value> {
    import(name)?;
    import(name.split('.').next().unwrap_or(name))
}

/// `from module import name`: the attribute, else the submodule `module.name` of a package
/// (CPython's `_handle_fromlist`), else CPython's `ImportError`.
pub fn import_from(module: &Value, name: &str) -> PyResult<Value> {
    if let Ok(v) = crate::types::object::get_attr(module, name) {
        return Ok(v);
    }
    let Value::Module(m) = module else {
        return Err(crate::err::import_error(format!(
            "cannot import name '{name}'"
        )));
    };
    let full = format!("{}.{name}", m.name);
    if m.is_package || MODULES.iter().any(|(n, _)| *n == full) {
        match import(&full) {
            Ok(v) => return Ok(v),
            Err(e) if !e.is(BuiltinType::ModuleNotFoundError) => return Err(e),
            Err(_) => {}
        }
    }
    let location = m.file.unwrap_or("unknown location");
    let circular = INITIALIZING.with(|i| i.borrow().iter().any(|n| *n == m.name));
    Err(crate::err::import_error(if circular {
        format!(
            "cannot import name '{name}' from partially initialized module '{}' (most likely due to a circular import) ({location})",
            m.name
        )
    } else {
        format!("cannot import name '{name}' from '{}' ({location})", m.name)
    }))
}

/// The error of a relative import outside any package.
pub fn relative_import_error() -> PyErr {
    crate::err::import_error("attempted relative import with no known parent package")
}
