//! The frontend against CPython: every syntax-error case of `tests/diagnostics` must end
//! with CPython's blessed last line, and every program CPython runs (the program corpora
//! under `tests/`) must pass the frontend without a syntax error.

use rusputyn_frontend::{SourceFile, check};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
    out.sort();
}

/// What the frontend prints for `path`: its first syntax error, rendered; empty if none.
fn first_syntax_error(path: &Path) -> String {
    let mut file = SourceFile::load(path).expect("readable test file");
    file.path = PathBuf::from(path.file_name().expect("file name"));
    let shown = file.clone();
    match check(file, "__main__") {
        Ok(_) => String::new(),
        Err(diags) => diags
            .iter()
            .find(|d| d.is_syntax_error())
            .map(|d| d.render(&shown))
            .unwrap_or_default(),
    }
}

fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

#[test]
fn syntax_errors_match_cpython() {
    let mut files = Vec::new();
    python_files(&repo().join("tests/diagnostics"), &mut files);
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in files {
        let Ok(expected) = std::fs::read_to_string(path.with_extension("expected")) else {
            continue;
        };
        let want = last_line(&expected);
        if !["SyntaxError:", "IndentationError:", "TabError:"]
            .iter()
            .any(|p| want.starts_with(p))
        {
            continue;
        }
        checked += 1;
        let got = first_syntax_error(&path);
        if last_line(&got) != want {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- got\n{got}",
                path.display()
            ));
        }
    }
    assert!(checked > 0, "no syntax-error cases found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn valid_programs_have_no_syntax_errors() {
    let mut files = Vec::new();
    for dir in ["tests/programs", "tests/apps", "tests/object-model"] {
        python_files(&repo().join(dir), &mut files);
    }
    let mut failures = Vec::new();
    for path in &files {
        let got = first_syntax_error(path);
        if !got.is_empty() {
            failures.push(format!("{}:\n{got}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
