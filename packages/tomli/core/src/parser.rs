//! Recursive-descent parser reproducing `tomli` 2.5.0 statement by statement.
//!
//! The control flow deliberately follows `tomli`'s own rule order (strings, booleans, arrays,
//! inline tables, date-times, times, numbers, special floats) because the *first* error found
//! decides which message and position the user sees. Positions are byte offsets; the binding
//! converts them to code-point indices. Redefinition rules, which `tomli` tracks in a separate
//! path-keyed flag tree, are tracked here on the table nodes themselves (see [`Table`]): a
//! path-keyed flag always describes the node currently stored at that path, so the two views
//! agree.

use std::borrow::Cow;

use crate::error::{DecodeError, Error, ErrorKind};
use crate::value::{Date, Offset, Span, Table, Time, Value};

/// Limits applied while parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Maximum number of dotted parts in one key (`tomli` uses `sys.getrecursionlimit()`).
    pub max_key_parts: usize,
    /// Maximum nesting of inline arrays/tables (`tomli` uses 400).
    pub max_nesting: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_key_parts: 1000,
            max_nesting: 400,
        }
    }
}

/// Replaces every `"\r\n"` with `"\n"`, as `tomli` does before parsing; borrows when the text
/// contains no carriage return. [`Parser`] expects its input to have been normalised so.
pub fn normalize_newlines(src: &str) -> Cow<'_, str> {
    if src.as_bytes().contains(&b'\r') {
        Cow::Owned(src.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(src)
    }
}

/// Parses a newline-normalised document with default [`Options`].
pub fn parse(src: &str) -> Result<Table<'_>, Error> {
    Parser::new(src, Options::default()).parse()
}

type Key<'a> = Vec<Cow<'a, str>>;
type PResult<T> = Result<T, Error>;

/// Single-use parser over one document; after [`Parser::parse`] it still exposes the spans of
/// the floats met (in document order), also when parsing failed part-way.
#[derive(Debug)]
pub struct Parser<'a> {
    src: &'a str,
    b: &'a [u8],
    opts: Options,
    floats: Vec<Span>,
    /// Current section number, bumped at every table header. Tables crossed by dotted keys
    /// in an earlier section count as explicitly defined (`tomli`'s "pending" flags).
    section: u32,
}

fn derr(kind: ErrorKind, pos: usize) -> Error {
    Error::Decode(DecodeError { kind, pos })
}

fn is_bare(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

fn is_ws(c: u8) -> bool {
    c == b' ' || c == b'\t'
}

/// Control characters forbidden in one-line strings and comments (everything below 0x20
/// except tab, plus DEL).
#[inline]
fn illegal_line(c: u8) -> bool {
    (c < 0x20 && c != b'\t') || c == 0x7f
}

/// Control characters forbidden in multi-line strings (newline is allowed too).
#[inline]
fn illegal_multiline(c: u8) -> bool {
    (c < 0x20 && c != b'\t' && c != b'\n') || c == 0x7f
}

fn key_strings(parts: &[Cow<'_, str>]) -> Vec<String> {
    parts.iter().map(|p| p.to_string()).collect()
}

impl<'a> Parser<'a> {
    /// Creates a parser over `src`, which must already be newline-normalised
    /// (see [`normalize_newlines`]).
    pub fn new(src: &'a str, opts: Options) -> Self {
        Parser {
            src,
            b: src.as_bytes(),
            opts,
            floats: Vec::new(),
            section: 1,
        }
    }

    /// Spans of every float lexeme parsed so far, in document order; [`Value::Float`]'s
    /// `index` points into this list.
    pub fn float_spans(&self) -> &[Span] {
        &self.floats
    }

    fn at(&self, pos: usize) -> Option<u8> {
        self.b.get(pos).copied()
    }

    fn starts_with(&self, pos: usize, pat: &[u8]) -> bool {
        self.b.get(pos..pos + pat.len()) == Some(pat)
    }

    fn skip_ws(&self, mut pos: usize) -> usize {
        while matches!(self.at(pos), Some(c) if is_ws(c)) {
            pos += 1;
        }
        pos
    }

    fn skip_ws_nl(&self, mut pos: usize) -> usize {
        while matches!(self.at(pos), Some(b' ' | b'\t' | b'\n')) {
            pos += 1;
        }
        pos
    }

    /// Parses the whole document into its root table.
    pub fn parse(&mut self) -> Result<Table<'a>, Error> {
        let mut root = Table::default();
        let mut header: Key<'a> = Vec::new();
        let mut pos = 0;
        loop {
            pos = self.skip_ws(pos);
            let Some(c) = self.at(pos) else { break };
            if c == b'\n' {
                pos += 1;
                continue;
            }
            if is_bare(c) || c == b'"' || c == b'\'' {
                pos = self.key_value_rule(pos, &mut root, &header)?;
                pos = self.skip_ws(pos);
            } else if c == b'[' {
                // A new section: dotted-key marks of earlier sections become final.
                self.section += 1;
                if self.at(pos + 1) == Some(b'[') {
                    (pos, header) = self.create_list_rule(pos, &mut root)?;
                } else {
                    (pos, header) = self.create_dict_rule(pos, &mut root)?;
                }
                pos = self.skip_ws(pos);
            } else if c != b'#' {
                return Err(derr(ErrorKind::InvalidStatement, pos));
            }
            pos = self.skip_comment(pos)?;
            match self.at(pos) {
                None => break,
                Some(b'\n') => pos += 1,
                Some(_) => return Err(derr(ErrorKind::ExpectedNewline, pos)),
            }
        }
        Ok(root)
    }

    fn is_explicit(&self, t: &Table<'_>) -> bool {
        t.explicit || (t.dotted_section != 0 && t.dotted_section != self.section)
    }

    fn create_dict_rule(&mut self, pos: usize, root: &mut Table<'a>) -> PResult<(usize, Key<'a>)> {
        let pos = self.skip_ws(pos + 1);
        let (pos, key) = self.parse_key(pos)?;

        // Flag checks first (frozen anywhere on the path, explicit at the end).
        let mut cur: Option<&Table<'a>> = Some(root);
        for (i, part) in key.iter().enumerate() {
            let last = i + 1 == key.len();
            let Some(t) = cur else { break };
            cur = match t.entries.get(part) {
                Some(Value::Table(t2)) => {
                    if t2.frozen || (last && self.is_explicit(t2)) {
                        return Err(derr(ErrorKind::CannotDeclareTwice(key_strings(&key)), pos));
                    }
                    Some(t2)
                }
                Some(Value::Array(_)) => {
                    return Err(derr(ErrorKind::CannotDeclareTwice(key_strings(&key)), pos));
                }
                Some(Value::ArrayOfTables(v)) => {
                    if last {
                        return Err(derr(ErrorKind::CannotDeclareTwice(key_strings(&key)), pos));
                    }
                    v.last()
                }
                _ => None,
            };
        }

        let mut t: &mut Table<'a> = root;
        for part in &key {
            let entry = t
                .entries
                .get_or_insert_with(part, || Value::Table(Box::default()));
            t = match entry {
                Value::Table(t2) => t2,
                Value::ArrayOfTables(v) => match v.last_mut() {
                    Some(t2) => t2,
                    None => return Err(derr(ErrorKind::CannotOverwrite, pos)),
                },
                _ => return Err(derr(ErrorKind::CannotOverwrite, pos)),
            };
        }
        t.explicit = true;

        if self.at(pos) != Some(b']') {
            return Err(derr(ErrorKind::ExpectedTableEnd, pos));
        }
        Ok((pos + 1, key))
    }

    fn create_list_rule(&mut self, pos: usize, root: &mut Table<'a>) -> PResult<(usize, Key<'a>)> {
        let pos = self.skip_ws(pos + 2);
        let (pos, key) = self.parse_key(pos)?;

        let mut cur: Option<&Table<'a>> = Some(root);
        for part in &key {
            let Some(t) = cur else { break };
            cur = match t.entries.get(part) {
                Some(Value::Table(t2)) if t2.frozen => {
                    return Err(derr(ErrorKind::CannotMutate(key_strings(&key)), pos));
                }
                Some(Value::Table(t2)) => Some(t2),
                Some(Value::Array(_)) => {
                    return Err(derr(ErrorKind::CannotMutate(key_strings(&key)), pos));
                }
                Some(Value::ArrayOfTables(v)) => v.last(),
                _ => None,
            };
        }

        let (stem, parent) = match key.split_last() {
            Some(x) => x,
            None => return Err(derr(ErrorKind::CannotOverwrite, pos)),
        };
        let mut t: &mut Table<'a> = root;
        for part in parent {
            let entry = t
                .entries
                .get_or_insert_with(part, || Value::Table(Box::default()));
            t = match entry {
                Value::Table(t2) => t2,
                Value::ArrayOfTables(v) => match v.last_mut() {
                    Some(t2) => t2,
                    None => return Err(derr(ErrorKind::CannotOverwrite, pos)),
                },
                _ => return Err(derr(ErrorKind::CannotOverwrite, pos)),
            };
        }
        match t.entries.get_mut(stem) {
            Some(Value::ArrayOfTables(v)) => v.push(Table::default()),
            Some(_) => return Err(derr(ErrorKind::CannotOverwrite, pos)),
            None => {
                t.entries
                    .push_new(stem.clone(), Value::ArrayOfTables(vec![Table::default()]));
            }
        }

        if !self.starts_with(pos, b"]]") {
            return Err(derr(ErrorKind::ExpectedArrayTableEnd, pos));
        }
        Ok((pos + 2, key))
    }

    /// Follows an already-created header path (arrays of tables resolve to their last item).
    fn header_ref<'t>(root: &'t Table<'a>, header: &[Cow<'a, str>]) -> Option<&'t Table<'a>> {
        let mut t = root;
        for part in header {
            t = match t.entries.get(part)? {
                Value::Table(t2) => t2,
                Value::ArrayOfTables(v) => v.last()?,
                _ => return None,
            };
        }
        Some(t)
    }

    fn header_mut<'t>(
        root: &'t mut Table<'a>,
        header: &[Cow<'a, str>],
    ) -> Option<&'t mut Table<'a>> {
        let mut t = root;
        for part in header {
            t = match t.entries.get_mut(part)? {
                Value::Table(t2) => t2,
                Value::ArrayOfTables(v) => v.last_mut()?,
                _ => return None,
            };
        }
        Some(t)
    }

    fn key_value_rule(
        &mut self,
        pos: usize,
        root: &mut Table<'a>,
        header: &Key<'a>,
    ) -> PResult<usize> {
        let (pos, key, value) = self.parse_key_value_pair(pos, 0)?;
        let Some((stem, parent)) = key.split_last() else {
            return Err(derr(ErrorKind::CannotOverwrite, pos));
        };
        let full = |n: usize| -> Vec<String> {
            let mut v = key_strings(header);
            v.extend(key_strings(&key[..n]));
            v
        };

        // Read-only pass: explicit tables on the dotted path, then frozen namespaces.
        let mut frozen = false;
        let mut cur = Self::header_ref(root, header);
        for (i, part) in parent.iter().enumerate() {
            let Some(t) = cur else { break };
            cur = match t.entries.get(part) {
                Some(Value::Table(t2)) => {
                    if self.is_explicit(t2) {
                        return Err(derr(ErrorKind::CannotRedefine(full(i + 1)), pos));
                    }
                    frozen |= t2.frozen;
                    Some(t2)
                }
                Some(Value::ArrayOfTables(_)) => {
                    return Err(derr(ErrorKind::CannotRedefine(full(i + 1)), pos));
                }
                Some(Value::Array(_)) => {
                    frozen = true;
                    None
                }
                _ => None,
            };
        }
        if frozen {
            return Err(derr(ErrorKind::CannotMutate(full(parent.len())), pos));
        }

        let section = self.section;
        let Some(mut t) = Self::header_mut(root, header) else {
            return Err(derr(ErrorKind::CannotOverwrite, pos));
        };
        for part in parent {
            let entry = t
                .entries
                .get_or_insert_with(part, || Value::Table(Box::default()));
            t = match entry {
                Value::Table(t2) => {
                    if t2.dotted_section == 0 {
                        t2.dotted_section = section;
                    }
                    t2
                }
                _ => return Err(derr(ErrorKind::CannotOverwrite, pos)),
            };
        }
        if t.entries.contains_key(stem) {
            return Err(derr(ErrorKind::CannotOverwrite, pos));
        }
        t.entries.push_new(stem.clone(), value);
        Ok(pos)
    }

    fn parse_key_value_pair(
        &mut self,
        pos: usize,
        nest: usize,
    ) -> PResult<(usize, Key<'a>, Value<'a>)> {
        let (pos, key) = self.parse_key(pos)?;
        if self.at(pos) != Some(b'=') {
            return Err(derr(ErrorKind::ExpectedEquals, pos));
        }
        let pos = self.skip_ws(pos + 1);
        let (pos, value) = self.parse_value(pos, nest)?;
        Ok((pos, key, value))
    }

    fn parse_key(&mut self, pos: usize) -> PResult<(usize, Key<'a>)> {
        let (pos, part) = self.parse_key_part(pos)?;
        let mut key = vec![part];
        let mut pos = self.skip_ws(pos);
        while self.at(pos) == Some(b'.') {
            pos = self.skip_ws(pos + 1);
            let (p, part) = self.parse_key_part(pos)?;
            key.push(part);
            if key.len() > self.opts.max_key_parts {
                return Err(Error::TooManyKeyParts(self.opts.max_key_parts));
            }
            pos = self.skip_ws(p);
        }
        Ok((pos, key))
    }

    fn parse_key_part(&mut self, pos: usize) -> PResult<(usize, Cow<'a, str>)> {
        match self.at(pos) {
            Some(c) if is_bare(c) => {
                let mut end = pos + 1;
                while matches!(self.at(end), Some(c) if is_bare(c)) {
                    end += 1;
                }
                Ok((end, Cow::Borrowed(&self.src[pos..end])))
            }
            Some(b'\'') => self.parse_literal_str(pos),
            Some(b'"') => self.parse_basic_str(pos + 1, false),
            _ => Err(derr(ErrorKind::InvalidKeyStart, pos)),
        }
    }

    /// Finds `expect` from `pos`, then rejects control characters before it (the order in
    /// which `tomli` reports the two problems).
    fn skip_until(
        &self,
        pos: usize,
        expect: &'static str,
        error_on: impl Fn(u8) -> bool,
        error_on_eof: bool,
    ) -> PResult<usize> {
        let rest = &self.b[pos.min(self.b.len())..];
        let found = if expect.len() == 1 {
            rest.iter().position(|&c| c == expect.as_bytes()[0])
        } else {
            self.src[pos.min(self.b.len())..].find(expect)
        };
        let new_pos = match found {
            Some(i) => pos + i,
            None if error_on_eof => {
                return Err(derr(ErrorKind::Expected(expect), self.b.len()));
            }
            None => self.b.len(),
        };
        if let Some(i) = self.b[pos.min(new_pos)..new_pos]
            .iter()
            .position(|&c| error_on(c))
        {
            let p = pos + i;
            return Err(derr(ErrorKind::FoundInvalidChar(self.b[p] as char), p));
        }
        Ok(new_pos)
    }

    fn skip_comment(&self, pos: usize) -> PResult<usize> {
        if self.at(pos) == Some(b'#') {
            self.skip_until(pos + 1, "\n", illegal_line, false)
        } else {
            Ok(pos)
        }
    }

    fn skip_comments_and_array_ws(&self, mut pos: usize) -> PResult<usize> {
        loop {
            let before = pos;
            pos = self.skip_ws_nl(pos);
            pos = self.skip_comment(pos)?;
            if pos == before {
                return Ok(pos);
            }
        }
    }

    fn parse_literal_str(&self, pos: usize) -> PResult<(usize, Cow<'a, str>)> {
        let start = pos + 1;
        let end = self.skip_until(start, "'", illegal_line, true)?;
        Ok((end + 1, Cow::Borrowed(&self.src[start..end])))
    }

    fn parse_multiline_str(&self, pos: usize, literal: bool) -> PResult<(usize, Cow<'a, str>)> {
        let mut pos = pos + 3;
        if self.at(pos) == Some(b'\n') {
            pos += 1;
        }
        let (delim, mut result) = if literal {
            let end = self.skip_until(pos, "'''", illegal_multiline, true)?;
            let s = Cow::Borrowed(&self.src[pos..end]);
            pos = end + 3;
            (b'\'', s)
        } else {
            let (p, s) = self.parse_basic_str(pos, true)?;
            pos = p;
            (b'"', s)
        };
        // A closing run of four or five delimiters puts one or two of them in the content.
        for _ in 0..2 {
            if self.at(pos) != Some(delim) {
                break;
            }
            result.to_mut().push(delim as char);
            pos += 1;
        }
        Ok((pos, result))
    }

    fn parse_basic_str(&self, mut pos: usize, multiline: bool) -> PResult<(usize, Cow<'a, str>)> {
        let mut owned: Option<String> = None;
        let mut start = pos;
        loop {
            let Some(c) = self.at(pos) else {
                return Err(derr(ErrorKind::UnterminatedString, pos));
            };
            // Fast path: ordinary text (including every byte of non-ASCII characters).
            if c >= 0x20 && c != b'"' && c != b'\\' && c != 0x7f {
                pos += 1;
                continue;
            }
            if c == b'"' {
                let end = pos;
                if !multiline {
                    pos += 1;
                } else if self.starts_with(pos, b"\"\"\"") {
                    pos += 3;
                } else {
                    pos += 1;
                    continue;
                }
                let text = &self.src[start..end];
                return Ok((
                    pos,
                    match owned {
                        None => Cow::Borrowed(text),
                        Some(mut s) => {
                            s.push_str(text);
                            Cow::Owned(s)
                        }
                    },
                ));
            }
            if c == b'\\' {
                let s = owned.get_or_insert_with(String::new);
                s.push_str(&self.src[start..pos]);
                pos = self.parse_escape(pos, multiline, s)?;
                start = pos;
                continue;
            }
            let illegal = if multiline {
                illegal_multiline(c)
            } else {
                illegal_line(c)
            };
            if illegal {
                return Err(derr(ErrorKind::IllegalChar(c as char), pos));
            }
            pos += 1;
        }
    }

    /// Decodes the escape starting at the backslash at `pos` into `out`; returns the position
    /// after it.
    fn parse_escape(&self, pos: usize, multiline: bool, out: &mut String) -> PResult<usize> {
        let id = self.at(pos + 1);
        // `tomli` advances two code points past the backslash before judging the escape.
        let after = match self.src.get(pos + 1..).and_then(|s| s.chars().next()) {
            Some(ch) => pos + 1 + ch.len_utf8(),
            None => pos + 2,
        };
        if multiline && matches!(id, Some(b' ' | b'\t' | b'\n')) {
            let mut p = after;
            if id != Some(b'\n') {
                p = self.skip_ws(p);
                match self.at(p) {
                    None => return Ok(p),
                    Some(b'\n') => p += 1,
                    Some(_) => return Err(derr(ErrorKind::UnescapedBackslash, p)),
                }
            }
            return Ok(self.skip_ws_nl(p));
        }
        let c = match id {
            Some(b'x') => return self.parse_hex(after, 2, out),
            Some(b'u') => return self.parse_hex(after, 4, out),
            Some(b'U') => return self.parse_hex(after, 8, out),
            Some(b'b') => '\u{8}',
            Some(b't') => '\t',
            Some(b'n') => '\n',
            Some(b'f') => '\u{c}',
            Some(b'r') => '\r',
            Some(b'e') => '\u{1b}',
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            _ => return Err(derr(ErrorKind::UnescapedBackslash, after)),
        };
        out.push(c);
        Ok(after)
    }

    fn parse_hex(&self, pos: usize, len: usize, out: &mut String) -> PResult<usize> {
        let digits = match self.b.get(pos..pos + len) {
            Some(d) if d.iter().all(u8::is_ascii_hexdigit) => d,
            _ => return Err(derr(ErrorKind::InvalidHex, pos)),
        };
        let mut code: u32 = 0;
        for &d in digits {
            // Hex digits were validated above, so `to_digit` cannot fail.
            code = code * 16 + (d as char).to_digit(16).unwrap_or(0);
        }
        match char::from_u32(code) {
            Some(c) => {
                out.push(c);
                Ok(pos + len)
            }
            None => Err(derr(ErrorKind::NotScalarValue, pos + len)),
        }
    }

    fn parse_value(&mut self, pos: usize, nest: usize) -> PResult<(usize, Value<'a>)> {
        if nest > self.opts.max_nesting {
            return Err(Error::TooDeeplyNested(self.opts.max_nesting));
        }
        match self.at(pos) {
            Some(b'"') => {
                let (p, s) = if self.starts_with(pos, b"\"\"\"") {
                    self.parse_multiline_str(pos, false)?
                } else {
                    self.parse_basic_str(pos + 1, false)?
                };
                return Ok((p, Value::String(s)));
            }
            Some(b'\'') => {
                let (p, s) = if self.starts_with(pos, b"'''") {
                    self.parse_multiline_str(pos, true)?
                } else {
                    self.parse_literal_str(pos)?
                };
                return Ok((p, Value::String(s)));
            }
            Some(b't') if self.starts_with(pos, b"true") => {
                return Ok((pos + 4, Value::Boolean(true)));
            }
            Some(b'f') if self.starts_with(pos, b"false") => {
                return Ok((pos + 5, Value::Boolean(false)));
            }
            Some(b'[') => return self.parse_array(pos, nest + 1),
            Some(b'{') => return self.parse_inline_table(pos, nest + 1),
            _ => {}
        }
        if let Some((end, v)) = self.match_datetime(pos) {
            let date = match v {
                Value::OffsetDateTime(d, _, _)
                | Value::LocalDateTime(d, _)
                | Value::LocalDate(d) => d,
                _ => return Ok((end, v)),
            };
            if !date.is_valid() {
                return Err(derr(ErrorKind::InvalidDatetime, pos));
            }
            return Ok((end, v));
        }
        if let Some((end, t)) = self.match_time(pos) {
            return Ok((end, Value::LocalTime(t)));
        }
        if let Some(r) = self.match_number(pos) {
            return Ok(r);
        }
        for (lexeme, value) in [("inf", f64::INFINITY), ("nan", f64::NAN)] {
            if self.starts_with(pos, lexeme.as_bytes()) {
                return Ok((pos + 3, self.float(pos, pos + 3, value)));
            }
        }
        for (lexeme, value) in [
            ("-inf", f64::NEG_INFINITY),
            ("+inf", f64::INFINITY),
            ("-nan", -f64::NAN),
            ("+nan", f64::NAN),
        ] {
            if self.starts_with(pos, lexeme.as_bytes()) {
                return Ok((pos + 4, self.float(pos, pos + 4, value)));
            }
        }
        Err(derr(ErrorKind::InvalidValue, pos))
    }

    fn float(&mut self, start: usize, end: usize, value: f64) -> Value<'a> {
        self.floats.push(Span { start, end });
        Value::Float {
            value,
            index: self.floats.len() - 1,
        }
    }

    fn digit(&self, pos: usize) -> Option<u8> {
        match self.at(pos) {
            Some(c) if c.is_ascii_digit() => Some(c - b'0'),
            _ => None,
        }
    }

    fn two_digits(&self, pos: usize, max_first: u8, max: u8) -> Option<u8> {
        let a = self.digit(pos)?;
        let b = self.digit(pos + 1)?;
        let v = a * 10 + b;
        (a <= max_first && v <= max).then_some(v)
    }

    /// `HH:MM[:SS[.fraction]]`, hours 00-23, minutes and seconds 00-59.
    fn match_time(&self, pos: usize) -> Option<(usize, Time)> {
        let hour = self.two_digits(pos, 2, 23)?;
        if self.at(pos + 2) != Some(b':') {
            return None;
        }
        let minute = self.two_digits(pos + 3, 5, 59)?;
        let mut end = pos + 5;
        let mut second = 0;
        let mut microsecond = 0;
        if self.at(end) == Some(b':')
            && let Some(s) = self.two_digits(end + 1, 5, 59)
        {
            second = s;
            end += 3;
            if self.at(end) == Some(b'.') && self.digit(end + 1).is_some() {
                end += 1;
                let mut n = 0;
                while let Some(d) = self.digit(end) {
                    if n < 6 {
                        microsecond = microsecond * 10 + d as u32;
                        n += 1;
                    }
                    end += 1;
                }
                for _ in n..6 {
                    microsecond *= 10;
                }
            }
        }
        Some((
            end,
            Time {
                hour,
                minute,
                second,
                microsecond,
            },
        ))
    }

    /// `YYYY-MM-DD` optionally followed by `T`/space, a time and an offset. The date is
    /// returned unvalidated (the caller reports impossible days).
    fn match_datetime(&self, pos: usize) -> Option<(usize, Value<'a>)> {
        let mut year: u16 = 0;
        for i in 0..4 {
            year = year * 10 + self.digit(pos + i)? as u16;
        }
        if self.at(pos + 4) != Some(b'-') {
            return None;
        }
        let month = self.two_digits(pos + 5, 1, 12).filter(|&m| m >= 1)?;
        if self.at(pos + 7) != Some(b'-') {
            return None;
        }
        let day = self.two_digits(pos + 8, 3, 31).filter(|&d| d >= 1)?;
        let date = Date { year, month, day };
        let end = pos + 10;
        if matches!(self.at(end), Some(b'T' | b't' | b' '))
            && let Some((mut e, time)) = self.match_time(end + 1)
        {
            let offset = match self.at(e) {
                Some(b'Z' | b'z') => {
                    e += 1;
                    Some(Offset::Utc)
                }
                Some(sign @ (b'+' | b'-')) => {
                    match (
                        self.two_digits(e + 1, 2, 23),
                        self.at(e + 3),
                        self.two_digits(e + 4, 5, 59),
                    ) {
                        (Some(h), Some(b':'), Some(m)) => {
                            e += 6;
                            let minutes = h as i16 * 60 + m as i16;
                            Some(Offset::Minutes(if sign == b'-' {
                                -minutes
                            } else {
                                minutes
                            }))
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            return Some((
                e,
                match offset {
                    Some(o) => Value::OffsetDateTime(date, time, o),
                    None => Value::LocalDateTime(date, time),
                },
            ));
        }
        Some((end, Value::LocalDate(date)))
    }

    /// Digits with single underscores between them, starting at `pos` (which must already
    /// have been checked to hold an allowed digit).
    fn digits_tail(&self, mut pos: usize, ok: fn(u8) -> bool) -> usize {
        loop {
            match self.at(pos) {
                Some(c) if ok(c) => pos += 1,
                Some(b'_') if matches!(self.at(pos + 1), Some(c) if ok(c)) => pos += 2,
                _ => return pos,
            }
        }
    }

    fn match_number(&mut self, pos: usize) -> Option<(usize, Value<'a>)> {
        if self.at(pos) == Some(b'0') {
            let (radix, ok): (u32, fn(u8) -> bool) = match self.at(pos + 1) {
                Some(b'x') => (16, |c: u8| c.is_ascii_hexdigit()),
                Some(b'o') => (8, |c: u8| (b'0'..=b'7').contains(&c)),
                Some(b'b') => (2, |c: u8| c == b'0' || c == b'1'),
                _ => (0, |_| false),
            };
            if radix != 0 && matches!(self.at(pos + 2), Some(c) if ok(c)) {
                let end = self.digits_tail(pos + 3, ok);
                let lexeme = &self.src[pos..end];
                let digits: String = lexeme[2..].chars().filter(|&c| c != '_').collect();
                let v = match i64::from_str_radix(&digits, radix) {
                    Ok(n) => Value::Integer(n),
                    Err(_) => Value::BigInteger(lexeme),
                };
                return Some((end, v));
            }
        }
        let dec = |c: u8| c.is_ascii_digit();
        let mut end = pos;
        if matches!(self.at(end), Some(b'+' | b'-')) {
            end += 1;
        }
        match self.at(end) {
            Some(b'0') => end += 1,
            Some(b'1'..=b'9') => end = self.digits_tail(end + 1, dec),
            _ => return None,
        }
        let mut is_float = false;
        if self.at(end) == Some(b'.') && self.digit(end + 1).is_some() {
            end = self.digits_tail(end + 2, dec);
            is_float = true;
        }
        if matches!(self.at(end), Some(b'e' | b'E')) {
            let mut e = end + 1;
            if matches!(self.at(e), Some(b'+' | b'-')) {
                e += 1;
            }
            if self.digit(e).is_some() {
                end = self.digits_tail(e + 1, dec);
                is_float = true;
            }
        }
        let lexeme = &self.src[pos..end];
        let clean: Cow<'_, str> = if lexeme.contains('_') {
            Cow::Owned(lexeme.chars().filter(|&c| c != '_').collect())
        } else {
            Cow::Borrowed(lexeme)
        };
        if is_float {
            // Rust's parser, like Python's `float()`, rounds correctly.
            let value = clean.parse::<f64>().unwrap_or(f64::NAN);
            return Some((end, self.float(pos, end, value)));
        }
        let v = match clean.parse::<i64>() {
            Ok(n) => Value::Integer(n),
            Err(_) => Value::BigInteger(lexeme),
        };
        Some((end, v))
    }

    fn parse_array(&mut self, pos: usize, nest: usize) -> PResult<(usize, Value<'a>)> {
        let mut items = Vec::new();
        let mut pos = self.skip_comments_and_array_ws(pos + 1)?;
        if self.at(pos) == Some(b']') {
            return Ok((pos + 1, Value::Array(items)));
        }
        loop {
            let (p, v) = self.parse_value(pos, nest)?;
            items.push(v);
            pos = self.skip_comments_and_array_ws(p)?;
            match self.at(pos) {
                Some(b']') => return Ok((pos + 1, Value::Array(items))),
                Some(b',') => {}
                _ => return Err(derr(ErrorKind::UnclosedArray, pos)),
            }
            pos = self.skip_comments_and_array_ws(pos + 1)?;
            if self.at(pos) == Some(b']') {
                return Ok((pos + 1, Value::Array(items)));
            }
        }
    }

    fn parse_inline_table(&mut self, pos: usize, nest: usize) -> PResult<(usize, Value<'a>)> {
        let mut table = Table {
            frozen: true,
            ..Table::default()
        };
        let done = |table: Table<'a>, pos: usize| Ok((pos + 1, Value::Table(Box::new(table))));
        let mut pos = self.skip_comments_and_array_ws(pos + 1)?;
        if self.at(pos) == Some(b'}') {
            return done(table, pos);
        }
        loop {
            let (p, key, value) = self.parse_key_value_pair(pos, nest)?;
            pos = p;
            let Some((stem, parent)) = key.split_last() else {
                return Err(derr(ErrorKind::CannotOverwrite, pos));
            };
            // Values that are inline tables/arrays are immutable inside this table too.
            let mut cur: Option<&Table<'a>> = Some(&table);
            for part in &key {
                let Some(t) = cur else { break };
                cur = match t.entries.get(part) {
                    Some(Value::Table(t2)) if !t2.frozen => Some(t2),
                    Some(Value::Table(_) | Value::Array(_)) => {
                        return Err(derr(ErrorKind::CannotMutate(key_strings(&key)), pos));
                    }
                    _ => None,
                };
            }
            let mut t = &mut table;
            for part in parent {
                let entry = t
                    .entries
                    .get_or_insert_with(part, || Value::Table(Box::default()));
                t = match entry {
                    Value::Table(t2) => t2,
                    _ => return Err(derr(ErrorKind::CannotOverwrite, pos)),
                };
            }
            if t.entries.contains_key(stem) {
                return Err(derr(ErrorKind::DuplicateInlineKey(stem.to_string()), pos));
            }
            t.entries.push_new(stem.clone(), value);
            pos = self.skip_comments_and_array_ws(pos)?;
            match self.at(pos) {
                Some(b'}') => return done(table, pos),
                Some(b',') => {}
                _ => return Err(derr(ErrorKind::UnclosedInlineTable, pos)),
            }
            pos = self.skip_comments_and_array_ws(pos + 1)?;
            if self.at(pos) == Some(b'}') {
                return done(table, pos);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> (ErrorKind, usize) {
        match parse(src) {
            Err(Error::Decode(e)) => (e.kind, e.pos),
            other => panic!("expected a decode error for {src:?}, got {other:?}"),
        }
    }

    fn get<'t>(t: &'t Table<'t>, path: &[&str]) -> &'t Value<'t> {
        let (last, parents) = path.split_last().expect("non-empty path");
        let mut cur = t;
        for p in parents {
            cur = match cur.get(p) {
                Some(Value::Table(t)) => t,
                other => panic!("{p}: {other:?}"),
            };
        }
        cur.get(last).expect("present")
    }

    #[test]
    fn strings_borrow_unless_escaped() {
        let t = parse("a = 'lit'\nb = \"plain\"\nc = \"esc\\n\"").unwrap();
        assert!(matches!(
            get(&t, &["a"]),
            Value::String(Cow::Borrowed("lit"))
        ));
        assert!(matches!(
            get(&t, &["b"]),
            Value::String(Cow::Borrowed("plain"))
        ));
        assert!(matches!(get(&t, &["c"]), Value::String(Cow::Owned(s)) if s == "esc\n"));
    }

    #[test]
    fn multiline_strings() {
        let t = parse("a = \"\"\"\nx\\\n   y\"\"\"\"\nb = '''\n''''").unwrap();
        assert_eq!(get(&t, &["a"]), &Value::String("xy\"".into()));
        assert_eq!(get(&t, &["b"]), &Value::String("'".into()));
    }

    #[test]
    fn numbers() {
        let t = parse("a = 0xff\nb = -1_1.5e1_0\nc = 9223372036854775808\nd = -nan").unwrap();
        assert_eq!(get(&t, &["a"]), &Value::Integer(255));
        assert!(matches!(get(&t, &["b"]), Value::Float { value, index: 0 } if *value == -11.5e10));
        assert_eq!(get(&t, &["c"]), &Value::BigInteger("9223372036854775808"));
        assert!(
            matches!(get(&t, &["d"]), Value::Float { value, .. } if value.is_nan() && value.is_sign_negative())
        );
    }

    #[test]
    fn leading_zero_is_not_a_number() {
        assert_eq!(err("a = 01"), (ErrorKind::ExpectedNewline, 5));
    }

    #[test]
    fn datetimes() {
        let t = parse("a = 1979-05-27T07:32:00.1234567-07:30\nb = 07:32\nc = 2000-02-29").unwrap();
        assert_eq!(
            get(&t, &["a"]),
            &Value::OffsetDateTime(
                Date {
                    year: 1979,
                    month: 5,
                    day: 27
                },
                Time {
                    hour: 7,
                    minute: 32,
                    second: 0,
                    microsecond: 123_456
                },
                Offset::Minutes(-450)
            )
        );
        assert_eq!(
            get(&t, &["b"]),
            &Value::LocalTime(Time {
                hour: 7,
                minute: 32,
                second: 0,
                microsecond: 0
            })
        );
        assert_eq!(err("a = 1900-02-29"), (ErrorKind::InvalidDatetime, 4));
        assert_eq!(err("a = 0000-01-01"), (ErrorKind::InvalidDatetime, 4));
    }

    #[test]
    fn table_rules() {
        assert_eq!(
            err("[a]\n[a]"),
            (ErrorKind::CannotDeclareTwice(vec!["a".into()]), 6)
        );
        assert_eq!(err("a = 1\n[a]"), (ErrorKind::CannotOverwrite, 8));
        // Implicitly created super-tables may be declared later.
        assert!(parse("[x.y.z]\n[x]\n").is_ok());
        // Tables made by dotted keys are closed once their section ends.
        assert_eq!(
            err("[x]\ny.z = 1\n[x.y]"),
            (
                ErrorKind::CannotDeclareTwice(vec!["x".into(), "y".into()]),
                16
            )
        );
        // ...but still extendable by dotted keys within the same section.
        assert!(parse("[x]\ny.z = 1\ny.w = 2").is_ok());
        assert_eq!(
            err("a = {b = 1}\n[a.c]"),
            (
                ErrorKind::CannotDeclareTwice(vec!["a".into(), "c".into()]),
                16
            )
        );
    }

    #[test]
    fn array_of_tables_rules() {
        let t = parse("[[a]]\nx = 1\n[a.b]\n[[a]]\n[a.b]\ny = 2").unwrap();
        match get(&t, &["a"]) {
            Value::ArrayOfTables(v) => assert_eq!(v.len(), 2),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            err("a = []\n[[a]]"),
            (ErrorKind::CannotMutate(vec!["a".into()]), 10)
        );
        assert_eq!(err("[a]\n[[a]]"), (ErrorKind::CannotOverwrite, 7));
    }

    #[test]
    fn inline_table_rules() {
        assert_eq!(
            err("a = {b = 1, b = 2}"),
            (ErrorKind::DuplicateInlineKey("b".into()), 17)
        );
        assert_eq!(
            err("a = {b = [], b.c = 1}"),
            (ErrorKind::CannotMutate(vec!["b".into(), "c".into()]), 20)
        );
        assert!(parse("a = {\n  b = 1, # comment\n  c.d = 2,\n}").is_ok());
    }

    #[test]
    fn escape_positions_count_whole_characters() {
        // The error sits two code points after the backslash, here after the 2-byte 'é'
        // (byte 8 = code point 7, as tomli reports).
        assert_eq!(err("a = \"\\é\""), (ErrorKind::UnescapedBackslash, 8));
        assert_eq!(err("a = \"\\"), (ErrorKind::UnescapedBackslash, 7));
    }

    #[test]
    fn limits() {
        let deep = format!("a = {}{}", "[".repeat(402), "]".repeat(402));
        assert_eq!(parse(&deep), Err(Error::TooDeeplyNested(400)));
        let key = vec!["k"; 1001].join(".");
        assert_eq!(
            parse(&format!("{key} = 1")),
            Err(Error::TooManyKeyParts(1000))
        );
    }

    #[test]
    fn newline_normalisation() {
        assert_eq!(normalize_newlines("a\r\nb\rc"), "a\nb\rc");
        assert!(matches!(normalize_newlines("ab"), Cow::Borrowed(_)));
        assert_eq!(err("a = 1 # x\rb"), (ErrorKind::FoundInvalidChar('\r'), 9));
    }
}
