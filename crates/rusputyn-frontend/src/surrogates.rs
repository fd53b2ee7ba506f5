//! Lone surrogates in string literals (`'\ud800'`): CPython's `str` can hold the code points
//! U+D800–U+DFFF, Rusputyn's (UTF-8 underneath) cannot, and the parser has already replaced
//! them with U+FFFD. Rather than print something else than CPython, the compiler refuses such
//! a literal at the escape, before any Rust is generated.

use crate::diagnostic::{Diagnostic, Span, UNSUPPORTED};
use ruff_python_ast as ast;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_text_size::Ranged;

/// One diagnostic per `\uXXXX` / `\UXXXXXXXX` escape naming a surrogate in a (non-raw) `str`
/// or f-string literal of `module`, whose text is `source`.
pub fn check(module: &ast::ModModule, source: &str) -> Vec<Diagnostic> {
    let mut finder = Finder {
        source,
        raw: Vec::new(),
        found: Vec::new(),
    };
    finder.visit_body(&module.body);
    finder.found
}

struct Finder<'s> {
    source: &'s str,
    /// Raw-ness of the f-strings being walked (innermost last).
    raw: Vec<bool>,
    found: Vec<Diagnostic>,
}

impl Finder<'_> {
    fn scan(&mut self, start: usize, end: usize) {
        let Some(text) = self.source.get(start..end) else {
            return;
        };
        for (offset, len, code) in surrogate_escapes(text) {
            let at = start + offset;
            self.found.push(
                Diagnostic::error(
                    UNSUPPORTED,
                    format!(
                        "the lone surrogate \\u{code:04x} in a string literal is not supported"
                    ),
                    Span {
                        start: at,
                        end: at + len,
                    },
                )
                .with_label("surrogate code point escaped here")
                .with_help(
                    "Rusputyn's str holds Unicode scalar values only (U+D800-U+DFFF cannot occur); \
                     use a bytes literal, or combine a surrogate pair into the real character",
                ),
            );
        }
    }
}

/// The escapes in `text` (the source of a literal, prefix and quotes included or not) that
/// name a surrogate: (byte offset, byte length, code point).
fn surrogate_escapes(text: &str) -> Vec<(usize, usize, u32)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' || i + 1 >= bytes.len() {
            i += 1;
            continue;
        }
        let digits = match bytes[i + 1] {
            b'u' => 4,
            b'U' => 8,
            _ => {
                // Any other escape (`\\`, `\'`, `\n`, ...) consumes the next character.
                i += 2;
                continue;
            }
        };
        let hex = text.get(i + 2..i + 2 + digits);
        let code = hex.and_then(|h| u32::from_str_radix(h, 16).ok());
        if let Some(code) = code.filter(|c| (0xD800..=0xDFFF).contains(c)) {
            out.push((i, 2 + digits, code));
        }
        i += 2;
    }
    out
}

impl<'a> Visitor<'a> for Finder<'_> {
    fn visit_string_literal(&mut self, lit: &'a ast::StringLiteral) {
        if !lit.flags.prefix().is_raw() {
            self.scan(lit.start().to_usize(), lit.end().to_usize());
        }
    }

    fn visit_f_string(&mut self, f: &'a ast::FString) {
        self.raw.push(f.flags.prefix().is_raw());
        visitor::walk_f_string(self, f);
        self.raw.pop();
    }

    fn visit_interpolated_string_element(&mut self, e: &'a ast::InterpolatedStringElement) {
        if let ast::InterpolatedStringElement::Literal(l) = e
            && !self.raw.last().copied().unwrap_or(false)
        {
            self.scan(l.start().to_usize(), l.end().to_usize());
        }
        visitor::walk_interpolated_string_element(self, e);
    }
}

#[cfg(test)]
mod tests {
    use super::surrogate_escapes;

    #[test]
    fn finds_surrogate_escapes_only() {
        assert_eq!(surrogate_escapes(r"'a\ud800b'"), vec![(2, 6, 0xD800)]);
        assert_eq!(surrogate_escapes(r"'\U0000DFFF'"), vec![(1, 10, 0xDFFF)]);
        assert!(surrogate_escapes(r"'\\ud800'").is_empty());
        assert!(surrogate_escapes(r"'\u00e9 \uD7FF \uE000'").is_empty());
        assert_eq!(
            surrogate_escapes(r"'\ud83d\ude00'"),
            vec![(1, 6, 0xD83D), (7, 6, 0xDE00)]
        );
    }
}
