//! Lowering of `try: ... except* T as e: ...` (PEP 654). The runtime's `ExceptStar` holds
//! the exception the body raised and hands each handler, in order, the part of what is still
//! unhandled that its type matches (each handler runs at most once); the handlers' own
//! exceptions are collected, and what remains is raised at the end, rebuilt as CPython does.
//! `break`/`continue`/`return` cannot leave such a handler (the frontend refuses them), so a
//! handler body only falls through or raises.

use crate::lower::{Exit, Gen};
use rusputyn_frontend::ast;

impl Gen<'_> {
    /// `try` with `except*` handlers (and `else`); the caller wraps any `finally`.
    pub(crate) fn try_except_star(&mut self, t: &ast::StmtTry) {
        let e = self.try_prologue(t);
        let st = format!("xs{}", self.fresh());
        self.line(format!(
            "let mut {st} = rt::types::exc_group::ExceptStar::new(&{e});"
        ));
        // Errors of the matching itself (a bad type in `except*`) leave with the original
        // exception as their context.
        let sx = format!("sx{}", self.fresh());
        let out = format!("xo{}", self.fresh());
        self.line(format!(
            "let {out}: Result<Option<PyErr>, PyErr> = '{sx}: {{"
        ));
        self.f.indent += 1;
        self.f.exits.push(Exit::Catch { label: sx.clone() });
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line_of(h);
            self.line(format!("f.line = {line};"));
            let Some(ty) = &h.type_ else {
                // The parser requires a type after `except*`.
                continue;
            };
            let spec = self.expr(ty);
            let m = format!("m{}", self.fresh());
            let got = self.q(format!("{st}.next_match(&{spec})"));
            self.line(format!("if let Some({m}) = {got} {{"));
            self.f.indent += 1;
            self.star_handler_body(h, &m, &st);
            self.f.indent -= 1;
            self.line("}");
        }
        let fin = self.q(format!("{st}.finish()"));
        self.line(format!("Ok({fin})"));
        self.f.exits.pop();
        self.f.indent -= 1;
        self.line("};");
        self.line(format!("match {out} {{"));
        self.f.indent += 1;
        self.line("Ok(None) => {}");
        self.line("Ok(Some(x)) => {");
        self.f.indent += 1;
        // Re-raised as CPython's RERAISE does: a new group gets no entry for this frame.
        self.emit_raise("x");
        self.f.indent -= 1;
        self.line("}");
        self.raise_in("Err(x) => {", &format!("rt::support::chain(x, &{e})"));
        self.f.indent -= 1;
        self.line("}");
        self.try_epilogue();
    }

    /// One `except*` handler run with the matched group `m` (bound to `as name`, and the
    /// exception being handled inside); what it raises is collected in `st`.
    fn star_handler_body(&mut self, h: &ast::ExceptHandlerExceptHandler, m: &str, st: &str) {
        let hr = self.handler_block(h, m);
        self.line(format!("if let Err(e2) = {hr} {{"));
        self.f.indent += 1;
        self.line(format!(
            "{st}.handler_raised(rt::support::chain(e2, &{m}));"
        ));
        self.f.indent -= 1;
        self.line("}");
    }
}
