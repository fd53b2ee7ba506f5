//! Internal compiler errors: a panic anywhere in the compiler is a bug, reported as
//! `internal compiler error: …` with exit status 101 instead of Rust's default panic output.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;

/// The exit status of an internal compiler error (the same as rustc's).
pub const ICE_STATUS: u8 = 101;

/// The message and location of the last panic, recorded by the hook for [`catch`].
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Replaces the default panic output (which [`catch`] reports instead) with recording the
/// panic's message and location.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_string());
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("{message}{location}"));
        }
    }));
}

/// Runs `f`, turning a panic into an internal compiler error report and [`ICE_STATUS`].
pub fn catch(f: impl FnOnce() -> u8) -> u8 {
    match panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(status) => status,
        Err(_) => {
            let what = LAST_PANIC
                .lock()
                .ok()
                .and_then(|mut p| p.take())
                .unwrap_or_else(|| "unknown panic".to_string());
            eprintln!("internal compiler error: the compiler panicked: {what}");
            eprintln!(
                "note: this is a bug in Rusputyn; please report it with the Python file that triggered it"
            );
            ICE_STATUS
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_exit_status_101() {
        install_panic_hook();
        assert_eq!(catch(|| panic!("boom")), ICE_STATUS);
        assert_eq!(catch(|| 7), 7);
    }
}
