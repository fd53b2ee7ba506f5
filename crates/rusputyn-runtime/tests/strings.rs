//! Differential tests of `str`/`bytes` methods, the format-spec mini-language,
//! `str.format`, `%`-formatting and `repr`/`ascii` against CPython 3.11.
//!
//! Generated — do not edit — regenerate from crates/rusputyn-runtime with
//! `python3 tests/strings_gen.py > tests/strings.rs && rustfmt --edition 2024 tests/strings.rs`:
//! every expected value was printed by
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

/// Runs a case recorded as a known failure: it must still fail, so that a fix is noticed
/// and its ledger entry removed.
fn known(failures: &mut Vec<String>, case: impl FnOnce(&mut Vec<String>)) {
    let mut own = Vec::new();
    case(&mut own);
    if own.is_empty() {
        failures.push(
            "a known failure now passes: remove it from KNOWN_METHOD_FAILURES in strings_gen.py"
                .to_string(),
        );
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
