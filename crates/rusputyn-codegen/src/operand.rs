//! Operands of operators: a local variable is borrowed (`&Value` from
//! `rt::support::local_ref`) instead of cloned when nothing evaluated after it can rebind it,
//! and the commonest operators call the runtime's specialised entry points (`rt::ops::add`,
//! `rt::ops::lt`, ...), which take owned or borrowed operands alike.

use crate::lower::{Exit, Gen, lit};
use rusputyn_frontend::Resolution;
use rusputyn_frontend::ast::{self, Expr};

/// A lowered operand: Rust code of type `&Value` (`borrowed`) or `Value`.
pub struct Operand {
    pub code: String,
    pub borrowed: bool,
}

impl Operand {
    /// The operand as a Rust `&Value` expression.
    pub fn r(&self) -> String {
        if self.borrowed {
            self.code.clone()
        } else {
            format!("&{}", self.code)
        }
    }
}

/// The runtime's specialised function for a binary operator, if it has one.
pub fn fast_binop(op: ast::Operator) -> Option<&'static str> {
    use ast::Operator::*;
    Some(match op {
        Add => "add",
        Sub => "sub",
        Mult => "mul",
        Mod => "rem",
        FloorDiv => "floordiv",
        Div => "truediv",
        _ => return None,
    })
}

/// The runtime's specialised `bool` function for a comparison, if it has one.
pub fn fast_cmp(op: ast::CmpOp) -> Option<&'static str> {
    use ast::CmpOp::*;
    Some(match op {
        Eq => "eq_bool",
        NotEq => "ne",
        Lt => "lt",
        LtE => "le",
        Gt => "gt",
        GtE => "ge",
        _ => return None,
    })
}

/// True when `e` contains an assignment expression (`:=`) anywhere, nested scopes included
/// (conservative: the only expression that can rebind a fast local).
pub fn contains_named(e: &Expr) -> bool {
    use ast::visitor::{Visitor, walk_expr};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Named(_) => self.0 = true,
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}

impl Gen<'_> {
    /// Lowers `e` as an operand evaluated before `later` (the expressions evaluated after it
    /// while it is still needed): a fast local is borrowed unless one of them contains `:=`.
    pub fn operand(&mut self, e: &Expr, later: &[&Expr]) -> Operand {
        if let Some(code) = self.local_ref(e)
            && !later.iter().any(|l| contains_named(l))
        {
            return Operand {
                code,
                borrowed: true,
            };
        }
        Operand {
            code: self.expr(e),
            borrowed: false,
        }
    }

    /// `rt::support::local_ref(..)?` when `e` is a name resolved to a fast local.
    pub fn local_ref(&mut self, e: &Expr) -> Option<String> {
        let Expr::Name(n) = e else { return None };
        let name = n.id.as_str();
        if self.resolve(name) != Resolution::Local {
            return None;
        }
        let id = Self::ident(name);
        Some(self.q(format!("rt::support::local_ref(&l_{id}, {})", lit(name))))
    }

    /// The value of `return e`: a fast local is moved out rather than cloned when no
    /// `finally` (or `with` exit) can run after the return and read it.
    pub fn return_value(&mut self, e: &Expr) -> String {
        if let Expr::Name(n) = e
            && self.resolve(n.id.as_str()) == Resolution::Local
            && !self
                .f
                .exits
                .iter()
                .any(|x| matches!(x, Exit::Finally { .. }))
        {
            let name = n.id.as_str();
            let id = Self::ident(name);
            return self.q(format!(
                "rt::support::take_local(&mut l_{id}, {})",
                lit(name)
            ));
        }
        self.expr(e)
    }

    /// `len(x)` with the unshadowed built-in `len`, one positional argument and no keywords,
    /// lowered to the runtime's inline `len_value` (same result and errors as the call).
    pub fn inline_len(&mut self, c: &ast::ExprCall) -> Option<String> {
        let Expr::Name(f) = c.func.as_ref() else {
            return None;
        };
        let args = &c.arguments;
        if f.id.as_str() != "len"
            || self.resolve("len") != Resolution::GlobalOrBuiltin
            || self.m.scopes.module_globals.iter().any(|g| g == "len")
            || args.args.len() != 1
            || !args.keywords.is_empty()
            || matches!(args.args[0], Expr::Starred(_))
        {
            return None;
        }
        let a = self.operand(&args.args[0], &[]).code;
        Some(self.q(format!("rt::ops::len_value({a})")))
    }

    /// `l <op> r` as a `Value` expression.
    pub fn binop_expr(&mut self, op: ast::Operator, left: &Expr, right: &Expr) -> String {
        let l = self.operand(left, &[right]);
        let r = self.operand(right, &[]);
        match fast_binop(op) {
            Some(f) => self.q(format!("rt::ops::{f}({}, {})", l.code, r.code)),
            None => self.q(format!(
                "rt::ops::binop(BinOp::{}, {}, {})",
                crate::expr::binop_name(op),
                l.r(),
                r.r()
            )),
        }
    }
}
