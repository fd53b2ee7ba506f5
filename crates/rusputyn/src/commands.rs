//! The subcommands: `run`, `build`, `transpile`, `check`. Each returns the process's exit
//! status.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rusputyn_build::{BuildOptions, Built, Profile, Target};

use crate::ice::ICE_STATUS;
use crate::pipeline::{self, ENVIRONMENT_ERROR_STATUS};

/// `rusputyn run FILE [ARGS...]`: compile (cached) and run, passing the standard streams
/// through and exiting with the program's status.
pub fn run(file: &Path, args: &[OsString], debug: bool) -> u8 {
    let source = match pipeline::load(file) {
        Ok(s) => s,
        Err(status) => return status,
    };
    if pipeline::is_empty(&source) {
        pipeline::note_empty(file);
        return 0;
    }
    let built = match compile_and_build(source, file, Target::Native, debug) {
        Ok(b) => b,
        Err(status) => return status,
    };
    exec(&built.exe, file, args)
}

/// `rusputyn build FILE [-o OUT] [--target native|wasi]`.
pub fn build(file: &Path, output: Option<&Path>, target: Target, debug: bool) -> u8 {
    let source = match pipeline::load(file) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let built = match compile_and_build(source, file, target, debug) {
        Ok(b) => b,
        Err(status) => return status,
    };
    let default_name = format!("{}{}", pipeline::program_name(file), target.exe_suffix());
    let out = match output {
        Some(o) if o.is_dir() => o.join(&default_name),
        Some(o) => o.to_path_buf(),
        None => PathBuf::from(default_name),
    };
    // Remove first: overwriting an executable that is running fails on Linux ("text file
    // busy"), replacing it does not.
    let _ = std::fs::remove_file(&out);
    if let Err(e) = std::fs::copy(&built.exe, &out) {
        eprintln!("rusputyn: error: cannot write {}: {e}", out.display());
        return ENVIRONMENT_ERROR_STATUS;
    }
    if pipeline::verbose() {
        eprintln!("rusputyn: wrote {}", out.display());
    }
    0
}

/// `rusputyn transpile FILE -o DIR`: a standalone Cargo project.
pub fn transpile(file: &Path, dir: &Path) -> u8 {
    let source = match pipeline::load(file) {
        Ok(s) => s,
        Err(status) => return status,
    };
    let generated = match pipeline::lower(source) {
        Ok(g) => g,
        Err(status) => return status,
    };
    match rusputyn_build::write_project(&generated, dir, &pipeline::program_name(file)) {
        Ok(()) => {
            eprintln!(
                "rusputyn: wrote {} (build it there with `cargo build --release`)",
                dir.display()
            );
            0
        }
        Err(e) => pipeline::report_build_error(&e),
    }
}

/// `rusputyn check FILE`: every diagnostic, no build.
pub fn check(file: &Path) -> u8 {
    let source = match pipeline::load(file) {
        Ok(s) => s,
        Err(status) => return status,
    };
    if pipeline::is_empty(&source) {
        pipeline::note_empty(file);
        return 0;
    }
    match pipeline::lower(source) {
        Ok(_) => 0,
        Err(status) => status,
    }
}

/// Lowers and builds (through the cache), reporting failures; returns the exit status on
/// failure.
fn compile_and_build(
    source: rusputyn_frontend::SourceFile,
    file: &Path,
    target: Target,
    debug: bool,
) -> Result<Built, u8> {
    let generated = pipeline::lower(source)?;
    let mut opts = BuildOptions::new(&pipeline::program_name(file));
    opts.target = target;
    if debug {
        opts.profile = Profile::Debug;
    }
    let started = Instant::now();
    let built =
        rusputyn_build::build(&generated, &opts).map_err(|e| pipeline::report_build_error(&e))?;
    if pipeline::verbose() {
        if built.cached {
            eprintln!("rusputyn: cache hit: {}", built.exe.display());
        } else {
            eprintln!(
                "rusputyn: cache miss: built {} in {:.2}s (crate {})",
                built.exe.display(),
                started.elapsed().as_secs_f64(),
                built.crate_dir.display()
            );
        }
    }
    Ok(built)
}

/// Runs the executable with `argv[0]` = the Python file as the user typed it (so `sys.argv`
/// is `[FILE, ARGS...]`, as under CPython).
///
/// On Unix the process replaces itself with the program (`exec`): the standard streams,
/// signals (Ctrl-C reaches only the program) and the exit status are then the program's own
/// with nothing in between.
fn exec(exe: &Path, file: &Path, args: &[OsString]) -> u8 {
    let mut cmd = std::process::Command::new(exe);
    cmd.args(args);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.arg0(file.as_os_str());
        let err = cmd.exec();
        eprintln!(
            "internal compiler error: cannot run the built program {}: {err}",
            exe.display()
        );
        ICE_STATUS
    }
    #[cfg(not(unix))]
    {
        // Without `exec`, argv[0] is the executable's path; the runtime cannot tell the
        // Python file's name on these platforms yet.
        let _ = file;
        match cmd.status() {
            Ok(status) => status.code().map_or(1, |c| c as u8),
            Err(err) => {
                eprintln!(
                    "internal compiler error: cannot run the built program {}: {err}",
                    exe.display()
                );
                ICE_STATUS
            }
        }
    }
}
