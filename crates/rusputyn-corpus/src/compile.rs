//! Turning the corpus into executables: check every program with the frontend, generate ONE
//! crate holding all the checkable programs (`rusputyn_codegen::generate_batch`) and build it
//! once (`rusputyn_build::build`). A program the compiler mishandles must not fail the whole
//! corpus, so when the batch does not build the culprits are found — first from the ids the
//! build error names, then by bisection under a build budget — and reported one by one as
//! internal compiler errors.

use crate::discover::Program;
use rusputyn_build::{BuildError, BuildOptions, Profile, build};
use rusputyn_codegen::{check_program, generate_batch};
use rusputyn_frontend::{Diagnostic, FileDiagnostics, SourceFile};
use std::path::{Path, PathBuf};

/// How to build the batch.
#[derive(Debug, Clone)]
pub struct CompileConfig {
    /// Build with optimisations (`Profile::Release`) instead of `Profile::Debug`.
    pub release: bool,
    /// Where the harness keeps its copies of the built executables (each bisection step
    /// may rebuild into the same cargo output path, so executables are copied out).
    pub batch_dir: PathBuf,
    /// How many cargo builds bisection may spend before giving up on the rest.
    pub max_builds: usize,
    /// Let the build show cargo's progress.
    pub progress: bool,
}

/// The per-program result: an executable that runs it (`exe <id> <argv0> args...`), or why
/// there is none.
pub type Compiled = Result<PathBuf, String>;

/// One line naming the first diagnostic of a program, with its file (when not the entry)
/// and position.
pub fn first_diagnostic(files: &[FileDiagnostics], entry: &SourceFile) -> String {
    for f in files {
        if let Some(d) = f.diagnostics.first() {
            let (line, col) = f.file.line_col(d.span.start);
            let at = if f.file.path == entry.path {
                String::new()
            } else {
                format!("{} ", f.file.display_name())
            };
            return format!(
                "{}[{}] at {at}{line}:{col}: {}",
                severity_word(d),
                d.code,
                d.message
            );
        }
    }
    "rejected without a diagnostic".to_string()
}

fn severity_word(d: &Diagnostic) -> &'static str {
    match d.severity {
        rusputyn_frontend::Severity::Error => "error",
        rusputyn_frontend::Severity::Warning => "warning",
    }
}

/// The first line of a build error worth showing: the first `error` line, else the first line.
fn build_error_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("error"))
        .or_else(|| text.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or("build failed");
    let short: String = line.chars().take(160).collect();
    format!("internal compiler error: {short}")
}

/// Only the `error` diagnostics of cargo's output: warnings name every program of the batch
/// and would make each of them look guilty. Each rustc diagnostic starts at column 0 with its
/// severity and runs until the next such header; text with no error block is kept whole.
fn error_blocks(stderr: &str) -> String {
    let mut out = String::new();
    let mut keep = false;
    for line in stderr.lines() {
        if line.starts_with("error") {
            keep = true;
        } else if line.starts_with("warning") {
            keep = false;
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    if out.is_empty() {
        stderr.to_string()
    } else {
        out
    }
}

/// True when `id` occurs in `text` as a whole word (so `a__b` does not match `a__bc`).
fn mentions(text: &str, id: &str) -> bool {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut from = 0;
    while let Some(pos) = text[from..].find(id) {
        let start = from + pos;
        let end = start + id.len();
        let before_ok = !text[..start].chars().next_back().is_some_and(is_word);
        let after_ok = !text[end..].chars().next().is_some_and(is_word);
        if before_ok && after_ok {
            return true;
        }
        from = end;
    }
    false
}

/// True unless cargo's output points only at files outside the generated crate. rustc names
/// files of the crate being built relative to it (`src/p_<id>.rs`, `src/main.rs`) and files of
/// dependencies such as the runtime by longer paths; with no location at all (a linker
/// failure, say) the program may still be at fault.
fn blames_generated_code(stderr: &str) -> bool {
    let mut locations = stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .peekable();
    if locations.peek().is_none() {
        return true;
    }
    locations.any(|path| path.starts_with("src/") || path.starts_with("src\\"))
}

struct Batcher<'a> {
    modules: &'a [(usize, String, rusputyn_frontend::Program)],
    results: Vec<Option<Compiled>>,
    builds_left: usize,
    batches: usize,
    cfg: &'a CompileConfig,
}

impl Batcher<'_> {
    fn fail(&mut self, slot: usize, reason: String) {
        self.results[slot] = Some(Err(reason));
    }

    /// Builds the programs `set` (indices into `modules`) into one executable, recursing on
    /// halves when that fails.
    fn build_set(&mut self, mut set: Vec<usize>) {
        loop {
            if set.is_empty() {
                return;
            }
            let pairs: Vec<(String, &rusputyn_frontend::Program)> = set
                .iter()
                .map(|&i| (self.modules[i].1.clone(), &self.modules[i].2))
                .collect();
            let generated = match generate_batch(&pairs) {
                Ok(g) => g,
                Err(rejected) => {
                    let before = set.len();
                    for (id, diags) in &rejected {
                        if let Some(pos) = set.iter().position(|&i| &self.modules[i].1 == id) {
                            let i = set.remove(pos);
                            let reason =
                                first_diagnostic(diags, &self.modules[i].2.modules[0].file);
                            self.fail(i, reason);
                        }
                    }
                    if set.len() == before {
                        // Codegen failed without blaming a program of this set.
                        for &i in &set {
                            self.fail(i, "internal compiler error: code generation failed without a diagnostic".into());
                        }
                        return;
                    }
                    continue;
                }
            };
            if self.builds_left == 0 {
                for &i in &set {
                    self.fail(
                        i,
                        "internal compiler error: batch build failed (bisection budget exhausted)"
                            .into(),
                    );
                }
                return;
            }
            self.builds_left -= 1;
            let mut opts = BuildOptions::new("corpus_batch");
            opts.profile = if self.cfg.release {
                Profile::Release
            } else {
                Profile::Debug
            };
            opts.progress = self.cfg.progress;
            eprintln!("rusputyn-corpus: building {} program(s)", set.len());
            match build(&generated, &opts) {
                Ok(built) => {
                    let exe = self.keep_executable(&built.exe);
                    for &i in &set {
                        self.results[i] = Some(Ok(exe.clone()));
                    }
                    return;
                }
                Err(e) => {
                    // Blame comes from cargo's whole stderr (the error's Display shows only
                    // its tail); codegen names each program's module `p_<id>`.
                    let text = match &e {
                        BuildError::Cargo { stderr, .. } => error_blocks(stderr),
                        other => other.to_string(),
                    };
                    let blamed: Vec<usize> = set
                        .iter()
                        .copied()
                        .filter(|&i| {
                            let id = &self.modules[i].1;
                            mentions(&text, id) || mentions(&text, &format!("p_{id}"))
                        })
                        .collect();
                    if !blamed.is_empty() && blamed.len() < set.len() {
                        for &i in &blamed {
                            self.fail(i, build_error_line(&text));
                        }
                        set.retain(|i| !blamed.contains(i));
                        continue;
                    }
                    if !blames_generated_code(&text) {
                        // The errors are all outside the generated crate (the runtime, the
                        // toolchain): no subset would build either, so do not bisect.
                        let reason = build_error_line(&text);
                        for &i in &set {
                            self.fail(i, reason.clone());
                        }
                        return;
                    }
                    if set.len() == 1 {
                        self.fail(set[0], build_error_line(&text));
                        return;
                    }
                    let right = set.split_off(set.len() / 2);
                    self.build_set(set);
                    self.build_set(right);
                    return;
                }
            }
        }
    }

    /// Copies a built executable somewhere the next build cannot overwrite it.
    fn keep_executable(&mut self, exe: &Path) -> PathBuf {
        self.batches += 1;
        let name = format!("batch-{}{}", self.batches, std::env::consts::EXE_SUFFIX);
        let dest = self.cfg.batch_dir.join(name);
        match std::fs::create_dir_all(&self.cfg.batch_dir).and_then(|_| std::fs::copy(exe, &dest)) {
            Ok(_) => dest,
            Err(_) => exe.to_path_buf(),
        }
    }
}

/// Compiles every program; the result has one entry per program, in order.
pub fn compile_all(programs: &[Program], cfg: &CompileConfig) -> Vec<Compiled> {
    let mut results: Vec<Option<Compiled>> = vec![None; programs.len()];
    let mut modules = Vec::new();
    for (slot, p) in programs.iter().enumerate() {
        let file = match SourceFile::load(&p.path) {
            Ok(f) => f,
            Err(e) => {
                results[slot] = Some(Err(e.to_string()));
                continue;
            }
        };
        let shown = file.clone();
        match check_program(file) {
            Ok(m) => modules.push((slot, p.id.clone(), m)),
            Err(diags) => results[slot] = Some(Err(first_diagnostic(&diags, &shown))),
        }
    }
    let budget = cfg.max_builds;
    let mut batcher = Batcher {
        modules: &modules,
        results: vec![None; modules.len()],
        builds_left: budget,
        batches: 0,
        cfg,
    };
    batcher.build_set((0..modules.len()).collect());
    for (k, r) in batcher.results.into_iter().enumerate() {
        results[modules[k].0] =
            Some(r.unwrap_or_else(|| Err("internal compiler error: not built".into())));
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("not compiled".into())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_whole_words_only() {
        assert!(mentions("error in src/p_ints__x.rs:3", "p_ints__x"));
        assert!(mentions("ints__x failed", "ints__x"));
        assert!(!mentions("ints__xy failed", "ints__x"));
        assert!(!mentions("bigints__x failed", "ints__x"));
    }

    #[test]
    fn warnings_do_not_blame_programs() {
        let log = "warning: unused variable\n --> src/p_a/py_main.rs:1:1\n\n\
                   error[E0308]: mismatched types\n --> src/p_b/py_main.rs:2:2\n\n\
                   warning: unused import\n --> src/p_c/py_main.rs:3:3\n";
        let errors = error_blocks(log);
        assert!(mentions(&errors, "p_b"));
        assert!(!mentions(&errors, "p_a") && !mentions(&errors, "p_c"));
    }

    #[test]
    fn runtime_errors_are_not_blamed_on_programs() {
        let runtime = "error[E0432]: unresolved import\n  --> /cache/runtime/abc/src/lib.rs:1:5\n";
        assert!(!blames_generated_code(runtime));
        let program = "error[E0308]: mismatched types\n  --> src/p_ints__x.rs:10:3\n";
        assert!(blames_generated_code(program));
        assert!(blames_generated_code("linker `cc` not found"));
    }
}
