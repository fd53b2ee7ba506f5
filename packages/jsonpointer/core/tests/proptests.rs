//! Property tests: escaping and parsing round-trip for arbitrary text, and
//! the single-pass decoder agrees with upstream's two-replace definition.

use proptest::prelude::*;
use rusputyn_jsonpointer_core::{
    ArrayIndex, Pointer, escape, parse, parse_array_index, to_path, unescape,
};

/// Upstream's literal definition of `unescape`, used as the oracle.
fn unescape_oracle(s: &str) -> String {
    s.replace("~1", "/").replace("~0", "~")
}

/// Strings rich in the characters that matter to the syntax.
fn syntax_heavy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('~'),
            Just('/'),
            Just('0'),
            Just('1'),
            Just('-'),
            any::<char>()
        ],
        0..24,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn escape_round_trip(s in syntax_heavy()) {
        let escaped = escape(&s);
        prop_assert_eq!(unescape(&escaped), s.as_str());
    }

    #[test]
    fn unescape_matches_upstream(s in syntax_heavy()) {
        prop_assert_eq!(unescape(&s), unescape_oracle(&s));
    }

    #[test]
    fn parts_round_trip(parts in proptest::collection::vec(syntax_heavy(), 0..6)) {
        let path = to_path(&parts);
        prop_assert_eq!(parse(&path).unwrap(), parts.clone());
        let ptr = Pointer::from_parts(parts);
        prop_assert_eq!(Pointer::parse(&ptr.path()).unwrap(), ptr);
    }

    #[test]
    fn valid_pointers_render_back(s in syntax_heavy()) {
        // Whatever parses must render to the identical string.
        if let Ok(parts) = parse(&s) {
            prop_assert_eq!(to_path(&parts), s);
        }
    }

    #[test]
    fn index_matches_decimal(n in any::<u64>()) {
        let text = n.to_string();
        prop_assert_eq!(parse_array_index(&text), ArrayIndex::Index(n as usize));
        let zero_padded = format!("0{text}");
        prop_assert_eq!(parse_array_index(&zero_padded), ArrayIndex::Invalid);
    }

    #[test]
    fn join_concatenates(a in proptest::collection::vec(syntax_heavy(), 0..4),
                         b in proptest::collection::vec(syntax_heavy(), 0..4)) {
        let pa = Pointer::from_parts(a.clone());
        let pb = Pointer::from_parts(b);
        let joined = pa.join(&pb);
        prop_assert!(joined.contains(&pa));
        prop_assert_eq!(joined.path(), pa.path() + &pb.path());
    }
}
