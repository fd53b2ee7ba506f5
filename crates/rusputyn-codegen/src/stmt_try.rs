//! Lowering of `try`/`except`/`else`/`finally`: every protected part is a labelled block
//! evaluating to a `Result<Flow, PyErr>` (`flow_block`); the plain and the `except*` forms
//! share the body-and-`else` prologue (`try_prologue`) and the handler-body block
//! (`handler_block`), and differ only in how the caught exception meets the handlers.

use crate::lower::{Exit, Gen};
use ruff_text_size::Ranged;
use rusputyn_frontend::ast;

impl Gen<'_> {
    /// Emits `let r: Result<Flow, PyErr> = 'label: { ... Ok(Flow::Normal) };` with the exit
    /// `exit(label)` in force while `inner` emits the block's statements; returns `r`.
    pub(crate) fn flow_block(
        &mut self,
        exit: fn(String) -> Exit,
        inner: impl FnOnce(&mut Self),
    ) -> String {
        let label = format!("b{}", self.fresh());
        let r = format!("r{}", self.fresh());
        self.line(format!("let {r}: Result<Flow, PyErr> = '{label}: {{"));
        self.f.indent += 1;
        self.f.exits.push(exit(label));
        inner(self);
        self.f.exits.pop();
        self.line("#[allow(unreachable_code)]");
        self.line("Ok(Flow::Normal)");
        self.f.indent -= 1;
        self.line("};");
        r
    }

    /// The shared start of a `try` with handlers: the body as a catching block, then
    /// `match r { Ok(_) => <else>, Err(e) => {` with the traced exception bound to the
    /// returned name. The caller emits the handlers and closes with `try_epilogue`.
    pub(crate) fn try_prologue(&mut self, t: &ast::StmtTry) -> String {
        let r = self.flow_block(catch_exit, |g| g.stmts(&t.body));
        self.line(format!("match {r} {{"));
        self.f.indent += 1;
        self.line("Ok(_) => {");
        self.f.indent += 1;
        self.stmts(&t.orelse);
        self.f.indent -= 1;
        self.line("}");
        let e = format!("e{}", self.fresh());
        self.line(format!("Err({e}) => {{"));
        self.f.indent += 1;
        self.line(format!("let {e} = f.trace({e});"));
        e
    }

    /// Closes what `try_prologue` opened.
    pub(crate) fn try_epilogue(&mut self) {
        self.f.indent -= 1;
        self.line("}");
        self.f.indent -= 1;
        self.line("}");
    }

    /// A handler body run while handling `e`: binds `as name` to `e`'s value, runs the body
    /// as a catching block and unbinds the name afterwards (as CPython does); returns the
    /// block's result variable, whose error the caller chains to `e`.
    pub(crate) fn handler_block(&mut self, h: &ast::ExceptHandlerExceptHandler, e: &str) -> String {
        if let Some(name) = &h.name {
            self.store_name(name.as_str(), &format!("{e}.value()"));
        }
        self.f.handling.push(e.to_string());
        let hr = self.flow_block(catch_exit, |g| g.stmts(&h.body));
        self.f.handling.pop();
        if let Some(name) = &h.name {
            self.unbind_name(name.as_str());
        }
        hr
    }

    /// A whole `try` statement; a `finally` wraps the handled part.
    pub(crate) fn try_stmt(&mut self, t: &ast::StmtTry) {
        if t.finalbody.is_empty() {
            self.try_handlers(t);
            return;
        }
        // try: ... finally: — everything leaving the protected part breaks to the finally
        // block's label first.
        let r = self.flow_block(finally_exit, |g| {
            if t.handlers.is_empty() {
                g.stmts(&t.body);
                g.stmts(&t.orelse);
            } else {
                g.try_handlers(t);
            }
        });
        // The finally block runs with any pending exception as the context of what it raises.
        let fr = self.flow_block(catch_exit, |g| g.stmts(&t.finalbody));
        self.raise_in(
            format!("if let Err(e2) = {fr} {{"),
            &format!("match &{r} {{ Err(p) => rt::support::chain(e2, p), _ => e2 }}"),
        );
        self.line(format!("match {r} {{"));
        self.f.indent += 1;
        self.pending_flow_arms(t, true);
        self.raise_in("Err(e) => {", "e");
        self.f.indent -= 1;
        self.line("}");
    }

    /// The `match` arms completing the jump a `finally`-like block was left by (`Flow`, or
    /// `Ok(Flow)` when `in_ok`): `return` returns, `break`/`continue` reach the enclosing loop
    /// (through any enclosing `finally`), falling through does nothing.
    pub(crate) fn pending_flow_arms(&mut self, node: &impl Ranged, in_ok: bool) {
        let arm = |p: &str| {
            if in_ok {
                format!("Ok({p})")
            } else {
                p.to_string()
            }
        };
        self.line(format!("{} => {{}}", arm("Flow::Normal")));
        self.line(format!("{} => {{", arm("Flow::Return(v)")));
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
            for (pat, is_break) in [("Flow::Break", true), ("Flow::Continue", false)] {
                self.line(format!("{} => {{", arm(pat)));
                self.f.indent += 1;
                self.emit_loop_jump(node, is_break);
                self.f.indent -= 1;
                self.line("}");
            }
        } else {
            self.line(format!("{} => {{}}", arm("_")));
        }
    }

    /// The handlers (and `else`) of a `try`, plain or `except*`.
    fn try_handlers(&mut self, t: &ast::StmtTry) {
        if t.is_star {
            self.try_except_star(t);
        } else {
            self.try_except(t);
        }
    }

    /// `try` with plain `except` handlers: an `if`/`else if` chain of type matches, the
    /// exception re-raised when none matches.
    fn try_except(&mut self, t: &ast::StmtTry) {
        let e = self.try_prologue(t);
        let mut opened = 0;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = self.line_of(h);
            match &h.type_ {
                Some(ty) => {
                    if i > 0 {
                        self.line("} else {");
                        self.f.indent += 1;
                        opened += 1;
                    }
                    self.line(format!("f.line = {line};"));
                    let spec = self.expr(ty);
                    let m = self.q(format!("rt::support::exc_matches(&{e}, &{spec})"));
                    self.line(format!("if {m} {{"));
                }
                None => {
                    if i > 0 {
                        self.line("} else {");
                    } else {
                        self.line("{");
                    }
                }
            }
            self.f.indent += 1;
            let hr = self.handler_block(h, &e);
            self.raise_in(
                format!("if let Err(e2) = {hr} {{"),
                &format!("rt::support::chain(e2, &{e})"),
            );
            self.f.indent -= 1;
        }
        let bare_last = t.handlers.last().is_some_and(|h| {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            h.type_.is_none()
        });
        if !bare_last {
            self.line("} else {");
            self.f.indent += 1;
            self.emit_raise(&e);
            self.f.indent -= 1;
        }
        self.line("}");
        for _ in 0..opened {
            self.f.indent -= 1;
            self.line("}");
        }
        self.try_epilogue();
    }
}

/// The exit of a block whose errors are caught at its end.
pub(crate) fn catch_exit(label: String) -> Exit {
    Exit::Catch { label }
}

/// The exit of a block followed by `finally`: every way out breaks to its end first.
pub(crate) fn finally_exit(label: String) -> Exit {
    Exit::Finally { label }
}
