//! `re.Match`: the result of a successful match — groups by number or name, their spans,
//! `expand`, and the attributes `string`, `re`, `pos`, `endpos`, `lastindex`, `lastgroup`,
//! `regs`.

use super::pattern::{Compiled, group_value};
use super::subject::Subject;
use super::template::Template;
use super::vm::UNSET;
use crate::err::index_error;
use crate::types::dict::PyDict;
use crate::types::function::{Kw, check_unpack, parse_args};
use crate::types::native::{self, Member, NativeClass};
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// The state of a `Match` object.
pub struct MatchState {
    /// The `Pattern` object.
    pub re: Value,
    pub compiled: Rc<Compiled>,
    pub subject: Rc<Subject>,
    pub pos: usize,
    pub endpos: usize,
    /// Two slots per group, [`UNSET`] for groups that did not take part.
    pub slots: Vec<usize>,
    pub lastindex: Option<usize>,
}

static MATCH: NativeClass = NativeClass {
    module: "re",
    name: "Match",
    new: None,
    members: &[
        Member::Method("group", group_m),
        Member::Method("__getitem__", |v, a, _| {
            check_unpack("__getitem__", a, 1, 1)?;
            let m = get(v)?;
            Ok(m.group(index_of(m, &a[0])?, &Value::None))
        }),
        Member::Method("groups", groups_m),
        Member::Method("groupdict", groupdict_m),
        Member::Method("start", |v, a, _| span_part(v, a, "start", 0)),
        Member::Method("end", |v, a, _| span_part(v, a, "end", 1)),
        Member::Method("span", span_m),
        Member::Method("expand", expand_m),
        Member::Method("__repr__", match_repr),
        Member::Method("__copy__", |v, _, _| Ok(v.clone())),
        Member::Method("__deepcopy__", |v, _, _| Ok(v.clone())),
        Member::Getter("string", |v, _, _| Ok(get(v)?.subject.value())),
        Member::Getter("re", |v, _, _| Ok(get(v)?.re.clone())),
        Member::Getter("pos", |v, _, _| Ok(Value::Int(get(v)?.pos as i64))),
        Member::Getter("endpos", |v, _, _| Ok(Value::Int(get(v)?.endpos as i64))),
        Member::Getter("lastindex", |v, _, _| {
            Ok(get(v)?
                .lastindex
                .map_or(Value::None, |i| Value::Int(i as i64)))
        }),
        Member::Getter("lastgroup", lastgroup),
        Member::Getter("regs", regs),
    ],
    has_dict: false,
    c_type: true,
};

/// The class object `re.Match`.
pub fn match_class() -> Rc<crate::types::class::Class> {
    native::class(&MATCH)
}

/// A new `Match` object.
pub fn new_match(state: MatchState) -> Value {
    native::new_instance(&MATCH, state)
}

fn get(v: &Value) -> PyResult<&MatchState> {
    native::expect::<MatchState>(v, &MATCH, "group")
}

impl MatchState {
    fn group(&self, g: usize, default: &Value) -> Value {
        group_value(&self.subject, &self.slots, g, default)
    }

    fn span(&self, g: usize) -> (i64, i64) {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == UNSET || e == UNSET {
            (-1, -1)
        } else {
            (s as i64, e as i64)
        }
    }
}

/// A group given by number or name; CPython's `IndexError: no such group` otherwise.
fn index_of(m: &MatchState, v: &Value) -> PyResult<usize> {
    let n = match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Str(s) => m.compiled.group_named(s.as_str()).map(|g| g as i64),
        _ => None,
    };
    match n {
        Some(i) if i >= 0 && (i as usize) <= m.compiled.groups => Ok(i as usize),
        _ => Err(index_error("no such group")),
    }
}

fn group_m(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::types::function::no_kwargs("group", kw)?;
    let m = get(v)?;
    match args {
        [] => Ok(m.group(0, &Value::None)),
        [g] => Ok(m.group(index_of(m, g)?, &Value::None)),
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                out.push(m.group(index_of(m, g)?, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn groups_m(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args("groups", args, kw, &["default"], 1, 0)?;
    let default = p[0].clone().unwrap_or(Value::None);
    let m = get(v)?;
    Ok(Value::tuple(
        (1..=m.compiled.groups)
            .map(|g| m.group(g, &default))
            .collect(),
    ))
}

fn groupdict_m(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args("groupdict", args, kw, &["default"], 1, 0)?;
    let default = p[0].clone().unwrap_or(Value::None);
    let m = get(v)?;
    let d = PyDict::new();
    for (name, g) in &m.compiled.names {
        d.set_str(name, m.group(*g, &default));
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn group_arg(m: &MatchState, args: &[Value], name: &str) -> PyResult<usize> {
    check_unpack(name, args, 0, 1)?;
    match args.first() {
        None => Ok(0),
        Some(g) => index_of(m, g),
    }
}

fn span_part(v: &Value, args: &[Value], name: &str, which: usize) -> PyResult<Value> {
    let m = get(v)?;
    let g = group_arg(m, args, name)?;
    let (s, e) = m.span(g);
    Ok(Value::Int(if which == 0 { s } else { e }))
}

fn span_m(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = get(v)?;
    let g = group_arg(m, args, "span")?;
    let (s, e) = m.span(g);
    Ok(Value::tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn expand_m(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args("expand", args, kw, &["template"], 1, 1)?;
    let m = get(v)?;
    let tpl = Template::parse(p[0].as_ref().unwrap_or(&Value::None), &m.compiled)?;
    Ok(tpl
        .expand(&m.subject, &m.slots)?
        .unwrap_or_else(|| m.subject.slice(0, 0)))
}

fn match_repr(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let m = get(v)?;
    let (s, e) = m.span(0);
    let text = crate::ops::repr_of(&m.group(0, &Value::None))?;
    Ok(Value::string(format!(
        "<re.Match object; span=({s}, {e}), match={text}>"
    )))
}

fn lastgroup(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let m = get(v)?;
    Ok(m.lastindex
        .and_then(|i| m.compiled.names.iter().find(|(_, g)| *g == i))
        .map_or(Value::None, |(n, _)| Value::str(n)))
}

fn regs(v: &Value, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let m = get(v)?;
    Ok(Value::tuple(
        (0..=m.compiled.groups)
            .map(|g| {
                let (s, e) = m.span(g);
                Value::tuple(vec![Value::Int(s), Value::Int(e)])
            })
            .collect(),
    ))
}
