//! Parsing with `ruff_python_parser`, and turning its errors into the `SyntaxError`,
//! `IndentationError` or `TabError` CPython 3.11 reports for the same file.
//!
//! Two sources of errors are combined the way CPython combines its own: the parser's (worded
//! here from ruff's error kinds) and the tokenizer's ([`crate::tokenizer`]). CPython
//! tokenizes the rest of the file after a parser error and lets a tokenizer error replace it;
//! "'(' was never closed" replaces only errors on a later line than the bracket, or errors
//! where the parser itself ran into the end of the file.

use crate::diagnostic::{Diagnostic, INDENTATION_ERROR, SYNTAX_ERROR, Span, TAB_ERROR};
use crate::source::SourceFile;
use crate::tokenizer::{self, ErrorClass, TokenError};
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::{Expr, ModModule, PySourceType};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
};
use ruff_text_size::Ranged;

/// Parses a module; on failure returns the first syntax error (CPython reports one).
pub fn parse(file: &SourceFile) -> Result<ModModule, Diagnostic> {
    let token_error = tokenizer::scan(&file.text);
    let parsed = ruff_python_parser::parse_unchecked_source(&file.text, PySourceType::Python);
    let Some(err) = parsed.errors().first() else {
        return match token_error {
            Some(e) => Err(from_token_error(e)),
            None => Ok(parsed.into_syntax()),
        };
    };
    let parser_error = from_parse_error(file, err, parsed.tokens());
    match token_error {
        Some(e) if !e.unclosed_bracket => Err(from_token_error(e)),
        Some(e) => {
            // CPython's parser meets the end of the file inside the bracket when the error
            // is on a later line or nothing but the end of the file follows it.
            let at_eof = matches!(err.error, ParseErrorType::Lexical(LexicalErrorType::Eof))
                || file.text[err.location.end().to_usize().min(file.text.len())..]
                    .trim()
                    .is_empty();
            let (bracket_line, _) = file.line_col(e.span.start);
            let (error_line, _) = file.line_col(err.location.start().to_usize());
            if at_eof || error_line > bracket_line {
                Err(from_token_error(e))
            } else {
                Err(parser_error)
            }
        }
        None => Err(parser_error),
    }
}

/// The diagnostic code for a Python exception class.
fn code_of(class: ErrorClass) -> &'static str {
    match class {
        ErrorClass::Syntax => SYNTAX_ERROR,
        ErrorClass::Indentation => INDENTATION_ERROR,
        ErrorClass::Tab => TAB_ERROR,
    }
}

fn from_token_error(e: TokenError) -> Diagnostic {
    Diagnostic::error(code_of(e.class), e.message, e.span)
}

/// Words a parser error like CPython and places it where CPython's caret goes.
pub fn from_parse_error(file: &SourceFile, err: &ParseError, tokens: &[Token]) -> Diagnostic {
    let span = Span {
        start: err.location.start().to_usize(),
        end: err.location.end().to_usize(),
    };
    let (class, message, span) = cpython_message(file, &err.error, span, tokens);
    Diagnostic::error(code_of(class), message, span)
}

/// The last significant token ending at or before `offset`.
fn token_before(tokens: &[Token], offset: usize) -> Option<&Token> {
    tokens
        .iter()
        .take_while(|t| t.end().to_usize() <= offset)
        .filter(|t| !t.kind().is_trivia())
        .last()
}

/// True for a token that can start an expression after another one, where CPython asks
/// "Perhaps you forgot a comma?".
fn starts_expression(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lbrace
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Lambda
    )
}

/// The kind of the innermost bracket still open at `offset`.
fn innermost_bracket(tokens: &[Token], offset: usize) -> Option<TokenKind> {
    let mut open = Vec::new();
    for t in tokens.iter().take_while(|t| t.start().to_usize() < offset) {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                open.push((t.kind(), t.start()))
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().map(|&(k, _)| k)
}

/// True inside the parameter list of a `def`, where CPython never suggests a comma.
fn in_parameter_list(tokens: &[Token], offset: usize) -> bool {
    let mut open: Vec<usize> = Vec::new();
    let before: Vec<&Token> = tokens
        .iter()
        .take_while(|t| t.start().to_usize() < offset)
        .filter(|t| !t.kind().is_trivia())
        .collect();
    for (i, t) in before.iter().enumerate() {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => open.push(i),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().is_some_and(|&i| {
        i >= 2
            && before[i].kind() == TokenKind::Lpar
            && before[i - 1].kind() == TokenKind::Name
            && before[i - 2].kind() == TokenKind::Def
    })
}

/// The `)` closing the call whose argument is at `span`: CPython reports argument-order
/// errors at the last token of the call.
fn closing_paren(tokens: &[Token], span: Span) -> Span {
    let mut depth = 0usize;
    for t in tokens.iter().filter(|t| t.start().to_usize() >= span.end) {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar if depth == 0 => {
                let start = t.start().to_usize();
                return Span {
                    start,
                    end: start + 1,
                };
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    span
}

/// End of the line holding `offset`, without trailing whitespace.
fn line_end(text: &str, offset: usize) -> usize {
    let end = text[offset.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| offset + i);
    offset.max(text[..end].trim_end().len())
}

fn cpython_message(
    file: &SourceFile,
    err: &ParseErrorType,
    span: Span,
    tokens: &[Token],
) -> (ErrorClass, String, Span) {
    use ErrorClass::{Indentation, Syntax};
    let (line, _) = file.line_col(span.start);
    let text = file.text.as_str();
    let invalid = || (Syntax, "invalid syntax".to_string(), span);
    match err {
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Equal,
        } => match token_before(tokens, span.start) {
            Some(name) if name.kind() == TokenKind::Name => {
                let start = name.start().to_usize();
                let end = text[span.end..]
                    .find(':')
                    .map_or(line_end(text, start), |i| span.end + i);
                let end = start.max(text[..end].trim_end().len());
                (
                    Syntax,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                    Span { start, end },
                )
            }
            _ => invalid(),
        },
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Comma | TokenKind::Rbrace,
        } if innermost_bracket(tokens, span.start) == Some(TokenKind::Lbrace) => {
            (Syntax, "':' expected after dictionary key".into(), span)
        }
        // CPython says "expected ':'" only when the line ends where the colon should be.
        ParseErrorType::ExpectedToken {
            expected: TokenKind::Colon,
            found: TokenKind::Newline,
        } => (Syntax, "expected ':'".into(), span),
        ParseErrorType::ExpectedToken { expected, found }
            if matches!(
                expected,
                TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace
            ) && starts_expression(*found)
                && !in_parameter_list(tokens, span.start) =>
        {
            let start =
                token_before(tokens, span.start).map_or(span.start, |t| t.start().to_usize());
            (
                Syntax,
                "invalid syntax. Perhaps you forgot a comma?".into(),
                Span {
                    start,
                    end: span.end,
                },
            )
        }
        ParseErrorType::SimpleStatementsOnSameLine => match token_before(tokens, span.start) {
            Some(t)
                if t.kind() == TokenKind::Name
                    && matches!(&text[t.range()], "print" | "exec")
                    && text[..t.start().to_usize()]
                        .rsplit('\n')
                        .next()
                        .is_some_and(|before| before.trim().is_empty()) =>
            {
                let name = &text[t.range()];
                let start = t.start().to_usize();
                (
                    Syntax,
                    format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    Span {
                        start,
                        end: line_end(text, start),
                    },
                )
            }
            _ => invalid(),
        },
        ParseErrorType::InvalidAssignmentTarget => {
            let name = expr_name(&text[span.start..span.end]);
            let parenthesized = text[..span.start].trim_end().ends_with('(');
            let message = if name == "yield expression" && !parenthesized {
                "assignment to yield expression not possible".into()
            } else if maybe_comparison(text, span, &text[span.start..span.end]) {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {name}")
            };
            (Syntax, message, span)
        }
        ParseErrorType::InvalidDeleteTarget => (
            Syntax,
            format!("cannot delete {}", expr_name(&text[span.start..span.end])),
            span,
        ),
        ParseErrorType::InvalidAugmentedAssignmentTarget => (
            Syntax,
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&text[span.start..span.end])
            ),
            span,
        ),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let name = expr_name(&text[span.start..span.end]);
            let message = match name {
                "tuple" | "list" => format!("only single target (not {name}) can be annotated"),
                _ => "illegal target for annotation".into(),
            };
            (Syntax, message, span)
        }
        ParseErrorType::InvalidNamedAssignmentTarget => (
            Syntax,
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&text[span.start..span.end])
            ),
            span,
        ),
        ParseErrorType::UnparenthesizedGeneratorExpression => (
            Syntax,
            "Generator expression must be parenthesized".into(),
            span,
        ),
        ParseErrorType::ExpectedKeywordParam => {
            (Syntax, "named arguments must follow bare *".into(), span)
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => (
            Syntax,
            "non-default argument follows default argument".into(),
            span,
        ),
        ParseErrorType::ParamAfterVarKeywordParam => (
            Syntax,
            "arguments cannot follow var-keyword argument".into(),
            span,
        ),
        ParseErrorType::VarParameterWithDefault => (
            Syntax,
            "var-positional argument cannot have default value".into(),
            span,
        ),
        ParseErrorType::PositionalAfterKeywordArgument => (
            Syntax,
            "positional argument follows keyword argument".into(),
            closing_paren(tokens, span),
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => (
            Syntax,
            "positional argument follows keyword argument unpacking".into(),
            closing_paren(tokens, span),
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => (
            Syntax,
            "iterable argument unpacking follows keyword argument unpacking".into(),
            Span {
                start: span.start,
                end: span.start + 1,
            },
        ),
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
            (Syntax, "expected 'except' or 'finally' block".into(), span)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Cannot have both 'except'") => (
            Syntax,
            "cannot have both 'except' and 'except*' on the same 'try'".into(),
            // CPython points at the `except` keyword of the handler.
            Span {
                start: span.start,
                end: span.start + "except".len(),
            },
        ),
        // `except*:` (CPython's own message); `except* as e:` is plain invalid syntax.
        ParseErrorType::OtherError(msg)
            if msg.starts_with("Expected one or more exception types")
                && token_before(tokens, span.start)
                    .is_some_and(|t| t.kind() == TokenKind::Star)
                && !text[span.start..].starts_with("as") =>
        {
            (Syntax, "expected one or more exception types".into(), span)
        }
        ParseErrorType::OtherError(msg) if msg.starts_with("Bytes literal cannot be mixed") => (
            Syntax,
            "cannot mix bytes and nonbytes literals".into(),
            span,
        ),
        ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => (
            Syntax,
            "bytes can only contain ASCII literal characters".into(),
            span,
        ),
        ParseErrorType::OtherError(msg) if msg.starts_with("Only single target") => {
            (Syntax, format!("o{}", &msg[1..]), span)
        }
        ParseErrorType::UnexpectedIndentation => (Indentation, "unexpected indent".into(), span),
        ParseErrorType::OtherError(msg) if msg.starts_with("Expected an indented block after") => {
            let clause = msg.trim_start_matches("Expected an indented block after ");
            let (what, keyword) = clause_words(clause);
            let header = header_line(file, line, keyword);
            (
                Indentation,
                format!("expected an indented block after {what} on line {header}"),
                Span {
                    start: span.start,
                    end: span.start + 1,
                },
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => (
            Syntax,
            format!("unterminated string literal (detected at line {line})"),
            span,
        ),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            Indentation,
            "unindent does not match any outer indentation level".into(),
            span,
        ),
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            (Syntax, "unexpected EOF while parsing".into(), span)
        }
        ParseErrorType::FStringError(InterpolatedStringErrorType::SingleRbrace)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::SingleRbrace,
        )) => (Syntax, "f-string: single '}' is not allowed".into(), span),
        ParseErrorType::FStringError(InterpolatedStringErrorType::UnclosedLbrace)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            InterpolatedStringErrorType::UnclosedLbrace,
        )) => (Syntax, "f-string: expecting '}'".into(), span),
        _ => invalid(),
    }
}

/// CPython's name for a clause in "expected an indented block after ...", and the keyword
/// that opens it (to find its line).
fn clause_words(ruff_clause: &str) -> (&'static str, &'static str) {
    const CLAUSES: &[(&str, &str, &str)] = &[
        ("`if` statement", "'if' statement", "if"),
        ("`elif` clause", "'elif' statement", "elif"),
        ("`else` clause", "'else' statement", "else"),
        ("`for` statement", "'for' statement", "for"),
        ("`while` statement", "'while' statement", "while"),
        ("`with` statement", "'with' statement", "with"),
        ("`try` statement", "'try' statement", "try"),
        ("`except` clause", "'except' statement", "except"),
        ("`finally` clause", "'finally' statement", "finally"),
        ("`class` definition", "class definition", "class"),
        ("function definition", "function definition", "def"),
        ("`match` statement", "'match' statement", "match"),
        ("`case` block", "'case' statement", "case"),
    ];
    CLAUSES
        .iter()
        .find(|(ruff, _, _)| *ruff == ruff_clause)
        .map_or(("statement", ""), |&(_, cpython, kw)| (cpython, kw))
}

/// The line of the clause header that opens the block missing at `line`: the nearest line
/// above it that starts with `keyword` (after `async`, for `def`/`for`/`with`).
fn header_line(file: &SourceFile, line: usize, keyword: &str) -> usize {
    for l in (1..line).rev() {
        let t = file.line_text(l).trim_start();
        let t = t.strip_prefix("async ").map_or(t, str::trim_start);
        if let Some(rest) = t.strip_prefix(keyword)
            && rest
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_')
        {
            return l;
        }
    }
    line.saturating_sub(1).max(1)
}

/// True when CPython words an invalid assignment target as "cannot assign to X here. Maybe
/// you meant '==' instead of '='?": the target is a whole `a = b` statement's left side and
/// not a tuple, list, `True`, `False` or `None` (its `invalid_named_expression` rule).
fn maybe_comparison(text: &str, span: Span, target: &str) -> bool {
    let before = text[..span.start].rsplit('\n').next().unwrap_or("");
    if !before.trim().trim_end_matches('(').is_empty() {
        return false;
    }
    let after = text[span.end..].trim_start_matches([' ', '\t', ')']);
    let Some(rest) = after.strip_prefix('=') else {
        return false;
    };
    if rest.starts_with('=') {
        return false;
    }
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    if rest.contains(" = ") {
        return false;
    }
    !matches!(
        expr_name(target),
        "tuple"
            | "list"
            | "True"
            | "False"
            | "None"
            | "generator expression"
            | "comparison"
            | "lambda"
            | "conditional expression"
            | "named expression"
            | "starred"
    ) && !is_boolean_op(target)
}

/// True for `a and b`, `a or b`, `not a`: above `bitwise_or` in CPython's grammar.
fn is_boolean_op(source: &str) -> bool {
    match ruff_python_parser::parse_expression(source) {
        Ok(p) => match p.expr() {
            Expr::BoolOp(_) => true,
            Expr::UnaryOp(u) => u.op == ruff_python_ast::UnaryOp::Not,
            _ => false,
        },
        Err(_) => false,
    }
}

/// CPython's name for the kind of expression `source` is (`_PyPegen_get_expr_name`).
pub fn expr_name(source: &str) -> &'static str {
    // A `yield` parses only in parentheses.
    let parsed = ruff_python_parser::parse_expression(source.trim())
        .or_else(|_| ruff_python_parser::parse_expression(&format!("({})", source.trim())));
    let Ok(parsed) = parsed else {
        return "expression";
    };
    match parsed.expr() {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "literal",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expression_names() {
        assert_eq!(expr_name("f()"), "function call");
        assert_eq!(expr_name("1"), "literal");
        assert_eq!(expr_name("a + 1"), "expression");
        assert_eq!(expr_name("yield"), "yield expression");
        assert_eq!(expr_name("None"), "None");
        assert_eq!(expr_name("a < b"), "comparison");
    }

    #[test]
    fn clause_headers() {
        assert_eq!(
            clause_words("function definition"),
            ("function definition", "def")
        );
        assert_eq!(clause_words("`elif` clause"), ("'elif' statement", "elif"));
        let file = SourceFile::new("t.py", "x = 1\nasync def f():\nreturn 1\n");
        assert_eq!(header_line(&file, 3, "def"), 2);
    }

    #[test]
    fn tokenizer_errors_win_over_parser_errors() {
        let file = SourceFile::new("t.py", "x = 1 +\ny = (1, 2]\n");
        let d = parse(&file).expect_err("invalid");
        assert!(d.message.starts_with("closing parenthesis"));
        // An unclosed bracket only replaces errors after its line.
        let file = SourceFile::new("t.py", "def f(:\n  pass\n");
        assert_eq!(parse(&file).expect_err("invalid").message, "invalid syntax");
    }
}
