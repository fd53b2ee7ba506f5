//! Differential tests of `str`/`bytes` methods, the format-spec mini-language,
//! `str.format`, `%`-formatting and `repr`/`ascii` against CPython 3.11.
//!
//! Every expected value was printed by CPython 3.11 (`repr` of the result, or
//! `ExceptionType: message`).
//!
//! Generated: regenerate with the script stored at the end of this file (its first lines
//! show the command); never edit the expected values by hand.

// Inputs such as 3.14159 are arbitrary decimals whose formatting is checked, not attempts
// at π.
#![allow(clippy::approx_constant)]

use rusputyn_runtime::err::exception_line;
use rusputyn_runtime::ops::{self, BinOp};
use rusputyn_runtime::types::dict::PyDict;
use rusputyn_runtime::types::object::call_method;
use rusputyn_runtime::{PyResult, Value};
use std::rc::Rc;

fn s(x: &str) -> Value {
    Value::str(x)
}

fn by(x: &[u8]) -> Value {
    Value::Bytes(x.to_vec().into())
}

fn fl(x: f64) -> Value {
    Value::Float(x)
}

fn big(x: &str) -> Value {
    rusputyn_runtime::builtins::parse_int(x, 10).expect("valid literal")
}

fn t(items: Vec<Value>) -> Value {
    Value::tuple(items)
}

fn l(items: Vec<Value>) -> Value {
    Value::list(items)
}

fn d(pairs: Vec<(Value, Value)>) -> Value {
    Value::Dict(Rc::new(PyDict::from_pairs(pairs).expect("hashable keys")))
}

/// `repr` of a result, or `ExceptionType: message`.
fn outcome(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => ops::repr_of(&v)
            .unwrap_or_else(|e| format!("<repr failed: {}>", exception_line(&e.value()))),
        Err(e) => exception_line(&e.value()),
    }
}

fn check(failures: &mut Vec<String>, what: String, got: String, expected: &str) {
    if got != expected {
        failures.push(format!("{what}\n      got: {got}\n expected: {expected}"));
    }
}

fn show(v: &Value) -> String {
    ops::repr_of(v).unwrap_or_default()
}

/// `recv.name(*args, **kw)`.
fn m(
    failures: &mut Vec<String>,
    recv: Value,
    name: &str,
    args: &[Value],
    kw: &[(&str, Value)],
    expected: &str,
) {
    let got = outcome(call_method(&recv, name, args, kw));
    let shown: Vec<String> = args
        .iter()
        .map(show)
        .chain(kw.iter().map(|(k, v)| format!("{k}={}", show(v))))
        .collect();
    check(
        failures,
        format!("{}.{name}({})", show(&recv), shown.join(", ")),
        got,
        expected,
    );
}

/// `format(value, spec)`.
fn f(failures: &mut Vec<String>, value: Value, spec: &str, expected: &str) {
    let got = outcome(rusputyn_runtime::format::format_value(&value, spec).map(Value::string));
    check(
        failures,
        format!("format({}, {spec:?})", show(&value)),
        got,
        expected,
    );
}

/// `fmt % args`.
fn p(failures: &mut Vec<String>, fmt: Value, args: Value, expected: &str) {
    let got = outcome(ops::binop(BinOp::Mod, &fmt, &args));
    check(
        failures,
        format!("{} % {}", show(&fmt), show(&args)),
        got,
        expected,
    );
}

/// `repr(v)`, `str(v)` and `ascii(v)`.
fn r(failures: &mut Vec<String>, v: Value, repr: &str, str_: &str, ascii: &str) {
    let raw = |r: PyResult<String>| r.unwrap_or_else(|e| exception_line(&e.value()));
    check(
        failures,
        format!("repr({})", show(&v)),
        raw(ops::repr_of(&v)),
        repr,
    );
    check(
        failures,
        format!("str({})", show(&v)),
        raw(ops::str_of(&v)),
        str_,
    );
    check(
        failures,
        format!("ascii({})", show(&v)),
        raw(ops::ascii_of(&v)),
        ascii,
    );
}

/// Runs a case recorded as a known failure: it must still fail, so that a fix is noticed
/// and its ledger entry removed.
fn known(failures: &mut Vec<String>, case: impl FnOnce(&mut Vec<String>)) {
    let mut own = Vec::new();
    case(&mut own);
    if own.is_empty() {
        failures.push("a known failure now passes: remove it from KNOWN_METHOD_FAILURES in the generator at the end of this file".to_string());
    }
}

fn report(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} case(s) differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn str_and_bytes_methods() {
    let mut failures = Vec::new();
    m(
        &mut failures,
        s("a b  c"),
        "split",
        &[],
        &[],
        "['a', 'b', 'c']",
    );
    m(
        &mut failures,
        s("  a b  c  "),
        "split",
        &[],
        &[],
        "['a', 'b', 'c']",
    );
    m(
        &mut failures,
        s("  a  b  "),
        "split",
        &[Value::None, Value::Int(1)],
        &[],
        "['a', 'b  ']",
    );
    m(
        &mut failures,
        s("  a  b  "),
        "rsplit",
        &[Value::None, Value::Int(1)],
        &[],
        "['  a', 'b']",
    );
    m(
        &mut failures,
        s("a b\u{3000}c\u{1c}d\u{85}e\u{a0}f"),
        "split",
        &[],
        &[],
        "['a', 'b', 'c', 'd', 'e', 'f']",
    );
    m(
        &mut failures,
        s("a,b,,c"),
        "split",
        &[s(",")],
        &[],
        "['a', 'b', '', 'c']",
    );
    m(
        &mut failures,
        s("a,b,,c"),
        "split",
        &[s(","), Value::Int(1)],
        &[],
        "['a', 'b,,c']",
    );
    m(
        &mut failures,
        s("a,b,,c"),
        "rsplit",
        &[s(","), Value::Int(1)],
        &[],
        "['a,b,', 'c']",
    );
    m(
        &mut failures,
        s("a,b,,c"),
        "split",
        &[s(","), Value::Int(-5)],
        &[],
        "['a', 'b', '', 'c']",
    );
    m(
        &mut failures,
        s("a,b,,c"),
        "split",
        &[],
        &[("sep", s(",")), ("maxsplit", Value::Int(2))],
        "['a', 'b', ',c']",
    );
    m(
        &mut failures,
        s("aaa"),
        "split",
        &[s("aa")],
        &[],
        "['', 'a']",
    );
    m(
        &mut failures,
        s("aaa"),
        "rsplit",
        &[s("aa")],
        &[],
        "['a', '']",
    );
    m(&mut failures, s(""), "split", &[], &[], "[]");
    m(&mut failures, s(""), "split", &[s(",")], &[], "['']");
    m(
        &mut failures,
        s("a"),
        "split",
        &[Value::Int(1), Value::Int(2), Value::Int(3)],
        &[],
        "TypeError: split() takes at most 2 arguments (3 given)",
    );
    m(
        &mut failures,
        s("a"),
        "split",
        &[Value::Int(1)],
        &[],
        "TypeError: must be str or None, not int",
    );
    m(
        &mut failures,
        s("a"),
        "split",
        &[s("")],
        &[],
        "ValueError: empty separator",
    );
    m(
        &mut failures,
        s("a"),
        "split",
        &[],
        &[("maxsplit", s("x"))],
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    m(
        &mut failures,
        s("a"),
        "split",
        &[],
        &[("foo", Value::Int(1))],
        "TypeError: 'foo' is an invalid keyword argument for split()",
    );
    m(
        &mut failures,
        s("a"),
        "split",
        &[s(" ")],
        &[("sep", s(" "))],
        "TypeError: argument for split() given by name ('sep') and position (1)",
    );
    m(
        &mut failures,
        s("a"),
        "rsplit",
        &[s(" "), Value::Int(1)],
        &[("x", Value::Int(1))],
        "TypeError: rsplit() takes at most 2 arguments (3 given)",
    );
    m(
        &mut failures,
        s("a  b c"),
        "rsplit",
        &[],
        &[("maxsplit", Value::Int(1))],
        "['a  b', 'c']",
    );
    m(
        &mut failures,
        s("a\u{1c}b\u{1d}c\u{1e}d\u{85}e\u{2028}f\u{2029}g\u{b}h\u{c}i\u{d}\u{a}j\u{d}k\u{a}"),
        "splitlines",
        &[],
        &[],
        "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']",
    );
    m(
        &mut failures,
        s("a\u{d}\u{a}b\u{a}\u{a}c"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "['a\\r\\n', 'b\\n', '\\n', 'c']",
    );
    m(
        &mut failures,
        s("a\u{d}\u{a}b\u{a}\u{a}c\u{d}"),
        "splitlines",
        &[],
        &[("keepends", Value::Int(1))],
        "['a\\r\\n', 'b\\n', '\\n', 'c\\r']",
    );
    m(&mut failures, s(""), "splitlines", &[], &[], "[]");
    m(
        &mut failures,
        s("a"),
        "splitlines",
        &[Value::Int(1), Value::Int(2)],
        &[],
        "TypeError: splitlines() takes at most 1 argument (2 given)",
    );
    m(
        &mut failures,
        s("a"),
        "splitlines",
        &[],
        &[("keepends", Value::Int(1)), ("x", Value::Int(2))],
        "TypeError: splitlines() takes at most 1 keyword argument (2 given)",
    );
    m(
        &mut failures,
        s("a"),
        "splitlines",
        &[s("x")],
        &[],
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    m(
        &mut failures,
        s("-"),
        "join",
        &[l(vec![s("a"), s("b"), s("c")])],
        &[],
        "'a-b-c'",
    );
    m(
        &mut failures,
        s(""),
        "join",
        &[t(vec![s("x"), s("y")])],
        &[],
        "'xy'",
    );
    m(&mut failures, s("-"), "join", &[s("abc")], &[], "'a-b-c'");
    m(
        &mut failures,
        s("-"),
        "join",
        &[d(vec![(s("k"), Value::Int(1)), (s("j"), Value::Int(2))])],
        &[],
        "'k-j'",
    );
    m(
        &mut failures,
        s("a"),
        "join",
        &[],
        &[],
        "TypeError: str.join() takes exactly one argument (0 given)",
    );
    m(
        &mut failures,
        s("a"),
        "join",
        &[Value::Int(1)],
        &[],
        "TypeError: can only join an iterable",
    );
    m(
        &mut failures,
        s("a"),
        "join",
        &[l(vec![Value::Int(1)])],
        &[],
        "TypeError: sequence item 0: expected str instance, int found",
    );
    m(
        &mut failures,
        s("a"),
        "join",
        &[l(vec![s("a"), by(b"x")])],
        &[],
        "TypeError: sequence item 1: expected str instance, bytes found",
    );
    m(
        &mut failures,
        s("a"),
        "join",
        &[l(vec![]), l(vec![])],
        &[],
        "TypeError: str.join() takes exactly one argument (2 given)",
    );
    m(
        &mut failures,
        s("a"),
        "join",
        &[],
        &[("x", Value::Int(1))],
        "TypeError: str.join() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("  \u{9} hi \u{a} "),
        "strip",
        &[],
        &[],
        "'hi'",
    );
    m(&mut failures, s("xxhixx"), "strip", &[s("x")], &[], "'hi'");
    m(
        &mut failures,
        s("xyhiyx"),
        "lstrip",
        &[s("xy")],
        &[],
        "'hiyx'",
    );
    m(
        &mut failures,
        s("xyhiyx"),
        "rstrip",
        &[s("xy")],
        &[],
        "'xyhi'",
    );
    m(
        &mut failures,
        s("\u{2003}hi\u{2003}"),
        "strip",
        &[],
        &[],
        "'hi'",
    );
    m(&mut failures, s("hi"), "strip", &[Value::None], &[], "'hi'");
    m(
        &mut failures,
        s("a"),
        "strip",
        &[Value::Int(1), Value::Int(2)],
        &[],
        "TypeError: strip expected at most 1 argument, got 2",
    );
    m(
        &mut failures,
        s("a"),
        "strip",
        &[Value::Int(1)],
        &[],
        "TypeError: strip arg must be None or str",
    );
    m(
        &mut failures,
        s("a"),
        "lstrip",
        &[Value::Int(1)],
        &[],
        "TypeError: lstrip arg must be None or str",
    );
    m(
        &mut failures,
        s("a"),
        "strip",
        &[],
        &[("chars", s("x"))],
        "TypeError: str.strip() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("aaaa"),
        "replace",
        &[s("a"), s("b")],
        &[],
        "'bbbb'",
    );
    m(
        &mut failures,
        s("aaaa"),
        "replace",
        &[s("a"), s("b"), Value::Int(2)],
        &[],
        "'bbaa'",
    );
    m(
        &mut failures,
        s("aaaa"),
        "replace",
        &[s("a"), s("b"), Value::Int(-1)],
        &[],
        "'bbbb'",
    );
    m(
        &mut failures,
        s("abc"),
        "replace",
        &[s(""), s("-")],
        &[],
        "'-a-b-c-'",
    );
    m(
        &mut failures,
        s("abc"),
        "replace",
        &[s(""), s("-"), Value::Int(2)],
        &[],
        "'-a-bc'",
    );
    m(
        &mut failures,
        s("h\u{e9}llo"),
        "replace",
        &[s("\u{e9}"), s("e")],
        &[],
        "'hello'",
    );
    m(
        &mut failures,
        s("a"),
        "replace",
        &[s("a")],
        &[],
        "TypeError: replace expected at least 2 arguments, got 1",
    );
    m(
        &mut failures,
        s("a"),
        "replace",
        &[Value::Int(1), s("b")],
        &[],
        "TypeError: replace() argument 1 must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "replace",
        &[s("a"), Value::Int(2)],
        &[],
        "TypeError: replace() argument 2 must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "replace",
        &[s("a"), s("b"), s("c")],
        &[],
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    m(
        &mut failures,
        s("a"),
        "replace",
        &[s("a"), s("b")],
        &[("count", Value::Int(1))],
        "TypeError: str.replace() takes no keyword arguments",
    );
    m(&mut failures, s("hello"), "find", &[s("l")], &[], "2");
    m(
        &mut failures,
        s("hello"),
        "find",
        &[s("l"), Value::Int(3)],
        &[],
        "3",
    );
    m(
        &mut failures,
        s("hello"),
        "find",
        &[s("l"), Value::Int(-2)],
        &[],
        "3",
    );
    m(
        &mut failures,
        s("hello"),
        "find",
        &[s("l"), Value::Int(0), Value::Int(2)],
        &[],
        "-1",
    );
    m(&mut failures, s("hello"), "find", &[s("z")], &[], "-1");
    m(&mut failures, s("hello"), "rfind", &[s("l")], &[], "3");
    m(
        &mut failures,
        s("hello"),
        "rfind",
        &[s("l"), Value::Int(0), Value::Int(3)],
        &[],
        "2",
    );
    m(
        &mut failures,
        s("h\u{e9}llo w\u{f6}rld"),
        "find",
        &[s("\u{f6}")],
        &[],
        "7",
    );
    m(
        &mut failures,
        s("h\u{e9}llo w\u{f6}rld"),
        "rfind",
        &[s("l"), Value::Int(0), Value::Int(-3)],
        &[],
        "3",
    );
    m(
        &mut failures,
        s("h\u{e9}llo"),
        "index",
        &[s("l"), Value::Int(-2)],
        &[],
        "3",
    );
    m(
        &mut failures,
        s("abc"),
        "find",
        &[s(""), Value::Int(4)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("abc"),
        "find",
        &[s(""), Value::Int(3)],
        &[],
        "3",
    );
    m(&mut failures, s("abc"), "rfind", &[s("")], &[], "3");
    m(
        &mut failures,
        s("abc"),
        "find",
        &[s("b"), Value::None, Value::None],
        &[],
        "1",
    );
    m(
        &mut failures,
        s("abc"),
        "find",
        &[s("b"), big("1000000000000000000000000000000")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("abc"),
        "find",
        &[s("b"), big("-1000000000000000000000000000000")],
        &[],
        "1",
    );
    m(
        &mut failures,
        s("a"),
        "find",
        &[],
        &[],
        "TypeError: find() takes at least 1 argument (0 given)",
    );
    m(
        &mut failures,
        s("a"),
        "find",
        &[Value::Int(1)],
        &[],
        "TypeError: must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "find",
        &[s("a"), Value::Int(1), Value::Int(2), Value::Int(3)],
        &[],
        "TypeError: find() takes at most 3 arguments (4 given)",
    );
    m(
        &mut failures,
        s("a"),
        "find",
        &[s("a"), s("x")],
        &[],
        "TypeError: slice indices must be integers or None or have an __index__ method",
    );
    m(
        &mut failures,
        s("a"),
        "find",
        &[s("a"), fl(1.5)],
        &[],
        "TypeError: slice indices must be integers or None or have an __index__ method",
    );
    m(
        &mut failures,
        s("a"),
        "find",
        &[],
        &[("sub", s("a"))],
        "TypeError: str.find() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("a"),
        "index",
        &[s("b")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("a"),
        "rindex",
        &[s("b")],
        &[],
        "ValueError: substring not found",
    );
    m(&mut failures, s("abcabc"), "rindex", &[s("b")], &[], "4");
    m(
        &mut failures,
        s("a"),
        "index",
        &[],
        &[],
        "TypeError: index() takes at least 1 argument (0 given)",
    );
    m(&mut failures, s("aaaa"), "count", &[s("aa")], &[], "2");
    m(&mut failures, s("abc"), "count", &[s("")], &[], "4");
    m(
        &mut failures,
        s("abc"),
        "count",
        &[s(""), Value::Int(4)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("abc"),
        "count",
        &[s(""), Value::Int(1), Value::Int(2)],
        &[],
        "2",
    );
    m(
        &mut failures,
        s("ababab"),
        "count",
        &[s("ab"), Value::Int(1)],
        &[],
        "2",
    );
    m(
        &mut failures,
        s("a"),
        "count",
        &[],
        &[],
        "TypeError: count() takes at least 1 argument (0 given)",
    );
    m(
        &mut failures,
        s("a"),
        "count",
        &[Value::Int(1)],
        &[],
        "TypeError: must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "count",
        &[s("a"), Value::Int(1), Value::Int(2), Value::Int(3)],
        &[],
        "TypeError: count() takes at most 3 arguments (4 given)",
    );
    m(
        &mut failures,
        s("a"),
        "count",
        &[s("a")],
        &[("x", Value::Int(1))],
        "TypeError: str.count() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("hello"),
        "startswith",
        &[s("he")],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("hello"),
        "startswith",
        &[t(vec![s("x"), s("he")])],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("hello"),
        "startswith",
        &[s("l"), Value::Int(2)],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("hello"),
        "startswith",
        &[s("ll"), Value::Int(2), Value::Int(3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("hello"),
        "endswith",
        &[s("lo")],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("hello"),
        "endswith",
        &[s("l"), Value::Int(0), Value::Int(-1)],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("hello"),
        "endswith",
        &[t(vec![])],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("abc"),
        "startswith",
        &[s(""), Value::Int(3)],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("abc"),
        "startswith",
        &[s(""), Value::Int(4)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("abc"),
        "startswith",
        &[s(""), Value::Int(2), Value::Int(1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("abc"),
        "endswith",
        &[s(""), Value::Int(3)],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("a"),
        "startswith",
        &[],
        &[],
        "TypeError: startswith() takes at least 1 argument (0 given)",
    );
    m(
        &mut failures,
        s("a"),
        "startswith",
        &[Value::Int(1)],
        &[],
        "TypeError: startswith first arg must be str or a tuple of str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "startswith",
        &[t(vec![Value::Int(1)])],
        &[],
        "TypeError: tuple for startswith must only contain str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "endswith",
        &[Value::Int(1)],
        &[],
        "TypeError: endswith first arg must be str or a tuple of str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "endswith",
        &[t(vec![Value::Int(1)])],
        &[],
        "TypeError: tuple for endswith must only contain str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "startswith",
        &[s("a"), s("x")],
        &[],
        "TypeError: slice indices must be integers or None or have an __index__ method",
    );
    m(
        &mut failures,
        s("a"),
        "startswith",
        &[s("a")],
        &[("start", Value::Int(1))],
        "TypeError: str.startswith() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("hello world"),
        "upper",
        &[],
        &[],
        "'HELLO WORLD'",
    );
    m(&mut failures, s("HeLLo"), "lower", &[], &[], "'hello'");
    m(&mut failures, s("\u{df}"), "upper", &[], &[], "'SS'");
    m(
        &mut failures,
        s("\u{3a3}\u{391}\u{3a3}"),
        "lower",
        &[],
        &[],
        "'\u{3c3}\u{3b1}\u{3c2}'",
    );
    m(
        &mut failures,
        s("a\u{3a3} b"),
        "lower",
        &[],
        &[],
        "'a\u{3c2} b'",
    );
    m(&mut failures, s("\u{130}"), "lower", &[], &[], "'i\u{307}'");
    m(
        &mut failures,
        s("\u{df}\u{3a3}"),
        "swapcase",
        &[],
        &[],
        "'SS\u{3c2}'",
    );
    m(
        &mut failures,
        s("Hello World"),
        "swapcase",
        &[],
        &[],
        "'hELLO wORLD'",
    );
    m(&mut failures, s("\u{df}"), "casefold", &[], &[], "'ss'");
    m(
        &mut failures,
        s("\u{3a3}\u{391}\u{3a3}"),
        "casefold",
        &[],
        &[],
        "'\u{3c3}\u{3b1}\u{3c3}'",
    );
    m(&mut failures, s("\u{fb01}"), "casefold", &[], &[], "'fi'");
    m(
        &mut failures,
        s("hello world"),
        "title",
        &[],
        &[],
        "'Hello World'",
    );
    m(
        &mut failures,
        s("they're bill's friends"),
        "title",
        &[],
        &[],
        "\"They'Re Bill'S Friends\"",
    );
    m(
        &mut failures,
        s("\u{1c6}emal \u{1c8}"),
        "title",
        &[],
        &[],
        "'\u{1c5}emal \u{1c8}'",
    );
    m(
        &mut failures,
        s("\u{fb00} \u{df}"),
        "title",
        &[],
        &[],
        "'Ff Ss'",
    );
    m(
        &mut failures,
        s("hello1world a2b"),
        "title",
        &[],
        &[],
        "'Hello1World A2B'",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{391}\u{3a3}"),
        "title",
        &[],
        &[],
        "'\u{3a3}\u{3b1}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{3b1}\u{3c2} \u{3a3}\u{391}\u{3a3}."),
        "title",
        &[],
        &[],
        "'\u{3a3}\u{3b1}\u{3c2} \u{3a3}\u{3b1}\u{3c2}.'",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{391}\u{3a3}"),
        "capitalize",
        &[],
        &[],
        "'\u{3a3}\u{3b1}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{391}\u{3a3}'\u{3a3}"),
        "lower",
        &[],
        &[],
        "\"\u{3b1}\u{3c3}'\u{3c2}\"",
    );
    m(
        &mut failures,
        s("\u{fb00} \u{df}"),
        "capitalize",
        &[],
        &[],
        "'Ff \u{df}'",
    );
    m(
        &mut failures,
        s("hELLO wORLD"),
        "capitalize",
        &[],
        &[],
        "'Hello world'",
    );
    m(&mut failures, s(""), "capitalize", &[], &[], "''");
    m(&mut failures, s("\u{3a3}"), "lower", &[], &[], "'\u{3c3}'");
    m(
        &mut failures,
        s("\u{3a3}"),
        "swapcase",
        &[],
        &[],
        "'\u{3c3}'",
    );
    m(&mut failures, s("\u{3a3}"), "title", &[], &[], "'\u{3a3}'");
    m(
        &mut failures,
        s("\u{3a3}"),
        "capitalize",
        &[],
        &[],
        "'\u{3a3}'",
    );
    m(&mut failures, s("\u{3a3}"), "upper", &[], &[], "'\u{3a3}'");
    m(
        &mut failures,
        s("\u{3a3}"),
        "casefold",
        &[],
        &[],
        "'\u{3c3}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}"),
        "lower",
        &[],
        &[],
        "'a\u{3c2}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}"),
        "swapcase",
        &[],
        &[],
        "'A\u{3c2}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}"),
        "title",
        &[],
        &[],
        "'A\u{3c2}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}"),
        "capitalize",
        &[],
        &[],
        "'A\u{3c2}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}"),
        "upper",
        &[],
        &[],
        "'A\u{3a3}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}"),
        "casefold",
        &[],
        &[],
        "'a\u{3c3}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}b"),
        "lower",
        &[],
        &[],
        "'a\u{3c3}b'",
    );
    m(
        &mut failures,
        s("a\u{3a3}b"),
        "swapcase",
        &[],
        &[],
        "'A\u{3c3}B'",
    );
    m(
        &mut failures,
        s("a\u{3a3}b"),
        "title",
        &[],
        &[],
        "'A\u{3c3}b'",
    );
    m(
        &mut failures,
        s("a\u{3a3}b"),
        "capitalize",
        &[],
        &[],
        "'A\u{3c3}b'",
    );
    m(
        &mut failures,
        s("a\u{3a3}b"),
        "upper",
        &[],
        &[],
        "'A\u{3a3}B'",
    );
    m(
        &mut failures,
        s("a\u{3a3}b"),
        "casefold",
        &[],
        &[],
        "'a\u{3c3}b'",
    );
    m(
        &mut failures,
        s("a\u{3a3}."),
        "lower",
        &[],
        &[],
        "'a\u{3c2}.'",
    );
    m(
        &mut failures,
        s("a\u{3a3}."),
        "swapcase",
        &[],
        &[],
        "'A\u{3c2}.'",
    );
    m(
        &mut failures,
        s("a\u{3a3}."),
        "title",
        &[],
        &[],
        "'A\u{3c2}.'",
    );
    m(
        &mut failures,
        s("a\u{3a3}."),
        "capitalize",
        &[],
        &[],
        "'A\u{3c2}.'",
    );
    m(
        &mut failures,
        s("a\u{3a3}."),
        "upper",
        &[],
        &[],
        "'A\u{3a3}.'",
    );
    m(
        &mut failures,
        s("a\u{3a3}."),
        "casefold",
        &[],
        &[],
        "'a\u{3c3}.'",
    );
    m(
        &mut failures,
        s("a.\u{3a3}"),
        "lower",
        &[],
        &[],
        "'a.\u{3c2}'",
    );
    m(
        &mut failures,
        s("a.\u{3a3}"),
        "swapcase",
        &[],
        &[],
        "'A.\u{3c2}'",
    );
    m(
        &mut failures,
        s("a.\u{3a3}"),
        "title",
        &[],
        &[],
        "'A.\u{3a3}'",
    );
    m(
        &mut failures,
        s("a.\u{3a3}"),
        "capitalize",
        &[],
        &[],
        "'A.\u{3c2}'",
    );
    m(
        &mut failures,
        s("a.\u{3a3}"),
        "upper",
        &[],
        &[],
        "'A.\u{3a3}'",
    );
    m(
        &mut failures,
        s("a.\u{3a3}"),
        "casefold",
        &[],
        &[],
        "'a.\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{3a3}a"),
        "lower",
        &[],
        &[],
        "'\u{3c3}a'",
    );
    m(
        &mut failures,
        s("\u{3a3}a"),
        "swapcase",
        &[],
        &[],
        "'\u{3c3}A'",
    );
    m(
        &mut failures,
        s("\u{3a3}a"),
        "title",
        &[],
        &[],
        "'\u{3a3}a'",
    );
    m(
        &mut failures,
        s("\u{3a3}a"),
        "capitalize",
        &[],
        &[],
        "'\u{3a3}a'",
    );
    m(
        &mut failures,
        s("\u{3a3}a"),
        "upper",
        &[],
        &[],
        "'\u{3a3}A'",
    );
    m(
        &mut failures,
        s("\u{3a3}a"),
        "casefold",
        &[],
        &[],
        "'\u{3c3}a'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}"),
        "lower",
        &[],
        &[],
        "'a\u{3c2}\u{301}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}"),
        "swapcase",
        &[],
        &[],
        "'A\u{3c2}\u{301}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}"),
        "title",
        &[],
        &[],
        "'A\u{3c2}\u{301}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}"),
        "capitalize",
        &[],
        &[],
        "'A\u{3c2}\u{301}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}"),
        "upper",
        &[],
        &[],
        "'A\u{3a3}\u{301}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}"),
        "casefold",
        &[],
        &[],
        "'a\u{3c3}\u{301}'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}b"),
        "lower",
        &[],
        &[],
        "'a\u{3c3}\u{301}b'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}b"),
        "swapcase",
        &[],
        &[],
        "'A\u{3c3}\u{301}B'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}b"),
        "title",
        &[],
        &[],
        "'A\u{3c3}\u{301}B'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}b"),
        "capitalize",
        &[],
        &[],
        "'A\u{3c3}\u{301}b'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}b"),
        "upper",
        &[],
        &[],
        "'A\u{3a3}\u{301}B'",
    );
    m(
        &mut failures,
        s("a\u{3a3}\u{301}b"),
        "casefold",
        &[],
        &[],
        "'a\u{3c3}\u{301}b'",
    );
    m(
        &mut failures,
        s("1\u{3a3}"),
        "lower",
        &[],
        &[],
        "'1\u{3c3}'",
    );
    m(
        &mut failures,
        s("1\u{3a3}"),
        "swapcase",
        &[],
        &[],
        "'1\u{3c3}'",
    );
    m(
        &mut failures,
        s("1\u{3a3}"),
        "title",
        &[],
        &[],
        "'1\u{3a3}'",
    );
    m(
        &mut failures,
        s("1\u{3a3}"),
        "capitalize",
        &[],
        &[],
        "'1\u{3c3}'",
    );
    m(
        &mut failures,
        s("1\u{3a3}"),
        "upper",
        &[],
        &[],
        "'1\u{3a3}'",
    );
    m(
        &mut failures,
        s("1\u{3a3}"),
        "casefold",
        &[],
        &[],
        "'1\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{1c5}\u{3a3}"),
        "lower",
        &[],
        &[],
        "'\u{1c6}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{1c5}\u{3a3}"),
        "swapcase",
        &[],
        &[],
        "'\u{1c5}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{1c5}\u{3a3}"),
        "title",
        &[],
        &[],
        "'\u{1c5}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{1c5}\u{3a3}"),
        "capitalize",
        &[],
        &[],
        "'\u{1c5}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{1c5}\u{3a3}"),
        "upper",
        &[],
        &[],
        "'\u{1c4}\u{3a3}'",
    );
    m(
        &mut failures,
        s("\u{1c5}\u{3a3}"),
        "casefold",
        &[],
        &[],
        "'\u{1c6}\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{a7d3}"),
        "lower",
        &[],
        &[],
        "'\u{a7d3}'",
    );
    m(
        &mut failures,
        s("\u{a7d3}"),
        "swapcase",
        &[],
        &[],
        "'\u{a7d3}'",
    );
    m(
        &mut failures,
        s("\u{a7d3}"),
        "title",
        &[],
        &[],
        "'\u{a7d3}'",
    );
    m(
        &mut failures,
        s("\u{a7d3}"),
        "capitalize",
        &[],
        &[],
        "'\u{a7d3}'",
    );
    m(
        &mut failures,
        s("\u{a7d3}"),
        "upper",
        &[],
        &[],
        "'\u{a7d3}'",
    );
    m(
        &mut failures,
        s("\u{a7d3}"),
        "casefold",
        &[],
        &[],
        "'\u{a7d3}'",
    );
    m(
        &mut failures,
        s("\u{19b}\u{264}"),
        "lower",
        &[],
        &[],
        "'\u{19b}\u{264}'",
    );
    m(
        &mut failures,
        s("\u{19b}\u{264}"),
        "swapcase",
        &[],
        &[],
        "'\u{19b}\u{264}'",
    );
    m(
        &mut failures,
        s("\u{19b}\u{264}"),
        "title",
        &[],
        &[],
        "'\u{19b}\u{264}'",
    );
    m(
        &mut failures,
        s("\u{19b}\u{264}"),
        "capitalize",
        &[],
        &[],
        "'\u{19b}\u{264}'",
    );
    m(
        &mut failures,
        s("\u{19b}\u{264}"),
        "upper",
        &[],
        &[],
        "'\u{19b}\u{264}'",
    );
    m(
        &mut failures,
        s("\u{19b}\u{264}"),
        "casefold",
        &[],
        &[],
        "'\u{19b}\u{264}'",
    );
    m(
        &mut failures,
        s("a"),
        "upper",
        &[Value::Int(1)],
        &[],
        "TypeError: str.upper() takes no arguments (1 given)",
    );
    m(
        &mut failures,
        s("a"),
        "upper",
        &[],
        &[("x", Value::Int(1))],
        "TypeError: str.upper() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("a"),
        "title",
        &[Value::Int(1)],
        &[],
        "TypeError: str.title() takes no arguments (1 given)",
    );
    m(
        &mut failures,
        s("a"),
        "casefold",
        &[Value::Int(1)],
        &[],
        "TypeError: str.casefold() takes no arguments (1 given)",
    );
    m(&mut failures, s("123"), "isdigit", &[], &[], "True");
    m(&mut failures, s(""), "isdigit", &[], &[], "False");
    m(&mut failures, s("\u{2167}"), "isnumeric", &[], &[], "True");
    m(&mut failures, s("\u{2167}"), "isdigit", &[], &[], "False");
    m(&mut failures, s("\u{b2}"), "isdigit", &[], &[], "True");
    m(&mut failures, s("\u{b2}"), "isdecimal", &[], &[], "False");
    m(&mut failures, s("\u{663}"), "isdecimal", &[], &[], "True");
    m(&mut failures, s("\u{4e00}"), "isnumeric", &[], &[], "True");
    m(&mut failures, s("\u{bd}"), "isnumeric", &[], &[], "True");
    m(&mut failures, s("abc"), "isalpha", &[], &[], "True");
    m(&mut failures, s("ab1"), "isalpha", &[], &[], "False");
    m(&mut failures, s("\u{e9}"), "isalpha", &[], &[], "True");
    m(&mut failures, s("Ab1"), "isalnum", &[], &[], "True");
    m(&mut failures, s("\u{2167}"), "isalnum", &[], &[], "True");
    m(&mut failures, s("a b"), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        s(" \u{9}\u{a}\u{1f}\u{3000}"),
        "isspace",
        &[],
        &[],
        "True",
    );
    m(&mut failures, s(""), "isspace", &[], &[], "False");
    m(&mut failures, s("\u{200b}"), "isspace", &[], &[], "False");
    m(&mut failures, s("abc"), "islower", &[], &[], "True");
    m(&mut failures, s("abc1"), "islower", &[], &[], "True");
    m(&mut failures, s("123"), "islower", &[], &[], "False");
    m(&mut failures, s("aBc"), "islower", &[], &[], "False");
    m(&mut failures, s("ABC"), "isupper", &[], &[], "True");
    m(
        &mut failures,
        s("\u{391}\u{392}\u{393}"),
        "isupper",
        &[],
        &[],
        "True",
    );
    m(&mut failures, s("\u{1c5}"), "isupper", &[], &[], "False");
    m(&mut failures, s("\u{1c5}"), "istitle", &[], &[], "True");
    m(&mut failures, s("Hello World"), "istitle", &[], &[], "True");
    m(&mut failures, s("HeLLo"), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("Hello 1World"),
        "istitle",
        &[],
        &[],
        "True",
    );
    m(&mut failures, s(""), "istitle", &[], &[], "False");
    m(&mut failures, s("_a1"), "isidentifier", &[], &[], "True");
    m(&mut failures, s("1a"), "isidentifier", &[], &[], "False");
    m(&mut failures, s("\u{e9}"), "isidentifier", &[], &[], "True");
    m(&mut failures, s(""), "isidentifier", &[], &[], "False");
    m(&mut failures, s("a-b"), "isidentifier", &[], &[], "False");
    m(&mut failures, s(""), "isascii", &[], &[], "True");
    m(&mut failures, s("abc\u{7f}"), "isascii", &[], &[], "True");
    m(&mut failures, s("\u{e9}"), "isascii", &[], &[], "False");
    m(&mut failures, s(""), "isprintable", &[], &[], "True");
    m(&mut failures, s("abc"), "isprintable", &[], &[], "True");
    m(
        &mut failures,
        s("a\u{a}b"),
        "isprintable",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{e9}\u{301}"),
        "isprintable",
        &[],
        &[],
        "True",
    );
    m(&mut failures, s("\u{ad}"), "isprintable", &[], &[], "False");
    m(&mut failures, s("\u{a0}"), "isprintable", &[], &[], "False");
    m(
        &mut failures,
        s("a"),
        "isdigit",
        &[Value::Int(1)],
        &[],
        "TypeError: str.isdigit() takes no arguments (1 given)",
    );
    m(
        &mut failures,
        s("a"),
        "isidentifier",
        &[Value::Int(1)],
        &[],
        "TypeError: str.isidentifier() takes no arguments (1 given)",
    );
    m(
        &mut failures,
        s("abc"),
        "center",
        &[Value::Int(6), s("*")],
        &[],
        "'*abc**'",
    );
    m(
        &mut failures,
        s("abc"),
        "center",
        &[Value::Int(8)],
        &[],
        "'  abc   '",
    );
    m(
        &mut failures,
        s("ab"),
        "center",
        &[Value::Int(5)],
        &[],
        "'  ab '",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[Value::Int(4)],
        &[],
        "' a  '",
    );
    m(
        &mut failures,
        s("abc"),
        "center",
        &[Value::Int(2)],
        &[],
        "'abc'",
    );
    m(
        &mut failures,
        s("ab"),
        "ljust",
        &[Value::Int(5), s("\u{e9}")],
        &[],
        "'ab\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("ab"),
        "ljust",
        &[Value::Int(5)],
        &[],
        "'ab   '",
    );
    m(
        &mut failures,
        s("ab"),
        "rjust",
        &[Value::Int(5), s("-")],
        &[],
        "'---ab'",
    );
    m(
        &mut failures,
        s("ab"),
        "rjust",
        &[Value::Int(1)],
        &[],
        "'ab'",
    );
    m(
        &mut failures,
        s("ab"),
        "rjust",
        &[Value::Int(-3)],
        &[],
        "'ab'",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[],
        &[],
        "TypeError: center expected at least 1 argument, got 0",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[s("x")],
        &[],
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[Value::Int(5), s("ab")],
        &[],
        "TypeError: The fill character must be exactly one character long",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[Value::Int(5), Value::Int(1)],
        &[],
        "TypeError: The fill character must be a unicode character, not int",
    );
    m(
        &mut failures,
        s("a"),
        "ljust",
        &[Value::Int(5), s("")],
        &[],
        "TypeError: The fill character must be exactly one character long",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[fl(1.5)],
        &[],
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[Value::Int(5)],
        &[("fillchar", s("x"))],
        "TypeError: str.center() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("-42"),
        "zfill",
        &[Value::Int(6)],
        &[],
        "'-00042'",
    );
    m(
        &mut failures,
        s("+x"),
        "zfill",
        &[Value::Int(4)],
        &[],
        "'+00x'",
    );
    m(
        &mut failures,
        s("42"),
        "zfill",
        &[Value::Int(5)],
        &[],
        "'00042'",
    );
    m(
        &mut failures,
        s("ab"),
        "zfill",
        &[Value::Int(-3)],
        &[],
        "'ab'",
    );
    m(
        &mut failures,
        s(""),
        "zfill",
        &[Value::Int(3)],
        &[],
        "'000'",
    );
    m(
        &mut failures,
        s("a"),
        "zfill",
        &[],
        &[],
        "TypeError: str.zfill() takes exactly one argument (0 given)",
    );
    m(
        &mut failures,
        s("a"),
        "zfill",
        &[s("x")],
        &[],
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    m(
        &mut failures,
        s("a"),
        "zfill",
        &[],
        &[("width", Value::Int(5))],
        "TypeError: str.zfill() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("a\u{9}b\u{a}c\u{9}d"),
        "expandtabs",
        &[],
        &[],
        "'a       b\\nc       d'",
    );
    m(
        &mut failures,
        s("01\u{9}012\u{9}0123\u{9}01234"),
        "expandtabs",
        &[Value::Int(4)],
        &[],
        "'01  012 0123    01234'",
    );
    m(
        &mut failures,
        s("a\u{9}b"),
        "expandtabs",
        &[Value::Int(0)],
        &[],
        "'ab'",
    );
    m(
        &mut failures,
        s("a\u{9}b"),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "'ab'",
    );
    m(
        &mut failures,
        s("\u{e9}\u{9}b\u{d}\u{9}c"),
        "expandtabs",
        &[],
        &[("tabsize", Value::Int(3))],
        "'\u{e9}  b\\r   c'",
    );
    m(
        &mut failures,
        s("a"),
        "expandtabs",
        &[s("x")],
        &[],
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    m(
        &mut failures,
        s("\u{9}"),
        "expandtabs",
        &[Value::Int(1099511627776)],
        &[],
        "OverflowError: Python int too large to convert to C int",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[Value::Int(1000000000000)],
        &[],
        "MemoryError",
    );
    m(
        &mut failures,
        s("a"),
        "center",
        &[big("1000000000000000000000000000000")],
        &[],
        "OverflowError: Python int too large to convert to C ssize_t",
    );
    m(
        &mut failures,
        s("a"),
        "zfill",
        &[Value::Int(1000000000000)],
        &[],
        "MemoryError",
    );
    m(
        &mut failures,
        s("{\u{661}}"),
        "format",
        &[s("x"), s("y")],
        &[],
        "'y'",
    );
    m(
        &mut failures,
        s("a"),
        "expandtabs",
        &[Value::Int(1), Value::Int(2)],
        &[],
        "TypeError: expandtabs() takes at most 1 argument (2 given)",
    );
    m(
        &mut failures,
        s("a"),
        "expandtabs",
        &[],
        &[("tabsize", Value::Int(4)), ("x", Value::Int(1))],
        "TypeError: expandtabs() takes at most 1 keyword argument (2 given)",
    );
    m(
        &mut failures,
        s("x=1=2"),
        "partition",
        &[s("=")],
        &[],
        "('x', '=', '1=2')",
    );
    m(
        &mut failures,
        s("x=1=2"),
        "rpartition",
        &[s("=")],
        &[],
        "('x=1', '=', '2')",
    );
    m(
        &mut failures,
        s("x"),
        "partition",
        &[s("=")],
        &[],
        "('x', '', '')",
    );
    m(
        &mut failures,
        s("x"),
        "rpartition",
        &[s("=")],
        &[],
        "('', '', 'x')",
    );
    m(
        &mut failures,
        s("a"),
        "partition",
        &[s("")],
        &[],
        "ValueError: empty separator",
    );
    m(
        &mut failures,
        s("a"),
        "partition",
        &[Value::Int(1)],
        &[],
        "TypeError: must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "rpartition",
        &[s("")],
        &[],
        "ValueError: empty separator",
    );
    m(
        &mut failures,
        s("a"),
        "partition",
        &[],
        &[],
        "TypeError: str.partition() takes exactly one argument (0 given)",
    );
    m(
        &mut failures,
        s("prefix-body"),
        "removeprefix",
        &[s("prefix-")],
        &[],
        "'body'",
    );
    m(
        &mut failures,
        s("prefix-body"),
        "removeprefix",
        &[s("x")],
        &[],
        "'prefix-body'",
    );
    m(
        &mut failures,
        s("body.py"),
        "removesuffix",
        &[s(".py")],
        &[],
        "'body'",
    );
    m(
        &mut failures,
        s("a"),
        "removeprefix",
        &[Value::Int(1)],
        &[],
        "TypeError: removeprefix() argument must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "removesuffix",
        &[Value::Int(1)],
        &[],
        "TypeError: removesuffix() argument must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "removeprefix",
        &[],
        &[],
        "TypeError: str.removeprefix() takes exactly one argument (0 given)",
    );
    m(
        &mut failures,
        s("a"),
        "removeprefix",
        &[],
        &[("prefix", s("a"))],
        "TypeError: str.removeprefix() takes no keyword arguments",
    );
    m(
        &mut failures,
        s("h\u{e9}llo"),
        "encode",
        &[],
        &[],
        "b'h\\xc3\\xa9llo'",
    );
    m(&mut failures, s("x"), "encode", &[s("UTF8")], &[], "b'x'");
    m(
        &mut failures,
        s("h\u{e9}llo"),
        "encode",
        &[s("latin_1")],
        &[],
        "b'h\\xe9llo'",
    );
    m(
        &mut failures,
        s("h\u{e9}llo"),
        "encode",
        &[s("Latin-1")],
        &[],
        "b'h\\xe9llo'",
    );
    m(
        &mut failures,
        s("hello"),
        "encode",
        &[s("ascii")],
        &[],
        "b'hello'",
    );
    m(
        &mut failures,
        s("h\u{20ac}llo"),
        "encode",
        &[s("ascii"), s("replace")],
        &[],
        "b'h?llo'",
    );
    m(
        &mut failures,
        s("h\u{20ac}llo"),
        "encode",
        &[s("ascii"), s("ignore")],
        &[],
        "b'hllo'",
    );
    m(
        &mut failures,
        s("h\u{20ac}llo"),
        "encode",
        &[s("ascii"), s("xmlcharrefreplace")],
        &[],
        "b'h&#8364;llo'",
    );
    m(
        &mut failures,
        s("h\u{20ac}\u{1f600}llo"),
        "encode",
        &[s("ascii"), s("backslashreplace")],
        &[],
        "b'h\\\\u20ac\\\\U0001f600llo'",
    );
    m(
        &mut failures,
        s("h\u{20ac}\u{20ac}llo"),
        "encode",
        &[s("latin-1")],
        &[],
        "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)",
    );
    m(
        &mut failures,
        s("\u{e9}"),
        "encode",
        &[s("ascii")],
        &[],
        "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
    );
    m(
        &mut failures,
        s("a\u{20ac}b"),
        "encode",
        &[s("latin-1")],
        &[],
        "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)",
    );
    m(
        &mut failures,
        s("h\u{20ac}llo"),
        "encode",
        &[],
        &[("errors", s("ignore")), ("encoding", s("ascii"))],
        "b'hllo'",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("foo")],
        &[],
        "LookupError: unknown encoding: foo",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[Value::Int(1)],
        &[],
        "TypeError: encode() argument 'encoding' must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("utf-8"), s("bad")],
        &[],
        "b'a'",
    );
    m(
        &mut failures,
        s("\u{e9}"),
        "encode",
        &[s("ascii"), s("bad")],
        &[],
        "LookupError: unknown error handler name 'bad'",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("utf-8"), s("strict"), s("x")],
        &[],
        "TypeError: encode() takes at most 2 arguments (3 given)",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("utf-8")],
        &[("encoding", s("x"))],
        "TypeError: argument for encode() given by name ('encoding') and position (1)",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[],
        &[("encoding", Value::Int(1))],
        "TypeError: encode() argument 'encoding' must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[],
        &[("errors", Value::Int(1))],
        "TypeError: encode() argument 'errors' must be str, not int",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[],
        &[("foo", Value::Int(1))],
        "TypeError: 'foo' is an invalid keyword argument for encode()",
    );
    m(
        &mut failures,
        s("a\u{20ac}"),
        "encode",
        &[s("utf-16")],
        &[],
        "b'\\xff\\xfea\\x00\\xac '",
    );
    m(
        &mut failures,
        s("a\u{20ac}"),
        "encode",
        &[s("utf-16-le")],
        &[],
        "b'a\\x00\\xac '",
    );
    m(
        &mut failures,
        s("a\u{20ac}\u{1f600}"),
        "encode",
        &[s("utf_16_be")],
        &[],
        "b'\\x00a \\xac\\xd8=\\xde\\x00'",
    );
    m(
        &mut failures,
        s("a\u{20ac}"),
        "encode",
        &[s("utf-32")],
        &[],
        "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00\\xac \\x00\\x00'",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("utf-32-be")],
        &[],
        "b'\\x00\\x00\\x00a'",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("utf-32le")],
        &[],
        "b'a\\x00\\x00\\x00'",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("UTF16")],
        &[],
        "b'\\xff\\xfea\\x00'",
    );
    m(
        &mut failures,
        s("a"),
        "encode",
        &[s("utf-8-sig")],
        &[],
        "b'\\xef\\xbb\\xbfa'",
    );
    // Known failure: the namereplace handler needs the Unicode name table, not bundled.
    known(&mut failures, |f| {
        m(
            f,
            s("\u{e9}"),
            "encode",
            &[s("ascii"), s("namereplace")],
            &[],
            "b'\\\\N{LATIN SMALL LETTER E WITH ACUTE}'",
        )
    });
    m(
        &mut failures,
        s("abc"),
        "translate",
        &[d(vec![
            (Value::Int(97), s("xy")),
            (Value::Int(98), Value::None),
            (Value::Int(99), Value::Int(100)),
        ])],
        &[],
        "'xyd'",
    );
    m(
        &mut failures,
        s("abc"),
        "translate",
        &[d(vec![])],
        &[],
        "'abc'",
    );
    m(
        &mut failures,
        s("abc"),
        "translate",
        &[d(vec![(Value::Int(97), Value::Int(1114112))])],
        &[],
        "ValueError: character mapping must be in range(0x110000)",
    );
    m(
        &mut failures,
        s("abc"),
        "translate",
        &[d(vec![(Value::Int(97), fl(1.5))])],
        &[],
        "TypeError: character mapping must return integer, None or str",
    );
    m(
        &mut failures,
        s("abc"),
        "translate",
        &[l(vec![s("x"), s("y")])],
        &[],
        "'abc'",
    );
    m(
        &mut failures,
        s("a"),
        "translate",
        &[],
        &[],
        "TypeError: str.translate() takes exactly one argument (0 given)",
    );
    m(
        &mut failures,
        s("a"),
        "translate",
        &[Value::Int(1)],
        &[],
        "TypeError: 'int' object is not subscriptable",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[s("ab"), s("cd"), s("e")],
        &[],
        "{97: 99, 98: 100, 101: None}",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[d(vec![(s("a"), Value::Int(1)), (Value::Int(2), s("x"))])],
        &[],
        "{97: 1, 2: 'x'}",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[],
        &[],
        "TypeError: maketrans expected at least 1 argument, got 0",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[Value::Int(1)],
        &[],
        "TypeError: if you give only one argument to maketrans it must be a dict",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[s("ab"), s("c")],
        &[],
        "ValueError: the first two maketrans arguments must have equal length",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[d(vec![(s("ab"), Value::Int(1))])],
        &[],
        "ValueError: string keys in translate table must be of length 1",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[d(vec![(fl(1.5), Value::Int(1))])],
        &[],
        "TypeError: keys in translate table must be strings or integers",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[Value::Int(1), s("b")],
        &[],
        "TypeError: first maketrans argument must be a string if there is a second argument",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[s("a"), Value::Int(2)],
        &[],
        "TypeError: maketrans() argument 2 must be str, not int",
    );
    m(
        &mut failures,
        s(""),
        "maketrans",
        &[s("a"), s("b"), Value::Int(1)],
        &[],
        "TypeError: maketrans() argument 3 must be str, not int",
    );
    m(
        &mut failures,
        s("{} {}"),
        "format",
        &[Value::Int(1), s("a")],
        &[],
        "'1 a'",
    );
    m(
        &mut failures,
        s("{1} {0} {1}"),
        "format",
        &[s("a"), s("b")],
        &[],
        "'b a b'",
    );
    m(
        &mut failures,
        s("{x}-{y}"),
        "format",
        &[],
        &[("x", Value::Int(1)), ("y", fl(2.5))],
        "'1-2.5'",
    );
    m(
        &mut failures,
        s("{0!r:>{1}}"),
        "format",
        &[s("a"), Value::Int(5)],
        &[],
        "\"  'a'\"",
    );
    m(
        &mut failures,
        s("{:{}}"),
        "format",
        &[s("a"), Value::Int(3)],
        &[],
        "'a  '",
    );
    m(
        &mut failures,
        s("{0[1]}{0[a]}"),
        "format",
        &[d(vec![(Value::Int(1), s("x")), (s("a"), s("y"))])],
        &[],
        "'xy'",
    );
    m(
        &mut failures,
        s("{a.real}"),
        "format",
        &[],
        &[("a", Value::Int(3))],
        "'3'",
    );
    m(&mut failures, s("{0[0]}"), "format", &[s("ab")], &[], "'a'");
    m(
        &mut failures,
        s("{0[-1]}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)])],
        &[],
        "TypeError: list indices must be integers or slices, not str",
    );
    m(
        &mut failures,
        s("{!r}"),
        "format",
        &[s("x")],
        &[],
        "\"'x'\"",
    );
    m(
        &mut failures,
        s("{!a}"),
        "format",
        &[s("\u{e9}")],
        &[],
        "\"'\\\\xe9'\"",
    );
    m(
        &mut failures,
        s("{!s:>4}"),
        "format",
        &[Value::Int(1)],
        &[],
        "'   1'",
    );
    m(
        &mut failures,
        s("{00}"),
        "format",
        &[Value::Int(1)],
        &[],
        "'1'",
    );
    m(&mut failures, s("a{{b}}c"), "format", &[], &[], "'a{b}c'");
    m(
        &mut failures,
        s("{:*^10}"),
        "format",
        &[s("mid")],
        &[],
        "'***mid****'",
    );
    m(
        &mut failures,
        s("{0:.{1}f}"),
        "format",
        &[fl(3.14159), Value::Int(2)],
        &[],
        "'3.14'",
    );
    m(
        &mut failures,
        s("{0:{1}{2}}"),
        "format",
        &[Value::Int(42), s(">"), Value::Int(6)],
        &[],
        "'    42'",
    );
    m(
        &mut failures,
        s("{:,}"),
        "format",
        &[Value::Int(1234567)],
        &[],
        "'1,234,567'",
    );
    m(
        &mut failures,
        s("{}{}"),
        "format",
        &[Value::Int(1)],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{0}{}"),
        "format",
        &[Value::Int(1), Value::Int(2)],
        &[],
        "ValueError: cannot switch from manual field specification to automatic field numbering",
    );
    m(
        &mut failures,
        s("{}{0}"),
        "format",
        &[Value::Int(1), Value::Int(2)],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("{"),
        "format",
        &[],
        &[],
        "ValueError: Single '{' encountered in format string",
    );
    m(
        &mut failures,
        s("}"),
        "format",
        &[],
        &[],
        "ValueError: Single '}' encountered in format string",
    );
    m(
        &mut failures,
        s("a}b"),
        "format",
        &[],
        &[],
        "ValueError: Single '}' encountered in format string",
    );
    m(
        &mut failures,
        s("{0!x}"),
        "format",
        &[Value::Int(1)],
        &[],
        "ValueError: Unknown conversion specifier x",
    );
    m(
        &mut failures,
        s("{0!}"),
        "format",
        &[Value::Int(1)],
        &[],
        "ValueError: unmatched '{' in format spec",
    );
    m(
        &mut failures,
        s("{0!rr}"),
        "format",
        &[Value::Int(1)],
        &[],
        "ValueError: expected ':' after conversion specifier",
    );
    m(
        &mut failures,
        s("{0[}"),
        "format",
        &[Value::Int(1)],
        &[],
        "ValueError: expected '}' before end of string",
    );
    m(
        &mut failures,
        s("{0.}"),
        "format",
        &[Value::Int(1)],
        &[],
        "ValueError: Empty attribute in format string",
    );
    m(
        &mut failures,
        s("{0[0]x}"),
        "format",
        &[l(vec![Value::Int(1)])],
        &[],
        "ValueError: Only '.' or '[' may follow ']' in format field specifier",
    );
    m(
        &mut failures,
        s("{a"),
        "format",
        &[],
        &[("a", Value::Int(1))],
        "ValueError: expected '}' before end of string",
    );
    m(&mut failures, s("{x}"), "format", &[], &[], "KeyError: 'x'");
    m(
        &mut failures,
        s("{0:{1:{2}}}"),
        "format",
        &[Value::Int(1), Value::Int(2), Value::Int(3)],
        &[],
        "ValueError: Max string recursion exceeded",
    );
    m(
        &mut failures,
        s("{0{}}"),
        "format",
        &[Value::Int(1)],
        &[],
        "ValueError: unexpected '{' in field name",
    );
    m(
        &mut failures,
        s("{ 0 }"),
        "format",
        &[Value::Int(1)],
        &[],
        "KeyError: ' 0 '",
    );
    m(
        &mut failures,
        s("{0.x}"),
        "format",
        &[Value::Int(1)],
        &[],
        "AttributeError: 'int' object has no attribute 'x'",
    );
    m(
        &mut failures,
        s("{0[5]}"),
        "format",
        &[l(vec![Value::Int(1)])],
        &[],
        "IndexError: list index out of range",
    );
    m(
        &mut failures,
        s("{0:}}"),
        "format",
        &[Value::Int(1)],
        &[],
        "ValueError: Single '}' encountered in format string",
    );
    m(
        &mut failures,
        s("{:d}"),
        "format",
        &[s("x")],
        &[],
        "ValueError: Unknown format code 'd' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{a}"),
        "format_map",
        &[d(vec![(s("a"), Value::Int(1))])],
        &[],
        "'1'",
    );
    m(
        &mut failures,
        s("{}"),
        "format_map",
        &[d(vec![])],
        &[],
        "ValueError: Format string contains positional fields",
    );
    m(
        &mut failures,
        s("{x}"),
        "format_map",
        &[d(vec![])],
        &[],
        "KeyError: 'x'",
    );
    m(
        &mut failures,
        s("a"),
        "format_map",
        &[Value::Int(1)],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        s("a"),
        "format_map",
        &[],
        &[],
        "TypeError: str.format_map() takes exactly one argument (0 given)",
    );
    m(&mut failures, s("abc"), "__len__", &[], &[], "3");
    m(
        &mut failures,
        s("abc"),
        "__contains__",
        &[s("b")],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("abc"),
        "__contains__",
        &[Value::Int(1)],
        &[],
        "TypeError: 'in <string>' requires string as left operand, not int",
    );
    m(
        &mut failures,
        s("abc"),
        "__getitem__",
        &[Value::Int(1)],
        &[],
        "'b'",
    );
    m(
        &mut failures,
        s("abc"),
        "__getitem__",
        &[s("x")],
        &[],
        "TypeError: string indices must be integers, not 'str'",
    );
    m(&mut failures, s("ab"), "__add__", &[s("c")], &[], "'abc'");
    m(
        &mut failures,
        s("a"),
        "__add__",
        &[Value::Int(1)],
        &[],
        "TypeError: can only concatenate str (not \"int\") to str",
    );
    m(
        &mut failures,
        s("ab"),
        "__mul__",
        &[Value::Int(3)],
        &[],
        "'ababab'",
    );
    m(
        &mut failures,
        s("a"),
        "__mul__",
        &[s("x")],
        &[],
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    m(&mut failures, s("a"), "__eq__", &[s("a")], &[], "True");
    m(
        &mut failures,
        s("a"),
        "__eq__",
        &[Value::Int(1)],
        &[],
        "NotImplemented",
    );
    m(&mut failures, s("a"), "__lt__", &[s("b")], &[], "True");
    m(
        &mut failures,
        s("a"),
        "__lt__",
        &[Value::Int(1)],
        &[],
        "NotImplemented",
    );
    m(
        &mut failures,
        s("%s!"),
        "__mod__",
        &[Value::Int(1)],
        &[],
        "'1!'",
    );
    m(
        &mut failures,
        s("a"),
        "__format__",
        &[s(">3")],
        &[],
        "'  a'",
    );
    m(
        &mut failures,
        s("a"),
        "__format__",
        &[Value::Int(1)],
        &[],
        "TypeError: __format__() argument must be str, not int",
    );
    m(&mut failures, s("a"), "__repr__", &[], &[], "\"'a'\"");
    m(&mut failures, by(b"hello"), "decode", &[], &[], "'hello'");
    m(
        &mut failures,
        by(b"h\xc3\xa9llo"),
        "decode",
        &[],
        &[],
        "'h\u{e9}llo'",
    );
    m(
        &mut failures,
        by(b"h\xc3\xa9llo"),
        "decode",
        &[s("latin-1")],
        &[],
        "'h\u{c3}\u{a9}llo'",
    );
    m(
        &mut failures,
        by(b"\xff"),
        "decode",
        &[],
        &[],
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    );
    m(
        &mut failures,
        by(b"a\xe2\x82x"),
        "decode",
        &[],
        &[],
        "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte",
    );
    m(
        &mut failures,
        by(b"a\xe2\x82"),
        "decode",
        &[],
        &[],
        "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
    );
    m(
        &mut failures,
        by(b"\xed\xa0\x80"),
        "decode",
        &[],
        &[],
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
    );
    m(
        &mut failures,
        by(b"\xf0\x80\x80"),
        "decode",
        &[],
        &[],
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte",
    );
    m(
        &mut failures,
        by(b"a\xffb\xfe"),
        "decode",
        &[s("utf-8"), s("replace")],
        &[],
        "'a\u{fffd}b\u{fffd}'",
    );
    m(
        &mut failures,
        by(b"a\xe2\x82xb"),
        "decode",
        &[s("utf-8"), s("replace")],
        &[],
        "'a\u{fffd}xb'",
    );
    m(
        &mut failures,
        by(b"a\xffb"),
        "decode",
        &[s("utf-8"), s("ignore")],
        &[],
        "'ab'",
    );
    m(
        &mut failures,
        by(b"a\xffb"),
        "decode",
        &[s("utf-8"), s("backslashreplace")],
        &[],
        "'a\\\\xffb'",
    );
    m(
        &mut failures,
        by(b"a\xe9"),
        "decode",
        &[s("ascii")],
        &[],
        "UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)",
    );
    m(
        &mut failures,
        by(b"a\xe9\xe9"),
        "decode",
        &[s("ascii"), s("replace")],
        &[],
        "'a\u{fffd}\u{fffd}'",
    );
    m(
        &mut failures,
        by(b"a\xff"),
        "decode",
        &[],
        &[("errors", s("bad"))],
        "LookupError: unknown error handler name 'bad'",
    );
    m(
        &mut failures,
        by(b"a"),
        "decode",
        &[s("bogus")],
        &[],
        "LookupError: unknown encoding: bogus",
    );
    m(
        &mut failures,
        by(b"\xff\xfea\x00"),
        "decode",
        &[s("utf-16")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"\xfe\xff\x00a"),
        "decode",
        &[s("utf-16")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"a\x00"),
        "decode",
        &[s("utf-16")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"\xff\xfea"),
        "decode",
        &[s("utf-16")],
        &[],
        "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x61 in position 2: truncated data",
    );
    m(
        &mut failures,
        by(b"a\x00b"),
        "decode",
        &[s("utf-16-le")],
        &[],
        "UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data",
    );
    m(
        &mut failures,
        by(b"a\x00b"),
        "decode",
        &[s("utf-16-le"), s("replace")],
        &[],
        "'a\u{fffd}'",
    );
    m(
        &mut failures,
        by(b"\x00\xd8a\x00"),
        "decode",
        &[s("utf-16-le")],
        &[],
        "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate",
    );
    m(
        &mut failures,
        by(b"\x00\xdca\x00"),
        "decode",
        &[s("utf-16-le")],
        &[],
        "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding",
    );
    m(
        &mut failures,
        by(b"\x00\xd8"),
        "decode",
        &[s("utf-16-le")],
        &[],
        "UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data",
    );
    m(
        &mut failures,
        by(b"\x00\xdc"),
        "decode",
        &[s("utf-16-le"), s("replace")],
        &[],
        "'\u{fffd}'",
    );
    m(
        &mut failures,
        by(b"=\xd8\x00\xde"),
        "decode",
        &[s("utf-16-le")],
        &[],
        "'\u{1f600}'",
    );
    m(
        &mut failures,
        by(b"\x00a\x00b"),
        "decode",
        &[s("utf-16-be")],
        &[],
        "'ab'",
    );
    m(
        &mut failures,
        by(b"\xff\xfe\x00\x00a\x00\x00\x00"),
        "decode",
        &[s("utf-32")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"a\x00\x00\x00"),
        "decode",
        &[s("utf-32")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"a\x00\x00"),
        "decode",
        &[s("utf-32-le")],
        &[],
        "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-2: truncated data",
    );
    m(
        &mut failures,
        by(b"\x00\x00\x11\x00"),
        "decode",
        &[s("utf-32-le")],
        &[],
        "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)",
    );
    m(
        &mut failures,
        by(b"\x00\xd8\x00\x00"),
        "decode",
        &[s("utf-32-le")],
        &[],
        "UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)",
    );
    m(
        &mut failures,
        by(b"\x00\x00\x11\x00"),
        "decode",
        &[s("utf-32-le"), s("replace")],
        &[],
        "'\u{fffd}'",
    );
    m(
        &mut failures,
        by(b"\x00\x00\x00a"),
        "decode",
        &[s("utf-32-be")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"\xef\xbb\xbfa"),
        "decode",
        &[s("utf-8-sig")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"a"),
        "decode",
        &[s("utf-8-sig")],
        &[],
        "'a'",
    );
    m(
        &mut failures,
        by(b"a"),
        "decode",
        &[Value::Int(1)],
        &[],
        "TypeError: decode() argument 'encoding' must be str, not int",
    );
    m(
        &mut failures,
        by(b"a"),
        "decode",
        &[s("utf-8"), s("strict"), Value::Int(1)],
        &[],
        "TypeError: decode() takes at most 2 arguments (3 given)",
    );
    m(
        &mut failures,
        by(b"a"),
        "decode",
        &[],
        &[("x", Value::Int(1))],
        "TypeError: 'x' is an invalid keyword argument for decode()",
    );
    m(
        &mut failures,
        by(b"\x00\xff\x10"),
        "hex",
        &[],
        &[],
        "'00ff10'",
    );
    m(
        &mut failures,
        by(b"\x00\xff\x10"),
        "hex",
        &[s(":")],
        &[],
        "'00:ff:10'",
    );
    m(
        &mut failures,
        by(b"\x00\xff\x10 0"),
        "hex",
        &[s("-"), Value::Int(2)],
        &[],
        "'00-ff10-2030'",
    );
    m(
        &mut failures,
        by(b"\x00\xff\x10 0"),
        "hex",
        &[s("-"), Value::Int(-2)],
        &[],
        "'00ff-1020-30'",
    );
    m(&mut failures, by(b""), "hex", &[], &[], "''");
    m(
        &mut failures,
        by(b"ab"),
        "hex",
        &[s("")],
        &[],
        "ValueError: sep must be length 1.",
    );
    m(
        &mut failures,
        by(b"ab"),
        "hex",
        &[s("::")],
        &[],
        "ValueError: sep must be length 1.",
    );
    m(
        &mut failures,
        by(b""),
        "fromhex",
        &[s("00ff 10")],
        &[],
        "b'\\x00\\xff\\x10'",
    );
    m(
        &mut failures,
        by(b""),
        "fromhex",
        &[s("0")],
        &[],
        "ValueError: non-hexadecimal number found in fromhex() arg at position 1",
    );
    m(
        &mut failures,
        by(b""),
        "fromhex",
        &[s("zz")],
        &[],
        "ValueError: non-hexadecimal number found in fromhex() arg at position 0",
    );
    m(
        &mut failures,
        by(b""),
        "fromhex",
        &[Value::Int(1)],
        &[],
        "TypeError: fromhex() argument must be str, not int",
    );
    m(
        &mut failures,
        by(b"a b  c"),
        "split",
        &[],
        &[],
        "[b'a', b'b', b'c']",
    );
    m(
        &mut failures,
        by(b"a,b,,c"),
        "split",
        &[by(b",")],
        &[],
        "[b'a', b'b', b'', b'c']",
    );
    m(
        &mut failures,
        by(b"a,b,,c"),
        "split",
        &[by(b","), Value::Int(1)],
        &[],
        "[b'a', b'b,,c']",
    );
    m(
        &mut failures,
        by(b"a,b,,c"),
        "rsplit",
        &[by(b","), Value::Int(1)],
        &[],
        "[b'a,b,', b'c']",
    );
    m(
        &mut failures,
        by(b"a b"),
        "split",
        &[s(" ")],
        &[],
        "TypeError: a bytes-like object is required, not 'str'",
    );
    m(
        &mut failures,
        by(b"a b"),
        "split",
        &[by(b"")],
        &[],
        "ValueError: empty separator",
    );
    m(
        &mut failures,
        by(b"-"),
        "join",
        &[l(vec![by(b"a"), by(b"b")])],
        &[],
        "b'a-b'",
    );
    m(
        &mut failures,
        by(b"-"),
        "join",
        &[l(vec![by(b"a"), s("b")])],
        &[],
        "TypeError: sequence item 1: expected a bytes-like object, str found",
    );
    m(
        &mut failures,
        by(b"-"),
        "join",
        &[l(vec![by(b"a"), Value::Int(1)])],
        &[],
        "TypeError: sequence item 1: expected a bytes-like object, int found",
    );
    m(&mut failures, by(b"  hi  "), "strip", &[], &[], "b'hi'");
    m(
        &mut failures,
        by(b"xxhixx"),
        "strip",
        &[by(b"x")],
        &[],
        "b'hi'",
    );
    m(
        &mut failures,
        by(b"xxhixx"),
        "lstrip",
        &[by(b"x")],
        &[],
        "b'hixx'",
    );
    m(
        &mut failures,
        by(b"xxhixx"),
        "rstrip",
        &[by(b"x")],
        &[],
        "b'xxhi'",
    );
    m(
        &mut failures,
        by(b"xxhixx"),
        "strip",
        &[s("x")],
        &[],
        "TypeError: a bytes-like object is required, not 'str'",
    );
    m(
        &mut failures,
        by(b"aaaa"),
        "replace",
        &[by(b"a"), by(b"b")],
        &[],
        "b'bbbb'",
    );
    m(
        &mut failures,
        by(b"aaaa"),
        "replace",
        &[by(b"a"), by(b"b"), Value::Int(2)],
        &[],
        "b'bbaa'",
    );
    m(
        &mut failures,
        by(b"aaaa"),
        "replace",
        &[s("a"), by(b"b")],
        &[],
        "TypeError: a bytes-like object is required, not 'str'",
    );
    m(&mut failures, by(b"hello"), "find", &[by(b"l")], &[], "2");
    m(
        &mut failures,
        by(b"hello"),
        "find",
        &[Value::Int(108)],
        &[],
        "2",
    );
    m(
        &mut failures,
        by(b"hello"),
        "find",
        &[by(b"l"), Value::Int(3)],
        &[],
        "3",
    );
    m(&mut failures, by(b"hello"), "find", &[by(b"z")], &[], "-1");
    m(
        &mut failures,
        by(b"hello"),
        "find",
        &[s("l")],
        &[],
        "TypeError: argument should be integer or bytes-like object, not 'str'",
    );
    m(&mut failures, by(b"hello"), "rfind", &[by(b"l")], &[], "3");
    m(&mut failures, by(b"hello"), "index", &[by(b"l")], &[], "2");
    m(
        &mut failures,
        by(b"hello"),
        "index",
        &[by(b"z")],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"hello"),
        "rindex",
        &[by(b"z")],
        &[],
        "ValueError: subsection not found",
    );
    m(&mut failures, by(b"hello"), "count", &[by(b"l")], &[], "2");
    m(
        &mut failures,
        by(b"hello"),
        "count",
        &[Value::Int(108)],
        &[],
        "2",
    );
    m(&mut failures, by(b"hello"), "count", &[by(b"")], &[], "6");
    m(
        &mut failures,
        by(b"hello"),
        "startswith",
        &[by(b"he")],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"hello"),
        "startswith",
        &[t(vec![by(b"x"), by(b"he")])],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"hello"),
        "startswith",
        &[s("he")],
        &[],
        "TypeError: startswith first arg must be bytes or a tuple of bytes, not str",
    );
    m(
        &mut failures,
        by(b"hello"),
        "endswith",
        &[by(b"lo")],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"hello"),
        "endswith",
        &[by(b"l"), Value::Int(0), Value::Int(4)],
        &[],
        "True",
    );
    m(&mut failures, by(b"Hello"), "upper", &[], &[], "b'HELLO'");
    m(
        &mut failures,
        by(b"Hello\xe9"),
        "lower",
        &[],
        &[],
        "b'hello\\xe9'",
    );
    m(&mut failures, by(b"123"), "isdigit", &[], &[], "True");
    m(&mut failures, by(b""), "isdigit", &[], &[], "False");
    m(&mut failures, by(b"abc"), "isalpha", &[], &[], "True");
    m(&mut failures, by(b"ab1"), "isalnum", &[], &[], "True");
    m(&mut failures, by(b" \x09\x0a"), "isspace", &[], &[], "True");
    m(&mut failures, by(b"abc"), "islower", &[], &[], "True");
    m(&mut failures, by(b"ABC"), "isupper", &[], &[], "True");
    m(
        &mut failures,
        by(b"Hello World"),
        "istitle",
        &[],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"hello world"),
        "title",
        &[],
        &[],
        "b'Hello World'",
    );
    m(
        &mut failures,
        by(b"hello"),
        "capitalize",
        &[],
        &[],
        "b'Hello'",
    );
    m(
        &mut failures,
        by(b"HeLLo"),
        "swapcase",
        &[],
        &[],
        "b'hEllO'",
    );
    m(
        &mut failures,
        by(b"ab"),
        "center",
        &[Value::Int(6), by(b"*")],
        &[],
        "b'**ab**'",
    );
    m(
        &mut failures,
        by(b"ab"),
        "ljust",
        &[Value::Int(4)],
        &[],
        "b'ab  '",
    );
    m(
        &mut failures,
        by(b"ab"),
        "rjust",
        &[Value::Int(4), by(b"0")],
        &[],
        "b'00ab'",
    );
    m(
        &mut failures,
        by(b"ab"),
        "center",
        &[Value::Int(6), s("*")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not str",
    );
    m(
        &mut failures,
        by(b"-5"),
        "zfill",
        &[Value::Int(4)],
        &[],
        "b'-005'",
    );
    m(
        &mut failures,
        by(b"a"),
        "ljust",
        &[Value::Int(1000000000000)],
        &[],
        "MemoryError",
    );
    m(
        &mut failures,
        by(b"x=1"),
        "partition",
        &[by(b"=")],
        &[],
        "(b'x', b'=', b'1')",
    );
    m(
        &mut failures,
        by(b"x=1"),
        "rpartition",
        &[by(b"=")],
        &[],
        "(b'x', b'=', b'1')",
    );
    m(
        &mut failures,
        by(b"a\x0ab\x0d\x0ac"),
        "splitlines",
        &[],
        &[],
        "[b'a', b'b', b'c']",
    );
    m(
        &mut failures,
        by(b"a\x0ab\x0d\x0ac"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[b'a\\n', b'b\\r\\n', b'c']",
    );
    m(
        &mut failures,
        by(b"a\x09b"),
        "expandtabs",
        &[],
        &[],
        "b'a       b'",
    );
    m(
        &mut failures,
        by(b"prefix"),
        "removeprefix",
        &[by(b"pre")],
        &[],
        "b'fix'",
    );
    m(
        &mut failures,
        by(b"prefix"),
        "removesuffix",
        &[by(b"fix")],
        &[],
        "b'pre'",
    );
    m(&mut failures, by(b"abc"), "isascii", &[], &[], "True");
    m(&mut failures, by(b"abc"), "__len__", &[], &[], "3");
    m(
        &mut failures,
        s("\u{3c2}\u{a}\u{663}\u{e9}\u{3c3}1\u{3c3},\u{9}"),
        "find",
        &[s("a"), Value::Int(-3)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "ljust",
        &[Value::Int(14), s(" ")],
        &[],
        "'\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}      '",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "rsplit",
        &[s(","), Value::Int(5)],
        &[],
        "['', '\u{e9}\\x0b1']",
    );
    m(&mut failures, s("\u{b}"), "isspace", &[], &[], "True");
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "ljust",
        &[Value::Int(5), s("\u{e9}")],
        &[],
        "'b\\x0b \\x0b\\u3000\\r'",
    );
    m(
        &mut failures,
        s(""),
        "rsplit",
        &[s("ab"), Value::Int(0)],
        &[],
        "['']",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "replace",
        &[s("b"), s("-"), Value::Int(-1)],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "replace",
        &[s("\u{e9}"), s(""), Value::Int(0)],
        &[],
        "'\\x1c\\x1c'",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "count",
        &[s(" "), Value::Int(-1), Value::Int(0)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(&mut failures, s("-"), "swapcase", &[], &[], "'-'");
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "title",
        &[],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rindex",
        &[s("ab")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "split",
        &[s("\u{a}"), Value::Int(-1)],
        &[],
        "['b\\u3000-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\\t,\u{663}']",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "center",
        &[Value::Int(3), s("\u{e9}")],
        &[],
        "'\u{e9}\\x1c\\x1c'",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "split",
        &[s(" "), Value::Int(2)],
        &[],
        "['\\x0ba\u{e9}']",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "partition",
        &[s("\u{65e5}")],
        &[],
        "('b\\ta_\\n-\\t\u{3c3}1', '', '')",
    );
    m(
        &mut failures,
        s(""),
        "endswith",
        &[s("\u{e9}"), Value::Int(0)],
        &[],
        "False",
    );
    m(&mut failures, s("\u{1c}"), "rstrip", &[], &[], "''");
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "rjust",
        &[Value::Int(12), s("*")],
        &[],
        "'*********\u{65e5}\\n\\x1c'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{3c3}\u{3c3} \u{1c}"),
        "find",
        &[s("\u{65e5}"), Value::Int(-100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "strip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'\u{663} \u{e9}.\u{3c3}\\r\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "index",
        &[s(" ")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(""),
        "rsplit",
        &[s("a"), Value::Int(-1)],
        &[],
        "['']",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "rsplit",
        &[s(" "), Value::Int(2)],
        &[],
        "['\u{3c3}\u{65e5}\\x1c\\r\\x1c', '_']",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "title",
        &[],
        &[],
        "'\u{65e5}.\\x1c'",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "rsplit",
        &[s(","), Value::Int(0)],
        &[],
        "['\\naa\u{663}\\t.\\n\\u2028']",
    );
    m(
        &mut failures,
        s("\u{b}"),
        "ljust",
        &[Value::Int(13), s("\u{e9}")],
        &[],
        "'\\x0b\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(&mut failures, s(""), "count", &[s("ab")], &[], "0");
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "swapcase",
        &[],
        &[],
        "'\\u3000\u{663}\\n11,\u{3a3}\\n-'",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "rpartition",
        &[s("b")],
        &[],
        "('', '', '\u{3c3}\u{65e5}\\x1c\\r\\x1c _')",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "find",
        &[s("\u{a}")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "rsplit",
        &[Value::None, Value::Int(5)],
        &[],
        "['\u{663}', '11,\u{3c3}', '-']",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "split",
        &[Value::None, Value::Int(1)],
        &[],
        "['\u{65e5}.']",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "index",
        &[s("\u{3a3}")],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "rjust",
        &[Value::Int(11), s("*")],
        &[],
        "'********\u{65e5}\\n\\x1c'",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "rindex",
        &[s(""), Value::Int(2), Value::Int(0)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rsplit",
        &[Value::None, Value::Int(0)],
        &[],
        "[' _b1\\x0b,-\\u2028\u{3a3}\\u3000_']",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "strip",
        &[s("a")],
        &[],
        "'.,\u{3a3}\\u3000'",
    );
    m(&mut failures, s(""), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("1 \u{9}."),
        "strip",
        &[s(" a")],
        &[],
        "'1 \\t.'",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "title",
        &[],
        &[],
        "'B\\tA_\\n-\\t\u{3a3}1'",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "rsplit",
        &[s("a"), Value::Int(-1)],
        &[],
        "['\u{3c3}\u{65e5}\\x1c\\r\\x1c _']",
    );
    m(&mut failures, s(" "), "rfind", &[s("")], &[], "1");
    m(
        &mut failures,
        s("\u{1c}"),
        "ljust",
        &[Value::Int(15), s(" ")],
        &[],
        "'\\x1c              '",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "center",
        &[Value::Int(5), s("*")],
        &[],
        "'b\\ta_\\n-\\t\u{3c3}1'",
    );
    m(&mut failures, s("b-\u{a}"), "title", &[], &[], "'B-\\n'");
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "'\\naa\u{663}  .\\n\\u2028'",
    );
    m(
        &mut failures,
        s("\u{1c}\u{b}.,\u{3c3}a"),
        "center",
        &[Value::Int(15), s("*")],
        &[],
        "'*****\\x1c\\x0b.,\u{3c3}a****'",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "strip",
        &[Value::None],
        &[],
        "'b\\ta_\\n-\\t\u{3c3}1'",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "lstrip",
        &[Value::None],
        &[],
        "'\u{3a3}\\n,\\u2028b'",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "swapcase",
        &[],
        &[],
        "'\\x0bA\u{c9}'",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "expandtabs",
        &[Value::Int(1)],
        &[],
        "'\\x1c'",
    );
    m(&mut failures, s("\u{1c}\u{1c}"), "rstrip", &[], &[], "''");
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "rindex",
        &[s("")],
        &[],
        "3",
    );
    m(&mut failures, s("--."), "capitalize", &[], &[], "'--.'");
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "rsplit",
        &[s(","), Value::Int(0)],
        &[],
        "['\\u2028.\\n-\\n..a']",
    );
    m(
        &mut failures,
        s(""),
        "count",
        &[s("\u{a}"), Value::Int(-100)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{1c}\u{b}.,\u{3c3}a"),
        "strip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'\\x1c\\x0b.,\u{3c3}a'",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "swapcase",
        &[],
        &[],
        "' -_\u{3c3}\u{3c3}\u{3a3}1,_\\u3000'",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "rfind",
        &[s("\u{3a3}")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rsplit",
        &[s(","), Value::Int(-1)],
        &[],
        "[' _b1\\x0b', '-\\u2028\u{3a3}\\u3000_']",
    );
    m(&mut failures, s(" "), "rstrip", &[s("a")], &[], "' '");
    m(
        &mut failures,
        s("\u{3c2}\u{a}\u{663}\u{e9}\u{3c3}1\u{3c3},\u{9}"),
        "lstrip",
        &[Value::None],
        &[],
        "'\u{3c2}\\n\u{663}\u{e9}\u{3c3}1\u{3c3},\\t'",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "strip",
        &[Value::None],
        &[],
        "'-'",
    );
    m(
        &mut failures,
        s("\u{3c2}, \u{d}\u{3000}\u{3c2}"),
        "startswith",
        &[s(""), Value::Int(5)],
        &[],
        "True",
    );
    m(
        &mut failures,
        s(""),
        "center",
        &[Value::Int(6), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "endswith",
        &[s(" "), Value::None, Value::Int(0)],
        &[],
        "False",
    );
    m(&mut failures, s(" "), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        s(""),
        "rindex",
        &[s("\u{65e5}"), Value::None, Value::Int(5)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "strip",
        &[s("a")],
        &[],
        "'\\t\u{3c3}_b.\\x0bb '",
    );
    m(
        &mut failures,
        s("--."),
        "split",
        &[Value::None, Value::Int(5)],
        &[],
        "['--.']",
    );
    m(&mut failures, s(""), "isnumeric", &[], &[], "False");
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "rindex",
        &[s("\u{a}"), Value::Int(5), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "center",
        &[Value::Int(2), s("*")],
        &[],
        "'\\x1c*'",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['']",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "swapcase",
        &[],
        &[],
        "'\\x0bA\u{c9}'",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "ljust",
        &[Value::Int(11), s("\u{e9}")],
        &[],
        "'\\r1a\\n\\r\\n,\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "rindex",
        &[s(","), Value::None, Value::Int(2)],
        &[],
        "ValueError: substring not found",
    );
    m(&mut failures, s(""), "find", &[s("")], &[], "0");
    m(&mut failures, s("--."), "rstrip", &[], &[], "'--.'");
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "rjust",
        &[Value::Int(-1), s("\u{e9}")],
        &[],
        "'\u{3c3}1_\u{3a3}\\n.1\u{663}'",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "expandtabs",
        &[Value::Int(7)],
        &[],
        "'       \u{3c3}_b.\\x0bb '",
    );
    m(
        &mut failures,
        s(""),
        "split",
        &[s(","), Value::Int(1)],
        &[],
        "['']",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "replace",
        &[s("a"), s("XY"), Value::Int(-1)],
        &[],
        "'\\n\u{3c2}\u{663}b '",
    );
    m(
        &mut failures,
        s("\u{1c}\u{b}.,\u{3c3}a"),
        "ljust",
        &[Value::Int(0), s("\u{e9}")],
        &[],
        "'\\x1c\\x0b.,\u{3c3}a'",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "center",
        &[Value::Int(6), s(" ")],
        &[],
        "'\\x0b\u{3a3}\\x0b,11a'",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "rsplit",
        &[s(" "), Value::Int(0)],
        &[],
        "['\u{65e5}.\\x1c']",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "capitalize",
        &[],
        &[],
        "'\\r\u{3c3}\\n,\\u2028b'",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "replace",
        &[s("\u{3a3}"), s("-"), Value::Int(-1)],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "title",
        &[],
        &[],
        "'B\\x0b \\x0b\\u3000\\r'",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['', ' ', ' -']",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['\\t', '\u{663}\u{663}_b__\u{3c2}']",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "rsplit",
        &[s("\u{a}"), Value::Int(1)],
        &[],
        "['\u{65e5}', '\\x1c']",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "zfill",
        &[Value::Int(2)],
        &[],
        "'\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "center",
        &[Value::Int(-1), s("*")],
        &[],
        "'\\n\u{3c2}\u{663}b '",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "title",
        &[],
        &[],
        "', B\u{65e5}'",
    );
    m(&mut failures, s("b-\u{a}"), "swapcase", &[], &[], "'B-\\n'");
    m(&mut failures, s("1 \u{9}."), "title", &[], &[], "'1 \\t.'");
    m(
        &mut failures,
        s("\u{3a3}"),
        "strip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'\u{3a3}'",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "replace",
        &[s("\u{3a3}"), s("-"), Value::Int(-1)],
        &[],
        "'_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r1'",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "rjust",
        &[Value::Int(4), s("*")],
        &[],
        "'\\r1a\\n\\r\\n,'",
    );
    m(
        &mut failures,
        s(""),
        "center",
        &[Value::Int(-2), s("*")],
        &[],
        "''",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "count",
        &[s(","), Value::Int(-1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "endswith",
        &[s(" ")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "count",
        &[s("b"), Value::Int(-100), Value::Int(-1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rindex",
        &[s("a "), Value::Int(-100), Value::Int(-1)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "index",
        &[s("xyz"), Value::Int(2)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{3a3}"),
        "center",
        &[Value::Int(10), s(" ")],
        &[],
        "'    \u{3a3}     '",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "find",
        &[s("\u{3a3}"), Value::Int(100), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, s(","), "capitalize", &[], &[], "','");
    m(
        &mut failures,
        s("-"),
        "rpartition",
        &[s("\u{65e5}")],
        &[],
        "('', '', '-')",
    );
    m(&mut failures, s("\u{a} \u{d}"), "lstrip", &[], &[], "''");
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "lstrip",
        &[],
        &[],
        "'a\u{e9}'",
    );
    m(&mut failures, s(""), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "index",
        &[s(" "), Value::None, Value::Int(-1)],
        &[],
        "ValueError: substring not found",
    );
    m(&mut failures, s(" "), "rstrip", &[], &[], "''");
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "partition",
        &[s("\u{a}")],
        &[],
        "('\\x1c\\x1c', '', '')",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "rstrip",
        &[s(" a")],
        &[],
        "'\\t\\x1c\u{663}\u{663}_b__\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "rsplit",
        &[Value::None, Value::Int(1)],
        &[],
        "['\u{663}\u{3c3}\u{663}', '\u{3c2}']",
    );
    m(
        &mut failures,
        s("b-\u{a}"),
        "rfind",
        &[s("\u{a}"), Value::Int(1)],
        &[],
        "2",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "rsplit",
        &[s(","), Value::Int(5)],
        &[],
        "[' -_\u{3a3}\u{3a3}\u{3c3}1', '_\\u3000']",
    );
    m(
        &mut failures,
        s(""),
        "endswith",
        &[s("\u{e9}"), Value::None],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("--."),
        "partition",
        &[s("a ")],
        &[],
        "('--.', '', '')",
    );
    m(
        &mut failures,
        s("\u{3c2}\u{a}\u{663}\u{e9}\u{3c3}1\u{3c3},\u{9}"),
        "endswith",
        &[s("xyz")],
        &[],
        "False",
    );
    m(&mut failures, s(""), "capitalize", &[], &[], "''");
    m(
        &mut failures,
        s(""),
        "replace",
        &[s("a "), s(""), Value::Int(1)],
        &[],
        "''",
    );
    m(&mut failures, s("\u{3a3}"), "rfind", &[s(",")], &[], "-1");
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "center",
        &[Value::Int(11), s("*")],
        &[],
        "' _b1\\x0b,-\\u2028\u{3a3}\\u3000_'",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "strip",
        &[s("a")],
        &[],
        "'_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r1'",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "capitalize",
        &[],
        &[],
        "'\\x0b\u{3c3}\\x0b,11a'",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "rsplit",
        &[s(","), Value::Int(0)],
        &[],
        "['\u{663}\\x1c1\\x0b\\x1c']",
    );
    m(
        &mut failures,
        s(","),
        "center",
        &[Value::Int(15), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9},\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "index",
        &[s("b"), Value::Int(1), Value::Int(0)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "ljust",
        &[Value::Int(13), s("\u{e9}")],
        &[],
        "'1 \\t.\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "replace",
        &[s("\u{e9}"), s("-"), Value::Int(3)],
        &[],
        "'\\r\u{3a3}\\n,\\u2028b'",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "rjust",
        &[Value::Int(4), s(" ")],
        &[],
        "'\u{65e5}-\\r\\t__\u{663}\\x0b\u{3c3}'",
    );
    m(
        &mut failures,
        s(""),
        "startswith",
        &[s("\u{e9}"), Value::Int(0), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "rstrip",
        &[s("a")],
        &[],
        "' -_\u{3a3}\u{3a3}\u{3c3}1,_\\u3000'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "zfill",
        &[Value::Int(4)],
        &[],
        "'\\u3000\u{663}\\n11,\u{3c3}\\n-'",
    );
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "find",
        &[s("xyz"), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, s(""), "capitalize", &[], &[], "''");
    m(
        &mut failures,
        s(""),
        "endswith",
        &[s("\u{65e5}"), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "rfind",
        &[s("\u{3a3}"), Value::Int(-3)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "title",
        &[],
        &[],
        "'\u{65e5}-\\r\\t__\u{663}\\x0b\u{3a3}'",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "ljust",
        &[Value::Int(4), s(" ")],
        &[],
        "'b\\ta_\\n-\\t\u{3c3}1'",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "split",
        &[s(","), Value::Int(2)],
        &[],
        "['', ' b\u{65e5}']",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "replace",
        &[s("\u{65e5}"), s("-"), Value::Int(-1)],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "rfind",
        &[s("\u{65e5}"), Value::Int(100), Value::Int(100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "count",
        &[s("\u{65e5}"), Value::Int(100), Value::Int(100)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("b-\u{a}"),
        "split",
        &[s(" "), Value::Int(0)],
        &[],
        "['b-\\n']",
    );
    m(&mut failures, s(""), "title", &[], &[], "''");
    m(&mut failures, s("b-\u{a}"), "isalnum", &[], &[], "False");
    m(&mut failures, s("\u{1c}"), "swapcase", &[], &[], "'\\x1c'");
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "replace",
        &[s("a"), s("XY"), Value::Int(-1)],
        &[],
        "'\u{663}\u{3c3}\u{663} \\t\u{3c2}\\x0b'",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "split",
        &[s("ab"), Value::Int(-1)],
        &[],
        "['\u{65e5}-\\r\\t__\u{663}\\x0b\u{3c3}']",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "swapcase",
        &[],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        s(","),
        "rindex",
        &[s("\u{a}"), Value::Int(-100)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("--."),
        "rpartition",
        &[s("b")],
        &[],
        "('', '', '--.')",
    );
    m(
        &mut failures,
        s("b-\u{a}"),
        "count",
        &[s("ab"), Value::Int(2), Value::Int(5)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s(" "),
        "split",
        &[s("ab"), Value::Int(-1)],
        &[],
        "[' ']",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "rjust",
        &[Value::Int(7), s("*")],
        &[],
        "'**\\n\u{3c2}\u{663}b '",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "lstrip",
        &[Value::None],
        &[],
        "', b\u{65e5}'",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "ljust",
        &[Value::Int(5), s("\u{e9}")],
        &[],
        "'b\\x0b \\x0b\\u3000\\r'",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "find",
        &[s("\u{65e5}"), Value::Int(-1), Value::None],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "endswith",
        &[s("\u{3a3}"), Value::Int(5), Value::Int(0)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" "),
        "split",
        &[s("\u{a}"), Value::Int(2)],
        &[],
        "[' ']",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "rstrip",
        &[Value::None],
        &[],
        "'b\\x1c\\x0b\u{e9}b\\t.'",
    );
    m(
        &mut failures,
        s("\u{3a3}"),
        "rfind",
        &[s("xyz"), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "title",
        &[],
        &[],
        "'\u{c9}\\n\\u2028-\u{c9}\\u2028\u{3a3}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "endswith",
        &[s(""), Value::Int(-100)],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "endswith",
        &[s("\u{3a3}")],
        &[],
        "False",
    );
    m(&mut failures, s(","), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "endswith",
        &[s(" "), Value::Int(2)],
        &[],
        "False",
    );
    m(&mut failures, s(" "), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "strip",
        &[],
        &[],
        "'.\\n-\\n..a'",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "center",
        &[Value::Int(3), s(" ")],
        &[],
        "'\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{3a3}"),
        "rpartition",
        &[s("xyz")],
        &[],
        "('', '', '\u{3a3}')",
    );
    m(
        &mut failures,
        s(""),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[]",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "partition",
        &[s("a")],
        &[],
        "('b\\x1c\\x0b\u{e9}b\\t.\\u3000', '', '')",
    );
    m(&mut failures, s("1 \u{9}."), "find", &[s("a ")], &[], "-1");
    m(&mut failures, s(""), "rfind", &[s("xyz")], &[], "-1");
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "partition",
        &[s(",")],
        &[],
        "('\u{3c3}\u{65e5}\\x1c\\r\\x1c _', '', '')",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "swapcase",
        &[],
        &[],
        "'\\r1A\\n\\r\\n,'",
    );
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "lstrip",
        &[],
        &[],
        "'.\\n-\\n..a'",
    );
    m(
        &mut failures,
        s(""),
        "startswith",
        &[s("\u{e9}")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "expandtabs",
        &[Value::Int(7)],
        &[],
        "'\u{3c3}\u{65e5}\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "replace",
        &[s(""), s("-"), Value::Int(3)],
        &[],
        "'-\\x0b-\u{3a3}-\\x0b,11a'",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "rstrip",
        &[s("a")],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "startswith",
        &[s("a")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(""),
        "rsplit",
        &[Value::None, Value::Int(1)],
        &[],
        "[]",
    );
    m(
        &mut failures,
        s(""),
        "index",
        &[s(",")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "rstrip",
        &[s("a")],
        &[],
        "'\\n \\r'",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "count",
        &[s(""), Value::Int(100), Value::Int(2)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rjust",
        &[Value::Int(12), s(" ")],
        &[],
        "'    \u{e9}\\n\\u2028-\u{e9}\\u2028\u{3c3}\u{3c2}'",
    );
    m(&mut failures, s(""), "rstrip", &[s(" a")], &[], "''");
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "'     \u{3c3}_b.\\x0bb '",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(&mut failures, s("--."), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "rfind",
        &[s("\u{65e5}")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "count",
        &[s(""), Value::Int(2)],
        &[],
        "9",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "count",
        &[s("a "), Value::Int(-3)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "lstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "', b\u{65e5}'",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "rsplit",
        &[s("\u{a}"), Value::Int(1)],
        &[],
        "['\\u2028 \\x1c -\\u2028']",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "rsplit",
        &[s("a"), Value::Int(-1)],
        &[],
        "['b\\x1c\\x0b\u{e9}b\\t.\\u3000']",
    );
    m(&mut failures, s("\u{1c}"), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(&mut failures, s("--."), "count", &[s("")], &[], "4");
    m(
        &mut failures,
        s("b-\u{a}"),
        "center",
        &[Value::Int(12), s("*")],
        &[],
        "'****b-\\n*****'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "rsplit",
        &[s(","), Value::Int(2)],
        &[],
        "[' \\r\\r\\na\\n']",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "center",
        &[Value::Int(3), s(" ")],
        &[],
        "'\u{65e5}-\\r\\t__\u{663}\\x0b\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "capitalize",
        &[],
        &[],
        "'\\u3000\u{663}\\n11,\u{3c3}\\n-'",
    );
    m(&mut failures, s(","), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("-"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['-']",
    );
    m(&mut failures, s(""), "isnumeric", &[], &[], "False");
    m(
        &mut failures,
        s(""),
        "replace",
        &[s("\u{e9}"), s("XY"), Value::Int(-1)],
        &[],
        "''",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "endswith",
        &[s("\u{65e5}")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "rpartition",
        &[s("b")],
        &[],
        "('', '', ' -_\u{3a3}\u{3a3}\u{3c3}1,_\\u3000')",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "rfind",
        &[s("\u{3a3}"), Value::Int(-100), Value::Int(-3)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rpartition",
        &[s("b")],
        &[],
        "(' _', 'b', '1\\x0b,-\\u2028\u{3a3}\\u3000_')",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "rsplit",
        &[s("ab"), Value::Int(-1)],
        &[],
        "['\\t\\x1c\u{663}\u{663}_b__\u{3c2}']",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "index",
        &[s("\u{65e5}"), Value::Int(100)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "split",
        &[s(" "), Value::Int(2)],
        &[],
        "['\u{3c3}\u{65e5}\\x1c\\r\\x1c', '_']",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['b\\u3000-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\\t,\u{663}']",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "rjust",
        &[Value::Int(1), s("*")],
        &[],
        "'\\x0b\u{3a3}\\x0b,11a'",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "rsplit",
        &[s("ab"), Value::Int(1)],
        &[],
        "['_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r1']",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rsplit",
        &[s("\u{a}"), Value::Int(1)],
        &[],
        "['\u{e9}', '\\u2028-\u{e9}\\u2028\u{3c3}\u{3c2}']",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "replace",
        &[s(" "), s(""), Value::Int(0)],
        &[],
        "'.,\u{3a3}\\u3000'",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "rindex",
        &[s("ab"), Value::Int(2), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "partition",
        &[s("\u{e9}")],
        &[],
        "('\\t\\x1c\u{663}\u{663}_b__\u{3c2}', '', '')",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "ljust",
        &[Value::Int(14), s(" ")],
        &[],
        "' -_\u{3a3}\u{3a3}\u{3c3}1,_\\u3000    '",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("b-\u{a}"),
        "expandtabs",
        &[Value::Int(6)],
        &[],
        "'b-\\n'",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "index",
        &[s(""), Value::Int(2)],
        &[],
        "2",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "replace",
        &[s("\u{e9}"), s(""), Value::Int(1)],
        &[],
        "'\\x0ba'",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "index",
        &[s("")],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "endswith",
        &[s("a"), Value::Int(-100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "startswith",
        &[s("\u{3a3}"), Value::Int(-1), Value::None],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("b-\u{a}"),
        "expandtabs",
        &[Value::Int(8)],
        &[],
        "'b-\\n'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{3c3}\u{3c3} \u{1c}"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "['\\u3000\u{3c3}\u{3c3} \\x1c']",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "rfind",
        &[s("\u{e9}"), Value::Int(1)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "endswith",
        &[s("ab")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "capitalize",
        &[],
        &[],
        "'\u{c9},\\r.a\\x0b.\u{3c3}\\n-a'",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "endswith",
        &[s(""), Value::Int(5)],
        &[],
        "True",
    );
    m(&mut failures, s(""), "rstrip", &[Value::None], &[], "''");
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "strip",
        &[],
        &[],
        "'\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}'",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "rfind",
        &[s("\u{3a3}"), Value::Int(100), Value::Int(0)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s(""),
        "index",
        &[s("\u{65e5}"), Value::Int(-100), Value::Int(1)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("--."),
        "rjust",
        &[Value::Int(0), s("\u{e9}")],
        &[],
        "'--.'",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "partition",
        &[s("\u{e9}")],
        &[],
        "(' _b1\\x0b,-\\u2028\u{3a3}\\u3000_', '', '')",
    );
    m(&mut failures, s(""), "strip", &[s("a")], &[], "''");
    m(
        &mut failures,
        s(""),
        "rfind",
        &[s("ab"), Value::Int(-3), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s(""),
        "find",
        &[s("\u{e9}"), Value::Int(2), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "partition",
        &[s("ab")],
        &[],
        "('\\x1c', '', '')",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "rpartition",
        &[s(" ")],
        &[],
        "('\\n\u{3c2}\u{663}b', ' ', '')",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "index",
        &[s("a"), Value::Int(-3)],
        &[],
        "4",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rindex",
        &[s("")],
        &[],
        "11",
    );
    m(
        &mut failures,
        s("\u{3c2}\u{a}\u{663}\u{e9}\u{3c3}1\u{3c3},\u{9}"),
        "rindex",
        &[s("\u{a}"), Value::Int(0)],
        &[],
        "1",
    );
    m(
        &mut failures,
        s(","),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[',']",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "ljust",
        &[Value::Int(3), s(" ")],
        &[],
        "'\\x0b\u{3a3}\\x0b,11a'",
    );
    m(
        &mut failures,
        s("\u{3c2}, \u{d}\u{3000}\u{3c2}"),
        "strip",
        &[Value::None],
        &[],
        "'\u{3c2}, \\r\\u3000\u{3c2}'",
    );
    m(&mut failures, s(""), "startswith", &[s("a")], &[], "False");
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "center",
        &[Value::Int(4), s("*")],
        &[],
        "'\\n \\r*'",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "center",
        &[Value::Int(8), s(" ")],
        &[],
        "' \\u2028 \\x1c -\\u2028 '",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "'\u{e9},\\r.a\\x0b.\u{3c3}\\n-a'",
    );
    m(&mut failures, s(""), "swapcase", &[], &[], "''");
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "swapcase",
        &[],
        &[],
        "'\u{65e5}\u{663} \u{c9}.\u{3a3}\\r\u{3a3}'",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "startswith",
        &[s("\u{a}")],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "partition",
        &[s("\u{a}")],
        &[],
        "('\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}', '', '')",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "endswith",
        &[s("\u{3a3}")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(","),
        "endswith",
        &[s(""), Value::Int(-100)],
        &[],
        "True",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "partition",
        &[s("\u{65e5}")],
        &[],
        "(' _b1\\x0b,-\\u2028\u{3a3}\\u3000_', '', '')",
    );
    m(
        &mut failures,
        s("\u{2028}\u{a}-\u{9}"),
        "rindex",
        &[s(" "), Value::Int(2), Value::None],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "rjust",
        &[Value::Int(-1), s("\u{e9}")],
        &[],
        "'\\u2028.\\n-\\n..a'",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "lstrip",
        &[],
        &[],
        "'a\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "['\\n', ' \\r']",
    );
    m(
        &mut failures,
        s("\u{3c2}\u{a}\u{663}\u{e9}\u{3c3}1\u{3c3},\u{9}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(&mut failures, s("--."), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s(","),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "','",
    );
    m(
        &mut failures,
        s(","),
        "zfill",
        &[Value::Int(5)],
        &[],
        "'0000,'",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "partition",
        &[s("xyz")],
        &[],
        "('_\\r\u{e9}\u{65e5}a\\n\\u2028', '', '')",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "replace",
        &[s(","), s("-"), Value::Int(0)],
        &[],
        "'\u{e9}\\n\\u2028-\u{e9}\\u2028\u{3c3}\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "find",
        &[s("a "), Value::Int(100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "replace",
        &[s("a "), s("-"), Value::Int(0)],
        &[],
        "' -_\u{3a3}\u{3a3}\u{3c3}1,_\\u3000'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "center",
        &[Value::Int(10), s(" ")],
        &[],
        "'\\u3000\u{663}\\n11,\u{3c3}\\n- '",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "rindex",
        &[s("\u{e9}"), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(&mut failures, s(""), "isspace", &[], &[], "False");
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "ljust",
        &[Value::Int(14), s("\u{e9}")],
        &[],
        "'\u{3c3}1_\u{3a3}\\n.1\u{663}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "rfind",
        &[s("\u{a}")],
        &[],
        "-1",
    );
    m(&mut failures, s(""), "capitalize", &[], &[], "''");
    m(&mut failures, s(""), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s("\u{1c}"),
        "ljust",
        &[Value::Int(0), s(" ")],
        &[],
        "'\\x1c'",
    );
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "ljust",
        &[Value::Int(10), s("\u{e9}")],
        &[],
        "'\u{663}\u{3c3}\u{663} \\t\u{3c2}\\x0b\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "rindex",
        &[s("")],
        &[],
        "6",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "capitalize",
        &[],
        &[],
        "'\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}'",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{2028}\u{a}-\u{9}"),
        "endswith",
        &[s("b"), Value::Int(-1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "title",
        &[],
        &[],
        "' _B1\\x0b,-\\u2028\u{3a3}\\u3000_'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "capitalize",
        &[],
        &[],
        "' \\r\\r\\na\\n'",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "split",
        &[Value::None, Value::Int(1)],
        &[],
        "['b', '\u{e9}b\\t.\\u3000']",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" "),
        "startswith",
        &[s("\u{e9}"), Value::Int(-1), Value::Int(100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("-"),
        "rsplit",
        &[s("ab"), Value::Int(2)],
        &[],
        "['-']",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "zfill",
        &[Value::Int(6)],
        &[],
        "'001 \\t.'",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "ljust",
        &[Value::Int(5), s("*")],
        &[],
        "'\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rfind",
        &[s(" ")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "startswith",
        &[s("\u{a}"), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "partition",
        &[s(" ")],
        &[],
        "('\\r1a\\n\\r\\n,', '', '')",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" "),
        "index",
        &[s(",")],
        &[],
        "ValueError: substring not found",
    );
    m(&mut failures, s("--."), "isnumeric", &[], &[], "False");
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "rjust",
        &[Value::Int(14), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{3c3}1_\u{3a3}\\n.1\u{663}'",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "index",
        &[s("ab"), Value::Int(5), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(" "),
        "partition",
        &[s("\u{65e5}")],
        &[],
        "(' ', '', '')",
    );
    m(
        &mut failures,
        s(","),
        "rindex",
        &[s("\u{e9}"), Value::Int(0)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "split",
        &[s(" "), Value::Int(5)],
        &[],
        "['\u{3c3}1_\u{3a3}\\n.1\u{663}']",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "rfind",
        &[s("ab"), Value::Int(-1), Value::Int(-1)],
        &[],
        "-1",
    );
    m(&mut failures, s("--."), "isnumeric", &[], &[], "False");
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "title",
        &[],
        &[],
        "',,\u{65e5} \\n\\t\u{3a3}'",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "lstrip",
        &[],
        &[],
        "'1a\\n\\r\\n,'",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "rfind",
        &[s(" ")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "['_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r', '1']",
    );
    m(
        &mut failures,
        s(""),
        "ljust",
        &[Value::Int(9), s(" ")],
        &[],
        "'         '",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "center",
        &[Value::Int(5), s("\u{e9}")],
        &[],
        "'\u{65e5}-\\r\\t__\u{663}\\x0b\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "rfind",
        &[s("")],
        &[],
        "5",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "zfill",
        &[Value::Int(9)],
        &[],
        "'0000\\n\u{3c2}\u{663}b '",
    );
    m(
        &mut failures,
        s(","),
        "index",
        &[s(","), Value::Int(-100)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "rpartition",
        &[s("\u{a}")],
        &[],
        "('\\r\u{3a3}', '\\n', ',\\u2028b')",
    );
    m(
        &mut failures,
        s(","),
        "zfill",
        &[Value::Int(2)],
        &[],
        "'0,'",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "rstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'1 \\t.'",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "center",
        &[Value::Int(3), s(" ")],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "swapcase",
        &[],
        &[],
        "' -_\u{3c3}\u{3c3}\u{3a3}1,_\\u3000'",
    );
    m(
        &mut failures,
        s("-"),
        "replace",
        &[s("a"), s(""), Value::Int(0)],
        &[],
        "'-'",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "title",
        &[],
        &[],
        "'\u{3a3}\u{e9}-\\u2028\\nB\u{3c3}\\u3000_'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "rsplit",
        &[s(","), Value::Int(1)],
        &[],
        "[' \\r\\r\\na\\n']",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "rfind",
        &[s("\u{a}"), Value::Int(-3), Value::Int(100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "ljust",
        &[Value::Int(13), s(" ")],
        &[],
        "'\u{e9},\\r.a\\x0b.\u{3c3}\\n-a  '",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "find",
        &[s("")],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{b}"),
        "find",
        &[s("\u{65e5}")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "startswith",
        &[s("")],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['', '\u{3c2}\u{663}b ']",
    );
    m(
        &mut failures,
        s("-"),
        "rpartition",
        &[s("ab")],
        &[],
        "('', '', '-')",
    );
    m(
        &mut failures,
        s(""),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[]",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['', 'aa\u{663}\\t.', '']",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "strip",
        &[],
        &[],
        "'b\\ta_\\n-\\t\u{3c3}1'",
    );
    m(
        &mut failures,
        s(","),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "','",
    );
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "capitalize",
        &[],
        &[],
        "'\\u2028.\\n-\\n..a'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "center",
        &[Value::Int(15), s(" ")],
        &[],
        "'      \\r\\r\\na\\n    '",
    );
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "capitalize",
        &[],
        &[],
        "'_\\r\u{e9}\u{65e5}a\\n\\u2028'",
    );
    m(
        &mut failures,
        s("\u{9}-b\u{3a3}..-,\u{9}"),
        "replace",
        &[s("a"), s("XY"), Value::Int(3)],
        &[],
        "'\\t-b\u{3a3}..-,\\t'",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "split",
        &[Value::None, Value::Int(1)],
        &[],
        "['\u{3c3}\u{65e5}', '_']",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "'\\r\u{3a3}\\n,\\u2028b'",
    );
    m(
        &mut failures,
        s("\u{2028}\u{a}-\u{9}"),
        "lstrip",
        &[s("a")],
        &[],
        "'\\u2028\\n-\\t'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{3c3}\u{3c3} \u{1c}"),
        "rfind",
        &[s("ab"), Value::Int(-100), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, s(""), "isspace", &[], &[], "False");
    m(
        &mut failures,
        s("\u{9}-b\u{3a3}..-,\u{9}"),
        "ljust",
        &[Value::Int(6), s("*")],
        &[],
        "'\\t-b\u{3a3}..-,\\t'",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "endswith",
        &[s("a"), Value::None, Value::Int(1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" "),
        "split",
        &[s("\u{a}"), Value::Int(0)],
        &[],
        "[' ']",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "capitalize",
        &[],
        &[],
        "' _b1\\x0b,-\\u2028\u{3c3}\\u3000_'",
    );
    m(
        &mut failures,
        s("\u{9}-b\u{3a3}..-,\u{9}"),
        "lstrip",
        &[Value::None],
        &[],
        "'-b\u{3a3}..-,\\t'",
    );
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "partition",
        &[s("\u{65e5}")],
        &[],
        "('\\u2028.\\n-\\n..a', '', '')",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "split",
        &[s(","), Value::Int(5)],
        &[],
        "['\u{e9}', '\\r.a\\x0b.\u{3c3}\\n-a']",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "center",
        &[Value::Int(14), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}\u{e9}b\\x0b \\x0b\\u3000\\r\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "rpartition",
        &[s("ab")],
        &[],
        "('', '', '\\t\u{3c3}_b.\\x0bb ')",
    );
    m(&mut failures, s(","), "strip", &[Value::None], &[], "','");
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['', '']",
    );
    m(&mut failures, s(","), "startswith", &[s("b")], &[], "False");
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "index",
        &[s("a"), Value::Int(1), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(&mut failures, s("-"), "swapcase", &[], &[], "'-'");
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "find",
        &[s("")],
        &[],
        "0",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "',\u{e9}\\x0b1'",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "count",
        &[s("xyz")],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "istitle",
        &[],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "endswith",
        &[s(","), Value::Int(0), Value::Int(5)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("b-\u{a}"),
        "split",
        &[s(" "), Value::Int(0)],
        &[],
        "['b-\\n']",
    );
    m(
        &mut failures,
        s("\u{2028}\u{a}-\u{9}"),
        "rfind",
        &[s(""), Value::Int(0), Value::Int(-1)],
        &[],
        "3",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "index",
        &[s("b")],
        &[],
        "0",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "endswith",
        &[s("ab"), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "rsplit",
        &[Value::None, Value::Int(1)],
        &[],
        "['_', '\u{e9}\u{65e5}a']",
    );
    m(&mut failures, s(" "), "strip", &[], &[], "''");
    m(
        &mut failures,
        s("\u{3000}\u{3c3}\u{3c3} \u{1c}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "lstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'\\n\\u2028-\u{e9}\\u2028\u{3c3}\u{3c2}'",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "center",
        &[Value::Int(7), s("\u{e9}")],
        &[],
        "'b\\ta_\\n-\\t\u{3c3}1'",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "find",
        &[s("\u{65e5}")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "ljust",
        &[Value::Int(1), s("*")],
        &[],
        "'_\\r\u{e9}\u{65e5}a\\n\\u2028'",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "swapcase",
        &[],
        &[],
        "'B\\x0b \\x0b\\u3000\\r'",
    );
    m(
        &mut failures,
        s(""),
        "rjust",
        &[Value::Int(4), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(""),
        "zfill",
        &[Value::Int(7)],
        &[],
        "'0000000'",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rpartition",
        &[s("a")],
        &[],
        "('', '', ' _b1\\x0b,-\\u2028\u{3a3}\\u3000_')",
    );
    m(&mut failures, s(""), "endswith", &[s("ab")], &[], "False");
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "rstrip",
        &[s(" a")],
        &[],
        "'\\n\u{3c2}\u{663}b'",
    );
    m(
        &mut failures,
        s("b-\u{a}"),
        "center",
        &[Value::Int(3), s("*")],
        &[],
        "'b-\\n'",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "rstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "',,\u{65e5} \\n\\t\u{3a3}'",
    );
    m(
        &mut failures,
        s(" "),
        "zfill",
        &[Value::Int(3)],
        &[],
        "'00 '",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "swapcase",
        &[],
        &[],
        "'1 \\t.'",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "center",
        &[Value::Int(3), s(" ")],
        &[],
        "'\\r\u{3a3}\\n,\\u2028b'",
    );
    m(&mut failures, s("--."), "istitle", &[], &[], "False");
    m(
        &mut failures,
        s(""),
        "center",
        &[Value::Int(15), s(" ")],
        &[],
        "'               '",
    );
    m(&mut failures, s("--."), "lstrip", &[s("a")], &[], "'--.'");
    m(
        &mut failures,
        s("b-\u{a}"),
        "partition",
        &[s("\u{3a3}")],
        &[],
        "('b-\\n', '', '')",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "capitalize",
        &[],
        &[],
        "'\\r1a\\n\\r\\n,'",
    );
    m(
        &mut failures,
        s(""),
        "rpartition",
        &[s("xyz")],
        &[],
        "('', '', '')",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "rstrip",
        &[Value::None],
        &[],
        "'\\t\u{3c3}_b.\\x0bb'",
    );
    m(
        &mut failures,
        s(","),
        "rsplit",
        &[s(","), Value::Int(5)],
        &[],
        "['', '']",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "startswith",
        &[s("\u{65e5}"), Value::Int(2), Value::Int(100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "rjust",
        &[Value::Int(-1), s("*")],
        &[],
        "'\u{65e5}-\\r\\t__\u{663}\\x0b\u{3c3}'",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "lstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "',,\u{65e5} \\n\\t\u{3a3}'",
    );
    m(&mut failures, s("-"), "isnumeric", &[], &[], "False");
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "replace",
        &[s("\u{a}"), s("XY"), Value::Int(1)],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "replace",
        &[s("\u{3a3}"), s("XY"), Value::Int(1)],
        &[],
        "' _b1\\x0b,-\\u2028XY\\u3000_'",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "split",
        &[s(" "), Value::Int(1)],
        &[],
        "[',,\u{65e5}', '\\n\\t\u{3a3}']",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "expandtabs",
        &[Value::Int(2)],
        &[],
        "'b\\u3000-\u{3c2}\u{3c2}\u{3c2}\u{3c2} ,\u{663}'",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "endswith",
        &[s("ab"), Value::Int(1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "rindex",
        &[s(" "), Value::Int(-3), Value::Int(-100)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{3c2}, \u{d}\u{3000}\u{3c2}"),
        "startswith",
        &[s(" "), Value::Int(2)],
        &[],
        "True",
    );
    m(&mut failures, s(" "), "capitalize", &[], &[], "' '");
    m(
        &mut failures,
        s("b-\u{a}"),
        "startswith",
        &[s("\u{a}")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "partition",
        &[s(" ")],
        &[],
        "('.,\u{3a3}\\u3000', '', '')",
    );
    m(&mut failures, s("-"), "isspace", &[], &[], "False");
    m(&mut failures, s(","), "capitalize", &[], &[], "','");
    m(
        &mut failures,
        s(","),
        "rpartition",
        &[s("\u{e9}")],
        &[],
        "('', '', ',')",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "index",
        &[s("\u{a}")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "endswith",
        &[s("\u{65e5}"), Value::None],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "partition",
        &[s("\u{3a3}")],
        &[],
        "('\\n\u{3c2}\u{663}b ', '', '')",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "split",
        &[s("ab"), Value::Int(1)],
        &[],
        "[',\u{e9}\\x0b1']",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "find",
        &[s("b"), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "capitalize",
        &[],
        &[],
        "'\\n\u{3c2}\u{663}b '",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "swapcase",
        &[],
        &[],
        "'_\\r\u{c9}\u{65e5}A\\n\\u2028'",
    );
    m(
        &mut failures,
        s(","),
        "zfill",
        &[Value::Int(11)],
        &[],
        "'0000000000,'",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "split",
        &[s("\u{a}"), Value::Int(5)],
        &[],
        "['\u{65e5}.\\x1c']",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "split",
        &[s("\u{a}"), Value::Int(0)],
        &[],
        "['\u{65e5}.\\x1c']",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "index",
        &[s("\u{3a3}"), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(" "),
        "expandtabs",
        &[Value::Int(0)],
        &[],
        "' '",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "rpartition",
        &[s("ab")],
        &[],
        "('', '', '\\r1a\\n\\r\\n,')",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "partition",
        &[s("xyz")],
        &[],
        "(' \\r\\r\\na\\n', '', '')",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rsplit",
        &[s(","), Value::Int(2)],
        &[],
        "[' _b1\\x0b', '-\\u2028\u{3a3}\\u3000_']",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "find",
        &[s("a "), Value::Int(-100)],
        &[],
        "-1",
    );
    m(&mut failures, s(""), "title", &[], &[], "''");
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "expandtabs",
        &[Value::Int(4)],
        &[],
        "'\u{3c3}\u{65e5}\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "find",
        &[s("\u{65e5}"), Value::Int(0)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "rsplit",
        &[s("ab"), Value::Int(0)],
        &[],
        "['\\u2028 \\x1c -\\u2028']",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "swapcase",
        &[],
        &[],
        "' _B1\\x0b,-\\u2028\u{3c3}\\u3000_'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "endswith",
        &[s(","), Value::Int(0)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "zfill",
        &[Value::Int(12)],
        &[],
        "'000000000\u{65e5}.\\x1c'",
    );
    m(
        &mut failures,
        s("\u{b}"),
        "endswith",
        &[s("xyz"), Value::Int(-100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "expandtabs",
        &[Value::Int(4)],
        &[],
        "'    \u{3c3}_b.\\x0bb '",
    );
    m(&mut failures, s(""), "lstrip", &[s(" a")], &[], "''");
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "replace",
        &[s(" "), s("XY"), Value::Int(0)],
        &[],
        "'\\x0b\u{3a3}\\x0b,11a'",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "ljust",
        &[Value::Int(1), s("\u{e9}")],
        &[],
        "'\\x1c\\x1c'",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{663} \u{e9}.\u{3c3}\u{d}\u{3c3}"),
        "rstrip",
        &[],
        &[],
        "'\u{65e5}\u{663} \u{e9}.\u{3c3}\\r\u{3c3}'",
    );
    m(
        &mut failures,
        s(" "),
        "rsplit",
        &[s(","), Value::Int(2)],
        &[],
        "[' ']",
    );
    m(
        &mut failures,
        s(""),
        "find",
        &[s("a"), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, s("--."), "swapcase", &[], &[], "'--.'");
    m(
        &mut failures,
        s(""),
        "rstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "''",
    );
    m(
        &mut failures,
        s(" "),
        "index",
        &[s(" "), Value::Int(5)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(""),
        "split",
        &[s(","), Value::Int(2)],
        &[],
        "['']",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "startswith",
        &[s("b")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("--."),
        "endswith",
        &[s("\u{3a3}"), Value::Int(-100), Value::Int(2)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "rindex",
        &[s("\u{e9}"), Value::Int(5), Value::Int(100)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3c2}\u{a}\u{663}\u{e9}\u{3c3}1\u{3c3},\u{9}"),
        "expandtabs",
        &[Value::Int(1)],
        &[],
        "'\u{3c2}\\n\u{663}\u{e9}\u{3c3}1\u{3c3}, '",
    );
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "rstrip",
        &[Value::None],
        &[],
        "'b'",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "swapcase",
        &[],
        &[],
        "', B\u{65e5}'",
    );
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "title",
        &[],
        &[],
        "'\\n \\r'",
    );
    m(
        &mut failures,
        s(" "),
        "rpartition",
        &[s("xyz")],
        &[],
        "('', '', ' ')",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "center",
        &[Value::Int(-2), s("\u{e9}")],
        &[],
        "'\u{3c3}\u{65e5}\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "rsplit",
        &[s("a"), Value::Int(0)],
        &[],
        "['\\u3000\u{663}\\n11,\u{3c3}\\n-']",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "strip",
        &[s("a")],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "center",
        &[Value::Int(11), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}b\\x0b \\x0b\\u3000\\r\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("--."),
        "count",
        &[s("\u{a}"), Value::Int(1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "strip",
        &[s(" a")],
        &[],
        "'b\\x1c\\x0b\u{e9}b\\t.\\u3000'",
    );
    m(
        &mut failures,
        s(""),
        "count",
        &[s("a "), Value::Int(1)],
        &[],
        "0",
    );
    m(&mut failures, s(""), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        s("\u{3c2}, \u{d}\u{3000}\u{3c2}"),
        "expandtabs",
        &[Value::Int(8)],
        &[],
        "'\u{3c2}, \\r\\u3000\u{3c2}'",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "title",
        &[],
        &[],
        "'\\n\u{3a3}\u{663}B '",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "endswith",
        &[s("a"), Value::Int(-1), Value::Int(-1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "index",
        &[s("a ")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{65e5}.\u{1c}"),
        "split",
        &[s(" "), Value::Int(2)],
        &[],
        "['\u{65e5}.\\x1c']",
    );
    m(
        &mut failures,
        s("\u{3c2}, \u{d}\u{3000}\u{3c2}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("-"),
        "endswith",
        &[s("\u{65e5}"), Value::Int(1), Value::Int(0)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{1c}\u{b}.,\u{3c3}a"),
        "rjust",
        &[Value::Int(7), s(" ")],
        &[],
        "' \\x1c\\x0b.,\u{3c3}a'",
    );
    m(
        &mut failures,
        s("\u{3a3}"),
        "swapcase",
        &[],
        &[],
        "'\u{3c3}'",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "ljust",
        &[Value::Int(0), s("\u{e9}")],
        &[],
        "'1 \\t.'",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "replace",
        &[s("\u{a}"), s(""), Value::Int(-1)],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s(" "),
        "rpartition",
        &[s("ab")],
        &[],
        "('', '', ' ')",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "rindex",
        &[s("\u{3a3}"), Value::Int(-100)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(""),
        "center",
        &[Value::Int(12), s(" ")],
        &[],
        "'            '",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "center",
        &[Value::Int(5), s("*")],
        &[],
        "'*,\u{e9}\\x0b1'",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rjust",
        &[Value::Int(-2), s(" ")],
        &[],
        "' _b1\\x0b,-\\u2028\u{3a3}\\u3000_'",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "lstrip",
        &[s(" a")],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "zfill",
        &[Value::Int(13)],
        &[],
        "'000000000,\u{e9}\\x0b1'",
    );
    m(
        &mut failures,
        s("\u{1c}\u{b}.,\u{3c3}a"),
        "strip",
        &[s(" a")],
        &[],
        "'\\x1c\\x0b.,\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rpartition",
        &[s("\u{3a3}")],
        &[],
        "('', '', '\u{e9}\\n\\u2028-\u{e9}\\u2028\u{3c3}\u{3c2}')",
    );
    m(
        &mut failures,
        s(""),
        "count",
        &[s("b"), Value::Int(-3), Value::None],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['\\t\u{3c3}_b.', 'b ']",
    );
    m(&mut failures, s(""), "capitalize", &[], &[], "''");
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "lstrip",
        &[],
        &[],
        "'b\\x1c\\x0b\u{e9}b\\t.\\u3000'",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "center",
        &[Value::Int(13), s(" ")],
        &[],
        "'  b\\ta_\\n-\\t\u{3c3}1  '",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "endswith",
        &[s("xyz"), Value::Int(1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "index",
        &[s("\u{a}"), Value::Int(-3)],
        &[],
        "1",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(""),
        "rjust",
        &[Value::Int(4), s("*")],
        &[],
        "'****'",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "lstrip",
        &[s(" a")],
        &[],
        "'_\\r\u{e9}\u{65e5}a\\n\\u2028'",
    );
    m(
        &mut failures,
        s(" "),
        "rjust",
        &[Value::Int(-1), s("*")],
        &[],
        "' '",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "rstrip",
        &[s(" a")],
        &[],
        "'_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r1'",
    );
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "lstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'\\x1c\\x1c'",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "rstrip",
        &[Value::None],
        &[],
        "'b\\ta_\\n-\\t\u{3c3}1'",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "center",
        &[Value::Int(1), s("*")],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "lstrip",
        &[s("a")],
        &[],
        "'.,\u{3a3}\\u3000'",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "zfill",
        &[Value::Int(0)],
        &[],
        "'\u{65e5}-\\r\\t__\u{663}\\x0b\u{3c3}'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "rfind",
        &[s("\u{65e5}"), Value::Int(-100), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{b}"),
        "zfill",
        &[Value::Int(-1)],
        &[],
        "'\\x0b'",
    );
    m(&mut failures, s("\u{1c}\u{1c}"), "strip", &[], &[], "''");
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "rfind",
        &[s(" "), Value::None],
        &[],
        "4",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "ljust",
        &[Value::Int(15), s("\u{e9}")],
        &[],
        "' \\r\\r\\na\\n\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "['', ' ']",
    );
    m(&mut failures, s("--."), "title", &[], &[], "'--.'");
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "swapcase",
        &[],
        &[],
        "',\u{c9}\\x0b1'",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "title",
        &[],
        &[],
        "'\u{c9},\\r.A\\x0b.\u{3a3}\\n-A'",
    );
    m(
        &mut failures,
        s(""),
        "endswith",
        &[s(""), Value::Int(100), Value::Int(1)],
        &[],
        "False",
    );
    m(&mut failures, s("b-\u{a}"), "title", &[], &[], "'B-\\n'");
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "rpartition",
        &[s("b")],
        &[],
        "('', '', '\\u2028 \\x1c -\\u2028')",
    );
    m(
        &mut failures,
        s("\u{9}-b\u{3a3}..-,\u{9}"),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "'-b\u{3a3}..-,'",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "rindex",
        &[s("ab"), Value::Int(-1), Value::Int(-1)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "rpartition",
        &[s("a")],
        &[],
        "('', '', '\u{3c3}\u{65e5}\\x1c\\r\\x1c _')",
    );
    m(
        &mut failures,
        s(""),
        "find",
        &[s("\u{65e5}"), Value::None, Value::Int(100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s(","),
        "ljust",
        &[Value::Int(-1), s(" ")],
        &[],
        "','",
    );
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(""),
        "zfill",
        &[Value::Int(10)],
        &[],
        "'0000000000'",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "count",
        &[s(""), Value::Int(5), Value::Int(1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(""),
        "rjust",
        &[Value::Int(1), s(" ")],
        &[],
        "' '",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "center",
        &[Value::Int(4), s(" ")],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(&mut failures, s("--."), "find", &[s("\u{65e5}")], &[], "-1");
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "title",
        &[],
        &[],
        "'\\n\u{3a3}\u{663}B '",
    );
    m(
        &mut failures,
        s("\u{1c}\u{b}.,\u{3c3}a"),
        "index",
        &[s("a")],
        &[],
        "5",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "index",
        &[s("b"), Value::None],
        &[],
        "5",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "capitalize",
        &[],
        &[],
        "', b\u{65e5}'",
    );
    m(
        &mut failures,
        s(","),
        "split",
        &[s(","), Value::Int(0)],
        &[],
        "[',']",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "rfind",
        &[s("\u{e9}"), Value::Int(1), Value::Int(0)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "expandtabs",
        &[Value::Int(7)],
        &[],
        "'_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r1'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{3c3}\u{3c3} \u{1c}"),
        "center",
        &[Value::Int(12), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}\\u3000\u{3c3}\u{3c3} \\x1c\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "rsplit",
        &[Value::None, Value::Int(-1)],
        &[],
        "['b', '\u{e9}b', '.']",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "rfind",
        &[s(""), Value::Int(0), Value::Int(5)],
        &[],
        "5",
    );
    m(
        &mut failures,
        s(","),
        "strip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "','",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "center",
        &[Value::Int(-1), s("*")],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "zfill",
        &[Value::Int(12)],
        &[],
        "'0000\u{e9}\\n\\u2028-\u{e9}\\u2028\u{3c3}\u{3c2}'",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "title",
        &[],
        &[],
        "'B\\x0b \\x0b\\u3000\\r'",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rindex",
        &[s("a"), Value::Int(1)],
        &[],
        "ValueError: substring not found",
    );
    m(&mut failures, s("--."), "isspace", &[], &[], "False");
    m(
        &mut failures,
        s(""),
        "center",
        &[Value::Int(10), s("*")],
        &[],
        "'**********'",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "zfill",
        &[Value::Int(8)],
        &[],
        "'0\u{663}\u{3c3}\u{663} \\t\u{3c2}\\x0b'",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "rsplit",
        &[Value::None, Value::Int(5)],
        &[],
        "['_', '\u{65e5}\u{3c2}\u{3c3}a', '\u{3c3}', '1']",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "swapcase",
        &[],
        &[],
        "'\u{663}\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "lstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "',\\r.a\\x0b.\u{3c3}\\n-a'",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "find",
        &[s("b"), Value::Int(-1), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "split",
        &[s(","), Value::Int(2)],
        &[],
        "['\\u2028.\\n-\\n..a']",
    );
    m(
        &mut failures,
        s(""),
        "partition",
        &[s("\u{a}")],
        &[],
        "('', '', '')",
    );
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "split",
        &[s(","), Value::Int(1)],
        &[],
        "['\\r\\u2028\u{663}\u{3a3} \u{3c2}\\u3000']",
    );
    m(
        &mut failures,
        s(",\u{e9}\u{b}1"),
        "find",
        &[s("\u{e9}"), Value::Int(-1)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("_\u{d}\u{e9}\u{65e5}a\u{a}\u{2028}"),
        "startswith",
        &[s("a ")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(&mut failures, s("-"), "isspace", &[], &[], "False");
    m(
        &mut failures,
        s("\u{2028}.\u{a}-\u{a}..a"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(","),
        "rindex",
        &[s("ab"), Value::Int(100), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{b}"),
        "count",
        &[s(","), Value::Int(100), Value::Int(5)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "capitalize",
        &[],
        &[],
        "'\u{663}\u{3c3}\u{663} \\t\u{3c2}\\x0b'",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "split",
        &[s("a"), Value::Int(5)],
        &[],
        "['b\\x1c\\x0b\u{e9}b\\t.\\u3000']",
    );
    m(&mut failures, s(""), "title", &[], &[], "''");
    m(
        &mut failures,
        s("\u{1c}\u{1c}"),
        "replace",
        &[s("xyz"), s(""), Value::Int(1)],
        &[],
        "'\\x1c\\x1c'",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "istitle",
        &[],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("\u{a}\u{3c2}\u{663}b "),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "replace",
        &[s(","), s(""), Value::Int(1)],
        &[],
        "'\\n \\r'",
    );
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "count",
        &[s(" "), Value::Int(-100)],
        &[],
        "1",
    );
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "rsplit",
        &[s("ab"), Value::Int(1)],
        &[],
        "['\\r1a\\n\\r\\n,']",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "ljust",
        &[Value::Int(4), s(" ")],
        &[],
        "'b\\x0b \\x0b\\u3000\\r'",
    );
    m(
        &mut failures,
        s("1 \u{9}."),
        "endswith",
        &[s("a")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3000}\u{663}\u{a}11,\u{3c3}\u{a}-"),
        "swapcase",
        &[],
        &[],
        "'\\u3000\u{663}\\n11,\u{3a3}\\n-'",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "rstrip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r1'",
    );
    m(&mut failures, s(","), "rstrip", &[s(" a")], &[], "','");
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "ljust",
        &[Value::Int(2), s(" ")],
        &[],
        "'\\r\\u2028\u{663}\u{3a3} \u{3c2}\\u3000'",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "center",
        &[Value::Int(9), s(" ")],
        &[],
        "'  \\u2028 \\x1c -\\u2028 '",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "expandtabs",
        &[Value::Int(6)],
        &[],
        "'\u{e9}\\n\\u2028-\u{e9}\\u2028\u{3c3}\u{3c2}'",
    );
    m(
        &mut failures,
        s(" \u{d}\u{d}\u{a}a\u{a}"),
        "count",
        &[s("b"), Value::None],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{3c2}, \u{d}\u{3000}\u{3c2}"),
        "rsplit",
        &[s("ab"), Value::Int(5)],
        &[],
        "['\u{3c2}, \\r\\u3000\u{3c2}']",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "index",
        &[s("")],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(","),
        "center",
        &[Value::Int(4), s("*")],
        &[],
        "'*,**'",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "rpartition",
        &[s("b")],
        &[],
        "(', ', 'b', '\u{65e5}')",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{e9},\u{d}.a\u{b}.\u{3c3}\u{a}-a"),
        "rindex",
        &[s("ab")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "endswith",
        &[s("b"), Value::Int(0)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "rfind",
        &[s(""), Value::Int(-3), Value::Int(100)],
        &[],
        "8",
    );
    m(&mut failures, s("\u{3a3}"), "isnumeric", &[], &[], "False");
    m(
        &mut failures,
        s("\u{9}-b\u{3a3}..-,\u{9}"),
        "count",
        &[s("a "), Value::Int(5), Value::Int(0)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{3000}\u{3c3}\u{3c3} \u{1c}"),
        "count",
        &[s("ab"), Value::Int(2)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{663}\u{1c}1\u{b}\u{1c}"),
        "count",
        &[s("\u{a}"), Value::Int(5), Value::Int(1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rstrip",
        &[Value::None],
        &[],
        "' _b1\\x0b,-\\u2028\u{3a3}\\u3000_'",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "split",
        &[s(" "), Value::Int(-1)],
        &[],
        "['\\x1c']",
    );
    m(&mut failures, s(" "), "rstrip", &[], &[], "''");
    m(
        &mut failures,
        s("\u{d}1a\u{a}\u{d}\u{a},"),
        "rjust",
        &[Value::Int(-2), s(" ")],
        &[],
        "'\\r1a\\n\\r\\n,'",
    );
    m(&mut failures, s(" "), "isspace", &[], &[], "True");
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "swapcase",
        &[],
        &[],
        "'B\\tA_\\n-\\t\u{3a3}1'",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "expandtabs",
        &[Value::Int(6)],
        &[],
        "'\\x0b\u{3a3}\\x0b,11a'",
    );
    m(
        &mut failures,
        s(""),
        "index",
        &[s("b"), Value::None],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "title",
        &[],
        &[],
        "'.,\u{3a3}\\u3000'",
    );
    m(
        &mut failures,
        s("\u{b}\u{3a3}\u{b},11a"),
        "strip",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "'\\x0b\u{3a3}\\x0b,11a'",
    );
    m(
        &mut failures,
        s(",,\u{65e5} \u{a}\u{9}\u{3a3}"),
        "replace",
        &[s("\u{a}"), s(""), Value::Int(3)],
        &[],
        "',,\u{65e5} \\t\u{3a3}'",
    );
    m(&mut failures, s(""), "rstrip", &[s("a")], &[], "''");
    m(
        &mut failures,
        s("\u{a} \u{d}"),
        "index",
        &[s("\u{e9}"), Value::Int(5)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "replace",
        &[s(" "), s(""), Value::Int(-1)],
        &[],
        "'_b1\\x0b,-\\u2028\u{3a3}\\u3000_'",
    );
    m(
        &mut failures,
        s("b\u{3000}-\u{3c2}\u{3c2}\u{3c2}\u{3c2}\u{9},\u{663}"),
        "swapcase",
        &[],
        &[],
        "'B\\u3000-\u{3a3}\u{3a3}\u{3a3}\u{3a3}\\t,\u{663}'",
    );
    m(
        &mut failures,
        s("\u{9}-b\u{3a3}..-,\u{9}"),
        "endswith",
        &[s("")],
        &[],
        "True",
    );
    m(
        &mut failures,
        s("b\u{1c}\u{b}\u{e9}b\u{9}.\u{3000}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{d}\u{3a3}\u{a},\u{2028}b"),
        "count",
        &[s("a "), Value::Int(1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "replace",
        &[s("a"), s("-"), Value::Int(-1)],
        &[],
        "'\\r\\u2028\u{663}\u{3a3} \u{3c2}\\u3000'",
    );
    m(
        &mut failures,
        s("--."),
        "count",
        &[s("\u{3a3}"), Value::Int(-3)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{a}aa\u{663}\u{9}.\u{a}\u{2028}"),
        "split",
        &[s(","), Value::Int(-1)],
        &[],
        "['\\naa\u{663}\\t.\\n\\u2028']",
    );
    m(
        &mut failures,
        s("--."),
        "rstrip",
        &[Value::None],
        &[],
        "'--.'",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "split",
        &[s("\u{a}"), Value::Int(-1)],
        &[],
        "['\u{65e5}', '\\x1c']",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "swapcase",
        &[],
        &[],
        "'\u{3a3}\u{65e5}\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        s("\u{3c3}1_\u{3a3}\u{a}.1\u{663}"),
        "rjust",
        &[Value::Int(2), s("*")],
        &[],
        "'\u{3c3}1_\u{3a3}\\n.1\u{663}'",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "rindex",
        &[s("ab"), Value::Int(5)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "rindex",
        &[s(""), Value::Int(-1)],
        &[],
        "10",
    );
    m(
        &mut failures,
        s("\u{65e5}\u{a}\u{1c}"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(" _b1\u{b},-\u{2028}\u{3a3}\u{3000}_"),
        "rsplit",
        &[s(","), Value::Int(-1)],
        &[],
        "[' _b1\\x0b', '-\\u2028\u{3a3}\\u3000_']",
    );
    m(
        &mut failures,
        s(""),
        "replace",
        &[s("\u{3a3}"), s(""), Value::Int(0)],
        &[],
        "''",
    );
    m(
        &mut failures,
        s("b\u{9}a_\u{a}-\u{9}\u{3c3}1"),
        "rfind",
        &[s("\u{a}"), Value::Int(2), Value::Int(-100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("b\u{b} \u{b}\u{3000}\u{d}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "index",
        &[s("ab")],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rpartition",
        &[s("\u{e9}")],
        &[],
        "('\u{e9}\\n\\u2028-', '\u{e9}', '\\u2028\u{3c3}\u{3c2}')",
    );
    m(
        &mut failures,
        s(" -_\u{3a3}\u{3a3}\u{3c3}1,_\u{3000}"),
        "split",
        &[Value::None, Value::Int(2)],
        &[],
        "['-_\u{3a3}\u{3a3}\u{3c3}1,_']",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "rpartition",
        &[s(" ")],
        &[],
        "('', '', '_\\u3000\u{65e5}\u{3c2}\u{3c3}a\\u3000\u{3c3}\\r1')",
    );
    m(&mut failures, s(""), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        s("\u{1c}"),
        "strip",
        &[Value::None],
        &[],
        "''",
    );
    m(
        &mut failures,
        s("--."),
        "find",
        &[s("\u{3a3}"), Value::Int(-3), Value::Int(-100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "replace",
        &[s(""), s("XY"), Value::Int(1)],
        &[],
        "'XY\u{65e5}-\\r\\t__\u{663}\\x0b\u{3c3}'",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "rstrip",
        &[s(" a")],
        &[],
        "'\u{3c3}\u{65e5}\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        s("\u{2028} \u{1c} -\u{2028}"),
        "rpartition",
        &[s("ab")],
        &[],
        "('', '', '\\u2028 \\x1c -\\u2028')",
    );
    m(
        &mut failures,
        s(", b\u{65e5}"),
        "zfill",
        &[Value::Int(3)],
        &[],
        "', b\u{65e5}'",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "ljust",
        &[Value::Int(5), s("\u{e9}")],
        &[],
        "'\u{3c3}\u{65e5}\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "endswith",
        &[s("a ")],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "count",
        &[s("a "), Value::Int(100), Value::Int(-1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{3c3}\u{65e5}\u{1c}\u{d}\u{1c} _"),
        "endswith",
        &[s("b"), Value::Int(2), Value::Int(-1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        s(".,\u{3a3}\u{3000}"),
        "find",
        &[s("a"), Value::Int(-100), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{b}a\u{e9}"),
        "capitalize",
        &[],
        &[],
        "'\\x0ba\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{9}-b\u{3a3}..-,\u{9}"),
        "rfind",
        &[s(","), Value::Int(-3)],
        &[],
        "7",
    );
    m(
        &mut failures,
        s("_\u{3000}\u{65e5}\u{3c2}\u{3c3}a\u{3000}\u{3c3}\u{d}1"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(&mut failures, s("--."), "isnumeric", &[], &[], "False");
    m(
        &mut failures,
        s("\u{3a3}"),
        "count",
        &[s(""), Value::Int(100)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s("\u{65e5}-\u{d}\u{9}__\u{663}\u{b}\u{3c3}"),
        "isnumeric",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        s("\u{1c}\u{b}.,\u{3c3}a"),
        "rsplit",
        &[s(" "), Value::Int(0)],
        &[],
        "['\\x1c\\x0b.,\u{3c3}a']",
    );
    m(&mut failures, s(","), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        s("\u{e9}\u{a}\u{2028}-\u{e9}\u{2028}\u{3c3}\u{3c2}"),
        "rfind",
        &[s("b"), Value::Int(-3), Value::None],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{3c2}, \u{d}\u{3000}\u{3c2}"),
        "ljust",
        &[Value::Int(12), s("\u{e9}")],
        &[],
        "'\u{3c2}, \\r\\u3000\u{3c2}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{9}\u{1c}\u{663}\u{663}_b__\u{3c2}"),
        "index",
        &[s("\u{e9}"), Value::Int(2), Value::Int(-3)],
        &[],
        "ValueError: substring not found",
    );
    m(
        &mut failures,
        s("\u{d}\u{2028}\u{663}\u{3a3} \u{3c2}\u{3000}"),
        "swapcase",
        &[],
        &[],
        "'\\r\\u2028\u{663}\u{3c3} \u{3a3}\\u3000'",
    );
    m(
        &mut failures,
        s("\u{3a3}\u{e9}-\u{2028}\u{a}b\u{3c3}\u{3000}_"),
        "partition",
        &[s("\u{a}")],
        &[],
        "('\u{3a3}\u{e9}-\\u2028', '\\n', 'b\u{3c3}\\u3000_')",
    );
    m(
        &mut failures,
        s("\u{663}\u{3c3}\u{663} \u{9}\u{3c2}\u{b}"),
        "rfind",
        &[s("ab")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        s("\u{1c}"),
        "center",
        &[Value::Int(12), s("\u{e9}")],
        &[],
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\\x1c\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    m(
        &mut failures,
        s("\u{9}\u{3c3}_b.\u{b}b "),
        "ljust",
        &[Value::Int(15), s(" ")],
        &[],
        "'\\t\u{3c3}_b.\\x0bb        '",
    );
    m(
        &mut failures,
        by(b"\xcf\x82\x0a\xd9\xa3\xc3\xa9\xcf\x831\xcf\x83,\x09"),
        "find",
        &[by(b"a"), Value::Int(-3)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "ljust",
        &[Value::Int(14), by(b" ")],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "rsplit",
        &[by(b","), Value::Int(5)],
        &[],
        "[b'', b'\\xc3\\xa9\\x0b1']",
    );
    m(&mut failures, by(b"\x0b"), "isspace", &[], &[], "True");
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "ljust",
        &[Value::Int(5), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b""),
        "rsplit",
        &[by(b"ab"), Value::Int(0)],
        &[],
        "[b'']",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "replace",
        &[by(b"b"), by(b"-"), Value::Int(-1)],
        &[],
        "b'\\x0ba\\xc3\\xa9'",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "replace",
        &[by(b"\xc3\xa9"), by(b""), Value::Int(0)],
        &[],
        "b'\\x1c\\x1c'",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "count",
        &[by(b" "), Value::Int(-1), Value::Int(0)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(&mut failures, by(b"-"), "swapcase", &[], &[], "b'-'");
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "title",
        &[],
        &[],
        "b'\\xd9\\xa3\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "rindex",
        &[by(b"ab")],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "split",
        &[by(b"\x0a"), Value::Int(-1)],
        &[],
        "[b'b\\xe3\\x80\\x80-\\xcf\\x82\\xcf\\x82\\xcf\\x82\\xcf\\x82\\t,\\xd9\\xa3']",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "center",
        &[Value::Int(3), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "split",
        &[by(b" "), Value::Int(2)],
        &[],
        "[b'\\x0ba\\xc3\\xa9']",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "partition",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "(b'b\\ta_\\n-\\t\\xcf\\x831', b'', b'')",
    );
    m(
        &mut failures,
        by(b""),
        "endswith",
        &[by(b"\xc3\xa9"), Value::Int(0)],
        &[],
        "False",
    );
    m(&mut failures, by(b"\x1c"), "rstrip", &[], &[], "b'\\x1c'");
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\x0a\x1c"),
        "rjust",
        &[Value::Int(12), by(b"*")],
        &[],
        "b'*******\\xe6\\x97\\xa5\\n\\x1c'",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xcf\x83\xcf\x83 \x1c"),
        "find",
        &[by(b"\xe6\x97\xa5"), Value::Int(-100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "strip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b'\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"\x09\x1c\xd9\xa3\xd9\xa3_b__\xcf\x82"),
        "index",
        &[by(b" ")],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b""),
        "rsplit",
        &[by(b"a"), Value::Int(-1)],
        &[],
        "[b'']",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "rsplit",
        &[by(b" "), Value::Int(2)],
        &[],
        "[b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c\\r\\x1c', b'_']",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5.\x1c"),
        "title",
        &[],
        &[],
        "b'\\xe6\\x97\\xa5.\\x1c'",
    );
    m(
        &mut failures,
        by(b"\x0aaa\xd9\xa3\x09.\x0a\xe2\x80\xa8"),
        "rsplit",
        &[by(b","), Value::Int(0)],
        &[],
        "[b'\\naa\\xd9\\xa3\\t.\\n\\xe2\\x80\\xa8']",
    );
    m(
        &mut failures,
        by(b"\x0b"),
        "ljust",
        &[Value::Int(13), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(&mut failures, by(b""), "count", &[by(b"ab")], &[], "0");
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "swapcase",
        &[],
        &[],
        "b'\\xe3\\x80\\x80\\xd9\\xa3\\n11,\\xcf\\x83\\n-'",
    );
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "rpartition",
        &[by(b"b")],
        &[],
        "(b'', b'', b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c\\r\\x1c _')",
    );
    m(
        &mut failures,
        by(b", b\xe6\x97\xa5"),
        "find",
        &[by(b"\x0a")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "rsplit",
        &[Value::None, Value::Int(5)],
        &[],
        "[b'\\xe3\\x80\\x80\\xd9\\xa3', b'11,\\xcf\\x83', b'-']",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5.\x1c"),
        "split",
        &[Value::None, Value::Int(1)],
        &[],
        "[b'\\xe6\\x97\\xa5.\\x1c']",
    );
    m(
        &mut failures,
        by(b"\xce\xa3\xc3\xa9-\xe2\x80\xa8\x0ab\xcf\x83\xe3\x80\x80_"),
        "index",
        &[by(b"\xce\xa3")],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\x0a\x1c"),
        "rjust",
        &[Value::Int(11), by(b"*")],
        &[],
        "b'******\\xe6\\x97\\xa5\\n\\x1c'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "rindex",
        &[by(b""), Value::Int(2), Value::Int(0)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "rsplit",
        &[Value::None, Value::Int(0)],
        &[],
        "[b' _b1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_']",
    );
    m(
        &mut failures,
        by(b".,\xce\xa3\xe3\x80\x80"),
        "strip",
        &[by(b"a")],
        &[],
        "b'.,\\xce\\xa3\\xe3\\x80\\x80'",
    );
    m(&mut failures, by(b""), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b"1 \x09."),
        "strip",
        &[by(b" a")],
        &[],
        "b'1 \\t.'",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "title",
        &[],
        &[],
        "b'B\\tA_\\n-\\t\\xcf\\x831'",
    );
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "rsplit",
        &[by(b"a"), Value::Int(-1)],
        &[],
        "[b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c\\r\\x1c _']",
    );
    m(&mut failures, by(b" "), "rfind", &[by(b"")], &[], "1");
    m(
        &mut failures,
        by(b"\x1c"),
        "ljust",
        &[Value::Int(15), by(b" ")],
        &[],
        "b'\\x1c              '",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "center",
        &[Value::Int(5), by(b"*")],
        &[],
        "b'b\\ta_\\n-\\t\\xcf\\x831'",
    );
    m(&mut failures, by(b"b-\x0a"), "title", &[], &[], "b'B-\\n'");
    m(
        &mut failures,
        by(b"\x0aaa\xd9\xa3\x09.\x0a\xe2\x80\xa8"),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "b'\\naa\\xd9\\xa3 .\\n\\xe2\\x80\\xa8'",
    );
    m(
        &mut failures,
        by(b"\x1c\x0b.,\xcf\x83a"),
        "center",
        &[Value::Int(15), by(b"*")],
        &[],
        "b'****\\x1c\\x0b.,\\xcf\\x83a****'",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "strip",
        &[Value::None],
        &[],
        "b'b\\ta_\\n-\\t\\xcf\\x831'",
    );
    m(
        &mut failures,
        by(b"\x0d\xce\xa3\x0a,\xe2\x80\xa8b"),
        "lstrip",
        &[Value::None],
        &[],
        "b'\\xce\\xa3\\n,\\xe2\\x80\\xa8b'",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "swapcase",
        &[],
        &[],
        "b'\\x0bA\\xc3\\xa9'",
    );
    m(
        &mut failures,
        by(b"\x1c"),
        "expandtabs",
        &[Value::Int(1)],
        &[],
        "b'\\x1c'",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "rstrip",
        &[],
        &[],
        "b'\\x1c\\x1c'",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "rindex",
        &[by(b"")],
        &[],
        "4",
    );
    m(&mut failures, by(b"--."), "capitalize", &[], &[], "b'--.'");
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "rsplit",
        &[by(b","), Value::Int(0)],
        &[],
        "[b'\\xe2\\x80\\xa8.\\n-\\n..a']",
    );
    m(
        &mut failures,
        by(b""),
        "count",
        &[by(b"\x0a"), Value::Int(-100)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\x1c\x0b.,\xcf\x83a"),
        "strip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b'\\x1c\\x0b.,\\xcf\\x83a'",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "swapcase",
        &[],
        &[],
        "b' -_\\xce\\xa3\\xce\\xa3\\xcf\\x831,_\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "rfind",
        &[by(b"\xce\xa3")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "rsplit",
        &[by(b","), Value::Int(-1)],
        &[],
        "[b' _b1\\x0b', b'-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_']",
    );
    m(&mut failures, by(b" "), "rstrip", &[by(b"a")], &[], "b' '");
    m(
        &mut failures,
        by(b"\xcf\x82\x0a\xd9\xa3\xc3\xa9\xcf\x831\xcf\x83,\x09"),
        "lstrip",
        &[Value::None],
        &[],
        "b'\\xcf\\x82\\n\\xd9\\xa3\\xc3\\xa9\\xcf\\x831\\xcf\\x83,\\t'",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "strip",
        &[Value::None],
        &[],
        "b'\\xe2\\x80\\xa8 \\x1c -\\xe2\\x80\\xa8'",
    );
    m(
        &mut failures,
        by(b"\xcf\x82, \x0d\xe3\x80\x80\xcf\x82"),
        "startswith",
        &[by(b""), Value::Int(5)],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b""),
        "center",
        &[Value::Int(6), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "endswith",
        &[by(b" "), Value::None, Value::Int(0)],
        &[],
        "False",
    );
    m(&mut failures, by(b" "), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        by(b""),
        "rindex",
        &[by(b"\xe6\x97\xa5"), Value::None, Value::Int(5)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "strip",
        &[by(b"a")],
        &[],
        "b'\\t\\xcf\\x83_b.\\x0bb '",
    );
    m(
        &mut failures,
        by(b"--."),
        "split",
        &[Value::None, Value::Int(5)],
        &[],
        "[b'--.']",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\xcf\x83\xd9\xa3 \x09\xcf\x82\x0b"),
        "rindex",
        &[by(b"\x0a"), Value::Int(5), Value::Int(-3)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\x1c"),
        "center",
        &[Value::Int(2), by(b"*")],
        &[],
        "b'\\x1c*'",
    );
    m(
        &mut failures,
        by(b"\x1c"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'\\x1c']",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "swapcase",
        &[],
        &[],
        "b'\\x0bA\\xc3\\xa9'",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "ljust",
        &[Value::Int(11), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "rindex",
        &[by(b","), Value::None, Value::Int(2)],
        &[],
        "ValueError: subsection not found",
    );
    m(&mut failures, by(b""), "find", &[by(b"")], &[], "0");
    m(&mut failures, by(b"--."), "rstrip", &[], &[], "b'--.'");
    m(
        &mut failures,
        by(b"\x0a \x0d"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xcf\x831_\xce\xa3\x0a.1\xd9\xa3"),
        "rjust",
        &[Value::Int(-1), by(b"\xc3\xa9")],
        &[],
        "TypeError: rjust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "expandtabs",
        &[Value::Int(7)],
        &[],
        "b'       \\xcf\\x83_b.\\x0bb '",
    );
    m(
        &mut failures,
        by(b""),
        "split",
        &[by(b","), Value::Int(1)],
        &[],
        "[b'']",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "replace",
        &[by(b"a"), by(b"XY"), Value::Int(-1)],
        &[],
        "b'\\n\\xcf\\x82\\xd9\\xa3b '",
    );
    m(
        &mut failures,
        by(b"\x1c\x0b.,\xcf\x83a"),
        "ljust",
        &[Value::Int(0), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "center",
        &[Value::Int(6), by(b" ")],
        &[],
        "b'\\x0b\\xce\\xa3\\x0b,11a'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5.\x1c"),
        "rsplit",
        &[by(b" "), Value::Int(0)],
        &[],
        "[b'\\xe6\\x97\\xa5.\\x1c']",
    );
    m(
        &mut failures,
        by(b"\x0d\xce\xa3\x0a,\xe2\x80\xa8b"),
        "capitalize",
        &[],
        &[],
        "b'\\r\\xce\\xa3\\n,\\xe2\\x80\\xa8b'",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "replace",
        &[by(b"\xce\xa3"), by(b"-"), Value::Int(-1)],
        &[],
        "b'\\xd9\\xa3\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "title",
        &[],
        &[],
        "b'B\\x0b \\x0b\\xe3\\x80\\x80\\r'",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'\\xe2\\x80\\xa8 \\x1c -\\xe2\\x80\\xa8']",
    );
    m(
        &mut failures,
        by(b"\x09\x1c\xd9\xa3\xd9\xa3_b__\xcf\x82"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'\\t\\x1c\\xd9\\xa3\\xd9\\xa3_b__\\xcf\\x82']",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\x0a\x1c"),
        "rsplit",
        &[by(b"\x0a"), Value::Int(1)],
        &[],
        "[b'\\xe6\\x97\\xa5', b'\\x1c']",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "zfill",
        &[Value::Int(2)],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "center",
        &[Value::Int(-1), by(b"*")],
        &[],
        "b'\\n\\xcf\\x82\\xd9\\xa3b '",
    );
    m(
        &mut failures,
        by(b", b\xe6\x97\xa5"),
        "title",
        &[],
        &[],
        "b', B\\xe6\\x97\\xa5'",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "swapcase",
        &[],
        &[],
        "b'B-\\n'",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "title",
        &[],
        &[],
        "b'1 \\t.'",
    );
    m(
        &mut failures,
        by(b"\xce\xa3"),
        "strip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b'\\xce\\xa3'",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "replace",
        &[by(b"\xce\xa3"), by(b"-"), Value::Int(-1)],
        &[],
        "b'_\\xe3\\x80\\x80\\xe6\\x97\\xa5\\xcf\\x82\\xcf\\x83a\\xe3\\x80\\x80\\xcf\\x83\\r1'",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "rjust",
        &[Value::Int(4), by(b"*")],
        &[],
        "b'\\r1a\\n\\r\\n,'",
    );
    m(
        &mut failures,
        by(b""),
        "center",
        &[Value::Int(-2), by(b"*")],
        &[],
        "b''",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "count",
        &[by(b","), Value::Int(-1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\x0a \x0d"),
        "endswith",
        &[by(b" ")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b",,\xe6\x97\xa5 \x0a\x09\xce\xa3"),
        "count",
        &[by(b"b"), Value::Int(-100), Value::Int(-1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "rindex",
        &[by(b"a "), Value::Int(-100), Value::Int(-1)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "index",
        &[by(b"xyz"), Value::Int(2)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\xce\xa3"),
        "center",
        &[Value::Int(10), by(b" ")],
        &[],
        "b'    \\xce\\xa3    '",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "find",
        &[by(b"\xce\xa3"), Value::Int(100), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, by(b","), "capitalize", &[], &[], "b','");
    m(
        &mut failures,
        by(b"-"),
        "rpartition",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "(b'', b'', b'-')",
    );
    m(&mut failures, by(b"\x0a \x0d"), "lstrip", &[], &[], "b''");
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "lstrip",
        &[],
        &[],
        "b'a\\xc3\\xa9'",
    );
    m(&mut failures, by(b""), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\x0a\x1c"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "index",
        &[by(b" "), Value::None, Value::Int(-1)],
        &[],
        "ValueError: subsection not found",
    );
    m(&mut failures, by(b" "), "rstrip", &[], &[], "b''");
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "partition",
        &[by(b"\x0a")],
        &[],
        "(b'\\x1c\\x1c', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\x09\x1c\xd9\xa3\xd9\xa3_b__\xcf\x82"),
        "rstrip",
        &[by(b" a")],
        &[],
        "b'\\t\\x1c\\xd9\\xa3\\xd9\\xa3_b__\\xcf\\x82'",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\xcf\x83\xd9\xa3 \x09\xcf\x82\x0b"),
        "rsplit",
        &[Value::None, Value::Int(1)],
        &[],
        "[b'\\xd9\\xa3\\xcf\\x83\\xd9\\xa3', b'\\xcf\\x82']",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "rfind",
        &[by(b"\x0a"), Value::Int(1)],
        &[],
        "2",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "rsplit",
        &[by(b","), Value::Int(5)],
        &[],
        "[b' -_\\xce\\xa3\\xce\\xa3\\xcf\\x831', b'_\\xe3\\x80\\x80']",
    );
    m(
        &mut failures,
        by(b""),
        "endswith",
        &[by(b"\xc3\xa9"), Value::None],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"--."),
        "partition",
        &[by(b"a ")],
        &[],
        "(b'--.', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\xcf\x82\x0a\xd9\xa3\xc3\xa9\xcf\x831\xcf\x83,\x09"),
        "endswith",
        &[by(b"xyz")],
        &[],
        "False",
    );
    m(&mut failures, by(b""), "capitalize", &[], &[], "b''");
    m(
        &mut failures,
        by(b""),
        "replace",
        &[by(b"a "), by(b""), Value::Int(1)],
        &[],
        "b''",
    );
    m(
        &mut failures,
        by(b"\xce\xa3"),
        "rfind",
        &[by(b",")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "center",
        &[Value::Int(11), by(b"*")],
        &[],
        "b' _b1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_'",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "strip",
        &[by(b"a")],
        &[],
        "b'_\\xe3\\x80\\x80\\xe6\\x97\\xa5\\xcf\\x82\\xcf\\x83a\\xe3\\x80\\x80\\xcf\\x83\\r1'",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "capitalize",
        &[],
        &[],
        "b'\\x0b\\xce\\xa3\\x0b,11a'",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "rsplit",
        &[by(b","), Value::Int(0)],
        &[],
        "[b'\\xd9\\xa3\\x1c1\\x0b\\x1c']",
    );
    m(
        &mut failures,
        by(b","),
        "center",
        &[Value::Int(15), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "index",
        &[by(b"b"), Value::Int(1), Value::Int(0)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "ljust",
        &[Value::Int(13), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x0d\xce\xa3\x0a,\xe2\x80\xa8b"),
        "replace",
        &[by(b"\xc3\xa9"), by(b"-"), Value::Int(3)],
        &[],
        "b'\\r\\xce\\xa3\\n,\\xe2\\x80\\xa8b'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "rjust",
        &[Value::Int(4), by(b" ")],
        &[],
        "b'\\xe6\\x97\\xa5-\\r\\t__\\xd9\\xa3\\x0b\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b""),
        "startswith",
        &[by(b"\xc3\xa9"), Value::Int(0), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "rstrip",
        &[by(b"a")],
        &[],
        "b' -_\\xce\\xa3\\xce\\xa3\\xcf\\x831,_\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "zfill",
        &[Value::Int(4)],
        &[],
        "b'\\xe3\\x80\\x80\\xd9\\xa3\\n11,\\xcf\\x83\\n-'",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "find",
        &[by(b"xyz"), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, by(b""), "capitalize", &[], &[], "b''");
    m(
        &mut failures,
        by(b""),
        "endswith",
        &[by(b"\xe6\x97\xa5"), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\xcf\x83\xd9\xa3 \x09\xcf\x82\x0b"),
        "rfind",
        &[by(b"\xce\xa3"), Value::Int(-3)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "title",
        &[],
        &[],
        "b'\\xe6\\x97\\xa5-\\r\\t__\\xd9\\xa3\\x0b\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "ljust",
        &[Value::Int(4), by(b" ")],
        &[],
        "b'b\\ta_\\n-\\t\\xcf\\x831'",
    );
    m(
        &mut failures,
        by(b", b\xe6\x97\xa5"),
        "split",
        &[by(b","), Value::Int(2)],
        &[],
        "[b'', b' b\\xe6\\x97\\xa5']",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "replace",
        &[by(b"\xe6\x97\xa5"), by(b"-"), Value::Int(-1)],
        &[],
        "b'\\xd9\\xa3\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "rfind",
        &[by(b"\xe6\x97\xa5"), Value::Int(100), Value::Int(100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "count",
        &[by(b"\xe6\x97\xa5"), Value::Int(100), Value::Int(100)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "split",
        &[by(b" "), Value::Int(0)],
        &[],
        "[b'b-\\n']",
    );
    m(&mut failures, by(b""), "title", &[], &[], "b''");
    m(&mut failures, by(b"b-\x0a"), "isalnum", &[], &[], "False");
    m(&mut failures, by(b"\x1c"), "swapcase", &[], &[], "b'\\x1c'");
    m(
        &mut failures,
        by(b"\xd9\xa3\xcf\x83\xd9\xa3 \x09\xcf\x82\x0b"),
        "replace",
        &[by(b"a"), by(b"XY"), Value::Int(-1)],
        &[],
        "b'\\xd9\\xa3\\xcf\\x83\\xd9\\xa3 \\t\\xcf\\x82\\x0b'",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "split",
        &[by(b"ab"), Value::Int(-1)],
        &[],
        "[b'\\xe6\\x97\\xa5-\\r\\t__\\xd9\\xa3\\x0b\\xcf\\x83']",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "swapcase",
        &[],
        &[],
        "b'\\xd9\\xa3\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        by(b","),
        "rindex",
        &[by(b"\x0a"), Value::Int(-100)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"--."),
        "rpartition",
        &[by(b"b")],
        &[],
        "(b'', b'', b'--.')",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "count",
        &[by(b"ab"), Value::Int(2), Value::Int(5)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b" "),
        "split",
        &[by(b"ab"), Value::Int(-1)],
        &[],
        "[b' ']",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "rjust",
        &[Value::Int(7), by(b"*")],
        &[],
        "b'\\n\\xcf\\x82\\xd9\\xa3b '",
    );
    m(
        &mut failures,
        by(b", b\xe6\x97\xa5"),
        "lstrip",
        &[Value::None],
        &[],
        "b', b\\xe6\\x97\\xa5'",
    );
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "ljust",
        &[Value::Int(5), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "find",
        &[by(b"\xe6\x97\xa5"), Value::Int(-1), Value::None],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "endswith",
        &[by(b"\xce\xa3"), Value::Int(5), Value::Int(0)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" "),
        "split",
        &[by(b"\x0a"), Value::Int(2)],
        &[],
        "[b' ']",
    );
    m(
        &mut failures,
        by(b"b\x1c\x0b\xc3\xa9b\x09.\xe3\x80\x80"),
        "rstrip",
        &[Value::None],
        &[],
        "b'b\\x1c\\x0b\\xc3\\xa9b\\t.\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b"\xce\xa3"),
        "rfind",
        &[by(b"xyz"), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "title",
        &[],
        &[],
        "b'\\xc3\\xa9\\n\\xe2\\x80\\xa8-\\xc3\\xa9\\xe2\\x80\\xa8\\xcf\\x83\\xcf\\x82'",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "endswith",
        &[by(b""), Value::Int(-100)],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"\x09\x1c\xd9\xa3\xd9\xa3_b__\xcf\x82"),
        "endswith",
        &[by(b"\xce\xa3")],
        &[],
        "False",
    );
    m(&mut failures, by(b","), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b"\x0aaa\xd9\xa3\x09.\x0a\xe2\x80\xa8"),
        "endswith",
        &[by(b" "), Value::Int(2)],
        &[],
        "False",
    );
    m(&mut failures, by(b" "), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "strip",
        &[],
        &[],
        "b'\\xe2\\x80\\xa8.\\n-\\n..a'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "center",
        &[Value::Int(3), by(b" ")],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"\xce\xa3"),
        "rpartition",
        &[by(b"xyz")],
        &[],
        "(b'', b'', b'\\xce\\xa3')",
    );
    m(
        &mut failures,
        by(b""),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[]",
    );
    m(
        &mut failures,
        by(b"b\x1c\x0b\xc3\xa9b\x09.\xe3\x80\x80"),
        "partition",
        &[by(b"a")],
        &[],
        "(b'b\\x1c\\x0b\\xc3\\xa9b\\t.\\xe3\\x80\\x80', b'', b'')",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "find",
        &[by(b"a ")],
        &[],
        "-1",
    );
    m(&mut failures, by(b""), "rfind", &[by(b"xyz")], &[], "-1");
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "partition",
        &[by(b",")],
        &[],
        "(b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c\\r\\x1c _', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "swapcase",
        &[],
        &[],
        "b'\\r1A\\n\\r\\n,'",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "lstrip",
        &[],
        &[],
        "b'\\xe2\\x80\\xa8.\\n-\\n..a'",
    );
    m(
        &mut failures,
        by(b""),
        "startswith",
        &[by(b"\xc3\xa9")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "expandtabs",
        &[Value::Int(7)],
        &[],
        "b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "replace",
        &[by(b""), by(b"-"), Value::Int(3)],
        &[],
        "b'-\\x0b-\\xce-\\xa3\\x0b,11a'",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "rstrip",
        &[by(b"a")],
        &[],
        "b'\\x0ba\\xc3\\xa9'",
    );
    m(
        &mut failures,
        by(b"\xcf\x831_\xce\xa3\x0a.1\xd9\xa3"),
        "startswith",
        &[by(b"a")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b""),
        "rsplit",
        &[Value::None, Value::Int(1)],
        &[],
        "[]",
    );
    m(
        &mut failures,
        by(b""),
        "index",
        &[by(b",")],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\x0a \x0d"),
        "rstrip",
        &[by(b"a")],
        &[],
        "b'\\n \\r'",
    );
    m(
        &mut failures,
        by(b"\x0aaa\xd9\xa3\x09.\x0a\xe2\x80\xa8"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "count",
        &[by(b""), Value::Int(100), Value::Int(2)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "rjust",
        &[Value::Int(12), by(b" ")],
        &[],
        "b'\\xc3\\xa9\\n\\xe2\\x80\\xa8-\\xc3\\xa9\\xe2\\x80\\xa8\\xcf\\x83\\xcf\\x82'",
    );
    m(&mut failures, by(b""), "rstrip", &[by(b" a")], &[], "b''");
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "b'     \\xcf\\x83_b.\\x0bb '",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(&mut failures, by(b"--."), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "rfind",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "count",
        &[by(b""), Value::Int(2)],
        &[],
        "16",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "count",
        &[by(b"a "), Value::Int(-3)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b", b\xe6\x97\xa5"),
        "lstrip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b', b\\xe6\\x97\\xa5'",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "rsplit",
        &[by(b"\x0a"), Value::Int(1)],
        &[],
        "[b'\\xe2\\x80\\xa8 \\x1c -\\xe2\\x80\\xa8']",
    );
    m(
        &mut failures,
        by(b"b\x1c\x0b\xc3\xa9b\x09.\xe3\x80\x80"),
        "rsplit",
        &[by(b"a"), Value::Int(-1)],
        &[],
        "[b'b\\x1c\\x0b\\xc3\\xa9b\\t.\\xe3\\x80\\x80']",
    );
    m(&mut failures, by(b"\x1c"), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b"\xc3\xa9,\x0d.a\x0b.\xcf\x83\x0a-a"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(&mut failures, by(b"--."), "count", &[by(b"")], &[], "4");
    m(
        &mut failures,
        by(b"b-\x0a"),
        "center",
        &[Value::Int(12), by(b"*")],
        &[],
        "b'****b-\\n*****'",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "rsplit",
        &[by(b","), Value::Int(2)],
        &[],
        "[b' \\r\\r\\na\\n']",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "center",
        &[Value::Int(3), by(b" ")],
        &[],
        "b'\\xe6\\x97\\xa5-\\r\\t__\\xd9\\xa3\\x0b\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "capitalize",
        &[],
        &[],
        "b'\\xe3\\x80\\x80\\xd9\\xa3\\n11,\\xcf\\x83\\n-'",
    );
    m(&mut failures, by(b","), "isalnum", &[], &[], "False");
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"-"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'-']",
    );
    m(
        &mut failures,
        by(b""),
        "replace",
        &[by(b"\xc3\xa9"), by(b"XY"), Value::Int(-1)],
        &[],
        "b''",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "endswith",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "rpartition",
        &[by(b"b")],
        &[],
        "(b'', b'', b' -_\\xce\\xa3\\xce\\xa3\\xcf\\x831,_\\xe3\\x80\\x80')",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "rfind",
        &[by(b"\xce\xa3"), Value::Int(-100), Value::Int(-3)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "rpartition",
        &[by(b"b")],
        &[],
        "(b' _', b'b', b'1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_')",
    );
    m(
        &mut failures,
        by(b"\x09\x1c\xd9\xa3\xd9\xa3_b__\xcf\x82"),
        "rsplit",
        &[by(b"ab"), Value::Int(-1)],
        &[],
        "[b'\\t\\x1c\\xd9\\xa3\\xd9\\xa3_b__\\xcf\\x82']",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "index",
        &[by(b"\xe6\x97\xa5"), Value::Int(100)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "split",
        &[by(b" "), Value::Int(2)],
        &[],
        "[b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c\\r\\x1c', b'_']",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'b\\xe3\\x80\\x80-\\xcf\\x82\\xcf\\x82\\xcf\\x82\\xcf\\x82\\t,\\xd9\\xa3']",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "rjust",
        &[Value::Int(1), by(b"*")],
        &[],
        "b'\\x0b\\xce\\xa3\\x0b,11a'",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "rsplit",
        &[by(b"ab"), Value::Int(1)],
        &[],
        "[b'_\\xe3\\x80\\x80\\xe6\\x97\\xa5\\xcf\\x82\\xcf\\x83a\\xe3\\x80\\x80\\xcf\\x83\\r1']",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "rsplit",
        &[by(b"\x0a"), Value::Int(1)],
        &[],
        "[b'\\xc3\\xa9', b'\\xe2\\x80\\xa8-\\xc3\\xa9\\xe2\\x80\\xa8\\xcf\\x83\\xcf\\x82']",
    );
    m(
        &mut failures,
        by(b".,\xce\xa3\xe3\x80\x80"),
        "replace",
        &[by(b" "), by(b""), Value::Int(0)],
        &[],
        "b'.,\\xce\\xa3\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "rindex",
        &[by(b"ab"), Value::Int(2), Value::Int(-3)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\x09\x1c\xd9\xa3\xd9\xa3_b__\xcf\x82"),
        "partition",
        &[by(b"\xc3\xa9")],
        &[],
        "(b'\\t\\x1c\\xd9\\xa3\\xd9\\xa3_b__\\xcf\\x82', b'', b'')",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "ljust",
        &[Value::Int(14), by(b" ")],
        &[],
        "b' -_\\xce\\xa3\\xce\\xa3\\xcf\\x831,_\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "expandtabs",
        &[Value::Int(6)],
        &[],
        "b'b-\\n'",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "index",
        &[by(b""), Value::Int(2)],
        &[],
        "2",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "replace",
        &[by(b"\xc3\xa9"), by(b""), Value::Int(1)],
        &[],
        "b'\\x0ba'",
    );
    m(
        &mut failures,
        by(b"\x0d\xce\xa3\x0a,\xe2\x80\xa8b"),
        "index",
        &[by(b"")],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9,\x0d.a\x0b.\xcf\x83\x0a-a"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b",,\xe6\x97\xa5 \x0a\x09\xce\xa3"),
        "endswith",
        &[by(b"a"), Value::Int(-100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xce\xa3\xc3\xa9-\xe2\x80\xa8\x0ab\xcf\x83\xe3\x80\x80_"),
        "startswith",
        &[by(b"\xce\xa3"), Value::Int(-1), Value::None],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "expandtabs",
        &[Value::Int(8)],
        &[],
        "b'b-\\n'",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xcf\x83\xcf\x83 \x1c"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[b'\\xe3\\x80\\x80\\xcf\\x83\\xcf\\x83 \\x1c']",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "rfind",
        &[by(b"\xc3\xa9"), Value::Int(1)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "endswith",
        &[by(b"ab")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9,\x0d.a\x0b.\xcf\x83\x0a-a"),
        "capitalize",
        &[],
        &[],
        "b'\\xc3\\xa9,\\r.a\\x0b.\\xcf\\x83\\n-a'",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "endswith",
        &[by(b""), Value::Int(5)],
        &[],
        "True",
    );
    m(&mut failures, by(b""), "rstrip", &[Value::None], &[], "b''");
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "strip",
        &[],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "rfind",
        &[by(b"\xce\xa3"), Value::Int(100), Value::Int(0)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b""),
        "index",
        &[by(b"\xe6\x97\xa5"), Value::Int(-100), Value::Int(1)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"--."),
        "rjust",
        &[Value::Int(0), by(b"\xc3\xa9")],
        &[],
        "TypeError: rjust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "partition",
        &[by(b"\xc3\xa9")],
        &[],
        "(b' _b1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_', b'', b'')",
    );
    m(&mut failures, by(b""), "strip", &[by(b"a")], &[], "b''");
    m(
        &mut failures,
        by(b""),
        "rfind",
        &[by(b"ab"), Value::Int(-3), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b""),
        "find",
        &[by(b"\xc3\xa9"), Value::Int(2), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\x1c"),
        "partition",
        &[by(b"ab")],
        &[],
        "(b'\\x1c', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "rpartition",
        &[by(b" ")],
        &[],
        "(b'\\n\\xcf\\x82\\xd9\\xa3b', b' ', b'')",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "index",
        &[by(b"a"), Value::Int(-3)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "rindex",
        &[by(b"")],
        &[],
        "16",
    );
    m(
        &mut failures,
        by(b"\xcf\x82\x0a\xd9\xa3\xc3\xa9\xcf\x831\xcf\x83,\x09"),
        "rindex",
        &[by(b"\x0a"), Value::Int(0)],
        &[],
        "2",
    );
    m(
        &mut failures,
        by(b","),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[b',']",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "ljust",
        &[Value::Int(3), by(b" ")],
        &[],
        "b'\\x0b\\xce\\xa3\\x0b,11a'",
    );
    m(
        &mut failures,
        by(b"\xcf\x82, \x0d\xe3\x80\x80\xcf\x82"),
        "strip",
        &[Value::None],
        &[],
        "b'\\xcf\\x82, \\r\\xe3\\x80\\x80\\xcf\\x82'",
    );
    m(
        &mut failures,
        by(b""),
        "startswith",
        &[by(b"a")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x0a \x0d"),
        "center",
        &[Value::Int(4), by(b"*")],
        &[],
        "b'\\n \\r*'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "center",
        &[Value::Int(8), by(b" ")],
        &[],
        "b'\\xe2\\x80\\xa8 \\x1c -\\xe2\\x80\\xa8'",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9,\x0d.a\x0b.\xcf\x83\x0a-a"),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "b'\\xc3\\xa9,\\r.a\\x0b.\\xcf\\x83\\n-a'",
    );
    m(&mut failures, by(b""), "swapcase", &[], &[], "b''");
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "swapcase",
        &[],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"\x0aaa\xd9\xa3\x09.\x0a\xe2\x80\xa8"),
        "startswith",
        &[by(b"\x0a")],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "partition",
        &[by(b"\x0a")],
        &[],
        "(b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5.\x1c"),
        "endswith",
        &[by(b"\xce\xa3")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b","),
        "endswith",
        &[by(b""), Value::Int(-100)],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "partition",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "(b' _b1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8\x0a-\x09"),
        "rindex",
        &[by(b" "), Value::Int(2), Value::None],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "rjust",
        &[Value::Int(-1), by(b"\xc3\xa9")],
        &[],
        "TypeError: rjust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "lstrip",
        &[],
        &[],
        "b'a\\xc3\\xa9'",
    );
    m(
        &mut failures,
        by(b"\x0a \x0d"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[b'\\n', b' \\r']",
    );
    m(&mut failures, by(b"--."), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b","),
        "expandtabs",
        &[Value::Int(5)],
        &[],
        "b','",
    );
    m(
        &mut failures,
        by(b","),
        "zfill",
        &[Value::Int(5)],
        &[],
        "b'0000,'",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "partition",
        &[by(b"xyz")],
        &[],
        "(b'_\\r\\xc3\\xa9\\xe6\\x97\\xa5a\\n\\xe2\\x80\\xa8', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "replace",
        &[by(b","), by(b"-"), Value::Int(0)],
        &[],
        "b'\\xc3\\xa9\\n\\xe2\\x80\\xa8-\\xc3\\xa9\\xe2\\x80\\xa8\\xcf\\x83\\xcf\\x82'",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "find",
        &[by(b"a "), Value::Int(100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "replace",
        &[by(b"a "), by(b"-"), Value::Int(0)],
        &[],
        "b' -_\\xce\\xa3\\xce\\xa3\\xcf\\x831,_\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "center",
        &[Value::Int(10), by(b" ")],
        &[],
        "b'\\xe3\\x80\\x80\\xd9\\xa3\\n11,\\xcf\\x83\\n-'",
    );
    m(
        &mut failures,
        by(b"\x09\x1c\xd9\xa3\xd9\xa3_b__\xcf\x82"),
        "rindex",
        &[by(b"\xc3\xa9"), Value::Int(-3)],
        &[],
        "ValueError: subsection not found",
    );
    m(&mut failures, by(b""), "isspace", &[], &[], "False");
    m(
        &mut failures,
        by(b"\xcf\x831_\xce\xa3\x0a.1\xd9\xa3"),
        "ljust",
        &[Value::Int(14), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "rfind",
        &[by(b"\x0a")],
        &[],
        "-1",
    );
    m(&mut failures, by(b""), "capitalize", &[], &[], "b''");
    m(&mut failures, by(b""), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b"\x1c"),
        "ljust",
        &[Value::Int(0), by(b" ")],
        &[],
        "b'\\x1c'",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\xcf\x83\xd9\xa3 \x09\xcf\x82\x0b"),
        "ljust",
        &[Value::Int(10), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "rindex",
        &[by(b"")],
        &[],
        "6",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "capitalize",
        &[],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8\x0a-\x09"),
        "endswith",
        &[by(b"b"), Value::Int(-1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "title",
        &[],
        &[],
        "b' _B1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_'",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "capitalize",
        &[],
        &[],
        "b' \\r\\r\\na\\n'",
    );
    m(
        &mut failures,
        by(b"b\x1c\x0b\xc3\xa9b\x09.\xe3\x80\x80"),
        "split",
        &[Value::None, Value::Int(1)],
        &[],
        "[b'b\\x1c', b'\\xc3\\xa9b\\t.\\xe3\\x80\\x80']",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" "),
        "startswith",
        &[by(b"\xc3\xa9"), Value::Int(-1), Value::Int(100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"-"),
        "rsplit",
        &[by(b"ab"), Value::Int(2)],
        &[],
        "[b'-']",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "zfill",
        &[Value::Int(6)],
        &[],
        "b'001 \\t.'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "ljust",
        &[Value::Int(5), by(b"*")],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "rfind",
        &[by(b" ")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "startswith",
        &[by(b"\x0a"), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "partition",
        &[by(b" ")],
        &[],
        "(b'\\r1a\\n\\r\\n,', b'', b'')",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" "),
        "index",
        &[by(b",")],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\xcf\x831_\xce\xa3\x0a.1\xd9\xa3"),
        "rjust",
        &[Value::Int(14), by(b"\xc3\xa9")],
        &[],
        "TypeError: rjust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "index",
        &[by(b"ab"), Value::Int(5), Value::Int(-3)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b" "),
        "partition",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "(b' ', b'', b'')",
    );
    m(
        &mut failures,
        by(b","),
        "rindex",
        &[by(b"\xc3\xa9"), Value::Int(0)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\xcf\x831_\xce\xa3\x0a.1\xd9\xa3"),
        "split",
        &[by(b" "), Value::Int(5)],
        &[],
        "[b'\\xcf\\x831_\\xce\\xa3\\n.1\\xd9\\xa3']",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "rfind",
        &[by(b"ab"), Value::Int(-1), Value::Int(-1)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b",,\xe6\x97\xa5 \x0a\x09\xce\xa3"),
        "title",
        &[],
        &[],
        "b',,\\xe6\\x97\\xa5 \\n\\t\\xce\\xa3'",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "lstrip",
        &[],
        &[],
        "b'1a\\n\\r\\n,'",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "rfind",
        &[by(b" ")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[b'_\\xe3\\x80\\x80\\xe6\\x97\\xa5\\xcf\\x82\\xcf\\x83a\\xe3\\x80\\x80\\xcf\\x83\\r', b'1']",
    );
    m(
        &mut failures,
        by(b""),
        "ljust",
        &[Value::Int(9), by(b" ")],
        &[],
        "b'         '",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "center",
        &[Value::Int(5), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "rfind",
        &[by(b"")],
        &[],
        "6",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "zfill",
        &[Value::Int(9)],
        &[],
        "b'00\\n\\xcf\\x82\\xd9\\xa3b '",
    );
    m(
        &mut failures,
        by(b","),
        "index",
        &[by(b","), Value::Int(-100)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\x0d\xce\xa3\x0a,\xe2\x80\xa8b"),
        "rpartition",
        &[by(b"\x0a")],
        &[],
        "(b'\\r\\xce\\xa3', b'\\n', b',\\xe2\\x80\\xa8b')",
    );
    m(
        &mut failures,
        by(b","),
        "zfill",
        &[Value::Int(2)],
        &[],
        "b'0,'",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "rstrip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b'1 \\t.'",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "center",
        &[Value::Int(3), by(b" ")],
        &[],
        "b'\\x0ba\\xc3\\xa9'",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "swapcase",
        &[],
        &[],
        "b' -_\\xce\\xa3\\xce\\xa3\\xcf\\x831,_\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b"-"),
        "replace",
        &[by(b"a"), by(b""), Value::Int(0)],
        &[],
        "b'-'",
    );
    m(
        &mut failures,
        by(b"\xce\xa3\xc3\xa9-\xe2\x80\xa8\x0ab\xcf\x83\xe3\x80\x80_"),
        "title",
        &[],
        &[],
        "b'\\xce\\xa3\\xc3\\xa9-\\xe2\\x80\\xa8\\nB\\xcf\\x83\\xe3\\x80\\x80_'",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "rsplit",
        &[by(b","), Value::Int(1)],
        &[],
        "[b' \\r\\r\\na\\n']",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "rfind",
        &[by(b"\x0a"), Value::Int(-3), Value::Int(100)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9,\x0d.a\x0b.\xcf\x83\x0a-a"),
        "ljust",
        &[Value::Int(13), by(b" ")],
        &[],
        "b'\\xc3\\xa9,\\r.a\\x0b.\\xcf\\x83\\n-a'",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "find",
        &[by(b"")],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"\x0b"),
        "find",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b" -_\xce\xa3\xce\xa3\xcf\x831,_\xe3\x80\x80"),
        "startswith",
        &[by(b"")],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'', b'\\xcf\\x82\\xd9\\xa3b ']",
    );
    m(
        &mut failures,
        by(b"-"),
        "rpartition",
        &[by(b"ab")],
        &[],
        "(b'', b'', b'-')",
    );
    m(
        &mut failures,
        by(b""),
        "splitlines",
        &[Value::Bool(true)],
        &[],
        "[]",
    );
    m(
        &mut failures,
        by(b"\x0aaa\xd9\xa3\x09.\x0a\xe2\x80\xa8"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'', b'aa\\xd9\\xa3\\t.', b'\\xe2\\x80\\xa8']",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "strip",
        &[],
        &[],
        "b'b\\ta_\\n-\\t\\xcf\\x831'",
    );
    m(
        &mut failures,
        by(b","),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "b','",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "capitalize",
        &[],
        &[],
        "b'\\xe2\\x80\\xa8.\\n-\\n..a'",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "center",
        &[Value::Int(15), by(b" ")],
        &[],
        "b'      \\r\\r\\na\\n    '",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "capitalize",
        &[],
        &[],
        "b'_\\r\\xc3\\xa9\\xe6\\x97\\xa5a\\n\\xe2\\x80\\xa8'",
    );
    m(
        &mut failures,
        by(b"\x09-b\xce\xa3..-,\x09"),
        "replace",
        &[by(b"a"), by(b"XY"), Value::Int(3)],
        &[],
        "b'\\t-b\\xce\\xa3..-,\\t'",
    );
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "split",
        &[Value::None, Value::Int(1)],
        &[],
        "[b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c', b'\\x1c _']",
    );
    m(
        &mut failures,
        by(b"\x0d\xce\xa3\x0a,\xe2\x80\xa8b"),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "b'\\r\\xce\\xa3\\n,\\xe2\\x80\\xa8b'",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8\x0a-\x09"),
        "lstrip",
        &[by(b"a")],
        &[],
        "b'\\xe2\\x80\\xa8\\n-\\t'",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xcf\x83\xcf\x83 \x1c"),
        "rfind",
        &[by(b"ab"), Value::Int(-100), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, by(b""), "isspace", &[], &[], "False");
    m(
        &mut failures,
        by(b"\x09-b\xce\xa3..-,\x09"),
        "ljust",
        &[Value::Int(6), by(b"*")],
        &[],
        "b'\\t-b\\xce\\xa3..-,\\t'",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "endswith",
        &[by(b"a"), Value::None, Value::Int(1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b" "),
        "split",
        &[by(b"\x0a"), Value::Int(0)],
        &[],
        "[b' ']",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "capitalize",
        &[],
        &[],
        "b' _b1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_'",
    );
    m(
        &mut failures,
        by(b"\x09-b\xce\xa3..-,\x09"),
        "lstrip",
        &[Value::None],
        &[],
        "b'-b\\xce\\xa3..-,\\t'",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8.\x0a-\x0a..a"),
        "partition",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "(b'\\xe2\\x80\\xa8.\\n-\\n..a', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9,\x0d.a\x0b.\xcf\x83\x0a-a"),
        "split",
        &[by(b","), Value::Int(5)],
        &[],
        "[b'\\xc3\\xa9', b'\\r.a\\x0b.\\xcf\\x83\\n-a']",
    );
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "center",
        &[Value::Int(14), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "rpartition",
        &[by(b"ab")],
        &[],
        "(b'', b'', b'\\t\\xcf\\x83_b.\\x0bb ')",
    );
    m(
        &mut failures,
        by(b","),
        "strip",
        &[Value::None],
        &[],
        "b','",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "splitlines",
        &[Value::Bool(false)],
        &[],
        "[b'\\x1c\\x1c']",
    );
    m(
        &mut failures,
        by(b","),
        "startswith",
        &[by(b"b")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "index",
        &[by(b"a"), Value::Int(1), Value::Int(-3)],
        &[],
        "ValueError: subsection not found",
    );
    m(&mut failures, by(b"-"), "swapcase", &[], &[], "b'-'");
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "find",
        &[by(b"")],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "expandtabs",
        &[Value::Int(-1)],
        &[],
        "b',\\xc3\\xa9\\x0b1'",
    );
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "count",
        &[by(b"xyz")],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b",,\xe6\x97\xa5 \x0a\x09\xce\xa3"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "endswith",
        &[by(b","), Value::Int(0), Value::Int(5)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "split",
        &[by(b" "), Value::Int(0)],
        &[],
        "[b'b-\\n']",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8\x0a-\x09"),
        "rfind",
        &[by(b""), Value::Int(0), Value::Int(-1)],
        &[],
        "5",
    );
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "index",
        &[by(b"b")],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "endswith",
        &[by(b"ab"), Value::Int(-3)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "rsplit",
        &[Value::None, Value::Int(1)],
        &[],
        "[b'_\\r\\xc3\\xa9\\xe6\\x97\\xa5a', b'\\xe2\\x80\\xa8']",
    );
    m(&mut failures, by(b" "), "strip", &[], &[], "b''");
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xcf\x83\xcf\x83 \x1c"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xc3\xa9\x0a\xe2\x80\xa8-\xc3\xa9\xe2\x80\xa8\xcf\x83\xcf\x82"),
        "lstrip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b'\\n\\xe2\\x80\\xa8-\\xc3\\xa9\\xe2\\x80\\xa8\\xcf\\x83\\xcf\\x82'",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "center",
        &[Value::Int(7), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "find",
        &[by(b"\xe6\x97\xa5")],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "ljust",
        &[Value::Int(1), by(b"*")],
        &[],
        "b'_\\r\\xc3\\xa9\\xe6\\x97\\xa5a\\n\\xe2\\x80\\xa8'",
    );
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "swapcase",
        &[],
        &[],
        "b'B\\x0b \\x0b\\xe3\\x80\\x80\\r'",
    );
    m(
        &mut failures,
        by(b""),
        "rjust",
        &[Value::Int(4), by(b"\xc3\xa9")],
        &[],
        "TypeError: rjust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\xce\xa3\xc3\xa9-\xe2\x80\xa8\x0ab\xcf\x83\xe3\x80\x80_"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b""),
        "zfill",
        &[Value::Int(7)],
        &[],
        "b'0000000'",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "rpartition",
        &[by(b"a")],
        &[],
        "(b'', b'', b' _b1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_')",
    );
    m(
        &mut failures,
        by(b""),
        "endswith",
        &[by(b"ab")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "rstrip",
        &[by(b" a")],
        &[],
        "b'\\n\\xcf\\x82\\xd9\\xa3b'",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "center",
        &[Value::Int(3), by(b"*")],
        &[],
        "b'b-\\n'",
    );
    m(
        &mut failures,
        by(b",,\xe6\x97\xa5 \x0a\x09\xce\xa3"),
        "rstrip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b',,\\xe6\\x97\\xa5 \\n\\t\\xce\\xa3'",
    );
    m(
        &mut failures,
        by(b" "),
        "zfill",
        &[Value::Int(3)],
        &[],
        "b'00 '",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "swapcase",
        &[],
        &[],
        "b'1 \\t.'",
    );
    m(
        &mut failures,
        by(b"\x0d\xce\xa3\x0a,\xe2\x80\xa8b"),
        "center",
        &[Value::Int(3), by(b" ")],
        &[],
        "b'\\r\\xce\\xa3\\n,\\xe2\\x80\\xa8b'",
    );
    m(&mut failures, by(b"--."), "istitle", &[], &[], "False");
    m(
        &mut failures,
        by(b""),
        "center",
        &[Value::Int(15), by(b" ")],
        &[],
        "b'               '",
    );
    m(
        &mut failures,
        by(b"--."),
        "lstrip",
        &[by(b"a")],
        &[],
        "b'--.'",
    );
    m(
        &mut failures,
        by(b"b-\x0a"),
        "partition",
        &[by(b"\xce\xa3")],
        &[],
        "(b'b-\\n', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "capitalize",
        &[],
        &[],
        "b'\\r1a\\n\\r\\n,'",
    );
    m(
        &mut failures,
        by(b""),
        "rpartition",
        &[by(b"xyz")],
        &[],
        "(b'', b'', b'')",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "rstrip",
        &[Value::None],
        &[],
        "b'\\t\\xcf\\x83_b.\\x0bb'",
    );
    m(
        &mut failures,
        by(b","),
        "rsplit",
        &[by(b","), Value::Int(5)],
        &[],
        "[b'', b'']",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "startswith",
        &[by(b"\xe6\x97\xa5"), Value::Int(2), Value::Int(100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5-\x0d\x09__\xd9\xa3\x0b\xcf\x83"),
        "rjust",
        &[Value::Int(-1), by(b"*")],
        &[],
        "b'\\xe6\\x97\\xa5-\\r\\t__\\xd9\\xa3\\x0b\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b",,\xe6\x97\xa5 \x0a\x09\xce\xa3"),
        "lstrip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b',,\\xe6\\x97\\xa5 \\n\\t\\xce\\xa3'",
    );
    m(
        &mut failures,
        by(b"\x0ba\xc3\xa9"),
        "replace",
        &[by(b"\x0a"), by(b"XY"), Value::Int(1)],
        &[],
        "b'\\x0ba\\xc3\\xa9'",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "replace",
        &[by(b"\xce\xa3"), by(b"XY"), Value::Int(1)],
        &[],
        "b' _b1\\x0b,-\\xe2\\x80\\xa8XY\\xe3\\x80\\x80_'",
    );
    m(
        &mut failures,
        by(b",,\xe6\x97\xa5 \x0a\x09\xce\xa3"),
        "split",
        &[by(b" "), Value::Int(1)],
        &[],
        "[b',,\\xe6\\x97\\xa5', b'\\n\\t\\xce\\xa3']",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "expandtabs",
        &[Value::Int(2)],
        &[],
        "b'b\\xe3\\x80\\x80-\\xcf\\x82\\xcf\\x82\\xcf\\x82\\xcf\\x82 ,\\xd9\\xa3'",
    );
    m(
        &mut failures,
        by(b"b\x09a_\x0a-\x09\xcf\x831"),
        "endswith",
        &[by(b"ab"), Value::Int(1)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x1c"),
        "rindex",
        &[by(b" "), Value::Int(-3), Value::Int(-100)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"\xcf\x82, \x0d\xe3\x80\x80\xcf\x82"),
        "startswith",
        &[by(b" "), Value::Int(2)],
        &[],
        "False",
    );
    m(&mut failures, by(b" "), "capitalize", &[], &[], "b' '");
    m(
        &mut failures,
        by(b"b-\x0a"),
        "startswith",
        &[by(b"\x0a")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b".,\xce\xa3\xe3\x80\x80"),
        "partition",
        &[by(b" ")],
        &[],
        "(b'.,\\xce\\xa3\\xe3\\x80\\x80', b'', b'')",
    );
    m(&mut failures, by(b"-"), "isspace", &[], &[], "False");
    m(&mut failures, by(b","), "capitalize", &[], &[], "b','");
    m(
        &mut failures,
        by(b","),
        "rpartition",
        &[by(b"\xc3\xa9")],
        &[],
        "(b'', b'', b',')",
    );
    m(
        &mut failures,
        by(b".,\xce\xa3\xe3\x80\x80"),
        "index",
        &[by(b"\x0a")],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b", b\xe6\x97\xa5"),
        "endswith",
        &[by(b"\xe6\x97\xa5"), Value::None],
        &[],
        "True",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "partition",
        &[by(b"\xce\xa3")],
        &[],
        "(b'\\n\\xcf\\x82\\xd9\\xa3b ', b'', b'')",
    );
    m(
        &mut failures,
        by(b",\xc3\xa9\x0b1"),
        "split",
        &[by(b"ab"), Value::Int(1)],
        &[],
        "[b',\\xc3\\xa9\\x0b1']",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "find",
        &[by(b"b"), Value::Int(5)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\x0a\xcf\x82\xd9\xa3b "),
        "capitalize",
        &[],
        &[],
        "b'\\n\\xcf\\x82\\xd9\\xa3b '",
    );
    m(
        &mut failures,
        by(b"_\x0d\xc3\xa9\xe6\x97\xa5a\x0a\xe2\x80\xa8"),
        "swapcase",
        &[],
        &[],
        "b'_\\r\\xc3\\xa9\\xe6\\x97\\xa5A\\n\\xe2\\x80\\xa8'",
    );
    m(
        &mut failures,
        by(b","),
        "zfill",
        &[Value::Int(11)],
        &[],
        "b'0000000000,'",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5.\x1c"),
        "split",
        &[by(b"\x0a"), Value::Int(5)],
        &[],
        "[b'\\xe6\\x97\\xa5.\\x1c']",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5.\x1c"),
        "split",
        &[by(b"\x0a"), Value::Int(0)],
        &[],
        "[b'\\xe6\\x97\\xa5.\\x1c']",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "index",
        &[by(b"\xce\xa3"), Value::Int(-3)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b" "),
        "expandtabs",
        &[Value::Int(0)],
        &[],
        "b' '",
    );
    m(
        &mut failures,
        by(b"\x0d1a\x0a\x0d\x0a,"),
        "rpartition",
        &[by(b"ab")],
        &[],
        "(b'', b'', b'\\r1a\\n\\r\\n,')",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "partition",
        &[by(b"xyz")],
        &[],
        "(b' \\r\\r\\na\\n', b'', b'')",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "rsplit",
        &[by(b","), Value::Int(2)],
        &[],
        "[b' _b1\\x0b', b'-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_']",
    );
    m(
        &mut failures,
        by(b"b\xe3\x80\x80-\xcf\x82\xcf\x82\xcf\x82\xcf\x82\x09,\xd9\xa3"),
        "find",
        &[by(b"a "), Value::Int(-100)],
        &[],
        "-1",
    );
    m(&mut failures, by(b""), "title", &[], &[], "b''");
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "expandtabs",
        &[Value::Int(4)],
        &[],
        "b'\\xcf\\x83\\xe6\\x97\\xa5\\x1c\\r\\x1c _'",
    );
    m(
        &mut failures,
        by(b"\x0d\xe2\x80\xa8\xd9\xa3\xce\xa3 \xcf\x82\xe3\x80\x80"),
        "find",
        &[by(b"\xe6\x97\xa5"), Value::Int(0)],
        &[],
        "-1",
    );
    m(
        &mut failures,
        by(b"\xe2\x80\xa8 \x1c -\xe2\x80\xa8"),
        "rsplit",
        &[by(b"ab"), Value::Int(0)],
        &[],
        "[b'\\xe2\\x80\\xa8 \\x1c -\\xe2\\x80\\xa8']",
    );
    m(
        &mut failures,
        by(b" _b1\x0b,-\xe2\x80\xa8\xce\xa3\xe3\x80\x80_"),
        "swapcase",
        &[],
        &[],
        "b' _B1\\x0b,-\\xe2\\x80\\xa8\\xce\\xa3\\xe3\\x80\\x80_'",
    );
    m(
        &mut failures,
        by(b" \x0d\x0d\x0aa\x0a"),
        "endswith",
        &[by(b","), Value::Int(0)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5.\x1c"),
        "zfill",
        &[Value::Int(12)],
        &[],
        "b'0000000\\xe6\\x97\\xa5.\\x1c'",
    );
    m(
        &mut failures,
        by(b"\x0b"),
        "endswith",
        &[by(b"xyz"), Value::Int(-100)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x09\xcf\x83_b.\x0bb "),
        "expandtabs",
        &[Value::Int(4)],
        &[],
        "b'    \\xcf\\x83_b.\\x0bb '",
    );
    m(&mut failures, by(b""), "lstrip", &[by(b" a")], &[], "b''");
    m(
        &mut failures,
        by(b"\x0b\xce\xa3\x0b,11a"),
        "replace",
        &[by(b" "), by(b"XY"), Value::Int(0)],
        &[],
        "b'\\x0b\\xce\\xa3\\x0b,11a'",
    );
    m(
        &mut failures,
        by(b"\x1c\x1c"),
        "ljust",
        &[Value::Int(1), by(b"\xc3\xa9")],
        &[],
        "TypeError: ljust() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\xe6\x97\xa5\xd9\xa3 \xc3\xa9.\xcf\x83\x0d\xcf\x83"),
        "rstrip",
        &[],
        &[],
        "b'\\xe6\\x97\\xa5\\xd9\\xa3 \\xc3\\xa9.\\xcf\\x83\\r\\xcf\\x83'",
    );
    m(
        &mut failures,
        by(b" "),
        "rsplit",
        &[by(b","), Value::Int(2)],
        &[],
        "[b' ']",
    );
    m(
        &mut failures,
        by(b""),
        "find",
        &[by(b"a"), Value::Int(5)],
        &[],
        "-1",
    );
    m(&mut failures, by(b"--."), "swapcase", &[], &[], "b'--.'");
    m(
        &mut failures,
        by(b""),
        "rstrip",
        &[by(b"\xc3\xa9\xe6\x97\xa5")],
        &[],
        "b''",
    );
    m(
        &mut failures,
        by(b" "),
        "index",
        &[by(b" "), Value::Int(5)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b""),
        "split",
        &[by(b","), Value::Int(2)],
        &[],
        "[b'']",
    );
    m(
        &mut failures,
        by(b"1 \x09."),
        "startswith",
        &[by(b"b")],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "isspace",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"--."),
        "endswith",
        &[by(b"\xce\xa3"), Value::Int(-100), Value::Int(2)],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\x0aaa\xd9\xa3\x09.\x0a\xe2\x80\xa8"),
        "rindex",
        &[by(b"\xc3\xa9"), Value::Int(5), Value::Int(100)],
        &[],
        "ValueError: subsection not found",
    );
    m(
        &mut failures,
        by(b"_\xe3\x80\x80\xe6\x97\xa5\xcf\x82\xcf\x83a\xe3\x80\x80\xcf\x83\x0d1"),
        "istitle",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"\xcf\x82\x0a\xd9\xa3\xc3\xa9\xcf\x831\xcf\x83,\x09"),
        "expandtabs",
        &[Value::Int(1)],
        &[],
        "b'\\xcf\\x82\\n\\xd9\\xa3\\xc3\\xa9\\xcf\\x831\\xcf\\x83, '",
    );
    m(
        &mut failures,
        by(b"\x0d\xe2\x80\xa8\xd9\xa3\xce\xa3 \xcf\x82\xe3\x80\x80"),
        "isalnum",
        &[],
        &[],
        "False",
    );
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "rstrip",
        &[Value::None],
        &[],
        "b'b\\x0b \\x0b\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b", b\xe6\x97\xa5"),
        "swapcase",
        &[],
        &[],
        "b', B\\xe6\\x97\\xa5'",
    );
    m(
        &mut failures,
        by(b"\x0a \x0d"),
        "title",
        &[],
        &[],
        "b'\\n \\r'",
    );
    m(
        &mut failures,
        by(b" "),
        "rpartition",
        &[by(b"xyz")],
        &[],
        "(b'', b'', b' ')",
    );
    m(
        &mut failures,
        by(b"\xcf\x83\xe6\x97\xa5\x1c\x0d\x1c _"),
        "center",
        &[Value::Int(-2), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"\xe3\x80\x80\xd9\xa3\x0a11,\xcf\x83\x0a-"),
        "rsplit",
        &[by(b"a"), Value::Int(0)],
        &[],
        "[b'\\xe3\\x80\\x80\\xd9\\xa3\\n11,\\xcf\\x83\\n-']",
    );
    m(
        &mut failures,
        by(b"\xd9\xa3\x1c1\x0b\x1c"),
        "strip",
        &[by(b"a")],
        &[],
        "b'\\xd9\\xa3\\x1c1\\x0b\\x1c'",
    );
    m(
        &mut failures,
        by(b"b\x0b \x0b\xe3\x80\x80\x0d"),
        "center",
        &[Value::Int(11), by(b"\xc3\xa9")],
        &[],
        "TypeError: center() argument 2 must be a byte string of length 1, not bytes",
    );
    m(
        &mut failures,
        by(b"--."),
        "count",
        &[by(b"\x0a"), Value::Int(1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        by(b"b\x1c\x0b\xc3\xa9b\x09.\xe3\x80\x80"),
        "strip",
        &[by(b" a")],
        &[],
        "b'b\\x1c\\x0b\\xc3\\xa9b\\t.\\xe3\\x80\\x80'",
    );
    m(
        &mut failures,
        by(b""),
        "count",
        &[by(b"a "), Value::Int(1)],
        &[],
        "0",
    );
    m(
        &mut failures,
        s(" - {:<5}"),
        "format",
        &[s("\u{e9}\u{65e5}"), s("ab'c"), Value::Bool(true)],
        &[("a", big("36893488147419103232")), ("b", fl(1e-07))],
        "' - \u{e9}\u{65e5}   '",
    );
    m(
        &mut failures,
        s("x{1!a:{}} - {b[1]!a}}}{0:e}"),
        "format",
        &[],
        &[("a", s(""))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{b!a}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[("a", Value::Int(7)), ("b", Value::Int(0))],
        "'{0'",
    );
    m(
        &mut failures,
        s("}}{a.real!a:.2}}}{!s:>8}}}{!r}"),
        "format",
        &[
            l(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(0),
            Value::Int(-12345),
        ],
        &[("a", Value::Int(7)), ("b", Value::Int(7))],
        "'}7}  [1, 2]}0'",
    );
    m(
        &mut failures,
        s("x{!r:08.3f}{{{}"),
        "format",
        &[Value::Int(-12345), s("ab'c")],
        &[],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s(" - {0!r:%}"),
        "format",
        &[s("\u{e9}\u{65e5}"), Value::Int(7)],
        &[],
        "ValueError: Unknown format code '%' for object of type 'str'",
    );
    m(
        &mut failures,
        s("\u{e9}{1:,}{{{0!a:,}"),
        "format",
        &[
            Value::None,
            Value::Int(7),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "ValueError: Cannot specify ',' with 's'.",
    );
    m(
        &mut failures,
        s("{{{}{{{:+}\u{e9}{!s}"),
        "format",
        &[
            fl(-0.0),
            l(vec![Value::Int(1), Value::Int(2)]),
            big("36893488147419103232"),
        ],
        &[("a", s("ab'c"))],
        "TypeError: unsupported format string passed to list.__format__",
    );
    m(
        &mut failures,
        s("x{!a:_}\u{e9}{!a:e}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{2!a}"),
        "format",
        &[
            l(vec![Value::Int(1), Value::Int(2)]),
            big("36893488147419103232"),
            fl(1.5),
        ],
        &[("b", s("\u{e9}\u{65e5}")), ("a", s("\u{e9}\u{65e5}"))],
        "'1.5'",
    );
    m(
        &mut failures,
        s(" - {1}{a!r:.2}{1:x}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)])],
        &[("b", fl(1e-07))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{1:%}}}{2!r} - {0!s:x}"),
        "format",
        &[],
        &[("a", s(""))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{0!r:*^7}{0[0]!s:.2}"),
        "format",
        &[Value::Int(0), Value::Bool(true), Value::None],
        &[("a", Value::None)],
        "TypeError: 'int' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{!a:08.3f}x{!a}"),
        "format",
        &[],
        &[("a", Value::Int(-12345)), ("b", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{} - {!s:>8}\u{e9}{:^9}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{:<5}x{}{{{!s:.2}"),
        "format",
        &[Value::Int(0)],
        &[("b", fl(1.5))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{b!s}\u{e9}{:_}"),
        "format",
        &[Value::Bool(true)],
        &[("a", Value::Bool(true)), ("b", fl(1e-07))],
        "'1e-07\u{e9}1'",
    );
    m(
        &mut failures,
        s("x{!r}\u{e9}{!s:}{}"),
        "format",
        &[Value::Int(0), l(vec![Value::Int(1), Value::Int(2)])],
        &[("a", s(""))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{a.real!r:,}"),
        "format",
        &[fl(123456.789)],
        &[("a", s("\u{e9}\u{65e5}")), ("b", Value::Int(-12345))],
        "AttributeError: 'str' object has no attribute 'real'",
    );
    m(
        &mut failures,
        s("}}{:08.3f}x{b}\u{e9}{!s}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{!r:<5}"),
        "format",
        &[Value::None, s("")],
        &[("b", big("36893488147419103232"))],
        "'\u{e9}None '",
    );
    m(
        &mut failures,
        s("{!r:08.3f}\u{e9}{}{:e}"),
        "format",
        &[fl(1e-07), Value::Int(-12345)],
        &[("b", big("36893488147419103232")), ("a", fl(123456.789))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{{{!s:%}{!}"),
        "format",
        &[
            big("36893488147419103232"),
            s("\u{e9}\u{65e5}"),
            Value::Int(-12345),
        ],
        &[],
        "ValueError: Unknown format code '%' for object of type 'str'",
    );
    m(
        &mut failures,
        s("x{!s:<5}"),
        "format",
        &[Value::Int(7), s("ab'c"), fl(1e-07)],
        &[],
        "'x7    '",
    );
    m(
        &mut failures,
        s("{{{1!r}{{{1:,}{0!s:.2}"),
        "format",
        &[big("36893488147419103232")],
        &[("b", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{a.real}\u{e9}{:,} - {}"),
        "format",
        &[Value::Int(7)],
        &[("b", Value::Bool(true)), ("a", fl(123456.789))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{:*^7}x{!a}{0[0]:^9}{0!x}"),
        "format",
        &[Value::Int(-12345), t(vec![Value::Int(1), s("x")])],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("{{{0:+}}}{0[0]!s:+}\u{e9}{b[1]:%}"),
        "format",
        &[s(""), fl(123456.789)],
        &[],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s("{{{1}x{0}{{{2:*^7}"),
        "format",
        &[Value::Bool(true), Value::None],
        &[("b", Value::Int(0)), ("a", fl(1e-07))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{b}{0[0]!a:08.3f}"),
        "format",
        &[],
        &[("a", t(vec![Value::Int(1), s("x")]))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("{{{!r} - {:>8}"),
        "format",
        &[t(vec![Value::Int(1), s("x")])],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {2!r} - {0!s:}{{{a:.2}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[("a", Value::Bool(true))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{1!a:+}"),
        "format",
        &[fl(1e-07), fl(1e-07), t(vec![Value::Int(1), s("x")])],
        &[("b", s("")), ("a", s("ab'c"))],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s("{{{0:_}{1!s:^9}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)]), fl(1.5)],
        &[("a", Value::Int(-12345))],
        "TypeError: unsupported format string passed to list.__format__",
    );
    m(
        &mut failures,
        s("{{{2:_}"),
        "format",
        &[s("\u{e9}\u{65e5}"), s("\u{e9}\u{65e5}"), Value::Int(-12345)],
        &[("b", fl(1e-07))],
        "'{-12_345'",
    );
    m(
        &mut failures,
        s("{{{0:<5}"),
        "format",
        &[big("36893488147419103232"), Value::None],
        &[("a", fl(123456.789)), ("b", Value::None)],
        "'{36893488147419103232'",
    );
    m(
        &mut failures,
        s(" - {0}{b!a}}"),
        "format",
        &[fl(123456.789), s("ab'c"), Value::Bool(true)],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s(" - {!a:*^7}"),
        "format",
        &[fl(1.5), t(vec![Value::Int(1), s("x")]), s("")],
        &[],
        "' - **1.5**'",
    );
    m(
        &mut failures,
        s("{a!a:%}}}{0}{1:08.3f}"),
        "format",
        &[Value::Int(-12345), s("\u{e9}\u{65e5}")],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("}}{}{}\u{e9}{!a}"),
        "format",
        &[fl(1.5)],
        &[("b", fl(1e-07))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{:{}}"),
        "format",
        &[s("ab'c"), fl(-0.0), Value::Bool(true)],
        &[("a", s("")), ("b", Value::Int(-12345))],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s(" - {1!s:{}}"),
        "format",
        &[],
        &[("b", Value::None), ("a", fl(1e-07))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{b!a}}}{0!a:,}"),
        "format",
        &[Value::Int(0)],
        &[("a", s("ab'c")), ("b", fl(123456.789))],
        "ValueError: Cannot specify ',' with 's'.",
    );
    m(
        &mut failures,
        s("{{{!s:+}\u{e9}{!a:_}x{:e}"),
        "format",
        &[fl(123456.789)],
        &[("b", Value::Int(-12345))],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s("}}{:{}}}}{a.real:{1}}{0!x}{{{!a:^9}"),
        "format",
        &[
            s("\u{e9}\u{65e5}"),
            l(vec![Value::Int(1), Value::Int(2)]),
            Value::None,
        ],
        &[],
        "ValueError: Invalid format specifier '[1, 2]' for object of type 'str'",
    );
    m(
        &mut failures,
        s("\u{e9}{}{{{}{!s}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{}{{{a.real:>8}"),
        "format",
        &[Value::None],
        &[("b", Value::None)],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{0!r:.2}}}{2!r:<5}"),
        "format",
        &[],
        &[("b", Value::Bool(true))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{0:_}\u{e9}{1!s} - {a.real}"),
        "format",
        &[],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{b!s:%}"),
        "format",
        &[],
        &[("b", big("36893488147419103232"))],
        "ValueError: Unknown format code '%' for object of type 'str'",
    );
    m(
        &mut failures,
        s("\u{e9}{}\u{e9}{a:e}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {}{{{}"),
        "format",
        &[Value::Int(0)],
        &[("a", fl(123456.789)), ("b", fl(1e-07))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{!r}}}{:,}{{{!a:x}"),
        "format",
        &[Value::Int(7)],
        &[("a", Value::Int(0)), ("b", big("36893488147419103232"))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{b:^9}{0[0]}"),
        "format",
        &[s(""), Value::Int(0), fl(1e-07)],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("}}{:.2}{{{!a:08.3f}{:{:{}}}{{{}"),
        "format",
        &[
            Value::Bool(true),
            big("36893488147419103232"),
            Value::Int(7),
        ],
        &[],
        "ValueError: Precision not allowed in integer format specifier",
    );
    m(
        &mut failures,
        s("x{}"),
        "format",
        &[Value::Int(7), Value::None],
        &[],
        "'x7'",
    );
    m(
        &mut failures,
        s(" - {b[1]!r}{{{:*^7}\u{e9}{!s:{1}}"),
        "format",
        &[],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("{} - {!a:}x{!s:08.3f}"),
        "format",
        &[fl(-0.0), Value::Int(-12345)],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{2:,}{{{1!s:{1}}"),
        "format",
        &[fl(123456.789)],
        &[("b", fl(123456.789))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{2:_}{!}"),
        "format",
        &[],
        &[("a", s(""))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{0!s} - {1}{2}"),
        "format",
        &[Value::None, s(""), l(vec![Value::Int(1), Value::Int(2)])],
        &[("b", s("")), ("a", Value::Int(7))],
        "'None - [1, 2]'",
    );
    m(
        &mut failures,
        s(" - {:}{!a:.2}x{!s:>8}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), s("ab'c"), fl(123456.789)],
        &[("a", Value::Int(-12345))],
        "' - (1, \\'x\\')\"ax123456.789'",
    );
    m(
        &mut failures,
        s("{!s:*^7}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)]), fl(1.5), Value::None],
        &[],
        "'[1, 2]*'",
    );
    m(
        &mut failures,
        s("{{{:>{2}}"),
        "format",
        &[],
        &[("a", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {:x}"),
        "format",
        &[
            Value::Int(-12345),
            Value::Bool(true),
            big("36893488147419103232"),
        ],
        &[],
        "' - -3039'",
    );
    m(
        &mut failures,
        s("{{{!a:<5}{!s}{0!x}"),
        "format",
        &[],
        &[("a", fl(123456.789)), ("b", s(""))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{0:%}\u{e9}{0!a}"),
        "format",
        &[Value::Bool(true), Value::Int(7)],
        &[("b", Value::None), ("a", big("36893488147419103232"))],
        "'}100.000000%\u{e9}True'",
    );
    m(
        &mut failures,
        s("\u{e9}{0[0]!s:_}x{!r:%}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)])],
        &[],
        "ValueError: Cannot specify '_' with 's'.",
    );
    m(
        &mut failures,
        s(" - {0[0]!s}\u{e9}{b}}}{}"),
        "format",
        &[Value::Int(0), big("36893488147419103232"), s("")],
        &[],
        "TypeError: 'int' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{!r:{1}}"),
        "format",
        &[
            Value::Bool(true),
            s(""),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[("a", Value::None), ("b", s("\u{e9}\u{65e5}"))],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("x{!a:*^7}{!}"),
        "format",
        &[fl(123456.789), Value::None],
        &[],
        "ValueError: unmatched '{' in format spec",
    );
    m(
        &mut failures,
        s("{{{a.real!a}\u{e9}{!a}{:}"),
        "format",
        &[
            Value::None,
            t(vec![Value::Int(1), s("x")]),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{!a:*^7}{!r:.2}x{}"),
        "format",
        &[],
        &[("b", fl(1.5)), ("a", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{}{!s:s}"),
        "format",
        &[Value::Bool(true), Value::Int(-12345), fl(-0.0)],
        &[("b", t(vec![Value::Int(1), s("x")])), ("a", s("ab'c"))],
        "'xTrue-12345'",
    );
    m(
        &mut failures,
        s("x{}"),
        "format",
        &[
            s("\u{e9}\u{65e5}"),
            big("36893488147419103232"),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[
            ("b", Value::Int(-12345)),
            ("a", big("36893488147419103232")),
        ],
        "'x\u{e9}\u{65e5}'",
    );
    m(
        &mut failures,
        s("{{{!r}{:{:{}}}{}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{2:s}"),
        "format",
        &[Value::Int(0)],
        &[("a", fl(-0.0)), ("b", Value::Int(0))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{2!s:s} - {1}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {2!a:,}"),
        "format",
        &[],
        &[
            ("a", fl(123456.789)),
            ("b", l(vec![Value::Int(1), Value::Int(2)])),
        ],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{1:_}"),
        "format",
        &[Value::Bool(true)],
        &[("a", fl(-0.0))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {!a}{{{:_}{}"),
        "format",
        &[Value::None],
        &[("a", fl(1e-07))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{:{1}}"),
        "format",
        &[Value::Int(0)],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s(" - {:_}{{{!r:^9}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "ValueError: Cannot specify '_' with 's'.",
    );
    m(
        &mut failures,
        s("x{2!s:e}"),
        "format",
        &[t(vec![Value::Int(1), s("x")])],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{b[1]}\u{e9}{:<5}"),
        "format",
        &[],
        &[("a", fl(123456.789))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("{{{0!r:<5}"),
        "format",
        &[fl(123456.789), fl(1e-07), fl(-0.0)],
        &[("b", big("36893488147419103232"))],
        "'{123456.789'",
    );
    m(
        &mut failures,
        s("{0:.2}}}{2:.2}{"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {!r:*^7}{}"),
        "format",
        &[
            Value::Int(0),
            l(vec![Value::Int(1), Value::Int(2)]),
            fl(1.5),
        ],
        &[],
        "' - ***0***[1, 2]'",
    );
    m(
        &mut failures,
        s("}}{b[1]:,}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), s("")],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("{0!a:} - {2!r:>8}x{a.real!r:e}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{:^9} - {!s:>8}{{{:*^7}"),
        "format",
        &[Value::Bool(true), fl(1.5), big("36893488147419103232")],
        &[("a", fl(123456.789)), ("b", Value::Bool(true))],
        "'\u{e9}    1     -      1.5{36893488147419103232'",
    );
    m(
        &mut failures,
        s("x{2}{:{:{}}}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[("b", fl(1e-07))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{!r:^9}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), Value::Int(0), Value::Int(7)],
        &[("a", Value::Bool(true))],
        "\"{(1, 'x') \"",
    );
    m(
        &mut failures,
        s(" - {1!r}"),
        "format",
        &[Value::Int(0), s("\u{e9}\u{65e5}"), Value::None],
        &[
            ("b", Value::Bool(true)),
            ("a", t(vec![Value::Int(1), s("x")])),
        ],
        "\" - '\u{e9}\u{65e5}'\"",
    );
    m(
        &mut failures,
        s("x{0[0]:08.3f}x{}}}{b!r:s}"),
        "format",
        &[
            Value::None,
            t(vec![Value::Int(1), s("x")]),
            big("36893488147419103232"),
        ],
        &[("a", Value::None), ("b", Value::Int(0))],
        "TypeError: 'NoneType' object is not subscriptable",
    );
    m(
        &mut failures,
        s("\u{e9}{2:,}\u{e9}{0!a}"),
        "format",
        &[Value::Bool(true)],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {:{}}"),
        "format",
        &[],
        &[("a", s(""))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{b:{}}x{!r}"),
        "format",
        &[Value::Int(7), fl(1.5), t(vec![Value::Int(1), s("x")])],
        &[("a", Value::Int(7)), ("b", Value::Int(7))],
        "'      7x1.5'",
    );
    m(
        &mut failures,
        s("x{1!s}{b[1]:>8} - {2!r}"),
        "format",
        &[fl(1.5)],
        &[("b", Value::Int(0)), ("a", Value::None)],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{!s}\u{e9}{!a}"),
        "format",
        &[Value::Int(0), fl(1.5), t(vec![Value::Int(1), s("x")])],
        &[("a", Value::None)],
        "'}0\u{e9}1.5'",
    );
    m(
        &mut failures,
        s("{{{:.2}"),
        "format",
        &[
            fl(1e-07),
            Value::Int(-12345),
            t(vec![Value::Int(1), s("x")]),
        ],
        &[],
        "'{1e-07'",
    );
    m(
        &mut failures,
        s("{!a}x{:+}"),
        "format",
        &[Value::Int(0)],
        &[("b", fl(1e-07)), ("a", Value::Int(7))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{0[0]}"),
        "format",
        &[fl(123456.789), Value::Int(7)],
        &[("b", big("36893488147419103232"))],
        "TypeError: 'float' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{!a:e}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {!a}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{}{{{!a:_}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {a!a:s}{"),
        "format",
        &[Value::None, fl(1e-07)],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{!r:{1}}\u{e9}{:}"),
        "format",
        &[Value::Int(-12345)],
        &[("b", s("\u{e9}\u{65e5}")), ("a", s("ab'c"))],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("\u{e9}{0:08.3f}}}{2:e}x{2!a:.2}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{!a:^9}}}{!r:x}{{{!r:_}"),
        "format",
        &[fl(1.5)],
        &[("b", fl(123456.789)), ("a", fl(1.5))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{!r:,} - {}"),
        "format",
        &[
            t(vec![Value::Int(1), s("x")]),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[
            ("b", big("36893488147419103232")),
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
        ],
        "ValueError: Cannot specify ',' with 's'.",
    );
    m(
        &mut failures,
        s("}}{!s:*^7}{!s:^9}}}{!r}"),
        "format",
        &[s("\u{e9}\u{65e5}"), s(""), s("ab'c")],
        &[("a", s(""))],
        "'}**\u{e9}\u{65e5}***         }\"ab\\'c\"'",
    );
    m(
        &mut failures,
        s(" - {:_}"),
        "format",
        &[Value::Int(0)],
        &[("a", fl(1e-07)), ("b", big("36893488147419103232"))],
        "' - 0'",
    );
    m(
        &mut failures,
        s("{{{1!s:^9}}}{1:,}"),
        "format",
        &[big("36893488147419103232"), Value::Int(0)],
        &[("a", s("\u{e9}\u{65e5}"))],
        "'{    0    }0'",
    );
    m(
        &mut failures,
        s("x{!r}{:<5}"),
        "format",
        &[fl(123456.789)],
        &[
            ("b", Value::Bool(true)),
            ("a", t(vec![Value::Int(1), s("x")])),
        ],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{1!r:*^7} - {2:,}}}{2:>{2}}"),
        "format",
        &[Value::Int(0), fl(1.5)],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{:^9}"),
        "format",
        &[fl(1e-07), Value::Bool(true), t(vec![Value::Int(1), s("x")])],
        &[
            ("b", s("\u{e9}\u{65e5}")),
            ("a", big("36893488147419103232")),
        ],
        "'\u{e9}  1e-07  '",
    );
    m(
        &mut failures,
        s("x{b[1]:.2}"),
        "format",
        &[Value::Int(0), fl(123456.789)],
        &[("b", fl(123456.789)), ("a", Value::Int(-12345))],
        "TypeError: 'float' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{2:<5}}}{2}{{{2:,}"),
        "format",
        &[Value::Int(0), fl(123456.789), Value::Bool(true)],
        &[],
        "'x1    }True{1'",
    );
    m(
        &mut failures,
        s(" - {a}"),
        "format",
        &[fl(1e-07)],
        &[("b", Value::Int(7)), ("a", Value::Int(7))],
        "' - 7'",
    );
    m(
        &mut failures,
        s(" - {!s:{1}}{{{}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), Value::Int(0)],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("{{{!s}}}{!s}{!a}"),
        "format",
        &[Value::Bool(true)],
        &[("a", s(""))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{b:<5}{2!a:.2}"),
        "format",
        &[fl(123456.789)],
        &[("a", fl(1.5)), ("b", Value::Int(-12345))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{0}{\u{e9}{a.real!r}x{2}"),
        "format",
        &[s(""), t(vec![Value::Int(1), s("x")]), fl(-0.0)],
        &[],
        "ValueError: unexpected '{' in field name",
    );
    m(
        &mut failures,
        s("{}"),
        "format",
        &[Value::Bool(true), Value::Int(-12345)],
        &[("a", s(""))],
        "'True'",
    );
    m(
        &mut failures,
        s("\u{e9}{1!a}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)])],
        &[("a", Value::Int(0))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{1:{}}{1}"),
        "format",
        &[],
        &[("a", Value::Int(7))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {a.real!a:%}x{a}"),
        "format",
        &[],
        &[("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{2!a}"),
        "format",
        &[
            l(vec![Value::Int(1), Value::Int(2)]),
            Value::Bool(true),
            Value::None,
        ],
        &[("a", Value::None), ("b", fl(1.5))],
        "'{None'",
    );
    m(
        &mut failures,
        s("{{{2:%}x{2:>8}\u{e9}{2!r}{"),
        "format",
        &[],
        &[("a", s("ab'c")), ("b", fl(123456.789))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{1:>{2}}}}{a.real:.2}{!}x{0[0]!a}"),
        "format",
        &[Value::None, s("\u{e9}\u{65e5}"), fl(-0.0)],
        &[
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
            ("b", Value::Int(7)),
        ],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s(" - {:%}{!r}"),
        "format",
        &[s("\u{e9}\u{65e5}"), s("")],
        &[],
        "ValueError: Unknown format code '%' for object of type 'str'",
    );
    m(
        &mut failures,
        s("}}{2} - {0!a:%}"),
        "format",
        &[],
        &[("a", Value::Int(7)), ("b", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{0[0]!s}{{{!s}"),
        "format",
        &[fl(1.5), Value::Int(7)],
        &[("a", s("ab'c"))],
        "TypeError: 'float' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{2!s:>8}{:{:{}}}"),
        "format",
        &[
            Value::Int(0),
            l(vec![Value::Int(1), Value::Int(2)]),
            Value::None,
        ],
        &[],
        "ValueError: cannot switch from manual field specification to automatic field numbering",
    );
    m(
        &mut failures,
        s("x{0}}}{1}"),
        "format",
        &[big("36893488147419103232")],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{b[1]!a} - {1}"),
        "format",
        &[fl(123456.789)],
        &[("a", s("ab'c")), ("b", s(""))],
        "IndexError: string index out of range",
    );
    m(
        &mut failures,
        s(" - {2}{0!x}x{1}"),
        "format",
        &[],
        &[("b", s("ab'c")), ("a", Value::Bool(true))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)])],
        &[],
        "' - [1, 2]'",
    );
    m(
        &mut failures,
        s("}}{}x{!s:.2}{0!x}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), fl(1e-07), fl(1e-07)],
        &[("b", t(vec![Value::Int(1), s("x")])), ("a", Value::Int(7))],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("{{{2!a:s}}}{1!s:,}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{!s:{1}}"),
        "format",
        &[fl(1.5), fl(-0.0), Value::Int(-12345)],
        &[
            ("b", big("36893488147419103232")),
            ("a", Value::Int(-12345)),
        ],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s(" - {b[1]!s:08.3f}"),
        "format",
        &[s("ab'c"), fl(1.5)],
        &[("a", t(vec![Value::Int(1), s("x")]))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("\u{e9}{!a}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), Value::None, fl(1e-07)],
        &[],
        "\"\u{e9}(1, 'x')\"",
    );
    m(
        &mut failures,
        s("}}{b[1]}}}{0!r}"),
        "format",
        &[],
        &[("a", Value::None), ("b", Value::Bool(true))],
        "TypeError: 'bool' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{2!r}"),
        "format",
        &[s(""), Value::Int(-12345), s("\u{e9}\u{65e5}")],
        &[("a", big("36893488147419103232"))],
        "\"x'\u{e9}\u{65e5}'\"",
    );
    m(
        &mut failures,
        s(" - {2}{1!r:08.3f}{1!r:,}"),
        "format",
        &[
            Value::Bool(true),
            l(vec![Value::Int(1), Value::Int(2)]),
            s(""),
        ],
        &[("b", Value::Int(-12345)), ("a", Value::Int(7))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("x{}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), Value::Bool(true)],
        &[],
        "\"x(1, 'x')\"",
    );
    m(
        &mut failures,
        s("x{}x{!a}{:>{2}}"),
        "format",
        &[fl(123456.789)],
        &[("b", fl(1.5)), ("a", Value::Int(0))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{2:}"),
        "format",
        &[],
        &[("a", Value::None)],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{!s:08.3f}{{{:x}x{b[1]!s:+}"),
        "format",
        &[fl(1e-07), fl(1.5), Value::Int(7)],
        &[("a", s("")), ("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("}}{}\u{e9}{!a:e}{a.real!a:>8}"),
        "format",
        &[],
        &[("a", Value::Bool(true))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{0:{}}{{{1}{a.real!r:e}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{2:{}}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), s("")],
        &[("b", fl(-0.0))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {!r:{1}}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{0}}}{0!s:}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{!s}{{{:%}{!r:*^7}"),
        "format",
        &[s(""), Value::Int(0)],
        &[("a", Value::Int(0))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{!s:*^7}{{{:{}}"),
        "format",
        &[s(""), s("\u{e9}\u{65e5}")],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{!s}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{:.2} - {!a:>8}x{!s:}"),
        "format",
        &[Value::Int(0), fl(-0.0), Value::Int(0)],
        &[("b", s("ab'c"))],
        "ValueError: Precision not allowed in integer format specifier",
    );
    m(
        &mut failures,
        s(" - {:_}{{{:+}"),
        "format",
        &[s("ab'c"), Value::Int(-12345), s("ab'c")],
        &[("b", Value::Int(-12345)), ("a", s("\u{e9}\u{65e5}"))],
        "ValueError: Cannot specify '_' with 's'.",
    );
    m(
        &mut failures,
        s("{{{!r}"),
        "format",
        &[fl(-0.0), s(""), Value::Int(0)],
        &[
            ("b", Value::Bool(true)),
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
        ],
        "'{-0.0'",
    );
    m(
        &mut failures,
        s("\u{e9}{}{}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{:,}x{!a:>8}x{!a}"),
        "format",
        &[s("")],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "ValueError: Cannot specify ',' with 's'.",
    );
    m(
        &mut failures,
        s("\u{e9}{!r:_}{!a:x}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)]), fl(1.5)],
        &[("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "ValueError: Cannot specify '_' with 's'.",
    );
    m(
        &mut failures,
        s("x{b:e}"),
        "format",
        &[big("36893488147419103232"), Value::None, fl(1.5)],
        &[("b", fl(-0.0))],
        "'x-0.000000e+00'",
    );
    m(
        &mut failures,
        s("}}{2:.2}{{{a.real:{1}}"),
        "format",
        &[big("36893488147419103232"), fl(1e-07), fl(1.5)],
        &[("a", fl(123456.789))],
        "ValueError: Invalid format specifier '1e-07' for object of type 'float'",
    );
    m(
        &mut failures,
        s("x{:e}"),
        "format",
        &[s(""), Value::Int(-12345), fl(-0.0)],
        &[],
        "ValueError: Unknown format code 'e' for object of type 'str'",
    );
    m(
        &mut failures,
        s("x{0}{1:e}"),
        "format",
        &[fl(1e-07), fl(1.5), fl(123456.789)],
        &[("a", s("")), ("b", fl(123456.789))],
        "'x1e-071.500000e+00'",
    );
    m(
        &mut failures,
        s("{!r} - {!r:}}}{:e}"),
        "format",
        &[
            big("36893488147419103232"),
            l(vec![Value::Int(1), Value::Int(2)]),
            s("\u{e9}\u{65e5}"),
        ],
        &[("a", fl(1.5)), ("b", t(vec![Value::Int(1), s("x")]))],
        "ValueError: Unknown format code 'e' for object of type 'str'",
    );
    m(
        &mut failures,
        s(" - {0!s}"),
        "format",
        &[
            t(vec![Value::Int(1), s("x")]),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[],
        "\" - (1, 'x')\"",
    );
    m(
        &mut failures,
        s("{{{0!a:>{2}}"),
        "format",
        &[fl(1e-07), Value::None],
        &[("b", Value::Int(0)), ("a", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{1!a}{:{:{}}} - {0!a}x{1:e}"),
        "format",
        &[Value::None],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{0[0]!a}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), Value::None],
        &[("a", Value::Bool(true)), ("b", fl(123456.789))],
        "'x1'",
    );
    m(
        &mut failures,
        s("x{:+}}}{!r}"),
        "format",
        &[s("ab'c"), Value::None, s("\u{e9}\u{65e5}")],
        &[("a", Value::Bool(true)), ("b", fl(1e-07))],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s("{!s}{{{:{1}}}}{!a:e}{:{:{}}}"),
        "format",
        &[fl(123456.789), Value::Bool(true), Value::Int(-12345)],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("x{1} - {0!r:e}{{{2}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), Value::None, Value::Int(0)],
        &[],
        "ValueError: Unknown format code 'e' for object of type 'str'",
    );
    m(
        &mut failures,
        s("}}{2}\u{e9}{1!a:{1}}{1:{1}}"),
        "format",
        &[Value::Int(7)],
        &[("b", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{:,}{!r:^9} - {:e}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)]), Value::Int(7)],
        &[("a", fl(1.5))],
        "TypeError: unsupported format string passed to list.__format__",
    );
    m(
        &mut failures,
        s("x{!r}{!a:+}{{{!s:,}"),
        "format",
        &[fl(1.5), big("36893488147419103232"), fl(123456.789)],
        &[("a", t(vec![Value::Int(1), s("x")])), ("b", s("ab'c"))],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s("{{{!a}"),
        "format",
        &[fl(1.5)],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "'{1.5'",
    );
    m(
        &mut failures,
        s("{b[1]!s:{1}}{ - {2!r}x{1!a:{}}"),
        "format",
        &[Value::Bool(true), Value::Int(7)],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("x{0!r}x{0[0]!a}x{0!a}"),
        "format",
        &[s(""), Value::None],
        &[("b", Value::Int(-12345))],
        "IndexError: string index out of range",
    );
    m(
        &mut failures,
        s("}}{1!s:s}"),
        "format",
        &[
            s("\u{e9}\u{65e5}"),
            fl(-0.0),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[],
        "'}-0.0'",
    );
    m(
        &mut failures,
        s("}}{a:{}} - {!r:08.3f}"),
        "format",
        &[],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{0!s} - {2!a:^9} - {1:08.3f}"),
        "format",
        &[fl(-0.0), Value::Int(-12345)],
        &[("a", s("\u{e9}\u{65e5}")), ("b", s("ab'c"))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{:%}}}{}\u{e9}{:*^7}"),
        "format",
        &[fl(1e-07)],
        &[("a", Value::Int(7)), ("b", fl(1.5))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{2!s:{1}}"),
        "format",
        &[Value::Int(7)],
        &[("a", Value::Int(-12345)), ("b", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{!a}\u{e9}{}{{{:>{2}}"),
        "format",
        &[fl(1.5)],
        &[("a", Value::Int(7))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{:>8}\u{e9}{!r}"),
        "format",
        &[fl(1e-07), Value::Int(-12345)],
        &[],
        "'}   1e-07\u{e9}-12345'",
    );
    m(
        &mut failures,
        s("{2:<5}"),
        "format",
        &[],
        &[("a", fl(-0.0)), ("b", fl(-0.0))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {a.real}\u{e9}{2!s:{}}"),
        "format",
        &[Value::Int(0)],
        &[("b", s("\u{e9}\u{65e5}"))],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("}}{:x}\u{e9}{a.real:{}}x{!s:.2}"),
        "format",
        &[Value::Int(0)],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("\u{e9}{}"),
        "format",
        &[],
        &[("a", Value::Int(0)), ("b", Value::None)],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{:<5}"),
        "format",
        &[s("\u{e9}\u{65e5}"), fl(-0.0), Value::None],
        &[],
        "'x\u{e9}\u{65e5}   '",
    );
    m(
        &mut failures,
        s("{{{a:{1}} - {!r}"),
        "format",
        &[s("ab'c"), s("ab'c"), Value::Bool(true)],
        &[("b", t(vec![Value::Int(1), s("x")])), ("a", fl(-0.0))],
        "ValueError: Invalid format specifier 'ab'c' for object of type 'float'",
    );
    m(
        &mut failures,
        s("{{{:%}}}{}{:,}"),
        "format",
        &[big("36893488147419103232")],
        &[("a", Value::Bool(true))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{1!s:}"),
        "format",
        &[fl(1e-07)],
        &[
            ("a", big("36893488147419103232")),
            ("b", Value::Int(-12345)),
        ],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {!s:.2} - {:{}}"),
        "format",
        &[Value::Int(7), Value::Bool(true), fl(1.5)],
        &[],
        "ValueError: Precision not allowed in integer format specifier",
    );
    m(
        &mut failures,
        s("\u{e9}{!a}"),
        "format",
        &[Value::Int(7)],
        &[("a", fl(-0.0))],
        "'\u{e9}7'",
    );
    m(
        &mut failures,
        s("{{{:+} - {}{:.2}"),
        "format",
        &[big("36893488147419103232")],
        &[
            ("a", t(vec![Value::Int(1), s("x")])),
            ("b", Value::Int(-12345)),
        ],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{!r:s}"),
        "format",
        &[fl(123456.789), s("ab'c"), s("")],
        &[("a", Value::Bool(true))],
        "'\u{e9}123456.789'",
    );
    m(
        &mut failures,
        s("}}{0:^9} - {b}"),
        "format",
        &[Value::Int(-12345), Value::Bool(true)],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("x{!a:_} - {}x{b!a}"),
        "format",
        &[],
        &[("b", fl(-0.0))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{b!a}{b:}"),
        "format",
        &[
            l(vec![Value::Int(1), Value::Int(2)]),
            big("36893488147419103232"),
        ],
        &[("b", s("\u{e9}\u{65e5}")), ("a", s("ab'c"))],
        "\"{'\\\\xe9\\\\u65e5'\u{e9}\u{65e5}\"",
    );
    m(
        &mut failures,
        s("x{!s} - {:08.3f}{{{}"),
        "format",
        &[],
        &[("b", fl(1e-07))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{0:{1}}{{{0:e}\u{e9}{0!a:,}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {2!r}"),
        "format",
        &[Value::Bool(true), s("ab'c"), Value::Int(-12345)],
        &[("a", s("")), ("b", fl(1.5))],
        "' - -12345'",
    );
    m(
        &mut failures,
        s("x{:>{2}}{{{!a:{}}\u{e9}{!s:x}"),
        "format",
        &[Value::Bool(true)],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("}}{2!r:<5}\u{e9}{2!r}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{1!a:*^7}}}{2}"),
        "format",
        &[Value::None, Value::Int(-12345), fl(-0.0)],
        &[("b", Value::Int(-12345)), ("a", s(""))],
        "'-12345*}-0.0'",
    );
    m(
        &mut failures,
        s(" - {}{{{:e}"),
        "format",
        &[Value::Bool(true), fl(1.5)],
        &[
            ("a", s("\u{e9}\u{65e5}")),
            ("b", t(vec![Value::Int(1), s("x")])),
        ],
        "' - True{1.500000e+00'",
    );
    m(
        &mut failures,
        s("{!a:x}}}{!s}"),
        "format",
        &[],
        &[("b", fl(-0.0))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{0!r}"),
        "format",
        &[fl(1e-07), s("\u{e9}\u{65e5}")],
        &[("b", s(""))],
        "'\u{e9}1e-07'",
    );
    m(
        &mut failures,
        s("{{{0:_}x{0!r:08.3f}{1!r}"),
        "format",
        &[big("36893488147419103232"), fl(1.5)],
        &[("b", s("\u{e9}\u{65e5}"))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("}}{:,}"),
        "format",
        &[Value::Int(0), Value::Int(-12345)],
        &[],
        "'}0'",
    );
    m(
        &mut failures,
        s("{{{!r}"),
        "format",
        &[big("36893488147419103232"), Value::None],
        &[
            ("b", l(vec![Value::Int(1), Value::Int(2)])),
            ("a", fl(123456.789)),
        ],
        "'{36893488147419103232'",
    );
    m(
        &mut failures,
        s("{{{:_} - {}x{}"),
        "format",
        &[Value::Int(7), s(""), l(vec![Value::Int(1), Value::Int(2)])],
        &[
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
            ("b", fl(123456.789)),
        ],
        "'{7 - x[1, 2]'",
    );
    m(
        &mut failures,
        s("{{{2} - {2}x{b!a}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), big("36893488147419103232")],
        &[("a", big("36893488147419103232"))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{a.real!r}x{!a}"),
        "format",
        &[],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{1:%}"),
        "format",
        &[fl(1.5)],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{b:e}"),
        "format",
        &[],
        &[
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
            ("b", fl(-0.0)),
        ],
        "'{-0.000000e+00'",
    );
    m(
        &mut failures,
        s("{{{b!a:{1}}"),
        "format",
        &[],
        &[("a", s("\u{e9}\u{65e5}")), ("b", Value::Bool(true))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{}x{:}"),
        "format",
        &[],
        &[("a", Value::Int(0)), ("b", Value::None)],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{2!a:08.3f}{{{0!s:}"),
        "format",
        &[s(""), fl(123456.789)],
        &[("b", Value::None)],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{}"),
        "format",
        &[fl(-0.0), big("36893488147419103232")],
        &[("a", s("ab'c")), ("b", s("ab'c"))],
        "'\u{e9}-0.0'",
    );
    m(
        &mut failures,
        s("x{2!a}"),
        "format",
        &[s("ab'c"), big("36893488147419103232")],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{0!s:,} - {2!r:08.3f}{{{1:.2}"),
        "format",
        &[Value::Int(-12345)],
        &[("b", Value::Int(-12345))],
        "ValueError: Cannot specify ',' with 's'.",
    );
    m(
        &mut failures,
        s("}}{!a}"),
        "format",
        &[fl(-0.0), fl(123456.789), Value::Int(-12345)],
        &[],
        "'}-0.0'",
    );
    m(
        &mut failures,
        s("x{!r:>8}"),
        "format",
        &[big("36893488147419103232"), fl(1e-07)],
        &[],
        "'x36893488147419103232'",
    );
    m(
        &mut failures,
        s("\u{e9}{0:>{2}}"),
        "format",
        &[],
        &[("b", Value::Int(-12345)), ("a", fl(1.5))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{2!s:>{2}}"),
        "format",
        &[fl(-0.0), fl(1e-07), fl(1e-07)],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "ValueError: Invalid format specifier '>1e-07' for object of type 'str'",
    );
    m(
        &mut failures,
        s("\u{e9}{:^9}x{:,}{}"),
        "format",
        &[fl(1.5)],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{1:x}{{{0!a}"),
        "format",
        &[s("ab'c"), s("\u{e9}\u{65e5}")],
        &[("a", l(vec![Value::Int(1), Value::Int(2)]))],
        "ValueError: Unknown format code 'x' for object of type 'str'",
    );
    m(
        &mut failures,
        s("x{:.2}"),
        "format",
        &[fl(1.5)],
        &[("a", s("ab'c"))],
        "'x1.5'",
    );
    m(
        &mut failures,
        s("\u{e9}{!r}{!r:s}{{{0[0]:x}"),
        "format",
        &[big("36893488147419103232"), s("")],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("\u{e9}{0:{1}}"),
        "format",
        &[Value::Int(-12345)],
        &[("a", fl(1.5)), ("b", big("36893488147419103232"))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{0}{{{2!a}"),
        "format",
        &[Value::Int(-12345), s("")],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{!s}{!}{:e}}}{:{1}}"),
        "format",
        &[Value::None, Value::Int(7), fl(1e-07)],
        &[("b", Value::Int(0)), ("a", Value::Int(0))],
        "ValueError: expected ':' after conversion specifier",
    );
    m(
        &mut failures,
        s(" - {1:.2}"),
        "format",
        &[Value::Int(7)],
        &[("a", fl(1e-07)), ("b", fl(-0.0))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{!a:x}}}{:>{2}}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)])],
        &[("b", s("ab'c"))],
        "ValueError: Unknown format code 'x' for object of type 'str'",
    );
    m(
        &mut failures,
        s(" - {0[0]!a:+}"),
        "format",
        &[fl(123456.789), fl(1e-07)],
        &[
            ("b", big("36893488147419103232")),
            ("a", t(vec![Value::Int(1), s("x")])),
        ],
        "TypeError: 'float' object is not subscriptable",
    );
    m(
        &mut failures,
        s(" - {!r}}}{!r:08.3f}x{!s:x}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{2}{0!x}{{{2!s:s}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)]), s(""), s("")],
        &[],
        "ValueError: Unknown conversion specifier x",
    );
    m(
        &mut failures,
        s("\u{e9}{0!r}"),
        "format",
        &[],
        &[
            ("b", t(vec![Value::Int(1), s("x")])),
            ("a", t(vec![Value::Int(1), s("x")])),
        ],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {b[1]}x{1}"),
        "format",
        &[fl(123456.789), Value::Bool(true)],
        &[("a", l(vec![Value::Int(1), Value::Int(2)]))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("}}{}x{:%}{:*^7}"),
        "format",
        &[
            Value::None,
            big("36893488147419103232"),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[],
        "TypeError: unsupported format string passed to list.__format__",
    );
    m(
        &mut failures,
        s("{{{!r:<5}"),
        "format",
        &[],
        &[("a", s("")), ("b", Value::Int(0))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{:_}\u{e9}{!r:_}}}{!a:{}}"),
        "format",
        &[fl(1.5), Value::Bool(true)],
        &[],
        "ValueError: Cannot specify '_' with 's'.",
    );
    m(
        &mut failures,
        s("{{{:,}"),
        "format",
        &[Value::Int(7), Value::Int(0)],
        &[],
        "'{7'",
    );
    m(
        &mut failures,
        s("\u{e9}{:{1}}"),
        "format",
        &[Value::Bool(true)],
        &[],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("}}{!s:x}"),
        "format",
        &[Value::None, Value::Bool(true)],
        &[("a", Value::Int(0)), ("b", t(vec![Value::Int(1), s("x")]))],
        "ValueError: Unknown format code 'x' for object of type 'str'",
    );
    m(
        &mut failures,
        s(" - {2:%}"),
        "format",
        &[
            big("36893488147419103232"),
            fl(1e-07),
            big("36893488147419103232"),
        ],
        &[("a", Value::None)],
        "' - 3689348814741910323200.000000%'",
    );
    m(
        &mut failures,
        s(" - {0:} - {a.real!s:{}}x{0!a:<5}"),
        "format",
        &[Value::Int(-12345), Value::Bool(true)],
        &[("a", Value::Bool(true))],
        "ValueError: cannot switch from manual field specification to automatic field numbering",
    );
    m(
        &mut failures,
        s("{1!r}"),
        "format",
        &[Value::Int(-12345), fl(1.5), fl(-0.0)],
        &[("b", s("")), ("a", Value::None)],
        "'1.5'",
    );
    m(
        &mut failures,
        s("x{!s:>{2}} - {:{}}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[("a", s("\u{e9}\u{65e5}"))],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("\u{e9}{1} - {2!s:_}}}{2!s}"),
        "format",
        &[t(vec![Value::Int(1), s("x")])],
        &[("a", Value::Bool(true))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{0!a:.2}\u{e9}{0:^9}"),
        "format",
        &[
            l(vec![Value::Int(1), Value::Int(2)]),
            s("\u{e9}\u{65e5}"),
            s("ab'c"),
        ],
        &[],
        "TypeError: unsupported format string passed to list.__format__",
    );
    m(
        &mut failures,
        s("x{0!a:,}"),
        "format",
        &[Value::Int(7), fl(1.5), big("36893488147419103232")],
        &[],
        "ValueError: Cannot specify ',' with 's'.",
    );
    m(
        &mut failures,
        s("{1!s:e}{{{2!a:>8}\u{e9}{2!a:{}}"),
        "format",
        &[Value::Int(0), s(""), s("ab'c")],
        &[],
        "ValueError: Unknown format code 'e' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{{{}"),
        "format",
        &[Value::Int(0), fl(-0.0)],
        &[],
        "'{0'",
    );
    m(
        &mut failures,
        s(" - {!s}x{!s:{1}} - {!a}"),
        "format",
        &[fl(-0.0)],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{}{:{:{}}}"),
        "format",
        &[
            t(vec![Value::Int(1), s("x")]),
            Value::Int(-12345),
            Value::Int(-12345),
        ],
        &[],
        "ValueError: Max string recursion exceeded",
    );
    m(
        &mut failures,
        s("{1!s:>8}}}{2}"),
        "format",
        &[],
        &[("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{}"),
        "format",
        &[fl(123456.789), big("36893488147419103232")],
        &[],
        "'{123456.789'",
    );
    m(
        &mut failures,
        s("}}{!a}"),
        "format",
        &[],
        &[("b", s("")), ("a", fl(1.5))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{:^9}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), s("")],
        &[("b", Value::Int(-12345)), ("a", fl(1.5))],
        "TypeError: unsupported format string passed to tuple.__format__",
    );
    m(
        &mut failures,
        s("{{{!r}x{!a:e}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{0}}}{1}{{{1}"),
        "format",
        &[s("ab'c")],
        &[
            ("b", Value::Bool(true)),
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
        ],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{0[0]!r:08.3f}"),
        "format",
        &[fl(-0.0), Value::Bool(true)],
        &[],
        "TypeError: 'float' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{0:{}}}}{0!r} - {1!a:{}}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{a.real:{1}}{0:{}}\u{e9}{1!r:>{2}}"),
        "format",
        &[s("ab'c"), fl(123456.789)],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{a.real}"),
        "format",
        &[s("\u{e9}\u{65e5}"), t(vec![Value::Int(1), s("x")])],
        &[("b", Value::Int(7))],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{:*^7}"),
        "format",
        &[big("36893488147419103232")],
        &[("b", fl(1e-07)), ("a", fl(-0.0))],
        "'{36893488147419103232'",
    );
    m(
        &mut failures,
        s("\u{e9}{!r} - {}"),
        "format",
        &[],
        &[("a", Value::Bool(true))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{b[1]!s:%}"),
        "format",
        &[],
        &[("a", l(vec![Value::Int(1), Value::Int(2)]))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("\u{e9}{1}}}{1!s:{1}}\u{e9}{1!a:s}"),
        "format",
        &[],
        &[("b", Value::Int(0))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{!r:%}x{!a}"),
        "format",
        &[Value::Int(7), Value::Int(0)],
        &[("a", big("36893488147419103232"))],
        "ValueError: Unknown format code '%' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{0!a:08.3f}}}{2!s} - {0!a}"),
        "format",
        &[fl(1.5), Value::Int(0)],
        &[("b", fl(1e-07)), ("a", big("36893488147419103232"))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("}}{b[1]!r}}}{!a:{1}} - {!a:_}"),
        "format",
        &[],
        &[("a", t(vec![Value::Int(1), s("x")]))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("}}{:^9}}}{!s:>{2}}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), fl(-0.0)],
        &[("a", Value::Int(0))],
        "TypeError: unsupported format string passed to tuple.__format__",
    );
    m(
        &mut failures,
        s("}}{0!s}}}{0}\u{e9}{2}"),
        "format",
        &[Value::None],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {2}\u{e9}{a!s:,}{1}"),
        "format",
        &[Value::Bool(true)],
        &[("a", Value::None), ("b", fl(1.5))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {0}"),
        "format",
        &[Value::Bool(true), t(vec![Value::Int(1), s("x")])],
        &[("a", Value::Int(7))],
        "' - True'",
    );
    m(
        &mut failures,
        s("{{{:+} - {0[0]!r:} - {!r}"),
        "format",
        &[
            s("ab'c"),
            s("\u{e9}\u{65e5}"),
            t(vec![Value::Int(1), s("x")]),
        ],
        &[],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s("\u{e9}{!s}"),
        "format",
        &[],
        &[("b", Value::Int(7)), ("a", big("36893488147419103232"))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{:,} - {:>8}\u{e9}{:%}"),
        "format",
        &[fl(-0.0), fl(123456.789), fl(123456.789)],
        &[("b", fl(1.5))],
        "'x-0.0 - 123456.789\u{e9}12345678.900000%'",
    );
    m(
        &mut failures,
        s(" - {2!s:x} - {1!a:<5}"),
        "format",
        &[fl(1e-07), s("ab'c"), Value::Bool(true)],
        &[("a", Value::Int(-12345)), ("b", Value::Int(7))],
        "ValueError: Unknown format code 'x' for object of type 'str'",
    );
    m(
        &mut failures,
        s("}}{1}{{{b[1]!a}"),
        "format",
        &[Value::None],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{1!s}"),
        "format",
        &[
            Value::Int(7),
            big("36893488147419103232"),
            t(vec![Value::Int(1), s("x")]),
        ],
        &[("b", t(vec![Value::Int(1), s("x")]))],
        "'}36893488147419103232'",
    );
    m(
        &mut failures,
        s("{{{!a}{:{:{}}} - {!s:>{2}}"),
        "format",
        &[],
        &[("a", fl(-0.0))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(&mut failures, s(" - {}"), "format", &[s("")], &[], "' - '");
    m(
        &mut failures,
        s("\u{e9}{!s}"),
        "format",
        &[fl(1e-07), s("\u{e9}\u{65e5}")],
        &[("b", t(vec![Value::Int(1), s("x")])), ("a", fl(1e-07))],
        "'\u{e9}1e-07'",
    );
    m(
        &mut failures,
        s("{1}x{2!r:{}}"),
        "format",
        &[],
        &[("b", Value::None)],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{!r:08.3f}"),
        "format",
        &[Value::Bool(true), fl(1e-07), t(vec![Value::Int(1), s("x")])],
        &[("b", fl(-0.0)), ("a", Value::Int(-12345))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{:s}\u{e9}{}"),
        "format",
        &[],
        &[("b", s("")), ("a", Value::Int(7))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{0:}}}{2:_}"),
        "format",
        &[Value::Int(-12345), Value::Int(0)],
        &[("b", fl(123456.789))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{!a:08.3f} - {!s}"),
        "format",
        &[],
        &[("a", Value::Int(-12345)), ("b", s("\u{e9}\u{65e5}"))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{0[0]!s:,}"),
        "format",
        &[Value::Bool(true), Value::Int(-12345)],
        &[],
        "TypeError: 'bool' object is not subscriptable",
    );
    m(
        &mut failures,
        s(" - {0[0]!s:e}"),
        "format",
        &[s("\u{e9}\u{65e5}"), big("36893488147419103232")],
        &[("a", t(vec![Value::Int(1), s("x")]))],
        "ValueError: Unknown format code 'e' for object of type 'str'",
    );
    m(
        &mut failures,
        s("\u{e9}{!a}"),
        "format",
        &[],
        &[("b", Value::Int(7)), ("a", fl(-0.0))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{!s:{1}}{:_}"),
        "format",
        &[],
        &[("b", t(vec![Value::Int(1), s("x")])), ("a", fl(1.5))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{!r:x}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{!s:{}}x{}"),
        "format",
        &[Value::None, Value::Bool(true), Value::Int(7)],
        &[("a", t(vec![Value::Int(1), s("x")]))],
        "ValueError: Invalid format specifier 'True' for object of type 'str'",
    );
    m(
        &mut failures,
        s(" - {!s:>{2}}{} - {}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{}\u{e9}{!s:,}x{!r:s}"),
        "format",
        &[big("36893488147419103232")],
        &[("b", Value::Bool(true))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{2!s:<5}}}{2}"),
        "format",
        &[fl(-0.0), fl(123456.789), s("\u{e9}\u{65e5}")],
        &[("a", s("")), ("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "'}\u{e9}\u{65e5}   }\u{e9}\u{65e5}'",
    );
    m(
        &mut failures,
        s("\u{e9}{0!a}}}{2!a:,}x{1!s}"),
        "format",
        &[fl(123456.789), Value::Int(7)],
        &[("a", Value::None)],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{2:{1}}{0!x}{{{0!r}}}{0:{}}"),
        "format",
        &[l(vec![Value::Int(1), Value::Int(2)])],
        &[],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {:>{2}}}}{!s:e}{{{!s}"),
        "format",
        &[s("\u{e9}\u{65e5}"), fl(123456.789), Value::Int(-12345)],
        &[("a", fl(123456.789)), ("b", fl(-0.0))],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("x{0:*^7}}}{1!s}x{1:}"),
        "format",
        &[
            fl(1.5),
            s("\u{e9}\u{65e5}"),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[("a", t(vec![Value::Int(1), s("x")]))],
        "'x**1.5**}\u{e9}\u{65e5}x\u{e9}\u{65e5}'",
    );
    m(
        &mut failures,
        s("{{{0!s:e} - {0!a:>8}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{!s:08.3f}\u{e9}{!r:08.3f}"),
        "format",
        &[fl(1e-07), Value::None, big("36893488147419103232")],
        &[("b", fl(1e-07))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{{{!r:^9}"),
        "format",
        &[fl(123456.789), s("")],
        &[("a", fl(123456.789))],
        "'{123456.789'",
    );
    m(
        &mut failures,
        s("{{{!s:s} - {!a:^9} - {:08.3f}"),
        "format",
        &[Value::Int(-12345), Value::Int(7)],
        &[("b", fl(-0.0))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{!a}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{:>8}\u{e9}{:>{2}}"),
        "format",
        &[fl(-0.0), fl(-0.0), fl(123456.789)],
        &[("a", Value::Int(7)), ("b", fl(1e-07))],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("{!a:>{2}}{!r:%}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{a}\u{e9}{!a:%}x{!s}"),
        "format",
        &[Value::Int(7), big("36893488147419103232"), Value::None],
        &[("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s(" - {1:08.3f}{{{2}"),
        "format",
        &[Value::Int(7), fl(-0.0), s("ab'c")],
        &[("a", Value::Int(0))],
        "\" - -000.000{ab'c\"",
    );
    m(
        &mut failures,
        s("}}{0}"),
        "format",
        &[t(vec![Value::Int(1), s("x")]), Value::Int(-12345)],
        &[
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
            ("b", s("\u{e9}\u{65e5}")),
        ],
        "\"}(1, 'x')\"",
    );
    m(
        &mut failures,
        s("\u{e9}{1}{0[0]!a}{0:,}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{1!s:+}\u{e9}{1}x{2:^9}"),
        "format",
        &[fl(-0.0)],
        &[("a", Value::Int(7))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{1!s}"),
        "format",
        &[t(vec![Value::Int(1), s("x")])],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{b!a:}\u{e9}{}"),
        "format",
        &[
            Value::Int(-12345),
            t(vec![Value::Int(1), s("x")]),
            Value::Int(0),
        ],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("}}{:{}}}}{!r:x}"),
        "format",
        &[],
        &[("a", Value::None), ("b", t(vec![Value::Int(1), s("x")]))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{2:}\u{e9}{2!a}{1}"),
        "format",
        &[Value::Bool(true), big("36893488147419103232")],
        &[("a", Value::Int(0))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{b[1]!s:>8}"),
        "format",
        &[fl(1e-07), big("36893488147419103232")],
        &[("b", Value::None)],
        "TypeError: 'NoneType' object is not subscriptable",
    );
    m(
        &mut failures,
        s("{!a}{b[1]:{}}"),
        "format",
        &[fl(1e-07), big("36893488147419103232")],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s(" - {b!a:08.3f}"),
        "format",
        &[fl(123456.789)],
        &[("a", l(vec![Value::Int(1), Value::Int(2)]))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("x{!r}"),
        "format",
        &[s("ab'c"), fl(1.5)],
        &[("b", fl(123456.789)), ("a", s(""))],
        "'x\"ab\\'c\"'",
    );
    m(
        &mut failures,
        s("}}{0!s:^9}{2}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{a.real:,}{{{0!r:+}{:{:{}}}\u{e9}{a.real:>{2}}"),
        "format",
        &[],
        &[("b", Value::Int(7))],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("}}{!a:^9}{!s}"),
        "format",
        &[
            Value::Int(7),
            big("36893488147419103232"),
            Value::Int(-12345),
        ],
        &[("b", fl(123456.789))],
        "'}    7    36893488147419103232'",
    );
    m(
        &mut failures,
        s("{{{!r:}"),
        "format",
        &[Value::None],
        &[],
        "'{None'",
    );
    m(
        &mut failures,
        s("{a.real:*^7}x{1}{{{b!s}"),
        "format",
        &[
            fl(1e-07),
            Value::Int(-12345),
            t(vec![Value::Int(1), s("x")]),
        ],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s(" - {:s}"),
        "format",
        &[Value::Int(7), Value::Int(7), Value::None],
        &[("a", fl(1.5)), ("b", Value::Int(-12345))],
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    m(
        &mut failures,
        s("{{{!r}x{:e}x{!s:}"),
        "format",
        &[Value::None],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{1}"),
        "format",
        &[
            t(vec![Value::Int(1), s("x")]),
            Value::Int(7),
            Value::Int(-12345),
        ],
        &[],
        "'7'",
    );
    m(
        &mut failures,
        s(" - {}"),
        "format",
        &[fl(-0.0)],
        &[("a", t(vec![Value::Int(1), s("x")])), ("b", Value::None)],
        "' - -0.0'",
    );
    m(
        &mut failures,
        s(" - {a!a:>{2}}}"),
        "format",
        &[big("36893488147419103232"), fl(123456.789)],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("\u{e9}{1!r:*^7}"),
        "format",
        &[fl(1.5), Value::Int(-12345), s("ab'c")],
        &[("b", big("36893488147419103232"))],
        "'\u{e9}-12345*'",
    );
    m(
        &mut failures,
        s("{{{1!s:s}}}{1}"),
        "format",
        &[s("\u{e9}\u{65e5}")],
        &[("b", Value::Int(7))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{b[1]}"),
        "format",
        &[Value::Int(7)],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("{{{1!s}\u{e9}{1!a:_}"),
        "format",
        &[],
        &[
            ("a", t(vec![Value::Int(1), s("x")])),
            ("b", big("36893488147419103232")),
        ],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{!s}"),
        "format",
        &[Value::Bool(true), Value::Int(7)],
        &[],
        "'xTrue'",
    );
    m(
        &mut failures,
        s("\u{e9}{!r:*^7}{:{:{}}} - {!r}{{{!a}"),
        "format",
        &[big("36893488147419103232"), s("ab'c")],
        &[
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
            ("b", Value::Int(7)),
        ],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{}{!s:{}}{!} - {!s:}"),
        "format",
        &[Value::Int(-12345), fl(-0.0), Value::Int(-12345)],
        &[("b", Value::Int(-12345))],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s("\u{e9}{1:x}x{0!s}}}{2!r:<5}"),
        "format",
        &[],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{b[1]!r:%}x{0!r:*^7}"),
        "format",
        &[fl(-0.0)],
        &[("b", Value::None), ("a", t(vec![Value::Int(1), s("x")]))],
        "TypeError: 'NoneType' object is not subscriptable",
    );
    m(
        &mut failures,
        s("{{{:s}{:{:{}}} - {} - {b[1]}"),
        "format",
        &[],
        &[("a", fl(123456.789))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{b!s:08.3f}"),
        "format",
        &[],
        &[("a", s("ab'c"))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("{{{!a:%}{{{!r:,}"),
        "format",
        &[s("\u{e9}\u{65e5}"), Value::None, Value::None],
        &[],
        "ValueError: Unknown format code '%' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{{{:08.3f} - {!a:x}\u{e9}{!s:,}"),
        "format",
        &[s("ab'c"), big("36893488147419103232")],
        &[("a", Value::Bool(true))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("x{!a:{}} - {}"),
        "format",
        &[big("36893488147419103232")],
        &[("a", fl(123456.789))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{!r:>8}{:{:{}}}\u{e9}{!a:_}{{{:*^7}"),
        "format",
        &[],
        &[("a", fl(123456.789))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{2!a:<5}"),
        "format",
        &[s("\u{e9}\u{65e5}"), s(""), s("ab'c")],
        &[],
        "'}\"ab\\'c\"'",
    );
    m(
        &mut failures,
        s(" - {0!s}"),
        "format",
        &[fl(-0.0), s("\u{e9}\u{65e5}")],
        &[("b", Value::Int(0))],
        "' - -0.0'",
    );
    m(
        &mut failures,
        s("{{{!a}"),
        "format",
        &[Value::Bool(true), Value::Int(-12345), s("ab'c")],
        &[("b", Value::Int(7)), ("a", Value::Int(7))],
        "'{True'",
    );
    m(
        &mut failures,
        s("{{{1!a:x}"),
        "format",
        &[fl(1.5), Value::None, Value::None],
        &[("b", Value::None), ("a", Value::Int(-12345))],
        "ValueError: Unknown format code 'x' for object of type 'str'",
    );
    m(
        &mut failures,
        s("\u{e9}{}{!}"),
        "format",
        &[Value::None, s("ab'c")],
        &[],
        "ValueError: unmatched '{' in format spec",
    );
    m(
        &mut failures,
        s("x{!s:>{2}}"),
        "format",
        &[
            big("36893488147419103232"),
            Value::Int(-12345),
            t(vec![Value::Int(1), s("x")]),
        ],
        &[("a", Value::None)],
        "ValueError: cannot switch from automatic field numbering to manual field specification",
    );
    m(
        &mut failures,
        s("x{0}"),
        "format",
        &[Value::None, fl(123456.789)],
        &[("a", fl(123456.789))],
        "'xNone'",
    );
    m(
        &mut failures,
        s(" - {} - {!s}"),
        "format",
        &[t(vec![Value::Int(1), s("x")])],
        &[("a", fl(1e-07)), ("b", fl(1.5))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{1!r}\u{e9}{1!r:e}\u{e9}{1!r:}"),
        "format",
        &[fl(1.5), t(vec![Value::Int(1), s("x")]), Value::Int(-12345)],
        &[
            ("b", Value::Bool(true)),
            ("a", l(vec![Value::Int(1), Value::Int(2)])),
        ],
        "ValueError: Unknown format code 'e' for object of type 'str'",
    );
    m(
        &mut failures,
        s("x{!s:08.3f}{{{!a:*^7} - {!r:%}"),
        "format",
        &[],
        &[("a", Value::None), ("b", t(vec![Value::Int(1), s("x")]))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{:{}}x{:^9}\u{e9}{:.2}"),
        "format",
        &[Value::None],
        &[("a", s("ab'c")), ("b", s("ab'c"))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{:} - {!a:+}"),
        "format",
        &[Value::Bool(true), fl(123456.789)],
        &[("b", s(""))],
        "ValueError: Sign not allowed in string format specifier",
    );
    m(
        &mut failures,
        s(" - {1:08.3f}"),
        "format",
        &[Value::Int(-12345)],
        &[
            ("b", s("\u{e9}\u{65e5}")),
            ("a", t(vec![Value::Int(1), s("x")])),
        ],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{1!r:>8}"),
        "format",
        &[s("")],
        &[("b", fl(1.5))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{0!s:,}"),
        "format",
        &[],
        &[("b", Value::Int(-12345))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{!a}{:{:{}}}"),
        "format",
        &[s("\u{e9}\u{65e5}"), s("\u{e9}\u{65e5}"), fl(1.5)],
        &[("b", s("\u{e9}\u{65e5}")), ("a", fl(-0.0))],
        "ValueError: Max string recursion exceeded",
    );
    m(
        &mut failures,
        s("\u{e9}{!r}{}}}{!s:^9}"),
        "format",
        &[fl(1e-07)],
        &[("b", Value::Int(7))],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{}{}"),
        "format",
        &[fl(1.5), fl(-0.0)],
        &[],
        "'{1.5-0.0'",
    );
    m(
        &mut failures,
        s("}}{:x} - {a!s:>{2}}{{{}"),
        "format",
        &[big("36893488147419103232"), Value::Int(-12345), Value::None],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{} - {!a:s}"),
        "format",
        &[s(""), fl(1.5)],
        &[("b", s("")), ("a", t(vec![Value::Int(1), s("x")]))],
        "'{ - 1.5'",
    );
    m(
        &mut failures,
        s(" - {b} - {0[0]:{}}}}{:s}"),
        "format",
        &[fl(1e-07)],
        &[],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("x{!r:%}}}{!r}x{!r}"),
        "format",
        &[Value::Int(7), fl(1e-07), s("\u{e9}\u{65e5}")],
        &[("b", Value::Int(-12345))],
        "ValueError: Unknown format code '%' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{{{!a}{a.real}"),
        "format",
        &[s("ab'c")],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{1!r}x{a!s:s}{0!a:08.3f}"),
        "format",
        &[],
        &[("a", Value::None)],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("}}{2!r:<5}"),
        "format",
        &[s("ab'c")],
        &[("b", l(vec![Value::Int(1), Value::Int(2)]))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s(" - {a:{}} - {2!a:^9}"),
        "format",
        &[fl(1.5)],
        &[],
        "KeyError: 'a'",
    );
    m(
        &mut failures,
        s("{{{}"),
        "format",
        &[fl(1.5), fl(1.5)],
        &[("a", s("\u{e9}\u{65e5}")), ("b", s(""))],
        "'{1.5'",
    );
    m(
        &mut failures,
        s(" - {1:{1}}{{2:^9}\u{e9}{1!r:+}"),
        "format",
        &[Value::Int(0), Value::Int(7)],
        &[("b", Value::Int(-12345))],
        "ValueError: Single '}' encountered in format string",
    );
    m(
        &mut failures,
        s(" - {2:^9}x{1!a}}}{b[1]!r}"),
        "format",
        &[Value::Int(0), l(vec![Value::Int(1), Value::Int(2)])],
        &[("b", fl(-0.0)), ("a", Value::Bool(true))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{b[1]!a}{:>{2}}"),
        "format",
        &[fl(123456.789), Value::Int(0)],
        &[("a", Value::None), ("b", big("36893488147419103232"))],
        "TypeError: 'int' object is not subscriptable",
    );
    m(
        &mut failures,
        s("\u{e9}{0!a}"),
        "format",
        &[
            s("\u{e9}\u{65e5}"),
            s("\u{e9}\u{65e5}"),
            l(vec![Value::Int(1), Value::Int(2)]),
        ],
        &[("a", s("\u{e9}\u{65e5}"))],
        "\"\u{e9}'\\\\xe9\\\\u65e5'\"",
    );
    m(
        &mut failures,
        s("{:.2}\u{e9}{}{{{:}"),
        "format",
        &[fl(-0.0), fl(1.5)],
        &[
            ("a", Value::Bool(true)),
            ("b", l(vec![Value::Int(1), Value::Int(2)])),
        ],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{2!s} - {1!s:,}{{{a.real:<5}"),
        "format",
        &[big("36893488147419103232")],
        &[("a", fl(1.5)), ("b", s(""))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{!a}x{a.real!a}"),
        "format",
        &[fl(-0.0), Value::None],
        &[("a", l(vec![Value::Int(1), Value::Int(2)]))],
        "AttributeError: 'list' object has no attribute 'real'",
    );
    m(
        &mut failures,
        s("{{{!r}{{{}"),
        "format",
        &[],
        &[("b", Value::Int(7)), ("a", Value::Bool(true))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("x{b[1]!r} - {:^9}"),
        "format",
        &[s("ab'c")],
        &[("a", l(vec![Value::Int(1), Value::Int(2)]))],
        "KeyError: 'b'",
    );
    m(
        &mut failures,
        s("{0!r:08.3f}\u{e9}{1!s}x{2!r}"),
        "format",
        &[t(vec![Value::Int(1), s("x")])],
        &[("b", fl(1e-07)), ("a", s(""))],
        "ValueError: Unknown format code 'f' for object of type 'str'",
    );
    m(
        &mut failures,
        s("{0[0]}"),
        "format",
        &[Value::Int(0), s("")],
        &[
            ("a", t(vec![Value::Int(1), s("x")])),
            ("b", s("\u{e9}\u{65e5}")),
        ],
        "TypeError: 'int' object is not subscriptable",
    );
    m(
        &mut failures,
        s("x{:x}x{}x{:<5}"),
        "format",
        &[fl(1e-07)],
        &[],
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    m(
        &mut failures,
        s(" - {0[0]!s} - {a!r}x{}{!}"),
        "format",
        &[fl(-0.0)],
        &[("a", l(vec![Value::Int(1), Value::Int(2)]))],
        "TypeError: 'float' object is not subscriptable",
    );
    m(
        &mut failures,
        s("}}{2!s}x{0:%}{{{0:%}"),
        "format",
        &[Value::Int(-12345), Value::Int(0)],
        &[("a", l(vec![Value::Int(1), Value::Int(2)])), ("b", s(""))],
        "IndexError: Replacement index 2 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{{{}}}{:{1}}"),
        "format",
        &[fl(1.5)],
        &[],
        "IndexError: Replacement index 1 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("\u{e9}{!s:_}x{}{:{:{}}}{{{!r}"),
        "format",
        &[],
        &[("b", s(""))],
        "IndexError: Replacement index 0 out of range for positional args tuple",
    );
    m(
        &mut failures,
        s("{!s:x}x{!r:^9} - {}"),
        "format",
        &[fl(123456.789), fl(1e-07)],
        &[("b", fl(123456.789)), ("a", fl(123456.789))],
        "ValueError: Unknown format code 'x' for object of type 'str'",
    );
    report(failures);
}

#[test]
fn format_spec() {
    let mut failures = Vec::new();
    f(&mut failures, s("ab"), "05", "'ab000'");
    f(
        &mut failures,
        s("ab"),
        "=5",
        "ValueError: '=' alignment not allowed in string format specifier",
    );
    f(&mut failures, s("ab"), ">5", "'   ab'");
    f(&mut failures, s("ab"), "^6", "'  ab  '");
    f(&mut failures, s("ab"), "*<5", "'ab***'");
    f(&mut failures, s("abc"), ".2", "'ab'");
    f(&mut failures, s("abc"), "^8.2", "'   ab   '");
    f(&mut failures, s("abc"), "0^8", "'00abc000'");
    f(
        &mut failures,
        s("a"),
        "z",
        "ValueError: Negative zero coercion (z) not allowed in string format specifier",
    );
    f(
        &mut failures,
        s("a"),
        ",",
        "ValueError: Cannot specify ',' with 's'.",
    );
    f(
        &mut failures,
        s("a"),
        "_",
        "ValueError: Cannot specify '_' with 's'.",
    );
    f(
        &mut failures,
        s("a"),
        "+",
        "ValueError: Sign not allowed in string format specifier",
    );
    f(
        &mut failures,
        s("a"),
        "#",
        "ValueError: Alternate form (#) not allowed in string format specifier",
    );
    f(
        &mut failures,
        s("a"),
        "d",
        "ValueError: Unknown format code 'd' for object of type 'str'",
    );
    f(
        &mut failures,
        s("a"),
        "x<^5",
        "ValueError: Invalid format specifier 'x<^5' for object of type 'str'",
    );
    f(&mut failures, s("a"), "s", "'a'");
    f(
        &mut failures,
        s("\u{e9}"),
        "\u{e9}^5",
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    f(&mut failures, Value::Bool(true), ">5", "'    1'");
    f(&mut failures, Value::Bool(true), "d", "'1'");
    f(&mut failures, Value::Bool(true), "", "'True'");
    f(
        &mut failures,
        Value::Bool(true),
        "^7s",
        "ValueError: Unknown format code 's' for object of type 'bool'",
    );
    f(&mut failures, Value::Bool(true), "f", "'1.000000'");
    f(&mut failures, Value::Bool(true), "x", "'1'");
    f(
        &mut failures,
        Value::Bool(true),
        "s",
        "ValueError: Unknown format code 's' for object of type 'bool'",
    );
    f(
        &mut failures,
        Value::Int(1),
        "z",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(1),
        ",,",
        "ValueError: Cannot specify ',' with ','.",
    );
    f(
        &mut failures,
        Value::Int(1),
        "_,",
        "ValueError: Cannot specify both ',' and '_'.",
    );
    f(
        &mut failures,
        Value::Int(1),
        ",_",
        "ValueError: Cannot specify both ',' and '_'.",
    );
    f(
        &mut failures,
        Value::Int(1),
        ".2",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(1), "c", "'\\x01'");
    f(&mut failures, Value::Int(65), "c", "'A'");
    f(
        &mut failures,
        Value::Int(1),
        "+c",
        "ValueError: Sign not allowed with integer format specifier 'c'",
    );
    f(
        &mut failures,
        Value::Int(1),
        "#c",
        "ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
    );
    f(
        &mut failures,
        Value::Int(1),
        ",c",
        "ValueError: Cannot specify ',' with 'c'.",
    );
    f(
        &mut failures,
        Value::Int(1),
        ",x",
        "ValueError: Cannot specify ',' with 'x'.",
    );
    f(
        &mut failures,
        Value::Int(1),
        "_n",
        "ValueError: Cannot specify '_' with 'n'.",
    );
    f(
        &mut failures,
        Value::Int(1),
        "x<^5",
        "ValueError: Invalid format specifier 'x<^5' for object of type 'int'",
    );
    f(
        &mut failures,
        Value::Int(1),
        "10000000000000000000000",
        "ValueError: Too many decimal digits in format string",
    );
    f(&mut failures, Value::Int(1), "=5", "'    1'");
    f(&mut failures, Value::Int(1), "x=5", "'xxxx1'");
    f(&mut failures, Value::Int(-1), "0=8", "'-0000001'");
    f(&mut failures, Value::Int(-12345), "012,", "'-000,012,345'");
    f(&mut failures, Value::Int(-12345), "012_x", "'-0_0000_3039'");
    f(
        &mut failures,
        big("1000000000000000000000000000000"),
        ",",
        "'1,000,000,000,000,000,000,000,000,000,000'",
    );
    f(
        &mut failures,
        big("1000000000000000000000000000000"),
        "e",
        "'1.000000e+30'",
    );
    f(&mut failures, Value::Int(-5), "b", "'-101'");
    f(&mut failures, Value::Int(255), "#X", "'0XFF'");
    f(&mut failures, Value::Int(255), "#o", "'0o377'");
    f(&mut failures, Value::Int(255), "#b", "'0b11111111'");
    f(&mut failures, Value::Int(255), "#010x", "'0x000000ff'");
    f(&mut failures, Value::Int(255), "_b", "'1111_1111'");
    f(&mut failures, Value::Int(255), "#_b", "'0b1111_1111'");
    f(&mut failures, Value::Int(1234567), "_x", "'12_d687'");
    f(
        &mut failures,
        Value::Int(1114112),
        "c",
        "OverflowError: %c arg not in range(0x110000)",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "c",
        "OverflowError: %c arg not in range(0x110000)",
    );
    f(&mut failures, Value::Int(12345), ".3e", "'1.234e+04'");
    f(&mut failures, Value::Int(12345), "%", "'1234500.000000%'");
    f(&mut failures, Value::Int(12), "0^8", "'00012000'");
    f(&mut failures, Value::Int(12), "0<8", "'12000000'");
    f(&mut failures, Value::Int(12), "<08", "'12000000'");
    f(&mut failures, Value::Int(5), "n", "'5'");
    f(&mut failures, Value::Int(1234567), "n", "'1234567'");
    f(
        &mut failures,
        Value::Int(1),
        "s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        Value::Int(1),
        "ss",
        "ValueError: Invalid format specifier 'ss' for object of type 'int'",
    );
    f(&mut failures, Value::Int(1234567), ",", "'1,234,567'");
    f(&mut failures, Value::Int(1234567), "_", "'1_234_567'");
    f(&mut failures, Value::Int(-1234567), "+,", "'-1,234,567'");
    f(&mut failures, Value::Int(42), " ", "' 42'");
    f(&mut failures, Value::Int(42), "+", "'+42'");
    f(&mut failures, Value::Int(-42), " ", "'-42'");
    f(&mut failures, Value::Int(42), "-", "'42'");
    f(&mut failures, Value::Int(42), "08,", "'0,000,042'");
    f(&mut failures, Value::Int(42), "010_", "'00_000_042'");
    f(&mut failures, Value::Int(123456), "012,", "'0,000,123,456'");
    f(&mut failures, Value::Int(1234), "0=+10,", "'+0,001,234'");
    f(&mut failures, Value::Int(42), "*=+8", "'+*****42'");
    f(&mut failures, Value::Int(42), "#x", "'0x2a'");
    f(&mut failures, Value::Int(-42), "#x", "'-0x2a'");
    f(&mut failures, Value::Int(42), "#10o", "'      0o52'");
    f(&mut failures, Value::Int(42), "<#10b", "'0b101010  '");
    f(&mut failures, Value::Int(42), "^+9", "'   +42   '");
    f(&mut failures, Value::Int(255), "X", "'FF'");
    f(
        &mut failures,
        big("18446744073709551616"),
        "x",
        "'10000000000000000'",
    );
    f(
        &mut failures,
        big("-1180591620717411303424"),
        ",",
        "'-1,180,591,620,717,411,303,424'",
    );
    f(&mut failures, Value::Int(0), "#b", "'0b0'");
    f(
        &mut failures,
        fl(1.5),
        ",,",
        "ValueError: Cannot specify ',' with ','.",
    );
    f(
        &mut failures,
        fl(1.5),
        ",n",
        "ValueError: Cannot specify ',' with 'n'.",
    );
    f(
        &mut failures,
        fl(1.5),
        "d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1.5),
        ".10000000000000000000000",
        "ValueError: Too many decimal digits in format string",
    );
    f(
        &mut failures,
        fl(1.5),
        ".",
        "ValueError: Format specifier missing precision",
    );
    f(&mut failures, fl(1.5), "%", "'150.000000%'");
    f(&mut failures, fl(1e+16), "g", "'1e+16'");
    f(
        &mut failures,
        fl(0.30000000000000004),
        ".17g",
        "'0.30000000000000004'",
    );
    f(&mut failures, fl(12345.6789), ",.2f", "'12,345.68'");
    f(&mut failures, fl(1.0), "#g", "'1.00000'");
    f(&mut failures, fl(0.0), "#g", "'0.00000'");
    f(&mut failures, fl(1.0), ".3", "'1.0'");
    f(&mut failures, fl(123.0), ".3", "'1.23e+02'");
    f(&mut failures, fl(1234.0), ".3", "'1.23e+03'");
    f(&mut failures, fl(1e+16), ".3", "'1e+16'");
    f(&mut failures, fl(1e+16), "", "'1e+16'");
    f(&mut failures, fl(1e+16), "5", "'1e+16'");
    f(&mut failures, fl(1.0), "5", "'  1.0'");
    f(&mut failures, fl(1.0), "#.0f", "'1.'");
    f(&mut failures, fl(1.0), "#.0e", "'1.e+00'");
    f(&mut failures, fl(2.5), ".0f", "'2'");
    f(&mut failures, fl(3.5), ".0f", "'4'");
    f(&mut failures, fl(0.125), ".2f", "'0.12'");
    f(&mut failures, fl(0.375), ".2f", "'0.38'");
    f(&mut failures, fl(1e-05), "", "'1e-05'");
    f(&mut failures, fl(1e-05), "10", "'     1e-05'");
    f(&mut failures, fl(1e-05), "g", "'1e-05'");
    f(&mut failures, fl(123456789.0), "n", "'1.23457e+08'");
    f(&mut failures, fl(0.0001), ".3", "'0.0001'");
    f(&mut failures, fl(1e-05), ".3", "'1e-05'");
    f(&mut failures, fl(f64::INFINITY), "F", "'INF'");
    f(&mut failures, fl(f64::INFINITY), "010f", "'0000000inf'");
    f(&mut failures, fl(f64::INFINITY), "%", "'inf%'");
    f(&mut failures, fl(f64::NEG_INFINITY), "E", "'-INF'");
    f(&mut failures, fl(f64::NAN), "+.3f", "'+nan'");
    f(&mut failures, fl(-f64::NAN), "f", "'nan'");
    f(&mut failures, fl(-f64::NAN), "+", "'+nan'");
    f(&mut failures, fl(f64::NAN), "G", "'NAN'");
    f(
        &mut failures,
        fl(1.5e+300),
        "f",
        "'1500000000000000078757140382806630373056702871662238732373781173267703686983362293679557062620671796065556665749325817265413784853040645863467188277180060474272580801389863705606745350692182135089053429852456199917621678558451461320111979114170213741868888183230085264257173504208294580298189100810240.000000'",
    );
    f(&mut failures, fl(3.0), "n", "'3'");
    f(&mut failures, fl(1234.5), "010,.1f", "'0,001,234.5'");
    f(&mut failures, fl(1234.5), "0=12,.1f", "'00,001,234.5'");
    f(&mut failures, fl(1234.5), "*^12,.1f", "'**1,234.5***'");
    f(&mut failures, fl(-1234.5), "012,.1f", "'-0,001,234.5'");
    f(
        &mut failures,
        fl(1.5),
        "c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1.0),
        "x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, fl(1.5), "0<8", "'1.500000'");
    f(&mut failures, fl(-1.5), "08", "'-00001.5'");
    f(&mut failures, fl(-1.5), " 08", "'-00001.5'");
    f(&mut failures, fl(1.5), "+08.2f", "'+0001.50'");
    f(&mut failures, fl(1.5), "-", "'1.5'");
    f(&mut failures, fl(1.5), " ", "' 1.5'");
    f(
        &mut failures,
        fl(1.5),
        "s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1.5),
        ".2fx",
        "ValueError: Invalid format specifier '.2fx' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1.5),
        "<<<",
        "ValueError: Unknown format code '<' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1.5),
        "z+",
        "ValueError: Unknown format code '+' for object of type 'float'",
    );
    f(&mut failures, fl(-0.0), "z.1f", "'0.0'");
    f(&mut failures, fl(-0.0), ".1f", "'-0.0'");
    f(&mut failures, fl(-0.0), "", "'-0.0'");
    f(&mut failures, fl(-0.0), "g", "'-0'");
    f(&mut failures, fl(-1e-05), "z.2e", "'-1.00e-05'");
    f(&mut failures, fl(-1e-05), "z.2g", "'-1e-05'");
    f(&mut failures, fl(-1e-05), "z", "'-1e-05'");
    f(&mut failures, fl(-0.001), "z.1f", "'0.0'");
    f(&mut failures, fl(-0.001), "z.1%", "'-0.1%'");
    f(&mut failures, fl(-1e-300), "z", "'-1e-300'");
    f(&mut failures, fl(1.0), "e", "'1.000000e+00'");
    f(&mut failures, fl(1.0), "E", "'1.000000E+00'");
    f(&mut failures, fl(1e-10), "f", "'0.000000'");
    f(&mut failures, fl(1e-10), "e", "'1.000000e-10'");
    f(&mut failures, fl(123.456), "g", "'123.456'");
    f(&mut failures, fl(123.456), ".2g", "'1.2e+02'");
    f(&mut failures, fl(123.456), ".10g", "'123.456'");
    f(&mut failures, fl(123.456), "#.2g", "'1.2e+02'");
    f(&mut failures, fl(0.000123456), "g", "'0.000123456'");
    f(&mut failures, fl(1e+100), "g", "'1e+100'");
    f(&mut failures, fl(1e+100), ".0e", "'1e+100'");
    f(&mut failures, fl(9.999), ".2f", "'10.00'");
    f(&mut failures, fl(9.995), ".2f", "'9.99'");
    f(&mut failures, fl(99.5), ".0f", "'100'");
    f(&mut failures, fl(0.5), ".0f", "'0'");
    f(&mut failures, fl(1.5), ".0f", "'2'");
    f(&mut failures, fl(2.675), ".2f", "'2.67'");
    f(&mut failures, fl(1e+22), "", "'1e+22'");
    f(
        &mut failures,
        fl(1e+22),
        "f",
        "'10000000000000000000000.000000'",
    );
    f(
        &mut failures,
        fl(1.2345678901234568e+17),
        "",
        "'1.2345678901234568e+17'",
    );
    f(
        &mut failures,
        fl(0.1),
        ".30f",
        "'0.100000000000000005551115123126'",
    );
    f(&mut failures, fl(5e-324), "", "'5e-324'");
    f(&mut failures, fl(5e-324), "g", "'4.94066e-324'");
    f(
        &mut failures,
        fl(1.7976931348623157e+308),
        "",
        "'1.7976931348623157e+308'",
    );
    f(
        &mut failures,
        fl(1.7976931348623157e+308),
        ",.0f",
        "'179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368'",
    );
    f(&mut failures, fl(1.23456789e-07), ".3", "'1.23e-07'");
    f(&mut failures, fl(100.0), ".1", "'1e+02'");
    f(&mut failures, fl(100.0), ".2", "'1e+02'");
    f(&mut failures, fl(100.0), ".3", "'1e+02'");
    f(&mut failures, fl(100.0), "#.3", "'1.00e+02'");
    f(&mut failures, fl(0.5), "%", "'50.000000%'");
    f(&mut failures, fl(0.5), ".0%", "'50%'");
    f(&mut failures, fl(0.3333333333333333), ".2%", "'33.33%'");
    f(&mut failures, fl(1234.5678), "_.2f", "'1_234.57'");
    f(&mut failures, fl(1234.5678), "_", "'1_234.5678'");
    f(&mut failures, fl(1234.5678), ",", "'1,234.5678'");
    f(&mut failures, fl(1234.5678), ",e", "'1.234568e+03'");
    f(&mut failures, fl(1234.5678), ",g", "'1,234.57'");
    f(&mut failures, fl(1234567.0), ",g", "'1.23457e+06'");
    f(
        &mut failures,
        fl(1234567.0),
        "015,.2f",
        "'0,001,234,567.00'",
    );
    f(
        &mut failures,
        fl(1234567.0),
        "015_.2f",
        "'0_001_234_567.00'",
    );
    f(&mut failures, fl(12.0), "0>8.2f", "'00012.00'");
    f(&mut failures, fl(12.0), "=+8.1f", "'+   12.0'");
    f(&mut failures, fl(f64::INFINITY), "+", "'+inf'");
    f(&mut failures, fl(f64::INFINITY), " ", "' inf'");
    f(&mut failures, fl(f64::INFINITY), "=10", "'       inf'");
    f(&mut failures, fl(f64::INFINITY), "#", "'inf'");
    f(&mut failures, fl(f64::INFINITY), ",.2f", "'inf'");
    f(&mut failures, Value::None, "", "'None'");
    f(
        &mut failures,
        Value::None,
        "5",
        "TypeError: unsupported format string passed to NoneType.__format__",
    );
    f(
        &mut failures,
        l(vec![]),
        "x",
        "TypeError: unsupported format string passed to list.__format__",
    );
    f(&mut failures, l(vec![]), "", "'[]'");
    f(
        &mut failures,
        t(vec![Value::Int(1), Value::Int(2)]),
        "",
        "'(1, 2)'",
    );
    f(
        &mut failures,
        Value::Int(-633710),
        "\u{e9}<z#19.19",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(1.209007753802651e+25),
        "zb",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-1.1377383065748198e+22),
        "0^8.7",
        "'-1.137738e+22'",
    );
    f(
        &mut failures,
        big("5317059743811695595356692"),
        " .9",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-638487.503662251),
        "+0F",
        "'-638487.503662'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "24.7E",
        "'           0.0000000E+00'",
    );
    f(
        &mut failures,
        big("-8425092696489533941917151"),
        " s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        fl(1e+16),
        "8s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(&mut failures, Value::Int(335639), "*<#5d", "'335639'");
    f(&mut failures, fl(-2819.375), "\u{e9}<#f", "'-2819.375000'");
    f(
        &mut failures,
        fl(63.49520744663365),
        ".18",
        "'63.4952074466336498'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "-18,G",
        "'                 0'",
    );
    f(
        &mut failures,
        Value::Int(0),
        "#21.9c",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(863894), "3,.19g", "'863,894'");
    f(
        &mut failures,
        fl(-0.17831238128598317),
        "10_.1b",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-1454.0625),
        "x>.7o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(&mut failures, fl(-5434.0), "0=z0.6", "'-5434.0'");
    f(
        &mut failures,
        fl(82.9833984375),
        "-.1X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(&mut failures, Value::Bool(false), ".7F", "'0.0000000'");
    f(
        &mut failures,
        fl(0.0001874692072537617),
        "+z%",
        "'+0.018747%'",
    );
    f(&mut failures, fl(-5596.0), "0_%", "'-559_600.000000%'");
    f(
        &mut failures,
        big("-3004136646864493514032249"),
        "+20d",
        "'-3004136646864493514032249'",
    );
    f(
        &mut failures,
        fl(-258755.58979473752),
        "+_b",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-822792.6156233427),
        "4.5g",
        "'-8.2279e+05'",
    );
    f(
        &mut failures,
        big("-4027836358895814247792766"),
        ".2x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(32169),
        "021.14",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-9130.75),
        "0>z#12x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, Value::Int(-127882), "n", "'-127882'");
    f(
        &mut failures,
        Value::Bool(true),
        "0.9n",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(0.5), ".9g", "'0.5'");
    f(
        &mut failures,
        fl(-21.489),
        "0.11b",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-0.0),
        "20,.19b",
        "ValueError: Cannot specify ',' with 'b'.",
    );
    f(&mut failures, Value::Int(-409741), "9", "'  -409741'");
    f(
        &mut failures,
        fl(-834230.7886837173),
        "#0.12x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(5410.1875),
        "10,b",
        "ValueError: Cannot specify ',' with 'b'.",
    );
    f(
        &mut failures,
        fl(895088.4472915651),
        "#11G",
        "'    895088.'",
    );
    f(
        &mut failures,
        fl(-286804.4883047488),
        ".12",
        "'-286804.488305'",
    );
    f(
        &mut failures,
        Value::Bool(true),
        "\u{e9}^#11",
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}1\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    f(&mut failures, fl(49.638), "+0e", "'+4.963800e+01'");
    f(
        &mut failures,
        big("9148491893495505508355665"),
        "\u{e9}^zg",
        "'9.14849e+24'",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "+#011.12F",
        "'-1.000000000000'",
    );
    f(&mut failures, Value::Int(686206), "e", "'6.862060e+05'");
    f(
        &mut failures,
        fl(5.4155970625845105e+28),
        " 14G",
        "'    5.4156E+28'",
    );
    f(&mut failures, Value::Int(0), "0<z13f", "'0.00000000000'");
    f(
        &mut failures,
        fl(-0.0),
        "+11s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(&mut failures, fl(0.25), "-#n", "'0.250000'");
    f(
        &mut failures,
        big("-6017979480786062018734751"),
        "=-#0_",
        "'-6_017_979_480_786_062_018_734_751'",
    );
    f(&mut failures, Value::Int(-1), "x<+z.13g", "'-1'");
    f(
        &mut failures,
        fl(-2.5),
        "\u{e9}=19g",
        "'-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}2.5'",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "<-.15E",
        "'-1.000000000000000E+00'",
    );
    f(&mut failures, Value::Int(-1), "*^ z08%", "'-100.000000%'");
    f(&mut failures, fl(0.5), ".14%", "'50.00000000000000%'");
    f(
        &mut failures,
        fl(-0.0),
        "-23.9d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(&mut failures, Value::Int(129452), " o", "' 374654'");
    f(
        &mut failures,
        big("-9200591851327900778087889"),
        "\u{e9}^ 5.13",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(-47093.0), "18,e", "'     -4.709300e+04'");
    f(
        &mut failures,
        fl(1.5572275514197543e-15),
        "e",
        "'1.557228e-15'",
    );
    f(&mut failures, Value::Int(768498), "013f", "'768498.000000'");
    f(
        &mut failures,
        Value::Int(-1),
        ".15d",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(746355.9075313904), ",E", "'7.463559E+05'");
    f(
        &mut failures,
        fl(-889215.76718977),
        "0<16_%",
        "'-88_921_576.718977%'",
    );
    f(
        &mut failures,
        fl(2.321323366987581e-22),
        "x=z14g",
        "'xxx2.32132e-22'",
    );
    f(
        &mut failures,
        big("-6423528800281624041436556"),
        "x>-015.3d",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(0.5), "zF", "'0.500000'");
    f(&mut failures, fl(-2.5), "-_.13E", "'-2.5000000000000E+00'");
    f(&mut failures, Value::Int(-872435), "0", "'-872435'");
    f(
        &mut failures,
        fl(670925.2004287497),
        "-z7,.7b",
        "ValueError: Cannot specify ',' with 'b'.",
    );
    f(&mut failures, fl(1e+16), "z.9", "'1e+16'");
    f(
        &mut failures,
        fl(688088.5475918632),
        "+#c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(0),
        "z9.2",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("-4587882632020380570599929"),
        "x>_.0",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(0.05), "20.17G", "'0.050000000000000003'");
    f(
        &mut failures,
        big("-1482171497927626715479797"),
        "+z_.1g",
        "'-1e+24'",
    );
    f(
        &mut failures,
        fl(-3.2036516533353286e+29),
        ",.12",
        "'-3.20365165334e+29'",
    );
    f(&mut failures, fl(0.05), "0<12E", "'5.000000E-02'");
    f(&mut failures, Value::Int(71652), "#f", "'71652.000000'");
    f(&mut failures, Value::Bool(false), "#.6F", "'0.000000'");
    f(
        &mut failures,
        fl(-468948.5716526008),
        " 0.14",
        "'-468948.5716526'",
    );
    f(
        &mut failures,
        fl(2.4801392528246363e+24),
        "z#0.14%",
        "'248013925282463626198777856.00000000000000%'",
    );
    f(
        &mut failures,
        fl(-2.5),
        "9o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(409573),
        "#0,.10",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Bool(true), "-#4g", "'1.00000'");
    f(
        &mut failures,
        Value::Int(-498543),
        "z14_.3X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(0),
        "20.4",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(783169),
        "= 024.5X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("-3580111676395087201348816"),
        " 3",
        "'-3580111676395087201348816'",
    );
    f(
        &mut failures,
        big("-444746423660687615408607"),
        "z0,.2b",
        "ValueError: Cannot specify ',' with 'b'.",
    );
    f(&mut failures, fl(0.0), "*=zg", "'0'");
    f(
        &mut failures,
        fl(1535.125),
        "x>010.2s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(&mut failures, fl(1.5), "2,.9", "'1.5'");
    f(
        &mut failures,
        Value::Int(-134382),
        "022b",
        "'-000100000110011101110'",
    );
    f(
        &mut failures,
        fl(-6954.5),
        "x^3_.14s",
        "ValueError: Cannot specify '_' with 's'.",
    );
    f(
        &mut failures,
        Value::Int(0),
        "\u{e9}= .18",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-485914.55037622276),
        "0=+#.1e",
        "'-4.9e+05'",
    );
    f(
        &mut failures,
        fl(-790334.6124513517),
        "x= ",
        "'-790334.6124513517'",
    );
    f(
        &mut failures,
        Value::Int(0),
        "\u{e9}=17.18c",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(0.15),
        "#13X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(&mut failures, Value::Int(308864), "x=-F", "'308864.000000'");
    f(&mut failures, Value::Int(-1), " 5", "'   -1'");
    f(
        &mut failures,
        big("-3987642871127974359800713"),
        "#c",
        "ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
    );
    f(&mut failures, Value::Int(-1), "\u{e9}= .8g", "'-1'");
    f(&mut failures, fl(0.15), "-z0g", "'0.15'");
    f(&mut failures, Value::Int(-1), "zE", "'-1.000000E+00'");
    f(
        &mut failures,
        Value::Int(310688),
        " 11.9",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("4241557918076120181041550"),
        "20.17x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "-.11c",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-942289.0225648126),
        "7.18",
        "'-942289.022564812563'",
    );
    f(
        &mut failures,
        fl(19.20066580424297),
        "0=11G",
        "'000019.2007'",
    );
    f(&mut failures, fl(-0.0), "z19,.9G", "'                  0'");
    f(
        &mut failures,
        Value::Bool(true),
        "#1.17s",
        "ValueError: Unknown format code 's' for object of type 'bool'",
    );
    f(
        &mut failures,
        fl(-17053.5),
        ",.9c",
        "ValueError: Cannot specify ',' with 'c'.",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "#.11X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(-459473),
        "\u{e9}^ 0.16%",
        "'-45947300.0000000000000000%'",
    );
    f(&mut failures, fl(1.5), "+#_.8", "'+1.5000000'");
    f(&mut failures, fl(-4.5166015625), "g", "'-4.5166'");
    f(
        &mut failures,
        fl(1.055405130700115e+26),
        "x<.8",
        "'1.0554051e+26'",
    );
    f(
        &mut failures,
        big("-1999870611366870916932475"),
        "015.12",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(0.05), "0G", "'0.05'");
    f(&mut failures, fl(-62457.14353297034), ".5g", "'-62457'");
    f(&mut failures, fl(0.5), "0.18", "'0.5'");
    f(
        &mut failures,
        Value::Int(0),
        "23_G",
        "'                      0'",
    );
    f(
        &mut failures,
        fl(-26783144.26374781),
        "24c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(&mut failures, fl(-2.5), "#g", "'-2.50000'");
    f(&mut failures, fl(-6724.5), "+20", "'             -6724.5'");
    f(
        &mut failures,
        fl(-2.5),
        "022d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        ".17",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(988462),
        "s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        fl(123456789.0),
        "0>-,.13o",
        "ValueError: Cannot specify ',' with 'o'.",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "*^021.6G",
        "'*********-1**********'",
    );
    f(
        &mut failures,
        big("-7977118423197546672855610"),
        "*=z19X",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(-854300), " ", "'-854300'");
    f(
        &mut failures,
        fl(0.05),
        "0c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(32436.0),
        "z0.8X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        big("-5739347364032371792480487"),
        "<8,.18n",
        "ValueError: Cannot specify ',' with 'n'.",
    );
    f(&mut failures, fl(1e-07), "^12_", "'   1e-07    '");
    f(
        &mut failures,
        Value::Int(0),
        "-2,o",
        "ValueError: Cannot specify ',' with 'o'.",
    );
    f(
        &mut failures,
        Value::Bool(true),
        "0> _n",
        "ValueError: Cannot specify '_' with 'n'.",
    );
    f(&mut failures, fl(782972.4259814762), ".8G", "'782972.43'");
    f(&mut failures, Value::Bool(true), "x<z,g", "'1'");
    f(
        &mut failures,
        fl(781.0),
        ".6o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(10.501953125),
        ",o",
        "ValueError: Cannot specify ',' with 'o'.",
    );
    f(
        &mut failures,
        fl(17067.0),
        "_.6s",
        "ValueError: Cannot specify '_' with 's'.",
    );
    f(
        &mut failures,
        Value::Int(-795492),
        "z",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(&mut failures, fl(0.05), "zf", "'0.050000'");
    f(
        &mut failures,
        fl(14857.75),
        ",.7d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(988.0176092633777),
        "*^#7_.6e",
        "'9.880176e+02'",
    );
    f(
        &mut failures,
        fl(100448.00077581406),
        "",
        "'100448.00077581406'",
    );
    f(&mut failures, Value::Int(418152), "#0F", "'418152.000000'");
    f(
        &mut failures,
        fl(12636.5),
        "z#9X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-703575.9564559809),
        "2_n",
        "ValueError: Cannot specify '_' with 'n'.",
    );
    f(
        &mut failures,
        fl(123456789.0),
        "z13s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(103679),
        "*>-.5s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        fl(-5460.1875),
        " X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        big("-6660021366992636540372266"),
        "+#s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(&mut failures, Value::Int(0), "*=+.6%", "'+0.000000%'");
    f(
        &mut failures,
        fl(16.97265625),
        "\u{e9}= 0",
        "' 16.97265625'",
    );
    f(&mut failures, fl(712466.7791266667), "_.9", "'712_466.779'");
    f(
        &mut failures,
        fl(0.01575203727028362),
        "0> 5.15",
        "' 0.0157520372702836'",
    );
    f(
        &mut failures,
        fl(17566.25),
        "x=#012_.11X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        big("-7581925256759031114412498"),
        "ze",
        "'-7.581925e+24'",
    );
    f(&mut failures, fl(-574319.9706879529), "x> g", "'-574320'");
    f(
        &mut failures,
        fl(559445.4283722788),
        "#23.10d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-2.3585440793707375e-22),
        " 021.8",
        "'-00000002.3585441e-22'",
    );
    f(
        &mut failures,
        fl(-31.19140625),
        "x=-.17c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(5.256735476949593e-29),
        "08",
        "'5.256735476949593e-29'",
    );
    f(
        &mut failures,
        Value::Int(0),
        "z013",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(384346), "0<+#0g", "'+384346.'");
    f(
        &mut failures,
        fl(-8.008488745248252),
        "0>+#3.19f",
        "'-8.0084887452482522718'",
    );
    f(
        &mut failures,
        Value::Int(0),
        "023x",
        "'00000000000000000000000'",
    );
    f(
        &mut failures,
        fl(4.125055715854886e+16),
        "0>.19%",
        "'4125055715854886400.0000000000000000000%'",
    );
    f(
        &mut failures,
        fl(3.0667154526897025e-28),
        "+11E",
        "'+3.066715E-28'",
    );
    f(&mut failures, Value::Int(-609657), "*>-", "'-609657'");
    f(&mut failures, Value::Int(-955300), " ", "'-955300'");
    f(
        &mut failures,
        Value::Int(5764),
        "\u{e9}=z24.12",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("-4878961340590668336889117"),
        "4X",
        "'-4092906350E27F32C7D1D'",
    );
    f(&mut failures, Value::Bool(true), "0=0_.15G", "'1'");
    f(
        &mut failures,
        fl(123456789.0),
        "8.3o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(&mut failures, Value::Int(-1), "+o", "'-1'");
    f(&mut failures, fl(0.0), "*=z4G", "'***0'");
    f(
        &mut failures,
        fl(5263.375),
        "z0.17x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, fl(2.5), "#9,", "'      2.5'");
    f(&mut failures, Value::Int(-1), "#011F", "'-001.000000'");
    f(
        &mut failures,
        fl(1000000000000000.0),
        "<23,.17X",
        "ValueError: Cannot specify ',' with 'X'.",
    );
    f(&mut failures, Value::Int(623340), "%", "'62334000.000000%'");
    f(
        &mut failures,
        Value::Int(320441),
        "8_.19X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-7658.0),
        "\u{e9}=-.19o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        big("-1072341424602891671180069"),
        "#n",
        "'-1072341424602891671180069'",
    );
    f(&mut failures, Value::Bool(false), "*>+f", "'+0.000000'");
    f(
        &mut failures,
        Value::Bool(true),
        "_.17b",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(-1),
        " z00.14",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-851187.2509327094),
        "\u{e9}<-#",
        "'-851187.2509327094'",
    );
    f(
        &mut failures,
        big("-5573320948158512830306234"),
        "+0X",
        "'-49C325580DE3D822357BA'",
    );
    f(&mut failures, Value::Int(-942392), "*=_g", "'-942_392'");
    f(
        &mut failures,
        fl(322438.004033118),
        " #16.4x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-333097.0569625716),
        "x>0.10o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(&mut failures, fl(25311.856858613086), "x<,g", "'25,311.9'");
    f(
        &mut failures,
        big("8380829580375645477772888"),
        "#010.6n",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(-670387), " X", "'-A3AB3'");
    f(
        &mut failures,
        big("4427609382785872412080740"),
        "^ _.3X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(1697797733193.8076),
        "\u{e9}>-17x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, fl(0.5), "z", "'0.5'");
    f(
        &mut failures,
        Value::Int(-518156),
        ".16x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "+01,X",
        "ValueError: Cannot specify ',' with 'X'.",
    );
    f(
        &mut failures,
        fl(-188564.08210281958),
        "0^+#d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-490592.86888989684),
        "07.4",
        "'-4.906e+05'",
    );
    f(&mut failures, Value::Int(471337), "+", "'+471337'");
    f(
        &mut failures,
        Value::Int(-566014),
        " .17x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(0), "E", "'0.000000E+00'");
    f(
        &mut failures,
        Value::Int(-280082),
        "+21X",
        "'               -44612'",
    );
    f(
        &mut failures,
        fl(24636.75),
        "\u{e9}>+17,c",
        "ValueError: Cannot specify ',' with 'c'.",
    );
    f(
        &mut failures,
        fl(106400.70232245815),
        ".1c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        big("978969704550981737009427"),
        "+z11.17x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("-1373712269183088466142139"),
        "z#.3G",
        "'-1.37E+24'",
    );
    f(&mut failures, fl(-9111.5), " #F", "'-9111.500000'");
    f(&mut failures, Value::Int(943674), "#E", "'9.436740E+05'");
    f(&mut failures, fl(0.25), "#.14%", "'25.00000000000000%'");
    f(&mut failures, fl(1e+16), "x^_e", "'1.000000e+16'");
    f(
        &mut failures,
        fl(167562.630326899),
        "-1",
        "'167562.630326899'",
    );
    f(&mut failures, fl(1420.875), "0< 04.2E", "' 1.42E+03'");
    f(
        &mut failures,
        big("-3306482743446848635868730"),
        "0,s",
        "ValueError: Cannot specify ',' with 's'.",
    );
    f(
        &mut failures,
        fl(8.476180241094679e+19),
        ".4f",
        "'84761802410946789376.0000'",
    );
    f(
        &mut failures,
        fl(-581696.5097152295),
        "x>z7.8X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-8.06146046631383e-12),
        "-19.19e",
        "'-8.0614604663138294342e-12'",
    );
    f(
        &mut failures,
        fl(-610684.428958416),
        "< 0,b",
        "ValueError: Cannot specify ',' with 'b'.",
    );
    f(
        &mut failures,
        big("1959231501851783226100512"),
        " #9,.17",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(523474.5822578762),
        "-14.17",
        "'523474.58225787617'",
    );
    f(
        &mut failures,
        Value::Int(392027),
        "+14.4s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "=z10.14n",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("-9514445784274674836956079"),
        ",",
        "'-9,514,445,784,274,674,836,956,079'",
    );
    f(
        &mut failures,
        fl(9.561506887762414e-19),
        "#,.4b",
        "ValueError: Cannot specify ',' with 'b'.",
    );
    f(&mut failures, fl(-37998.5), "4.1e", "'-3.8e+04'");
    f(
        &mut failures,
        fl(797708.4227255913),
        "b",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(-503556),
        ".8F",
        "'-503556.00000000'",
    );
    f(&mut failures, fl(-9099.75), "_.16g", "'-9_099.75'");
    f(&mut failures, Value::Int(208831), "x<x", "'32fbf'");
    f(
        &mut failures,
        fl(5144.4375),
        "14.16x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, Value::Int(0), " 1_b", "' 0'");
    f(
        &mut failures,
        fl(1.4953187265142857e+25),
        "0=0c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        big("4226359662805162204932082"),
        " #6.18",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(0), "+#0", "'+0'");
    f(
        &mut failures,
        Value::Bool(true),
        " 02.15F",
        "' 1.000000000000000'",
    );
    f(
        &mut failures,
        fl(6339.75),
        "023.13",
        "'00000000000000006339.75'",
    );
    f(
        &mut failures,
        Value::Int(72871),
        " .9e",
        "' 7.287100000e+04'",
    );
    f(&mut failures, Value::Int(249569), ".6e", "'2.495690e+05'");
    f(
        &mut failures,
        fl(2.7739301446536167e-30),
        "#.2",
        "'2.8e-30'",
    );
    f(&mut failures, fl(71.742), ".19n", "'71.74200000000000443'");
    f(
        &mut failures,
        fl(-1.112814185475608),
        "+#18F",
        "'         -1.112814'",
    );
    f(
        &mut failures,
        fl(3729.6875),
        "*^12d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(21.025),
        "0>19,.17o",
        "ValueError: Cannot specify ',' with 'o'.",
    );
    f(&mut failures, fl(-4529.5), "-_", "'-4_529.5'");
    f(&mut failures, fl(-2.5), " 3.1", "'-2e+00'");
    f(&mut failures, fl(-2.5), " #0_E", "'-2.500000E+00'");
    f(&mut failures, fl(-11971.0), "", "'-11971.0'");
    f(&mut failures, Value::Int(0), "12o", "'           0'");
    f(
        &mut failures,
        fl(1e-07),
        "_.18e",
        "'9.999999999999999547e-08'",
    );
    f(&mut failures, fl(1.5), ".9", "'1.5'");
    f(
        &mut failures,
        Value::Bool(true),
        "\u{e9}<z#016_x",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-658211.583137331),
        ">-,.8x",
        "ValueError: Cannot specify ',' with 'x'.",
    );
    f(&mut failures, Value::Int(0), "*^#e", "'0.000000e+00'");
    f(
        &mut failures,
        big("1176076503553000891023340"),
        "x> .13F",
        "' 1176076503553000884666368.0000000000000'",
    );
    f(
        &mut failures,
        big("-5963094105299525566341671"),
        "#19_.10",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(501934.97571812314),
        "*^0c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-2.247718757509085e-09),
        "0%",
        "'-0.000000%'",
    );
    f(
        &mut failures,
        Value::Int(-936359),
        "*<#.16",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-851615.1314855237),
        ">11.1n",
        "'     -9e+05'",
    );
    f(
        &mut failures,
        fl(3.4308310891506316e-26),
        ".3X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1000000000000000.0),
        ">#.17o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-646519.9075124619),
        "0e",
        "'-6.465199e+05'",
    );
    f(
        &mut failures,
        Value::Int(788266),
        " 05.4s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        fl(-337532.83711857663),
        "09.15",
        "'-337532.837118577'",
    );
    f(
        &mut failures,
        big("-6422547473421148759123134"),
        "0.12b",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(2467625222192.8228),
        "#.19G",
        "'2467625222192.822754'",
    );
    f(
        &mut failures,
        Value::Int(-326367),
        "#011b",
        "'-0b1001111101011011111'",
    );
    f(
        &mut failures,
        fl(-5984.0625),
        "z#c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(&mut failures, fl(-68.1943359375), "3g", "'-68.1943'");
    f(
        &mut failures,
        fl(-101433.30685442821),
        ".5x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1.5),
        "*=#.11c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(893937),
        "17c",
        "'                \\U000da3f1'",
    );
    f(
        &mut failures,
        fl(-468844.9698499708),
        "*<#03.2x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(
        &mut failures,
        big("6368273703996988635307656"),
        "7s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        fl(1.5),
        "x<#023.14F",
        "'1.50000000000000xxxxxxx'",
    );
    f(
        &mut failures,
        Value::Bool(true),
        "#6.10%",
        "'100.0000000000%'",
    );
    f(
        &mut failures,
        Value::Bool(true),
        "-12.18",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-3.898742301632562e+27),
        "-o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(0.05),
        "-0b",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(&mut failures, Value::Int(0), "x^ 1.7G", "' 0'");
    f(&mut failures, fl(0.0), "16.8%", "'     0.00000000%'");
    f(
        &mut failures,
        fl(-561287.8102758939),
        "0_",
        "'-561_287.8102758939'",
    );
    f(
        &mut failures,
        big("-4681014143383887707137256"),
        "#n",
        "'-4681014143383887707137256'",
    );
    f(
        &mut failures,
        big("-8165184553294949689669951"),
        "+#",
        "'-8165184553294949689669951'",
    );
    f(
        &mut failures,
        big("2888552066893757931900123"),
        "0<21,d",
        "'2,888,552,066,893,757,931,900,123'",
    );
    f(
        &mut failures,
        big("7339181186917478609907111"),
        "<#17.0f",
        "'7339181186917478988513280.'",
    );
    f(
        &mut failures,
        Value::Int(-881343),
        "#24F",
        "'          -881343.000000'",
    );
    f(
        &mut failures,
        big("2138683248117099701793443"),
        "=.2",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(1000000000000000.0),
        "\u{e9}^.3d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(0),
        "5.6x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(835389.3585297053),
        "21_.3%",
        "'      83_538_935.853%'",
    );
    f(
        &mut failures,
        fl(-146041.9132885011),
        "z9o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-3.0796110667194853e-23),
        "#13",
        "'-3.0796110667194853e-23'",
    );
    f(
        &mut failures,
        big("-2627302026469500963396200"),
        "0>12.4d",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(114801.67727880545),
        "04.4E",
        "'1.1480E+05'",
    );
    f(&mut failures, fl(-2.5), "z03_e", "'-2.500000e+00'");
    f(&mut failures, fl(-0.0), "z17,.19", "'              0.0'");
    f(
        &mut failures,
        big("-8507566718644010531598808"),
        "+zo",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(9999990000000000.0),
        "+#6e",
        "'+9.999990e+15'",
    );
    f(&mut failures, fl(1e-07), ">#", "'1.e-07'");
    f(&mut failures, Value::Int(0), "#F", "'0.000000'");
    f(
        &mut failures,
        fl(-1.9337354134545825e+18),
        "019.13n",
        "'-1.933735413455e+18'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "z01.5b",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(1.176181684125758e+22),
        "",
        "'1.176181684125758e+22'",
    );
    f(&mut failures, fl(18166.5), "8f", "'18166.500000'");
    f(
        &mut failures,
        Value::Int(-49043),
        "\u{e9}^-zf",
        "'-49043.000000'",
    );
    f(
        &mut failures,
        fl(2692.0625),
        " 20g",
        "'             2692.06'",
    );
    f(&mut failures, Value::Bool(true), "*<+.9G", "'+1'");
    f(
        &mut failures,
        big("-4525170119675252099377630"),
        "x>#,.18e",
        "'-4.525170119675252295e+24'",
    );
    f(&mut failures, Value::Bool(true), "15", "'              1'");
    f(
        &mut failures,
        fl(5818.0),
        "+#.0X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        big("5904633112097016715915219"),
        "02G",
        "'5.90463E+24'",
    );
    f(
        &mut failures,
        fl(-5.018265728450145e-06),
        "#11E",
        "'-5.018266E-06'",
    );
    f(&mut failures, Value::Int(-1), "010", "'-000000001'");
    f(
        &mut failures,
        Value::Bool(true),
        "0^ 23.7E",
        "'0000 1.0000000E+0000000'",
    );
    f(
        &mut failures,
        Value::Int(-596488),
        "\u{e9}>20G",
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-596488'",
    );
    f(&mut failures, Value::Int(0), "2,", "' 0'");
    f(
        &mut failures,
        fl(-844840.8061744119),
        "+23",
        "'     -844840.8061744119'",
    );
    f(&mut failures, fl(-4664.0), "z", "'-4664.0'");
    f(
        &mut failures,
        fl(9999990000000000.0),
        "#,o",
        "ValueError: Cannot specify ',' with 'o'.",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "x>-,n",
        "ValueError: Cannot specify ',' with 'n'.",
    );
    f(
        &mut failures,
        fl(9999990000000000.0),
        "-.12g",
        "'9.99999e+15'",
    );
    f(&mut failures, Value::Int(74981), "x=+,g", "'+74,981'");
    f(
        &mut failures,
        fl(823441.0530660853),
        "#11F",
        "'823441.053066'",
    );
    f(&mut failures, fl(-10469.5), ".12F", "'-10469.500000000000'");
    f(
        &mut failures,
        Value::Bool(false),
        "z5b",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(809387.4781527678),
        "0^-s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(&mut failures, fl(9392.75), ",.9", "'9,392.75'");
    f(
        &mut failures,
        fl(39800.5),
        "-x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, fl(4.728577462040415e-22), "0f", "'0.000000'");
    f(
        &mut failures,
        Value::Int(730950),
        "x=.8o",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(-404860),
        "0>+4.8x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(-1), "", "'-1'");
    f(
        &mut failures,
        fl(-612937.2456641912),
        "^014.18X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-41.246),
        "+z#.5x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, fl(6133.5), "#07.0G", "'06.E+03'");
    f(
        &mut failures,
        Value::Int(-1),
        "\u{e9}^+22,.19x",
        "ValueError: Cannot specify ',' with 'x'.",
    );
    f(
        &mut failures,
        fl(-658232.2212911656),
        ".14%",
        "'-65823222.12911655753851%'",
    );
    f(
        &mut failures,
        fl(-1481.25),
        "-#08,.10e",
        "'-1.4812500000e+03'",
    );
    f(
        &mut failures,
        Value::Int(-362109),
        "+19o",
        "'           -1303175'",
    );
    f(
        &mut failures,
        fl(-340608.95758584887),
        " z10.2e",
        "' -3.41e+05'",
    );
    f(
        &mut failures,
        fl(-660612.0599246316),
        "x>11_%",
        "'-66_061_205.992463%'",
    );
    f(
        &mut failures,
        fl(-3.9112200261222994e-20),
        ".8%",
        "'-0.00000000%'",
    );
    f(
        &mut failures,
        fl(58366359510695.09),
        "*=20_",
        "'58_366_359_510_695.09'",
    );
    f(
        &mut failures,
        Value::Bool(true),
        "0>z#",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(&mut failures, fl(0.5), "0.17E", "'5.00000000000000000E-01'");
    f(
        &mut failures,
        fl(-36931945946195.414),
        ",",
        "'-36,931,945,946,195.414'",
    );
    f(
        &mut failures,
        fl(-364049.4722389707),
        "e",
        "'-3.640495e+05'",
    );
    f(&mut failures, fl(-4531.0), "#4.10E", "'-4.5310000000E+03'");
    f(
        &mut failures,
        fl(370591.7450290804),
        "#_",
        "'370_591.7450290804'",
    );
    f(
        &mut failures,
        big("3763970843819479671812605"),
        "z16.1G",
        "'           4E+24'",
    );
    f(
        &mut failures,
        fl(-327493.44787844236),
        "#d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        big("-4820042910668014695141821"),
        "-z12,.6F",
        "'-4,820,042,910,668,014,844,116,992.000000'",
    );
    f(
        &mut failures,
        big("2972994459005557789133618"),
        "+#_.2",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(53103.5283395797),
        "x> #8,.14g",
        "' 53,103.528339580'",
    );
    f(
        &mut failures,
        fl(2.428642931757954e-26),
        "*^#11e",
        "'2.428643e-26'",
    );
    f(
        &mut failures,
        Value::Int(-190127),
        "z#",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("6125755723478782670537294"),
        "*<e",
        "'6.125756e+24'",
    );
    f(
        &mut failures,
        big("-2602550430360378476792418"),
        "*^#0x",
        "'-0x2271c8aa1b59e539b0a62'",
    );
    f(&mut failures, Value::Int(-538436), " z0_.19G", "'-538_436'");
    f(&mut failures, fl(-886172.024767949), "#,G", "'-886,172.'");
    f(
        &mut failures,
        Value::Int(-984583),
        "-z11E",
        "'-9.845830E+05'",
    );
    f(
        &mut failures,
        Value::Bool(true),
        "\u{e9}<-7b",
        "'1\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}'",
    );
    f(
        &mut failures,
        fl(-63.76),
        " 7b",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(&mut failures, fl(-8433.125), ".4F", "'-8433.1250'");
    f(
        &mut failures,
        Value::Int(220680),
        "-0.10",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Bool(true), "< F", "' 1.000000'");
    f(
        &mut failures,
        fl(-2.021858466298936e+21),
        "z,.9",
        "'-2.02185847e+21'",
    );
    f(&mut failures, Value::Int(-1), "^+z,f", "'-1.000000'");
    f(&mut failures, fl(0.5), " ,f", "' 0.500000'");
    f(
        &mut failures,
        fl(985904.0199313548),
        "2d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(156901),
        "^22,s",
        "ValueError: Cannot specify ',' with 's'.",
    );
    f(&mut failures, fl(842552.840547306), " .2E", "' 8.43E+05'");
    f(
        &mut failures,
        Value::Int(-1),
        "016_b",
        "'-0_0000_0000_0001'",
    );
    f(&mut failures, fl(50.631), ".19", "'50.63100000000000023'");
    f(
        &mut failures,
        Value::Int(584918),
        "0<-z5_",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "15.19c",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("1541729430308902602108402"),
        "< 0o",
        "' 506362507440425361013266762'",
    );
    f(&mut failures, fl(-0.0), "0=#13.12", "'-0.00000000000'");
    f(
        &mut failures,
        fl(-780330.1786451912),
        "^X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        big("-4726166524677446116010598"),
        "+1.5",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(275622.0182209541),
        "-00_",
        "'275_622.0182209541'",
    );
    f(&mut failures, Value::Int(-396389), "=n", "'-396389'");
    f(
        &mut failures,
        big("-5832178009339568282548826"),
        "22",
        "'-5832178009339568282548826'",
    );
    f(&mut failures, fl(258203.3084826616), "x=zn", "'258203'");
    f(&mut failures, fl(1206541.5665529908), "1G", "'1.20654E+06'");
    f(&mut failures, fl(-1562.3125), "zg", "'-1562.31'");
    f(
        &mut failures,
        fl(-16.80859375),
        ".14%",
        "'-1680.85937500000000%'",
    );
    f(
        &mut failures,
        big("6790921772400217363402568"),
        "=+0,.3x",
        "ValueError: Cannot specify ',' with 'x'.",
    );
    f(
        &mut failures,
        fl(-51.3876953125),
        "zb",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(1.5),
        "*^c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-290275826.9009422),
        "0^0o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(-451859),
        "*^13,.14x",
        "ValueError: Cannot specify ',' with 'x'.",
    );
    f(
        &mut failures,
        fl(2540184033662.318),
        " #,.2b",
        "ValueError: Cannot specify ',' with 'b'.",
    );
    f(
        &mut failures,
        big("-9446041473171240767260100"),
        "x> 2f",
        "'-9446041473171240253390848.000000'",
    );
    f(
        &mut failures,
        big("9884469116674892748263186"),
        "18.17",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(166358),
        "\u{e9}<0_.15x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(491300),
        "+15d",
        "'        +491300'",
    );
    f(
        &mut failures,
        Value::Int(522713),
        "*>10b",
        "'1111111100111011001'",
    );
    f(
        &mut failures,
        big("938207884612360181027914"),
        " .10X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-1.3305272950993654e-07),
        "-.3",
        "'-1.33e-07'",
    );
    f(&mut failures, fl(-84.904), "-19", "'            -84.904'");
    f(
        &mut failures,
        big("3697000759636974808463452"),
        "*<-z19.1",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-770614.8399882993),
        "0.12f",
        "'-770614.839988299296'",
    );
    f(
        &mut failures,
        Value::Int(-678117),
        "0<#_F",
        "'-678_117.000000'",
    );
    f(
        &mut failures,
        big("2178862509327743172345923"),
        "020,s",
        "ValueError: Cannot specify ',' with 's'.",
    );
    f(
        &mut failures,
        big("-8282878853093401471694254"),
        "z.7E",
        "'-8.2828789E+24'",
    );
    f(
        &mut failures,
        big("-6697932643336344145465572"),
        "13.13g",
        "'-6.697932643336e+24'",
    );
    f(
        &mut failures,
        big("-2591837426578362561763548"),
        "*<-#019,.14F",
        "'-2,591,837,426,578,362,684,407,808.00000000000000'",
    );
    f(
        &mut failures,
        fl(1.5),
        "+_n",
        "ValueError: Cannot specify '_' with 'n'.",
    );
    f(
        &mut failures,
        fl(123456789.0),
        "z12.7X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(955607.169733078),
        "*>+19F",
        "'*****+955607.169733'",
    );
    f(&mut failures, Value::Int(-482634), ".3G", "'-4.83E+05'");
    f(&mut failures, Value::Int(0), " 0G", "' 0'");
    f(
        &mut failures,
        big("1979054860011018739992523"),
        "23.5E",
        "'            1.97905E+24'",
    );
    f(&mut failures, Value::Int(-1), " d", "'-1'");
    f(
        &mut failures,
        fl(-51787.72092541517),
        "",
        "'-51787.72092541517'",
    );
    f(
        &mut failures,
        fl(1.5509667351748517e+23),
        "05_.14",
        "'1.5509667351749e+23'",
    );
    f(
        &mut failures,
        Value::Int(52898),
        "#.10F",
        "'52898.0000000000'",
    );
    f(
        &mut failures,
        Value::Int(131885),
        ".11f",
        "'131885.00000000000'",
    );
    f(
        &mut failures,
        fl(652232.015556101),
        "+",
        "'+652232.015556101'",
    );
    f(
        &mut failures,
        fl(0.5),
        "x^-zd",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(&mut failures, fl(10369.25), "+0g", "'+10369.2'");
    f(
        &mut failures,
        fl(-581633.9004962938),
        " 5e",
        "'-5.816339e+05'",
    );
    f(&mut failures, fl(198143.27006902732), " n", "' 198143'");
    f(&mut failures, fl(-0.0), "f", "'-0.000000'");
    f(
        &mut failures,
        fl(1920.8125),
        "*^0.13o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(&mut failures, fl(37.244140625), "+0.10", "'+37.24414062'");
    f(
        &mut failures,
        Value::Int(489509),
        "b",
        "'1110111100000100101'",
    );
    f(
        &mut failures,
        fl(-73916125.68333133),
        ",e",
        "'-7.391613e+07'",
    );
    f(
        &mut failures,
        fl(-195.47672135275013),
        "x<z10.8o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(&mut failures, Value::Int(120735), "0=#2g", "'120735.'");
    f(
        &mut failures,
        fl(1e-07),
        "8,.13o",
        "ValueError: Cannot specify ',' with 'o'.",
    );
    f(&mut failures, fl(-17183.5), "0>.14", "'-17183.5'");
    f(
        &mut failures,
        Value::Int(0),
        "14.10",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(1.2037742533107473e-08),
        "#c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        big("9932495267308219611473356"),
        "-21.12G",
        "'    9.93249526731E+24'",
    );
    f(&mut failures, Value::Int(201164), "-f", "'201164.000000'");
    f(
        &mut failures,
        Value::Bool(true),
        "0>12.1X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(2.5),
        "+22X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(&mut failures, Value::Int(852902), " g", "' 852902'");
    f(
        &mut failures,
        big("2703204376745334174940303"),
        "7_.5c",
        "ValueError: Cannot specify '_' with 'c'.",
    );
    f(&mut failures, fl(0.25), "G", "'0.25'");
    f(
        &mut failures,
        fl(123456789.0),
        "#19.5F",
        "'    123456789.00000'",
    );
    f(
        &mut failures,
        fl(4065.75),
        "20X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(-682492),
        "18f",
        "'    -682492.000000'",
    );
    f(
        &mut failures,
        fl(2.5),
        "=z#6.2b",
        "ValueError: Unknown format code 'b' for object of type 'float'",
    );
    f(&mut failures, fl(-4473.5), "11,.6G", "'   -4,473.5'");
    f(
        &mut failures,
        Value::Bool(false),
        "14.5e",
        "'   0.00000e+00'",
    );
    f(
        &mut failures,
        fl(-597243.7509883866),
        " _.16",
        "'-597_243.7509883866'",
    );
    f(
        &mut failures,
        fl(42667.5),
        "20.13",
        "'             42667.5'",
    );
    f(
        &mut failures,
        fl(-96482389533038.61),
        " #15o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(-605757),
        "*=#0.4",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(251586.140334846),
        "#5_s",
        "ValueError: Cannot specify '_' with 's'.",
    );
    f(&mut failures, Value::Int(0), "-9x", "'        0'");
    f(
        &mut failures,
        big("941631482129802798625511"),
        "+14,.14F",
        "'+941,631,482,129,802,780,999,680.00000000000000'",
    );
    f(
        &mut failures,
        fl(1.5),
        "d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        big("9980365214026183784003041"),
        "-#e",
        "'9.980365e+24'",
    );
    f(&mut failures, fl(1e-07), ".4", "'1e-07'");
    f(&mut failures, fl(0.05), "18E", "'      5.000000E-02'");
    f(
        &mut failures,
        fl(1e+16),
        "8.18s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(36270.33734449453),
        "+0d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(&mut failures, Value::Int(-339881), "*<1", "'-339881'");
    f(
        &mut failures,
        fl(-2.8175143116571614e-21),
        "18",
        "'-2.8175143116571614e-21'",
    );
    f(
        &mut failures,
        fl(1.5),
        "0x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(&mut failures, fl(-789576.7973021654), "#.4", "'-7.896e+05'");
    f(&mut failures, Value::Int(-1), "12,f", "'   -1.000000'");
    f(
        &mut failures,
        fl(-7280.375),
        "*<017_",
        "'-7_280.375*******'",
    );
    f(
        &mut failures,
        fl(286250.17130449996),
        "-3.19o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        big("-3591308846725660890956309"),
        "+.4X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-2152.5),
        "024G",
        "'-000000000000000002152.5'",
    );
    f(
        &mut failures,
        fl(-1.6148956400247244e+26),
        ".19e",
        "'-1.6148956400247243535e+26'",
    );
    f(
        &mut failures,
        Value::Int(947451),
        "z10.18%",
        "'94745100.000000000000000000%'",
    );
    f(&mut failures, Value::Bool(false), "0=%", "'0.000000%'");
    f(
        &mut failures,
        Value::Int(344980),
        "0,.7%",
        "'34,498,000.0000000%'",
    );
    f(
        &mut failures,
        fl(-15536.5),
        "0<.7o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(410450.22392224893),
        "9o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        big("7123564732840307313893435"),
        "19G",
        "'        7.12356E+24'",
    );
    f(&mut failures, Value::Int(893330), "x", "'da192'");
    f(
        &mut failures,
        Value::Bool(true),
        "*>7.13o",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-2.5),
        "#012.16o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(-1),
        ".11n",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(-676863), "", "'-676863'");
    f(
        &mut failures,
        Value::Int(-650322),
        " 7%",
        "'-65032200.000000%'",
    );
    f(
        &mut failures,
        fl(2.9806315947008314e-22),
        ">e",
        "'2.980632e-22'",
    );
    f(&mut failures, Value::Int(-1), "#14g", "'      -1.00000'");
    f(
        &mut failures,
        Value::Bool(false),
        " 021.15",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(-162655.07480228634),
        "<22f",
        "'-162655.074802        '",
    );
    f(
        &mut failures,
        fl(2.0716056105396225e+24),
        "5_.15d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(&mut failures, fl(0.05), " z#.8", "' 0.050000000'");
    f(
        &mut failures,
        fl(0.05),
        "\u{e9}= #018_d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(&mut failures, fl(-11.2255859375), "0^ #g", "'-11.2256'");
    f(
        &mut failures,
        fl(-3.73134595021136e-27),
        "-#G",
        "'-3.73135E-27'",
    );
    f(
        &mut failures,
        Value::Int(999403),
        "\u{e9}=13_e",
        "'\u{e9}9.994030e+05'",
    );
    f(
        &mut failures,
        fl(1e-07),
        " 23.7X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(9999990000000000.0),
        "-#.17s",
        "ValueError: Unknown format code 's' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        ".19x",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(0.0), "-12", "'         0.0'");
    f(
        &mut failures,
        fl(0.5),
        "6d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-1226.75),
        "^ #23.18d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(16885.75),
        "#X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(&mut failures, fl(337441.00250028586), "+G", "'+337441'");
    f(
        &mut failures,
        fl(0.0),
        "23_.10F",
        "'           0.0000000000'",
    );
    f(
        &mut failures,
        fl(-713920.7188501738),
        " 09",
        "'-713920.7188501738'",
    );
    f(&mut failures, Value::Int(-1), "X", "'-1'");
    f(&mut failures, Value::Int(-1), "*<0", "'-1'");
    f(
        &mut failures,
        Value::Int(-957662),
        "+0_.3%",
        "'-95_766_200.000%'",
    );
    f(&mut failures, fl(2.5), "0>22%", "'00000000000250.000000%'");
    f(
        &mut failures,
        fl(165786.86372657935),
        ">-0F",
        "'165786.863727'",
    );
    f(
        &mut failures,
        Value::Bool(true),
        "-020,x",
        "ValueError: Cannot specify ',' with 'x'.",
    );
    f(
        &mut failures,
        big("35249257212545245738475"),
        "-.4d",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(0.15),
        "-z.13o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(-927965.4151103449),
        " zx",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(-892211),
        " .7",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("2018367394746775440819723"),
        "\u{e9}<+#c",
        "ValueError: Sign not allowed with integer format specifier 'c'",
    );
    f(
        &mut failures,
        fl(0.05),
        "0<+21.9g",
        "'+0.050000000000000000'",
    );
    f(&mut failures, fl(-5168.9375), "z7.13", "'-5168.9375'");
    f(
        &mut failures,
        fl(693911.6054743391),
        "z0.13o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(0),
        "z_.8n",
        "ValueError: Cannot specify '_' with 'n'.",
    );
    f(&mut failures, Value::Int(-60302), "8.4g", "'-6.03e+04'");
    f(&mut failures, Value::Int(597104), " 0.0F", "' 597104'");
    f(
        &mut failures,
        Value::Bool(true),
        " 0.9E",
        "' 1.000000000E+00'",
    );
    f(&mut failures, Value::Int(0), "z5.12F", "'0.000000000000'");
    f(
        &mut failures,
        Value::Bool(false),
        "-zn",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "x^-#.6s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "0<#12.8n",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        Value::Int(767822),
        " 3.1",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(-3036.5), "0=z#1f", "'-3036.500000'");
    f(
        &mut failures,
        fl(1.5),
        "*=+03.11d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Int(732365),
        "14.10",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(-161591), "#,e", "'-1.615910e+05'");
    f(
        &mut failures,
        big("3645859916996270211180394"),
        "-13.7f",
        "'3645859916996270027177984.0000000'",
    );
    f(
        &mut failures,
        fl(9999990000000000.0),
        "x= ",
        "' 9999990000000000.0'",
    );
    f(&mut failures, fl(0.5), "#0n", "'0.500000'");
    f(
        &mut failures,
        Value::Int(0),
        "\u{e9}=#22d",
        "'\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}0'",
    );
    f(&mut failures, fl(173334.1892828045), "g", "'173334'");
    f(&mut failures, fl(-11075.25), "13.3e", "'   -1.108e+04'");
    f(&mut failures, Value::Int(-1), " ,d", "'-1'");
    f(
        &mut failures,
        fl(-0.0),
        "x>-15.0c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(2783.625),
        "_X",
        "ValueError: Unknown format code 'X' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "0.17s",
        "ValueError: Unknown format code 's' for object of type 'bool'",
    );
    f(
        &mut failures,
        big("3418755395622273876496905"),
        "*=024.6o",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(773759.0875425187),
        "014x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "= .6d",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, fl(1.5), " _", "' 1.5'");
    f(
        &mut failures,
        big("9555058679803502827890638"),
        "#_",
        "'9_555_058_679_803_502_827_890_638'",
    );
    f(&mut failures, Value::Int(0), "1f", "'0.000000'");
    f(
        &mut failures,
        fl(-1235.875),
        "x^.5o",
        "ValueError: Unknown format code 'o' for object of type 'float'",
    );
    f(&mut failures, fl(1e-07), "\u{e9}<0,.14g", "'1e-07'");
    f(
        &mut failures,
        fl(123456789.0),
        "20.12G",
        "'           123456789'",
    );
    f(&mut failures, fl(11235.5), "0= 0.10g", "' 11235.5'");
    f(
        &mut failures,
        fl(-6.96151467118455e-18),
        "0=#22_.6g",
        "'-000_000_006.96151e-18'",
    );
    f(
        &mut failures,
        fl(-494696.2062518005),
        "x> 08,",
        "'-494,696.2062518005'",
    );
    f(
        &mut failures,
        fl(882558326.3295422),
        " z#.15%",
        "' 88255832632.954223632812500%'",
    );
    f(
        &mut failures,
        big("-2474264592422978645711923"),
        "\u{e9}<#2.16",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        fl(0.006969686038057592),
        "17_.7g",
        "'      0.006969686'",
    );
    f(
        &mut failures,
        fl(14216.5),
        "+z19.11",
        "'           +14216.5'",
    );
    f(
        &mut failures,
        fl(-1.330812260966995e-24),
        "n",
        "'-1.33081e-24'",
    );
    f(
        &mut failures,
        Value::Int(-568098),
        " #19.10G",
        "'       -568098.0000'",
    );
    f(&mut failures, fl(0.5), "x=z#", "'0.5'");
    f(&mut failures, Value::Int(-686026), ",", "'-686,026'");
    f(
        &mut failures,
        Value::Int(-1),
        " #20d",
        "'                  -1'",
    );
    f(
        &mut failures,
        Value::Int(-474523),
        "1.14e",
        "'-4.74523000000000e+05'",
    );
    f(&mut failures, Value::Int(-1), "7,", "'     -1'");
    f(&mut failures, Value::Bool(true), "-e", "'1.000000e+00'");
    f(
        &mut failures,
        fl(-1086.0),
        "+_.18d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(132443.22355019022),
        " .17",
        "' 132443.22355019022'",
    );
    f(
        &mut failures,
        fl(1000000000000000.0),
        "^x",
        "ValueError: Unknown format code 'x' for object of type 'float'",
    );
    f(
        &mut failures,
        fl(986491.2831447201),
        "\u{e9}=z.7g",
        "'986491.3'",
    );
    f(&mut failures, fl(-5891.6875), ",.4", "'-5.892e+03'");
    f(
        &mut failures,
        big("-6985578212006668344888376"),
        " #.3",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(&mut failures, Value::Int(-790630), ",", "'-790,630'");
    f(&mut failures, fl(48807.5), "\u{e9}>+z#G", "'+48807.5'");
    f(
        &mut failures,
        fl(0.15),
        "+9,.0o",
        "ValueError: Cannot specify ',' with 'o'.",
    );
    f(
        &mut failures,
        fl(-2055.0546943324352),
        "^z#.15f",
        "'-2055.054694332435247'",
    );
    f(
        &mut failures,
        fl(1377.5990936060305),
        "10e",
        "'1.377599e+03'",
    );
    f(
        &mut failures,
        Value::Bool(false),
        "#014_.6X",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("-3032567588463883836335867"),
        "*^20.7",
        "ValueError: Precision not allowed in integer format specifier",
    );
    f(
        &mut failures,
        big("7581863932824519890533931"),
        "0.11s",
        "ValueError: Unknown format code 's' for object of type 'int'",
    );
    f(&mut failures, fl(123456789.0), "+7F", "'+123456789.000000'");
    f(
        &mut failures,
        big("867571912384011341307918"),
        "0.16%",
        "'86757191238401122140946432.0000000000000000%'",
    );
    f(
        &mut failures,
        Value::Int(-1),
        "x= ,.14s",
        "ValueError: Cannot specify ',' with 's'.",
    );
    f(
        &mut failures,
        fl(-6.541856528062549e-18),
        ".14",
        "'-6.5418565280625e-18'",
    );
    f(
        &mut failures,
        Value::Int(532038),
        ",.12s",
        "ValueError: Cannot specify ',' with 's'.",
    );
    f(&mut failures, fl(-0.0), "\u{e9}<01", "'-0.0'");
    f(
        &mut failures,
        fl(9999990000000000.0),
        "-16f",
        "'9999990000000000.000000'",
    );
    f(&mut failures, fl(68.7099609375), "f", "'68.709961'");
    f(&mut failures, Value::Bool(true), "3,g", "'  1'");
    f(&mut failures, Value::Int(45500), "0>0F", "'45500.000000'");
    f(&mut failures, Value::Int(226844), "-_", "'226_844'");
    f(&mut failures, fl(0.15), "z018n", "'000000000000000.15'");
    f(&mut failures, fl(0.0), "x^10.6E", "'0.000000E+00'");
    f(&mut failures, fl(111.07686139705794), "*=0_G", "'111.077'");
    f(
        &mut failures,
        fl(-4.543762915325803e-29),
        "f",
        "'-0.000000'",
    );
    report(failures);
}

#[test]
fn percent_formatting() {
    let mut failures = Vec::new();
    p(&mut failures, s("%s"), Value::Int(1), "'1'");
    p(
        &mut failures,
        s("%s %s"),
        t(vec![Value::Int(1), s("a")]),
        "'1 a'",
    );
    p(&mut failures, s("%r"), s("a"), "\"'a'\"");
    p(&mut failures, s("%a"), s("\u{e9}"), "\"'\\\\xe9'\"");
    p(&mut failures, s("%5s|"), s("ab"), "'   ab|'");
    p(&mut failures, s("%-5s|"), s("ab"), "'ab   |'");
    p(&mut failures, s("%.1s"), s("ab"), "'a'");
    p(&mut failures, s("%5.1s|"), s("ab"), "'    a|'");
    p(
        &mut failures,
        s("%s"),
        t(vec![]),
        "TypeError: not enough arguments for format string",
    );
    p(
        &mut failures,
        s("%s"),
        t(vec![t(vec![Value::Int(1), Value::Int(2)])]),
        "'(1, 2)'",
    );
    p(
        &mut failures,
        s("%s"),
        l(vec![Value::Int(1), Value::Int(2)]),
        "'[1, 2]'",
    );
    p(
        &mut failures,
        s("%s"),
        d(vec![(s("a"), Value::Int(1))]),
        "\"{'a': 1}\"",
    );
    p(
        &mut failures,
        s("%(a)s"),
        d(vec![(s("a"), Value::Int(1))]),
        "'1'",
    );
    p(
        &mut failures,
        s("%(a)s %(b)r"),
        d(vec![(s("a"), Value::Int(1)), (s("b"), s("x"))]),
        "\"1 'x'\"",
    );
    p(
        &mut failures,
        s("%(a)s %s"),
        d(vec![(s("a"), Value::Int(1))]),
        "TypeError: not enough arguments for format string",
    );
    p(&mut failures, s("%(a)s"), d(vec![]), "KeyError: 'a'");
    p(
        &mut failures,
        s("%(a)s"),
        Value::Int(1),
        "TypeError: format requires a mapping",
    );
    p(
        &mut failures,
        s("%(a"),
        d(vec![(s("a"), Value::Int(1))]),
        "ValueError: incomplete format key",
    );
    p(
        &mut failures,
        s("%(a(b))s"),
        d(vec![(s("a(b)"), Value::Int(2))]),
        "'2'",
    );
    p(&mut failures, s("%d"), Value::Int(42), "'42'");
    p(&mut failures, s("%d"), Value::Int(-42), "'-42'");
    p(&mut failures, s("%5d|"), Value::Int(42), "'   42|'");
    p(&mut failures, s("%-5d|"), Value::Int(42), "'42   |'");
    p(&mut failures, s("%05d"), Value::Int(-42), "'-0042'");
    p(&mut failures, s("%-05d|"), Value::Int(-42), "'-42  |'");
    p(&mut failures, s("%+d"), Value::Int(42), "'+42'");
    p(&mut failures, s("% d"), Value::Int(42), "' 42'");
    p(&mut failures, s("% d"), Value::Int(-42), "'-42'");
    p(&mut failures, s("%+ d"), Value::Int(42), "'+42'");
    p(&mut failures, s("%.3d"), Value::Int(5), "'005'");
    p(&mut failures, s("%.3d"), Value::Int(-5), "'-005'");
    p(&mut failures, s("%8.3d|"), Value::Int(-5), "'    -005|'");
    p(&mut failures, s("%08.3d|"), Value::Int(-5), "'-0000005|'");
    p(&mut failures, s("%i"), Value::Int(7), "'7'");
    p(&mut failures, s("%u"), Value::Int(7), "'7'");
    p(&mut failures, s("%d"), fl(3.99), "'3'");
    p(&mut failures, s("%d"), fl(-3.99), "'-3'");
    p(&mut failures, s("%d"), Value::Bool(true), "'1'");
    p(
        &mut failures,
        s("%d"),
        big("1000000000000000000000000000000"),
        "'1000000000000000000000000000000'",
    );
    p(
        &mut failures,
        s("%d"),
        s("x"),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("%d"),
        Value::None,
        "TypeError: %d format: a real number is required, not NoneType",
    );
    p(
        &mut failures,
        s("%d"),
        fl(f64::NAN),
        "ValueError: cannot convert float NaN to integer",
    );
    p(
        &mut failures,
        s("%d"),
        fl(f64::INFINITY),
        "OverflowError: cannot convert float infinity to integer",
    );
    p(&mut failures, s("%x"), Value::Int(255), "'ff'");
    p(&mut failures, s("%X"), Value::Int(255), "'FF'");
    p(&mut failures, s("%#x"), Value::Int(255), "'0xff'");
    p(&mut failures, s("%#X"), Value::Int(255), "'0XFF'");
    p(&mut failures, s("%#o"), Value::Int(8), "'0o10'");
    p(&mut failures, s("%o"), Value::Int(8), "'10'");
    p(&mut failures, s("%#08x"), Value::Int(255), "'0x0000ff'");
    p(&mut failures, s("%#8x|"), Value::Int(255), "'    0xff|'");
    p(&mut failures, s("%-#8x|"), Value::Int(255), "'0xff    |'");
    p(&mut failures, s("%#.4x"), Value::Int(-255), "'-0x00ff'");
    p(&mut failures, s("%x"), Value::Int(-255), "'-ff'");
    p(&mut failures, s("%+#x"), Value::Int(255), "'+0xff'");
    p(
        &mut failures,
        s("%x"),
        fl(1.5),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("%x"),
        s("a"),
        "TypeError: %x format: an integer is required, not str",
    );
    p(&mut failures, s("%x"), Value::Bool(true), "'1'");
    p(&mut failures, s("%e"), fl(12345.678), "'1.234568e+04'");
    p(&mut failures, s("%.3e"), fl(12345.678), "'1.235e+04'");
    p(&mut failures, s("%E"), fl(0.000123), "'1.230000E-04'");
    p(&mut failures, s("%f"), fl(1.5), "'1.500000'");
    p(&mut failures, s("%.2f"), fl(2.675), "'2.67'");
    p(&mut failures, s("%.0f"), fl(0.5), "'0'");
    p(&mut failures, s("%#.0f"), fl(1.0), "'1.'");
    p(&mut failures, s("%10.3f|"), fl(-3.14159), "'    -3.142|'");
    p(&mut failures, s("%-10.3f|"), fl(3.14159), "'3.142     |'");
    p(&mut failures, s("%010.3f"), fl(-3.14159), "'-00003.142'");
    p(&mut failures, s("%+.1f"), fl(2.0), "'+2.0'");
    p(&mut failures, s("% .1f"), fl(2.0), "' 2.0'");
    p(&mut failures, s("%g"), fl(1e-05), "'1e-05'");
    p(&mut failures, s("%g"), fl(123456789.0), "'1.23457e+08'");
    p(&mut failures, s("%G"), fl(1e-20), "'1E-20'");
    p(&mut failures, s("%#g"), fl(1.0), "'1.00000'");
    p(&mut failures, s("%.3g"), fl(0.0001234), "'0.000123'");
    p(&mut failures, s("%f"), Value::Int(3), "'3.000000'");
    p(
        &mut failures,
        s("%f"),
        s("x"),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("%f"),
        Value::None,
        "TypeError: must be real number, not NoneType",
    );
    p(&mut failures, s("%f"), fl(f64::INFINITY), "'inf'");
    p(&mut failures, s("%f"), fl(f64::NAN), "'nan'");
    p(&mut failures, s("%05f"), fl(f64::INFINITY), "'00inf'");
    p(&mut failures, s("%F"), fl(f64::NAN), "'NAN'");
    p(
        &mut failures,
        s("%f"),
        big("1000000000000000000000000000000"),
        "'1000000000000000019884624838656.000000'",
    );
    p(&mut failures, s("%c"), Value::Int(65), "'A'");
    p(&mut failures, s("%c"), s("x"), "'x'");
    p(
        &mut failures,
        s("%c"),
        s("xy"),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("%c"),
        fl(1.5),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("%c"),
        Value::Int(-1),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("%c"),
        Value::Int(1114112),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(&mut failures, s("%3c|"), s("x"), "'  x|'");
    p(&mut failures, s("%-3c|"), Value::Int(65), "'A  |'");
    p(&mut failures, s("%%"), t(vec![]), "'%'");
    p(&mut failures, s("100%%"), t(vec![]), "'100%'");
    p(&mut failures, s("%s%%"), Value::Int(5), "'5%'");
    p(
        &mut failures,
        s("%5%"),
        t(vec![]),
        "TypeError: not enough arguments for format string",
    );
    p(
        &mut failures,
        s("%"),
        t(vec![]),
        "ValueError: incomplete format",
    );
    p(
        &mut failures,
        s("abc%"),
        t(vec![]),
        "ValueError: incomplete format",
    );
    p(
        &mut failures,
        s("%y"),
        Value::Int(1),
        "ValueError: unsupported format character 'y' (0x79) at index 1",
    );
    p(
        &mut failures,
        s("%y"),
        t(vec![]),
        "TypeError: not enough arguments for format string",
    );
    p(
        &mut failures,
        s("%s %s"),
        t(vec![Value::Int(1)]),
        "TypeError: not enough arguments for format string",
    );
    p(
        &mut failures,
        s("%s"),
        t(vec![Value::Int(1), Value::Int(2)]),
        "TypeError: not all arguments converted during string formatting",
    );
    p(
        &mut failures,
        s(""),
        Value::Int(5),
        "TypeError: not all arguments converted during string formatting",
    );
    p(&mut failures, s(""), t(vec![]), "''");
    p(&mut failures, s(""), d(vec![]), "''");
    p(&mut failures, s("abc"), l(vec![]), "'abc'");
    p(
        &mut failures,
        s("abc"),
        s("x"),
        "TypeError: not all arguments converted during string formatting",
    );
    p(&mut failures, s("%s"), s("x"), "'x'");
    p(
        &mut failures,
        s("%*d"),
        t(vec![Value::Int(5), Value::Int(42)]),
        "'   42'",
    );
    p(
        &mut failures,
        s("%-*d|"),
        t(vec![Value::Int(5), Value::Int(42)]),
        "'42   |'",
    );
    p(
        &mut failures,
        s("%*d|"),
        t(vec![Value::Int(-5), Value::Int(42)]),
        "'42   |'",
    );
    p(
        &mut failures,
        s("%.*f"),
        t(vec![Value::Int(2), fl(3.14159)]),
        "'3.14'",
    );
    p(
        &mut failures,
        s("%*.*f"),
        t(vec![Value::Int(8), Value::Int(2), fl(3.14159)]),
        "'    3.14'",
    );
    p(
        &mut failures,
        s("%*d"),
        t(vec![s("x"), Value::Int(1)]),
        "TypeError: * wants int",
    );
    p(
        &mut failures,
        s("%.*f"),
        t(vec![Value::Int(-1), fl(1.5)]),
        "'2'",
    );
    p(
        &mut failures,
        s("%ld %hd %Ld"),
        t(vec![Value::Int(1), Value::Int(2), Value::Int(3)]),
        "'1 2 3'",
    );
    p(&mut failures, s("%s"), Value::None, "'None'");
    p(&mut failures, s("%r"), Value::None, "'None'");
    p(&mut failures, s("%s"), by(b"x"), "\"b'x'\"");
    p(&mut failures, s("%r"), fl(1.5), "'1.5'");
    p(&mut failures, s("%s"), fl(1e+16), "'1e+16'");
    p(
        &mut failures,
        s("%(x)d items"),
        d(vec![(s("x"), Value::Int(3))]),
        "'3 items'",
    );
    p(
        &mut failures,
        s("%(x)05.1f"),
        d(vec![(s("x"), fl(3.14159))]),
        "'003.1'",
    );
    p(&mut failures, s("%s\u{e9}"), s("x"), "'x\u{e9}'");
    p(
        &mut failures,
        s("%\u{e9}"),
        Value::Int(1),
        "ValueError: unsupported format character '?' (0xe9) at index 1",
    );
    p(&mut failures, by(b"%s"), by(b"x"), "b'x'");
    p(&mut failures, by(b"%b"), by(b"xy"), "b'xy'");
    p(
        &mut failures,
        by(b"%s"),
        s("x"),
        "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'",
    );
    p(&mut failures, by(b"%d"), Value::Int(5), "b'5'");
    p(&mut failures, by(b"%5d|"), Value::Int(-5), "b'   -5|'");
    p(&mut failures, by(b"%x"), Value::Int(255), "b'ff'");
    p(&mut failures, by(b"%#x"), Value::Int(255), "b'0xff'");
    p(&mut failures, by(b"%r"), s("\u{e9}"), "b\"'\\\\xe9'\"");
    p(&mut failures, by(b"%a"), s("\u{e9}"), "b\"'\\\\xe9'\"");
    p(&mut failures, by(b"%c"), Value::Int(65), "b'A'");
    p(&mut failures, by(b"%c"), by(b"A"), "b'A'");
    p(
        &mut failures,
        by(b"%c"),
        Value::Int(256),
        "OverflowError: %c arg not in range(256)",
    );
    p(
        &mut failures,
        by(b"%c"),
        s("A"),
        "TypeError: %c requires an integer in range(256) or a single byte",
    );
    p(&mut failures, by(b"%.1f"), fl(1.25), "b'1.2'");
    p(
        &mut failures,
        by(b"%s %s"),
        t(vec![by(b"a"), by(b"b")]),
        "b'a b'",
    );
    p(
        &mut failures,
        by(b"%(k)s"),
        d(vec![(by(b"k"), by(b"v"))]),
        "b'v'",
    );
    p(
        &mut failures,
        by(b"%s"),
        t(vec![Value::Int(1)]),
        "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'",
    );
    p(
        &mut failures,
        by(b"%y"),
        Value::Int(1),
        "ValueError: unsupported format character 'y' (0x79) at index 1",
    );
    p(
        &mut failures,
        by(b""),
        Value::Int(1),
        "TypeError: not all arguments converted during bytes formatting",
    );
    p(&mut failures, by(b"%%"), t(vec![]), "b'%'");
    p(&mut failures, by(b"%5s|"), by(b"ab"), "b'   ab|'");
    p(&mut failures, by(b"%-5s|"), by(b"ab"), "b'ab   |'");
    p(&mut failures, by(b"%.1s"), by(b"ab"), "b'a'");
    p(
        &mut failures,
        s("<%- e>"),
        t(vec![fl(-30790.149809122842)]),
        "'<-3.079015e+04>'",
    );
    p(
        &mut failures,
        s("<%-0d>"),
        t(vec![Value::Int(-7076236)]),
        "'<-7076236>'",
    );
    p(
        &mut failures,
        s("<%7c>"),
        t(vec![s("abc")]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<% +10F>"),
        t(vec![Value::Int(-15183207)]),
        "'<-15183207.000000>'",
    );
    p(
        &mut failures,
        s("<% -14u>"),
        t(vec![fl(1192.694540280521)]),
        "'< 1192         >'",
    );
    p(
        &mut failures,
        s("<%6f>"),
        t(vec![Value::Int(79041986)]),
        "'<79041986.000000>'",
    );
    p(
        &mut failures,
        s("<% #f>"),
        t(vec![Value::Int(2948167)]),
        "'< 2948167.000000>'",
    );
    p(
        &mut failures,
        s("<%-0o>"),
        t(vec![fl(0.0)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%+#d>"),
        t(vec![Value::Int(-90594615)]),
        "'<-90594615>'",
    );
    p(
        &mut failures,
        s("<% #11.2r>"),
        t(vec![Value::Int(65)]),
        "'<         65>'",
    );
    p(
        &mut failures,
        s("<%#13G>"),
        t(vec![fl(2.5)]),
        "'<      2.50000>'",
    );
    p(
        &mut failures,
        s("<%#-i>"),
        t(vec![s("ab'c")]),
        "TypeError: %i format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%#.1o>"),
        t(vec![Value::Int(16713605)]),
        "'<0o77603605>'",
    );
    p(
        &mut failures,
        s("<%.2F>"),
        t(vec![fl(92724.51335972978)]),
        "'<92724.51>'",
    );
    p(
        &mut failures,
        s("<%+-12.3x>"),
        t(vec![fl(78936.4665558699)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<% +12E>"),
        t(vec![s("ab'c")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%-c>"),
        t(vec![fl(41314.57118902478)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%# f>"),
        t(vec![fl(0.5)]),
        "'< 0.500000>'",
    );
    p(
        &mut failures,
        s("<%+06.3s>"),
        t(vec![fl(-83730.29398161717)]),
        "'<   -83>'",
    );
    p(
        &mut failures,
        s("<%+ 13o>"),
        t(vec![fl(67672.91177182888)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%#.9f>"),
        t(vec![Value::Int(-3)]),
        "'<-3.000000000>'",
    );
    p(
        &mut failures,
        s("<%0.3o>"),
        t(vec![fl(-14.644844269131266)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%09.9s>"),
        t(vec![fl(0.0013845649045498233)]),
        "'<0.0013845>'",
    );
    p(
        &mut failures,
        s("<%0.9d>"),
        t(vec![Value::Int(-3)]),
        "'<-000000003>'",
    );
    p(
        &mut failures,
        s("<%#-c>"),
        t(vec![fl(24422794.410467427)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%+#3g>"),
        t(vec![Value::Int(-3)]),
        "'<-3.00000>'",
    );
    p(
        &mut failures,
        s("<% d>"),
        t(vec![fl(-1.25976755913965e-11)]),
        "'< 0>'",
    );
    p(
        &mut failures,
        s("<%+F>"),
        t(vec![fl(5824373913508.292)]),
        "'<+5824373913508.291992>'",
    );
    p(
        &mut failures,
        s("<%F>"),
        t(vec![s("xxxxx")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%#2.8F>"),
        t(vec![fl(-0.0)]),
        "'<-0.00000000>'",
    );
    p(&mut failures, s("<%+5s>"), t(vec![fl(0.0)]), "'<  0.0>'");
    p(
        &mut failures,
        s("<%2d>"),
        t(vec![fl(1.894342317213442e-08)]),
        "'< 0>'",
    );
    p(
        &mut failures,
        s("<%.11a>"),
        t(vec![Value::Int(-37463747)]),
        "'<-37463747>'",
    );
    p(
        &mut failures,
        s("<%+0e>"),
        t(vec![Value::Int(-47365149)]),
        "'<-4.736515e+07>'",
    );
    p(
        &mut failures,
        s("<%08x>"),
        t(vec![fl(99730.85322494782)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%14E>"),
        t(vec![Value::Int(-68520008)]),
        "'< -6.852001E+07>'",
    );
    p(
        &mut failures,
        s("<%#5.5X>"),
        t(vec![fl(-88970.83167568756)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%-f>"),
        t(vec![fl(-28.203112860784813)]),
        "'<-28.203113>'",
    );
    p(
        &mut failures,
        s("<% i>"),
        t(vec![fl(-7658598652484.494)]),
        "'<-7658598652484>'",
    );
    p(
        &mut failures,
        s("<%.5E>"),
        t(vec![fl(-89626.85525296161)]),
        "'<-8.96269E+04>'",
    );
    p(
        &mut failures,
        s("<% 3.0i>"),
        t(vec![s("abc")]),
        "TypeError: %i format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%0-9u>"),
        t(vec![fl(0.00047531729861274093)]),
        "'<0        >'",
    );
    p(
        &mut failures,
        s("<%02a>"),
        t(vec![s("\u{e9}")]),
        "\"<'\\\\xe9'>\"",
    );
    p(
        &mut failures,
        s("<%0#e>"),
        t(vec![fl(1.9424382089552602e-15)]),
        "'<1.942438e-15>'",
    );
    p(
        &mut failures,
        s("<%5d>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%12.2u>"),
        t(vec![Value::Int(33768993)]),
        "'<    33768993>'",
    );
    p(
        &mut failures,
        s("<%11E>"),
        t(vec![Value::Int(9786)]),
        "'<9.786000E+03>'",
    );
    p(
        &mut failures,
        s("<%-0.7c>"),
        t(vec![fl(1.7561707069935808e+16)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%#.7d>"),
        t(vec![s("")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%g>"),
        t(vec![Value::Int(-61055409)]),
        "'<-6.10554e+07>'",
    );
    p(&mut failures, s("<%G>"), t(vec![fl(0.5)]), "'<0.5>'");
    p(
        &mut failures,
        s("<%9o>"),
        t(vec![s("xxxxx")]),
        "TypeError: %o format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%#1.0g>"),
        t(vec![fl(-2.3499568074712685e-06)]),
        "'<-2.e-06>'",
    );
    p(
        &mut failures,
        s("<%0+2.4e>"),
        t(vec![Value::Bool(true)]),
        "'<+1.0000e+00>'",
    );
    p(
        &mut failures,
        s("<%+ x>"),
        t(vec![Value::Int(-3)]),
        "'<-3>'",
    );
    p(
        &mut failures,
        s("<% d>"),
        t(vec![fl(-53740.22764188469)]),
        "'<-53740>'",
    );
    p(
        &mut failures,
        s("<%+0o>"),
        t(vec![fl(-5592.159023730375)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%.7i>"),
        t(vec![s("xxxxx")]),
        "TypeError: %i format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<% +4.9x>"),
        t(vec![fl(2.5)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%o>"),
        t(vec![fl(60620.79424603321)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%-#.2r>"),
        t(vec![Value::Int(75974308)]),
        "'<75>'",
    );
    p(
        &mut failures,
        s("<%-0g>"),
        t(vec![fl(9.28942030267166e+18)]),
        "'<9.28942e+18>'",
    );
    p(
        &mut failures,
        s("<% +.2e>"),
        t(vec![fl(-24200.52945300845)]),
        "'<-2.42e+04>'",
    );
    p(
        &mut failures,
        s("<%09.2c>"),
        t(vec![s("\u{e9}")]),
        "'<        \u{e9}>'",
    );
    p(
        &mut failures,
        s("<%-011x>"),
        t(vec![fl(-656899.7046044879)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%14E>"),
        t(vec![fl(-0.000825421593617269)]),
        "'< -8.254216E-04>'",
    );
    p(
        &mut failures,
        s("<%+13G>"),
        t(vec![fl(-1.3868135147733103e-09)]),
        "'< -1.38681E-09>'",
    );
    p(
        &mut failures,
        s("<%#-X>"),
        t(vec![fl(-0.0)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%0 11e>"),
        t(vec![fl(-196630326.12636405)]),
        "'<-1.966303e+08>'",
    );
    p(
        &mut failures,
        s("<%r>"),
        t(vec![fl(457.04119784712384)]),
        "'<457.04119784712384>'",
    );
    p(
        &mut failures,
        s("<%-10e>"),
        t(vec![s("xxxxx")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%+3G>"),
        t(vec![Value::Int(34150987)]),
        "'<+3.4151E+07>'",
    );
    p(
        &mut failures,
        s("<%.10F>"),
        t(vec![Value::Int(65)]),
        "'<65.0000000000>'",
    );
    p(
        &mut failures,
        s("<%+3u>"),
        t(vec![Value::Int(-46552118)]),
        "'<-46552118>'",
    );
    p(
        &mut failures,
        s("<%13.3c>"),
        t(vec![s("abc")]),
        "TypeError: %c requires int or char",
    );
    p(&mut failures, s("<%- 1a>"), t(vec![fl(-0.0)]), "'<-0.0>'");
    p(
        &mut failures,
        s("<% -5.6d>"),
        t(vec![fl(-2090907642.8958766)]),
        "'<-2090907642>'",
    );
    p(
        &mut failures,
        s("<%+13.5c>"),
        t(vec![fl(-78241.7349682922)]),
        "TypeError: %c requires int or char",
    );
    p(&mut failures, s("<%-#7g>"), t(vec![fl(0.0)]), "'<0.00000>'");
    p(
        &mut failures,
        s("<%0 d>"),
        t(vec![fl(1.90984850397978e-10)]),
        "'< 0>'",
    );
    p(
        &mut failures,
        s("<%+s>"),
        t(vec![fl(3.1068550463696616e+16)]),
        "'<3.1068550463696616e+16>'",
    );
    p(
        &mut failures,
        s("<% .7x>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%0-.4F>"),
        t(vec![fl(85126.93543187992)]),
        "'<85126.9354>'",
    );
    p(
        &mut failures,
        s("<%+7.6u>"),
        t(vec![Value::Int(-50291667)]),
        "'<-50291667>'",
    );
    p(
        &mut failures,
        s("<%5r>"),
        t(vec![Value::Int(4369444)]),
        "'<4369444>'",
    );
    p(
        &mut failures,
        s("<%+8X>"),
        t(vec![fl(3.515038366389828e-17)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%# 4.6E>"),
        t(vec![fl(65826.19756770247)]),
        "'< 6.582620E+04>'",
    );
    p(
        &mut failures,
        s("<%# f>"),
        t(vec![fl(-49371007.98045054)]),
        "'<-49371007.980451>'",
    );
    p(
        &mut failures,
        s("<%+12c>"),
        t(vec![Value::Int(70791328)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<% 8.7d>"),
        t(vec![fl(-4.439973845072078e-11)]),
        "'< 0000000>'",
    );
    p(
        &mut failures,
        s("<%.0E>"),
        t(vec![Value::Int(72429145)]),
        "'<7E+07>'",
    );
    p(
        &mut failures,
        s("<%11c>"),
        t(vec![Value::Int(-41890643)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%F>"),
        t(vec![fl(90493.0646538029)]),
        "'<90493.064654>'",
    );
    p(
        &mut failures,
        s("<%#.0E>"),
        t(vec![s("")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%0#12.11X>"),
        t(vec![Value::Int(41994018)]),
        "'<0X0000280C722>'",
    );
    p(
        &mut failures,
        s("<%#+10.0d>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<% #X>"),
        t(vec![fl(41796.94909027885)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%-c>"),
        t(vec![Value::Int(36345832)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%1x>"),
        t(vec![Value::Bool(true)]),
        "'<1>'",
    );
    p(
        &mut failures,
        s("<%+13r>"),
        t(vec![fl(-0.0)]),
        "'<         -0.0>'",
    );
    p(
        &mut failures,
        s("<%-#6.10E>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%-+0.5G>"),
        t(vec![fl(-2.2512835059969962e+17)]),
        "'<-2.2513E+17>'",
    );
    p(
        &mut failures,
        s("<%-#.10e>"),
        t(vec![fl(-2.3564359085432332e+16)]),
        "'<-2.3564359085e+16>'",
    );
    p(
        &mut failures,
        s("<%0+a>"),
        t(vec![fl(-96064.46222667917)]),
        "'<-96064.46222667917>'",
    );
    p(
        &mut failures,
        s("<%+.0u>"),
        t(vec![s("ab'c")]),
        "TypeError: %u format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%#F>"),
        t(vec![fl(69831.5520792235)]),
        "'<69831.552079>'",
    );
    p(
        &mut failures,
        s("<%+ 3o>"),
        t(vec![Value::Int(-63554699)]),
        "'<-362342213>'",
    );
    p(
        &mut failures,
        s("<%1.11c>"),
        t(vec![fl(-93.81034457407513)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%-0d>"),
        t(vec![Value::Int(82440522)]),
        "'<82440522>'",
    );
    p(
        &mut failures,
        s("<%#8f>"),
        t(vec![Value::Int(25896159)]),
        "'<25896159.000000>'",
    );
    p(
        &mut failures,
        s("<%u>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %u format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%+e>"),
        t(vec![fl(10454.080490870329)]),
        "'<+1.045408e+04>'",
    );
    p(
        &mut failures,
        s("<%0x>"),
        t(vec![fl(167780949.63137814)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%0.3f>"),
        t(vec![Value::Int(9786)]),
        "'<9786.000>'",
    );
    p(
        &mut failures,
        s("<%i>"),
        t(vec![s("xxxxx")]),
        "TypeError: %i format: a real number is required, not str",
    );
    p(&mut failures, s("<%d>"), t(vec![Value::Int(-3)]), "'<-3>'");
    p(
        &mut failures,
        s("<%.10G>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%14X>"),
        t(vec![fl(38359.181536270306)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%0.4o>"),
        t(vec![Value::Int(94759043)]),
        "'<551364203>'",
    );
    p(
        &mut failures,
        s("<% .6s>"),
        t(vec![Value::Int(-3)]),
        "'<-3>'",
    );
    p(
        &mut failures,
        s("<%.8s>"),
        t(vec![Value::Bool(true)]),
        "'<True>'",
    );
    p(
        &mut failures,
        s("<%#E>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%o>"),
        t(vec![fl(6.854611912764554e-10)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%-+.10x>"),
        t(vec![Value::Bool(true)]),
        "'<+0000000001>'",
    );
    p(
        &mut failures,
        s("<%-#e>"),
        t(vec![s("xxxxx")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%+9o>"),
        t(vec![fl(-3.8062021598503852)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%- 6a>"),
        t(vec![fl(1.1923691578049989e-05)]),
        "'<1.1923691578049989e-05>'",
    );
    p(
        &mut failures,
        s("<%4e>"),
        t(vec![Value::Int(67855388)]),
        "'<6.785539e+07>'",
    );
    p(
        &mut failures,
        s("<%.2r>"),
        t(vec![fl(79982.17408362211)]),
        "'<79>'",
    );
    p(
        &mut failures,
        s("<%-7s>"),
        t(vec![s("ab'c")]),
        "\"<ab'c   >\"",
    );
    p(
        &mut failures,
        s("<% 08.10u>"),
        t(vec![s("ab'c")]),
        "TypeError: %u format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%7g>"),
        t(vec![fl(-13676.75592829303)]),
        "'<-13676.8>'",
    );
    p(
        &mut failures,
        s("<%6.8X>"),
        t(vec![fl(1.8049222958069328e-10)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%c>"),
        t(vec![s("xxxxx")]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<% +14.5g>"),
        t(vec![fl(88145.46533475153)]),
        "'<        +88145>'",
    );
    p(
        &mut failures,
        s("<%2G>"),
        t(vec![fl(8838458.09699393)]),
        "'<8.83846E+06>'",
    );
    p(
        &mut failures,
        s("<%#0.2F>"),
        t(vec![fl(-99035.16238048616)]),
        "'<-99035.16>'",
    );
    p(
        &mut failures,
        s("<%0G>"),
        t(vec![fl(34355.57947884346)]),
        "'<34355.6>'",
    );
    p(
        &mut failures,
        s("<%0r>"),
        t(vec![fl(74299.25617233847)]),
        "'<74299.25617233847>'",
    );
    p(
        &mut failures,
        s("<%E>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%-g>"),
        t(vec![fl(79254130314812.72)]),
        "'<7.92541e+13>'",
    );
    p(
        &mut failures,
        s("<%13u>"),
        t(vec![fl(-0.00011600273822719684)]),
        "'<            0>'",
    );
    p(
        &mut failures,
        s("<%.7r>"),
        t(vec![Value::Int(87360102)]),
        "'<8736010>'",
    );
    p(
        &mut failures,
        s("<%#.8o>"),
        t(vec![fl(-860014.3083703902)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%#4.2x>"),
        t(vec![s("xxxxx")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%#x>"),
        t(vec![fl(66853641.597468436)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%#0F>"),
        t(vec![fl(-0.0011815606246627468)]),
        "'<-0.001182>'",
    );
    p(
        &mut failures,
        s("<%1e>"),
        t(vec![fl(-9.026553105991862e-18)]),
        "'<-9.026553e-18>'",
    );
    p(
        &mut failures,
        s("<%+-s>"),
        t(vec![fl(67366.60168218505)]),
        "'<67366.60168218505>'",
    );
    p(
        &mut failures,
        s("<%5.5x>"),
        t(vec![fl(1.5963655071664596e+16)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%+11F>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%-c>"),
        t(vec![Value::Int(9786)]),
        "'<\u{263a}>'",
    );
    p(
        &mut failures,
        s("<%#9s>"),
        t(vec![Value::Int(29921676)]),
        "'< 29921676>'",
    );
    p(
        &mut failures,
        s("<%-.7d>"),
        t(vec![s("xxxxx")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(&mut failures, s("<%r>"), t(vec![fl(2.5)]), "'<2.5>'");
    p(
        &mut failures,
        s("<%13d>"),
        t(vec![s("")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%-+10.2E>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%c>"),
        t(vec![Value::Int(19391714)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%#06.1f>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%3c>"),
        t(vec![Value::Int(65)]),
        "'<  A>'",
    );
    p(
        &mut failures,
        s("<%-10a>"),
        t(vec![fl(0.5)]),
        "'<0.5       >'",
    );
    p(
        &mut failures,
        s("<%r>"),
        t(vec![fl(-1.4354800437130424e+18)]),
        "'<-1.4354800437130424e+18>'",
    );
    p(
        &mut failures,
        s("<%+ G>"),
        t(vec![s("xxxxx")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<% .6d>"),
        t(vec![s("")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%#4e>"),
        t(vec![Value::Int(-3)]),
        "'<-3.000000e+00>'",
    );
    p(
        &mut failures,
        s("<%3.9u>"),
        t(vec![Value::Bool(true)]),
        "'<000000001>'",
    );
    p(
        &mut failures,
        s("<%10.8f>"),
        t(vec![fl(-1.307042249164484e-18)]),
        "'<-0.00000000>'",
    );
    p(
        &mut failures,
        s("<% +3d>"),
        t(vec![fl(-58764.38223409315)]),
        "'<-58764>'",
    );
    p(
        &mut failures,
        s("<%c>"),
        t(vec![Value::Int(9896172)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%09.9d>"),
        t(vec![Value::Int(-3)]),
        "'<-000000003>'",
    );
    p(
        &mut failures,
        s("<%G>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%#11.9r>"),
        t(vec![s("xxxxx")]),
        "\"<    'xxxxx'>\"",
    );
    p(
        &mut failures,
        s("<%+.8d>"),
        t(vec![s("abc")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<% r>"),
        t(vec![fl(-0.054112979540476024)]),
        "'<-0.054112979540476024>'",
    );
    p(
        &mut failures,
        s("<%.0o>"),
        t(vec![fl(-1.504710590340306e-11)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%0+f>"),
        t(vec![fl(-0.0797171833264105)]),
        "'<-0.079717>'",
    );
    p(&mut failures, s("<%.7i>"), t(vec![fl(-0.0)]), "'<0000000>'");
    p(
        &mut failures,
        s("<%#013.11d>"),
        t(vec![s("ab'c")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%11u>"),
        t(vec![fl(1.8802428494869493e-09)]),
        "'<          0>'",
    );
    p(
        &mut failures,
        s("<% -s>"),
        t(vec![fl(29422.897887220723)]),
        "'<29422.897887220723>'",
    );
    p(
        &mut failures,
        s("<%- 12a>"),
        t(vec![s("xxxxx")]),
        "\"<'xxxxx'     >\"",
    );
    p(
        &mut failures,
        s("<%.5E>"),
        t(vec![Value::Int(9786)]),
        "'<9.78600E+03>'",
    );
    p(
        &mut failures,
        s("<% +.5g>"),
        t(vec![s("ab'c")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%1x>"),
        t(vec![fl(2582.269302369328)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%+ .7i>"),
        t(vec![fl(-33410.63994948505)]),
        "'<-0033410>'",
    );
    p(
        &mut failures,
        s("<%#+10s>"),
        t(vec![fl(-605.9430706809491)]),
        "'<-605.9430706809491>'",
    );
    p(
        &mut failures,
        s("<% 0.9g>"),
        t(vec![fl(19980527544961.168)]),
        "'< 1.99805275e+13>'",
    );
    p(
        &mut failures,
        s("<%13f>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%#a>"),
        t(vec![fl(-1.5455744403607086e-15)]),
        "'<-1.5455744403607086e-15>'",
    );
    p(
        &mut failures,
        s("<%E>"),
        t(vec![fl(-1.0140287640328932e-14)]),
        "'<-1.014029E-14>'",
    );
    p(
        &mut failures,
        s("<%- E>"),
        t(vec![fl(43474.425637269946)]),
        "'< 4.347443E+04>'",
    );
    p(
        &mut failures,
        s("<%-6g>"),
        t(vec![fl(-2.9368353512217596e+16)]),
        "'<-2.93684e+16>'",
    );
    p(&mut failures, s("<% .3i>"), t(vec![fl(0.5)]), "'< 000>'");
    p(
        &mut failures,
        s("<%#8a>"),
        t(vec![fl(-37635.30621395883)]),
        "'<-37635.30621395883>'",
    );
    p(
        &mut failures,
        s("<% +3.7c>"),
        t(vec![fl(0.0)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%-i>"),
        t(vec![Value::Int(49667952)]),
        "'<49667952>'",
    );
    p(
        &mut failures,
        s("<%+-E>"),
        t(vec![fl(18706.07754360522)]),
        "'<+1.870608E+04>'",
    );
    p(
        &mut failures,
        s("<%0 e>"),
        t(vec![fl(6.704186077480098e-20)]),
        "'< 6.704186e-20>'",
    );
    p(
        &mut failures,
        s("<%+#13F>"),
        t(vec![Value::Int(65)]),
        "'<   +65.000000>'",
    );
    p(
        &mut failures,
        s("<%+14.1i>"),
        t(vec![fl(-4.3762480808525685e-10)]),
        "'<            +0>'",
    );
    p(
        &mut failures,
        s("<%0 2u>"),
        t(vec![fl(-0.6136790532326258)]),
        "'< 0>'",
    );
    p(
        &mut failures,
        s("<%#.9c>"),
        t(vec![fl(-61417.75851456963)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%.8i>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %i format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%x>"),
        t(vec![Value::Int(44310363)]),
        "'<2a41f5b>'",
    );
    p(
        &mut failures,
        s("<%0#9.9s>"),
        t(vec![fl(56590.59196375313)]),
        "'<56590.591>'",
    );
    p(
        &mut failures,
        s("<%#7x>"),
        t(vec![fl(-72099.6944085262)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<% 1X>"),
        t(vec![fl(-1002523708827.0792)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%#1u>"),
        t(vec![fl(-59.762840624765396)]),
        "'<-59>'",
    );
    p(
        &mut failures,
        s("<% 03g>"),
        t(vec![fl(98473.34197950896)]),
        "'< 98473.3>'",
    );
    p(
        &mut failures,
        s("<%d>"),
        t(vec![Value::Bool(true)]),
        "'<1>'",
    );
    p(
        &mut failures,
        s("<%-+5s>"),
        t(vec![fl(-55365.84790689416)]),
        "'<-55365.84790689416>'",
    );
    p(
        &mut failures,
        s("<% -.5x>"),
        t(vec![s("abc")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%0+.1F>"),
        t(vec![Value::Int(-22277528)]),
        "'<-22277528.0>'",
    );
    p(
        &mut failures,
        s("<%-x>"),
        t(vec![Value::Int(71610550)]),
        "'<444b0b6>'",
    );
    p(
        &mut failures,
        s("<%.4o>"),
        t(vec![Value::Int(-3)]),
        "'<-0003>'",
    );
    p(
        &mut failures,
        s("<%+-13f>"),
        t(vec![fl(-8.151894648985831e-08)]),
        "'<-0.000000    >'",
    );
    p(
        &mut failures,
        s("<%0-7f>"),
        t(vec![Value::Int(-32954734)]),
        "'<-32954734.000000>'",
    );
    p(
        &mut failures,
        s("<%0 .10X>"),
        t(vec![fl(-1.4643890803547537e-16)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%# 14.7o>"),
        t(vec![s("")]),
        "TypeError: %o format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%c>"),
        t(vec![s("ab'c")]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%#3.5E>"),
        t(vec![Value::Int(49832117)]),
        "'<4.98321E+07>'",
    );
    p(
        &mut failures,
        s("<%-7s>"),
        t(vec![fl(1.831440652876836e-16)]),
        "'<1.831440652876836e-16>'",
    );
    p(
        &mut failures,
        s("<%E>"),
        t(vec![fl(0.5)]),
        "'<5.000000E-01>'",
    );
    p(
        &mut failures,
        s("<%3G>"),
        t(vec![fl(87172.50502655326)]),
        "'<87172.5>'",
    );
    p(
        &mut failures,
        s("<%u>"),
        t(vec![s("abc")]),
        "TypeError: %u format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%#1u>"),
        t(vec![fl(67008.80439634738)]),
        "'<67008>'",
    );
    p(
        &mut failures,
        s("<%+#4i>"),
        t(vec![fl(-1.1097055540311247)]),
        "'<  -1>'",
    );
    p(
        &mut failures,
        s("<%01.0g>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<% 13r>"),
        t(vec![fl(99057.65538556999)]),
        "'<99057.65538556999>'",
    );
    p(
        &mut failures,
        s("<%+.0x>"),
        t(vec![fl(1385.9300190746974)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<% 08f>"),
        t(vec![fl(2.5)]),
        "'< 2.500000>'",
    );
    p(
        &mut failures,
        s("<%12e>"),
        t(vec![fl(0.5)]),
        "'<5.000000e-01>'",
    );
    p(
        &mut failures,
        s("<% 07u>"),
        t(vec![s("ab'c")]),
        "TypeError: %u format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%#+13r>"),
        t(vec![fl(-54684.09124848113)]),
        "'<-54684.09124848113>'",
    );
    p(
        &mut failures,
        s("<% -5G>"),
        t(vec![s("")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%+0o>"),
        t(vec![Value::Int(-20092296)]),
        "'<-114512610>'",
    );
    p(
        &mut failures,
        s("<% #x>"),
        t(vec![fl(2.381847915858992e-09)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%+0F>"),
        t(vec![s("xxxxx")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%#.6o>"),
        t(vec![fl(84127.5396717751)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%f>"),
        t(vec![s("ab'c")]),
        "TypeError: must be real number, not str",
    );
    p(&mut failures, s("<%0i>"), t(vec![fl(0.5)]), "'<0>'");
    p(
        &mut failures,
        s("<%- 4.11f>"),
        t(vec![Value::Int(42426000)]),
        "'< 42426000.00000000000>'",
    );
    p(
        &mut failures,
        s("<%.3s>"),
        t(vec![fl(-9.482641557749432e+18)]),
        "'<-9.>'",
    );
    p(
        &mut failures,
        s("<%-6.11c>"),
        t(vec![Value::Int(50506380)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%r>"),
        t(vec![fl(0.0007824210904319429)]),
        "'<0.0007824210904319429>'",
    );
    p(
        &mut failures,
        s("<%#+G>"),
        t(vec![s("\u{e9}")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%0-.4d>"),
        t(vec![fl(-10514.410591032905)]),
        "'<-10514>'",
    );
    p(
        &mut failures,
        s("<%#03.2E>"),
        t(vec![fl(-6.030782759741124e-16)]),
        "'<-6.03E-16>'",
    );
    p(
        &mut failures,
        s("<% G>"),
        t(vec![fl(-33372.02817005926)]),
        "'<-33372>'",
    );
    p(
        &mut failures,
        s("<%13x>"),
        t(vec![Value::Int(-14145241)]),
        "'<      -d7d6d9>'",
    );
    p(
        &mut failures,
        s("<%.2X>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %X format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%+-2E>"),
        t(vec![fl(39826.96606002591)]),
        "'<+3.982697E+04>'",
    );
    p(
        &mut failures,
        s("<%0 9.11o>"),
        t(vec![fl(-20661.2699977335)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%i>"),
        t(vec![fl(-63524.29457948345)]),
        "'<-63524>'",
    );
    p(
        &mut failures,
        s("<% E>"),
        t(vec![Value::Int(-3)]),
        "'<-3.000000E+00>'",
    );
    p(&mut failures, s("<%#-.2i>"), t(vec![fl(0.0)]), "'<00>'");
    p(
        &mut failures,
        s("<%0 F>"),
        t(vec![fl(59346.34730058495)]),
        "'< 59346.347301>'",
    );
    p(
        &mut failures,
        s("<%# 13.0d>"),
        t(vec![fl(4.319959114108163e+18)]),
        "'< 4319959114108163072>'",
    );
    p(
        &mut failures,
        s("<%1f>"),
        t(vec![fl(2.5101564193660882e-17)]),
        "'<0.000000>'",
    );
    p(
        &mut failures,
        s("<%13g>"),
        t(vec![fl(5.995729448008007e-05)]),
        "'<  5.99573e-05>'",
    );
    p(
        &mut failures,
        s("<%r>"),
        t(vec![Value::Int(28486759)]),
        "'<28486759>'",
    );
    p(
        &mut failures,
        s("<% d>"),
        t(vec![Value::Int(-79001273)]),
        "'<-79001273>'",
    );
    p(
        &mut failures,
        s("<%0 3x>"),
        t(vec![fl(-17078.577579760327)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(&mut failures, s("<%0.7r>"), t(vec![fl(2.5)]), "'<2.5>'");
    p(
        &mut failures,
        s("<%#-c>"),
        t(vec![s("abc")]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%#010o>"),
        t(vec![s("")]),
        "TypeError: %o format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%- 13r>"),
        t(vec![fl(-8.920494999035496e-14)]),
        "'<-8.920494999035496e-14>'",
    );
    p(
        &mut failures,
        s("<%.10o>"),
        t(vec![fl(-409941387.11081266)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%-9o>"),
        t(vec![fl(-44892.13327839392)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%u>"),
        t(vec![fl(-55253.36224840185)]),
        "'<-55253>'",
    );
    p(
        &mut failures,
        s("<%+x>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%-#3.1F>"),
        t(vec![s("ab'c")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%#01.7E>"),
        t(vec![fl(13869.713407062824)]),
        "'<1.3869713E+04>'",
    );
    p(
        &mut failures,
        s("<%.1s>"),
        t(vec![fl(156751130.32460377)]),
        "'<1>'",
    );
    p(
        &mut failures,
        s("<%#+6.9g>"),
        t(vec![fl(-0.0)]),
        "'<-0.00000000>'",
    );
    p(
        &mut failures,
        s("<%+.5i>"),
        t(vec![s("")]),
        "TypeError: %i format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%# .10f>"),
        t(vec![fl(66872.20420833369)]),
        "'< 66872.2042083337>'",
    );
    p(
        &mut failures,
        s("<%e>"),
        t(vec![s("")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%08.4e>"),
        t(vec![Value::Int(6808520)]),
        "'<6.8085e+06>'",
    );
    p(
        &mut failures,
        s("<%#11x>"),
        t(vec![s("\u{e9}")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%#3.7f>"),
        t(vec![s("")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<% 1.10c>"),
        t(vec![Value::Int(-3)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%11x>"),
        t(vec![Value::Int(65)]),
        "'<         41>'",
    );
    p(&mut failures, s("<%.6i>"), t(vec![fl(0.0)]), "'<000000>'");
    p(
        &mut failures,
        s("<%#+1.1a>"),
        t(vec![Value::Int(-60161690)]),
        "'<->'",
    );
    p(
        &mut failures,
        s("<%+11.2a>"),
        t(vec![s("\u{e9}")]),
        "\"<         '\\\\>\"",
    );
    p(
        &mut failures,
        s("<% #0x>"),
        t(vec![Value::Int(57113322)]),
        "'< 0x3677aea>'",
    );
    p(
        &mut failures,
        s("<%0 6.7o>"),
        t(vec![fl(-0.03411675662961471)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%#+.1u>"),
        t(vec![fl(-26172.503094501793)]),
        "'<-26172>'",
    );
    p(
        &mut failures,
        s("<%0r>"),
        t(vec![s("xxxxx")]),
        "\"<'xxxxx'>\"",
    );
    p(
        &mut failures,
        s("<%+c>"),
        t(vec![Value::Int(-41178485)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%-#c>"),
        t(vec![fl(0.0)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<% +9.11u>"),
        t(vec![fl(35537.222624346374)]),
        "'<+00000035537>'",
    );
    p(
        &mut failures,
        s("<%.2d>"),
        t(vec![Value::Int(9786)]),
        "'<9786>'",
    );
    p(
        &mut failures,
        s("<%-13a>"),
        t(vec![fl(184463629015.51102)]),
        "'<184463629015.51102>'",
    );
    p(&mut failures, s("<%G>"), t(vec![fl(-0.0)]), "'<-0>'");
    p(
        &mut failures,
        s("<% 13F>"),
        t(vec![fl(85660.28468556143)]),
        "'< 85660.284686>'",
    );
    p(
        &mut failures,
        s("<%-2a>"),
        t(vec![fl(-1.7771978196160068e-16)]),
        "'<-1.7771978196160068e-16>'",
    );
    p(&mut failures, s("<%1.2r>"), t(vec![s("xxxxx")]), "\"<'x>\"");
    p(
        &mut failures,
        s("<%+8s>"),
        t(vec![fl(-27187161.741631072)]),
        "'<-27187161.741631072>'",
    );
    p(
        &mut failures,
        s("<% u>"),
        t(vec![fl(-21042.761279363956)]),
        "'<-21042>'",
    );
    p(
        &mut failures,
        s("<%04a>"),
        t(vec![Value::Int(71051682)]),
        "'<71051682>'",
    );
    p(
        &mut failures,
        s("<% +E>"),
        t(vec![s("xxxxx")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%g>"),
        t(vec![fl(7.3367731666187e-10)]),
        "'<7.33677e-10>'",
    );
    p(
        &mut failures,
        s("<%-08.6G>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%04.11g>"),
        t(vec![fl(1.5092912082884812e-17)]),
        "'<1.5092912083e-17>'",
    );
    p(
        &mut failures,
        s("<%0-10.5e>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%0-.9F>"),
        t(vec![fl(-34859.64905328947)]),
        "'<-34859.649053289>'",
    );
    p(
        &mut failures,
        s("<%.3E>"),
        t(vec![Value::Int(9786)]),
        "'<9.786E+03>'",
    );
    p(
        &mut failures,
        s("<% -11.3c>"),
        t(vec![s("")]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%.5c>"),
        t(vec![Value::Int(9786)]),
        "'<\u{263a}>'",
    );
    p(
        &mut failures,
        s("<%+-G>"),
        t(vec![fl(-47506.13335535292)]),
        "'<-47506.1>'",
    );
    p(
        &mut failures,
        s("<%-#8F>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%7.7s>"),
        t(vec![fl(19698.574970233967)]),
        "'<19698.5>'",
    );
    p(
        &mut failures,
        s("<%11.8u>"),
        t(vec![Value::Int(8345496)]),
        "'<   08345496>'",
    );
    p(
        &mut failures,
        s("<%#f>"),
        t(vec![fl(-2787.2779208635475)]),
        "'<-2787.277921>'",
    );
    p(
        &mut failures,
        s("<%+X>"),
        t(vec![fl(4.259787443088424e-09)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%14o>"),
        t(vec![fl(38.73693575605029)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%d>"),
        t(vec![fl(-2184.3518817005543)]),
        "'<-2184>'",
    );
    p(
        &mut failures,
        s("<%8x>"),
        t(vec![s("")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%r>"),
        t(vec![Value::Int(-16858851)]),
        "'<-16858851>'",
    );
    p(
        &mut failures,
        s("<%-#.4E>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%a>"),
        t(vec![fl(0.016413106572674814)]),
        "'<0.016413106572674814>'",
    );
    p(
        &mut failures,
        s("<%-+.0c>"),
        t(vec![s("")]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%-6r>"),
        t(vec![s("abc")]),
        "\"<'abc' >\"",
    );
    p(
        &mut failures,
        s("<%+F>"),
        t(vec![Value::Int(-63201133)]),
        "'<-63201133.000000>'",
    );
    p(
        &mut failures,
        s("<%-0s>"),
        t(vec![fl(9.07419093698835e-14)]),
        "'<9.07419093698835e-14>'",
    );
    p(
        &mut failures,
        s("<%.11F>"),
        t(vec![Value::Int(53965701)]),
        "'<53965701.00000000000>'",
    );
    p(&mut failures, s("<%# .2r>"), t(vec![fl(2.5)]), "'<2.>'");
    p(
        &mut failures,
        s("<%#.2d>"),
        t(vec![Value::Bool(true)]),
        "'<01>'",
    );
    p(
        &mut failures,
        s("<%#13.5a>"),
        t(vec![Value::Int(-27787454)]),
        "'<        -2778>'",
    );
    p(&mut failures, s("<%+2.11s>"), t(vec![fl(0.0)]), "'<0.0>'");
    p(
        &mut failures,
        s("<%+0x>"),
        t(vec![s("xxxxx")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(&mut failures, s("<%0u>"), t(vec![fl(0.0)]), "'<0>'");
    p(
        &mut failures,
        s("<%#6d>"),
        t(vec![Value::Int(-3)]),
        "'<    -3>'",
    );
    p(
        &mut failures,
        s("<% #f>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<% 0f>"),
        t(vec![fl(44758.4269739741)]),
        "'< 44758.426974>'",
    );
    p(
        &mut failures,
        s("<% E>"),
        t(vec![s("ab'c")]),
        "TypeError: must be real number, not str",
    );
    p(&mut failures, s("<%-2s>"), t(vec![s("")]), "'<  >'");
    p(
        &mut failures,
        s("<% r>"),
        t(vec![fl(77851.36402318589)]),
        "'<77851.36402318589>'",
    );
    p(
        &mut failures,
        s("<% g>"),
        t(vec![s("\u{e9}")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%#2d>"),
        t(vec![Value::Int(-4857057)]),
        "'<-4857057>'",
    );
    p(
        &mut failures,
        s("<%#3.6c>"),
        t(vec![Value::Int(2512924)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%-13F>"),
        t(vec![Value::Int(-3)]),
        "'<-3.000000    >'",
    );
    p(
        &mut failures,
        s("<% #5i>"),
        t(vec![Value::Int(9786)]),
        "'< 9786>'",
    );
    p(
        &mut failures,
        s("<%+#c>"),
        t(vec![fl(-28922.79912530791)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<% 8.2f>"),
        t(vec![Value::Int(-58501706)]),
        "'<-58501706.00>'",
    );
    p(
        &mut failures,
        s("<%2.7s>"),
        t(vec![fl(25214.057289863747)]),
        "'<25214.0>'",
    );
    p(
        &mut failures,
        s("<%03.7x>"),
        t(vec![s("ab'c")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%2e>"),
        t(vec![Value::Int(9786)]),
        "'<9.786000e+03>'",
    );
    p(
        &mut failures,
        s("<%#0X>"),
        t(vec![fl(0.5)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%0f>"),
        t(vec![fl(5.265695974304388e+19)]),
        "'<52656959743043878912.000000>'",
    );
    p(
        &mut failures,
        s("<%+F>"),
        t(vec![fl(-94924.81213663986)]),
        "'<-94924.812137>'",
    );
    p(
        &mut failures,
        s("<%# 11d>"),
        t(vec![s("xxxxx")]),
        "TypeError: %d format: a real number is required, not str",
    );
    p(&mut failures, s("<%-+5s>"), t(vec![fl(0.5)]), "'<0.5  >'");
    p(
        &mut failures,
        s("<%012f>"),
        t(vec![fl(-35600.51918730409)]),
        "'<-35600.519187>'",
    );
    p(
        &mut failures,
        s("<%.8c>"),
        t(vec![fl(0.0)]),
        "TypeError: %c requires int or char",
    );
    p(
        &mut failures,
        s("<%+ 13.8i>"),
        t(vec![Value::Int(-98545713)]),
        "'<    -98545713>'",
    );
    p(
        &mut failures,
        s("<%04F>"),
        t(vec![Value::Int(-93845715)]),
        "'<-93845715.000000>'",
    );
    p(
        &mut failures,
        s("<%014.1g>"),
        t(vec![fl(35617.15504148317)]),
        "'<0000000004e+04>'",
    );
    p(
        &mut failures,
        s("<%+.5x>"),
        t(vec![fl(1.989222215762473e-05)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%c>"),
        t(vec![Value::Int(49868950)]),
        "OverflowError: %c arg not in range(0x110000)",
    );
    p(
        &mut failures,
        s("<%a>"),
        t(vec![s("ab'c")]),
        "'<\"ab\\'c\">'",
    );
    p(
        &mut failures,
        s("<%-04i>"),
        t(vec![fl(27.853672434448296)]),
        "'<27  >'",
    );
    p(
        &mut failures,
        s("<%10a>"),
        t(vec![s("")]),
        "\"<        ''>\"",
    );
    p(
        &mut failures,
        s("<% 03X>"),
        t(vec![fl(0.0)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%u>"),
        t(vec![fl(301.57874627940475)]),
        "'<301>'",
    );
    p(
        &mut failures,
        s("<%+4e>"),
        t(vec![Value::Bool(true)]),
        "'<+1.000000e+00>'",
    );
    p(
        &mut failures,
        s("<% 11r>"),
        t(vec![Value::Int(65)]),
        "'<         65>'",
    );
    p(
        &mut failures,
        s("<%08.2F>"),
        t(vec![fl(52539.981036683195)]),
        "'<52539.98>'",
    );
    p(
        &mut failures,
        s("<%6f>"),
        t(vec![fl(4583.041981876973)]),
        "'<4583.041982>'",
    );
    p(
        &mut failures,
        s("<%.0E>"),
        t(vec![Value::Int(65)]),
        "'<6E+01>'",
    );
    p(
        &mut failures,
        s("<%#8.8a>"),
        t(vec![fl(-6.628455251249852e-11)]),
        "'<-6.62845>'",
    );
    p(
        &mut failures,
        s("<%#+X>"),
        t(vec![fl(2.5)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%-#7.10E>"),
        t(vec![Value::Int(-33868555)]),
        "'<-3.3868555000E+07>'",
    );
    p(
        &mut failures,
        s("<%#0G>"),
        t(vec![fl(-94839544.0925292)]),
        "'<-9.48395E+07>'",
    );
    p(
        &mut failures,
        s("<%0.6X>"),
        t(vec![fl(-19179.231586715992)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%-7o>"),
        t(vec![Value::Bool(true)]),
        "'<1      >'",
    );
    p(
        &mut failures,
        s("<%-01.9X>"),
        t(vec![s("xxxxx")]),
        "TypeError: %X format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<% 4r>"),
        t(vec![s("\u{e9}")]),
        "\"< '\u{e9}'>\"",
    );
    p(
        &mut failures,
        s("<%+13.9X>"),
        t(vec![fl(35681.495564639365)]),
        "TypeError: %X format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%E>"),
        t(vec![s("abc")]),
        "TypeError: must be real number, not str",
    );
    p(
        &mut failures,
        s("<%f>"),
        t(vec![Value::Int(-65435979)]),
        "'<-65435979.000000>'",
    );
    p(
        &mut failures,
        s("<% -.1a>"),
        t(vec![Value::Int(24913524)]),
        "'<2>'",
    );
    p(
        &mut failures,
        s("<%r>"),
        t(vec![Value::Int(-20586494)]),
        "'<-20586494>'",
    );
    p(
        &mut failures,
        s("<% 5F>"),
        t(vec![Value::Int(-63622019)]),
        "'<-63622019.000000>'",
    );
    p(
        &mut failures,
        s("<%+-2.8x>"),
        t(vec![fl(25500.044494131216)]),
        "TypeError: %x format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%0 9G>"),
        t(vec![fl(2.5)]),
        "'< 000002.5>'",
    );
    p(
        &mut failures,
        s("<%0 0.11c>"),
        t(vec![Value::Bool(true)]),
        "'<\\x01>'",
    );
    p(
        &mut failures,
        s("<% .2u>"),
        t(vec![s("abc")]),
        "TypeError: %u format: a real number is required, not str",
    );
    p(
        &mut failures,
        s("<%+#2g>"),
        t(vec![fl(61759.01855674511)]),
        "'<+61759.0>'",
    );
    p(
        &mut failures,
        s("<%11E>"),
        t(vec![fl(0.5)]),
        "'<5.000000E-01>'",
    );
    p(
        &mut failures,
        s("<%# .11G>"),
        t(vec![Value::Bool(true)]),
        "'< 1.0000000000>'",
    );
    p(
        &mut failures,
        s("<% 07.3x>"),
        t(vec![s("abc")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%o>"),
        t(vec![fl(86848.81731252305)]),
        "TypeError: %o format: an integer is required, not float",
    );
    p(
        &mut failures,
        s("<%.6g>"),
        t(vec![fl(94534.29353019997)]),
        "'<94534.3>'",
    );
    p(
        &mut failures,
        s("<% -2.8f>"),
        t(vec![fl(-0.0)]),
        "'<-0.00000000>'",
    );
    p(
        &mut failures,
        s("<%# 10r>"),
        t(vec![fl(29532.323322691154)]),
        "'<29532.323322691154>'",
    );
    p(
        &mut failures,
        s("<%0x>"),
        t(vec![s("xxxxx")]),
        "TypeError: %x format: an integer is required, not str",
    );
    p(
        &mut failures,
        s("<%#.9F>"),
        t(vec![fl(1.4181279014293966e-20)]),
        "'<0.000000000>'",
    );
    report(failures);
}

static UPPER: &[(u32, &str)] = &[
    (0x61, "A"),
    (0x62, "B"),
    (0x63, "C"),
    (0x64, "D"),
    (0x65, "E"),
    (0x66, "F"),
    (0x67, "G"),
    (0x68, "H"),
    (0x69, "I"),
    (0x6A, "J"),
    (0x6B, "K"),
    (0x6C, "L"),
    (0x6D, "M"),
    (0x6E, "N"),
    (0x6F, "O"),
    (0x70, "P"),
    (0x71, "Q"),
    (0x72, "R"),
    (0x73, "S"),
    (0x74, "T"),
    (0x75, "U"),
    (0x76, "V"),
    (0x77, "W"),
    (0x78, "X"),
    (0x79, "Y"),
    (0x7A, "Z"),
    (0xB5, "\u{39c}"),
    (0xDF, "SS"),
    (0xE0, "\u{c0}"),
    (0xE1, "\u{c1}"),
    (0xE2, "\u{c2}"),
    (0xE3, "\u{c3}"),
    (0xE4, "\u{c4}"),
    (0xE5, "\u{c5}"),
    (0xE6, "\u{c6}"),
    (0xE7, "\u{c7}"),
    (0xE8, "\u{c8}"),
    (0xE9, "\u{c9}"),
    (0xEA, "\u{ca}"),
    (0xEB, "\u{cb}"),
    (0xEC, "\u{cc}"),
    (0xED, "\u{cd}"),
    (0xEE, "\u{ce}"),
    (0xEF, "\u{cf}"),
    (0xF0, "\u{d0}"),
    (0xF1, "\u{d1}"),
    (0xF2, "\u{d2}"),
    (0xF3, "\u{d3}"),
    (0xF4, "\u{d4}"),
    (0xF5, "\u{d5}"),
    (0xF6, "\u{d6}"),
    (0xF8, "\u{d8}"),
    (0xF9, "\u{d9}"),
    (0xFA, "\u{da}"),
    (0xFB, "\u{db}"),
    (0xFC, "\u{dc}"),
    (0xFD, "\u{dd}"),
    (0xFE, "\u{de}"),
    (0xFF, "\u{178}"),
    (0x101, "\u{100}"),
    (0x103, "\u{102}"),
    (0x105, "\u{104}"),
    (0x107, "\u{106}"),
    (0x109, "\u{108}"),
    (0x10B, "\u{10a}"),
    (0x10D, "\u{10c}"),
    (0x10F, "\u{10e}"),
    (0x111, "\u{110}"),
    (0x113, "\u{112}"),
    (0x115, "\u{114}"),
    (0x117, "\u{116}"),
    (0x119, "\u{118}"),
    (0x11B, "\u{11a}"),
    (0x11D, "\u{11c}"),
    (0x11F, "\u{11e}"),
    (0x121, "\u{120}"),
    (0x123, "\u{122}"),
    (0x125, "\u{124}"),
    (0x127, "\u{126}"),
    (0x129, "\u{128}"),
    (0x12B, "\u{12a}"),
    (0x12D, "\u{12c}"),
    (0x12F, "\u{12e}"),
    (0x131, "I"),
    (0x133, "\u{132}"),
    (0x135, "\u{134}"),
    (0x137, "\u{136}"),
    (0x13A, "\u{139}"),
    (0x13C, "\u{13b}"),
    (0x13E, "\u{13d}"),
    (0x140, "\u{13f}"),
    (0x142, "\u{141}"),
    (0x144, "\u{143}"),
    (0x146, "\u{145}"),
    (0x148, "\u{147}"),
    (0x149, "\u{2bc}N"),
    (0x14B, "\u{14a}"),
    (0x14D, "\u{14c}"),
    (0x14F, "\u{14e}"),
    (0x151, "\u{150}"),
    (0x153, "\u{152}"),
    (0x155, "\u{154}"),
    (0x157, "\u{156}"),
    (0x159, "\u{158}"),
    (0x15B, "\u{15a}"),
    (0x15D, "\u{15c}"),
    (0x15F, "\u{15e}"),
    (0x161, "\u{160}"),
    (0x163, "\u{162}"),
    (0x165, "\u{164}"),
    (0x167, "\u{166}"),
    (0x169, "\u{168}"),
    (0x16B, "\u{16a}"),
    (0x16D, "\u{16c}"),
    (0x16F, "\u{16e}"),
    (0x171, "\u{170}"),
    (0x173, "\u{172}"),
    (0x175, "\u{174}"),
    (0x177, "\u{176}"),
    (0x17A, "\u{179}"),
    (0x17C, "\u{17b}"),
    (0x17E, "\u{17d}"),
    (0x17F, "S"),
    (0x180, "\u{243}"),
    (0x183, "\u{182}"),
    (0x185, "\u{184}"),
    (0x188, "\u{187}"),
    (0x18C, "\u{18b}"),
    (0x192, "\u{191}"),
    (0x195, "\u{1f6}"),
    (0x199, "\u{198}"),
    (0x19A, "\u{23d}"),
    (0x19E, "\u{220}"),
    (0x1A1, "\u{1a0}"),
    (0x1A3, "\u{1a2}"),
    (0x1A5, "\u{1a4}"),
    (0x1A8, "\u{1a7}"),
    (0x1AD, "\u{1ac}"),
    (0x1B0, "\u{1af}"),
    (0x1B4, "\u{1b3}"),
    (0x1B6, "\u{1b5}"),
    (0x1B9, "\u{1b8}"),
    (0x1BD, "\u{1bc}"),
    (0x1BF, "\u{1f7}"),
    (0x1C5, "\u{1c4}"),
    (0x1C6, "\u{1c4}"),
    (0x1C8, "\u{1c7}"),
    (0x1C9, "\u{1c7}"),
    (0x1CB, "\u{1ca}"),
    (0x1CC, "\u{1ca}"),
    (0x1CE, "\u{1cd}"),
    (0x1D0, "\u{1cf}"),
    (0x1D2, "\u{1d1}"),
    (0x1D4, "\u{1d3}"),
    (0x1D6, "\u{1d5}"),
    (0x1D8, "\u{1d7}"),
    (0x1DA, "\u{1d9}"),
    (0x1DC, "\u{1db}"),
    (0x1DD, "\u{18e}"),
    (0x1DF, "\u{1de}"),
    (0x1E1, "\u{1e0}"),
    (0x1E3, "\u{1e2}"),
    (0x1E5, "\u{1e4}"),
    (0x1E7, "\u{1e6}"),
    (0x1E9, "\u{1e8}"),
    (0x1EB, "\u{1ea}"),
    (0x1ED, "\u{1ec}"),
    (0x1EF, "\u{1ee}"),
    (0x1F0, "J\u{30c}"),
    (0x1F2, "\u{1f1}"),
    (0x1F3, "\u{1f1}"),
    (0x1F5, "\u{1f4}"),
    (0x1F9, "\u{1f8}"),
    (0x1FB, "\u{1fa}"),
    (0x1FD, "\u{1fc}"),
    (0x1FF, "\u{1fe}"),
    (0x201, "\u{200}"),
    (0x203, "\u{202}"),
    (0x205, "\u{204}"),
    (0x207, "\u{206}"),
    (0x209, "\u{208}"),
    (0x20B, "\u{20a}"),
    (0x20D, "\u{20c}"),
    (0x20F, "\u{20e}"),
    (0x211, "\u{210}"),
    (0x213, "\u{212}"),
    (0x215, "\u{214}"),
    (0x217, "\u{216}"),
    (0x219, "\u{218}"),
    (0x21B, "\u{21a}"),
    (0x21D, "\u{21c}"),
    (0x21F, "\u{21e}"),
    (0x223, "\u{222}"),
    (0x225, "\u{224}"),
    (0x227, "\u{226}"),
    (0x229, "\u{228}"),
    (0x22B, "\u{22a}"),
    (0x22D, "\u{22c}"),
    (0x22F, "\u{22e}"),
    (0x231, "\u{230}"),
    (0x233, "\u{232}"),
    (0x23C, "\u{23b}"),
    (0x23F, "\u{2c7e}"),
    (0x240, "\u{2c7f}"),
    (0x242, "\u{241}"),
    (0x247, "\u{246}"),
    (0x249, "\u{248}"),
    (0x24B, "\u{24a}"),
    (0x24D, "\u{24c}"),
    (0x24F, "\u{24e}"),
    (0x250, "\u{2c6f}"),
    (0x251, "\u{2c6d}"),
    (0x252, "\u{2c70}"),
    (0x253, "\u{181}"),
    (0x254, "\u{186}"),
    (0x256, "\u{189}"),
    (0x257, "\u{18a}"),
    (0x259, "\u{18f}"),
    (0x25B, "\u{190}"),
    (0x25C, "\u{a7ab}"),
    (0x260, "\u{193}"),
    (0x261, "\u{a7ac}"),
    (0x263, "\u{194}"),
    (0x265, "\u{a78d}"),
    (0x266, "\u{a7aa}"),
    (0x268, "\u{197}"),
    (0x269, "\u{196}"),
    (0x26A, "\u{a7ae}"),
    (0x26B, "\u{2c62}"),
    (0x26C, "\u{a7ad}"),
    (0x26F, "\u{19c}"),
    (0x271, "\u{2c6e}"),
    (0x272, "\u{19d}"),
    (0x275, "\u{19f}"),
    (0x27D, "\u{2c64}"),
    (0x280, "\u{1a6}"),
    (0x282, "\u{a7c5}"),
    (0x283, "\u{1a9}"),
    (0x287, "\u{a7b1}"),
    (0x288, "\u{1ae}"),
    (0x289, "\u{244}"),
    (0x28A, "\u{1b1}"),
    (0x28B, "\u{1b2}"),
    (0x28C, "\u{245}"),
    (0x292, "\u{1b7}"),
    (0x29D, "\u{a7b2}"),
    (0x29E, "\u{a7b0}"),
    (0x345, "\u{399}"),
    (0x371, "\u{370}"),
    (0x373, "\u{372}"),
    (0x377, "\u{376}"),
    (0x37B, "\u{3fd}"),
    (0x37C, "\u{3fe}"),
    (0x37D, "\u{3ff}"),
    (0x390, "\u{399}\u{308}\u{301}"),
    (0x3AC, "\u{386}"),
    (0x3AD, "\u{388}"),
    (0x3AE, "\u{389}"),
    (0x3AF, "\u{38a}"),
    (0x3B0, "\u{3a5}\u{308}\u{301}"),
    (0x3B1, "\u{391}"),
    (0x3B2, "\u{392}"),
    (0x3B3, "\u{393}"),
    (0x3B4, "\u{394}"),
    (0x3B5, "\u{395}"),
    (0x3B6, "\u{396}"),
    (0x3B7, "\u{397}"),
    (0x3B8, "\u{398}"),
    (0x3B9, "\u{399}"),
    (0x3BA, "\u{39a}"),
    (0x3BB, "\u{39b}"),
    (0x3BC, "\u{39c}"),
    (0x3BD, "\u{39d}"),
    (0x3BE, "\u{39e}"),
    (0x3BF, "\u{39f}"),
    (0x3C0, "\u{3a0}"),
    (0x3C1, "\u{3a1}"),
    (0x3C2, "\u{3a3}"),
    (0x3C3, "\u{3a3}"),
    (0x3C4, "\u{3a4}"),
    (0x3C5, "\u{3a5}"),
    (0x3C6, "\u{3a6}"),
    (0x3C7, "\u{3a7}"),
    (0x3C8, "\u{3a8}"),
    (0x3C9, "\u{3a9}"),
    (0x3CA, "\u{3aa}"),
    (0x3CB, "\u{3ab}"),
    (0x3CC, "\u{38c}"),
    (0x3CD, "\u{38e}"),
    (0x3CE, "\u{38f}"),
    (0x3D0, "\u{392}"),
    (0x3D1, "\u{398}"),
    (0x3D5, "\u{3a6}"),
    (0x3D6, "\u{3a0}"),
    (0x3D7, "\u{3cf}"),
    (0x3D9, "\u{3d8}"),
    (0x3DB, "\u{3da}"),
    (0x3DD, "\u{3dc}"),
    (0x3DF, "\u{3de}"),
    (0x3E1, "\u{3e0}"),
    (0x3E3, "\u{3e2}"),
    (0x3E5, "\u{3e4}"),
    (0x3E7, "\u{3e6}"),
    (0x3E9, "\u{3e8}"),
    (0x3EB, "\u{3ea}"),
    (0x3ED, "\u{3ec}"),
    (0x3EF, "\u{3ee}"),
    (0x3F0, "\u{39a}"),
    (0x3F1, "\u{3a1}"),
    (0x3F2, "\u{3f9}"),
    (0x3F3, "\u{37f}"),
    (0x3F5, "\u{395}"),
    (0x3F8, "\u{3f7}"),
    (0x3FB, "\u{3fa}"),
    (0x430, "\u{410}"),
    (0x431, "\u{411}"),
    (0x432, "\u{412}"),
    (0x433, "\u{413}"),
    (0x434, "\u{414}"),
    (0x435, "\u{415}"),
    (0x436, "\u{416}"),
    (0x437, "\u{417}"),
    (0x438, "\u{418}"),
    (0x439, "\u{419}"),
    (0x43A, "\u{41a}"),
    (0x43B, "\u{41b}"),
    (0x43C, "\u{41c}"),
    (0x43D, "\u{41d}"),
    (0x43E, "\u{41e}"),
    (0x43F, "\u{41f}"),
    (0x440, "\u{420}"),
    (0x441, "\u{421}"),
    (0x442, "\u{422}"),
    (0x443, "\u{423}"),
    (0x444, "\u{424}"),
    (0x445, "\u{425}"),
    (0x446, "\u{426}"),
    (0x447, "\u{427}"),
    (0x448, "\u{428}"),
    (0x449, "\u{429}"),
    (0x44A, "\u{42a}"),
    (0x44B, "\u{42b}"),
    (0x44C, "\u{42c}"),
    (0x44D, "\u{42d}"),
    (0x44E, "\u{42e}"),
    (0x44F, "\u{42f}"),
    (0x450, "\u{400}"),
    (0x451, "\u{401}"),
    (0x452, "\u{402}"),
    (0x453, "\u{403}"),
    (0x454, "\u{404}"),
    (0x455, "\u{405}"),
    (0x456, "\u{406}"),
    (0x457, "\u{407}"),
    (0x458, "\u{408}"),
    (0x459, "\u{409}"),
    (0x45A, "\u{40a}"),
    (0x45B, "\u{40b}"),
    (0x45C, "\u{40c}"),
    (0x45D, "\u{40d}"),
    (0x45E, "\u{40e}"),
    (0x45F, "\u{40f}"),
    (0x461, "\u{460}"),
    (0x463, "\u{462}"),
    (0x465, "\u{464}"),
    (0x467, "\u{466}"),
    (0x469, "\u{468}"),
    (0x46B, "\u{46a}"),
    (0x46D, "\u{46c}"),
    (0x46F, "\u{46e}"),
    (0x471, "\u{470}"),
    (0x473, "\u{472}"),
    (0x475, "\u{474}"),
    (0x477, "\u{476}"),
    (0x479, "\u{478}"),
    (0x47B, "\u{47a}"),
    (0x47D, "\u{47c}"),
    (0x47F, "\u{47e}"),
    (0x481, "\u{480}"),
    (0x48B, "\u{48a}"),
    (0x48D, "\u{48c}"),
    (0x48F, "\u{48e}"),
    (0x491, "\u{490}"),
    (0x493, "\u{492}"),
    (0x495, "\u{494}"),
    (0x497, "\u{496}"),
    (0x499, "\u{498}"),
    (0x49B, "\u{49a}"),
    (0x49D, "\u{49c}"),
    (0x49F, "\u{49e}"),
    (0x4A1, "\u{4a0}"),
    (0x4A3, "\u{4a2}"),
    (0x4A5, "\u{4a4}"),
    (0x4A7, "\u{4a6}"),
    (0x4A9, "\u{4a8}"),
    (0x4AB, "\u{4aa}"),
    (0x4AD, "\u{4ac}"),
    (0x4AF, "\u{4ae}"),
    (0x4B1, "\u{4b0}"),
    (0x4B3, "\u{4b2}"),
    (0x4B5, "\u{4b4}"),
    (0x4B7, "\u{4b6}"),
    (0x4B9, "\u{4b8}"),
    (0x4BB, "\u{4ba}"),
    (0x4BD, "\u{4bc}"),
    (0x4BF, "\u{4be}"),
    (0x4C2, "\u{4c1}"),
    (0x4C4, "\u{4c3}"),
    (0x4C6, "\u{4c5}"),
    (0x4C8, "\u{4c7}"),
    (0x4CA, "\u{4c9}"),
    (0x4CC, "\u{4cb}"),
    (0x4CE, "\u{4cd}"),
    (0x4CF, "\u{4c0}"),
    (0x4D1, "\u{4d0}"),
    (0x4D3, "\u{4d2}"),
    (0x4D5, "\u{4d4}"),
    (0x4D7, "\u{4d6}"),
    (0x4D9, "\u{4d8}"),
    (0x4DB, "\u{4da}"),
    (0x4DD, "\u{4dc}"),
    (0x4DF, "\u{4de}"),
    (0x4E1, "\u{4e0}"),
    (0x4E3, "\u{4e2}"),
    (0x4E5, "\u{4e4}"),
    (0x4E7, "\u{4e6}"),
    (0x4E9, "\u{4e8}"),
    (0x4EB, "\u{4ea}"),
    (0x4ED, "\u{4ec}"),
    (0x4EF, "\u{4ee}"),
    (0x4F1, "\u{4f0}"),
    (0x4F3, "\u{4f2}"),
    (0x4F5, "\u{4f4}"),
    (0x4F7, "\u{4f6}"),
    (0x4F9, "\u{4f8}"),
    (0x4FB, "\u{4fa}"),
    (0x4FD, "\u{4fc}"),
    (0x4FF, "\u{4fe}"),
    (0x501, "\u{500}"),
    (0x503, "\u{502}"),
    (0x505, "\u{504}"),
    (0x507, "\u{506}"),
    (0x509, "\u{508}"),
    (0x50B, "\u{50a}"),
    (0x50D, "\u{50c}"),
    (0x50F, "\u{50e}"),
    (0x511, "\u{510}"),
    (0x513, "\u{512}"),
    (0x515, "\u{514}"),
    (0x517, "\u{516}"),
    (0x519, "\u{518}"),
    (0x51B, "\u{51a}"),
    (0x51D, "\u{51c}"),
    (0x51F, "\u{51e}"),
    (0x521, "\u{520}"),
    (0x523, "\u{522}"),
    (0x525, "\u{524}"),
    (0x527, "\u{526}"),
    (0x529, "\u{528}"),
    (0x52B, "\u{52a}"),
    (0x52D, "\u{52c}"),
    (0x52F, "\u{52e}"),
    (0x561, "\u{531}"),
    (0x562, "\u{532}"),
    (0x563, "\u{533}"),
    (0x564, "\u{534}"),
    (0x565, "\u{535}"),
    (0x566, "\u{536}"),
    (0x567, "\u{537}"),
    (0x568, "\u{538}"),
    (0x569, "\u{539}"),
    (0x56A, "\u{53a}"),
    (0x56B, "\u{53b}"),
    (0x56C, "\u{53c}"),
    (0x56D, "\u{53d}"),
    (0x56E, "\u{53e}"),
    (0x56F, "\u{53f}"),
    (0x570, "\u{540}"),
    (0x571, "\u{541}"),
    (0x572, "\u{542}"),
    (0x573, "\u{543}"),
    (0x574, "\u{544}"),
    (0x575, "\u{545}"),
    (0x576, "\u{546}"),
    (0x577, "\u{547}"),
    (0x578, "\u{548}"),
    (0x579, "\u{549}"),
    (0x57A, "\u{54a}"),
    (0x57B, "\u{54b}"),
    (0x57C, "\u{54c}"),
    (0x57D, "\u{54d}"),
    (0x57E, "\u{54e}"),
    (0x57F, "\u{54f}"),
    (0x580, "\u{550}"),
    (0x581, "\u{551}"),
    (0x582, "\u{552}"),
    (0x583, "\u{553}"),
    (0x584, "\u{554}"),
    (0x585, "\u{555}"),
    (0x586, "\u{556}"),
    (0x587, "\u{535}\u{552}"),
    (0x10D0, "\u{1c90}"),
    (0x10D1, "\u{1c91}"),
    (0x10D2, "\u{1c92}"),
    (0x10D3, "\u{1c93}"),
    (0x10D4, "\u{1c94}"),
    (0x10D5, "\u{1c95}"),
    (0x10D6, "\u{1c96}"),
    (0x10D7, "\u{1c97}"),
    (0x10D8, "\u{1c98}"),
    (0x10D9, "\u{1c99}"),
    (0x10DA, "\u{1c9a}"),
    (0x10DB, "\u{1c9b}"),
    (0x10DC, "\u{1c9c}"),
    (0x10DD, "\u{1c9d}"),
    (0x10DE, "\u{1c9e}"),
    (0x10DF, "\u{1c9f}"),
    (0x10E0, "\u{1ca0}"),
    (0x10E1, "\u{1ca1}"),
    (0x10E2, "\u{1ca2}"),
    (0x10E3, "\u{1ca3}"),
    (0x10E4, "\u{1ca4}"),
    (0x10E5, "\u{1ca5}"),
    (0x10E6, "\u{1ca6}"),
    (0x10E7, "\u{1ca7}"),
    (0x10E8, "\u{1ca8}"),
    (0x10E9, "\u{1ca9}"),
    (0x10EA, "\u{1caa}"),
    (0x10EB, "\u{1cab}"),
    (0x10EC, "\u{1cac}"),
    (0x10ED, "\u{1cad}"),
    (0x10EE, "\u{1cae}"),
    (0x10EF, "\u{1caf}"),
    (0x10F0, "\u{1cb0}"),
    (0x10F1, "\u{1cb1}"),
    (0x10F2, "\u{1cb2}"),
    (0x10F3, "\u{1cb3}"),
    (0x10F4, "\u{1cb4}"),
    (0x10F5, "\u{1cb5}"),
    (0x10F6, "\u{1cb6}"),
    (0x10F7, "\u{1cb7}"),
    (0x10F8, "\u{1cb8}"),
    (0x10F9, "\u{1cb9}"),
    (0x10FA, "\u{1cba}"),
    (0x10FD, "\u{1cbd}"),
    (0x10FE, "\u{1cbe}"),
    (0x10FF, "\u{1cbf}"),
    (0x13F8, "\u{13f0}"),
    (0x13F9, "\u{13f1}"),
    (0x13FA, "\u{13f2}"),
    (0x13FB, "\u{13f3}"),
    (0x13FC, "\u{13f4}"),
    (0x13FD, "\u{13f5}"),
    (0x1C80, "\u{412}"),
    (0x1C81, "\u{414}"),
    (0x1C82, "\u{41e}"),
    (0x1C83, "\u{421}"),
    (0x1C84, "\u{422}"),
    (0x1C85, "\u{422}"),
    (0x1C86, "\u{42a}"),
    (0x1C87, "\u{462}"),
    (0x1C88, "\u{a64a}"),
    (0x1D79, "\u{a77d}"),
    (0x1D7D, "\u{2c63}"),
    (0x1D8E, "\u{a7c6}"),
    (0x1E01, "\u{1e00}"),
    (0x1E03, "\u{1e02}"),
    (0x1E05, "\u{1e04}"),
    (0x1E07, "\u{1e06}"),
    (0x1E09, "\u{1e08}"),
    (0x1E0B, "\u{1e0a}"),
    (0x1E0D, "\u{1e0c}"),
    (0x1E0F, "\u{1e0e}"),
    (0x1E11, "\u{1e10}"),
    (0x1E13, "\u{1e12}"),
    (0x1E15, "\u{1e14}"),
    (0x1E17, "\u{1e16}"),
    (0x1E19, "\u{1e18}"),
    (0x1E1B, "\u{1e1a}"),
    (0x1E1D, "\u{1e1c}"),
    (0x1E1F, "\u{1e1e}"),
    (0x1E21, "\u{1e20}"),
    (0x1E23, "\u{1e22}"),
    (0x1E25, "\u{1e24}"),
    (0x1E27, "\u{1e26}"),
    (0x1E29, "\u{1e28}"),
    (0x1E2B, "\u{1e2a}"),
    (0x1E2D, "\u{1e2c}"),
    (0x1E2F, "\u{1e2e}"),
    (0x1E31, "\u{1e30}"),
    (0x1E33, "\u{1e32}"),
    (0x1E35, "\u{1e34}"),
    (0x1E37, "\u{1e36}"),
    (0x1E39, "\u{1e38}"),
    (0x1E3B, "\u{1e3a}"),
    (0x1E3D, "\u{1e3c}"),
    (0x1E3F, "\u{1e3e}"),
    (0x1E41, "\u{1e40}"),
    (0x1E43, "\u{1e42}"),
    (0x1E45, "\u{1e44}"),
    (0x1E47, "\u{1e46}"),
    (0x1E49, "\u{1e48}"),
    (0x1E4B, "\u{1e4a}"),
    (0x1E4D, "\u{1e4c}"),
    (0x1E4F, "\u{1e4e}"),
    (0x1E51, "\u{1e50}"),
    (0x1E53, "\u{1e52}"),
    (0x1E55, "\u{1e54}"),
    (0x1E57, "\u{1e56}"),
    (0x1E59, "\u{1e58}"),
    (0x1E5B, "\u{1e5a}"),
    (0x1E5D, "\u{1e5c}"),
    (0x1E5F, "\u{1e5e}"),
    (0x1E61, "\u{1e60}"),
    (0x1E63, "\u{1e62}"),
    (0x1E65, "\u{1e64}"),
    (0x1E67, "\u{1e66}"),
    (0x1E69, "\u{1e68}"),
    (0x1E6B, "\u{1e6a}"),
    (0x1E6D, "\u{1e6c}"),
    (0x1E6F, "\u{1e6e}"),
    (0x1E71, "\u{1e70}"),
    (0x1E73, "\u{1e72}"),
    (0x1E75, "\u{1e74}"),
    (0x1E77, "\u{1e76}"),
    (0x1E79, "\u{1e78}"),
    (0x1E7B, "\u{1e7a}"),
    (0x1E7D, "\u{1e7c}"),
    (0x1E7F, "\u{1e7e}"),
    (0x1E81, "\u{1e80}"),
    (0x1E83, "\u{1e82}"),
    (0x1E85, "\u{1e84}"),
    (0x1E87, "\u{1e86}"),
    (0x1E89, "\u{1e88}"),
    (0x1E8B, "\u{1e8a}"),
    (0x1E8D, "\u{1e8c}"),
    (0x1E8F, "\u{1e8e}"),
    (0x1E91, "\u{1e90}"),
    (0x1E93, "\u{1e92}"),
    (0x1E95, "\u{1e94}"),
    (0x1E96, "H\u{331}"),
    (0x1E97, "T\u{308}"),
    (0x1E98, "W\u{30a}"),
    (0x1E99, "Y\u{30a}"),
    (0x1E9A, "A\u{2be}"),
    (0x1E9B, "\u{1e60}"),
    (0x1EA1, "\u{1ea0}"),
    (0x1EA3, "\u{1ea2}"),
    (0x1EA5, "\u{1ea4}"),
    (0x1EA7, "\u{1ea6}"),
    (0x1EA9, "\u{1ea8}"),
    (0x1EAB, "\u{1eaa}"),
    (0x1EAD, "\u{1eac}"),
    (0x1EAF, "\u{1eae}"),
    (0x1EB1, "\u{1eb0}"),
    (0x1EB3, "\u{1eb2}"),
    (0x1EB5, "\u{1eb4}"),
    (0x1EB7, "\u{1eb6}"),
    (0x1EB9, "\u{1eb8}"),
    (0x1EBB, "\u{1eba}"),
    (0x1EBD, "\u{1ebc}"),
    (0x1EBF, "\u{1ebe}"),
    (0x1EC1, "\u{1ec0}"),
    (0x1EC3, "\u{1ec2}"),
    (0x1EC5, "\u{1ec4}"),
    (0x1EC7, "\u{1ec6}"),
    (0x1EC9, "\u{1ec8}"),
    (0x1ECB, "\u{1eca}"),
    (0x1ECD, "\u{1ecc}"),
    (0x1ECF, "\u{1ece}"),
    (0x1ED1, "\u{1ed0}"),
    (0x1ED3, "\u{1ed2}"),
    (0x1ED5, "\u{1ed4}"),
    (0x1ED7, "\u{1ed6}"),
    (0x1ED9, "\u{1ed8}"),
    (0x1EDB, "\u{1eda}"),
    (0x1EDD, "\u{1edc}"),
    (0x1EDF, "\u{1ede}"),
    (0x1EE1, "\u{1ee0}"),
    (0x1EE3, "\u{1ee2}"),
    (0x1EE5, "\u{1ee4}"),
    (0x1EE7, "\u{1ee6}"),
    (0x1EE9, "\u{1ee8}"),
    (0x1EEB, "\u{1eea}"),
    (0x1EED, "\u{1eec}"),
    (0x1EEF, "\u{1eee}"),
    (0x1EF1, "\u{1ef0}"),
    (0x1EF3, "\u{1ef2}"),
    (0x1EF5, "\u{1ef4}"),
    (0x1EF7, "\u{1ef6}"),
    (0x1EF9, "\u{1ef8}"),
    (0x1EFB, "\u{1efa}"),
    (0x1EFD, "\u{1efc}"),
    (0x1EFF, "\u{1efe}"),
    (0x1F00, "\u{1f08}"),
    (0x1F01, "\u{1f09}"),
    (0x1F02, "\u{1f0a}"),
    (0x1F03, "\u{1f0b}"),
    (0x1F04, "\u{1f0c}"),
    (0x1F05, "\u{1f0d}"),
    (0x1F06, "\u{1f0e}"),
    (0x1F07, "\u{1f0f}"),
    (0x1F10, "\u{1f18}"),
    (0x1F11, "\u{1f19}"),
    (0x1F12, "\u{1f1a}"),
    (0x1F13, "\u{1f1b}"),
    (0x1F14, "\u{1f1c}"),
    (0x1F15, "\u{1f1d}"),
    (0x1F20, "\u{1f28}"),
    (0x1F21, "\u{1f29}"),
    (0x1F22, "\u{1f2a}"),
    (0x1F23, "\u{1f2b}"),
    (0x1F24, "\u{1f2c}"),
    (0x1F25, "\u{1f2d}"),
    (0x1F26, "\u{1f2e}"),
    (0x1F27, "\u{1f2f}"),
    (0x1F30, "\u{1f38}"),
    (0x1F31, "\u{1f39}"),
    (0x1F32, "\u{1f3a}"),
    (0x1F33, "\u{1f3b}"),
    (0x1F34, "\u{1f3c}"),
    (0x1F35, "\u{1f3d}"),
    (0x1F36, "\u{1f3e}"),
    (0x1F37, "\u{1f3f}"),
    (0x1F40, "\u{1f48}"),
    (0x1F41, "\u{1f49}"),
    (0x1F42, "\u{1f4a}"),
    (0x1F43, "\u{1f4b}"),
    (0x1F44, "\u{1f4c}"),
    (0x1F45, "\u{1f4d}"),
    (0x1F50, "\u{3a5}\u{313}"),
    (0x1F51, "\u{1f59}"),
    (0x1F52, "\u{3a5}\u{313}\u{300}"),
    (0x1F53, "\u{1f5b}"),
    (0x1F54, "\u{3a5}\u{313}\u{301}"),
    (0x1F55, "\u{1f5d}"),
    (0x1F56, "\u{3a5}\u{313}\u{342}"),
    (0x1F57, "\u{1f5f}"),
    (0x1F60, "\u{1f68}"),
    (0x1F61, "\u{1f69}"),
    (0x1F62, "\u{1f6a}"),
    (0x1F63, "\u{1f6b}"),
    (0x1F64, "\u{1f6c}"),
    (0x1F65, "\u{1f6d}"),
    (0x1F66, "\u{1f6e}"),
    (0x1F67, "\u{1f6f}"),
    (0x1F70, "\u{1fba}"),
    (0x1F71, "\u{1fbb}"),
    (0x1F72, "\u{1fc8}"),
    (0x1F73, "\u{1fc9}"),
    (0x1F74, "\u{1fca}"),
    (0x1F75, "\u{1fcb}"),
    (0x1F76, "\u{1fda}"),
    (0x1F77, "\u{1fdb}"),
    (0x1F78, "\u{1ff8}"),
    (0x1F79, "\u{1ff9}"),
    (0x1F7A, "\u{1fea}"),
    (0x1F7B, "\u{1feb}"),
    (0x1F7C, "\u{1ffa}"),
    (0x1F7D, "\u{1ffb}"),
    (0x1F80, "\u{1f08}\u{399}"),
    (0x1F81, "\u{1f09}\u{399}"),
    (0x1F82, "\u{1f0a}\u{399}"),
    (0x1F83, "\u{1f0b}\u{399}"),
    (0x1F84, "\u{1f0c}\u{399}"),
    (0x1F85, "\u{1f0d}\u{399}"),
    (0x1F86, "\u{1f0e}\u{399}"),
    (0x1F87, "\u{1f0f}\u{399}"),
    (0x1F88, "\u{1f08}\u{399}"),
    (0x1F89, "\u{1f09}\u{399}"),
    (0x1F8A, "\u{1f0a}\u{399}"),
    (0x1F8B, "\u{1f0b}\u{399}"),
    (0x1F8C, "\u{1f0c}\u{399}"),
    (0x1F8D, "\u{1f0d}\u{399}"),
    (0x1F8E, "\u{1f0e}\u{399}"),
    (0x1F8F, "\u{1f0f}\u{399}"),
    (0x1F90, "\u{1f28}\u{399}"),
    (0x1F91, "\u{1f29}\u{399}"),
    (0x1F92, "\u{1f2a}\u{399}"),
    (0x1F93, "\u{1f2b}\u{399}"),
    (0x1F94, "\u{1f2c}\u{399}"),
    (0x1F95, "\u{1f2d}\u{399}"),
    (0x1F96, "\u{1f2e}\u{399}"),
    (0x1F97, "\u{1f2f}\u{399}"),
    (0x1F98, "\u{1f28}\u{399}"),
    (0x1F99, "\u{1f29}\u{399}"),
    (0x1F9A, "\u{1f2a}\u{399}"),
    (0x1F9B, "\u{1f2b}\u{399}"),
    (0x1F9C, "\u{1f2c}\u{399}"),
    (0x1F9D, "\u{1f2d}\u{399}"),
    (0x1F9E, "\u{1f2e}\u{399}"),
    (0x1F9F, "\u{1f2f}\u{399}"),
    (0x1FA0, "\u{1f68}\u{399}"),
    (0x1FA1, "\u{1f69}\u{399}"),
    (0x1FA2, "\u{1f6a}\u{399}"),
    (0x1FA3, "\u{1f6b}\u{399}"),
    (0x1FA4, "\u{1f6c}\u{399}"),
    (0x1FA5, "\u{1f6d}\u{399}"),
    (0x1FA6, "\u{1f6e}\u{399}"),
    (0x1FA7, "\u{1f6f}\u{399}"),
    (0x1FA8, "\u{1f68}\u{399}"),
    (0x1FA9, "\u{1f69}\u{399}"),
    (0x1FAA, "\u{1f6a}\u{399}"),
    (0x1FAB, "\u{1f6b}\u{399}"),
    (0x1FAC, "\u{1f6c}\u{399}"),
    (0x1FAD, "\u{1f6d}\u{399}"),
    (0x1FAE, "\u{1f6e}\u{399}"),
    (0x1FAF, "\u{1f6f}\u{399}"),
    (0x1FB0, "\u{1fb8}"),
    (0x1FB1, "\u{1fb9}"),
    (0x1FB2, "\u{1fba}\u{399}"),
    (0x1FB3, "\u{391}\u{399}"),
    (0x1FB4, "\u{386}\u{399}"),
    (0x1FB6, "\u{391}\u{342}"),
    (0x1FB7, "\u{391}\u{342}\u{399}"),
    (0x1FBC, "\u{391}\u{399}"),
    (0x1FBE, "\u{399}"),
    (0x1FC2, "\u{1fca}\u{399}"),
    (0x1FC3, "\u{397}\u{399}"),
    (0x1FC4, "\u{389}\u{399}"),
    (0x1FC6, "\u{397}\u{342}"),
    (0x1FC7, "\u{397}\u{342}\u{399}"),
    (0x1FCC, "\u{397}\u{399}"),
    (0x1FD0, "\u{1fd8}"),
    (0x1FD1, "\u{1fd9}"),
    (0x1FD2, "\u{399}\u{308}\u{300}"),
    (0x1FD3, "\u{399}\u{308}\u{301}"),
    (0x1FD6, "\u{399}\u{342}"),
    (0x1FD7, "\u{399}\u{308}\u{342}"),
    (0x1FE0, "\u{1fe8}"),
    (0x1FE1, "\u{1fe9}"),
    (0x1FE2, "\u{3a5}\u{308}\u{300}"),
    (0x1FE3, "\u{3a5}\u{308}\u{301}"),
    (0x1FE4, "\u{3a1}\u{313}"),
    (0x1FE5, "\u{1fec}"),
    (0x1FE6, "\u{3a5}\u{342}"),
    (0x1FE7, "\u{3a5}\u{308}\u{342}"),
    (0x1FF2, "\u{1ffa}\u{399}"),
    (0x1FF3, "\u{3a9}\u{399}"),
    (0x1FF4, "\u{38f}\u{399}"),
    (0x1FF6, "\u{3a9}\u{342}"),
    (0x1FF7, "\u{3a9}\u{342}\u{399}"),
    (0x1FFC, "\u{3a9}\u{399}"),
    (0x214E, "\u{2132}"),
    (0x2170, "\u{2160}"),
    (0x2171, "\u{2161}"),
    (0x2172, "\u{2162}"),
    (0x2173, "\u{2163}"),
    (0x2174, "\u{2164}"),
    (0x2175, "\u{2165}"),
    (0x2176, "\u{2166}"),
    (0x2177, "\u{2167}"),
    (0x2178, "\u{2168}"),
    (0x2179, "\u{2169}"),
    (0x217A, "\u{216a}"),
    (0x217B, "\u{216b}"),
    (0x217C, "\u{216c}"),
    (0x217D, "\u{216d}"),
    (0x217E, "\u{216e}"),
    (0x217F, "\u{216f}"),
    (0x2184, "\u{2183}"),
    (0x24D0, "\u{24b6}"),
    (0x24D1, "\u{24b7}"),
    (0x24D2, "\u{24b8}"),
    (0x24D3, "\u{24b9}"),
    (0x24D4, "\u{24ba}"),
    (0x24D5, "\u{24bb}"),
    (0x24D6, "\u{24bc}"),
    (0x24D7, "\u{24bd}"),
    (0x24D8, "\u{24be}"),
    (0x24D9, "\u{24bf}"),
    (0x24DA, "\u{24c0}"),
    (0x24DB, "\u{24c1}"),
    (0x24DC, "\u{24c2}"),
    (0x24DD, "\u{24c3}"),
    (0x24DE, "\u{24c4}"),
    (0x24DF, "\u{24c5}"),
    (0x24E0, "\u{24c6}"),
    (0x24E1, "\u{24c7}"),
    (0x24E2, "\u{24c8}"),
    (0x24E3, "\u{24c9}"),
    (0x24E4, "\u{24ca}"),
    (0x24E5, "\u{24cb}"),
    (0x24E6, "\u{24cc}"),
    (0x24E7, "\u{24cd}"),
    (0x24E8, "\u{24ce}"),
    (0x24E9, "\u{24cf}"),
    (0x2C30, "\u{2c00}"),
    (0x2C31, "\u{2c01}"),
    (0x2C32, "\u{2c02}"),
    (0x2C33, "\u{2c03}"),
    (0x2C34, "\u{2c04}"),
    (0x2C35, "\u{2c05}"),
    (0x2C36, "\u{2c06}"),
    (0x2C37, "\u{2c07}"),
    (0x2C38, "\u{2c08}"),
    (0x2C39, "\u{2c09}"),
    (0x2C3A, "\u{2c0a}"),
    (0x2C3B, "\u{2c0b}"),
    (0x2C3C, "\u{2c0c}"),
    (0x2C3D, "\u{2c0d}"),
    (0x2C3E, "\u{2c0e}"),
    (0x2C3F, "\u{2c0f}"),
    (0x2C40, "\u{2c10}"),
    (0x2C41, "\u{2c11}"),
    (0x2C42, "\u{2c12}"),
    (0x2C43, "\u{2c13}"),
    (0x2C44, "\u{2c14}"),
    (0x2C45, "\u{2c15}"),
    (0x2C46, "\u{2c16}"),
    (0x2C47, "\u{2c17}"),
    (0x2C48, "\u{2c18}"),
    (0x2C49, "\u{2c19}"),
    (0x2C4A, "\u{2c1a}"),
    (0x2C4B, "\u{2c1b}"),
    (0x2C4C, "\u{2c1c}"),
    (0x2C4D, "\u{2c1d}"),
    (0x2C4E, "\u{2c1e}"),
    (0x2C4F, "\u{2c1f}"),
    (0x2C50, "\u{2c20}"),
    (0x2C51, "\u{2c21}"),
    (0x2C52, "\u{2c22}"),
    (0x2C53, "\u{2c23}"),
    (0x2C54, "\u{2c24}"),
    (0x2C55, "\u{2c25}"),
    (0x2C56, "\u{2c26}"),
    (0x2C57, "\u{2c27}"),
    (0x2C58, "\u{2c28}"),
    (0x2C59, "\u{2c29}"),
    (0x2C5A, "\u{2c2a}"),
    (0x2C5B, "\u{2c2b}"),
    (0x2C5C, "\u{2c2c}"),
    (0x2C5D, "\u{2c2d}"),
    (0x2C5E, "\u{2c2e}"),
    (0x2C5F, "\u{2c2f}"),
    (0x2C61, "\u{2c60}"),
    (0x2C65, "\u{23a}"),
    (0x2C66, "\u{23e}"),
    (0x2C68, "\u{2c67}"),
    (0x2C6A, "\u{2c69}"),
    (0x2C6C, "\u{2c6b}"),
    (0x2C73, "\u{2c72}"),
    (0x2C76, "\u{2c75}"),
    (0x2C81, "\u{2c80}"),
    (0x2C83, "\u{2c82}"),
    (0x2C85, "\u{2c84}"),
    (0x2C87, "\u{2c86}"),
    (0x2C89, "\u{2c88}"),
    (0x2C8B, "\u{2c8a}"),
    (0x2C8D, "\u{2c8c}"),
    (0x2C8F, "\u{2c8e}"),
    (0x2C91, "\u{2c90}"),
    (0x2C93, "\u{2c92}"),
    (0x2C95, "\u{2c94}"),
    (0x2C97, "\u{2c96}"),
    (0x2C99, "\u{2c98}"),
    (0x2C9B, "\u{2c9a}"),
    (0x2C9D, "\u{2c9c}"),
    (0x2C9F, "\u{2c9e}"),
    (0x2CA1, "\u{2ca0}"),
    (0x2CA3, "\u{2ca2}"),
    (0x2CA5, "\u{2ca4}"),
    (0x2CA7, "\u{2ca6}"),
    (0x2CA9, "\u{2ca8}"),
    (0x2CAB, "\u{2caa}"),
    (0x2CAD, "\u{2cac}"),
    (0x2CAF, "\u{2cae}"),
    (0x2CB1, "\u{2cb0}"),
    (0x2CB3, "\u{2cb2}"),
    (0x2CB5, "\u{2cb4}"),
    (0x2CB7, "\u{2cb6}"),
    (0x2CB9, "\u{2cb8}"),
    (0x2CBB, "\u{2cba}"),
    (0x2CBD, "\u{2cbc}"),
    (0x2CBF, "\u{2cbe}"),
    (0x2CC1, "\u{2cc0}"),
    (0x2CC3, "\u{2cc2}"),
    (0x2CC5, "\u{2cc4}"),
    (0x2CC7, "\u{2cc6}"),
    (0x2CC9, "\u{2cc8}"),
    (0x2CCB, "\u{2cca}"),
    (0x2CCD, "\u{2ccc}"),
    (0x2CCF, "\u{2cce}"),
    (0x2CD1, "\u{2cd0}"),
    (0x2CD3, "\u{2cd2}"),
    (0x2CD5, "\u{2cd4}"),
    (0x2CD7, "\u{2cd6}"),
    (0x2CD9, "\u{2cd8}"),
    (0x2CDB, "\u{2cda}"),
    (0x2CDD, "\u{2cdc}"),
    (0x2CDF, "\u{2cde}"),
    (0x2CE1, "\u{2ce0}"),
    (0x2CE3, "\u{2ce2}"),
    (0x2CEC, "\u{2ceb}"),
    (0x2CEE, "\u{2ced}"),
    (0x2CF3, "\u{2cf2}"),
    (0x2D00, "\u{10a0}"),
    (0x2D01, "\u{10a1}"),
    (0x2D02, "\u{10a2}"),
    (0x2D03, "\u{10a3}"),
    (0x2D04, "\u{10a4}"),
    (0x2D05, "\u{10a5}"),
    (0x2D06, "\u{10a6}"),
    (0x2D07, "\u{10a7}"),
    (0x2D08, "\u{10a8}"),
    (0x2D09, "\u{10a9}"),
    (0x2D0A, "\u{10aa}"),
    (0x2D0B, "\u{10ab}"),
    (0x2D0C, "\u{10ac}"),
    (0x2D0D, "\u{10ad}"),
    (0x2D0E, "\u{10ae}"),
    (0x2D0F, "\u{10af}"),
    (0x2D10, "\u{10b0}"),
    (0x2D11, "\u{10b1}"),
    (0x2D12, "\u{10b2}"),
    (0x2D13, "\u{10b3}"),
    (0x2D14, "\u{10b4}"),
    (0x2D15, "\u{10b5}"),
    (0x2D16, "\u{10b6}"),
    (0x2D17, "\u{10b7}"),
    (0x2D18, "\u{10b8}"),
    (0x2D19, "\u{10b9}"),
    (0x2D1A, "\u{10ba}"),
    (0x2D1B, "\u{10bb}"),
    (0x2D1C, "\u{10bc}"),
    (0x2D1D, "\u{10bd}"),
    (0x2D1E, "\u{10be}"),
    (0x2D1F, "\u{10bf}"),
    (0x2D20, "\u{10c0}"),
    (0x2D21, "\u{10c1}"),
    (0x2D22, "\u{10c2}"),
    (0x2D23, "\u{10c3}"),
    (0x2D24, "\u{10c4}"),
    (0x2D25, "\u{10c5}"),
    (0x2D27, "\u{10c7}"),
    (0x2D2D, "\u{10cd}"),
    (0xA641, "\u{a640}"),
    (0xA643, "\u{a642}"),
    (0xA645, "\u{a644}"),
    (0xA647, "\u{a646}"),
    (0xA649, "\u{a648}"),
    (0xA64B, "\u{a64a}"),
    (0xA64D, "\u{a64c}"),
    (0xA64F, "\u{a64e}"),
    (0xA651, "\u{a650}"),
    (0xA653, "\u{a652}"),
    (0xA655, "\u{a654}"),
    (0xA657, "\u{a656}"),
    (0xA659, "\u{a658}"),
    (0xA65B, "\u{a65a}"),
    (0xA65D, "\u{a65c}"),
    (0xA65F, "\u{a65e}"),
    (0xA661, "\u{a660}"),
    (0xA663, "\u{a662}"),
    (0xA665, "\u{a664}"),
    (0xA667, "\u{a666}"),
    (0xA669, "\u{a668}"),
    (0xA66B, "\u{a66a}"),
    (0xA66D, "\u{a66c}"),
    (0xA681, "\u{a680}"),
    (0xA683, "\u{a682}"),
    (0xA685, "\u{a684}"),
    (0xA687, "\u{a686}"),
    (0xA689, "\u{a688}"),
    (0xA68B, "\u{a68a}"),
    (0xA68D, "\u{a68c}"),
    (0xA68F, "\u{a68e}"),
    (0xA691, "\u{a690}"),
    (0xA693, "\u{a692}"),
    (0xA695, "\u{a694}"),
    (0xA697, "\u{a696}"),
    (0xA699, "\u{a698}"),
    (0xA69B, "\u{a69a}"),
    (0xA723, "\u{a722}"),
    (0xA725, "\u{a724}"),
    (0xA727, "\u{a726}"),
    (0xA729, "\u{a728}"),
    (0xA72B, "\u{a72a}"),
    (0xA72D, "\u{a72c}"),
    (0xA72F, "\u{a72e}"),
    (0xA733, "\u{a732}"),
    (0xA735, "\u{a734}"),
    (0xA737, "\u{a736}"),
    (0xA739, "\u{a738}"),
    (0xA73B, "\u{a73a}"),
    (0xA73D, "\u{a73c}"),
    (0xA73F, "\u{a73e}"),
    (0xA741, "\u{a740}"),
    (0xA743, "\u{a742}"),
    (0xA745, "\u{a744}"),
    (0xA747, "\u{a746}"),
    (0xA749, "\u{a748}"),
    (0xA74B, "\u{a74a}"),
    (0xA74D, "\u{a74c}"),
    (0xA74F, "\u{a74e}"),
    (0xA751, "\u{a750}"),
    (0xA753, "\u{a752}"),
    (0xA755, "\u{a754}"),
    (0xA757, "\u{a756}"),
    (0xA759, "\u{a758}"),
    (0xA75B, "\u{a75a}"),
    (0xA75D, "\u{a75c}"),
    (0xA75F, "\u{a75e}"),
    (0xA761, "\u{a760}"),
    (0xA763, "\u{a762}"),
    (0xA765, "\u{a764}"),
    (0xA767, "\u{a766}"),
    (0xA769, "\u{a768}"),
    (0xA76B, "\u{a76a}"),
    (0xA76D, "\u{a76c}"),
    (0xA76F, "\u{a76e}"),
    (0xA77A, "\u{a779}"),
    (0xA77C, "\u{a77b}"),
    (0xA77F, "\u{a77e}"),
    (0xA781, "\u{a780}"),
    (0xA783, "\u{a782}"),
    (0xA785, "\u{a784}"),
    (0xA787, "\u{a786}"),
    (0xA78C, "\u{a78b}"),
    (0xA791, "\u{a790}"),
    (0xA793, "\u{a792}"),
    (0xA794, "\u{a7c4}"),
    (0xA797, "\u{a796}"),
    (0xA799, "\u{a798}"),
    (0xA79B, "\u{a79a}"),
    (0xA79D, "\u{a79c}"),
    (0xA79F, "\u{a79e}"),
    (0xA7A1, "\u{a7a0}"),
    (0xA7A3, "\u{a7a2}"),
    (0xA7A5, "\u{a7a4}"),
    (0xA7A7, "\u{a7a6}"),
    (0xA7A9, "\u{a7a8}"),
    (0xA7B5, "\u{a7b4}"),
    (0xA7B7, "\u{a7b6}"),
    (0xA7B9, "\u{a7b8}"),
    (0xA7BB, "\u{a7ba}"),
    (0xA7BD, "\u{a7bc}"),
    (0xA7BF, "\u{a7be}"),
    (0xA7C1, "\u{a7c0}"),
    (0xA7C3, "\u{a7c2}"),
    (0xA7C8, "\u{a7c7}"),
    (0xA7CA, "\u{a7c9}"),
    (0xA7D1, "\u{a7d0}"),
    (0xA7D7, "\u{a7d6}"),
    (0xA7D9, "\u{a7d8}"),
    (0xA7F6, "\u{a7f5}"),
    (0xAB53, "\u{a7b3}"),
    (0xAB70, "\u{13a0}"),
    (0xAB71, "\u{13a1}"),
    (0xAB72, "\u{13a2}"),
    (0xAB73, "\u{13a3}"),
    (0xAB74, "\u{13a4}"),
    (0xAB75, "\u{13a5}"),
    (0xAB76, "\u{13a6}"),
    (0xAB77, "\u{13a7}"),
    (0xAB78, "\u{13a8}"),
    (0xAB79, "\u{13a9}"),
    (0xAB7A, "\u{13aa}"),
    (0xAB7B, "\u{13ab}"),
    (0xAB7C, "\u{13ac}"),
    (0xAB7D, "\u{13ad}"),
    (0xAB7E, "\u{13ae}"),
    (0xAB7F, "\u{13af}"),
    (0xAB80, "\u{13b0}"),
    (0xAB81, "\u{13b1}"),
    (0xAB82, "\u{13b2}"),
    (0xAB83, "\u{13b3}"),
    (0xAB84, "\u{13b4}"),
    (0xAB85, "\u{13b5}"),
    (0xAB86, "\u{13b6}"),
    (0xAB87, "\u{13b7}"),
    (0xAB88, "\u{13b8}"),
    (0xAB89, "\u{13b9}"),
    (0xAB8A, "\u{13ba}"),
    (0xAB8B, "\u{13bb}"),
    (0xAB8C, "\u{13bc}"),
    (0xAB8D, "\u{13bd}"),
    (0xAB8E, "\u{13be}"),
    (0xAB8F, "\u{13bf}"),
    (0xAB90, "\u{13c0}"),
    (0xAB91, "\u{13c1}"),
    (0xAB92, "\u{13c2}"),
    (0xAB93, "\u{13c3}"),
    (0xAB94, "\u{13c4}"),
    (0xAB95, "\u{13c5}"),
    (0xAB96, "\u{13c6}"),
    (0xAB97, "\u{13c7}"),
    (0xAB98, "\u{13c8}"),
    (0xAB99, "\u{13c9}"),
    (0xAB9A, "\u{13ca}"),
    (0xAB9B, "\u{13cb}"),
    (0xAB9C, "\u{13cc}"),
    (0xAB9D, "\u{13cd}"),
    (0xAB9E, "\u{13ce}"),
    (0xAB9F, "\u{13cf}"),
    (0xABA0, "\u{13d0}"),
    (0xABA1, "\u{13d1}"),
    (0xABA2, "\u{13d2}"),
    (0xABA3, "\u{13d3}"),
    (0xABA4, "\u{13d4}"),
    (0xABA5, "\u{13d5}"),
    (0xABA6, "\u{13d6}"),
    (0xABA7, "\u{13d7}"),
    (0xABA8, "\u{13d8}"),
    (0xABA9, "\u{13d9}"),
    (0xABAA, "\u{13da}"),
    (0xABAB, "\u{13db}"),
    (0xABAC, "\u{13dc}"),
    (0xABAD, "\u{13dd}"),
    (0xABAE, "\u{13de}"),
    (0xABAF, "\u{13df}"),
    (0xABB0, "\u{13e0}"),
    (0xABB1, "\u{13e1}"),
    (0xABB2, "\u{13e2}"),
    (0xABB3, "\u{13e3}"),
    (0xABB4, "\u{13e4}"),
    (0xABB5, "\u{13e5}"),
    (0xABB6, "\u{13e6}"),
    (0xABB7, "\u{13e7}"),
    (0xABB8, "\u{13e8}"),
    (0xABB9, "\u{13e9}"),
    (0xABBA, "\u{13ea}"),
    (0xABBB, "\u{13eb}"),
    (0xABBC, "\u{13ec}"),
    (0xABBD, "\u{13ed}"),
    (0xABBE, "\u{13ee}"),
    (0xABBF, "\u{13ef}"),
    (0xFB00, "FF"),
    (0xFB01, "FI"),
    (0xFB02, "FL"),
    (0xFB03, "FFI"),
    (0xFB04, "FFL"),
    (0xFB05, "ST"),
    (0xFB06, "ST"),
    (0xFB13, "\u{544}\u{546}"),
    (0xFB14, "\u{544}\u{535}"),
    (0xFB15, "\u{544}\u{53b}"),
    (0xFB16, "\u{54e}\u{546}"),
    (0xFB17, "\u{544}\u{53d}"),
    (0xFF41, "\u{ff21}"),
    (0xFF42, "\u{ff22}"),
    (0xFF43, "\u{ff23}"),
    (0xFF44, "\u{ff24}"),
    (0xFF45, "\u{ff25}"),
    (0xFF46, "\u{ff26}"),
    (0xFF47, "\u{ff27}"),
    (0xFF48, "\u{ff28}"),
    (0xFF49, "\u{ff29}"),
    (0xFF4A, "\u{ff2a}"),
    (0xFF4B, "\u{ff2b}"),
    (0xFF4C, "\u{ff2c}"),
    (0xFF4D, "\u{ff2d}"),
    (0xFF4E, "\u{ff2e}"),
    (0xFF4F, "\u{ff2f}"),
    (0xFF50, "\u{ff30}"),
    (0xFF51, "\u{ff31}"),
    (0xFF52, "\u{ff32}"),
    (0xFF53, "\u{ff33}"),
    (0xFF54, "\u{ff34}"),
    (0xFF55, "\u{ff35}"),
    (0xFF56, "\u{ff36}"),
    (0xFF57, "\u{ff37}"),
    (0xFF58, "\u{ff38}"),
    (0xFF59, "\u{ff39}"),
    (0xFF5A, "\u{ff3a}"),
    (0x10428, "\u{10400}"),
    (0x10429, "\u{10401}"),
    (0x1042A, "\u{10402}"),
    (0x1042B, "\u{10403}"),
    (0x1042C, "\u{10404}"),
    (0x1042D, "\u{10405}"),
    (0x1042E, "\u{10406}"),
    (0x1042F, "\u{10407}"),
    (0x10430, "\u{10408}"),
    (0x10431, "\u{10409}"),
    (0x10432, "\u{1040a}"),
    (0x10433, "\u{1040b}"),
    (0x10434, "\u{1040c}"),
    (0x10435, "\u{1040d}"),
    (0x10436, "\u{1040e}"),
    (0x10437, "\u{1040f}"),
    (0x10438, "\u{10410}"),
    (0x10439, "\u{10411}"),
    (0x1043A, "\u{10412}"),
    (0x1043B, "\u{10413}"),
    (0x1043C, "\u{10414}"),
    (0x1043D, "\u{10415}"),
    (0x1043E, "\u{10416}"),
    (0x1043F, "\u{10417}"),
    (0x10440, "\u{10418}"),
    (0x10441, "\u{10419}"),
    (0x10442, "\u{1041a}"),
    (0x10443, "\u{1041b}"),
    (0x10444, "\u{1041c}"),
    (0x10445, "\u{1041d}"),
    (0x10446, "\u{1041e}"),
    (0x10447, "\u{1041f}"),
    (0x10448, "\u{10420}"),
    (0x10449, "\u{10421}"),
    (0x1044A, "\u{10422}"),
    (0x1044B, "\u{10423}"),
    (0x1044C, "\u{10424}"),
    (0x1044D, "\u{10425}"),
    (0x1044E, "\u{10426}"),
    (0x1044F, "\u{10427}"),
    (0x104D8, "\u{104b0}"),
    (0x104D9, "\u{104b1}"),
    (0x104DA, "\u{104b2}"),
    (0x104DB, "\u{104b3}"),
    (0x104DC, "\u{104b4}"),
    (0x104DD, "\u{104b5}"),
    (0x104DE, "\u{104b6}"),
    (0x104DF, "\u{104b7}"),
    (0x104E0, "\u{104b8}"),
    (0x104E1, "\u{104b9}"),
    (0x104E2, "\u{104ba}"),
    (0x104E3, "\u{104bb}"),
    (0x104E4, "\u{104bc}"),
    (0x104E5, "\u{104bd}"),
    (0x104E6, "\u{104be}"),
    (0x104E7, "\u{104bf}"),
    (0x104E8, "\u{104c0}"),
    (0x104E9, "\u{104c1}"),
    (0x104EA, "\u{104c2}"),
    (0x104EB, "\u{104c3}"),
    (0x104EC, "\u{104c4}"),
    (0x104ED, "\u{104c5}"),
    (0x104EE, "\u{104c6}"),
    (0x104EF, "\u{104c7}"),
    (0x104F0, "\u{104c8}"),
    (0x104F1, "\u{104c9}"),
    (0x104F2, "\u{104ca}"),
    (0x104F3, "\u{104cb}"),
    (0x104F4, "\u{104cc}"),
    (0x104F5, "\u{104cd}"),
    (0x104F6, "\u{104ce}"),
    (0x104F7, "\u{104cf}"),
    (0x104F8, "\u{104d0}"),
    (0x104F9, "\u{104d1}"),
    (0x104FA, "\u{104d2}"),
    (0x104FB, "\u{104d3}"),
    (0x10597, "\u{10570}"),
    (0x10598, "\u{10571}"),
    (0x10599, "\u{10572}"),
    (0x1059A, "\u{10573}"),
    (0x1059B, "\u{10574}"),
    (0x1059C, "\u{10575}"),
    (0x1059D, "\u{10576}"),
    (0x1059E, "\u{10577}"),
    (0x1059F, "\u{10578}"),
    (0x105A0, "\u{10579}"),
    (0x105A1, "\u{1057a}"),
    (0x105A3, "\u{1057c}"),
    (0x105A4, "\u{1057d}"),
    (0x105A5, "\u{1057e}"),
    (0x105A6, "\u{1057f}"),
    (0x105A7, "\u{10580}"),
    (0x105A8, "\u{10581}"),
    (0x105A9, "\u{10582}"),
    (0x105AA, "\u{10583}"),
    (0x105AB, "\u{10584}"),
    (0x105AC, "\u{10585}"),
    (0x105AD, "\u{10586}"),
    (0x105AE, "\u{10587}"),
    (0x105AF, "\u{10588}"),
    (0x105B0, "\u{10589}"),
    (0x105B1, "\u{1058a}"),
    (0x105B3, "\u{1058c}"),
    (0x105B4, "\u{1058d}"),
    (0x105B5, "\u{1058e}"),
    (0x105B6, "\u{1058f}"),
    (0x105B7, "\u{10590}"),
    (0x105B8, "\u{10591}"),
    (0x105B9, "\u{10592}"),
    (0x105BB, "\u{10594}"),
    (0x105BC, "\u{10595}"),
    (0x10CC0, "\u{10c80}"),
    (0x10CC1, "\u{10c81}"),
    (0x10CC2, "\u{10c82}"),
    (0x10CC3, "\u{10c83}"),
    (0x10CC4, "\u{10c84}"),
    (0x10CC5, "\u{10c85}"),
    (0x10CC6, "\u{10c86}"),
    (0x10CC7, "\u{10c87}"),
    (0x10CC8, "\u{10c88}"),
    (0x10CC9, "\u{10c89}"),
    (0x10CCA, "\u{10c8a}"),
    (0x10CCB, "\u{10c8b}"),
    (0x10CCC, "\u{10c8c}"),
    (0x10CCD, "\u{10c8d}"),
    (0x10CCE, "\u{10c8e}"),
    (0x10CCF, "\u{10c8f}"),
    (0x10CD0, "\u{10c90}"),
    (0x10CD1, "\u{10c91}"),
    (0x10CD2, "\u{10c92}"),
    (0x10CD3, "\u{10c93}"),
    (0x10CD4, "\u{10c94}"),
    (0x10CD5, "\u{10c95}"),
    (0x10CD6, "\u{10c96}"),
    (0x10CD7, "\u{10c97}"),
    (0x10CD8, "\u{10c98}"),
    (0x10CD9, "\u{10c99}"),
    (0x10CDA, "\u{10c9a}"),
    (0x10CDB, "\u{10c9b}"),
    (0x10CDC, "\u{10c9c}"),
    (0x10CDD, "\u{10c9d}"),
    (0x10CDE, "\u{10c9e}"),
    (0x10CDF, "\u{10c9f}"),
    (0x10CE0, "\u{10ca0}"),
    (0x10CE1, "\u{10ca1}"),
    (0x10CE2, "\u{10ca2}"),
    (0x10CE3, "\u{10ca3}"),
    (0x10CE4, "\u{10ca4}"),
    (0x10CE5, "\u{10ca5}"),
    (0x10CE6, "\u{10ca6}"),
    (0x10CE7, "\u{10ca7}"),
    (0x10CE8, "\u{10ca8}"),
    (0x10CE9, "\u{10ca9}"),
    (0x10CEA, "\u{10caa}"),
    (0x10CEB, "\u{10cab}"),
    (0x10CEC, "\u{10cac}"),
    (0x10CED, "\u{10cad}"),
    (0x10CEE, "\u{10cae}"),
    (0x10CEF, "\u{10caf}"),
    (0x10CF0, "\u{10cb0}"),
    (0x10CF1, "\u{10cb1}"),
    (0x10CF2, "\u{10cb2}"),
    (0x118C0, "\u{118a0}"),
    (0x118C1, "\u{118a1}"),
    (0x118C2, "\u{118a2}"),
    (0x118C3, "\u{118a3}"),
    (0x118C4, "\u{118a4}"),
    (0x118C5, "\u{118a5}"),
    (0x118C6, "\u{118a6}"),
    (0x118C7, "\u{118a7}"),
    (0x118C8, "\u{118a8}"),
    (0x118C9, "\u{118a9}"),
    (0x118CA, "\u{118aa}"),
    (0x118CB, "\u{118ab}"),
    (0x118CC, "\u{118ac}"),
    (0x118CD, "\u{118ad}"),
    (0x118CE, "\u{118ae}"),
    (0x118CF, "\u{118af}"),
    (0x118D0, "\u{118b0}"),
    (0x118D1, "\u{118b1}"),
    (0x118D2, "\u{118b2}"),
    (0x118D3, "\u{118b3}"),
    (0x118D4, "\u{118b4}"),
    (0x118D5, "\u{118b5}"),
    (0x118D6, "\u{118b6}"),
    (0x118D7, "\u{118b7}"),
    (0x118D8, "\u{118b8}"),
    (0x118D9, "\u{118b9}"),
    (0x118DA, "\u{118ba}"),
    (0x118DB, "\u{118bb}"),
    (0x118DC, "\u{118bc}"),
    (0x118DD, "\u{118bd}"),
    (0x118DE, "\u{118be}"),
    (0x118DF, "\u{118bf}"),
    (0x16E60, "\u{16e40}"),
    (0x16E61, "\u{16e41}"),
    (0x16E62, "\u{16e42}"),
    (0x16E63, "\u{16e43}"),
    (0x16E64, "\u{16e44}"),
    (0x16E65, "\u{16e45}"),
    (0x16E66, "\u{16e46}"),
    (0x16E67, "\u{16e47}"),
    (0x16E68, "\u{16e48}"),
    (0x16E69, "\u{16e49}"),
    (0x16E6A, "\u{16e4a}"),
    (0x16E6B, "\u{16e4b}"),
    (0x16E6C, "\u{16e4c}"),
    (0x16E6D, "\u{16e4d}"),
    (0x16E6E, "\u{16e4e}"),
    (0x16E6F, "\u{16e4f}"),
    (0x16E70, "\u{16e50}"),
    (0x16E71, "\u{16e51}"),
    (0x16E72, "\u{16e52}"),
    (0x16E73, "\u{16e53}"),
    (0x16E74, "\u{16e54}"),
    (0x16E75, "\u{16e55}"),
    (0x16E76, "\u{16e56}"),
    (0x16E77, "\u{16e57}"),
    (0x16E78, "\u{16e58}"),
    (0x16E79, "\u{16e59}"),
    (0x16E7A, "\u{16e5a}"),
    (0x16E7B, "\u{16e5b}"),
    (0x16E7C, "\u{16e5c}"),
    (0x16E7D, "\u{16e5d}"),
    (0x16E7E, "\u{16e5e}"),
    (0x16E7F, "\u{16e5f}"),
    (0x1E922, "\u{1e900}"),
    (0x1E923, "\u{1e901}"),
    (0x1E924, "\u{1e902}"),
    (0x1E925, "\u{1e903}"),
    (0x1E926, "\u{1e904}"),
    (0x1E927, "\u{1e905}"),
    (0x1E928, "\u{1e906}"),
    (0x1E929, "\u{1e907}"),
    (0x1E92A, "\u{1e908}"),
    (0x1E92B, "\u{1e909}"),
    (0x1E92C, "\u{1e90a}"),
    (0x1E92D, "\u{1e90b}"),
    (0x1E92E, "\u{1e90c}"),
    (0x1E92F, "\u{1e90d}"),
    (0x1E930, "\u{1e90e}"),
    (0x1E931, "\u{1e90f}"),
    (0x1E932, "\u{1e910}"),
    (0x1E933, "\u{1e911}"),
    (0x1E934, "\u{1e912}"),
    (0x1E935, "\u{1e913}"),
    (0x1E936, "\u{1e914}"),
    (0x1E937, "\u{1e915}"),
    (0x1E938, "\u{1e916}"),
    (0x1E939, "\u{1e917}"),
    (0x1E93A, "\u{1e918}"),
    (0x1E93B, "\u{1e919}"),
    (0x1E93C, "\u{1e91a}"),
    (0x1E93D, "\u{1e91b}"),
    (0x1E93E, "\u{1e91c}"),
    (0x1E93F, "\u{1e91d}"),
    (0x1E940, "\u{1e91e}"),
    (0x1E941, "\u{1e91f}"),
    (0x1E942, "\u{1e920}"),
    (0x1E943, "\u{1e921}"),
];

static LOWER: &[(u32, &str)] = &[
    (0x41, "a"),
    (0x42, "b"),
    (0x43, "c"),
    (0x44, "d"),
    (0x45, "e"),
    (0x46, "f"),
    (0x47, "g"),
    (0x48, "h"),
    (0x49, "i"),
    (0x4A, "j"),
    (0x4B, "k"),
    (0x4C, "l"),
    (0x4D, "m"),
    (0x4E, "n"),
    (0x4F, "o"),
    (0x50, "p"),
    (0x51, "q"),
    (0x52, "r"),
    (0x53, "s"),
    (0x54, "t"),
    (0x55, "u"),
    (0x56, "v"),
    (0x57, "w"),
    (0x58, "x"),
    (0x59, "y"),
    (0x5A, "z"),
    (0xC0, "\u{e0}"),
    (0xC1, "\u{e1}"),
    (0xC2, "\u{e2}"),
    (0xC3, "\u{e3}"),
    (0xC4, "\u{e4}"),
    (0xC5, "\u{e5}"),
    (0xC6, "\u{e6}"),
    (0xC7, "\u{e7}"),
    (0xC8, "\u{e8}"),
    (0xC9, "\u{e9}"),
    (0xCA, "\u{ea}"),
    (0xCB, "\u{eb}"),
    (0xCC, "\u{ec}"),
    (0xCD, "\u{ed}"),
    (0xCE, "\u{ee}"),
    (0xCF, "\u{ef}"),
    (0xD0, "\u{f0}"),
    (0xD1, "\u{f1}"),
    (0xD2, "\u{f2}"),
    (0xD3, "\u{f3}"),
    (0xD4, "\u{f4}"),
    (0xD5, "\u{f5}"),
    (0xD6, "\u{f6}"),
    (0xD8, "\u{f8}"),
    (0xD9, "\u{f9}"),
    (0xDA, "\u{fa}"),
    (0xDB, "\u{fb}"),
    (0xDC, "\u{fc}"),
    (0xDD, "\u{fd}"),
    (0xDE, "\u{fe}"),
    (0x100, "\u{101}"),
    (0x102, "\u{103}"),
    (0x104, "\u{105}"),
    (0x106, "\u{107}"),
    (0x108, "\u{109}"),
    (0x10A, "\u{10b}"),
    (0x10C, "\u{10d}"),
    (0x10E, "\u{10f}"),
    (0x110, "\u{111}"),
    (0x112, "\u{113}"),
    (0x114, "\u{115}"),
    (0x116, "\u{117}"),
    (0x118, "\u{119}"),
    (0x11A, "\u{11b}"),
    (0x11C, "\u{11d}"),
    (0x11E, "\u{11f}"),
    (0x120, "\u{121}"),
    (0x122, "\u{123}"),
    (0x124, "\u{125}"),
    (0x126, "\u{127}"),
    (0x128, "\u{129}"),
    (0x12A, "\u{12b}"),
    (0x12C, "\u{12d}"),
    (0x12E, "\u{12f}"),
    (0x130, "i\u{307}"),
    (0x132, "\u{133}"),
    (0x134, "\u{135}"),
    (0x136, "\u{137}"),
    (0x139, "\u{13a}"),
    (0x13B, "\u{13c}"),
    (0x13D, "\u{13e}"),
    (0x13F, "\u{140}"),
    (0x141, "\u{142}"),
    (0x143, "\u{144}"),
    (0x145, "\u{146}"),
    (0x147, "\u{148}"),
    (0x14A, "\u{14b}"),
    (0x14C, "\u{14d}"),
    (0x14E, "\u{14f}"),
    (0x150, "\u{151}"),
    (0x152, "\u{153}"),
    (0x154, "\u{155}"),
    (0x156, "\u{157}"),
    (0x158, "\u{159}"),
    (0x15A, "\u{15b}"),
    (0x15C, "\u{15d}"),
    (0x15E, "\u{15f}"),
    (0x160, "\u{161}"),
    (0x162, "\u{163}"),
    (0x164, "\u{165}"),
    (0x166, "\u{167}"),
    (0x168, "\u{169}"),
    (0x16A, "\u{16b}"),
    (0x16C, "\u{16d}"),
    (0x16E, "\u{16f}"),
    (0x170, "\u{171}"),
    (0x172, "\u{173}"),
    (0x174, "\u{175}"),
    (0x176, "\u{177}"),
    (0x178, "\u{ff}"),
    (0x179, "\u{17a}"),
    (0x17B, "\u{17c}"),
    (0x17D, "\u{17e}"),
    (0x181, "\u{253}"),
    (0x182, "\u{183}"),
    (0x184, "\u{185}"),
    (0x186, "\u{254}"),
    (0x187, "\u{188}"),
    (0x189, "\u{256}"),
    (0x18A, "\u{257}"),
    (0x18B, "\u{18c}"),
    (0x18E, "\u{1dd}"),
    (0x18F, "\u{259}"),
    (0x190, "\u{25b}"),
    (0x191, "\u{192}"),
    (0x193, "\u{260}"),
    (0x194, "\u{263}"),
    (0x196, "\u{269}"),
    (0x197, "\u{268}"),
    (0x198, "\u{199}"),
    (0x19C, "\u{26f}"),
    (0x19D, "\u{272}"),
    (0x19F, "\u{275}"),
    (0x1A0, "\u{1a1}"),
    (0x1A2, "\u{1a3}"),
    (0x1A4, "\u{1a5}"),
    (0x1A6, "\u{280}"),
    (0x1A7, "\u{1a8}"),
    (0x1A9, "\u{283}"),
    (0x1AC, "\u{1ad}"),
    (0x1AE, "\u{288}"),
    (0x1AF, "\u{1b0}"),
    (0x1B1, "\u{28a}"),
    (0x1B2, "\u{28b}"),
    (0x1B3, "\u{1b4}"),
    (0x1B5, "\u{1b6}"),
    (0x1B7, "\u{292}"),
    (0x1B8, "\u{1b9}"),
    (0x1BC, "\u{1bd}"),
    (0x1C4, "\u{1c6}"),
    (0x1C5, "\u{1c6}"),
    (0x1C7, "\u{1c9}"),
    (0x1C8, "\u{1c9}"),
    (0x1CA, "\u{1cc}"),
    (0x1CB, "\u{1cc}"),
    (0x1CD, "\u{1ce}"),
    (0x1CF, "\u{1d0}"),
    (0x1D1, "\u{1d2}"),
    (0x1D3, "\u{1d4}"),
    (0x1D5, "\u{1d6}"),
    (0x1D7, "\u{1d8}"),
    (0x1D9, "\u{1da}"),
    (0x1DB, "\u{1dc}"),
    (0x1DE, "\u{1df}"),
    (0x1E0, "\u{1e1}"),
    (0x1E2, "\u{1e3}"),
    (0x1E4, "\u{1e5}"),
    (0x1E6, "\u{1e7}"),
    (0x1E8, "\u{1e9}"),
    (0x1EA, "\u{1eb}"),
    (0x1EC, "\u{1ed}"),
    (0x1EE, "\u{1ef}"),
    (0x1F1, "\u{1f3}"),
    (0x1F2, "\u{1f3}"),
    (0x1F4, "\u{1f5}"),
    (0x1F6, "\u{195}"),
    (0x1F7, "\u{1bf}"),
    (0x1F8, "\u{1f9}"),
    (0x1FA, "\u{1fb}"),
    (0x1FC, "\u{1fd}"),
    (0x1FE, "\u{1ff}"),
    (0x200, "\u{201}"),
    (0x202, "\u{203}"),
    (0x204, "\u{205}"),
    (0x206, "\u{207}"),
    (0x208, "\u{209}"),
    (0x20A, "\u{20b}"),
    (0x20C, "\u{20d}"),
    (0x20E, "\u{20f}"),
    (0x210, "\u{211}"),
    (0x212, "\u{213}"),
    (0x214, "\u{215}"),
    (0x216, "\u{217}"),
    (0x218, "\u{219}"),
    (0x21A, "\u{21b}"),
    (0x21C, "\u{21d}"),
    (0x21E, "\u{21f}"),
    (0x220, "\u{19e}"),
    (0x222, "\u{223}"),
    (0x224, "\u{225}"),
    (0x226, "\u{227}"),
    (0x228, "\u{229}"),
    (0x22A, "\u{22b}"),
    (0x22C, "\u{22d}"),
    (0x22E, "\u{22f}"),
    (0x230, "\u{231}"),
    (0x232, "\u{233}"),
    (0x23A, "\u{2c65}"),
    (0x23B, "\u{23c}"),
    (0x23D, "\u{19a}"),
    (0x23E, "\u{2c66}"),
    (0x241, "\u{242}"),
    (0x243, "\u{180}"),
    (0x244, "\u{289}"),
    (0x245, "\u{28c}"),
    (0x246, "\u{247}"),
    (0x248, "\u{249}"),
    (0x24A, "\u{24b}"),
    (0x24C, "\u{24d}"),
    (0x24E, "\u{24f}"),
    (0x370, "\u{371}"),
    (0x372, "\u{373}"),
    (0x376, "\u{377}"),
    (0x37F, "\u{3f3}"),
    (0x386, "\u{3ac}"),
    (0x388, "\u{3ad}"),
    (0x389, "\u{3ae}"),
    (0x38A, "\u{3af}"),
    (0x38C, "\u{3cc}"),
    (0x38E, "\u{3cd}"),
    (0x38F, "\u{3ce}"),
    (0x391, "\u{3b1}"),
    (0x392, "\u{3b2}"),
    (0x393, "\u{3b3}"),
    (0x394, "\u{3b4}"),
    (0x395, "\u{3b5}"),
    (0x396, "\u{3b6}"),
    (0x397, "\u{3b7}"),
    (0x398, "\u{3b8}"),
    (0x399, "\u{3b9}"),
    (0x39A, "\u{3ba}"),
    (0x39B, "\u{3bb}"),
    (0x39C, "\u{3bc}"),
    (0x39D, "\u{3bd}"),
    (0x39E, "\u{3be}"),
    (0x39F, "\u{3bf}"),
    (0x3A0, "\u{3c0}"),
    (0x3A1, "\u{3c1}"),
    (0x3A3, "\u{3c3}"),
    (0x3A4, "\u{3c4}"),
    (0x3A5, "\u{3c5}"),
    (0x3A6, "\u{3c6}"),
    (0x3A7, "\u{3c7}"),
    (0x3A8, "\u{3c8}"),
    (0x3A9, "\u{3c9}"),
    (0x3AA, "\u{3ca}"),
    (0x3AB, "\u{3cb}"),
    (0x3CF, "\u{3d7}"),
    (0x3D8, "\u{3d9}"),
    (0x3DA, "\u{3db}"),
    (0x3DC, "\u{3dd}"),
    (0x3DE, "\u{3df}"),
    (0x3E0, "\u{3e1}"),
    (0x3E2, "\u{3e3}"),
    (0x3E4, "\u{3e5}"),
    (0x3E6, "\u{3e7}"),
    (0x3E8, "\u{3e9}"),
    (0x3EA, "\u{3eb}"),
    (0x3EC, "\u{3ed}"),
    (0x3EE, "\u{3ef}"),
    (0x3F4, "\u{3b8}"),
    (0x3F7, "\u{3f8}"),
    (0x3F9, "\u{3f2}"),
    (0x3FA, "\u{3fb}"),
    (0x3FD, "\u{37b}"),
    (0x3FE, "\u{37c}"),
    (0x3FF, "\u{37d}"),
    (0x400, "\u{450}"),
    (0x401, "\u{451}"),
    (0x402, "\u{452}"),
    (0x403, "\u{453}"),
    (0x404, "\u{454}"),
    (0x405, "\u{455}"),
    (0x406, "\u{456}"),
    (0x407, "\u{457}"),
    (0x408, "\u{458}"),
    (0x409, "\u{459}"),
    (0x40A, "\u{45a}"),
    (0x40B, "\u{45b}"),
    (0x40C, "\u{45c}"),
    (0x40D, "\u{45d}"),
    (0x40E, "\u{45e}"),
    (0x40F, "\u{45f}"),
    (0x410, "\u{430}"),
    (0x411, "\u{431}"),
    (0x412, "\u{432}"),
    (0x413, "\u{433}"),
    (0x414, "\u{434}"),
    (0x415, "\u{435}"),
    (0x416, "\u{436}"),
    (0x417, "\u{437}"),
    (0x418, "\u{438}"),
    (0x419, "\u{439}"),
    (0x41A, "\u{43a}"),
    (0x41B, "\u{43b}"),
    (0x41C, "\u{43c}"),
    (0x41D, "\u{43d}"),
    (0x41E, "\u{43e}"),
    (0x41F, "\u{43f}"),
    (0x420, "\u{440}"),
    (0x421, "\u{441}"),
    (0x422, "\u{442}"),
    (0x423, "\u{443}"),
    (0x424, "\u{444}"),
    (0x425, "\u{445}"),
    (0x426, "\u{446}"),
    (0x427, "\u{447}"),
    (0x428, "\u{448}"),
    (0x429, "\u{449}"),
    (0x42A, "\u{44a}"),
    (0x42B, "\u{44b}"),
    (0x42C, "\u{44c}"),
    (0x42D, "\u{44d}"),
    (0x42E, "\u{44e}"),
    (0x42F, "\u{44f}"),
    (0x460, "\u{461}"),
    (0x462, "\u{463}"),
    (0x464, "\u{465}"),
    (0x466, "\u{467}"),
    (0x468, "\u{469}"),
    (0x46A, "\u{46b}"),
    (0x46C, "\u{46d}"),
    (0x46E, "\u{46f}"),
    (0x470, "\u{471}"),
    (0x472, "\u{473}"),
    (0x474, "\u{475}"),
    (0x476, "\u{477}"),
    (0x478, "\u{479}"),
    (0x47A, "\u{47b}"),
    (0x47C, "\u{47d}"),
    (0x47E, "\u{47f}"),
    (0x480, "\u{481}"),
    (0x48A, "\u{48b}"),
    (0x48C, "\u{48d}"),
    (0x48E, "\u{48f}"),
    (0x490, "\u{491}"),
    (0x492, "\u{493}"),
    (0x494, "\u{495}"),
    (0x496, "\u{497}"),
    (0x498, "\u{499}"),
    (0x49A, "\u{49b}"),
    (0x49C, "\u{49d}"),
    (0x49E, "\u{49f}"),
    (0x4A0, "\u{4a1}"),
    (0x4A2, "\u{4a3}"),
    (0x4A4, "\u{4a5}"),
    (0x4A6, "\u{4a7}"),
    (0x4A8, "\u{4a9}"),
    (0x4AA, "\u{4ab}"),
    (0x4AC, "\u{4ad}"),
    (0x4AE, "\u{4af}"),
    (0x4B0, "\u{4b1}"),
    (0x4B2, "\u{4b3}"),
    (0x4B4, "\u{4b5}"),
    (0x4B6, "\u{4b7}"),
    (0x4B8, "\u{4b9}"),
    (0x4BA, "\u{4bb}"),
    (0x4BC, "\u{4bd}"),
    (0x4BE, "\u{4bf}"),
    (0x4C0, "\u{4cf}"),
    (0x4C1, "\u{4c2}"),
    (0x4C3, "\u{4c4}"),
    (0x4C5, "\u{4c6}"),
    (0x4C7, "\u{4c8}"),
    (0x4C9, "\u{4ca}"),
    (0x4CB, "\u{4cc}"),
    (0x4CD, "\u{4ce}"),
    (0x4D0, "\u{4d1}"),
    (0x4D2, "\u{4d3}"),
    (0x4D4, "\u{4d5}"),
    (0x4D6, "\u{4d7}"),
    (0x4D8, "\u{4d9}"),
    (0x4DA, "\u{4db}"),
    (0x4DC, "\u{4dd}"),
    (0x4DE, "\u{4df}"),
    (0x4E0, "\u{4e1}"),
    (0x4E2, "\u{4e3}"),
    (0x4E4, "\u{4e5}"),
    (0x4E6, "\u{4e7}"),
    (0x4E8, "\u{4e9}"),
    (0x4EA, "\u{4eb}"),
    (0x4EC, "\u{4ed}"),
    (0x4EE, "\u{4ef}"),
    (0x4F0, "\u{4f1}"),
    (0x4F2, "\u{4f3}"),
    (0x4F4, "\u{4f5}"),
    (0x4F6, "\u{4f7}"),
    (0x4F8, "\u{4f9}"),
    (0x4FA, "\u{4fb}"),
    (0x4FC, "\u{4fd}"),
    (0x4FE, "\u{4ff}"),
    (0x500, "\u{501}"),
    (0x502, "\u{503}"),
    (0x504, "\u{505}"),
    (0x506, "\u{507}"),
    (0x508, "\u{509}"),
    (0x50A, "\u{50b}"),
    (0x50C, "\u{50d}"),
    (0x50E, "\u{50f}"),
    (0x510, "\u{511}"),
    (0x512, "\u{513}"),
    (0x514, "\u{515}"),
    (0x516, "\u{517}"),
    (0x518, "\u{519}"),
    (0x51A, "\u{51b}"),
    (0x51C, "\u{51d}"),
    (0x51E, "\u{51f}"),
    (0x520, "\u{521}"),
    (0x522, "\u{523}"),
    (0x524, "\u{525}"),
    (0x526, "\u{527}"),
    (0x528, "\u{529}"),
    (0x52A, "\u{52b}"),
    (0x52C, "\u{52d}"),
    (0x52E, "\u{52f}"),
    (0x531, "\u{561}"),
    (0x532, "\u{562}"),
    (0x533, "\u{563}"),
    (0x534, "\u{564}"),
    (0x535, "\u{565}"),
    (0x536, "\u{566}"),
    (0x537, "\u{567}"),
    (0x538, "\u{568}"),
    (0x539, "\u{569}"),
    (0x53A, "\u{56a}"),
    (0x53B, "\u{56b}"),
    (0x53C, "\u{56c}"),
    (0x53D, "\u{56d}"),
    (0x53E, "\u{56e}"),
    (0x53F, "\u{56f}"),
    (0x540, "\u{570}"),
    (0x541, "\u{571}"),
    (0x542, "\u{572}"),
    (0x543, "\u{573}"),
    (0x544, "\u{574}"),
    (0x545, "\u{575}"),
    (0x546, "\u{576}"),
    (0x547, "\u{577}"),
    (0x548, "\u{578}"),
    (0x549, "\u{579}"),
    (0x54A, "\u{57a}"),
    (0x54B, "\u{57b}"),
    (0x54C, "\u{57c}"),
    (0x54D, "\u{57d}"),
    (0x54E, "\u{57e}"),
    (0x54F, "\u{57f}"),
    (0x550, "\u{580}"),
    (0x551, "\u{581}"),
    (0x552, "\u{582}"),
    (0x553, "\u{583}"),
    (0x554, "\u{584}"),
    (0x555, "\u{585}"),
    (0x556, "\u{586}"),
    (0x10A0, "\u{2d00}"),
    (0x10A1, "\u{2d01}"),
    (0x10A2, "\u{2d02}"),
    (0x10A3, "\u{2d03}"),
    (0x10A4, "\u{2d04}"),
    (0x10A5, "\u{2d05}"),
    (0x10A6, "\u{2d06}"),
    (0x10A7, "\u{2d07}"),
    (0x10A8, "\u{2d08}"),
    (0x10A9, "\u{2d09}"),
    (0x10AA, "\u{2d0a}"),
    (0x10AB, "\u{2d0b}"),
    (0x10AC, "\u{2d0c}"),
    (0x10AD, "\u{2d0d}"),
    (0x10AE, "\u{2d0e}"),
    (0x10AF, "\u{2d0f}"),
    (0x10B0, "\u{2d10}"),
    (0x10B1, "\u{2d11}"),
    (0x10B2, "\u{2d12}"),
    (0x10B3, "\u{2d13}"),
    (0x10B4, "\u{2d14}"),
    (0x10B5, "\u{2d15}"),
    (0x10B6, "\u{2d16}"),
    (0x10B7, "\u{2d17}"),
    (0x10B8, "\u{2d18}"),
    (0x10B9, "\u{2d19}"),
    (0x10BA, "\u{2d1a}"),
    (0x10BB, "\u{2d1b}"),
    (0x10BC, "\u{2d1c}"),
    (0x10BD, "\u{2d1d}"),
    (0x10BE, "\u{2d1e}"),
    (0x10BF, "\u{2d1f}"),
    (0x10C0, "\u{2d20}"),
    (0x10C1, "\u{2d21}"),
    (0x10C2, "\u{2d22}"),
    (0x10C3, "\u{2d23}"),
    (0x10C4, "\u{2d24}"),
    (0x10C5, "\u{2d25}"),
    (0x10C7, "\u{2d27}"),
    (0x10CD, "\u{2d2d}"),
    (0x13A0, "\u{ab70}"),
    (0x13A1, "\u{ab71}"),
    (0x13A2, "\u{ab72}"),
    (0x13A3, "\u{ab73}"),
    (0x13A4, "\u{ab74}"),
    (0x13A5, "\u{ab75}"),
    (0x13A6, "\u{ab76}"),
    (0x13A7, "\u{ab77}"),
    (0x13A8, "\u{ab78}"),
    (0x13A9, "\u{ab79}"),
    (0x13AA, "\u{ab7a}"),
    (0x13AB, "\u{ab7b}"),
    (0x13AC, "\u{ab7c}"),
    (0x13AD, "\u{ab7d}"),
    (0x13AE, "\u{ab7e}"),
    (0x13AF, "\u{ab7f}"),
    (0x13B0, "\u{ab80}"),
    (0x13B1, "\u{ab81}"),
    (0x13B2, "\u{ab82}"),
    (0x13B3, "\u{ab83}"),
    (0x13B4, "\u{ab84}"),
    (0x13B5, "\u{ab85}"),
    (0x13B6, "\u{ab86}"),
    (0x13B7, "\u{ab87}"),
    (0x13B8, "\u{ab88}"),
    (0x13B9, "\u{ab89}"),
    (0x13BA, "\u{ab8a}"),
    (0x13BB, "\u{ab8b}"),
    (0x13BC, "\u{ab8c}"),
    (0x13BD, "\u{ab8d}"),
    (0x13BE, "\u{ab8e}"),
    (0x13BF, "\u{ab8f}"),
    (0x13C0, "\u{ab90}"),
    (0x13C1, "\u{ab91}"),
    (0x13C2, "\u{ab92}"),
    (0x13C3, "\u{ab93}"),
    (0x13C4, "\u{ab94}"),
    (0x13C5, "\u{ab95}"),
    (0x13C6, "\u{ab96}"),
    (0x13C7, "\u{ab97}"),
    (0x13C8, "\u{ab98}"),
    (0x13C9, "\u{ab99}"),
    (0x13CA, "\u{ab9a}"),
    (0x13CB, "\u{ab9b}"),
    (0x13CC, "\u{ab9c}"),
    (0x13CD, "\u{ab9d}"),
    (0x13CE, "\u{ab9e}"),
    (0x13CF, "\u{ab9f}"),
    (0x13D0, "\u{aba0}"),
    (0x13D1, "\u{aba1}"),
    (0x13D2, "\u{aba2}"),
    (0x13D3, "\u{aba3}"),
    (0x13D4, "\u{aba4}"),
    (0x13D5, "\u{aba5}"),
    (0x13D6, "\u{aba6}"),
    (0x13D7, "\u{aba7}"),
    (0x13D8, "\u{aba8}"),
    (0x13D9, "\u{aba9}"),
    (0x13DA, "\u{abaa}"),
    (0x13DB, "\u{abab}"),
    (0x13DC, "\u{abac}"),
    (0x13DD, "\u{abad}"),
    (0x13DE, "\u{abae}"),
    (0x13DF, "\u{abaf}"),
    (0x13E0, "\u{abb0}"),
    (0x13E1, "\u{abb1}"),
    (0x13E2, "\u{abb2}"),
    (0x13E3, "\u{abb3}"),
    (0x13E4, "\u{abb4}"),
    (0x13E5, "\u{abb5}"),
    (0x13E6, "\u{abb6}"),
    (0x13E7, "\u{abb7}"),
    (0x13E8, "\u{abb8}"),
    (0x13E9, "\u{abb9}"),
    (0x13EA, "\u{abba}"),
    (0x13EB, "\u{abbb}"),
    (0x13EC, "\u{abbc}"),
    (0x13ED, "\u{abbd}"),
    (0x13EE, "\u{abbe}"),
    (0x13EF, "\u{abbf}"),
    (0x13F0, "\u{13f8}"),
    (0x13F1, "\u{13f9}"),
    (0x13F2, "\u{13fa}"),
    (0x13F3, "\u{13fb}"),
    (0x13F4, "\u{13fc}"),
    (0x13F5, "\u{13fd}"),
    (0x1C90, "\u{10d0}"),
    (0x1C91, "\u{10d1}"),
    (0x1C92, "\u{10d2}"),
    (0x1C93, "\u{10d3}"),
    (0x1C94, "\u{10d4}"),
    (0x1C95, "\u{10d5}"),
    (0x1C96, "\u{10d6}"),
    (0x1C97, "\u{10d7}"),
    (0x1C98, "\u{10d8}"),
    (0x1C99, "\u{10d9}"),
    (0x1C9A, "\u{10da}"),
    (0x1C9B, "\u{10db}"),
    (0x1C9C, "\u{10dc}"),
    (0x1C9D, "\u{10dd}"),
    (0x1C9E, "\u{10de}"),
    (0x1C9F, "\u{10df}"),
    (0x1CA0, "\u{10e0}"),
    (0x1CA1, "\u{10e1}"),
    (0x1CA2, "\u{10e2}"),
    (0x1CA3, "\u{10e3}"),
    (0x1CA4, "\u{10e4}"),
    (0x1CA5, "\u{10e5}"),
    (0x1CA6, "\u{10e6}"),
    (0x1CA7, "\u{10e7}"),
    (0x1CA8, "\u{10e8}"),
    (0x1CA9, "\u{10e9}"),
    (0x1CAA, "\u{10ea}"),
    (0x1CAB, "\u{10eb}"),
    (0x1CAC, "\u{10ec}"),
    (0x1CAD, "\u{10ed}"),
    (0x1CAE, "\u{10ee}"),
    (0x1CAF, "\u{10ef}"),
    (0x1CB0, "\u{10f0}"),
    (0x1CB1, "\u{10f1}"),
    (0x1CB2, "\u{10f2}"),
    (0x1CB3, "\u{10f3}"),
    (0x1CB4, "\u{10f4}"),
    (0x1CB5, "\u{10f5}"),
    (0x1CB6, "\u{10f6}"),
    (0x1CB7, "\u{10f7}"),
    (0x1CB8, "\u{10f8}"),
    (0x1CB9, "\u{10f9}"),
    (0x1CBA, "\u{10fa}"),
    (0x1CBD, "\u{10fd}"),
    (0x1CBE, "\u{10fe}"),
    (0x1CBF, "\u{10ff}"),
    (0x1E00, "\u{1e01}"),
    (0x1E02, "\u{1e03}"),
    (0x1E04, "\u{1e05}"),
    (0x1E06, "\u{1e07}"),
    (0x1E08, "\u{1e09}"),
    (0x1E0A, "\u{1e0b}"),
    (0x1E0C, "\u{1e0d}"),
    (0x1E0E, "\u{1e0f}"),
    (0x1E10, "\u{1e11}"),
    (0x1E12, "\u{1e13}"),
    (0x1E14, "\u{1e15}"),
    (0x1E16, "\u{1e17}"),
    (0x1E18, "\u{1e19}"),
    (0x1E1A, "\u{1e1b}"),
    (0x1E1C, "\u{1e1d}"),
    (0x1E1E, "\u{1e1f}"),
    (0x1E20, "\u{1e21}"),
    (0x1E22, "\u{1e23}"),
    (0x1E24, "\u{1e25}"),
    (0x1E26, "\u{1e27}"),
    (0x1E28, "\u{1e29}"),
    (0x1E2A, "\u{1e2b}"),
    (0x1E2C, "\u{1e2d}"),
    (0x1E2E, "\u{1e2f}"),
    (0x1E30, "\u{1e31}"),
    (0x1E32, "\u{1e33}"),
    (0x1E34, "\u{1e35}"),
    (0x1E36, "\u{1e37}"),
    (0x1E38, "\u{1e39}"),
    (0x1E3A, "\u{1e3b}"),
    (0x1E3C, "\u{1e3d}"),
    (0x1E3E, "\u{1e3f}"),
    (0x1E40, "\u{1e41}"),
    (0x1E42, "\u{1e43}"),
    (0x1E44, "\u{1e45}"),
    (0x1E46, "\u{1e47}"),
    (0x1E48, "\u{1e49}"),
    (0x1E4A, "\u{1e4b}"),
    (0x1E4C, "\u{1e4d}"),
    (0x1E4E, "\u{1e4f}"),
    (0x1E50, "\u{1e51}"),
    (0x1E52, "\u{1e53}"),
    (0x1E54, "\u{1e55}"),
    (0x1E56, "\u{1e57}"),
    (0x1E58, "\u{1e59}"),
    (0x1E5A, "\u{1e5b}"),
    (0x1E5C, "\u{1e5d}"),
    (0x1E5E, "\u{1e5f}"),
    (0x1E60, "\u{1e61}"),
    (0x1E62, "\u{1e63}"),
    (0x1E64, "\u{1e65}"),
    (0x1E66, "\u{1e67}"),
    (0x1E68, "\u{1e69}"),
    (0x1E6A, "\u{1e6b}"),
    (0x1E6C, "\u{1e6d}"),
    (0x1E6E, "\u{1e6f}"),
    (0x1E70, "\u{1e71}"),
    (0x1E72, "\u{1e73}"),
    (0x1E74, "\u{1e75}"),
    (0x1E76, "\u{1e77}"),
    (0x1E78, "\u{1e79}"),
    (0x1E7A, "\u{1e7b}"),
    (0x1E7C, "\u{1e7d}"),
    (0x1E7E, "\u{1e7f}"),
    (0x1E80, "\u{1e81}"),
    (0x1E82, "\u{1e83}"),
    (0x1E84, "\u{1e85}"),
    (0x1E86, "\u{1e87}"),
    (0x1E88, "\u{1e89}"),
    (0x1E8A, "\u{1e8b}"),
    (0x1E8C, "\u{1e8d}"),
    (0x1E8E, "\u{1e8f}"),
    (0x1E90, "\u{1e91}"),
    (0x1E92, "\u{1e93}"),
    (0x1E94, "\u{1e95}"),
    (0x1E9E, "\u{df}"),
    (0x1EA0, "\u{1ea1}"),
    (0x1EA2, "\u{1ea3}"),
    (0x1EA4, "\u{1ea5}"),
    (0x1EA6, "\u{1ea7}"),
    (0x1EA8, "\u{1ea9}"),
    (0x1EAA, "\u{1eab}"),
    (0x1EAC, "\u{1ead}"),
    (0x1EAE, "\u{1eaf}"),
    (0x1EB0, "\u{1eb1}"),
    (0x1EB2, "\u{1eb3}"),
    (0x1EB4, "\u{1eb5}"),
    (0x1EB6, "\u{1eb7}"),
    (0x1EB8, "\u{1eb9}"),
    (0x1EBA, "\u{1ebb}"),
    (0x1EBC, "\u{1ebd}"),
    (0x1EBE, "\u{1ebf}"),
    (0x1EC0, "\u{1ec1}"),
    (0x1EC2, "\u{1ec3}"),
    (0x1EC4, "\u{1ec5}"),
    (0x1EC6, "\u{1ec7}"),
    (0x1EC8, "\u{1ec9}"),
    (0x1ECA, "\u{1ecb}"),
    (0x1ECC, "\u{1ecd}"),
    (0x1ECE, "\u{1ecf}"),
    (0x1ED0, "\u{1ed1}"),
    (0x1ED2, "\u{1ed3}"),
    (0x1ED4, "\u{1ed5}"),
    (0x1ED6, "\u{1ed7}"),
    (0x1ED8, "\u{1ed9}"),
    (0x1EDA, "\u{1edb}"),
    (0x1EDC, "\u{1edd}"),
    (0x1EDE, "\u{1edf}"),
    (0x1EE0, "\u{1ee1}"),
    (0x1EE2, "\u{1ee3}"),
    (0x1EE4, "\u{1ee5}"),
    (0x1EE6, "\u{1ee7}"),
    (0x1EE8, "\u{1ee9}"),
    (0x1EEA, "\u{1eeb}"),
    (0x1EEC, "\u{1eed}"),
    (0x1EEE, "\u{1eef}"),
    (0x1EF0, "\u{1ef1}"),
    (0x1EF2, "\u{1ef3}"),
    (0x1EF4, "\u{1ef5}"),
    (0x1EF6, "\u{1ef7}"),
    (0x1EF8, "\u{1ef9}"),
    (0x1EFA, "\u{1efb}"),
    (0x1EFC, "\u{1efd}"),
    (0x1EFE, "\u{1eff}"),
    (0x1F08, "\u{1f00}"),
    (0x1F09, "\u{1f01}"),
    (0x1F0A, "\u{1f02}"),
    (0x1F0B, "\u{1f03}"),
    (0x1F0C, "\u{1f04}"),
    (0x1F0D, "\u{1f05}"),
    (0x1F0E, "\u{1f06}"),
    (0x1F0F, "\u{1f07}"),
    (0x1F18, "\u{1f10}"),
    (0x1F19, "\u{1f11}"),
    (0x1F1A, "\u{1f12}"),
    (0x1F1B, "\u{1f13}"),
    (0x1F1C, "\u{1f14}"),
    (0x1F1D, "\u{1f15}"),
    (0x1F28, "\u{1f20}"),
    (0x1F29, "\u{1f21}"),
    (0x1F2A, "\u{1f22}"),
    (0x1F2B, "\u{1f23}"),
    (0x1F2C, "\u{1f24}"),
    (0x1F2D, "\u{1f25}"),
    (0x1F2E, "\u{1f26}"),
    (0x1F2F, "\u{1f27}"),
    (0x1F38, "\u{1f30}"),
    (0x1F39, "\u{1f31}"),
    (0x1F3A, "\u{1f32}"),
    (0x1F3B, "\u{1f33}"),
    (0x1F3C, "\u{1f34}"),
    (0x1F3D, "\u{1f35}"),
    (0x1F3E, "\u{1f36}"),
    (0x1F3F, "\u{1f37}"),
    (0x1F48, "\u{1f40}"),
    (0x1F49, "\u{1f41}"),
    (0x1F4A, "\u{1f42}"),
    (0x1F4B, "\u{1f43}"),
    (0x1F4C, "\u{1f44}"),
    (0x1F4D, "\u{1f45}"),
    (0x1F59, "\u{1f51}"),
    (0x1F5B, "\u{1f53}"),
    (0x1F5D, "\u{1f55}"),
    (0x1F5F, "\u{1f57}"),
    (0x1F68, "\u{1f60}"),
    (0x1F69, "\u{1f61}"),
    (0x1F6A, "\u{1f62}"),
    (0x1F6B, "\u{1f63}"),
    (0x1F6C, "\u{1f64}"),
    (0x1F6D, "\u{1f65}"),
    (0x1F6E, "\u{1f66}"),
    (0x1F6F, "\u{1f67}"),
    (0x1F88, "\u{1f80}"),
    (0x1F89, "\u{1f81}"),
    (0x1F8A, "\u{1f82}"),
    (0x1F8B, "\u{1f83}"),
    (0x1F8C, "\u{1f84}"),
    (0x1F8D, "\u{1f85}"),
    (0x1F8E, "\u{1f86}"),
    (0x1F8F, "\u{1f87}"),
    (0x1F98, "\u{1f90}"),
    (0x1F99, "\u{1f91}"),
    (0x1F9A, "\u{1f92}"),
    (0x1F9B, "\u{1f93}"),
    (0x1F9C, "\u{1f94}"),
    (0x1F9D, "\u{1f95}"),
    (0x1F9E, "\u{1f96}"),
    (0x1F9F, "\u{1f97}"),
    (0x1FA8, "\u{1fa0}"),
    (0x1FA9, "\u{1fa1}"),
    (0x1FAA, "\u{1fa2}"),
    (0x1FAB, "\u{1fa3}"),
    (0x1FAC, "\u{1fa4}"),
    (0x1FAD, "\u{1fa5}"),
    (0x1FAE, "\u{1fa6}"),
    (0x1FAF, "\u{1fa7}"),
    (0x1FB8, "\u{1fb0}"),
    (0x1FB9, "\u{1fb1}"),
    (0x1FBA, "\u{1f70}"),
    (0x1FBB, "\u{1f71}"),
    (0x1FBC, "\u{1fb3}"),
    (0x1FC8, "\u{1f72}"),
    (0x1FC9, "\u{1f73}"),
    (0x1FCA, "\u{1f74}"),
    (0x1FCB, "\u{1f75}"),
    (0x1FCC, "\u{1fc3}"),
    (0x1FD8, "\u{1fd0}"),
    (0x1FD9, "\u{1fd1}"),
    (0x1FDA, "\u{1f76}"),
    (0x1FDB, "\u{1f77}"),
    (0x1FE8, "\u{1fe0}"),
    (0x1FE9, "\u{1fe1}"),
    (0x1FEA, "\u{1f7a}"),
    (0x1FEB, "\u{1f7b}"),
    (0x1FEC, "\u{1fe5}"),
    (0x1FF8, "\u{1f78}"),
    (0x1FF9, "\u{1f79}"),
    (0x1FFA, "\u{1f7c}"),
    (0x1FFB, "\u{1f7d}"),
    (0x1FFC, "\u{1ff3}"),
    (0x2126, "\u{3c9}"),
    (0x212A, "k"),
    (0x212B, "\u{e5}"),
    (0x2132, "\u{214e}"),
    (0x2160, "\u{2170}"),
    (0x2161, "\u{2171}"),
    (0x2162, "\u{2172}"),
    (0x2163, "\u{2173}"),
    (0x2164, "\u{2174}"),
    (0x2165, "\u{2175}"),
    (0x2166, "\u{2176}"),
    (0x2167, "\u{2177}"),
    (0x2168, "\u{2178}"),
    (0x2169, "\u{2179}"),
    (0x216A, "\u{217a}"),
    (0x216B, "\u{217b}"),
    (0x216C, "\u{217c}"),
    (0x216D, "\u{217d}"),
    (0x216E, "\u{217e}"),
    (0x216F, "\u{217f}"),
    (0x2183, "\u{2184}"),
    (0x24B6, "\u{24d0}"),
    (0x24B7, "\u{24d1}"),
    (0x24B8, "\u{24d2}"),
    (0x24B9, "\u{24d3}"),
    (0x24BA, "\u{24d4}"),
    (0x24BB, "\u{24d5}"),
    (0x24BC, "\u{24d6}"),
    (0x24BD, "\u{24d7}"),
    (0x24BE, "\u{24d8}"),
    (0x24BF, "\u{24d9}"),
    (0x24C0, "\u{24da}"),
    (0x24C1, "\u{24db}"),
    (0x24C2, "\u{24dc}"),
    (0x24C3, "\u{24dd}"),
    (0x24C4, "\u{24de}"),
    (0x24C5, "\u{24df}"),
    (0x24C6, "\u{24e0}"),
    (0x24C7, "\u{24e1}"),
    (0x24C8, "\u{24e2}"),
    (0x24C9, "\u{24e3}"),
    (0x24CA, "\u{24e4}"),
    (0x24CB, "\u{24e5}"),
    (0x24CC, "\u{24e6}"),
    (0x24CD, "\u{24e7}"),
    (0x24CE, "\u{24e8}"),
    (0x24CF, "\u{24e9}"),
    (0x2C00, "\u{2c30}"),
    (0x2C01, "\u{2c31}"),
    (0x2C02, "\u{2c32}"),
    (0x2C03, "\u{2c33}"),
    (0x2C04, "\u{2c34}"),
    (0x2C05, "\u{2c35}"),
    (0x2C06, "\u{2c36}"),
    (0x2C07, "\u{2c37}"),
    (0x2C08, "\u{2c38}"),
    (0x2C09, "\u{2c39}"),
    (0x2C0A, "\u{2c3a}"),
    (0x2C0B, "\u{2c3b}"),
    (0x2C0C, "\u{2c3c}"),
    (0x2C0D, "\u{2c3d}"),
    (0x2C0E, "\u{2c3e}"),
    (0x2C0F, "\u{2c3f}"),
    (0x2C10, "\u{2c40}"),
    (0x2C11, "\u{2c41}"),
    (0x2C12, "\u{2c42}"),
    (0x2C13, "\u{2c43}"),
    (0x2C14, "\u{2c44}"),
    (0x2C15, "\u{2c45}"),
    (0x2C16, "\u{2c46}"),
    (0x2C17, "\u{2c47}"),
    (0x2C18, "\u{2c48}"),
    (0x2C19, "\u{2c49}"),
    (0x2C1A, "\u{2c4a}"),
    (0x2C1B, "\u{2c4b}"),
    (0x2C1C, "\u{2c4c}"),
    (0x2C1D, "\u{2c4d}"),
    (0x2C1E, "\u{2c4e}"),
    (0x2C1F, "\u{2c4f}"),
    (0x2C20, "\u{2c50}"),
    (0x2C21, "\u{2c51}"),
    (0x2C22, "\u{2c52}"),
    (0x2C23, "\u{2c53}"),
    (0x2C24, "\u{2c54}"),
    (0x2C25, "\u{2c55}"),
    (0x2C26, "\u{2c56}"),
    (0x2C27, "\u{2c57}"),
    (0x2C28, "\u{2c58}"),
    (0x2C29, "\u{2c59}"),
    (0x2C2A, "\u{2c5a}"),
    (0x2C2B, "\u{2c5b}"),
    (0x2C2C, "\u{2c5c}"),
    (0x2C2D, "\u{2c5d}"),
    (0x2C2E, "\u{2c5e}"),
    (0x2C2F, "\u{2c5f}"),
    (0x2C60, "\u{2c61}"),
    (0x2C62, "\u{26b}"),
    (0x2C63, "\u{1d7d}"),
    (0x2C64, "\u{27d}"),
    (0x2C67, "\u{2c68}"),
    (0x2C69, "\u{2c6a}"),
    (0x2C6B, "\u{2c6c}"),
    (0x2C6D, "\u{251}"),
    (0x2C6E, "\u{271}"),
    (0x2C6F, "\u{250}"),
    (0x2C70, "\u{252}"),
    (0x2C72, "\u{2c73}"),
    (0x2C75, "\u{2c76}"),
    (0x2C7E, "\u{23f}"),
    (0x2C7F, "\u{240}"),
    (0x2C80, "\u{2c81}"),
    (0x2C82, "\u{2c83}"),
    (0x2C84, "\u{2c85}"),
    (0x2C86, "\u{2c87}"),
    (0x2C88, "\u{2c89}"),
    (0x2C8A, "\u{2c8b}"),
    (0x2C8C, "\u{2c8d}"),
    (0x2C8E, "\u{2c8f}"),
    (0x2C90, "\u{2c91}"),
    (0x2C92, "\u{2c93}"),
    (0x2C94, "\u{2c95}"),
    (0x2C96, "\u{2c97}"),
    (0x2C98, "\u{2c99}"),
    (0x2C9A, "\u{2c9b}"),
    (0x2C9C, "\u{2c9d}"),
    (0x2C9E, "\u{2c9f}"),
    (0x2CA0, "\u{2ca1}"),
    (0x2CA2, "\u{2ca3}"),
    (0x2CA4, "\u{2ca5}"),
    (0x2CA6, "\u{2ca7}"),
    (0x2CA8, "\u{2ca9}"),
    (0x2CAA, "\u{2cab}"),
    (0x2CAC, "\u{2cad}"),
    (0x2CAE, "\u{2caf}"),
    (0x2CB0, "\u{2cb1}"),
    (0x2CB2, "\u{2cb3}"),
    (0x2CB4, "\u{2cb5}"),
    (0x2CB6, "\u{2cb7}"),
    (0x2CB8, "\u{2cb9}"),
    (0x2CBA, "\u{2cbb}"),
    (0x2CBC, "\u{2cbd}"),
    (0x2CBE, "\u{2cbf}"),
    (0x2CC0, "\u{2cc1}"),
    (0x2CC2, "\u{2cc3}"),
    (0x2CC4, "\u{2cc5}"),
    (0x2CC6, "\u{2cc7}"),
    (0x2CC8, "\u{2cc9}"),
    (0x2CCA, "\u{2ccb}"),
    (0x2CCC, "\u{2ccd}"),
    (0x2CCE, "\u{2ccf}"),
    (0x2CD0, "\u{2cd1}"),
    (0x2CD2, "\u{2cd3}"),
    (0x2CD4, "\u{2cd5}"),
    (0x2CD6, "\u{2cd7}"),
    (0x2CD8, "\u{2cd9}"),
    (0x2CDA, "\u{2cdb}"),
    (0x2CDC, "\u{2cdd}"),
    (0x2CDE, "\u{2cdf}"),
    (0x2CE0, "\u{2ce1}"),
    (0x2CE2, "\u{2ce3}"),
    (0x2CEB, "\u{2cec}"),
    (0x2CED, "\u{2cee}"),
    (0x2CF2, "\u{2cf3}"),
    (0xA640, "\u{a641}"),
    (0xA642, "\u{a643}"),
    (0xA644, "\u{a645}"),
    (0xA646, "\u{a647}"),
    (0xA648, "\u{a649}"),
    (0xA64A, "\u{a64b}"),
    (0xA64C, "\u{a64d}"),
    (0xA64E, "\u{a64f}"),
    (0xA650, "\u{a651}"),
    (0xA652, "\u{a653}"),
    (0xA654, "\u{a655}"),
    (0xA656, "\u{a657}"),
    (0xA658, "\u{a659}"),
    (0xA65A, "\u{a65b}"),
    (0xA65C, "\u{a65d}"),
    (0xA65E, "\u{a65f}"),
    (0xA660, "\u{a661}"),
    (0xA662, "\u{a663}"),
    (0xA664, "\u{a665}"),
    (0xA666, "\u{a667}"),
    (0xA668, "\u{a669}"),
    (0xA66A, "\u{a66b}"),
    (0xA66C, "\u{a66d}"),
    (0xA680, "\u{a681}"),
    (0xA682, "\u{a683}"),
    (0xA684, "\u{a685}"),
    (0xA686, "\u{a687}"),
    (0xA688, "\u{a689}"),
    (0xA68A, "\u{a68b}"),
    (0xA68C, "\u{a68d}"),
    (0xA68E, "\u{a68f}"),
    (0xA690, "\u{a691}"),
    (0xA692, "\u{a693}"),
    (0xA694, "\u{a695}"),
    (0xA696, "\u{a697}"),
    (0xA698, "\u{a699}"),
    (0xA69A, "\u{a69b}"),
    (0xA722, "\u{a723}"),
    (0xA724, "\u{a725}"),
    (0xA726, "\u{a727}"),
    (0xA728, "\u{a729}"),
    (0xA72A, "\u{a72b}"),
    (0xA72C, "\u{a72d}"),
    (0xA72E, "\u{a72f}"),
    (0xA732, "\u{a733}"),
    (0xA734, "\u{a735}"),
    (0xA736, "\u{a737}"),
    (0xA738, "\u{a739}"),
    (0xA73A, "\u{a73b}"),
    (0xA73C, "\u{a73d}"),
    (0xA73E, "\u{a73f}"),
    (0xA740, "\u{a741}"),
    (0xA742, "\u{a743}"),
    (0xA744, "\u{a745}"),
    (0xA746, "\u{a747}"),
    (0xA748, "\u{a749}"),
    (0xA74A, "\u{a74b}"),
    (0xA74C, "\u{a74d}"),
    (0xA74E, "\u{a74f}"),
    (0xA750, "\u{a751}"),
    (0xA752, "\u{a753}"),
    (0xA754, "\u{a755}"),
    (0xA756, "\u{a757}"),
    (0xA758, "\u{a759}"),
    (0xA75A, "\u{a75b}"),
    (0xA75C, "\u{a75d}"),
    (0xA75E, "\u{a75f}"),
    (0xA760, "\u{a761}"),
    (0xA762, "\u{a763}"),
    (0xA764, "\u{a765}"),
    (0xA766, "\u{a767}"),
    (0xA768, "\u{a769}"),
    (0xA76A, "\u{a76b}"),
    (0xA76C, "\u{a76d}"),
    (0xA76E, "\u{a76f}"),
    (0xA779, "\u{a77a}"),
    (0xA77B, "\u{a77c}"),
    (0xA77D, "\u{1d79}"),
    (0xA77E, "\u{a77f}"),
    (0xA780, "\u{a781}"),
    (0xA782, "\u{a783}"),
    (0xA784, "\u{a785}"),
    (0xA786, "\u{a787}"),
    (0xA78B, "\u{a78c}"),
    (0xA78D, "\u{265}"),
    (0xA790, "\u{a791}"),
    (0xA792, "\u{a793}"),
    (0xA796, "\u{a797}"),
    (0xA798, "\u{a799}"),
    (0xA79A, "\u{a79b}"),
    (0xA79C, "\u{a79d}"),
    (0xA79E, "\u{a79f}"),
    (0xA7A0, "\u{a7a1}"),
    (0xA7A2, "\u{a7a3}"),
    (0xA7A4, "\u{a7a5}"),
    (0xA7A6, "\u{a7a7}"),
    (0xA7A8, "\u{a7a9}"),
    (0xA7AA, "\u{266}"),
    (0xA7AB, "\u{25c}"),
    (0xA7AC, "\u{261}"),
    (0xA7AD, "\u{26c}"),
    (0xA7AE, "\u{26a}"),
    (0xA7B0, "\u{29e}"),
    (0xA7B1, "\u{287}"),
    (0xA7B2, "\u{29d}"),
    (0xA7B3, "\u{ab53}"),
    (0xA7B4, "\u{a7b5}"),
    (0xA7B6, "\u{a7b7}"),
    (0xA7B8, "\u{a7b9}"),
    (0xA7BA, "\u{a7bb}"),
    (0xA7BC, "\u{a7bd}"),
    (0xA7BE, "\u{a7bf}"),
    (0xA7C0, "\u{a7c1}"),
    (0xA7C2, "\u{a7c3}"),
    (0xA7C4, "\u{a794}"),
    (0xA7C5, "\u{282}"),
    (0xA7C6, "\u{1d8e}"),
    (0xA7C7, "\u{a7c8}"),
    (0xA7C9, "\u{a7ca}"),
    (0xA7D0, "\u{a7d1}"),
    (0xA7D6, "\u{a7d7}"),
    (0xA7D8, "\u{a7d9}"),
    (0xA7F5, "\u{a7f6}"),
    (0xFF21, "\u{ff41}"),
    (0xFF22, "\u{ff42}"),
    (0xFF23, "\u{ff43}"),
    (0xFF24, "\u{ff44}"),
    (0xFF25, "\u{ff45}"),
    (0xFF26, "\u{ff46}"),
    (0xFF27, "\u{ff47}"),
    (0xFF28, "\u{ff48}"),
    (0xFF29, "\u{ff49}"),
    (0xFF2A, "\u{ff4a}"),
    (0xFF2B, "\u{ff4b}"),
    (0xFF2C, "\u{ff4c}"),
    (0xFF2D, "\u{ff4d}"),
    (0xFF2E, "\u{ff4e}"),
    (0xFF2F, "\u{ff4f}"),
    (0xFF30, "\u{ff50}"),
    (0xFF31, "\u{ff51}"),
    (0xFF32, "\u{ff52}"),
    (0xFF33, "\u{ff53}"),
    (0xFF34, "\u{ff54}"),
    (0xFF35, "\u{ff55}"),
    (0xFF36, "\u{ff56}"),
    (0xFF37, "\u{ff57}"),
    (0xFF38, "\u{ff58}"),
    (0xFF39, "\u{ff59}"),
    (0xFF3A, "\u{ff5a}"),
    (0x10400, "\u{10428}"),
    (0x10401, "\u{10429}"),
    (0x10402, "\u{1042a}"),
    (0x10403, "\u{1042b}"),
    (0x10404, "\u{1042c}"),
    (0x10405, "\u{1042d}"),
    (0x10406, "\u{1042e}"),
    (0x10407, "\u{1042f}"),
    (0x10408, "\u{10430}"),
    (0x10409, "\u{10431}"),
    (0x1040A, "\u{10432}"),
    (0x1040B, "\u{10433}"),
    (0x1040C, "\u{10434}"),
    (0x1040D, "\u{10435}"),
    (0x1040E, "\u{10436}"),
    (0x1040F, "\u{10437}"),
    (0x10410, "\u{10438}"),
    (0x10411, "\u{10439}"),
    (0x10412, "\u{1043a}"),
    (0x10413, "\u{1043b}"),
    (0x10414, "\u{1043c}"),
    (0x10415, "\u{1043d}"),
    (0x10416, "\u{1043e}"),
    (0x10417, "\u{1043f}"),
    (0x10418, "\u{10440}"),
    (0x10419, "\u{10441}"),
    (0x1041A, "\u{10442}"),
    (0x1041B, "\u{10443}"),
    (0x1041C, "\u{10444}"),
    (0x1041D, "\u{10445}"),
    (0x1041E, "\u{10446}"),
    (0x1041F, "\u{10447}"),
    (0x10420, "\u{10448}"),
    (0x10421, "\u{10449}"),
    (0x10422, "\u{1044a}"),
    (0x10423, "\u{1044b}"),
    (0x10424, "\u{1044c}"),
    (0x10425, "\u{1044d}"),
    (0x10426, "\u{1044e}"),
    (0x10427, "\u{1044f}"),
    (0x104B0, "\u{104d8}"),
    (0x104B1, "\u{104d9}"),
    (0x104B2, "\u{104da}"),
    (0x104B3, "\u{104db}"),
    (0x104B4, "\u{104dc}"),
    (0x104B5, "\u{104dd}"),
    (0x104B6, "\u{104de}"),
    (0x104B7, "\u{104df}"),
    (0x104B8, "\u{104e0}"),
    (0x104B9, "\u{104e1}"),
    (0x104BA, "\u{104e2}"),
    (0x104BB, "\u{104e3}"),
    (0x104BC, "\u{104e4}"),
    (0x104BD, "\u{104e5}"),
    (0x104BE, "\u{104e6}"),
    (0x104BF, "\u{104e7}"),
    (0x104C0, "\u{104e8}"),
    (0x104C1, "\u{104e9}"),
    (0x104C2, "\u{104ea}"),
    (0x104C3, "\u{104eb}"),
    (0x104C4, "\u{104ec}"),
    (0x104C5, "\u{104ed}"),
    (0x104C6, "\u{104ee}"),
    (0x104C7, "\u{104ef}"),
    (0x104C8, "\u{104f0}"),
    (0x104C9, "\u{104f1}"),
    (0x104CA, "\u{104f2}"),
    (0x104CB, "\u{104f3}"),
    (0x104CC, "\u{104f4}"),
    (0x104CD, "\u{104f5}"),
    (0x104CE, "\u{104f6}"),
    (0x104CF, "\u{104f7}"),
    (0x104D0, "\u{104f8}"),
    (0x104D1, "\u{104f9}"),
    (0x104D2, "\u{104fa}"),
    (0x104D3, "\u{104fb}"),
    (0x10570, "\u{10597}"),
    (0x10571, "\u{10598}"),
    (0x10572, "\u{10599}"),
    (0x10573, "\u{1059a}"),
    (0x10574, "\u{1059b}"),
    (0x10575, "\u{1059c}"),
    (0x10576, "\u{1059d}"),
    (0x10577, "\u{1059e}"),
    (0x10578, "\u{1059f}"),
    (0x10579, "\u{105a0}"),
    (0x1057A, "\u{105a1}"),
    (0x1057C, "\u{105a3}"),
    (0x1057D, "\u{105a4}"),
    (0x1057E, "\u{105a5}"),
    (0x1057F, "\u{105a6}"),
    (0x10580, "\u{105a7}"),
    (0x10581, "\u{105a8}"),
    (0x10582, "\u{105a9}"),
    (0x10583, "\u{105aa}"),
    (0x10584, "\u{105ab}"),
    (0x10585, "\u{105ac}"),
    (0x10586, "\u{105ad}"),
    (0x10587, "\u{105ae}"),
    (0x10588, "\u{105af}"),
    (0x10589, "\u{105b0}"),
    (0x1058A, "\u{105b1}"),
    (0x1058C, "\u{105b3}"),
    (0x1058D, "\u{105b4}"),
    (0x1058E, "\u{105b5}"),
    (0x1058F, "\u{105b6}"),
    (0x10590, "\u{105b7}"),
    (0x10591, "\u{105b8}"),
    (0x10592, "\u{105b9}"),
    (0x10594, "\u{105bb}"),
    (0x10595, "\u{105bc}"),
    (0x10C80, "\u{10cc0}"),
    (0x10C81, "\u{10cc1}"),
    (0x10C82, "\u{10cc2}"),
    (0x10C83, "\u{10cc3}"),
    (0x10C84, "\u{10cc4}"),
    (0x10C85, "\u{10cc5}"),
    (0x10C86, "\u{10cc6}"),
    (0x10C87, "\u{10cc7}"),
    (0x10C88, "\u{10cc8}"),
    (0x10C89, "\u{10cc9}"),
    (0x10C8A, "\u{10cca}"),
    (0x10C8B, "\u{10ccb}"),
    (0x10C8C, "\u{10ccc}"),
    (0x10C8D, "\u{10ccd}"),
    (0x10C8E, "\u{10cce}"),
    (0x10C8F, "\u{10ccf}"),
    (0x10C90, "\u{10cd0}"),
    (0x10C91, "\u{10cd1}"),
    (0x10C92, "\u{10cd2}"),
    (0x10C93, "\u{10cd3}"),
    (0x10C94, "\u{10cd4}"),
    (0x10C95, "\u{10cd5}"),
    (0x10C96, "\u{10cd6}"),
    (0x10C97, "\u{10cd7}"),
    (0x10C98, "\u{10cd8}"),
    (0x10C99, "\u{10cd9}"),
    (0x10C9A, "\u{10cda}"),
    (0x10C9B, "\u{10cdb}"),
    (0x10C9C, "\u{10cdc}"),
    (0x10C9D, "\u{10cdd}"),
    (0x10C9E, "\u{10cde}"),
    (0x10C9F, "\u{10cdf}"),
    (0x10CA0, "\u{10ce0}"),
    (0x10CA1, "\u{10ce1}"),
    (0x10CA2, "\u{10ce2}"),
    (0x10CA3, "\u{10ce3}"),
    (0x10CA4, "\u{10ce4}"),
    (0x10CA5, "\u{10ce5}"),
    (0x10CA6, "\u{10ce6}"),
    (0x10CA7, "\u{10ce7}"),
    (0x10CA8, "\u{10ce8}"),
    (0x10CA9, "\u{10ce9}"),
    (0x10CAA, "\u{10cea}"),
    (0x10CAB, "\u{10ceb}"),
    (0x10CAC, "\u{10cec}"),
    (0x10CAD, "\u{10ced}"),
    (0x10CAE, "\u{10cee}"),
    (0x10CAF, "\u{10cef}"),
    (0x10CB0, "\u{10cf0}"),
    (0x10CB1, "\u{10cf1}"),
    (0x10CB2, "\u{10cf2}"),
    (0x118A0, "\u{118c0}"),
    (0x118A1, "\u{118c1}"),
    (0x118A2, "\u{118c2}"),
    (0x118A3, "\u{118c3}"),
    (0x118A4, "\u{118c4}"),
    (0x118A5, "\u{118c5}"),
    (0x118A6, "\u{118c6}"),
    (0x118A7, "\u{118c7}"),
    (0x118A8, "\u{118c8}"),
    (0x118A9, "\u{118c9}"),
    (0x118AA, "\u{118ca}"),
    (0x118AB, "\u{118cb}"),
    (0x118AC, "\u{118cc}"),
    (0x118AD, "\u{118cd}"),
    (0x118AE, "\u{118ce}"),
    (0x118AF, "\u{118cf}"),
    (0x118B0, "\u{118d0}"),
    (0x118B1, "\u{118d1}"),
    (0x118B2, "\u{118d2}"),
    (0x118B3, "\u{118d3}"),
    (0x118B4, "\u{118d4}"),
    (0x118B5, "\u{118d5}"),
    (0x118B6, "\u{118d6}"),
    (0x118B7, "\u{118d7}"),
    (0x118B8, "\u{118d8}"),
    (0x118B9, "\u{118d9}"),
    (0x118BA, "\u{118da}"),
    (0x118BB, "\u{118db}"),
    (0x118BC, "\u{118dc}"),
    (0x118BD, "\u{118dd}"),
    (0x118BE, "\u{118de}"),
    (0x118BF, "\u{118df}"),
    (0x16E40, "\u{16e60}"),
    (0x16E41, "\u{16e61}"),
    (0x16E42, "\u{16e62}"),
    (0x16E43, "\u{16e63}"),
    (0x16E44, "\u{16e64}"),
    (0x16E45, "\u{16e65}"),
    (0x16E46, "\u{16e66}"),
    (0x16E47, "\u{16e67}"),
    (0x16E48, "\u{16e68}"),
    (0x16E49, "\u{16e69}"),
    (0x16E4A, "\u{16e6a}"),
    (0x16E4B, "\u{16e6b}"),
    (0x16E4C, "\u{16e6c}"),
    (0x16E4D, "\u{16e6d}"),
    (0x16E4E, "\u{16e6e}"),
    (0x16E4F, "\u{16e6f}"),
    (0x16E50, "\u{16e70}"),
    (0x16E51, "\u{16e71}"),
    (0x16E52, "\u{16e72}"),
    (0x16E53, "\u{16e73}"),
    (0x16E54, "\u{16e74}"),
    (0x16E55, "\u{16e75}"),
    (0x16E56, "\u{16e76}"),
    (0x16E57, "\u{16e77}"),
    (0x16E58, "\u{16e78}"),
    (0x16E59, "\u{16e79}"),
    (0x16E5A, "\u{16e7a}"),
    (0x16E5B, "\u{16e7b}"),
    (0x16E5C, "\u{16e7c}"),
    (0x16E5D, "\u{16e7d}"),
    (0x16E5E, "\u{16e7e}"),
    (0x16E5F, "\u{16e7f}"),
    (0x1E900, "\u{1e922}"),
    (0x1E901, "\u{1e923}"),
    (0x1E902, "\u{1e924}"),
    (0x1E903, "\u{1e925}"),
    (0x1E904, "\u{1e926}"),
    (0x1E905, "\u{1e927}"),
    (0x1E906, "\u{1e928}"),
    (0x1E907, "\u{1e929}"),
    (0x1E908, "\u{1e92a}"),
    (0x1E909, "\u{1e92b}"),
    (0x1E90A, "\u{1e92c}"),
    (0x1E90B, "\u{1e92d}"),
    (0x1E90C, "\u{1e92e}"),
    (0x1E90D, "\u{1e92f}"),
    (0x1E90E, "\u{1e930}"),
    (0x1E90F, "\u{1e931}"),
    (0x1E910, "\u{1e932}"),
    (0x1E911, "\u{1e933}"),
    (0x1E912, "\u{1e934}"),
    (0x1E913, "\u{1e935}"),
    (0x1E914, "\u{1e936}"),
    (0x1E915, "\u{1e937}"),
    (0x1E916, "\u{1e938}"),
    (0x1E917, "\u{1e939}"),
    (0x1E918, "\u{1e93a}"),
    (0x1E919, "\u{1e93b}"),
    (0x1E91A, "\u{1e93c}"),
    (0x1E91B, "\u{1e93d}"),
    (0x1E91C, "\u{1e93e}"),
    (0x1E91D, "\u{1e93f}"),
    (0x1E91E, "\u{1e940}"),
    (0x1E91F, "\u{1e941}"),
    (0x1E920, "\u{1e942}"),
    (0x1E921, "\u{1e943}"),
];

static TITLE: &[(u32, &str)] = &[
    (0x61, "A"),
    (0x62, "B"),
    (0x63, "C"),
    (0x64, "D"),
    (0x65, "E"),
    (0x66, "F"),
    (0x67, "G"),
    (0x68, "H"),
    (0x69, "I"),
    (0x6A, "J"),
    (0x6B, "K"),
    (0x6C, "L"),
    (0x6D, "M"),
    (0x6E, "N"),
    (0x6F, "O"),
    (0x70, "P"),
    (0x71, "Q"),
    (0x72, "R"),
    (0x73, "S"),
    (0x74, "T"),
    (0x75, "U"),
    (0x76, "V"),
    (0x77, "W"),
    (0x78, "X"),
    (0x79, "Y"),
    (0x7A, "Z"),
    (0xB5, "\u{39c}"),
    (0xDF, "Ss"),
    (0xE0, "\u{c0}"),
    (0xE1, "\u{c1}"),
    (0xE2, "\u{c2}"),
    (0xE3, "\u{c3}"),
    (0xE4, "\u{c4}"),
    (0xE5, "\u{c5}"),
    (0xE6, "\u{c6}"),
    (0xE7, "\u{c7}"),
    (0xE8, "\u{c8}"),
    (0xE9, "\u{c9}"),
    (0xEA, "\u{ca}"),
    (0xEB, "\u{cb}"),
    (0xEC, "\u{cc}"),
    (0xED, "\u{cd}"),
    (0xEE, "\u{ce}"),
    (0xEF, "\u{cf}"),
    (0xF0, "\u{d0}"),
    (0xF1, "\u{d1}"),
    (0xF2, "\u{d2}"),
    (0xF3, "\u{d3}"),
    (0xF4, "\u{d4}"),
    (0xF5, "\u{d5}"),
    (0xF6, "\u{d6}"),
    (0xF8, "\u{d8}"),
    (0xF9, "\u{d9}"),
    (0xFA, "\u{da}"),
    (0xFB, "\u{db}"),
    (0xFC, "\u{dc}"),
    (0xFD, "\u{dd}"),
    (0xFE, "\u{de}"),
    (0xFF, "\u{178}"),
    (0x101, "\u{100}"),
    (0x103, "\u{102}"),
    (0x105, "\u{104}"),
    (0x107, "\u{106}"),
    (0x109, "\u{108}"),
    (0x10B, "\u{10a}"),
    (0x10D, "\u{10c}"),
    (0x10F, "\u{10e}"),
    (0x111, "\u{110}"),
    (0x113, "\u{112}"),
    (0x115, "\u{114}"),
    (0x117, "\u{116}"),
    (0x119, "\u{118}"),
    (0x11B, "\u{11a}"),
    (0x11D, "\u{11c}"),
    (0x11F, "\u{11e}"),
    (0x121, "\u{120}"),
    (0x123, "\u{122}"),
    (0x125, "\u{124}"),
    (0x127, "\u{126}"),
    (0x129, "\u{128}"),
    (0x12B, "\u{12a}"),
    (0x12D, "\u{12c}"),
    (0x12F, "\u{12e}"),
    (0x131, "I"),
    (0x133, "\u{132}"),
    (0x135, "\u{134}"),
    (0x137, "\u{136}"),
    (0x13A, "\u{139}"),
    (0x13C, "\u{13b}"),
    (0x13E, "\u{13d}"),
    (0x140, "\u{13f}"),
    (0x142, "\u{141}"),
    (0x144, "\u{143}"),
    (0x146, "\u{145}"),
    (0x148, "\u{147}"),
    (0x149, "\u{2bc}N"),
    (0x14B, "\u{14a}"),
    (0x14D, "\u{14c}"),
    (0x14F, "\u{14e}"),
    (0x151, "\u{150}"),
    (0x153, "\u{152}"),
    (0x155, "\u{154}"),
    (0x157, "\u{156}"),
    (0x159, "\u{158}"),
    (0x15B, "\u{15a}"),
    (0x15D, "\u{15c}"),
    (0x15F, "\u{15e}"),
    (0x161, "\u{160}"),
    (0x163, "\u{162}"),
    (0x165, "\u{164}"),
    (0x167, "\u{166}"),
    (0x169, "\u{168}"),
    (0x16B, "\u{16a}"),
    (0x16D, "\u{16c}"),
    (0x16F, "\u{16e}"),
    (0x171, "\u{170}"),
    (0x173, "\u{172}"),
    (0x175, "\u{174}"),
    (0x177, "\u{176}"),
    (0x17A, "\u{179}"),
    (0x17C, "\u{17b}"),
    (0x17E, "\u{17d}"),
    (0x17F, "S"),
    (0x180, "\u{243}"),
    (0x183, "\u{182}"),
    (0x185, "\u{184}"),
    (0x188, "\u{187}"),
    (0x18C, "\u{18b}"),
    (0x192, "\u{191}"),
    (0x195, "\u{1f6}"),
    (0x199, "\u{198}"),
    (0x19A, "\u{23d}"),
    (0x19E, "\u{220}"),
    (0x1A1, "\u{1a0}"),
    (0x1A3, "\u{1a2}"),
    (0x1A5, "\u{1a4}"),
    (0x1A8, "\u{1a7}"),
    (0x1AD, "\u{1ac}"),
    (0x1B0, "\u{1af}"),
    (0x1B4, "\u{1b3}"),
    (0x1B6, "\u{1b5}"),
    (0x1B9, "\u{1b8}"),
    (0x1BD, "\u{1bc}"),
    (0x1BF, "\u{1f7}"),
    (0x1C4, "\u{1c5}"),
    (0x1C6, "\u{1c5}"),
    (0x1C7, "\u{1c8}"),
    (0x1C9, "\u{1c8}"),
    (0x1CA, "\u{1cb}"),
    (0x1CC, "\u{1cb}"),
    (0x1CE, "\u{1cd}"),
    (0x1D0, "\u{1cf}"),
    (0x1D2, "\u{1d1}"),
    (0x1D4, "\u{1d3}"),
    (0x1D6, "\u{1d5}"),
    (0x1D8, "\u{1d7}"),
    (0x1DA, "\u{1d9}"),
    (0x1DC, "\u{1db}"),
    (0x1DD, "\u{18e}"),
    (0x1DF, "\u{1de}"),
    (0x1E1, "\u{1e0}"),
    (0x1E3, "\u{1e2}"),
    (0x1E5, "\u{1e4}"),
    (0x1E7, "\u{1e6}"),
    (0x1E9, "\u{1e8}"),
    (0x1EB, "\u{1ea}"),
    (0x1ED, "\u{1ec}"),
    (0x1EF, "\u{1ee}"),
    (0x1F0, "J\u{30c}"),
    (0x1F1, "\u{1f2}"),
    (0x1F3, "\u{1f2}"),
    (0x1F5, "\u{1f4}"),
    (0x1F9, "\u{1f8}"),
    (0x1FB, "\u{1fa}"),
    (0x1FD, "\u{1fc}"),
    (0x1FF, "\u{1fe}"),
    (0x201, "\u{200}"),
    (0x203, "\u{202}"),
    (0x205, "\u{204}"),
    (0x207, "\u{206}"),
    (0x209, "\u{208}"),
    (0x20B, "\u{20a}"),
    (0x20D, "\u{20c}"),
    (0x20F, "\u{20e}"),
    (0x211, "\u{210}"),
    (0x213, "\u{212}"),
    (0x215, "\u{214}"),
    (0x217, "\u{216}"),
    (0x219, "\u{218}"),
    (0x21B, "\u{21a}"),
    (0x21D, "\u{21c}"),
    (0x21F, "\u{21e}"),
    (0x223, "\u{222}"),
    (0x225, "\u{224}"),
    (0x227, "\u{226}"),
    (0x229, "\u{228}"),
    (0x22B, "\u{22a}"),
    (0x22D, "\u{22c}"),
    (0x22F, "\u{22e}"),
    (0x231, "\u{230}"),
    (0x233, "\u{232}"),
    (0x23C, "\u{23b}"),
    (0x23F, "\u{2c7e}"),
    (0x240, "\u{2c7f}"),
    (0x242, "\u{241}"),
    (0x247, "\u{246}"),
    (0x249, "\u{248}"),
    (0x24B, "\u{24a}"),
    (0x24D, "\u{24c}"),
    (0x24F, "\u{24e}"),
    (0x250, "\u{2c6f}"),
    (0x251, "\u{2c6d}"),
    (0x252, "\u{2c70}"),
    (0x253, "\u{181}"),
    (0x254, "\u{186}"),
    (0x256, "\u{189}"),
    (0x257, "\u{18a}"),
    (0x259, "\u{18f}"),
    (0x25B, "\u{190}"),
    (0x25C, "\u{a7ab}"),
    (0x260, "\u{193}"),
    (0x261, "\u{a7ac}"),
    (0x263, "\u{194}"),
    (0x265, "\u{a78d}"),
    (0x266, "\u{a7aa}"),
    (0x268, "\u{197}"),
    (0x269, "\u{196}"),
    (0x26A, "\u{a7ae}"),
    (0x26B, "\u{2c62}"),
    (0x26C, "\u{a7ad}"),
    (0x26F, "\u{19c}"),
    (0x271, "\u{2c6e}"),
    (0x272, "\u{19d}"),
    (0x275, "\u{19f}"),
    (0x27D, "\u{2c64}"),
    (0x280, "\u{1a6}"),
    (0x282, "\u{a7c5}"),
    (0x283, "\u{1a9}"),
    (0x287, "\u{a7b1}"),
    (0x288, "\u{1ae}"),
    (0x289, "\u{244}"),
    (0x28A, "\u{1b1}"),
    (0x28B, "\u{1b2}"),
    (0x28C, "\u{245}"),
    (0x292, "\u{1b7}"),
    (0x29D, "\u{a7b2}"),
    (0x29E, "\u{a7b0}"),
    (0x345, "\u{399}"),
    (0x371, "\u{370}"),
    (0x373, "\u{372}"),
    (0x377, "\u{376}"),
    (0x37B, "\u{3fd}"),
    (0x37C, "\u{3fe}"),
    (0x37D, "\u{3ff}"),
    (0x390, "\u{399}\u{308}\u{301}"),
    (0x3AC, "\u{386}"),
    (0x3AD, "\u{388}"),
    (0x3AE, "\u{389}"),
    (0x3AF, "\u{38a}"),
    (0x3B0, "\u{3a5}\u{308}\u{301}"),
    (0x3B1, "\u{391}"),
    (0x3B2, "\u{392}"),
    (0x3B3, "\u{393}"),
    (0x3B4, "\u{394}"),
    (0x3B5, "\u{395}"),
    (0x3B6, "\u{396}"),
    (0x3B7, "\u{397}"),
    (0x3B8, "\u{398}"),
    (0x3B9, "\u{399}"),
    (0x3BA, "\u{39a}"),
    (0x3BB, "\u{39b}"),
    (0x3BC, "\u{39c}"),
    (0x3BD, "\u{39d}"),
    (0x3BE, "\u{39e}"),
    (0x3BF, "\u{39f}"),
    (0x3C0, "\u{3a0}"),
    (0x3C1, "\u{3a1}"),
    (0x3C2, "\u{3a3}"),
    (0x3C3, "\u{3a3}"),
    (0x3C4, "\u{3a4}"),
    (0x3C5, "\u{3a5}"),
    (0x3C6, "\u{3a6}"),
    (0x3C7, "\u{3a7}"),
    (0x3C8, "\u{3a8}"),
    (0x3C9, "\u{3a9}"),
    (0x3CA, "\u{3aa}"),
    (0x3CB, "\u{3ab}"),
    (0x3CC, "\u{38c}"),
    (0x3CD, "\u{38e}"),
    (0x3CE, "\u{38f}"),
    (0x3D0, "\u{392}"),
    (0x3D1, "\u{398}"),
    (0x3D5, "\u{3a6}"),
    (0x3D6, "\u{3a0}"),
    (0x3D7, "\u{3cf}"),
    (0x3D9, "\u{3d8}"),
    (0x3DB, "\u{3da}"),
    (0x3DD, "\u{3dc}"),
    (0x3DF, "\u{3de}"),
    (0x3E1, "\u{3e0}"),
    (0x3E3, "\u{3e2}"),
    (0x3E5, "\u{3e4}"),
    (0x3E7, "\u{3e6}"),
    (0x3E9, "\u{3e8}"),
    (0x3EB, "\u{3ea}"),
    (0x3ED, "\u{3ec}"),
    (0x3EF, "\u{3ee}"),
    (0x3F0, "\u{39a}"),
    (0x3F1, "\u{3a1}"),
    (0x3F2, "\u{3f9}"),
    (0x3F3, "\u{37f}"),
    (0x3F5, "\u{395}"),
    (0x3F8, "\u{3f7}"),
    (0x3FB, "\u{3fa}"),
    (0x430, "\u{410}"),
    (0x431, "\u{411}"),
    (0x432, "\u{412}"),
    (0x433, "\u{413}"),
    (0x434, "\u{414}"),
    (0x435, "\u{415}"),
    (0x436, "\u{416}"),
    (0x437, "\u{417}"),
    (0x438, "\u{418}"),
    (0x439, "\u{419}"),
    (0x43A, "\u{41a}"),
    (0x43B, "\u{41b}"),
    (0x43C, "\u{41c}"),
    (0x43D, "\u{41d}"),
    (0x43E, "\u{41e}"),
    (0x43F, "\u{41f}"),
    (0x440, "\u{420}"),
    (0x441, "\u{421}"),
    (0x442, "\u{422}"),
    (0x443, "\u{423}"),
    (0x444, "\u{424}"),
    (0x445, "\u{425}"),
    (0x446, "\u{426}"),
    (0x447, "\u{427}"),
    (0x448, "\u{428}"),
    (0x449, "\u{429}"),
    (0x44A, "\u{42a}"),
    (0x44B, "\u{42b}"),
    (0x44C, "\u{42c}"),
    (0x44D, "\u{42d}"),
    (0x44E, "\u{42e}"),
    (0x44F, "\u{42f}"),
    (0x450, "\u{400}"),
    (0x451, "\u{401}"),
    (0x452, "\u{402}"),
    (0x453, "\u{403}"),
    (0x454, "\u{404}"),
    (0x455, "\u{405}"),
    (0x456, "\u{406}"),
    (0x457, "\u{407}"),
    (0x458, "\u{408}"),
    (0x459, "\u{409}"),
    (0x45A, "\u{40a}"),
    (0x45B, "\u{40b}"),
    (0x45C, "\u{40c}"),
    (0x45D, "\u{40d}"),
    (0x45E, "\u{40e}"),
    (0x45F, "\u{40f}"),
    (0x461, "\u{460}"),
    (0x463, "\u{462}"),
    (0x465, "\u{464}"),
    (0x467, "\u{466}"),
    (0x469, "\u{468}"),
    (0x46B, "\u{46a}"),
    (0x46D, "\u{46c}"),
    (0x46F, "\u{46e}"),
    (0x471, "\u{470}"),
    (0x473, "\u{472}"),
    (0x475, "\u{474}"),
    (0x477, "\u{476}"),
    (0x479, "\u{478}"),
    (0x47B, "\u{47a}"),
    (0x47D, "\u{47c}"),
    (0x47F, "\u{47e}"),
    (0x481, "\u{480}"),
    (0x48B, "\u{48a}"),
    (0x48D, "\u{48c}"),
    (0x48F, "\u{48e}"),
    (0x491, "\u{490}"),
    (0x493, "\u{492}"),
    (0x495, "\u{494}"),
    (0x497, "\u{496}"),
    (0x499, "\u{498}"),
    (0x49B, "\u{49a}"),
    (0x49D, "\u{49c}"),
    (0x49F, "\u{49e}"),
    (0x4A1, "\u{4a0}"),
    (0x4A3, "\u{4a2}"),
    (0x4A5, "\u{4a4}"),
    (0x4A7, "\u{4a6}"),
    (0x4A9, "\u{4a8}"),
    (0x4AB, "\u{4aa}"),
    (0x4AD, "\u{4ac}"),
    (0x4AF, "\u{4ae}"),
    (0x4B1, "\u{4b0}"),
    (0x4B3, "\u{4b2}"),
    (0x4B5, "\u{4b4}"),
    (0x4B7, "\u{4b6}"),
    (0x4B9, "\u{4b8}"),
    (0x4BB, "\u{4ba}"),
    (0x4BD, "\u{4bc}"),
    (0x4BF, "\u{4be}"),
    (0x4C2, "\u{4c1}"),
    (0x4C4, "\u{4c3}"),
    (0x4C6, "\u{4c5}"),
    (0x4C8, "\u{4c7}"),
    (0x4CA, "\u{4c9}"),
    (0x4CC, "\u{4cb}"),
    (0x4CE, "\u{4cd}"),
    (0x4CF, "\u{4c0}"),
    (0x4D1, "\u{4d0}"),
    (0x4D3, "\u{4d2}"),
    (0x4D5, "\u{4d4}"),
    (0x4D7, "\u{4d6}"),
    (0x4D9, "\u{4d8}"),
    (0x4DB, "\u{4da}"),
    (0x4DD, "\u{4dc}"),
    (0x4DF, "\u{4de}"),
    (0x4E1, "\u{4e0}"),
    (0x4E3, "\u{4e2}"),
    (0x4E5, "\u{4e4}"),
    (0x4E7, "\u{4e6}"),
    (0x4E9, "\u{4e8}"),
    (0x4EB, "\u{4ea}"),
    (0x4ED, "\u{4ec}"),
    (0x4EF, "\u{4ee}"),
    (0x4F1, "\u{4f0}"),
    (0x4F3, "\u{4f2}"),
    (0x4F5, "\u{4f4}"),
    (0x4F7, "\u{4f6}"),
    (0x4F9, "\u{4f8}"),
    (0x4FB, "\u{4fa}"),
    (0x4FD, "\u{4fc}"),
    (0x4FF, "\u{4fe}"),
    (0x501, "\u{500}"),
    (0x503, "\u{502}"),
    (0x505, "\u{504}"),
    (0x507, "\u{506}"),
    (0x509, "\u{508}"),
    (0x50B, "\u{50a}"),
    (0x50D, "\u{50c}"),
    (0x50F, "\u{50e}"),
    (0x511, "\u{510}"),
    (0x513, "\u{512}"),
    (0x515, "\u{514}"),
    (0x517, "\u{516}"),
    (0x519, "\u{518}"),
    (0x51B, "\u{51a}"),
    (0x51D, "\u{51c}"),
    (0x51F, "\u{51e}"),
    (0x521, "\u{520}"),
    (0x523, "\u{522}"),
    (0x525, "\u{524}"),
    (0x527, "\u{526}"),
    (0x529, "\u{528}"),
    (0x52B, "\u{52a}"),
    (0x52D, "\u{52c}"),
    (0x52F, "\u{52e}"),
    (0x561, "\u{531}"),
    (0x562, "\u{532}"),
    (0x563, "\u{533}"),
    (0x564, "\u{534}"),
    (0x565, "\u{535}"),
    (0x566, "\u{536}"),
    (0x567, "\u{537}"),
    (0x568, "\u{538}"),
    (0x569, "\u{539}"),
    (0x56A, "\u{53a}"),
    (0x56B, "\u{53b}"),
    (0x56C, "\u{53c}"),
    (0x56D, "\u{53d}"),
    (0x56E, "\u{53e}"),
    (0x56F, "\u{53f}"),
    (0x570, "\u{540}"),
    (0x571, "\u{541}"),
    (0x572, "\u{542}"),
    (0x573, "\u{543}"),
    (0x574, "\u{544}"),
    (0x575, "\u{545}"),
    (0x576, "\u{546}"),
    (0x577, "\u{547}"),
    (0x578, "\u{548}"),
    (0x579, "\u{549}"),
    (0x57A, "\u{54a}"),
    (0x57B, "\u{54b}"),
    (0x57C, "\u{54c}"),
    (0x57D, "\u{54d}"),
    (0x57E, "\u{54e}"),
    (0x57F, "\u{54f}"),
    (0x580, "\u{550}"),
    (0x581, "\u{551}"),
    (0x582, "\u{552}"),
    (0x583, "\u{553}"),
    (0x584, "\u{554}"),
    (0x585, "\u{555}"),
    (0x586, "\u{556}"),
    (0x587, "\u{535}\u{582}"),
    (0x13F8, "\u{13f0}"),
    (0x13F9, "\u{13f1}"),
    (0x13FA, "\u{13f2}"),
    (0x13FB, "\u{13f3}"),
    (0x13FC, "\u{13f4}"),
    (0x13FD, "\u{13f5}"),
    (0x1C80, "\u{412}"),
    (0x1C81, "\u{414}"),
    (0x1C82, "\u{41e}"),
    (0x1C83, "\u{421}"),
    (0x1C84, "\u{422}"),
    (0x1C85, "\u{422}"),
    (0x1C86, "\u{42a}"),
    (0x1C87, "\u{462}"),
    (0x1C88, "\u{a64a}"),
    (0x1D79, "\u{a77d}"),
    (0x1D7D, "\u{2c63}"),
    (0x1D8E, "\u{a7c6}"),
    (0x1E01, "\u{1e00}"),
    (0x1E03, "\u{1e02}"),
    (0x1E05, "\u{1e04}"),
    (0x1E07, "\u{1e06}"),
    (0x1E09, "\u{1e08}"),
    (0x1E0B, "\u{1e0a}"),
    (0x1E0D, "\u{1e0c}"),
    (0x1E0F, "\u{1e0e}"),
    (0x1E11, "\u{1e10}"),
    (0x1E13, "\u{1e12}"),
    (0x1E15, "\u{1e14}"),
    (0x1E17, "\u{1e16}"),
    (0x1E19, "\u{1e18}"),
    (0x1E1B, "\u{1e1a}"),
    (0x1E1D, "\u{1e1c}"),
    (0x1E1F, "\u{1e1e}"),
    (0x1E21, "\u{1e20}"),
    (0x1E23, "\u{1e22}"),
    (0x1E25, "\u{1e24}"),
    (0x1E27, "\u{1e26}"),
    (0x1E29, "\u{1e28}"),
    (0x1E2B, "\u{1e2a}"),
    (0x1E2D, "\u{1e2c}"),
    (0x1E2F, "\u{1e2e}"),
    (0x1E31, "\u{1e30}"),
    (0x1E33, "\u{1e32}"),
    (0x1E35, "\u{1e34}"),
    (0x1E37, "\u{1e36}"),
    (0x1E39, "\u{1e38}"),
    (0x1E3B, "\u{1e3a}"),
    (0x1E3D, "\u{1e3c}"),
    (0x1E3F, "\u{1e3e}"),
    (0x1E41, "\u{1e40}"),
    (0x1E43, "\u{1e42}"),
    (0x1E45, "\u{1e44}"),
    (0x1E47, "\u{1e46}"),
    (0x1E49, "\u{1e48}"),
    (0x1E4B, "\u{1e4a}"),
    (0x1E4D, "\u{1e4c}"),
    (0x1E4F, "\u{1e4e}"),
    (0x1E51, "\u{1e50}"),
    (0x1E53, "\u{1e52}"),
    (0x1E55, "\u{1e54}"),
    (0x1E57, "\u{1e56}"),
    (0x1E59, "\u{1e58}"),
    (0x1E5B, "\u{1e5a}"),
    (0x1E5D, "\u{1e5c}"),
    (0x1E5F, "\u{1e5e}"),
    (0x1E61, "\u{1e60}"),
    (0x1E63, "\u{1e62}"),
    (0x1E65, "\u{1e64}"),
    (0x1E67, "\u{1e66}"),
    (0x1E69, "\u{1e68}"),
    (0x1E6B, "\u{1e6a}"),
    (0x1E6D, "\u{1e6c}"),
    (0x1E6F, "\u{1e6e}"),
    (0x1E71, "\u{1e70}"),
    (0x1E73, "\u{1e72}"),
    (0x1E75, "\u{1e74}"),
    (0x1E77, "\u{1e76}"),
    (0x1E79, "\u{1e78}"),
    (0x1E7B, "\u{1e7a}"),
    (0x1E7D, "\u{1e7c}"),
    (0x1E7F, "\u{1e7e}"),
    (0x1E81, "\u{1e80}"),
    (0x1E83, "\u{1e82}"),
    (0x1E85, "\u{1e84}"),
    (0x1E87, "\u{1e86}"),
    (0x1E89, "\u{1e88}"),
    (0x1E8B, "\u{1e8a}"),
    (0x1E8D, "\u{1e8c}"),
    (0x1E8F, "\u{1e8e}"),
    (0x1E91, "\u{1e90}"),
    (0x1E93, "\u{1e92}"),
    (0x1E95, "\u{1e94}"),
    (0x1E96, "H\u{331}"),
    (0x1E97, "T\u{308}"),
    (0x1E98, "W\u{30a}"),
    (0x1E99, "Y\u{30a}"),
    (0x1E9A, "A\u{2be}"),
    (0x1E9B, "\u{1e60}"),
    (0x1EA1, "\u{1ea0}"),
    (0x1EA3, "\u{1ea2}"),
    (0x1EA5, "\u{1ea4}"),
    (0x1EA7, "\u{1ea6}"),
    (0x1EA9, "\u{1ea8}"),
    (0x1EAB, "\u{1eaa}"),
    (0x1EAD, "\u{1eac}"),
    (0x1EAF, "\u{1eae}"),
    (0x1EB1, "\u{1eb0}"),
    (0x1EB3, "\u{1eb2}"),
    (0x1EB5, "\u{1eb4}"),
    (0x1EB7, "\u{1eb6}"),
    (0x1EB9, "\u{1eb8}"),
    (0x1EBB, "\u{1eba}"),
    (0x1EBD, "\u{1ebc}"),
    (0x1EBF, "\u{1ebe}"),
    (0x1EC1, "\u{1ec0}"),
    (0x1EC3, "\u{1ec2}"),
    (0x1EC5, "\u{1ec4}"),
    (0x1EC7, "\u{1ec6}"),
    (0x1EC9, "\u{1ec8}"),
    (0x1ECB, "\u{1eca}"),
    (0x1ECD, "\u{1ecc}"),
    (0x1ECF, "\u{1ece}"),
    (0x1ED1, "\u{1ed0}"),
    (0x1ED3, "\u{1ed2}"),
    (0x1ED5, "\u{1ed4}"),
    (0x1ED7, "\u{1ed6}"),
    (0x1ED9, "\u{1ed8}"),
    (0x1EDB, "\u{1eda}"),
    (0x1EDD, "\u{1edc}"),
    (0x1EDF, "\u{1ede}"),
    (0x1EE1, "\u{1ee0}"),
    (0x1EE3, "\u{1ee2}"),
    (0x1EE5, "\u{1ee4}"),
    (0x1EE7, "\u{1ee6}"),
    (0x1EE9, "\u{1ee8}"),
    (0x1EEB, "\u{1eea}"),
    (0x1EED, "\u{1eec}"),
    (0x1EEF, "\u{1eee}"),
    (0x1EF1, "\u{1ef0}"),
    (0x1EF3, "\u{1ef2}"),
    (0x1EF5, "\u{1ef4}"),
    (0x1EF7, "\u{1ef6}"),
    (0x1EF9, "\u{1ef8}"),
    (0x1EFB, "\u{1efa}"),
    (0x1EFD, "\u{1efc}"),
    (0x1EFF, "\u{1efe}"),
    (0x1F00, "\u{1f08}"),
    (0x1F01, "\u{1f09}"),
    (0x1F02, "\u{1f0a}"),
    (0x1F03, "\u{1f0b}"),
    (0x1F04, "\u{1f0c}"),
    (0x1F05, "\u{1f0d}"),
    (0x1F06, "\u{1f0e}"),
    (0x1F07, "\u{1f0f}"),
    (0x1F10, "\u{1f18}"),
    (0x1F11, "\u{1f19}"),
    (0x1F12, "\u{1f1a}"),
    (0x1F13, "\u{1f1b}"),
    (0x1F14, "\u{1f1c}"),
    (0x1F15, "\u{1f1d}"),
    (0x1F20, "\u{1f28}"),
    (0x1F21, "\u{1f29}"),
    (0x1F22, "\u{1f2a}"),
    (0x1F23, "\u{1f2b}"),
    (0x1F24, "\u{1f2c}"),
    (0x1F25, "\u{1f2d}"),
    (0x1F26, "\u{1f2e}"),
    (0x1F27, "\u{1f2f}"),
    (0x1F30, "\u{1f38}"),
    (0x1F31, "\u{1f39}"),
    (0x1F32, "\u{1f3a}"),
    (0x1F33, "\u{1f3b}"),
    (0x1F34, "\u{1f3c}"),
    (0x1F35, "\u{1f3d}"),
    (0x1F36, "\u{1f3e}"),
    (0x1F37, "\u{1f3f}"),
    (0x1F40, "\u{1f48}"),
    (0x1F41, "\u{1f49}"),
    (0x1F42, "\u{1f4a}"),
    (0x1F43, "\u{1f4b}"),
    (0x1F44, "\u{1f4c}"),
    (0x1F45, "\u{1f4d}"),
    (0x1F50, "\u{3a5}\u{313}"),
    (0x1F51, "\u{1f59}"),
    (0x1F52, "\u{3a5}\u{313}\u{300}"),
    (0x1F53, "\u{1f5b}"),
    (0x1F54, "\u{3a5}\u{313}\u{301}"),
    (0x1F55, "\u{1f5d}"),
    (0x1F56, "\u{3a5}\u{313}\u{342}"),
    (0x1F57, "\u{1f5f}"),
    (0x1F60, "\u{1f68}"),
    (0x1F61, "\u{1f69}"),
    (0x1F62, "\u{1f6a}"),
    (0x1F63, "\u{1f6b}"),
    (0x1F64, "\u{1f6c}"),
    (0x1F65, "\u{1f6d}"),
    (0x1F66, "\u{1f6e}"),
    (0x1F67, "\u{1f6f}"),
    (0x1F70, "\u{1fba}"),
    (0x1F71, "\u{1fbb}"),
    (0x1F72, "\u{1fc8}"),
    (0x1F73, "\u{1fc9}"),
    (0x1F74, "\u{1fca}"),
    (0x1F75, "\u{1fcb}"),
    (0x1F76, "\u{1fda}"),
    (0x1F77, "\u{1fdb}"),
    (0x1F78, "\u{1ff8}"),
    (0x1F79, "\u{1ff9}"),
    (0x1F7A, "\u{1fea}"),
    (0x1F7B, "\u{1feb}"),
    (0x1F7C, "\u{1ffa}"),
    (0x1F7D, "\u{1ffb}"),
    (0x1F80, "\u{1f88}"),
    (0x1F81, "\u{1f89}"),
    (0x1F82, "\u{1f8a}"),
    (0x1F83, "\u{1f8b}"),
    (0x1F84, "\u{1f8c}"),
    (0x1F85, "\u{1f8d}"),
    (0x1F86, "\u{1f8e}"),
    (0x1F87, "\u{1f8f}"),
    (0x1F90, "\u{1f98}"),
    (0x1F91, "\u{1f99}"),
    (0x1F92, "\u{1f9a}"),
    (0x1F93, "\u{1f9b}"),
    (0x1F94, "\u{1f9c}"),
    (0x1F95, "\u{1f9d}"),
    (0x1F96, "\u{1f9e}"),
    (0x1F97, "\u{1f9f}"),
    (0x1FA0, "\u{1fa8}"),
    (0x1FA1, "\u{1fa9}"),
    (0x1FA2, "\u{1faa}"),
    (0x1FA3, "\u{1fab}"),
    (0x1FA4, "\u{1fac}"),
    (0x1FA5, "\u{1fad}"),
    (0x1FA6, "\u{1fae}"),
    (0x1FA7, "\u{1faf}"),
    (0x1FB0, "\u{1fb8}"),
    (0x1FB1, "\u{1fb9}"),
    (0x1FB2, "\u{1fba}\u{345}"),
    (0x1FB3, "\u{1fbc}"),
    (0x1FB4, "\u{386}\u{345}"),
    (0x1FB6, "\u{391}\u{342}"),
    (0x1FB7, "\u{391}\u{342}\u{345}"),
    (0x1FBE, "\u{399}"),
    (0x1FC2, "\u{1fca}\u{345}"),
    (0x1FC3, "\u{1fcc}"),
    (0x1FC4, "\u{389}\u{345}"),
    (0x1FC6, "\u{397}\u{342}"),
    (0x1FC7, "\u{397}\u{342}\u{345}"),
    (0x1FD0, "\u{1fd8}"),
    (0x1FD1, "\u{1fd9}"),
    (0x1FD2, "\u{399}\u{308}\u{300}"),
    (0x1FD3, "\u{399}\u{308}\u{301}"),
    (0x1FD6, "\u{399}\u{342}"),
    (0x1FD7, "\u{399}\u{308}\u{342}"),
    (0x1FE0, "\u{1fe8}"),
    (0x1FE1, "\u{1fe9}"),
    (0x1FE2, "\u{3a5}\u{308}\u{300}"),
    (0x1FE3, "\u{3a5}\u{308}\u{301}"),
    (0x1FE4, "\u{3a1}\u{313}"),
    (0x1FE5, "\u{1fec}"),
    (0x1FE6, "\u{3a5}\u{342}"),
    (0x1FE7, "\u{3a5}\u{308}\u{342}"),
    (0x1FF2, "\u{1ffa}\u{345}"),
    (0x1FF3, "\u{1ffc}"),
    (0x1FF4, "\u{38f}\u{345}"),
    (0x1FF6, "\u{3a9}\u{342}"),
    (0x1FF7, "\u{3a9}\u{342}\u{345}"),
    (0x214E, "\u{2132}"),
    (0x2170, "\u{2160}"),
    (0x2171, "\u{2161}"),
    (0x2172, "\u{2162}"),
    (0x2173, "\u{2163}"),
    (0x2174, "\u{2164}"),
    (0x2175, "\u{2165}"),
    (0x2176, "\u{2166}"),
    (0x2177, "\u{2167}"),
    (0x2178, "\u{2168}"),
    (0x2179, "\u{2169}"),
    (0x217A, "\u{216a}"),
    (0x217B, "\u{216b}"),
    (0x217C, "\u{216c}"),
    (0x217D, "\u{216d}"),
    (0x217E, "\u{216e}"),
    (0x217F, "\u{216f}"),
    (0x2184, "\u{2183}"),
    (0x24D0, "\u{24b6}"),
    (0x24D1, "\u{24b7}"),
    (0x24D2, "\u{24b8}"),
    (0x24D3, "\u{24b9}"),
    (0x24D4, "\u{24ba}"),
    (0x24D5, "\u{24bb}"),
    (0x24D6, "\u{24bc}"),
    (0x24D7, "\u{24bd}"),
    (0x24D8, "\u{24be}"),
    (0x24D9, "\u{24bf}"),
    (0x24DA, "\u{24c0}"),
    (0x24DB, "\u{24c1}"),
    (0x24DC, "\u{24c2}"),
    (0x24DD, "\u{24c3}"),
    (0x24DE, "\u{24c4}"),
    (0x24DF, "\u{24c5}"),
    (0x24E0, "\u{24c6}"),
    (0x24E1, "\u{24c7}"),
    (0x24E2, "\u{24c8}"),
    (0x24E3, "\u{24c9}"),
    (0x24E4, "\u{24ca}"),
    (0x24E5, "\u{24cb}"),
    (0x24E6, "\u{24cc}"),
    (0x24E7, "\u{24cd}"),
    (0x24E8, "\u{24ce}"),
    (0x24E9, "\u{24cf}"),
    (0x2C30, "\u{2c00}"),
    (0x2C31, "\u{2c01}"),
    (0x2C32, "\u{2c02}"),
    (0x2C33, "\u{2c03}"),
    (0x2C34, "\u{2c04}"),
    (0x2C35, "\u{2c05}"),
    (0x2C36, "\u{2c06}"),
    (0x2C37, "\u{2c07}"),
    (0x2C38, "\u{2c08}"),
    (0x2C39, "\u{2c09}"),
    (0x2C3A, "\u{2c0a}"),
    (0x2C3B, "\u{2c0b}"),
    (0x2C3C, "\u{2c0c}"),
    (0x2C3D, "\u{2c0d}"),
    (0x2C3E, "\u{2c0e}"),
    (0x2C3F, "\u{2c0f}"),
    (0x2C40, "\u{2c10}"),
    (0x2C41, "\u{2c11}"),
    (0x2C42, "\u{2c12}"),
    (0x2C43, "\u{2c13}"),
    (0x2C44, "\u{2c14}"),
    (0x2C45, "\u{2c15}"),
    (0x2C46, "\u{2c16}"),
    (0x2C47, "\u{2c17}"),
    (0x2C48, "\u{2c18}"),
    (0x2C49, "\u{2c19}"),
    (0x2C4A, "\u{2c1a}"),
    (0x2C4B, "\u{2c1b}"),
    (0x2C4C, "\u{2c1c}"),
    (0x2C4D, "\u{2c1d}"),
    (0x2C4E, "\u{2c1e}"),
    (0x2C4F, "\u{2c1f}"),
    (0x2C50, "\u{2c20}"),
    (0x2C51, "\u{2c21}"),
    (0x2C52, "\u{2c22}"),
    (0x2C53, "\u{2c23}"),
    (0x2C54, "\u{2c24}"),
    (0x2C55, "\u{2c25}"),
    (0x2C56, "\u{2c26}"),
    (0x2C57, "\u{2c27}"),
    (0x2C58, "\u{2c28}"),
    (0x2C59, "\u{2c29}"),
    (0x2C5A, "\u{2c2a}"),
    (0x2C5B, "\u{2c2b}"),
    (0x2C5C, "\u{2c2c}"),
    (0x2C5D, "\u{2c2d}"),
    (0x2C5E, "\u{2c2e}"),
    (0x2C5F, "\u{2c2f}"),
    (0x2C61, "\u{2c60}"),
    (0x2C65, "\u{23a}"),
    (0x2C66, "\u{23e}"),
    (0x2C68, "\u{2c67}"),
    (0x2C6A, "\u{2c69}"),
    (0x2C6C, "\u{2c6b}"),
    (0x2C73, "\u{2c72}"),
    (0x2C76, "\u{2c75}"),
    (0x2C81, "\u{2c80}"),
    (0x2C83, "\u{2c82}"),
    (0x2C85, "\u{2c84}"),
    (0x2C87, "\u{2c86}"),
    (0x2C89, "\u{2c88}"),
    (0x2C8B, "\u{2c8a}"),
    (0x2C8D, "\u{2c8c}"),
    (0x2C8F, "\u{2c8e}"),
    (0x2C91, "\u{2c90}"),
    (0x2C93, "\u{2c92}"),
    (0x2C95, "\u{2c94}"),
    (0x2C97, "\u{2c96}"),
    (0x2C99, "\u{2c98}"),
    (0x2C9B, "\u{2c9a}"),
    (0x2C9D, "\u{2c9c}"),
    (0x2C9F, "\u{2c9e}"),
    (0x2CA1, "\u{2ca0}"),
    (0x2CA3, "\u{2ca2}"),
    (0x2CA5, "\u{2ca4}"),
    (0x2CA7, "\u{2ca6}"),
    (0x2CA9, "\u{2ca8}"),
    (0x2CAB, "\u{2caa}"),
    (0x2CAD, "\u{2cac}"),
    (0x2CAF, "\u{2cae}"),
    (0x2CB1, "\u{2cb0}"),
    (0x2CB3, "\u{2cb2}"),
    (0x2CB5, "\u{2cb4}"),
    (0x2CB7, "\u{2cb6}"),
    (0x2CB9, "\u{2cb8}"),
    (0x2CBB, "\u{2cba}"),
    (0x2CBD, "\u{2cbc}"),
    (0x2CBF, "\u{2cbe}"),
    (0x2CC1, "\u{2cc0}"),
    (0x2CC3, "\u{2cc2}"),
    (0x2CC5, "\u{2cc4}"),
    (0x2CC7, "\u{2cc6}"),
    (0x2CC9, "\u{2cc8}"),
    (0x2CCB, "\u{2cca}"),
    (0x2CCD, "\u{2ccc}"),
    (0x2CCF, "\u{2cce}"),
    (0x2CD1, "\u{2cd0}"),
    (0x2CD3, "\u{2cd2}"),
    (0x2CD5, "\u{2cd4}"),
    (0x2CD7, "\u{2cd6}"),
    (0x2CD9, "\u{2cd8}"),
    (0x2CDB, "\u{2cda}"),
    (0x2CDD, "\u{2cdc}"),
    (0x2CDF, "\u{2cde}"),
    (0x2CE1, "\u{2ce0}"),
    (0x2CE3, "\u{2ce2}"),
    (0x2CEC, "\u{2ceb}"),
    (0x2CEE, "\u{2ced}"),
    (0x2CF3, "\u{2cf2}"),
    (0x2D00, "\u{10a0}"),
    (0x2D01, "\u{10a1}"),
    (0x2D02, "\u{10a2}"),
    (0x2D03, "\u{10a3}"),
    (0x2D04, "\u{10a4}"),
    (0x2D05, "\u{10a5}"),
    (0x2D06, "\u{10a6}"),
    (0x2D07, "\u{10a7}"),
    (0x2D08, "\u{10a8}"),
    (0x2D09, "\u{10a9}"),
    (0x2D0A, "\u{10aa}"),
    (0x2D0B, "\u{10ab}"),
    (0x2D0C, "\u{10ac}"),
    (0x2D0D, "\u{10ad}"),
    (0x2D0E, "\u{10ae}"),
    (0x2D0F, "\u{10af}"),
    (0x2D10, "\u{10b0}"),
    (0x2D11, "\u{10b1}"),
    (0x2D12, "\u{10b2}"),
    (0x2D13, "\u{10b3}"),
    (0x2D14, "\u{10b4}"),
    (0x2D15, "\u{10b5}"),
    (0x2D16, "\u{10b6}"),
    (0x2D17, "\u{10b7}"),
    (0x2D18, "\u{10b8}"),
    (0x2D19, "\u{10b9}"),
    (0x2D1A, "\u{10ba}"),
    (0x2D1B, "\u{10bb}"),
    (0x2D1C, "\u{10bc}"),
    (0x2D1D, "\u{10bd}"),
    (0x2D1E, "\u{10be}"),
    (0x2D1F, "\u{10bf}"),
    (0x2D20, "\u{10c0}"),
    (0x2D21, "\u{10c1}"),
    (0x2D22, "\u{10c2}"),
    (0x2D23, "\u{10c3}"),
    (0x2D24, "\u{10c4}"),
    (0x2D25, "\u{10c5}"),
    (0x2D27, "\u{10c7}"),
    (0x2D2D, "\u{10cd}"),
    (0xA641, "\u{a640}"),
    (0xA643, "\u{a642}"),
    (0xA645, "\u{a644}"),
    (0xA647, "\u{a646}"),
    (0xA649, "\u{a648}"),
    (0xA64B, "\u{a64a}"),
    (0xA64D, "\u{a64c}"),
    (0xA64F, "\u{a64e}"),
    (0xA651, "\u{a650}"),
    (0xA653, "\u{a652}"),
    (0xA655, "\u{a654}"),
    (0xA657, "\u{a656}"),
    (0xA659, "\u{a658}"),
    (0xA65B, "\u{a65a}"),
    (0xA65D, "\u{a65c}"),
    (0xA65F, "\u{a65e}"),
    (0xA661, "\u{a660}"),
    (0xA663, "\u{a662}"),
    (0xA665, "\u{a664}"),
    (0xA667, "\u{a666}"),
    (0xA669, "\u{a668}"),
    (0xA66B, "\u{a66a}"),
    (0xA66D, "\u{a66c}"),
    (0xA681, "\u{a680}"),
    (0xA683, "\u{a682}"),
    (0xA685, "\u{a684}"),
    (0xA687, "\u{a686}"),
    (0xA689, "\u{a688}"),
    (0xA68B, "\u{a68a}"),
    (0xA68D, "\u{a68c}"),
    (0xA68F, "\u{a68e}"),
    (0xA691, "\u{a690}"),
    (0xA693, "\u{a692}"),
    (0xA695, "\u{a694}"),
    (0xA697, "\u{a696}"),
    (0xA699, "\u{a698}"),
    (0xA69B, "\u{a69a}"),
    (0xA723, "\u{a722}"),
    (0xA725, "\u{a724}"),
    (0xA727, "\u{a726}"),
    (0xA729, "\u{a728}"),
    (0xA72B, "\u{a72a}"),
    (0xA72D, "\u{a72c}"),
    (0xA72F, "\u{a72e}"),
    (0xA733, "\u{a732}"),
    (0xA735, "\u{a734}"),
    (0xA737, "\u{a736}"),
    (0xA739, "\u{a738}"),
    (0xA73B, "\u{a73a}"),
    (0xA73D, "\u{a73c}"),
    (0xA73F, "\u{a73e}"),
    (0xA741, "\u{a740}"),
    (0xA743, "\u{a742}"),
    (0xA745, "\u{a744}"),
    (0xA747, "\u{a746}"),
    (0xA749, "\u{a748}"),
    (0xA74B, "\u{a74a}"),
    (0xA74D, "\u{a74c}"),
    (0xA74F, "\u{a74e}"),
    (0xA751, "\u{a750}"),
    (0xA753, "\u{a752}"),
    (0xA755, "\u{a754}"),
    (0xA757, "\u{a756}"),
    (0xA759, "\u{a758}"),
    (0xA75B, "\u{a75a}"),
    (0xA75D, "\u{a75c}"),
    (0xA75F, "\u{a75e}"),
    (0xA761, "\u{a760}"),
    (0xA763, "\u{a762}"),
    (0xA765, "\u{a764}"),
    (0xA767, "\u{a766}"),
    (0xA769, "\u{a768}"),
    (0xA76B, "\u{a76a}"),
    (0xA76D, "\u{a76c}"),
    (0xA76F, "\u{a76e}"),
    (0xA77A, "\u{a779}"),
    (0xA77C, "\u{a77b}"),
    (0xA77F, "\u{a77e}"),
    (0xA781, "\u{a780}"),
    (0xA783, "\u{a782}"),
    (0xA785, "\u{a784}"),
    (0xA787, "\u{a786}"),
    (0xA78C, "\u{a78b}"),
    (0xA791, "\u{a790}"),
    (0xA793, "\u{a792}"),
    (0xA794, "\u{a7c4}"),
    (0xA797, "\u{a796}"),
    (0xA799, "\u{a798}"),
    (0xA79B, "\u{a79a}"),
    (0xA79D, "\u{a79c}"),
    (0xA79F, "\u{a79e}"),
    (0xA7A1, "\u{a7a0}"),
    (0xA7A3, "\u{a7a2}"),
    (0xA7A5, "\u{a7a4}"),
    (0xA7A7, "\u{a7a6}"),
    (0xA7A9, "\u{a7a8}"),
    (0xA7B5, "\u{a7b4}"),
    (0xA7B7, "\u{a7b6}"),
    (0xA7B9, "\u{a7b8}"),
    (0xA7BB, "\u{a7ba}"),
    (0xA7BD, "\u{a7bc}"),
    (0xA7BF, "\u{a7be}"),
    (0xA7C1, "\u{a7c0}"),
    (0xA7C3, "\u{a7c2}"),
    (0xA7C8, "\u{a7c7}"),
    (0xA7CA, "\u{a7c9}"),
    (0xA7D1, "\u{a7d0}"),
    (0xA7D7, "\u{a7d6}"),
    (0xA7D9, "\u{a7d8}"),
    (0xA7F6, "\u{a7f5}"),
    (0xAB53, "\u{a7b3}"),
    (0xAB70, "\u{13a0}"),
    (0xAB71, "\u{13a1}"),
    (0xAB72, "\u{13a2}"),
    (0xAB73, "\u{13a3}"),
    (0xAB74, "\u{13a4}"),
    (0xAB75, "\u{13a5}"),
    (0xAB76, "\u{13a6}"),
    (0xAB77, "\u{13a7}"),
    (0xAB78, "\u{13a8}"),
    (0xAB79, "\u{13a9}"),
    (0xAB7A, "\u{13aa}"),
    (0xAB7B, "\u{13ab}"),
    (0xAB7C, "\u{13ac}"),
    (0xAB7D, "\u{13ad}"),
    (0xAB7E, "\u{13ae}"),
    (0xAB7F, "\u{13af}"),
    (0xAB80, "\u{13b0}"),
    (0xAB81, "\u{13b1}"),
    (0xAB82, "\u{13b2}"),
    (0xAB83, "\u{13b3}"),
    (0xAB84, "\u{13b4}"),
    (0xAB85, "\u{13b5}"),
    (0xAB86, "\u{13b6}"),
    (0xAB87, "\u{13b7}"),
    (0xAB88, "\u{13b8}"),
    (0xAB89, "\u{13b9}"),
    (0xAB8A, "\u{13ba}"),
    (0xAB8B, "\u{13bb}"),
    (0xAB8C, "\u{13bc}"),
    (0xAB8D, "\u{13bd}"),
    (0xAB8E, "\u{13be}"),
    (0xAB8F, "\u{13bf}"),
    (0xAB90, "\u{13c0}"),
    (0xAB91, "\u{13c1}"),
    (0xAB92, "\u{13c2}"),
    (0xAB93, "\u{13c3}"),
    (0xAB94, "\u{13c4}"),
    (0xAB95, "\u{13c5}"),
    (0xAB96, "\u{13c6}"),
    (0xAB97, "\u{13c7}"),
    (0xAB98, "\u{13c8}"),
    (0xAB99, "\u{13c9}"),
    (0xAB9A, "\u{13ca}"),
    (0xAB9B, "\u{13cb}"),
    (0xAB9C, "\u{13cc}"),
    (0xAB9D, "\u{13cd}"),
    (0xAB9E, "\u{13ce}"),
    (0xAB9F, "\u{13cf}"),
    (0xABA0, "\u{13d0}"),
    (0xABA1, "\u{13d1}"),
    (0xABA2, "\u{13d2}"),
    (0xABA3, "\u{13d3}"),
    (0xABA4, "\u{13d4}"),
    (0xABA5, "\u{13d5}"),
    (0xABA6, "\u{13d6}"),
    (0xABA7, "\u{13d7}"),
    (0xABA8, "\u{13d8}"),
    (0xABA9, "\u{13d9}"),
    (0xABAA, "\u{13da}"),
    (0xABAB, "\u{13db}"),
    (0xABAC, "\u{13dc}"),
    (0xABAD, "\u{13dd}"),
    (0xABAE, "\u{13de}"),
    (0xABAF, "\u{13df}"),
    (0xABB0, "\u{13e0}"),
    (0xABB1, "\u{13e1}"),
    (0xABB2, "\u{13e2}"),
    (0xABB3, "\u{13e3}"),
    (0xABB4, "\u{13e4}"),
    (0xABB5, "\u{13e5}"),
    (0xABB6, "\u{13e6}"),
    (0xABB7, "\u{13e7}"),
    (0xABB8, "\u{13e8}"),
    (0xABB9, "\u{13e9}"),
    (0xABBA, "\u{13ea}"),
    (0xABBB, "\u{13eb}"),
    (0xABBC, "\u{13ec}"),
    (0xABBD, "\u{13ed}"),
    (0xABBE, "\u{13ee}"),
    (0xABBF, "\u{13ef}"),
    (0xFB00, "Ff"),
    (0xFB01, "Fi"),
    (0xFB02, "Fl"),
    (0xFB03, "Ffi"),
    (0xFB04, "Ffl"),
    (0xFB05, "St"),
    (0xFB06, "St"),
    (0xFB13, "\u{544}\u{576}"),
    (0xFB14, "\u{544}\u{565}"),
    (0xFB15, "\u{544}\u{56b}"),
    (0xFB16, "\u{54e}\u{576}"),
    (0xFB17, "\u{544}\u{56d}"),
    (0xFF41, "\u{ff21}"),
    (0xFF42, "\u{ff22}"),
    (0xFF43, "\u{ff23}"),
    (0xFF44, "\u{ff24}"),
    (0xFF45, "\u{ff25}"),
    (0xFF46, "\u{ff26}"),
    (0xFF47, "\u{ff27}"),
    (0xFF48, "\u{ff28}"),
    (0xFF49, "\u{ff29}"),
    (0xFF4A, "\u{ff2a}"),
    (0xFF4B, "\u{ff2b}"),
    (0xFF4C, "\u{ff2c}"),
    (0xFF4D, "\u{ff2d}"),
    (0xFF4E, "\u{ff2e}"),
    (0xFF4F, "\u{ff2f}"),
    (0xFF50, "\u{ff30}"),
    (0xFF51, "\u{ff31}"),
    (0xFF52, "\u{ff32}"),
    (0xFF53, "\u{ff33}"),
    (0xFF54, "\u{ff34}"),
    (0xFF55, "\u{ff35}"),
    (0xFF56, "\u{ff36}"),
    (0xFF57, "\u{ff37}"),
    (0xFF58, "\u{ff38}"),
    (0xFF59, "\u{ff39}"),
    (0xFF5A, "\u{ff3a}"),
    (0x10428, "\u{10400}"),
    (0x10429, "\u{10401}"),
    (0x1042A, "\u{10402}"),
    (0x1042B, "\u{10403}"),
    (0x1042C, "\u{10404}"),
    (0x1042D, "\u{10405}"),
    (0x1042E, "\u{10406}"),
    (0x1042F, "\u{10407}"),
    (0x10430, "\u{10408}"),
    (0x10431, "\u{10409}"),
    (0x10432, "\u{1040a}"),
    (0x10433, "\u{1040b}"),
    (0x10434, "\u{1040c}"),
    (0x10435, "\u{1040d}"),
    (0x10436, "\u{1040e}"),
    (0x10437, "\u{1040f}"),
    (0x10438, "\u{10410}"),
    (0x10439, "\u{10411}"),
    (0x1043A, "\u{10412}"),
    (0x1043B, "\u{10413}"),
    (0x1043C, "\u{10414}"),
    (0x1043D, "\u{10415}"),
    (0x1043E, "\u{10416}"),
    (0x1043F, "\u{10417}"),
    (0x10440, "\u{10418}"),
    (0x10441, "\u{10419}"),
    (0x10442, "\u{1041a}"),
    (0x10443, "\u{1041b}"),
    (0x10444, "\u{1041c}"),
    (0x10445, "\u{1041d}"),
    (0x10446, "\u{1041e}"),
    (0x10447, "\u{1041f}"),
    (0x10448, "\u{10420}"),
    (0x10449, "\u{10421}"),
    (0x1044A, "\u{10422}"),
    (0x1044B, "\u{10423}"),
    (0x1044C, "\u{10424}"),
    (0x1044D, "\u{10425}"),
    (0x1044E, "\u{10426}"),
    (0x1044F, "\u{10427}"),
    (0x104D8, "\u{104b0}"),
    (0x104D9, "\u{104b1}"),
    (0x104DA, "\u{104b2}"),
    (0x104DB, "\u{104b3}"),
    (0x104DC, "\u{104b4}"),
    (0x104DD, "\u{104b5}"),
    (0x104DE, "\u{104b6}"),
    (0x104DF, "\u{104b7}"),
    (0x104E0, "\u{104b8}"),
    (0x104E1, "\u{104b9}"),
    (0x104E2, "\u{104ba}"),
    (0x104E3, "\u{104bb}"),
    (0x104E4, "\u{104bc}"),
    (0x104E5, "\u{104bd}"),
    (0x104E6, "\u{104be}"),
    (0x104E7, "\u{104bf}"),
    (0x104E8, "\u{104c0}"),
    (0x104E9, "\u{104c1}"),
    (0x104EA, "\u{104c2}"),
    (0x104EB, "\u{104c3}"),
    (0x104EC, "\u{104c4}"),
    (0x104ED, "\u{104c5}"),
    (0x104EE, "\u{104c6}"),
    (0x104EF, "\u{104c7}"),
    (0x104F0, "\u{104c8}"),
    (0x104F1, "\u{104c9}"),
    (0x104F2, "\u{104ca}"),
    (0x104F3, "\u{104cb}"),
    (0x104F4, "\u{104cc}"),
    (0x104F5, "\u{104cd}"),
    (0x104F6, "\u{104ce}"),
    (0x104F7, "\u{104cf}"),
    (0x104F8, "\u{104d0}"),
    (0x104F9, "\u{104d1}"),
    (0x104FA, "\u{104d2}"),
    (0x104FB, "\u{104d3}"),
    (0x10597, "\u{10570}"),
    (0x10598, "\u{10571}"),
    (0x10599, "\u{10572}"),
    (0x1059A, "\u{10573}"),
    (0x1059B, "\u{10574}"),
    (0x1059C, "\u{10575}"),
    (0x1059D, "\u{10576}"),
    (0x1059E, "\u{10577}"),
    (0x1059F, "\u{10578}"),
    (0x105A0, "\u{10579}"),
    (0x105A1, "\u{1057a}"),
    (0x105A3, "\u{1057c}"),
    (0x105A4, "\u{1057d}"),
    (0x105A5, "\u{1057e}"),
    (0x105A6, "\u{1057f}"),
    (0x105A7, "\u{10580}"),
    (0x105A8, "\u{10581}"),
    (0x105A9, "\u{10582}"),
    (0x105AA, "\u{10583}"),
    (0x105AB, "\u{10584}"),
    (0x105AC, "\u{10585}"),
    (0x105AD, "\u{10586}"),
    (0x105AE, "\u{10587}"),
    (0x105AF, "\u{10588}"),
    (0x105B0, "\u{10589}"),
    (0x105B1, "\u{1058a}"),
    (0x105B3, "\u{1058c}"),
    (0x105B4, "\u{1058d}"),
    (0x105B5, "\u{1058e}"),
    (0x105B6, "\u{1058f}"),
    (0x105B7, "\u{10590}"),
    (0x105B8, "\u{10591}"),
    (0x105B9, "\u{10592}"),
    (0x105BB, "\u{10594}"),
    (0x105BC, "\u{10595}"),
    (0x10CC0, "\u{10c80}"),
    (0x10CC1, "\u{10c81}"),
    (0x10CC2, "\u{10c82}"),
    (0x10CC3, "\u{10c83}"),
    (0x10CC4, "\u{10c84}"),
    (0x10CC5, "\u{10c85}"),
    (0x10CC6, "\u{10c86}"),
    (0x10CC7, "\u{10c87}"),
    (0x10CC8, "\u{10c88}"),
    (0x10CC9, "\u{10c89}"),
    (0x10CCA, "\u{10c8a}"),
    (0x10CCB, "\u{10c8b}"),
    (0x10CCC, "\u{10c8c}"),
    (0x10CCD, "\u{10c8d}"),
    (0x10CCE, "\u{10c8e}"),
    (0x10CCF, "\u{10c8f}"),
    (0x10CD0, "\u{10c90}"),
    (0x10CD1, "\u{10c91}"),
    (0x10CD2, "\u{10c92}"),
    (0x10CD3, "\u{10c93}"),
    (0x10CD4, "\u{10c94}"),
    (0x10CD5, "\u{10c95}"),
    (0x10CD6, "\u{10c96}"),
    (0x10CD7, "\u{10c97}"),
    (0x10CD8, "\u{10c98}"),
    (0x10CD9, "\u{10c99}"),
    (0x10CDA, "\u{10c9a}"),
    (0x10CDB, "\u{10c9b}"),
    (0x10CDC, "\u{10c9c}"),
    (0x10CDD, "\u{10c9d}"),
    (0x10CDE, "\u{10c9e}"),
    (0x10CDF, "\u{10c9f}"),
    (0x10CE0, "\u{10ca0}"),
    (0x10CE1, "\u{10ca1}"),
    (0x10CE2, "\u{10ca2}"),
    (0x10CE3, "\u{10ca3}"),
    (0x10CE4, "\u{10ca4}"),
    (0x10CE5, "\u{10ca5}"),
    (0x10CE6, "\u{10ca6}"),
    (0x10CE7, "\u{10ca7}"),
    (0x10CE8, "\u{10ca8}"),
    (0x10CE9, "\u{10ca9}"),
    (0x10CEA, "\u{10caa}"),
    (0x10CEB, "\u{10cab}"),
    (0x10CEC, "\u{10cac}"),
    (0x10CED, "\u{10cad}"),
    (0x10CEE, "\u{10cae}"),
    (0x10CEF, "\u{10caf}"),
    (0x10CF0, "\u{10cb0}"),
    (0x10CF1, "\u{10cb1}"),
    (0x10CF2, "\u{10cb2}"),
    (0x118C0, "\u{118a0}"),
    (0x118C1, "\u{118a1}"),
    (0x118C2, "\u{118a2}"),
    (0x118C3, "\u{118a3}"),
    (0x118C4, "\u{118a4}"),
    (0x118C5, "\u{118a5}"),
    (0x118C6, "\u{118a6}"),
    (0x118C7, "\u{118a7}"),
    (0x118C8, "\u{118a8}"),
    (0x118C9, "\u{118a9}"),
    (0x118CA, "\u{118aa}"),
    (0x118CB, "\u{118ab}"),
    (0x118CC, "\u{118ac}"),
    (0x118CD, "\u{118ad}"),
    (0x118CE, "\u{118ae}"),
    (0x118CF, "\u{118af}"),
    (0x118D0, "\u{118b0}"),
    (0x118D1, "\u{118b1}"),
    (0x118D2, "\u{118b2}"),
    (0x118D3, "\u{118b3}"),
    (0x118D4, "\u{118b4}"),
    (0x118D5, "\u{118b5}"),
    (0x118D6, "\u{118b6}"),
    (0x118D7, "\u{118b7}"),
    (0x118D8, "\u{118b8}"),
    (0x118D9, "\u{118b9}"),
    (0x118DA, "\u{118ba}"),
    (0x118DB, "\u{118bb}"),
    (0x118DC, "\u{118bc}"),
    (0x118DD, "\u{118bd}"),
    (0x118DE, "\u{118be}"),
    (0x118DF, "\u{118bf}"),
    (0x16E60, "\u{16e40}"),
    (0x16E61, "\u{16e41}"),
    (0x16E62, "\u{16e42}"),
    (0x16E63, "\u{16e43}"),
    (0x16E64, "\u{16e44}"),
    (0x16E65, "\u{16e45}"),
    (0x16E66, "\u{16e46}"),
    (0x16E67, "\u{16e47}"),
    (0x16E68, "\u{16e48}"),
    (0x16E69, "\u{16e49}"),
    (0x16E6A, "\u{16e4a}"),
    (0x16E6B, "\u{16e4b}"),
    (0x16E6C, "\u{16e4c}"),
    (0x16E6D, "\u{16e4d}"),
    (0x16E6E, "\u{16e4e}"),
    (0x16E6F, "\u{16e4f}"),
    (0x16E70, "\u{16e50}"),
    (0x16E71, "\u{16e51}"),
    (0x16E72, "\u{16e52}"),
    (0x16E73, "\u{16e53}"),
    (0x16E74, "\u{16e54}"),
    (0x16E75, "\u{16e55}"),
    (0x16E76, "\u{16e56}"),
    (0x16E77, "\u{16e57}"),
    (0x16E78, "\u{16e58}"),
    (0x16E79, "\u{16e59}"),
    (0x16E7A, "\u{16e5a}"),
    (0x16E7B, "\u{16e5b}"),
    (0x16E7C, "\u{16e5c}"),
    (0x16E7D, "\u{16e5d}"),
    (0x16E7E, "\u{16e5e}"),
    (0x16E7F, "\u{16e5f}"),
    (0x1E922, "\u{1e900}"),
    (0x1E923, "\u{1e901}"),
    (0x1E924, "\u{1e902}"),
    (0x1E925, "\u{1e903}"),
    (0x1E926, "\u{1e904}"),
    (0x1E927, "\u{1e905}"),
    (0x1E928, "\u{1e906}"),
    (0x1E929, "\u{1e907}"),
    (0x1E92A, "\u{1e908}"),
    (0x1E92B, "\u{1e909}"),
    (0x1E92C, "\u{1e90a}"),
    (0x1E92D, "\u{1e90b}"),
    (0x1E92E, "\u{1e90c}"),
    (0x1E92F, "\u{1e90d}"),
    (0x1E930, "\u{1e90e}"),
    (0x1E931, "\u{1e90f}"),
    (0x1E932, "\u{1e910}"),
    (0x1E933, "\u{1e911}"),
    (0x1E934, "\u{1e912}"),
    (0x1E935, "\u{1e913}"),
    (0x1E936, "\u{1e914}"),
    (0x1E937, "\u{1e915}"),
    (0x1E938, "\u{1e916}"),
    (0x1E939, "\u{1e917}"),
    (0x1E93A, "\u{1e918}"),
    (0x1E93B, "\u{1e919}"),
    (0x1E93C, "\u{1e91a}"),
    (0x1E93D, "\u{1e91b}"),
    (0x1E93E, "\u{1e91c}"),
    (0x1E93F, "\u{1e91d}"),
    (0x1E940, "\u{1e91e}"),
    (0x1E941, "\u{1e91f}"),
    (0x1E942, "\u{1e920}"),
    (0x1E943, "\u{1e921}"),
];

static FOLD: &[(u32, &str)] = &[
    (0x41, "a"),
    (0x42, "b"),
    (0x43, "c"),
    (0x44, "d"),
    (0x45, "e"),
    (0x46, "f"),
    (0x47, "g"),
    (0x48, "h"),
    (0x49, "i"),
    (0x4A, "j"),
    (0x4B, "k"),
    (0x4C, "l"),
    (0x4D, "m"),
    (0x4E, "n"),
    (0x4F, "o"),
    (0x50, "p"),
    (0x51, "q"),
    (0x52, "r"),
    (0x53, "s"),
    (0x54, "t"),
    (0x55, "u"),
    (0x56, "v"),
    (0x57, "w"),
    (0x58, "x"),
    (0x59, "y"),
    (0x5A, "z"),
    (0xB5, "\u{3bc}"),
    (0xC0, "\u{e0}"),
    (0xC1, "\u{e1}"),
    (0xC2, "\u{e2}"),
    (0xC3, "\u{e3}"),
    (0xC4, "\u{e4}"),
    (0xC5, "\u{e5}"),
    (0xC6, "\u{e6}"),
    (0xC7, "\u{e7}"),
    (0xC8, "\u{e8}"),
    (0xC9, "\u{e9}"),
    (0xCA, "\u{ea}"),
    (0xCB, "\u{eb}"),
    (0xCC, "\u{ec}"),
    (0xCD, "\u{ed}"),
    (0xCE, "\u{ee}"),
    (0xCF, "\u{ef}"),
    (0xD0, "\u{f0}"),
    (0xD1, "\u{f1}"),
    (0xD2, "\u{f2}"),
    (0xD3, "\u{f3}"),
    (0xD4, "\u{f4}"),
    (0xD5, "\u{f5}"),
    (0xD6, "\u{f6}"),
    (0xD8, "\u{f8}"),
    (0xD9, "\u{f9}"),
    (0xDA, "\u{fa}"),
    (0xDB, "\u{fb}"),
    (0xDC, "\u{fc}"),
    (0xDD, "\u{fd}"),
    (0xDE, "\u{fe}"),
    (0xDF, "ss"),
    (0x100, "\u{101}"),
    (0x102, "\u{103}"),
    (0x104, "\u{105}"),
    (0x106, "\u{107}"),
    (0x108, "\u{109}"),
    (0x10A, "\u{10b}"),
    (0x10C, "\u{10d}"),
    (0x10E, "\u{10f}"),
    (0x110, "\u{111}"),
    (0x112, "\u{113}"),
    (0x114, "\u{115}"),
    (0x116, "\u{117}"),
    (0x118, "\u{119}"),
    (0x11A, "\u{11b}"),
    (0x11C, "\u{11d}"),
    (0x11E, "\u{11f}"),
    (0x120, "\u{121}"),
    (0x122, "\u{123}"),
    (0x124, "\u{125}"),
    (0x126, "\u{127}"),
    (0x128, "\u{129}"),
    (0x12A, "\u{12b}"),
    (0x12C, "\u{12d}"),
    (0x12E, "\u{12f}"),
    (0x130, "i\u{307}"),
    (0x132, "\u{133}"),
    (0x134, "\u{135}"),
    (0x136, "\u{137}"),
    (0x139, "\u{13a}"),
    (0x13B, "\u{13c}"),
    (0x13D, "\u{13e}"),
    (0x13F, "\u{140}"),
    (0x141, "\u{142}"),
    (0x143, "\u{144}"),
    (0x145, "\u{146}"),
    (0x147, "\u{148}"),
    (0x149, "\u{2bc}n"),
    (0x14A, "\u{14b}"),
    (0x14C, "\u{14d}"),
    (0x14E, "\u{14f}"),
    (0x150, "\u{151}"),
    (0x152, "\u{153}"),
    (0x154, "\u{155}"),
    (0x156, "\u{157}"),
    (0x158, "\u{159}"),
    (0x15A, "\u{15b}"),
    (0x15C, "\u{15d}"),
    (0x15E, "\u{15f}"),
    (0x160, "\u{161}"),
    (0x162, "\u{163}"),
    (0x164, "\u{165}"),
    (0x166, "\u{167}"),
    (0x168, "\u{169}"),
    (0x16A, "\u{16b}"),
    (0x16C, "\u{16d}"),
    (0x16E, "\u{16f}"),
    (0x170, "\u{171}"),
    (0x172, "\u{173}"),
    (0x174, "\u{175}"),
    (0x176, "\u{177}"),
    (0x178, "\u{ff}"),
    (0x179, "\u{17a}"),
    (0x17B, "\u{17c}"),
    (0x17D, "\u{17e}"),
    (0x17F, "s"),
    (0x181, "\u{253}"),
    (0x182, "\u{183}"),
    (0x184, "\u{185}"),
    (0x186, "\u{254}"),
    (0x187, "\u{188}"),
    (0x189, "\u{256}"),
    (0x18A, "\u{257}"),
    (0x18B, "\u{18c}"),
    (0x18E, "\u{1dd}"),
    (0x18F, "\u{259}"),
    (0x190, "\u{25b}"),
    (0x191, "\u{192}"),
    (0x193, "\u{260}"),
    (0x194, "\u{263}"),
    (0x196, "\u{269}"),
    (0x197, "\u{268}"),
    (0x198, "\u{199}"),
    (0x19C, "\u{26f}"),
    (0x19D, "\u{272}"),
    (0x19F, "\u{275}"),
    (0x1A0, "\u{1a1}"),
    (0x1A2, "\u{1a3}"),
    (0x1A4, "\u{1a5}"),
    (0x1A6, "\u{280}"),
    (0x1A7, "\u{1a8}"),
    (0x1A9, "\u{283}"),
    (0x1AC, "\u{1ad}"),
    (0x1AE, "\u{288}"),
    (0x1AF, "\u{1b0}"),
    (0x1B1, "\u{28a}"),
    (0x1B2, "\u{28b}"),
    (0x1B3, "\u{1b4}"),
    (0x1B5, "\u{1b6}"),
    (0x1B7, "\u{292}"),
    (0x1B8, "\u{1b9}"),
    (0x1BC, "\u{1bd}"),
    (0x1C4, "\u{1c6}"),
    (0x1C5, "\u{1c6}"),
    (0x1C7, "\u{1c9}"),
    (0x1C8, "\u{1c9}"),
    (0x1CA, "\u{1cc}"),
    (0x1CB, "\u{1cc}"),
    (0x1CD, "\u{1ce}"),
    (0x1CF, "\u{1d0}"),
    (0x1D1, "\u{1d2}"),
    (0x1D3, "\u{1d4}"),
    (0x1D5, "\u{1d6}"),
    (0x1D7, "\u{1d8}"),
    (0x1D9, "\u{1da}"),
    (0x1DB, "\u{1dc}"),
    (0x1DE, "\u{1df}"),
    (0x1E0, "\u{1e1}"),
    (0x1E2, "\u{1e3}"),
    (0x1E4, "\u{1e5}"),
    (0x1E6, "\u{1e7}"),
    (0x1E8, "\u{1e9}"),
    (0x1EA, "\u{1eb}"),
    (0x1EC, "\u{1ed}"),
    (0x1EE, "\u{1ef}"),
    (0x1F0, "j\u{30c}"),
    (0x1F1, "\u{1f3}"),
    (0x1F2, "\u{1f3}"),
    (0x1F4, "\u{1f5}"),
    (0x1F6, "\u{195}"),
    (0x1F7, "\u{1bf}"),
    (0x1F8, "\u{1f9}"),
    (0x1FA, "\u{1fb}"),
    (0x1FC, "\u{1fd}"),
    (0x1FE, "\u{1ff}"),
    (0x200, "\u{201}"),
    (0x202, "\u{203}"),
    (0x204, "\u{205}"),
    (0x206, "\u{207}"),
    (0x208, "\u{209}"),
    (0x20A, "\u{20b}"),
    (0x20C, "\u{20d}"),
    (0x20E, "\u{20f}"),
    (0x210, "\u{211}"),
    (0x212, "\u{213}"),
    (0x214, "\u{215}"),
    (0x216, "\u{217}"),
    (0x218, "\u{219}"),
    (0x21A, "\u{21b}"),
    (0x21C, "\u{21d}"),
    (0x21E, "\u{21f}"),
    (0x220, "\u{19e}"),
    (0x222, "\u{223}"),
    (0x224, "\u{225}"),
    (0x226, "\u{227}"),
    (0x228, "\u{229}"),
    (0x22A, "\u{22b}"),
    (0x22C, "\u{22d}"),
    (0x22E, "\u{22f}"),
    (0x230, "\u{231}"),
    (0x232, "\u{233}"),
    (0x23A, "\u{2c65}"),
    (0x23B, "\u{23c}"),
    (0x23D, "\u{19a}"),
    (0x23E, "\u{2c66}"),
    (0x241, "\u{242}"),
    (0x243, "\u{180}"),
    (0x244, "\u{289}"),
    (0x245, "\u{28c}"),
    (0x246, "\u{247}"),
    (0x248, "\u{249}"),
    (0x24A, "\u{24b}"),
    (0x24C, "\u{24d}"),
    (0x24E, "\u{24f}"),
    (0x345, "\u{3b9}"),
    (0x370, "\u{371}"),
    (0x372, "\u{373}"),
    (0x376, "\u{377}"),
    (0x37F, "\u{3f3}"),
    (0x386, "\u{3ac}"),
    (0x388, "\u{3ad}"),
    (0x389, "\u{3ae}"),
    (0x38A, "\u{3af}"),
    (0x38C, "\u{3cc}"),
    (0x38E, "\u{3cd}"),
    (0x38F, "\u{3ce}"),
    (0x390, "\u{3b9}\u{308}\u{301}"),
    (0x391, "\u{3b1}"),
    (0x392, "\u{3b2}"),
    (0x393, "\u{3b3}"),
    (0x394, "\u{3b4}"),
    (0x395, "\u{3b5}"),
    (0x396, "\u{3b6}"),
    (0x397, "\u{3b7}"),
    (0x398, "\u{3b8}"),
    (0x399, "\u{3b9}"),
    (0x39A, "\u{3ba}"),
    (0x39B, "\u{3bb}"),
    (0x39C, "\u{3bc}"),
    (0x39D, "\u{3bd}"),
    (0x39E, "\u{3be}"),
    (0x39F, "\u{3bf}"),
    (0x3A0, "\u{3c0}"),
    (0x3A1, "\u{3c1}"),
    (0x3A3, "\u{3c3}"),
    (0x3A4, "\u{3c4}"),
    (0x3A5, "\u{3c5}"),
    (0x3A6, "\u{3c6}"),
    (0x3A7, "\u{3c7}"),
    (0x3A8, "\u{3c8}"),
    (0x3A9, "\u{3c9}"),
    (0x3AA, "\u{3ca}"),
    (0x3AB, "\u{3cb}"),
    (0x3B0, "\u{3c5}\u{308}\u{301}"),
    (0x3C2, "\u{3c3}"),
    (0x3CF, "\u{3d7}"),
    (0x3D0, "\u{3b2}"),
    (0x3D1, "\u{3b8}"),
    (0x3D5, "\u{3c6}"),
    (0x3D6, "\u{3c0}"),
    (0x3D8, "\u{3d9}"),
    (0x3DA, "\u{3db}"),
    (0x3DC, "\u{3dd}"),
    (0x3DE, "\u{3df}"),
    (0x3E0, "\u{3e1}"),
    (0x3E2, "\u{3e3}"),
    (0x3E4, "\u{3e5}"),
    (0x3E6, "\u{3e7}"),
    (0x3E8, "\u{3e9}"),
    (0x3EA, "\u{3eb}"),
    (0x3EC, "\u{3ed}"),
    (0x3EE, "\u{3ef}"),
    (0x3F0, "\u{3ba}"),
    (0x3F1, "\u{3c1}"),
    (0x3F4, "\u{3b8}"),
    (0x3F5, "\u{3b5}"),
    (0x3F7, "\u{3f8}"),
    (0x3F9, "\u{3f2}"),
    (0x3FA, "\u{3fb}"),
    (0x3FD, "\u{37b}"),
    (0x3FE, "\u{37c}"),
    (0x3FF, "\u{37d}"),
    (0x400, "\u{450}"),
    (0x401, "\u{451}"),
    (0x402, "\u{452}"),
    (0x403, "\u{453}"),
    (0x404, "\u{454}"),
    (0x405, "\u{455}"),
    (0x406, "\u{456}"),
    (0x407, "\u{457}"),
    (0x408, "\u{458}"),
    (0x409, "\u{459}"),
    (0x40A, "\u{45a}"),
    (0x40B, "\u{45b}"),
    (0x40C, "\u{45c}"),
    (0x40D, "\u{45d}"),
    (0x40E, "\u{45e}"),
    (0x40F, "\u{45f}"),
    (0x410, "\u{430}"),
    (0x411, "\u{431}"),
    (0x412, "\u{432}"),
    (0x413, "\u{433}"),
    (0x414, "\u{434}"),
    (0x415, "\u{435}"),
    (0x416, "\u{436}"),
    (0x417, "\u{437}"),
    (0x418, "\u{438}"),
    (0x419, "\u{439}"),
    (0x41A, "\u{43a}"),
    (0x41B, "\u{43b}"),
    (0x41C, "\u{43c}"),
    (0x41D, "\u{43d}"),
    (0x41E, "\u{43e}"),
    (0x41F, "\u{43f}"),
    (0x420, "\u{440}"),
    (0x421, "\u{441}"),
    (0x422, "\u{442}"),
    (0x423, "\u{443}"),
    (0x424, "\u{444}"),
    (0x425, "\u{445}"),
    (0x426, "\u{446}"),
    (0x427, "\u{447}"),
    (0x428, "\u{448}"),
    (0x429, "\u{449}"),
    (0x42A, "\u{44a}"),
    (0x42B, "\u{44b}"),
    (0x42C, "\u{44c}"),
    (0x42D, "\u{44d}"),
    (0x42E, "\u{44e}"),
    (0x42F, "\u{44f}"),
    (0x460, "\u{461}"),
    (0x462, "\u{463}"),
    (0x464, "\u{465}"),
    (0x466, "\u{467}"),
    (0x468, "\u{469}"),
    (0x46A, "\u{46b}"),
    (0x46C, "\u{46d}"),
    (0x46E, "\u{46f}"),
    (0x470, "\u{471}"),
    (0x472, "\u{473}"),
    (0x474, "\u{475}"),
    (0x476, "\u{477}"),
    (0x478, "\u{479}"),
    (0x47A, "\u{47b}"),
    (0x47C, "\u{47d}"),
    (0x47E, "\u{47f}"),
    (0x480, "\u{481}"),
    (0x48A, "\u{48b}"),
    (0x48C, "\u{48d}"),
    (0x48E, "\u{48f}"),
    (0x490, "\u{491}"),
    (0x492, "\u{493}"),
    (0x494, "\u{495}"),
    (0x496, "\u{497}"),
    (0x498, "\u{499}"),
    (0x49A, "\u{49b}"),
    (0x49C, "\u{49d}"),
    (0x49E, "\u{49f}"),
    (0x4A0, "\u{4a1}"),
    (0x4A2, "\u{4a3}"),
    (0x4A4, "\u{4a5}"),
    (0x4A6, "\u{4a7}"),
    (0x4A8, "\u{4a9}"),
    (0x4AA, "\u{4ab}"),
    (0x4AC, "\u{4ad}"),
    (0x4AE, "\u{4af}"),
    (0x4B0, "\u{4b1}"),
    (0x4B2, "\u{4b3}"),
    (0x4B4, "\u{4b5}"),
    (0x4B6, "\u{4b7}"),
    (0x4B8, "\u{4b9}"),
    (0x4BA, "\u{4bb}"),
    (0x4BC, "\u{4bd}"),
    (0x4BE, "\u{4bf}"),
    (0x4C0, "\u{4cf}"),
    (0x4C1, "\u{4c2}"),
    (0x4C3, "\u{4c4}"),
    (0x4C5, "\u{4c6}"),
    (0x4C7, "\u{4c8}"),
    (0x4C9, "\u{4ca}"),
    (0x4CB, "\u{4cc}"),
    (0x4CD, "\u{4ce}"),
    (0x4D0, "\u{4d1}"),
    (0x4D2, "\u{4d3}"),
    (0x4D4, "\u{4d5}"),
    (0x4D6, "\u{4d7}"),
    (0x4D8, "\u{4d9}"),
    (0x4DA, "\u{4db}"),
    (0x4DC, "\u{4dd}"),
    (0x4DE, "\u{4df}"),
    (0x4E0, "\u{4e1}"),
    (0x4E2, "\u{4e3}"),
    (0x4E4, "\u{4e5}"),
    (0x4E6, "\u{4e7}"),
    (0x4E8, "\u{4e9}"),
    (0x4EA, "\u{4eb}"),
    (0x4EC, "\u{4ed}"),
    (0x4EE, "\u{4ef}"),
    (0x4F0, "\u{4f1}"),
    (0x4F2, "\u{4f3}"),
    (0x4F4, "\u{4f5}"),
    (0x4F6, "\u{4f7}"),
    (0x4F8, "\u{4f9}"),
    (0x4FA, "\u{4fb}"),
    (0x4FC, "\u{4fd}"),
    (0x4FE, "\u{4ff}"),
    (0x500, "\u{501}"),
    (0x502, "\u{503}"),
    (0x504, "\u{505}"),
    (0x506, "\u{507}"),
    (0x508, "\u{509}"),
    (0x50A, "\u{50b}"),
    (0x50C, "\u{50d}"),
    (0x50E, "\u{50f}"),
    (0x510, "\u{511}"),
    (0x512, "\u{513}"),
    (0x514, "\u{515}"),
    (0x516, "\u{517}"),
    (0x518, "\u{519}"),
    (0x51A, "\u{51b}"),
    (0x51C, "\u{51d}"),
    (0x51E, "\u{51f}"),
    (0x520, "\u{521}"),
    (0x522, "\u{523}"),
    (0x524, "\u{525}"),
    (0x526, "\u{527}"),
    (0x528, "\u{529}"),
    (0x52A, "\u{52b}"),
    (0x52C, "\u{52d}"),
    (0x52E, "\u{52f}"),
    (0x531, "\u{561}"),
    (0x532, "\u{562}"),
    (0x533, "\u{563}"),
    (0x534, "\u{564}"),
    (0x535, "\u{565}"),
    (0x536, "\u{566}"),
    (0x537, "\u{567}"),
    (0x538, "\u{568}"),
    (0x539, "\u{569}"),
    (0x53A, "\u{56a}"),
    (0x53B, "\u{56b}"),
    (0x53C, "\u{56c}"),
    (0x53D, "\u{56d}"),
    (0x53E, "\u{56e}"),
    (0x53F, "\u{56f}"),
    (0x540, "\u{570}"),
    (0x541, "\u{571}"),
    (0x542, "\u{572}"),
    (0x543, "\u{573}"),
    (0x544, "\u{574}"),
    (0x545, "\u{575}"),
    (0x546, "\u{576}"),
    (0x547, "\u{577}"),
    (0x548, "\u{578}"),
    (0x549, "\u{579}"),
    (0x54A, "\u{57a}"),
    (0x54B, "\u{57b}"),
    (0x54C, "\u{57c}"),
    (0x54D, "\u{57d}"),
    (0x54E, "\u{57e}"),
    (0x54F, "\u{57f}"),
    (0x550, "\u{580}"),
    (0x551, "\u{581}"),
    (0x552, "\u{582}"),
    (0x553, "\u{583}"),
    (0x554, "\u{584}"),
    (0x555, "\u{585}"),
    (0x556, "\u{586}"),
    (0x587, "\u{565}\u{582}"),
    (0x10A0, "\u{2d00}"),
    (0x10A1, "\u{2d01}"),
    (0x10A2, "\u{2d02}"),
    (0x10A3, "\u{2d03}"),
    (0x10A4, "\u{2d04}"),
    (0x10A5, "\u{2d05}"),
    (0x10A6, "\u{2d06}"),
    (0x10A7, "\u{2d07}"),
    (0x10A8, "\u{2d08}"),
    (0x10A9, "\u{2d09}"),
    (0x10AA, "\u{2d0a}"),
    (0x10AB, "\u{2d0b}"),
    (0x10AC, "\u{2d0c}"),
    (0x10AD, "\u{2d0d}"),
    (0x10AE, "\u{2d0e}"),
    (0x10AF, "\u{2d0f}"),
    (0x10B0, "\u{2d10}"),
    (0x10B1, "\u{2d11}"),
    (0x10B2, "\u{2d12}"),
    (0x10B3, "\u{2d13}"),
    (0x10B4, "\u{2d14}"),
    (0x10B5, "\u{2d15}"),
    (0x10B6, "\u{2d16}"),
    (0x10B7, "\u{2d17}"),
    (0x10B8, "\u{2d18}"),
    (0x10B9, "\u{2d19}"),
    (0x10BA, "\u{2d1a}"),
    (0x10BB, "\u{2d1b}"),
    (0x10BC, "\u{2d1c}"),
    (0x10BD, "\u{2d1d}"),
    (0x10BE, "\u{2d1e}"),
    (0x10BF, "\u{2d1f}"),
    (0x10C0, "\u{2d20}"),
    (0x10C1, "\u{2d21}"),
    (0x10C2, "\u{2d22}"),
    (0x10C3, "\u{2d23}"),
    (0x10C4, "\u{2d24}"),
    (0x10C5, "\u{2d25}"),
    (0x10C7, "\u{2d27}"),
    (0x10CD, "\u{2d2d}"),
    (0x13F8, "\u{13f0}"),
    (0x13F9, "\u{13f1}"),
    (0x13FA, "\u{13f2}"),
    (0x13FB, "\u{13f3}"),
    (0x13FC, "\u{13f4}"),
    (0x13FD, "\u{13f5}"),
    (0x1C80, "\u{432}"),
    (0x1C81, "\u{434}"),
    (0x1C82, "\u{43e}"),
    (0x1C83, "\u{441}"),
    (0x1C84, "\u{442}"),
    (0x1C85, "\u{442}"),
    (0x1C86, "\u{44a}"),
    (0x1C87, "\u{463}"),
    (0x1C88, "\u{a64b}"),
    (0x1C90, "\u{10d0}"),
    (0x1C91, "\u{10d1}"),
    (0x1C92, "\u{10d2}"),
    (0x1C93, "\u{10d3}"),
    (0x1C94, "\u{10d4}"),
    (0x1C95, "\u{10d5}"),
    (0x1C96, "\u{10d6}"),
    (0x1C97, "\u{10d7}"),
    (0x1C98, "\u{10d8}"),
    (0x1C99, "\u{10d9}"),
    (0x1C9A, "\u{10da}"),
    (0x1C9B, "\u{10db}"),
    (0x1C9C, "\u{10dc}"),
    (0x1C9D, "\u{10dd}"),
    (0x1C9E, "\u{10de}"),
    (0x1C9F, "\u{10df}"),
    (0x1CA0, "\u{10e0}"),
    (0x1CA1, "\u{10e1}"),
    (0x1CA2, "\u{10e2}"),
    (0x1CA3, "\u{10e3}"),
    (0x1CA4, "\u{10e4}"),
    (0x1CA5, "\u{10e5}"),
    (0x1CA6, "\u{10e6}"),
    (0x1CA7, "\u{10e7}"),
    (0x1CA8, "\u{10e8}"),
    (0x1CA9, "\u{10e9}"),
    (0x1CAA, "\u{10ea}"),
    (0x1CAB, "\u{10eb}"),
    (0x1CAC, "\u{10ec}"),
    (0x1CAD, "\u{10ed}"),
    (0x1CAE, "\u{10ee}"),
    (0x1CAF, "\u{10ef}"),
    (0x1CB0, "\u{10f0}"),
    (0x1CB1, "\u{10f1}"),
    (0x1CB2, "\u{10f2}"),
    (0x1CB3, "\u{10f3}"),
    (0x1CB4, "\u{10f4}"),
    (0x1CB5, "\u{10f5}"),
    (0x1CB6, "\u{10f6}"),
    (0x1CB7, "\u{10f7}"),
    (0x1CB8, "\u{10f8}"),
    (0x1CB9, "\u{10f9}"),
    (0x1CBA, "\u{10fa}"),
    (0x1CBD, "\u{10fd}"),
    (0x1CBE, "\u{10fe}"),
    (0x1CBF, "\u{10ff}"),
    (0x1E00, "\u{1e01}"),
    (0x1E02, "\u{1e03}"),
    (0x1E04, "\u{1e05}"),
    (0x1E06, "\u{1e07}"),
    (0x1E08, "\u{1e09}"),
    (0x1E0A, "\u{1e0b}"),
    (0x1E0C, "\u{1e0d}"),
    (0x1E0E, "\u{1e0f}"),
    (0x1E10, "\u{1e11}"),
    (0x1E12, "\u{1e13}"),
    (0x1E14, "\u{1e15}"),
    (0x1E16, "\u{1e17}"),
    (0x1E18, "\u{1e19}"),
    (0x1E1A, "\u{1e1b}"),
    (0x1E1C, "\u{1e1d}"),
    (0x1E1E, "\u{1e1f}"),
    (0x1E20, "\u{1e21}"),
    (0x1E22, "\u{1e23}"),
    (0x1E24, "\u{1e25}"),
    (0x1E26, "\u{1e27}"),
    (0x1E28, "\u{1e29}"),
    (0x1E2A, "\u{1e2b}"),
    (0x1E2C, "\u{1e2d}"),
    (0x1E2E, "\u{1e2f}"),
    (0x1E30, "\u{1e31}"),
    (0x1E32, "\u{1e33}"),
    (0x1E34, "\u{1e35}"),
    (0x1E36, "\u{1e37}"),
    (0x1E38, "\u{1e39}"),
    (0x1E3A, "\u{1e3b}"),
    (0x1E3C, "\u{1e3d}"),
    (0x1E3E, "\u{1e3f}"),
    (0x1E40, "\u{1e41}"),
    (0x1E42, "\u{1e43}"),
    (0x1E44, "\u{1e45}"),
    (0x1E46, "\u{1e47}"),
    (0x1E48, "\u{1e49}"),
    (0x1E4A, "\u{1e4b}"),
    (0x1E4C, "\u{1e4d}"),
    (0x1E4E, "\u{1e4f}"),
    (0x1E50, "\u{1e51}"),
    (0x1E52, "\u{1e53}"),
    (0x1E54, "\u{1e55}"),
    (0x1E56, "\u{1e57}"),
    (0x1E58, "\u{1e59}"),
    (0x1E5A, "\u{1e5b}"),
    (0x1E5C, "\u{1e5d}"),
    (0x1E5E, "\u{1e5f}"),
    (0x1E60, "\u{1e61}"),
    (0x1E62, "\u{1e63}"),
    (0x1E64, "\u{1e65}"),
    (0x1E66, "\u{1e67}"),
    (0x1E68, "\u{1e69}"),
    (0x1E6A, "\u{1e6b}"),
    (0x1E6C, "\u{1e6d}"),
    (0x1E6E, "\u{1e6f}"),
    (0x1E70, "\u{1e71}"),
    (0x1E72, "\u{1e73}"),
    (0x1E74, "\u{1e75}"),
    (0x1E76, "\u{1e77}"),
    (0x1E78, "\u{1e79}"),
    (0x1E7A, "\u{1e7b}"),
    (0x1E7C, "\u{1e7d}"),
    (0x1E7E, "\u{1e7f}"),
    (0x1E80, "\u{1e81}"),
    (0x1E82, "\u{1e83}"),
    (0x1E84, "\u{1e85}"),
    (0x1E86, "\u{1e87}"),
    (0x1E88, "\u{1e89}"),
    (0x1E8A, "\u{1e8b}"),
    (0x1E8C, "\u{1e8d}"),
    (0x1E8E, "\u{1e8f}"),
    (0x1E90, "\u{1e91}"),
    (0x1E92, "\u{1e93}"),
    (0x1E94, "\u{1e95}"),
    (0x1E96, "h\u{331}"),
    (0x1E97, "t\u{308}"),
    (0x1E98, "w\u{30a}"),
    (0x1E99, "y\u{30a}"),
    (0x1E9A, "a\u{2be}"),
    (0x1E9B, "\u{1e61}"),
    (0x1E9E, "ss"),
    (0x1EA0, "\u{1ea1}"),
    (0x1EA2, "\u{1ea3}"),
    (0x1EA4, "\u{1ea5}"),
    (0x1EA6, "\u{1ea7}"),
    (0x1EA8, "\u{1ea9}"),
    (0x1EAA, "\u{1eab}"),
    (0x1EAC, "\u{1ead}"),
    (0x1EAE, "\u{1eaf}"),
    (0x1EB0, "\u{1eb1}"),
    (0x1EB2, "\u{1eb3}"),
    (0x1EB4, "\u{1eb5}"),
    (0x1EB6, "\u{1eb7}"),
    (0x1EB8, "\u{1eb9}"),
    (0x1EBA, "\u{1ebb}"),
    (0x1EBC, "\u{1ebd}"),
    (0x1EBE, "\u{1ebf}"),
    (0x1EC0, "\u{1ec1}"),
    (0x1EC2, "\u{1ec3}"),
    (0x1EC4, "\u{1ec5}"),
    (0x1EC6, "\u{1ec7}"),
    (0x1EC8, "\u{1ec9}"),
    (0x1ECA, "\u{1ecb}"),
    (0x1ECC, "\u{1ecd}"),
    (0x1ECE, "\u{1ecf}"),
    (0x1ED0, "\u{1ed1}"),
    (0x1ED2, "\u{1ed3}"),
    (0x1ED4, "\u{1ed5}"),
    (0x1ED6, "\u{1ed7}"),
    (0x1ED8, "\u{1ed9}"),
    (0x1EDA, "\u{1edb}"),
    (0x1EDC, "\u{1edd}"),
    (0x1EDE, "\u{1edf}"),
    (0x1EE0, "\u{1ee1}"),
    (0x1EE2, "\u{1ee3}"),
    (0x1EE4, "\u{1ee5}"),
    (0x1EE6, "\u{1ee7}"),
    (0x1EE8, "\u{1ee9}"),
    (0x1EEA, "\u{1eeb}"),
    (0x1EEC, "\u{1eed}"),
    (0x1EEE, "\u{1eef}"),
    (0x1EF0, "\u{1ef1}"),
    (0x1EF2, "\u{1ef3}"),
    (0x1EF4, "\u{1ef5}"),
    (0x1EF6, "\u{1ef7}"),
    (0x1EF8, "\u{1ef9}"),
    (0x1EFA, "\u{1efb}"),
    (0x1EFC, "\u{1efd}"),
    (0x1EFE, "\u{1eff}"),
    (0x1F08, "\u{1f00}"),
    (0x1F09, "\u{1f01}"),
    (0x1F0A, "\u{1f02}"),
    (0x1F0B, "\u{1f03}"),
    (0x1F0C, "\u{1f04}"),
    (0x1F0D, "\u{1f05}"),
    (0x1F0E, "\u{1f06}"),
    (0x1F0F, "\u{1f07}"),
    (0x1F18, "\u{1f10}"),
    (0x1F19, "\u{1f11}"),
    (0x1F1A, "\u{1f12}"),
    (0x1F1B, "\u{1f13}"),
    (0x1F1C, "\u{1f14}"),
    (0x1F1D, "\u{1f15}"),
    (0x1F28, "\u{1f20}"),
    (0x1F29, "\u{1f21}"),
    (0x1F2A, "\u{1f22}"),
    (0x1F2B, "\u{1f23}"),
    (0x1F2C, "\u{1f24}"),
    (0x1F2D, "\u{1f25}"),
    (0x1F2E, "\u{1f26}"),
    (0x1F2F, "\u{1f27}"),
    (0x1F38, "\u{1f30}"),
    (0x1F39, "\u{1f31}"),
    (0x1F3A, "\u{1f32}"),
    (0x1F3B, "\u{1f33}"),
    (0x1F3C, "\u{1f34}"),
    (0x1F3D, "\u{1f35}"),
    (0x1F3E, "\u{1f36}"),
    (0x1F3F, "\u{1f37}"),
    (0x1F48, "\u{1f40}"),
    (0x1F49, "\u{1f41}"),
    (0x1F4A, "\u{1f42}"),
    (0x1F4B, "\u{1f43}"),
    (0x1F4C, "\u{1f44}"),
    (0x1F4D, "\u{1f45}"),
    (0x1F50, "\u{3c5}\u{313}"),
    (0x1F52, "\u{3c5}\u{313}\u{300}"),
    (0x1F54, "\u{3c5}\u{313}\u{301}"),
    (0x1F56, "\u{3c5}\u{313}\u{342}"),
    (0x1F59, "\u{1f51}"),
    (0x1F5B, "\u{1f53}"),
    (0x1F5D, "\u{1f55}"),
    (0x1F5F, "\u{1f57}"),
    (0x1F68, "\u{1f60}"),
    (0x1F69, "\u{1f61}"),
    (0x1F6A, "\u{1f62}"),
    (0x1F6B, "\u{1f63}"),
    (0x1F6C, "\u{1f64}"),
    (0x1F6D, "\u{1f65}"),
    (0x1F6E, "\u{1f66}"),
    (0x1F6F, "\u{1f67}"),
    (0x1F80, "\u{1f00}\u{3b9}"),
    (0x1F81, "\u{1f01}\u{3b9}"),
    (0x1F82, "\u{1f02}\u{3b9}"),
    (0x1F83, "\u{1f03}\u{3b9}"),
    (0x1F84, "\u{1f04}\u{3b9}"),
    (0x1F85, "\u{1f05}\u{3b9}"),
    (0x1F86, "\u{1f06}\u{3b9}"),
    (0x1F87, "\u{1f07}\u{3b9}"),
    (0x1F88, "\u{1f00}\u{3b9}"),
    (0x1F89, "\u{1f01}\u{3b9}"),
    (0x1F8A, "\u{1f02}\u{3b9}"),
    (0x1F8B, "\u{1f03}\u{3b9}"),
    (0x1F8C, "\u{1f04}\u{3b9}"),
    (0x1F8D, "\u{1f05}\u{3b9}"),
    (0x1F8E, "\u{1f06}\u{3b9}"),
    (0x1F8F, "\u{1f07}\u{3b9}"),
    (0x1F90, "\u{1f20}\u{3b9}"),
    (0x1F91, "\u{1f21}\u{3b9}"),
    (0x1F92, "\u{1f22}\u{3b9}"),
    (0x1F93, "\u{1f23}\u{3b9}"),
    (0x1F94, "\u{1f24}\u{3b9}"),
    (0x1F95, "\u{1f25}\u{3b9}"),
    (0x1F96, "\u{1f26}\u{3b9}"),
    (0x1F97, "\u{1f27}\u{3b9}"),
    (0x1F98, "\u{1f20}\u{3b9}"),
    (0x1F99, "\u{1f21}\u{3b9}"),
    (0x1F9A, "\u{1f22}\u{3b9}"),
    (0x1F9B, "\u{1f23}\u{3b9}"),
    (0x1F9C, "\u{1f24}\u{3b9}"),
    (0x1F9D, "\u{1f25}\u{3b9}"),
    (0x1F9E, "\u{1f26}\u{3b9}"),
    (0x1F9F, "\u{1f27}\u{3b9}"),
    (0x1FA0, "\u{1f60}\u{3b9}"),
    (0x1FA1, "\u{1f61}\u{3b9}"),
    (0x1FA2, "\u{1f62}\u{3b9}"),
    (0x1FA3, "\u{1f63}\u{3b9}"),
    (0x1FA4, "\u{1f64}\u{3b9}"),
    (0x1FA5, "\u{1f65}\u{3b9}"),
    (0x1FA6, "\u{1f66}\u{3b9}"),
    (0x1FA7, "\u{1f67}\u{3b9}"),
    (0x1FA8, "\u{1f60}\u{3b9}"),
    (0x1FA9, "\u{1f61}\u{3b9}"),
    (0x1FAA, "\u{1f62}\u{3b9}"),
    (0x1FAB, "\u{1f63}\u{3b9}"),
    (0x1FAC, "\u{1f64}\u{3b9}"),
    (0x1FAD, "\u{1f65}\u{3b9}"),
    (0x1FAE, "\u{1f66}\u{3b9}"),
    (0x1FAF, "\u{1f67}\u{3b9}"),
    (0x1FB2, "\u{1f70}\u{3b9}"),
    (0x1FB3, "\u{3b1}\u{3b9}"),
    (0x1FB4, "\u{3ac}\u{3b9}"),
    (0x1FB6, "\u{3b1}\u{342}"),
    (0x1FB7, "\u{3b1}\u{342}\u{3b9}"),
    (0x1FB8, "\u{1fb0}"),
    (0x1FB9, "\u{1fb1}"),
    (0x1FBA, "\u{1f70}"),
    (0x1FBB, "\u{1f71}"),
    (0x1FBC, "\u{3b1}\u{3b9}"),
    (0x1FBE, "\u{3b9}"),
    (0x1FC2, "\u{1f74}\u{3b9}"),
    (0x1FC3, "\u{3b7}\u{3b9}"),
    (0x1FC4, "\u{3ae}\u{3b9}"),
    (0x1FC6, "\u{3b7}\u{342}"),
    (0x1FC7, "\u{3b7}\u{342}\u{3b9}"),
    (0x1FC8, "\u{1f72}"),
    (0x1FC9, "\u{1f73}"),
    (0x1FCA, "\u{1f74}"),
    (0x1FCB, "\u{1f75}"),
    (0x1FCC, "\u{3b7}\u{3b9}"),
    (0x1FD2, "\u{3b9}\u{308}\u{300}"),
    (0x1FD3, "\u{3b9}\u{308}\u{301}"),
    (0x1FD6, "\u{3b9}\u{342}"),
    (0x1FD7, "\u{3b9}\u{308}\u{342}"),
    (0x1FD8, "\u{1fd0}"),
    (0x1FD9, "\u{1fd1}"),
    (0x1FDA, "\u{1f76}"),
    (0x1FDB, "\u{1f77}"),
    (0x1FE2, "\u{3c5}\u{308}\u{300}"),
    (0x1FE3, "\u{3c5}\u{308}\u{301}"),
    (0x1FE4, "\u{3c1}\u{313}"),
    (0x1FE6, "\u{3c5}\u{342}"),
    (0x1FE7, "\u{3c5}\u{308}\u{342}"),
    (0x1FE8, "\u{1fe0}"),
    (0x1FE9, "\u{1fe1}"),
    (0x1FEA, "\u{1f7a}"),
    (0x1FEB, "\u{1f7b}"),
    (0x1FEC, "\u{1fe5}"),
    (0x1FF2, "\u{1f7c}\u{3b9}"),
    (0x1FF3, "\u{3c9}\u{3b9}"),
    (0x1FF4, "\u{3ce}\u{3b9}"),
    (0x1FF6, "\u{3c9}\u{342}"),
    (0x1FF7, "\u{3c9}\u{342}\u{3b9}"),
    (0x1FF8, "\u{1f78}"),
    (0x1FF9, "\u{1f79}"),
    (0x1FFA, "\u{1f7c}"),
    (0x1FFB, "\u{1f7d}"),
    (0x1FFC, "\u{3c9}\u{3b9}"),
    (0x2126, "\u{3c9}"),
    (0x212A, "k"),
    (0x212B, "\u{e5}"),
    (0x2132, "\u{214e}"),
    (0x2160, "\u{2170}"),
    (0x2161, "\u{2171}"),
    (0x2162, "\u{2172}"),
    (0x2163, "\u{2173}"),
    (0x2164, "\u{2174}"),
    (0x2165, "\u{2175}"),
    (0x2166, "\u{2176}"),
    (0x2167, "\u{2177}"),
    (0x2168, "\u{2178}"),
    (0x2169, "\u{2179}"),
    (0x216A, "\u{217a}"),
    (0x216B, "\u{217b}"),
    (0x216C, "\u{217c}"),
    (0x216D, "\u{217d}"),
    (0x216E, "\u{217e}"),
    (0x216F, "\u{217f}"),
    (0x2183, "\u{2184}"),
    (0x24B6, "\u{24d0}"),
    (0x24B7, "\u{24d1}"),
    (0x24B8, "\u{24d2}"),
    (0x24B9, "\u{24d3}"),
    (0x24BA, "\u{24d4}"),
    (0x24BB, "\u{24d5}"),
    (0x24BC, "\u{24d6}"),
    (0x24BD, "\u{24d7}"),
    (0x24BE, "\u{24d8}"),
    (0x24BF, "\u{24d9}"),
    (0x24C0, "\u{24da}"),
    (0x24C1, "\u{24db}"),
    (0x24C2, "\u{24dc}"),
    (0x24C3, "\u{24dd}"),
    (0x24C4, "\u{24de}"),
    (0x24C5, "\u{24df}"),
    (0x24C6, "\u{24e0}"),
    (0x24C7, "\u{24e1}"),
    (0x24C8, "\u{24e2}"),
    (0x24C9, "\u{24e3}"),
    (0x24CA, "\u{24e4}"),
    (0x24CB, "\u{24e5}"),
    (0x24CC, "\u{24e6}"),
    (0x24CD, "\u{24e7}"),
    (0x24CE, "\u{24e8}"),
    (0x24CF, "\u{24e9}"),
    (0x2C00, "\u{2c30}"),
    (0x2C01, "\u{2c31}"),
    (0x2C02, "\u{2c32}"),
    (0x2C03, "\u{2c33}"),
    (0x2C04, "\u{2c34}"),
    (0x2C05, "\u{2c35}"),
    (0x2C06, "\u{2c36}"),
    (0x2C07, "\u{2c37}"),
    (0x2C08, "\u{2c38}"),
    (0x2C09, "\u{2c39}"),
    (0x2C0A, "\u{2c3a}"),
    (0x2C0B, "\u{2c3b}"),
    (0x2C0C, "\u{2c3c}"),
    (0x2C0D, "\u{2c3d}"),
    (0x2C0E, "\u{2c3e}"),
    (0x2C0F, "\u{2c3f}"),
    (0x2C10, "\u{2c40}"),
    (0x2C11, "\u{2c41}"),
    (0x2C12, "\u{2c42}"),
    (0x2C13, "\u{2c43}"),
    (0x2C14, "\u{2c44}"),
    (0x2C15, "\u{2c45}"),
    (0x2C16, "\u{2c46}"),
    (0x2C17, "\u{2c47}"),
    (0x2C18, "\u{2c48}"),
    (0x2C19, "\u{2c49}"),
    (0x2C1A, "\u{2c4a}"),
    (0x2C1B, "\u{2c4b}"),
    (0x2C1C, "\u{2c4c}"),
    (0x2C1D, "\u{2c4d}"),
    (0x2C1E, "\u{2c4e}"),
    (0x2C1F, "\u{2c4f}"),
    (0x2C20, "\u{2c50}"),
    (0x2C21, "\u{2c51}"),
    (0x2C22, "\u{2c52}"),
    (0x2C23, "\u{2c53}"),
    (0x2C24, "\u{2c54}"),
    (0x2C25, "\u{2c55}"),
    (0x2C26, "\u{2c56}"),
    (0x2C27, "\u{2c57}"),
    (0x2C28, "\u{2c58}"),
    (0x2C29, "\u{2c59}"),
    (0x2C2A, "\u{2c5a}"),
    (0x2C2B, "\u{2c5b}"),
    (0x2C2C, "\u{2c5c}"),
    (0x2C2D, "\u{2c5d}"),
    (0x2C2E, "\u{2c5e}"),
    (0x2C2F, "\u{2c5f}"),
    (0x2C60, "\u{2c61}"),
    (0x2C62, "\u{26b}"),
    (0x2C63, "\u{1d7d}"),
    (0x2C64, "\u{27d}"),
    (0x2C67, "\u{2c68}"),
    (0x2C69, "\u{2c6a}"),
    (0x2C6B, "\u{2c6c}"),
    (0x2C6D, "\u{251}"),
    (0x2C6E, "\u{271}"),
    (0x2C6F, "\u{250}"),
    (0x2C70, "\u{252}"),
    (0x2C72, "\u{2c73}"),
    (0x2C75, "\u{2c76}"),
    (0x2C7E, "\u{23f}"),
    (0x2C7F, "\u{240}"),
    (0x2C80, "\u{2c81}"),
    (0x2C82, "\u{2c83}"),
    (0x2C84, "\u{2c85}"),
    (0x2C86, "\u{2c87}"),
    (0x2C88, "\u{2c89}"),
    (0x2C8A, "\u{2c8b}"),
    (0x2C8C, "\u{2c8d}"),
    (0x2C8E, "\u{2c8f}"),
    (0x2C90, "\u{2c91}"),
    (0x2C92, "\u{2c93}"),
    (0x2C94, "\u{2c95}"),
    (0x2C96, "\u{2c97}"),
    (0x2C98, "\u{2c99}"),
    (0x2C9A, "\u{2c9b}"),
    (0x2C9C, "\u{2c9d}"),
    (0x2C9E, "\u{2c9f}"),
    (0x2CA0, "\u{2ca1}"),
    (0x2CA2, "\u{2ca3}"),
    (0x2CA4, "\u{2ca5}"),
    (0x2CA6, "\u{2ca7}"),
    (0x2CA8, "\u{2ca9}"),
    (0x2CAA, "\u{2cab}"),
    (0x2CAC, "\u{2cad}"),
    (0x2CAE, "\u{2caf}"),
    (0x2CB0, "\u{2cb1}"),
    (0x2CB2, "\u{2cb3}"),
    (0x2CB4, "\u{2cb5}"),
    (0x2CB6, "\u{2cb7}"),
    (0x2CB8, "\u{2cb9}"),
    (0x2CBA, "\u{2cbb}"),
    (0x2CBC, "\u{2cbd}"),
    (0x2CBE, "\u{2cbf}"),
    (0x2CC0, "\u{2cc1}"),
    (0x2CC2, "\u{2cc3}"),
    (0x2CC4, "\u{2cc5}"),
    (0x2CC6, "\u{2cc7}"),
    (0x2CC8, "\u{2cc9}"),
    (0x2CCA, "\u{2ccb}"),
    (0x2CCC, "\u{2ccd}"),
    (0x2CCE, "\u{2ccf}"),
    (0x2CD0, "\u{2cd1}"),
    (0x2CD2, "\u{2cd3}"),
    (0x2CD4, "\u{2cd5}"),
    (0x2CD6, "\u{2cd7}"),
    (0x2CD8, "\u{2cd9}"),
    (0x2CDA, "\u{2cdb}"),
    (0x2CDC, "\u{2cdd}"),
    (0x2CDE, "\u{2cdf}"),
    (0x2CE0, "\u{2ce1}"),
    (0x2CE2, "\u{2ce3}"),
    (0x2CEB, "\u{2cec}"),
    (0x2CED, "\u{2cee}"),
    (0x2CF2, "\u{2cf3}"),
    (0xA640, "\u{a641}"),
    (0xA642, "\u{a643}"),
    (0xA644, "\u{a645}"),
    (0xA646, "\u{a647}"),
    (0xA648, "\u{a649}"),
    (0xA64A, "\u{a64b}"),
    (0xA64C, "\u{a64d}"),
    (0xA64E, "\u{a64f}"),
    (0xA650, "\u{a651}"),
    (0xA652, "\u{a653}"),
    (0xA654, "\u{a655}"),
    (0xA656, "\u{a657}"),
    (0xA658, "\u{a659}"),
    (0xA65A, "\u{a65b}"),
    (0xA65C, "\u{a65d}"),
    (0xA65E, "\u{a65f}"),
    (0xA660, "\u{a661}"),
    (0xA662, "\u{a663}"),
    (0xA664, "\u{a665}"),
    (0xA666, "\u{a667}"),
    (0xA668, "\u{a669}"),
    (0xA66A, "\u{a66b}"),
    (0xA66C, "\u{a66d}"),
    (0xA680, "\u{a681}"),
    (0xA682, "\u{a683}"),
    (0xA684, "\u{a685}"),
    (0xA686, "\u{a687}"),
    (0xA688, "\u{a689}"),
    (0xA68A, "\u{a68b}"),
    (0xA68C, "\u{a68d}"),
    (0xA68E, "\u{a68f}"),
    (0xA690, "\u{a691}"),
    (0xA692, "\u{a693}"),
    (0xA694, "\u{a695}"),
    (0xA696, "\u{a697}"),
    (0xA698, "\u{a699}"),
    (0xA69A, "\u{a69b}"),
    (0xA722, "\u{a723}"),
    (0xA724, "\u{a725}"),
    (0xA726, "\u{a727}"),
    (0xA728, "\u{a729}"),
    (0xA72A, "\u{a72b}"),
    (0xA72C, "\u{a72d}"),
    (0xA72E, "\u{a72f}"),
    (0xA732, "\u{a733}"),
    (0xA734, "\u{a735}"),
    (0xA736, "\u{a737}"),
    (0xA738, "\u{a739}"),
    (0xA73A, "\u{a73b}"),
    (0xA73C, "\u{a73d}"),
    (0xA73E, "\u{a73f}"),
    (0xA740, "\u{a741}"),
    (0xA742, "\u{a743}"),
    (0xA744, "\u{a745}"),
    (0xA746, "\u{a747}"),
    (0xA748, "\u{a749}"),
    (0xA74A, "\u{a74b}"),
    (0xA74C, "\u{a74d}"),
    (0xA74E, "\u{a74f}"),
    (0xA750, "\u{a751}"),
    (0xA752, "\u{a753}"),
    (0xA754, "\u{a755}"),
    (0xA756, "\u{a757}"),
    (0xA758, "\u{a759}"),
    (0xA75A, "\u{a75b}"),
    (0xA75C, "\u{a75d}"),
    (0xA75E, "\u{a75f}"),
    (0xA760, "\u{a761}"),
    (0xA762, "\u{a763}"),
    (0xA764, "\u{a765}"),
    (0xA766, "\u{a767}"),
    (0xA768, "\u{a769}"),
    (0xA76A, "\u{a76b}"),
    (0xA76C, "\u{a76d}"),
    (0xA76E, "\u{a76f}"),
    (0xA779, "\u{a77a}"),
    (0xA77B, "\u{a77c}"),
    (0xA77D, "\u{1d79}"),
    (0xA77E, "\u{a77f}"),
    (0xA780, "\u{a781}"),
    (0xA782, "\u{a783}"),
    (0xA784, "\u{a785}"),
    (0xA786, "\u{a787}"),
    (0xA78B, "\u{a78c}"),
    (0xA78D, "\u{265}"),
    (0xA790, "\u{a791}"),
    (0xA792, "\u{a793}"),
    (0xA796, "\u{a797}"),
    (0xA798, "\u{a799}"),
    (0xA79A, "\u{a79b}"),
    (0xA79C, "\u{a79d}"),
    (0xA79E, "\u{a79f}"),
    (0xA7A0, "\u{a7a1}"),
    (0xA7A2, "\u{a7a3}"),
    (0xA7A4, "\u{a7a5}"),
    (0xA7A6, "\u{a7a7}"),
    (0xA7A8, "\u{a7a9}"),
    (0xA7AA, "\u{266}"),
    (0xA7AB, "\u{25c}"),
    (0xA7AC, "\u{261}"),
    (0xA7AD, "\u{26c}"),
    (0xA7AE, "\u{26a}"),
    (0xA7B0, "\u{29e}"),
    (0xA7B1, "\u{287}"),
    (0xA7B2, "\u{29d}"),
    (0xA7B3, "\u{ab53}"),
    (0xA7B4, "\u{a7b5}"),
    (0xA7B6, "\u{a7b7}"),
    (0xA7B8, "\u{a7b9}"),
    (0xA7BA, "\u{a7bb}"),
    (0xA7BC, "\u{a7bd}"),
    (0xA7BE, "\u{a7bf}"),
    (0xA7C0, "\u{a7c1}"),
    (0xA7C2, "\u{a7c3}"),
    (0xA7C4, "\u{a794}"),
    (0xA7C5, "\u{282}"),
    (0xA7C6, "\u{1d8e}"),
    (0xA7C7, "\u{a7c8}"),
    (0xA7C9, "\u{a7ca}"),
    (0xA7D0, "\u{a7d1}"),
    (0xA7D6, "\u{a7d7}"),
    (0xA7D8, "\u{a7d9}"),
    (0xA7F5, "\u{a7f6}"),
    (0xAB70, "\u{13a0}"),
    (0xAB71, "\u{13a1}"),
    (0xAB72, "\u{13a2}"),
    (0xAB73, "\u{13a3}"),
    (0xAB74, "\u{13a4}"),
    (0xAB75, "\u{13a5}"),
    (0xAB76, "\u{13a6}"),
    (0xAB77, "\u{13a7}"),
    (0xAB78, "\u{13a8}"),
    (0xAB79, "\u{13a9}"),
    (0xAB7A, "\u{13aa}"),
    (0xAB7B, "\u{13ab}"),
    (0xAB7C, "\u{13ac}"),
    (0xAB7D, "\u{13ad}"),
    (0xAB7E, "\u{13ae}"),
    (0xAB7F, "\u{13af}"),
    (0xAB80, "\u{13b0}"),
    (0xAB81, "\u{13b1}"),
    (0xAB82, "\u{13b2}"),
    (0xAB83, "\u{13b3}"),
    (0xAB84, "\u{13b4}"),
    (0xAB85, "\u{13b5}"),
    (0xAB86, "\u{13b6}"),
    (0xAB87, "\u{13b7}"),
    (0xAB88, "\u{13b8}"),
    (0xAB89, "\u{13b9}"),
    (0xAB8A, "\u{13ba}"),
    (0xAB8B, "\u{13bb}"),
    (0xAB8C, "\u{13bc}"),
    (0xAB8D, "\u{13bd}"),
    (0xAB8E, "\u{13be}"),
    (0xAB8F, "\u{13bf}"),
    (0xAB90, "\u{13c0}"),
    (0xAB91, "\u{13c1}"),
    (0xAB92, "\u{13c2}"),
    (0xAB93, "\u{13c3}"),
    (0xAB94, "\u{13c4}"),
    (0xAB95, "\u{13c5}"),
    (0xAB96, "\u{13c6}"),
    (0xAB97, "\u{13c7}"),
    (0xAB98, "\u{13c8}"),
    (0xAB99, "\u{13c9}"),
    (0xAB9A, "\u{13ca}"),
    (0xAB9B, "\u{13cb}"),
    (0xAB9C, "\u{13cc}"),
    (0xAB9D, "\u{13cd}"),
    (0xAB9E, "\u{13ce}"),
    (0xAB9F, "\u{13cf}"),
    (0xABA0, "\u{13d0}"),
    (0xABA1, "\u{13d1}"),
    (0xABA2, "\u{13d2}"),
    (0xABA3, "\u{13d3}"),
    (0xABA4, "\u{13d4}"),
    (0xABA5, "\u{13d5}"),
    (0xABA6, "\u{13d6}"),
    (0xABA7, "\u{13d7}"),
    (0xABA8, "\u{13d8}"),
    (0xABA9, "\u{13d9}"),
    (0xABAA, "\u{13da}"),
    (0xABAB, "\u{13db}"),
    (0xABAC, "\u{13dc}"),
    (0xABAD, "\u{13dd}"),
    (0xABAE, "\u{13de}"),
    (0xABAF, "\u{13df}"),
    (0xABB0, "\u{13e0}"),
    (0xABB1, "\u{13e1}"),
    (0xABB2, "\u{13e2}"),
    (0xABB3, "\u{13e3}"),
    (0xABB4, "\u{13e4}"),
    (0xABB5, "\u{13e5}"),
    (0xABB6, "\u{13e6}"),
    (0xABB7, "\u{13e7}"),
    (0xABB8, "\u{13e8}"),
    (0xABB9, "\u{13e9}"),
    (0xABBA, "\u{13ea}"),
    (0xABBB, "\u{13eb}"),
    (0xABBC, "\u{13ec}"),
    (0xABBD, "\u{13ed}"),
    (0xABBE, "\u{13ee}"),
    (0xABBF, "\u{13ef}"),
    (0xFB00, "ff"),
    (0xFB01, "fi"),
    (0xFB02, "fl"),
    (0xFB03, "ffi"),
    (0xFB04, "ffl"),
    (0xFB05, "st"),
    (0xFB06, "st"),
    (0xFB13, "\u{574}\u{576}"),
    (0xFB14, "\u{574}\u{565}"),
    (0xFB15, "\u{574}\u{56b}"),
    (0xFB16, "\u{57e}\u{576}"),
    (0xFB17, "\u{574}\u{56d}"),
    (0xFF21, "\u{ff41}"),
    (0xFF22, "\u{ff42}"),
    (0xFF23, "\u{ff43}"),
    (0xFF24, "\u{ff44}"),
    (0xFF25, "\u{ff45}"),
    (0xFF26, "\u{ff46}"),
    (0xFF27, "\u{ff47}"),
    (0xFF28, "\u{ff48}"),
    (0xFF29, "\u{ff49}"),
    (0xFF2A, "\u{ff4a}"),
    (0xFF2B, "\u{ff4b}"),
    (0xFF2C, "\u{ff4c}"),
    (0xFF2D, "\u{ff4d}"),
    (0xFF2E, "\u{ff4e}"),
    (0xFF2F, "\u{ff4f}"),
    (0xFF30, "\u{ff50}"),
    (0xFF31, "\u{ff51}"),
    (0xFF32, "\u{ff52}"),
    (0xFF33, "\u{ff53}"),
    (0xFF34, "\u{ff54}"),
    (0xFF35, "\u{ff55}"),
    (0xFF36, "\u{ff56}"),
    (0xFF37, "\u{ff57}"),
    (0xFF38, "\u{ff58}"),
    (0xFF39, "\u{ff59}"),
    (0xFF3A, "\u{ff5a}"),
    (0x10400, "\u{10428}"),
    (0x10401, "\u{10429}"),
    (0x10402, "\u{1042a}"),
    (0x10403, "\u{1042b}"),
    (0x10404, "\u{1042c}"),
    (0x10405, "\u{1042d}"),
    (0x10406, "\u{1042e}"),
    (0x10407, "\u{1042f}"),
    (0x10408, "\u{10430}"),
    (0x10409, "\u{10431}"),
    (0x1040A, "\u{10432}"),
    (0x1040B, "\u{10433}"),
    (0x1040C, "\u{10434}"),
    (0x1040D, "\u{10435}"),
    (0x1040E, "\u{10436}"),
    (0x1040F, "\u{10437}"),
    (0x10410, "\u{10438}"),
    (0x10411, "\u{10439}"),
    (0x10412, "\u{1043a}"),
    (0x10413, "\u{1043b}"),
    (0x10414, "\u{1043c}"),
    (0x10415, "\u{1043d}"),
    (0x10416, "\u{1043e}"),
    (0x10417, "\u{1043f}"),
    (0x10418, "\u{10440}"),
    (0x10419, "\u{10441}"),
    (0x1041A, "\u{10442}"),
    (0x1041B, "\u{10443}"),
    (0x1041C, "\u{10444}"),
    (0x1041D, "\u{10445}"),
    (0x1041E, "\u{10446}"),
    (0x1041F, "\u{10447}"),
    (0x10420, "\u{10448}"),
    (0x10421, "\u{10449}"),
    (0x10422, "\u{1044a}"),
    (0x10423, "\u{1044b}"),
    (0x10424, "\u{1044c}"),
    (0x10425, "\u{1044d}"),
    (0x10426, "\u{1044e}"),
    (0x10427, "\u{1044f}"),
    (0x104B0, "\u{104d8}"),
    (0x104B1, "\u{104d9}"),
    (0x104B2, "\u{104da}"),
    (0x104B3, "\u{104db}"),
    (0x104B4, "\u{104dc}"),
    (0x104B5, "\u{104dd}"),
    (0x104B6, "\u{104de}"),
    (0x104B7, "\u{104df}"),
    (0x104B8, "\u{104e0}"),
    (0x104B9, "\u{104e1}"),
    (0x104BA, "\u{104e2}"),
    (0x104BB, "\u{104e3}"),
    (0x104BC, "\u{104e4}"),
    (0x104BD, "\u{104e5}"),
    (0x104BE, "\u{104e6}"),
    (0x104BF, "\u{104e7}"),
    (0x104C0, "\u{104e8}"),
    (0x104C1, "\u{104e9}"),
    (0x104C2, "\u{104ea}"),
    (0x104C3, "\u{104eb}"),
    (0x104C4, "\u{104ec}"),
    (0x104C5, "\u{104ed}"),
    (0x104C6, "\u{104ee}"),
    (0x104C7, "\u{104ef}"),
    (0x104C8, "\u{104f0}"),
    (0x104C9, "\u{104f1}"),
    (0x104CA, "\u{104f2}"),
    (0x104CB, "\u{104f3}"),
    (0x104CC, "\u{104f4}"),
    (0x104CD, "\u{104f5}"),
    (0x104CE, "\u{104f6}"),
    (0x104CF, "\u{104f7}"),
    (0x104D0, "\u{104f8}"),
    (0x104D1, "\u{104f9}"),
    (0x104D2, "\u{104fa}"),
    (0x104D3, "\u{104fb}"),
    (0x10570, "\u{10597}"),
    (0x10571, "\u{10598}"),
    (0x10572, "\u{10599}"),
    (0x10573, "\u{1059a}"),
    (0x10574, "\u{1059b}"),
    (0x10575, "\u{1059c}"),
    (0x10576, "\u{1059d}"),
    (0x10577, "\u{1059e}"),
    (0x10578, "\u{1059f}"),
    (0x10579, "\u{105a0}"),
    (0x1057A, "\u{105a1}"),
    (0x1057C, "\u{105a3}"),
    (0x1057D, "\u{105a4}"),
    (0x1057E, "\u{105a5}"),
    (0x1057F, "\u{105a6}"),
    (0x10580, "\u{105a7}"),
    (0x10581, "\u{105a8}"),
    (0x10582, "\u{105a9}"),
    (0x10583, "\u{105aa}"),
    (0x10584, "\u{105ab}"),
    (0x10585, "\u{105ac}"),
    (0x10586, "\u{105ad}"),
    (0x10587, "\u{105ae}"),
    (0x10588, "\u{105af}"),
    (0x10589, "\u{105b0}"),
    (0x1058A, "\u{105b1}"),
    (0x1058C, "\u{105b3}"),
    (0x1058D, "\u{105b4}"),
    (0x1058E, "\u{105b5}"),
    (0x1058F, "\u{105b6}"),
    (0x10590, "\u{105b7}"),
    (0x10591, "\u{105b8}"),
    (0x10592, "\u{105b9}"),
    (0x10594, "\u{105bb}"),
    (0x10595, "\u{105bc}"),
    (0x10C80, "\u{10cc0}"),
    (0x10C81, "\u{10cc1}"),
    (0x10C82, "\u{10cc2}"),
    (0x10C83, "\u{10cc3}"),
    (0x10C84, "\u{10cc4}"),
    (0x10C85, "\u{10cc5}"),
    (0x10C86, "\u{10cc6}"),
    (0x10C87, "\u{10cc7}"),
    (0x10C88, "\u{10cc8}"),
    (0x10C89, "\u{10cc9}"),
    (0x10C8A, "\u{10cca}"),
    (0x10C8B, "\u{10ccb}"),
    (0x10C8C, "\u{10ccc}"),
    (0x10C8D, "\u{10ccd}"),
    (0x10C8E, "\u{10cce}"),
    (0x10C8F, "\u{10ccf}"),
    (0x10C90, "\u{10cd0}"),
    (0x10C91, "\u{10cd1}"),
    (0x10C92, "\u{10cd2}"),
    (0x10C93, "\u{10cd3}"),
    (0x10C94, "\u{10cd4}"),
    (0x10C95, "\u{10cd5}"),
    (0x10C96, "\u{10cd6}"),
    (0x10C97, "\u{10cd7}"),
    (0x10C98, "\u{10cd8}"),
    (0x10C99, "\u{10cd9}"),
    (0x10C9A, "\u{10cda}"),
    (0x10C9B, "\u{10cdb}"),
    (0x10C9C, "\u{10cdc}"),
    (0x10C9D, "\u{10cdd}"),
    (0x10C9E, "\u{10cde}"),
    (0x10C9F, "\u{10cdf}"),
    (0x10CA0, "\u{10ce0}"),
    (0x10CA1, "\u{10ce1}"),
    (0x10CA2, "\u{10ce2}"),
    (0x10CA3, "\u{10ce3}"),
    (0x10CA4, "\u{10ce4}"),
    (0x10CA5, "\u{10ce5}"),
    (0x10CA6, "\u{10ce6}"),
    (0x10CA7, "\u{10ce7}"),
    (0x10CA8, "\u{10ce8}"),
    (0x10CA9, "\u{10ce9}"),
    (0x10CAA, "\u{10cea}"),
    (0x10CAB, "\u{10ceb}"),
    (0x10CAC, "\u{10cec}"),
    (0x10CAD, "\u{10ced}"),
    (0x10CAE, "\u{10cee}"),
    (0x10CAF, "\u{10cef}"),
    (0x10CB0, "\u{10cf0}"),
    (0x10CB1, "\u{10cf1}"),
    (0x10CB2, "\u{10cf2}"),
    (0x118A0, "\u{118c0}"),
    (0x118A1, "\u{118c1}"),
    (0x118A2, "\u{118c2}"),
    (0x118A3, "\u{118c3}"),
    (0x118A4, "\u{118c4}"),
    (0x118A5, "\u{118c5}"),
    (0x118A6, "\u{118c6}"),
    (0x118A7, "\u{118c7}"),
    (0x118A8, "\u{118c8}"),
    (0x118A9, "\u{118c9}"),
    (0x118AA, "\u{118ca}"),
    (0x118AB, "\u{118cb}"),
    (0x118AC, "\u{118cc}"),
    (0x118AD, "\u{118cd}"),
    (0x118AE, "\u{118ce}"),
    (0x118AF, "\u{118cf}"),
    (0x118B0, "\u{118d0}"),
    (0x118B1, "\u{118d1}"),
    (0x118B2, "\u{118d2}"),
    (0x118B3, "\u{118d3}"),
    (0x118B4, "\u{118d4}"),
    (0x118B5, "\u{118d5}"),
    (0x118B6, "\u{118d6}"),
    (0x118B7, "\u{118d7}"),
    (0x118B8, "\u{118d8}"),
    (0x118B9, "\u{118d9}"),
    (0x118BA, "\u{118da}"),
    (0x118BB, "\u{118db}"),
    (0x118BC, "\u{118dc}"),
    (0x118BD, "\u{118dd}"),
    (0x118BE, "\u{118de}"),
    (0x118BF, "\u{118df}"),
    (0x16E40, "\u{16e60}"),
    (0x16E41, "\u{16e61}"),
    (0x16E42, "\u{16e62}"),
    (0x16E43, "\u{16e63}"),
    (0x16E44, "\u{16e64}"),
    (0x16E45, "\u{16e65}"),
    (0x16E46, "\u{16e66}"),
    (0x16E47, "\u{16e67}"),
    (0x16E48, "\u{16e68}"),
    (0x16E49, "\u{16e69}"),
    (0x16E4A, "\u{16e6a}"),
    (0x16E4B, "\u{16e6b}"),
    (0x16E4C, "\u{16e6c}"),
    (0x16E4D, "\u{16e6d}"),
    (0x16E4E, "\u{16e6e}"),
    (0x16E4F, "\u{16e6f}"),
    (0x16E50, "\u{16e70}"),
    (0x16E51, "\u{16e71}"),
    (0x16E52, "\u{16e72}"),
    (0x16E53, "\u{16e73}"),
    (0x16E54, "\u{16e74}"),
    (0x16E55, "\u{16e75}"),
    (0x16E56, "\u{16e76}"),
    (0x16E57, "\u{16e77}"),
    (0x16E58, "\u{16e78}"),
    (0x16E59, "\u{16e79}"),
    (0x16E5A, "\u{16e7a}"),
    (0x16E5B, "\u{16e7b}"),
    (0x16E5C, "\u{16e7c}"),
    (0x16E5D, "\u{16e7d}"),
    (0x16E5E, "\u{16e7e}"),
    (0x16E5F, "\u{16e7f}"),
    (0x1E900, "\u{1e922}"),
    (0x1E901, "\u{1e923}"),
    (0x1E902, "\u{1e924}"),
    (0x1E903, "\u{1e925}"),
    (0x1E904, "\u{1e926}"),
    (0x1E905, "\u{1e927}"),
    (0x1E906, "\u{1e928}"),
    (0x1E907, "\u{1e929}"),
    (0x1E908, "\u{1e92a}"),
    (0x1E909, "\u{1e92b}"),
    (0x1E90A, "\u{1e92c}"),
    (0x1E90B, "\u{1e92d}"),
    (0x1E90C, "\u{1e92e}"),
    (0x1E90D, "\u{1e92f}"),
    (0x1E90E, "\u{1e930}"),
    (0x1E90F, "\u{1e931}"),
    (0x1E910, "\u{1e932}"),
    (0x1E911, "\u{1e933}"),
    (0x1E912, "\u{1e934}"),
    (0x1E913, "\u{1e935}"),
    (0x1E914, "\u{1e936}"),
    (0x1E915, "\u{1e937}"),
    (0x1E916, "\u{1e938}"),
    (0x1E917, "\u{1e939}"),
    (0x1E918, "\u{1e93a}"),
    (0x1E919, "\u{1e93b}"),
    (0x1E91A, "\u{1e93c}"),
    (0x1E91B, "\u{1e93d}"),
    (0x1E91C, "\u{1e93e}"),
    (0x1E91D, "\u{1e93f}"),
    (0x1E91E, "\u{1e940}"),
    (0x1E91F, "\u{1e941}"),
    (0x1E920, "\u{1e942}"),
    (0x1E921, "\u{1e943}"),
];

/// Each full case mapping of every code point, against CPython's (Rust's own tables
/// follow a newer Unicode, whose additions CPython 3.11 leaves unmapped).
#[test]
fn case_mappings_of_every_code_point() {
    use rusputyn_runtime::types::str::chars;
    type Mapping = (
        &'static str,
        &'static [(u32, &'static str)],
        fn(&mut String, char),
    );
    let tables: [Mapping; 4] = [
        ("upper", UPPER, chars::push_upper),
        ("lower", LOWER, chars::push_lower),
        ("title", TITLE, chars::push_title),
        ("casefold", FOLD, chars::push_fold),
    ];
    let mut failures = Vec::new();
    let (mut got, mut same) = (String::new(), String::new());
    for (name, table, map) in tables {
        // Planes 4 to 13 and the private-use planes hold no cased characters in any Unicode.
        for c in (0..0x40000u32)
            .chain(0xE0000..0xF0000)
            .filter_map(char::from_u32)
        {
            same.clear();
            same.push(c);
            let expected = match table.binary_search_by_key(&(c as u32), |&(k, _)| k) {
                Ok(i) => table[i].1,
                Err(_) => same.as_str(),
            };
            got.clear();
            map(&mut got, c);
            if got != expected {
                failures.push(format!(
                    "U+{:04X}.{name}(): got {got:?}, expected {expected:?}",
                    c as u32
                ));
            }
        }
    }
    report(failures);
}

#[test]
fn repr_str_ascii() {
    let mut failures = Vec::new();
    r(&mut failures, s(""), "''", "", "''");
    r(&mut failures, s("abc"), "'abc'", "abc", "'abc'");
    r(&mut failures, s("it's"), "\"it's\"", "it's", "\"it's\"");
    r(
        &mut failures,
        s("say \"hi\""),
        "'say \"hi\"'",
        "say \"hi\"",
        "'say \"hi\"'",
    );
    r(
        &mut failures,
        s("both ' and \""),
        "'both \\' and \"'",
        "both ' and \"",
        "'both \\' and \"'",
    );
    r(&mut failures, s("\\"), "'\\\\'", "\\", "'\\\\'");
    r(
        &mut failures,
        s("\u{a}\u{d}\u{9}"),
        "'\\n\\r\\t'",
        "\u{a}\u{d}\u{9}",
        "'\\n\\r\\t'",
    );
    r(
        &mut failures,
        s("\u{0}\u{7}\u{1f}\u{7f}"),
        "'\\x00\\x07\\x1f\\x7f'",
        "\u{0}\u{7}\u{1f}\u{7f}",
        "'\\x00\\x07\\x1f\\x7f'",
    );
    r(
        &mut failures,
        s("\u{80}\u{9f}\u{a0}\u{ad}"),
        "'\\x80\\x9f\\xa0\\xad'",
        "\u{80}\u{9f}\u{a0}\u{ad}",
        "'\\x80\\x9f\\xa0\\xad'",
    );
    r(&mut failures, s("\u{e9}"), "'\u{e9}'", "\u{e9}", "'\\xe9'");
    r(
        &mut failures,
        s("na\u{ef}ve caf\u{e9}"),
        "'na\u{ef}ve caf\u{e9}'",
        "na\u{ef}ve caf\u{e9}",
        "'na\\xefve caf\\xe9'",
    );
    r(
        &mut failures,
        s("\u{65e5}\u{672c}\u{8a9e}"),
        "'\u{65e5}\u{672c}\u{8a9e}'",
        "\u{65e5}\u{672c}\u{8a9e}",
        "'\\u65e5\\u672c\\u8a9e'",
    );
    r(
        &mut failures,
        s("\u{200b}"),
        "'\\u200b'",
        "\u{200b}",
        "'\\u200b'",
    );
    r(
        &mut failures,
        s("\u{2028}"),
        "'\\u2028'",
        "\u{2028}",
        "'\\u2028'",
    );
    r(
        &mut failures,
        s("\u{feff}"),
        "'\\ufeff'",
        "\u{feff}",
        "'\\ufeff'",
    );
    r(
        &mut failures,
        s("\u{1f600}"),
        "'\u{1f600}'",
        "\u{1f600}",
        "'\\U0001f600'",
    );
    r(
        &mut failures,
        s("\u{e0001}"),
        "'\\U000e0001'",
        "\u{e0001}",
        "'\\U000e0001'",
    );
    r(
        &mut failures,
        s("\u{d7ff}"),
        "'\\ud7ff'",
        "\u{d7ff}",
        "'\\ud7ff'",
    );
    r(
        &mut failures,
        s("\u{e000}"),
        "'\\ue000'",
        "\u{e000}",
        "'\\ue000'",
    );
    r(
        &mut failures,
        s("\u{10ffff}"),
        "'\\U0010ffff'",
        "\u{10ffff}",
        "'\\U0010ffff'",
    );
    r(
        &mut failures,
        s("\u{378}"),
        "'\\u0378'",
        "\u{378}",
        "'\\u0378'",
    );
    r(
        &mut failures,
        s("a\u{301}"),
        "'a\u{301}'",
        "a\u{301}",
        "'a\\u0301'",
    );
    r(&mut failures, s("\u{a0}"), "'\\xa0'", "\u{a0}", "'\\xa0'");
    r(
        &mut failures,
        s("\u{3000}"),
        "'\\u3000'",
        "\u{3000}",
        "'\\u3000'",
    );
    r(&mut failures, by(b""), "b''", "b''", "b''");
    r(&mut failures, by(b"abc"), "b'abc'", "b'abc'", "b'abc'");
    r(
        &mut failures,
        by(b"it's"),
        "b\"it's\"",
        "b\"it's\"",
        "b\"it's\"",
    );
    r(
        &mut failures,
        by(b"say \"hi\""),
        "b'say \"hi\"'",
        "b'say \"hi\"'",
        "b'say \"hi\"'",
    );
    r(
        &mut failures,
        by(b"both ' and \""),
        "b'both \\' and \"'",
        "b'both \\' and \"'",
        "b'both \\' and \"'",
    );
    r(
        &mut failures,
        by(b"\x00\xff\x7f\x80"),
        "b'\\x00\\xff\\x7f\\x80'",
        "b'\\x00\\xff\\x7f\\x80'",
        "b'\\x00\\xff\\x7f\\x80'",
    );
    r(
        &mut failures,
        by(b"\\\x0a\x0d\x09"),
        "b'\\\\\\n\\r\\t'",
        "b'\\\\\\n\\r\\t'",
        "b'\\\\\\n\\r\\t'",
    );
    r(&mut failures, fl(1.5), "1.5", "1.5", "1.5");
    r(&mut failures, fl(-0.0), "-0.0", "-0.0", "-0.0");
    r(&mut failures, fl(1e+16), "1e+16", "1e+16", "1e+16");
    r(&mut failures, fl(1e-05), "1e-05", "1e-05", "1e-05");
    r(&mut failures, fl(f64::INFINITY), "inf", "inf", "inf");
    r(&mut failures, fl(f64::NAN), "nan", "nan", "nan");
    r(
        &mut failures,
        fl(0.30000000000000004),
        "0.30000000000000004",
        "0.30000000000000004",
        "0.30000000000000004",
    );
    r(
        &mut failures,
        fl(1.2345678901234568e+17),
        "1.2345678901234568e+17",
        "1.2345678901234568e+17",
        "1.2345678901234568e+17",
    );
    r(
        &mut failures,
        t(vec![s("\u{e9}"), by(b"x")]),
        "('\u{e9}', b'x')",
        "('\u{e9}', b'x')",
        "('\\xe9', b'x')",
    );
    r(
        &mut failures,
        l(vec![s("a'b")]),
        "[\"a'b\"]",
        "[\"a'b\"]",
        "[\"a'b\"]",
    );
    r(
        &mut failures,
        d(vec![(s("k"), s("v\u{a}"))]),
        "{'k': 'v\\n'}",
        "{'k': 'v\\n'}",
        "{'k': 'v\\n'}",
    );
    r(
        &mut failures,
        s("\u{42c6c}\u{795}"),
        "'\\U00042c6c\u{795}'",
        "\u{42c6c}\u{795}",
        "'\\U00042c6c\\u0795'",
    );
    r(
        &mut failures,
        s("\u{218cf}\u{6bdf}\u{84ca}\u{77fa3}\u{f0}\u{f3e49}"),
        "'\u{218cf}\u{6bdf}\u{84ca}\\U00077fa3\u{f0}\\U000f3e49'",
        "\u{218cf}\u{6bdf}\u{84ca}\u{77fa3}\u{f0}\u{f3e49}",
        "'\\U000218cf\\u6bdf\\u84ca\\U00077fa3\\xf0\\U000f3e49'",
    );
    r(
        &mut failures,
        s("v\u{c7}\u{10}\u{15}"),
        "'v\u{c7}\\x10\\x15'",
        "v\u{c7}\u{10}\u{15}",
        "'v\\xc7\\x10\\x15'",
    );
    r(
        &mut failures,
        s("D\u{c674}\u{ca38}"),
        "'D\u{c674}\u{ca38}'",
        "D\u{c674}\u{ca38}",
        "'D\\uc674\\uca38'",
    );
    r(
        &mut failures,
        s("\u{e3a55}\u{bb}\u{9}\u{fd}\u{84}\u{9a20}"),
        "'\\U000e3a55\u{bb}\\t\u{fd}\\x84\u{9a20}'",
        "\u{e3a55}\u{bb}\u{9}\u{fd}\u{84}\u{9a20}",
        "'\\U000e3a55\\xbb\\t\\xfd\\x84\\u9a20'",
    );
    r(
        &mut failures,
        s("\u{c5904}\u{b3aa8}\u{d0adc}\u{76fb5}"),
        "'\\U000c5904\\U000b3aa8\\U000d0adc\\U00076fb5'",
        "\u{c5904}\u{b3aa8}\u{d0adc}\u{76fb5}",
        "'\\U000c5904\\U000b3aa8\\U000d0adc\\U00076fb5'",
    );
    r(
        &mut failures,
        s("G\u{5381c}\u{1aa}"),
        "'G\\U0005381c\u{1aa}'",
        "G\u{5381c}\u{1aa}",
        "'G\\U0005381c\\u01aa'",
    );
    r(
        &mut failures,
        s("\u{88}\u{1fd}{\u{2d52}\u{110}\u{4d31}"),
        "'\\x88\u{1fd}{\u{2d52}\u{110}\u{4d31}'",
        "\u{88}\u{1fd}{\u{2d52}\u{110}\u{4d31}",
        "'\\x88\\u01fd{\\u2d52\\u0110\\u4d31'",
    );
    r(
        &mut failures,
        s("\u{6d5}"),
        "'\u{6d5}'",
        "\u{6d5}",
        "'\\u06d5'",
    );
    r(
        &mut failures,
        s("\u{3ce2}\u{b}\u{a972}\u{8ee2b}\u{78cea}O\u{13}"),
        "'\u{3ce2}\\x0b\u{a972}\\U0008ee2b\\U00078ceaO\\x13'",
        "\u{3ce2}\u{b}\u{a972}\u{8ee2b}\u{78cea}O\u{13}",
        "'\\u3ce2\\x0b\\ua972\\U0008ee2b\\U00078ceaO\\x13'",
    );
    r(
        &mut failures,
        s("\u{1010b}"),
        "'\u{1010b}'",
        "\u{1010b}",
        "'\\U0001010b'",
    );
    r(
        &mut failures,
        s("\u{954e}\u{86d8d}"),
        "'\u{954e}\\U00086d8d'",
        "\u{954e}\u{86d8d}",
        "'\\u954e\\U00086d8d'",
    );
    r(
        &mut failures,
        s("V\u{5c3}"),
        "'V\u{5c3}'",
        "V\u{5c3}",
        "'V\\u05c3'",
    );
    r(
        &mut failures,
        s("\u{c0e5}\u{c5bb}"),
        "'\u{c0e5}\u{c5bb}'",
        "\u{c0e5}\u{c5bb}",
        "'\\uc0e5\\uc5bb'",
    );
    r(
        &mut failures,
        s("\u{34846}\u{103990}\u{6e6}\u{9a}\u{8437}\u{9b21e}"),
        "'\\U00034846\\U00103990\u{6e6}\\x9a\u{8437}\\U0009b21e'",
        "\u{34846}\u{103990}\u{6e6}\u{9a}\u{8437}\u{9b21e}",
        "'\\U00034846\\U00103990\\u06e6\\x9a\\u8437\\U0009b21e'",
    );
    r(
        &mut failures,
        s(".\u{a137}`\u{443bc}U"),
        "'.\u{a137}`\\U000443bcU'",
        ".\u{a137}`\u{443bc}U",
        "'.\\ua137`\\U000443bcU'",
    );
    r(
        &mut failures,
        s("\u{5a4}\u{8ecf2}\u{b5b}\u{1f03e}"),
        "'\u{5a4}\\U0008ecf2\\u0b5b\u{1f03e}'",
        "\u{5a4}\u{8ecf2}\u{b5b}\u{1f03e}",
        "'\\u05a4\\U0008ecf2\\u0b5b\\U0001f03e'",
    );
    r(
        &mut failures,
        s("^\u{74d}\u{51e}\u{ba}\u{a0}\u{439}"),
        "'^\u{74d}\u{51e}\u{ba}\\xa0\u{439}'",
        "^\u{74d}\u{51e}\u{ba}\u{a0}\u{439}",
        "'^\\u074d\\u051e\\xba\\xa0\\u0439'",
    );
    r(
        &mut failures,
        s("\u{35b1}!\u{38f}"),
        "'\u{35b1}!\u{38f}'",
        "\u{35b1}!\u{38f}",
        "'\\u35b1!\\u038f'",
    );
    r(
        &mut failures,
        s("\u{3d1}\u{2ff}\u{31ac}R\u{397}\u{56ac}"),
        "'\u{3d1}\u{2ff}\u{31ac}R\u{397}\u{56ac}'",
        "\u{3d1}\u{2ff}\u{31ac}R\u{397}\u{56ac}",
        "'\\u03d1\\u02ff\\u31acR\\u0397\\u56ac'",
    );
    r(
        &mut failures,
        s("\u{37d}"),
        "'\u{37d}'",
        "\u{37d}",
        "'\\u037d'",
    );
    r(
        &mut failures,
        s("\u{8a8c}=0\u{2ef}\u{571}"),
        "'\u{8a8c}=0\u{2ef}\u{571}'",
        "\u{8a8c}=0\u{2ef}\u{571}",
        "'\\u8a8c=0\\u02ef\\u0571'",
    );
    r(
        &mut failures,
        s("X\u{42669}\u{9579}\u{8ad76}\u{b155}\u{94af}\u{d1ac}"),
        "'X\\U00042669\u{9579}\\U0008ad76\u{b155}\u{94af}\u{d1ac}'",
        "X\u{42669}\u{9579}\u{8ad76}\u{b155}\u{94af}\u{d1ac}",
        "'X\\U00042669\\u9579\\U0008ad76\\ub155\\u94af\\ud1ac'",
    );
    r(
        &mut failures,
        s("\u{4fde}"),
        "'\u{4fde}'",
        "\u{4fde}",
        "'\\u4fde'",
    );
    r(
        &mut failures,
        s("z\u{105312}"),
        "'z\\U00105312'",
        "z\u{105312}",
        "'z\\U00105312'",
    );
    r(
        &mut failures,
        s("\u{71b5e}t\u{93fd4}\u{aea08}"),
        "'\\U00071b5et\\U00093fd4\\U000aea08'",
        "\u{71b5e}t\u{93fd4}\u{aea08}",
        "'\\U00071b5et\\U00093fd4\\U000aea08'",
    );
    r(&mut failures, s("I>"), "'I>'", "I>", "'I>'");
    r(&mut failures, s("2"), "'2'", "2", "'2'");
    r(
        &mut failures,
        s("\u{19454}{+\u{998ae}"),
        "'\\U00019454{+\\U000998ae'",
        "\u{19454}{+\u{998ae}",
        "'\\U00019454{+\\U000998ae'",
    );
    r(
        &mut failures,
        s("i\u{1d}"),
        "'i\\x1d'",
        "i\u{1d}",
        "'i\\x1d'",
    );
    r(
        &mut failures,
        s("\u{81}\u{f4533}Z"),
        "'\\x81\\U000f4533Z'",
        "\u{81}\u{f4533}Z",
        "'\\x81\\U000f4533Z'",
    );
    r(
        &mut failures,
        s(">\u{3d092}"),
        "'>\\U0003d092'",
        ">\u{3d092}",
        "'>\\U0003d092'",
    );
    r(
        &mut failures,
        s("\u{8c}\u{3}"),
        "'\\x8c\\x03'",
        "\u{8c}\u{3}",
        "'\\x8c\\x03'",
    );
    r(
        &mut failures,
        s("\u{ccf12}E\u{89}\u{10df5d}"),
        "'\\U000ccf12E\\x89\\U0010df5d'",
        "\u{ccf12}E\u{89}\u{10df5d}",
        "'\\U000ccf12E\\x89\\U0010df5d'",
    );
    r(
        &mut failures,
        s("\u{1a19}\u{a56f}\u{e}\u{17}\u{c}"),
        "'\u{1a19}\u{a56f}\\x0e\\x17\\x0c'",
        "\u{1a19}\u{a56f}\u{e}\u{17}\u{c}",
        "'\\u1a19\\ua56f\\x0e\\x17\\x0c'",
    );
    r(
        &mut failures,
        s("\u{10e6}"),
        "'\u{10e6}'",
        "\u{10e6}",
        "'\\u10e6'",
    );
    r(
        &mut failures,
        s("}\u{283}\u{125}\u{62c}\u{9bb5}\u{43d}\u{a8}"),
        "'}\u{283}\u{125}\u{62c}\u{9bb5}\u{43d}\u{a8}'",
        "}\u{283}\u{125}\u{62c}\u{9bb5}\u{43d}\u{a8}",
        "'}\\u0283\\u0125\\u062c\\u9bb5\\u043d\\xa8'",
    );
    r(
        &mut failures,
        s(" \u{1c94}\u{28e8}\u{5b6bb}"),
        "' \u{1c94}\u{28e8}\\U0005b6bb'",
        " \u{1c94}\u{28e8}\u{5b6bb}",
        "' \\u1c94\\u28e8\\U0005b6bb'",
    );
    r(
        &mut failures,
        s("\u{75f}"),
        "'\u{75f}'",
        "\u{75f}",
        "'\\u075f'",
    );
    r(
        &mut failures,
        s("\u{c2b20}n_\u{a140}\u{d62a}"),
        "'\\U000c2b20n_\u{a140}\u{d62a}'",
        "\u{c2b20}n_\u{a140}\u{d62a}",
        "'\\U000c2b20n_\\ua140\\ud62a'",
    );
    r(
        &mut failures,
        s(">\u{8a}\u{24a64}\u{72e9}"),
        "'>\\x8a\u{24a64}\u{72e9}'",
        ">\u{8a}\u{24a64}\u{72e9}",
        "'>\\x8a\\U00024a64\\u72e9'",
    );
    r(
        &mut failures,
        s("\u{e}\u{5fc}\u{863c6}v"),
        "'\\x0e\\u05fc\\U000863c6v'",
        "\u{e}\u{5fc}\u{863c6}v",
        "'\\x0e\\u05fc\\U000863c6v'",
    );
    r(
        &mut failures,
        s("`Q\u{34cde}\u{2826}\u{497b}\u{c7}"),
        "'`Q\\U00034cde\u{2826}\u{497b}\u{c7}'",
        "`Q\u{34cde}\u{2826}\u{497b}\u{c7}",
        "'`Q\\U00034cde\\u2826\\u497b\\xc7'",
    );
    r(
        &mut failures,
        s("\u{2f004}"),
        "'\\U0002f004'",
        "\u{2f004}",
        "'\\U0002f004'",
    );
    r(
        &mut failures,
        s("`\u{c}\u{1f0}\u{1d}\u{91a9}"),
        "'`\\x0c\u{1f0}\\x1d\u{91a9}'",
        "`\u{c}\u{1f0}\u{1d}\u{91a9}",
        "'`\\x0c\\u01f0\\x1d\\u91a9'",
    );
    r(
        &mut failures,
        s("\u{16b}=\u{19}\u{1f4da}\u{a603a}"),
        "'\u{16b}=\\x19\u{1f4da}\\U000a603a'",
        "\u{16b}=\u{19}\u{1f4da}\u{a603a}",
        "'\\u016b=\\x19\\U0001f4da\\U000a603a'",
    );
    r(
        &mut failures,
        s("\u{5c604}=\u{7f}\u{c996}\u{5e1}\u{cb145}\u{6b1}"),
        "'\\U0005c604=\\x7f\u{c996}\u{5e1}\\U000cb145\u{6b1}'",
        "\u{5c604}=\u{7f}\u{c996}\u{5e1}\u{cb145}\u{6b1}",
        "'\\U0005c604=\\x7f\\uc996\\u05e1\\U000cb145\\u06b1'",
    );
    r(
        &mut failures,
        s("\u{7874}"),
        "'\u{7874}'",
        "\u{7874}",
        "'\\u7874'",
    );
    r(
        &mut failures,
        s("\u{d4}\u{108c04}\u{4ff6}\u{4c74}"),
        "'\u{d4}\\U00108c04\u{4ff6}\u{4c74}'",
        "\u{d4}\u{108c04}\u{4ff6}\u{4c74}",
        "'\\xd4\\U00108c04\\u4ff6\\u4c74'",
    );
    r(
        &mut failures,
        s("\u{7f}\u{e2d7}"),
        "'\\x7f\\ue2d7'",
        "\u{7f}\u{e2d7}",
        "'\\x7f\\ue2d7'",
    );
    r(
        &mut failures,
        s("E\u{32f}\u{a1}\u{97}\u{88ca}"),
        "'E\u{32f}\u{a1}\\x97\u{88ca}'",
        "E\u{32f}\u{a1}\u{97}\u{88ca}",
        "'E\\u032f\\xa1\\x97\\u88ca'",
    );
    r(
        &mut failures,
        s("^\u{7ab}"),
        "'^\u{7ab}'",
        "^\u{7ab}",
        "'^\\u07ab'",
    );
    r(
        &mut failures,
        s("\u{66b8}\u{b8}\u{a4}\u{4987}\u{f58c}\u{6958f}\u{e37}"),
        "'\u{66b8}\u{b8}\u{a4}\u{4987}\\uf58c\\U0006958f\u{e37}'",
        "\u{66b8}\u{b8}\u{a4}\u{4987}\u{f58c}\u{6958f}\u{e37}",
        "'\\u66b8\\xb8\\xa4\\u4987\\uf58c\\U0006958f\\u0e37'",
    );
    r(&mut failures, s("fwx7"), "'fwx7'", "fwx7", "'fwx7'");
    r(
        &mut failures,
        s("\u{3df}\u{84}_\u{12d22}\u{2b7}P\u{d8}"),
        "'\u{3df}\\x84_\\U00012d22\u{2b7}P\u{d8}'",
        "\u{3df}\u{84}_\u{12d22}\u{2b7}P\u{d8}",
        "'\\u03df\\x84_\\U00012d22\\u02b7P\\xd8'",
    );
    r(&mut failures, s("\u{1e}"), "'\\x1e'", "\u{1e}", "'\\x1e'");
    r(
        &mut failures,
        s("\u{4ab}"),
        "'\u{4ab}'",
        "\u{4ab}",
        "'\\u04ab'",
    );
    r(
        &mut failures,
        s("\u{73c}"),
        "'\u{73c}'",
        "\u{73c}",
        "'\\u073c'",
    );
    r(
        &mut failures,
        s("\u{1c}U\u{6fa}\u{f8c7}5"),
        "'\\x1cU\u{6fa}\\uf8c75'",
        "\u{1c}U\u{6fa}\u{f8c7}5",
        "'\\x1cU\\u06fa\\uf8c75'",
    );
    r(
        &mut failures,
        s("\u{fadf0}\u{4037}\u{a33b8}Fnp"),
        "'\\U000fadf0\u{4037}\\U000a33b8Fnp'",
        "\u{fadf0}\u{4037}\u{a33b8}Fnp",
        "'\\U000fadf0\\u4037\\U000a33b8Fnp'",
    );
    r(
        &mut failures,
        s("\u{18c}\u{bf9a3}\u{734}\u{43f}V"),
        "'\u{18c}\\U000bf9a3\u{734}\u{43f}V'",
        "\u{18c}\u{bf9a3}\u{734}\u{43f}V",
        "'\\u018c\\U000bf9a3\\u0734\\u043fV'",
    );
    r(
        &mut failures,
        s("\u{10d25f}~\u{b44e0}K\u{5d2c7}["),
        "'\\U0010d25f~\\U000b44e0K\\U0005d2c7['",
        "\u{10d25f}~\u{b44e0}K\u{5d2c7}[",
        "'\\U0010d25f~\\U000b44e0K\\U0005d2c7['",
    );
    r(
        &mut failures,
        s("\u{3f0b}$\u{6b8}"),
        "'\u{3f0b}$\u{6b8}'",
        "\u{3f0b}$\u{6b8}",
        "'\\u3f0b$\\u06b8'",
    );
    r(
        &mut failures,
        s("\u{2fd}\u{f6f9}\u{2d2}\u{1b}\u{c8}"),
        "'\u{2fd}\\uf6f9\u{2d2}\\x1b\u{c8}'",
        "\u{2fd}\u{f6f9}\u{2d2}\u{1b}\u{c8}",
        "'\\u02fd\\uf6f9\\u02d2\\x1b\\xc8'",
    );
    r(
        &mut failures,
        s("D\u{622}\""),
        "'D\u{622}\"'",
        "D\u{622}\"",
        "'D\\u0622\"'",
    );
    r(
        &mut failures,
        s("\u{8ae3}"),
        "'\u{8ae3}'",
        "\u{8ae3}",
        "'\\u8ae3'",
    );
    r(
        &mut failures,
        s("\u{b54dd}\u{674}"),
        "'\\U000b54dd\u{674}'",
        "\u{b54dd}\u{674}",
        "'\\U000b54dd\\u0674'",
    );
    r(
        &mut failures,
        s("\u{2371e}\u{7f7}&\u{198}"),
        "'\u{2371e}\u{7f7}&\u{198}'",
        "\u{2371e}\u{7f7}&\u{198}",
        "'\\U0002371e\\u07f7&\\u0198'",
    );
    r(
        &mut failures,
        s("\u{1c}`\u{d553d}\u{41c7}\u{4afe4}\u{6324}"),
        "'\\x1c`\\U000d553d\u{41c7}\\U0004afe4\u{6324}'",
        "\u{1c}`\u{d553d}\u{41c7}\u{4afe4}\u{6324}",
        "'\\x1c`\\U000d553d\\u41c7\\U0004afe4\\u6324'",
    );
    r(
        &mut failures,
        s("\u{5735a}\u{5b975}\u{80}\u{4b0}q"),
        "'\\U0005735a\\U0005b975\\x80\u{4b0}q'",
        "\u{5735a}\u{5b975}\u{80}\u{4b0}q",
        "'\\U0005735a\\U0005b975\\x80\\u04b0q'",
    );
    r(
        &mut failures,
        s("\u{a1c3}\u{9e848}\u{994b}\u{f72}"),
        "'\u{a1c3}\\U0009e848\u{994b}\u{f72}'",
        "\u{a1c3}\u{9e848}\u{994b}\u{f72}",
        "'\\ua1c3\\U0009e848\\u994b\\u0f72'",
    );
    r(
        &mut failures,
        s("\u{1};\u{58a1}\u{ebcb0}c"),
        "'\\x01;\u{58a1}\\U000ebcb0c'",
        "\u{1};\u{58a1}\u{ebcb0}c",
        "'\\x01;\\u58a1\\U000ebcb0c'",
    );
    r(
        &mut failures,
        s("\u{6c7ce}qHE\u{2d6e}\u{19e92}\\"),
        "'\\U0006c7ceqHE\\u2d6e\\U00019e92\\\\'",
        "\u{6c7ce}qHE\u{2d6e}\u{19e92}\\",
        "'\\U0006c7ceqHE\\u2d6e\\U00019e92\\\\'",
    );
    r(
        &mut failures,
        s("'\u{9ad}\u{52b}\u{580})"),
        "\"'\u{9ad}\u{52b}\u{580})\"",
        "'\u{9ad}\u{52b}\u{580})",
        "\"'\\u09ad\\u052b\\u0580)\"",
    );
    r(
        &mut failures,
        s("\u{1163c}W \u{df}\u{f8}\u{1be}h"),
        "'\u{1163c}W \u{df}\u{f8}\u{1be}h'",
        "\u{1163c}W \u{df}\u{f8}\u{1be}h",
        "'\\U0001163cW \\xdf\\xf8\\u01beh'",
    );
    r(&mut failures, s("R"), "'R'", "R", "'R'");
    r(
        &mut failures,
        s("\u{f251}l\u{fa}_"),
        "'\\uf251l\u{fa}_'",
        "\u{f251}l\u{fa}_",
        "'\\uf251l\\xfa_'",
    );
    r(
        &mut failures,
        s("\u{cd8b}\u{5c76}\u{1311}\u{5de}"),
        "'\u{cd8b}\u{5c76}\\u1311\u{5de}'",
        "\u{cd8b}\u{5c76}\u{1311}\u{5de}",
        "'\\ucd8b\\u5c76\\u1311\\u05de'",
    );
    r(
        &mut failures,
        s("\u{729}\u{b91a5}\u{cdb9f}\u{1}\u{84}\u{24b}\u{63fe}"),
        "'\u{729}\\U000b91a5\\U000cdb9f\\x01\\x84\u{24b}\u{63fe}'",
        "\u{729}\u{b91a5}\u{cdb9f}\u{1}\u{84}\u{24b}\u{63fe}",
        "'\\u0729\\U000b91a5\\U000cdb9f\\x01\\x84\\u024b\\u63fe'",
    );
    r(
        &mut failures,
        s("\u{b}\u{ce}"),
        "'\\x0b\u{ce}'",
        "\u{b}\u{ce}",
        "'\\x0b\\xce'",
    );
    r(
        &mut failures,
        s("\u{e}8\u{5622a}\u{fb05}\u{1e}"),
        "'\\x0e8\\U0005622a\u{fb05}\\x1e'",
        "\u{e}8\u{5622a}\u{fb05}\u{1e}",
        "'\\x0e8\\U0005622a\\ufb05\\x1e'",
    );
    r(
        &mut failures,
        s("g\u{a2be}\u{10d0}=\u{1409}\u{fc8a}8"),
        "'g\u{a2be}\u{10d0}=\u{1409}\u{fc8a}8'",
        "g\u{a2be}\u{10d0}=\u{1409}\u{fc8a}8",
        "'g\\ua2be\\u10d0=\\u1409\\ufc8a8'",
    );
    r(
        &mut failures,
        s("c\u{619c}"),
        "'c\u{619c}'",
        "c\u{619c}",
        "'c\\u619c'",
    );
    r(
        &mut failures,
        s("\u{1db}\u{1fb}"),
        "'\u{1db}\u{1fb}'",
        "\u{1db}\u{1fb}",
        "'\\u01db\\u01fb'",
    );
    r(
        &mut failures,
        s("J\u{772}\u{7d1}\u{88}V"),
        "'J\u{772}\u{7d1}\\x88V'",
        "J\u{772}\u{7d1}\u{88}V",
        "'J\\u0772\\u07d1\\x88V'",
    );
    r(
        &mut failures,
        s("\u{512}\u{e}\u{2dc3}\u{1df3}\u{7}\u{4}"),
        "'\u{512}\\x0e\u{2dc3}\u{1df3}\\x07\\x04'",
        "\u{512}\u{e}\u{2dc3}\u{1df3}\u{7}\u{4}",
        "'\\u0512\\x0e\\u2dc3\\u1df3\\x07\\x04'",
    );
    r(
        &mut failures,
        s("\u{12be0}\u{1b9e}"),
        "'\\U00012be0\u{1b9e}'",
        "\u{12be0}\u{1b9e}",
        "'\\U00012be0\\u1b9e'",
    );
    r(
        &mut failures,
        s("\u{a998c}\u{f4}"),
        "'\\U000a998c\u{f4}'",
        "\u{a998c}\u{f4}",
        "'\\U000a998c\\xf4'",
    );
    r(
        &mut failures,
        s("\u{b3fd}a\u{64f}"),
        "'\u{b3fd}a\u{64f}'",
        "\u{b3fd}a\u{64f}",
        "'\\ub3fda\\u064f'",
    );
    r(
        &mut failures,
        s("\u{2f2}"),
        "'\u{2f2}'",
        "\u{2f2}",
        "'\\u02f2'",
    );
    r(
        &mut failures,
        s("\u{3ab6}\u{c79c2}\u{ab19e}\u{ce3c8}\u{c5}\u{b7edd}\u{b9}"),
        "'\u{3ab6}\\U000c79c2\\U000ab19e\\U000ce3c8\u{c5}\\U000b7edd\u{b9}'",
        "\u{3ab6}\u{c79c2}\u{ab19e}\u{ce3c8}\u{c5}\u{b7edd}\u{b9}",
        "'\\u3ab6\\U000c79c2\\U000ab19e\\U000ce3c8\\xc5\\U000b7edd\\xb9'",
    );
    r(
        &mut failures,
        s("\u{e07c}\u{e3}\u{b0b9}\u{2b7}\u{c60a9}\u{15e1}W"),
        "'\\ue07c\u{e3}\u{b0b9}\u{2b7}\\U000c60a9\u{15e1}W'",
        "\u{e07c}\u{e3}\u{b0b9}\u{2b7}\u{c60a9}\u{15e1}W",
        "'\\ue07c\\xe3\\ub0b9\\u02b7\\U000c60a9\\u15e1W'",
    );
    r(
        &mut failures,
        s("w\u{18}\u{3cb}\u{1ce60}\u{18aae}\u{eed2}"),
        "'w\\x18\u{3cb}\\U0001ce60\u{18aae}\\ueed2'",
        "w\u{18}\u{3cb}\u{1ce60}\u{18aae}\u{eed2}",
        "'w\\x18\\u03cb\\U0001ce60\\U00018aae\\ueed2'",
    );
    r(
        &mut failures,
        s("\u{5eb}\u{12}\u{cc}V\u{9f65b}s5"),
        "'\\u05eb\\x12\u{cc}V\\U0009f65bs5'",
        "\u{5eb}\u{12}\u{cc}V\u{9f65b}s5",
        "'\\u05eb\\x12\\xccV\\U0009f65bs5'",
    );
    r(
        &mut failures,
        s("'\u{5}"),
        "\"'\\x05\"",
        "'\u{5}",
        "\"'\\x05\"",
    );
    r(&mut failures, s("\u{93}"), "'\\x93'", "\u{93}", "'\\x93'");
    r(
        &mut failures,
        s("\u{d6}\u{a348f}"),
        "'\u{d6}\\U000a348f'",
        "\u{d6}\u{a348f}",
        "'\\xd6\\U000a348f'",
    );
    r(
        &mut failures,
        s("\u{60567}\u{5aef}\u{28837}\u{1c}\u{c490}3\u{15f}"),
        "'\\U00060567\u{5aef}\u{28837}\\x1c\u{c490}3\u{15f}'",
        "\u{60567}\u{5aef}\u{28837}\u{1c}\u{c490}3\u{15f}",
        "'\\U00060567\\u5aef\\U00028837\\x1c\\uc4903\\u015f'",
    );
    r(
        &mut failures,
        s("\u{cc5a}"),
        "'\u{cc5a}'",
        "\u{cc5a}",
        "'\\ucc5a'",
    );
    r(
        &mut failures,
        s("\u{37ba4}\u{b12d}"),
        "'\\U00037ba4\u{b12d}'",
        "\u{37ba4}\u{b12d}",
        "'\\U00037ba4\\ub12d'",
    );
    r(
        &mut failures,
        s("\u{e4253}J\u{e32d3}\u{6977}"),
        "'\\U000e4253J\\U000e32d3\u{6977}'",
        "\u{e4253}J\u{e32d3}\u{6977}",
        "'\\U000e4253J\\U000e32d3\\u6977'",
    );
    r(
        &mut failures,
        s("\u{3de3}"),
        "'\u{3de3}'",
        "\u{3de3}",
        "'\\u3de3'",
    );
    r(
        &mut failures,
        s("\u{13c}\u{589}\u{f8}]"),
        "'\u{13c}\u{589}\u{f8}]'",
        "\u{13c}\u{589}\u{f8}]",
        "'\\u013c\\u0589\\xf8]'",
    );
    r(
        &mut failures,
        s("6\u{b3}U\u{dc}"),
        "'6\u{b3}U\u{dc}'",
        "6\u{b3}U\u{dc}",
        "'6\\xb3U\\xdc'",
    );
    r(
        &mut failures,
        s("@\u{a5}i\u{ed}"),
        "'@\u{a5}i\u{ed}'",
        "@\u{a5}i\u{ed}",
        "'@\\xa5i\\xed'",
    );
    r(
        &mut failures,
        s("\u{d6651}\u{30e}\u{d18c3}\u{d05f}\u{11e7}J"),
        "'\\U000d6651\u{30e}\\U000d18c3\u{d05f}\u{11e7}J'",
        "\u{d6651}\u{30e}\u{d18c3}\u{d05f}\u{11e7}J",
        "'\\U000d6651\\u030e\\U000d18c3\\ud05f\\u11e7J'",
    );
    r(
        &mut failures,
        s("\u{7}\u{96}"),
        "'\\x07\\x96'",
        "\u{7}\u{96}",
        "'\\x07\\x96'",
    );
    r(
        &mut failures,
        s("\u{1f6b6}\u{14c4}j\u{7de}\u{1343}"),
        "'\u{1f6b6}\u{14c4}j\u{7de}\u{1343}'",
        "\u{1f6b6}\u{14c4}j\u{7de}\u{1343}",
        "'\\U0001f6b6\\u14c4j\\u07de\\u1343'",
    );
    r(
        &mut failures,
        s("\u{64ba}\u{249}q"),
        "'\u{64ba}\u{249}q'",
        "\u{64ba}\u{249}q",
        "'\\u64ba\\u0249q'",
    );
    r(
        &mut failures,
        s("\u{e33f}4\u{f9}"),
        "'\\ue33f4\u{f9}'",
        "\u{e33f}4\u{f9}",
        "'\\ue33f4\\xf9'",
    );
    r(
        &mut failures,
        s("\u{600}\u{294}\u{9fb6}\u{f2bd}\u{71fa6}\u{49d}x"),
        "'\\u0600\u{294}\u{9fb6}\\uf2bd\\U00071fa6\u{49d}x'",
        "\u{600}\u{294}\u{9fb6}\u{f2bd}\u{71fa6}\u{49d}x",
        "'\\u0600\\u0294\\u9fb6\\uf2bd\\U00071fa6\\u049dx'",
    );
    r(
        &mut failures,
        s("\u{5bf}\u{3e1}\u{5265}!"),
        "'\u{5bf}\u{3e1}\u{5265}!'",
        "\u{5bf}\u{3e1}\u{5265}!",
        "'\\u05bf\\u03e1\\u5265!'",
    );
    r(
        &mut failures,
        s("\u{4c589}\u{aadc}\u{19}4\u{b5b4}\u{8f}"),
        "'\\U0004c589\u{aadc}\\x194\u{b5b4}\\x8f'",
        "\u{4c589}\u{aadc}\u{19}4\u{b5b4}\u{8f}",
        "'\\U0004c589\\uaadc\\x194\\ub5b4\\x8f'",
    );
    r(
        &mut failures,
        s("zF\u{ad31}\u{18}"),
        "'zF\u{ad31}\\x18'",
        "zF\u{ad31}\u{18}",
        "'zF\\uad31\\x18'",
    );
    r(
        &mut failures,
        s("\u{430}\u{ff}\u{854d}\u{b4}"),
        "'\u{430}\u{ff}\u{854d}\u{b4}'",
        "\u{430}\u{ff}\u{854d}\u{b4}",
        "'\\u0430\\xff\\u854d\\xb4'",
    );
    r(
        &mut failures,
        s("\u{131a}"),
        "'\u{131a}'",
        "\u{131a}",
        "'\\u131a'",
    );
    r(
        &mut failures,
        s("~\u{d3}\u{acc59}\u{44776}D\u{17}"),
        "'~\u{d3}\\U000acc59\\U00044776D\\x17'",
        "~\u{d3}\u{acc59}\u{44776}D\u{17}",
        "'~\\xd3\\U000acc59\\U00044776D\\x17'",
    );
    r(
        &mut failures,
        s("\u{1ef0}"),
        "'\u{1ef0}'",
        "\u{1ef0}",
        "'\\u1ef0'",
    );
    r(
        &mut failures,
        s("\u{ef5a}\u{107cdf}\u{bdfa}\u{5771e}\u{2ed}#\u{34008}"),
        "'\\uef5a\\U00107cdf\u{bdfa}\\U0005771e\u{2ed}#\\U00034008'",
        "\u{ef5a}\u{107cdf}\u{bdfa}\u{5771e}\u{2ed}#\u{34008}",
        "'\\uef5a\\U00107cdf\\ubdfa\\U0005771e\\u02ed#\\U00034008'",
    );
    r(
        &mut failures,
        s("\u{71b}\u{8e8f}\u{73d}\u{27c}"),
        "'\u{71b}\u{8e8f}\u{73d}\u{27c}'",
        "\u{71b}\u{8e8f}\u{73d}\u{27c}",
        "'\\u071b\\u8e8f\\u073d\\u027c'",
    );
    r(
        &mut failures,
        s("\u{23c}\u{13550}\u{f89c}\u{ea}\u{8bf97}"),
        "'\u{23c}\\U00013550\\uf89c\u{ea}\\U0008bf97'",
        "\u{23c}\u{13550}\u{f89c}\u{ea}\u{8bf97}",
        "'\\u023c\\U00013550\\uf89c\\xea\\U0008bf97'",
    );
    r(
        &mut failures,
        s("\u{1db}"),
        "'\u{1db}'",
        "\u{1db}",
        "'\\u01db'",
    );
    r(
        &mut failures,
        s("\u{8f}\u{1a3}\u{26d5}\u{89}"),
        "'\\x8f\u{1a3}\u{26d5}\\x89'",
        "\u{8f}\u{1a3}\u{26d5}\u{89}",
        "'\\x8f\\u01a3\\u26d5\\x89'",
    );
    r(
        &mut failures,
        s("\u{e54b}\u{9f}\u{2e5}\u{cb0c}\u{c9}"),
        "'\\ue54b\\x9f\u{2e5}\u{cb0c}\u{c9}'",
        "\u{e54b}\u{9f}\u{2e5}\u{cb0c}\u{c9}",
        "'\\ue54b\\x9f\\u02e5\\ucb0c\\xc9'",
    );
    r(
        &mut failures,
        s("\u{13}\u{514}\u{c8fa5}"),
        "'\\x13\u{514}\\U000c8fa5'",
        "\u{13}\u{514}\u{c8fa5}",
        "'\\x13\\u0514\\U000c8fa5'",
    );
    r(
        &mut failures,
        s("\u{91}\u{d5}\u{69d}~f"),
        "'\\x91\u{d5}\u{69d}~f'",
        "\u{91}\u{d5}\u{69d}~f",
        "'\\x91\\xd5\\u069d~f'",
    );
    r(
        &mut failures,
        s("\u{1d}\u{1}\u{11c}\u{8905}\u{ec6c}\u{4a1}"),
        "'\\x1d\\x01\u{11c}\u{8905}\\uec6c\u{4a1}'",
        "\u{1d}\u{1}\u{11c}\u{8905}\u{ec6c}\u{4a1}",
        "'\\x1d\\x01\\u011c\\u8905\\uec6c\\u04a1'",
    );
    r(
        &mut failures,
        s("\u{18225}x\u{5609}L\u{ef}"),
        "'\u{18225}x\u{5609}L\u{ef}'",
        "\u{18225}x\u{5609}L\u{ef}",
        "'\\U00018225x\\u5609L\\xef'",
    );
    r(
        &mut failures,
        s("\u{45d}\u{c8}.\u{9f}B\u{18}"),
        "'\u{45d}\u{c8}.\\x9fB\\x18'",
        "\u{45d}\u{c8}.\u{9f}B\u{18}",
        "'\\u045d\\xc8.\\x9fB\\x18'",
    );
    r(
        &mut failures,
        s("m\u{36d0}\u{c79c}\u{d}\u{1ab}"),
        "'m\u{36d0}\u{c79c}\\r\u{1ab}'",
        "m\u{36d0}\u{c79c}\u{d}\u{1ab}",
        "'m\\u36d0\\uc79c\\r\\u01ab'",
    );
    r(
        &mut failures,
        s("%\u{207}"),
        "'%\u{207}'",
        "%\u{207}",
        "'%\\u0207'",
    );
    r(
        &mut failures,
        s("\u{13b}\u{3}\u{247}\u{7dec}"),
        "'\u{13b}\\x03\u{247}\u{7dec}'",
        "\u{13b}\u{3}\u{247}\u{7dec}",
        "'\\u013b\\x03\\u0247\\u7dec'",
    );
    r(
        &mut failures,
        s("\u{7c2}"),
        "'\u{7c2}'",
        "\u{7c2}",
        "'\\u07c2'",
    );
    r(
        &mut failures,
        s("\u{790}"),
        "'\u{790}'",
        "\u{790}",
        "'\\u0790'",
    );
    r(
        &mut failures,
        s("\u{714}"),
        "'\u{714}'",
        "\u{714}",
        "'\\u0714'",
    );
    r(
        &mut failures,
        s("\u{ed9a}\u{9c578}\u{4c58}\u{e9998}\u{66a2}"),
        "'\\ued9a\\U0009c578\u{4c58}\\U000e9998\u{66a2}'",
        "\u{ed9a}\u{9c578}\u{4c58}\u{e9998}\u{66a2}",
        "'\\ued9a\\U0009c578\\u4c58\\U000e9998\\u66a2'",
    );
    r(
        &mut failures,
        s("\u{97560}\u{99}\u{a2}\u{33c}\u{1b}\u{1d276}\u{5b13}"),
        "'\\U00097560\\x99\u{a2}\u{33c}\\x1b\\U0001d276\u{5b13}'",
        "\u{97560}\u{99}\u{a2}\u{33c}\u{1b}\u{1d276}\u{5b13}",
        "'\\U00097560\\x99\\xa2\\u033c\\x1b\\U0001d276\\u5b13'",
    );
    r(
        &mut failures,
        s("\u{720e}"),
        "'\u{720e}'",
        "\u{720e}",
        "'\\u720e'",
    );
    r(
        &mut failures,
        s("g\u{bf970}"),
        "'g\\U000bf970'",
        "g\u{bf970}",
        "'g\\U000bf970'",
    );
    r(
        &mut failures,
        s("\u{17a}\u{e1e3}\u{257}\u{6fe3a}\u{74c}"),
        "'\u{17a}\\ue1e3\u{257}\\U0006fe3a\\u074c'",
        "\u{17a}\u{e1e3}\u{257}\u{6fe3a}\u{74c}",
        "'\\u017a\\ue1e3\\u0257\\U0006fe3a\\u074c'",
    );
    r(
        &mut failures,
        s("\u{bf3ca}\u{5bc}\u{b0229}\u{496}\u{450}"),
        "'\\U000bf3ca\u{5bc}\\U000b0229\u{496}\u{450}'",
        "\u{bf3ca}\u{5bc}\u{b0229}\u{496}\u{450}",
        "'\\U000bf3ca\\u05bc\\U000b0229\\u0496\\u0450'",
    );
    r(
        &mut failures,
        s("8\u{3fa}"),
        "'8\u{3fa}'",
        "8\u{3fa}",
        "'8\\u03fa'",
    );
    r(
        &mut failures,
        s("\u{88a1}\u{427e}\u{ab46}"),
        "'\u{88a1}\u{427e}\u{ab46}'",
        "\u{88a1}\u{427e}\u{ab46}",
        "'\\u88a1\\u427e\\uab46'",
    );
    r(
        &mut failures,
        s("\u{e2}\u{1a67b}j\u{9519}<"),
        "'\u{e2}\\U0001a67bj\u{9519}<'",
        "\u{e2}\u{1a67b}j\u{9519}<",
        "'\\xe2\\U0001a67bj\\u9519<'",
    );
    r(
        &mut failures,
        s("\u{c49e}&\u{36f}~n\u{b919}L"),
        "'\u{c49e}&\u{36f}~n\u{b919}L'",
        "\u{c49e}&\u{36f}~n\u{b919}L",
        "'\\uc49e&\\u036f~n\\ub919L'",
    );
    r(
        &mut failures,
        s("\u{bdfc2}\u{e0e5}\u{1aa}"),
        "'\\U000bdfc2\\ue0e5\u{1aa}'",
        "\u{bdfc2}\u{e0e5}\u{1aa}",
        "'\\U000bdfc2\\ue0e5\\u01aa'",
    );
    r(
        &mut failures,
        s("\u{4ada}\u{384}^\u{0})"),
        "'\u{4ada}\u{384}^\\x00)'",
        "\u{4ada}\u{384}^\u{0})",
        "'\\u4ada\\u0384^\\x00)'",
    );
    r(
        &mut failures,
        s("\u{6f6}\u{326}"),
        "'\u{6f6}\u{326}'",
        "\u{6f6}\u{326}",
        "'\\u06f6\\u0326'",
    );
    r(&mut failures, s("P"), "'P'", "P", "'P'");
    r(
        &mut failures,
        s("\u{ba5c}\u{e1}\u{1ee}\u{c1a86}\u{f3}"),
        "'\u{ba5c}\u{e1}\u{1ee}\\U000c1a86\u{f3}'",
        "\u{ba5c}\u{e1}\u{1ee}\u{c1a86}\u{f3}",
        "'\\uba5c\\xe1\\u01ee\\U000c1a86\\xf3'",
    );
    r(
        &mut failures,
        s("\u{496}\u{613c0}"),
        "'\u{496}\\U000613c0'",
        "\u{496}\u{613c0}",
        "'\\u0496\\U000613c0'",
    );
    r(&mut failures, s("+"), "'+'", "+", "'+'");
    r(
        &mut failures,
        s("Y\u{3d4}\u{5e08}\u{8c60}"),
        "'Y\u{3d4}\u{5e08}\u{8c60}'",
        "Y\u{3d4}\u{5e08}\u{8c60}",
        "'Y\\u03d4\\u5e08\\u8c60'",
    );
    r(
        &mut failures,
        s("\u{6844}\u{dd5cd}"),
        "'\u{6844}\\U000dd5cd'",
        "\u{6844}\u{dd5cd}",
        "'\\u6844\\U000dd5cd'",
    );
    r(
        &mut failures,
        s("\u{6fa}\u{18d}\u{10}\u{a46a}\u{2}"),
        "'\u{6fa}\u{18d}\\x10\u{a46a}\\x02'",
        "\u{6fa}\u{18d}\u{10}\u{a46a}\u{2}",
        "'\\u06fa\\u018d\\x10\\ua46a\\x02'",
    );
    r(
        &mut failures,
        s("\u{3037}\u{6b3}\u{73b73}"),
        "'\u{3037}\u{6b3}\\U00073b73'",
        "\u{3037}\u{6b3}\u{73b73}",
        "'\\u3037\\u06b3\\U00073b73'",
    );
    r(
        &mut failures,
        s("\u{c8}\u{d}\u{104902}"),
        "'\u{c8}\\r\\U00104902'",
        "\u{c8}\u{d}\u{104902}",
        "'\\xc8\\r\\U00104902'",
    );
    r(
        &mut failures,
        s("+v\u{cac4}\u{580}\u{7403}"),
        "'+v\u{cac4}\u{580}\u{7403}'",
        "+v\u{cac4}\u{580}\u{7403}",
        "'+v\\ucac4\\u0580\\u7403'",
    );
    r(
        &mut failures,
        s("\u{98dca}\u{220}"),
        "'\\U00098dca\u{220}'",
        "\u{98dca}\u{220}",
        "'\\U00098dca\\u0220'",
    );
    r(
        &mut failures,
        s("\u{ba95c}\u{1093fd}\u{509}\u{10d310}\u{e4}"),
        "'\\U000ba95c\\U001093fd\u{509}\\U0010d310\u{e4}'",
        "\u{ba95c}\u{1093fd}\u{509}\u{10d310}\u{e4}",
        "'\\U000ba95c\\U001093fd\\u0509\\U0010d310\\xe4'",
    );
    r(
        &mut failures,
        s("\u{9fca}"),
        "'\u{9fca}'",
        "\u{9fca}",
        "'\\u9fca'",
    );
    r(
        &mut failures,
        s("\u{fc}^te\u{a1}\u{13}"),
        "'\u{fc}^te\u{a1}\\x13'",
        "\u{fc}^te\u{a1}\u{13}",
        "'\\xfc^te\\xa1\\x13'",
    );
    r(
        &mut failures,
        s("\u{7e69}\u{1d2e}\u{cd}"),
        "'\u{7e69}\u{1d2e}\u{cd}'",
        "\u{7e69}\u{1d2e}\u{cd}",
        "'\\u7e69\\u1d2e\\xcd'",
    );
    r(
        &mut failures,
        s("\u{7267}\u{91}\u{587}"),
        "'\u{7267}\\x91\u{587}'",
        "\u{7267}\u{91}\u{587}",
        "'\\u7267\\x91\\u0587'",
    );
    r(
        &mut failures,
        s("W5\u{9b}"),
        "'W5\\x9b'",
        "W5\u{9b}",
        "'W5\\x9b'",
    );
    r(
        &mut failures,
        s("V\u{f7}n\u{3b7}"),
        "'V\u{f7}n\u{3b7}'",
        "V\u{f7}n\u{3b7}",
        "'V\\xf7n\\u03b7'",
    );
    r(
        &mut failures,
        s("\u{c9d90}\u{d95cc}"),
        "'\\U000c9d90\\U000d95cc'",
        "\u{c9d90}\u{d95cc}",
        "'\\U000c9d90\\U000d95cc'",
    );
    r(
        &mut failures,
        s("\u{9a}\u{bfb2}\u{14}\u{ea0c6}\u{934}"),
        "'\\x9a\u{bfb2}\\x14\\U000ea0c6\u{934}'",
        "\u{9a}\u{bfb2}\u{14}\u{ea0c6}\u{934}",
        "'\\x9a\\ubfb2\\x14\\U000ea0c6\\u0934'",
    );
    r(
        &mut failures,
        s("\u{89}\u{d6d61}\u{719a}\u{f87b}\u{67f}"),
        "'\\x89\\U000d6d61\u{719a}\\uf87b\u{67f}'",
        "\u{89}\u{d6d61}\u{719a}\u{f87b}\u{67f}",
        "'\\x89\\U000d6d61\\u719a\\uf87b\\u067f'",
    );
    r(
        &mut failures,
        s("\u{5b81}k\u{24e}\u{a4867}Y"),
        "'\u{5b81}k\u{24e}\\U000a4867Y'",
        "\u{5b81}k\u{24e}\u{a4867}Y",
        "'\\u5b81k\\u024e\\U000a4867Y'",
    );
    r(
        &mut failures,
        s("\u{98}\u{4dca}\u{bfe8}\u{156e}\u{b1d28}"),
        "'\\x98\u{4dca}\u{bfe8}\u{156e}\\U000b1d28'",
        "\u{98}\u{4dca}\u{bfe8}\u{156e}\u{b1d28}",
        "'\\x98\\u4dca\\ubfe8\\u156e\\U000b1d28'",
    );
    r(
        &mut failures,
        s("/\u{9b01c}\u{93bc8}\u{a59a2}\u{9522}l\u{b38a9}"),
        "'/\\U0009b01c\\U00093bc8\\U000a59a2\u{9522}l\\U000b38a9'",
        "/\u{9b01c}\u{93bc8}\u{a59a2}\u{9522}l\u{b38a9}",
        "'/\\U0009b01c\\U00093bc8\\U000a59a2\\u9522l\\U000b38a9'",
    );
    r(
        &mut failures,
        s("\u{bd75}\u{5ceb9}\u{97}\u{c5}"),
        "'\u{bd75}\\U0005ceb9\\x97\u{c5}'",
        "\u{bd75}\u{5ceb9}\u{97}\u{c5}",
        "'\\ubd75\\U0005ceb9\\x97\\xc5'",
    );
    r(
        &mut failures,
        s("R\u{52fce}\u{7c6}\u{c9}\u{6476}\u{bb3f}"),
        "'R\\U00052fce\u{7c6}\u{c9}\u{6476}\u{bb3f}'",
        "R\u{52fce}\u{7c6}\u{c9}\u{6476}\u{bb3f}",
        "'R\\U00052fce\\u07c6\\xc9\\u6476\\ubb3f'",
    );
    r(&mut failures, s("{"), "'{'", "{", "'{'");
    r(
        &mut failures,
        s("T\u{5597f}\u{19}\u{3c0d7}\u{a191}\u{8c63}"),
        "'T\\U0005597f\\x19\\U0003c0d7\u{a191}\u{8c63}'",
        "T\u{5597f}\u{19}\u{3c0d7}\u{a191}\u{8c63}",
        "'T\\U0005597f\\x19\\U0003c0d7\\ua191\\u8c63'",
    );
    r(
        &mut failures,
        s("\u{8d7e}"),
        "'\u{8d7e}'",
        "\u{8d7e}",
        "'\\u8d7e'",
    );
    r(
        &mut failures,
        s("\u{3af}\u{1e0}8\u{be2d}\u{4b81}\u{5e8}"),
        "'\u{3af}\u{1e0}8\u{be2d}\u{4b81}\u{5e8}'",
        "\u{3af}\u{1e0}8\u{be2d}\u{4b81}\u{5e8}",
        "'\\u03af\\u01e08\\ube2d\\u4b81\\u05e8'",
    );
    r(
        &mut failures,
        s("\u{87}\u{10581c}r\u{84}\u{57d}\u{19}"),
        "'\\x87\\U0010581cr\\x84\u{57d}\\x19'",
        "\u{87}\u{10581c}r\u{84}\u{57d}\u{19}",
        "'\\x87\\U0010581cr\\x84\\u057d\\x19'",
    );
    r(
        &mut failures,
        s("*\u{ea}\u{1d6}\u{245}\u{15}\u{89f4}\u{441aa}"),
        "'*\u{ea}\u{1d6}\u{245}\\x15\u{89f4}\\U000441aa'",
        "*\u{ea}\u{1d6}\u{245}\u{15}\u{89f4}\u{441aa}",
        "'*\\xea\\u01d6\\u0245\\x15\\u89f4\\U000441aa'",
    );
    r(
        &mut failures,
        s("\u{83d1}\u{45b}\u{c6b20}"),
        "'\u{83d1}\u{45b}\\U000c6b20'",
        "\u{83d1}\u{45b}\u{c6b20}",
        "'\\u83d1\\u045b\\U000c6b20'",
    );
    r(
        &mut failures,
        s("\u{8}\u{dc}"),
        "'\\x08\u{dc}'",
        "\u{8}\u{dc}",
        "'\\x08\\xdc'",
    );
    r(
        &mut failures,
        s("6j\u{41c}[<o"),
        "'6j\u{41c}[<o'",
        "6j\u{41c}[<o",
        "'6j\\u041c[<o'",
    );
    r(
        &mut failures,
        s("|\u{93cf};\u{ac719}\u{5283f}\u{230}"),
        "'|\u{93cf};\\U000ac719\\U0005283f\u{230}'",
        "|\u{93cf};\u{ac719}\u{5283f}\u{230}",
        "'|\\u93cf;\\U000ac719\\U0005283f\\u0230'",
    );
    r(
        &mut failures,
        s("\u{28eab}"),
        "'\u{28eab}'",
        "\u{28eab}",
        "'\\U00028eab'",
    );
    r(
        &mut failures,
        s("0\u{15}\u{c8145}\u{e2a9}\u{2d1}\u{11}"),
        "'0\\x15\\U000c8145\\ue2a9\u{2d1}\\x11'",
        "0\u{15}\u{c8145}\u{e2a9}\u{2d1}\u{11}",
        "'0\\x15\\U000c8145\\ue2a9\\u02d1\\x11'",
    );
    r(
        &mut failures,
        s("\u{5777}\u{8}\u{53e}"),
        "'\u{5777}\\x08\u{53e}'",
        "\u{5777}\u{8}\u{53e}",
        "'\\u5777\\x08\\u053e'",
    );
    r(
        &mut failures,
        s("\u{1a0}6\u{5f2}\u{e3e43}\u{397}\u{e7a4}\u{2}"),
        "'\u{1a0}6\u{5f2}\\U000e3e43\u{397}\\ue7a4\\x02'",
        "\u{1a0}6\u{5f2}\u{e3e43}\u{397}\u{e7a4}\u{2}",
        "'\\u01a06\\u05f2\\U000e3e43\\u0397\\ue7a4\\x02'",
    );
    r(
        &mut failures,
        s("u\u{d4}\u{3118}"),
        "'u\u{d4}\u{3118}'",
        "u\u{d4}\u{3118}",
        "'u\\xd4\\u3118'",
    );
    r(
        &mut failures,
        s("\u{1d5}\u{7cceb}\u{18b}g"),
        "'\u{1d5}\\U0007cceb\u{18b}g'",
        "\u{1d5}\u{7cceb}\u{18b}g",
        "'\\u01d5\\U0007cceb\\u018bg'",
    );
    r(
        &mut failures,
        s("\u{ad917}"),
        "'\\U000ad917'",
        "\u{ad917}",
        "'\\U000ad917'",
    );
    r(
        &mut failures,
        s("\u{e8}\u{1056b0}"),
        "'\u{e8}\\U001056b0'",
        "\u{e8}\u{1056b0}",
        "'\\xe8\\U001056b0'",
    );
    r(
        &mut failures,
        s("\u{c3399}\u{da}\u{101}"),
        "'\\U000c3399\u{da}\u{101}'",
        "\u{c3399}\u{da}\u{101}",
        "'\\U000c3399\\xda\\u0101'",
    );
    r(
        &mut failures,
        s("\u{330f}\u{25e}"),
        "'\u{330f}\u{25e}'",
        "\u{330f}\u{25e}",
        "'\\u330f\\u025e'",
    );
    r(
        &mut failures,
        s("\u{40930}\u{2b0}\u{bb}\u{972b8}"),
        "'\\U00040930\u{2b0}\u{bb}\\U000972b8'",
        "\u{40930}\u{2b0}\u{bb}\u{972b8}",
        "'\\U00040930\\u02b0\\xbb\\U000972b8'",
    );
    r(&mut failures, s("\u{7f}"), "'\\x7f'", "\u{7f}", "'\\x7f'");
    r(
        &mut failures,
        s("\u{7eca}"),
        "'\u{7eca}'",
        "\u{7eca}",
        "'\\u7eca'",
    );
    r(
        &mut failures,
        s("\u{a6a}\u{5}\u{269}z\u{c}\u{4bd}"),
        "'\u{a6a}\\x05\u{269}z\\x0c\u{4bd}'",
        "\u{a6a}\u{5}\u{269}z\u{c}\u{4bd}",
        "'\\u0a6a\\x05\\u0269z\\x0c\\u04bd'",
    );
    r(
        &mut failures,
        s("\u{fb9b}\u{4e1}\u{9e}"),
        "'\u{fb9b}\u{4e1}\\x9e'",
        "\u{fb9b}\u{4e1}\u{9e}",
        "'\\ufb9b\\u04e1\\x9e'",
    );
    r(
        &mut failures,
        s("\u{2d58c}\u{1670}1*\u{c8}\u{104548}"),
        "'\u{2d58c}\u{1670}1*\u{c8}\\U00104548'",
        "\u{2d58c}\u{1670}1*\u{c8}\u{104548}",
        "'\\U0002d58c\\u16701*\\xc8\\U00104548'",
    );
    r(
        &mut failures,
        s("*\u{19}"),
        "'*\\x19'",
        "*\u{19}",
        "'*\\x19'",
    );
    r(
        &mut failures,
        s("\\\u{2bee}\u{aa5f}\u{c8241}"),
        "'\\\\\u{2bee}\u{aa5f}\\U000c8241'",
        "\\\u{2bee}\u{aa5f}\u{c8241}",
        "'\\\\\\u2bee\\uaa5f\\U000c8241'",
    );
    r(
        &mut failures,
        s("\u{afce}\u{ec9d}\u{4e3}\u{8428}"),
        "'\u{afce}\\uec9d\u{4e3}\u{8428}'",
        "\u{afce}\u{ec9d}\u{4e3}\u{8428}",
        "'\\uafce\\uec9d\\u04e3\\u8428'",
    );
    r(
        &mut failures,
        s("\u{8371}\u{b7}C\u{d76f}\u{67d0}\u{ef}\u{18}"),
        "'\u{8371}\u{b7}C\u{d76f}\u{67d0}\u{ef}\\x18'",
        "\u{8371}\u{b7}C\u{d76f}\u{67d0}\u{ef}\u{18}",
        "'\\u8371\\xb7C\\ud76f\\u67d0\\xef\\x18'",
    );
    r(
        &mut failures,
        s("\u{7ba3}\u{5cf9}\u{191}\u{e7}\u{6e6}"),
        "'\u{7ba3}\u{5cf9}\u{191}\u{e7}\u{6e6}'",
        "\u{7ba3}\u{5cf9}\u{191}\u{e7}\u{6e6}",
        "'\\u7ba3\\u5cf9\\u0191\\xe7\\u06e6'",
    );
    r(
        &mut failures,
        s("\u{ae2a7}\u{147a}\u{64f}\u{643}"),
        "'\\U000ae2a7\u{147a}\u{64f}\u{643}'",
        "\u{ae2a7}\u{147a}\u{64f}\u{643}",
        "'\\U000ae2a7\\u147a\\u064f\\u0643'",
    );
    r(
        &mut failures,
        s("\u{70624}t\u{f}"),
        "'\\U00070624t\\x0f'",
        "\u{70624}t\u{f}",
        "'\\U00070624t\\x0f'",
    );
    r(
        &mut failures,
        s("\u{3520}\u{cd598}\u{f4c6}\u{6671}\u{ca3f})"),
        "'\u{3520}\\U000cd598\\uf4c6\u{6671}\u{ca3f})'",
        "\u{3520}\u{cd598}\u{f4c6}\u{6671}\u{ca3f})",
        "'\\u3520\\U000cd598\\uf4c6\\u6671\\uca3f)'",
    );
    r(&mut failures, s("1"), "'1'", "1", "'1'");
    r(
        &mut failures,
        s("\u{ca}\u{3b556}\u{1a}\u{6dca9}\u{20e}\u{4a56}n"),
        "'\u{ca}\\U0003b556\\x1a\\U0006dca9\u{20e}\u{4a56}n'",
        "\u{ca}\u{3b556}\u{1a}\u{6dca9}\u{20e}\u{4a56}n",
        "'\\xca\\U0003b556\\x1a\\U0006dca9\\u020e\\u4a56n'",
    );
    r(
        &mut failures,
        s("\u{fedd}\u{716}\u{ed99}J\u{af9c5}\u{62a}"),
        "'\u{fedd}\u{716}\\ued99J\\U000af9c5\u{62a}'",
        "\u{fedd}\u{716}\u{ed99}J\u{af9c5}\u{62a}",
        "'\\ufedd\\u0716\\ued99J\\U000af9c5\\u062a'",
    );
    r(&mut failures, s("H+"), "'H+'", "H+", "'H+'");
    r(
        &mut failures,
        s("\u{7cdc}\u{aa}"),
        "'\u{7cdc}\u{aa}'",
        "\u{7cdc}\u{aa}",
        "'\\u7cdc\\xaa'",
    );
    r(
        &mut failures,
        s("U\u{9b42c}"),
        "'U\\U0009b42c'",
        "U\u{9b42c}",
        "'U\\U0009b42c'",
    );
    r(
        &mut failures,
        s("j\u{cbf38}LJ\u{121}\u{580}\u{94}"),
        "'j\\U000cbf38LJ\u{121}\u{580}\\x94'",
        "j\u{cbf38}LJ\u{121}\u{580}\u{94}",
        "'j\\U000cbf38LJ\\u0121\\u0580\\x94'",
    );
    r(
        &mut failures,
        s("\u{375};"),
        "'\u{375};'",
        "\u{375};",
        "'\\u0375;'",
    );
    r(
        &mut failures,
        s("\u{808d}e\u{49c}\u{66a8d}"),
        "'\u{808d}e\u{49c}\\U00066a8d'",
        "\u{808d}e\u{49c}\u{66a8d}",
        "'\\u808de\\u049c\\U00066a8d'",
    );
    r(
        &mut failures,
        s("\u{9f}\u{16b}k\u{b0aa}"),
        "'\\x9f\u{16b}k\u{b0aa}'",
        "\u{9f}\u{16b}k\u{b0aa}",
        "'\\x9f\\u016bk\\ub0aa'",
    );
    r(
        &mut failures,
        s("\u{79d02}\u{1fc}\u{3e935},\u{580}\u{56d47}\u{a7}"),
        "'\\U00079d02\u{1fc}\\U0003e935,\u{580}\\U00056d47\u{a7}'",
        "\u{79d02}\u{1fc}\u{3e935},\u{580}\u{56d47}\u{a7}",
        "'\\U00079d02\\u01fc\\U0003e935,\\u0580\\U00056d47\\xa7'",
    );
    r(&mut failures, s("Q"), "'Q'", "Q", "'Q'");
    r(
        &mut failures,
        s("\u{22de7}\u{ab1e}\u{94e27}|\u{e01d}"),
        "'\u{22de7}\\uab1e\\U00094e27|\\ue01d'",
        "\u{22de7}\u{ab1e}\u{94e27}|\u{e01d}",
        "'\\U00022de7\\uab1e\\U00094e27|\\ue01d'",
    );
    r(
        &mut failures,
        s("\u{f7}\u{1e}\u{bd}\u{8e5f}\u{6549}\u{c02b}\u{b922}"),
        "'\u{f7}\\x1e\u{bd}\u{8e5f}\u{6549}\u{c02b}\u{b922}'",
        "\u{f7}\u{1e}\u{bd}\u{8e5f}\u{6549}\u{c02b}\u{b922}",
        "'\\xf7\\x1e\\xbd\\u8e5f\\u6549\\uc02b\\ub922'",
    );
    r(
        &mut failures,
        s(",\u{a8ece}\u{fdd7}\u{e7373}xN"),
        "',\\U000a8ece\\ufdd7\\U000e7373xN'",
        ",\u{a8ece}\u{fdd7}\u{e7373}xN",
        "',\\U000a8ece\\ufdd7\\U000e7373xN'",
    );
    r(&mut failures, s(":Y"), "':Y'", ":Y", "':Y'");
    r(
        &mut failures,
        s("\u{505}\\\u{2438}\u{aa}\u{d}\u{5484}"),
        "'\u{505}\\\\\\u2438\u{aa}\\r\u{5484}'",
        "\u{505}\\\u{2438}\u{aa}\u{d}\u{5484}",
        "'\\u0505\\\\\\u2438\\xaa\\r\\u5484'",
    );
    r(
        &mut failures,
        s("\u{e72b2}"),
        "'\\U000e72b2'",
        "\u{e72b2}",
        "'\\U000e72b2'",
    );
    r(
        &mut failures,
        s("\u{463}\u{294e}\u{17}"),
        "'\u{463}\u{294e}\\x17'",
        "\u{463}\u{294e}\u{17}",
        "'\\u0463\\u294e\\x17'",
    );
    r(
        &mut failures,
        s("3GU5p\u{1f}"),
        "'3GU5p\\x1f'",
        "3GU5p\u{1f}",
        "'3GU5p\\x1f'",
    );
    r(
        &mut failures,
        s("\u{a7}\u{9b84}:\u{7}\u{de}"),
        "'\u{a7}\u{9b84}:\\x07\u{de}'",
        "\u{a7}\u{9b84}:\u{7}\u{de}",
        "'\\xa7\\u9b84:\\x07\\xde'",
    );
    r(
        &mut failures,
        s("\u{71f}\u{10b3f6}"),
        "'\u{71f}\\U0010b3f6'",
        "\u{71f}\u{10b3f6}",
        "'\\u071f\\U0010b3f6'",
    );
    r(
        &mut failures,
        s("\u{45e6}\u{9b208}\u{13f}T"),
        "'\u{45e6}\\U0009b208\u{13f}T'",
        "\u{45e6}\u{9b208}\u{13f}T",
        "'\\u45e6\\U0009b208\\u013fT'",
    );
    r(
        &mut failures,
        s("\u{702}\u{7b9a}\u{a2dc0}\u{561}\u{2bf}"),
        "'\u{702}\u{7b9a}\\U000a2dc0\u{561}\u{2bf}'",
        "\u{702}\u{7b9a}\u{a2dc0}\u{561}\u{2bf}",
        "'\\u0702\\u7b9a\\U000a2dc0\\u0561\\u02bf'",
    );
    r(
        &mut failures,
        s("\u{12d}\u{c5}\u{74a}"),
        "'\u{12d}\u{c5}\u{74a}'",
        "\u{12d}\u{c5}\u{74a}",
        "'\\u012d\\xc5\\u074a'",
    );
    r(
        &mut failures,
        s("\u{dc7b6}3\u{1e}\u{baa42}"),
        "'\\U000dc7b63\\x1e\\U000baa42'",
        "\u{dc7b6}3\u{1e}\u{baa42}",
        "'\\U000dc7b63\\x1e\\U000baa42'",
    );
    r(
        &mut failures,
        s("u\u{80e81}\u{fd8cf}\u{10bca2}"),
        "'u\\U00080e81\\U000fd8cf\\U0010bca2'",
        "u\u{80e81}\u{fd8cf}\u{10bca2}",
        "'u\\U00080e81\\U000fd8cf\\U0010bca2'",
    );
    r(
        &mut failures,
        s("\u{623d}\u{165}|\u{ca9f}g\u{220}"),
        "'\u{623d}\u{165}|\u{ca9f}g\u{220}'",
        "\u{623d}\u{165}|\u{ca9f}g\u{220}",
        "'\\u623d\\u0165|\\uca9fg\\u0220'",
    );
    r(
        &mut failures,
        s("\u{8619d}-y\u{3cc4}\u{5e2}"),
        "'\\U0008619d-y\u{3cc4}\u{5e2}'",
        "\u{8619d}-y\u{3cc4}\u{5e2}",
        "'\\U0008619d-y\\u3cc4\\u05e2'",
    );
    r(
        &mut failures,
        s("3S\u{9a6f}\u{16cf}\u{4b1}\u{eb}"),
        "'3S\u{9a6f}\u{16cf}\u{4b1}\u{eb}'",
        "3S\u{9a6f}\u{16cf}\u{4b1}\u{eb}",
        "'3S\\u9a6f\\u16cf\\u04b1\\xeb'",
    );
    r(
        &mut failures,
        s("\u{fe2cc}\u{79e}\u{3d9}3\u{120b9}"),
        "'\\U000fe2cc\u{79e}\u{3d9}3\u{120b9}'",
        "\u{fe2cc}\u{79e}\u{3d9}3\u{120b9}",
        "'\\U000fe2cc\\u079e\\u03d93\\U000120b9'",
    );
    r(
        &mut failures,
        s("\u{25f52}\u{1c}\u{13}"),
        "'\u{25f52}\\x1c\\x13'",
        "\u{25f52}\u{1c}\u{13}",
        "'\\U00025f52\\x1c\\x13'",
    );
    r(
        &mut failures,
        s("\u{a7}+\u{3d0}\u{1fc0}"),
        "'\u{a7}+\u{3d0}\u{1fc0}'",
        "\u{a7}+\u{3d0}\u{1fc0}",
        "'\\xa7+\\u03d0\\u1fc0'",
    );
    r(
        &mut failures,
        s("\u{752b6}"),
        "'\\U000752b6'",
        "\u{752b6}",
        "'\\U000752b6'",
    );
    r(
        &mut failures,
        s("\u{245}\u{92599}\u{7f8d0}\u{595}\u{c0d64}\u{e8}"),
        "'\u{245}\\U00092599\\U0007f8d0\u{595}\\U000c0d64\u{e8}'",
        "\u{245}\u{92599}\u{7f8d0}\u{595}\u{c0d64}\u{e8}",
        "'\\u0245\\U00092599\\U0007f8d0\\u0595\\U000c0d64\\xe8'",
    );
    r(
        &mut failures,
        s("\u{1da6}\u{ce53}\u{14}\u{6b4}"),
        "'\u{1da6}\u{ce53}\\x14\u{6b4}'",
        "\u{1da6}\u{ce53}\u{14}\u{6b4}",
        "'\\u1da6\\uce53\\x14\\u06b4'",
    );
    r(
        &mut failures,
        s("\u{1f8}.h"),
        "'\u{1f8}.h'",
        "\u{1f8}.h",
        "'\\u01f8.h'",
    );
    r(
        &mut failures,
        s("e\u{7ffb}oC\u{2f0}\u{b247}"),
        "'e\u{7ffb}oC\u{2f0}\u{b247}'",
        "e\u{7ffb}oC\u{2f0}\u{b247}",
        "'e\\u7ffboC\\u02f0\\ub247'",
    );
    r(
        &mut failures,
        s(";\u{b684d}\u{7724d}\u{bd63}"),
        "';\\U000b684d\\U0007724d\u{bd63}'",
        ";\u{b684d}\u{7724d}\u{bd63}",
        "';\\U000b684d\\U0007724d\\ubd63'",
    );
    r(
        &mut failures,
        s("\u{49b}\u{516f3}\u{ba}>\u{f8}\u{31e}"),
        "'\u{49b}\\U000516f3\u{ba}>\u{f8}\u{31e}'",
        "\u{49b}\u{516f3}\u{ba}>\u{f8}\u{31e}",
        "'\\u049b\\U000516f3\\xba>\\xf8\\u031e'",
    );
    r(
        &mut failures,
        s("\u{f2c42}\u{e294b}"),
        "'\\U000f2c42\\U000e294b'",
        "\u{f2c42}\u{e294b}",
        "'\\U000f2c42\\U000e294b'",
    );
    r(
        &mut failures,
        s("\u{82fb}\u{c8ba}"),
        "'\u{82fb}\u{c8ba}'",
        "\u{82fb}\u{c8ba}",
        "'\\u82fb\\uc8ba'",
    );
    r(&mut failures, s("\u{c1}"), "'\u{c1}'", "\u{c1}", "'\\xc1'");
    r(
        &mut failures,
        s("5\u{b9606}\u{426}\u{60d}\u{defe1}\u{b0}"),
        "'5\\U000b9606\u{426}\u{60d}\\U000defe1\u{b0}'",
        "5\u{b9606}\u{426}\u{60d}\u{defe1}\u{b0}",
        "'5\\U000b9606\\u0426\\u060d\\U000defe1\\xb0'",
    );
    r(
        &mut failures,
        s("I\u{473}b\u{6d4f}w"),
        "'I\u{473}b\u{6d4f}w'",
        "I\u{473}b\u{6d4f}w",
        "'I\\u0473b\\u6d4fw'",
    );
    r(
        &mut failures,
        s("\u{86e84}\u{7e3d}\u{1c}"),
        "'\\U00086e84\u{7e3d}\\x1c'",
        "\u{86e84}\u{7e3d}\u{1c}",
        "'\\U00086e84\\u7e3d\\x1c'",
    );
    r(
        &mut failures,
        s("\u{9e5e}\u{d37a7}O\u{5b5}C"),
        "'\u{9e5e}\\U000d37a7O\u{5b5}C'",
        "\u{9e5e}\u{d37a7}O\u{5b5}C",
        "'\\u9e5e\\U000d37a7O\\u05b5C'",
    );
    r(
        &mut failures,
        s("\u{f2}\u{85ac}\u{7aeb8}"),
        "'\u{f2}\u{85ac}\\U0007aeb8'",
        "\u{f2}\u{85ac}\u{7aeb8}",
        "'\\xf2\\u85ac\\U0007aeb8'",
    );
    r(
        &mut failures,
        s("\u{f5e4e}1"),
        "'\\U000f5e4e1'",
        "\u{f5e4e}1",
        "'\\U000f5e4e1'",
    );
    r(
        &mut failures,
        s("1\u{f9c1d}k\u{3b60}\u{c870d}\u{693}\u{5af}"),
        "'1\\U000f9c1dk\u{3b60}\\U000c870d\u{693}\u{5af}'",
        "1\u{f9c1d}k\u{3b60}\u{c870d}\u{693}\u{5af}",
        "'1\\U000f9c1dk\\u3b60\\U000c870d\\u0693\\u05af'",
    );
    r(
        &mut failures,
        s("\u{cd3ea}v$\u{701}C\u{22f63}"),
        "'\\U000cd3eav$\u{701}C\u{22f63}'",
        "\u{cd3ea}v$\u{701}C\u{22f63}",
        "'\\U000cd3eav$\\u0701C\\U00022f63'",
    );
    r(
        &mut failures,
        s("\u{b2}\u{3f6}\u{a50c8}\u{1916}\u{0}d\u{73570}"),
        "'\u{b2}\u{3f6}\\U000a50c8\u{1916}\\x00d\\U00073570'",
        "\u{b2}\u{3f6}\u{a50c8}\u{1916}\u{0}d\u{73570}",
        "'\\xb2\\u03f6\\U000a50c8\\u1916\\x00d\\U00073570'",
    );
    r(
        &mut failures,
        s("3\u{2b5}\u{2c140}\u{ca}\u{e926d}\u{1a}"),
        "'3\u{2b5}\u{2c140}\u{ca}\\U000e926d\\x1a'",
        "3\u{2b5}\u{2c140}\u{ca}\u{e926d}\u{1a}",
        "'3\\u02b5\\U0002c140\\xca\\U000e926d\\x1a'",
    );
    r(
        &mut failures,
        s("\u{350}\u{d471}7\u{16}M]\u{5e39}"),
        "'\u{350}\u{d471}7\\x16M]\u{5e39}'",
        "\u{350}\u{d471}7\u{16}M]\u{5e39}",
        "'\\u0350\\ud4717\\x16M]\\u5e39'",
    );
    r(
        &mut failures,
        s("\u{128}"),
        "'\u{128}'",
        "\u{128}",
        "'\\u0128'",
    );
    r(
        &mut failures,
        s("\u{4ea06}y\u{f8}\u{678}"),
        "'\\U0004ea06y\u{f8}\u{678}'",
        "\u{4ea06}y\u{f8}\u{678}",
        "'\\U0004ea06y\\xf8\\u0678'",
    );
    r(
        &mut failures,
        s(";\u{99e07}\u{11b}Q\u{d440}\u{386a}"),
        "';\\U00099e07\u{11b}Q\u{d440}\u{386a}'",
        ";\u{99e07}\u{11b}Q\u{d440}\u{386a}",
        "';\\U00099e07\\u011bQ\\ud440\\u386a'",
    );
    r(
        &mut failures,
        s("7D\u{a1fc0}\u{d9}Kp\u{eb}"),
        "'7D\\U000a1fc0\u{d9}Kp\u{eb}'",
        "7D\u{a1fc0}\u{d9}Kp\u{eb}",
        "'7D\\U000a1fc0\\xd9Kp\\xeb'",
    );
    r(
        &mut failures,
        s("g\u{52119}"),
        "'g\\U00052119'",
        "g\u{52119}",
        "'g\\U00052119'",
    );
    r(
        &mut failures,
        s("\u{88f14} "),
        "'\\U00088f14 '",
        "\u{88f14} ",
        "'\\U00088f14 '",
    );
    r(
        &mut failures,
        s("\u{dab}\u{c597c}<\u{d6762}"),
        "'\u{dab}\\U000c597c<\\U000d6762'",
        "\u{dab}\u{c597c}<\u{d6762}",
        "'\\u0dab\\U000c597c<\\U000d6762'",
    );
    r(
        &mut failures,
        s("-y,\u{a5}\u{aa14d}\u{eb16}\u{139}"),
        "'-y,\u{a5}\\U000aa14d\\ueb16\u{139}'",
        "-y,\u{a5}\u{aa14d}\u{eb16}\u{139}",
        "'-y,\\xa5\\U000aa14d\\ueb16\\u0139'",
    );
    r(
        &mut failures,
        s("[\u{1fb2a}[\u{90}-\u{1e9}H"),
        "'[\u{1fb2a}[\\x90-\u{1e9}H'",
        "[\u{1fb2a}[\u{90}-\u{1e9}H",
        "'[\\U0001fb2a[\\x90-\\u01e9H'",
    );
    r(
        &mut failures,
        s("\u{f0862}k\u{19aa}\u{57f}\u{b4}\""),
        "'\\U000f0862k\u{19aa}\u{57f}\u{b4}\"'",
        "\u{f0862}k\u{19aa}\u{57f}\u{b4}\"",
        "'\\U000f0862k\\u19aa\\u057f\\xb4\"'",
    );
    r(
        &mut failures,
        s("\u{9950d}\u{c21ab}\u{c7}"),
        "'\\U0009950d\\U000c21ab\u{c7}'",
        "\u{9950d}\u{c21ab}\u{c7}",
        "'\\U0009950d\\U000c21ab\\xc7'",
    );
    r(
        &mut failures,
        s("6\u{2e02}\u{9ccb}"),
        "'6\u{2e02}\u{9ccb}'",
        "6\u{2e02}\u{9ccb}",
        "'6\\u2e02\\u9ccb'",
    );
    r(
        &mut failures,
        s("\u{10d6e4}"),
        "'\\U0010d6e4'",
        "\u{10d6e4}",
        "'\\U0010d6e4'",
    );
    r(
        &mut failures,
        s("\u{3f2}q\u{c97ab}\u{94c1}N"),
        "'\u{3f2}q\\U000c97ab\u{94c1}N'",
        "\u{3f2}q\u{c97ab}\u{94c1}N",
        "'\\u03f2q\\U000c97ab\\u94c1N'",
    );
    r(
        &mut failures,
        s("\u{14e2}X\u{e813b}\u{6a1}\u{cbc4f}\u{9a76}"),
        "'\u{14e2}X\\U000e813b\u{6a1}\\U000cbc4f\u{9a76}'",
        "\u{14e2}X\u{e813b}\u{6a1}\u{cbc4f}\u{9a76}",
        "'\\u14e2X\\U000e813b\\u06a1\\U000cbc4f\\u9a76'",
    );
    r(
        &mut failures,
        s("\u{c2cd0}\u{141}\u{a1935}\u{14}"),
        "'\\U000c2cd0\u{141}\\U000a1935\\x14'",
        "\u{c2cd0}\u{141}\u{a1935}\u{14}",
        "'\\U000c2cd0\\u0141\\U000a1935\\x14'",
    );
    r(
        &mut failures,
        s("\u{d8726}\u{76e}\u{18c}\u{e8}"),
        "'\\U000d8726\u{76e}\u{18c}\u{e8}'",
        "\u{d8726}\u{76e}\u{18c}\u{e8}",
        "'\\U000d8726\\u076e\\u018c\\xe8'",
    );
    r(
        &mut failures,
        s("\u{f783d}7\u{c23bb}\u{6c4a}\u{98bc}I\u{12d}"),
        "'\\U000f783d7\\U000c23bb\u{6c4a}\u{98bc}I\u{12d}'",
        "\u{f783d}7\u{c23bb}\u{6c4a}\u{98bc}I\u{12d}",
        "'\\U000f783d7\\U000c23bb\\u6c4a\\u98bcI\\u012d'",
    );
    r(
        &mut failures,
        s("\u{6026f}\u{a}"),
        "'\\U0006026f\\n'",
        "\u{6026f}\u{a}",
        "'\\U0006026f\\n'",
    );
    r(
        &mut failures,
        s("\u{c6f5}\u{c01f7}\u{763}\u{2}"),
        "'\u{c6f5}\\U000c01f7\u{763}\\x02'",
        "\u{c6f5}\u{c01f7}\u{763}\u{2}",
        "'\\uc6f5\\U000c01f7\\u0763\\x02'",
    );
    r(
        &mut failures,
        s("\u{e67d}>Z\u{1ce}"),
        "'\\ue67d>Z\u{1ce}'",
        "\u{e67d}>Z\u{1ce}",
        "'\\ue67d>Z\\u01ce'",
    );
    r(
        &mut failures,
        s("\u{b4604}e\u{5cf}G\u{a8a0}4"),
        "'\\U000b4604e\\u05cfG\u{a8a0}4'",
        "\u{b4604}e\u{5cf}G\u{a8a0}4",
        "'\\U000b4604e\\u05cfG\\ua8a04'",
    );
    r(
        &mut failures,
        s("@\u{15}\u{a4}\u{f35b9}"),
        "'@\\x15\u{a4}\\U000f35b9'",
        "@\u{15}\u{a4}\u{f35b9}",
        "'@\\x15\\xa4\\U000f35b9'",
    );
    r(
        &mut failures,
        s("\u{cbe2}"),
        "'\u{cbe2}'",
        "\u{cbe2}",
        "'\\ucbe2'",
    );
    r(
        &mut failures,
        s("\u{9c0}"),
        "'\u{9c0}'",
        "\u{9c0}",
        "'\\u09c0'",
    );
    r(
        &mut failures,
        s("\u{45ec}\u{7ec3}\u{de}"),
        "'\u{45ec}\u{7ec3}\u{de}'",
        "\u{45ec}\u{7ec3}\u{de}",
        "'\\u45ec\\u7ec3\\xde'",
    );
    r(
        &mut failures,
        s("\u{30d2e}\u{12}??\u{501}\u{17cb}\u{73f9}"),
        "'\u{30d2e}\\x12??\u{501}\u{17cb}\u{73f9}'",
        "\u{30d2e}\u{12}??\u{501}\u{17cb}\u{73f9}",
        "'\\U00030d2e\\x12??\\u0501\\u17cb\\u73f9'",
    );
    r(
        &mut failures,
        s("\u{1c8}"),
        "'\u{1c8}'",
        "\u{1c8}",
        "'\\u01c8'",
    );
    r(
        &mut failures,
        s("\u{c3}\u{a1}\u{b7}\u{553}"),
        "'\u{c3}\u{a1}\u{b7}\u{553}'",
        "\u{c3}\u{a1}\u{b7}\u{553}",
        "'\\xc3\\xa1\\xb7\\u0553'",
    );
    r(&mut failures, s("\u{e2}"), "'\u{e2}'", "\u{e2}", "'\\xe2'");
    r(
        &mut failures,
        s("\u{2d3}"),
        "'\u{2d3}'",
        "\u{2d3}",
        "'\\u02d3'",
    );
    r(
        &mut failures,
        s("/\u{f0}\u{9beda}"),
        "'/\u{f0}\\U0009beda'",
        "/\u{f0}\u{9beda}",
        "'/\\xf0\\U0009beda'",
    );
    r(
        &mut failures,
        s("\u{94b4}\u{32cbf}\u{21dd}5="),
        "'\u{94b4}\\U00032cbf\u{21dd}5='",
        "\u{94b4}\u{32cbf}\u{21dd}5=",
        "'\\u94b4\\U00032cbf\\u21dd5='",
    );
    r(
        &mut failures,
        s("\u{33a}W\u{10cf8c}"),
        "'\u{33a}W\\U0010cf8c'",
        "\u{33a}W\u{10cf8c}",
        "'\\u033aW\\U0010cf8c'",
    );
    r(&mut failures, s("d"), "'d'", "d", "'d'");
    r(
        &mut failures,
        s("\u{3c9},\u{57c}"),
        "'\u{3c9},\u{57c}'",
        "\u{3c9},\u{57c}",
        "'\\u03c9,\\u057c'",
    );
    r(
        &mut failures,
        s("\u{4f0}_"),
        "'\u{4f0}_'",
        "\u{4f0}_",
        "'\\u04f0_'",
    );
    r(
        &mut failures,
        s("\u{551}\u{9b1b8}\u{70f}\u{32b4f}"),
        "'\u{551}\\U0009b1b8\\u070f\\U00032b4f'",
        "\u{551}\u{9b1b8}\u{70f}\u{32b4f}",
        "'\\u0551\\U0009b1b8\\u070f\\U00032b4f'",
    );
    report(failures);
}

/* GENERATOR
# Regenerates crates/rusputyn-runtime/tests/strings.rs from CPython 3.11 (the oracle). This script is stored
# at the end of that file; to run it (from the repository root):
#   sed -n '/^\/\* GENERATOR$/,/^GENERATOR \*\/$/p' crates/rusputyn-runtime/tests/strings.rs | sed '1d;$d' \
#     | python3 - crates/rusputyn-runtime/tests/strings.rs && rustfmt --edition 2024 crates/rusputyn-runtime/tests/strings.rs
# Each case below is evaluated by the running interpreter; its result's repr, or `ExceptionType: message`,
# becomes the expected value of one line of strings.rs. Add cases here; never edit the expected values by hand.
import io
import math
import sys

_TEST = sys.argv[1]
_SRC = open(_TEST).read()
_OPEN = "/" + "* GENERATOR\n"
_CLOSE = "GENERATOR *" + "/"
_GEN = _SRC[_SRC.index(_OPEN) + len(_OPEN):_SRC.index(_CLOSE)]

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

# (receiver, method, positional args, keyword args)
METHODS = [
    # split / rsplit
    ("a b  c", "split", (), {}),
    ("  a b  c  ", "split", (), {}),
    ("  a  b  ", "split", (None, 1), {}),
    ("  a  b  ", "rsplit", (None, 1), {}),
    ("a b\u3000c\x1cd\x85e\xa0f", "split", (), {}),
    ("a,b,,c", "split", (",",), {}),
    ("a,b,,c", "split", (",", 1), {}),
    ("a,b,,c", "rsplit", (",", 1), {}),
    ("a,b,,c", "split", (",", -5), {}),
    ("a,b,,c", "split", (), {"sep": ",", "maxsplit": 2}),
    ("aaa", "split", ("aa",), {}),
    ("aaa", "rsplit", ("aa",), {}),
    ("", "split", (), {}),
    ("", "split", (",",), {}),
    ("a", "split", (1, 2, 3), {}),
    ("a", "split", (1,), {}),
    ("a", "split", ("",), {}),
    ("a", "split", (), {"maxsplit": "x"}),
    ("a", "split", (), {"foo": 1}),
    ("a", "split", (" ",), {"sep": " "}),
    ("a", "rsplit", (" ", 1), {"x": 1}),
    ("a  b c", "rsplit", (), {"maxsplit": 1}),
    # splitlines
    ("a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci\r\nj\rk\n", "splitlines", (), {}),
    ("a\r\nb\n\nc", "splitlines", (True,), {}),
    ("a\r\nb\n\nc\r", "splitlines", (), {"keepends": 1}),
    ("", "splitlines", (), {}),
    ("a", "splitlines", (1, 2), {}),
    ("a", "splitlines", (), {"keepends": 1, "x": 2}),
    ("a", "splitlines", ("x",), {}),
    # join
    ("-", "join", (["a", "b", "c"],), {}),
    ("", "join", (("x", "y"),), {}),
    ("-", "join", ("abc",), {}),
    ("-", "join", ({"k": 1, "j": 2},), {}),
    ("a", "join", (), {}),
    ("a", "join", (1,), {}),
    ("a", "join", ([1],), {}),
    ("a", "join", (["a", b"x"],), {}),
    ("a", "join", ([], []), {}),
    ("a", "join", (), {"x": 1}),
    # strip
    ("  \t hi \n ", "strip", (), {}),
    ("xxhixx", "strip", ("x",), {}),
    ("xyhiyx", "lstrip", ("xy",), {}),
    ("xyhiyx", "rstrip", ("xy",), {}),
    ("\u2003hi\u2003", "strip", (), {}),
    ("hi", "strip", (None,), {}),
    ("a", "strip", (1, 2), {}),
    ("a", "strip", (1,), {}),
    ("a", "lstrip", (1,), {}),
    ("a", "strip", (), {"chars": "x"}),
    # replace
    ("aaaa", "replace", ("a", "b"), {}),
    ("aaaa", "replace", ("a", "b", 2), {}),
    ("aaaa", "replace", ("a", "b", -1), {}),
    ("abc", "replace", ("", "-"), {}),
    ("abc", "replace", ("", "-", 2), {}),
    ("héllo", "replace", ("é", "e"), {}),
    ("a", "replace", ("a",), {}),
    ("a", "replace", (1, "b"), {}),
    ("a", "replace", ("a", 2), {}),
    ("a", "replace", ("a", "b", "c"), {}),
    ("a", "replace", ("a", "b"), {"count": 1}),
    # find family
    ("hello", "find", ("l",), {}),
    ("hello", "find", ("l", 3), {}),
    ("hello", "find", ("l", -2), {}),
    ("hello", "find", ("l", 0, 2), {}),
    ("hello", "find", ("z",), {}),
    ("hello", "rfind", ("l",), {}),
    ("hello", "rfind", ("l", 0, 3), {}),
    ("héllo wörld", "find", ("ö",), {}),
    ("héllo wörld", "rfind", ("l", 0, -3), {}),
    ("héllo", "index", ("l", -2), {}),
    ("abc", "find", ("", 4), {}),
    ("abc", "find", ("", 3), {}),
    ("abc", "rfind", ("",), {}),
    ("abc", "find", ("b", None, None), {}),
    ("abc", "find", ("b", 10**30), {}),
    ("abc", "find", ("b", -10**30), {}),
    ("a", "find", (), {}),
    ("a", "find", (1,), {}),
    ("a", "find", ("a", 1, 2, 3), {}),
    ("a", "find", ("a", "x"), {}),
    ("a", "find", ("a", 1.5), {}),
    ("a", "find", (), {"sub": "a"}),
    ("a", "index", ("b",), {}),
    ("a", "rindex", ("b",), {}),
    ("abcabc", "rindex", ("b",), {}),
    ("a", "index", (), {}),
    # count
    ("aaaa", "count", ("aa",), {}),
    ("abc", "count", ("",), {}),
    ("abc", "count", ("", 4), {}),
    ("abc", "count", ("", 1, 2), {}),
    ("ababab", "count", ("ab", 1), {}),
    ("a", "count", (), {}),
    ("a", "count", (1,), {}),
    ("a", "count", ("a", 1, 2, 3), {}),
    ("a", "count", ("a",), {"x": 1}),
    # startswith / endswith
    ("hello", "startswith", ("he",), {}),
    ("hello", "startswith", (("x", "he"),), {}),
    ("hello", "startswith", ("l", 2), {}),
    ("hello", "startswith", ("ll", 2, 3), {}),
    ("hello", "endswith", ("lo",), {}),
    ("hello", "endswith", ("l", 0, -1), {}),
    ("hello", "endswith", ((),), {}),
    ("abc", "startswith", ("", 3), {}),
    ("abc", "startswith", ("", 4), {}),
    ("abc", "startswith", ("", 2, 1), {}),
    ("abc", "endswith", ("", 3), {}),
    ("a", "startswith", (), {}),
    ("a", "startswith", (1,), {}),
    ("a", "startswith", ((1,),), {}),
    ("a", "endswith", (1,), {}),
    ("a", "endswith", ((1,),), {}),
    ("a", "startswith", ("a", "x"), {}),
    ("a", "startswith", ("a",), {"start": 1}),
    # case
    ("hello world", "upper", (), {}),
    ("HeLLo", "lower", (), {}),
    ("ß", "upper", (), {}),
    ("ΣΑΣ", "lower", (), {}),
    ("aΣ b", "lower", (), {}),
    ("İ", "lower", (), {}),
    ("ßΣ", "swapcase", (), {}),
    ("Hello World", "swapcase", (), {}),
    ("ß", "casefold", (), {}),
    ("ΣΑΣ", "casefold", (), {}),
    ("ﬁ", "casefold", (), {}),
    ("hello world", "title", (), {}),
    ("they're bill's friends", "title", (), {}),
    ("ǆemal ǈ", "title", (), {}),
    ("ﬀ ß", "title", (), {}),
    ("hello1world a2b", "title", (), {}),
    ("ΣΑΣ", "title", (), {}),
    ("σας ΣΑΣ.", "title", (), {}),
    ("ΣΑΣ", "capitalize", (), {}),
    ("ΑΣ'Σ", "lower", (), {}),
    ("ﬀ ß", "capitalize", (), {}),
    ("hELLO wORLD", "capitalize", (), {}),
    ("", "capitalize", (), {}),
    ('Σ', 'lower', (), {}),
    ('Σ', 'swapcase', (), {}),
    ('Σ', 'title', (), {}),
    ('Σ', 'capitalize', (), {}),
    ('Σ', 'upper', (), {}),
    ('Σ', 'casefold', (), {}),
    ('aΣ', 'lower', (), {}),
    ('aΣ', 'swapcase', (), {}),
    ('aΣ', 'title', (), {}),
    ('aΣ', 'capitalize', (), {}),
    ('aΣ', 'upper', (), {}),
    ('aΣ', 'casefold', (), {}),
    ('aΣb', 'lower', (), {}),
    ('aΣb', 'swapcase', (), {}),
    ('aΣb', 'title', (), {}),
    ('aΣb', 'capitalize', (), {}),
    ('aΣb', 'upper', (), {}),
    ('aΣb', 'casefold', (), {}),
    ('aΣ.', 'lower', (), {}),
    ('aΣ.', 'swapcase', (), {}),
    ('aΣ.', 'title', (), {}),
    ('aΣ.', 'capitalize', (), {}),
    ('aΣ.', 'upper', (), {}),
    ('aΣ.', 'casefold', (), {}),
    ('a.Σ', 'lower', (), {}),
    ('a.Σ', 'swapcase', (), {}),
    ('a.Σ', 'title', (), {}),
    ('a.Σ', 'capitalize', (), {}),
    ('a.Σ', 'upper', (), {}),
    ('a.Σ', 'casefold', (), {}),
    ('Σa', 'lower', (), {}),
    ('Σa', 'swapcase', (), {}),
    ('Σa', 'title', (), {}),
    ('Σa', 'capitalize', (), {}),
    ('Σa', 'upper', (), {}),
    ('Σa', 'casefold', (), {}),
    ('aΣ́', 'lower', (), {}),
    ('aΣ́', 'swapcase', (), {}),
    ('aΣ́', 'title', (), {}),
    ('aΣ́', 'capitalize', (), {}),
    ('aΣ́', 'upper', (), {}),
    ('aΣ́', 'casefold', (), {}),
    ('aΣ́b', 'lower', (), {}),
    ('aΣ́b', 'swapcase', (), {}),
    ('aΣ́b', 'title', (), {}),
    ('aΣ́b', 'capitalize', (), {}),
    ('aΣ́b', 'upper', (), {}),
    ('aΣ́b', 'casefold', (), {}),
    ('1Σ', 'lower', (), {}),
    ('1Σ', 'swapcase', (), {}),
    ('1Σ', 'title', (), {}),
    ('1Σ', 'capitalize', (), {}),
    ('1Σ', 'upper', (), {}),
    ('1Σ', 'casefold', (), {}),
    ('ǅΣ', 'lower', (), {}),
    ('ǅΣ', 'swapcase', (), {}),
    ('ǅΣ', 'title', (), {}),
    ('ǅΣ', 'capitalize', (), {}),
    ('ǅΣ', 'upper', (), {}),
    ('ǅΣ', 'casefold', (), {}),
    ('ꟓ', 'lower', (), {}),
    ('ꟓ', 'swapcase', (), {}),
    ('ꟓ', 'title', (), {}),
    ('ꟓ', 'capitalize', (), {}),
    ('ꟓ', 'upper', (), {}),
    ('ꟓ', 'casefold', (), {}),
    ('ƛɤ', 'lower', (), {}),
    ('ƛɤ', 'swapcase', (), {}),
    ('ƛɤ', 'title', (), {}),
    ('ƛɤ', 'capitalize', (), {}),
    ('ƛɤ', 'upper', (), {}),
    ('ƛɤ', 'casefold', (), {}),
    ("a", "upper", (1,), {}),
    ("a", "upper", (), {"x": 1}),
    ("a", "title", (1,), {}),
    ("a", "casefold", (1,), {}),
    # predicates
    ("123", "isdigit", (), {}),
    ("", "isdigit", (), {}),
    ("\u2167", "isnumeric", (), {}),
    ("\u2167", "isdigit", (), {}),
    ("\u00b2", "isdigit", (), {}),
    ("\u00b2", "isdecimal", (), {}),
    ("\u0663", "isdecimal", (), {}),
    ("一", "isnumeric", (), {}),
    ("½", "isnumeric", (), {}),
    ("abc", "isalpha", (), {}),
    ("ab1", "isalpha", (), {}),
    ("é", "isalpha", (), {}),
    ("Ab1", "isalnum", (), {}),
    ("\u2167", "isalnum", (), {}),
    ("a b", "isalnum", (), {}),
    (" \t\n\x1f\u3000", "isspace", (), {}),
    ("", "isspace", (), {}),
    ("\u200b", "isspace", (), {}),
    ("abc", "islower", (), {}),
    ("abc1", "islower", (), {}),
    ("123", "islower", (), {}),
    ("aBc", "islower", (), {}),
    ("ABC", "isupper", (), {}),
    ("ΑΒΓ", "isupper", (), {}),
    ("ǅ", "isupper", (), {}),
    ("ǅ", "istitle", (), {}),
    ("Hello World", "istitle", (), {}),
    ("HeLLo", "istitle", (), {}),
    ("Hello 1World", "istitle", (), {}),
    ("", "istitle", (), {}),
    ("_a1", "isidentifier", (), {}),
    ("1a", "isidentifier", (), {}),
    ("é", "isidentifier", (), {}),
    ("", "isidentifier", (), {}),
    ("a-b", "isidentifier", (), {}),
    ("", "isascii", (), {}),
    ("abc\x7f", "isascii", (), {}),
    ("é", "isascii", (), {}),
    ("", "isprintable", (), {}),
    ("abc", "isprintable", (), {}),
    ("a\nb", "isprintable", (), {}),
    ("\u00e9\u0301", "isprintable", (), {}),
    ("\u00ad", "isprintable", (), {}),
    ("\u00a0", "isprintable", (), {}),
    ("a", "isdigit", (1,), {}),
    ("a", "isidentifier", (1,), {}),
    # padding
    ("abc", "center", (6, "*"), {}),
    ("abc", "center", (8,), {}),
    ("ab", "center", (5,), {}),
    ("a", "center", (4,), {}),
    ("abc", "center", (2,), {}),
    ("ab", "ljust", (5, "é"), {}),
    ("ab", "ljust", (5,), {}),
    ("ab", "rjust", (5, "-"), {}),
    ("ab", "rjust", (1,), {}),
    ("ab", "rjust", (-3,), {}),
    ("a", "center", (), {}),
    ("a", "center", ("x",), {}),
    ("a", "center", (5, "ab"), {}),
    ("a", "center", (5, 1), {}),
    ("a", "ljust", (5, ""), {}),
    ("a", "center", (1.5,), {}),
    ("a", "center", (5,), {"fillchar": "x"}),
    ("-42", "zfill", (6,), {}),
    ("+x", "zfill", (4,), {}),
    ("42", "zfill", (5,), {}),
    ("ab", "zfill", (-3,), {}),
    ("", "zfill", (3,), {}),
    ("a", "zfill", (), {}),
    ("a", "zfill", ("x",), {}),
    ("a", "zfill", (), {"width": 5}),
    # expandtabs
    ("a\tb\nc\td", "expandtabs", (), {}),
    ("01\t012\t0123\t01234", "expandtabs", (4,), {}),
    ("a\tb", "expandtabs", (0,), {}),
    ("a\tb", "expandtabs", (-1,), {}),
    ("é\tb\r\tc", "expandtabs", (), {"tabsize": 3}),
    ("a", "expandtabs", ("x",), {}),
    ("\t", "expandtabs", (2**40,), {}),
    ("a", "center", (10**12,), {}),
    ("a", "center", (10**30,), {}),
    ("a", "zfill", (10**12,), {}),
    ("{\u0661}", "format", ("x", "y"), {}),
    ("a", "expandtabs", (1, 2), {}),
    ("a", "expandtabs", (), {"tabsize": 4, "x": 1}),
    # partition
    ("x=1=2", "partition", ("=",), {}),
    ("x=1=2", "rpartition", ("=",), {}),
    ("x", "partition", ("=",), {}),
    ("x", "rpartition", ("=",), {}),
    ("a", "partition", ("",), {}),
    ("a", "partition", (1,), {}),
    ("a", "rpartition", ("",), {}),
    ("a", "partition", (), {}),
    # removeprefix / removesuffix
    ("prefix-body", "removeprefix", ("prefix-",), {}),
    ("prefix-body", "removeprefix", ("x",), {}),
    ("body.py", "removesuffix", (".py",), {}),
    ("a", "removeprefix", (1,), {}),
    ("a", "removesuffix", (1,), {}),
    ("a", "removeprefix", (), {}),
    ("a", "removeprefix", (), {"prefix": "a"}),
    # encode
    ("héllo", "encode", (), {}),
    ("x", "encode", ("UTF8",), {}),
    ("héllo", "encode", ("latin_1",), {}),
    ("héllo", "encode", ("Latin-1",), {}),
    ("hello", "encode", ("ascii",), {}),
    ("h€llo", "encode", ("ascii", "replace"), {}),
    ("h€llo", "encode", ("ascii", "ignore"), {}),
    ("h€llo", "encode", ("ascii", "xmlcharrefreplace"), {}),
    ("h€\U0001f600llo", "encode", ("ascii", "backslashreplace"), {}),
    ("h€€llo", "encode", ("latin-1",), {}),
    ("é", "encode", ("ascii",), {}),
    ("a\u20acb", "encode", ("latin-1",), {}),
    ("h€llo", "encode", (), {"errors": "ignore", "encoding": "ascii"}),
    ("a", "encode", ("foo",), {}),
    ("a", "encode", (1,), {}),
    ("a", "encode", ("utf-8", "bad"), {}),
    ("é", "encode", ("ascii", "bad"), {}),
    ("a", "encode", ("utf-8", "strict", "x"), {}),
    ("a", "encode", ("utf-8",), {"encoding": "x"}),
    ("a", "encode", (), {"encoding": 1}),
    ("a", "encode", (), {"errors": 1}),
    ("a", "encode", (), {"foo": 1}),
    ("a€", "encode", ("utf-16",), {}),
    ("a€", "encode", ("utf-16-le",), {}),
    ("a€\U0001f600", "encode", ("utf_16_be",), {}),
    ("a€", "encode", ("utf-32",), {}),
    ("a", "encode", ("utf-32-be",), {}),
    ("a", "encode", ("utf-32le",), {}),
    ("a", "encode", ("UTF16",), {}),
    ("a", "encode", ("utf-8-sig",), {}),
    ("é", "encode", ("ascii", "namereplace"), {}),
    # translate / maketrans
    ("abc", "translate", ({97: "xy", 98: None, 99: 100},), {}),
    ("abc", "translate", ({},), {}),
    ("abc", "translate", ({97: 0x110000},), {}),
    ("abc", "translate", ({97: 1.5},), {}),
    ("abc", "translate", (["x", "y"],), {}),
    ("a", "translate", (), {}),
    ("a", "translate", (1,), {}),
    ("", "maketrans", ("ab", "cd", "e"), {}),
    ("", "maketrans", ({"a": 1, 2: "x"},), {}),
    ("", "maketrans", (), {}),
    ("", "maketrans", (1,), {}),
    ("", "maketrans", ("ab", "c"), {}),
    ("", "maketrans", ({"ab": 1},), {}),
    ("", "maketrans", ({1.5: 1},), {}),
    ("", "maketrans", (1, "b"), {}),
    ("", "maketrans", ("a", 2), {}),
    ("", "maketrans", ("a", "b", 1), {}),
    # format / format_map
    ("{} {}", "format", (1, "a"), {}),
    ("{1} {0} {1}", "format", ("a", "b"), {}),
    ("{x}-{y}", "format", (), {"x": 1, "y": 2.5}),
    ("{0!r:>{1}}", "format", ("a", 5), {}),
    ("{:{}}", "format", ("a", 3), {}),
    ("{0[1]}{0[a]}", "format", ({1: "x", "a": "y"},), {}),
    ("{a.real}", "format", (), {"a": 3}),
    ("{0[0]}", "format", ("ab",), {}),
    ("{0[-1]}", "format", ([1, 2],), {}),
    ("{!r}", "format", ("x",), {}),
    ("{!a}", "format", ("é",), {}),
    ("{!s:>4}", "format", (1,), {}),
    ("{00}", "format", (1,), {}),
    ("a{{b}}c", "format", (), {}),
    ("{:*^10}", "format", ("mid",), {}),
    ("{0:.{1}f}", "format", (3.14159, 2), {}),
    ("{0:{1}{2}}", "format", (42, ">", 6), {}),
    ("{:,}", "format", (1234567,), {}),
    ("{}{}", "format", (1,), {}),
    ("{0}{}", "format", (1, 2), {}),
    ("{}{0}", "format", (1, 2), {}),
    ("{", "format", (), {}),
    ("}", "format", (), {}),
    ("a}b", "format", (), {}),
    ("{0!x}", "format", (1,), {}),
    ("{0!}", "format", (1,), {}),
    ("{0!rr}", "format", (1,), {}),
    ("{0[}", "format", (1,), {}),
    ("{0.}", "format", (1,), {}),
    ("{0[0]x}", "format", ([1],), {}),
    ("{a", "format", (), {"a": 1}),
    ("{x}", "format", (), {}),
    ("{0:{1:{2}}}", "format", (1, 2, 3), {}),
    ("{0{}}", "format", (1,), {}),
    ("{ 0 }", "format", (1,), {}),
    ("{0.x}", "format", (1,), {}),
    ("{0[5]}", "format", ([1],), {}),
    ("{0:}}", "format", (1,), {}),
    ("{:d}", "format", ("x",), {}),
    ("{a}", "format_map", ({"a": 1},), {}),
    ("{}", "format_map", ({},), {}),
    ("{x}", "format_map", ({},), {}),
    ("a", "format_map", (1,), {}),
    ("a", "format_map", (), {}),
    # dunders
    ("abc", "__len__", (), {}),
    ("abc", "__contains__", ("b",), {}),
    ("abc", "__contains__", (1,), {}),
    ("abc", "__getitem__", (1,), {}),
    ("abc", "__getitem__", ("x",), {}),
    ("ab", "__add__", ("c",), {}),
    ("a", "__add__", (1,), {}),
    ("ab", "__mul__", (3,), {}),
    ("a", "__mul__", ("x",), {}),
    ("a", "__eq__", ("a",), {}),
    ("a", "__eq__", (1,), {}),
    ("a", "__lt__", ("b",), {}),
    ("a", "__lt__", (1,), {}),
    ("%s!", "__mod__", (1,), {}),
    ("a", "__format__", (">3",), {}),
    ("a", "__format__", (1,), {}),
    ("a", "__repr__", (), {}),
    # bytes
    (b"hello", "decode", (), {}),
    (b"h\xc3\xa9llo", "decode", (), {}),
    (b"h\xc3\xa9llo", "decode", ("latin-1",), {}),
    (b"\xff", "decode", (), {}),
    (b"a\xe2\x82x", "decode", (), {}),
    (b"a\xe2\x82", "decode", (), {}),
    (b"\xed\xa0\x80", "decode", (), {}),
    (b"\xf0\x80\x80", "decode", (), {}),
    (b"a\xffb\xfe", "decode", ("utf-8", "replace"), {}),
    (b"a\xe2\x82xb", "decode", ("utf-8", "replace"), {}),
    (b"a\xffb", "decode", ("utf-8", "ignore"), {}),
    (b"a\xffb", "decode", ("utf-8", "backslashreplace"), {}),
    (b"a\xe9", "decode", ("ascii",), {}),
    (b"a\xe9\xe9", "decode", ("ascii", "replace"), {}),
    (b"a\xff", "decode", (), {"errors": "bad"}),
    (b"a", "decode", ("bogus",), {}),
    (b"\xff\xfea\x00", "decode", ("utf-16",), {}),
    (b"\xfe\xff\x00a", "decode", ("utf-16",), {}),
    (b"a\x00", "decode", ("utf-16",), {}),
    (b"\xff\xfea", "decode", ("utf-16",), {}),
    (b"a\x00b", "decode", ("utf-16-le",), {}),
    (b"a\x00b", "decode", ("utf-16-le", "replace"), {}),
    (b"\x00\xd8a\x00", "decode", ("utf-16-le",), {}),
    (b"\x00\xdca\x00", "decode", ("utf-16-le",), {}),
    (b"\x00\xd8", "decode", ("utf-16-le",), {}),
    (b"\x00\xdc", "decode", ("utf-16-le", "replace"), {}),
    (b"=\xd8\x00\xde", "decode", ("utf-16-le",), {}),
    (b"\x00a\x00b", "decode", ("utf-16-be",), {}),
    (b"\xff\xfe\x00\x00a\x00\x00\x00", "decode", ("utf-32",), {}),
    (b"a\x00\x00\x00", "decode", ("utf-32",), {}),
    (b"a\x00\x00", "decode", ("utf-32-le",), {}),
    (b"\x00\x00\x11\x00", "decode", ("utf-32-le",), {}),
    (b"\x00\xd8\x00\x00", "decode", ("utf-32-le",), {}),
    (b"\x00\x00\x11\x00", "decode", ("utf-32-le", "replace"), {}),
    (b"\x00\x00\x00a", "decode", ("utf-32-be",), {}),
    (b"\xef\xbb\xbfa", "decode", ("utf-8-sig",), {}),
    (b"a", "decode", ("utf-8-sig",), {}),
    (b"a", "decode", (1,), {}),
    (b"a", "decode", ("utf-8", "strict", 1), {}),
    (b"a", "decode", (), {"x": 1}),
    (b"\x00\xff\x10", "hex", (), {}),
    (b"\x00\xff\x10", "hex", (":",), {}),
    (b"\x00\xff\x10\x20\x30", "hex", ("-", 2), {}),
    (b"\x00\xff\x10\x20\x30", "hex", ("-", -2), {}),
    (b"", "hex", (), {}),
    (b"ab", "hex", ("",), {}),
    (b"ab", "hex", ("::",), {}),
    (b"", "fromhex", ("00ff 10",), {}),
    (b"", "fromhex", ("0",), {}),
    (b"", "fromhex", ("zz",), {}),
    (b"", "fromhex", (1,), {}),
    (b"a b  c", "split", (), {}),
    (b"a,b,,c", "split", (b",",), {}),
    (b"a,b,,c", "split", (b",", 1), {}),
    (b"a,b,,c", "rsplit", (b",", 1), {}),
    (b"a b", "split", (" ",), {}),
    (b"a b", "split", (b"",), {}),
    (b"-", "join", ([b"a", b"b"],), {}),
    (b"-", "join", ([b"a", "b"],), {}),
    (b"-", "join", ([b"a", 1],), {}),
    (b"  hi  ", "strip", (), {}),
    (b"xxhixx", "strip", (b"x",), {}),
    (b"xxhixx", "lstrip", (b"x",), {}),
    (b"xxhixx", "rstrip", (b"x",), {}),
    (b"xxhixx", "strip", ("x",), {}),
    (b"aaaa", "replace", (b"a", b"b"), {}),
    (b"aaaa", "replace", (b"a", b"b", 2), {}),
    (b"aaaa", "replace", ("a", b"b"), {}),
    (b"hello", "find", (b"l",), {}),
    (b"hello", "find", (108,), {}),
    (b"hello", "find", (b"l", 3), {}),
    (b"hello", "find", (b"z",), {}),
    (b"hello", "find", ("l",), {}),
    (b"hello", "rfind", (b"l",), {}),
    (b"hello", "index", (b"l",), {}),
    (b"hello", "index", (b"z",), {}),
    (b"hello", "rindex", (b"z",), {}),
    (b"hello", "count", (b"l",), {}),
    (b"hello", "count", (108,), {}),
    (b"hello", "count", (b"",), {}),
    (b"hello", "startswith", (b"he",), {}),
    (b"hello", "startswith", ((b"x", b"he"),), {}),
    (b"hello", "startswith", ("he",), {}),
    (b"hello", "endswith", (b"lo",), {}),
    (b"hello", "endswith", (b"l", 0, 4), {}),
    (b"Hello", "upper", (), {}),
    (b"Hello\xe9", "lower", (), {}),
    (b"123", "isdigit", (), {}),
    (b"", "isdigit", (), {}),
    (b"abc", "isalpha", (), {}),
    (b"ab1", "isalnum", (), {}),
    (b" \t\n", "isspace", (), {}),
    (b"abc", "islower", (), {}),
    (b"ABC", "isupper", (), {}),
    (b"Hello World", "istitle", (), {}),
    (b"hello world", "title", (), {}),
    (b"hello", "capitalize", (), {}),
    (b"HeLLo", "swapcase", (), {}),
    (b"ab", "center", (6, b"*"), {}),
    (b"ab", "ljust", (4,), {}),
    (b"ab", "rjust", (4, b"0"), {}),
    (b"ab", "center", (6, "*"), {}),
    (b"-5", "zfill", (4,), {}),
    (b"a", "ljust", (10**12,), {}),
    (b"x=1", "partition", (b"=",), {}),
    (b"x=1", "rpartition", (b"=",), {}),
    (b"a\nb\r\nc", "splitlines", (), {}),
    (b"a\nb\r\nc", "splitlines", (True,), {}),
    (b"a\tb", "expandtabs", (), {}),
    (b"prefix", "removeprefix", (b"pre",), {}),
    (b"prefix", "removesuffix", (b"fix",), {}),
    (b"abc", "isascii", (), {}),
    (b"abc", "__len__", (), {}),
]



def random_methods(n):
    """Seeded random calls of search/split/strip/pad methods on mixed-script strings."""
    import random

    rng = random.Random(7)
    alphabet = "ab \t\n\r\x0b\x1cé日Σσς\u2028\u3000,.-_1٣"
    pool = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12))) for _ in range(60)]
    subs = ["", "a", "b", " ", "ab", "é", "日", "Σ", ",", "a ", "\n", "xyz"]
    idx = [None, 0, 1, 2, -1, -3, 5, 100, -100]
    out = []
    for _ in range(n):
        recv = rng.choice(pool)
        m = rng.choice(["find", "rfind", "count", "index", "rindex", "startswith", "endswith", "split", "rsplit",
                        "strip", "lstrip", "rstrip", "partition", "rpartition", "replace", "center", "ljust",
                        "rjust", "zfill", "splitlines", "expandtabs", "title", "swapcase", "capitalize",
                        "istitle", "isspace", "isalnum", "isnumeric"])
        if m in ("find", "rfind", "count", "index", "rindex", "startswith", "endswith"):
            args = (rng.choice(subs),) + tuple(rng.choice(idx) for _ in range(rng.randrange(0, 3)))
        elif m in ("split", "rsplit"):
            args = (rng.choice([None, " ", "a", ",", "ab", "\n"]), rng.choice([-1, 0, 1, 2, 5]))
        elif m in ("strip", "lstrip", "rstrip"):
            args = rng.choice([(), (None,), ("a",), (" a",), ("é日",)])
        elif m in ("partition", "rpartition"):
            args = (rng.choice(subs[1:]),)
        elif m == "replace":
            args = (rng.choice(subs), rng.choice(["", "-", "XY"]), rng.choice([-1, 0, 1, 3]))
        elif m in ("center", "ljust", "rjust"):
            args = (rng.randrange(-2, 16), rng.choice([" ", "*", "é"]))
        elif m == "zfill":
            args = (rng.randrange(-2, 16),)
        elif m == "splitlines":
            args = (rng.choice([False, True]),)
        elif m == "expandtabs":
            args = (rng.randrange(-1, 9),)
        else:
            args = ()
        out.append((recv, m, args, {}))
    return out


METHODS += random_methods(700)


def to_bytes_case(case):
    recv, m, args, kw = case
    conv = lambda x: x.encode() if isinstance(x, str) else x
    return (conv(recv), m, tuple(conv(a) for a in args), kw)


# The same kind of calls on bytes (methods bytes lacks are dropped).
METHODS += [to_bytes_case(c) for c in random_methods(500) if c[1] not in ("isnumeric",)]



def random_str_format(n):
    """Seeded random `str.format` templates: numbering, conversions, nested specs, escapes."""
    import random

    rng = random.Random(99)
    values = [0, 7, -12345, 2**65, 1.5, -0.0, 1e-7, 123456.789, "é日", "", "ab'c", True, None, (1, "x"), [1, 2]]
    out = []
    for _ in range(n):
        parts = []
        auto = rng.random() < 0.5
        for k in range(rng.randrange(1, 4)):
            parts.append(rng.choice(["", "x", "{{", "}}", " - ", "é"]))
            name = "" if auto else str(rng.randrange(0, 3))
            if rng.random() < 0.15:
                name = rng.choice(["a", "b", "0[0]", "a.real", "b[1]"])
            conv = rng.choice(["", "", "", "!r", "!s", "!a"])
            spec = ""
            if rng.random() < 0.6:
                spec = ":" + rng.choice(["", ">8", "<5", "^9", "*^7", "+", "08.3f", ",", "_", ".2", "x", "e", "%", "s", "{}", "{1}", ">{2}"])
            parts.append("{" + name + conv + spec + "}")
            if rng.random() < 0.05:
                parts.append(rng.choice(["{", "}", "{!}", "{0!x}", "{:{:{}}}"]))
        args = tuple(rng.choice(values) for _ in range(rng.randrange(0, 4)))
        kw = {k: rng.choice(values) for k in rng.sample(["a", "b"], rng.randrange(0, 3))}
        out.append(("".join(parts), "format", args, kw))
    return out


METHODS += random_str_format(400)

# Method cases known to differ from CPython, with the reason; the test fails if one of them
# starts to pass, so the entry can be removed.
KNOWN_METHOD_FAILURES = {
    ("é", "encode", repr(("ascii", "namereplace"))): "the namereplace handler needs the Unicode name table, not bundled",
}

# (value, format spec)
FORMATS = [
    ("ab", "05"), ("ab", "=5"), ("ab", ">5"), ("ab", "^6"), ("ab", "*<5"), ("abc", ".2"), ("abc", "^8.2"),
    ("abc", "0^8"), ("a", "z"), ("a", ","), ("a", "_"), ("a", "+"), ("a", "#"), ("a", "d"), ("a", "x<^5"),
    ("a", "s"), ("é", "é^5"),
    (True, ">5"), (True, "d"), (True, ""), (True, "^7s"), (True, "f"), (True, "x"), (True, "s"),
    (1, "z"), (1, ",,"), (1, "_,"), (1, ",_"), (1, ".2"), (1, "c"), (65, "c"), (1, "+c"), (1, "#c"), (1, ",c"),
    (1, ",x"), (1, "_n"), (1, "x<^5"), (1, "10000000000000000000000"), (1, "=5"), (1, "x=5"), (-1, "0=8"),
    (-12345, "012,"), (-12345, "012_x"), (10**30, ","), (10**30, "e"), (-5, "b"), (255, "#X"), (255, "#o"),
    (255, "#b"), (255, "#010x"), (255, "_b"), (255, "#_b"), (1234567, "_x"), (0x110000, "c"), (-1, "c"),
    (12345, ".3e"), (12345, "%"), (12, "0^8"), (12, "0<8"), (12, "<08"), (5, "n"), (1234567, "n"), (1, "s"), (1, "ss"),
    (1234567, ","), (1234567, "_"), (-1234567, "+,"), (42, " "), (42, "+"), (-42, " "), (42, "-"),
    (42, "08,"), (42, "010_"), (123456, "012,"), (1234, "0=+10,"), (42, "*=+8"), (42, "#x"), (-42, "#x"),
    (42, "#10o"), (42, "<#10b"), (42, "^+9"), (255, "X"), (2**64, "x"), (-(2**70), ","), (0, "#b"),
    (1.5, ",,"), (1.5, ",n"), (1.5, "d"), (1.5, ".10000000000000000000000"), (1.5, "."), (1.5, "%"),
    (1e16, "g"), (0.1 + 0.2, ".17g"), (12345.6789, ",.2f"), (1.0, "#g"), (0.0, "#g"), (1.0, ".3"),
    (123.0, ".3"), (1234.0, ".3"), (1e16, ".3"), (1e16, ""), (1e16, "5"), (1.0, "5"), (1.0, "#.0f"),
    (1.0, "#.0e"), (2.5, ".0f"), (3.5, ".0f"), (0.125, ".2f"), (0.375, ".2f"), (1e-5, ""), (1e-5, "10"), (1e-5, "g"),
    (123456789.0, "n"), (0.0001, ".3"), (0.00001, ".3"), (math.inf, "F"), (math.inf, "010f"),
    (math.inf, "%"), (-math.inf, "E"), (math.nan, "+.3f"), (-math.nan, "f"), (-math.nan, "+"), (math.nan, "G"),
    (1.5e300, "f"), (3.0, "n"), (1234.5, "010,.1f"), (1234.5, "0=12,.1f"), (1234.5, "*^12,.1f"),
    (-1234.5, "012,.1f"), (1.5, "c"), (1.0, "x"), (1.5, "0<8"), (-1.5, "08"), (-1.5, " 08"),
    (1.5, "+08.2f"), (1.5, "-"), (1.5, " "), (1.5, "s"), (1.5, ".2fx"), (1.5, "<<<"), (1.5, "z+"),
    (-0.0, "z.1f"), (-0.0, ".1f"), (-0.0, ""), (-0.0, "g"), (-0.00001, "z.2e"), (-0.00001, "z.2g"), (-0.00001, "z"),
    (-0.001, "z.1f"), (-0.001, "z.1%"), (-1e-300, "z"), (1.0, "e"), (1.0, "E"), (1e-10, "f"), (1e-10, "e"),
    (123.456, "g"), (123.456, ".2g"), (123.456, ".10g"), (123.456, "#.2g"), (0.000123456, "g"),
    (1e100, "g"), (1e100, ".0e"), (9.999, ".2f"), (9.995, ".2f"), (99.5, ".0f"), (0.5, ".0f"), (1.5, ".0f"),
    (2.675, ".2f"), (1e22, ""), (1e22, "f"), (123456789012345678.0, ""), (0.1, ".30f"), (5e-324, ""),
    (5e-324, "g"), (1.7976931348623157e308, ""), (1.7976931348623157e308, ",.0f"), (1.23456789e-7, ".3"),
    (100.0, ".1"), (100.0, ".2"), (100.0, ".3"), (100.0, "#.3"), (0.5, "%"), (0.5, ".0%"), (1 / 3, ".2%"),
    (1234.5678, "_.2f"), (1234.5678, "_"), (1234.5678, ","), (1234.5678, ",e"), (1234.5678, ",g"),
    (1234567.0, ",g"), (1234567.0, "015,.2f"), (1234567.0, "015_.2f"), (12.0, "0>8.2f"), (12.0, "=+8.1f"),
    (float("inf"), "+"), (float("inf"), " "), (float("inf"), "=10"), (float("inf"), "#"), (float("inf"), ",.2f"),
    (None, ""), (None, "5"), ([], "x"), ([], ""), ((1, 2), ""),
]



def random_formats(n):
    """Seeded random values and specs: a broad net for layout and rounding differences."""
    import random

    rng = random.Random(20261121)
    values = []
    for _ in range(n):
        kind = rng.randrange(7)
        if kind == 0:
            v = rng.uniform(-1e6, 1e6)
        elif kind == 1:
            v = rng.choice([-1, 1]) * 10 ** rng.uniform(-30, 30)
        elif kind == 2:
            v = rng.randrange(-100000, 100000) / rng.choice([2, 4, 8, 16, 1000, 1024])
        elif kind == 3:
            v = rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 0.25, 1e16, 1e15, 9.99999e15, 123456789.0, 1e-7])
        elif kind == 4:
            v = rng.randrange(-10**6, 10**6)
        elif kind == 5:
            v = rng.randrange(-10**25, 10**25)
        else:
            v = rng.choice([True, False, 0, -1])
        spec = ""
        if rng.random() < 0.3:
            spec += rng.choice(["", "*", "0", "x", "é"]) + rng.choice("<>^=")
        if rng.random() < 0.3:
            spec += rng.choice("+- ")
        if rng.random() < 0.15:
            spec += "z"
        if rng.random() < 0.2:
            spec += "#"
        if rng.random() < 0.2:
            spec += "0"
        if rng.random() < 0.5:
            spec += str(rng.randrange(0, 25))
        if rng.random() < 0.25:
            spec += rng.choice(",_")
        if rng.random() < 0.5:
            spec += "." + str(rng.randrange(0, 20))
        if rng.random() < 0.8:
            spec += rng.choice("bcdeEfFgGnosxX%")
        values.append((v, spec))
    return values


FORMATS += random_formats(600)

# (format, args)
PERCENT = [
    ("%s", 1), ("%s %s", (1, "a")), ("%r", "a"), ("%a", "é"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.1s", "ab"),
    ("%5.1s|", "ab"), ("%s", ()), ("%s", ((1, 2),)), ("%s", [1, 2]), ("%s", {"a": 1}), ("%(a)s", {"a": 1}),
    ("%(a)s %(b)r", {"a": 1, "b": "x"}), ("%(a)s %s", {"a": 1}), ("%(a)s", {}), ("%(a)s", 1), ("%(a", {"a": 1}),
    ("%(a(b))s", {"a(b)": 2}),
    ("%d", 42), ("%d", -42), ("%5d|", 42), ("%-5d|", 42), ("%05d", -42), ("%-05d|", -42), ("%+d", 42),
    ("% d", 42), ("% d", -42), ("%+ d", 42), ("%.3d", 5), ("%.3d", -5), ("%8.3d|", -5), ("%08.3d|", -5), ("%i", 7), ("%u", 7),
    ("%d", 3.99), ("%d", -3.99), ("%d", True), ("%d", 10**30), ("%d", "x"), ("%d", None), ("%d", float("nan")),
    ("%d", float("inf")),
    ("%x", 255), ("%X", 255), ("%#x", 255), ("%#X", 255), ("%#o", 8), ("%o", 8), ("%#08x", 255), ("%#8x|", 255),
    ("%-#8x|", 255), ("%#.4x", -255), ("%x", -255), ("%+#x", 255), ("%x", 1.5), ("%x", "a"), ("%x", True),
    ("%e", 12345.678), ("%.3e", 12345.678), ("%E", 0.000123), ("%f", 1.5), ("%.2f", 2.675), ("%.0f", 0.5),
    ("%#.0f", 1.0), ("%10.3f|", -3.14159), ("%-10.3f|", 3.14159), ("%010.3f", -3.14159), ("%+.1f", 2.0),
    ("% .1f", 2.0), ("%g", 1e-5), ("%g", 123456789.0), ("%G", 1e-20), ("%#g", 1.0), ("%.3g", 0.0001234),
    ("%f", 3), ("%f", "x"), ("%f", None), ("%f", float("inf")), ("%f", float("nan")), ("%05f", float("inf")),
    ("%F", float("nan")), ("%f", 10**30),
    ("%c", 65), ("%c", "x"), ("%c", "xy"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%3c|", "x"), ("%-3c|", 65),
    ("%%", ()), ("100%%", ()), ("%s%%", 5), ("%5%", ()), ("%", ()), ("abc%", ()), ("%y", 1), ("%y", ()),
    ("%s %s", (1,)), ("%s", (1, 2)), ("", 5), ("", ()), ("", {}), ("abc", []), ("abc", "x"), ("%s", "x"),
    ("%*d", (5, 42)), ("%-*d|", (5, 42)), ("%*d|", (-5, 42)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 2, 3.14159)),
    ("%*d", ("x", 1)), ("%.*f", (-1, 1.5)),
    ("%ld %hd %Ld", (1, 2, 3)), ("%s", None), ("%r", None), ("%s", b"x"), ("%r", 1.5), ("%s", 1e16),
    ("%(x)d items", {"x": 3}), ("%(x)05.1f", {"x": 3.14159}), ("%s\u00e9", "x"), ("%\u00e9", 1),
    # bytes
    (b"%s", b"x"), (b"%b", b"xy"), (b"%s", "x"), (b"%d", 5), (b"%5d|", -5), (b"%x", 255), (b"%#x", 255),
    (b"%r", "é"), (b"%a", "é"), (b"%c", 65), (b"%c", b"A"), (b"%c", 256), (b"%c", "A"), (b"%.1f", 1.25),
    (b"%s %s", (b"a", b"b")), (b"%(k)s", {b"k": b"v"}), (b"%s", (1,)), (b"%y", 1), (b"", 1), (b"%%", ()),
    (b"%5s|", b"ab"), (b"%-5s|", b"ab"), (b"%.1s", b"ab"),
]



def random_percent(n):
    """Seeded random `%` conversions of numbers and strings."""
    import random

    rng = random.Random(1121)
    out = []
    for _ in range(n):
        conv = rng.choice("sdiouxXeEfFgGcra")
        flags = "".join(rng.sample("-+ #0", rng.randrange(0, 3)))
        width = str(rng.randrange(0, 15)) if rng.random() < 0.5 else ""
        prec = "." + str(rng.randrange(0, 12)) if rng.random() < 0.4 else ""
        kind = rng.randrange(5)
        if kind == 0:
            v = rng.uniform(-1e5, 1e5)
        elif kind == 1:
            v = rng.choice([-1, 1]) * 10 ** rng.uniform(-20, 20)
        elif kind == 2:
            v = rng.randrange(-10**8, 10**8)
        elif kind == 3:
            v = rng.choice(["abc", "é", "", "x" * 5, "ab'c"])
        else:
            v = rng.choice([0.0, -0.0, 0.5, 2.5, 65, 0x263A, True, -3])
        out.append((f"<%{flags}{width}{prec}{conv}>", (v,)))
    return out


PERCENT += random_percent(400)

# values whose repr, str and ascii are checked
REPRS = [
    "", "abc", "it's", 'say "hi"', "both ' and \"", "\\", "\n\r\t", "\x00\x07\x1f\x7f", "\x80\x9f\xa0\xad",
    "é", "naïve café", "日本語", "\u200b", "\u2028", "\ufeff", "\U0001f600", "\U000e0001", "\ud7ff", "\ue000",
    "\U0010ffff", "\u0378", "a\u0301", "\u00a0", "\u3000",
    b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\xff\x7f\x80", b"\\\n\r\t",
    1.5, -0.0, 1e16, 1e-5, float("inf"), float("nan"), 0.1 + 0.2, 123456789012345678.0,
    ("é", b"x"), ["a'b"], {"k": "v\n"},
]


def random_reprs(n):
    """Seeded random strings over all planes (surrogates excluded) for repr/ascii escapes."""
    import random

    rng = random.Random(3)
    out = []
    for _ in range(n):
        chars = []
        for _ in range(rng.randrange(1, 8)):
            lim = rng.choice([0x80, 0x100, 0x800, 0x10000, 0x110000])
            c = rng.randrange(0, lim)
            while 0xD800 <= c <= 0xDFFF:
                c = rng.randrange(0, lim)
            chars.append(chr(c))
        out.append("".join(chars))
    return out


REPRS += random_reprs(300)


def rust_str(s):
    out = []
    for c in s:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif 0x20 <= o < 0x7F:
            out.append(c)
        else:
            out.append("\\u{%x}" % o)
    return '"' + "".join(out) + '"'


def rust_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif 0x20 <= x < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02x" % x)
    return 'b"' + "".join(out) + '"'


def rust_val(v):
    if v is None:
        return "Value::None"
    if v is True or v is False:
        return f"Value::Bool({'true' if v else 'false'})"
    if isinstance(v, int):
        if -(2**63) <= v < 2**63:
            return f"Value::Int({v})"
        return f'big("{v}")'
    if isinstance(v, float):
        if math.isnan(v):
            return "fl(-f64::NAN)" if math.copysign(1, v) < 0 else "fl(f64::NAN)"
        if math.isinf(v):
            return "fl(f64::INFINITY)" if v > 0 else "fl(f64::NEG_INFINITY)"
        r = repr(v)
        if "e" not in r and "." not in r:
            r += ".0"
        return f"fl({r})"
    if isinstance(v, str):
        return f"s({rust_str(v)})"
    if isinstance(v, bytes):
        return f"by({rust_bytes(v)})"
    if isinstance(v, tuple):
        return "t(vec![" + ", ".join(rust_val(x) for x in v) + "])"
    if isinstance(v, list):
        return "l(vec![" + ", ".join(rust_val(x) for x in v) + "])"
    if isinstance(v, dict):
        return "d(vec![" + ", ".join(f"({rust_val(k)}, {rust_val(x)})" for k, x in v.items()) + "])"
    raise TypeError(v)


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        # The last line of a traceback: no colon when the message is empty.
        return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


def kw_list(kw):
    return "&[" + ", ".join(f"({rust_str(k)}, {rust_val(v)})" for k, v in kw.items()) + "]"


def main():
    print("//! Differential tests of `str`/`bytes` methods, the format-spec mini-language,")
    print("//! `str.format`, `%`-formatting and `repr`/`ascii` against CPython 3.11.")
    print("//!")
    print("//! Every expected value was printed by CPython 3.11 (`repr` of the result, or")
    print("//! `ExceptionType: message`).")
    print("//!")
    print("//! Generated: regenerate with the script stored at the end of this file (its first lines")
    print("//! show the command); never edit the expected values by hand.")
    print()
    print(HARNESS)
    print("#[test]")
    print("fn str_and_bytes_methods() {")
    print("    let mut failures = Vec::new();")
    for recv, name, args, kw in METHODS:
        # Evaluate the call as source text: CPython words some errors differently for
        # `s.find(x=1)` (what compiled code does) than for `getattr(s, "find")(x=1)`.
        target = type(recv).__name__ if name in ("maketrans", "fromhex") else f"({recv!r})"
        call = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kw.items()])
        exp = outcome(lambda: eval(f"{target}.{name}({call})"))
        a = "&[" + ", ".join(rust_val(x) for x in args) + "]"
        known = KNOWN_METHOD_FAILURES.get((recv, name, repr(args)))
        if known:
            print(f"    // Known failure: {known}.")
            print(f"    known(&mut failures, |f| m(f, {rust_val(recv)}, {rust_str(name)}, {a}, {kw_list(kw)}, {rust_str(exp)}));")
        else:
            print(f"    m(&mut failures, {rust_val(recv)}, {rust_str(name)}, {a}, {kw_list(kw)}, {rust_str(exp)});")
    print("    report(failures);")
    print("}")
    print()
    print("#[test]")
    print("fn format_spec() {")
    print("    let mut failures = Vec::new();")
    for v, spec in FORMATS:
        exp = outcome(lambda: format(v, spec))
        print(f"    f(&mut failures, {rust_val(v)}, {rust_str(spec)}, {rust_str(exp)});")
    print("    report(failures);")
    print("}")
    print()
    print("#[test]")
    print("fn percent_formatting() {")
    print("    let mut failures = Vec::new();")
    for fmt, args in PERCENT:
        exp = outcome(lambda: fmt % args)
        print(f"    p(&mut failures, {rust_val(fmt)}, {rust_val(args)}, {rust_str(exp)});")
    print("    report(failures);")
    print("}")
    print()
    emit_case_tables()
    print()
    print("#[test]")
    print("fn repr_str_ascii() {")
    print("    let mut failures = Vec::new();")
    for v in REPRS:
        print(f"    r(&mut failures, {rust_val(v)}, {rust_str(repr(v))}, {rust_str(str(v))}, {rust_str(ascii(v))});")
    print("    report(failures);")
    print("}")


def emit_case_tables():
    """Every code point whose CPython case mapping is not the identity, per mapping."""
    maps = {
        "UPPER": lambda c: c.upper(),
        "LOWER": lambda c: c.lower(),
        "TITLE": lambda c: c.title(),
        "FOLD": lambda c: c.casefold(),
    }
    for name, f in maps.items():
        print(f"static {name}: &[(u32, &str)] = &[")
        for i in range(0x110000):
            if 0xD800 <= i <= 0xDFFF:
                continue
            c = chr(i)
            m = f(c)
            if m != c:
                print(f"    (0x{i:X}, {rust_str(m)}),")
        print("];")
        print()
    print("/// Each full case mapping of every code point, against CPython's (Rust's own tables")
    print("/// follow a newer Unicode, whose additions CPython 3.11 leaves unmapped).")
    print("#[test]")
    print("fn case_mappings_of_every_code_point() {")
    print("    use rusputyn_runtime::types::str::chars;")
    print("    type Mapping = (&'static str, &'static [(u32, &'static str)], fn(&mut String, char));")
    print("    let tables: [Mapping; 4] = [")
    print("        (\"upper\", UPPER, chars::push_upper),")
    print("        (\"lower\", LOWER, chars::push_lower),")
    print("        (\"title\", TITLE, chars::push_title),")
    print("        (\"casefold\", FOLD, chars::push_fold),")
    print("    ];")
    print("    let mut failures = Vec::new();")
    print("    let (mut got, mut same) = (String::new(), String::new());")
    print("    for (name, table, map) in tables {")
    print("        // Planes 4 to 13 and the private-use planes hold no cased characters in any Unicode.")
    print("        for c in (0..0x40000u32).chain(0xE0000..0xF0000).filter_map(char::from_u32) {")
    print("            same.clear();")
    print("            same.push(c);")
    print("            let expected = match table.binary_search_by_key(&(c as u32), |&(k, _)| k) {")
    print("                Ok(i) => table[i].1,")
    print("                Err(_) => same.as_str(),")
    print("            };")
    print("            got.clear();")
    print("            map(&mut got, c);")
    print("            if got != expected {")
    print("                failures.push(format!(\"U+{:04X}.{name}(): got {got:?}, expected {expected:?}\", c as u32));")
    print("            }")
    print("        }")
    print("    }")
    print("    report(failures);")
    print("}")


HARNESS = r"""// Inputs such as 3.14159 are arbitrary decimals whose formatting is checked, not attempts
// at π.
#![allow(clippy::approx_constant)]

use rusputyn_runtime::err::exception_line;
use rusputyn_runtime::ops::{self, BinOp};
use rusputyn_runtime::types::dict::PyDict;
use rusputyn_runtime::types::object::call_method;
use rusputyn_runtime::{PyResult, Value};
use std::rc::Rc;

fn s(x: &str) -> Value {
    Value::str(x)
}

fn by(x: &[u8]) -> Value {
    Value::Bytes(x.to_vec().into())
}

fn fl(x: f64) -> Value {
    Value::Float(x)
}

fn big(x: &str) -> Value {
    rusputyn_runtime::builtins::parse_int(x, 10).expect("valid literal")
}

fn t(items: Vec<Value>) -> Value {
    Value::tuple(items)
}

fn l(items: Vec<Value>) -> Value {
    Value::list(items)
}

fn d(pairs: Vec<(Value, Value)>) -> Value {
    Value::Dict(Rc::new(PyDict::from_pairs(pairs).expect("hashable keys")))
}

/// `repr` of a result, or `ExceptionType: message`.
fn outcome(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => ops::repr_of(&v).unwrap_or_else(|e| format!("<repr failed: {}>", exception_line(&e.value()))),
        Err(e) => exception_line(&e.value()),
    }
}

fn check(failures: &mut Vec<String>, what: String, got: String, expected: &str) {
    if got != expected {
        failures.push(format!("{what}\n      got: {got}\n expected: {expected}"));
    }
}

fn show(v: &Value) -> String {
    ops::repr_of(v).unwrap_or_default()
}

/// `recv.name(*args, **kw)`.
fn m(failures: &mut Vec<String>, recv: Value, name: &str, args: &[Value], kw: &[(&str, Value)], expected: &str) {
    let got = outcome(call_method(&recv, name, args, kw));
    let shown: Vec<String> = args.iter().map(show).chain(kw.iter().map(|(k, v)| format!("{k}={}", show(v)))).collect();
    check(failures, format!("{}.{name}({})", show(&recv), shown.join(", ")), got, expected);
}

/// `format(value, spec)`.
fn f(failures: &mut Vec<String>, value: Value, spec: &str, expected: &str) {
    let got = outcome(rusputyn_runtime::format::format_value(&value, spec).map(Value::string));
    check(failures, format!("format({}, {spec:?})", show(&value)), got, expected);
}

/// `fmt % args`.
fn p(failures: &mut Vec<String>, fmt: Value, args: Value, expected: &str) {
    let got = outcome(ops::binop(BinOp::Mod, &fmt, &args));
    check(failures, format!("{} % {}", show(&fmt), show(&args)), got, expected);
}

/// `repr(v)`, `str(v)` and `ascii(v)`.
fn r(failures: &mut Vec<String>, v: Value, repr: &str, str_: &str, ascii: &str) {
    let raw = |r: PyResult<String>| r.unwrap_or_else(|e| exception_line(&e.value()));
    check(failures, format!("repr({})", show(&v)), raw(ops::repr_of(&v)), repr);
    check(failures, format!("str({})", show(&v)), raw(ops::str_of(&v)), str_);
    check(failures, format!("ascii({})", show(&v)), raw(ops::ascii_of(&v)), ascii);
}

/// Runs a case recorded as a known failure: it must still fail, so that a fix is noticed
/// and its ledger entry removed.
fn known(failures: &mut Vec<String>, case: impl FnOnce(&mut Vec<String>)) {
    let mut own = Vec::new();
    case(&mut own);
    if own.is_empty() {
        failures.push("a known failure now passes: remove it from KNOWN_METHOD_FAILURES in the generator at the end of this file".to_string());
    }
}

fn report(failures: Vec<String>) {
    assert!(failures.is_empty(), "{} case(s) differ from CPython:\n{}", failures.len(), failures.join("\n"));
}
"""

_buf = io.StringIO()
_stdout, sys.stdout = sys.stdout, _buf
main()
sys.stdout = _stdout
open(_TEST, "w").write(_buf.getvalue() + "\n" + _OPEN + _GEN + _CLOSE + "\n")
GENERATOR */
