//! Embeds the runtime crate's sources into this library so that an installed `rusputyn`
//! works from any directory, with no checkout nearby.
//!
//! Generates `$OUT_DIR/embedded_runtime.rs` holding a table of `(relative path, bytes)` pairs
//! for `crates/rusputyn-runtime` (its `Cargo.toml`, `build.rs` if any, and everything under
//! `src/`), plus the workspace's `Cargo.lock`, which seeds the lock file of every generated
//! program so that it resolves the same dependency versions as the workspace without asking
//! the registry.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let runtime_dir = manifest_dir.join("..").join("rusputyn-runtime");
    let lock_file = manifest_dir.join("..").join("..").join("Cargo.lock");

    let mut files = Vec::new();
    for top in ["Cargo.toml", "build.rs"] {
        let path = runtime_dir.join(top);
        if path.is_file() {
            files.push((top.to_string(), path));
        }
    }
    collect(&runtime_dir.join("src"), "src", &mut files);
    files.sort();
    assert!(
        files.iter().any(|(rel, _)| rel == "Cargo.toml")
            && files.iter().any(|(rel, _)| rel == "src/lib.rs"),
        "rusputyn-build: the runtime crate was not found at {}",
        runtime_dir.display()
    );

    let mut out = String::new();
    out.push_str(
        "/// The runtime crate's files: `(path relative to the crate root, contents)`, sorted.\n",
    );
    out.push_str("pub(crate) static RUNTIME_FILES: &[(&str, &[u8])] = &[\n");
    for (rel, path) in &files {
        let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
        let _ = writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    out.push_str("/// The workspace's `Cargo.lock`, when it was present at build time.\n");
    if lock_file.is_file() {
        let abs = lock_file
            .canonicalize()
            .unwrap_or_else(|_| lock_file.clone());
        let _ = writeln!(
            out,
            "pub(crate) static LOCK_FILE: Option<&[u8]> = Some(include_bytes!({:?}));",
            abs.display().to_string()
        );
        println!("cargo:rerun-if-changed={}", lock_file.display());
    } else {
        out.push_str("pub(crate) static LOCK_FILE: Option<&[u8]> = None;\n");
    }

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("embedded_runtime.rs"), out).expect("write embedded_runtime.rs");

    // A directory given to rerun-if-changed is scanned recursively by cargo, so new, removed
    // and edited runtime files all re-run this script.
    println!(
        "cargo:rerun-if-changed={}",
        runtime_dir.join("Cargo.toml").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        runtime_dir.join("build.rs").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        runtime_dir.join("src").display()
    );
    println!("cargo:rerun-if-changed=build.rs");
}

/// Appends every regular file under `dir` (recursively, skipping hidden entries) to `files`
/// as `(relative path with '/' separators, absolute path)`.
fn collect(dir: &Path, rel: &str, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let child_rel = format!("{rel}/{name}");
        if path.is_dir() {
            collect(&path, &child_rel, files);
        } else if path.is_file() {
            files.push((child_rel, path));
        }
    }
}
