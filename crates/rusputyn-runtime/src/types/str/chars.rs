//! Unicode character properties and case mappings with CPython 3.11's exact rules (Python
//! docs, "String Methods"): the predicates behind `str.isalpha()` and friends, the whitespace
//! and line-boundary sets `split()`/`strip()`/`splitlines()` use, and the full case mappings
//! of `title()`/`capitalize()`/`casefold()`.
//!
//! The property tables are generated from CPython itself (the script is at the end of
//! `unicode.rs`), so they follow Unicode 14.0 as 3.11 does. Upper- and lowercasing use
//! Rust's full mappings, which agree with CPython's for every code point cased in Unicode 14
//! (later additions are left unchanged, as CPython 3.11 leaves them).

use super::unicode;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let u = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < u {
                std::cmp::Ordering::Less
            } else if lo > u {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn in_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let u = c as u32;
    table
        .binary_search_by_key(&u, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `Py_UNICODE_ISSPACE`: the whitespace `str.split()`, `str.strip()` and `str.isspace()` use
/// (bidirectional class WS, B or S, or category Zs; includes `\x1c`..`\x1f`).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' '
        );
    }
    in_table(unicode::SPACE, c)
}

/// A line boundary for `str.splitlines()` (`\r\n` is handled by the caller).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.isprintable()` for one code point.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(unicode::PRINTABLE, c)
}

/// `str.isalpha()` for one code point (categories Lm, Lt, Lu, Ll, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(unicode::ALPHA, c)
}

/// `str.isdecimal()` for one code point.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode::DECIMAL, c)
}

/// The value of a decimal digit (`unicodedata.decimal(c)`), for parsing numbers written in
/// any script as `int()`, `float()` and `str.format` field numbers accept them. Unicode
/// assigns decimal digits in contiguous runs of ten starting at zero, so the value is the
/// distance to the start of the run.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !is_decimal(c) {
        return None;
    }
    let mut u = c as u32;
    let mut k = 0;
    while k < 9 && char::from_u32(u - 1).is_some_and(is_decimal) {
        u -= 1;
        k += 1;
    }
    Some(k)
}

/// `str.isdigit()` for one code point.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode::DIGIT, c)
}

/// `str.isnumeric()` for one code point.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode::NUMERIC, c)
}

/// `str.isalnum()` for one code point: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// The Lowercase property.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(unicode::LOWER, c)
}

/// The Uppercase property.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(unicode::UPPER, c)
}

/// Category Lt (titlecase letters such as `ǅ`).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(unicode::TITLE, c)
}

/// The Cased property (Lowercase, Uppercase or Lt), which `str.title()` uses to decide
/// where words begin.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// XID_Start or `_`: may begin an identifier.
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(unicode::XID_START, c)
}

/// XID_Continue: may continue an identifier.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(unicode::XID_CONTINUE, c)
}

/// Lowercase letters of Unicode 14 that gained an uppercase partner later (so Rust maps
/// them and CPython 3.11 does not). `tests/strings.rs` checks every code point's mappings,
/// which is how this list is kept complete.
const UPPERCASE_ADDED_LATER: [char; 4] = ['\u{19B}', '\u{264}', '\u{A7D3}', '\u{A7D5}'];

/// Appends the full uppercase mapping of `c`. Rust's tables follow a newer Unicode than
/// CPython 3.11's 14.0; characters that are not cased in 14.0 (those added later) keep
/// their value, as CPython leaves them.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if is_cased(c) && !UPPERCASE_ADDED_LATER.contains(&c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// Appends the full lowercase mapping of `c` (no final-sigma context; see `lower`).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if is_cased(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match in_map(unicode::TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => push_upper(out, c),
    }
}

/// Appends the full case folding of `c` (`str.casefold()`).
pub fn push_fold(out: &mut String, c: char) {
    match in_map(unicode::FOLD_MAP, c) {
        Some(t) => out.push_str(t),
        None => push_lower(out, c),
    }
}

/// The Case_Ignorable property (apostrophes, dots, modifier letters, combining marks, ...),
/// which the final-sigma rule skips over.
fn is_case_ignorable(c: char) -> bool {
    in_table(unicode::CASE_IGNORABLE, c)
}

/// Unicode's Final_Sigma condition for the `Σ` at byte offset `i` of `text`: a cased letter
/// precedes it and none follows it (skipping case-ignorable characters both ways).
pub fn is_final_sigma(text: &str, i: usize) -> bool {
    let before = text[..i].chars().rev().find(|&c| !is_case_ignorable(c));
    let after = text[i..].chars().skip(1).find(|&c| !is_case_ignorable(c));
    before.is_some_and(is_cased) && !after.is_some_and(is_cased)
}

/// `s.lower()`: full lowercase mappings, with Unicode's final-sigma rule as CPython applies it.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            out.push(if is_final_sigma(s, i) { 'ς' } else { 'σ' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// `s.upper()`: full uppercase mappings (`ß` becomes `SS`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}
