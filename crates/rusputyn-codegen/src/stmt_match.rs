//! Lowering of `match`/`case`: the subject is evaluated once; each case is a labelled block
//! that its pattern (and guard) leave with `break` on failure, so the next case is tried; a
//! case whose body ran leaves the whole statement. As in CPython, the values a pattern
//! captures are held aside while it is tested and the names are bound only once the whole
//! pattern matched (before the guard runs); a failed pattern binds nothing. The names are
//! ordinary bindings of the enclosing scope (the frontend's scope analysis records them).

use crate::lower::{Gen, lit};
use rusputyn_frontend::ast::{self, Pattern};

/// The Rust variables holding a case pattern's captured values until it has matched: one
/// `Option<Value>` per captured name.
type Captures = [(String, String)];

/// The names `p` captures, in first-seen order (every alternative of an or-pattern binds the
/// same names, which the frontend checked).
fn captured_names(p: &Pattern, out: &mut Vec<String>) {
    fn add(out: &mut Vec<String>, name: Option<&ast::Identifier>) {
        if let Some(n) = name
            && !out.iter().any(|o| o == n.as_str())
        {
            out.push(n.to_string());
        }
    }
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchAs(a) => {
            if let Some(inner) = &a.pattern {
                captured_names(inner, out);
            }
            add(out, a.name.as_ref());
        }
        Pattern::MatchStar(s) => add(out, s.name.as_ref()),
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|p| captured_names(p, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|p| captured_names(p, out));
            add(out, m.rest.as_ref());
        }
        Pattern::MatchClass(c) => {
            let args = &c.arguments;
            args.patterns.iter().for_each(|p| captured_names(p, out));
            args.keywords
                .iter()
                .for_each(|k| captured_names(&k.pattern, out));
        }
        Pattern::MatchOr(o) => o.patterns.iter().for_each(|p| captured_names(p, out)),
    }
}

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
            let mut names = Vec::new();
            captured_names(&case.pattern, &mut names);
            let caps: Vec<(String, String)> = names
                .into_iter()
                .map(|name| {
                    let var = format!("pc{}", self.fresh());
                    self.line(format!("let mut {var}: Option<Value> = None;"));
                    (name, var)
                })
                .collect();
            self.pattern(&case.pattern, &subj, &fail, &caps);
            for (name, var) in &caps {
                self.store_name(name, &format!("{var}.unwrap_or(Value::None)"));
            }
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

    /// Holds the value of a captured name (`case x`, `case [*rest]`, `case {**kw}`,
    /// `as name`) until the whole pattern has matched.
    fn capture(&mut self, caps: &Captures, name: &str, value: &str) {
        if let Some((_, var)) = caps.iter().find(|(n, _)| n == name) {
            self.line(format!("{var} = Some({value});"));
        }
    }

    /// Emits the test of `p` against the Rust variable `subj`; failure breaks to `fail`.
    fn pattern(&mut self, p: &Pattern, subj: &str, fail: &str, caps: &Captures) {
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
                    self.pattern(inner, subj, fail, caps);
                }
                if let Some(name) = &a.name {
                    self.capture(caps, name.as_str(), &format!("{subj}.clone()"));
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(name) = &s.name {
                    self.capture(caps, name.as_str(), &format!("{subj}.clone()"));
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
                    self.pattern(alt, subj, &next, caps);
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
                    self.pattern(sub, &e, fail, caps);
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
                    self.pattern(sub, &e, fail, caps);
                }
                match &mp.rest {
                    Some(rest) => self.capture(caps, rest.as_str(), &format!("{got}_rest")),
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
                    self.pattern(sub, &e, fail, caps);
                }
            }
        }
    }
}
