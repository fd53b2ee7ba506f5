//! Module objects: a name and a namespace dict. Built-in modules (`sys`, `math`, `time`) are
//! created on first import and cached.

use crate::types::dict::PyDict;
use crate::value::Value;
use std::rc::Rc;

/// A module object.
pub struct Module {
    /// `__name__`.
    pub name: String,
    /// The module namespace.
    pub dict: Rc<PyDict>,
}

impl Module {
    /// A new module with the given attributes.
    pub fn new(name: &str, attrs: Vec<(&str, Value)>) -> Rc<Module> {
        let dict = PyDict::new();
        dict.set_str("__name__", Value::str(name));
        for (k, v) in attrs {
            dict.set_str(k, v);
        }
        Rc::new(Module { name: name.to_string(), dict: Rc::new(dict) })
    }
}
