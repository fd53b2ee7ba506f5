//! The neutral value tree produced by the parser.
//!
//! It mirrors what `tomli` hands to Python (dicts, lists, str, int, float, bool and the
//! `datetime` types) without depending on Python. Tables remember how they were created
//! because TOML's redefinition rules depend on it; those flags are private bookkeeping.

use std::borrow::Cow;

use std::hash::BuildHasher;

use hashbrown::HashTable;

/// Tables up to this size are searched linearly; most real tables are this small, and a
/// scan over a few short keys beats hashing and saves the index allocation.
const LINEAR_MAX: usize = 8;

/// Hash index over the entries of a large [`Map`], with its own random seed.
#[derive(Clone, Default)]
struct Index {
    table: HashTable<usize>,
    hasher: foldhash::fast::RandomState,
}

/// Insertion-ordered string-keyed map used for tables; the order matches Python's dict
/// insertion order. Equality compares entries in order.
#[derive(Clone, Default)]
pub struct Map<'a> {
    entries: Vec<(Cow<'a, str>, Value<'a>)>,
    index: Option<Box<Index>>,
}

impl std::fmt::Debug for Map<'_> {
    /// Shows the entries only (the hash index has a random seed and no information).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.entries.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl PartialEq for Map<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl<'a> Map<'a> {
    fn position(&self, key: &str) -> Option<usize> {
        match &self.index {
            None => self.entries.iter().position(|(k, _)| k == key),
            Some(ix) => {
                let h = ix.hasher.hash_one(key);
                ix.table.find(h, |&i| self.entries[i].0 == key).copied()
            }
        }
    }

    /// Looks up a key.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.position(key).map(|i| &self.entries[i].1)
    }

    /// Looks up a key for modification.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value<'a>> {
        self.position(key).map(move |i| &mut self.entries[i].1)
    }

    /// True when the key is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Appends a key the caller knows to be absent; returns the stored value.
    pub(crate) fn push_new(&mut self, key: Cow<'a, str>, value: Value<'a>) -> &mut Value<'a> {
        let i = self.entries.len();
        self.entries.push((key, value));
        if self.index.is_none() && self.entries.len() > LINEAR_MAX {
            self.index = Some(Box::default());
            if let Some(ix) = &mut self.index {
                for j in 0..self.entries.len() - 1 {
                    Self::index_insert(ix, &self.entries, j);
                }
            }
        }
        if let Some(ix) = &mut self.index {
            Self::index_insert(ix, &self.entries, i);
        }
        &mut self.entries[i].1
    }

    fn index_insert(ix: &mut Index, entries: &[(Cow<'a, str>, Value<'a>)], i: usize) {
        let hasher = &ix.hasher;
        let h = hasher.hash_one(entries[i].0.as_ref());
        ix.table
            .insert_unique(h, i, |&j| hasher.hash_one(entries[j].0.as_ref()));
    }

    /// The value under `key`, inserting `make()` first if the key is absent (the key is
    /// only cloned when inserted).
    pub(crate) fn get_or_insert_with(
        &mut self,
        key: &Cow<'a, str>,
        make: impl FnOnce() -> Value<'a>,
    ) -> &mut Value<'a> {
        match self.position(key) {
            Some(i) => &mut self.entries[i].1,
            None => self.push_new(key.clone(), make()),
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&Cow<'a, str>, &Value<'a>)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// Keys in insertion order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &Cow<'a, str>> {
        self.entries.iter().map(|(k, _)| k)
    }
}

impl<'m, 'a> IntoIterator for &'m Map<'a> {
    type Item = (&'m Cow<'a, str>, &'m Value<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'m, (Cow<'a, str>, Value<'a>)>,
        fn(&'m (Cow<'a, str>, Value<'a>)) -> (&'m Cow<'a, str>, &'m Value<'a>),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// Byte range `[start, end)` of a lexeme inside the parsed source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte of the lexeme.
    pub start: usize,
    /// One past the last byte of the lexeme.
    pub end: usize,
}

/// A calendar date (always valid: the parser rejects impossible days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Year, 1..=9999.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of month, 1..=31.
    pub day: u8,
}

/// A wall-clock time with microsecond precision (extra fraction digits are truncated, as
/// `tomli` does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Time {
    /// Hour, 0..=23.
    pub hour: u8,
    /// Minute, 0..=59.
    pub minute: u8,
    /// Second, 0..=59 (0 when the document omitted seconds).
    pub second: u8,
    /// Microsecond, 0..=999_999.
    pub microsecond: u32,
}

/// UTC offset of an offset date-time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offset {
    /// Written as `Z` or `z`.
    Utc,
    /// Written as `+HH:MM` / `-HH:MM`; signed number of minutes east of UTC.
    Minutes(i16),
}

/// One TOML table: ordered entries plus the bookkeeping needed for redefinition checks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table<'a> {
    /// The key/value pairs in insertion order.
    pub entries: Map<'a>,
    /// Inline tables (and everything inside them) can never be extended afterwards.
    pub(crate) frozen: bool,
    /// Declared with a `[header]`: it cannot be declared again.
    pub(crate) explicit: bool,
    /// Number of the section in which a dotted key went through this table (0 = never).
    /// Once that section is over the table counts as explicitly defined.
    pub(crate) dotted_section: u32,
}

impl<'a> Table<'a> {
    /// Looks up a direct child of this table.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.entries.get(key)
    }

    /// Number of direct entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the table holds no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A parsed TOML value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// Any of the four string kinds, escapes already decoded.
    String(Cow<'a, str>),
    /// An integer that fits in 64 bits.
    Integer(i64),
    /// An integer outside the 64-bit range; the raw lexeme (sign, `0x`/`0o`/`0b` prefix and
    /// underscores included) so a big-integer library (or Python's `int(text, 0)`) can read it.
    BigInteger(&'a str),
    /// A float (including `inf` and `nan`).
    Float {
        /// The value as an IEEE double (correctly rounded).
        value: f64,
        /// Position of the lexeme in [`crate::Parser::float_spans`], so a caller can re-parse
        /// the original text with its own float type in document order.
        index: usize,
    },
    /// `true` or `false`.
    Boolean(bool),
    /// Date, time and UTC offset.
    OffsetDateTime(Date, Time, Offset),
    /// Date and time without offset.
    LocalDateTime(Date, Time),
    /// Date only.
    LocalDate(Date),
    /// Time only.
    LocalTime(Time),
    /// An inline array `[ ... ]`.
    Array(Vec<Value<'a>>),
    /// A table (from a header, dotted keys or an inline table).
    Table(Box<Table<'a>>),
    /// An array of tables built with `[[header]]`.
    ArrayOfTables(Vec<Table<'a>>),
}

impl Date {
    /// True when the day exists in that month of the proleptic Gregorian calendar and the
    /// year is within Python's `datetime` range (1..=9999).
    pub fn is_valid(&self) -> bool {
        if self.year == 0 || self.month == 0 || self.month > 12 || self.day == 0 {
            return false;
        }
        let leap = (self.year.is_multiple_of(4) && !self.year.is_multiple_of(100))
            || self.year.is_multiple_of(400);
        let days = match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        self.day <= days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_switches_to_index_and_keeps_order() {
        let mut m = Map::default();
        for i in 0..100 {
            let k = format!("k{i}");
            assert!(!m.contains_key(&k));
            m.push_new(Cow::Owned(k), Value::Integer(i));
        }
        assert_eq!(m.len(), 100);
        for i in 0..100 {
            assert_eq!(m.get(&format!("k{i}")), Some(&Value::Integer(i)));
        }
        assert!(m.get("missing").is_none());
        let keys: Vec<&str> = m.keys().map(|k| k.as_ref()).collect();
        assert_eq!(keys[..3], ["k0", "k1", "k2"]);
        *m.get_or_insert_with(&Cow::Borrowed("k5"), || Value::Boolean(true)) = Value::Integer(-5);
        assert_eq!(m.get("k5"), Some(&Value::Integer(-5)));
        m.get_or_insert_with(&Cow::Borrowed("new"), || Value::Boolean(true));
        assert_eq!(m.get("new"), Some(&Value::Boolean(true)));
    }

    #[test]
    fn duplicate_keys_detected_in_large_tables() {
        let mut doc: String = (0..30).map(|i| format!("k{i} = {i}\n")).collect();
        doc.push_str("k17 = 0\n");
        assert!(crate::parse(&doc).is_err());
    }
}
