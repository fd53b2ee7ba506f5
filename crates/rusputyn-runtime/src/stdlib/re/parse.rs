//! The parser of Python's regular-expression syntax (the `re` module documentation, "Regular
//! Expression Syntax"), producing [`Node`] trees and CPython's `re.error` messages and
//! positions (in code points of the pattern).

use super::ast::{
    Assert, Category, CharSet, Fold, INF, Node, RepKind, SetItem, flag, group_widths,
};

/// A failure to compile a pattern.
#[derive(Debug)]
pub enum ParseError {
    /// `re.error(msg, pattern, pos)`.
    Syntax { msg: String, pos: Option<usize> },
    /// `OverflowError` (a repetition count beyond CPython's limit).
    Overflow(String),
    /// `NotImplementedError`: syntax this implementation does not provide.
    Unsupported(String),
}

type PResult<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseError::Syntax {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// CPython's MAXREPEAT on 64-bit builds: counts must stay below it.
const MAXREPEAT: u64 = u32::MAX as u64;
/// CPython's MAXGROUPS on 64-bit builds.
const MAXGROUPS: usize = (i32::MAX / 2) as usize;

/// The result of parsing a whole pattern.
pub struct Parsed {
    pub node: Node,
    /// The flags after applying global inline flags (`(?i)` at the start).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// The fixed width of each group, if any (see [`group_widths`]).
    pub widths: Vec<Option<usize>>,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
}

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    is_bytes: bool,
    /// Flags given to `compile` plus global inline flags seen so far.
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups whose `)` has not been reached (back-references to them are errors).
    open: Vec<usize>,
    /// Set when a global `(?x)` asks for the pattern to be read again in verbose mode.
    restart_verbose: bool,
    /// Group numbers named by conditionals, with their positions: they may refer to groups
    /// opened later, so they are checked at the end.
    cond_refs: Vec<(usize, usize)>,
    /// Inside a look-behind: the number of groups opened before it (groups after that are
    /// defined in it, and back-references to them are errors).
    lookbehind_groups: Option<usize>,
}

/// Parses `pattern` (as code points; a bytes pattern's bytes are code points 0-255).
pub fn parse(pattern: &[char], flags: u32, is_bytes: bool) -> PResult<Parsed> {
    let mut flags = flags;
    loop {
        let mut p = Parser {
            p: pattern,
            i: 0,
            is_bytes,
            flags,
            groups: 0,
            names: Vec::new(),
            open: Vec::new(),
            restart_verbose: false,
            cond_refs: Vec::new(),
            lookbehind_groups: None,
        };
        let node = p.parse_alt(0, p.flags)?;
        if p.restart_verbose {
            flags = p.flags | flag::VERBOSE;
            continue;
        }
        if p.i < pattern.len() {
            // Only a `)` stops the top level early.
            return err("unbalanced parenthesis", p.i);
        }
        if let Some(&(g, pos)) = p.cond_refs.iter().find(|&&(g, _)| g > p.groups) {
            return err(format!("invalid group reference {g}"), pos);
        }
        let widths = group_widths(&node, p.groups);
        check_lookbehinds(&node, &widths)?;
        return Ok(Parsed {
            node,
            flags: p.flags,
            groups: p.groups,
            widths,
            names: p.names,
        });
    }
}

/// Look-behind bodies must have a fixed width (checked after parsing, without a position,
/// as CPython's compiler does).
fn check_lookbehinds(n: &Node, gw: &[Option<usize>]) -> PResult<()> {
    let check = |n: &Node| check_lookbehinds(n, gw);
    match n {
        Node::Look { behind, node, .. } => {
            if *behind && node.fixed_width(gw).is_none() {
                return Err(ParseError::Syntax {
                    msg: "look-behind requires fixed-width pattern".into(),
                    pos: None,
                });
            }
            check(node)
        }
        Node::Group(_, n) | Node::Atomic(n) | Node::Repeat { node: n, .. } => check(n),
        Node::Concat(v) | Node::Alt(v) => v.iter().try_for_each(check),
        Node::Cond { yes, no, .. } => {
            check(yes)?;
            check(no)
        }
        _ => Ok(()),
    }
}

fn fold_of(flags: u32, is_bytes: bool) -> Fold {
    if flags & flag::IGNORECASE == 0 {
        Fold::None
    } else if is_bytes || flags & flag::ASCII != 0 {
        Fold::Ascii
    } else {
        Fold::Unicode
    }
}

fn is_ascii_mode(flags: u32, is_bytes: bool) -> bool {
    is_bytes || flags & flag::ASCII != 0
}

/// The inline flag letters.
fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => flag::IGNORECASE,
        'L' => flag::LOCALE,
        'm' => flag::MULTILINE,
        's' => flag::DOTALL,
        'x' => flag::VERBOSE,
        'a' => flag::ASCII,
        'u' => flag::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = flag::ASCII | flag::LOCALE | flag::UNICODE;

fn is_identifier(name: &str) -> bool {
    use crate::types::str::chars::{is_xid_continue, is_xid_start};
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if c == '_' || is_xid_start(c) => cs.all(is_xid_continue),
        _ => false,
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    /// Skips whitespace and `#` comments in verbose mode.
    fn skip_verbose(&mut self, flags: u32) {
        if flags & flag::VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' {
                while let Some(c) = self.next() {
                    if c == '\n' {
                        break;
                    }
                }
            } else if " \t\n\r\x0b\x0c".contains(c) {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    /// Alternatives separated by `|`, up to a `)` or the end.
    fn parse_alt(&mut self, depth: usize, flags: u32) -> PResult<Node> {
        let mut branches = Vec::new();
        let mut flags = flags;
        loop {
            let first = depth == 0 && branches.is_empty();
            let (node, f) = self.parse_seq(depth, flags, first)?;
            flags = f;
            branches.push(node);
            if self.restart_verbose || !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    /// A sequence of items; returns it and the flags in force at its end (global flags at
    /// the start of the pattern change them for everything after).
    fn parse_seq(&mut self, depth: usize, mut flags: u32, first: bool) -> PResult<(Node, u32)> {
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item is a repetition (for "multiple repeat") and whether it may be
        // repeated at all (anchors may not).
        let mut last_repeat = false;
        loop {
            self.skip_verbose(flags);
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            let here = self.i;
            self.i += 1;
            let item = match c {
                '[' => Node::Set(Box::new(self.parse_set(here, flags)?)),
                '.' => Node::Any(flags & flag::DOTALL != 0),
                '^' => Node::Assert(if flags & flag::MULTILINE != 0 {
                    Assert::LineStart
                } else {
                    Assert::Start
                }),
                '$' => Node::Assert(if flags & flag::MULTILINE != 0 {
                    Assert::LineEnd
                } else {
                    Assert::EndOrNewline
                }),
                '\\' => self.parse_escape(here, flags)?,
                '(' => match self.parse_group(here, depth, flags, first && items.is_empty())? {
                    GroupResult::Node(n) => n,
                    GroupResult::Nothing => continue,
                    GroupResult::Global(f) => {
                        flags = f;
                        if self.restart_verbose {
                            return Ok((Node::Empty, flags));
                        }
                        continue;
                    }
                },
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match c {
                        '*' => (0, INF),
                        '+' => (1, INF),
                        '?' => (0, 1),
                        _ => match self.parse_braces(here)? {
                            Some(b) => b,
                            None => {
                                items.push(Node::Lit('{', fold_of(flags, self.is_bytes)));
                                last_repeat = false;
                                continue;
                            }
                        },
                    };
                    let Some(prev) = items.pop() else {
                        return err("nothing to repeat", here);
                    };
                    if matches!(prev, Node::Assert(_)) {
                        return err("nothing to repeat", here);
                    }
                    if last_repeat {
                        return err("multiple repeat", here);
                    }
                    let kind = if self.eat('?') {
                        RepKind::Lazy
                    } else if self.eat('+') {
                        RepKind::Possessive
                    } else {
                        RepKind::Greedy
                    };
                    items.push(Node::Repeat {
                        node: Box::new(prev),
                        min,
                        max,
                        kind,
                    });
                    last_repeat = true;
                    continue;
                }
                c => Node::Lit(c, fold_of(flags, self.is_bytes)),
            };
            items.push(item);
            last_repeat = false;
        }
        Ok((
            match items.len() {
                0 => Node::Empty,
                1 => items.pop().unwrap_or(Node::Empty),
                _ => Node::Concat(items),
            },
            flags,
        ))
    }

    /// `{m,n}` after `{` at `here`: the bounds, or `None` when the brace is a literal.
    fn parse_braces(&mut self, here: usize) -> PResult<Option<(u32, u32)>> {
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let start = self.i;
        let lo = self.digits();
        let hi = if self.eat(',') {
            self.digits()
        } else {
            lo.clone()
        };
        if !self.eat('}') {
            self.i = start;
            return Ok(None);
        }
        let num = |s: &str| -> PResult<u64> {
            match s.parse::<u64>() {
                Ok(n) if n < MAXREPEAT => Ok(n),
                _ => Err(ParseError::Overflow(
                    "the repetition number is too large".into(),
                )),
            }
        };
        let min = if lo.is_empty() { 0 } else { num(&lo)? };
        let max = if hi.is_empty() { MAXREPEAT } else { num(&hi)? };
        if max < min {
            return err("min repeat greater than max repeat", here + 1);
        }
        Ok(Some((min as u32, max as u32)))
    }

    fn digits(&mut self) -> String {
        let mut s = String::new();
        while let Some(c) = self.peek().filter(char::is_ascii_digit) {
            s.push(c);
            self.i += 1;
        }
        s
    }

    /// A name up to `term` for `(?P<name>`, `(?P=name)`, `(?(name)`.
    fn group_name(&mut self, term: char) -> PResult<(String, usize)> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.next() {
                None => {
                    if name.is_empty() {
                        return err("missing group name", start);
                    }
                    return err(format!("missing {term}, unterminated name"), start);
                }
                Some(c) if c == term => break,
                Some(c) => name.push(c),
            }
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        Ok((name, start))
    }

    fn check_name(&self, name: &str, pos: usize) -> PResult<()> {
        if !is_identifier(name) || (self.is_bytes && !name.is_ascii()) {
            return err(format!("bad character in group name '{name}'"), pos);
        }
        Ok(())
    }

    fn check_lookbehind_ref(&self, g: usize) -> PResult<()> {
        match self.lookbehind_groups {
            Some(before) if g > before => err(
                "cannot refer to group defined in the same lookbehind subpattern",
                self.i,
            ),
            _ => Ok(()),
        }
    }

    fn open_group(&mut self, name: Option<(String, usize)>) -> PResult<usize> {
        let g = self.groups + 1;
        if let Some((name, pos)) = name {
            if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                return err(
                    format!("redefinition of group name '{name}' as group {g}; was group {old}"),
                    pos,
                );
            }
            self.names.push((name, g));
        }
        if g >= MAXGROUPS {
            return err("too many groups", self.i);
        }
        self.groups = g;
        self.open.push(g);
        Ok(g)
    }

    /// The body of a group up to its `)`, which it consumes.
    fn group_body(&mut self, start: usize, depth: usize, flags: u32) -> PResult<Node> {
        let n = self.parse_alt(depth + 1, flags)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(n)
    }

    fn parse_group(
        &mut self,
        start: usize,
        depth: usize,
        flags: u32,
        at_start: bool,
    ) -> PResult<GroupResult> {
        if !self.eat('?') {
            let g = self.open_group(None)?;
            let body = self.group_body(start, depth, flags)?;
            self.open.retain(|&o| o != g);
            return Ok(GroupResult::Node(Node::Group(g, Box::new(body))));
        }
        let Some(c) = self.next() else {
            return err("unexpected end of pattern", self.i);
        };
        let node = match c {
            'P' => {
                if self.eat('<') {
                    let (name, pos) = self.group_name('>')?;
                    self.check_name(&name, pos)?;
                    let g = self.open_group(Some((name, pos)))?;
                    let body = self.group_body(start, depth, flags)?;
                    self.open.retain(|&o| o != g);
                    Node::Group(g, Box::new(body))
                } else if self.eat('=') {
                    let (name, pos) = self.group_name(')')?;
                    self.check_name(&name, pos)?;
                    let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                        return err(format!("unknown group name '{name}'"), pos);
                    };
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", pos);
                    }
                    self.check_lookbehind_ref(g)?;
                    Node::Backref(g, fold_of(flags, self.is_bytes))
                } else {
                    match self.next() {
                        None => return err("unexpected end of pattern", self.i),
                        Some(c) => return err(format!("unknown extension ?P{c}"), start + 1),
                    }
                }
            }
            ':' => self.group_body(start, depth, flags)?,
            '#' => {
                loop {
                    match self.next() {
                        None => return err("missing ), unterminated comment", start),
                        Some(')') => break,
                        Some(_) => {}
                    }
                }
                return Ok(GroupResult::Nothing);
            }
            '=' | '!' => Node::Look {
                behind: false,
                negated: c == '!',
                node: Box::new(self.group_body(start, depth, flags)?),
            },
            '<' => match self.next() {
                None => return err("unexpected end of pattern", self.i),
                Some(d @ ('=' | '!')) => {
                    let outer = self.lookbehind_groups.replace(self.groups);
                    let body = self.group_body(start, depth, flags);
                    self.lookbehind_groups = outer;
                    Node::Look {
                        behind: true,
                        negated: d == '!',
                        node: Box::new(body?),
                    }
                }
                Some(d) => return err(format!("unknown extension ?<{d}"), start + 1),
            },
            '>' => Node::Atomic(Box::new(self.group_body(start, depth, flags)?)),
            '(' => self.parse_conditional(start, depth, flags)?,
            c if flag_of(c).is_some() || c == '-' => {
                return self.parse_flags(c, start, depth, flags, at_start);
            }
            c => return err(format!("unknown extension ?{c}"), start + 1),
        };
        Ok(GroupResult::Node(node))
    }

    fn parse_conditional(&mut self, start: usize, depth: usize, flags: u32) -> PResult<Node> {
        let (name, pos) = self.group_name(')')?;
        let group = if (name.is_ascii() || !self.is_bytes) && is_identifier(&name) {
            match self.names.iter().find(|(n, _)| *n == name) {
                Some(&(_, g)) => g,
                None => return err(format!("unknown group name '{name}'"), pos),
            }
        } else {
            let valid = name.chars().all(|c| c.is_ascii_digit());
            let g = name.parse::<usize>().ok().filter(|_| valid);
            match g {
                None => return err(format!("bad character in group name '{name}'"), pos),
                Some(0) => return err("bad group number", pos),
                Some(g) if g >= MAXGROUPS => {
                    return err(format!("invalid group reference {g}"), pos);
                }
                Some(g) => {
                    // Checked once the whole pattern is read (see `parse`).
                    if !self.cond_refs.iter().any(|&(r, _)| r == g) {
                        self.cond_refs.push((g, pos));
                    }
                    g
                }
            }
        };
        let yes = self.parse_seq(depth + 1, flags, false)?.0;
        let no = if self.eat('|') {
            let n = self.parse_seq(depth + 1, flags, false)?.0;
            if self.peek() == Some('|') {
                return err("conditional backref with more than two branches", self.i);
            }
            n
        } else {
            Node::Empty
        };
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// Inline flags after `(?`: `(?aiLmsux)` (global), `(?flags:...)`, `(?flags-flags:...)`.
    fn parse_flags(
        &mut self,
        first: char,
        start: usize,
        depth: usize,
        flags: u32,
        at_start: bool,
    ) -> PResult<GroupResult> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut c = first;
        if c != '-' {
            loop {
                let f = flag_of(c).unwrap_or(0);
                if !self.is_bytes && c == 'L' {
                    return err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        self.i,
                    );
                }
                if self.is_bytes && c == 'u' {
                    return err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        self.i,
                    );
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    );
                }
                match self.next() {
                    None => return err("missing -, : or )", self.i),
                    Some(d @ (')' | '-' | ':')) => {
                        c = d;
                        break;
                    }
                    Some(d) if flag_of(d).is_some() => c = d,
                    Some(d) => {
                        let msg = if d.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return err(msg, self.i - 1);
                    }
                }
            }
        }
        if c == ')' {
            if !at_start {
                return err("global flags not at the start of the expression", start);
            }
            let newf = self.flags | add;
            if newf & flag::VERBOSE != 0 && self.flags & flag::VERBOSE == 0 {
                self.restart_verbose = true;
            }
            self.flags = newf;
            return Ok(GroupResult::Global(flags | add));
        }
        if c == '-' {
            match self.next() {
                None => return err("missing flag", self.i),
                Some(d) if flag_of(d).is_some() => c = d,
                Some(d) => {
                    let msg = if d.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing flag"
                    };
                    return err(msg, self.i - 1);
                }
            }
            loop {
                let f = flag_of(c).unwrap_or(0);
                if f & TYPE_FLAGS != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    );
                }
                del |= f;
                match self.next() {
                    None => return err("missing :", self.i),
                    Some(':') => break,
                    Some(d) if flag_of(d).is_some() => c = d,
                    Some(d) => {
                        let msg = if d.is_alphabetic() {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return err(msg, self.i - 1);
                    }
                }
            }
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.i - 1);
        }
        let mut inner = (flags | add) & !del;
        if add & TYPE_FLAGS != 0 {
            inner = (inner & !TYPE_FLAGS) | (add & TYPE_FLAGS);
        }
        let body = self.group_body(start, depth, inner)?;
        Ok(GroupResult::Node(body))
    }

    /// An escape outside brackets; `start` is the backslash's position.
    fn parse_escape(&mut self, start: usize, flags: u32) -> PResult<Node> {
        let Some(c) = self.next() else {
            return err("bad escape (end of pattern)", start);
        };
        let ascii = is_ascii_mode(flags, self.is_bytes);
        let cat = |cat, negated| {
            Node::Set(Box::new(CharSet {
                negated: false,
                items: vec![SetItem::Cat {
                    cat,
                    negated,
                    ascii,
                }],
                fold: Fold::None,
            }))
        };
        Ok(match c {
            'A' => Node::Assert(Assert::Start),
            'Z' => Node::Assert(Assert::End),
            'b' => Node::Assert(Assert::Boundary(ascii)),
            'B' => Node::Assert(Assert::NonBoundary(ascii)),
            'd' => cat(Category::Digit, false),
            'D' => cat(Category::Digit, true),
            'w' => cat(Category::Word, false),
            'W' => cat(Category::Word, true),
            's' => cat(Category::Space, false),
            'S' => cat(Category::Space, true),
            '0'..='9' => return self.digit_escape(start, c, flags),
            _ => Node::Lit(self.char_escape(start, c)?, fold_of(flags, self.is_bytes)),
        })
    }

    /// `\0`, `\12`, `\123`: an octal escape or a group reference.
    fn digit_escape(&mut self, start: usize, c: char, flags: u32) -> PResult<Node> {
        let oct = |c: char| ('0'..='7').contains(&c);
        let mut esc = String::from(c);
        if c == '0' {
            while esc.len() < 3 && self.peek().is_some_and(oct) {
                esc.push(self.next().unwrap_or('0'));
            }
            let v = u32::from_str_radix(&esc, 8).unwrap_or(0);
            return Ok(Node::Lit(
                char::from_u32(v).unwrap_or('\0'),
                fold_of(flags, self.is_bytes),
            ));
        }
        if let Some(d) = self.peek().filter(char::is_ascii_digit) {
            self.i += 1;
            esc.push(d);
            if oct(c) && oct(d) && self.peek().is_some_and(oct) {
                esc.push(self.next().unwrap_or('0'));
                let v = u32::from_str_radix(&esc, 8).unwrap_or(0);
                if v > 0o377 {
                    return err(
                        format!("octal escape value \\{esc} outside of range 0-0o377"),
                        start,
                    );
                }
                return Ok(Node::Lit(
                    char::from_u32(v).unwrap_or('\0'),
                    fold_of(flags, self.is_bytes),
                ));
            }
        }
        let g: usize = esc.parse().unwrap_or(0);
        if g <= self.groups {
            if self.open.contains(&g) {
                return err("cannot refer to an open group", start);
            }
            self.check_lookbehind_ref(g)?;
            return Ok(Node::Backref(g, fold_of(flags, self.is_bytes)));
        }
        err(format!("invalid group reference {g}"), start + 1)
    }

    /// A single-character escape (shared by both contexts): `\n`, `\x41`, `\u00e9`, `\.`.
    fn char_escape(&mut self, start: usize, c: char) -> PResult<char> {
        Ok(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => self.hex_escape(start, 'x', 2)?,
            'u' if !self.is_bytes => self.hex_escape(start, 'u', 4)?,
            'U' if !self.is_bytes => self.hex_escape(start, 'U', 8)?,
            'N' if !self.is_bytes => {
                let here = self.i;
                if !self.eat('{') {
                    return err("missing {", here);
                }
                let name_start = self.i;
                let mut name = String::new();
                loop {
                    match self.next() {
                        None => return err("missing }, unterminated name", name_start),
                        Some('}') => break,
                        Some(ch) => name.push(ch),
                    }
                }
                if name.is_empty() {
                    return err("missing character name", name_start);
                }
                // The runtime carries no table of Unicode character names.
                let _ = start;
                return Err(ParseError::Unsupported(format!(
                    "\\N{{{name}}} escapes (Unicode character names) are not supported"
                )));
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), start),
            c => c,
        })
    }

    fn hex_escape(&mut self, start: usize, kind: char, n: usize) -> PResult<char> {
        let mut s = String::new();
        while s.len() < n {
            match self.peek().filter(char::is_ascii_hexdigit) {
                Some(h) => {
                    s.push(h);
                    self.i += 1;
                }
                None => break,
            }
        }
        if s.len() < n {
            return err(format!("incomplete escape \\{kind}{s}"), start);
        }
        let v = u32::from_str_radix(&s, 16).unwrap_or(0);
        match char::from_u32(v) {
            Some(c) if kind != 'U' || v <= 0x10FFFF => Ok(c),
            _ if (0xD800..0xE000).contains(&v) => {
                // A lone surrogate cannot be held in a Rust string; no text contains one.
                Ok('\u{FFFF}')
            }
            _ => err(format!("bad escape \\{kind}{s}"), start),
        }
    }

    /// A bracketed set; `start` is the position of `[`.
    fn parse_set(&mut self, start: usize, flags: u32) -> PResult<CharSet> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.next() else {
                return err("unterminated character set", start);
            };
            if c == ']' && !first {
                break;
            }
            first = false;
            let here = self.i - 1;
            let lo = if c == '\\' {
                self.set_escape(here, flags)?
            } else {
                SetItem::Char(c)
            };
            if self.eat('-') {
                let Some(c2) = self.next() else {
                    return err("unterminated character set", start);
                };
                if c2 == ']' {
                    items.push(lo);
                    items.push(SetItem::Char('-'));
                    break;
                }
                let hi = if c2 == '\\' {
                    self.set_escape(self.i - 1, flags)?
                } else {
                    SetItem::Char(c2)
                };
                let text: String = self.p[here..self.i].iter().collect();
                let (SetItem::Char(a), SetItem::Char(b)) = (&lo, &hi) else {
                    return err(format!("bad character range {text}"), here);
                };
                if a > b {
                    return err(format!("bad character range {text}"), here);
                }
                items.push(SetItem::Range(*a, *b));
            } else {
                items.push(lo);
            }
        }
        Ok(CharSet {
            negated,
            items,
            fold: fold_of(flags, self.is_bytes),
        })
    }

    /// An escape inside brackets; `start` is the backslash's position.
    fn set_escape(&mut self, start: usize, flags: u32) -> PResult<SetItem> {
        let Some(c) = self.next() else {
            return err("bad escape (end of pattern)", start);
        };
        let ascii = is_ascii_mode(flags, self.is_bytes);
        let cat = |cat, negated| SetItem::Cat {
            cat,
            negated,
            ascii,
        };
        Ok(match c {
            'd' => cat(Category::Digit, false),
            'D' => cat(Category::Digit, true),
            'w' => cat(Category::Word, false),
            'W' => cat(Category::Word, true),
            's' => cat(Category::Space, false),
            'S' => cat(Category::Space, true),
            'b' => SetItem::Char('\x08'),
            '0'..='7' => {
                let mut esc = String::from(c);
                while esc.len() < 3 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    esc.push(self.next().unwrap_or('0'));
                }
                let v = u32::from_str_radix(&esc, 8).unwrap_or(0);
                if v > 0o377 {
                    return err(
                        format!("octal escape value \\{esc} outside of range 0-0o377"),
                        start,
                    );
                }
                SetItem::Char(char::from_u32(v).unwrap_or('\0'))
            }
            _ => SetItem::Char(self.char_escape(start, c)?),
        })
    }
}

enum GroupResult {
    Node(Node),
    /// A comment: no item.
    Nothing,
    /// Global inline flags: the flags now in force.
    Global(u32),
}
