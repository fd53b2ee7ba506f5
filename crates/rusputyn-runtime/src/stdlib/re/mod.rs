//! The `re` module of Python 3.11 (Python docs, "re — Regular expression operations"),
//! implemented natively: our own parser of Python's pattern syntax (`parse.rs`, CPython's
//! `re.error` messages and positions), a compiler to a small instruction set
//! (`compile.rs`) and a backtracking matcher (`vm.rs`) that behaves like CPython's `_sre`
//! (leftmost match, alternatives in order, greedy/lazy/possessive repetition, look-around,
//! back-references, conditionals, atomic groups), over code points so every position is a
//! Python index. Character classes use CPython's Unicode definitions (`classes.rs`).
//!
//! The Python-facing objects: `Pattern` (`pattern.rs`), `Match` (`matchobj.rs`),
//! replacement templates (`template.rs`), `RegexFlag` (`flags.rs`), `re.error`
//! (`error.rs`); `subject.rs` adapts str and bytes subjects to the matcher.

mod ast;
mod classes;
mod compile;
mod error;
mod flags;
mod matchobj;
mod parse;
mod pattern;
mod subject;
mod template;
mod vm;

use crate::err::{type_error, value_error};
use crate::types::function::{BuiltinFn, Kw, parse_args};
use crate::types::module::Module;
use crate::types::native;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;
use vm::Mode;

/// CPython's `re._MAXCACHE`.
const MAXCACHE: usize = 512;

/// Cache key: the pattern's kind and text, and the flags.
type Key = (bool, Vec<u8>, i64);

thread_local! {
    /// Compiled patterns by (kind, pattern, flags), oldest first.
    static CACHE: RefCell<Vec<(Key, Value)>> = const { RefCell::new(Vec::new()) };
}

/// `re._compile`: a `Pattern` object for `pattern` (a pattern object is returned as is).
fn compile_cached(pattern: &Value, flags: &Option<Value>) -> PyResult<Value> {
    let flags = match flags {
        Some(f) => flags::flag_arg(f)?,
        None => 0,
    };
    if native::state::<pattern::PatternObj>(pattern).is_some() {
        if flags != 0 {
            return Err(value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok(pattern.clone());
    }
    let key: Key = match pattern {
        Value::Str(s) => (false, s.as_str().as_bytes().to_vec(), flags),
        Value::Bytes(b) => (true, b.to_vec(), flags),
        _ => return pattern::compile_pattern(pattern, flags),
    };
    if let Some(p) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, p)| p.clone())
    }) {
        return Ok(p);
    }
    let p = pattern::compile_pattern(pattern, flags)?;
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAXCACHE {
            c.remove(0);
        }
        c.push((key, p.clone()));
    });
    Ok(p)
}

fn re_compile(args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args("compile", args, kw, &["pattern", "flags"], 2, 1)?;
    compile_cached(p[0].as_ref().unwrap_or(&Value::None), &p[1])
}

/// `search`/`match`/`fullmatch`/`findall`/`finditer(pattern, string, flags=0)`: compiles
/// and calls the method of the same name.
fn with_string(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args(name, args, kw, &["pattern", "string", "flags"], 3, 2)?;
    let pat = compile_cached(p[0].as_ref().unwrap_or(&Value::None), &p[2])?;
    let string = p[1].clone().unwrap_or(Value::None);
    let f = match name {
        "search" => return pattern::run_one(&pat, &[string], &[], name, Mode::Search),
        "match" => return pattern::run_one(&pat, &[string], &[], name, Mode::Match),
        "fullmatch" => return pattern::run_one(&pat, &[string], &[], name, Mode::Full),
        _ => crate::types::object::get_attr(&pat, name)?,
    };
    crate::call::call(&f, &[string])
}

fn re_sub_common(args: &[Value], kw: Kw, name: &str, with_count: bool) -> PyResult<Value> {
    let p = parse_args(
        name,
        args,
        kw,
        &["pattern", "repl", "string", "count", "flags"],
        5,
        3,
    )?;
    let pat = compile_cached(p[0].as_ref().unwrap_or(&Value::None), &p[4])?;
    let c = pattern::get(&pat)?.clone();
    let count = match &p[3] {
        None => 0,
        Some(v) => {
            let n = crate::ops::index_of(v)?;
            if n < 0 { usize::MAX } else { n as usize }
        }
    };
    pattern::subn(
        &pat,
        &c,
        p[1].as_ref().unwrap_or(&Value::None),
        p[2].as_ref().unwrap_or(&Value::None),
        count,
        with_count,
    )
}

fn re_split(args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args(
        "split",
        args,
        kw,
        &["pattern", "string", "maxsplit", "flags"],
        4,
        2,
    )?;
    let pat = compile_cached(p[0].as_ref().unwrap_or(&Value::None), &p[3])?;
    let c = pattern::get(&pat)?.clone();
    let maxsplit = match &p[2] {
        None => 0,
        Some(v) => {
            let n = crate::ops::index_of(v)?;
            if n < 0 { usize::MAX } else { n as usize }
        }
    };
    pattern::split(&c, p[1].as_ref().unwrap_or(&Value::None), maxsplit)
}

/// The characters `re.escape` backslashes.
const SPECIAL: &str = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c";

fn re_escape(args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = parse_args("escape", args, kw, &["pattern"], 1, 1)?;
    match p[0].as_ref().unwrap_or(&Value::None) {
        Value::Str(s) => {
            let mut out = String::with_capacity(s.as_str().len());
            for c in s.as_str().chars() {
                if SPECIAL.contains(c) {
                    out.push('\\');
                }
                out.push(c);
            }
            Ok(Value::string(out))
        }
        Value::Bytes(b) => {
            let mut out = Vec::with_capacity(b.len());
            for &c in b.iter() {
                if c.is_ascii() && SPECIAL.contains(c as char) {
                    out.push(b'\\');
                }
                out.push(c);
            }
            Ok(Value::Bytes(Rc::from(out)))
        }
        other => Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            other.type_name()
        ))),
    }
}

fn re_purge(args: &[Value], kw: Kw) -> PyResult<Value> {
    parse_args("purge", args, kw, &[], 0, 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

static COMPILE: BuiltinFn = BuiltinFn {
    name: "compile",
    f: re_compile,
};
static SEARCH: BuiltinFn = BuiltinFn {
    name: "search",
    f: |a, k| with_string("search", a, k),
};
static MATCH: BuiltinFn = BuiltinFn {
    name: "match",
    f: |a, k| with_string("match", a, k),
};
static FULLMATCH: BuiltinFn = BuiltinFn {
    name: "fullmatch",
    f: |a, k| with_string("fullmatch", a, k),
};
static FINDALL: BuiltinFn = BuiltinFn {
    name: "findall",
    f: |a, k| with_string("findall", a, k),
};
static FINDITER: BuiltinFn = BuiltinFn {
    name: "finditer",
    f: |a, k| with_string("finditer", a, k),
};
static SUB: BuiltinFn = BuiltinFn {
    name: "sub",
    f: |a, k| re_sub_common(a, k, "sub", false),
};
static SUBN: BuiltinFn = BuiltinFn {
    name: "subn",
    f: |a, k| re_sub_common(a, k, "subn", true),
};
static SPLIT: BuiltinFn = BuiltinFn {
    name: "split",
    f: re_split,
};
static ESCAPE: BuiltinFn = BuiltinFn {
    name: "escape",
    f: re_escape,
};
static PURGE: BuiltinFn = BuiltinFn {
    name: "purge",
    f: re_purge,
};

/// Builds the `re` module.
pub fn module() -> Rc<Module> {
    let mut attrs: Vec<(&str, Value)> = vec![
        ("compile", Value::Builtin(&COMPILE)),
        ("search", Value::Builtin(&SEARCH)),
        ("match", Value::Builtin(&MATCH)),
        ("fullmatch", Value::Builtin(&FULLMATCH)),
        ("findall", Value::Builtin(&FINDALL)),
        ("finditer", Value::Builtin(&FINDITER)),
        ("sub", Value::Builtin(&SUB)),
        ("subn", Value::Builtin(&SUBN)),
        ("split", Value::Builtin(&SPLIT)),
        ("escape", Value::Builtin(&ESCAPE)),
        ("purge", Value::Builtin(&PURGE)),
        ("error", Value::Class(error::error_class())),
        ("Pattern", Value::Class(native::class(&pattern::PATTERN))),
        ("Match", Value::Class(matchobj::match_class())),
        ("RegexFlag", Value::Class(native::class(&flags::REGEX_FLAG))),
        ("__version__", Value::str("2.2.1")),
    ];
    attrs.extend(flags::constants());
    Module::new("re", attrs)
}
