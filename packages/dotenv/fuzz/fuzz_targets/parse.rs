//! Fuzzes the `.env` parser: it must never panic, its statements must tile the input
//! and line numbers must never go backwards.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rusputyn_dotenv_core::parser::Parser;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parser = Parser::new(text);
    let body = parser.text();
    let mut covered = 0;
    let mut line = 1;
    for binding in parser {
        assert!(binding.original.line >= line);
        line = binding.original.line;
        assert_eq!(&body[covered..covered + binding.original.string.len()], binding.original.string);
        covered += binding.original.string.len();
    }
    assert_eq!(covered, body.len());
});
