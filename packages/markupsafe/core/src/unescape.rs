//! Decoding of HTML5 character references, matching Python's
//! `html.unescape` (what upstream `Markup.unescape` calls).
//!
//! A reference starts at `&` and is one of:
//! * `#` + ASCII decimal digits, optional `;`
//! * `#x` / `#X` + ASCII hex digits, optional `;`
//! * 1 to 32 characters other than tab, line feed, form feed, space, `<`,
//!   `&`, `#` and `;`, optional `;` (a named reference).
//!
//! Anything else leaves the `&` as literal text. Named references that are
//! unknown are resolved by the longest known prefix of at least two
//! characters (legacy references such as `&ampfoo` → `&foo`); the rest of
//! the consumed text is copied literally.

use std::borrow::Cow;

use crate::entities::lookup_bytes;

/// Most characters a named reference may span (the longest HTML5 name,
/// including its `;`, is 32 characters too).
const MAX_NAME_CHARS: usize = 32;

/// Replacement for the numeric character reference with code `code`
/// (`&#code;`), following the HTML5 parsing rules Python implements:
/// Windows-1252 remapping of the C1 range, U+FFFD for NUL, surrogates and
/// out-of-range values, and the empty string for the code points HTML
/// declares invalid (most control characters and the noncharacters).
///
/// `code` saturates: any value above `u32::MAX` should be passed as
/// `u32::MAX`, which behaves like every other out-of-range value.
pub fn numeric_reference(code: u32) -> Cow<'static, str> {
    if let Some(mapped) = remapped_charref(code) {
        return Cow::Borrowed(mapped);
    }
    if (0xD800..=0xDFFF).contains(&code) || code > 0x10FFFF {
        return Cow::Borrowed("\u{FFFD}");
    }
    if is_invalid_codepoint(code) {
        return Cow::Borrowed("");
    }
    match char::from_u32(code) {
        Some(ch) => Cow::Owned(ch.to_string()),
        // Unreachable: surrogates and out-of-range values were handled
        // above; answer like them rather than panic.
        None => Cow::Borrowed("\u{FFFD}"),
    }
}

/// The references the HTML5 spec remaps instead of decoding literally:
/// NUL, carriage return and the C1 controls that Windows-1252 assigns to
/// printable characters (those it leaves unassigned map to themselves).
fn remapped_charref(code: u32) -> Option<&'static str> {
    Some(match code {
        0x00 => "\u{FFFD}",
        0x0D => "\r",
        0x80 => "\u{20AC}",
        0x81 => "\u{81}",
        0x82 => "\u{201A}",
        0x83 => "\u{0192}",
        0x84 => "\u{201E}",
        0x85 => "\u{2026}",
        0x86 => "\u{2020}",
        0x87 => "\u{2021}",
        0x88 => "\u{02C6}",
        0x89 => "\u{2030}",
        0x8A => "\u{0160}",
        0x8B => "\u{2039}",
        0x8C => "\u{0152}",
        0x8D => "\u{8D}",
        0x8E => "\u{017D}",
        0x8F => "\u{8F}",
        0x90 => "\u{90}",
        0x91 => "\u{2018}",
        0x92 => "\u{2019}",
        0x93 => "\u{201C}",
        0x94 => "\u{201D}",
        0x95 => "\u{2022}",
        0x96 => "\u{2013}",
        0x97 => "\u{2014}",
        0x98 => "\u{02DC}",
        0x99 => "\u{2122}",
        0x9A => "\u{0161}",
        0x9B => "\u{203A}",
        0x9C => "\u{0153}",
        0x9D => "\u{9D}",
        0x9E => "\u{017E}",
        0x9F => "\u{0178}",
        _ => return None,
    })
}

/// Code points a numeric reference must not produce (they decode to
/// nothing): C0 controls other than tab, LF, FF and CR, DEL and the C1
/// range, and the Unicode noncharacters.
fn is_invalid_codepoint(code: u32) -> bool {
    matches!(code, 0x01..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F..=0x9F | 0xFDD0..=0xFDEF)
        || (code & 0xFFFE == 0xFFFE && code <= 0x10FFFF)
}

/// Bytes that end a named reference's name.
#[inline]
fn ends_name(byte: u8) -> bool {
    matches!(
        byte,
        b'\t' | b'\n' | 0x0C | b' ' | b'<' | b'&' | b'#' | b';'
    )
}

/// Whether `byte` starts a character in (generalised) UTF-8, i.e. is not a
/// continuation byte.
#[inline]
fn starts_char(byte: u8) -> bool {
    !(0x80..=0xBF).contains(&byte)
}

/// Parses the reference whose `&` is at `amp` and appends its replacement
/// to `out`. Returns the index just past the consumed text, or `None` when
/// no reference starts there (the `&` is then literal text).
fn decode_at(bytes: &[u8], amp: usize, out: &mut Vec<u8>) -> Option<usize> {
    let start = amp + 1;
    if bytes.get(start) == Some(&b'#') {
        let (radix, digits_start) = match bytes.get(start + 1) {
            Some(b'x' | b'X') => (16, start + 2),
            _ => (10, start + 1),
        };
        let digits = bytes[digits_start..]
            .iter()
            .take_while(|b| {
                if radix == 16 {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return None;
        }
        let end = digits_start + digits;
        let code = bytes[digits_start..end].iter().fold(0u32, |acc, &b| {
            // Digits were validated above, so `to_digit` cannot fail;
            // saturate so huge references fall into the out-of-range rule.
            let digit = char::from(b).to_digit(radix).unwrap_or(0);
            acc.saturating_mul(radix).saturating_add(digit)
        });
        out.extend_from_slice(numeric_reference(code).as_bytes());
        return Some(if bytes.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        });
    }

    // Named reference: up to 32 *characters* of name; count lead bytes so
    // multi-byte characters count once.
    let mut end = start;
    let mut chars = 0;
    while let Some(&byte) = bytes.get(end) {
        if starts_char(byte) {
            if chars == MAX_NAME_CHARS || ends_name(byte) {
                break;
            }
            chars += 1;
        }
        end += 1;
    }
    if chars == 0 {
        return None;
    }
    if bytes.get(end) == Some(&b';') {
        end += 1;
    }
    let name = &bytes[start..end];
    if let Some(value) = lookup_bytes(name) {
        out.extend_from_slice(value.as_bytes());
        return Some(end);
    }
    // Longest known prefix of at least two characters. Every table name is
    // ASCII, so a byte-length prefix matches exactly when the same-length
    // character prefix would; prefixes cut inside a multi-byte character
    // never match.
    for cut in (2..name.len()).rev() {
        if let Some(value) = lookup_bytes(&name[..cut]) {
            out.extend_from_slice(value.as_bytes());
            out.extend_from_slice(&name[cut..]);
            return Some(end);
        }
    }
    out.extend_from_slice(&bytes[amp..end]);
    Some(end)
}

/// Appends `bytes` with every character reference decoded to `out`.
///
/// Works on UTF-8 and on Python's "surrogatepass" UTF-8 alike: only ASCII
/// bytes are ever inspected as syntax.
pub fn unescape_bytes_into(bytes: &[u8], out: &mut Vec<u8>) {
    let mut copied = 0;
    let mut search = 0;
    while let Some(found) = memchr::memchr(b'&', &bytes[search..]) {
        let amp = search + found;
        out.extend_from_slice(&bytes[copied..amp]);
        match decode_at(bytes, amp, out) {
            Some(end) => {
                copied = end;
                search = end;
            }
            None => {
                // Literal `&`: it is copied with the next run of text.
                copied = amp;
                search = amp + 1;
            }
        }
    }
    out.extend_from_slice(&bytes[copied..]);
}

/// Byte-level [`unescape`]; borrows the input when it contains no `&`.
pub fn unescape_bytes(bytes: &[u8]) -> Cow<'_, [u8]> {
    if memchr::memchr(b'&', bytes).is_none() {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    unescape_bytes_into(bytes, &mut out);
    Cow::Owned(out)
}

/// Decodes HTML5 named (`&raquo;`, `&amp`) and numeric (`&#34;`, `&#x3b;`)
/// character references like Python's `html.unescape`.
///
/// Borrows the input when it contains no `&`.
///
/// ```
/// use rusputyn_markupsafe_core::unescape;
/// assert_eq!(unescape("Main &raquo; <em>About</em>"), "Main \u{bb} <em>About</em>");
/// assert_eq!(unescape("&foo&#x3b;"), "&foo;");
/// ```
pub fn unescape(text: &str) -> Cow<'_, str> {
    match unescape_bytes(text.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        Cow::Owned(bytes) => Cow::Owned(crate::utf8_or_lossy(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_references() {
        assert_eq!(unescape("&lt;test&gt;"), "<test>");
        assert_eq!(
            unescape("jack & tavi are cooler than mike &amp; russ"),
            "jack & tavi are cooler than mike & russ"
        );
        assert_eq!(unescape("&ampamp;"), "&amp;");
        assert_eq!(unescape("&notit;"), "\u{ac}it;");
        assert_eq!(unescape("&nonexistent;"), "&nonexistent;");
        assert_eq!(unescape("&;"), "&;");
        assert_eq!(unescape("& x"), "& x");
        assert_eq!(unescape("&"), "&");
        assert_eq!(unescape("&é;"), "&é;");
    }

    #[test]
    fn numeric_references() {
        assert_eq!(unescape("&#60;&#x3C;&#X3c"), "<<<");
        assert_eq!(unescape("&#0;"), "\u{FFFD}");
        assert_eq!(unescape("&#x80;"), "\u{20AC}");
        assert_eq!(unescape("&#xD800;"), "\u{FFFD}");
        assert_eq!(unescape("&#1;"), "");
        assert_eq!(unescape("&#99999999999999999999;"), "\u{FFFD}");
        assert_eq!(unescape("&#x;"), "&#x;");
        assert_eq!(unescape("&#;"), "&#;");
        assert_eq!(unescape("&#65a"), "Aa");
        assert_eq!(unescape("&#x10FFFF;"), "");
        assert_eq!(unescape("&#x10FFFD;"), "\u{10FFFD}");
    }

    #[test]
    fn name_length_limit() {
        let long = format!("&{};", "a".repeat(40));
        assert_eq!(unescape(&long), long);
    }
}
