//! The runtime crate's sources, embedded at build time by `build.rs`, and writing them out.
//!
//! The cache keeps one copy per content hash (`<cache>/runtime/<hash>/`), written once and
//! never modified afterwards: cargo fingerprints path dependencies by file modification time,
//! so leaving the files untouched is what lets every program reuse the compiled runtime.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::cache;
use crate::error::{BuildError, io_context};

include!(concat!(env!("OUT_DIR"), "/embedded_runtime.rs"));

/// The embedded runtime crate.
pub(crate) struct Runtime {
    files: &'static [(&'static str, &'static [u8])],
    hash: String,
}

impl Runtime {
    /// Content hash of the runtime's files and the seed lock file (hex).
    pub(crate) fn hash(&self) -> &str {
        &self.hash
    }
}

/// The runtime embedded in this binary (its hash is computed on first use).
pub(crate) fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        let mut h = cache::ContentHasher::new("rusputyn-runtime");
        for (path, bytes) in RUNTIME_FILES {
            h.field(path.as_bytes());
            h.field(bytes);
        }
        h.field(LOCK_FILE.unwrap_or(b"no lock file"));
        Runtime {
            files: RUNTIME_FILES,
            hash: h.finish(),
        }
    })
}

/// Makes sure `<cache>/runtime/<hash>/` holds the runtime and returns that directory.
///
/// The copy is written into a fresh temporary directory and renamed into place, so a
/// concurrent `rusputyn` never sees a half-written runtime, and an existing copy is never
/// touched again.
pub(crate) fn materialise(cache_dir: &Path) -> Result<PathBuf, BuildError> {
    let rt = runtime();
    let parent = cache_dir.join("runtime");
    let dir = parent.join(rt.hash());
    if dir.join("Cargo.toml").is_file() {
        return Ok(dir);
    }
    std::fs::create_dir_all(&parent).map_err(|e| io_context(e, "cannot create", &parent))?;
    let tmp = parent.join(format!(
        ".tmp-{}-{}",
        std::process::id(),
        cache::unique_suffix()
    ));
    write_runtime(&tmp, rt)?;
    match std::fs::rename(&tmp, &dir) {
        Ok(()) => Ok(dir),
        // Another process won the race; its copy is identical.
        Err(_) if dir.join("Cargo.toml").is_file() => {
            let _ = std::fs::remove_dir_all(&tmp);
            Ok(dir)
        }
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            Err(io_context(e, "cannot move the runtime into", &dir))
        }
    }
}

/// Writes the runtime's files under `dir` (creating it), leaving files that already hold the
/// right contents untouched.
pub(crate) fn write_runtime(dir: &Path, rt: &Runtime) -> Result<(), BuildError> {
    for (rel, bytes) in rt.files {
        cache::write_if_changed(&dir.join(rel), bytes)?;
    }
    Ok(())
}
