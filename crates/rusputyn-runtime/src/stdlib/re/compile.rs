//! Compiles a parsed pattern to the instructions of the backtracking matcher (`vm.rs`).
//! Alternatives and optional items become `Split`s tried in order; a repetition of one
//! character-wide item becomes one `RepeatOne` (counted without recursion); other
//! repetitions use a counter loop with CPython's rule that an iteration matching the empty
//! string ends the loop; look-arounds and atomic groups are sub-programs run to their
//! `SubMatch`.

use super::ast::{Assert, CharSet, Fold, Node, RepKind};

/// Something that matches exactly one character.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    Char(char),
    /// A character compared under case folding.
    Fold(char, Fold),
    /// `.` without DOTALL.
    AnyButNewline,
    Any,
    /// Index into [`Prog::sets`].
    Set(usize),
}

/// One matcher instruction.
#[derive(Clone, Debug)]
pub enum Inst {
    One(Item),
    Assert(Assert),
    /// Record the position in capture slot `n` (group `n / 2`, start or end).
    Save(usize),
    /// Try `.0` first, `.1` on backtracking.
    Split(usize, usize),
    Jmp(usize),
    Backref(usize, Fold),
    RepeatOne {
        item: Item,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// Start a counted loop: counter `.0` to zero.
    RepInit(usize),
    /// Decide whether to run the loop body again (it follows a `RepIncr`), else go to `exit`.
    RepLoop {
        counter: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    /// Count an iteration and remember where it started.
    RepIncr(usize),
    /// End of the body: back to the `RepLoop` at `top`, or to `exit` after an empty
    /// iteration.
    RepEnd {
        counter: usize,
        min: u32,
        top: usize,
        exit: usize,
    },
    /// A look-around whose body follows, ending with `SubMatch`; execution goes on at `next`.
    Look {
        behind: Option<usize>,
        negated: bool,
        next: usize,
    },
    /// An atomic group whose body follows, ending with `SubMatch`.
    Atomic {
        next: usize,
    },
    /// `(?(group)...)`: fall through if the group matched, else jump to `no`.
    GroupCheck {
        group: usize,
        no: usize,
    },
    SubMatch,
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Prog {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub counters: usize,
    /// Number of capture slots (two per group, group 0 included).
    pub slots: usize,
    /// Whether every match must start at the start of the string (`\A`, `^` without
    /// MULTILINE): a search then tries one position only.
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    counters: usize,
    /// Fixed group widths (look-behinds containing back-references need them).
    widths: Vec<Option<usize>>,
}

/// Compiles `node` for a pattern with `groups` capturing groups.
pub fn compile(node: &Node, groups: usize, widths: &[Option<usize>]) -> Prog {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        counters: 0,
        widths: widths.to_vec(),
    };
    c.node(node);
    c.insts.push(Inst::Match);
    Prog {
        insts: c.insts,
        sets: c.sets,
        counters: c.counters,
        slots: 2 * (groups + 1),
        anchored: starts_anchored(node),
    }
}

fn starts_anchored(n: &Node) -> bool {
    match n {
        Node::Assert(Assert::Start) => true,
        Node::Concat(v) => v.first().is_some_and(starts_anchored),
        Node::Group(_, n) | Node::Atomic(n) => starts_anchored(n),
        Node::Alt(v) => !v.is_empty() && v.iter().all(starts_anchored),
        _ => false,
    }
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    /// Emits a placeholder to patch later.
    fn hole(&mut self) -> usize {
        self.insts.push(Inst::Jmp(usize::MAX));
        self.pc() - 1
    }

    fn item(&mut self, n: &Node) -> Option<Item> {
        Some(match n {
            Node::Lit(c, Fold::None) => Item::Char(*c),
            Node::Lit(c, f) => Item::Fold(*c, *f),
            Node::Any(true) => Item::Any,
            Node::Any(false) => Item::AnyButNewline,
            Node::Set(s) => {
                self.sets.push((**s).clone());
                Item::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn node(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Lit(..) | Node::Any(_) | Node::Set(_) => {
                if let Some(it) = self.item(n) {
                    self.insts.push(Inst::One(it));
                }
            }
            Node::Assert(a) => self.insts.push(Inst::Assert(*a)),
            Node::Group(g, body) => {
                self.insts.push(Inst::Save(2 * g));
                self.node(body);
                self.insts.push(Inst::Save(2 * g + 1));
            }
            Node::Concat(v) => v.iter().for_each(|n| self.node(n)),
            Node::Alt(v) => self.alt(v),
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => self.repeat(node, *min, *max, *kind),
            Node::Backref(g, f) => self.insts.push(Inst::Backref(*g, *f)),
            Node::Look {
                behind,
                negated,
                node,
            } => {
                let at = self.hole();
                self.node(node);
                self.insts.push(Inst::SubMatch);
                let next = self.pc();
                self.insts[at] = Inst::Look {
                    behind: if *behind {
                        node.fixed_width(&self.widths)
                    } else {
                        None
                    },
                    negated: *negated,
                    next,
                };
            }
            Node::Atomic(body) => self.atomic(|c| c.node(body)),
            Node::Cond { group, yes, no } => {
                let at = self.hole();
                self.node(yes);
                let jmp = self.hole();
                let no_pc = self.pc();
                self.node(no);
                let end = self.pc();
                self.insts[at] = Inst::GroupCheck {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
        }
    }

    fn atomic(&mut self, body: impl FnOnce(&mut Compiler)) {
        let at = self.hole();
        body(self);
        self.insts.push(Inst::SubMatch);
        let next = self.pc();
        self.insts[at] = Inst::Atomic { next };
    }

    fn alt(&mut self, v: &[Node]) {
        let mut jumps = Vec::new();
        for (i, b) in v.iter().enumerate() {
            if i + 1 < v.len() {
                let split = self.hole();
                self.node(b);
                jumps.push(self.hole());
                let next = self.pc();
                self.insts[split] = Inst::Split(split + 1, next);
            } else {
                self.node(b);
            }
        }
        let end = self.pc();
        for j in jumps {
            self.insts[j] = Inst::Jmp(end);
        }
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, kind: RepKind) {
        if let Some(item) = self.item(node) {
            self.insts.push(Inst::RepeatOne {
                item,
                min,
                max,
                kind,
            });
            return;
        }
        if kind == RepKind::Possessive {
            self.atomic(|c| c.repeat(node, min, max, RepKind::Greedy));
            return;
        }
        if max == 0 {
            return;
        }
        if min == 1 && max == 1 {
            self.node(node);
            return;
        }
        if min == 0 && max == 1 {
            let split = self.hole();
            self.node(node);
            let end = self.pc();
            self.insts[split] = if kind == RepKind::Lazy {
                Inst::Split(end, split + 1)
            } else {
                Inst::Split(split + 1, end)
            };
            return;
        }
        let counter = self.counters;
        self.counters += 1;
        self.insts.push(Inst::RepInit(counter));
        let top = self.hole();
        self.insts.push(Inst::RepIncr(counter));
        self.node(node);
        let end = self.hole();
        let exit = self.pc();
        self.insts[top] = Inst::RepLoop {
            counter,
            min,
            max,
            lazy: kind == RepKind::Lazy,
            exit,
        };
        self.insts[end] = Inst::RepEnd {
            counter,
            min,
            top,
            exit,
        };
    }
}
