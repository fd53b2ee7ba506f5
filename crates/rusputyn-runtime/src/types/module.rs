//! Module objects: a name and a namespace. Built-in modules (`sys`, `math`, `time`) keep
//! their namespace in a dict; a module compiled from Python source keeps its globals in the
//! generated code's slot table ([`Globals`]) so its own code reads them by index, and its
//! namespace is the table's live dict view (`globals()`, `module.__dict__`), whose own
//! entries hold only the attributes the module's code never names.

use crate::support::Globals;
use crate::types::dict::PyDict;
use crate::value::Value;
use std::rc::Rc;

/// A module object.
pub struct Module {
    /// `__name__`.
    pub name: String,
    /// The module namespace (for compiled modules: the view of their globals table).
    pub dict: Rc<PyDict>,
    /// The globals of a module compiled from Python source.
    pub globals: Option<Rc<Globals>>,
    /// The source path of a compiled module (`__file__`).
    pub file: Option<&'static str>,
    /// True for a package (submodules are imported as its attributes).
    pub is_package: bool,
}

impl Module {
    /// A new module with the given attributes.
    pub fn new(name: &str, attrs: Vec<(&str, Value)>) -> Rc<Module> {
        let dict = PyDict::new();
        dict.set_str("__name__", Value::str(name));
        for (k, v) in attrs {
            dict.set_str(k, v);
        }
        Rc::new(Module {
            name: name.to_string(),
            dict: Rc::new(dict),
            globals: None,
            file: None,
            is_package: false,
        })
    }

    /// The module object of a compiled module whose globals are `globals`.
    pub fn compiled(
        name: &str,
        globals: Rc<Globals>,
        file: &'static str,
        is_package: bool,
    ) -> Rc<Module> {
        Rc::new(Module {
            name: name.to_string(),
            dict: globals.namespace(),
            globals: Some(globals),
            file: Some(file),
            is_package,
        })
    }

    /// Attribute `name` of the module, if bound.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict.get_str(name).or_else(|| match name {
            "__file__" => self.file.map(Value::str),
            _ => None,
        })
    }

    /// Binds attribute `name` (a global of a compiled module when it has that global).
    pub fn set(&self, name: &str, value: Value) {
        self.dict.set_str(name, value);
    }

    /// Removes attribute `name`; false when it was not bound.
    pub fn remove(&self, name: &str) -> bool {
        self.dict.remove_str(name).is_some()
    }

    /// The live namespace (`vars(module)`, `module.__dict__`, `dir(module)`).
    pub fn namespace(&self) -> Rc<PyDict> {
        self.dict.clone()
    }
}
