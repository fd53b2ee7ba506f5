//! Running `cargo build` on a generated project, quietly.
//!
//! cargo's own output never reaches the user directly: stderr is captured, saved next to the
//! project as `cargo-stderr.log` when the build fails, and summarised in the error.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::{BuildError, io_context};
use crate::progress::Spinner;
use crate::{Profile, Target};

/// One `cargo build`.
pub(crate) struct Invocation<'a> {
    /// The project (cargo runs there, so its `.cargo/config.toml` applies).
    pub crate_dir: &'a Path,
    /// The shared target directory.
    pub target_dir: &'a Path,
    /// Native or WASI.
    pub target: Target,
    /// Release or debug.
    pub profile: Profile,
    /// The spinner's label, when a spinner should be shown.
    pub progress: Option<&'a str>,
}

/// The cargo to run: the one that is running us when there is one (`cargo run`, `cargo
/// test`), so the same toolchain builds the program; otherwise `cargo` from `PATH`.
fn cargo_program() -> std::ffi::OsString {
    std::env::var_os("CARGO")
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "cargo".into())
}

/// Runs the build. Returns `Ok(true)` on success; a failure of cargo is an error carrying
/// its output.
pub(crate) fn cargo_build(inv: &Invocation<'_>) -> Result<bool, BuildError> {
    let mut cmd = Command::new(cargo_program());
    cmd.arg("build")
        .arg("--quiet")
        .arg("--manifest-path")
        .arg(inv.crate_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(inv.target_dir)
        .current_dir(inv.crate_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if inv.profile == Profile::Release {
        cmd.arg("--release");
    }
    if let Some(triple) = inv.target.triple() {
        cmd.arg("--target").arg(triple);
    }
    let spinner = inv.progress.map(Spinner::start);
    let output = cmd.output();
    drop(spinner);
    let output = output.map_err(BuildError::CargoNotFound)?;
    if output.status.success() {
        return Ok(true);
    }
    let mut stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if stderr.trim().is_empty() {
        stderr = format!("cargo exited with {}", output.status);
    }
    if let Some(triple) = inv.target.triple()
        && (stderr.contains("may not be installed")
            || stderr.contains("can't find crate for `std`"))
    {
        return Err(BuildError::TargetNotInstalled { triple });
    }
    let log = inv.crate_dir.join("cargo-stderr.log");
    std::fs::write(&log, &stderr).map_err(|e| io_context(e, "cannot write", &log))?;
    Err(BuildError::Cargo {
        crate_dir: inv.crate_dir.to_path_buf(),
        stderr,
    })
}
