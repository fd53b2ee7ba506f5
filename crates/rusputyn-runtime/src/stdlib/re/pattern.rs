//! `re.Pattern`: a compiled regular expression and its methods (`search`, `match`,
//! `fullmatch`, `findall`, `finditer`, `sub`, `subn`, `split`), which the module-level
//! functions call after compiling (and caching) their pattern.

use super::ast::flag;
use super::compile::{Prog, compile};
use super::error::re_error;
use super::matchobj::{self, MatchState};
use super::parse::{ParseError, parse};
use super::subject::Subject;
use super::template;
use super::vm::{Found, Mode, UNSET};
use crate::err::{not_implemented_error, overflow_error, type_error, value_error};
use crate::types::dict::PyDict;
use crate::types::function::{Kw, parse_args};
use crate::types::native::{self, Member, NativeClass};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// A compiled pattern.
pub struct Compiled {
    /// The pattern object given (`str` or `bytes`).
    pub pattern: Value,
    pub is_bytes: bool,
    /// `Pattern.flags`: the given flags, global inline flags and `UNICODE` for str patterns.
    pub flags: u32,
    pub groups: usize,
    /// Group names in definition order.
    pub names: Vec<(String, usize)>,
    pub prog: Prog,
}

impl Compiled {
    /// The number of the group named `name`.
    pub fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
}

/// The state of a `Pattern` object.
pub struct PatternObj(pub Rc<Compiled>);

pub static PATTERN: NativeClass = NativeClass {
    module: "re",
    name: "Pattern",
    new: None,
    members: &[
        Member::Method("search", |v, a, k| run_one(v, a, k, "search", Mode::Search)),
        Member::Method("match", |v, a, k| run_one(v, a, k, "match", Mode::Match)),
        Member::Method("fullmatch", |v, a, k| {
            run_one(v, a, k, "fullmatch", Mode::Full)
        }),
        Member::Method("findall", findall_m),
        Member::Method("finditer", finditer_m),
        Member::Method("sub", |v, a, k| sub_m(v, a, k, false)),
        Member::Method("subn", |v, a, k| sub_m(v, a, k, true)),
        Member::Method("split", split_m),
        Member::Method("__repr__", pattern_repr),
        Member::Method("__eq__", pattern_eq),
        Member::Method("__hash__", pattern_hash),
        Member::Method("__copy__", |v, _, _| Ok(v.clone())),
        Member::Method("__deepcopy__", |v, _, _| Ok(v.clone())),
        Member::Getter("pattern", |v, _, _| Ok(get(v)?.pattern.clone())),
        Member::Getter("flags", |v, _, _| Ok(Value::Int(get(v)?.flags as i64))),
        Member::Getter("groups", |v, _, _| Ok(Value::Int(get(v)?.groups as i64))),
        Member::Getter("groupindex", groupindex),
    ],
    has_dict: false,
    c_type: true,
};

/// The compiled pattern behind a `Pattern` object.
pub fn get(v: &Value) -> PyResult<&Rc<Compiled>> {
    Ok(&native::expect::<PatternObj>(v, &PATTERN, "search")?.0)
}

/// Compiles `pattern` (str or bytes) with `flags` into a `Pattern` object.
pub fn compile_pattern(pattern: &Value, flags: i64) -> PyResult<Value> {
    let (chars, is_bytes): (Vec<char>, bool) = match pattern {
        Value::Str(s) => (s.as_str().chars().collect(), false),
        Value::Bytes(b) => (b.iter().map(|&b| b as char).collect(), true),
        _ => {
            return Err(type_error(
                "first argument must be string or compiled pattern",
            ));
        }
    };
    let flags = flags as u32;
    if flags & flag::DEBUG != 0 {
        // CPython prints the parsed pattern; nothing here reproduces that dump.
        return Err(not_implemented_error(
            "re.DEBUG (printing the compiled pattern) is not supported",
        ));
    }
    let parsed = parse(&chars, flags, is_bytes).map_err(|e| match e {
        ParseError::Syntax { msg, pos } => re_error(&msg, pattern, pos),
        ParseError::Overflow(msg) => overflow_error(msg),
        ParseError::Unsupported(msg) => not_implemented_error(msg),
    })?;
    let mut flags = parsed.flags;
    if is_bytes {
        if flags & flag::UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & flag::LOCALE != 0 && flags & flag::ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if flags & flag::LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & flag::ASCII == 0 {
            flags |= flag::UNICODE;
        } else if flags & flag::UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    }
    let prog = compile(&parsed.node, parsed.groups, &parsed.widths);
    Ok(native::new_instance(
        &PATTERN,
        PatternObj(Rc::new(Compiled {
            pattern: pattern.clone(),
            is_bytes,
            flags,
            groups: parsed.groups,
            names: parsed.names,
            prog,
        })),
    ))
}

/// Clamps `pos`/`endpos` arguments to the subject as CPython does.
fn bounds(subj: &Subject, pos: &Option<Value>, endpos: &Option<Value>) -> PyResult<(usize, usize)> {
    let len = subj.len() as i64;
    let clamp = |v: &Option<Value>, default: i64| -> PyResult<usize> {
        let n = match v {
            Some(v) => crate::ops::index_of(v)?,
            None => default,
        };
        Ok(n.clamp(0, len) as usize)
    };
    Ok((clamp(pos, 0)?, clamp(endpos, len)?))
}

fn make_match(
    pat: &Value,
    c: &Rc<Compiled>,
    subj: &Rc<Subject>,
    pos: usize,
    endpos: usize,
    found: Found,
) -> Value {
    matchobj::new_match(MatchState {
        re: pat.clone(),
        compiled: c.clone(),
        subject: subj.clone(),
        pos,
        endpos,
        slots: found.slots,
        lastindex: found.lastindex,
    })
}

/// `search` / `match` / `fullmatch` on a `Pattern` object `v`.
pub fn run_one(v: &Value, args: &[Value], kw: Kw, name: &str, mode: Mode) -> PyResult<Value> {
    let c = get(v)?;
    let p = parse_args(name, args, kw, &["string", "pos", "endpos"], 3, 1)?;
    let string = p[0].clone().unwrap_or(Value::None);
    let subj = Rc::new(Subject::new(&string, c.is_bytes)?);
    let (pos, endpos) = bounds(&subj, &p[1], &p[2])?;
    if endpos < pos {
        return Ok(Value::None);
    }
    Ok(match subj.exec(&c.prog, pos, endpos, mode, false) {
        Some(f) => make_match(v, c, &subj, pos, endpos, f),
        None => Value::None,
    })
}

/// Calls `f` on each successive non-overlapping match in `subj[pos..endpos]` (an empty
/// match may not start where the previous match ended empty), until `f` returns false.
pub fn each_match(
    c: &Compiled,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    mut f: impl FnMut(Found) -> PyResult<bool>,
) -> PyResult<()> {
    let mut pos = pos;
    let mut advance = false;
    while pos <= endpos {
        let Some(found) = subj.exec(&c.prog, pos, endpos, Mode::Search, advance) else {
            break;
        };
        let (s, e) = (found.slots[0], found.slots[1]);
        if !f(found)? {
            break;
        }
        advance = s == e;
        pos = e;
    }
    Ok(())
}

/// A group's text, or `default` when it did not take part.
pub fn group_value(subj: &Subject, slots: &[usize], g: usize, default: &Value) -> Value {
    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
    if s == UNSET || e == UNSET {
        default.clone()
    } else {
        subj.slice(s, e)
    }
}

fn empty_of(c: &Compiled) -> Value {
    if c.is_bytes {
        Value::Bytes(Rc::new(Vec::new()))
    } else {
        Value::str("")
    }
}

fn findall_m(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = get(v)?;
    let p = parse_args("findall", args, kw, &["string", "pos", "endpos"], 3, 1)?;
    let subj = Subject::new(p[0].as_ref().unwrap_or(&Value::None), c.is_bytes)?;
    let (pos, endpos) = bounds(&subj, &p[1], &p[2])?;
    let empty = empty_of(c);
    let mut out = Vec::new();
    each_match(c, &subj, pos, endpos, |f| {
        out.push(match c.groups {
            0 => group_value(&subj, &f.slots, 0, &empty),
            1 => group_value(&subj, &f.slots, 1, &empty),
            n => Value::tuple(
                (1..=n)
                    .map(|g| group_value(&subj, &f.slots, g, &empty))
                    .collect(),
            ),
        });
        Ok(true)
    })?;
    Ok(Value::list(out))
}

/// The state of the iterator `finditer` returns.
struct MatchIter {
    re: Value,
    compiled: Rc<Compiled>,
    subject: Rc<Subject>,
    pos: usize,
    endpos: usize,
    /// Where the next search starts, whether it must not match empty there, and whether
    /// the iteration is over.
    state: std::cell::Cell<(usize, bool, bool)>,
}

static MATCH_ITER: NativeClass = NativeClass {
    module: "builtins",
    name: "callable_iterator",
    new: None,
    members: &[
        Member::Method("__iter__", |v, _, _| Ok(v.clone())),
        Member::Method("__next__", iter_next),
    ],
    has_dict: false,
    c_type: false,
};

fn iter_next(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let it = native::expect::<MatchIter>(v, &MATCH_ITER, "__next__")?;
    let (pos, advance, done) = it.state.get();
    let stop = || crate::err::PyErr::bare(crate::types::class::BuiltinType::StopIteration);
    if done || pos > it.endpos {
        return Err(stop());
    }
    match it
        .subject
        .exec(&it.compiled.prog, pos, it.endpos, Mode::Search, advance)
    {
        None => {
            it.state.set((pos, advance, true));
            Err(stop())
        }
        Some(f) => {
            let (s, e) = (f.slots[0], f.slots[1]);
            it.state.set((e, s == e, false));
            Ok(make_match(
                &it.re,
                &it.compiled,
                &it.subject,
                it.pos,
                it.endpos,
                f,
            ))
        }
    }
}

fn finditer_m(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = get(v)?;
    let p = parse_args("finditer", args, kw, &["string", "pos", "endpos"], 3, 1)?;
    let subj = Rc::new(Subject::new(
        p[0].as_ref().unwrap_or(&Value::None),
        c.is_bytes,
    )?);
    let (pos, endpos) = bounds(&subj, &p[1], &p[2])?;
    Ok(native::new_instance(
        &MATCH_ITER,
        MatchIter {
            re: v.clone(),
            compiled: c.clone(),
            subject: subj,
            pos,
            endpos,
            state: std::cell::Cell::new((pos, false, endpos < pos)),
        },
    ))
}

fn count_arg(v: &Option<Value>, name: &str) -> PyResult<usize> {
    match v {
        None => Ok(0),
        Some(v) => {
            let n = crate::ops::index_of(v).map_err(|e| {
                if e.is(crate::types::class::BuiltinType::TypeError) {
                    type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        v.type_name()
                    ))
                } else {
                    e
                }
            })?;
            let _ = name;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn sub_m(v: &Value, args: &[Value], kw: Kw, with_count: bool) -> PyResult<Value> {
    let c = get(v)?;
    let name = if with_count { "subn" } else { "sub" };
    let p = parse_args(name, args, kw, &["repl", "string", "count"], 3, 2)?;
    let repl = p[0].clone().unwrap_or(Value::None);
    let string = p[1].clone().unwrap_or(Value::None);
    let count = count_arg(&p[2], name)?;
    subn(v, c, &repl, &string, count, with_count)
}

/// `sub`/`subn` of pattern object `v` (compiled `c`).
pub fn subn(
    v: &Value,
    c: &Rc<Compiled>,
    repl: &Value,
    string: &Value,
    count: usize,
    with_count: bool,
) -> PyResult<Value> {
    let subj = Rc::new(Subject::new(string, c.is_bytes)?);
    // A negative count substitutes nothing, as in CPython.
    let limit = if count == usize::MAX {
        Some(0)
    } else {
        (count > 0).then_some(count)
    };
    let tpl = if crate::call::is_callable(repl) {
        None
    } else {
        Some(template::Template::parse(repl, c)?)
    };
    let mut pieces: Vec<Value> = Vec::new();
    let mut last = 0;
    let mut n = 0usize;
    let len = subj.len();
    if limit != Some(0) {
        each_match(c, &subj, 0, len, |f| {
            let (s, e) = (f.slots[0], f.slots[1]);
            if last < s {
                pieces.push(subj.slice(last, s));
            }
            let r = match &tpl {
                Some(t) => t.expand(&subj, &f.slots)?,
                None => {
                    let m = make_match(v, c, &subj, 0, len, f);
                    let r = crate::call::call(repl, &[m])?;
                    check_repl_result(&r, c.is_bytes)?
                }
            };
            if let Some(r) = r {
                pieces.push(r);
            }
            last = e;
            n += 1;
            Ok(limit.is_none_or(|l| n < l))
        })?;
    }
    if last < len {
        pieces.push(subj.slice(last, len));
    }
    let result = join(&pieces, c.is_bytes, &subj);
    Ok(if with_count {
        Value::tuple(vec![result, Value::Int(n as i64)])
    } else {
        result
    })
}

/// The result of a replacement function: a str (bytes) to insert, `None` for nothing.
fn check_repl_result(r: &Value, is_bytes: bool) -> PyResult<Option<Value>> {
    match (r, is_bytes) {
        (Value::None, _) => Ok(None),
        (Value::Str(_), false) | (Value::Bytes(_), true) => Ok(Some(r.clone())),
        (other, false) => Err(type_error(format!(
            "sequence item 0: expected str instance, {} found",
            other.type_name()
        ))),
        (other, true) => Err(type_error(format!(
            "sequence item 0: expected a bytes-like object, {} found",
            other.type_name()
        ))),
    }
}

/// Concatenates str or bytes pieces.
pub fn join(pieces: &[Value], is_bytes: bool, subj: &Subject) -> Value {
    if pieces.len() == 1 && matches!(subj, Subject::Ascii(_) | Subject::Chars(..)) {
        return pieces[0].clone();
    }
    if is_bytes {
        let mut out = Vec::new();
        for p in pieces {
            if let Value::Bytes(b) = p {
                out.extend_from_slice(b);
            }
        }
        Value::Bytes(Rc::from(out))
    } else {
        let mut out = String::new();
        for p in pieces {
            if let Value::Str(s) = p {
                out.push_str(s.as_str());
            }
        }
        Value::string(out)
    }
}

fn split_m(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = get(v)?;
    let p = parse_args("split", args, kw, &["string", "maxsplit"], 2, 1)?;
    let string = p[0].clone().unwrap_or(Value::None);
    let maxsplit = count_arg(&p[1], "split")?;
    split(c, &string, maxsplit)
}

/// `split` with `maxsplit` (0: no limit; negative, passed as `usize::MAX`: no split).
pub fn split(c: &Compiled, string: &Value, maxsplit: usize) -> PyResult<Value> {
    let subj = Subject::new(string, c.is_bytes)?;
    let len = subj.len();
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0usize;
    if maxsplit != usize::MAX {
        each_match(c, &subj, 0, len, |f| {
            let (s, e) = (f.slots[0], f.slots[1]);
            out.push(subj.slice(last, s));
            for g in 1..=c.groups {
                out.push(group_value(&subj, &f.slots, g, &Value::None));
            }
            last = e;
            n += 1;
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
    }
    out.push(subj.slice(last, len));
    Ok(Value::list(out))
}

fn pattern_repr(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let c = get(v)?;
    let mut r: String = crate::ops::repr_of(&c.pattern)?.chars().take(200).collect();
    r = format!("re.compile({r}");
    let shown = if c.is_bytes {
        c.flags
    } else {
        c.flags & !flag::UNICODE
    };
    if shown != 0 {
        // CPython's pattern repr lists flags in this order, unknown bits in hex.
        let order = [
            ("re.TEMPLATE", flag::TEMPLATE),
            ("re.IGNORECASE", flag::IGNORECASE),
            ("re.LOCALE", flag::LOCALE),
            ("re.MULTILINE", flag::MULTILINE),
            ("re.DOTALL", flag::DOTALL),
            ("re.UNICODE", flag::UNICODE),
            ("re.VERBOSE", flag::VERBOSE),
            ("re.DEBUG", flag::DEBUG),
            ("re.ASCII", flag::ASCII),
        ];
        let mut rest = shown;
        let mut parts = Vec::new();
        for (n, b) in order {
            if shown & b != 0 {
                parts.push(n.to_string());
                rest &= !b;
            }
        }
        if rest != 0 {
            parts.push(format!("{rest:#x}"));
        }
        r = format!("{r}, {}", parts.join("|"));
    }
    r.push(')');
    Ok(Value::string(r))
}

fn pattern_eq(v: &Value, a: &[Value], _k: Kw) -> PyResult<Value> {
    let c = get(v)?;
    let Some(other) = a.first().and_then(native::state::<PatternObj>) else {
        return Ok(Value::NotImplemented);
    };
    let o = &other.0;
    Ok(Value::Bool(
        Rc::ptr_eq(c, o)
            || (c.flags == o.flags
                && c.is_bytes == o.is_bytes
                && crate::ops::eq(&c.pattern, &o.pattern)?),
    ))
}

fn pattern_hash(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let c = get(v)?;
    let h = crate::hash::hash_value(&c.pattern)?;
    Ok(Value::Int(h ^ (c.flags as i64).wrapping_mul(1_000_003)))
}

fn groupindex(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let c = get(v)?;
    let d = PyDict::new();
    for (n, g) in &c.names {
        d.set_str(n, Value::Int(*g as i64));
    }
    Ok(Value::Dict(Rc::new(d)))
}
