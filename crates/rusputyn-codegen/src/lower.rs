//! Generator state: the Rust items being produced for one Python module, the per-function
//! emission context (where `return`/`break`/errors go), and the emission of functions,
//! lambdas and generators as top-level Rust items.

use ruff_text_size::Ranged;
use rusputyn_frontend::ast::{self, Expr, Stmt};
use rusputyn_frontend::diagnostic::{Diagnostic, Span, UNSUPPORTED};
use rusputyn_frontend::{CheckedModule, Program, Resolution, ScopeId, ScopeKind};

/// Where control goes when leaving the current point of a body.
#[derive(Clone, Debug)]
pub(crate) enum Exit {
    /// A loop labelled `label` (target of `break`/`continue`).
    Loop { label: String },
    /// The body of a `try` with handlers: errors `break` to `label` as `Err(e)`.
    Catch { label: String },
    /// A `try` body or handler followed by `finally`: errors, `return`, `break` and
    /// `continue` all `break` to `label` so the `finally` code runs first.
    Finally { label: String },
}

/// What kind of Rust function a Python body is being emitted into.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum BodyKind {
    /// The module body (`fn module_body(f) -> PyResult<()>`).
    Module,
    /// A plain function.
    Function,
    /// A generator function (`async fn`, `yield` is `.await`).
    Generator,
    /// A coroutine (`async def`): an `async fn` too, `await` delegates.
    Coroutine,
    /// An async generator (`async def` with `yield`): both `yield` and `await`.
    AsyncGenerator,
}

impl BodyKind {
    /// True for the bodies emitted as Rust `async fn`s (they have a `co` handle).
    pub fn is_suspendable(self) -> bool {
        matches!(
            self,
            BodyKind::Generator | BodyKind::Coroutine | BodyKind::AsyncGenerator
        )
    }

    /// True where `await` may appear.
    pub fn is_async(self) -> bool {
        matches!(self, BodyKind::Coroutine | BodyKind::AsyncGenerator)
    }
}

/// Per-function emission state.
pub(crate) struct FnCtx {
    pub kind: BodyKind,
    /// Innermost scope last: the function's scope, then inlined class bodies/comprehensions.
    pub scopes: Vec<ScopeId>,
    pub out: String,
    pub indent: usize,
    pub exits: Vec<Exit>,
    /// Rust names of the exceptions being handled (for bare `raise`), innermost last.
    pub handling: Vec<String>,
    /// Rust names of class namespaces being built, innermost last (parallel to class scopes).
    pub class_ns: Vec<(ScopeId, String)>,
    /// Rust expression of the first parameter (for zero-argument `super()`).
    pub first_param: Option<String>,
    /// Closure index of the `__class__` cell (for zero-argument `super()`).
    pub class_cell: Option<usize>,
}

/// The generator for one Python module.
pub(crate) struct Gen<'a> {
    pub m: &'a CheckedModule,
    /// The whole program (how imports resolved).
    pub program: &'a Program,
    /// The module starts with `from __future__ import annotations` (annotations are kept
    /// as source text).
    pub future_annotations: bool,
    pub items: Vec<String>,
    pub diags: Vec<Diagnostic>,
    pub counter: usize,
    pub globals: Vec<String>,
    pub f: FnCtx,
}

/// Rust string literal for `s`.
pub(crate) fn lit(s: &str) -> String {
    format!("{s:?}")
}

impl<'a> Gen<'a> {
    pub fn new(m: &'a CheckedModule, program: &'a Program) -> Self {
        let mut globals = m.scopes.module_globals.clone();
        if !globals.iter().any(|g| g == "__name__") {
            globals.push("__name__".into());
        }
        let future_annotations = m.ast.body.iter().any(|s| {
            matches!(s, Stmt::ImportFrom(i) if i.level == 0
                && i.module.as_ref().is_some_and(|m| m.as_str() == "__future__")
                && i.names.iter().any(|n| n.name.as_str() == "annotations"))
        });
        Gen {
            m,
            program,
            future_annotations,
            items: Vec::new(),
            diags: Vec::new(),
            counter: 0,
            globals,
            f: FnCtx {
                kind: BodyKind::Module,
                scopes: vec![rusputyn_frontend::ScopeTable::MODULE],
                out: String::new(),
                indent: 1,
                exits: Vec::new(),
                handling: Vec::new(),
                class_ns: Vec::new(),
                first_param: None,
                class_cell: None,
            },
        }
    }

    /// A fresh number for temporaries and labels.
    pub fn fresh(&mut self) -> usize {
        self.counter += 1;
        self.counter
    }

    /// Emits one line of Rust in the current body.
    pub fn line(&mut self, s: impl AsRef<str>) {
        for _ in 0..self.f.indent {
            self.f.out.push_str("    ");
        }
        self.f.out.push_str(s.as_ref());
        self.f.out.push('\n');
    }

    /// Reports an unsupported construct at `node`.
    pub fn unsupported(&mut self, node: &impl Ranged, what: &str, help: &str) {
        let span = Span {
            start: node.start().to_usize(),
            end: node.end().to_usize(),
        };
        self.diags.push(
            Diagnostic::error(UNSUPPORTED, format!("{what} is not supported yet"), span)
                .with_label(format!("{what} used here"))
                .with_help(help.to_string()),
        );
    }

    /// Reports a Python `SyntaxError` found while lowering (e.g. `return` outside a function).
    pub fn syntax_error(&mut self, node: &impl Ranged, msg: &str) {
        let span = Span {
            start: node.start().to_usize(),
            end: node.end().to_usize(),
        };
        self.diags.push(Diagnostic::error(
            rusputyn_frontend::diagnostic::SYNTAX_ERROR,
            msg,
            span,
        ));
    }

    /// 1-based line of a node.
    pub fn line_of(&self, node: &impl Ranged) -> usize {
        self.m.file.line_col(node.start().to_usize()).0
    }

    /// The innermost scope.
    pub fn scope(&self) -> ScopeId {
        *self.f.scopes.last().expect("scope stack is never empty")
    }

    /// Slot index of a module global.
    pub fn global_index(&mut self, name: &str) -> usize {
        if let Some(i) = self.globals.iter().position(|g| g == name) {
            return i;
        }
        self.globals.push(name.to_string());
        self.globals.len() - 1
    }

    /// How `name` resolves at the current point.
    pub fn resolve(&self, name: &str) -> Resolution {
        self.m.scopes.get(self.scope()).resolve(name)
    }

    /// Wraps a `PyResult<T>` Rust expression so an error goes where the current context sends
    /// errors (the enclosing `try`, or out of the function).
    pub fn q(&self, expr: impl AsRef<str>) -> String {
        match self.error_label() {
            Some(l) => format!("catch!('{l}, {})", expr.as_ref()),
            None => format!("{}?", expr.as_ref()),
        }
    }

    /// `o.name` through the site's own inline cache (`types/attr_site.rs`): a block
    /// expression declaring the site's `static` and reading through it.
    pub fn attr_get(&self, o: &str, name: &str) -> String {
        let get = self.q(format!("SITE.get(&{o})"));
        format!(
            "{{ static SITE: rt::types::attr_site::AttrSite = rt::types::attr_site::AttrSite::new({}, {}); {get} }}",
            lit(name),
            rusputyn_runtime::hash::hash_str(name)
        )
    }

    /// Emits `o.name = value;` through the site's own inline cache.
    pub fn attr_set(&mut self, o: &str, name: &str, value: &str) {
        let set = self.q(format!("SITE.set(&{o}, {value})"));
        self.line(format!(
            "{{ static SITE: rt::types::attr_site::AttrSite = rt::types::attr_site::AttrSite::new({}, {}); {set}; }}",
            lit(name),
            rusputyn_runtime::hash::hash_str(name)
        ));
    }

    fn error_label(&self) -> Option<String> {
        self.f.exits.iter().rev().find_map(|e| match e {
            Exit::Catch { label } | Exit::Finally { label } => Some(label.clone()),
            Exit::Loop { .. } => None,
        })
    }

    /// Emits `head` (a line opening a block: `if let Err(e) = r {`, `Err(e) => {`), the
    /// propagation of `err` as the block's one statement, and the closing brace.
    pub fn raise_in(&mut self, head: impl AsRef<str>, err: &str) {
        self.line(head);
        self.f.indent += 1;
        self.emit_raise(err);
        self.f.indent -= 1;
        self.line("}");
    }

    /// Emits the propagation of the error in Rust expression `err` (a `PyErr`).
    pub fn emit_raise(&mut self, err: &str) {
        match self.error_label() {
            Some(l) => self.line(format!("break '{l} Err({err});")),
            None => self.line(format!("return Err({err});")),
        }
    }

    /// Emits `return value` routed through any enclosing `finally`.
    pub fn emit_return(&mut self, value: &str) {
        let fin = self.f.exits.iter().rev().find_map(|e| match e {
            Exit::Finally { label } => Some(label.clone()),
            _ => None,
        });
        match (fin, self.f.kind) {
            (Some(l), _) => self.line(format!("break '{l} Ok(Flow::Return({value}));")),
            (None, BodyKind::Module) => self.line("return Ok(());"),
            (None, _) => self.line(format!("return Ok({value});")),
        }
    }

    /// Emits `break` or `continue` of the innermost loop, routed through any `finally`.
    pub fn emit_loop_jump(&mut self, node: &impl Ranged, is_break: bool) {
        for e in self.f.exits.iter().rev() {
            match e {
                Exit::Loop { label } => {
                    let kw = if is_break { "break" } else { "continue" };
                    let l = label.clone();
                    self.line(format!("{kw} '{l};"));
                    return;
                }
                Exit::Finally { label } => {
                    let l = label.clone();
                    let flow = if is_break { "Break" } else { "Continue" };
                    self.line(format!("break '{l} Ok(Flow::{flow});"));
                    return;
                }
                Exit::Catch { .. } => {}
            }
        }
        let msg = if is_break {
            "'break' outside loop"
        } else {
            "'continue' not properly in loop"
        };
        self.syntax_error(node, msg);
    }

    /// Qualified name of a function/class defined in the current scope chain.
    pub fn qualname(&self, name: &str) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut cur = Some(self.scope());
        while let Some(id) = cur {
            let s = self.m.scopes.get(id);
            match s.kind {
                ScopeKind::Module => break,
                ScopeKind::Class => parts.push(s.name.clone()),
                ScopeKind::Function | ScopeKind::Lambda => {
                    parts.push(format!("{}.<locals>", s.name))
                }
                ScopeKind::Comprehension => parts.push(format!("{}.<locals>", s.name)),
            }
            cur = s.parent;
        }
        parts.reverse();
        parts.push(name.to_string());
        parts.join(".")
    }

    /// A Rust-identifier-safe version of a Python name.
    pub fn ident(name: &str) -> String {
        name.chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    }

    /// Emits a function (def, lambda or generator expression body) as Rust items and returns
    /// the Rust expression creating the function object at the definition site.
    ///
    /// `defaults`/`kwdefaults` are Rust expressions already evaluated by the caller;
    /// `is_async` is true for `async def` and asynchronous generator expressions.
    #[allow(clippy::too_many_arguments)]
    pub fn emit_function(
        &mut self,
        node: &impl Ranged,
        scope: ScopeId,
        name: &str,
        params: Option<&ast::Parameters>,
        body: FnBody<'_>,
        defaults: Vec<String>,
        kwdefaults: Vec<String>,
        in_class: bool,
        is_async: bool,
    ) -> String {
        let n = self.fresh();
        let sc = self.m.scopes.get(scope).clone();
        let qualname = self.qualname(name);
        let rname = format!("{}_{n}", Self::ident(name));
        let kind = match (is_async, sc.is_generator) {
            (false, false) => BodyKind::Function,
            (false, true) => BodyKind::Generator,
            (true, false) => BodyKind::Coroutine,
            (true, true) => BodyKind::AsyncGenerator,
        };
        let is_gen = kind.is_suspendable();
        let mut param_names: Vec<String> = Vec::new();
        let (mut posonly, mut npos, mut kwonly, mut varargs, mut varkw) = (0, 0, 0, false, false);
        if let Some(p) = params {
            posonly = p.posonlyargs.len();
            for a in p.posonlyargs.iter().chain(p.args.iter()) {
                param_names.push(a.parameter.name.to_string());
            }
            npos = param_names.len();
            for a in &p.kwonlyargs {
                param_names.push(a.parameter.name.to_string());
            }
            kwonly = p.kwonlyargs.len();
            varargs = p.vararg.is_some();
            varkw = p.kwarg.is_some();
        }
        // Slot order: positional, *args, keyword-only, **kwargs.
        let mut slot_names: Vec<String> = param_names[..npos].to_vec();
        if let Some(p) = params {
            if let Some(v) = &p.vararg {
                slot_names.push(v.name.to_string());
            }
            slot_names.extend(param_names[npos..].iter().cloned());
            if let Some(k) = &p.kwarg {
                slot_names.push(k.name.to_string());
            }
        }
        if matches!(body, FnBody::GenExpr(..)) {
            param_names = vec![".0".to_string()];
            npos = 1;
            slot_names = param_names.clone();
        }
        // The `__class__` cell: a method takes the class body's; a function nested in a
        // method takes the enclosing function's own.
        let class_cell_src = match (in_class, self.f.class_cell) {
            _ if !sc.uses_super => None,
            (true, _) => Some("class_cell.clone()".to_string()),
            (false, Some(idx)) => Some(format!("closure[{idx}].clone()")),
            (false, None) => None,
        };
        let uses_class_cell = class_cell_src.is_some();
        // Closure: the free variables in order, then the `__class__` cell if needed.
        let mut closure_exprs: Vec<String> = sc
            .free_vars
            .iter()
            .map(|v| format!("c_{}.clone()", Self::ident(v)))
            .collect();
        closure_exprs.extend(class_cell_src);
        let params_lit = param_names
            .iter()
            .map(|p| lit(p))
            .collect::<Vec<_>>()
            .join(", ");
        self.items.push(format!(
            "static CODE_{rname}: Code = Code {{ name: {}, qualname: {}, module: MODULE_NAME, file: FILE, params: &[{params_lit}], posonly: {posonly}, npos: {npos}, kwonly: {kwonly}, varargs: {varargs}, varkw: {varkw}, generator: {plain_gen}, doc: {doc} }};\nstatic FRAME_{rname}: FrameInfo = FrameInfo {{ file: FILE, name: {} }};",
            lit(name),
            lit(&qualname),
            lit(name),
            plain_gen = kind == BodyKind::Generator,
            doc = match docstring(&body) {
                Some(d) => format!("Some({})", lit(&d)),
                None => "None".into(),
            }
        ));

        // Emit the body in a fresh context.
        let saved = std::mem::replace(
            &mut self.f,
            FnCtx {
                kind,
                scopes: vec![scope],
                out: String::new(),
                indent: 1,
                exits: Vec::new(),
                handling: Vec::new(),
                class_ns: Vec::new(),
                first_param: slot_names.first().map(|p| {
                    format!(
                        "rt::support::load_local(&l_{}, {})?",
                        Self::ident(p),
                        lit(p)
                    )
                }),
                class_cell: if uses_class_cell {
                    Some(sc.free_vars.len())
                } else {
                    None
                },
            },
        );
        // A generator's body owns its argument vector (it runs after the call returns);
        // a plain function's body clones its parameters from the borrowed slots.
        if is_gen {
            self.line("let mut args = args.into_iter();");
        }
        for (i, p) in slot_names.iter().enumerate() {
            let init = match is_gen {
                true => "args.next()".to_string(),
                false => format!("args.get({i})"),
            };
            match sc.resolve(p) {
                Resolution::Cell => {
                    if let Some(fp) = &mut self.f.first_param
                        && slot_names.first() == Some(p)
                    {
                        *fp = format!("rt::support::load_cell(&c_{}, {})?", Self::ident(p), lit(p));
                    }
                    self.line(format!(
                        "let c_{}: Cell = new_cell({init});",
                        Self::ident(p)
                    ))
                }
                _ => self.line(format!(
                    "let mut l_{}: Option<Value> = {init};",
                    Self::ident(p)
                )),
            }
        }
        for (i, v) in sc.free_vars.iter().enumerate() {
            self.line(format!(
                "let c_{}: Cell = closure[{i}].clone();",
                Self::ident(v)
            ));
        }
        for s in sc.symbols.iter() {
            if slot_names.contains(&s.name) {
                continue;
            }
            match s.resolution {
                Resolution::Local => self.line(format!(
                    "let mut l_{}: Option<Value> = None;",
                    Self::ident(&s.name)
                )),
                Resolution::Cell => self.line(format!(
                    "let c_{}: Cell = new_cell(None);",
                    Self::ident(&s.name)
                )),
                _ => {}
            }
        }
        match body {
            FnBody::Stmts(stmts) => {
                self.stmts(stmts);
                if self.f.kind.is_suspendable() || !ends_with_return(stmts) {
                    self.line("#[allow(unreachable_code)]");
                    self.line("Ok(Value::None)");
                }
            }
            FnBody::Expr(e) => {
                let v = self.expr(e);
                self.line(format!("Ok({v})"));
            }
            FnBody::GenExpr(elt, generators) => {
                self.genexpr_body(elt, generators);
                self.line("Ok(Value::None)");
            }
        }
        let body_text = std::mem::replace(&mut self.f, saved).out;
        if is_gen {
            let gen_kind = match kind {
                BodyKind::Coroutine => "Coroutine",
                BodyKind::AsyncGenerator => "AsyncGenerator",
                _ => "Generator",
            };
            self.items.push(format!(
                "fn {rname}(func: &Function, args: Args<'_>) -> PyResult<Value> {{\n    let args: Vec<Value> = args.to_vec();\n    let closure: Vec<Cell> = func.closure.clone();\n    Ok(Generator::new_kind(GenKind::{gen_kind}, {name_lit}, {qn_lit}, move |co| Box::pin(async move {{\n        let mut frame = Frame::generator(&FRAME_{rname});\n        let r = body_{rname}(co, &closure, &mut frame, args).await;\n        r.map_err(|e| frame.trace(e))\n    }})))\n}}\n\nasync fn body_{rname}(co: Co, closure: &[Cell], f: &mut Frame, args: Vec<Value>) -> PyResult<Value> {{\n{body_text}}}",
                name_lit = lit(name),
                qn_lit = lit(&qualname)
            ));
        } else {
            self.items.push(format!(
                "fn {rname}(func: &Function, args: Args<'_>) -> PyResult<Value> {{\n    let mut frame = Frame::enter(&FRAME_{rname})?;\n    let r = body_{rname}(&func.closure, &mut frame, args);\n    r.map_err(|e| frame.trace(e))\n}}\n\nfn body_{rname}(closure: &[Cell], f: &mut Frame, args: Args<'_>) -> PyResult<Value> {{\n{body_text}}}"
            ));
        }
        let _ = node;
        let kwd = kwdefaults
            .iter()
            .map(|k| {
                if k.is_empty() {
                    "None".to_string()
                } else {
                    format!("Some({k})")
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "Function::new(&CODE_{rname}, {rname}, vec![{}], vec![{kwd}], vec![{}])",
            defaults.join(", "),
            closure_exprs.join(", ")
        )
    }
}

/// The body of a function being emitted.
pub(crate) enum FnBody<'b> {
    /// A `def` body.
    Stmts(&'b [Stmt]),
    /// A `lambda` body.
    Expr(&'b Expr),
    /// A generator expression: the element and its `for` clauses (the first iterator is the
    /// function's single argument).
    GenExpr(&'b Expr, &'b [ast::Comprehension]),
}

/// The docstring of a `def` body (the literal as written, as CPython 3.11 stores it).
fn docstring(body: &FnBody<'_>) -> Option<String> {
    let FnBody::Stmts(stmts) = body else {
        return None;
    };
    match stmts.first() {
        Some(Stmt::Expr(e)) => match e.value.as_ref() {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn ends_with_return(stmts: &[Stmt]) -> bool {
    matches!(stmts.last(), Some(Stmt::Return(_)) | Some(Stmt::Raise(_)))
}
