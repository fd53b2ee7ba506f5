//! The diagnostics suite: `tests/diagnostics/<name>.py` are programs the compiler must reject,
//! `<name>.expected` what it must say (the rendered diagnostics, as `rusputyn check` prints
//! them). For Python syntax errors the expectation is CPython's own stderr, blessed by
//! `scripts/bless-corpus.py`, and only its last line (`SyntaxError: ...`) must match. For
//! programs CPython accepts (constructs Rusputyn does not support) there is no oracle; their
//! expectation is our own output, reviewed and blessed with `--bless-diagnostics`.

use crate::discover::python_files;
use rusputyn_codegen::{check_program, generate_program};
use rusputyn_frontend::diagnostic::render_report;
use rusputyn_frontend::{FileDiagnostics, SourceFile};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What running the diagnostics suite found.
#[derive(Debug, Default)]
pub struct Report {
    /// Cases whose output matched.
    pub passed: usize,
    /// `FAIL <path>: <reason>` lines.
    pub failures: Vec<String>,
    /// Expectation files written by `--bless-diagnostics`.
    pub blessed: Vec<String>,
}

/// What the compiler prints for `path`: the rendered diagnostics of every file of the
/// program, frontend first, then codegen. Empty when the compiler accepts the program. The
/// entry file is shown by its name alone, which is what the blessed CPython output shows too.
pub fn compiler_output(path: &Path) -> Result<String, String> {
    let file = SourceFile::load(path).map_err(|e| e.to_string())?;
    let shown = file.display_name();
    let shown = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(shown);
    // Imports resolve against the program's real directory; only the name shown changes.
    let report = |files: &[FileDiagnostics]| {
        let mut files = files.to_vec();
        for f in &mut files {
            if f.file.path == path {
                f.file.path = PathBuf::from(&shown);
            }
        }
        render_report(&shown, &files).text
    };
    match check_program(file) {
        Err(files) => Ok(report(&files)),
        Ok(program) => match generate_program(&program) {
            Err(files) => Ok(report(&files)),
            Ok(_) => Ok(String::new()),
        },
    }
}

/// True when CPython compiles the file (so its expectation is ours to bless). `None` when
/// no `python3` could be run.
fn cpython_accepts(path: &Path) -> Option<bool> {
    let status = Command::new("python3")
        .arg("-c")
        .arg("import sys; compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')")
        .arg(path)
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    Some(status.success())
}

fn is_python_error_line(line: &str) -> bool {
    ["SyntaxError:", "IndentationError:", "TabError:"]
        .iter()
        .any(|p| line.starts_with(p))
}

fn last_nonempty_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

fn first_difference(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            return format!(
                "line {}: expected {:?}, got {:?}",
                i + 1,
                a.unwrap_or("<end>"),
                b.unwrap_or("<end>")
            );
        }
    }
    "output differs in line endings".to_string()
}

/// Compares one case; `None` means it passed.
fn judge(expected: &str, got: &str) -> Option<String> {
    if got.is_empty() {
        return Some("the compiler accepted a program it must reject".to_string());
    }
    let want = last_nonempty_line(expected);
    if is_python_error_line(want) {
        let have = last_nonempty_line(got);
        return (want != have).then(|| format!("expected {want:?}, got {have:?}"));
    }
    (expected != got).then(|| first_difference(expected, got))
}

/// Runs (and with `bless`, first blesses) every diagnostics case whose path contains `filter`.
pub fn run(root: &Path, filter: Option<&str>, bless: bool) -> Report {
    let dir = root.join("tests").join("diagnostics");
    let mut report = Report::default();
    for path in python_files(&dir) {
        let display = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if filter.is_some_and(|f| !display.contains(f)) {
            continue;
        }
        let got = match compiler_output(&path) {
            Ok(g) => g,
            Err(e) => {
                report.failures.push(format!("FAIL {display}: {e}"));
                continue;
            }
        };
        let expected_path = path.with_extension("expected");
        // An empty output means the compiler accepted the program: that is the failure this
        // suite exists to catch, never an expectation worth writing.
        if bless && !got.is_empty() && cpython_accepts(&path) == Some(true) {
            let old = std::fs::read_to_string(&expected_path).ok();
            if old.as_deref() != Some(got.as_str()) {
                match std::fs::write(&expected_path, &got) {
                    Ok(()) => report.blessed.push(display.clone()),
                    Err(e) => report
                        .failures
                        .push(format!("FAIL {display}: cannot write expectation: {e}")),
                }
            }
        }
        let Ok(expected) = std::fs::read_to_string(&expected_path) else {
            report.failures.push(format!(
                "FAIL {display}: no .expected (syntax errors: scripts/bless-corpus.py; others: --bless-diagnostics)"
            ));
            continue;
        };
        match judge(&expected, &got) {
            None => report.passed += 1,
            Some(reason) => report.failures.push(format!("FAIL {display}: {reason}")),
        }
    }
    report
}
