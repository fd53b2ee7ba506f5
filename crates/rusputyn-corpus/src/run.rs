//! Running a child process with stdin, captured output and a timeout, and running many
//! independent jobs on a small pool of threads.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

/// What a finished (or killed) process did.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Everything written to stdout.
    pub stdout: Vec<u8>,
    /// Everything written to stderr.
    pub stderr: Vec<u8>,
    /// The exit code; `None` when a signal ended the process.
    pub code: Option<i32>,
    /// The signal that ended the process, if any (Unix only).
    pub signal: Option<i32>,
    /// True when the harness killed the process for exceeding its time limit.
    pub timed_out: bool,
}

impl Outcome {
    /// A one-line description of how the process ended, for failure reasons.
    pub fn describe_end(&self) -> String {
        if self.timed_out {
            "timed out".to_string()
        } else if let Some(code) = self.code {
            format!("exit {code}")
        } else if let Some(sig) = self.signal {
            format!("killed by signal {sig}")
        } else {
            "ended abnormally".to_string()
        }
    }
}

fn read_all(mut r: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

#[cfg(unix)]
fn signal_of(status: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_status: &std::process::ExitStatus) -> Option<i32> {
    None
}

/// Runs `program args...` in `cwd` with `env` added, feeding `stdin`, killing it after
/// `timeout`. Fails only when the process cannot be started.
pub fn run_process(
    program: &Path,
    args: &[String],
    cwd: &Path,
    env: &[(&str, &str)],
    stdin: &[u8],
    timeout: Duration,
) -> std::io::Result<Outcome> {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn()?;
    // Stdin is written from its own thread so a program that prints a lot before reading
    // cannot deadlock against us; a program that never reads just gets a broken pipe.
    let input = stdin.to_vec();
    let writer = child.stdin.take().map(|mut w| {
        thread::spawn(move || {
            let _ = w.write_all(&input);
        })
    });
    let out = child.stdout.take().map(read_all);
    let err = child.stderr.take().map(read_all);
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait()? {
            Some(status) => break status,
            None if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait()?;
            }
            None => thread::sleep(Duration::from_millis(5)),
        }
    };
    if let Some(w) = writer {
        let _ = w.join();
    }
    let stdout = out.and_then(|h| h.join().ok()).unwrap_or_default();
    let stderr = err.and_then(|h| h.join().ok()).unwrap_or_default();
    Ok(Outcome {
        stdout,
        stderr,
        code: status.code(),
        signal: signal_of(&status),
        timed_out,
    })
}

/// Applies `f` to every item on `jobs` threads and returns the results in input order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    thread::scope(|s| {
        for _ in 0..jobs.max(1).min(items.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    if let Ok(mut guard) = results.lock() {
                        guard[i] = Some(r);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}
