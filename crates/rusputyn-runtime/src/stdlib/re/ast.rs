//! The parsed form of a regular expression: a tree whose leaves already carry the flags in
//! force where they were written (case folding, `.` and `$` behaviour, ASCII classes), so
//! the compiler and matcher never look at flags again.

/// Flag bits of `re.RegexFlag`, as CPython numbers them.
pub mod flag {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

/// Case-insensitive matching of a literal, set or back-reference.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fold {
    /// Exact comparison.
    None,
    /// ASCII letters only (`re.ASCII`, and every bytes pattern).
    Ascii,
    /// Unicode simple case mappings (`re.IGNORECASE` on a str pattern).
    Unicode,
}

/// The character categories of `\d`, `\w`, `\s`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Digit,
    Word,
    Space,
}

/// One member of a character set.
#[derive(Clone, Debug)]
pub enum SetItem {
    Char(char),
    Range(char, char),
    /// A category, possibly negated (`\D`), ASCII-only or Unicode.
    Cat {
        cat: Category,
        negated: bool,
        ascii: bool,
    },
}

/// A character set `[...]` (also the category escapes outside brackets).
#[derive(Clone, Debug)]
pub struct CharSet {
    pub negated: bool,
    pub items: Vec<SetItem>,
    pub fold: Fold,
}

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Assert {
    /// `\A`, and `^` without MULTILINE: the real start of the string.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `\Z`: the end (of the string or `endpos`).
    End,
    /// `$` without MULTILINE: the end, or before a newline that ends the string.
    EndOrNewline,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\b` (ASCII or Unicode word characters).
    Boundary(bool),
    /// `\B`.
    NonBoundary(bool),
}

/// How a repetition prefers to match.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

/// No upper bound on a repetition (CPython's MAXREPEAT).
pub const INF: u32 = u32::MAX;

/// A node of the parsed pattern.
#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Lit(char, Fold),
    /// `.`; `true` when it also matches a newline (DOTALL).
    Any(bool),
    Set(Box<CharSet>),
    Assert(Assert),
    /// A capturing group (numbered from 1).
    Group(usize, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    Backref(usize, Fold),
    Look {
        behind: bool,
        negated: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

impl Node {
    /// The number of characters every match of the node has, if that is fixed (what a
    /// look-behind requires); `gw[g]` is the fixed width of group `g`, if any (a
    /// back-reference to it has that width).
    pub fn fixed_width(&self, gw: &[Option<usize>]) -> Option<usize> {
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => Some(0),
            Node::Lit(..) | Node::Any(_) | Node::Set(_) => Some(1),
            Node::Group(_, n) | Node::Atomic(n) => n.fixed_width(gw),
            Node::Concat(v) => v
                .iter()
                .try_fold(0usize, |acc, n| Some(acc + n.fixed_width(gw)?)),
            Node::Alt(v) => {
                let first = v.first()?.fixed_width(gw)?;
                v.iter()
                    .all(|n| n.fixed_width(gw) == Some(first))
                    .then_some(first)
            }
            Node::Repeat { node, min, max, .. } if min == max => {
                node.fixed_width(gw)?.checked_mul(*min as usize)
            }
            Node::Cond { yes, no, .. } => {
                let w = yes.fixed_width(gw)?;
                (no.fixed_width(gw)? == w).then_some(w)
            }
            Node::Backref(g, _) => gw.get(*g).copied().flatten(),
            Node::Repeat { .. } => None,
        }
    }
}

/// The fixed width of each group (index = group number), for look-behinds.
pub fn group_widths(node: &Node, groups: usize) -> Vec<Option<usize>> {
    let mut gw = vec![None; groups + 1];
    fill(node, &mut gw);
    return gw;

    fn fill(n: &Node, gw: &mut Vec<Option<usize>>) {
        match n {
            Node::Group(g, body) => {
                fill(body, gw);
                let w = body.fixed_width(gw);
                if let Some(slot) = gw.get_mut(*g) {
                    *slot = w;
                }
            }
            Node::Atomic(b) | Node::Repeat { node: b, .. } | Node::Look { node: b, .. } => {
                fill(b, gw)
            }
            Node::Concat(v) | Node::Alt(v) => v.iter().for_each(|n| fill(n, gw)),
            Node::Cond { yes, no, .. } => {
                fill(yes, gw);
                fill(no, gw);
            }
            _ => {}
        }
    }
}
