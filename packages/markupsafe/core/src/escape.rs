//! HTML escaping of the five characters MarkupSafe treats as special.
//!
//! The special characters are all ASCII, so the scan works on UTF-8 bytes:
//! a byte of a multi-byte sequence is always >= 0x80 and can never be
//! mistaken for one of them. The scan classifies 16-byte blocks at once
//! (SSE2 compares and a movemask on x86_64, a portable fold elsewhere) into
//! a bit mask of special positions, so clean text costs a few instructions
//! per block and dense text visits only the set bits.

use std::borrow::Cow;

/// Width of the blocks the scanner classifies at once.
const BLOCK: usize = 16;

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

/// Classifies a block: bit `i` of the first mask is set when `block[i]`
/// is `&`, `'` or `"` (escaped with 4 extra bytes), of the second when it
/// is `<` or `>` (3 extra bytes).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn class_masks(block: &[u8; BLOCK]) -> (u32, u32) {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is part of the x86_64 baseline, so these intrinsics are
    // always available; the unaligned load reads exactly the 16 bytes of
    // `block`.
    unsafe {
        let v = _mm_loadu_si128(block.as_ptr().cast());
        let eq = |byte: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(byte as i8));
        let four = _mm_or_si128(_mm_or_si128(eq(b'&'), eq(b'\'')), eq(b'"'));
        let three = _mm_or_si128(eq(b'<'), eq(b'>'));
        (
            _mm_movemask_epi8(four) as u32,
            _mm_movemask_epi8(three) as u32,
        )
    }
}

/// Portable fallback of the SSE2 classifier.
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn class_masks(block: &[u8; BLOCK]) -> (u32, u32) {
    block
        .iter()
        .enumerate()
        .fold((0, 0), |(four, three), (i, &b)| {
            (
                four | (u32::from(matches!(b, b'&' | b'\'' | b'"')) << i),
                three | (u32::from(matches!(b, b'<' | b'>')) << i),
            )
        })
}

/// Bit `i` of the result is set when `block[i]` is special.
#[inline(always)]
fn special_mask(block: &[u8; BLOCK]) -> u32 {
    let (four, three) = class_masks(block);
    four | three
}

/// Iterates over `bytes` in full blocks, yielding each block's offset and
/// special-byte mask; the tail shorter than a block is classified too
/// (via a zero-padded copy).
#[inline(always)]
fn for_each_block(bytes: &[u8], mut f: impl FnMut(usize, u32) -> bool) {
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut offset = 0;
    for block in &mut blocks {
        // `chunks_exact` yields exactly BLOCK bytes; the fallback never runs.
        let block: &[u8; BLOCK] = block.try_into().unwrap_or(&[0; BLOCK]);
        if !f(offset, special_mask(block)) {
            return;
        }
        offset += BLOCK;
    }
    let rest = blocks.remainder();
    if !rest.is_empty() {
        let mut padded = [0u8; BLOCK];
        padded[..rest.len()].copy_from_slice(rest);
        f(offset, special_mask(&padded));
    }
}

/// Returns the index of the first byte of `bytes` that needs escaping, if
/// any.
#[inline]
pub fn find_special(bytes: &[u8]) -> Option<usize> {
    let mut found = None;
    for_each_block(bytes, |offset, mask| {
        if mask != 0 {
            found = Some(offset + mask.trailing_zeros() as usize);
            return false;
        }
        true
    });
    found
}

/// Whether `text` contains any character that [`escape`] would replace.
#[inline]
pub fn needs_escape(text: &str) -> bool {
    find_special(text.as_bytes()).is_some()
}

/// Number of bytes escaping adds to `bytes` (0 when nothing needs
/// escaping).
#[inline]
fn extra_len(bytes: &[u8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("popcnt") {
        // SAFETY: the CPU supports POPCNT, checked just above.
        return unsafe { extra_len_popcnt(bytes) };
    }
    extra_len_generic(bytes)
}

/// [`extra_len_generic`] compiled with the POPCNT instruction (x86_64
/// baseline lacks it; the software fallback costs a dozen instructions per
/// dirty block).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "popcnt")]
unsafe fn extra_len_popcnt(bytes: &[u8]) -> usize {
    extra_len_generic(bytes)
}

/// Portable body of [`extra_len`].
#[inline(always)]
fn extra_len_generic(bytes: &[u8]) -> usize {
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut extra = 0;
    for block in &mut blocks {
        let block: &[u8; BLOCK] = block.try_into().unwrap_or(&[0; BLOCK]);
        let (four, three) = class_masks(block);
        if four | three != 0 {
            extra += 4 * four.count_ones() as usize + 3 * three.count_ones() as usize;
        }
    }
    extra
        + blocks
            .remainder()
            .iter()
            .map(|&b| ESCAPE_LEN[usize::from(ESCAPE_KIND[usize::from(b)])] - 1)
            .sum::<usize>()
}

/// Length in bytes of `escape(text)`, computed without building it.
pub fn escaped_len(text: &str) -> usize {
    text.len() + extra_len(text.as_bytes())
}

/// Per byte: 0 when the byte is copied unchanged, otherwise the index of
/// its replacement in [`ESCAPE_PADDED`] / [`ESCAPE_LEN`].
static ESCAPE_KIND: [u8; 256] = {
    let mut table = [0; 256];
    table[b'&' as usize] = 1;
    table[b'<' as usize] = 2;
    table[b'>' as usize] = 3;
    table[b'\'' as usize] = 4;
    table[b'"' as usize] = 5;
    table
};

/// Replacements padded to 8 bytes so the writer can store each with one
/// fixed-size copy and then advance by the real length.
static ESCAPE_PADDED: [[u8; 8]; 6] = [
    *b"\0\0\0\0\0\0\0\0",
    *b"&amp;\0\0\0",
    *b"&lt;\0\0\0\0",
    *b"&gt;\0\0\0\0",
    *b"&#39;\0\0\0",
    *b"&#34;\0\0\0",
];

/// Real length of each [`ESCAPE_PADDED`] entry (entry 0: the byte itself).
static ESCAPE_LEN: [usize; 6] = [1, 5, 4, 4, 5, 5];

/// Extra capacity the writer needs past the escaped text: a 16-byte run
/// store may spill up to 15 bytes beyond the bytes it accounts for.
const PAD: usize = BLOCK;

/// Per byte, its escaped form packed little-endian into a `u64` (the
/// byte itself for plain bytes), so the writer can store any byte's output
/// with one unaligned 8-byte store.
static ESCAPE_WORD: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut byte = 0;
    while byte < 256 {
        let kind = ESCAPE_KIND[byte] as usize;
        table[byte] = if kind == 0 {
            byte as u64
        } else {
            u64::from_le_bytes(ESCAPE_PADDED[kind])
        };
        byte += 1;
    }
    table
};

/// Per byte, the length of its escaped form.
static ESCAPE_WIDTH: [u8; 256] = {
    let mut table = [1u8; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = ESCAPE_LEN[ESCAPE_KIND[byte] as usize] as u8;
        byte += 1;
    }
    table
};

/// Writes the escaped form of `bytes`, which must be exactly `total` bytes
/// long, into a new vector.
///
/// Clean blocks are copied with one 16-byte store. In blocks with special
/// bytes, the run of plain bytes before each special byte is copied with
/// one 16-byte load/store (an exact copy near the end of the input, where 16
/// bytes are not readable) and the replacement with one 8-byte store from
/// [`ESCAPE_WORD`]; the output position then advances by the real lengths,
/// so the next store overwrites the spill. Fewer, wider stores beat a
/// byte-by-byte loop even for dense text.
fn escape_exact(bytes: &[u8], total: usize) -> Vec<u8> {
    let mut out = Vec::new();
    escape_exact_into(bytes, total, &mut out);
    out
}

/// [`escape_exact`] into `out`, whose previous contents are discarded (its
/// allocation is reused when large enough).
fn escape_exact_into(bytes: &[u8], total: usize, out: &mut Vec<u8>) {
    let len = bytes.len();
    out.clear();
    out.reserve(total + PAD);
    let dst = out.as_mut_ptr();
    let src = bytes.as_ptr();
    let mut written = 0usize;
    // SAFETY (all reads and stores below): `total` is the exact escaped
    // length (from `extra_len`, which uses the same classification), the
    // capacity is `total + PAD`, and `written` only advances by the number
    // of escaped bytes emitted so far, so `written <= total` before each
    // store and a store of at most PAD (16) bytes stays inside the
    // allocation. Reads of 16 bytes happen only at `from` with
    // `from + 16 <= len`; other reads are exact and inside `bytes`. Only
    // the first `total` bytes, all of them written, become the length.
    let copy_run = |from: usize, to: usize, written: &mut usize| unsafe {
        if from + BLOCK <= len {
            let chunk = src.add(from).cast::<[u8; BLOCK]>().read_unaligned();
            dst.add(*written)
                .cast::<[u8; BLOCK]>()
                .write_unaligned(chunk);
        } else {
            std::ptr::copy_nonoverlapping(src.add(from), dst.add(*written), to - from);
        }
        *written += to - from;
    };
    let store_byte = |byte: u8, written: &mut usize| unsafe {
        dst.add(*written)
            .cast::<u64>()
            .write_unaligned(ESCAPE_WORD[usize::from(byte)].to_le());
        *written += usize::from(ESCAPE_WIDTH[usize::from(byte)]);
    };
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut offset = 0;
    for block in &mut blocks {
        let block: &[u8; BLOCK] = block.try_into().unwrap_or(&[0; BLOCK]);
        let mut mask = special_mask(block);
        if mask == 0 {
            // SAFETY: see above (a clean block is 16 escaped bytes).
            unsafe {
                dst.add(written)
                    .cast::<[u8; BLOCK]>()
                    .write_unaligned(*block)
            };
            written += BLOCK;
        } else {
            let mut from = offset;
            while mask != 0 {
                let at = offset + mask.trailing_zeros() as usize;
                copy_run(from, at, &mut written);
                store_byte(block[at - offset], &mut written);
                from = at + 1;
                mask &= mask - 1;
            }
            copy_run(from, offset + BLOCK, &mut written);
        }
        offset += BLOCK;
    }
    for &byte in blocks.remainder() {
        store_byte(byte, &mut written);
    }
    debug_assert_eq!(written, total);
    // SAFETY: see above; `written == total` bytes are initialised.
    unsafe { out.set_len(written.min(total)) };
}

/// Appends the escaped form of `text` to `out`.
///
/// `&` becomes `&amp;`, `<` `&lt;`, `>` `&gt;`, `'` `&#39;` and `"` `&#34;`;
/// every other character is copied unchanged.
pub fn escape_into(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + bytes.len() / 8 + 8);
    let mut copied = 0;
    for_each_block(bytes, |offset, mut mask| {
        while mask != 0 {
            let at = offset + mask.trailing_zeros() as usize;
            // `at` indexes an ASCII byte, so both slices end on char
            // boundaries.
            out.push_str(&text[copied..at]);
            out.push_str(replacement(bytes[at]));
            copied = at + 1;
            mask &= mask - 1;
        }
        true
    });
    out.push_str(&text[copied..]);
}

/// Byte-level [`escape_into`]: works on any ASCII-compatible encoding,
/// notably the "surrogatepass" UTF-8 that Python produces for strings with
/// lone surrogates, which is not valid UTF-8 for `str`.
pub fn escape_bytes_into(bytes: &[u8], out: &mut Vec<u8>) {
    out.reserve(bytes.len() + bytes.len() / 8 + 8);
    // `bytes[..copied]` has been emitted; clean runs are copied lazily, in
    // one piece, when the next special byte (or the end) is reached.
    let mut copied = 0;
    for_each_block(bytes, |offset, mut mask| {
        while mask != 0 {
            let at = offset + mask.trailing_zeros() as usize;
            out.extend_from_slice(&bytes[copied..at]);
            out.extend_from_slice(replacement(bytes[at]).as_bytes());
            copied = at + 1;
            mask &= mask - 1;
        }
        true
    });
    out.extend_from_slice(&bytes[copied..]);
}

/// Byte-level [`escape`]; borrows the input when nothing needs escaping.
///
/// Works on any ASCII-compatible encoding, notably the "surrogatepass"
/// UTF-8 Python produces for strings with lone surrogates.
pub fn escape_bytes(bytes: &[u8]) -> Cow<'_, [u8]> {
    match extra_len(bytes) {
        0 => Cow::Borrowed(bytes),
        extra => Cow::Owned(escape_exact(bytes, bytes.len() + extra)),
    }
}

/// Like [`escape_bytes`], but writes into `scratch` (replacing its
/// contents, reusing its allocation) and returns `false`, leaving `scratch`
/// untouched, when nothing needs escaping.
///
/// For callers that copy the result elsewhere anyway (the Python binding):
/// reusing one buffer avoids a fresh allocation, and for large strings the
/// page faults of a fresh `mmap`, on every call.
pub fn escape_bytes_reuse(bytes: &[u8], scratch: &mut Vec<u8>) -> bool {
    match extra_len(bytes) {
        0 => false,
        extra => {
            escape_exact_into(bytes, bytes.len() + extra, scratch);
            true
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
    match escape_bytes(text.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        // SAFETY: the output is the input's bytes, in order, with single
        // ASCII bytes replaced by ASCII sequences, so every UTF-8 sequence
        // of `text` survives intact and the result is valid UTF-8.
        Cow::Owned(bytes) => Cow::Owned(unsafe { String::from_utf8_unchecked(bytes) }),
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
