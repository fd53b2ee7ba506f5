//! Fuzz target: any UTF-8 input must parse or fail cleanly (no panic), with error positions
//! inside the document (or one past its end) and on character boundaries, and successful
//! parses must be deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rusputyn_tomli_core::{Error, normalize_newlines, parse};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let src = normalize_newlines(text);
    match parse(&src) {
        // Compared through `Debug` because NaN floats are not equal to themselves.
        Ok(t) => assert_eq!(
            format!("{:?}", parse(&src).ok()),
            format!("{:?}", Some(t))
        ),
        Err(Error::Decode(e)) => {
            assert!(e.pos <= src.len() + 1);
            assert!(e.pos > src.len() || src.is_char_boundary(e.pos));
            let _ = e.kind.message();
        }
        Err(_) => {}
    }
});
