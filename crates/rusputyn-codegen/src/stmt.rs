//! Lowering of statements: assignment and unpacking, control flow with labelled loops,
//! `try`/`except`/`else`/`finally` as labelled blocks carrying a `Flow`, definitions and
//! imports.

#[path = "stmt_except_star.rs"]
mod stmt_except_star;
#[path = "stmt_match.rs"]
mod stmt_match;
#[path = "stmt_try.rs"]
mod stmt_try;
#[path = "stmt_with.rs"]
mod stmt_with;

use crate::lower::{BodyKind, Exit, FnBody, Gen, lit};
use ruff_text_size::Ranged;
use rusputyn_frontend::ast::{self, Expr, Stmt};
use rusputyn_frontend::{ModuleKind, ScopeKind};

/// True for `a, b = x, y` with the same number of plain (unstarred) items on both sides.
fn parallel_assign(target: &Expr, value: &Expr) -> bool {
    let (Expr::Tuple(ast::ExprTuple { elts: t, .. }) | Expr::List(ast::ExprList { elts: t, .. })) =
        target
    else {
        return false;
    };
    let Expr::Tuple(ast::ExprTuple { elts: v, .. }) = value else {
        return false;
    };
    t.len() == v.len()
        && !t
            .iter()
            .chain(v.iter())
            .any(|e| matches!(e, Expr::Starred(_)))
}

impl Gen<'_> {
    /// Lowers a block of statements.
    pub fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn set_line(&mut self, s: &Stmt) {
        let line = self.line_of(s);
        let text = self.m.file.line_text(line).trim().to_string();
        let text: String = text.chars().take(100).collect();
        self.line(format!("// {line}: {text}"));
        self.line(format!("f.line = {line};"));
    }

    /// Lowers one statement.
    pub fn stmt(&mut self, s: &Stmt) {
        if !matches!(s, Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_)) {
            self.set_line(s);
        }
        match s {
            Stmt::Expr(e) => {
                let v = self.expr(&e.value);
                self.line(format!("let _ = {v};"));
            }
            Stmt::Assign(a) if a.targets.len() == 1 && parallel_assign(&a.targets[0], &a.value) => {
                // `a, b = x, y`: evaluate the right side left to right, then assign; no tuple.
                let (Expr::Tuple(ast::ExprTuple { elts: targets, .. })
                | Expr::List(ast::ExprList { elts: targets, .. })) = &a.targets[0]
                else {
                    return;
                };
                let Expr::Tuple(ast::ExprTuple { elts: values, .. }) = a.value.as_ref() else {
                    return;
                };
                let temps: Vec<String> = values
                    .iter()
                    .map(|v| {
                        let t = format!("t{}", self.fresh());
                        let e = self.expr(v);
                        self.line(format!("let {t} = {e};"));
                        t
                    })
                    .collect();
                for (target, t) in targets.iter().zip(temps) {
                    self.assign(target, &t);
                }
            }
            Stmt::Assign(a) => {
                let v = self.expr(&a.value);
                if a.targets.len() == 1
                    && matches!(a.targets[0], Expr::Subscript(_) | Expr::Attribute(_))
                    && !crate::expr::is_constant(&a.value)
                {
                    // The value is evaluated before the target's object and subscript.
                    let t = format!("t{}", self.fresh());
                    self.line(format!("let {t} = {v};"));
                    self.assign(&a.targets[0], &t);
                } else if a.targets.len() == 1 {
                    self.assign(&a.targets[0], &v);
                } else {
                    let t = format!("t{}", self.fresh());
                    self.line(format!("let {t} = {v};"));
                    for target in &a.targets {
                        self.assign(target, &format!("{t}.clone()"));
                    }
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    let v = self.expr(v);
                    self.assign(&a.target, &v);
                } else if !matches!(a.target.as_ref(), Expr::Name(_)) {
                    // `obj.attr: int` evaluates the object; nothing else happens.
                    if let Expr::Attribute(at) = a.target.as_ref() {
                        let o = self.expr(&at.value);
                        self.line(format!("let _ = {o};"));
                    }
                }
                self.class_annotation(a);
                self.module_annotation(a);
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::Pass(_) => {}
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::If(i) => self.if_stmt(i),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::Break(b) => self.emit_loop_jump(b, true),
            Stmt::Continue(c) => self.emit_loop_jump(c, false),
            Stmt::Return(r) => {
                if self.f.kind == BodyKind::Module
                    || self.m.scopes.get(self.scope()).kind == ScopeKind::Class
                {
                    self.syntax_error(r, "'return' outside function");
                    return;
                }
                let v = match &r.value {
                    Some(v) => self.return_value(v),
                    None => "Value::None".to_string(),
                };
                self.emit_return(&v);
            }
            Stmt::FunctionDef(fd) => self.function_def(fd, s),
            Stmt::ClassDef(cd) => self.class_def(cd, s),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t);
                }
            }
            Stmt::Assert(a) => {
                let c = self.cond(&a.test);
                self.line(format!("if !({c}) {{"));
                self.f.indent += 1;
                let msg = match &a.msg {
                    Some(m) => format!("Some({})", self.expr(m)),
                    None => "None".into(),
                };
                self.emit_raise(&format!("f.raise(rt::support::assertion_failed({msg}))"));
                self.f.indent -= 1;
                self.line("}");
            }
            Stmt::Import(imp) => self.import_stmt(imp),
            Stmt::ImportFrom(imp) => self.import_from_stmt(imp),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::With(w) => self.with_stmt(w),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TypeAlias(t) => self.unsupported(
                t,
                "`type` alias statement",
                "assign the alias with `=` instead",
            ),
            Stmt::IpyEscapeCommand(c) => self.syntax_error(c, "invalid syntax"),
        }
    }

    /// At module level, `name: T` records `T` (its source text under
    /// `from __future__ import annotations`) in the module's `__annotations__` global, read
    /// as a name at that point as CPython does (a deleted one is a `NameError`); other
    /// targets only evaluate the annotation.
    fn module_annotation(&mut self, a: &ast::StmtAnnAssign) {
        if self.f.kind != BodyKind::Module || self.scope() != rusputyn_frontend::ScopeTable::MODULE
        {
            return;
        }
        let target = match a.target.as_ref() {
            Expr::Name(n) if a.simple => Some(n.id.to_string()),
            _ => None,
        };
        let annotation = if self.future_annotations {
            if target.is_none() {
                return;
            }
            let text =
                &self.m.file.text[a.annotation.start().to_usize()..a.annotation.end().to_usize()];
            format!("Value::str({})", lit(text))
        } else {
            self.expr(&a.annotation)
        };
        let Some(name) = target else {
            self.line(format!("let _ = {annotation};"));
            return;
        };
        let t = format!("t{}", self.fresh());
        self.line(format!("let {t} = {annotation};"));
        let d = self.load_name("__annotations__");
        let s = self.q(format!(
            "rt::ops::setitem(&{d}, &Value::str({}), {t})",
            lit(&name)
        ));
        self.line(format!("{s};"));
    }

    /// In a class body, `name: T` records `T` in the class's `__annotations__` after the
    /// assignment, as CPython does (the source text of `T` under
    /// `from __future__ import annotations`). Annotations in functions are never evaluated;
    /// module-level ones are [`Gen::module_annotation`]'s.
    fn class_annotation(&mut self, a: &ast::StmtAnnAssign) {
        let Some((scope, ns)) = self.f.class_ns.last().cloned() else {
            return;
        };
        if scope != self.scope() {
            return;
        }
        let Expr::Name(target) = a.target.as_ref() else {
            // A complex target's annotation is evaluated but not stored.
            if !self.future_annotations {
                let t = self.expr(&a.annotation);
                self.line(format!("let _ = {t};"));
            }
            return;
        };
        if !a.simple {
            return;
        }
        let annotation = if self.future_annotations {
            let text =
                &self.m.file.text[a.annotation.start().to_usize()..a.annotation.end().to_usize()];
            format!("Value::str({})", lit(text))
        } else {
            self.expr(&a.annotation)
        };
        let stored = self.q(format!(
            "rt::support::store_annotation({ns}, {}, {annotation})",
            lit(target.id.as_str())
        ));
        self.line(format!("{stored};"));
    }

    /// `import a.b.c` binds `a` (after importing all three); `import a.b.c as x` binds the
    /// leaf module.
    fn import_stmt(&mut self, imp: &ast::StmtImport) {
        for alias in &imp.names {
            let full = alias.name.as_str();
            if !self.module_available(full, alias) {
                continue;
            }
            match &alias.asname {
                Some(asname) => {
                    let m = self.q(format!("rt::stdlib::import({})", lit(full)));
                    self.store_name(asname.as_str(), &m);
                }
                None => {
                    let m = self.q(format!("rt::stdlib::import_top({})", lit(full)));
                    let top = full.split('.').next().unwrap_or(full);
                    self.store_name(top, &m);
                }
            }
        }
    }

    /// `from M import x, y as z` (M possibly relative), and `from __future__ import ...`.
    fn import_from_stmt(&mut self, imp: &ast::StmtImportFrom) {
        let name = imp.module.as_ref().map(|m| m.as_str());
        if imp.level == 0 && name == Some("__future__") {
            self.future_import(imp);
            return;
        }
        let Some(module) = rusputyn_frontend::program::absolute_name(
            &self.m.name,
            self.m.is_package,
            imp.level,
            name,
        ) else {
            self.emit_raise("f.raise(rt::stdlib::relative_import_error())");
            return;
        };
        if !self.module_available(&module, imp) {
            return;
        }
        let t = format!("m{}", self.fresh());
        let m = self.q(format!("rt::stdlib::import({})", lit(&module)));
        self.line(format!("let {t} = {m};"));
        for alias in &imp.names {
            if alias.name.as_str() == "*" {
                self.unsupported(
                    alias,
                    "`from ... import *`",
                    "import the names you use explicitly",
                );
                continue;
            }
            let v = self.q(format!(
                "rt::stdlib::import_from(&{t}, {})",
                lit(alias.name.as_str())
            ));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound.as_str(), &v);
        }
    }

    /// `from __future__ import f`: every feature CPython 3.11 knows is already the behaviour
    /// here (annotations are never evaluated), so the statement does nothing at run time.
    fn future_import(&mut self, imp: &ast::StmtImportFrom) {
        const FEATURES: &[&str] = &[
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        for alias in &imp.names {
            let n = alias.name.as_str();
            if n == "braces" {
                self.syntax_error(alias, "not a chance");
            } else if n == "barry_as_FLUFL" {
                self.unsupported(
                    alias,
                    "`from __future__ import barry_as_FLUFL`",
                    "remove it",
                );
            } else if !FEATURES.contains(&n) {
                self.syntax_error(alias, &format!("future feature {n} is not defined"));
            }
        }
    }

    /// True when module `name` (absolute) can be imported at run time, or its absence is a
    /// run-time `ModuleNotFoundError` as in CPython; a standard-library module the runtime
    /// does not provide yet is reported here instead.
    fn module_available(&mut self, name: &str, node: &impl Ranged) -> bool {
        let missing_stdlib = name
            .split('.')
            .scan(String::new(), |acc, part| {
                if !acc.is_empty() {
                    acc.push('.');
                }
                acc.push_str(part);
                Some(acc.clone())
            })
            .find(|prefix| {
                matches!(
                    self.program.resolve(prefix),
                    Some(ModuleKind::Missing { stdlib: true })
                )
            });
        let Some(missing) = missing_stdlib else {
            return true;
        };
        // Only what a program may name in an `import`: top-level public modules, not the
        // private helpers (`_inspect`) or a package's submodules (`asyncio.tasks`).
        let mut provided: Vec<&str> = rusputyn_runtime::stdlib::MODULES
            .iter()
            .map(|(n, _)| *n)
            .chain(rusputyn_pylib::MODULES.iter().map(|m| m.name))
            .filter(|n| !n.starts_with('_') && !n.contains('.'))
            .collect();
        provided.sort_unstable();
        provided.dedup();
        self.unsupported(
            node,
            &format!("import of module '{missing}'"),
            &format!(
                "Rusputyn provides these modules so far: {}",
                provided.join(", ")
            ),
        );
        false
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) {
        let c = self.cond(&i.test);
        self.line(format!("if {c} {{"));
        self.f.indent += 1;
        self.stmts(&i.body);
        self.f.indent -= 1;
        let mut closes = 1;
        for clause in &i.elif_else_clauses {
            match &clause.test {
                Some(test) => {
                    // The condition may emit statements (walrus, temporaries), so nest.
                    self.line("} else {");
                    self.f.indent += 1;
                    let line = self.line_of(clause);
                    self.line(format!("f.line = {line};"));
                    let c = self.cond(test);
                    self.line(format!("if {c} {{"));
                    self.f.indent += 1;
                    self.stmts(&clause.body);
                    self.f.indent -= 1;
                    closes += 1;
                }
                None => {
                    self.line("} else {");
                    self.f.indent += 1;
                    self.stmts(&clause.body);
                    self.f.indent -= 1;
                }
            }
        }
        for k in 0..closes {
            if k > 0 {
                self.line("}");
                self.f.indent -= 1;
            }
        }
        self.line("}");
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) {
        let label = format!("l{}", self.fresh());
        let line = self.line_of(w);
        self.line(format!("'{label}: loop {{"));
        self.f.indent += 1;
        self.line(format!("f.line = {line};"));
        let c = self.cond(&w.test);
        self.line(format!("if !({c}) {{"));
        self.f.indent += 1;
        self.stmts(&w.orelse);
        self.line(format!("break '{label};"));
        self.f.indent -= 1;
        self.line("}");
        self.f.exits.push(Exit::Loop {
            label: label.clone(),
        });
        self.stmts(&w.body);
        self.f.exits.pop();
        self.f.indent -= 1;
        self.line("}");
    }

    fn for_stmt(&mut self, fs: &ast::StmtFor) {
        if fs.is_async && !self.f.kind.is_async() {
            self.syntax_error(fs, "'async for' outside async function");
            return;
        }
        if !fs.is_async
            && let Some(args) = self.builtin_range_args(&fs.iter)
        {
            self.for_range(fs, args);
            return;
        }
        let label = format!("l{}", self.fresh());
        let it = format!("it{}", self.fresh());
        let seq = self.expr(&fs.iter);
        let iter = self.q(self.clause_iter(fs.is_async, &seq));
        // The iterator lives in its own block so it is released when the loop ends (a
        // generator left suspended by `break` is closed then, as CPython's refcounting does).
        self.line("{");
        self.f.indent += 1;
        self.line(format!("let {it} = {iter};"));
        self.line(format!("'{label}: loop {{"));
        self.f.indent += 1;
        let next = self.q(self.clause_next(fs.is_async, &it));
        self.line(format!("let Some(item) = {next} else {{"));
        self.f.indent += 1;
        self.stmts(&fs.orelse);
        self.line(format!("break '{label};"));
        self.f.indent -= 1;
        self.line("};");
        self.assign(&fs.target, "item");
        self.f.exits.push(Exit::Loop {
            label: label.clone(),
        });
        self.stmts(&fs.body);
        self.f.exits.pop();
        let line = self.line_of(fs);
        self.line(format!("f.line = {line};"));
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
    }

    /// The arguments of `range(...)` when `iter` is a call of the built-in `range` with 1 to 3
    /// plain positional arguments (and `range` is not rebound anywhere in the module).
    fn builtin_range_args<'e>(&self, iter: &'e Expr) -> Option<&'e [Expr]> {
        let Expr::Call(c) = iter else { return None };
        let Expr::Name(n) = c.func.as_ref() else {
            return None;
        };
        let plain = !c.arguments.args.is_empty()
            && c.arguments.args.len() <= 3
            && c.arguments.keywords.is_empty()
            && !c
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)));
        let is_builtin = n.id.as_str() == "range"
            && self.resolve("range") == rusputyn_frontend::Resolution::GlobalOrBuiltin
            && !self.m.scopes.module_globals.iter().any(|g| g == "range");
        (plain && is_builtin).then_some(&c.arguments.args[..])
    }

    /// `for target in range(...)` as a counted loop over machine integers.
    fn for_range(&mut self, fs: &ast::StmtFor, args: &[Expr]) {
        let label = format!("l{}", self.fresh());
        let n = self.fresh();
        let vals: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
        let plan = self.q(format!("rt::support::range_plan(&[{}])", vals.join(", ")));
        self.line("{");
        self.f.indent += 1;
        self.line(format!(
            "let (start{n}, step{n}, count{n}, big{n}) = {plan};"
        ));
        self.line(format!("let mut k{n}: usize = 0;"));
        self.line(format!("'{label}: loop {{"));
        self.f.indent += 1;
        self.line(format!("if k{n} >= count{n} {{"));
        self.f.indent += 1;
        self.stmts(&fs.orelse);
        self.line(format!("break '{label};"));
        self.f.indent -= 1;
        self.line("}");
        // A range beyond 64 bits computes its items with big ints.
        self.line(format!(
            "let item = match &big{n} {{ None => Value::Int(start{n} + (k{n} as i64) * step{n}), Some(r) => r.item(k{n}) }};"
        ));
        self.line(format!("k{n} += 1;"));
        self.assign(&fs.target, "item");
        self.f.exits.push(Exit::Loop {
            label: label.clone(),
        });
        self.stmts(&fs.body);
        self.f.exits.pop();
        let line = self.line_of(fs);
        self.line(format!("f.line = {line};"));
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
    }

    fn raise_stmt(&mut self, r: &ast::StmtRaise) {
        match &r.exc {
            None => match self.f.handling.last().cloned() {
                Some(e) => self.emit_raise(&format!("{e}.clone()")),
                None => self.emit_raise(
                    "f.raise(rt::err::runtime_error(\"No active exception to reraise\"))",
                ),
            },
            Some(exc) => {
                let v = self.expr(exc);
                let cause = match &r.cause {
                    Some(c) => format!("Some({})", self.expr(c)),
                    None => "None".into(),
                };
                let t = format!("e{}", self.fresh());
                let made = self.q(format!("rt::support::make_raise({v}, {cause})"));
                self.line(format!("let {t} = {made};"));
                let chained = match self.f.handling.last() {
                    Some(h) => format!("rt::support::chain(f.raise({t}), &{h})"),
                    None => format!("f.raise({t})"),
                };
                self.emit_raise(&chained);
            }
        }
    }

    fn function_def(&mut self, fd: &ast::StmtFunctionDef, s: &Stmt) {
        if fd.type_params.is_some() {
            self.unsupported(
                fd,
                "type parameters",
                "remove the `[T]` list; annotations are not checked anyway",
            );
            return;
        }
        let Some(scope) = self.m.scopes.scope_at(s) else {
            return;
        };
        // Decorators are evaluated before the defaults, outermost first.
        let decorators = self.eval_decorators(&fd.decorator_list);
        let (defaults, kwdefaults) = self.param_defaults(&fd.parameters);
        let annotations = self.function_annotations(fd);
        let in_class = self.m.scopes.get(self.scope()).kind == ScopeKind::Class;
        let mut v = self.emit_function(
            s,
            scope,
            fd.name.as_str(),
            Some(&fd.parameters),
            FnBody::Stmts(&fd.body),
            defaults,
            kwdefaults,
            in_class,
            fd.is_async,
        );
        if !annotations.is_empty() {
            v = format!(
                "Function::with_annotations({v}, vec![{}])",
                annotations.join(", ")
            );
        }
        for d in decorators.iter().rev() {
            v = self.q(format!("call(&{d}, &[{v}])"));
        }
        self.store_name(fd.name.as_str(), &v);
    }

    /// Evaluates a `def`'s annotations at definition time (after the defaults, parameters in
    /// order then `return`, as CPython does) into `("name", value)` pairs for
    /// `Function::with_annotations`; under `from __future__ import annotations` each is the
    /// annotation's source text.
    fn function_annotations(&mut self, fd: &ast::StmtFunctionDef) -> Vec<String> {
        let p = &fd.parameters;
        let mut items: Vec<(&str, &Expr)> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(t) = &a.parameter.annotation {
                items.push((a.parameter.name.as_str(), t));
            }
        }
        if let Some(v) = &p.vararg
            && let Some(t) = &v.annotation
        {
            items.push((v.name.as_str(), t));
        }
        for a in &p.kwonlyargs {
            if let Some(t) = &a.parameter.annotation {
                items.push((a.parameter.name.as_str(), t));
            }
        }
        if let Some(k) = &p.kwarg
            && let Some(t) = &k.annotation
        {
            items.push((k.name.as_str(), t));
        }
        if let Some(r) = &fd.returns {
            items.push(("return", r));
        }
        let mut out = Vec::new();
        for (name, t) in items {
            let v = if self.future_annotations {
                let text = &self.m.file.text[t.start().to_usize()..t.end().to_usize()];
                format!("Value::str({})", lit(text))
            } else {
                let tmp = format!("an{}", self.fresh());
                let v = self.expr(t);
                self.line(format!("let {tmp} = {v};"));
                tmp
            };
            out.push(format!("({}, {v})", lit(name)));
        }
        out
    }

    /// Evaluates parameter defaults at definition time into temporaries.
    pub fn param_defaults(&mut self, p: &ast::Parameters) -> (Vec<String>, Vec<String>) {
        let mut defaults = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                let t = format!("dv{}", self.fresh());
                let v = self.expr(d);
                self.line(format!("let {t} = {v};"));
                defaults.push(t);
            }
        }
        let mut kwdefaults = Vec::new();
        for a in &p.kwonlyargs {
            match &a.default {
                Some(d) => {
                    let t = format!("dv{}", self.fresh());
                    let v = self.expr(d);
                    self.line(format!("let {t} = {v};"));
                    kwdefaults.push(t);
                }
                None => kwdefaults.push(String::new()),
            }
        }
        (defaults, kwdefaults)
    }

    /// Evaluates a definition's decorators, outermost first, into temporaries (applied
    /// innermost first once the function or class exists).
    fn eval_decorators(&mut self, list: &[ast::Decorator]) -> Vec<String> {
        list.iter()
            .map(|d| {
                let t = format!("d{}", self.fresh());
                let v = self.expr(&d.expression);
                self.line(format!("let {t} = {v};"));
                t
            })
            .collect()
    }

    fn class_def(&mut self, cd: &ast::StmtClassDef, s: &Stmt) {
        if cd.type_params.is_some() {
            self.unsupported(cd, "type parameters", "remove the `[T]` list");
            return;
        }
        // Decorators are evaluated first, then the bases and keywords, then the body.
        let decorators = self.eval_decorators(&cd.decorator_list);
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if let Some(args) = &cd.arguments {
            for b in args.args.iter() {
                if matches!(b, Expr::Starred(_)) {
                    self.unsupported(
                        b,
                        "starred base classes",
                        "list the base classes explicitly",
                    );
                    return;
                }
                let t = format!("b{}", self.fresh());
                let v = self.expr(b);
                self.line(format!("let {t} = {v};"));
                bases.push(t);
            }
            for k in args.keywords.iter() {
                match k.arg.as_ref().map(|a| a.as_str()) {
                    None => {
                        self.unsupported(
                            k,
                            "`**kwargs` in a class definition",
                            "pass the keywords explicitly",
                        );
                        return;
                    }
                    Some(name) => {
                        let t = format!("k{}", self.fresh());
                        let v = self.expr(&k.value);
                        self.line(format!("let {t} = {v};"));
                        keywords.push(format!("({}, {t})", lit(name)));
                    }
                }
            }
        }
        let Some(scope) = self.m.scopes.scope_at(s) else {
            return;
        };
        let n = self.fresh();
        let ns = format!("ns{n}");
        let cb = format!("cb{n}");
        let qualname = self.qualname(cd.name.as_str());
        self.line("{");
        self.f.indent += 1;
        // The header: bases through `__mro_entries__`, the metaclass, its `__prepare__`.
        let prep = self.q(format!(
            "rt::types::class::build::prepare({}, vec![{}], &[{}])",
            lit(cd.name.as_str()),
            bases.join(", "),
            keywords.join(", ")
        ));
        self.line(format!("let {cb} = {prep};"));
        self.line(format!("let {ns} = &{cb}.ns;"));
        self.line("let class_cell: Cell = new_cell(None);");
        let mut presets = vec![
            ("__module__", "Value::str(MODULE_NAME)".to_string()),
            ("__qualname__", format!("Value::str({})", lit(&qualname))),
        ];
        if let Some(Stmt::Expr(e)) = cd.body.first()
            && let Expr::StringLiteral(doc) = e.value.as_ref()
        {
            presets.push((
                "__doc__",
                format!("Value::str({})", lit(doc.value.to_str())),
            ));
        }
        if has_annotations(&cd.body) {
            // CPython's SETUP_ANNOTATIONS: a class body with annotations starts with an empty
            // `__annotations__` dict in its namespace.
            presets.push((
                "__annotations__",
                "Value::Dict(std::rc::Rc::new(rt::types::dict::PyDict::new()))".to_string(),
            ));
        }
        for (k, v) in presets {
            let s = self.q(format!("{ns}.set({}, {v})", lit(k)));
            self.line(format!("{s};"));
        }
        self.f.scopes.push(scope);
        self.f.class_ns.push((scope, ns.clone()));
        // Class-body cells (names captured by nested functions but not class-local) are not
        // possible: class scopes never own cells. Its locals live in the namespace dict.
        self.stmts(&cd.body);
        self.f.class_ns.pop();
        self.f.scopes.pop();
        self.line(format!("f.line = {};", self.line_of(cd)));
        let cls = self.q(format!(
            "rt::types::class::build::finish(&{cb}, {})",
            lit(cd.name.as_str())
        ));
        self.line(format!("let cls = {cls};"));
        self.line("*class_cell.borrow_mut() = Some(cls.clone());");
        let mut v = "cls".to_string();
        for d in decorators.iter().rev() {
            v = self.q(format!("call(&{d}, &[{v}])"));
        }
        self.store_name(cd.name.as_str(), &v);
        self.f.indent -= 1;
        self.line("}");
    }

    /// Refuses `obj.__class__ = ...` and `obj.__dict__ = ...` (true when refused): an
    /// instance's class and attribute dict are fixed when it is created.
    fn refuse_layout_assignment(&mut self, a: &ast::ExprAttribute) -> bool {
        let name = a.attr.as_str();
        if !matches!(name, "__class__" | "__dict__") {
            return false;
        }
        let help = match name {
            "__class__" => "create an object of the other class instead",
            _ => "change the existing dict instead (`obj.__dict__.clear()`, `.update(...)`)",
        };
        self.unsupported(a, &format!("assigning `{name}`"), help);
        true
    }

    /// `target = value` for any assignment target.
    pub fn assign(&mut self, target: &Expr, value: &str) {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str(), value),
            Expr::Attribute(a) => {
                if self.refuse_layout_assignment(a) {
                    return;
                }
                let o = self.expr(&a.value);
                self.attr_set(&o, a.attr.as_str(), value);
            }
            Expr::Subscript(sub) => {
                let o = self.operand(&sub.value, &[&sub.slice]).r();
                let k = self.operand(&sub.slice, &[]).r();
                let s = self.q(format!("rt::ops::setitem({o}, {k}, {value})"));
                self.line(format!("{s};"));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let t = format!("u{}", self.fresh());
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                let unpacked = match star {
                    None => self.q(format!("rt::support::unpack(&{value}, {})", elts.len())),
                    Some(i) => self.q(format!(
                        "rt::support::unpack_star(&{value}, {i}, {})",
                        elts.len() - i - 1
                    )),
                };
                self.line(format!("let {t} = {unpacked};"));
                self.line(format!("let mut {t} = {t}.into_iter();"));
                for e in elts.iter() {
                    let inner = match e {
                        Expr::Starred(s) => s.value.as_ref(),
                        other => other,
                    };
                    self.assign(inner, &format!("{t}.next().unwrap_or(Value::None)"));
                }
            }
            Expr::Starred(s) => {
                self.syntax_error(s, "starred assignment target must be in a list or tuple");
            }
            other => self.syntax_error(other, "cannot assign to expression"),
        }
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) {
        let op = crate::expr::binop_name(a.op);
        let rhs_expr = &a.value;
        match a.target.as_ref() {
            Expr::Name(n)
                if self.resolve(n.id.as_str()) == rusputyn_frontend::Resolution::Local
                    && !crate::operand::contains_named(rhs_expr) =>
            {
                // Checked bound first (before the right side runs), then updated in place.
                let name = n.id.as_str();
                let id = Self::ident(name);
                let check = self.q(format!("rt::support::check_local(&l_{id}, {})", lit(name)));
                self.line(format!("{check};"));
                let rhs = match rhs_expr.as_ref() {
                    Expr::Name(r) if r.id.as_str() == name => self.expr(rhs_expr),
                    _ => self.operand(rhs_expr, &[]).code,
                };
                let t = format!("t{}", self.fresh());
                self.line(format!("let {t} = {rhs};"));
                let s = self.q(format!(
                    "rt::support::aug_local(BinOp::{op}, &mut l_{id}, {}, {t})",
                    lit(name)
                ));
                self.line(format!("{s};"));
            }
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str());
                let t = format!("t{}", self.fresh());
                self.line(format!("let {t} = {cur};"));
                let rhs = self.expr(rhs_expr);
                let v = self.q(format!("rt::ops::inplace(BinOp::{op}, &{t}, &{rhs})"));
                self.store_name(n.id.as_str(), &v);
            }
            Expr::Attribute(at) => {
                if self.refuse_layout_assignment(at) {
                    return;
                }
                let o = format!("t{}", self.fresh());
                let ov = self.expr(&at.value);
                self.line(format!("let {o} = {ov};"));
                let cur = self.attr_get(&o, at.attr.as_str());
                let t = format!("t{}", self.fresh());
                self.line(format!("let {t} = {cur};"));
                let rhs = self.expr(rhs_expr);
                let v = self.q(format!("rt::ops::inplace(BinOp::{op}, &{t}, &{rhs})"));
                self.attr_set(&o, at.attr.as_str(), &v);
            }
            Expr::Subscript(sub) => {
                let o = format!("t{}", self.fresh());
                let ov = self.expr(&sub.value);
                self.line(format!("let {o} = {ov};"));
                let k = format!("t{}", self.fresh());
                let kv = self.expr(&sub.slice);
                self.line(format!("let {k} = {kv};"));
                let cur = self.q(format!("rt::ops::getitem(&{o}, &{k})"));
                let t = format!("t{}", self.fresh());
                self.line(format!("let {t} = {cur};"));
                let rhs = self.expr(rhs_expr);
                let v = self.q(format!("rt::ops::inplace(BinOp::{op}, &{t}, &{rhs})"));
                let s = self.q(format!("rt::ops::setitem(&{o}, &{k}, {v})"));
                self.line(format!("{s};"));
            }
            other => self.syntax_error(
                other,
                "'expression' is an illegal expression for augmented assignment",
            ),
        }
    }

    fn delete(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                let o = self.expr(&a.value);
                let s = self.q(format!(
                    "rt::types::object::del_attr(&{o}, {})",
                    lit(a.attr.as_str())
                ));
                self.line(format!("{s};"));
            }
            Expr::Subscript(sub) => {
                let o = self.expr(&sub.value);
                let k = self.expr(&sub.slice);
                let s = self.q(format!("rt::ops::delitem(&{o}, &{k})"));
                self.line(format!("{s};"));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e);
                }
            }
            other => self.syntax_error(other, "cannot delete expression"),
        }
    }

    /// Emits the statements of a generator expression's body (element and clauses), inside
    /// a generator function whose single argument is the first iterator.
    pub fn genexpr_body(&mut self, elt: &Expr, generators: &[ast::Comprehension]) {
        let depth_start = self.f.indent;
        for (i, g) in generators.iter().enumerate() {
            let it = format!("gi{}", self.fresh());
            if i == 0 {
                self.line(format!(
                    "let {it} = rt::support::load_local(&l__0, \".0\")?;"
                ));
            } else {
                let seq = self.expr(&g.iter);
                let iter = self.q(self.clause_iter(g.is_async, &seq));
                self.line(format!("let {it} = {iter};"));
            }
            let next = self.q(self.clause_next(g.is_async, &it));
            self.line(format!("while let Some(item) = {next} {{"));
            self.f.indent += 1;
            self.assign(&g.target, "item");
            for cond in &g.ifs {
                let c = self.cond(cond);
                self.line(format!("if !({c}) {{ continue; }}"));
            }
        }
        let v = self.expr(elt);
        let op = if self.f.kind == BodyKind::AsyncGenerator {
            "ayield"
        } else {
            "yield_"
        };
        let y = self.q(format!("co.{op}({v}).await"));
        self.line(format!("let _ = {y};"));
        while self.f.indent > depth_start {
            self.f.indent -= 1;
            self.line("}");
        }
    }

    /// The Rust expression (a `PyResult`) of a comprehension clause's iterator over `seq`.
    pub fn clause_iter(&self, is_async: bool, seq: &str) -> String {
        if is_async {
            format!("rt::types::coroutine::aiter(&{seq})")
        } else {
            format!("rt::types::iter::iter(&{seq})")
        }
    }

    /// The Rust expression (a `PyResult<Option<Value>>`) of a clause's next item from `it`.
    pub fn clause_next(&self, is_async: bool, it: &str) -> String {
        if is_async {
            format!("co.anext(&{it}).await")
        } else {
            format!("rt::types::iter::next(&{it})")
        }
    }

    /// True when `name` is bound by an inlined class body currently being emitted.
    pub fn class_namespace(&self) -> Option<String> {
        let sc = self.scope();
        self.f
            .class_ns
            .iter()
            .rev()
            .find(|(s, _)| *s == sc)
            .map(|(_, ns)| ns.clone())
    }
}

/// True when module `m`'s namespace starts with an `__annotations__` dict: `__main__`, and
/// any module whose body has annotations.
pub(crate) fn module_has_annotations_dict(m: &rusputyn_frontend::CheckedModule) -> bool {
    m.name == "__main__" || has_annotations(&m.ast.body)
}

/// True when a class body holds an annotated assignment outside nested functions and classes
/// (CPython's `find_ann`).
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}
