//! The one diagnostic type of the compiler, and its rustc-style rendering.
//!
//! Every diagnostic has a stable kebab-case code (`unsupported-syntax`, ...), a terse message
//! without a trailing period, a primary label pointing into the source and an optional `help`.
//! Syntax errors are the exception to the rustc look: users know Python's, so they are
//! rendered exactly like CPython renders a `SyntaxError`.

use crate::source::SourceFile;
use std::fmt::Write;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Compilation cannot continue.
    Error,
    /// Worth telling, compilation continues.
    Warning,
}

/// A byte range in the source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A problem found in the user's program, tied to a place in it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Stable kebab-case identifier, e.g. `syntax-error`, `unsupported-syntax`.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// One line, no trailing period.
    pub message: String,
    /// Where in the source.
    pub span: Span,
    /// What the label under the snippet says.
    pub label: String,
    /// What the user can do about it.
    pub help: Option<String>,
}

/// Code of a Python syntax error, rendered like CPython's.
pub const SYNTAX_ERROR: &str = "syntax-error";
/// Code of a Python `IndentationError` (a kind of syntax error), rendered like CPython's.
pub const INDENTATION_ERROR: &str = "indentation-error";
/// Code of a Python `TabError` (a kind of `IndentationError`), rendered like CPython's.
pub const TAB_ERROR: &str = "tab-error";
/// Code of a construct the compiler does not support yet.
pub const UNSUPPORTED: &str = "unsupported-syntax";

impl Diagnostic {
    /// A new error diagnostic.
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            span,
            label: String::new(),
            help: None,
        }
    }

    /// Sets the label under the snippet.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }

    /// Sets the help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// True for a Python syntax error, `IndentationError` and `TabError` included (CPython
    /// exits 1 for those; other errors exit 2).
    pub fn is_syntax_error(&self) -> bool {
        self.python_class().is_some()
    }

    /// The Python exception class a syntax error is reported as; `None` for our own
    /// diagnostics.
    pub fn python_class(&self) -> Option<&'static str> {
        match self.code {
            SYNTAX_ERROR => Some("SyntaxError"),
            INDENTATION_ERROR => Some("IndentationError"),
            TAB_ERROR => Some("TabError"),
            _ => None,
        }
    }

    /// Renders for a terminal. Syntax errors look like CPython's; everything else like rustc's.
    pub fn render(&self, file: &SourceFile) -> String {
        if self.is_syntax_error() {
            return self.render_python_syntax_error(file);
        }
        let (line, col) = file.line_col(self.span.start);
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = String::new();
        let _ = writeln!(out, "{kind}[{}]: {}", self.code, self.message);
        let gutter = line.to_string().len();
        let pad = " ".repeat(gutter);
        let _ = writeln!(out, "{pad}--> {}:{line}:{col}", file.display_name());
        let _ = writeln!(out, "{pad} |");
        let text = file.line_text(line);
        let _ = writeln!(out, "{line} | {text}");
        let (end_line, end_col) = file.line_col(self.span.end.max(self.span.start + 1));
        let width = if end_line == line {
            end_col.saturating_sub(col).max(1)
        } else {
            text.chars().count().saturating_sub(col - 1).max(1)
        };
        let _ = writeln!(
            out,
            "{pad} | {}{} {}",
            " ".repeat(col - 1),
            "^".repeat(width),
            self.label
        );
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{pad} = help: {help}");
        }
        out
    }

    fn render_python_syntax_error(&self, file: &SourceFile) -> String {
        let (line, col) = file.line_col(self.span.start);
        let text = file.line_text(line);
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let class = self.python_class().unwrap_or("SyntaxError");
        let mut out = format!(
            "  File \"{}\", line {line}\n    {}\n",
            file.display_name(),
            trimmed.trim_end(),
        );
        // CPython shows no caret under a `TabError` or an unexpected indent: the offset it
        // has is the indentation itself.
        let caret = class != "TabError" && self.message != "unexpected indent";
        if caret {
            let caret_col = col.saturating_sub(indent).max(1);
            let (end_line, end_col) = file.line_col(self.span.end);
            let width = if end_line == line && end_col > col {
                end_col - col
            } else {
                1
            };
            let _ = writeln!(
                out,
                "    {}{}",
                " ".repeat(caret_col - 1),
                "^".repeat(width)
            );
        }
        let _ = writeln!(out, "{class}: {}", self.message);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_python_classes() {
        let file = SourceFile::new("t.py", "if x:\n\ta\n        b\n");
        let d = Diagnostic::error(
            TAB_ERROR,
            "inconsistent use of tabs and spaces in indentation",
            Span { start: 12, end: 13 },
        );
        assert!(d.is_syntax_error());
        assert_eq!(
            d.render(&file),
            "  File \"t.py\", line 3\n    b\nTabError: inconsistent use of tabs and spaces in indentation\n"
        );
        let file = SourceFile::new("t.py", "def f():\nreturn 1\n");
        let d = Diagnostic::error(INDENTATION_ERROR, "expected", Span { start: 9, end: 10 });
        assert_eq!(
            d.render(&file),
            "  File \"t.py\", line 2\n    return 1\n    ^\nIndentationError: expected\n"
        );
        assert!(!Diagnostic::error(UNSUPPORTED, "x", Span { start: 0, end: 0 }).is_syntax_error());
    }
}

/// The rendered diagnostics of a program, as `rusputyn check` writes them to stderr.
#[derive(Debug, Clone)]
pub struct RenderedReport {
    /// The text.
    pub text: String,
    /// True when it is a Python syntax error (shown alone, as CPython shows only the first).
    pub syntax_error: bool,
}

/// Renders the diagnostics of a program whose entry file is shown as `entry`: the first
/// syntax error alone, exactly as CPython prints it; otherwise every diagnostic followed by
/// a blank line, then a summary line naming the entry file.
pub fn render_report(entry: &str, files: &[crate::program::FileDiagnostics]) -> RenderedReport {
    for f in files {
        if let Some(syntax) = f.diagnostics.iter().find(|d| d.is_syntax_error()) {
            return RenderedReport {
                text: syntax.render(&f.file),
                syntax_error: true,
            };
        }
    }
    let mut text = String::new();
    let mut n = 0;
    for f in files {
        for d in &f.diagnostics {
            text.push_str(&d.render(&f.file));
            text.push('\n');
            n += 1;
        }
    }
    let plural = if n == 1 { "" } else { "s" };
    text.push_str(&format!(
        "error: could not compile `{entry}` due to {n} previous error{plural}\n"
    ));
    RenderedReport {
        text,
        syntax_error: false,
    }
}
