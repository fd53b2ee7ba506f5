//! Fuzzes the SIMD escaper (which writes through raw pointers) against a
//! byte-by-byte model, on arbitrary bytes (the binding also feeds it
//! Python's surrogatepass UTF-8).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

use rusputyn_markupsafe_core::{
    escape, escape_bytes, escape_bytes_reuse, escaped_len, find_special,
};

thread_local! {
    /// Reused across inputs, like the binding's scratch buffer, so stale
    /// contents and capacity from earlier inputs are exercised too.
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Straightforward model of MarkupSafe escaping.
fn model(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for &b in bytes {
        match b {
            b'&' => out.extend_from_slice(b"&amp;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'\'' => out.extend_from_slice(b"&#39;"),
            b'"' => out.extend_from_slice(b"&#34;"),
            _ => out.push(b),
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let expected = model(data);
    assert_eq!(&*escape_bytes(data), &expected[..]);
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        if escape_bytes_reuse(data, &mut scratch) {
            assert_eq!(&scratch[..], &expected[..]);
        } else {
            assert_eq!(data, &expected[..]);
        }
    });
    assert_eq!(
        find_special(data),
        data.iter().position(|b| b"&<>'\"".contains(b))
    );
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(escape(text).as_bytes(), &expected[..]);
        assert_eq!(escaped_len(text), expected.len());
    }
});
