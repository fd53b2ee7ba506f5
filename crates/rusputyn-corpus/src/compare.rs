//! Comparing what a compiled program did with what CPython did, and saying in one line how
//! they differ: the exit status and last stderr line first (they usually name the bug, e.g.
//! an unexpected exception), then the first differing stdout line.

use crate::discover::{Expected, last_line};
use crate::run::Outcome;

/// Longest excerpt of a line shown in a reason.
const EXCERPT: usize = 100;

fn excerpt(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out: String = s.chars().take(EXCERPT).collect();
    if s.chars().count() > EXCERPT {
        out.push('…');
    }
    format!("{out:?}")
}

/// Describes the first difference between two stdout captures, or `None` when equal.
pub fn stdout_difference(expected: &[u8], got: &[u8]) -> Option<String> {
    if expected == got {
        return None;
    }
    let e: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let g: Vec<&[u8]> = got.split(|&b| b == b'\n').collect();
    for i in 0..e.len().max(g.len()) {
        match (e.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => {
                // A line both have but one without its newline: the output ended early.
                if i + 1 == g.len() && b.is_empty() {
                    return Some(format!(
                        "stdout ends before line {}: expected {}",
                        i + 1,
                        excerpt(a)
                    ));
                }
                if i + 1 == e.len() && a.is_empty() {
                    return Some(format!(
                        "extra stdout from line {}: got {}",
                        i + 1,
                        excerpt(b)
                    ));
                }
                return Some(format!(
                    "stdout line {}: expected {}, got {}",
                    i + 1,
                    excerpt(a),
                    excerpt(b)
                ));
            }
            (Some(a), None) => {
                return Some(format!(
                    "stdout ends before line {}: expected {}",
                    i + 1,
                    excerpt(a)
                ));
            }
            (None, Some(b)) => {
                return Some(format!(
                    "extra stdout from line {}: got {}",
                    i + 1,
                    excerpt(b)
                ));
            }
            (None, None) => break,
        }
    }
    Some("stdout differs".to_string())
}

/// Compares an outcome with the expectation; `None` means the program passed.
pub fn compare(expected: &Expected, got: &Outcome, timeout_secs: u64) -> Option<String> {
    if got.timed_out {
        return Some(format!("timed out after {timeout_secs}s"));
    }
    let got_last = last_line(&got.stderr);
    let mut reasons = Vec::new();
    if got.code != Some(expected.code) {
        let mut r = format!(
            "exit status: expected {}, got {}",
            expected.code,
            got.describe_end()
        );
        if let Some(l) = &got_last {
            r.push_str(&format!(" (stderr: {})", excerpt(l.as_bytes())));
        }
        reasons.push(r);
    } else if got_last != expected.last_stderr {
        let show = |l: &Option<String>| {
            l.as_deref()
                .map_or("nothing".to_string(), |s| excerpt(s.as_bytes()))
        };
        reasons.push(format!(
            "last stderr line: expected {}, got {}",
            show(&expected.last_stderr),
            show(&got_last)
        ));
    }
    if let Some(d) = stdout_difference(&expected.stdout, &got.stdout) {
        reasons.push(d);
    }
    if reasons.is_empty() {
        None
    } else {
        Some(reasons.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(stdout: &[u8], stderr: &[u8], code: i32) -> Outcome {
        Outcome {
            stdout: stdout.to_vec(),
            stderr: stderr.to_vec(),
            code: Some(code),
            signal: None,
            timed_out: false,
        }
    }

    #[test]
    fn equal_outcomes_pass() {
        let e = Expected {
            stdout: b"1\n2\n".to_vec(),
            code: 1,
            last_stderr: Some("ValueError: x".into()),
        };
        assert_eq!(
            compare(
                &e,
                &outcome(b"1\n2\n", b"Traceback\nValueError: x\n", 1),
                10
            ),
            None
        );
    }

    #[test]
    fn reasons_name_the_first_difference() {
        let e = Expected {
            stdout: b"a\nb\nc\n".to_vec(),
            code: 0,
            last_stderr: None,
        };
        let r = compare(&e, &outcome(b"a\nX\nc\n", b"", 0), 10).unwrap_or_default();
        assert!(
            r.starts_with("stdout line 2: expected \"b\", got \"X\""),
            "{r}"
        );
        let r = compare(&e, &outcome(b"a\n", b"boom\n", 1), 10).unwrap_or_default();
        assert!(
            r.starts_with("exit status: expected 0, got exit 1 (stderr: \"boom\")"),
            "{r}"
        );
        assert!(r.contains("stdout ends before line 2"), "{r}");
        let r = compare(&e, &outcome(b"a\nb\nc\nd\n", b"", 0), 10).unwrap_or_default();
        assert!(r.starts_with("extra stdout from line 4"), "{r}");
    }
}
