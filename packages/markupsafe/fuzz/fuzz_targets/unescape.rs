//! Fuzzes HTML5 reference decoding: no panics on arbitrary bytes, valid
//! UTF-8 in gives valid UTF-8 out, and decoding inverts escaping.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rusputyn_markupsafe_core::{escape, unescape, unescape_bytes};

fuzz_target!(|data: &[u8]| {
    let decoded = unescape_bytes(data);
    if !data.contains(&b'&') {
        assert_eq!(&*decoded, data);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        assert!(std::str::from_utf8(&decoded).is_ok());
        assert_eq!(unescape(text).as_bytes(), &*decoded);
        assert_eq!(unescape(&escape(text)), text);
    }
});
