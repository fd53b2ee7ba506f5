//! A scan of the source with CPython 3.11's tokenizer rules, for the errors CPython's
//! tokenizer raises: unclosed and mismatched brackets, unterminated strings, bad
//! indentation (`TabError`, unindent mismatch), malformed number literals and malformed
//! f-strings (3.11 reads an f-string as one string token and checks its fields itself).
//!
//! `ruff_python_parser` reports these too, but as different errors or in other places (it
//! reads f-strings with 3.12's grammar, for one); CPython users expect its exact words. The
//! scan produces no tokens, only the first error, and it is only consulted to word errors:
//! [`crate::syntax`] decides which of its and the parser's errors CPython would show.

use crate::diagnostic::Span;

/// Which exception class CPython raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `TabError`.
    Tab,
}

/// An error the tokenizer found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError {
    /// The exception class.
    pub class: ErrorClass,
    /// CPython's message.
    pub message: String,
    /// Where the caret goes.
    pub span: Span,
    /// True for "'(' was never closed": it replaces a parser error only when that error is
    /// inside the unclosed bracket (CPython's parser reads on to the end of the file there).
    pub unclosed_bracket: bool,
}

/// Scans `text` and returns the first tokenizer error, if any.
pub fn scan(text: &str) -> Option<TokenError> {
    let mut s = Scanner {
        src: text.as_bytes(),
        text,
        pos: 0,
        line: 1,
        brackets: Vec::new(),
        indents: vec![(0, 0)],
    };
    s.run().err()
}

struct Scanner<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    line: usize,
    /// Open brackets: the character, its line and byte offset.
    brackets: Vec<(u8, usize, usize)>,
    /// Indentation stack: (column with tabs to 8, column with tabs to 1), as CPython keeps.
    indents: Vec<(usize, usize)>,
}

type Scan<T> = Result<T, TokenError>;

fn syntax(message: impl Into<String>, start: usize, end: usize) -> TokenError {
    TokenError {
        class: ErrorClass::Syntax,
        message: message.into(),
        span: Span { start, end },
        unclosed_bracket: false,
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Characters that continue an identifier. Non-ASCII is accepted generously (combining
/// marks and the like have no `char` predicate): the parser judges identifiers, this scan
/// only has to find where they end.
fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || (!c.is_ascii() && is_printable(c) && !c.is_whitespace())
}

/// Python's `str.isprintable` for one character, close enough for error wording: no
/// controls, separators or invisible format characters.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'))
}

/// The closing bracket for an opening one.
fn closer(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        self.src.get(self.pos + ahead).copied()
    }

    fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..).and_then(|t| t.chars().next())
    }

    fn run(&mut self) -> Scan<()> {
        let mut line_start = true;
        while self.pos < self.src.len() {
            if line_start && self.brackets.is_empty() {
                self.indentation()?;
                line_start = false;
                continue;
            }
            let c = self.src[self.pos];
            match c {
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    // Inside brackets a newline does not end the logical line.
                    line_start = self.brackets.is_empty();
                }
                b'#' => {
                    while self.pos < self.src.len() && self.src[self.pos] != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\\' if self.peek(1) == Some(b'\n') => {
                    self.pos += 2;
                    self.line += 1;
                }
                b'\\' if self.peek(1) == Some(b'\r') && self.peek(2) == Some(b'\n') => {
                    self.pos += 3;
                    self.line += 1;
                }
                b'(' | b'[' | b'{' => {
                    self.brackets.push((c, self.line, self.pos));
                    self.pos += 1;
                }
                b')' | b']' | b'}' => self.close(c)?,
                b'\'' | b'"' => self.string(self.pos, "")?,
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
                _ => {
                    let ch = self.char_at(self.pos).unwrap_or(' ');
                    if is_ident_start(ch) {
                        self.name_or_string()?;
                    } else if !ch.is_ascii() {
                        let (start, end) = (self.pos, self.pos + ch.len_utf8());
                        let code = ch as u32;
                        return Err(syntax(
                            if is_printable(ch) {
                                format!("invalid character '{ch}' (U+{code:04X})")
                            } else {
                                format!("invalid non-printable character U+{code:04X}")
                            },
                            start,
                            end,
                        ));
                    } else {
                        self.pos += ch.len_utf8();
                    }
                }
            }
        }
        if let Some(&(open, _, offset)) = self.brackets.last() {
            return Err(TokenError {
                unclosed_bracket: true,
                ..syntax(
                    format!("'{}' was never closed", open as char),
                    offset,
                    offset + 1,
                )
            });
        }
        Ok(())
    }

    /// Measures the indentation of a new logical line and checks it like CPython's
    /// tokenizer (blank and comment-only lines do not count).
    fn indentation(&mut self) -> Scan<()> {
        let (mut col, mut alt) = (0usize, 0usize);
        let start = self.pos;
        while let Some(c) = self.peek(0) {
            match c {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek(0) {
            None | Some(b'\n') | Some(b'#') | Some(b'\r') => return Ok(()),
            Some(b'\\') if matches!(self.peek(1), Some(b'\n') | Some(b'\r')) => return Ok(()),
            _ => {}
        }
        let tab_error = || TokenError {
            class: ErrorClass::Tab,
            message: "inconsistent use of tabs and spaces in indentation".into(),
            span: Span {
                start,
                end: start + 1,
            },
            unclosed_bracket: false,
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let end = self.text[self.pos..]
                    .find('\n')
                    .map_or(self.text.len(), |i| self.pos + i);
                let end = self.text[..end].trim_end_matches('\r').len();
                return Err(TokenError {
                    class: ErrorClass::Indentation,
                    message: "unindent does not match any outer indentation level".into(),
                    span: Span { start: end, end },
                    unclosed_bracket: false,
                });
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn close(&mut self, c: u8) -> Scan<()> {
        let here = self.pos;
        match self.brackets.pop() {
            None => Err(syntax(format!("unmatched '{}'", c as char), here, here + 1)),
            Some((open, line, _)) if closer(open) != c => {
                let message = if line == self.line {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open as char
                    )
                } else {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {line}",
                        c as char, open as char
                    )
                };
                Err(syntax(message, here, here + 1))
            }
            Some(_) => {
                self.pos += 1;
                Ok(())
            }
        }
    }

    /// An identifier, or the prefix of a string literal (`rb"..."`, `f'...'`).
    fn name_or_string(&mut self) -> Scan<()> {
        let start = self.pos;
        while let Some(ch) = self.char_at(self.pos) {
            if !is_ident_char(ch) {
                break;
            }
            self.pos += ch.len_utf8();
        }
        let word = &self.text[start..self.pos];
        let is_prefix = word.len() <= 2
            && word
                .chars()
                .all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'u' | 'f'));
        if is_prefix && matches!(self.peek(0), Some(b'\'') | Some(b'"')) {
            let prefix = word.to_ascii_lowercase();
            self.string(start, &prefix)?;
        }
        Ok(())
    }

    /// A string literal whose quote is at `self.pos`; `start` is where its prefix began.
    fn string(&mut self, start: usize, prefix: &str) -> Scan<()> {
        let quote = self.src[self.pos];
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        let qlen = if triple { 3 } else { 1 };
        self.pos += qlen;
        let body_start = self.pos;
        loop {
            let Some(c) = self.peek(0) else {
                // CPython counts the lines of the file: a final newline opens no new line.
                let line = if self.text.ends_with('\n') {
                    self.line - 1
                } else {
                    self.line
                };
                return Err(if triple {
                    syntax(
                        format!(
                            "unterminated triple-quoted string literal (detected at line {line})"
                        ),
                        start,
                        start + 1,
                    )
                } else {
                    syntax(
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                        start,
                        start + 1,
                    )
                });
            };
            if c == b'\\' {
                if self.peek(1) == Some(b'\n') {
                    self.line += 1;
                }
                self.pos += 2.min(self.src.len() - self.pos);
                continue;
            }
            if c == b'\n' {
                if !triple {
                    return Err(syntax(
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                        start,
                        start + 1,
                    ));
                }
                self.line += 1;
            }
            if c == quote
                && (!triple || (self.peek(1) == Some(quote) && self.peek(2) == Some(quote)))
            {
                let body_end = self.pos;
                self.pos += qlen;
                if prefix.contains('f') {
                    let raw = prefix.contains('r');
                    crate::fstring::check(self.text, body_start, body_end, raw, self.pos)?;
                }
                return Ok(());
            }
            self.pos += 1;
        }
    }

    /// A number literal, checked the way CPython's tokenizer checks its digits and its end.
    fn number(&mut self) -> Scan<()> {
        let start = self.pos;
        let lower = |b: Option<u8>| b.map(|c| c.to_ascii_lowercase());
        if self.peek(0) == Some(b'0') && matches!(lower(self.peek(1)), Some(b'x' | b'o' | b'b')) {
            let (kind, radix) = match lower(self.peek(1)) {
                Some(b'x') => ("hexadecimal", 16),
                Some(b'o') => ("octal", 8),
                _ => ("binary", 2),
            };
            self.pos += 2;
            let digits_start = self.pos;
            while let Some(c) = self.peek(0) {
                if (c as char).is_digit(radix) {
                    self.pos += 1;
                } else if c == b'_' && self.peek(1).is_some_and(|d| (d as char).is_digit(radix)) {
                    self.pos += 2;
                } else {
                    break;
                }
            }
            if self.pos == digits_start && !self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                // `0x` with no digits, or an underscore not followed by one.
                return Err(syntax(format!("invalid {kind} literal"), start, start + 1));
            }
            if let Some(c) = self.peek(0)
                && radix < 10
                && c.is_ascii_digit()
            {
                return Err(syntax(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    self.pos,
                    self.pos + 1,
                ));
            }
            return self.end_of_number(start, kind);
        }
        // Digits with single underscores between them; an underscore not followed by a digit
        // makes the literal invalid.
        let digits = |s: &mut Self| -> Scan<()> {
            while let Some(c) = s.peek(0) {
                if c.is_ascii_digit() {
                    s.pos += 1;
                } else if c == b'_' {
                    if !s.peek(1).is_some_and(|d| d.is_ascii_digit()) {
                        return Err(syntax("invalid decimal literal", s.pos, s.pos + 1));
                    }
                    s.pos += 2;
                } else {
                    break;
                }
            }
            Ok(())
        };
        digits(self)?;
        let int_part = &self.text[start..self.pos];
        let mut is_float = false;
        if self.peek(0) == Some(b'.') {
            is_float = true;
            self.pos += 1;
            digits(self)?;
        }
        if matches!(lower(self.peek(0)), Some(b'e')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                digits(self)?;
            } else {
                return Err(syntax("invalid decimal literal", start, start + 1));
            }
            let _ = save;
        }
        if matches!(lower(self.peek(0)), Some(b'j')) {
            self.pos += 1;
            return self.end_of_number(start, "imaginary");
        }
        if !is_float
            && int_part.len() > 1
            && int_part.starts_with('0')
            && int_part.bytes().any(|b| b != b'0' && b != b'_')
        {
            return Err(syntax(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start,
                start + 1,
            ));
        }
        self.end_of_number(start, "decimal")
    }

    /// CPython refuses a number glued to a name (`1abc`), except before the keywords it
    /// only warns about (`1if x else y`).
    fn end_of_number(&mut self, start: usize, kind: &str) -> Scan<()> {
        let Some(ch) = self.char_at(self.pos) else {
            return Ok(());
        };
        if !is_ident_char(ch) {
            return Ok(());
        }
        let rest = &self.text[self.pos..];
        let allowed = ["and", "else", "for", "if", "in", "is", "not", "or"];
        if allowed.iter().any(|k| rest.starts_with(k)) {
            return Ok(());
        }
        // CPython points at the number's start, or for prefixed and imaginary numbers at
        // its last character.
        let at = if kind == "decimal" {
            start
        } else {
            self.pos - 1
        };
        Err(syntax(format!("invalid {kind} literal"), at, at + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> Option<(ErrorClass, String)> {
        scan(text).map(|e| (e.class, e.message))
    }

    #[test]
    fn valid_source_scans_clean() {
        let ok = "def f(a,\n      b):\n    s = '''x\n\"y\"'''\n    return [a,\n  b]  # ]\nx = 1if f else 0x_ff\n";
        assert_eq!(message(ok), None);
    }

    #[test]
    fn brackets() {
        assert_eq!(
            message("x = (1,\n 2]\n").map(|m| m.1).as_deref(),
            Some("closing parenthesis ']' does not match opening parenthesis '(' on line 1")
        );
        assert_eq!(
            message("x = )\n").map(|m| m.1).as_deref(),
            Some("unmatched ')'")
        );
        let e = scan("foo(\n  1,\n  [2\n").expect("unclosed");
        assert!(e.unclosed_bracket);
        assert_eq!(e.message, "'[' was never closed");
    }

    #[test]
    fn strings_and_numbers() {
        assert_eq!(
            message("x = \"\"\"a\nb\n").map(|m| m.1).as_deref(),
            Some("unterminated triple-quoted string literal (detected at line 2)")
        );
        assert_eq!(
            message("x = 'a\ny\n").map(|m| m.1).as_deref(),
            Some("unterminated string literal (detected at line 1)")
        );
        assert_eq!(
            message("x = 0o19\n").map(|m| m.1).as_deref(),
            Some("invalid digit '9' in octal literal")
        );
        assert_eq!(
            message("x = 1abc\n").map(|m| m.1).as_deref(),
            Some("invalid decimal literal")
        );
        assert_eq!(
            message("x = 1 \u{20ac} 2\n").map(|m| m.1).as_deref(),
            Some("invalid character '\u{20ac}' (U+20AC)")
        );
    }

    #[test]
    fn indentation() {
        assert_eq!(
            message("if x:\n        a\n    b\n"),
            Some((
                ErrorClass::Indentation,
                "unindent does not match any outer indentation level".into()
            ))
        );
        assert_eq!(
            message("if x:\n\ta\n        b\n").map(|m| m.0),
            Some(ErrorClass::Tab)
        );
        // Blank lines, comments and bracketed continuation lines do not count.
        assert_eq!(message("if x:\n\n  # c\n    a = (1,\n2)\n    b\n"), None);
    }
}
