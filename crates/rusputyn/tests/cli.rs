//! End-to-end tests of the `rusputyn` command line: each test writes a Python file, runs the
//! real binary on it and compares with what CPython (`python3`, the oracle) does with the
//! same file, where CPython has an answer.
//!
//! The tests share one build cache in cargo's temporary directory (`target/tmp`) with the
//! tests of `rusputyn-build`, so the runtime compiles once per target and profile, not once
//! per test.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const RUSPUTYN: &str = env!("CARGO_BIN_EXE_rusputyn");

fn tmp() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// A fresh working directory for one test.
fn workdir(test: &str) -> PathBuf {
    let dir = tmp().join("cli-work").join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs a command with `stdin` as its standard input.
fn output(mut cmd: Command, stdin: &[u8]) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// `rusputyn ARGS` in `dir`, with the shared test cache.
fn rusputyn(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut cmd = Command::new(RUSPUTYN);
    cmd.args(args)
        .current_dir(dir)
        .env("RUSPUTYN_CACHE_DIR", tmp().join("rusputyn-test-cache"))
        .env_remove("RUSPUTYN_VERBOSE");
    output(cmd, stdin)
}

/// `python3 ARGS` in `dir`: the oracle.
fn python(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut cmd = Command::new("python3");
    cmd.args(args).current_dir(dir).env("PYTHONHASHSEED", "0");
    output(cmd, stdin)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn last_line(s: &str) -> &str {
    s.trim_end().lines().last().unwrap_or("")
}

/// Runs `FILE ARGS` under both CPython and `rusputyn run` and asserts the same stdout, exit
/// status and last line of stderr.
fn assert_same_as_python(dir: &Path, file: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut py_args = vec![file];
    py_args.extend(args);
    let expected = python(dir, &py_args, stdin);
    let mut our_args = vec!["run", file];
    our_args.extend(args);
    let got = rusputyn(dir, &our_args, stdin);
    assert_eq!(
        stdout(&got),
        stdout(&expected),
        "stdout differs; rusputyn's stderr:\n{}",
        stderr(&got)
    );
    assert_eq!(
        got.status.code(),
        expected.status.code(),
        "exit status differs; stderr:\n{}",
        stderr(&got)
    );
    assert_eq!(
        last_line(&stderr(&got)),
        last_line(&stderr(&expected)),
        "last stderr line differs"
    );
    got
}

#[test]
fn help_for_every_subcommand() {
    let dir = workdir("help");
    let top = rusputyn(&dir, &["--help"], b"");
    assert!(top.status.success());
    for sub in ["run", "build", "transpile", "check"] {
        assert!(stdout(&top).contains(sub), "--help does not list {sub}");
        let help = rusputyn(&dir, &[sub, "--help"], b"");
        assert!(help.status.success(), "{sub} --help failed");
        assert!(
            stdout(&help).contains("Usage: rusputyn"),
            "{sub} --help:\n{}",
            stdout(&help)
        );
    }
    let version = rusputyn(&dir, &["--version"], b"");
    assert!(stdout(&version).starts_with("rusputyn "));
    // No subcommand and unknown options are usage errors (exit 2).
    assert_eq!(rusputyn(&dir, &[], b"").status.code(), Some(2));
    assert_eq!(rusputyn(&dir, &["run"], b"").status.code(), Some(2));
    assert_eq!(
        rusputyn(&dir, &["build", "x.py", "--target", "mars"], b"")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn missing_file() {
    let dir = workdir("missing");
    for cmd in ["run", "check", "build"] {
        let o = rusputyn(&dir, &[cmd, "nope.py"], b"");
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        assert_eq!(
            stderr(&o),
            "rusputyn: can't open file 'nope.py': No such file or directory\n"
        );
    }
}

#[test]
fn unreadable_and_non_utf8_files() {
    let dir = workdir("non_utf8");
    std::fs::write(dir.join("latin1.py"), b"print('ok')\nprint('caf\xe9')\n").unwrap();
    let o = rusputyn(&dir, &["run", "latin1.py"], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("'latin1.py' is not valid UTF-8") && err.contains("line 2"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());

    // A directory is not a program.
    std::fs::create_dir_all(dir.join("pkg.py")).unwrap();
    let o = rusputyn(&dir, &["run", "pkg.py"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("rusputyn: can't read file 'pkg.py'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn empty_file_prints_nothing() {
    let dir = workdir("empty");
    std::fs::write(dir.join("empty.py"), "").unwrap();
    std::fs::write(dir.join("blank.py"), "\n  \n").unwrap();
    for file in ["empty.py", "blank.py"] {
        let o = rusputyn(&dir, &["run", file], b"");
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).is_empty());
        assert_eq!(stderr(&o), format!("note: {file} is empty\n"));
    }
    assert_eq!(
        rusputyn(&dir, &["check", "empty.py"], b"").status.code(),
        Some(0)
    );
}

#[test]
fn syntax_error_is_reported_like_cpython() {
    let dir = workdir("syntax");
    std::fs::write(
        dir.join("bad.py"),
        "print('before')\nx = (1,\ndef f(:\n    pass\n",
    )
    .unwrap();
    let expected = python(&dir, &["bad.py"], b"");
    for cmd in ["run", "check", "build"] {
        let got = rusputyn(&dir, &[cmd, "bad.py"], b"");
        assert_eq!(got.status.code(), Some(1), "{cmd}: {}", stderr(&got));
        assert!(stdout(&got).is_empty());
        assert_eq!(
            last_line(&stderr(&got)),
            last_line(&stderr(&expected)),
            "{cmd}"
        );
    }
}

#[test]
fn unsupported_constructs_are_all_reported_with_exit_status_2() {
    let dir = workdir("unsupported");
    // Importing a standard module Rusputyn does not provide yet stands for "a construct the
    // compiler rejects"; replace the modules when they land.
    std::fs::write(
        dir.join("u.py"),
        "import sqlite3\nprint(1)\n\nimport tkinter\n",
    )
    .unwrap();
    for cmd in ["check", "run"] {
        let o = rusputyn(&dir, &[cmd, "u.py"], b"");
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        assert!(stdout(&o).is_empty());
        let err = stderr(&o);
        assert_eq!(err.matches("error[unsupported-syntax]").count(), 2, "{err}");
        assert!(
            err.contains(" --> u.py:1:8") && err.contains(" --> u.py:4:8"),
            "{err}"
        );
        assert_eq!(
            last_line(&err),
            "error: could not compile `u.py` due to 2 previous errors"
        );
    }
}

#[test]
fn check_reports_clean_file() {
    let dir = workdir("check");
    std::fs::write(
        dir.join("ok.py"),
        "def f(x):\n    return x + 1\nprint(f(1))\n",
    )
    .unwrap();
    let o = rusputyn(&dir, &["check", "ok.py"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
}

#[test]
fn run_hello_and_second_run_is_a_cache_hit() {
    let dir = workdir("cache");
    std::fs::write(dir.join("hello.py"), "print('hello', 6 * 7)\n").unwrap();
    assert_same_as_python(&dir, "hello.py", &[], b"");
    let mut cmd = Command::new(RUSPUTYN);
    cmd.args(["run", "hello.py"])
        .current_dir(&dir)
        .env("RUSPUTYN_CACHE_DIR", tmp().join("rusputyn-test-cache"));
    cmd.env("RUSPUTYN_VERBOSE", "1");
    let again = output(cmd, b"");
    assert_eq!(stdout(&again), "hello 42\n");
    assert!(
        stderr(&again).contains("rusputyn: cache hit: "),
        "{}",
        stderr(&again)
    );
}

#[test]
fn argv_is_the_file_as_typed_then_the_args() {
    let dir = workdir("argv");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("sub/argv.py"),
        "import sys\nprint(sys.argv)\nprint(len(sys.argv))\n",
    )
    .unwrap();
    assert_same_as_python(&dir, "sub/argv.py", &[], b"");
    assert_same_as_python(
        &dir,
        "sub/argv.py",
        &["a b", "--flag", "-x", "", "ünï"],
        b"",
    );
    assert_same_as_python(&dir, "./sub/../sub/argv.py", &["--help"], b"");
}

#[test]
fn exit_status_and_uncaught_exceptions() {
    let dir = workdir("exit");
    std::fs::write(
        dir.join("exit3.py"),
        "import sys\nprint('bye')\nsys.exit(3)\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("exitmsg.py"),
        "import sys\nsys.exit('fatal: no')\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("raise.py"),
        "def f(d):\n    return d['k']\nprint('start')\nf({})\n",
    )
    .unwrap();
    assert_same_as_python(&dir, "exit3.py", &[], b"");
    assert_same_as_python(&dir, "exitmsg.py", &[], b"");
    let o = assert_same_as_python(&dir, "raise.py", &[], b"");
    assert!(
        stderr(&o).starts_with("Traceback (most recent call last):\n"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stdin_is_passed_through() {
    let dir = workdir("stdin");
    std::fs::write(
        dir.join("echo.py"),
        "n = int(input())\ntotal = 0\nfor i in range(n):\n    total += int(input())\nprint('sum', total)\ntry:\n    input()\nexcept EOFError:\n    print('eof')\n",
    )
    .unwrap();
    assert_same_as_python(&dir, "echo.py", &[], b"3\n10\n20\n12\n");
}

#[test]
fn build_writes_an_executable() {
    let dir = workdir("build");
    std::fs::write(
        dir.join("app.py"),
        "import sys\nprint('built', sys.argv[1:])\n",
    )
    .unwrap();
    let o = rusputyn(&dir, &["build", "app.py", "-o", "out-app"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let run = output(
        {
            let mut c = Command::new(dir.join("out-app"));
            c.arg("x");
            c
        },
        b"",
    );
    assert_eq!(stdout(&run), "built ['x']\n");
    // Without -o the executable is named after the file, in the current directory.
    let o = rusputyn(&dir, &["build", "app.py"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(dir.join("app").is_file());
}

#[test]
fn wasi_build_runs_under_node() {
    let dir = workdir("wasi");
    let program = "import sys\nprint('args', sys.argv[1:])\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(900))\nprint(sum(i * i for i in range(1000)))\n";
    std::fs::write(dir.join("w.py"), program).unwrap();
    let o = rusputyn(
        &dir,
        &["build", "w.py", "--target", "wasi", "-o", "w.wasm"],
        b"",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let runner = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rusputyn-build/tests/wasi-run.mjs");
    let mut node = Command::new("node");
    node.arg("--no-warnings")
        .arg(runner)
        .arg(dir.join("w.wasm"))
        .args(["p", "q"])
        .current_dir(&dir);
    let got = output(node, b"");
    let expected = python(&dir, &["w.py", "p", "q"], b"");
    assert_eq!(stdout(&got), stdout(&expected), "{}", stderr(&got));
    assert_eq!(got.status.code(), Some(0));
}

#[test]
fn transpiled_project_builds_with_plain_cargo() {
    let dir = workdir("transpile");
    std::fs::write(dir.join("tr.py"), "class A:\n    def __init__(self, x):\n        self.x = x\nprint([A(i).x ** 2 for i in range(5)])\n")
        .unwrap();
    let o = rusputyn(&dir, &["transpile", "tr.py", "-o", "proj"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let project = dir.join("proj");
    assert!(
        project.join("Cargo.toml").is_file()
            && project.join("rusputyn-runtime/Cargo.toml").is_file()
    );
    let target = tmp().join("cli-transpile-target");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut build = Command::new(cargo);
    build
        .args(["build", "--quiet", "--target-dir"])
        .arg(&target)
        .current_dir(&project);
    let built = output(build, b"");
    assert!(built.status.success(), "{}", stderr(&built));
    let got = output(Command::new(target.join("debug/tr")), b"");
    assert_eq!(stdout(&got), stdout(&python(&dir, &["tr.py"], b"")));
}
