//! The Rusputyn frontend: loads a Python file, parses it (`ruff_python_parser`), resolves
//! every name to its scope, and reports problems as [`Diagnostic`]s. It knows nothing about
//! Rust or the runtime: its output is the AST plus side tables that later passes read.

pub mod checks;
pub mod diagnostic;
pub mod fstring;
mod match_checks;
pub mod program;
pub mod scope;
pub mod source;
mod stdlib_names;
mod surrogates;
pub mod syntax;
pub mod tokenizer;

pub use diagnostic::{Diagnostic, Severity, Span};
pub use program::{
    FileDiagnostics, ImportEnv, Library, LibraryModule, ModuleKind, Program, check_program,
};
pub use ruff_python_ast as ast;
pub use scope::{Resolution, Scope, ScopeId, ScopeKind, ScopeTable};
pub use source::{LoadError, SourceFile};
pub use stdlib_names::is_stdlib_module;

/// A parsed and resolved module, ready for lowering.
#[derive(Debug)]
pub struct CheckedModule {
    /// The Python module name (`__main__` for the program's entry file).
    pub name: String,
    /// The source it came from.
    pub file: SourceFile,
    /// The syntax tree.
    pub ast: ast::ModModule,
    /// Name resolution for every scope.
    pub scopes: ScopeTable,
    /// True for a package's `__init__` module (relative imports resolve against it).
    pub is_package: bool,
}

/// Parses and resolves `file`. Returns every diagnostic found; the first is the one CPython
/// would report (syntax errors stop at the first; then CPython's symbol-table errors, scope
/// errors and compiler errors, in that order).
pub fn check(file: SourceFile, module_name: &str) -> Result<CheckedModule, Vec<Diagnostic>> {
    let ast = syntax::parse(&file).map_err(|d| vec![d])?;
    let found = checks::check_module(&ast);
    let (scopes, errors) = scope::resolve_module(&ast);
    let mut diags = found.symtable;
    diags.extend(errors.into_iter().map(|e| {
        Diagnostic::error(
            diagnostic::SYNTAX_ERROR,
            e.message,
            Span {
                start: e.start,
                end: e.end,
            },
        )
    }));
    diags.extend(found.compiler);
    diags.extend(surrogates::check(&ast, &file.text));
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(CheckedModule {
        name: module_name.to_string(),
        file,
        ast,
        scopes,
        is_package: false,
    })
}
