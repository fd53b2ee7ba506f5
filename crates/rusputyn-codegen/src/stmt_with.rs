//! Lowering of the `with` statement: each manager is entered, the body runs in a labelled
//! block like a `try` with `finally` (so `return`/`break`/`continue` and errors all reach the
//! exit first), then `__exit__` runs with the exception (which it may suppress) or `None`s,
//! and the pending jump completes. Several managers nest, first outermost. `async with` is the
//! same with `__aenter__`/`__aexit__`, whose results are awaited.

use super::stmt_try::finally_exit;
use crate::lower::Gen;
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
        let cm = format!("cm{n}");
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
        let r = self.flow_block(finally_exit, |g| {
            match &item.optional_vars {
                Some(target) => g.assign(target, &format!("cv{n}")),
                None => g.line(format!("let _ = cv{n};")),
            }
            g.with_items(w, rest);
        });
        self.line(format!("f.line = {line};"));
        self.line(format!("match {r} {{"));
        self.f.indent += 1;
        self.line("Err(e) => {");
        self.f.indent += 1;
        self.raise_in(
            format!("if let Err(e) = {cm}.exit_err({co_arg}f.trace(e)){wait} {{"),
            "e",
        );
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
        self.pending_flow_arms(w, false);
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
    }
}
