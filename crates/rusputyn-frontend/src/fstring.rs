//! The checks CPython 3.11 makes on the inside of an f-string literal (its replacement
//! fields, conversions and format specs), with its `f-string: ...` messages.
//!
//! Python 3.11 reads an f-string as one string token and parses the fields afterwards, so a
//! quote of the enclosing kind always ends the literal, and backslashes and `#` are refused
//! inside fields; `ruff_python_parser` follows 3.12's grammar instead, hence this pass.

use crate::diagnostic::Span;
use crate::tokenizer::{ErrorClass, TokenError};

/// Checks the body `text[start..end]` of an f-string. Errors are placed at `at` (just past
/// the literal), which is where CPython 3.11 points for most of them.
pub fn check(text: &str, start: usize, end: usize, raw: bool, at: usize) -> Result<(), TokenError> {
    let fail = |message: &str| TokenError {
        class: ErrorClass::Syntax,
        message: format!("f-string{message}"),
        span: Span {
            start: at,
            end: at + 1,
        },
        unclosed_bracket: false,
    };
    let body: Vec<char> = text[start..end].chars().collect();
    let mut i = 0;
    literal(&body, &mut i, raw, false, &fail)?;
    Ok(())
}

type Fail<'f> = &'f dyn Fn(&str) -> TokenError;

/// Literal text up to the end of the body (or, in a format spec, up to the closing `}`).
fn literal(
    body: &[char],
    i: &mut usize,
    raw: bool,
    in_spec: bool,
    fail: Fail,
) -> Result<(), TokenError> {
    while *i < body.len() {
        match body[*i] {
            '\\' if !raw => *i += 2,
            '{' if !in_spec && body.get(*i + 1) == Some(&'{') => *i += 2,
            '}' if !in_spec && body.get(*i + 1) == Some(&'}') => *i += 2,
            '{' => {
                *i += 1;
                field(body, i, raw, fail)?;
            }
            '}' if in_spec => return Ok(()),
            '}' => return Err(fail(": single '}' is not allowed")),
            _ => *i += 1,
        }
    }
    if in_spec {
        return Err(fail(": expecting '}'"));
    }
    Ok(())
}

/// One replacement field, after its `{`; consumes the closing `}`.
fn field(body: &[char], i: &mut usize, raw: bool, fail: Fail) -> Result<(), TokenError> {
    let expr_start = *i;
    // Open brackets inside the expression.
    let mut open: Vec<char> = Vec::new();
    let mut quote: Option<char> = None;
    loop {
        let Some(&c) = body.get(*i) else {
            return Err(match open.last() {
                Some(b) => fail(&format!(": unmatched '{b}'")),
                None => fail(": expecting '}'"),
            });
        };
        if let Some(q) = quote {
            if c == '\\' {
                return Err(fail(" expression part cannot include a backslash"));
            }
            if c == q {
                quote = None;
            }
            *i += 1;
            continue;
        }
        match c {
            '\\' => return Err(fail(" expression part cannot include a backslash")),
            '#' => return Err(fail(" expression part cannot include '#'")),
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => open.push(c),
            ')' | ']' if open.is_empty() => {
                return Err(fail(&format!(": unmatched '{c}'")));
            }
            ')' | ']' | '}' if !open.is_empty() => {
                let opener = open.pop().unwrap_or(c);
                let expected = match opener {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if c != expected {
                    return Err(fail(&format!(
                        ": closing parenthesis '{c}' does not match opening parenthesis '{opener}'"
                    )));
                }
            }
            '!' if open.is_empty() && body.get(*i + 1) != Some(&'=') => break,
            ':' if open.is_empty() => break,
            '}' => break,
            '=' | '<' | '>' if body.get(*i + 1) == Some(&'=') => *i += 1,
            _ => {}
        }
        *i += 1;
    }
    let expr: String = body[expr_start..*i].iter().collect();
    let expr = expr.trim_end();
    let expr = expr.strip_suffix('=').unwrap_or(expr);
    if expr.trim().is_empty() {
        return Err(fail(": empty expression not allowed"));
    }
    if body[*i] == '!' {
        *i += 1;
        match body.get(*i) {
            None => return Err(fail(": expecting '}'")),
            Some('s' | 'r' | 'a') => *i += 1,
            Some(_) => {
                return Err(fail(
                    ": invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
        }
        match body.get(*i) {
            Some(':') | Some('}') => {}
            None => return Err(fail(": expecting '}'")),
            Some(_) => return Err(fail(": expecting '}'")),
        }
    }
    if body[*i] == ':' {
        *i += 1;
        literal(body, i, raw, true, fail)?;
    }
    // Now at the closing '}'.
    *i += 1;
    Ok(())
}

#[cfg(test)]
mod tests {
    fn error(body: &str) -> Option<String> {
        super::check(body, 0, body.len(), false, 0)
            .err()
            .map(|e| e.message)
    }

    #[test]
    fn fields() {
        assert_eq!(error("{x!r:>{w}} {{}} {a[1]} {b=}"), None);
        assert_eq!(error("{x").as_deref(), Some("f-string: expecting '}'"));
        assert_eq!(
            error("}").as_deref(),
            Some("f-string: single '}' is not allowed")
        );
        assert_eq!(
            error("{ }").as_deref(),
            Some("f-string: empty expression not allowed")
        );
        assert_eq!(error("{a[").as_deref(), Some("f-string: unmatched '['"));
        assert_eq!(
            error("{a[}").as_deref(),
            Some("f-string: closing parenthesis '}' does not match opening parenthesis '['")
        );
        assert_eq!(
            error("{a!z}").as_deref(),
            Some("f-string: invalid conversion character: expected 's', 'r', or 'a'")
        );
        assert_eq!(
            error("{'\\n'}").as_deref(),
            Some("f-string expression part cannot include a backslash")
        );
    }
}
