//! Fuzzes variable parsing and expansion: no panics, and expanding every reference to
//! itself reproduces the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rusputyn_dotenv_core::dotenv_values;
use rusputyn_dotenv_core::variables::{Atom, parse_variables};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut rebuilt = String::new();
    for atom in parse_variables(text) {
        match atom {
            Atom::Literal(s) => rebuilt.push_str(s),
            Atom::Variable { name, default } => {
                rebuilt.push_str("${");
                rebuilt.push_str(name);
                if let Some(d) = default {
                    rebuilt.push_str(":-");
                    rebuilt.push_str(d);
                }
                rebuilt.push('}');
            }
        }
    }
    assert_eq!(rebuilt, text);
    let _ = dotenv_values(text, true, |name| (name.len() % 2 == 0).then(|| name.to_string()));
});
