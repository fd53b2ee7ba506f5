//! The compile-time errors CPython raises for programs its parser accepts: those of its
//! symbol-table pass (duplicate parameters, misplaced `global`/`nonlocal`, `yield` in a
//! comprehension) and those of its compiler (`return`/`yield`/`await` outside a function,
//! `break`/`continue` outside a loop, repeated keyword arguments, bad starred targets).
//!
//! CPython builds the whole symbol table before compiling, so a symbol-table error anywhere
//! wins over a compiler error; [`Checks`] keeps the two kinds apart for that reason.

use crate::diagnostic::{Diagnostic, SYNTAX_ERROR, Span};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;

/// The errors found, in source order within each kind.
#[derive(Debug, Default)]
pub struct Checks {
    /// Errors of CPython's symbol-table pass.
    pub symtable: Vec<Diagnostic>,
    /// Errors of CPython's compiler pass (reported only when the symbol table is clean).
    pub compiler: Vec<Diagnostic>,
}

/// Runs every check over a parsed module.
pub fn check_module(module: &ast::ModModule) -> Checks {
    let mut v = Checker {
        frames: vec![Frame::new(Kind::Module)],
        out: Checks::default(),
    };
    v.visit_body(&module.body);
    // CPython compiles in source order; some errors above are only known at a scope's end.
    v.out.compiler.sort_by_key(|d| d.span.start);
    v.out
}

/// What opened a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Function {
        is_async: bool,
    },
    Lambda,
    Class,
    /// A comprehension; the text is CPython's name for it ("list comprehension").
    Comprehension(&'static str),
}

// What a scope has done with a name so far (CPython's DEF_* / USE flags).
const PARAM: u8 = 1;
const USE: u8 = 2;
const LOCAL: u8 = 4;
const ANNOT: u8 = 8;
const GLOBAL: u8 = 16;
const NONLOCAL: u8 = 32;

struct Frame {
    kind: Kind,
    /// Enclosing loops of the current statement, in this scope (a loop's `else` is outside).
    loops: usize,
    names: HashMap<String, u8>,
    /// The first `global`/`nonlocal` statement naming each name (errors point there).
    declared_at: HashMap<String, Span>,
    /// The scope contains `yield` (it is a generator).
    has_yield: bool,
    /// Every `return <value>` of the scope (refused in an async generator).
    value_returns: Vec<Span>,
    /// The comprehension expression that opened the scope (CPython's errors point at it).
    comprehension: Option<Span>,
    /// Inside an `except*` handler of this scope: the loop depth at the handler, so a
    /// `break`/`continue` leaving the handler (and any `return`) is refused.
    except_star_loops: Option<usize>,
}

impl Frame {
    fn new(kind: Kind) -> Self {
        Frame {
            kind,
            loops: 0,
            names: HashMap::new(),
            declared_at: HashMap::new(),
            has_yield: false,
            value_returns: Vec::new(),
            comprehension: None,
            except_star_loops: None,
        }
    }
}

struct Checker {
    frames: Vec<Frame>,
    out: Checks,
}

/// CPython's error for leaving an `except*` handler with a jump.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

fn span_of(node: &impl Ranged) -> Span {
    Span {
        start: node.start().to_usize(),
        end: node.end().to_usize(),
    }
}

fn error(message: String, node: &impl Ranged) -> Diagnostic {
    Diagnostic::error(SYNTAX_ERROR, message, span_of(node))
}

impl Checker {
    fn frame(&mut self) -> &mut Frame {
        // The module frame is never popped.
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    fn kind(&self) -> Kind {
        self.frames.last().map_or(Kind::Module, |f| f.kind)
    }

    fn mark(&mut self, name: &str, flag: u8) {
        *self.frame().names.entry(name.to_string()).or_insert(0) |= flag;
    }

    fn symtable(&mut self, message: String, node: &impl Ranged) {
        self.out.symtable.push(error(message, node));
    }

    fn compiler(&mut self, message: String, node: &impl Ranged) {
        self.out.compiler.push(error(message, node));
    }

    /// Parameters: duplicates are a symbol-table error; each becomes a parameter name.
    fn parameters(&mut self, params: &ast::Parameters) {
        let mut seen: Vec<&str> = Vec::new();
        for p in params.iter() {
            let name = p.name();
            if seen.contains(&name.as_str()) {
                self.symtable(
                    format!("duplicate argument '{name}' in function definition"),
                    name,
                );
            }
            seen.push(name.as_str());
            self.mark(name.as_str(), PARAM);
        }
    }

    /// `global` / `nonlocal`: CPython refuses a name the scope already used or bound.
    fn declaration(&mut self, names: &[ast::Identifier], stmt: &Stmt, word: &str) {
        let (flag, other) = if word == "global" {
            (GLOBAL, NONLOCAL)
        } else {
            (NONLOCAL, GLOBAL)
        };
        for n in names {
            let flags = self.frame().names.get(n.as_str()).copied().unwrap_or(0);
            let message = if flags & PARAM != 0 {
                Some(format!("name '{n}' is parameter and {word}"))
            } else if flags & other != 0 {
                let at = self.frame().declared_at.get(n.as_str()).copied();
                let span = at.unwrap_or_else(|| span_of(stmt));
                self.out.symtable.push(Diagnostic::error(
                    SYNTAX_ERROR,
                    format!("name '{n}' is nonlocal and global"),
                    span,
                ));
                None
            } else if flags & USE != 0 {
                Some(format!("name '{n}' is used prior to {word} declaration"))
            } else if flags & ANNOT != 0 {
                Some(format!("annotated name '{n}' can't be {word}"))
            } else if flags & LOCAL != 0 {
                Some(format!(
                    "name '{n}' is assigned to before {word} declaration"
                ))
            } else {
                None
            };
            if let Some(m) = message {
                self.symtable(m, stmt);
            }
            self.mark(n.as_str(), flag);
            self.frame()
                .declared_at
                .entry(n.to_string())
                .or_insert_with(|| span_of(stmt));
        }
    }

    /// Assignment targets: a starred target alone, or two in one tuple, do not compile.
    fn targets(&mut self, target: &Expr) {
        match target {
            Expr::Starred(s) => self.compiler(
                "starred assignment target must be in a list or tuple".into(),
                s,
            ),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let starred = elts.iter().filter(|e| e.is_starred_expr()).count();
                if starred > 1 {
                    self.compiler("multiple starred expressions in assignment".into(), target);
                }
                for e in elts {
                    if let Expr::Starred(s) = e {
                        self.targets_inner(&s.value);
                    } else {
                        self.targets_inner(e);
                    }
                }
            }
            _ => {}
        }
    }

    fn targets_inner(&mut self, target: &Expr) {
        if matches!(target, Expr::Tuple(_) | Expr::List(_)) {
            self.targets(target);
        }
    }

    /// `x = *a`, `*a` as a statement: a starred expression must be inside a display or a
    /// call.
    fn starred_value(&mut self, value: &Expr) {
        if value.is_starred_expr() {
            self.compiler("can't use starred expression here".into(), value);
        }
    }

    /// True when the nearest scope that is not a comprehension is an `async def`.
    fn in_async_function(&self) -> bool {
        self.frames
            .iter()
            .rev()
            .find(|f| !matches!(f.kind, Kind::Comprehension(_)))
            .is_some_and(|f| f.kind == Kind::Function { is_async: true })
    }

    /// Walks a nested scope's body with its own frame.
    fn in_scope(&mut self, kind: Kind, f: impl FnOnce(&mut Self)) {
        self.frames.push(Frame::new(kind));
        f(self);
        if let Some(frame) = self.frames.pop()
            && frame.kind == (Kind::Function { is_async: true })
            && frame.has_yield
        {
            for span in frame.value_returns {
                self.out.compiler.push(Diagnostic::error(
                    SYNTAX_ERROR,
                    "'return' with value in async generator",
                    span,
                ));
            }
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        name: &'static str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        if name != "generator expression"
            && generators.iter().any(|g| g.is_async)
            && !self.in_async_function()
        {
            self.compiler(
                "asynchronous comprehension outside of an asynchronous function".into(),
                node,
            );
        }
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.in_scope(Kind::Comprehension(name), |c| {
            c.frame().comprehension = Some(span_of(node));
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    c.visit_expr(&g.iter);
                }
                c.visit_expr(&g.target);
                for cond in &g.ifs {
                    c.visit_expr(cond);
                }
            }
            for e in elts {
                c.visit_expr(e);
            }
        });
    }

    fn loop_body(&mut self, body: &[Stmt], orelse: &[Stmt]) {
        self.frame().loops += 1;
        self.visit_body(body);
        self.frame().loops -= 1;
        self.visit_body(orelse);
    }

    /// `f(a=1, a=2)`: CPython's compiler refuses the repeated keyword.
    fn keywords(&mut self, arguments: &ast::Arguments) {
        let mut seen: Vec<&str> = Vec::new();
        for k in arguments.keywords.iter() {
            if let Some(arg) = &k.arg {
                if seen.contains(&arg.as_str()) {
                    self.compiler(format!("keyword argument repeated: {arg}"), k);
                }
                seen.push(arg.as_str());
            }
        }
    }
}

impl<'a> Visitor<'a> for Checker {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                for p in f.parameters.iter_non_variadic_params() {
                    if let Some(d) = &p.default {
                        self.visit_expr(d);
                    }
                }
                for p in f.parameters.iter() {
                    if let Some(a) = p.annotation() {
                        self.visit_annotation(a);
                    }
                }
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                self.mark(f.name.as_str(), LOCAL);
                self.in_scope(
                    Kind::Function {
                        is_async: f.is_async,
                    },
                    |c| {
                        c.parameters(&f.parameters);
                        c.visit_body(&f.body);
                    },
                );
            }
            Stmt::ClassDef(cls) => {
                for d in &cls.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(args) = &cls.arguments {
                    self.keywords(args);
                    self.visit_arguments(args);
                }
                self.mark(cls.name.as_str(), LOCAL);
                self.in_scope(Kind::Class, |c| c.visit_body(&cls.body));
            }
            Stmt::Global(g) => self.declaration(&g.names, stmt, "global"),
            Stmt::Nonlocal(n) => {
                // At module level scope resolution reports it.
                if self.kind() != Kind::Module {
                    self.declaration(&n.names, stmt, "nonlocal");
                }
            }
            Stmt::Return(r) => {
                if matches!(self.kind(), Kind::Module | Kind::Class) {
                    self.compiler("'return' outside function".into(), stmt);
                } else {
                    if r.value.is_some() {
                        self.frame().value_returns.push(span_of(stmt));
                    }
                    if self.frame().except_star_loops.is_some() {
                        // CPython notices it after compiling the value, and points there.
                        match &r.value {
                            Some(v) => self.compiler(EXCEPT_STAR_EXIT.into(), v.as_ref()),
                            None => self.compiler(EXCEPT_STAR_EXIT.into(), stmt),
                        }
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Break(_) | Stmt::Continue(_) => {
                let frame = self.frame();
                if frame.except_star_loops == Some(frame.loops) {
                    self.compiler(EXCEPT_STAR_EXIT.into(), stmt);
                } else if self.frame().loops == 0 {
                    let message = if stmt.is_break_stmt() {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    self.compiler(message.into(), stmt);
                }
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject);
                if let Some(d) = crate::match_checks::check_match(m) {
                    self.out.compiler.push(d);
                }
                for case in &m.cases {
                    self.visit_pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.visit_expr(g);
                    }
                    self.visit_body(&case.body);
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.iter);
                self.targets(&f.target);
                self.visit_expr(&f.target);
                self.loop_body(&f.body, &f.orelse);
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.loop_body(&w.body, &w.orelse);
            }
            Stmt::Assign(a) => {
                self.starred_value(&a.value);
                self.visit_expr(&a.value);
                for t in &a.targets {
                    self.targets(t);
                    self.visit_expr(t);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
                self.visit_annotation(&a.annotation);
                if let Expr::Name(n) = a.target.as_ref()
                    && a.simple
                {
                    self.mark(n.id.as_str(), ANNOT | LOCAL);
                } else {
                    self.visit_expr(&a.target);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(t) = &item.optional_vars {
                        self.targets(t);
                        self.visit_expr(t);
                    }
                }
                self.visit_body(&w.body);
            }
            Stmt::Import(imp) => {
                for alias in &imp.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.split('.').next().unwrap_or_default(),
                    };
                    self.mark(bound, LOCAL);
                }
            }
            Stmt::ImportFrom(imp) => {
                for alias in &imp.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.mark(bound.as_str(), LOCAL);
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                for (i, h) in t.handlers.iter().enumerate() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if h.type_.is_none() && i + 1 < t.handlers.len() {
                        self.compiler("default 'except:' must be last".into(), h);
                    }
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.mark(n.as_str(), LOCAL);
                    }
                    if t.is_star {
                        let loops = self.frame().loops;
                        let saved = self.frame().except_star_loops.replace(loops);
                        self.visit_body(&h.body);
                        self.frame().except_star_loops = saved;
                    } else {
                        self.visit_body(&h.body);
                    }
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            Stmt::Expr(e) => {
                self.starred_value(&e.value);
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        visitor::walk_pattern(self, pattern);
        if let Some(n) = crate::scope::pattern_capture(pattern) {
            self.mark(n, LOCAL)
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ExprContext::Load => USE,
                    _ => LOCAL,
                };
                self.mark(n.id.as_str(), flag);
            }
            Expr::Named(nm) => {
                self.visit_expr(&nm.value);
                if let Expr::Name(n) = nm.target.as_ref() {
                    // The target binds in the nearest non-comprehension scope.
                    let i = self
                        .frames
                        .iter()
                        .rposition(|f| !matches!(f.kind, Kind::Comprehension(_)))
                        .unwrap_or(0);
                    *self.frames[i].names.entry(n.id.to_string()).or_insert(0) |= LOCAL;
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for param in p.iter_non_variadic_params() {
                        if let Some(d) = &param.default {
                            self.visit_expr(d);
                        }
                    }
                }
                self.in_scope(Kind::Lambda, |c| {
                    if let Some(p) = &l.parameters {
                        c.parameters(p);
                    }
                    c.visit_expr(&l.body);
                });
            }
            Expr::ListComp(c) => {
                self.comprehension(expr, "list comprehension", &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.comprehension(expr, "set comprehension", &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.comprehension(expr, "generator expression", &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => {
                    self.comprehension(expr, "dict comprehension", &c.generators, &[k, &c.value])
                }
                None => self.comprehension(expr, "dict comprehension", &c.generators, &[&c.value]),
            },
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.frame().has_yield = true;
                if expr.is_yield_from_expr() && self.kind() == (Kind::Function { is_async: true }) {
                    self.compiler("'yield from' inside async function".into(), expr);
                }
                match self.kind() {
                    Kind::Comprehension(name) => {
                        self.symtable(format!("'yield' inside {name}"), expr)
                    }
                    Kind::Module | Kind::Class => {
                        self.compiler("'yield' outside function".into(), expr)
                    }
                    _ => {}
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                if let Kind::Comprehension(name) = self.kind()
                    && name != "generator expression"
                    && !self.in_async_function()
                {
                    let at = self.frame().comprehension.unwrap_or_else(|| span_of(expr));
                    self.out.compiler.push(Diagnostic::error(
                        SYNTAX_ERROR,
                        "asynchronous comprehension outside of an asynchronous function",
                        at,
                    ));
                }
                match self.kind() {
                    Kind::Module | Kind::Class => {
                        self.compiler("'await' outside function".into(), expr)
                    }
                    Kind::Function { is_async: false } | Kind::Lambda => {
                        self.compiler("'await' outside async function".into(), expr)
                    }
                    _ => {}
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Call(call) => {
                self.keywords(&call.arguments);
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}
