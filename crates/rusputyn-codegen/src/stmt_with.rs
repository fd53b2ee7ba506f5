//! Lowering of the `with` statement: each manager is entered, the body runs in a labelled
//! block like a `try` with `finally` (so `return`/`break`/`continue` and errors all reach the
//! exit first), then `__exit__` runs with the exception (which it may suppress) or `None`s,
//! and the pending jump completes. Several managers nest, first outermost. `async with` is the
//! same with `__aenter__`/`__aexit__`, whose results are awaited.

use crate::lower::{Exit, Gen};
use rusputyn_frontend::ast;

impl Gen<'_> {
    /// `with a as x, b as y: body`.
    pub(crate) fn with_stmt(&mut self, w: &ast::StmtWith) {
        if w.is_async && !self.f.kind.is_async() {
            self.syntax_error(w, "'async with' outside async function");
            return;
        }
        self.with_items(w, &w.items);
    }

    fn with_items(&mut self, w: &ast::StmtWith, items: &[ast::WithItem]) {
        let Some((item, rest)) = items.split_first() else {
            self.stmts(&w.body);
            return;
        };
        let n = self.fresh();
        let (cm, r) = (format!("cm{n}"), format!("r{n}"));
        let label = format!("w{n}");
        let line = self.line_of(item);
        let mgr = self.expr(&item.context_expr);
        self.line(format!("f.line = {line};"));
        if w.is_async {
            let entered = self.q(format!("rt::types::object::context::enter_async({mgr})"));
            self.line(format!("let ({cm}, aw{n}) = {entered};"));
            let value = self.q(format!("co.await_special(aw{n}, \"__aenter__\").await"));
            self.line(format!("let cv{n} = {value};"));
        } else {
            let entered = self.q(format!("rt::types::object::context::enter({mgr})"));
            self.line(format!("let ({cm}, cv{n}) = {entered};"));
        }
        let (co_arg, wait) = if w.is_async {
            ("&co, ", ".await")
        } else {
            ("", "")
        };
        self.line(format!("let {r}: Result<Flow, PyErr> = '{label}: {{"));
        self.f.indent += 1;
        self.f.exits.push(Exit::Finally {
            label: label.clone(),
        });
        match &item.optional_vars {
            Some(target) => self.assign(target, &format!("cv{n}")),
            None => self.line(format!("let _ = cv{n};")),
        }
        self.with_items(w, rest);
        self.f.exits.pop();
        self.line("#[allow(unreachable_code)]");
        self.line("Ok(Flow::Normal)");
        self.f.indent -= 1;
        self.line("};");
        self.line(format!("f.line = {line};"));
        self.line(format!("match {r} {{"));
        self.f.indent += 1;
        self.line("Err(e) => {");
        self.f.indent += 1;
        self.line(format!(
            "if let Err(e) = {cm}.exit_err({co_arg}f.trace(e)){wait} {{"
        ));
        self.f.indent += 1;
        self.emit_raise("e");
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
        self.line("Ok(flow) => {");
        self.f.indent += 1;
        let ex = self.q(format!(
            "{cm}.exit_ok({}){wait}",
            co_arg.trim_end_matches(", ")
        ));
        self.line(format!("{ex};"));
        self.line("match flow {");
        self.f.indent += 1;
        self.line("Flow::Normal => {}");
        self.line("Flow::Return(v) => {");
        self.f.indent += 1;
        self.emit_return("v");
        self.f.indent -= 1;
        self.line("}");
        let in_loop = self
            .f
            .exits
            .iter()
            .any(|e| matches!(e, Exit::Loop { .. } | Exit::Finally { .. }));
        if in_loop {
            self.line("Flow::Break => {");
            self.f.indent += 1;
            self.emit_loop_jump(w, true);
            self.f.indent -= 1;
            self.line("}");
            self.line("Flow::Continue => {");
            self.f.indent += 1;
            self.emit_loop_jump(w, false);
            self.f.indent -= 1;
            self.line("}");
        } else {
            self.line("_ => {}");
        }
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
    }
}
