"""Generates unicode.rs: the Unicode character properties `str` methods need, taken from
the running CPython's own `str` predicates and `unicodedata`, so the tables match the
Unicode version (14.0 for CPython 3.11) and the exact rules of the interpreter we mirror.

Run with the oracle interpreter, from this directory:
    python3 gen_unicode.py > unicode.rs
"""

import sys
import unicodedata

MAX = 0x110000


def ranges(pred):
    out = []
    start = None
    for i in range(MAX):
        if 0xD800 <= i <= 0xDFFF:
            ok = False
        else:
            ok = pred(chr(i))
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, MAX - 1))
    return out


def emit_ranges(name, doc, rs):
    print(f"/// {doc}")
    print("#[rustfmt::skip]")
    print(f"pub static {name}: &[(u32, u32)] = &[")
    line = []
    for a, b in rs:
        line.append(f"(0x{a:X}, 0x{b:X})")
        if len(line) == 6:
            print("    " + ", ".join(line) + ",")
            line = []
    if line:
        print("    " + ", ".join(line) + ",")
    print("];")


def emit_map(name, doc, pairs):
    print(f"/// {doc}")
    print("#[rustfmt::skip]")
    print(f"pub static {name}: &[(u32, &str)] = &[")
    for c, s in pairs:
        esc = "".join(f"\\u{{{ord(x):X}}}" for x in s)
        print(f'    (0x{c:X}, "{esc}"),')
    print("];")


def main():
    v = unicodedata.unidata_version
    print("//! Unicode character properties for `str` methods, generated from CPython")
    print(f"//! {sys.version_info.major}.{sys.version_info.minor} (Unicode {v}).")
    print("//!")
    print("//! Generated — do not edit — regenerate with")
    print("//! `python3 gen_unicode.py > unicode.rs` in this directory.")
    cat = unicodedata.category
    print()
    emit_ranges("PRINTABLE", "Code points `str.isprintable()` accepts (not Cc Cf Cs Co Cn Zl Zp Zs, except space).",
                ranges(lambda c: c.isprintable()))
    print()
    emit_ranges("SPACE", "Code points `str.isspace()` accepts (bidi WS/B/S or category Zs); also `split()`'s separators.",
                ranges(lambda c: c.isspace()))
    print()
    emit_ranges("ALPHA", "Code points `str.isalpha()` accepts (categories Lm Lt Lu Ll Lo).",
                ranges(lambda c: c.isalpha()))
    print()
    emit_ranges("DECIMAL", "Code points `str.isdecimal()` accepts (Numeric_Type=Decimal).",
                ranges(lambda c: c.isdecimal()))
    print()
    emit_ranges("DIGIT", "Code points `str.isdigit()` accepts (Numeric_Type=Decimal or Digit).",
                ranges(lambda c: c.isdigit()))
    print()
    emit_ranges("NUMERIC", "Code points `str.isnumeric()` accepts (any Numeric_Type).",
                ranges(lambda c: c.isnumeric()))
    print()
    emit_ranges("LOWER", "Code points with the Lowercase property (`c.islower()` for one code point).",
                ranges(lambda c: c.islower()))
    print()
    emit_ranges("UPPER", "Code points with the Uppercase property (`c.isupper()` for one code point).",
                ranges(lambda c: c.isupper()))
    print()
    emit_ranges("TITLE", "Code points of category Lt (titlecase letters).",
                ranges(lambda c: cat(c) == "Lt"))
    print()
    # Word_Break MidLetter, MidNumLet and Single_Quote, which Case_Ignorable includes.
    word_break = set("\u0027\u002e\u003a\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a")
    emit_ranges("CASE_IGNORABLE", "Code points with the Case_Ignorable property (skipped by the final-sigma rule).",
                ranges(lambda c: cat(c) in ("Mn", "Me", "Cf", "Lm", "Sk") or c in word_break))
    print()
    emit_ranges("XID_START", "Code points that may start an identifier (XID_Start, plus `_`).",
                ranges(lambda c: c.isidentifier()))
    print()
    emit_ranges("XID_CONTINUE", "Code points that may continue an identifier (XID_Continue).",
                ranges(lambda c: ("a" + c).isidentifier()))
    print()
    emit_map("TITLE_MAP", "Full titlecase mappings that differ from the full uppercase mapping.",
             [(i, chr(i).title()) for i in range(MAX) if not 0xD800 <= i <= 0xDFFF and chr(i).title() != chr(i).upper()])
    print()
    emit_map("FOLD_MAP", "Full case-folding mappings that differ from the full lowercase mapping.",
             [(i, chr(i).casefold()) for i in range(MAX) if not 0xD800 <= i <= 0xDFFF and chr(i).casefold() != chr(i).lower()])


main()
