//! Text encodings between `str` and `bytes` (Python docs, "codecs — Standard Encodings"
//! and "Error Handlers"): UTF-8, ASCII and Latin-1 under their usual aliases, with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace` error
//! handlers, raising `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's messages.

use crate::err::PyErr;
use crate::types::class::BuiltinType;
use crate::value::PyResult;

/// A supported codec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `ascii`: code points below 128.
    Ascii,
    /// `latin-1`: code points below 256.
    Latin1,
}

impl Codec {
    /// The canonical name CPython puts in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
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
    let limit: u32 = match codec {
        // A Rust `str` holds no lone surrogates, so UTF-8 encoding cannot fail.
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
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
        "strict" | "surrogatepass" | "surrogateescape" => {
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

/// `b.decode(encoding, errors)`.
pub fn decode(bytes: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
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
