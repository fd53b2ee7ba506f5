//! Why a build failed.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why [`build`](crate::build) or [`write_project`](crate::write_project) failed.
#[derive(Debug)]
pub enum BuildError {
    /// Reading or writing the cache or the project failed (the message names the path).
    Io(std::io::Error),
    /// `cargo` could not be started: no Rust toolchain on `PATH`.
    CargoNotFound(std::io::Error),
    /// The Rust target is not installed (`rustup target add <triple>` fixes it).
    TargetNotInstalled {
        /// The missing target triple.
        triple: &'static str,
    },
    /// cargo or rustc rejected the generated crate: a compiler bug.
    Cargo {
        /// The generated project, kept for inspection.
        crate_dir: PathBuf,
        /// Everything cargo wrote to stderr (also saved as `cargo-stderr.log` in `crate_dir`).
        stderr: String,
    },
    /// cargo succeeded but the executable is not where it should be: a Rusputyn bug.
    MissingOutput {
        /// The generated project.
        crate_dir: PathBuf,
        /// Where the executable was expected.
        expected: PathBuf,
    },
    /// `RUSPUTYN_OPT_LEVEL` holds something that is not a cargo `opt-level`.
    InvalidOptLevel(String),
    /// The generated crate itself is unusable (no `src/main.rs`, a path escaping the crate, ...):
    /// a compiler bug.
    BadGeneratedCrate(String),
}

impl BuildError {
    /// True when the failure is Rusputyn's fault rather than the machine's: the CLI reports it
    /// as an internal compiler error (exit status 101).
    pub fn is_internal(&self) -> bool {
        matches!(
            self,
            BuildError::Cargo { .. }
                | BuildError::MissingOutput { .. }
                | BuildError::BadGeneratedCrate(_)
        )
    }
}

/// How many lines of cargo's output the error message shows.
const TAIL_LINES: usize = 12;

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Io(e) => write!(f, "{e}"),
            BuildError::CargoNotFound(e) => write!(
                f,
                "cannot run `cargo` ({e}); Rusputyn needs a Rust toolchain on PATH (see https://rustup.rs)"
            ),
            BuildError::TargetNotInstalled { triple } => {
                write!(
                    f,
                    "the Rust target `{triple}` is not installed; install it with `rustup target add {triple}`"
                )
            }
            BuildError::Cargo { crate_dir, stderr } => {
                write!(
                    f,
                    "internal compiler error: the generated Rust failed to compile; generated crate at {}",
                    crate_dir.display()
                )?;
                let excerpt = stderr_excerpt(stderr);
                if !excerpt.is_empty() {
                    write!(f, "\n{excerpt}")?;
                }
                Ok(())
            }
            BuildError::MissingOutput {
                crate_dir,
                expected,
            } => write!(
                f,
                "internal compiler error: cargo reported success but {} does not exist; generated crate at {}",
                expected.display(),
                crate_dir.display()
            ),
            BuildError::InvalidOptLevel(v) => write!(
                f,
                "RUSPUTYN_OPT_LEVEL={v:?} is not an optimisation level (use 0, 1, 2, 3, s or z)"
            ),
            BuildError::BadGeneratedCrate(why) => write!(f, "internal compiler error: {why}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Io(e) | BuildError::CargoNotFound(e) => Some(e),
            _ => None,
        }
    }
}

/// The part of cargo's stderr worth showing: from the first `error` line, at most
/// [`TAIL_LINES`] lines, indented; or the last lines when there is no such line.
fn stderr_excerpt(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("error"))
        .unwrap_or(lines.len().saturating_sub(TAIL_LINES));
    let shown = &lines[start..lines.len().min(start + TAIL_LINES)];
    let mut out: Vec<String> = shown.iter().map(|l| format!("  | {l}")).collect();
    if start + TAIL_LINES < lines.len() {
        out.push(format!(
            "  | ... ({} more lines in cargo-stderr.log)",
            lines.len() - start - TAIL_LINES
        ));
    }
    out.join("\n")
}

/// Wraps an I/O error with what was being done and to which path.
pub(crate) fn io_context(e: std::io::Error, what: &str, path: &Path) -> BuildError {
    BuildError::Io(std::io::Error::new(
        e.kind(),
        format!("{what} {}: {e}", path.display()),
    ))
}
