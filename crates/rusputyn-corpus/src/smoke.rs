//! The smoke test of the user-facing path: a few corpus programs run through the `rusputyn`
//! CLI (`rusputyn run <name>.py`) twice — the first run compiles (cold, unless an earlier
//! session already cached that program), the second must come from the build cache — and
//! both must match CPython exactly like the batch did.

use crate::compare::compare;
use crate::discover::Program;
use crate::run::run_process;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// A cold run compiles the runtime and the program; give it time.
const COLD_TIMEOUT: Duration = Duration::from_secs(900);

/// The `rusputyn` binary: `$RUSPUTYN_BIN`, or the workspace's debug build (built now).
fn cli_binary(root: &Path) -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("RUSPUTYN_BIN") {
        return Ok(PathBuf::from(bin));
    }
    let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["build", "--quiet", "-p", "rusputyn"])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("`cargo build -p rusputyn` failed".to_string());
    }
    Ok(root
        .join("target")
        .join("debug")
        .join(format!("rusputyn{}", std::env::consts::EXE_SUFFIX)))
}

/// Runs up to `k` programs (spread evenly over the corpus) through the CLI. Returns the
/// number of runs that matched and the `FAIL` lines of those that did not.
pub fn run(root: &Path, programs: &[Program], k: usize, timeout: Duration) -> (usize, Vec<String>) {
    let candidates: Vec<&Program> = programs.iter().filter(|p| p.expected.is_ok()).collect();
    if k == 0 || candidates.is_empty() {
        return (0, Vec::new());
    }
    let bin = match cli_binary(root) {
        Ok(b) => b,
        Err(e) => return (0, vec![format!("FAIL smoke: {e}")]),
    };
    let step = (candidates.len() / k.min(candidates.len())).max(1);
    let mut passed = 0;
    let mut failures = Vec::new();
    for p in candidates.iter().step_by(step).take(k) {
        let Ok(expected) = &p.expected else { continue };
        for (label, limit) in [("cold", COLD_TIMEOUT), ("cached", timeout)] {
            let args = vec!["run".to_string(), p.file_name()];
            let outcome = run_process(
                &bin,
                &args,
                p.dir(),
                &[("PYTHONHASHSEED", "0")],
                &p.stdin,
                limit,
            );
            let reason = match outcome {
                Ok(o) => compare(expected, &o, limit.as_secs()),
                Err(e) => Some(format!("cannot start {}: {e}", bin.display())),
            };
            match reason {
                None => passed += 1,
                Some(r) => failures.push(format!("FAIL {} (smoke, {label}): {r}", p.display)),
            }
        }
    }
    (passed, failures)
}
