//! Lowering of `match`/`case`: the subject is evaluated once; each case is a labelled block
//! that its pattern (and guard) leave with `break` on failure, so the next case is tried; a
//! case whose body ran leaves the whole statement. Capture names are bound as the pattern
//! matches (CPython leaves the bindings of a partly matched pattern unspecified).

use crate::lower::{Gen, lit};
use rusputyn_frontend::Resolution;
use rusputyn_frontend::ast::{self, Pattern};

impl Gen<'_> {
    /// `match subject: case ...`.
    pub(crate) fn match_stmt(&mut self, m: &ast::StmtMatch) {
        let n = self.fresh();
        let subj = format!("ms{n}");
        let done = format!("m{n}");
        let v = self.expr(&m.subject);
        self.line(format!("let {subj} = {v};"));
        self.line(format!("'{done}: {{"));
        self.f.indent += 1;
        for case in &m.cases {
            let fail = format!("c{}", self.fresh());
            self.line(format!("'{fail}: {{"));
            self.f.indent += 1;
            let line = self.line_of(case);
            self.line(format!("f.line = {line};"));
            self.pattern(&case.pattern, &subj, &fail);
            if let Some(g) = &case.guard {
                let c = self.cond(g);
                self.line(format!("if !({c}) {{ break '{fail}; }}"));
            }
            self.stmts(&case.body);
            self.line("#[allow(unreachable_code)]");
            self.line(format!("break '{done};"));
            self.f.indent -= 1;
            self.line("}");
        }
        self.f.indent -= 1;
        self.line("}");
    }

    /// Binds a capture name (`case x`, `case [*rest]`, `case {**kw}`, `as name`).
    fn capture(&mut self, node: &impl ruff_text_size::Ranged, name: &str, value: &str) {
        // The scope analysis does not yet record pattern captures as bindings, so a name
        // bound only by a pattern is unknown to the rest of the scope (reads of it would be
        // compiled as "not defined"). Refuse rather than miscompile.
        let known = if self.f.scopes.len() == 1 && self.f.kind == crate::lower::BodyKind::Module {
            self.m.scopes.module_globals.iter().any(|g| g == name)
        } else {
            self.resolve(name) != Resolution::GlobalOrBuiltin
        };
        if !known {
            self.unsupported(
                node,
                &format!("capture pattern binding '{name}' (a name bound only by `case` patterns)"),
                &format!("bind the name before the `match` (e.g. `{name} = None`) so the compiler knows it"),
            );
            return;
        }
        self.store_name(name, value);
    }

    /// Emits the test of `p` against the Rust variable `subj`; failure breaks to `fail`.
    fn pattern(&mut self, p: &Pattern, subj: &str, fail: &str) {
        match p {
            Pattern::MatchValue(v) => {
                let x = self.expr(&v.value);
                let eq = self.q(format!("rt::ops::eq(&{subj}, &{x})"));
                self.line(format!("if !{eq} {{ break '{fail}; }}"));
            }
            Pattern::MatchSingleton(s) => {
                let x = match s.value {
                    ast::Singleton::None => "Value::None",
                    ast::Singleton::True => "Value::Bool(true)",
                    ast::Singleton::False => "Value::Bool(false)",
                };
                self.line(format!(
                    "if !rt::ops::is(&{subj}, &{x}) {{ break '{fail}; }}"
                ));
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, subj, fail);
                }
                if let Some(name) = &a.name {
                    self.capture(a, name.as_str(), &format!("{subj}.clone()"));
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(name) = &s.name {
                    self.capture(s, name.as_str(), &format!("{subj}.clone()"));
                }
            }
            Pattern::MatchOr(o) => {
                let ok = format!("o{}", self.fresh());
                self.line(format!("'{ok}: {{"));
                self.f.indent += 1;
                for alt in &o.patterns {
                    let next = format!("a{}", self.fresh());
                    self.line(format!("'{next}: {{"));
                    self.f.indent += 1;
                    self.pattern(alt, subj, &next);
                    self.line(format!("break '{ok};"));
                    self.f.indent -= 1;
                    self.line("}");
                }
                self.line(format!("break '{fail};"));
                self.f.indent -= 1;
                self.line("}");
            }
            Pattern::MatchSequence(s) => {
                let star = s
                    .patterns
                    .iter()
                    .position(|p| matches!(p, Pattern::MatchStar(_)));
                let (before, after) = match star {
                    Some(i) => (i, s.patterns.len() - i - 1),
                    None => (s.patterns.len(), 0),
                };
                let items = format!("sq{}", self.fresh());
                let r = self.q(format!(
                    "rt::types::object::pattern::match_sequence(&{subj}, {before}, {after}, {})",
                    star.is_some()
                ));
                self.line(format!(
                    "let Some({items}) = {r} else {{ break '{fail}; }};"
                ));
                for (i, sub) in s.patterns.iter().enumerate() {
                    let e = format!("{items}_{i}");
                    self.line(format!("let {e} = {items}[{i}].clone();"));
                    self.pattern(sub, &e, fail);
                }
            }
            Pattern::MatchMapping(mp) => {
                let keys: Vec<String> = mp.keys.iter().map(|k| self.expr(k)).collect();
                let got = format!("mp{}", self.fresh());
                let r = self.q(format!(
                    "rt::types::object::pattern::match_mapping(&{subj}, &[{}], {})",
                    keys.join(", "),
                    mp.rest.is_some()
                ));
                self.line(format!(
                    "let Some(({got}, {got}_rest)) = {r} else {{ break '{fail}; }};"
                ));
                for (i, sub) in mp.patterns.iter().enumerate() {
                    let e = format!("{got}_{i}");
                    self.line(format!("let {e} = {got}[{i}].clone();"));
                    self.pattern(sub, &e, fail);
                }
                match &mp.rest {
                    Some(rest) => self.capture(mp, rest.as_str(), &format!("{got}_rest")),
                    None => self.line(format!("let _ = {got}_rest;")),
                }
            }
            Pattern::MatchClass(c) => {
                let cls = self.expr(&c.cls);
                let kw: Vec<String> = c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| lit(k.attr.as_str()))
                    .collect();
                let got = format!("cp{}", self.fresh());
                let r = self.q(format!(
                    "rt::types::object::pattern::match_class(&{subj}, &{cls}, {}, &[{}])",
                    c.arguments.patterns.len(),
                    kw.join(", ")
                ));
                self.line(format!("let Some({got}) = {r} else {{ break '{fail}; }};"));
                let subs = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(c.arguments.keywords.iter().map(|k| &k.pattern));
                for (i, sub) in subs.enumerate() {
                    let e = format!("{got}_{i}");
                    self.line(format!("let {e} = {got}[{i}].clone();"));
                    self.pattern(sub, &e, fail);
                }
            }
        }
    }
}
