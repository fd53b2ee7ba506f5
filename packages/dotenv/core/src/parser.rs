//! The `.env` statement parser.
//!
//! The grammar is the one python-dotenv 1.x accepts: optional `export `, a key that is
//! either single-quoted or a run of characters other than `=`, `#` and whitespace, an
//! optional `=` followed by a single-quoted, double-quoted or bare value, an optional
//! inline comment and the end of the line. A statement that does not fit is reported as
//! an error binding covering the rest of its line, and parsing resumes after it, so the
//! parser never fails as a whole.
//!
//! Everything here works on byte offsets of a `&str`; every offset the parser stores
//! is produced by stepping over whole characters, so slicing can never split a UTF-8
//! sequence. Line numbers are counted per consumed chunk exactly like python-dotenv
//! does (a `\r\n` split across two chunks counts as two line breaks), because callers
//! compare the reported numbers with upstream's.

use std::borrow::Cow;

/// Whitespace as Python's `str.isspace()` (and therefore `re`'s `\s`) defines it.
///
/// Rust's `char::is_whitespace` lacks the four ASCII information separators
/// `\x1c`..`\x1f`, which Python treats as whitespace, so they are added here.
#[inline]
pub fn is_py_space(c: char) -> bool {
    match c {
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' => true,
        c if (c as u32) < 0x85 => false,
        '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' => true,
        '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => true,
        _ => false,
    }
}

/// Whitespace that does not end a line (`[^\S\r\n]` in regex terms).
#[inline]
pub fn is_inline_space(c: char) -> bool {
    c != '\n' && c != '\r' && is_py_space(c)
}

/// The raw source text of one statement and the line it starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Original<'a> {
    /// The exact slice of the input this statement was parsed from, including its
    /// leading blank lines and its line terminator.
    pub string: &'a str,
    /// 1-based line number of the first character of `string`.
    pub line: usize,
}

/// One parsed statement of a `.env` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding<'a> {
    /// The key, or `None` for comments, blank trailing space and errors.
    pub key: Option<&'a str>,
    /// The value with escapes decoded; `None` when the statement has no `=`.
    pub value: Option<Cow<'a, str>>,
    /// Where the statement came from.
    pub original: Original<'a>,
    /// `true` when the statement could not be parsed.
    pub error: bool,
}

/// A statement that did not match the grammar; the parser recovers by skipping the
/// rest of the line, so this never escapes the module.
struct Mismatch;

/// Iterator over the [`Binding`]s of a `.env` text.
///
/// ```
/// use rusputyn_dotenv_core::parser::Parser;
/// let keys: Vec<_> = Parser::new("A=1\n# note\nexport B='two'\n")
///     .filter_map(|b| b.key)
///     .collect();
/// assert_eq!(keys, ["A", "B"]);
/// ```
#[derive(Debug, Clone)]
pub struct Parser<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Parser<'a> {
    /// Starts parsing `text`. A single leading byte-order mark is ignored, as upstream
    /// does after reading the stream.
    pub fn new(text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Parser {
            text,
            pos: 0,
            line: 1,
        }
    }

    /// The text being parsed (without the byte-order mark).
    pub fn text(&self) -> &'a str {
        self.text
    }

    #[inline]
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    #[inline]
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// Moves to `to`, counting the line breaks of the consumed chunk on their own.
    #[inline]
    fn advance_to(&mut self, to: usize) {
        self.line += count_line_breaks(&self.text[self.pos..to]);
        self.pos = to;
    }

    /// Byte offset of the first character at or after `from` not satisfying `pred`.
    #[inline]
    fn scan_while(&self, from: usize, pred: impl Fn(char) -> bool) -> usize {
        let rest = &self.text[from..];
        match rest.char_indices().find(|&(_, c)| !pred(c)) {
            Some((i, _)) => from + i,
            None => self.text.len(),
        }
    }

    /// Byte offset of the end of the current line's content (before `\r`/`\n`).
    #[inline]
    fn line_end(&self, from: usize) -> usize {
        let bytes = &self.text.as_bytes()[from..];
        match bytes.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) => from + i,
            None => self.text.len(),
        }
    }

    fn parse_key(&mut self) -> Result<Option<&'a str>, Mismatch> {
        match self.peek() {
            Some('#') => Ok(None),
            Some('\'') => {
                // `'` + one or more non-quote characters (newlines included) + `'`.
                let start = self.pos + 1;
                let close = self.text[start..].find('\'').ok_or(Mismatch)?;
                if close == 0 {
                    return Err(Mismatch);
                }
                let key = &self.text[start..start + close];
                self.advance_to(start + close + 1);
                Ok(Some(key))
            }
            _ => {
                let end = self.scan_while(self.pos, |c| c != '=' && c != '#' && !is_py_space(c));
                if end == self.pos {
                    return Err(Mismatch);
                }
                let key = &self.text[self.pos..end];
                self.advance_to(end);
                Ok(Some(key))
            }
        }
    }

    /// Scans a quoted value starting at the opening `quote`; returns the content
    /// between the quotes. A backslash always swallows the next character.
    fn parse_quoted(&mut self, quote: char) -> Result<&'a str, Mismatch> {
        let start = self.pos + 1;
        let mut chars = self.text[start..].char_indices();
        while let Some((i, c)) = chars.next() {
            if c == '\\' {
                if chars.next().is_none() {
                    return Err(Mismatch);
                }
            } else if c == quote {
                let content = &self.text[start..start + i];
                self.advance_to(start + i + 1);
                return Ok(content);
            }
        }
        Err(Mismatch)
    }

    fn parse_value(&mut self) -> Result<Cow<'a, str>, Mismatch> {
        match self.peek() {
            Some('\'') => Ok(decode_escapes(self.parse_quoted('\'')?, false)),
            Some('"') => Ok(decode_escapes(self.parse_quoted('"')?, true)),
            None | Some('\n') | Some('\r') => Ok(Cow::Borrowed("")),
            Some(_) => {
                let end = self.line_end(self.pos);
                let raw = &self.text[self.pos..end];
                self.advance_to(end);
                Ok(Cow::Borrowed(strip_unquoted(raw)))
            }
        }
    }

    /// Everything after the optional `export ` prefix; any `Err` turns the statement
    /// into an error binding.
    fn parse_statement(&mut self) -> Result<(Option<&'a str>, Option<Cow<'a, str>>), Mismatch> {
        if self.rest().starts_with("export") {
            let after = self.pos + "export".len();
            let end = self.scan_while(after, is_inline_space);
            if end > after {
                self.advance_to(end);
            }
        }
        let key = self.parse_key()?;
        let ws_end = self.scan_while(self.pos, is_inline_space);
        self.advance_to(ws_end);
        let value = if self.peek() == Some('=') {
            let eq = self.pos;
            let end = self.scan_while(eq + 1, is_inline_space);
            self.advance_to(end);
            // `KEY= # note` has an empty value and a comment, while `KEY=#x` is the
            // value `#x`: whitespace after `=` decides.
            if end > eq + 1 && self.peek() == Some('#') {
                Some(Cow::Borrowed(""))
            } else {
                Some(self.parse_value()?)
            }
        } else {
            None
        };
        // Optional inline comment.
        let ws_end = self.scan_while(self.pos, is_inline_space);
        if self.text[ws_end..].starts_with('#') {
            let end = self.line_end(ws_end);
            self.advance_to(end);
        }
        // End of line (or of input), possibly after trailing blanks.
        let ws_end = self.scan_while(self.pos, is_inline_space);
        let tail = &self.text[ws_end..];
        let end = if tail.starts_with("\r\n") {
            ws_end + 2
        } else if tail.starts_with('\n') || tail.starts_with('\r') || tail.is_empty() {
            ws_end + usize::from(!tail.is_empty())
        } else {
            return Err(Mismatch);
        };
        self.advance_to(end);
        Ok((key, value))
    }

    fn parse_binding(&mut self) -> Binding<'a> {
        let mark = self.pos;
        let mark_line = self.line;
        let ws_end = self.scan_while(self.pos, is_py_space);
        self.advance_to(ws_end);
        let (key, value, error) = if self.pos >= self.text.len() {
            (None, None, false)
        } else {
            match self.parse_statement() {
                Ok((key, value)) => (key, value, false),
                Err(Mismatch) => {
                    // Skip the rest of the line; note upstream's pattern tries a lone
                    // `\r` before `\r\n`, so only the `\r` of a CRLF is consumed here.
                    let mut end = self.line_end(self.pos);
                    if end < self.text.len() {
                        end += 1;
                    }
                    self.advance_to(end);
                    (None, None, true)
                }
            }
        };
        Binding {
            key,
            value,
            original: Original {
                string: &self.text[mark..self.pos],
                line: mark_line,
            },
            error,
        }
    }
}

impl<'a> Iterator for Parser<'a> {
    type Item = Binding<'a>;

    fn next(&mut self) -> Option<Binding<'a>> {
        if self.pos < self.text.len() {
            Some(self.parse_binding())
        } else {
            None
        }
    }
}

/// Parses a whole `.env` text into its bindings.
pub fn parse(text: &str) -> Vec<Binding<'_>> {
    Parser::new(text).collect()
}

/// Counts line breaks, treating `\r\n` as one.
pub fn count_line_breaks(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'\n' || b == b'\r') {
        let at = i + off;
        n += 1;
        i = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
    }
    n
}

/// Drops an inline comment (whitespace followed by `#`) from a bare value, then trailing
/// whitespace.
fn strip_unquoted(raw: &str) -> &str {
    let mut cut = raw.len();
    let mut prev_space = false;
    for (i, c) in raw.char_indices() {
        if c == '#' && prev_space {
            cut = i;
            break;
        }
        prev_space = is_py_space(c);
    }
    raw[..cut].trim_end_matches(is_py_space)
}

/// Decodes the backslash escapes a quoted value may contain: `\\` and `\'` in single
/// quotes; additionally `\"`, `\a`, `\b`, `\f`, `\n`, `\r`, `\t` and `\v` in double
/// quotes. Any other backslash is kept literally.
pub fn decode_escapes(raw: &str, double_quoted: bool) -> Cow<'_, str> {
    if !raw.contains('\\') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let decoded = match chars.peek() {
            Some('\\') => Some('\\'),
            Some('\'') => Some('\''),
            Some(&next) if double_quoted => match next {
                '"' => Some('"'),
                'a' => Some('\x07'),
                'b' => Some('\x08'),
                'f' => Some('\x0c'),
                'n' => Some('\n'),
                'r' => Some('\r'),
                't' => Some('\t'),
                'v' => Some('\x0b'),
                _ => None,
            },
            _ => None,
        };
        match decoded {
            Some(d) => {
                out.push(d);
                chars.next();
            }
            None => out.push('\\'),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b<'a>(
        key: Option<&'a str>,
        value: Option<&'a str>,
        string: &'a str,
        line: usize,
        error: bool,
    ) -> Binding<'a> {
        Binding {
            key,
            value: value.map(Cow::Borrowed),
            original: Original { string, line },
            error,
        }
    }

    #[test]
    fn python_whitespace_table() {
        let python: [u32; 29] = [
            0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000,
            0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028,
            0x2029, 0x202f, 0x205f, 0x3000,
        ];
        let ours: Vec<u32> = (0..=0x10ffffu32)
            .filter_map(char::from_u32)
            .filter(|&c| is_py_space(c))
            .map(|c| c as u32)
            .collect();
        assert_eq!(ours, python);
    }

    #[test]
    fn simple_and_quoted() {
        assert_eq!(parse(""), vec![]);
        assert_eq!(parse("a=b"), vec![b(Some("a"), Some("b"), "a=b", 1, false)]);
        assert_eq!(
            parse(" export 'a'=b"),
            vec![b(Some("a"), Some("b"), " export 'a'=b", 1, false)]
        );
        assert_eq!(
            parse("a=\"b\\nc\""),
            vec![b(Some("a"), Some("b\nc"), "a=\"b\\nc\"", 1, false)]
        );
        assert_eq!(
            parse("a='b\\nc'"),
            vec![b(Some("a"), Some("b\\nc"), "a='b\\nc'", 1, false)]
        );
        assert_eq!(
            parse("a='b\\\\\\'c'"),
            vec![b(Some("a"), Some("b\\'c"), "a='b\\\\\\'c'", 1, false)]
        );
    }

    #[test]
    fn comments_and_bare_values() {
        assert_eq!(
            parse("a=b #c"),
            vec![b(Some("a"), Some("b"), "a=b #c", 1, false)]
        );
        assert_eq!(
            parse("a=b#c"),
            vec![b(Some("a"), Some("b#c"), "a=b#c", 1, false)]
        );
        assert_eq!(
            parse("a= #b"),
            vec![b(Some("a"), Some(""), "a= #b", 1, false)]
        );
        assert_eq!(
            parse("a=#b"),
            vec![b(Some("a"), Some("#b"), "a=#b", 1, false)]
        );
        assert_eq!(
            parse("a=# # comment"),
            vec![b(Some("a"), Some("#"), "a=# # comment", 1, false)]
        );
        assert_eq!(parse("# a=b"), vec![b(None, None, "# a=b", 1, false)]);
        assert_eq!(
            parse("a=b\u{a0} c"),
            vec![b(Some("a"), Some("b\u{a0} c"), "a=b\u{a0} c", 1, false)]
        );
    }

    #[test]
    fn errors_recover_at_next_line() {
        assert_eq!(parse("a: b"), vec![b(None, None, "a: b", 1, true)]);
        assert_eq!(
            parse("a=\"\nb=c"),
            vec![
                b(None, None, "a=\"\n", 1, true),
                b(Some("b"), Some("c"), "b=c", 2, false)
            ]
        );
        // Only the `\r` of a CRLF is consumed by the recovery, as upstream does.
        assert_eq!(
            parse("a: b\r\nc=d"),
            vec![
                b(None, None, "a: b\r", 1, true),
                b(Some("c"), Some("d"), "\nc=d", 2, false)
            ]
        );
    }

    #[test]
    fn line_numbers_and_blank_lines() {
        assert_eq!(parse("\n\n"), vec![b(None, None, "\n\n", 1, false)]);
        assert_eq!(
            parse("a=b\r\nc=d"),
            vec![
                b(Some("a"), Some("b"), "a=b\r\n", 1, false),
                b(Some("c"), Some("d"), "c=d", 2, false)
            ]
        );
        assert_eq!(
            parse("# c\na=\"b\nc\"\nd=e\n"),
            vec![
                b(None, None, "# c\n", 1, false),
                b(Some("a"), Some("b\nc"), "a=\"b\nc\"\n", 2, false),
                b(Some("d"), Some("e"), "d=e\n", 4, false)
            ]
        );
        assert_eq!(
            parse("\u{feff}a=b"),
            vec![b(Some("a"), Some("b"), "a=b", 1, false)]
        );
    }

    #[test]
    fn keys_without_values_and_exports() {
        assert_eq!(
            parse("no_value_var"),
            vec![b(Some("no_value_var"), None, "no_value_var", 1, false)]
        );
        assert_eq!(
            parse("export export_a=1"),
            vec![b(
                Some("export_a"),
                Some("1"),
                "export export_a=1",
                1,
                false
            )]
        );
        assert_eq!(
            parse("export=1"),
            vec![b(Some("export"), Some("1"), "export=1", 1, false)]
        );
        assert_eq!(
            parse("export  =1"),
            vec![b(None, None, "export  =1", 1, true)]
        );
        assert_eq!(parse("''=1"), vec![b(None, None, "''=1", 1, true)]);
    }

    #[test]
    fn trailing_backslash_is_not_a_closing_quote() {
        assert_eq!(parse("a='b\\"), vec![b(None, None, "a='b\\", 1, true)]);
        assert_eq!(parse("a=\"\\\""), vec![b(None, None, "a=\"\\\"", 1, true)]);
    }

    #[test]
    fn escape_decoding() {
        assert_eq!(decode_escapes("a\\tb\\x\\\\n", true), "a\tb\\x\\n");
        assert_eq!(decode_escapes("a\\tb\\'", false), "a\\tb'");
        assert_eq!(decode_escapes("\\", true), "\\");
    }

    #[test]
    fn line_break_counting() {
        assert_eq!(count_line_breaks("a\r\nb\rc\nd"), 3);
        assert_eq!(count_line_breaks("\n\r"), 2);
        assert_eq!(count_line_breaks(""), 0);
    }
}
