//! The backtracking matcher: runs a [`Prog`] over a text of code points. Choices push
//! entries on an explicit stack (never the native stack), and every change to a capture
//! slot or loop counter pushes an undo entry, so backtracking restores the state exactly;
//! the behaviour mirrors CPython's `_sre` (leftmost, first alternative first, greedy or lazy
//! as written), including `pos`/`endpos` (`^`, `\b` and look-behinds see the text before
//! `pos`; the text ends at `endpos`).

use super::ast::{Assert, Fold, RepKind};
use super::classes::{fold_eq, is_word, set_contains};
use super::compile::{Inst, Item, Prog};

/// The subject of a match, by code point.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> char;
}

impl Text for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    fn at(&self, i: usize) -> char {
        self[i] as char
    }
}

impl Text for [char] {
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    fn at(&self, i: usize) -> char {
        self[i]
    }
}

/// "No position" in a capture slot.
pub const UNSET: usize = usize::MAX;

enum Bt {
    Retry {
        pc: usize,
        pos: usize,
    },
    Slot {
        slot: usize,
        old: usize,
        last: usize,
    },
    Counter {
        c: usize,
        count: u32,
        last: usize,
    },
    /// A greedy single-item repetition that may give back characters down to `min_pos`.
    Greedy {
        next: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-item repetition that may take one more character.
    Lazy {
        pc: usize,
        pos: usize,
        count: u32,
    },
}

/// The kind of match requested.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Leftmost match at or after `pos`.
    Search,
    /// A match starting at `pos`.
    Match,
    /// A match from `pos` to `endpos`.
    Full,
}

/// A successful match: capture slots (two per group; [`UNSET`] when the group did not
/// take part) and the last group closed (`Match.lastindex`).
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: Option<usize>,
}

struct Vm<'a, T: Text + ?Sized> {
    prog: &'a Prog,
    text: &'a T,
    end: usize,
    slots: Vec<usize>,
    lastindex: usize,
    counters: Vec<(u32, usize)>,
    stack: Vec<Bt>,
    start: usize,
    full: bool,
    must_advance: bool,
}

/// Runs `prog` over `text[..end]` from `pos`. `must_advance` rejects an empty match at `pos`
/// (how `finditer`, `sub` and `split` go on after an empty match, as CPython 3.7+ does).
pub fn exec<T: Text + ?Sized>(
    prog: &Prog,
    text: &T,
    pos: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    let end = end.min(text.len());
    if pos > end {
        return None;
    }
    let mut vm = Vm {
        prog,
        text,
        end,
        slots: vec![UNSET; prog.slots],
        lastindex: UNSET,
        counters: vec![(0, UNSET); prog.counters],
        stack: Vec::new(),
        start: pos,
        full: mode == Mode::Full,
        must_advance,
    };
    let last_start = if mode == Mode::Search && !prog.anchored {
        end
    } else {
        pos
    };
    let first = if mode == Mode::Search && !prog.anchored {
        first_char(prog)
    } else {
        None
    };
    let mut s = pos;
    loop {
        if let Some(c) = first {
            // Skip to the next place the literal first character occurs.
            while s < end && text.at(s) != c {
                s += 1;
            }
            if s >= end {
                return None;
            }
        }
        vm.start = s;
        if let Some(e) = vm.run(0, s) {
            vm.slots[0] = s;
            vm.slots[1] = e;
            return Some(Found {
                slots: vm.slots,
                lastindex: (vm.lastindex != UNSET).then_some(vm.lastindex),
            });
        }
        if s >= last_start {
            return None;
        }
        vm.stack.clear();
        s += 1;
        vm.must_advance = false;
    }
}

/// A literal character every match starts with, if the program begins with one.
fn first_char(prog: &Prog) -> Option<char> {
    match prog.insts.first()? {
        Inst::One(Item::Char(c)) => Some(*c),
        Inst::RepeatOne {
            item: Item::Char(c),
            min,
            ..
        } if *min > 0 => Some(*c),
        _ => None,
    }
}

impl<T: Text + ?Sized> Vm<'_, T> {
    fn item(&self, item: Item, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c = self.text.at(pos);
        match item {
            Item::Char(x) => c == x,
            Item::Fold(x, f) => fold_eq(c, x, f),
            Item::Any => true,
            Item::AnyButNewline => c != '\n',
            Item::Set(i) => set_contains(&self.prog.sets[i], c),
        }
    }

    fn assert(&self, a: Assert, pos: usize) -> bool {
        let t = self.text;
        match a {
            Assert::Start => pos == 0,
            Assert::LineStart => pos == 0 || t.at(pos - 1) == '\n',
            Assert::End => pos == self.end,
            Assert::EndOrNewline => pos == self.end || (pos + 1 == self.end && t.at(pos) == '\n'),
            Assert::LineEnd => pos == self.end || t.at(pos) == '\n',
            Assert::Boundary(ascii) | Assert::NonBoundary(ascii) => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(t.at(pos - 1), ascii);
                let after = pos < self.end && is_word(t.at(pos), ascii);
                (before != after) == matches!(a, Assert::Boundary(_))
            }
        }
    }

    fn set_slot(&mut self, slot: usize, pos: usize) {
        self.stack.push(Bt::Slot {
            slot,
            old: self.slots[slot],
            last: self.lastindex,
        });
        self.slots[slot] = pos;
        if slot % 2 == 1 {
            self.lastindex = slot / 2;
        }
    }

    fn set_counter(&mut self, c: usize, count: u32, last: usize) {
        let (oc, ol) = self.counters[c];
        self.stack.push(Bt::Counter {
            c,
            count: oc,
            last: ol,
        });
        self.counters[c] = (count, last);
    }

    /// Pops the stack down to `base` until a choice point; applies undo entries on the way.
    fn backtrack(&mut self, base: usize) -> Option<(usize, usize)> {
        while self.stack.len() > base {
            match self.stack.pop()? {
                Bt::Retry { pc, pos } => return Some((pc, pos)),
                Bt::Slot { slot, old, last } => {
                    self.slots[slot] = old;
                    self.lastindex = last;
                }
                Bt::Counter { c, count, last } => self.counters[c] = (count, last),
                Bt::Greedy { next, min_pos, pos } => {
                    let mut p = pos - 1;
                    // Give back characters until the next literal can match.
                    if let Some(Inst::One(Item::Char(c))) = self.prog.insts.get(next) {
                        while p > min_pos && !(p < self.end && self.text.at(p) == *c) {
                            p -= 1;
                        }
                    }
                    if p > min_pos {
                        self.stack.push(Bt::Greedy {
                            next,
                            min_pos,
                            pos: p,
                        });
                    }
                    return Some((next, p));
                }
                Bt::Lazy { pc, pos, count } => {
                    let Inst::RepeatOne { item, max, .. } = self.prog.insts[pc] else {
                        continue;
                    };
                    if count < max && self.item(item, pos) {
                        if count + 1 < max {
                            self.stack.push(Bt::Lazy {
                                pc,
                                pos: pos + 1,
                                count: count + 1,
                            });
                        }
                        return Some((pc + 1, pos + 1));
                    }
                }
            }
        }
        None
    }

    /// Drops the choice points above `base`, keeping the undo entries (an atomic group or
    /// look-ahead that succeeded cannot be re-entered, but its captures stay undoable).
    fn cut(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if matches!(self.stack[r], Bt::Slot { .. } | Bt::Counter { .. }) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undoes everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Bt::Slot { slot, old, last }) => {
                    self.slots[slot] = old;
                    self.lastindex = last;
                }
                Some(Bt::Counter { c, count, last }) => self.counters[c] = (count, last),
                _ => {}
            }
        }
    }

    /// Runs from `pc` at `pos` until `Match` or `SubMatch`; the end position, or `None`
    /// with the stack restored to its height on entry.
    fn run(&mut self, mut pc: usize, mut pos: usize) -> Option<usize> {
        let base = self.stack.len();
        loop {
            let ok = match self.prog.insts[pc] {
                Inst::One(item) => {
                    let ok = self.item(item, pos);
                    pos += 1;
                    pc += 1;
                    ok
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.assert(a, pos)
                }
                Inst::Save(slot) => {
                    self.set_slot(slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Retry { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::Backref(g, fold) => {
                    pc += 1;
                    match self.backref(g, fold, pos) {
                        Some(p) => {
                            pos = p;
                            true
                        }
                        None => false,
                    }
                }
                Inst::RepeatOne {
                    item,
                    min,
                    max,
                    kind,
                } => {
                    let startp = pos;
                    if kind == RepKind::Lazy {
                        let mut n = 0;
                        while n < min && self.item(item, pos) {
                            pos += 1;
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            if n < max {
                                self.stack.push(Bt::Lazy { pc, pos, count: n });
                            }
                            pc += 1;
                            true
                        }
                    } else {
                        let mut n: u32 = 0;
                        while n < max && self.item(item, pos) {
                            pos += 1;
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            let min_pos = startp + min as usize;
                            if kind == RepKind::Greedy && pos > min_pos {
                                self.stack.push(Bt::Greedy {
                                    next: pc + 1,
                                    min_pos,
                                    pos,
                                });
                            }
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::RepInit(c) => {
                    self.set_counter(c, 0, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    counter,
                    min,
                    max,
                    lazy,
                    exit,
                } => {
                    let n = self.counters[counter].0;
                    if n < min {
                        pc += 1;
                    } else if n >= max {
                        pc = exit;
                    } else if lazy {
                        self.stack.push(Bt::Retry { pc: pc + 1, pos });
                        pc = exit;
                    } else {
                        self.stack.push(Bt::Retry { pc: exit, pos });
                        pc += 1;
                    }
                    true
                }
                Inst::RepIncr(c) => {
                    let n = self.counters[c].0;
                    self.set_counter(c, n.saturating_add(1), pos);
                    pc += 1;
                    true
                }
                Inst::RepEnd {
                    counter,
                    min,
                    top,
                    exit,
                } => {
                    let (n, last) = self.counters[counter];
                    pc = if pos == last && n >= min { exit } else { top };
                    true
                }
                Inst::Look {
                    behind,
                    negated,
                    next,
                } => {
                    let from = match behind {
                        Some(w) if w > pos => None,
                        Some(w) => Some(pos - w),
                        None => Some(pos),
                    };
                    let here = self.stack.len();
                    let found = match from {
                        Some(f) => self.run(pc + 1, f).is_some(),
                        None => false,
                    };
                    pc = next;
                    if found {
                        if negated {
                            self.unwind(here);
                        } else {
                            self.cut(here);
                        }
                    }
                    found != negated
                }
                Inst::Atomic { next } => {
                    let here = self.stack.len();
                    match self.run(pc + 1, pos) {
                        Some(p) => {
                            self.cut(here);
                            pos = p;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::GroupCheck { group, no } => {
                    let set = self.slots[2 * group] != UNSET && self.slots[2 * group + 1] != UNSET;
                    pc = if set { pc + 1 } else { no };
                    true
                }
                Inst::SubMatch => return Some(pos),
                Inst::Match => {
                    let rejected =
                        (self.full && pos != self.end) || (self.must_advance && pos == self.start);
                    if !rejected {
                        return Some(pos);
                    }
                    false
                }
            };
            if !ok {
                let (p2, pos2) = self.backtrack(base)?;
                pc = p2;
                pos = pos2;
            }
        }
    }

    /// Matches the text of group `g` at `pos`; the position after it.
    fn backref(&self, g: usize, fold: Fold, pos: usize) -> Option<usize> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == UNSET || e == UNSET || e < s {
            return None;
        }
        let n = e - s;
        if pos + n > self.end {
            return None;
        }
        (0..n)
            .all(|k| fold_eq(self.text.at(pos + k), self.text.at(s + k), fold))
            .then_some(pos + n)
    }
}
