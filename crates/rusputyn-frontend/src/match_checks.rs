//! The compile-time errors of `match` statements that CPython's compiler (not its parser)
//! raises: an irrefutable pattern before the last case ("name capture 'x' makes remaining
//! patterns unreachable", "wildcard makes ..."), a name captured twice in one pattern,
//! alternatives of an or-pattern capturing different names, two starred names in a sequence
//! pattern, repeated literal keys of a mapping pattern and repeated attribute names of a class
//! pattern.
//!
//! The walk mirrors the order in which CPython compiles a pattern, because its errors point
//! at the pattern being compiled when the problem is noticed (for the or-pattern error that
//! is the last sub-pattern compiled, not the alternative itself).

use crate::diagnostic::{Diagnostic, SYNTAX_ERROR, Span};
use ruff_python_ast::{self as ast, Expr, Number, Pattern};
use ruff_text_size::Ranged;

/// The first compile error of `m`'s case patterns, in CPython's order, if any.
pub fn check_match(m: &ast::StmtMatch) -> Option<Diagnostic> {
    let n = m.cases.len();
    for (i, case) in m.cases.iter().enumerate() {
        let mut pc = PatternCtx {
            allow_irrefutable: case.guard.is_some() || i + 1 == n,
            stores: Vec::new(),
            loc: span_of(&case.pattern),
        };
        if let Err(d) = pc.pattern(&case.pattern) {
            return Some(d);
        }
    }
    None
}

fn span_of(node: &impl Ranged) -> Span {
    Span {
        start: node.start().to_usize(),
        end: node.end().to_usize(),
    }
}

/// CPython's `pattern_context`, reduced to what its errors depend on.
struct PatternCtx {
    /// An irrefutable pattern is allowed here (last case, guarded case, sub-pattern, last
    /// alternative of an allowed or-pattern).
    allow_irrefutable: bool,
    /// Names captured so far, in capture order.
    stores: Vec<String>,
    /// The pattern being compiled (where an error is reported).
    loc: Span,
}

type Checked = Result<(), Diagnostic>;

impl PatternCtx {
    fn error(&self, message: String) -> Checked {
        Err(Diagnostic::error(SYNTAX_ERROR, message, self.loc))
    }

    fn store(&mut self, name: Option<&ast::Identifier>) -> Checked {
        let Some(name) = name else {
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return self.error("cannot assign to __debug__".into());
        }
        if self.stores.iter().any(|s| s == name) {
            return self.error(format!("multiple assignments to name '{name}' in pattern"));
        }
        self.stores.push(name.to_string());
        Ok(())
    }

    /// A sub-pattern of a sequence, mapping or class pattern: always allowed to be
    /// irrefutable.
    fn subpattern(&mut self, p: &Pattern) -> Checked {
        let saved = std::mem::replace(&mut self.allow_irrefutable, true);
        self.pattern(p)?;
        self.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Checked {
        self.loc = span_of(p);
        match p {
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !self.allow_irrefutable {
                        return self.error(match &a.name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".into(),
                        });
                    }
                    self.store(a.name.as_ref())
                }
                Some(inner) => {
                    self.pattern(inner)?;
                    self.store(a.name.as_ref())
                }
            },
            Pattern::MatchStar(s) => self.store(s.name.as_ref()),
            Pattern::MatchSequence(s) => self.sequence(&s.patterns),
            Pattern::MatchMapping(mp) => {
                let mut seen: Vec<Key> = Vec::new();
                for key in &mp.keys {
                    if let Some((k, shown)) = literal_key(key) {
                        if seen.contains(&k) {
                            return self
                                .error(format!("mapping pattern checks duplicate key ({shown})"));
                        }
                        seen.push(k);
                    }
                }
                for sub in &mp.patterns {
                    self.subpattern(sub)?;
                }
                self.store(mp.rest.as_ref())
            }
            Pattern::MatchClass(c) => {
                let kws = &c.arguments.keywords;
                for (i, kw) in kws.iter().enumerate() {
                    if kws[..i].iter().any(|k| k.attr.as_str() == kw.attr.as_str()) {
                        self.loc = span_of(&kw.pattern);
                        return self.error(format!(
                            "attribute name repeated in class pattern: {}",
                            kw.attr
                        ));
                    }
                }
                let subs = c
                    .arguments
                    .patterns
                    .iter()
                    .chain(kws.iter().map(|k| &k.pattern));
                for sub in subs {
                    if !is_wildcard(sub) {
                        self.subpattern(sub)?;
                    }
                }
                Ok(())
            }
            Pattern::MatchOr(o) => self.alternatives(o),
        }
    }

    fn sequence(&mut self, patterns: &[Pattern]) -> Checked {
        let stars: Vec<&Pattern> = patterns
            .iter()
            .filter(|p| matches!(p, Pattern::MatchStar(_)))
            .collect();
        if stars.len() > 1 {
            return self.error("multiple starred names in sequence pattern".into());
        }
        let is_star_wildcard = |p: &Pattern| matches!(p, Pattern::MatchStar(s) if s.name.is_none());
        // CPython compiles no sub-pattern when all are wildcards, and skips the wildcards
        // when the starred one is `*_`.
        if patterns
            .iter()
            .all(|p| is_wildcard(p) || is_star_wildcard(p))
        {
            return Ok(());
        }
        let skip_wildcards = stars.first().is_some_and(|s| is_star_wildcard(s));
        for sub in patterns {
            if skip_wildcards && (is_wildcard(sub) || is_star_wildcard(sub)) {
                continue;
            }
            self.subpattern(sub)?;
        }
        Ok(())
    }

    fn alternatives(&mut self, o: &ast::PatternMatchOr) -> Checked {
        let outer_stores = std::mem::take(&mut self.stores);
        let outer_allow = self.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let n = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            self.stores = Vec::new();
            self.allow_irrefutable = i + 1 == n && outer_allow;
            self.pattern(alt)?;
            let stores = std::mem::take(&mut self.stores);
            match &control {
                None => control = Some(stores),
                Some(c) => {
                    if c.len() != stores.len() || c.iter().any(|name| !stores.contains(name)) {
                        return self.error("alternative patterns bind different names".into());
                    }
                }
            }
        }
        self.stores = outer_stores;
        self.allow_irrefutable = outer_allow;
        for name in control.unwrap_or_default() {
            let id = ast::Identifier::new(name, ruff_text_size::TextRange::default());
            self.store(Some(&id))?;
        }
        Ok(())
    }
}

/// `_` (a wildcard: matches anything, binds nothing).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// A mapping-pattern key as a value compared the way Python's `set` compares constants
/// (`1`, `1.0` and `True` are the same key).
#[derive(Debug, Clone, PartialEq)]
enum Key {
    None,
    /// An integral number, as canonical decimal text.
    Int(String),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
}

/// The key of a literal (after CPython's constant folding of `-<number>`) with its `repr`;
/// `None` for attribute lookups.
fn literal_key(e: &Expr) -> Option<(Key, String)> {
    match e {
        Expr::NoneLiteral(_) => Some((Key::None, "None".into())),
        Expr::BooleanLiteral(b) => Some((
            Key::Int(if b.value { "1" } else { "0" }.into()),
            if b.value { "True" } else { "False" }.into(),
        )),
        Expr::StringLiteral(s) => {
            let text = s.value.to_str();
            Some((Key::Str(text.to_string()), str_repr(text)))
        }
        Expr::BytesLiteral(b) => {
            let bytes: Vec<u8> = b.value.bytes().collect();
            let shown = bytes_repr(&bytes);
            Some((Key::Bytes(bytes), shown))
        }
        Expr::NumberLiteral(n) => Some(number_key(&n.value, false)),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match u.operand.as_ref() {
            Expr::NumberLiteral(n) => Some(number_key(&n.value, true)),
            _ => None,
        },
        _ => None,
    }
}

fn number_key(n: &Number, negate: bool) -> (Key, String) {
    let sign = if negate { -1.0 } else { 1.0 };
    match n {
        Number::Int(i) => {
            let text = i.to_string();
            let text = if negate && text != "0" {
                format!("-{text}")
            } else {
                text
            };
            (Key::Int(text.clone()), text)
        }
        Number::Float(f) => {
            let f = sign * f;
            (float_key(f), float_repr(f))
        }
        Number::Complex { real, imag } => {
            let (re, im) = (sign * real, sign * imag);
            let key = if im == 0.0 {
                float_key(re)
            } else {
                Key::Complex(re, im)
            };
            (key, imag_repr(im))
        }
    }
}

/// An integral float is the same key as the equal int.
fn float_key(f: f64) -> Key {
    if f == 0.0 {
        Key::Int("0".into())
    } else if f.is_finite() && f.fract() == 0.0 {
        Key::Int(format!("{f:.0}"))
    } else {
        Key::Float(f)
    }
}

/// Python's `repr` of an imaginary literal (`2j`, `1.5j`).
fn imag_repr(im: f64) -> String {
    let r = float_repr(im);
    format!("{}j", r.strip_suffix(".0").unwrap_or(&r))
}

/// Python's `repr` of a float (shortest round-trip digits; exponent form outside
/// `1e-4 <= |f| < 1e16`).
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if neg { "-" } else { "" };
    if f != 0.0 && !(-4..16).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        return format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        );
    }
    let point = exp + 1;
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    format!("{sign}{body}")
}

/// Python's `repr` of a str.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of a bytes object.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("b{quote}");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn float_reprs_match_python() {
        for (f, want) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (0.0, "0.0"),
        ] {
            assert_eq!(float_repr(f), want);
        }
    }
}
