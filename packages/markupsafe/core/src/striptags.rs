//! `Markup.striptags`: drop tags and comments, normalise whitespace, then
//! decode character references.
//!
//! Everything works on bytes of (generalised) UTF-8 so Python strings with
//! lone surrogates, encoded with "surrogatepass", are handled too.

use std::borrow::Cow;

use crate::unescape::unescape_bytes_into;

/// Whether `ch` is whitespace by Python's `str.isspace` definition, which
/// `str.split()` uses: Unicode `White_Space` plus the ASCII information
/// separators U+001C..U+001F.
#[inline]
pub fn is_python_whitespace(ch: char) -> bool {
    ch.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&ch)
}

/// Length of the UTF-8 encoded Python whitespace character starting at
/// `bytes[0]`, or 0 when it is not whitespace. Matches the encodings
/// directly so no decoding is needed.
#[inline]
fn whitespace_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'\t'..=b'\r' | 0x1C..=0x1F | b' ', ..] => 1,
        // U+0085, U+00A0
        [0xC2, 0x85 | 0xA0, ..] => 2,
        // U+1680
        [0xE1, 0x9A, 0x80, ..] => 3,
        // U+2000..U+200A, U+2028, U+2029, U+202F
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] => 3,
        // U+205F
        [0xE2, 0x81, 0x9F, ..] => 3,
        // U+3000
        [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// Index of the first byte at or after `from` that could start
/// whitespace: an ASCII control/space byte (<= 0x20) or a non-ASCII lead
/// byte (>= 0x80); `bytes.len()` when there is none. Printable ASCII, the
/// bulk of text, is skipped 16 bytes at a time.
#[inline]
fn next_candidate(bytes: &[u8], from: usize) -> usize {
    let mut pos = from;
    #[cfg(target_arch = "x86_64")]
    while pos + 16 <= bytes.len() {
        use std::arch::x86_64::{
            _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
        };
        // SAFETY: SSE2 is baseline on x86_64; the load reads the 16 bytes
        // at `pos`, which the loop condition keeps inside `bytes`.
        let mask = unsafe {
            let v = _mm_loadu_si128(bytes.as_ptr().add(pos).cast());
            // Signed compare: bytes >= 0x80 are negative, so one compare
            // catches both control/space bytes and non-ASCII bytes.
            _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x21)))
        };
        if mask != 0 {
            return pos + mask.trailing_zeros() as usize;
        }
        pos += 16;
    }
    while pos < bytes.len() && (0x21..0x80).contains(&bytes[pos]) {
        pos += 1;
    }
    pos
}

/// Byte-level [`collapse_whitespace`], appending to `out`.
fn collapse_whitespace_into(bytes: &[u8], out: &mut Vec<u8>) {
    let len = bytes.len();
    let mut pos = 0;
    let mut first = true;
    loop {
        // Skip a whitespace run.
        while pos < len {
            match whitespace_len(&bytes[pos..]) {
                0 => break,
                ws => pos += ws,
            }
        }
        if pos >= len {
            return;
        }
        // A word: up to the next whitespace character.
        let start = pos;
        loop {
            pos = next_candidate(bytes, pos);
            if pos >= len || whitespace_len(&bytes[pos..]) > 0 {
                break;
            }
            pos += 1;
        }
        if !first {
            out.push(b' ');
        }
        first = false;
        out.extend_from_slice(&bytes[start..pos]);
    }
}

/// Replaces every run of (Python) whitespace with one space and trims both
/// ends, like `" ".join(text.split())`.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    collapse_whitespace_into(text.as_bytes(), &mut out);
    crate::utf8_or_lossy(out)
}

/// Byte-level [`strip_tags`]: removes tags and comments, then collapses
/// whitespace.
pub fn strip_tags_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut kept: Cow<'_, [u8]> = Cow::Borrowed(bytes);
    let mut pos = 0;
    let mut parts = Vec::new();
    while let Some(found) = memchr(b'<', &bytes[pos..]) {
        let start = pos + found;
        let end = if bytes[start..].starts_with(b"<!--") {
            match find(&bytes[start + 4..], b"-->") {
                Some(i) => start + 4 + i + 3,
                None => break,
            }
        } else {
            match memchr(b'>', &bytes[start..]) {
                Some(i) => start + i + 1,
                None => break,
            }
        };
        parts.extend_from_slice(&bytes[pos..start]);
        pos = end;
    }
    if pos > 0 {
        parts.extend_from_slice(&bytes[pos..]);
        kept = Cow::Owned(parts);
    }
    let mut out = Vec::with_capacity(kept.len());
    collapse_whitespace_into(&kept, &mut out);
    out
}

/// Removes tags and comments, then collapses whitespace; does not decode
/// references.
///
/// A comment runs from `<!--` to the next `-->`; any other tag from `<` to
/// the next `>`. An unclosed comment or tag ends the stripping: it and
/// everything after it are kept as text.
pub fn strip_tags(text: &str) -> String {
    crate::utf8_or_lossy(strip_tags_bytes(text.as_bytes()))
}

/// Byte-level [`striptags`].
pub fn striptags_bytes(bytes: &[u8]) -> Vec<u8> {
    let stripped = strip_tags_bytes(bytes);
    if !stripped.contains(&b'&') {
        return stripped;
    }
    let mut out = Vec::with_capacity(stripped.len());
    unescape_bytes_into(&stripped, &mut out);
    out
}

/// Full `Markup.striptags`: [`strip_tags`] followed by
/// [`unescape`](crate::unescape).
///
/// ```
/// use rusputyn_markupsafe_core::striptags;
/// assert_eq!(striptags("Main &raquo;\t<em>About</em>"), "Main \u{bb} About");
/// ```
pub fn striptags(text: &str) -> String {
    crate::utf8_or_lossy(striptags_bytes(text.as_bytes()))
}

use memchr::memchr;

/// Index of the first occurrence of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upstream_example() {
        let text = "<!-- outer comment --><em>Foo &amp; Bar <!-- inner comment about <em> -->\n \
                    </em><!-- comment\nwith\nnewlines\n--><meta content='tag\nwith\nnewlines'>";
        assert_eq!(striptags(text), "Foo & Bar");
    }

    #[test]
    fn unclosed_tags_are_kept() {
        assert_eq!(strip_tags("a <b>c</b> <d"), "a c <d");
        assert_eq!(strip_tags("a <!-- x"), "a <!-- x");
        assert_eq!(strip_tags("<!-->x-->y"), "y");
    }

    #[test]
    fn whitespace_matches_python_split() {
        assert_eq!(collapse_whitespace("  a\u{1c}b\u{a0}\u{3000}c \n"), "a b c");
        assert_eq!(collapse_whitespace(" \t "), "");
        assert_eq!(
            collapse_whitespace("x\u{2029}\u{202f}y\u{205f}z\u{1680}"),
            "x y z"
        );
        assert_eq!(collapse_whitespace("\u{200b}"), "\u{200b}");
        for ch in (0..0x11000u32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let encoded = ch.encode_utf8(&mut buf);
            assert_eq!(
                whitespace_len(encoded.as_bytes()) > 0,
                is_python_whitespace(ch),
                "{ch:?}"
            );
        }
    }
}
