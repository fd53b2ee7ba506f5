//! The neutral value tree produced by the parser.
//!
//! It mirrors what `tomli` hands to Python (dicts, lists, str, int, float, bool and the
//! `datetime` types) without depending on Python. Tables remember how they were created
//! because TOML's redefinition rules depend on it; those flags are private bookkeeping.

use std::borrow::Cow;

use indexmap::IndexMap;

/// Insertion-ordered map used for tables; the order matches Python's dict insertion order.
pub type Map<'a> = IndexMap<Cow<'a, str>, Value<'a>, foldhash::fast::RandomState>;

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
        let leap = (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0;
        let days = match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        self.day <= days
    }
}
