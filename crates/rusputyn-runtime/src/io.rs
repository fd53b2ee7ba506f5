//! Standard streams as CPython buffers them: stdout is line-buffered on a terminal and
//! block-buffered otherwise, flushed at exit and before a traceback is printed; stderr is
//! unbuffered.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};

struct Stdout {
    buf: Vec<u8>,
    line_buffered: bool,
}

thread_local! {
    static STDOUT: RefCell<Stdout> = RefCell::new(Stdout { buf: Vec::with_capacity(8192), line_buffered: std::io::stdout().is_terminal() });
}

/// Writes text to stdout (buffered).
pub fn write_stdout(s: &str) {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        o.buf.extend_from_slice(s.as_bytes());
        if o.buf.len() >= 8192 || (o.line_buffered && s.contains('\n')) {
            let _ = std::io::stdout().write_all(&o.buf);
            let _ = std::io::stdout().flush();
            o.buf.clear();
        }
    });
}

/// Flushes stdout.
pub fn flush_stdout() {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        let _ = std::io::stdout().write_all(&o.buf);
        let _ = std::io::stdout().flush();
        o.buf.clear();
    });
}

/// Writes text to stderr (unbuffered; stdout is flushed first so output interleaves as in
/// CPython when both go to a terminal).
pub fn write_stderr(s: &str) {
    flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// Reads one line from stdin without the trailing newline; `None` at end of file.
pub fn read_line() -> Option<String> {
    flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Some(line)
        }
    }
}
