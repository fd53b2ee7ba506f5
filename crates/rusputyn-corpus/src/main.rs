//! `rusputyn-corpus`: the differential test harness. It compiles every program of
//! `tests/programs` with Rusputyn (all of them into one batch crate), runs each the way
//! `scripts/bless-corpus.py` ran CPython, and compares stdout byte for byte, the exit code and
//! the last line of stderr with what CPython recorded.
//!
//! Output: one `FAIL <path>: <reason>` line per failure, then (optionally) summary lines, and
//! last exactly `N passed, M failed`. The exit status is non-zero when M > 0.
//!
//! `--root DIR` runs another corpus laid out the same way (e.g. `tests/object-model`, whose
//! programs exercise features still being built, kept out of CI); DIR is relative to the
//! repository root.
//!
//! Programs listed in `<root>/known-failures.txt` are expected failures: they are not
//! counted as failed, and one that passes is reported as unexpectedly passing (a failure) so
//! the ledger is kept honest.

mod compare;
mod compile;
mod diagnostics;
mod discover;
mod run;
mod smoke;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
usage: rusputyn-corpus [options]

  --root DIR            the corpus directory, relative to the repository root
                        (default tests/programs)
  --filter S            only programs whose path contains S
  --jobs N              run N programs at a time (default 2)
  --timeout SECS        per-program time limit (default 10)
  --release             build the batch with optimisations (default: debug profile)
  --max-builds N        cargo builds allowed when bisecting a failing batch (default 24)
  --progress            show cargo's progress while building
  --smoke K             also run K programs through the `rusputyn run` CLI, cold then cached
                        (the binary is $RUSPUTYN_BIN, or `cargo build -p rusputyn`)
  --diagnostics         also run the tests/diagnostics suite
  --bless-diagnostics   write our output as the expectation of every diagnostics case that
                        CPython accepts (implies --diagnostics)
  --no-programs         skip the program corpus (e.g. with --diagnostics)
";

/// The corpus run when no `--root` is given: the CI corpus.
const DEFAULT_CORPUS: &str = "tests/programs";

/// Command-line options.
#[derive(Debug, Clone)]
struct Options {
    /// The corpus directory relative to the repository root (`tests/programs` by default).
    corpus: String,
    filter: Option<String>,
    jobs: usize,
    timeout: u64,
    release: bool,
    max_builds: usize,
    progress: bool,
    smoke: usize,
    diagnostics: bool,
    bless_diagnostics: bool,
    programs: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        corpus: DEFAULT_CORPUS.to_string(),
        filter: None,
        jobs: 2,
        timeout: 10,
        release: false,
        max_builds: 24,
        progress: false,
        smoke: 0,
        diagnostics: false,
        bless_diagnostics: false,
        programs: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let number = |s: String, name: &str| {
            s.parse::<usize>()
                .map_err(|_| format!("{name}: not a number: {s}"))
        };
        match a.as_str() {
            "--root" => o.corpus = value("--root")?,
            "--filter" => o.filter = Some(value("--filter")?),
            "--jobs" | "-j" => o.jobs = number(value("--jobs")?, "--jobs")?.max(1),
            "--timeout" => o.timeout = number(value("--timeout")?, "--timeout")? as u64,
            "--max-builds" => o.max_builds = number(value("--max-builds")?, "--max-builds")?,
            "--smoke" => o.smoke = number(value("--smoke")?, "--smoke")?,
            "--release" => o.release = true,
            "--progress" => o.progress = true,
            "--diagnostics" => o.diagnostics = true,
            "--bless-diagnostics" => {
                o.diagnostics = true;
                o.bless_diagnostics = true;
            }
            "--no-programs" => o.programs = false,
            "--help" | "-h" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument: {other}")),
        }
    }
    Ok(o)
}

/// The repository root: the nearest ancestor of the working directory holding
/// `tests/programs`, else the checkout this harness was built from.
fn repo_root() -> PathBuf {
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join("tests").join("programs").is_dir() {
                return dir.to_path_buf();
            }
        }
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .unwrap_or(manifest)
        .to_path_buf()
}

/// Where the executables of a corpus are kept: `tests/.batch` for the CI corpus, a
/// subdirectory of it named after any other root, so two corpora never overwrite each
/// other's executables.
fn batch_dir(root: &Path, corpus: &str) -> PathBuf {
    let base = root.join("tests").join(".batch");
    if corpus.trim_end_matches('/') == DEFAULT_CORPUS {
        base
    } else {
        base.join(discover::program_id(corpus.trim_end_matches('/')))
    }
}

/// Runs the program corpus; returns (passed, FAIL lines, expected-failure count).
fn run_programs(root: &Path, o: &Options) -> (usize, Vec<String>, usize, Vec<discover::Program>) {
    let programs_dir = root.join(&o.corpus);
    let programs = discover::discover(root, &programs_dir, o.filter.as_deref());
    let ledger = discover::read_ledger(&programs_dir.join("known-failures.txt"), &o.corpus);

    // Two paths that sanitise to the same id would run each other's code.
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let mut clash: BTreeMap<usize, String> = BTreeMap::new();
    for (i, p) in programs.iter().enumerate() {
        if let Some(other) = seen.insert(&p.id, &p.display) {
            clash.insert(
                i,
                format!("batch id {} clashes with {other}; rename one", p.id),
            );
        }
    }

    eprintln!("rusputyn-corpus: compiling {} programs", programs.len());
    let cfg = compile::CompileConfig {
        release: o.release,
        batch_dir: batch_dir(root, &o.corpus),
        max_builds: o.max_builds,
        progress: o.progress,
    };
    let compiled = compile::compile_all(&programs, &cfg);

    eprintln!("rusputyn-corpus: running with {} job(s)", o.jobs);
    let timeout = Duration::from_secs(o.timeout);
    let indices: Vec<usize> = (0..programs.len()).collect();
    let verdicts: Vec<Option<String>> = run::parallel_map(&indices, o.jobs, |&i| {
        let p = &programs[i];
        if let Some(reason) = clash.get(&i) {
            return Some(reason.clone());
        }
        let expected = match &p.expected {
            Ok(e) => e,
            Err(reason) => return Some(reason.clone()),
        };
        let exe = match &compiled[i] {
            Ok(exe) => exe,
            Err(reason) => return Some(reason.clone()),
        };
        let args = vec![p.id.clone(), p.file_name()];
        match run::run_process(
            exe,
            &args,
            p.dir(),
            &[("PYTHONHASHSEED", "0")],
            &p.stdin,
            timeout,
        ) {
            Ok(outcome) => compare::compare(expected, &outcome, o.timeout),
            Err(e) => Some(format!("cannot start {}: {e}", exe.display())),
        }
    });

    let mut passed = 0;
    let mut xfail = 0;
    let mut failures = Vec::new();
    for (p, verdict) in programs.iter().zip(verdicts) {
        let listed = ledger.get(&p.display);
        match (verdict, listed) {
            (None, None) => passed += 1,
            (None, Some(_)) => failures.push(format!(
                "FAIL {}: unexpectedly passing (remove it from known-failures.txt)",
                p.display
            )),
            (Some(_), Some(_)) => xfail += 1,
            (Some(reason), None) => failures.push(format!("FAIL {}: {reason}", p.display)),
        }
    }
    if o.filter.is_none() {
        for listed in ledger.keys() {
            if !programs.iter().any(|p| &p.display == listed) {
                failures.push(format!(
                    "FAIL {listed}: listed in known-failures.txt but no such program"
                ));
            }
        }
    }
    (passed, failures, xfail, programs)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("rusputyn-corpus: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let root = repo_root();
    let mut passed = 0;
    let mut failures = Vec::new();
    let mut summaries = Vec::new();

    let mut programs = Vec::new();
    if o.programs {
        let (p, f, xfail, progs) = run_programs(&root, &o);
        passed += p;
        failures.extend(f);
        programs = progs;
        if xfail > 0 {
            summaries.push(format!(
                "{xfail} expected failures ({}/known-failures.txt)",
                o.corpus.trim_end_matches('/')
            ));
        }
    }
    if o.smoke > 0 {
        if !o.programs {
            let dir = root.join(&o.corpus);
            programs = discover::discover(&root, &dir, o.filter.as_deref());
        }
        let (p, f) = smoke::run(&root, &programs, o.smoke, Duration::from_secs(o.timeout));
        summaries.push(format!("smoke: {p} passed, {} failed", f.len()));
        passed += p;
        failures.extend(f);
    }
    if o.diagnostics {
        let report = diagnostics::run(&root, o.filter.as_deref(), o.bless_diagnostics);
        for b in &report.blessed {
            eprintln!("rusputyn-corpus: blessed {b}");
        }
        summaries.push(format!(
            "diagnostics: {} passed, {} failed",
            report.passed,
            report.failures.len()
        ));
        passed += report.passed;
        failures.extend(report.failures);
    }

    for f in &failures {
        println!("{f}");
    }
    for s in &summaries {
        println!("{s}");
    }
    println!("{passed} passed, {} failed", failures.len());
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
