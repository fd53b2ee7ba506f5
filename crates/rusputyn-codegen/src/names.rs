//! Loading, storing and deleting names according to their resolved scope: fast locals
//! (`Option<Value>` Rust variables), cells, module globals (slots), class namespaces and
//! built-ins.

use crate::lower::{Gen, lit};
use rusputyn_frontend::Resolution;

impl Gen<'_> {
    /// Rust expression (type `Value`) reading `name`.
    pub fn load_name(&mut self, name: &str) -> String {
        let id = Self::ident(name);
        match self.resolve(name) {
            Resolution::Local => self.q(format!("rt::support::load_local(&l_{id}, {})", lit(name))),
            Resolution::Cell => self.q(format!("rt::support::load_cell(&c_{id}, {})", lit(name))),
            Resolution::Free => self.q(format!("rt::support::load_free(&c_{id}, {})", lit(name))),
            Resolution::ClassLocal => {
                let ns = self.class_namespace().unwrap_or_default();
                let found = self.q(format!("{ns}.get({})", lit(name)));
                let fallback = self.load_global(name);
                format!("match {found} {{ Some(v) => v, None => {fallback} }}")
            }
            Resolution::GlobalOrBuiltin
                if name == "__class__"
                    && let Some(idx) = self.f.class_cell =>
            {
                self.q(format!(
                    "rt::support::load_free(&closure[{idx}], \"__class__\")"
                ))
            }
            Resolution::Global | Resolution::GlobalOrBuiltin => self.load_global(name),
        }
    }

    /// Rust expression (type `Callee`) reading `name` as the callee of a call, when `name`
    /// is a module global slot read as such (else `None`: load it with [`Gen::load_name`]).
    pub fn load_global_callee(&mut self, name: &str) -> Option<String> {
        let global = match self.resolve(name) {
            Resolution::Global => true,
            Resolution::GlobalOrBuiltin => name != "__class__" || self.f.class_cell.is_none(),
            _ => false,
        };
        if !global || !self.m.scopes.module_globals.iter().any(|g| g == name) {
            return None;
        }
        if name == "__name__" && !self.m.scopes.module_globals.iter().any(|g| g == "__name__") {
            return None;
        }
        let i = self.global_index(name);
        Some(self.q(format!("G.with(|g| g.callee({i}))")))
    }

    fn load_global(&mut self, name: &str) -> String {
        if name == "__name__" && !self.m.scopes.module_globals.iter().any(|g| g == "__name__") {
            return format!("Value::str({})", lit(&self.m.name));
        }
        if self.m.scopes.module_globals.iter().any(|g| g == name) {
            let i = self.global_index(name);
            return self.q(format!("G.with(|g| g.get_or_builtin({i}))"));
        }
        if rusputyn_runtime::builtins::builtin_value(name).is_some() {
            return match name {
                "None" => "Value::None".into(),
                "True" => "Value::Bool(true)".into(),
                "False" => "Value::Bool(false)".into(),
                _ => {
                    // Resolved at compile time: a static function or the index of a class.
                    if let Some(i) = rusputyn_runtime::builtins::BUILTIN_FUNCTIONS
                        .iter()
                        .position(|b| b.name == name)
                    {
                        format!("Value::Builtin(rt::builtins::BUILTIN_FUNCTIONS[{i} /* {name} */])")
                    } else if let Some(t) =
                        rusputyn_runtime::types::class::BuiltinType::from_name(name)
                    {
                        let i = rusputyn_runtime::types::class::BuiltinType::ALL
                            .iter()
                            .position(|x| *x == t)
                            .unwrap_or(0);
                        format!("rt::support::builtin_class_at({i} /* {name} */)")
                    } else {
                        self.q(format!("rt::builtins::load_builtin({})", lit(name)))
                    }
                }
            };
        }
        // A name the module never binds may still be bound through `globals()`.
        let i = self.global_index(name);
        self.q(format!("G.with(|g| g.get({i}))"))
    }

    /// Emits `name = value`.
    pub fn store_name(&mut self, name: &str, value: &str) {
        let id = Self::ident(name);
        match self.resolve(name) {
            Resolution::Local => self.line(format!(
                "{{ let v = {value}; rt::support::set_local(&mut l_{id}, v); }}"
            )),
            Resolution::Cell | Resolution::Free => {
                self.line(format!("drop(c_{id}.replace(Some({value})));"))
            }
            Resolution::ClassLocal => {
                let ns = self.class_namespace().unwrap_or_default();
                let s = self.q(format!("{ns}.set({}, {value})", lit(name)));
                self.line(format!("{s};"));
            }
            Resolution::Global | Resolution::GlobalOrBuiltin => {
                let i = self.global_index(name);
                self.line(format!("{{ let v = {value}; G.with(|g| g.set({i}, v)); }}"));
            }
        }
    }

    /// Emits `del name`.
    pub fn delete_name(&mut self, name: &str) {
        let id = Self::ident(name);
        match self.resolve(name) {
            Resolution::Local => {
                let d = self.q(format!(
                    "rt::support::del_local(&mut l_{id}, {})",
                    lit(name)
                ));
                self.line(format!("{d};"));
            }
            Resolution::Cell | Resolution::Free => {
                let d = self.q(format!(
                    "rt::support::del_local(&mut c_{id}.borrow_mut(), {})",
                    lit(name)
                ));
                self.line(format!("{d};"));
            }
            Resolution::ClassLocal => {
                let ns = self.class_namespace().unwrap_or_default();
                let d = self.q(format!("{ns}.del({})", lit(name)));
                self.line(format!("{d};"));
            }
            Resolution::Global | Resolution::GlobalOrBuiltin => {
                let i = self.global_index(name);
                let d = self.q(format!("G.with(|g| g.del({i}))"));
                self.line(format!("{d};"));
            }
        }
    }

    /// Unbinds `name` without error if already unbound (end of an `except ... as name:`).
    pub fn unbind_name(&mut self, name: &str) {
        let id = Self::ident(name);
        match self.resolve(name) {
            Resolution::Local => self.line(format!("l_{id} = None;")),
            Resolution::Cell | Resolution::Free => {
                self.line(format!("drop(c_{id}.replace(None));"))
            }
            Resolution::ClassLocal => {
                let ns = self.class_namespace().unwrap_or_default();
                let d = self.q(format!("{ns}.unbind({})", lit(name)));
                self.line(format!("{d};"));
            }
            Resolution::Global | Resolution::GlobalOrBuiltin => {
                let i = self.global_index(name);
                self.line(format!("let _ = G.with(|g| g.del({i}));"));
            }
        }
    }
}
