//! Character predicates of the matcher: categories (`\d`, `\w`, `\s`) with CPython's
//! Unicode definitions (those of `str.isdecimal`, `str.isalnum`, `str.isspace`), case-
//! insensitive comparison as CPython's `re` does it, and set membership.

use super::ast::{Category, CharSet, Fold, SetItem};
use crate::types::str::chars;

/// `\d`, `\w`, `\s` for one character.
pub fn in_category(cat: Category, ascii: bool, c: char) -> bool {
    if ascii || (c.is_ascii() && cat != Category::Space) {
        return c.is_ascii()
            && match cat {
                Category::Digit => c.is_ascii_digit(),
                Category::Word => c.is_ascii_alphanumeric() || c == '_',
                Category::Space => matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'),
            };
    }
    match cat {
        Category::Digit => chars::is_decimal(c),
        Category::Word => chars::is_alnum(c) || c == '_',
        Category::Space => chars::is_space(c),
    }
}

/// A word character for `\b` and `\B`.
pub fn is_word(c: char, ascii: bool) -> bool {
    in_category(Category::Word, ascii, c)
}

/// The lowercase CPython's `re` compares under IGNORECASE: the first character of the
/// full mapping (`İ` lowers to `i`).
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut s = String::new();
    chars::push_lower(&mut s, c);
    s.chars().next().unwrap_or(c)
}

/// The uppercase of `c` when it is a single character (`ß` has none: it uppers to `SS`).
fn upper_single(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_uppercase());
    }
    let mut s = String::new();
    chars::push_upper(&mut s, c);
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(u), None) => Some(u),
        _ => None,
    }
}

/// Whether `a` and `b` are equal under `fold`.
pub fn fold_eq(a: char, b: char, fold: Fold) -> bool {
    if a == b {
        return true;
    }
    match fold {
        Fold::None => false,
        Fold::Ascii => a.is_ascii() && b.is_ascii() && a.eq_ignore_ascii_case(&b),
        Fold::Unicode => {
            if a.is_ascii() && b.is_ascii() {
                return a.eq_ignore_ascii_case(&b);
            }
            lower(a) == lower(b)
                || matches!((upper_single(a), upper_single(b)), (Some(x), Some(y)) if x == y)
        }
    }
}

fn item_contains(item: &SetItem, c: char) -> bool {
    match *item {
        SetItem::Char(x) => x == c,
        SetItem::Range(lo, hi) => lo <= c && c <= hi,
        SetItem::Cat {
            cat,
            negated,
            ascii,
        } => in_category(cat, ascii, c) != negated,
    }
}

/// Membership of `c` in `set`, its case variants included under IGNORECASE.
pub fn set_contains(set: &CharSet, c: char) -> bool {
    let hit = |c: char| set.items.iter().any(|it| item_contains(it, c));
    let found = hit(c)
        || match set.fold {
            Fold::None => false,
            Fold::Ascii => {
                c.is_ascii_alphabetic()
                    && (hit(c.to_ascii_lowercase()) || hit(c.to_ascii_uppercase()))
            }
            Fold::Unicode => {
                let l = lower(c);
                hit(l)
                    || upper_single(c).is_some_and(|u| hit(u) || hit(lower(u)))
                    || upper_single(l).is_some_and(hit)
                    || set_has_fold_partner(set, c)
            }
        };
    found != set.negated
}

/// Characters of the set that are case-equivalent to `c` without being its plain lower or
/// upper case (`ſ` for `s`, `ϑ` for `θ`): compares against each single character listed.
fn set_has_fold_partner(set: &CharSet, c: char) -> bool {
    set.items.iter().any(|it| match *it {
        SetItem::Char(x) => fold_eq(x, c, Fold::Unicode),
        _ => false,
    })
}
