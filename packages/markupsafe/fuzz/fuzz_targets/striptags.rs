//! Fuzzes `Markup.striptags`: no panics on arbitrary bytes, valid UTF-8
//! stays valid, and the result is whitespace-normalised before decoding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rusputyn_markupsafe_core::{collapse_whitespace, strip_tags, striptags, striptags_bytes};

fuzz_target!(|data: &[u8]| {
    let out = striptags_bytes(data);
    if let Ok(text) = std::str::from_utf8(data) {
        assert!(std::str::from_utf8(&out).is_ok());
        assert_eq!(striptags(text).as_bytes(), &out[..]);
        let stripped = strip_tags(text);
        assert_eq!(collapse_whitespace(&stripped), stripped);
        assert!(!stripped.starts_with(' ') && !stripped.ends_with(' '));
        assert!(!stripped.contains("  "));
    }
});
