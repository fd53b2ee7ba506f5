//! Integration tests of `rusputyn-build` with hand-written generated crates: building,
//! caching, compile failures, standalone projects and WASI.
//!
//! All tests share one cache in cargo's temporary directory (`target/tmp`, the same for every
//! package of the workspace) with the CLI's tests, so the runtime compiles once per target and
//! profile across tests, test binaries and test runs.

use std::path::{Path, PathBuf};
use std::process::Command;

use rusputyn_build::{
    BuildError, BuildOptions, GeneratedCrate, Profile, Target, build, write_project,
};

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rusputyn-test-cache")
}

fn options(name: &str) -> BuildOptions {
    let mut opts = BuildOptions::new(name);
    opts.cache_dir = cache_dir();
    opts.progress = false;
    opts
}

/// A program that prints its argument vector and echoes one line of stdin through the
/// runtime, exiting with status 3 when it reads "exit".
fn echo_program(tag: &str) -> GeneratedCrate {
    let main = format!(
        r#"// test program {tag}
fn body() -> rusputyn_runtime::PyResult<()> {{
    let args: Vec<String> = std::env::args().collect();
    rusputyn_runtime::io::write_stdout(&format!("argv={{:?}}\n", args));
    if let Some(line) = rusputyn_runtime::io::read_line() {{
        if line == "exit" {{
            rusputyn_runtime::io::flush_stdout();
            std::process::exit(3);
        }}
        rusputyn_runtime::io::write_stdout(&format!("line={{line}}\n"));
    }}
    Ok(())
}}

fn main() {{
    std::process::exit(rusputyn_runtime::entry::run_main(std::env::args().collect(), body))
}}
"#
    );
    GeneratedCrate {
        files: vec![("src/main.rs".to_string(), main)],
    }
}

fn run(exe: &Path, args: &[&str], stdin: &str) -> (String, i32) {
    use std::io::Write;
    let mut child = Command::new(exe)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn the built program");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn native_build_runs_and_second_build_is_cached() {
    let program = echo_program("native");
    let first = build(&program, &options("echo")).unwrap_or_else(|e| panic!("{e}"));
    assert!(first.exe.ends_with("echo"), "{:?}", first.exe);
    assert!(first.exe.starts_with(cache_dir().join("programs")));
    let (out, code) = run(&first.exe, &["a b", "c"], "hello\n");
    assert_eq!(code, 0);
    assert!(out.starts_with("argv=[\""), "{out}");
    assert!(out.ends_with("\", \"a b\", \"c\"]\nline=hello\n"), "{out}");
    let (_, code) = run(&first.exe, &[], "exit\n");
    assert_eq!(code, 3);

    let second = build(&program, &options("echo")).unwrap();
    assert!(
        second.cached,
        "an unchanged program must come from the cache"
    );
    assert_eq!(second.exe, first.exe);
    assert_eq!(second.crate_dir, first.crate_dir);

    // Another name for the same program: same crate, no recompilation needed beyond a copy.
    let other = build(&program, &options("other")).unwrap();
    assert_eq!(other.crate_dir, first.crate_dir);
    assert!(other.exe.ends_with("other"));
}

#[test]
fn different_programs_get_different_crates() {
    let a = build(&echo_program("a"), &options("a")).unwrap();
    let b = build(&echo_program("b"), &options("b")).unwrap();
    assert_ne!(a.crate_dir, b.crate_dir);
    assert_eq!(run(&a.exe, &[], "x\n").1, 0);
    assert_eq!(run(&b.exe, &[], "x\n").1, 0);
}

#[test]
fn rust_compile_error_is_an_internal_compiler_error() {
    let program = GeneratedCrate {
        files: vec![(
            "src/main.rs".to_string(),
            "fn main() { let x: i32 = \"not an int\"; }\n".to_string(),
        )],
    };
    let err = build(&program, &options("broken")).unwrap_err();
    assert!(err.is_internal());
    let BuildError::Cargo { crate_dir, stderr } = &err else {
        panic!("expected a cargo error, got {err:?}")
    };
    assert!(stderr.contains("E0308"), "{stderr}");
    assert!(crate_dir.join("cargo-stderr.log").is_file());
    let shown = err.to_string();
    let first_line = shown.lines().next().unwrap();
    assert_eq!(
        first_line,
        format!(
            "internal compiler error: the generated Rust failed to compile; generated crate at {}",
            crate_dir.display()
        )
    );
    assert!(shown.contains("error[E0308]"), "{shown}");
}

#[test]
fn malformed_generated_crates_are_rejected_before_building() {
    let no_main = GeneratedCrate { files: vec![] };
    assert!(matches!(
        build(&no_main, &options("x")),
        Err(BuildError::BadGeneratedCrate(_))
    ));
    for bad in [
        "../escape.rs",
        "/abs.rs",
        "Cargo.toml",
        ".cargo/config.toml",
    ] {
        let program = GeneratedCrate {
            files: vec![
                ("src/main.rs".to_string(), "fn main() {}".to_string()),
                (bad.to_string(), String::new()),
            ],
        };
        let err = build(&program, &options("x")).unwrap_err();
        assert!(
            matches!(err, BuildError::BadGeneratedCrate(_)),
            "{bad}: {err:?}"
        );
        assert!(err.to_string().starts_with("internal compiler error: "));
    }
}

/// The project's layout; `crates/rusputyn/tests/cli.rs` builds a transpiled project with plain
/// cargo end to end (one such build per test run is enough: it compiles the runtime anew).
#[test]
fn standalone_project_layout() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("standalone-project");
    let _ = std::fs::remove_dir_all(&dir);
    let mut program = echo_program("standalone");
    program.files.push((
        "src/extra.rs".to_string(),
        "// an extra module\n".to_string(),
    ));
    write_project(&program, &dir, "my app").unwrap();
    for file in [
        "Cargo.toml",
        "Cargo.lock",
        ".cargo/config.toml",
        "src/main.rs",
        "src/extra.rs",
        "rusputyn-runtime/Cargo.toml",
        "rusputyn-runtime/src/lib.rs",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"my_app\""), "{manifest}");
    assert!(
        manifest.contains("rusputyn-runtime = { path = \"rusputyn-runtime\" }"),
        "{manifest}"
    );
    // Writing again over an existing project is fine and changes nothing.
    let before = std::fs::metadata(dir.join("src/main.rs"))
        .unwrap()
        .modified()
        .unwrap();
    write_project(&program, &dir, "my app").unwrap();
    assert_eq!(
        std::fs::metadata(dir.join("src/main.rs"))
            .unwrap()
            .modified()
            .unwrap(),
        before
    );
}

#[test]
fn wasi_build_runs_under_node() {
    let mut opts = options("echo");
    opts.target = Target::Wasi;
    let built = match build(&echo_program("wasi"), &opts) {
        Ok(b) => b,
        Err(e @ BuildError::TargetNotInstalled { .. }) => {
            panic!("{e} (scripts/setup.sh installs it)")
        }
        Err(e) => panic!("{e}"),
    };
    assert!(built.exe.ends_with("echo.wasm"));
    let runner = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("wasi-run.mjs");
    let out = Command::new("node")
        .arg("--no-warnings")
        .arg(&runner)
        .arg(&built.exe)
        .args(["one", "two"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("node is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.ends_with("\"one\", \"two\"]\n"), "{stdout}");
    assert!(build(&echo_program("wasi"), &opts).unwrap().cached);
}

#[test]
fn debug_profile_builds() {
    let mut opts = options("dbg");
    opts.profile = Profile::Debug;
    let built = build(&echo_program("debug"), &opts).unwrap();
    assert_eq!(run(&built.exe, &[], "").0.lines().count(), 1);
}
