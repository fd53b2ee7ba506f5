//! Substring search tuned for the short strings most programs handle.
//!
//! `str::find`/`str::replace` with a `&str` pattern build a Two-Way searcher first, which
//! costs more than the whole search on a haystack of a few dozen bytes. Short haystacks
//! are scanned directly (first byte, then the rest compared); long ones keep the Two-Way
//! search, whose worst case stays linear.

/// Haystacks up to this many bytes use the direct scan.
const SHORT: usize = 256;

/// The byte offset of the first occurrence of a non-empty `needle` in `hay` at or after
/// byte `from` (a char boundary, as every match of a valid UTF-8 needle is).
pub fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let h = &hay.as_bytes()[from..];
    let n = needle.as_bytes();
    if h.len() > SHORT {
        return hay[from..].find(needle).map(|i| i + from);
    }
    let (&first, rest) = n.split_first()?;
    if n.len() > h.len() {
        return None;
    }
    let last_start = h.len() - n.len();
    let mut i = 0;
    while i <= last_start {
        match h[i..=last_start].iter().position(|&b| b == first) {
            None => return None,
            Some(p) => i += p,
        }
        if &h[i + 1..i + n.len()] == rest {
            return Some(i + from);
        }
        i += 1;
    }
    None
}

/// `text.replace(old, new, count)` for a non-empty `old`; `limit` `None` replaces all.
pub fn replace(text: &str, old: &str, new: &str, limit: Option<usize>) -> String {
    debug_assert!(!old.is_empty());
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut left = limit.unwrap_or(usize::MAX);
    while left > 0 {
        let Some(at) = find_from(text, old, pos) else {
            break;
        };
        out.push_str(&text[pos..at]);
        out.push_str(new);
        pos = at + old.len();
        left -= 1;
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_like_std() {
        for (hay, needle) in [
            ("item-00001", "item-"),
            ("aaab", "ab"),
            ("abc", "abcd"),
            ("", "a"),
            ("xyz", "z"),
            ("héllo wörld", "wö"),
            ("ababab", "bab"),
        ] {
            for from in (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                assert_eq!(
                    find_from(hay, needle, from),
                    hay[from..].find(needle).map(|i| i + from),
                    "{hay:?} {needle:?} {from}"
                );
            }
        }
        let long = "ab".repeat(300) + "abc";
        assert_eq!(find_from(&long, "abc", 0), long.find("abc"));
    }

    #[test]
    fn replaces_like_std() {
        let long = "x-".repeat(200);
        for (t, o, n) in [
            ("item-00001", "item-", ""),
            ("aaaa", "aa", "b"),
            ("abcabc", "c", "XY"),
            ("none here", "zz", "y"),
            (long.as_str(), "-", "+"),
        ] {
            assert_eq!(replace(t, o, n, None), t.replace(o, n));
            assert_eq!(replace(t, o, n, Some(1)), t.replacen(o, n, 1));
            assert_eq!(replace(t, o, n, Some(0)), t.replacen(o, n, 0));
        }
    }
}
