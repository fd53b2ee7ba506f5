//! Scope and name resolution: which names are local, global, captured (cells), free (closure
//! variables) or built-in in each Python scope, following the language reference's rules for
//! resolution of names (Python docs, "Execution model", §4.2.2).
//!
//! The result is a side table keyed by the start offset of the node that opens a scope
//! (module, `def`, `lambda`, `class`, comprehension), so later passes can walk the AST and ask
//! "what is `x` here?" without re-deriving anything.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;

/// Index of a scope in [`ScopeTable::scopes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// What kind of block opened a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module body.
    Module,
    /// A `def` (also `async def`).
    Function,
    /// A `lambda`.
    Lambda,
    /// A `class` body.
    Class,
    /// A list/set/dict comprehension or generator expression.
    Comprehension,
}

/// How a name is resolved in one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// A fast local of a function (not captured).
    Local,
    /// A local of this function captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// A module-level name (declared `global`, or the module scope itself).
    Global,
    /// A name bound in a class body: lives in the class namespace.
    ClassLocal,
    /// Used but bound nowhere visible: a module global if one appears at run time, else a builtin.
    GlobalOrBuiltin,
}

/// One name in one scope.
#[derive(Debug, Clone)]
pub struct Symbol {
    /// The identifier.
    pub name: String,
    /// How it resolves here.
    pub resolution: Resolution,
    /// True when the scope assigns to it (binding operations of §4.2.1).
    pub bound: bool,
    /// True for a parameter.
    pub is_param: bool,
}

/// One scope: its kind, its symbols in first-seen order, and facts codegen needs.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Module, function, ...
    pub kind: ScopeKind,
    /// The function/class name (`<module>`, `<lambda>`, `<listcomp>` ...).
    pub name: String,
    /// The enclosing scope.
    pub parent: Option<ScopeId>,
    /// Symbols in the order they were first seen.
    pub symbols: Vec<Symbol>,
    by_name: HashMap<String, usize>,
    /// The body contains `yield`/`yield from` (it is a generator).
    pub is_generator: bool,
    /// Names of the free variables, in closure order (what the function object carries).
    pub free_vars: Vec<String>,
    /// Names this scope declares `global`.
    pub global_decls: Vec<String>,
    /// Names this scope declares `nonlocal`.
    pub nonlocal_decls: Vec<String>,
    /// The scope's body uses `super()` with no arguments or reads `__class__`, or encloses a
    /// function that does, below the nearest class (it needs the `__class__` cell).
    pub uses_super: bool,
    /// Each `nonlocal` name with its statement's byte range, to report errors there.
    nonlocal_spans: Vec<(String, (usize, usize))>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<ScopeId>) -> Self {
        Scope {
            kind,
            name,
            parent,
            symbols: Vec::new(),
            by_name: HashMap::new(),
            is_generator: false,
            free_vars: Vec::new(),
            global_decls: Vec::new(),
            nonlocal_decls: Vec::new(),
            uses_super: false,
            nonlocal_spans: Vec::new(),
        }
    }

    /// The symbol named `name`, if this scope mentions it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.by_name.get(name).map(|&i| &self.symbols[i])
    }

    /// How `name` resolves in this scope (names never mentioned resolve as globals/builtins).
    pub fn resolve(&self, name: &str) -> Resolution {
        match self.symbol(name) {
            Some(s) => s.resolution,
            None if self.kind == ScopeKind::Module => Resolution::Global,
            None => Resolution::GlobalOrBuiltin,
        }
    }

    fn sym_mut(&mut self, name: &str) -> &mut Symbol {
        let idx = match self.by_name.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    resolution: Resolution::GlobalOrBuiltin,
                    bound: false,
                    is_param: false,
                });
                self.by_name
                    .insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[idx]
    }

    /// Names bound in this scope that are plain locals or cells, in first-seen order.
    pub fn locals(&self) -> impl Iterator<Item = &Symbol> {
        self.symbols
            .iter()
            .filter(|s| matches!(s.resolution, Resolution::Local | Resolution::Cell))
    }
}

/// All scopes of a module and the map from scope-opening node to scope.
#[derive(Debug, Default)]
pub struct ScopeTable {
    /// Arena of scopes; `ScopeId(0)` is the module.
    pub scopes: Vec<Scope>,
    /// The scope each scope-creating node opens, keyed by the node's whole range: a bare
    /// generator expression argument (`f(a for ...)`) starts where its element does, so a
    /// comprehension or lambda as that element shares its start offset.
    by_node: HashMap<(u32, u32), ScopeId>,
    /// Names that are assigned somewhere at module level (including via `global`).
    pub module_globals: Vec<String>,
}

impl ScopeTable {
    /// The module scope.
    pub const MODULE: ScopeId = ScopeId(0);

    /// The scope opened by `node` (a `def`, `class`, `lambda` or comprehension).
    pub fn scope_at(&self, node: &impl Ranged) -> Option<ScopeId> {
        let r = node.range();
        self.by_node
            .get(&(r.start().to_u32(), r.end().to_u32()))
            .copied()
    }

    /// The scope with id `id`.
    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }
}

/// A problem found while resolving (e.g. `nonlocal x` with no binding of `x`).
#[derive(Debug, Clone)]
pub struct ScopeError {
    /// CPython's message.
    pub message: String,
    /// Byte offset of the offending statement.
    pub start: usize,
    /// End offset.
    pub end: usize,
}

/// Builds the scope table of a module.
pub fn resolve_module(module: &ast::ModModule) -> (ScopeTable, Vec<ScopeError>) {
    let mut c = Collector {
        table: ScopeTable::default(),
        stack: Vec::new(),
        errors: Vec::new(),
    };
    c.table
        .scopes
        .push(Scope::new(ScopeKind::Module, "<module>".into(), None));
    c.stack.push(ScopeTable::MODULE);
    c.visit_body(&module.body);
    let mut errors = c.errors;
    let mut table = c.table;
    finish(&mut table, &mut errors);
    (table, errors)
}

struct Collector {
    table: ScopeTable,
    stack: Vec<ScopeId>,
    errors: Vec<ScopeError>,
}

impl Collector {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("scope stack never empty")
    }

    fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.table.scopes[id.0 as usize]
    }

    fn bind(&mut self, name: &str) {
        let id = self.cur();
        self.scope_mut(id).sym_mut(name).bound = true;
    }

    fn use_name(&mut self, name: &str) {
        let id = self.cur();
        self.scope_mut(id).sym_mut(name);
    }

    fn push_scope(&mut self, kind: ScopeKind, name: String, node: &impl Ranged) -> ScopeId {
        let id = ScopeId(self.table.scopes.len() as u32);
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(self.cur())));
        let r = node.range();
        self.table
            .by_node
            .insert((r.start().to_u32(), r.end().to_u32()), id);
        self.stack.push(id);
        id
    }

    fn bind_params(&mut self, params: &ast::Parameters) {
        for p in params.iter() {
            let name = p.name().as_str();
            let id = self.cur();
            let s = self.scope_mut(id).sym_mut(name);
            s.bound = true;
            s.is_param = true;
        }
    }

    fn visit_param_defaults(&mut self, params: &ast::Parameters) {
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.visit_annotation(a);
            }
        }
    }

    /// The scope a walrus target binds in: the nearest enclosing non-comprehension scope.
    fn walrus_scope(&self) -> ScopeId {
        for &id in self.stack.iter().rev() {
            if self.table.get(id).kind != ScopeKind::Comprehension {
                return id;
            }
        }
        ScopeTable::MODULE
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.push_scope(ScopeKind::Comprehension, name.to_string(), node);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.stack.pop();
    }
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                self.visit_param_defaults(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                self.bind(f.name.as_str());
                self.push_scope(ScopeKind::Function, f.name.to_string(), stmt);
                self.bind_params(&f.parameters);
                self.visit_body(&f.body);
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.bind(c.name.as_str());
                self.push_scope(ScopeKind::Class, c.name.to_string(), stmt);
                self.visit_body(&c.body);
                self.stack.pop();
            }
            Stmt::Global(g) => {
                let id = self.cur();
                for n in &g.names {
                    let scope = self.scope_mut(id);
                    scope.global_decls.push(n.to_string());
                    scope.sym_mut(n.as_str());
                    if !self.table.module_globals.iter().any(|m| m == n.as_str()) {
                        self.table.module_globals.push(n.to_string());
                    }
                }
            }
            Stmt::Nonlocal(nl) => {
                let id = self.cur();
                if self.table.get(id).kind == ScopeKind::Module {
                    self.errors.push(ScopeError {
                        message: "nonlocal declaration not allowed at module level".into(),
                        start: stmt.start().to_usize(),
                        end: stmt.end().to_usize(),
                    });
                }
                for n in &nl.names {
                    let span = (stmt.start().to_usize(), stmt.end().to_usize());
                    let scope = self.scope_mut(id);
                    scope.nonlocal_spans.push((n.to_string(), span));
                    scope.nonlocal_decls.push(n.to_string());
                    scope.sym_mut(n.as_str());
                }
            }
            Stmt::Import(imp) => {
                for alias in &imp.names {
                    let bound = match &alias.asname {
                        Some(a) => a.to_string(),
                        None => alias.name.split('.').next().unwrap_or_default().to_string(),
                    };
                    self.bind(&bound);
                }
            }
            Stmt::ImportFrom(imp) => {
                for alias in &imp.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    if bound.as_str() != "*" {
                        self.bind(bound.as_str());
                    }
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Store | ast::ExprContext::Del => self.bind(n.id.as_str()),
                _ => {
                    // The implicit `__class__` cell of a method: the same cell zero-argument
                    // `super()` reads.
                    if n.id.as_str() == "__class__" {
                        let id = self.cur();
                        self.scope_mut(id).uses_super = true;
                    }
                    self.use_name(n.id.as_str())
                }
            },
            Expr::Named(nm) => {
                self.visit_expr(&nm.value);
                if let Expr::Name(n) = nm.target.as_ref() {
                    let target = self.walrus_scope();
                    // The comprehension scopes in between see it as a free variable.
                    for id in self.stack.clone().into_iter().rev() {
                        if id == target {
                            break;
                        }
                        self.scope_mut(id).sym_mut(n.id.as_str());
                    }
                    let s = self.scope_mut(target).sym_mut(n.id.as_str());
                    s.bound = true;
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p);
                }
                self.push_scope(ScopeKind::Lambda, "<lambda>".into(), expr);
                if let Some(p) = &l.parameters {
                    self.bind_params(p);
                }
                self.visit_expr(&l.body);
                self.stack.pop();
            }
            Expr::ListComp(c) => self.comprehension(expr, "<listcomp>", &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(expr, "<setcomp>", &c.generators, &[&c.elt]),
            Expr::Generator(c) => {
                self.comprehension(expr, "<genexpr>", &c.generators, &[&c.elt]);
                if let Some(id) = self.table.scope_at(expr) {
                    self.scope_mut(id).is_generator = true;
                }
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(expr, "<dictcomp>", &c.generators, &[k, &c.value]),
                None => self.comprehension(expr, "<dictcomp>", &c.generators, &[&c.value]),
            },
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let id = self.cur();
                self.scope_mut(id).is_generator = true;
                visitor::walk_expr(self, expr);
            }
            Expr::Call(call) => {
                if let Expr::Name(n) = call.func.as_ref()
                    && n.id.as_str() == "super"
                    && call.arguments.args.is_empty()
                {
                    let id = self.cur();
                    self.scope_mut(id).uses_super = true;
                }
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        // Names a `case` pattern captures (`x`, `... as x`, `*x`, `**x`) are ordinary
        // bindings of the enclosing scope, as CPython's symbol table records them.
        visitor::walk_pattern(self, pattern);
        if let Some(n) = pattern_capture(pattern) {
            self.bind(n);
        }
    }
}

/// The name a `case` pattern node itself captures (`x`, `... as x`, `*x`, `**rest`), if any
/// (its sub-patterns are separate nodes).
pub(crate) fn pattern_capture(pattern: &ast::Pattern) -> Option<&str> {
    match pattern {
        ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. })
        | ast::Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. })
        | ast::Pattern::MatchMapping(ast::PatternMatchMapping { rest: Some(n), .. }) => {
            Some(n.as_str())
        }
        _ => None,
    }
}

/// Second pass: turns the collected bindings into resolutions (§4.2.2).
fn finish(table: &mut ScopeTable, errors: &mut Vec<ScopeError>) {
    // Module-level bindings are module globals.
    let module_bound: Vec<String> = table.scopes[0]
        .symbols
        .iter()
        .filter(|s| s.bound)
        .map(|s| s.name.clone())
        .collect();
    for n in module_bound {
        if !table.module_globals.contains(&n) {
            table.module_globals.push(n);
        }
    }
    for s in &mut table.scopes[0].symbols {
        s.resolution = Resolution::Global;
    }
    // Scopes are created parent-first, so a single forward pass sees parents resolved first
    // for declarations; captures are then propagated upwards.
    let n = table.scopes.len();
    for i in 1..n {
        let scope = &table.scopes[i];
        let kind = scope.kind;
        let globals = scope.global_decls.clone();
        let nonlocals = scope.nonlocal_decls.clone();
        let names: Vec<(String, bool)> = scope
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.bound))
            .collect();
        for (name, bound) in names {
            let res = if globals.contains(&name) {
                Resolution::Global
            } else if nonlocals.contains(&name) {
                if find_enclosing_binding(table, ScopeId(i as u32), &name).is_none() {
                    // Reported at the `nonlocal` statement, as CPython does.
                    let (start, end) = table.scopes[i]
                        .nonlocal_spans
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map_or((0, 0), |&(_, span)| span);
                    errors.push(ScopeError {
                        message: format!("no binding for nonlocal '{name}' found"),
                        start,
                        end,
                    });
                }
                Resolution::Free
            } else if bound {
                if kind == ScopeKind::Class {
                    Resolution::ClassLocal
                } else {
                    Resolution::Local
                }
            } else if find_enclosing_binding(table, ScopeId(i as u32), &name).is_some() {
                Resolution::Free
            } else {
                Resolution::GlobalOrBuiltin
            };
            let idx = table.scopes[i].by_name[&name];
            table.scopes[i].symbols[idx].resolution = res;
        }
    }
    // Mark captured locals as cells and thread free variables through intermediate scopes.
    for i in 1..n {
        let frees: Vec<String> = table.scopes[i]
            .symbols
            .iter()
            .filter(|s| s.resolution == Resolution::Free)
            .map(|s| s.name.clone())
            .collect();
        for name in frees {
            let Some(owner) = find_enclosing_binding(table, ScopeId(i as u32), &name) else {
                continue;
            };
            let oi = owner.0 as usize;
            let idx = table.scopes[oi].by_name[&name];
            if table.scopes[oi].symbols[idx].resolution == Resolution::Local {
                table.scopes[oi].symbols[idx].resolution = Resolution::Cell;
            }
            // Every scope strictly between owner and i (and i itself) carries the cell.
            let mut cur = Some(ScopeId(i as u32));
            while let Some(c) = cur {
                if c == owner {
                    break;
                }
                let sc = &mut table.scopes[c.0 as usize];
                if !sc.free_vars.contains(&name) {
                    sc.free_vars.push(name.clone());
                }
                if sc.kind != ScopeKind::Class {
                    let s = sc.sym_mut(&name);
                    if s.resolution != Resolution::Free {
                        s.resolution = Resolution::Free;
                    }
                }
                cur = sc.parent;
            }
        }
    }
    thread_class_cell(table);
}

/// The implicit `__class__` cell reaches a function nested in a method as a free variable:
/// every function scope between a user of the cell and the nearest enclosing class needs it
/// too (CPython threads `__class__` through them like any other free variable).
fn thread_class_cell(table: &mut ScopeTable) {
    for i in (1..table.scopes.len()).rev() {
        if !table.scopes[i].uses_super {
            continue;
        }
        let mut between: Vec<usize> = Vec::new();
        let mut cur = table.scopes[i].parent;
        while let Some(id) = cur {
            let (kind, parent) = (table.get(id).kind, table.get(id).parent);
            match kind {
                ScopeKind::Class => {
                    for b in between.drain(..) {
                        table.scopes[b].uses_super = true;
                    }
                    break;
                }
                ScopeKind::Module => break,
                _ => between.push(id.0 as usize),
            }
            cur = parent;
        }
    }
}

/// The nearest enclosing function-like scope (not class, not module) that binds `name`
/// without declaring it global.
fn find_enclosing_binding(table: &ScopeTable, from: ScopeId, name: &str) -> Option<ScopeId> {
    let mut cur = table.get(from).parent;
    while let Some(id) = cur {
        let s = table.get(id);
        match s.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {}
            _ => {
                if s.global_decls.iter().any(|g| g == name) {
                    return None;
                }
                if let Some(sym) = s.symbol(name)
                    && (sym.bound || s.nonlocal_decls.iter().any(|g| g == name))
                {
                    if s.nonlocal_decls.iter().any(|g| g == name) {
                        return find_enclosing_binding(table, id, name);
                    }
                    return Some(id);
                }
            }
        }
        cur = s.parent;
    }
    None
}
