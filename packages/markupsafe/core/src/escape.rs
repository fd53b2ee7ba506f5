//! HTML escaping of the five characters MarkupSafe treats as special.
//!
//! The special characters are all ASCII, so the scan works on UTF-8 bytes:
//! a byte of a multi-byte sequence is always >= 0x80 and can never be
//! mistaken for one of them. The scan compares whole 32-byte chunks with
//! branch-free boolean folds, which the compiler turns into SIMD compares;
//! that keeps the common "nothing to escape" case close to memory speed.

use std::borrow::Cow;

/// Width of the chunks the scanner examines at once.
const CHUNK: usize = 32;

/// Whether `byte` is one of `&`, `<`, `>`, `'` or `"`.
#[inline(always)]
fn is_special(byte: u8) -> bool {
    // Plain comparisons (no table lookup) so chunk folds vectorise.
    (byte == b'&') | (byte == b'<') | (byte == b'>') | (byte == b'\'') | (byte == b'"')
}

/// The replacement MarkupSafe emits for a special byte.
#[inline(always)]
fn replacement(byte: u8) -> &'static str {
    match byte {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'\'' => "&#39;",
        // The only remaining special byte is `"`; callers only pass
        // bytes for which `is_special` holds.
        _ => "&#34;",
    }
}

/// Returns the index of the first byte of `bytes` that needs escaping, if
/// any.
#[inline]
pub fn find_special(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(CHUNK);
    let mut offset = 0;
    for chunk in &mut chunks {
        // Fold without early exit so the loop body is one vector compare.
        let hit = chunk.iter().fold(false, |acc, &b| acc | is_special(b));
        if hit {
            return chunk
                .iter()
                .position(|&b| is_special(b))
                .map(|i| offset + i);
        }
        offset += CHUNK;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is_special(b))
        .map(|i| offset + i)
}

/// Whether `text` contains any character that [`escape`] would replace.
#[inline]
pub fn needs_escape(text: &str) -> bool {
    find_special(text.as_bytes()).is_some()
}

/// Length in bytes of `escape(text)`, computed without building it.
pub fn escaped_len(text: &str) -> usize {
    text.as_bytes()
        .iter()
        .copied()
        .map(|b| {
            if is_special(b) {
                replacement(b).len()
            } else {
                1
            }
        })
        .sum()
}

/// Appends the escaped form of `text` to `out`.
///
/// `&` becomes `&amp;`, `<` `&lt;`, `>` `&gt;`, `'` `&#39;` and `"` `&#34;`;
/// every other character is copied unchanged.
pub fn escape_into(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    while let Some(found) = find_special(&bytes[copied..]) {
        let at = copied + found;
        // `at` indexes an ASCII byte, so both slices end on char boundaries.
        out.push_str(&text[copied..at]);
        out.push_str(replacement(bytes[at]));
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
}

/// Byte-level [`escape_into`]: works on any ASCII-compatible encoding,
/// notably the "surrogatepass" UTF-8 that Python produces for strings with
/// lone surrogates, which is not valid UTF-8 for `str`.
pub fn escape_bytes_into(bytes: &[u8], out: &mut Vec<u8>) {
    let mut copied = 0;
    while let Some(found) = find_special(&bytes[copied..]) {
        let at = copied + found;
        out.extend_from_slice(&bytes[copied..at]);
        out.extend_from_slice(replacement(bytes[at]).as_bytes());
        copied = at + 1;
    }
    out.extend_from_slice(&bytes[copied..]);
}

/// Byte-level [`escape`]; borrows the input when nothing needs escaping.
pub fn escape_bytes(bytes: &[u8]) -> Cow<'_, [u8]> {
    match find_special(bytes) {
        None => Cow::Borrowed(bytes),
        Some(first) => {
            let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 8 + 8);
            out.extend_from_slice(&bytes[..first]);
            escape_bytes_into(&bytes[first..], &mut out);
            Cow::Owned(out)
        }
    }
}

/// Escapes `text` for safe inclusion in HTML or XML.
///
/// Returns the input borrowed when nothing needs escaping, so the caller can
/// reuse the original string object.
///
/// ```
/// use rusputyn_markupsafe_core::escape;
/// assert_eq!(escape("<a href='x'>&</a>"), "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
/// assert!(matches!(escape("plain"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn escape(text: &str) -> Cow<'_, str> {
    match find_special(text.as_bytes()) {
        None => Cow::Borrowed(text),
        Some(first) => {
            // Most escaped strings have few specials; a small headroom
            // avoids regrowing in the common case without over-allocating.
            let mut out = String::with_capacity(text.len() + text.len() / 8 + 8);
            // `first` indexes an ASCII byte, hence a char boundary.
            out.push_str(&text[..first]);
            escape_into(&text[first..], &mut out);
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_specials() {
        assert_eq!(escape("abcd&><'\"efgh"), "abcd&amp;&gt;&lt;&#39;&#34;efgh");
        assert_eq!(escape("\"<>&'"), "&#34;&lt;&gt;&amp;&#39;");
    }

    #[test]
    fn keeps_multibyte_text() {
        assert_eq!(
            escape("こんにちは&><'\"こんばんは"),
            "こんにちは&amp;&gt;&lt;&#39;&#34;こんばんは"
        );
        assert_eq!(
            escape("\u{1f363}\u{1f362}&><'\"\u{1f37a} xyz"),
            "\u{1f363}\u{1f362}&amp;&gt;&lt;&#39;&#34;\u{1f37a} xyz"
        );
    }

    #[test]
    fn borrowed_when_clean() {
        assert!(matches!(escape(""), Cow::Borrowed("")));
        let long = "x".repeat(1000);
        assert!(matches!(escape(&long), Cow::Borrowed(_)));
    }

    #[test]
    fn finds_specials_across_chunk_boundaries() {
        for len in 0..100 {
            for pos in 0..len {
                let mut s = "a".repeat(len);
                s.replace_range(pos..pos + 1, "<");
                assert_eq!(find_special(s.as_bytes()), Some(pos));
                assert_eq!(escaped_len(&s), escape(&s).len());
            }
            assert_eq!(find_special("a".repeat(len).as_bytes()), None);
        }
    }
}
