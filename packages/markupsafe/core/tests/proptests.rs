//! Property tests of the core string functions.

use proptest::prelude::*;
use rusputyn_markupsafe_core::{
    collapse_whitespace, escape, escape_bytes, escaped_len, is_python_whitespace, needs_escape,
    strip_tags, striptags, unescape, unescape_bytes,
};

/// Text biased towards the characters the algorithms care about.
fn markupish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(vec![
                "&", "<", ">", "'", "\"", "&amp;", "&lt", "&#", "&#x", "&#39;", "&#x1F600;",
                "&notit;", "&ampamp;", "<!--", "-->", "<b>", "</b>", " ", "\t", "\n", "\u{a0}",
                "\u{3000}", "\u{1c}", ";", "#", "x", "9",
            ])
            .prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
            1 => "[a-zA-Z0-9]{1,8}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    /// Unescaping inverts escaping, for any text.
    #[test]
    fn unescape_inverts_escape(text in markupish()) {
        let escaped = escape(&text);
        prop_assert_eq!(unescape(&escaped), text.as_str());
    }

    #[test]
    fn unescape_inverts_escape_any_string(text in any::<String>()) {
        let escaped = escape(&text);
        prop_assert_eq!(unescape(&escaped), text.as_str());
    }

    /// Escaped text has no raw special characters and the predicted length.
    #[test]
    fn escape_output_is_safe(text in markupish()) {
        let escaped = escape(&text);
        prop_assert!(!escaped.contains(['<', '>', '\'', '"']));
        prop_assert_eq!(escaped.len(), escaped_len(&text));
        prop_assert_eq!(needs_escape(&text), escaped.len() != text.len());
        // Every `&` in the output starts one of the five entities.
        for (i, _) in escaped.match_indices('&') {
            let rest = &escaped[i..];
            prop_assert!(["&amp;", "&lt;", "&gt;", "&#39;", "&#34;"].iter().any(|e| rest.starts_with(e)));
        }
    }

    /// The byte API agrees with the `str` API.
    #[test]
    fn byte_and_str_apis_agree(text in markupish()) {
        let escaped = escape(&text);
        prop_assert_eq!(&*escape_bytes(text.as_bytes()), escaped.as_bytes());
        let unescaped = unescape(&text);
        prop_assert_eq!(&*unescape_bytes(text.as_bytes()), unescaped.as_bytes());
    }

    /// Escaping is idempotent only through unescape: escaping twice encodes
    /// the `&` of the first pass.
    #[test]
    fn double_escape_unescapes_once(text in markupish()) {
        let twice = escape(&escape(&text)).into_owned();
        prop_assert_eq!(unescape(&twice), escape(&text));
    }

    /// Whitespace collapsing matches `" ".join(text.split())`.
    #[test]
    fn collapse_matches_split_model(text in markupish()) {
        let model: Vec<&str> = text.split(is_python_whitespace).filter(|w| !w.is_empty()).collect();
        prop_assert_eq!(collapse_whitespace(&text), model.join(" "));
    }

    /// Text without `<` only has its whitespace normalised and references
    /// decoded.
    #[test]
    fn striptags_without_tags(text in "[^<]{0,60}") {
        prop_assert_eq!(strip_tags(&text), collapse_whitespace(&text));
        prop_assert_eq!(striptags(&text), unescape(&collapse_whitespace(&text)).into_owned());
    }

    /// Arbitrary bytes never panic.
    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = escape_bytes(&bytes);
        let _ = unescape_bytes(&bytes);
        let _ = rusputyn_markupsafe_core::striptags_bytes(&bytes);
    }
}
