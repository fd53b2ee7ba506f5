//! The program's module graph: starting from the entry file, every `import` found anywhere
//! in a module (top level, functions, `try` blocks) is resolved the way CPython's import
//! system finds modules for `python3 app.py`, and every module that is Python source is
//! loaded and checked, so the whole program is compiled ahead of time.
//!
//! Search order for a top-level name, as CPython's `sys.meta_path` + `sys.path` would:
//! modules the runtime provides natively (CPython's built-in modules come first too), then
//! the entry file's directory (`sys.path[0]`: `name.py`, or a package directory `name/`
//! with or without `__init__.py`), then the Python-source library modules shipped with the
//! compiler. A submodule `a.b` is looked up inside package `a` only. A name found nowhere is
//! [`ModuleKind::Missing`]: importing it raises `ModuleNotFoundError` at run time, as in
//! CPython, unless it is part of CPython's standard library, which codegen reports as not
//! supported yet.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ruff_python_ast::visitor::{Visitor, walk_expr, walk_stmt};
use ruff_python_ast::{Expr, Stmt};

use crate::diagnostic::{Diagnostic, Span};
use crate::source::{LoadError, SourceFile};
use crate::{CheckedModule, check};

/// Where an imported module comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModuleKind {
    /// Provided by the runtime (`sys`, `math`, ...).
    Native,
    /// Compiled from Python source: `Program::modules[index]`.
    Compiled(usize),
    /// Not found; `stdlib` tells whether CPython's standard library has it.
    Missing {
        /// True for a standard-library module Rusputyn does not provide yet.
        stdlib: bool,
    },
}

/// The Python-source library modules shipped with the compiler.
pub trait Library {
    /// The source of module `name` (dotted), with the path shown in tracebacks, and whether
    /// it is a package.
    fn find(&self, name: &str) -> Option<LibraryModule>;
}

/// A library module's source.
#[derive(Debug, Clone)]
pub struct LibraryModule {
    /// The path shown in tracebacks.
    pub path: PathBuf,
    /// The Python source.
    pub text: String,
    /// True for a package (`__init__.py`).
    pub is_package: bool,
}

/// What the import resolution needs to know about its surroundings.
pub struct ImportEnv<'a> {
    /// True for a (dotted) module name the runtime provides natively.
    pub native: &'a dyn Fn(&str) -> bool,
    /// The Python-source modules shipped with the compiler.
    pub library: &'a dyn Library,
}

/// A whole program: the entry module (`modules[0]`, named `__main__`), every module it
/// imports directly or indirectly, and how every imported name was resolved.
#[derive(Debug)]
pub struct Program {
    /// The checked modules, entry first, then in discovery order.
    pub modules: Vec<CheckedModule>,
    /// Every absolute module name any module imports, with its resolution.
    pub imports: BTreeMap<String, ModuleKind>,
}

impl Program {
    /// How module `name` (absolute, dotted) resolved; `None` if no module imports it.
    pub fn resolve(&self, name: &str) -> Option<&ModuleKind> {
        self.imports.get(name)
    }
}

/// The diagnostics of one file of the program.
#[derive(Debug, Clone)]
pub struct FileDiagnostics {
    /// The file the diagnostics point into.
    pub file: SourceFile,
    /// What was found, first the one CPython would report.
    pub diagnostics: Vec<Diagnostic>,
}

/// The absolute name a relative import refers to, from inside module `module` (a package
/// when `is_package`), or `None` when it has no parent package (CPython's "attempted
/// relative import with no known parent package" / "beyond top-level package").
pub fn absolute_name(
    module: &str,
    is_package: bool,
    level: u32,
    name: Option<&str>,
) -> Option<String> {
    if level == 0 {
        return name.map(str::to_string);
    }
    let mut base: Vec<&str> = if module == "__main__" {
        Vec::new()
    } else {
        module.split('.').collect()
    };
    if !is_package {
        base.pop();
    }
    for _ in 1..level {
        base.pop()?;
    }
    if base.is_empty() {
        return None;
    }
    let mut full = base.join(".");
    if let Some(n) = name {
        full.push('.');
        full.push_str(n);
    }
    Some(full)
}

/// Loads and checks the entry file and every module it imports.
///
/// Fails with the diagnostics of every file that has some (the entry's first).
pub fn check_program(entry: SourceFile, env: &ImportEnv) -> Result<Program, Vec<FileDiagnostics>> {
    // `sys.path[0]`: the entry file's directory, made absolute (imported modules show
    // absolute paths in tracebacks, as in CPython).
    let root = entry
        .path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let root = if root.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        root
    };
    let root = std::path::absolute(&root).unwrap_or(root);
    let mut loader = Loader {
        root,
        env,
        modules: Vec::new(),
        imports: BTreeMap::new(),
        errors: Vec::new(),
    };
    loader.add("__main__", entry, false);
    let mut next = 0;
    while next < loader.modules.len() {
        let requests = requested_modules(&loader.modules[next]);
        for req in requests {
            loader.resolve(&req);
        }
        next += 1;
    }
    if !loader.errors.is_empty() {
        return Err(loader.errors);
    }
    Ok(Program {
        modules: loader.modules,
        imports: loader.imports,
    })
}

/// The module graph being built.
struct Loader<'a> {
    root: PathBuf,
    env: &'a ImportEnv<'a>,
    modules: Vec<CheckedModule>,
    imports: BTreeMap<String, ModuleKind>,
    errors: Vec<FileDiagnostics>,
}

/// One module an import statement needs, and the submodules it may name.
struct Request {
    /// Absolute dotted name.
    module: String,
    /// `from module import a, b`: names that may be submodules.
    from_names: Vec<String>,
}

impl Loader<'_> {
    /// Checks `file` as module `name`; its diagnostics are kept for the caller.
    fn add(&mut self, name: &str, file: SourceFile, is_package: bool) -> Option<usize> {
        let copy = file.clone();
        match check(file, name) {
            Ok(mut m) => {
                m.is_package = is_package;
                self.modules.push(m);
                Some(self.modules.len() - 1)
            }
            Err(diagnostics) => {
                self.errors.push(FileDiagnostics {
                    file: copy,
                    diagnostics,
                });
                None
            }
        }
    }

    /// Resolves a request: every package on the way, the module, and the `from` names that
    /// turn out to be submodules.
    fn resolve(&mut self, req: &Request) {
        let parts: Vec<&str> = req.module.split('.').collect();
        for i in 1..=parts.len() {
            let name = parts[..i].join(".");
            if !self.resolve_one(&name) {
                return;
            }
        }
        for n in &req.from_names {
            let sub = format!("{}.{n}", req.module);
            if self.imports.contains_key(&sub) {
                continue;
            }
            // Only a submodule that exists is recorded: otherwise the name is an attribute.
            if (self.env.native)(&sub) {
                self.imports.insert(sub, ModuleKind::Native);
            } else if let Some(found) = self.locate(&sub) {
                self.load(&sub, found);
            }
        }
    }

    /// Resolves one absolute name whose parents are resolved; true when it was found.
    fn resolve_one(&mut self, name: &str) -> bool {
        if let Some(k) = self.imports.get(name) {
            return !matches!(k, ModuleKind::Missing { .. });
        }
        if (self.env.native)(name) {
            self.imports.insert(name.to_string(), ModuleKind::Native);
            return true;
        }
        let Some(found) = self.locate(name) else {
            let top = name.split('.').next().unwrap_or(name);
            let stdlib = crate::stdlib_names::is_stdlib_module(top);
            self.imports
                .insert(name.to_string(), ModuleKind::Missing { stdlib });
            return false;
        };
        self.load(name, found)
    }

    /// Checks module `name` from the source `locate` found; true when it checked cleanly.
    fn load(
        &mut self,
        name: &str,
        (file, is_package): (Result<SourceFile, LoadError>, bool),
    ) -> bool {
        let file = match file {
            Ok(f) => f,
            Err(e) => {
                // A module file that exists but cannot be read or is not UTF-8.
                let text = format!("{e}");
                let d = Diagnostic::error(
                    crate::diagnostic::UNSUPPORTED,
                    text,
                    Span { start: 0, end: 0 },
                )
                .with_label("this module cannot be loaded");
                self.errors.push(FileDiagnostics {
                    file: SourceFile::new(e.path().to_path_buf(), String::new()),
                    diagnostics: vec![d],
                });
                self.imports
                    .insert(name.to_string(), ModuleKind::Missing { stdlib: false });
                return false;
            }
        };
        match self.add(name, file, is_package) {
            Some(i) => {
                self.imports
                    .insert(name.to_string(), ModuleKind::Compiled(i));
                true
            }
            None => {
                self.imports
                    .insert(name.to_string(), ModuleKind::Missing { stdlib: false });
                false
            }
        }
    }

    /// Finds the source of module `name`: under the program's directory, then in the library.
    fn locate(&self, name: &str) -> Option<(Result<SourceFile, LoadError>, bool)> {
        let parts: Vec<&str> = name.split('.').collect();
        // A submodule lives only inside its parent package.
        if parts.len() > 1 {
            match self.imports.get(&parts[..parts.len() - 1].join(".")) {
                Some(ModuleKind::Compiled(i)) => {
                    let parent = self.modules.get(*i)?;
                    if !parent.is_package {
                        return None;
                    }
                    if parent.file.path.starts_with(LIBRARY_ROOT) {
                        return self.library(name);
                    }
                    let dir = parent.file.path.parent()?.to_path_buf();
                    return source_in(&dir, parts[parts.len() - 1]);
                }
                _ => return None,
            }
        }
        source_in(&self.root, name).or_else(|| self.library(name))
    }

    fn library(&self, name: &str) -> Option<(Result<SourceFile, LoadError>, bool)> {
        let m = self.env.library.find(name)?;
        Some((Ok(SourceFile::new(m.path, m.text)), m.is_package))
    }
}

/// The path prefix of library modules (they have no file on disk).
pub const LIBRARY_ROOT: &str = "<rusputyn>";

/// `dir/name.py`, or the package `dir/name/` (its `__init__.py`, or an empty namespace
/// package), with whether it is a package.
fn source_in(dir: &Path, name: &str) -> Option<(Result<SourceFile, LoadError>, bool)> {
    let pkg = dir.join(name);
    if pkg.is_dir() {
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some((SourceFile::load(&init), true));
        }
        return Some((Ok(SourceFile::new(init, String::new())), true));
    }
    let file = dir.join(format!("{name}.py"));
    if file.is_file() {
        return Some((SourceFile::load(&file), false));
    }
    None
}

/// The module a call imports by a literal absolute name, which the compiler can therefore
/// compile in: `__import__("a.b", ...)` and `importlib.import_module("a.b")`. A name that
/// turns out missing is not an error here: the call raises `ModuleNotFoundError` at run time.
fn literal_import(expr: &Expr) -> Option<String> {
    let Expr::Call(call) = expr else {
        return None;
    };
    let by_name = match call.func.as_ref() {
        Expr::Name(n) => n.id.as_str() == "__import__" || n.id.as_str() == "import_module",
        Expr::Attribute(a) => {
            a.attr.as_str() == "import_module"
                && matches!(a.value.as_ref(), Expr::Name(n) if n.id.as_str() == "importlib")
        }
        _ => false,
    };
    if !by_name {
        return None;
    }
    let Some(Expr::StringLiteral(s)) = call.arguments.args.first() else {
        return None;
    };
    let name = s.value.to_str();
    let valid = !name.is_empty()
        && name
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'));
    valid.then(|| name.to_string())
}

/// Every module the import statements of `m` need (and the modules called by a literal
/// name, see `literal_import`), as absolute names.
fn requested_modules(m: &CheckedModule) -> Vec<Request> {
    struct Collect<'m> {
        m: &'m CheckedModule,
        out: Vec<Request>,
    }
    impl<'a> Visitor<'a> for Collect<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            match stmt {
                Stmt::Import(imp) => {
                    for alias in &imp.names {
                        self.out.push(Request {
                            module: alias.name.to_string(),
                            from_names: Vec::new(),
                        });
                    }
                }
                Stmt::ImportFrom(imp) => {
                    let name = imp.module.as_ref().map(|n| n.as_str());
                    if let Some(module) =
                        absolute_name(&self.m.name, self.m.is_package, imp.level, name)
                    {
                        if module != "__future__" {
                            let from_names = imp
                                .names
                                .iter()
                                .map(|a| a.name.to_string())
                                .filter(|n| n != "*")
                                .collect();
                            self.out.push(Request { module, from_names });
                        }
                    }
                }
                _ => walk_stmt(self, stmt),
            }
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            if let Some(module) = literal_import(expr) {
                self.out.push(Request {
                    module,
                    from_names: Vec::new(),
                });
            }
            walk_expr(self, expr);
        }
    }
    let mut c = Collect { m, out: Vec::new() };
    for s in &m.ast.body {
        c.visit_stmt(s);
    }
    c.out
}
