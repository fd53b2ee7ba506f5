//! Traceback objects (`exc.__traceback__`, the third argument of `__exit__`): a read-only view
//! of the frames an exception passed through, built from its recorded traceback entries.
//! `tb_frame` is a minimal `frame` whose `f_code` tells the function and file; frames have
//! no locals here, since compiled code keeps its variables in Rust.

use crate::err::TbEntry;
use crate::types::function::Kw;
use crate::types::native::{Member, NativeClass, expect, new_instance};
use crate::value::{PyResult, Value};
use std::rc::Rc;

static TRACEBACK_CLASS: NativeClass = NativeClass {
    module: "builtins",
    name: "traceback",
    new: None,
    members: &[
        Member::Getter("tb_next", tb_next),
        Member::Getter("tb_lineno", tb_lineno),
        Member::Getter("tb_frame", tb_frame),
        Member::Getter("tb_lasti", tb_lasti),
    ],
    has_dict: false,
    c_type: false,
};

static FRAME_CLASS: NativeClass = NativeClass {
    module: "builtins",
    name: "frame",
    new: None,
    members: &[
        Member::Getter("f_lineno", f_lineno),
        Member::Getter("f_code", f_code),
        Member::Getter("f_back", f_back),
    ],
    has_dict: false,
    c_type: false,
};

static CODE_CLASS: NativeClass = NativeClass {
    module: "builtins",
    name: "code",
    new: None,
    members: &[
        Member::Getter("co_name", co_name),
        Member::Getter("co_filename", co_filename),
        Member::Getter("co_qualname", co_name),
    ],
    has_dict: false,
    c_type: false,
};

/// A traceback (or frame, or code) object's state: the entries outermost first and the
/// position of the one it shows.
struct Tb {
    entries: Rc<[TbEntry]>,
    at: usize,
}

impl Tb {
    fn entry(&self) -> &TbEntry {
        &self.entries[self.at]
    }
}

/// The traceback object of an exception whose recorded entries are `innermost_first`; `None`
/// when the exception has not passed through any frame yet.
pub fn traceback_of(innermost_first: &[TbEntry]) -> Value {
    if innermost_first.is_empty() {
        return Value::None;
    }
    let entries: Rc<[TbEntry]> = innermost_first.iter().rev().cloned().collect();
    new_instance(&TRACEBACK_CLASS, Tb { entries, at: 0 })
}

fn tb<'a>(v: &'a Value, def: &NativeClass, what: &str) -> PyResult<&'a Tb> {
    expect::<Tb>(v, def, what)
}

fn tb_next(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = tb(recv, &TRACEBACK_CLASS, "tb_next")?;
    Ok(if t.at + 1 < t.entries.len() {
        new_instance(
            &TRACEBACK_CLASS,
            Tb {
                entries: t.entries.clone(),
                at: t.at + 1,
            },
        )
    } else {
        Value::None
    })
}

fn tb_lineno(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        tb(recv, &TRACEBACK_CLASS, "tb_lineno")?.entry().line as i64,
    ))
}

fn tb_lasti(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    tb(recv, &TRACEBACK_CLASS, "tb_lasti")?;
    Ok(Value::Int(-1))
}

fn tb_frame(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = tb(recv, &TRACEBACK_CLASS, "tb_frame")?;
    Ok(new_instance(
        &FRAME_CLASS,
        Tb {
            entries: t.entries.clone(),
            at: t.at,
        },
    ))
}

fn f_lineno(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        tb(recv, &FRAME_CLASS, "f_lineno")?.entry().line as i64,
    ))
}

/// `f_back`: the calling frame when the exception passed through it, else `None`.
fn f_back(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = tb(recv, &FRAME_CLASS, "f_back")?;
    Ok(match t.at.checked_sub(1) {
        Some(at) => new_instance(
            &FRAME_CLASS,
            Tb {
                entries: t.entries.clone(),
                at,
            },
        ),
        None => Value::None,
    })
}

fn f_code(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = tb(recv, &FRAME_CLASS, "f_code")?;
    Ok(new_instance(
        &CODE_CLASS,
        Tb {
            entries: t.entries.clone(),
            at: t.at,
        },
    ))
}

fn co_name(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::str(tb(recv, &CODE_CLASS, "co_name")?.entry().name))
}

fn co_filename(recv: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::str(
        tb(recv, &CODE_CLASS, "co_filename")?.entry().file,
    ))
}
