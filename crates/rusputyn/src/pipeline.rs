//! The compile pipeline shared by every command: load the file, check it, generate Rust, and
//! report what went wrong on stderr with the right exit status.

use std::path::Path;

use rusputyn_build::{BuildError, GeneratedCrate};
use rusputyn_frontend::diagnostic::render_report;
use rusputyn_frontend::{FileDiagnostics, LoadError, SourceFile};

use crate::ice::ICE_STATUS;

/// Exit status for a Python syntax error (CPython's).
pub const SYNTAX_ERROR_STATUS: u8 = 1;
/// Exit status for any other problem with the input: a missing or unreadable file, an
/// unsupported construct (CPython uses 2 for a file it cannot open).
pub const INPUT_ERROR_STATUS: u8 = 2;
/// Exit status when the machine cannot build (no cargo, a missing Rust target, I/O errors).
pub const ENVIRONMENT_ERROR_STATUS: u8 = 1;

/// Reads the Python file, reporting a load failure (exit status 2).
pub fn load(path: &Path) -> Result<SourceFile, u8> {
    SourceFile::load(path).map_err(|e: LoadError| {
        // Shaped like CPython's "python3: can't open file '…': [Errno 2] …".
        eprintln!("rusputyn: {e}");
        INPUT_ERROR_STATUS
    })
}

/// True for a file with nothing but whitespace in it, which `run` skips with a note.
pub fn is_empty(file: &SourceFile) -> bool {
    file.text.trim().is_empty()
}

/// Prints the note for an empty file.
pub fn note_empty(path: &Path) {
    eprintln!("note: {} is empty", path.display());
}

/// Checks and lowers `file` and every module it imports to Rust, rendering every
/// diagnostic to stderr on failure.
pub fn lower(file: SourceFile) -> Result<GeneratedCrate, u8> {
    let entry = file.display_name();
    let program =
        rusputyn_codegen::check_program(file).map_err(|d| report_diagnostics(&entry, &d))?;
    rusputyn_codegen::generate_program(&program).map_err(|d| report_diagnostics(&entry, &d))
}

/// Renders diagnostics to stderr and returns the exit status they call for.
///
/// A syntax error is shown exactly as CPython shows it (its last line is the
/// `SyntaxError: …` line, as with `python3`), and exits 1; other errors are followed by a
/// summary line and exit 2.
fn report_diagnostics(entry: &str, files: &[FileDiagnostics]) -> u8 {
    let report = render_report(entry, files);
    eprint!("{}", report.text);
    if report.syntax_error {
        SYNTAX_ERROR_STATUS
    } else {
        INPUT_ERROR_STATUS
    }
}

/// Reports a build failure and returns its exit status.
pub fn report_build_error(e: &BuildError) -> u8 {
    if e.is_internal() {
        // The message starts with "internal compiler error:" already.
        eprintln!("{e}");
        eprintln!(
            "note: this is a bug in Rusputyn; please report it with the Python file that triggered it"
        );
        ICE_STATUS
    } else {
        eprintln!("rusputyn: error: {e}");
        ENVIRONMENT_ERROR_STATUS
    }
}

/// The executable's base name for a Python file: its stem (`app` for `src/app.py`).
pub fn program_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "main".into())
}

/// True when `RUSPUTYN_VERBOSE` asks for notes about the cache and the build.
pub fn verbose() -> bool {
    std::env::var_os("RUSPUTYN_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0")
}
