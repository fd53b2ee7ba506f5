//! Finding the corpus: every `tests/programs/<group>/<name>.py`, the expectations CPython left
//! beside it (`<name>.stdout`, `<name>.status`, optional `<name>.stdin`), and the ledger of
//! known failures (`tests/programs/known-failures.txt`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// What CPython did with a program, as recorded by `scripts/bless-corpus.py`.
#[derive(Debug, Clone)]
pub struct Expected {
    /// The exact bytes written to stdout.
    pub stdout: Vec<u8>,
    /// The exit code.
    pub code: i32,
    /// The last line of stderr, or `None` when stderr was empty.
    pub last_stderr: Option<String>,
}

/// One program of the corpus.
#[derive(Debug, Clone)]
pub struct Program {
    /// Path relative to the repository root, with `/` separators (`tests/programs/ints/x.py`);
    /// this is how failures and the ledger name the program.
    pub display: String,
    /// Absolute path of the `.py` file.
    pub path: PathBuf,
    /// Identifier inside the batch binary: the path below `tests/programs` with every
    /// character that is not ASCII alphanumeric turned into `_`, and `/` into `__`.
    pub id: String,
    /// Bytes to feed on stdin (the `.stdin` file, or nothing).
    pub stdin: Vec<u8>,
    /// The recorded CPython behaviour, or why it could not be read.
    pub expected: Result<Expected, String>,
}

impl Program {
    /// The program's file name, which is what CPython puts in `sys.argv[0]`.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The directory the program runs in.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// Turns a path below `tests/programs` into a batch id (`ints/big-ones.py` → `ints__big_ones`).
pub fn program_id(rel: &str) -> String {
    let stem = rel.strip_suffix(".py").unwrap_or(rel);
    let mut id = String::with_capacity(stem.len() + 4);
    for part in stem.split('/') {
        if !id.is_empty() {
            id.push_str("__");
        }
        id.extend(
            part.chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }),
        );
    }
    // Ids become Rust identifiers in the generated crate; they must not start with a digit.
    if id.starts_with(|c: char| c.is_ascii_digit()) {
        id.insert(0, 'p');
    }
    id
}

/// Every `.py` file below `dir`, sorted, recursing into subdirectories. Hidden entries are
/// skipped, and so are files and directories whose name starts with `_`: those are modules
/// and packages the programs beside them import, not programs.
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || name.starts_with('_') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Splits bytes into lines the way Python's `bytes.splitlines()` does (`\n`, `\r\n` and `\r`
/// end a line; a trailing terminator does not start an empty line). The blessing script uses
/// that function, so the harness must cut lines identically.
pub fn splitlines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(&bytes[start..i]);
                start = i + 1;
            }
            b'\r' => {
                lines.push(&bytes[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(&bytes[start..]);
    }
    lines
}

/// The last line of a stderr capture, as `.status` records it.
pub fn last_line(stderr: &[u8]) -> Option<String> {
    splitlines(stderr)
        .last()
        .map(|l| String::from_utf8_lossy(l).into_owned())
}

fn read_expected(py: &Path) -> Result<Expected, String> {
    let stdout = fs::read(py.with_extension("stdout"))
        .map_err(|_| "no expected output (.stdout); run scripts/bless-corpus.py".to_string())?;
    let status = fs::read_to_string(py.with_extension("status"))
        .map_err(|_| "no expected status (.status); run scripts/bless-corpus.py".to_string())?;
    // "<code>\n" or "<code>\n<last stderr line>\n".
    let parts: Vec<&str> = status.split('\n').collect();
    let code = parts
        .first()
        .and_then(|c| c.trim().parse::<i32>().ok())
        .ok_or_else(|| "malformed .status file (first line must be the exit code)".to_string())?;
    let last_stderr = if parts.len() >= 3 {
        Some(parts[1].to_string())
    } else {
        None
    };
    Ok(Expected {
        stdout,
        code,
        last_stderr,
    })
}

/// Discovers the programs below `programs_dir` whose display path contains `filter`.
pub fn discover(root: &Path, programs_dir: &Path, filter: Option<&str>) -> Vec<Program> {
    let mut out = Vec::new();
    for path in python_files(programs_dir) {
        let rel = path
            .strip_prefix(programs_dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let display = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if filter.is_some_and(|f| !display.contains(f)) {
            continue;
        }
        let stdin = fs::read(path.with_extension("stdin")).unwrap_or_default();
        let expected = read_expected(&path);
        out.push(Program {
            display,
            id: program_id(&rel),
            path,
            stdin,
            expected,
        });
    }
    out
}

/// The known-failures ledger: display path → reason. Lines are `<path>: <reason>`, with the
/// path relative to the corpus directory `corpus` (itself relative to the repository root,
/// e.g. `tests/programs`) or to the repository root; `#` starts a comment line.
pub fn read_ledger(path: &Path, corpus: &str) -> BTreeMap<String, String> {
    let prefix = format!("{}/", corpus.trim_end_matches('/'));
    let mut ledger = BTreeMap::new();
    let Ok(text) = fs::read_to_string(path) else {
        return ledger;
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (p, reason) = match line.split_once(": ") {
            Some((p, r)) => (p.trim(), r.trim()),
            None => (line.trim_end_matches(':'), ""),
        };
        let p = if p.starts_with(&prefix) {
            p.to_string()
        } else {
            format!("{prefix}{p}")
        };
        ledger.insert(p, reason.to_string());
    }
    ledger
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_identifiers() {
        assert_eq!(program_id("ints/bigint_edges.py"), "ints__bigint_edges");
        assert_eq!(program_id("misc/a-b.c.py"), "misc__a_b_c");
        assert_eq!(program_id("3d/x.py"), "p3d__x");
    }

    #[test]
    fn splitlines_matches_python() {
        // Python: b"a\nb\r\nc\rd\n".splitlines() == [b"a", b"b", b"c", b"d"]
        assert_eq!(
            splitlines(b"a\nb\r\nc\rd\n"),
            vec![&b"a"[..], b"b", b"c", b"d"]
        );
        // Python: b"x\n\n".splitlines() == [b"x", b""]
        assert_eq!(splitlines(b"x\n\n"), vec![&b"x"[..], b""]);
        assert!(splitlines(b"").is_empty());
        assert_eq!(
            last_line(b"Traceback\nKeyError: 'k'\n").as_deref(),
            Some("KeyError: 'k'")
        );
        assert_eq!(last_line(b""), None);
    }
}
