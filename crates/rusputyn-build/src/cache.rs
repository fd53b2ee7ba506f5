//! Content hashing and crash-safe file writes for the build cache.

use std::hash::Hasher;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{BuildError, io_context};
use crate::{GeneratedCrate, Profile, Target};

/// A 128-bit content hash rendered as 32 hex digits.
///
/// Two SipHash states (std's `DefaultHasher`, fixed keys) fed with different domain prefixes.
/// The hash only names cache entries produced by this same binary, so std changing its
/// algorithm between Rust releases merely invalidates the cache; it needs to be stable within
/// one build of Rusputyn and collision-free in practice, not cryptographic.
pub(crate) struct ContentHasher {
    a: std::collections::hash_map::DefaultHasher,
    b: std::collections::hash_map::DefaultHasher,
}

impl ContentHasher {
    /// A hasher for one kind of thing (`domain` keeps different kinds apart).
    pub(crate) fn new(domain: &str) -> Self {
        let mut h = ContentHasher {
            a: Default::default(),
            b: Default::default(),
        };
        h.a.write_u8(0xa5);
        h.b.write_u8(0x5a);
        h.field(domain.as_bytes());
        h
    }

    /// Adds one length-delimited field (so `("ab", "c")` and `("a", "bc")` differ).
    pub(crate) fn field(&mut self, bytes: &[u8]) {
        for h in [&mut self.a, &mut self.b] {
            h.write_u64(bytes.len() as u64);
            h.write(bytes);
        }
    }

    /// The hash as 32 lowercase hex digits.
    pub(crate) fn finish(&self) -> String {
        format!("{:016x}{:016x}", self.a.finish(), self.b.finish())
    }
}

/// The cache key of a program: everything that decides its executable.
pub(crate) fn program_key(
    generated: &GeneratedCrate,
    runtime_hash: &str,
    target: Target,
    profile: Profile,
    program_opt: &str,
) -> String {
    let mut h = ContentHasher::new("rusputyn-program");
    h.field(env!("CARGO_PKG_VERSION").as_bytes());
    h.field(runtime_hash.as_bytes());
    h.field(format!("{target:?}/{profile:?}").as_bytes());
    // The manifest and cargo configuration templates, so that changing them (without a
    // version bump) does not reuse executables built with the old ones.
    for (rel, contents) in crate::manifest::template_files(program_opt) {
        h.field(rel.as_bytes());
        h.field(contents.as_bytes());
    }
    let mut files: Vec<&(String, String)> = generated.files.iter().collect();
    files.sort();
    for (rel, contents) in files {
        h.field(rel.as_bytes());
        h.field(contents.as_bytes());
    }
    h.finish()
}

/// A suffix that differs between calls and processes, for temporary file names.
pub(crate) fn unique_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{}-{nanos}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Writes `bytes` to `path` unless it already holds exactly them, creating parent directories.
///
/// Leaving identical files alone keeps their modification time, which is what cargo's
/// fingerprints look at: rewriting an unchanged file would force a rebuild.
pub(crate) fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    write_atomic(path, bytes)
}

/// Writes `bytes` to `path` through a temporary file and a rename, so readers (a concurrent
/// cargo, another `rusputyn`) see either the old file or the whole new one.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io_context(e, "cannot create", dir))?;
    let tmp = dir.join(format!(".tmp-{}", unique_suffix()));
    std::fs::write(&tmp, bytes).map_err(|e| io_context(e, "cannot write", &tmp))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_context(e, "cannot write", path)
    })
}

/// Copies `from` to `to` through a temporary file and a rename (keeping the permission bits,
/// so an executable stays executable).
pub(crate) fn copy_atomic(from: &Path, to: &Path) -> Result<(), BuildError> {
    let dir = to.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io_context(e, "cannot create", dir))?;
    let tmp = dir.join(format!(".tmp-{}", unique_suffix()));
    std::fs::copy(from, &tmp).map_err(|e| io_context(e, "cannot copy", from))?;
    std::fs::rename(&tmp, to).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_context(e, "cannot write", to)
    })
}
