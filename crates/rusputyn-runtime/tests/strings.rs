//! Differential tests of `str`/`bytes` methods, the format-spec mini-language,
//! `str.format`, `%`-formatting and `repr`/`ascii` against CPython 3.11.
//!
//! Generated — do not edit — regenerate from crates/rusputyn-runtime with
//! `python3 tests/strings_gen.py > tests/strings.rs`: every expected value was printed by
//! CPython 3.11 (`repr` of the result, or `ExceptionType: message`).

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
    report(failures);
}
