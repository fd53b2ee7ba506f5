//! Fuzzes pointer parsing: arbitrary text must parse or fail cleanly (no
//! panic), a successful parse must render back to the identical string,
//! and escaping/unescaping and array-index classification must agree with
//! their reference definitions.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rusputyn_jsonpointer_core::{
    ArrayIndex, Pointer, escape, parse, parse_array_index, to_path, unescape,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse(text) {
        Ok(parts) => {
            assert_eq!(to_path(&parts), text);
            let ptr = Pointer::from_parts(parts.clone());
            assert_eq!(Pointer::parse(&ptr.path()).unwrap(), ptr);
        }
        Err(e) => {
            // Errors must render upstream's messages.
            let msg = e.to_string();
            assert!(
                msg == "Location must start with /" || msg.starts_with("Found invalid escape ~")
            );
        }
    }
    // unescape matches upstream's two-replace definition on any input.
    assert_eq!(unescape(text), text.replace("~1", "/").replace("~0", "~"));
    assert_eq!(unescape(&escape(text)), text);
    match parse_array_index(text) {
        ArrayIndex::Index(i) => assert_eq!(i.to_string(), text),
        ArrayIndex::TooLarge => assert!(
            text.len() > 1 && text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0')
        ),
        ArrayIndex::EndOfList => assert_eq!(text, "-"),
        ArrayIndex::Invalid => assert!(
            text != "0"
                && (text.starts_with('0')
                    || text.is_empty()
                    || !text.bytes().all(|b| b.is_ascii_digit()))
        ),
    }
});
