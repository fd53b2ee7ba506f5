//! Lookup in the generated table of HTML5 named character references.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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
    // A hash map beats binary search here: `unescape` probes once per
    // reference and up to 30 times for unknown names (prefix matching).
    static MAP: OnceLock<EntityMap> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = EntityMap::with_capacity_and_hasher(ENTITIES.len(), Default::default());
        map.extend(
            ENTITIES
                .iter()
                .map(|(name, value)| (name.as_bytes(), *value)),
        );
        map
    })
    .get(name)
    .copied()
}

/// Map from entity name bytes to replacement text.
type EntityMap = HashMap<&'static [u8], &'static str, BuildHasherDefault<FnvHasher>>;

/// FNV-1a: entity names are short, trusted table keys (lookups only probe
/// them), so a tiny non-keyed hash is both safe and much faster than SipHash.
#[derive(Default)]
struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
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
    fn every_name_is_found() {
        for (name, value) in ENTITIES.iter() {
            assert_eq!(lookup(name), Some(*value));
        }
        assert_eq!(lookup("\u{e9}"), None);
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
