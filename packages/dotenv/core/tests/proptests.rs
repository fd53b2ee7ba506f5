//! Property tests: the parser covers its input exactly, and values written by the
//! editing functions read back unchanged.

use proptest::prelude::*;
use rusputyn_dotenv_core::edit::{format_assignment, set_key, unset_key};
use rusputyn_dotenv_core::parser::{Parser, parse};
use rusputyn_dotenv_core::variables::{Atom, Lookup, interpolate, parse_variables};

/// Text biased towards the characters the grammar cares about.
fn dotenv_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("=".to_string()),
            Just("#".to_string()),
            Just(" ".to_string()),
            Just("\t".to_string()),
            Just("\n".to_string()),
            Just("\r".to_string()),
            Just("\r\n".to_string()),
            Just("'".to_string()),
            Just("\"".to_string()),
            Just("\\".to_string()),
            Just("export ".to_string()),
            Just("${A}".to_string()),
            Just("\u{a0}".to_string()),
            "[a-z]{1,3}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

fn key() -> impl Strategy<Value = String> {
    "[A-Za-z_][A-Za-z0-9_]{0,8}"
}

proptest! {
    #[test]
    fn originals_tile_the_input(text in dotenv_text()) {
        let parser = Parser::new(&text);
        let body = parser.text();
        let bindings: Vec<_> = parser.collect();
        let joined: String = bindings.iter().map(|b| b.original.string).collect();
        prop_assert_eq!(joined.as_str(), body);
        for pair in bindings.windows(2) {
            prop_assert!(pair[0].original.line <= pair[1].original.line);
        }
        for b in &bindings {
            prop_assert!(!b.original.string.is_empty());
            if b.error {
                prop_assert!(b.key.is_none() && b.value.is_none());
            }
        }
    }

    #[test]
    fn quoted_assignment_round_trips(k in key(), value in any::<String>(), export in any::<bool>()) {
        let line = format_assignment(&k, &value, true, export);
        let bindings = parse(&line);
        prop_assert_eq!(bindings.len(), 1);
        prop_assert_eq!(bindings[0].key, Some(k.as_str()));
        prop_assert_eq!(bindings[0].value.as_deref(), Some(value.as_str()));
        prop_assert!(!bindings[0].error);
    }

    #[test]
    fn set_then_unset(
        text in dotenv_text().prop_filter("an unbalanced quote may swallow the new line", |t| !t.contains(['\'', '"'])),
        k in key(),
        value in any::<String>(),
    ) {
        let line = format_assignment(&k, &value, true, false);
        let set = set_key(&text, &k, &line);
        let values: Vec<_> = parse(&set.text)
            .into_iter()
            .filter(|b| b.key == Some(k.as_str()))
            .map(|b| b.value.map(|v| v.into_owned()))
            .collect();
        prop_assert!(!values.is_empty());
        prop_assert!(values.iter().all(|v| v.as_deref() == Some(value.as_str())));
        let unset = unset_key(&set.text, &k);
        prop_assert!(unset.found);
        prop_assert!(parse(&unset.text).iter().all(|b| b.key != Some(k.as_str())));
    }

    #[test]
    fn unchanged_text_without_references(value in "[^$]*") {
        let out = interpolate(&value, |_| Lookup::Value("X".into()));
        prop_assert_eq!(out.as_ref(), value.as_str());
    }

    #[test]
    fn atoms_rebuild_the_value(value in dotenv_text()) {
        let mut rebuilt = String::new();
        for atom in parse_variables(&value) {
            match atom {
                Atom::Literal(text) => rebuilt.push_str(text),
                Atom::Variable { name, default: None } => {
                    rebuilt.push_str("${");
                    rebuilt.push_str(name);
                    rebuilt.push('}');
                }
                Atom::Variable { name, default: Some(d) } => {
                    rebuilt.push_str("${");
                    rebuilt.push_str(name);
                    rebuilt.push_str(":-");
                    rebuilt.push_str(d);
                    rebuilt.push('}');
                }
            }
        }
        prop_assert_eq!(rebuilt, value);
    }
}
