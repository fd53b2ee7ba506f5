//! Turns generated Rust (`rusputyn_codegen::GeneratedCrate`) into an executable.
//!
//! The generated files are written into a Cargo project in a cache directory, next to a copy
//! of the runtime crate whose sources are embedded in this library (so an installed
//! `rusputyn` needs no checkout), and cargo builds them. The layout of the cache:
//!
//! ```text
//! <cache>/runtime/<runtime hash>/     the runtime crate, materialised once per content
//! <cache>/target/                      one cargo target dir shared by every program, so the
//!                                      runtime compiles once per target and profile
//! <cache>/programs/<program hash>/     one Cargo project per distinct program, plus the
//!                                      built executable `<name>` or `<name>.wasm`
//! ```
//!
//! The program hash covers everything that decides the executable (generated files, runtime
//! hash, manifest, target, profile, Rusputyn version), so a second [`build`] of an unchanged
//! program finds the executable and does not start cargo at all.
//!
//! *Invariant*: nothing here prints to the terminal except the progress indicator, which is
//! opt-in through [`BuildOptions::progress`].

mod cache;
mod cargo;
mod embedded;
mod error;
mod manifest;
mod progress;

use std::path::{Path, PathBuf};

pub use error::BuildError;
pub use rusputyn_codegen::GeneratedCrate;

/// What the executable runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// The machine Rusputyn runs on.
    Native,
    /// WebAssembly with WASI preview 1 (`wasm32-wasip1`): a `.wasm` module for wasmtime, Node's
    /// `node:wasi` and the like.
    Wasi,
}

impl Target {
    /// The rustc target triple, or `None` for the host.
    pub fn triple(self) -> Option<&'static str> {
        match self {
            Target::Native => None,
            Target::Wasi => Some("wasm32-wasip1"),
        }
    }

    /// The file-name extension of the executable (`""` or `".wasm"`).
    pub fn exe_suffix(self) -> &'static str {
        match self {
            Target::Native => std::env::consts::EXE_SUFFIX,
            Target::Wasi => ".wasm",
        }
    }
}

/// Which cargo profile compiles the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Optimised (`cargo build --release`); the runtime at `opt-level = 3`.
    Release,
    /// Unoptimised with debug info (`cargo build`): quicker to build, slow to run.
    Debug,
}

impl Profile {
    /// The directory cargo puts this profile's outputs in.
    fn dir_name(self) -> &'static str {
        match self {
            Profile::Release => "release",
            Profile::Debug => "debug",
        }
    }
}

/// How [`build`] builds.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Native executable or WASI module.
    pub target: Target,
    /// Release or debug.
    pub profile: Profile,
    /// Root of the build cache (see the crate documentation for its layout).
    pub cache_dir: PathBuf,
    /// Show a spinner on stderr while a build that has to run cargo takes a while.
    pub progress: bool,
    /// File name of the executable, without extension (usually the Python file's stem).
    pub name: String,
}

impl BuildOptions {
    /// Native release build into [`default_cache_dir`], with progress when stderr is a
    /// terminal.
    pub fn new(name: &str) -> Self {
        use std::io::IsTerminal;
        BuildOptions {
            target: Target::Native,
            profile: Profile::Release,
            cache_dir: default_cache_dir(),
            progress: std::io::stderr().is_terminal(),
            name: name.to_string(),
        }
    }
}

/// The cache root: `$RUSPUTYN_CACHE_DIR`, else `$XDG_CACHE_HOME/rusputyn`, else
/// `~/.cache/rusputyn` (and, with no home directory either, `rusputyn-cache` in the system
/// temporary directory).
pub fn default_cache_dir() -> PathBuf {
    let non_empty = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = non_empty("RUSPUTYN_CACHE_DIR") {
        return dir;
    }
    if let Some(dir) = non_empty("XDG_CACHE_HOME") {
        return dir.join("rusputyn");
    }
    if let Some(home) = non_empty("HOME") {
        return home.join(".cache").join("rusputyn");
    }
    std::env::temp_dir().join("rusputyn-cache")
}

/// The result of a successful [`build`].
#[derive(Debug, Clone)]
pub struct Built {
    /// The executable (or `.wasm` module), inside the program's cache directory.
    pub exe: PathBuf,
    /// True when the executable was already in the cache and cargo was not run.
    pub cached: bool,
    /// The generated Cargo project (useful in error reports and for inspection).
    pub crate_dir: PathBuf,
}

/// Builds `generated` into an executable in the cache, or finds it there.
///
/// The runtime is shared between programs through one cargo target directory; the program
/// crate is keyed by a content hash so an unchanged program is never rebuilt.
pub fn build(generated: &GeneratedCrate, opts: &BuildOptions) -> Result<Built, BuildError> {
    manifest::check_generated(generated)?;
    let runtime = embedded::runtime();
    let program_opt = manifest::program_opt_level()?;
    let key = cache::program_key(
        generated,
        runtime.hash(),
        opts.target,
        opts.profile,
        &program_opt,
    );
    let crate_dir = opts.cache_dir.join("programs").join(&key);
    let exe_name = format!(
        "{}{}",
        manifest::sanitize_bin_name(&opts.name),
        opts.target.exe_suffix()
    );
    let exe = crate_dir.join(&exe_name);
    if exe.is_file() {
        return Ok(Built {
            exe,
            cached: true,
            crate_dir,
        });
    }

    let runtime_dir = embedded::materialise(&opts.cache_dir)?;
    let package = manifest::program_package_name(&key);
    let runtime_rel = Path::new("..")
        .join("..")
        .join("runtime")
        .join(runtime_dir.file_name().unwrap_or_default());
    let files = manifest::program_files(generated, &package, &runtime_rel, &program_opt);
    for (rel, contents) in &files {
        cache::write_if_changed(&crate_dir.join(rel), contents.as_bytes())?;
    }
    // Seed the lock file (only once: cargo keeps it up to date afterwards) so the program
    // resolves exactly the dependency versions the runtime was developed with.
    let lock = crate_dir.join("Cargo.lock");
    if let (Some(seed), false) = (embedded::LOCK_FILE, lock.exists()) {
        cache::write_atomic(&lock, seed)?;
    }

    let target_dir = opts.cache_dir.join("target");
    let label = format!("Compiling {}", opts.name);
    let built = cargo::cargo_build(&cargo::Invocation {
        crate_dir: &crate_dir,
        target_dir: &target_dir,
        target: opts.target,
        profile: opts.profile,
        progress: opts.progress.then_some(label.as_str()),
    })?;
    let produced = target_dir
        .join(opts.target.triple().unwrap_or(""))
        .join(opts.profile.dir_name())
        .join(format!("{package}{}", opts.target.exe_suffix()));
    if !produced.is_file() && exe.is_file() {
        // A concurrent `rusputyn` built the same program and already moved the output.
        return Ok(Built {
            exe,
            cached: false,
            crate_dir,
        });
    }
    if !built || !produced.is_file() {
        return Err(BuildError::MissingOutput {
            crate_dir,
            expected: produced,
        });
    }
    cache::copy_atomic(&produced, &exe)?;
    // The copy in the shared target dir is a hard link of cargo's own output in `deps/`; dropping
    // it keeps the target dir from holding every program twice.
    let _ = std::fs::remove_file(&produced);
    Ok(Built {
        exe,
        cached: false,
        crate_dir,
    })
}

/// Writes `generated` as a standalone Cargo project in `dir`, with the runtime vendored as the path
/// dependency `dir/rusputyn-runtime/`, so that plain `cargo build` (or
/// `cargo build --release --target wasm32-wasip1`) works with no Rusputyn around.
///
/// Files Rusputyn writes are overwritten; other files in `dir` are left alone.
pub fn write_project(generated: &GeneratedCrate, dir: &Path, name: &str) -> Result<(), BuildError> {
    manifest::check_generated(generated)?;
    let runtime = embedded::runtime();
    embedded::write_runtime(&dir.join(manifest::VENDORED_RUNTIME_DIR), runtime)?;
    let package = manifest::sanitize_package_name(name);
    for (rel, contents) in
        manifest::standalone_files(generated, &package, &manifest::sanitize_bin_name(name))
    {
        cache::write_if_changed(&dir.join(&rel), contents.as_bytes())?;
    }
    let lock = dir.join("Cargo.lock");
    if let (Some(seed), false) = (embedded::LOCK_FILE, lock.exists()) {
        cache::write_atomic(&lock, seed)?;
    }
    Ok(())
}
