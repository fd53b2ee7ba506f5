//! Lookup in the generated table of HTML5 named character references.

use crate::entities_table::ENTITIES;

/// Returns the replacement text of the HTML5 named character reference
/// `name` (without the leading `&`; a trailing `;` is part of the name, as
/// in the specification's table: `"amp;"`, `"amp"`, `"NotEqualTilde;"`).
///
/// Lookup is case-sensitive and exact; `None` when the name is unknown.
pub fn lookup(name: &str) -> Option<&'static str> {
    lookup_bytes(name.as_bytes())
}

/// Byte-slice variant of [`lookup`], so callers scanning UTF-8 can probe
/// prefixes without first proving they end on a character boundary (every
/// table name is ASCII, so a prefix cut inside a multi-byte character simply
/// does not match).
pub(crate) fn lookup_bytes(name: &[u8]) -> Option<&'static str> {
    ENTITIES
        .binary_search_by(|(candidate, _)| candidate.as_bytes().cmp(name))
        .ok()
        .map(|index| ENTITIES[index].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(
            ENTITIES
                .windows(2)
                .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes())
        );
    }

    #[test]
    fn known_names() {
        assert_eq!(lookup("amp;"), Some("&"));
        assert_eq!(lookup("amp"), Some("&"));
        assert_eq!(lookup("raquo;"), Some("\u{bb}"));
        assert_eq!(lookup("NotEqualTilde;"), Some("\u{2242}\u{338}"));
        assert_eq!(lookup("AMP;"), Some("&"));
        assert_eq!(lookup("nope;"), None);
        assert_eq!(lookup(""), None);
    }
}
