//! Text encodings between `str` and `bytes` (Python docs, "codecs — Standard Encodings"
//! and "Error Handlers"): UTF-8 (also with a signature), UTF-16, UTF-32, ASCII and Latin-1
//! under their usual aliases, with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` error
//! handlers, raising `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's messages.

use crate::err::PyErr;
use crate::types::class::BuiltinType;
use crate::value::{PyResult, Value};

/// A supported codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `ascii`: code points below 128.
    Ascii,
    /// `latin-1`: code points below 256.
    Latin1,
    /// `utf-8-sig`: UTF-8 with a byte-order mark written, and skipped when present.
    Utf8Sig,
    /// `utf-16`: a byte-order mark, then little-endian (decoding honours the mark).
    Utf16,
    /// `utf-16-le`.
    Utf16Le,
    /// `utf-16-be`.
    Utf16Be,
    /// `utf-32`: a byte-order mark, then little-endian (decoding honours the mark).
    Utf32,
    /// `utf-32-le`.
    Utf32Le,
    /// `utf-32-be`.
    Utf32Be,
}

impl Codec {
    /// The canonical name CPython puts in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }

    /// Looks an encoding name up as `codecs.lookup` does: case-insensitively, with runs of
    /// punctuation and spaces treated as one `_`; `LookupError` for an unknown name.
    pub fn lookup(name: &str) -> PyResult<Codec> {
        let mut norm = String::with_capacity(name.len());
        let mut pending_sep = false;
        for c in name.chars() {
            if c.is_ascii_alphanumeric() || c == '.' {
                if pending_sep && !norm.is_empty() {
                    norm.push('_');
                }
                pending_sep = false;
                norm.push(c.to_ascii_lowercase());
            } else {
                pending_sep = true;
            }
        }
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
            | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" | "us" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => {
                Codec::Latin1
            }
            "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
            "utf_16" | "utf16" | "u16" => Codec::Utf16,
            "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
            "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
            "utf_32" | "utf32" | "u32" => Codec::Utf32,
            "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
            "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
            _ => {
                return Err(PyErr::new(
                    BuiltinType::LookupError,
                    format!("unknown encoding: {name}"),
                ));
            }
        })
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        BuiltinType::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

fn char_escape(c: char) -> String {
    let u = c as u32;
    if u <= 0xff {
        format!("\\x{u:02x}")
    } else if u <= 0xffff {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    // A Rust `str` holds no lone surrogates, so the UTF encodings cannot fail.
    let utf16 = |big: bool, bom: bool| -> Vec<u8> {
        let units = (if bom { Some(0xFEFF) } else { None })
            .into_iter()
            .chain(s.encode_utf16());
        units
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    let utf32 = |big: bool, bom: bool| -> Vec<u8> {
        let units = (if bom { Some(0xFEFF) } else { None })
            .into_iter()
            .chain(s.chars().map(|c| c as u32));
        units
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([&[0xEF, 0xBB, 0xBF], s.as_bytes()].concat()),
        Codec::Utf16 => return Ok(utf16(false, true)),
        Codec::Utf16Le => return Ok(utf16(false, false)),
        Codec::Utf16Be => return Ok(utf16(true, false)),
        Codec::Utf32 => return Ok(utf32(false, true)),
        Codec::Utf32Le => return Ok(utf32(false, false)),
        Codec::Utf32Be => return Ok(utf32(true, false)),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython reports (and replaces) the whole run of unencodable characters at once.
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                let msg = if end == i + 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {i}: {reason}",
                        codec.name(),
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {i}-{}: {reason}",
                        codec.name(),
                        end - 1
                    )
                };
                return Err(PyErr::new(BuiltinType::UnicodeEncodeError, msg));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

/// UTF-16 from byte `start` on (after any byte-order mark), with CPython's error ranges.
fn decode_utf16(bytes: &[u8], start: usize, big: bool, errors: &str) -> PyResult<String> {
    let codec = if big { Codec::Utf16Be } else { Codec::Utf16Le };
    let unit = |i: usize| -> u16 {
        let pair = [bytes[i], bytes[i + 1]];
        if big {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut i = start;
    while i < bytes.len() {
        if i + 1 >= bytes.len() {
            decode_error(
                &mut out,
                codec,
                errors,
                bytes,
                i,
                bytes.len(),
                "truncated data",
            )?;
            break;
        }
        let u = unit(i);
        match u {
            0xD800..=0xDBFF => {
                if i + 3 >= bytes.len() {
                    decode_error(
                        &mut out,
                        codec,
                        errors,
                        bytes,
                        i,
                        bytes.len(),
                        "unexpected end of data",
                    )?;
                    break;
                }
                let lo = unit(i + 2);
                if (0xDC00..=0xDFFF).contains(&lo) {
                    let c = 0x10000 + ((u as u32 - 0xD800) << 10) + (lo as u32 - 0xDC00);
                    out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    i += 4;
                } else {
                    decode_error(
                        &mut out,
                        codec,
                        errors,
                        bytes,
                        i,
                        i + 2,
                        "illegal UTF-16 surrogate",
                    )?;
                    i += 2;
                }
            }
            0xDC00..=0xDFFF => {
                decode_error(&mut out, codec, errors, bytes, i, i + 2, "illegal encoding")?;
                i += 2;
            }
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
                i += 2;
            }
        }
    }
    Ok(out)
}

/// UTF-32 from byte `start` on (after any byte-order mark).
fn decode_utf32(bytes: &[u8], start: usize, big: bool, errors: &str) -> PyResult<String> {
    let codec = if big { Codec::Utf32Be } else { Codec::Utf32Le };
    let mut out = String::with_capacity(bytes.len() / 4);
    let mut i = start;
    while i < bytes.len() {
        if i + 3 >= bytes.len() {
            decode_error(
                &mut out,
                codec,
                errors,
                bytes,
                i,
                bytes.len(),
                "truncated data",
            )?;
            break;
        }
        let quad = [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]];
        let u = if big {
            u32::from_be_bytes(quad)
        } else {
            u32::from_le_bytes(quad)
        };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None if (0xD800..0xE000).contains(&u) => decode_error(
                &mut out,
                codec,
                errors,
                bytes,
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => decode_error(
                &mut out,
                codec,
                errors,
                bytes,
                i,
                i + 4,
                "code point not in range(0x110000)",
            )?,
        }
        i += 4;
    }
    Ok(out)
}

/// What to do with one undecodable byte range `bytes[start..end]`.
fn decode_error(
    out: &mut String,
    codec: Codec,
    errors: &str,
    bytes: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors {
        // CPython would decode the bytes into lone surrogates (U+DC80.. for
        // `surrogateescape`), which a Rusputyn `str` cannot hold.
        "surrogateescape" => Err(crate::err::lone_surrogate(0xDC00 + u32::from(bytes[start]))),
        "strict" | "surrogatepass" => {
            let msg = if end == start + 1 {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    codec.name(),
                    bytes[start]
                )
            } else {
                format!(
                    "'{}' codec can't decode bytes in position {start}-{}: {reason}",
                    codec.name(),
                    end - 1
                )
            };
            Err(PyErr::new(BuiltinType::UnicodeDecodeError, msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &bytes[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        other => Err(unknown_handler(other)),
    }
}

/// `bytes.decode(encoding, errors)` and `str(bytes, encoding, errors)` from their argument
/// values: `fname` names the caller in the `TypeError` for a non-`str` encoding or handler
/// (`decode() argument 'encoding' must be str, not int`).
pub fn decode_args(
    fname: &str,
    bytes: &[u8],
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<String> {
    let text = |param: &str, v: Option<&'_ Value>, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(crate::err::type_error(format!(
                "{fname}() argument '{param}' must be str, not {}",
                other.type_name()
            ))),
        }
    };
    let encoding = text("encoding", encoding, "utf-8")?;
    let errors = text("errors", errors, "strict")?;
    decode(bytes, Codec::lookup(&encoding)?, &errors)
}

/// `b.decode(encoding, errors)`.
pub fn decode(bytes: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8Sig => decode(
            bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes),
            Codec::Utf8,
            errors,
        ),
        Codec::Utf16 => match bytes {
            [0xFE, 0xFF, ..] => decode_utf16(bytes, 2, true, errors),
            [0xFF, 0xFE, ..] => decode_utf16(bytes, 2, false, errors),
            _ => decode_utf16(bytes, 0, false, errors),
        },
        Codec::Utf16Le => decode_utf16(bytes, 0, false, errors),
        Codec::Utf16Be => decode_utf16(bytes, 0, true, errors),
        Codec::Utf32 => match bytes {
            [0, 0, 0xFE, 0xFF, ..] => decode_utf32(bytes, 4, true, errors),
            [0xFF, 0xFE, 0, 0, ..] => decode_utf32(bytes, 4, false, errors),
            _ => decode_utf32(bytes, 0, false, errors),
        },
        Codec::Utf32Le => decode_utf32(bytes, 0, false, errors),
        Codec::Utf32Be => decode_utf32(bytes, 0, true, errors),
        Codec::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(
                        &mut out,
                        codec,
                        errors,
                        bytes,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(bytes.len());
            let mut rest = bytes;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // `valid_up_to` guarantees this prefix is valid UTF-8.
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let first = rest[good];
                        // Rust's error length is the "maximal subpart" CPython also uses.
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) if matches!(first, 0x80..=0xC1 | 0xF5..=0xFF) => {
                                (n, "invalid start byte")
                            }
                            Some(n) => (n, "invalid continuation byte"),
                        };
                        decode_error(
                            &mut out,
                            codec,
                            errors,
                            bytes,
                            base + good,
                            base + good + len,
                            reason,
                        )?;
                        rest = &rest[good + len..];
                        base += good + len;
                    }
                }
            }
        }
    }
}
