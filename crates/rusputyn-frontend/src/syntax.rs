//! Parsing with `ruff_python_parser`, and turning its errors into CPython-worded
//! `SyntaxError` diagnostics.

use crate::diagnostic::{Diagnostic, SYNTAX_ERROR, Span};
use crate::source::SourceFile;
use ruff_python_ast::ModModule;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseErrorType};

/// Parses a module; on failure returns the first syntax error (CPython reports one).
pub fn parse(file: &SourceFile) -> Result<ModModule, Diagnostic> {
    match ruff_python_parser::parse_module(&file.text) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(err) => {
            let span = Span {
                start: err.location.start().to_usize(),
                end: err.location.end().to_usize(),
            };
            Err(Diagnostic::error(
                SYNTAX_ERROR,
                cpython_message(file, &err.error, span),
                span,
            ))
        }
    }
}

/// CPython's wording for the common syntax errors; "invalid syntax" otherwise, as CPython
/// itself falls back to.
fn cpython_message(file: &SourceFile, err: &ParseErrorType, span: Span) -> String {
    let (line, _) = file.line_col(span.start);
    match err {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => "expected ':'".into(),
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            format!("unterminated string literal (detected at line {line})")
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            "unindent does not match any outer indentation level".into()
        }
        ParseErrorType::OtherError(msg) if msg.contains("Expected an indented block") => {
            "expected an indented block".into()
        }
        _ => "invalid syntax".into(),
    }
}
