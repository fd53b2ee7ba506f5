//! A spinner on stderr for builds that take a while: `⠹ Compiling app … 3.1s`.
//!
//! It appears only after [`DELAY`], so builds that finish quickly never flash it, and it
//! erases its line when dropped. The caller decides whether stderr is a terminal.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a build runs before the spinner appears.
const DELAY: Duration = Duration::from_millis(500);
/// Time between two frames.
const TICK: Duration = Duration::from_millis(100);
const FRAMES: &[&str] = &["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// A running spinner; stops and erases itself when dropped.
pub(crate) struct Spinner {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Spinner {
    /// Starts a spinner showing `label` (it draws nothing during the first [`DELAY`]).
    pub(crate) fn start(label: &str) -> Spinner {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let label = label.to_string();
        let thread = std::thread::Builder::new()
            .name("rusputyn-progress".into())
            .spawn(move || spin(&flag, &label));
        // Failing to start a thread only costs the spinner.
        Spinner {
            stop,
            thread: thread.ok(),
        }
    }
}

fn spin(stop: &AtomicBool, label: &str) {
    let started = Instant::now();
    let mut drawn = false;
    let mut frame = 0;
    while !stop.load(Ordering::Relaxed) {
        let elapsed = started.elapsed();
        if elapsed >= DELAY {
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "\r\x1b[2K{} {label} … {:.1}s",
                FRAMES[frame % FRAMES.len()],
                elapsed.as_secs_f64()
            );
            let _ = err.flush();
            drawn = true;
            frame += 1;
        }
        std::thread::park_timeout(TICK);
    }
    if drawn {
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            thread.thread().unpark();
            let _ = thread.join();
        }
    }
}
