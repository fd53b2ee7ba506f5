//! Differential tests of `set`/`frozenset` iteration order against CPython 3.11 run with
//! `PYTHONHASHSEED=0`: random programs (set displays, `set(...)`, the operators and methods,
//! `pop`, removals) whose expected reprs were printed by `python3`. The Python source of each
//! case is quoted above it and in its failure message. Each case ran as its own `python3 -c`
//! process, since the order of a constant set display depends on the strings the interpreter
//! has interned (see `PySet::from_const_display`).

//!
//! Generated: regenerate with the script stored at the end of this file (its first lines
//! show the command); never edit the expected values by hand.
use num_bigint::BigInt;
use rusputyn_runtime::Value;
use rusputyn_runtime::builtins::construct_builtin;
use rusputyn_runtime::ops::{self, BinOp};
use rusputyn_runtime::types::class::{BuiltinType, builtin_class};
use rusputyn_runtime::types::dict::PyDict;
use rusputyn_runtime::types::object::call_method;
use rusputyn_runtime::types::set::PySet;
use std::rc::Rc;

fn big(s: &str) -> Value {
    rusputyn_runtime::types::int::normalize(s.parse::<BigInt>().unwrap())
}

fn mkset(v: Value) -> Value {
    construct_builtin(&builtin_class(BuiltinType::Set), &[v], &[]).unwrap()
}

fn mkfrozen(v: Value) -> Value {
    construct_builtin(&builtin_class(BuiltinType::FrozenSet), &[v], &[]).unwrap()
}

fn fromkeys(keys: Vec<Value>) -> Value {
    Value::Dict(Rc::new(
        PyDict::from_pairs(keys.into_iter().map(|k| (k, Value::None))).unwrap(),
    ))
}

fn m(v: &Value, name: &str, args: &[Value]) -> Value {
    call_method(v, name, args, &[]).unwrap()
}

fn repr(v: &Value) -> String {
    ops::repr_of(v).unwrap()
}

fn len(v: &Value) -> usize {
    ops::len(v).unwrap()
}

fn hash(v: &Value) -> Value {
    Value::Int(rusputyn_runtime::hash::hash_value(v).unwrap())
}

/// Cases known to differ from CPython, with the reason. A fix shows up as an unexpected pass.
///
/// All of them involve removals followed by insertions into the same probe chains: after
/// `difference_update`/`symmetric_difference_update` CPython places a new key past a slot
/// this table reuses as a dummy. Measured but not yet explained (see the report of the
/// change that added this ledger).
const KNOWN_DIFFERENT: &[usize] = &[];

fn check(failures: &mut Vec<String>, case: usize, src: &str, got: &[String], want: &[&str]) {
    let known = KNOWN_DIFFERENT.contains(&case);
    if got != want && !known {
        failures.push(format!(
            "--- case {case}, program:\n{src}\n--- python3:\n{}\n--- runtime:\n{}",
            want.join("\n"),
            got.join("\n")
        ));
    } else if got == want && known {
        failures.push(format!(
            "--- case {case} is listed in KNOWN_DIFFERENT but now matches CPython: remove it"
        ));
    }
}

/// The identifiers of every generated program (see `PySet::from_const_display`).
const NAMES: &[&str] = &["_xs", "_x", "a", "b"];

#[test]
fn random_set_programs_match_cpython() {
    let mut failures: Vec<String> = Vec::new();
    {
        // a = set()
        // b = set(set([4]))
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update([])
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.add(8)
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([37, '', 'za', -0.5, (1, 2), 35, 31, 0]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(mkset(Value::list(vec![Value::Int(4)])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "symmetric_difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(8)]);
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::Int(37),
                Value::str(""),
                Value::str("za"),
                Value::Float(-0.5f64),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(35),
                Value::Int(31),
                Value::Int(0),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            0,
            "a = set()\nb = set(set([4]))\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update([])\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.add(8)\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\na = a - b\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([37, '', 'za', -0.5, (1, 2), 35, 31, 0]))\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{4}",
                "set()",
                "set()",
                "{8}",
                "set()",
                "set()",
                "{'', -0.5, 0, (1, 2), 35, 37, 'za', 31}",
            ],
        );
    }
    {
        // _xs = [-0.5, '']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set()
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a.discard('b')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Float(-0.5f64), Value::str("")]).unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("b")]);
        out.push(repr(&a));
        check(
            &mut failures,
            1,
            "_xs = [-0.5, '']\na = set()\nfor _x in _xs: a.add(_x)\nb = set()\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a | b\nprint(repr(a))\na.discard('b')\nprint(repr(a))",
            &out,
            &["{-0.5, ''}", "set()", "-0.5", "{''}", "{''}", "{''}"],
        );
    }
    {
        // _xs = [(1, 2), 25, 22, -2, 'éx', -0.5]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([37, 0, 2]))
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a = a.intersection([-2, 100000000000000000000, 27, 100000000000000000000, 24, 27])
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(25),
                Value::Int(22),
                Value::Int(-2),
                Value::str("éx"),
                Value::Float(-0.5f64),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![Value::Int(37), Value::Int(0), Value::Int(2)]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(-2),
                big("100000000000000000000"),
                Value::Int(27),
                big("100000000000000000000"),
                Value::Int(24),
                Value::Int(27),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            2,
            "_xs = [(1, 2), 25, 22, -2, 'éx', -0.5]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([37, 0, 2]))\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a | b\nprint(repr(a))\na = a.intersection([-2, 100000000000000000000, 27, 100000000000000000000, 24, 27])\nprint(repr(a))\na = b & a\nprint(repr(a))",
            &out,
            &[
                "{-0.5, (1, 2), 'éx', 22, 25, -2}",
                "{0, 2, 37}",
                "{-0.5, 0, 2, (1, 2), 37, 'éx', 22, 25, -2}",
                "{-0.5, (1, 2), 'éx', 22, 25, -2}",
                "{-0.5, 0, 2, (1, 2), 37, 'éx', 22, 25, -2}",
                "{-2}",
                "set()",
            ],
        );
    }
    {
        // _xs = [13, 37, 'axz', 32, 1e+300, 12, 13, (1, 2)]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [30, 39, -2305843009213693952, 1, 1, 15, 'z', 33, '', 'ccx', 17, 27]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.union(dict.fromkeys([32, 21, '']))
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(13),
                Value::Int(37),
                Value::str("axz"),
                Value::Int(32),
                Value::Float(1e+300),
                Value::Int(12),
                Value::Int(13),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(30),
                Value::Int(39),
                Value::Int(-2305843009213693952),
                Value::Int(1),
                Value::Int(1),
                Value::Int(15),
                Value::str("z"),
                Value::Int(33),
                Value::str(""),
                Value::str("ccx"),
                Value::Int(17),
                Value::Int(27),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::Int(32),
                Value::Int(21),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            3,
            "_xs = [13, 37, 'axz', 32, 1e+300, 12, 13, (1, 2)]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [30, 39, -2305843009213693952, 1, 1, 15, 'z', 33, '', 'ccx', 17, 27]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.union(dict.fromkeys([32, 21, '']))\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na |= b\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na = b ^ a\nprint(repr(a))",
            &out,
            &[
                "{32, (1, 2), 37, 12, 13, 1e+300, 'axz'}",
                "{'', 1, 33, 'z', 39, 15, 'ccx', 17, 30, 27, -2305843009213693952}",
                "{32, '', (1, 2), 37, 12, 13, 1e+300, 21, 'axz'}",
                "{32, 1, 33, (1, 2), 37, 'z', 39, 12, 13, 1e+300, 15, 17, 21, -2305843009213693952, 30, 27, 'axz', 'ccx'}",
                "{'', 1, 'axz', (1, 2), 'z', 12, 13, 15, 17, 21, 27, 30, 'ccx', 32, 33, 37, 39, 1e+300, -2305843009213693952}",
                "{'', 1, 'axz', (1, 2), 'z', 12, 13, 15, 17, 21, 27, 30, 'ccx', 32, 33, 37, 39, 1e+300, -2305843009213693952}",
                "{'', 1, 'axz', (1, 2), 'z', 12, 13, 15, 17, 21, 27, 30, 'ccx', 32, 33, 37, 39, 1e+300, -2305843009213693952}",
                "{'axz', (1, 2), 12, 13, 21, 32, 37, 1e+300}",
            ],
        );
    }
    {
        // a = set(set([7]))
        // b = set(['a', 29, 'c', 'x', 'a', 'xcy', 1024, '', 25, 2305843009213693951, 'zcx', 26, 16, 'bé', 'czz', 'a', 18, (), 12, 8, 28, 1e+300, 37, 35, 38, 100000000000000000000, 10, 'cz', (), 'yéa', 32, 27, 'é', 16, 8, ('a',), 8, (1, 2), 'écb', -2])
        // print(repr(a)); print(repr(b))
        // a = a & b
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Int(7)])));
        let b = mkset(Value::list(vec![
            Value::str("a"),
            Value::Int(29),
            Value::str("c"),
            Value::str("x"),
            Value::str("a"),
            Value::str("xcy"),
            Value::Int(1024),
            Value::str(""),
            Value::Int(25),
            Value::Int(2305843009213693951),
            Value::str("zcx"),
            Value::Int(26),
            Value::Int(16),
            Value::str("bé"),
            Value::str("czz"),
            Value::str("a"),
            Value::Int(18),
            Value::tuple(vec![]),
            Value::Int(12),
            Value::Int(8),
            Value::Int(28),
            Value::Float(1e+300),
            Value::Int(37),
            Value::Int(35),
            Value::Int(38),
            big("100000000000000000000"),
            Value::Int(10),
            Value::str("cz"),
            Value::tuple(vec![]),
            Value::str("yéa"),
            Value::Int(32),
            Value::Int(27),
            Value::str("é"),
            Value::Int(16),
            Value::Int(8),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(8),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("écb"),
            Value::Int(-2),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            4,
            "a = set(set([7]))\nb = set(['a', 29, 'c', 'x', 'a', 'xcy', 1024, '', 25, 2305843009213693951, 'zcx', 26, 16, 'bé', 'czz', 'a', 18, (), 12, 8, 28, 1e+300, 37, 35, 38, 100000000000000000000, 10, 'cz', (), 'yéa', 32, 27, 'é', 16, 8, ('a',), 8, (1, 2), 'écb', -2])\nprint(repr(a)); print(repr(b))\na = a & b\nprint(repr(a))\na = b - a\nprint(repr(a))\na &= b\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{7}",
                "{1024, '', 2305843009213693951, 'xcy', 8, 10, 12, 16, 'bé', 'czz', 'a', 18, 25, 26, 27, 28, 29, 'yéa', 32, 'x', 35, 37, 38, 100000000000000000000, 'cz', 1e+300, (1, 2), ('a',), 'é', 'zcx', 'c', 'écb', (), -2}",
                "set()",
                "{1024, '', 2305843009213693951, 'xcy', 8, 10, 12, 16, 'bé', 'czz', 'a', 18, 25, 26, 27, 28, 29, 'yéa', 32, 'x', 35, 37, 38, 100000000000000000000, 'cz', 1e+300, (1, 2), ('a',), 'é', 'zcx', 'c', 'écb', (), -2}",
                "{1024, '', 2305843009213693951, 'xcy', 8, 10, 12, 16, 'bé', 'czz', 'a', 18, 25, 26, 27, 28, 29, 'yéa', 32, 'x', 35, 37, 38, 100000000000000000000, 'cz', 1e+300, (1, 2), ('a',), 'é', 'zcx', 'c', 'écb', (), -2}",
                "{1024, '', 2305843009213693951, 'xcy', 8, 10, 12, 16, 'bé', 'czz', 'a', 18, 25, 26, 27, 28, 29, 'yéa', 32, 'x', 35, 37, 38, 100000000000000000000, 'cz', 1e+300, (1, 2), ('a',), 'é', 'zcx', 'c', 'écb', (), -2}",
            ],
        );
    }
    {
        // _xs = [6, 1.5]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [3, 10, 6]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update([])
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        // a = a.union([4611686018427387909, 33, -2, 2305843009213693951, (3, 'b'), 'bxx', 8])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a.discard('')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(6), Value::Float(1.5f64)]).unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(3), Value::Int(10), Value::Int(6)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "symmetric_difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(4611686018427387909),
                Value::Int(33),
                Value::Int(-2),
                Value::Int(2305843009213693951),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("bxx"),
                Value::Int(8),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("")]);
        out.push(repr(&a));
        check(
            &mut failures,
            5,
            "_xs = [6, 1.5]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [3, 10, 6]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update([])\nprint(repr(a))\na = b | a\nprint(repr(a))\na = a.union([4611686018427387909, 33, -2, 2305843009213693951, (3, 'b'), 'bxx', 8])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na ^= b\nprint(repr(a))\na.discard('')\nprint(repr(a))",
            &out,
            &[
                "{1.5, 6}",
                "{10, 3, 6}",
                "{1.5, 6}",
                "{1.5, 3, 6, 10}",
                "{2305843009213693951, 1.5, 33, 3, 6, 4611686018427387909, 'bxx', 8, 10, (3, 'b'), -2}",
                "frozenset({2305843009213693951, 1.5, 33, 3, 6, 4611686018427387909, 'bxx', 8, 10, (3, 'b'), -2})",
                "{2305843009213693951, 1.5, 33, 3, 6, 4611686018427387909, 'bxx', 8, 10, (3, 'b'), -2}",
                "{2305843009213693951, 1.5, 33, 4611686018427387909, 'bxx', 8, (3, 'b'), -2}",
                "{2305843009213693951, 1.5, 33, 4611686018427387909, 'bxx', 8, (3, 'b'), -2}",
            ],
        );
    }
    {
        // a = set(set([24, 32, 7, 'z', 33, 'zyy']))
        // _xs = [4611686018427387909, 'b']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // a.symmetric_difference_update(['b', -4, '', 'yaz', 'é', 14, 6, ('a',)])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(24),
            Value::Int(32),
            Value::Int(7),
            Value::str("z"),
            Value::Int(33),
            Value::str("zyy"),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(4611686018427387909), Value::str("b")]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::str("b"),
                Value::Int(-4),
                Value::str(""),
                Value::str("yaz"),
                Value::str("é"),
                Value::Int(14),
                Value::Int(6),
                Value::tuple(vec![Value::str("a")]),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            6,
            "a = set(set([24, 32, 7, 'z', 33, 'zyy']))\n_xs = [4611686018427387909, 'b']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\na.symmetric_difference_update(['b', -4, '', 'yaz', 'é', 14, 6, ('a',)])\nprint(repr(a))",
            &out,
            &[
                "{32, 33, 'z', 7, 24, 'zyy'}",
                "{'b', 4611686018427387909}",
                "{32, 33, 4611686018427387909, 'z', 7, 24, 'b', 'zyy'}",
                "{'', 'yaz', 'z', 4611686018427387909, 7, 6, ('a',), 14, 24, 32, 33, 'é', 'zyy', -4}",
            ],
        );
    }
    {
        // a = set(set([(3, 'b')]))
        // b = {('a',), 'éy', 256, 1.5, 2305843009213693951}
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a.difference_update(['b', 'yy', 'bzb', 64])
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::tuple(vec![
            Value::Int(3),
            Value::str("b"),
        ])])));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::tuple(vec![Value::str("a")]),
                    Value::str("éy"),
                    Value::Int(256),
                    Value::Float(1.5f64),
                    Value::Int(2305843009213693951),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::str("b"),
                Value::str("yy"),
                Value::str("bzb"),
                Value::Int(64),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            7,
            "a = set(set([(3, 'b')]))\nb = {('a',), 'éy', 256, 1.5, 2305843009213693951}\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na -= b\nprint(repr(a))\na -= b\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na.difference_update(['b', 'yy', 'bzb', 64])\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))",
            &out,
            &[
                "{(3, 'b')}",
                "{256, 1.5, 2305843009213693951, ('a',), 'éy'}",
                "{(3, 'b')}",
                "{(3, 'b')}",
                "{(3, 'b')}",
                "{256, 1.5, 2305843009213693951, ('a',), (3, 'b'), 'éy'}",
                "{256, 1.5, 2305843009213693951, ('a',), (3, 'b'), 'éy'}",
                "{(3, 'b')}",
            ],
        );
    }
    {
        // _xs = [26, 17, -1, (3, 'b'), 2305843009213693952, 2305843009213693952, -5, -4]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [9, -2]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.intersection([37, (1, 2), 1.5, 'xxb', 'y', 31, 'zb', -4, ('a',), 17])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a = a.symmetric_difference([11, 39, -1, 'zby', 'x', 17, 26, 'z', (3, 'b')])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(26),
                Value::Int(17),
                Value::Int(-1),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(2305843009213693952),
                Value::Int(2305843009213693952),
                Value::Int(-5),
                Value::Int(-4),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(9), Value::Int(-2)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(37),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Float(1.5f64),
                Value::str("xxb"),
                Value::str("y"),
                Value::Int(31),
                Value::str("zb"),
                Value::Int(-4),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(17),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::Int(11),
                Value::Int(39),
                Value::Int(-1),
                Value::str("zby"),
                Value::str("x"),
                Value::Int(17),
                Value::Int(26),
                Value::str("z"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            8,
            "_xs = [26, 17, -1, (3, 'b'), 2305843009213693952, 2305843009213693952, -5, -4]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [9, -2]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.intersection([37, (1, 2), 1.5, 'xxb', 'y', 31, 'zb', -4, ('a',), 17])\nprint(repr(a))\na ^= b\nprint(repr(a))\na &= b\nprint(repr(a))\na = a | b\nprint(repr(a))\na = a.symmetric_difference([11, 39, -1, 'zby', 'x', 17, 26, 'z', (3, 'b')])\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693952, 17, (3, 'b'), 26, -5, -4, -1}",
                "{9, -2}",
                "frozenset({2305843009213693952, 17, 26, (3, 'b'), -5, -4, -1})",
                "{2305843009213693952, 17, (3, 'b'), 26, -5, -4, -1}",
                "{17, -4}",
                "{17, -4, 9, -2}",
                "{9, -2}",
                "{9, -2}",
                "{'x', 'z', 'zby', 39, 9, 11, 17, (3, 'b'), -2, 26, -1}",
            ],
        );
    }
    {
        // _xs = [-2, 16, (3, 'b'), -2305843009213693952, 'éy', 3, 35, 22]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([14, 256])
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // for _x in [15, 19, 2305843009213693952, -2305843009213693952, 26, 17, 17, ('a',), 1e+300]:
        //     a.discard(_x)
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.add('')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-2),
                Value::Int(16),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(-2305843009213693952),
                Value::str("éy"),
                Value::Int(3),
                Value::Int(35),
                Value::Int(22),
            ])
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![Value::Int(14), Value::Int(256)]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        for x in vec![
            Value::Int(15),
            Value::Int(19),
            Value::Int(2305843009213693952),
            Value::Int(-2305843009213693952),
            Value::Int(26),
            Value::Int(17),
            Value::Int(17),
            Value::tuple(vec![Value::str("a")]),
            Value::Float(1e+300),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(&a, "add", &[Value::str("")]);
        out.push(repr(&a));
        check(
            &mut failures,
            9,
            "_xs = [-2, 16, (3, 'b'), -2305843009213693952, 'éy', 3, 35, 22]\na = set()\nfor _x in _xs: a.add(_x)\nb = set([14, 256])\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.copy()\nprint(repr(a))\nfor _x in [15, 19, 2305843009213693952, -2305843009213693952, 26, 17, 17, ('a',), 1e+300]:\n    a.discard(_x)\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.add('')\nprint(repr(a))",
            &out,
            &[
                "{3, 35, 16, -2305843009213693952, 22, (3, 'b'), 'éy', -2}",
                "{256, 14}",
                "frozenset({3, 35, 16, -2305843009213693952, 22, (3, 'b'), 'éy', -2})",
                "{3, 35, 16, -2305843009213693952, 22, (3, 'b'), 'éy', -2}",
                "{3, 35, 16, -2305843009213693952, 22, (3, 'b'), 'éy', -2}",
                "{3, 35, 16, 22, (3, 'b'), 'éy', -2}",
                "{3, 35, 16, 22, (3, 'b'), 'éy', -2}",
                "7413020111858913051",
                "{3, 35, 16, 22, (3, 'b'), 'éy', -2}",
                "{'', 3, 35, 16, 22, (3, 'b'), 'éy', -2}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([24]))
        // b = set(set([1e+300]))
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a.discard(6)
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Int(24)]));
        let b = mkset(mkset(Value::list(vec![Value::Float(1e+300)])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(6)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            10,
            "a = set(dict.fromkeys([24]))\nb = set(set([1e+300]))\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na.discard(6)\nprint(repr(a))\na = b | a\nprint(repr(a))",
            &out,
            &["{24}", "{1e+300}", "{24}", "{24}", "{24, 1e+300}"],
        );
    }
    {
        // a = set(set([2, ('a',), -5, 'zb', '', 25, (), 64, 34, 1, -1, 2.0, -0.5, ('a',), 8, -2305843009213693952, 'ab', 'x', '', 'xx', 'by', (1, 2), 18, 8, '', 30, 'b', '', 128, 9, 23, 'acb', 0, 30, 10, 9, 8, 4, ('a',), 0]))
        // b = set(['aax', 0, 'x', 18, 'b'])
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(2),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(-5),
            Value::str("zb"),
            Value::str(""),
            Value::Int(25),
            Value::tuple(vec![]),
            Value::Int(64),
            Value::Int(34),
            Value::Int(1),
            Value::Int(-1),
            Value::Float(2.0f64),
            Value::Float(-0.5f64),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(8),
            Value::Int(-2305843009213693952),
            Value::str("ab"),
            Value::str("x"),
            Value::str(""),
            Value::str("xx"),
            Value::str("by"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(18),
            Value::Int(8),
            Value::str(""),
            Value::Int(30),
            Value::str("b"),
            Value::str(""),
            Value::Int(128),
            Value::Int(9),
            Value::Int(23),
            Value::str("acb"),
            Value::Int(0),
            Value::Int(30),
            Value::Int(10),
            Value::Int(9),
            Value::Int(8),
            Value::Int(4),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(0),
        ])));
        let b = mkset(Value::list(vec![
            Value::str("aax"),
            Value::Int(0),
            Value::str("x"),
            Value::Int(18),
            Value::str("b"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            11,
            "a = set(set([2, ('a',), -5, 'zb', '', 25, (), 64, 34, 1, -1, 2.0, -0.5, ('a',), 8, -2305843009213693952, 'ab', 'x', '', 'xx', 'by', (1, 2), 18, 8, '', 30, 'b', '', 128, 9, 23, 'acb', 0, 30, 10, 9, 8, 4, ('a',), 0]))\nb = set(['aax', 0, 'x', 18, 'b'])\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{'', 1, 2, -0.5, 128, 0, 4, 64, 8, 9, 10, 'acb', (1, 2), ('a',), 'b', 'xx', (), 18, 23, 25, 30, 'zb', 34, 'x', 'by', -2305843009213693952, 'ab', -5, -1}",
                "{0, 'x', 'b', 18, 'aax'}",
                "{0, 18, 'x', 'b'}",
                "-2856763571029764355",
                "{0, 18, 'x', 'b'}",
                "set()",
            ],
        );
    }
    {
        // _xs = ['é', 256, 100000000000000000000, 13, 4, 'é']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = {('a',), 64, -2, -5, 'yza', 25, 14, (1, 2), 24, 7, 22, 26, 1.5, '', 8, 38, 'x', 'az', (1, 2), -2, ('a',), 17, 37, 'xzé', 'aé', 7, 27, '', 12, -5, '', 2.0, 36, -0.5, 9, 4, 0.1, 8, 16, 9}
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update([])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("é"),
                Value::Int(256),
                big("100000000000000000000"),
                Value::Int(13),
                Value::Int(4),
                Value::str("é"),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(64),
                    Value::Int(-2),
                    Value::Int(-5),
                    Value::str("yza"),
                    Value::Int(25),
                    Value::Int(14),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(24),
                    Value::Int(7),
                    Value::Int(22),
                    Value::Int(26),
                    Value::Float(1.5f64),
                    Value::str(""),
                    Value::Int(8),
                    Value::Int(38),
                    Value::str("x"),
                    Value::str("az"),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(-2),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(17),
                    Value::Int(37),
                    Value::str("xzé"),
                    Value::str("aé"),
                    Value::Int(7),
                    Value::Int(27),
                    Value::str(""),
                    Value::Int(12),
                    Value::Int(-5),
                    Value::str(""),
                    Value::Float(2.0f64),
                    Value::Int(36),
                    Value::Float(-0.5f64),
                    Value::Int(9),
                    Value::Int(4),
                    Value::Float(0.1f64),
                    Value::Int(8),
                    Value::Int(16),
                    Value::Int(9),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "symmetric_difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            12,
            "_xs = ['é', 256, 100000000000000000000, 13, 4, 'é']\na = set()\nfor _x in _xs: a.add(_x)\nb = {('a',), 64, -2, -5, 'yza', 25, 14, (1, 2), 24, 7, 22, 26, 1.5, '', 8, 38, 'x', 'az', (1, 2), -2, ('a',), 17, 37, 'xzé', 'aé', 7, 27, '', 12, -5, '', 2.0, 36, -0.5, 9, 4, 0.1, 8, 16, 9}\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update([])\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{256, 'é', 4, 100000000000000000000, 13}",
                "{'', 1.5, 2.0, -0.5, 4, 64, 0.1, 7, 8, 9, (1, 2), ('a',), 12, 14, 16, 17, 'az', 22, 24, 25, 26, 27, 'aé', 'x', 'xzé', 37, 38, 36, 'yza', -5, -2}",
                "{256, 'é', 4, 100000000000000000000, 13}",
                "{256, '', 1.5, 2.0, -0.5, 7, 8, 9, 12, 13, 14, 16, 17, 22, 24, 25, 26, 27, 'x', 'xzé', 37, 38, 36, 100000000000000000000, 64, 0.1, (1, 2), ('a',), 'az', 'aé', 'é', 'yza', -5, -2}",
            ],
        );
    }
    {
        // _xs = [18, -1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([17, 13, (1, 2), '', ('a',), 'cy', 32, 35, 'z', 'a', -2, -5, 6, -1, 'bac', 21, 31, 14, 1.5, 7, 22, ('a',), -2, 1, 20, -2, 26, (1, 2), 6, '', 2.0, -1, 1.5, 'é', 32, '', -5, 1.5, 0.1, 2305843009213693951]))
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(18), Value::Int(-1)]).unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(17),
            Value::Int(13),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str(""),
            Value::tuple(vec![Value::str("a")]),
            Value::str("cy"),
            Value::Int(32),
            Value::Int(35),
            Value::str("z"),
            Value::str("a"),
            Value::Int(-2),
            Value::Int(-5),
            Value::Int(6),
            Value::Int(-1),
            Value::str("bac"),
            Value::Int(21),
            Value::Int(31),
            Value::Int(14),
            Value::Float(1.5f64),
            Value::Int(7),
            Value::Int(22),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(-2),
            Value::Int(1),
            Value::Int(20),
            Value::Int(-2),
            Value::Int(26),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(6),
            Value::str(""),
            Value::Float(2.0f64),
            Value::Int(-1),
            Value::Float(1.5f64),
            Value::str("é"),
            Value::Int(32),
            Value::str(""),
            Value::Int(-5),
            Value::Float(1.5f64),
            Value::Float(0.1f64),
            Value::Int(2305843009213693951),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            13,
            "_xs = [18, -1]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([17, 13, (1, 2), '', ('a',), 'cy', 32, 35, 'z', 'a', -2, -5, 6, -1, 'bac', 21, 31, 14, 1.5, 7, 22, ('a',), -2, 1, 20, -2, 26, (1, 2), 6, '', 2.0, -1, 1.5, 'é', 32, '', -5, 1.5, 0.1, 2305843009213693951]))\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{18, -1}",
                "{'', 1.5, 1, (1, 2), 2.0, 0.1, 'z', 6, ('a',), 'bac', 7, 2305843009213693951, 13, 14, 17, 'a', 20, 'cy', 21, 22, 26, 31, 32, 35, 'é', -1, -5, -2}",
                "frozenset({18, -1})",
                "{18, -1}",
            ],
        );
    }
    {
        // _xs = ['', 6, 11, 1.5, 33]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [31, ('a',), 0.1, 19, 'zé', -4]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.intersection_update([-2305843009213693952, 1.5, 'cax', 20, ('a',), -0.5])
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a.discard(11)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str(""),
                Value::Int(6),
                Value::Int(11),
                Value::Float(1.5f64),
                Value::Int(33),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(31),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(0.1f64),
                Value::Int(19),
                Value::str("zé"),
                Value::Int(-4),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(-2305843009213693952),
                Value::Float(1.5f64),
                Value::str("cax"),
                Value::Int(20),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(-0.5f64),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(11)]);
        out.push(repr(&a));
        check(
            &mut failures,
            14,
            "_xs = ['', 6, 11, 1.5, 33]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [31, ('a',), 0.1, 19, 'zé', -4]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.intersection_update([-2305843009213693952, 1.5, 'cax', 20, ('a',), -0.5])\nprint(repr(a))\na |= b\nprint(repr(a))\na &= b\nprint(repr(a))\na.discard(11)\nprint(repr(a))",
            &out,
            &[
                "{'', 1.5, 33, 6, 11}",
                "{0.1, ('a',), 19, 'zé', -4, 31}",
                "{1.5}",
                "{0.1, 1.5, 19, ('a',), 'zé', -4, 31}",
                "{0.1, ('a',), 19, 'zé', -4, 31}",
                "{0.1, ('a',), 19, 'zé', -4, 31}",
            ],
        );
    }
    {
        // _xs = ['é', 23, 4611686018427387909, 'c', 'z', 16, 8, -3, 'zé', 32, 2305843009213693951, 30, 31, 2.0, '', -0.5, 1.5, -3, 37, -2]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([]))
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a.symmetric_difference_update([])
        // print(repr(a))
        // a = a.difference(dict.fromkeys([-6, -5, (), -1, 1e+300, 15, 15, 'bz', 'cx']))
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("é"),
                Value::Int(23),
                Value::Int(4611686018427387909),
                Value::str("c"),
                Value::str("z"),
                Value::Int(16),
                Value::Int(8),
                Value::Int(-3),
                Value::str("zé"),
                Value::Int(32),
                Value::Int(2305843009213693951),
                Value::Int(30),
                Value::Int(31),
                Value::Float(2.0f64),
                Value::str(""),
                Value::Float(-0.5f64),
                Value::Float(1.5f64),
                Value::Int(-3),
                Value::Int(37),
                Value::Int(-2),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::Int(-6),
                Value::Int(-5),
                Value::tuple(vec![]),
                Value::Int(-1),
                Value::Float(1e+300),
                Value::Int(15),
                Value::Int(15),
                Value::str("bz"),
                Value::str("cx"),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            15,
            "_xs = ['é', 23, 4611686018427387909, 'c', 'z', 16, 8, -3, 'zé', 32, 2305843009213693951, 30, 31, 2.0, '', -0.5, 1.5, -3, 37, -2]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([]))\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na.symmetric_difference_update([])\nprint(repr(a))\na = a.difference(dict.fromkeys([-6, -5, (), -1, 1e+300, 15, 15, 'bz', 'cx']))\nprint(repr(a))\na = a - b\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\na = b & a\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, '', 2.0, -0.5, 1.5, 'z', 4611686018427387909, 8, 16, 23, 30, 31, 32, 37, 'zé', 'é', 'c', -3, -2}",
                "set()",
                "{2305843009213693951, '', 2.0, -0.5, 1.5, 'z', 4611686018427387909, 8, 16, 23, 'zé', 30, 31, 32, 'é', 37, 'c', -3, -2}",
                "{2305843009213693951, '', 2.0, -0.5, 1.5, 'z', 4611686018427387909, 8, 16, 23, 'zé', 30, 31, 32, 'é', 37, 'c', -3, -2}",
                "{2305843009213693951, '', 2.0, -0.5, 1.5, 'z', 4611686018427387909, 8, 16, 23, 30, 31, 32, 37, 'zé', 'é', 'c', -3, -2}",
                "{2305843009213693951, '', 2.0, -0.5, 1.5, 'z', 4611686018427387909, 8, 16, 23, 'zé', 30, 31, 32, 'é', 37, 'c', -3, -2}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = [1e+300, -3, 20, 'cbc', 19, (3, 'b')]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [22, (3, 'b'), 39, 33, 0.1, 2305843009213693951]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // a.update([22, 3, -0.5, 27, 1024, 2305843009213693952, 'cb', 8])
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(1e+300),
                Value::Int(-3),
                Value::Int(20),
                Value::str("cbc"),
                Value::Int(19),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(22),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(39),
                Value::Int(33),
                Value::Float(0.1f64),
                Value::Int(2305843009213693951),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(22),
                Value::Int(3),
                Value::Float(-0.5f64),
                Value::Int(27),
                Value::Int(1024),
                Value::Int(2305843009213693952),
                Value::str("cb"),
                Value::Int(8),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            16,
            "_xs = [1e+300, -3, 20, 'cbc', 19, (3, 'b')]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [22, (3, 'b'), 39, 33, 0.1, 2305843009213693951]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\na.update([22, 3, -0.5, 27, 1024, 2305843009213693952, 'cb', 8])\nprint(repr(a))\na = a - b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a | b\nprint(repr(a))",
            &out,
            &[
                "{'cbc', 19, 20, (3, 'b'), 1e+300, -3}",
                "{0.1, 33, 2305843009213693951, 39, 22, (3, 'b')}",
                "{0.1, 33, 2305843009213693951, 'cbc', 39, 19, 20, 22, (3, 'b'), 1e+300, -3}",
                "{0.1, 33, 2305843009213693951, 3, -0.5, 1024, 'cbc', 39, 2305843009213693952, 'cb', 8, 19, 20, 22, (3, 'b'), 27, 1e+300, -3}",
                "{-0.5, 1024, 2305843009213693952, 3, 'cb', 'cbc', 8, 19, 20, 27, 1e+300, -3}",
                "{-0.5, 1024, 2305843009213693952, 3, 'cb', 'cbc', 8, 19, 20, 27, 1e+300, -3}",
                "-0.5",
                "{1024, 2305843009213693952, 3, 'cb', 'cbc', 8, 19, 20, 27, 1e+300, -3}",
                "{1024, 2305843009213693952, 'cb', 3, 0.1, 33, 'cbc', 2305843009213693951, 8, 39, 19, 20, 22, (3, 'b'), 27, 1e+300, -3}",
            ],
        );
    }
    {
        // _xs = [38, -2305843009213693952, 5]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([31, '', 24, 9, 8, 20, 'bz', -6, 36, 'c', 31, 3, (3, 'b'), 8, 'xéz', 25, 2305843009213693952, 38, 'z', 14]))
        // print(repr(a)); print(repr(b))
        // for _x in [-2305843009213693952, 38, 'b', -0.5, '', 20, 28, 'c']:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a.discard('c')
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(38),
                Value::Int(-2305843009213693952),
                Value::Int(5),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(31),
            Value::str(""),
            Value::Int(24),
            Value::Int(9),
            Value::Int(8),
            Value::Int(20),
            Value::str("bz"),
            Value::Int(-6),
            Value::Int(36),
            Value::str("c"),
            Value::Int(31),
            Value::Int(3),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(8),
            Value::str("xéz"),
            Value::Int(25),
            Value::Int(2305843009213693952),
            Value::Int(38),
            Value::str("z"),
            Value::Int(14),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![
            Value::Int(-2305843009213693952),
            Value::Int(38),
            Value::str("b"),
            Value::Float(-0.5f64),
            Value::str(""),
            Value::Int(20),
            Value::Int(28),
            Value::str("c"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("c")]);
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            17,
            "_xs = [38, -2305843009213693952, 5]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([31, '', 24, 9, 8, 20, 'bz', -6, 36, 'c', 31, 3, (3, 'b'), 8, 'xéz', 25, 2305843009213693952, 38, 'z', 14]))\nprint(repr(a)); print(repr(b))\nfor _x in [-2305843009213693952, 38, 'b', -0.5, '', 20, 28, 'c']:\n    a.discard(_x)\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na.discard('c')\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{5, 38, -2305843009213693952}",
                "{'', 2305843009213693952, 3, 'z', 8, 9, 14, 20, 24, 25, (3, 'b'), 31, 'xéz', 36, 38, 'bz', 'c', -6}",
                "{5}",
                "{'', 2305843009213693952, 3, 5, 'z', 8, 9, 14, 20, 24, 25, (3, 'b'), 31, 'xéz', 36, 38, 'bz', 'c', -6}",
                "{'', 2305843009213693952, 3, 5, 'z', 8, 9, 14, 20, 24, 25, (3, 'b'), 31, 'xéz', 36, 38, 'bz', -6}",
                "{5, 'c'}",
                "-970285997055079195",
                "{5, 'c'}",
            ],
        );
    }
    {
        // a = set()
        // _xs = [13]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(13)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            18,
            "a = set()\n_xs = [13]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na = b & a\nprint(repr(a))",
            &out,
            &["set()", "{13}", "set()", "set()"],
        );
    }
    {
        // _xs = [-0.5, 15, -1, 2, 'cé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([36, 128, 'c', 10, -5, 'x', 1, (), 10, -4, 12, 35, 'bbé', 'yéc', (3, 'b'), 'zéa', -0.5, 22, '', 40]))
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.difference(dict.fromkeys([28, 'ca', 1e+300, 100000000000000000000]))
        // print(repr(a))
        // a = a.intersection(dict.fromkeys(['', 'zbc', 23, 'zé', 128, -6, 2305843009213693951, 'x', 'z', 0.1]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(-0.5f64),
                Value::Int(15),
                Value::Int(-1),
                Value::Int(2),
                Value::str("cé"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(36),
            Value::Int(128),
            Value::str("c"),
            Value::Int(10),
            Value::Int(-5),
            Value::str("x"),
            Value::Int(1),
            Value::tuple(vec![]),
            Value::Int(10),
            Value::Int(-4),
            Value::Int(12),
            Value::Int(35),
            Value::str("bbé"),
            Value::str("yéc"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("zéa"),
            Value::Float(-0.5f64),
            Value::Int(22),
            Value::str(""),
            Value::Int(40),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::Int(28),
                Value::str("ca"),
                Value::Float(1e+300),
                big("100000000000000000000"),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::str(""),
                Value::str("zbc"),
                Value::Int(23),
                Value::str("zé"),
                Value::Int(128),
                Value::Int(-6),
                Value::Int(2305843009213693951),
                Value::str("x"),
                Value::str("z"),
                Value::Float(0.1f64),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            19,
            "_xs = [-0.5, 15, -1, 2, 'cé']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([36, 128, 'c', 10, -5, 'x', 1, (), 10, -4, 12, 35, 'bbé', 'yéc', (3, 'b'), 'zéa', -0.5, 22, '', 40]))\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.difference(dict.fromkeys([28, 'ca', 1e+300, 100000000000000000000]))\nprint(repr(a))\na = a.intersection(dict.fromkeys(['', 'zbc', 23, 'zé', 128, -6, 2305843009213693951, 'x', 'z', 0.1]))\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 2, 15, 'cé', -1}",
                "{128, 1, -0.5, '', 10, (), 12, 22, (3, 'b'), 'x', 36, 35, 40, 'yéc', 'zéa', 'c', 'bbé', -5, -4}",
                "set()",
                "set()",
                "{128, 1, -0.5, '', 10, 12, 22, 'x', 36, 35, 40, 'bbé', (), (3, 'b'), 'yéc', 'zéa', 'c', -5, -4}",
                "frozenset({128, 1, -0.5, '', 10, 12, 22, (3, 'b'), 'x', 36, 35, -5, 40, 'yéc', 'zéa', 'c', 'bbé', (), -4})",
                "{128, 1, -0.5, '', 10, 12, 22, 'x', 36, 35, 40, 'bbé', (), (3, 'b'), 'yéc', 'zéa', 'c', -5, -4}",
                "{128, 1, -0.5, '', 10, 12, 22, 'x', 36, 35, 40, 'bbé', (), (3, 'b'), 'yéc', 'zéa', 'c', -5, -4}",
                "{'', 'x', 128}",
            ],
        );
    }
    {
        // _xs = ['a', 1e+300, 31, 31, 0.1, 1.5, 34, 13, 29, 'cé', -4, 1.5, 12, 'zéx', 31, 27, 1024, -0.5, 24, 8, 1.5, 0.1, 14, 6, 'aza', 'a', 'axy', 33, 16, 'xy', -2, -6, ('a',), 0.1, 1e+300, 31, 1024, 'bz', 2.0, -3]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [19, -1, 'yyé', 15, (1, 2), -4, (1, 2), 31]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.difference_update(b)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // for _x in ['abé', '', 1.5, 'a', 6]:
        //     a.discard(_x)
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("a"),
                Value::Float(1e+300),
                Value::Int(31),
                Value::Int(31),
                Value::Float(0.1f64),
                Value::Float(1.5f64),
                Value::Int(34),
                Value::Int(13),
                Value::Int(29),
                Value::str("cé"),
                Value::Int(-4),
                Value::Float(1.5f64),
                Value::Int(12),
                Value::str("zéx"),
                Value::Int(31),
                Value::Int(27),
                Value::Int(1024),
                Value::Float(-0.5f64),
                Value::Int(24),
                Value::Int(8),
                Value::Float(1.5f64),
                Value::Float(0.1f64),
                Value::Int(14),
                Value::Int(6),
                Value::str("aza"),
                Value::str("a"),
                Value::str("axy"),
                Value::Int(33),
                Value::Int(16),
                Value::str("xy"),
                Value::Int(-2),
                Value::Int(-6),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(0.1f64),
                Value::Float(1e+300),
                Value::Int(31),
                Value::Int(1024),
                Value::str("bz"),
                Value::Float(2.0f64),
                Value::Int(-3),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(19),
                Value::Int(-1),
                Value::str("yyé"),
                Value::Int(15),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(-4),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(31),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        for x in vec![
            Value::str("abé"),
            Value::str(""),
            Value::Float(1.5f64),
            Value::str("a"),
            Value::Int(6),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            20,
            "_xs = ['a', 1e+300, 31, 31, 0.1, 1.5, 34, 13, 29, 'cé', -4, 1.5, 12, 'zéx', 31, 27, 1024, -0.5, 24, 8, 1.5, 0.1, 14, 6, 'aza', 'a', 'axy', 33, 16, 'xy', -2, -6, ('a',), 0.1, 1e+300, 31, 1024, 'bz', 2.0, -3]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [19, -1, 'yyé', 15, (1, 2), -4, (1, 2), 31]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.difference_update(b)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\nfor _x in ['abé', '', 1.5, 'a', 6]:\n    a.discard(_x)\nprint(repr(a))\na = b ^ a\nprint(repr(a))",
            &out,
            &[
                "{1024, 1.5, -0.5, 2.0, 6, 8, 12, 13, 14, 16, 'a', 24, 27, 29, 31, 33, 34, 'xy', 'bz', 1e+300, 0.1, 'aza', ('a',), 'axy', 'zéx', 'cé', -6, -4, -3, -2}",
                "{(1, 2), 'yyé', 15, 19, -4, -1, 31}",
                "{1024, 1.5, -0.5, 2.0, 6, 8, 12, 13, 14, 16, 'a', 24, 27, 29, 33, 34, 'xy', 'bz', 1e+300, 0.1, 'aza', ('a',), 'axy', 'zéx', 'cé', -6, -3, -2}",
                "-1697003915479611226",
                "{1024, 1.5, -0.5, 2.0, 6, 8, 12, 13, 14, 16, 'a', 24, 27, 29, 33, 34, 'xy', 'bz', 1e+300, 0.1, 'aza', ('a',), 'axy', 'zéx', 'cé', -6, -3, -2}",
                "{1024, -0.5, 2.0, 8, 12, 13, 14, 16, 24, 27, 29, 33, 34, 'xy', 'bz', 1e+300, 0.1, 'aza', ('a',), 'axy', 'zéx', 'cé', -6, -3, -2}",
                "{1024, -0.5, 2.0, 0.1, (1, 2), 'aza', 8, ('a',), 'yyé', 12, 13, 14, 15, 16, 19, 24, 27, 29, 31, 33, 34, 'xy', 'axy', 'zéx', -4, 'bz', 'cé', -1, -6, 1e+300, -3, -2}",
            ],
        );
    }
    {
        // _xs = ['éb', 40, 7, '', 1024, -4, 9, 2305843009213693951]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([1.5, -6]))
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        // a.difference_update(['zba', 18, -1, 2, '', 64, 11])
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("éb"),
                Value::Int(40),
                Value::Int(7),
                Value::str(""),
                Value::Int(1024),
                Value::Int(-4),
                Value::Int(9),
                Value::Int(2305843009213693951),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![Value::Float(1.5f64), Value::Int(-6)]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::str("zba"),
                Value::Int(18),
                Value::Int(-1),
                Value::Int(2),
                Value::str(""),
                Value::Int(64),
                Value::Int(11),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            21,
            "_xs = ['éb', 40, 7, '', 1024, -4, 9, 2305843009213693951]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([1.5, -6]))\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))\na.difference_update(['zba', 18, -1, 2, '', 64, 11])\nprint(repr(a))\na = a.union(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 1024, 2305843009213693951, 7, 'éb', 40, 9, -4}",
                "{1.5, -6}",
                "set()",
                "set()",
                "{1.5, -6}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([4, 11, 31, 19, 7, (3, 'b'), 'ac', 'éa', 12, (1, 2), 'cé', 0.1, 33, 'bza', (3, 'b'), '', 17, 16, 9, 31, '', 3, 3, 24, 100000000000000000000, 2305843009213693951, 'cay', 4, 'z', 100000000000000000000, 34, 2305843009213693951, 'c', 'éya', 'a', 31, 9, 22, 17, 39]))
        // b = set(dict.fromkeys([27, 9]))
        // print(repr(a)); print(repr(b))
        // a.intersection_update([30, 'z', 17, 34, 32, -2, 'c', ()])
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // for _x in [9, 7, -0.5, 'za', 100000000000000000000, 1e+300, -6, 'yaz']:
        //     a.discard(_x)
        // print(repr(a))
        // a.symmetric_difference_update([2.0, 'ébb', 29, 'z', 13, 10, 'x', 21, ''])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(4),
            Value::Int(11),
            Value::Int(31),
            Value::Int(19),
            Value::Int(7),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("ac"),
            Value::str("éa"),
            Value::Int(12),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("cé"),
            Value::Float(0.1f64),
            Value::Int(33),
            Value::str("bza"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str(""),
            Value::Int(17),
            Value::Int(16),
            Value::Int(9),
            Value::Int(31),
            Value::str(""),
            Value::Int(3),
            Value::Int(3),
            Value::Int(24),
            big("100000000000000000000"),
            Value::Int(2305843009213693951),
            Value::str("cay"),
            Value::Int(4),
            Value::str("z"),
            big("100000000000000000000"),
            Value::Int(34),
            Value::Int(2305843009213693951),
            Value::str("c"),
            Value::str("éya"),
            Value::str("a"),
            Value::Int(31),
            Value::Int(9),
            Value::Int(22),
            Value::Int(17),
            Value::Int(39),
        ]));
        let b = mkset(fromkeys(vec![Value::Int(27), Value::Int(9)]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(30),
                Value::str("z"),
                Value::Int(17),
                Value::Int(34),
                Value::Int(32),
                Value::Int(-2),
                Value::str("c"),
                Value::tuple(vec![]),
            ])],
        );
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::Int(9),
            Value::Int(7),
            Value::Float(-0.5f64),
            Value::str("za"),
            big("100000000000000000000"),
            Value::Float(1e+300),
            Value::Int(-6),
            Value::str("yaz"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Float(2.0f64),
                Value::str("ébb"),
                Value::Int(29),
                Value::str("z"),
                Value::Int(13),
                Value::Int(10),
                Value::str("x"),
                Value::Int(21),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            22,
            "a = set(dict.fromkeys([4, 11, 31, 19, 7, (3, 'b'), 'ac', 'éa', 12, (1, 2), 'cé', 0.1, 33, 'bza', (3, 'b'), '', 17, 16, 9, 31, '', 3, 3, 24, 100000000000000000000, 2305843009213693951, 'cay', 4, 'z', 100000000000000000000, 34, 2305843009213693951, 'c', 'éya', 'a', 31, 9, 22, 17, 39]))\nb = set(dict.fromkeys([27, 9]))\nprint(repr(a)); print(repr(b))\na.intersection_update([30, 'z', 17, 34, 32, -2, 'c', ()])\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\na = a ^ b\nprint(repr(a))\na = a | b\nprint(repr(a))\nfor _x in [9, 7, -0.5, 'za', 100000000000000000000, 1e+300, -6, 'yaz']:\n    a.discard(_x)\nprint(repr(a))\na.symmetric_difference_update([2.0, 'ébb', 29, 'z', 13, 10, 'x', 21, ''])\nprint(repr(a))",
            &out,
            &[
                "{0.1, '', 2305843009213693951, (1, 2), 4, 3, 'z', 7, 'éa', 9, 'éya', 11, 12, 'bza', 16, 17, 19, 'a', 22, 24, (3, 'b'), 31, 'cay', 33, 34, 39, 100000000000000000000, 'ac', 'c', 'cé'}",
                "{9, 27}",
                "{17, 34, 'c', 'z'}",
                "{34, 'z', 9, 17, 'c', 27}",
                "{34, 'z', 17, 'c'}",
                "{17, 34, 'c', 'z', 9, 27}",
                "{17, 34, 'c', 'z', 27}",
                "{'', 2.0, 10, 13, 17, 21, 27, 'ébb', 29, 34, 'x', 'c'}",
            ],
        );
    }
    {
        // _xs = [16]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([-6, 1024, 1.5, 29, 12, 39, -1, 32]))
        // print(repr(a)); print(repr(b))
        // a = a.intersection([5, '', (1, 2), 19, 23, 13])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(16)]).unwrap()));
        let b = mkset(fromkeys(vec![
            Value::Int(-6),
            Value::Int(1024),
            Value::Float(1.5f64),
            Value::Int(29),
            Value::Int(12),
            Value::Int(39),
            Value::Int(-1),
            Value::Int(32),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(5),
                Value::str(""),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(19),
                Value::Int(23),
                Value::Int(13),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            23,
            "_xs = [16]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([-6, 1024, 1.5, 29, 12, 39, -1, 32]))\nprint(repr(a)); print(repr(b))\na = a.intersection([5, '', (1, 2), 19, 23, 13])\nprint(repr(a))\na ^= b\nprint(repr(a))\na = b | a\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{16}",
                "{1024, 1.5, 32, 39, 12, -6, 29, -1}",
                "set()",
                "{1024, 1.5, 32, 39, 12, -6, 29, -1}",
                "{1024, 1.5, 32, 39, 12, -6, 29, -1}",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['', 14, 10, 0, 32, 'éz', 1e+300, 'xé', 0, 4611686018427387909, 30, -1, 29, -1, 'ca', 2305843009213693951, -5, 'bxz', '', 24]))
        // b = {'', ('a',), 'xéb', -2, (1, 2), -2, 25, -4, '', 4, 4611686018427387909, 2.0, 24, 29, 38, 2305843009213693951, 128, 21, 21, 0.1}
        // print(repr(a)); print(repr(b))
        // a.add(32)
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str(""),
            Value::Int(14),
            Value::Int(10),
            Value::Int(0),
            Value::Int(32),
            Value::str("éz"),
            Value::Float(1e+300),
            Value::str("xé"),
            Value::Int(0),
            Value::Int(4611686018427387909),
            Value::Int(30),
            Value::Int(-1),
            Value::Int(29),
            Value::Int(-1),
            Value::str("ca"),
            Value::Int(2305843009213693951),
            Value::Int(-5),
            Value::str("bxz"),
            Value::str(""),
            Value::Int(24),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str(""),
                    Value::tuple(vec![Value::str("a")]),
                    Value::str("xéb"),
                    Value::Int(-2),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(-2),
                    Value::Int(25),
                    Value::Int(-4),
                    Value::str(""),
                    Value::Int(4),
                    Value::Int(4611686018427387909),
                    Value::Float(2.0f64),
                    Value::Int(24),
                    Value::Int(29),
                    Value::Int(38),
                    Value::Int(2305843009213693951),
                    Value::Int(128),
                    Value::Int(21),
                    Value::Int(21),
                    Value::Float(0.1f64),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(32)]);
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[fromkeys(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            24,
            "a = set(dict.fromkeys(['', 14, 10, 0, 32, 'éz', 1e+300, 'xé', 0, 4611686018427387909, 30, -1, 29, -1, 'ca', 2305843009213693951, -5, 'bxz', '', 24]))\nb = {'', ('a',), 'xéb', -2, (1, 2), -2, 25, -4, '', 4, 4611686018427387909, 2.0, 24, 29, 38, 2305843009213693951, 128, 21, 21, 0.1}\nprint(repr(a)); print(repr(b))\na.add(32)\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([]))\nprint(repr(a))",
            &out,
            &[
                "{'', 0, 2305843009213693951, 'éz', 'bxz', 4611686018427387909, 'xé', 10, 14, 24, 29, 30, 32, 'ca', -5, 1e+300, -1}",
                "{'', 2305843009213693951, 2.0, (1, 2), 4, 128, 0.1, 4611686018427387909, ('a',), 21, 24, 25, 29, 'xéb', 38, -4, -2}",
                "{'', 0, 2305843009213693951, 'éz', 'bxz', 4611686018427387909, 'xé', 10, 14, 24, 29, 30, 32, 'ca', -5, 1e+300, -1}",
                "{'', 0, 2305843009213693951, 'éz', 'bxz', 32, 4611686018427387909, 'xé', 10, 14, 'ca', -1, 24, -5, 1e+300, 29, 30}",
            ],
        );
    }
    {
        // a = {12, 100000000000000000000, 'a', 36, 7}
        // _xs = [2305843009213693951, 13, 10, 15, 1]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference([25, 'x', 40, 'zx', '', 4611686018427387909, 'xéy', -6, -3])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(12),
                    big("100000000000000000000"),
                    Value::str("a"),
                    Value::Int(36),
                    Value::Int(7),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(2305843009213693951),
                Value::Int(13),
                Value::Int(10),
                Value::Int(15),
                Value::Int(1),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::Int(25),
                Value::str("x"),
                Value::Int(40),
                Value::str("zx"),
                Value::str(""),
                Value::Int(4611686018427387909),
                Value::str("xéy"),
                Value::Int(-6),
                Value::Int(-3),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            25,
            "a = {12, 100000000000000000000, 'a', 36, 7}\n_xs = [2305843009213693951, 13, 10, 15, 1]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference([25, 'x', 40, 'zx', '', 4611686018427387909, 'xéy', -6, -3])\nprint(repr(a))",
            &out,
            &[
                "{'a', 36, 7, 100000000000000000000, 12}",
                "{2305843009213693951, 1, 10, 13, 15}",
                "{'', 'zx', 'x', 36, 4611686018427387909, 40, 7, 100000000000000000000, 12, 'a', 25, -6, -3, 'xéy'}",
            ],
        );
    }
    {
        // a = set([(1, 2), 1e+300, 100000000000000000000, 0, 9, '', -4, -2, 'éé', 11, '', 1.5])
        // b = set(dict.fromkeys([8, 'bb', 256, '', 'yab', 1, 39, 5, 1, 32, 'y', '', 32, 'z', 7, 14, 'ca', 'zaz', 2.0, 14, 25, (), 16, 0.1, 'yé', 100000000000000000000, 'yéé', '', 'ébz', 10, 40, -1, 24, 29, -2, 15, 'a', 6, '', 'yza']))
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Float(1e+300),
            big("100000000000000000000"),
            Value::Int(0),
            Value::Int(9),
            Value::str(""),
            Value::Int(-4),
            Value::Int(-2),
            Value::str("éé"),
            Value::Int(11),
            Value::str(""),
            Value::Float(1.5f64),
        ]));
        let b = mkset(fromkeys(vec![
            Value::Int(8),
            Value::str("bb"),
            Value::Int(256),
            Value::str(""),
            Value::str("yab"),
            Value::Int(1),
            Value::Int(39),
            Value::Int(5),
            Value::Int(1),
            Value::Int(32),
            Value::str("y"),
            Value::str(""),
            Value::Int(32),
            Value::str("z"),
            Value::Int(7),
            Value::Int(14),
            Value::str("ca"),
            Value::str("zaz"),
            Value::Float(2.0f64),
            Value::Int(14),
            Value::Int(25),
            Value::tuple(vec![]),
            Value::Int(16),
            Value::Float(0.1f64),
            Value::str("yé"),
            big("100000000000000000000"),
            Value::str("yéé"),
            Value::str(""),
            Value::str("ébz"),
            Value::Int(10),
            Value::Int(40),
            Value::Int(-1),
            Value::Int(24),
            Value::Int(29),
            Value::Int(-2),
            Value::Int(15),
            Value::str("a"),
            Value::Int(6),
            Value::str(""),
            Value::str("yza"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            26,
            "a = set([(1, 2), 1e+300, 100000000000000000000, 0, 9, '', -4, -2, 'éé', 11, '', 1.5])\nb = set(dict.fromkeys([8, 'bb', 256, '', 'yab', 1, 39, 5, 1, 32, 'y', '', 32, 'z', 7, 14, 'ca', 'zaz', 2.0, 14, 25, (), 16, 0.1, 'yé', 100000000000000000000, 'yéé', '', 'ébz', 10, 40, -1, 24, 29, -2, 15, 'a', 6, '', 'yza']))\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na = a.union(b)\nprint(repr(a))",
            &out,
            &[
                "{0, '', 1.5, (1, 2), 9, 100000000000000000000, -4, 11, 'éé', 1e+300, -2}",
                "{256, '', 1, 2.0, 5, 'z', 7, 8, 'ébz', 10, 6, 14, 15, 16, 'a', 'bb', 24, 25, 29, 32, 39, 40, 100000000000000000000, 'zaz', 'ca', 0.1, 'y', 'yab', 'yé', 'yza', 'yéé', -2, (), -1}",
                "-5420973248636416768",
                "{0, '', 1.5, (1, 2), 9, 100000000000000000000, -4, 11, 'éé', 1e+300, -2}",
                "{0, '', 1.5, (1, 2), 9, 100000000000000000000, -4, 11, 'éé', 1e+300, -2}",
                "{0, '', 1.5, 256, 1, 2.0, 5, 'z', 7, 9, 8, 11, 'ébz', 10, 6, 14, 'éé', 15, 16, 'a', 'bb', 24, 25, 29, 32, 39, 40, 100000000000000000000, 'zaz', 'ca', 1e+300, 0.1, 'y', (1, 2), 'yab', 'yé', 'yza', 'yéé', -1, (), -4, -2}",
            ],
        );
    }
    {
        // _xs = [5]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([10, 10, 34, 24, 1, 22, 15, 23])
        // print(repr(a)); print(repr(b))
        // a.add(12)
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([-2, 36, 64, 'xba', 'x', -6, (3, 'b')]))
        // print(repr(a))
        // a.add(24)
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(5)]).unwrap()));
        let b = mkset(Value::list(vec![
            Value::Int(10),
            Value::Int(10),
            Value::Int(34),
            Value::Int(24),
            Value::Int(1),
            Value::Int(22),
            Value::Int(15),
            Value::Int(23),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(12)]);
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(-2),
                Value::Int(36),
                Value::Int(64),
                Value::str("xba"),
                Value::str("x"),
                Value::Int(-6),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])],
        );
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(24)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            27,
            "_xs = [5]\na = set()\nfor _x in _xs: a.add(_x)\nb = set([10, 10, 34, 24, 1, 22, 15, 23])\nprint(repr(a)); print(repr(b))\na.add(12)\nprint(repr(a))\na = a.intersection(dict.fromkeys([-2, 36, 64, 'xba', 'x', -6, (3, 'b')]))\nprint(repr(a))\na.add(24)\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{5}",
                "{1, 34, 10, 15, 22, 23, 24}",
                "{12, 5}",
                "set()",
                "{24}",
                "{1, 34, 10, 15, 22, 23}",
                "{24}",
            ],
        );
    }
    {
        // a = set([29])
        // b = set(dict.fromkeys([]))
        // print(repr(a)); print(repr(b))
        // a = a.difference(b)
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(29)]));
        let b = mkset(fromkeys(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            28,
            "a = set([29])\nb = set(dict.fromkeys([]))\nprint(repr(a)); print(repr(b))\na = a.difference(b)\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na = b & a\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{29}", "set()", "{29}", "set()", "set()", "set()", "set()", "set()",
            ],
        );
    }
    {
        // _xs = [24, 'y', 33, -2305843009213693952, 20, 11, 12, 'bbé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([64, 'zy', 16]))
        // print(repr(a)); print(repr(b))
        // a = b | a
        // print(repr(a))
        // a.intersection_update([(), 13, 39, 1])
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(24),
                Value::str("y"),
                Value::Int(33),
                Value::Int(-2305843009213693952),
                Value::Int(20),
                Value::Int(11),
                Value::Int(12),
                Value::str("bbé"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(64),
            Value::str("zy"),
            Value::Int(16),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::tuple(vec![]),
                Value::Int(13),
                Value::Int(39),
                Value::Int(1),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            29,
            "_xs = [24, 'y', 33, -2305843009213693952, 20, 11, 12, 'bbé']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([64, 'zy', 16]))\nprint(repr(a)); print(repr(b))\na = b | a\nprint(repr(a))\na.intersection_update([(), 13, 39, 1])\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{'y', 33, 11, 12, 20, 'bbé', 24, -2305843009213693952}",
                "{64, 16, 'zy'}",
                "{64, 'y', 33, 'zy', 11, 12, 16, 20, 'bbé', 24, -2305843009213693952}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set([9, -2])
        // b = set(set([16, 'xa', 1024, 21, 24, 35, -0.5, '']))
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // for _x in [2.0]:
        //     a.discard(_x)
        // print(repr(a))
        // a.discard('')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(9), Value::Int(-2)]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(16),
            Value::str("xa"),
            Value::Int(1024),
            Value::Int(21),
            Value::Int(24),
            Value::Int(35),
            Value::Float(-0.5f64),
            Value::str(""),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![Value::Float(2.0f64)] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("")]);
        out.push(repr(&a));
        check(
            &mut failures,
            30,
            "a = set([9, -2])\nb = set(set([16, 'xa', 1024, 21, 24, 35, -0.5, '']))\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\nfor _x in [2.0]:\n    a.discard(_x)\nprint(repr(a))\na.discard('')\nprint(repr(a))",
            &out,
            &[
                "{9, -2}",
                "{1024, -0.5, '', 35, 'xa', 16, 21, 24}",
                "{9, -2}",
                "{9, -2}",
                "{9, -2}",
            ],
        );
    }
    {
        // a = set(set([]))
        // _xs = ['zxy', 20, 18, 'zyb', 0, 34, 4611686018427387909, 31, 'ycx', (), 33, (3, 'b')]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("zxy"),
                Value::Int(20),
                Value::Int(18),
                Value::str("zyb"),
                Value::Int(0),
                Value::Int(34),
                Value::Int(4611686018427387909),
                Value::Int(31),
                Value::str("ycx"),
                Value::tuple(vec![]),
                Value::Int(33),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            31,
            "a = set(set([]))\n_xs = ['zxy', 20, 18, 'zyb', 0, 34, 4611686018427387909, 31, 'ycx', (), 33, (3, 'b')]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{0, 33, 34, 4611686018427387909, 'zyb', 'zxy', 18, 20, 'ycx', (3, 'b'), (), 31}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([19, 22, 9]))
        // b = set(set(['ya', 1e+300, 1.5, 24, 1.5, 34, (), 13, '', 23, 34, 1024]))
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.update([0, 1e+300, 27, (1, 2), 'ézx'])
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(19),
            Value::Int(22),
            Value::Int(9),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::str("ya"),
            Value::Float(1e+300),
            Value::Float(1.5f64),
            Value::Int(24),
            Value::Float(1.5f64),
            Value::Int(34),
            Value::tuple(vec![]),
            Value::Int(13),
            Value::str(""),
            Value::Int(23),
            Value::Int(34),
            Value::Int(1024),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(0),
                Value::Float(1e+300),
                Value::Int(27),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::str("ézx"),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            32,
            "a = set(dict.fromkeys([19, 22, 9]))\nb = set(set(['ya', 1e+300, 1.5, 24, 1.5, 34, (), 13, '', 23, 34, 1024]))\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\na = a.copy()\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.update([0, 1e+300, 27, (1, 2), 'ézx'])\nprint(repr(a))\na &= b\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{9, 19, 22}",
                "{'', 1.5, 34, 1024, 'ya', 13, 23, 24, (), 1e+300}",
                "{'', 1.5, 34, 1024, 9, 'ya', 13, 19, 22, 23, 24, (), 1e+300}",
                "{'', 1.5, 34, 1024, 9, 'ya', 13, 19, 22, 23, 24, (), 1e+300}",
                "''",
                "{1.5, 34, 1024, 9, 'ya', 13, 19, 22, 23, 24, (), 1e+300}",
                "{0, 1.5, 34, 1024, (1, 2), 27, 9, 'ya', 13, 19, 22, 23, 24, 'ézx', (), 1e+300}",
                "{1024, 1.5, 34, 'ya', 13, 23, 24, (), 1e+300}",
                "2185425635379153144",
                "{1024, 1.5, 34, 'ya', 13, 23, 24, (), 1e+300}",
            ],
        );
    }
    {
        // a = set([38, 36, -5, 32, 'bzz'])
        // b = set(dict.fromkeys([14, 22, 4611686018427387909]))
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // a.update(['éaz', (1, 2), (1, 2), 4, 4, 'yc'])
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // for _x in []:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(38),
            Value::Int(36),
            Value::Int(-5),
            Value::Int(32),
            Value::str("bzz"),
        ]));
        let b = mkset(fromkeys(vec![
            Value::Int(14),
            Value::Int(22),
            Value::Int(4611686018427387909),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str("éaz"),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(4),
                Value::Int(4),
                Value::str("yc"),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            33,
            "a = set([38, 36, -5, 32, 'bzz'])\nb = set(dict.fromkeys([14, 22, 4611686018427387909]))\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\na.update(['éaz', (1, 2), (1, 2), 4, 4, 'yc'])\nprint(repr(a))\na = a & b\nprint(repr(a))\nfor _x in []:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{32, 36, 38, 'bzz', -5}",
                "{4611686018427387909, 14, 22}",
                "{32, 36, 4611686018427387909, 38, -5, 22, 'bzz', 14}",
                "{(1, 2), 4, 4611686018427387909, 14, 'éaz', 22, 'yc', 32, 36, 38, 'bzz', -5}",
                "{22, 14, 4611686018427387909}",
                "{22, 14, 4611686018427387909}",
            ],
        );
    }
    {
        // a = set(set([24, 'y']))
        // b = set([])
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a.union([25, 1, 8, 36, -4, 1.5, '', 'cb', 'cc', 2])
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a.update([20, 'bxa', 'c', 21, 'z'])
        // print(repr(a))
        // a.difference_update([-2305843009213693952, 22, 'xa', 2, 3, 'xé'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Int(24), Value::str("y")])));
        let b = mkset(Value::list(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(25),
                Value::Int(1),
                Value::Int(8),
                Value::Int(36),
                Value::Int(-4),
                Value::Float(1.5f64),
                Value::str(""),
                Value::str("cb"),
                Value::str("cc"),
                Value::Int(2),
            ])],
        );
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(20),
                Value::str("bxa"),
                Value::str("c"),
                Value::Int(21),
                Value::str("z"),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(-2305843009213693952),
                Value::Int(22),
                Value::str("xa"),
                Value::Int(2),
                Value::Int(3),
                Value::str("xé"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            34,
            "a = set(set([24, 'y']))\nb = set([])\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a.union([25, 1, 8, 36, -4, 1.5, '', 'cb', 'cc', 2])\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na.update([20, 'bxa', 'c', 21, 'z'])\nprint(repr(a))\na.difference_update([-2305843009213693952, 22, 'xa', 2, 3, 'xé'])\nprint(repr(a))",
            &out,
            &[
                "{24, 'y'}",
                "set()",
                "set()",
                "set()",
                "{'', 1, 1.5, 'cb', 36, 2, 8, 'cc', 25, -4}",
                "set()",
                "{'z', 'c', 20, 21, 'bxa'}",
                "{'z', 'c', 20, 21, 'bxa'}",
            ],
        );
    }
    {
        // a = set()
        // b = set(dict.fromkeys([(), -2305843009213693952, 'zac', 'zzy', ()]))
        // print(repr(a)); print(repr(b))
        // a = a.intersection(b)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.difference_update([32, 'ccz', 25, 32, 'ab', 1024, 'bz', 10])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a |= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(fromkeys(vec![
            Value::tuple(vec![]),
            Value::Int(-2305843009213693952),
            Value::str("zac"),
            Value::str("zzy"),
            Value::tuple(vec![]),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(32),
                Value::str("ccz"),
                Value::Int(25),
                Value::Int(32),
                Value::str("ab"),
                Value::Int(1024),
                Value::str("bz"),
                Value::Int(10),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            35,
            "a = set()\nb = set(dict.fromkeys([(), -2305843009213693952, 'zac', 'zzy', ()]))\nprint(repr(a)); print(repr(b))\na = a.intersection(b)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.difference_update([32, 'ccz', 25, 32, 'ab', 1024, 'bz', 10])\nprint(repr(a))\na ^= b\nprint(repr(a))\na |= b\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'zzy', 'zac', (), -2305843009213693952}",
                "set()",
                "set()",
                "set()",
                "{'zzy', 'zac', (), -2305843009213693952}",
                "{'zzy', 'zac', (), -2305843009213693952}",
            ],
        );
    }
    {
        // a = {7, -6, 64, 19, 31, 2}
        // b = set(dict.fromkeys([-0.5, 11, ('a',), 16, 16]))
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.intersection_update([-0.5, -1, 128, 17, 'z', 'zyé', 'zyx', 'yé', 21])
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(7),
                    Value::Int(-6),
                    Value::Int(64),
                    Value::Int(19),
                    Value::Int(31),
                    Value::Int(2),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Float(-0.5f64),
            Value::Int(11),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(16),
            Value::Int(16),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Float(-0.5f64),
                Value::Int(-1),
                Value::Int(128),
                Value::Int(17),
                Value::str("z"),
                Value::str("zyé"),
                Value::str("zyx"),
                Value::str("yé"),
                Value::Int(21),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            36,
            "a = {7, -6, 64, 19, 31, 2}\nb = set(dict.fromkeys([-0.5, 11, ('a',), 16, 16]))\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.intersection_update([-0.5, -1, 128, 17, 'z', 'zyé', 'zyx', 'yé', 21])\nprint(repr(a))\na = b | a\nprint(repr(a))\na ^= b\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a | b\nprint(repr(a))",
            &out,
            &[
                "{64, 2, 19, 7, -6, 31}",
                "{-0.5, 16, 11, ('a',)}",
                "frozenset({64, 2, 19, 7, -6, 31})",
                "{64, 2, 19, 7, -6, 31}",
                "set()",
                "{-0.5, 16, 11, ('a',)}",
                "set()",
                "frozenset()",
                "set()",
                "{-0.5, 16, 11, ('a',)}",
            ],
        );
    }
    {
        // a = set([])
        // b = set([-1, 32, (1, 2), 'b', 'zb', 20, 1e+300, 8, '', 36, 'xab', 13])
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // a.add(64)
        // print(repr(a))
        // a.add('xyz')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![]));
        let b = mkset(Value::list(vec![
            Value::Int(-1),
            Value::Int(32),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("b"),
            Value::str("zb"),
            Value::Int(20),
            Value::Float(1e+300),
            Value::Int(8),
            Value::str(""),
            Value::Int(36),
            Value::str("xab"),
            Value::Int(13),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(64)]);
        out.push(repr(&a));
        m(&a, "add", &[Value::str("xyz")]);
        out.push(repr(&a));
        check(
            &mut failures,
            37,
            "a = set([])\nb = set([-1, 32, (1, 2), 'b', 'zb', 20, 1e+300, 8, '', 36, 'xab', 13])\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\na.add(64)\nprint(repr(a))\na.add('xyz')\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{32, '', 'zb', (1, 2), 36, 8, 13, 'b', 'xab', 20, 1e+300, -1}",
                "{32, '', 'zb', (1, 2), 36, 8, 13, 'b', 'xab', 20, 1e+300, -1}",
                "{32, '', 'zb', (1, 2), 36, 64, 8, 13, 'b', 'xab', 20, 1e+300, -1}",
                "{32, '', 'zb', (1, 2), 36, 64, 8, 'xyz', 13, 'b', 'xab', 20, 1e+300, -1}",
            ],
        );
    }
    {
        // a = set([])
        // b = set(dict.fromkeys([5, 1e+300, 16, -2, 12, 34, 'bz', 33, 128, '', -3, -5, 'cbb', 29, 'a', 1e+300, 18, '', -2, 6, 'zaé', 'a', '', 35, 20, 'bab', 'y', 26, (1, 2), 33, 22, -2, -3, 100000000000000000000, 32, 38, 'za', 31, 13, 'zy']))
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.add(-4)
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a = a.union([])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![]));
        let b = mkset(fromkeys(vec![
            Value::Int(5),
            Value::Float(1e+300),
            Value::Int(16),
            Value::Int(-2),
            Value::Int(12),
            Value::Int(34),
            Value::str("bz"),
            Value::Int(33),
            Value::Int(128),
            Value::str(""),
            Value::Int(-3),
            Value::Int(-5),
            Value::str("cbb"),
            Value::Int(29),
            Value::str("a"),
            Value::Float(1e+300),
            Value::Int(18),
            Value::str(""),
            Value::Int(-2),
            Value::Int(6),
            Value::str("zaé"),
            Value::str("a"),
            Value::str(""),
            Value::Int(35),
            Value::Int(20),
            Value::str("bab"),
            Value::str("y"),
            Value::Int(26),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(33),
            Value::Int(22),
            Value::Int(-2),
            Value::Int(-3),
            big("100000000000000000000"),
            Value::Int(32),
            Value::Int(38),
            Value::str("za"),
            Value::Int(31),
            Value::Int(13),
            Value::str("zy"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(-4)]);
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "union", &[Value::list(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            38,
            "a = set([])\nb = set(dict.fromkeys([5, 1e+300, 16, -2, 12, 34, 'bz', 33, 128, '', -3, -5, 'cbb', 29, 'a', 1e+300, 18, '', -2, 6, 'zaé', 'a', '', 35, 20, 'bab', 'y', 26, (1, 2), 33, 22, -2, -3, 100000000000000000000, 32, 38, 'za', 31, 13, 'zy']))\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.add(-4)\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na = a.union([])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{128, '', 5, 6, 12, 13, 16, 18, 'a', 20, 22, 'bab', 26, 29, 31, 32, 33, 34, 35, 38, 'zy', 100000000000000000000, 'bz', 1e+300, 'y', (1, 2), 'cbb', 'za', 'zaé', -5, -3, -2}",
                "133146708735736",
                "set()",
                "{-4}",
                "{-4}",
                "{-4}",
            ],
        );
    }
    {
        // a = set(set([1024, 10, 30, 'az', 39, 25, 2.0, ('a',), 28, 13, ('a',), 11, 100000000000000000000, 25, 0, -1, 32, 16, 256, 'zx']))
        // _xs = ['z', 2305843009213693952, 'cxx', 'zxa', '', 12, 'yx', 28, 'b', 'y', 23, 'yy', (1, 2), 'y', -2305843009213693952, 'xxc', 4611686018427387909, 1.5, 3, 26, 64, 32, 2.0, 'béx', -2, 16, 40, 'aa', 'z', 40, 19, '', 'x', 8, 10, 'b', 36, ('a',), 1.5, 'z']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.discard(-4)
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(1024),
            Value::Int(10),
            Value::Int(30),
            Value::str("az"),
            Value::Int(39),
            Value::Int(25),
            Value::Float(2.0f64),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(28),
            Value::Int(13),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(11),
            big("100000000000000000000"),
            Value::Int(25),
            Value::Int(0),
            Value::Int(-1),
            Value::Int(32),
            Value::Int(16),
            Value::Int(256),
            Value::str("zx"),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("z"),
                Value::Int(2305843009213693952),
                Value::str("cxx"),
                Value::str("zxa"),
                Value::str(""),
                Value::Int(12),
                Value::str("yx"),
                Value::Int(28),
                Value::str("b"),
                Value::str("y"),
                Value::Int(23),
                Value::str("yy"),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::str("y"),
                Value::Int(-2305843009213693952),
                Value::str("xxc"),
                Value::Int(4611686018427387909),
                Value::Float(1.5f64),
                Value::Int(3),
                Value::Int(26),
                Value::Int(64),
                Value::Int(32),
                Value::Float(2.0f64),
                Value::str("béx"),
                Value::Int(-2),
                Value::Int(16),
                Value::Int(40),
                Value::str("aa"),
                Value::str("z"),
                Value::Int(40),
                Value::Int(19),
                Value::str(""),
                Value::str("x"),
                Value::Int(8),
                Value::Int(10),
                Value::str("b"),
                Value::Int(36),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(1.5f64),
                Value::str("z"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(-4)]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            39,
            "a = set(set([1024, 10, 30, 'az', 39, 25, 2.0, ('a',), 28, 13, ('a',), 11, 100000000000000000000, 25, 0, -1, 32, 16, 256, 'zx']))\n_xs = ['z', 2305843009213693952, 'cxx', 'zxa', '', 12, 'yx', 28, 'b', 'y', 23, 'yy', (1, 2), 'y', -2305843009213693952, 'xxc', 4611686018427387909, 1.5, 3, 26, 64, 32, 2.0, 'béx', -2, 16, 40, 'aa', 'z', 40, 19, '', 'x', 8, 10, 'b', 36, ('a',), 1.5, 'z']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.discard(-4)\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{1024, 0, 2.0, 256, 'zx', ('a',), 10, 11, 13, 16, 'az', 25, 28, 30, 32, 39, 100000000000000000000, -1}",
                "{'', 2305843009213693952, 1.5, 3, 2.0, 'z', 4611686018427387909, 8, 10, 12, 'zxa', 16, 19, 23, 26, 28, 32, 'x', 36, 40, 'béx', 'yx', 64, 'y', (1, 2), ('a',), 'yy', 'b', 'aa', -2, 'cxx', 'xxc', -2305843009213693952}",
                "{1024, 0, 2.0, 256, 'zx', ('a',), 10, 11, 13, 16, 'az', 25, 28, 30, 32, 39, 100000000000000000000, -1}",
                "{32, 2.0, ('a',), 10, 16, 28}",
            ],
        );
    }
    {
        // _xs = ['zb', 26, 'azé', 0.1, 20, 1e+300, '', 'céc', 8, '', '', 1e+300, 0, 'z', 33, 21, '', 14, ('a',), -2, 16, 15, 16, 'z', 1.5, 1.5, 1e+300, 'cb', 32, ('a',), 'xcx', 10, 16, 13, 17, 128, -2, 'z', '', 37]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([35, 17, 0.1, ('a',), 0.1, 14, 12, -5, 3, 27, 19, 31, -2, '', 3, 'yc', 24, -6, (1, 2), -2, 2305843009213693951, 20, (), 'bcc', 36, 2305843009213693951, 'yxy', 'ab', -6, 21, -1, 24, 0.1, 34, 8, 1, (), 25, '', 'yza']))
        // print(repr(a)); print(repr(b))
        // a = a.union([128, 'zbz', 1.5, (1, 2)])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("zb"),
                Value::Int(26),
                Value::str("azé"),
                Value::Float(0.1f64),
                Value::Int(20),
                Value::Float(1e+300),
                Value::str(""),
                Value::str("céc"),
                Value::Int(8),
                Value::str(""),
                Value::str(""),
                Value::Float(1e+300),
                Value::Int(0),
                Value::str("z"),
                Value::Int(33),
                Value::Int(21),
                Value::str(""),
                Value::Int(14),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(-2),
                Value::Int(16),
                Value::Int(15),
                Value::Int(16),
                Value::str("z"),
                Value::Float(1.5f64),
                Value::Float(1.5f64),
                Value::Float(1e+300),
                Value::str("cb"),
                Value::Int(32),
                Value::tuple(vec![Value::str("a")]),
                Value::str("xcx"),
                Value::Int(10),
                Value::Int(16),
                Value::Int(13),
                Value::Int(17),
                Value::Int(128),
                Value::Int(-2),
                Value::str("z"),
                Value::str(""),
                Value::Int(37),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(35),
            Value::Int(17),
            Value::Float(0.1f64),
            Value::tuple(vec![Value::str("a")]),
            Value::Float(0.1f64),
            Value::Int(14),
            Value::Int(12),
            Value::Int(-5),
            Value::Int(3),
            Value::Int(27),
            Value::Int(19),
            Value::Int(31),
            Value::Int(-2),
            Value::str(""),
            Value::Int(3),
            Value::str("yc"),
            Value::Int(24),
            Value::Int(-6),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(-2),
            Value::Int(2305843009213693951),
            Value::Int(20),
            Value::tuple(vec![]),
            Value::str("bcc"),
            Value::Int(36),
            Value::Int(2305843009213693951),
            Value::str("yxy"),
            Value::str("ab"),
            Value::Int(-6),
            Value::Int(21),
            Value::Int(-1),
            Value::Int(24),
            Value::Float(0.1f64),
            Value::Int(34),
            Value::Int(8),
            Value::Int(1),
            Value::tuple(vec![]),
            Value::Int(25),
            Value::str(""),
            Value::str("yza"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(128),
                Value::str("zbz"),
                Value::Float(1.5f64),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            40,
            "_xs = ['zb', 26, 'azé', 0.1, 20, 1e+300, '', 'céc', 8, '', '', 1e+300, 0, 'z', 33, 21, '', 14, ('a',), -2, 16, 15, 16, 'z', 1.5, 1.5, 1e+300, 'cb', 32, ('a',), 'xcx', 10, 16, 13, 17, 128, -2, 'z', '', 37]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([35, 17, 0.1, ('a',), 0.1, 14, 12, -5, 3, 27, 19, 31, -2, '', 3, 'yc', 24, -6, (1, 2), -2, 2305843009213693951, 20, (), 'bcc', 36, 2305843009213693951, 'yxy', 'ab', -6, 21, -1, 24, 0.1, 34, 8, 1, (), 25, '', 'yza']))\nprint(repr(a)); print(repr(b))\na = a.union([128, 'zbz', 1.5, (1, 2)])\nprint(repr(a))",
            &out,
            &[
                "{'', 0, 1.5, 128, 'z', 8, 10, 13, 14, 15, 16, 17, 20, 21, 26, 32, 33, 'zb', 'xcx', 37, 'céc', 1e+300, 'azé', 0.1, 'cb', ('a',), -2}",
                "{'', 2305843009213693951, 1, 3, 0.1, (1, 2), 8, ('a',), 12, 14, 17, 19, 20, 21, 'yc', 24, 25, 27, 'yxy', 31, 34, 35, 36, -6, -5, 'yza', -2, 'ab', 'bcc', (), -1}",
                "{'', 0, 1.5, 128, 'azé', 0.1, 'z', 'cb', 8, ('a',), 10, (1, 2), 13, 14, 15, 16, 17, 20, 21, 'zbz', 26, 32, 33, 'zb', 'xcx', 37, 'céc', 1e+300, -2}",
            ],
        );
    }
    {
        // a = set(['by', 26, 12, 100000000000000000000, -2, -1, 2305843009213693951, 33, 9, 128, 'b', '', 1, 'zba', 0.1, 11, 33, 27, (3, 'b'), 35, 2.0, 100000000000000000000, 20, 2.0, 38, -4, 'zc', 3, (1, 2), 2.0, ('a',), 2305843009213693951, 32, 2, -0.5, 16, 0, 'zx', 256, -0.5])
        // b = {('a',), 14, 40, 40, 2.0}
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // for _x in [25, 2, 0.1, (3, 'b')]:
        //     a.discard(_x)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::str("by"),
            Value::Int(26),
            Value::Int(12),
            big("100000000000000000000"),
            Value::Int(-2),
            Value::Int(-1),
            Value::Int(2305843009213693951),
            Value::Int(33),
            Value::Int(9),
            Value::Int(128),
            Value::str("b"),
            Value::str(""),
            Value::Int(1),
            Value::str("zba"),
            Value::Float(0.1f64),
            Value::Int(11),
            Value::Int(33),
            Value::Int(27),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(35),
            Value::Float(2.0f64),
            big("100000000000000000000"),
            Value::Int(20),
            Value::Float(2.0f64),
            Value::Int(38),
            Value::Int(-4),
            Value::str("zc"),
            Value::Int(3),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Float(2.0f64),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(2305843009213693951),
            Value::Int(32),
            Value::Int(2),
            Value::Float(-0.5f64),
            Value::Int(16),
            Value::Int(0),
            Value::str("zx"),
            Value::Int(256),
            Value::Float(-0.5f64),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(14),
                    Value::Int(40),
                    Value::Int(40),
                    Value::Float(2.0f64),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        for x in vec![
            Value::Int(25),
            Value::Int(2),
            Value::Float(0.1f64),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            41,
            "a = set(['by', 26, 12, 100000000000000000000, -2, -1, 2305843009213693951, 33, 9, 128, 'b', '', 1, 'zba', 0.1, 11, 33, 27, (3, 'b'), 35, 2.0, 100000000000000000000, 20, 2.0, 38, -4, 'zc', 3, (1, 2), 2.0, ('a',), 2305843009213693951, 32, 2, -0.5, 16, 0, 'zx', 256, -0.5])\nb = {('a',), 14, 40, 40, 2.0}\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\nfor _x in [25, 2, 0.1, (3, 'b')]:\n    a.discard(_x)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, 128, '', 1, 2.0, 3, -0.5, 0, 256, 9, 11, 12, 16, 20, 26, 27, 32, 33, 35, 38, 100000000000000000000, 0.1, 'zx', (1, 2), ('a',), 'b', (3, 'b'), 'by', -4, 'zc', -2, 'zba', -1}",
                "{('a',), 40, 2.0, 14}",
                "{2305843009213693951, 128, '', 1, 2.0, 3, -0.5, 0, 256, 9, 11, 12, 16, 20, 26, 27, 32, 33, 35, 38, 100000000000000000000, 0.1, 'zx', (1, 2), ('a',), 'b', (3, 'b'), 'by', -4, 'zc', -2, 'zba', -1}",
                "{2305843009213693951, 128, '', 1, 3, -0.5, 0, 256, 9, 11, 12, 16, 20, 26, 27, 32, 33, 35, 38, 100000000000000000000, 'zx', (1, 2), ('a',), 'b', 'by', -4, 'zc', -2, 'zba', -1}",
                "-1262947738060874073",
                "{2305843009213693951, 128, '', 1, 3, -0.5, 0, 256, 9, 11, 12, 16, 20, 26, 27, 32, 33, 35, 38, 100000000000000000000, 'zx', (1, 2), ('a',), 'b', 'by', -4, 'zc', -2, 'zba', -1}",
                "{('a',)}",
            ],
        );
    }
    {
        // a = set()
        // b = set([6, 36, (1, 2)])
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        // a = a.union([0.1, 128, '', 8, 'x', 'y'])
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        // a.add('éa')
        // print(repr(a))
        // for _x in [1e+300, 4, -1, -5, 19, (), 1.5, -0.5, 64]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(Value::list(vec![
            Value::Int(6),
            Value::Int(36),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Float(0.1f64),
                Value::Int(128),
                Value::str(""),
                Value::Int(8),
                Value::str("x"),
                Value::str("y"),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "add", &[Value::str("éa")]);
        out.push(repr(&a));
        for x in vec![
            Value::Float(1e+300),
            Value::Int(4),
            Value::Int(-1),
            Value::Int(-5),
            Value::Int(19),
            Value::tuple(vec![]),
            Value::Float(1.5f64),
            Value::Float(-0.5f64),
            Value::Int(64),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            42,
            "a = set()\nb = set([6, 36, (1, 2)])\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))\na = a.union([0.1, 128, '', 8, 'x', 'y'])\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))\na.add('éa')\nprint(repr(a))\nfor _x in [1e+300, 4, -1, -5, 19, (), 1.5, -0.5, 64]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{(1, 2), 36, 6}",
                "set()",
                "{0.1, '', 128, 'x', 'y', 8}",
                "{0.1, '', 128, 'x', 'y', 8}",
                "{0.1, '', 'y', 'x', 128, 8}",
                "{0.1, '', 'y', 'x', 128, 8, 'éa'}",
                "{0.1, '', 'y', 'x', 128, 8, 'éa'}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['z', 26, 'az', '', 37, 14, 17, (), 0, (1, 2), 29, 1, 'x', '', 18, 8, 'ay', 2, 16, 2305843009213693952]))
        // b = set(['aaa', (), 1e+300])
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("z"),
            Value::Int(26),
            Value::str("az"),
            Value::str(""),
            Value::Int(37),
            Value::Int(14),
            Value::Int(17),
            Value::tuple(vec![]),
            Value::Int(0),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(29),
            Value::Int(1),
            Value::str("x"),
            Value::str(""),
            Value::Int(18),
            Value::Int(8),
            Value::str("ay"),
            Value::Int(2),
            Value::Int(16),
            Value::Int(2305843009213693952),
        ]));
        let b = mkset(Value::list(vec![
            Value::str("aaa"),
            Value::tuple(vec![]),
            Value::Float(1e+300),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            43,
            "a = set(dict.fromkeys(['z', 26, 'az', '', 37, 14, 17, (), 0, (1, 2), 29, 1, 'x', '', 18, 8, 'ay', 2, 16, 2305843009213693952]))\nb = set(['aaa', (), 1e+300])\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na -= b\nprint(repr(a))\na = a | b\nprint(repr(a))",
            &out,
            &[
                "{'', 0, 1, (1, 2), 2, 2305843009213693952, 'z', 8, 14, 16, 'az', 17, 18, 'ay', 26, 29, 'x', 37, ()}",
                "{'aaa', (), 1e+300}",
                "623339467323659083",
                "{'', 0, 1, (1, 2), 2, 2305843009213693952, 'z', 8, 14, 16, 'az', 17, 18, 'ay', 26, 29, 'x', 37, ()}",
                "{'', 0, 1, (1, 2), 2, 2305843009213693952, 'z', 8, 14, 16, 'az', 17, 18, 'ay', 26, 29, 'x', 37}",
                "{'', 0, 1, (1, 2), 2, 2305843009213693952, 'z', 8, 14, 16, 'az', 17, 18, 'aaa', 'ay', 26, 29, 'x', 37, (), 1e+300}",
            ],
        );
    }
    {
        // _xs = [16]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(['ézé', 'cc', 12, 24, 2305843009213693951, 35])
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a.symmetric_difference_update([3, '', -4, 'a', 19, 28, 15])
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(16)]).unwrap()));
        let b = mkset(Value::list(vec![
            Value::str("ézé"),
            Value::str("cc"),
            Value::Int(12),
            Value::Int(24),
            Value::Int(2305843009213693951),
            Value::Int(35),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(3),
                Value::str(""),
                Value::Int(-4),
                Value::str("a"),
                Value::Int(19),
                Value::Int(28),
                Value::Int(15),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            44,
            "_xs = [16]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(['ézé', 'cc', 12, 24, 2305843009213693951, 35])\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na.symmetric_difference_update([3, '', -4, 'a', 19, 28, 15])\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))",
            &out,
            &[
                "{16}",
                "{2305843009213693951, 35, 'ézé', 12, 'cc', 24}",
                "{16, 2305843009213693951, 35, 'ézé', 24, 12, 'cc'}",
                "{16}",
                "{16}",
                "{'', 3, -4, 15, 16, 19, 'a', 28}",
                "{2305843009213693951, '', 3, 'ézé', 12, 'cc', 15, 16, 19, 'a', 24, 28, 35, -4}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([(3, 'b'), '', '', 0, -4, 25]))
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = a.difference(dict.fromkeys([25, 8, (3, 'b'), 12, 'z', '']))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str(""),
            Value::str(""),
            Value::Int(0),
            Value::Int(-4),
            Value::Int(25),
        ]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::Int(25),
                Value::Int(8),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(12),
                Value::str("z"),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            45,
            "a = set(dict.fromkeys([(3, 'b'), '', '', 0, -4, 25]))\nb = set()\nprint(repr(a)); print(repr(b))\na = a.difference(dict.fromkeys([25, 8, (3, 'b'), 12, 'z', '']))\nprint(repr(a))",
            &out,
            &["{'', 0, 25, (3, 'b'), -4}", "set()", "{0, -4}"],
        );
    }
    {
        // a = set(set([25, 16, 25, 'xxy', 64, -1, 18, 19, 30, -0.5, 9, (), 'xx', 32, -2, 10, 17, 26, 'aéc', 15]))
        // b = set(set([2, 1, 'é', 29, 13, 'bz', 23, 39, (), 'cx', 2305843009213693951, 4, -1, 32, 0, 22, 'b', 64, 6, 5]))
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(25),
            Value::Int(16),
            Value::Int(25),
            Value::str("xxy"),
            Value::Int(64),
            Value::Int(-1),
            Value::Int(18),
            Value::Int(19),
            Value::Int(30),
            Value::Float(-0.5f64),
            Value::Int(9),
            Value::tuple(vec![]),
            Value::str("xx"),
            Value::Int(32),
            Value::Int(-2),
            Value::Int(10),
            Value::Int(17),
            Value::Int(26),
            Value::str("aéc"),
            Value::Int(15),
        ])));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(2),
            Value::Int(1),
            Value::str("é"),
            Value::Int(29),
            Value::Int(13),
            Value::str("bz"),
            Value::Int(23),
            Value::Int(39),
            Value::tuple(vec![]),
            Value::str("cx"),
            Value::Int(2305843009213693951),
            Value::Int(4),
            Value::Int(-1),
            Value::Int(32),
            Value::Int(0),
            Value::Int(22),
            Value::str("b"),
            Value::Int(64),
            Value::Int(6),
            Value::Int(5),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            46,
            "a = set(set([25, 16, 25, 'xxy', 64, -1, 18, 19, 30, -0.5, 9, (), 'xx', 32, -2, 10, 17, 26, 'aéc', 15]))\nb = set(set([2, 1, 'é', 29, 13, 'bz', 23, 39, (), 'cx', 2305843009213693951, 4, -1, 32, 0, 22, 'b', 64, 6, 5]))\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 64, 9, 10, 15, 16, 17, 18, 19, 'xx', 25, 26, 30, 32, 'aéc', -2, (), -1, 'xxy'}",
                "{2305843009213693951, 1, 2, 0, 4, 5, 6, 64, 13, 'b', 22, 23, 29, 32, 'é', 39, 'bz', 'cx', (), -1}",
                "{-0.5, 2305843009213693951, 1, 2, 0, 4, 5, 6, 9, 10, 13, 'b', 15, 16, 17, 18, 19, 'xx', 22, 23, 25, 26, 29, 30, 'é', 39, 'aéc', 'bz', 'cx', -2, 'xxy'}",
                "set()",
            ],
        );
    }
    {
        // _xs = [256, 1024]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['é', -2, 'b', 12, '']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([29, 'x', 1.5, 34, 'yz', 40, 38]))
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(256), Value::Int(1024)]).unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("é"),
                Value::Int(-2),
                Value::str("b"),
                Value::Int(12),
                Value::str(""),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(29),
                Value::str("x"),
                Value::Float(1.5f64),
                Value::Int(34),
                Value::str("yz"),
                Value::Int(40),
                Value::Int(38),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            47,
            "_xs = [256, 1024]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['é', -2, 'b', 12, '']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na = b - a\nprint(repr(a))\na |= b\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))\na = a.intersection(dict.fromkeys([29, 'x', 1.5, 34, 'yz', 40, 38]))\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{256, 1024}",
                "{'', 'é', 12, 'b', -2}",
                "{256, 1024}",
                "{'', 'é', 12, 'b', -2}",
                "{'', 'é', 12, 'b', -2}",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = {'zé', 100000000000000000000, 25, 13, 'zéa', 'xé', -6, 11, 0.1, '', -2, 27, 'zxa', (), 'y', 24, 8, 64, 2.0, 'z', 100000000000000000000, -1, -1, -0.5, -2, -5, 6, 2305843009213693952, 16, 'éa', 'z', 2, 38, 'baé', 39, '', 6, (), -2, 2305843009213693951}
        // b = {6, 35, 37, 2.0, 21, 37, 32, 'czb', '', 'cé', 'b', 'bé'}
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = a.difference([32, 0, ('a',), 19])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("zé"),
                    big("100000000000000000000"),
                    Value::Int(25),
                    Value::Int(13),
                    Value::str("zéa"),
                    Value::str("xé"),
                    Value::Int(-6),
                    Value::Int(11),
                    Value::Float(0.1f64),
                    Value::str(""),
                    Value::Int(-2),
                    Value::Int(27),
                    Value::str("zxa"),
                    Value::tuple(vec![]),
                    Value::str("y"),
                    Value::Int(24),
                    Value::Int(8),
                    Value::Int(64),
                    Value::Float(2.0f64),
                    Value::str("z"),
                    big("100000000000000000000"),
                    Value::Int(-1),
                    Value::Int(-1),
                    Value::Float(-0.5f64),
                    Value::Int(-2),
                    Value::Int(-5),
                    Value::Int(6),
                    Value::Int(2305843009213693952),
                    Value::Int(16),
                    Value::str("éa"),
                    Value::str("z"),
                    Value::Int(2),
                    Value::Int(38),
                    Value::str("baé"),
                    Value::Int(39),
                    Value::str(""),
                    Value::Int(6),
                    Value::tuple(vec![]),
                    Value::Int(-2),
                    Value::Int(2305843009213693951),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(6),
                    Value::Int(35),
                    Value::Int(37),
                    Value::Float(2.0f64),
                    Value::Int(21),
                    Value::Int(37),
                    Value::Int(32),
                    Value::str("czb"),
                    Value::str(""),
                    Value::str("cé"),
                    Value::str("b"),
                    Value::str("bé"),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(32),
                Value::Int(0),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(19),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            48,
            "a = {'zé', 100000000000000000000, 25, 13, 'zéa', 'xé', -6, 11, 0.1, '', -2, 27, 'zxa', (), 'y', 24, 8, 64, 2.0, 'z', 100000000000000000000, -1, -1, -0.5, -2, -5, 6, 2305843009213693952, 16, 'éa', 'z', 2, 38, 'baé', 39, '', 6, (), -2, 2305843009213693951}\nb = {6, 35, 37, 2.0, 21, 37, 32, 'czb', '', 'cé', 'b', 'bé'}\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na -= b\nprint(repr(a))\na = a.difference([32, 0, ('a',), 19])\nprint(repr(a))",
            &out,
            &[
                "{'', -0.5, 2.0, 2305843009213693952, 2305843009213693951, 0.1, 'z', 6, 8, 'xé', 'y', 11, 64, 13, 'éa', (), 'zxa', 16, 24, 25, 'zé', 27, 38, 39, -5, 'zéa', 100000000000000000000, -2, -6, 'baé', -1}",
                "{32, '', 2.0, 35, 37, 6, 'czb', 'b', 'bé', 'cé', 21}",
                "''",
                "{-0.5, 2.0, 2305843009213693952, 2305843009213693951, 0.1, 'z', 6, 8, 'xé', 'y', 11, 64, 13, 'éa', (), 'zxa', 16, 24, 25, 'zé', 27, 38, 39, -5, 'zéa', 100000000000000000000, -2, -6, 'baé', -1}",
                "{-0.5, 2305843009213693952, 2305843009213693951, 0.1, 'z', 8, 'xé', 'y', 11, 64, 13, 'éa', (), 'zxa', 16, 24, 25, 'zé', 27, 38, 39, -5, 'zéa', 100000000000000000000, -2, -6, 'baé', -1}",
                "{-0.5, 2305843009213693952, 2305843009213693951, 0.1, 'y', 64, 'z', 8, 'xé', 'éa', 11, 13, 'zxa', 16, 24, 25, 'zé', 27, 'baé', 38, 39, -5, 'zéa', 100000000000000000000, -1, -6, (), -2}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([26, 9, 1e+300]))
        // b = set(set([24, -5, '']))
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([22, 32, 22, 'yzc', 2, '']))
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.update([13, '', 30, 8, 'aéx', 35])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(26),
            Value::Int(9),
            Value::Float(1e+300),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(24),
            Value::Int(-5),
            Value::str(""),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(22),
                Value::Int(32),
                Value::Int(22),
                Value::str("yzc"),
                Value::Int(2),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(13),
                Value::str(""),
                Value::Int(30),
                Value::Int(8),
                Value::str("aéx"),
                Value::Int(35),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            49,
            "a = set(dict.fromkeys([26, 9, 1e+300]))\nb = set(set([24, -5, '']))\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\na = a.intersection(dict.fromkeys([22, 32, 22, 'yzc', 2, '']))\nprint(repr(a))\na.clear()\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.update([13, '', 30, 8, 'aéx', 35])\nprint(repr(a))",
            &out,
            &[
                "{9, 26, 1e+300}",
                "{24, '', -5}",
                "{'', 9, 24, 26, -5, 1e+300}",
                "{''}",
                "set()",
                "empty",
                "set()",
                "empty",
                "set()",
                "{'', 35, 8, 13, 'aéx', 30}",
            ],
        );
    }
    {
        // a = {(), 16, 'aba'}
        // b = set([2.0, 'zz', 'ay', '', 32, 35, 32, 1.5])
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![Value::tuple(vec![]), Value::Int(16), Value::str("aba")],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::Float(2.0f64),
            Value::str("zz"),
            Value::str("ay"),
            Value::str(""),
            Value::Int(32),
            Value::Int(35),
            Value::Int(32),
            Value::Float(1.5f64),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            50,
            "a = {(), 16, 'aba'}\nb = set([2.0, 'zz', 'ay', '', 32, 35, 32, 1.5])\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{16, (), 'aba'}",
                "{'', 'zz', 2.0, 32, 35, 1.5, 'ay'}",
                "{16, (), 'aba'}",
            ],
        );
    }
    {
        // a = {32, -1, 13}
        // b = set(dict.fromkeys([17, '', 64, -0.5, 16, 5, 2305843009213693951, 22, 2305843009213693951, 2305843009213693952, '', 40, 7, 'yxé', 3, ('a',), 'z', 5, 64, 38]))
        // print(repr(a)); print(repr(b))
        // a.update([22])
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys(['ééx', 2.0, 10, (3, 'b'), 'y']))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(vec![Value::Int(32), Value::Int(-1), Value::Int(13)], NAMES)
                .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(17),
            Value::str(""),
            Value::Int(64),
            Value::Float(-0.5f64),
            Value::Int(16),
            Value::Int(5),
            Value::Int(2305843009213693951),
            Value::Int(22),
            Value::Int(2305843009213693951),
            Value::Int(2305843009213693952),
            Value::str(""),
            Value::Int(40),
            Value::Int(7),
            Value::str("yxé"),
            Value::Int(3),
            Value::tuple(vec![Value::str("a")]),
            Value::str("z"),
            Value::Int(5),
            Value::Int(64),
            Value::Int(38),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "update", &[Value::list(vec![Value::Int(22)])]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::str("ééx"),
                Value::Float(2.0f64),
                Value::Int(10),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("y"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            51,
            "a = {32, -1, 13}\nb = set(dict.fromkeys([17, '', 64, -0.5, 16, 5, 2305843009213693951, 22, 2305843009213693951, 2305843009213693952, '', 40, 7, 'yxé', 3, ('a',), 'z', 5, 64, 38]))\nprint(repr(a)); print(repr(b))\na.update([22])\nprint(repr(a))\na = b - a\nprint(repr(a))\na -= b\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.clear()\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys(['ééx', 2.0, 10, (3, 'b'), 'y']))\nprint(repr(a))",
            &out,
            &[
                "{32, 13, -1}",
                "{'', 64, -0.5, 2305843009213693951, 2305843009213693952, 5, 3, 7, ('a',), 'z', 16, 17, 22, 38, 40, 'yxé'}",
                "{32, 13, -1, 22}",
                "{'', -0.5, 64, 2305843009213693951, 2305843009213693952, 5, 3, 7, ('a',), 'z', 38, 40, 'yxé', 16, 17}",
                "set()",
                "empty",
                "set()",
                "set()",
                "{'y', 2.0, 'ééx', (3, 'b'), 10}",
            ],
        );
    }
    {
        // a = set(set([16, 1.5]))
        // b = set(dict.fromkeys([18, 0.1, 21, '', 20, 25, '', (3, 'b')]))
        // print(repr(a)); print(repr(b))
        // a = b | a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([256, 1.5, 35, 32, 256]))
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(16),
            Value::Float(1.5f64),
        ])));
        let b = mkset(fromkeys(vec![
            Value::Int(18),
            Value::Float(0.1f64),
            Value::Int(21),
            Value::str(""),
            Value::Int(20),
            Value::Int(25),
            Value::str(""),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::Int(256),
                Value::Float(1.5f64),
                Value::Int(35),
                Value::Int(32),
                Value::Int(256),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            52,
            "a = set(set([16, 1.5]))\nb = set(dict.fromkeys([18, 0.1, 21, '', 20, 25, '', (3, 'b')]))\nprint(repr(a)); print(repr(b))\na = b | a\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a - b\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([256, 1.5, 35, 32, 256]))\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{16, 1.5}",
                "{0.1, '', 18, 20, 21, 25, (3, 'b')}",
                "{0.1, '', 1.5, 16, 18, 20, 21, 25, (3, 'b')}",
                "{1.5, 16}",
                "{16, 1.5}",
                "{256, 32, 35, 16}",
                "{256, 16, 32, 35}",
                "{0.1, '', 256, 16, 18, 20, 21, 25, (3, 'b'), 32, 35}",
            ],
        );
    }
    {
        // a = set([100000000000000000000, 0.1, 32, 'aba', 9, 'zab', 3, -2, -0.5, 5, ('a',), (), 1024, 1024, 39, 9, (3, 'b'), 27, 9, 64, 1, 22, 'é', 9, 25, 18, 'xay', 'yz', -6, 14, (), 'ba', 39, 'ax', 7, 4, 18, 3, 1e+300, ('a',)])
        // _xs = ['', 25, 'xa', 16, 39, 35, 14, 6, 39, -6, 'zb', 40, 'é', 'xay', 256, 'x', 'xyz', 33, 24, 28, 36, 34, 13, 40, 'cxz', 39, 1e+300, 128, 30, 11, 4, 1e+300, -0.5, -2, 39, 1e+300, 32, -2, 8, 'x']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a & b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            big("100000000000000000000"),
            Value::Float(0.1f64),
            Value::Int(32),
            Value::str("aba"),
            Value::Int(9),
            Value::str("zab"),
            Value::Int(3),
            Value::Int(-2),
            Value::Float(-0.5f64),
            Value::Int(5),
            Value::tuple(vec![Value::str("a")]),
            Value::tuple(vec![]),
            Value::Int(1024),
            Value::Int(1024),
            Value::Int(39),
            Value::Int(9),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(27),
            Value::Int(9),
            Value::Int(64),
            Value::Int(1),
            Value::Int(22),
            Value::str("é"),
            Value::Int(9),
            Value::Int(25),
            Value::Int(18),
            Value::str("xay"),
            Value::str("yz"),
            Value::Int(-6),
            Value::Int(14),
            Value::tuple(vec![]),
            Value::str("ba"),
            Value::Int(39),
            Value::str("ax"),
            Value::Int(7),
            Value::Int(4),
            Value::Int(18),
            Value::Int(3),
            Value::Float(1e+300),
            Value::tuple(vec![Value::str("a")]),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str(""),
                Value::Int(25),
                Value::str("xa"),
                Value::Int(16),
                Value::Int(39),
                Value::Int(35),
                Value::Int(14),
                Value::Int(6),
                Value::Int(39),
                Value::Int(-6),
                Value::str("zb"),
                Value::Int(40),
                Value::str("é"),
                Value::str("xay"),
                Value::Int(256),
                Value::str("x"),
                Value::str("xyz"),
                Value::Int(33),
                Value::Int(24),
                Value::Int(28),
                Value::Int(36),
                Value::Int(34),
                Value::Int(13),
                Value::Int(40),
                Value::str("cxz"),
                Value::Int(39),
                Value::Float(1e+300),
                Value::Int(128),
                Value::Int(30),
                Value::Int(11),
                Value::Int(4),
                Value::Float(1e+300),
                Value::Float(-0.5f64),
                Value::Int(-2),
                Value::Int(39),
                Value::Float(1e+300),
                Value::Int(32),
                Value::Int(-2),
                Value::Int(8),
                Value::str("x"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            53,
            "a = set([100000000000000000000, 0.1, 32, 'aba', 9, 'zab', 3, -2, -0.5, 5, ('a',), (), 1024, 1024, 39, 9, (3, 'b'), 27, 9, 64, 1, 22, 'é', 9, 25, 18, 'xay', 'yz', -6, 14, (), 'ba', 39, 'ax', 7, 4, 18, 3, 1e+300, ('a',)])\n_xs = ['', 25, 'xa', 16, 39, 35, 14, 6, 39, -6, 'zb', 40, 'é', 'xay', 256, 'x', 'xyz', 33, 24, 28, 36, 34, 13, 40, 'cxz', 39, 1e+300, 128, 30, 11, 4, 1e+300, -0.5, -2, 39, 1e+300, 32, -2, 8, 'x']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a & b\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 1024, 1, 3, 4, 5, 7, 9, 'zab', 14, 18, 22, 25, 27, 32, 39, 100000000000000000000, 'xay', 'ba', 1e+300, 0.1, 64, ('a',), 'ax', 'aba', 'yz', (3, 'b'), 'é', -6, (), -2}",
                "{'', 256, 128, -0.5, 4, 'xa', 6, 8, 11, 13, 14, 16, 24, 25, 28, 30, 32, 33, 'zb', 35, 'x', 36, 34, 39, 40, 'xyz', 'cxz', 'xay', 1e+300, 'é', -6, -2}",
                "{-0.5, 32, 'é', 4, 39, 14, 'xay', 25, -6, 1e+300, -2}",
                "{-0.5, 32, 'é', 4, 39, 14, 'xay', 25, -6, 1e+300, -2}",
            ],
        );
    }
    {
        // a = set()
        // _xs = [32, 30, 2.0, 'zé', 16, 38, 6, 24, 34, -6, 2.0, 38, 21, -2, 128, 1e+300, 27, 16, 10, 'z']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.intersection_update([11, 29, -2305843009213693952, 11, (1, 2), -0.5, 19, 13, 21, 'éx'])
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(32),
                Value::Int(30),
                Value::Float(2.0f64),
                Value::str("zé"),
                Value::Int(16),
                Value::Int(38),
                Value::Int(6),
                Value::Int(24),
                Value::Int(34),
                Value::Int(-6),
                Value::Float(2.0f64),
                Value::Int(38),
                Value::Int(21),
                Value::Int(-2),
                Value::Int(128),
                Value::Float(1e+300),
                Value::Int(27),
                Value::Int(16),
                Value::Int(10),
                Value::str("z"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(11),
                Value::Int(29),
                Value::Int(-2305843009213693952),
                Value::Int(11),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Float(-0.5f64),
                Value::Int(19),
                Value::Int(13),
                Value::Int(21),
                Value::str("éx"),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            54,
            "a = set()\n_xs = [32, 30, 2.0, 'zé', 16, 38, 6, 24, 34, -6, 2.0, 38, 21, -2, 128, 1e+300, 27, 16, 10, 'z']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.intersection_update([11, 29, -2305843009213693952, 11, (1, 2), -0.5, 19, 13, 21, 'éx'])\nprint(repr(a))\na = b ^ a\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{32, 128, 2.0, 34, 38, 6, 'z', 10, 16, 21, -2, 'zé', 24, -6, 27, 1e+300, 30}",
                "set()",
                "{32, 128, 2.0, 34, 38, 6, 'z', 10, 16, 21, 30, 'zé', 24, -6, 27, 1e+300, -2}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['cax', 26, 30, 64, 1e+300, 4611686018427387909, -3, 128, (), 1e+300, 0.1, (1, 2), 'z', -5, 3, 34, 16, 'za', 100000000000000000000, 'éyy']))
        // b = set(set([8, 'y', 9, 1e+300, 21, 28, 128, 38, 30, 'yzb', 2305843009213693952, 1e+300, 27, 'xy', 28, -6, 2305843009213693952, 'yxc', 'yxa', (3, 'b')]))
        // print(repr(a)); print(repr(b))
        // a = a.difference([39, 6, 4, 21, 'xy', (), 4611686018427387909])
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.symmetric_difference_update([('a',), 22, 'cy', 1, '', 40])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("cax"),
            Value::Int(26),
            Value::Int(30),
            Value::Int(64),
            Value::Float(1e+300),
            Value::Int(4611686018427387909),
            Value::Int(-3),
            Value::Int(128),
            Value::tuple(vec![]),
            Value::Float(1e+300),
            Value::Float(0.1f64),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("z"),
            Value::Int(-5),
            Value::Int(3),
            Value::Int(34),
            Value::Int(16),
            Value::str("za"),
            big("100000000000000000000"),
            Value::str("éyy"),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(8),
            Value::str("y"),
            Value::Int(9),
            Value::Float(1e+300),
            Value::Int(21),
            Value::Int(28),
            Value::Int(128),
            Value::Int(38),
            Value::Int(30),
            Value::str("yzb"),
            Value::Int(2305843009213693952),
            Value::Float(1e+300),
            Value::Int(27),
            Value::str("xy"),
            Value::Int(28),
            Value::Int(-6),
            Value::Int(2305843009213693952),
            Value::str("yxc"),
            Value::str("yxa"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(39),
                Value::Int(6),
                Value::Int(4),
                Value::Int(21),
                Value::str("xy"),
                Value::tuple(vec![]),
                Value::Int(4611686018427387909),
            ])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::tuple(vec![Value::str("a")]),
                Value::Int(22),
                Value::str("cy"),
                Value::Int(1),
                Value::str(""),
                Value::Int(40),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            55,
            "a = set(dict.fromkeys(['cax', 26, 30, 64, 1e+300, 4611686018427387909, -3, 128, (), 1e+300, 0.1, (1, 2), 'z', -5, 3, 34, 16, 'za', 100000000000000000000, 'éyy']))\nb = set(set([8, 'y', 9, 1e+300, 21, 28, 128, 38, 30, 'yzb', 2305843009213693952, 1e+300, 27, 'xy', 28, -6, 2305843009213693952, 'yxc', 'yxa', (3, 'b')]))\nprint(repr(a)); print(repr(b))\na = a.difference([39, 6, 4, 21, 'xy', (), 4611686018427387909])\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.symmetric_difference_update([('a',), 22, 'cy', 1, '', 40])\nprint(repr(a))\na ^= b\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{64, 128, 0.1, (1, 2), 3, 'z', 4611686018427387909, 'za', 16, 26, 30, 'éyy', 34, -5, 'cax', 100000000000000000000, (), 1e+300, -3}",
                "{128, 'y', 2305843009213693952, 8, 9, 21, (3, 'b'), 27, 28, 'yzb', 30, 'xy', 38, 'yxc', -6, 1e+300, 'yxa'}",
                "{64, 128, 0.1, (1, 2), 3, 'z', 'za', 16, 26, 30, 'éyy', 34, -5, 'cax', 100000000000000000000, 1e+300, -3}",
                "64",
                "{128, 0.1, (1, 2), 3, 'z', 'za', 16, 26, 30, 'éyy', 34, -5, 'cax', 100000000000000000000, 1e+300, -3}",
                "{'', 128, 0.1, (1, 2), 3, 1, 'z', ('a',), 'za', 16, 'cy', 22, 26, 30, 'éyy', 34, -5, 40, 'cax', 100000000000000000000, 1e+300, -3}",
                "{'', 2305843009213693952, 0.1, (1, 2), 3, 1, 'z', 'y', ('a',), 8, 9, 'za', 16, 'cy', 22, 21, 26, (3, 'b'), 27, 28, 'yzb', 'éyy', 34, 'xy', 38, -5, 40, 'cax', 100000000000000000000, 'yxa', 'yxc', -6, -3}",
                "{'y', 2305843009213693952, 'xy', -6, 38, 8, 9, 'yzb', 'yxc', 21, (3, 'b'), 27, 28, 'yxa'}",
            ],
        );
    }
    {
        // a = {0, 0, 32, ('a',), 21, '', 26, 20, 10, 1.5, 16, -4, 0.1, (), 16, -2305843009213693952, -0.5, 'zya', -1, 29}
        // b = set(dict.fromkeys([16, ('a',), (1, 2), 18, '', 23, 2305843009213693952, 6, 1e+300, 16, 0.1, 'c', 11, 25, 29, 23, 2.0, 'xéx', 'zé', '', 'zz', 256, 10, 34, -2, 2305843009213693952, '', 20, 0.1, 31, 23, 'éaé', 29, '', 'b', 4, 1024, 'byx', '', 'a']))
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update(['', 28, 'a', 64, 1, 2305843009213693952, 2305843009213693951])
        // print(repr(a))
        // a.discard(34)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(0),
                    Value::Int(0),
                    Value::Int(32),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(21),
                    Value::str(""),
                    Value::Int(26),
                    Value::Int(20),
                    Value::Int(10),
                    Value::Float(1.5f64),
                    Value::Int(16),
                    Value::Int(-4),
                    Value::Float(0.1f64),
                    Value::tuple(vec![]),
                    Value::Int(16),
                    Value::Int(-2305843009213693952),
                    Value::Float(-0.5f64),
                    Value::str("zya"),
                    Value::Int(-1),
                    Value::Int(29),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(16),
            Value::tuple(vec![Value::str("a")]),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(18),
            Value::str(""),
            Value::Int(23),
            Value::Int(2305843009213693952),
            Value::Int(6),
            Value::Float(1e+300),
            Value::Int(16),
            Value::Float(0.1f64),
            Value::str("c"),
            Value::Int(11),
            Value::Int(25),
            Value::Int(29),
            Value::Int(23),
            Value::Float(2.0f64),
            Value::str("xéx"),
            Value::str("zé"),
            Value::str(""),
            Value::str("zz"),
            Value::Int(256),
            Value::Int(10),
            Value::Int(34),
            Value::Int(-2),
            Value::Int(2305843009213693952),
            Value::str(""),
            Value::Int(20),
            Value::Float(0.1f64),
            Value::Int(31),
            Value::Int(23),
            Value::str("éaé"),
            Value::Int(29),
            Value::str(""),
            Value::str("b"),
            Value::Int(4),
            Value::Int(1024),
            Value::str("byx"),
            Value::str(""),
            Value::str("a"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::str(""),
                Value::Int(28),
                Value::str("a"),
                Value::Int(64),
                Value::Int(1),
                Value::Int(2305843009213693952),
                Value::Int(2305843009213693951),
            ])],
        );
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(34)]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            56,
            "a = {0, 0, 32, ('a',), 21, '', 26, 20, 10, 1.5, 16, -4, 0.1, (), 16, -2305843009213693952, -0.5, 'zya', -1, 29}\nb = set(dict.fromkeys([16, ('a',), (1, 2), 18, '', 23, 2305843009213693952, 6, 1e+300, 16, 0.1, 'c', 11, 25, 29, 23, 2.0, 'xéx', 'zé', '', 'zz', 256, 10, 34, -2, 2305843009213693952, '', 20, 0.1, 31, 23, 'éaé', 29, '', 'b', 4, 1024, 'byx', '', 'a']))\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update(['', 28, 'a', 64, 1, 2305843009213693952, 2305843009213693951])\nprint(repr(a))\na.discard(34)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{0, '', 0.1, 1.5, -0.5, ('a',), 10, 16, 20, 21, 26, 29, 32, 'zya', -1, (), -4, -2305843009213693952}",
                "{'', 2305843009213693952, 0.1, (1, 2), 2.0, 'xéx', 6, 256, ('a',), 'éaé', 10, 11, 4, 'b', 16, 18, 'a', 20, 23, 'zé', 25, 29, 31, 'zz', 34, 1024, 'byx', 'c', 1e+300, -2}",
                "{0, 64, 0.1, 1.5, -0.5, 1, 2305843009213693952, 2305843009213693951, ('a',), 10, 16, 'a', 20, 21, 26, 28, 29, 32, 'zya', -1, (), -4, -2305843009213693952}",
                "{0, 64, 0.1, 1.5, -0.5, 1, 2305843009213693952, 2305843009213693951, ('a',), 10, 16, 'a', 20, 21, 26, 28, 29, 32, 'zya', -1, (), -4, -2305843009213693952}",
                "1933718864076378984",
                "{0, 64, 0.1, 1.5, -0.5, 1, 2305843009213693952, 2305843009213693951, ('a',), 10, 16, 'a', 20, 21, 26, 28, 29, 32, 'zya', -1, (), -4, -2305843009213693952}",
            ],
        );
    }
    {
        // a = set(set([35, 16, -0.5, 'xy', 'zbc', 7, 17, 'y', 4611686018427387909, 10, 35, 17]))
        // _xs = [30]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a.difference_update([0.1, 20, 'bz', (3, 'b'), 15, 28, 10, 'bac', -2305843009213693952])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(35),
            Value::Int(16),
            Value::Float(-0.5f64),
            Value::str("xy"),
            Value::str("zbc"),
            Value::Int(7),
            Value::Int(17),
            Value::str("y"),
            Value::Int(4611686018427387909),
            Value::Int(10),
            Value::Int(35),
            Value::Int(17),
        ])));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(30)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Float(0.1f64),
                Value::Int(20),
                Value::str("bz"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(15),
                Value::Int(28),
                Value::Int(10),
                Value::str("bac"),
                Value::Int(-2305843009213693952),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            57,
            "a = set(set([35, 16, -0.5, 'xy', 'zbc', 7, 17, 'y', 4611686018427387909, 10, 35, 17]))\n_xs = [30]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\na = b - a\nprint(repr(a))\na |= b\nprint(repr(a))\na |= b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na.difference_update([0.1, 20, 'bz', (3, 'b'), 15, 28, 10, 'bac', -2305843009213693952])\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 'y', 'xy', 35, 7, 4611686018427387909, 10, 16, 17, 'zbc'}",
                "{30}",
                "{-0.5, 'y', 'xy', 35, 7, 4611686018427387909, 10, 16, 17, 30, 'zbc'}",
                "set()",
                "{30}",
                "{30}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = {8, 'c', ''}
        // b = set(dict.fromkeys([0.1, 20, 'z']))
        // print(repr(a)); print(repr(b))
        // for _x in []:
        //     a.discard(_x)
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.intersection_update([-6, 'z', 100000000000000000000, 1e+300, 18, -1, -2])
        // print(repr(a))
        // a.discard(13)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(vec![Value::Int(8), Value::str("c"), Value::str("")], NAMES)
                .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Float(0.1f64),
            Value::Int(20),
            Value::str("z"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(-6),
                Value::str("z"),
                big("100000000000000000000"),
                Value::Float(1e+300),
                Value::Int(18),
                Value::Int(-1),
                Value::Int(-2),
            ])],
        );
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(13)]);
        out.push(repr(&a));
        check(
            &mut failures,
            58,
            "a = {8, 'c', ''}\nb = set(dict.fromkeys([0.1, 20, 'z']))\nprint(repr(a)); print(repr(b))\nfor _x in []:\n    a.discard(_x)\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.intersection_update([-6, 'z', 100000000000000000000, 1e+300, 18, -1, -2])\nprint(repr(a))\na.discard(13)\nprint(repr(a))",
            &out,
            &[
                "{8, '', 'c'}",
                "{0.1, 20, 'z'}",
                "{8, '', 'c'}",
                "{'', 0.1, 'z', 8, 'c', 20}",
                "{'', 'c', 8}",
                "{'', 8, 'c'}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = {10, 13, 40, 1e+300, -2, 'y'}
        // _xs = [18, 'zy']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.discard('')
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(10),
                    Value::Int(13),
                    Value::Int(40),
                    Value::Float(1e+300),
                    Value::Int(-2),
                    Value::str("y"),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(18), Value::str("zy")]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("")]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            59,
            "a = {10, 13, 40, 1e+300, -2, 'y'}\n_xs = [18, 'zy']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na |= b\nprint(repr(a))\na.discard('')\nprint(repr(a))\na |= b\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{'y', 40, 10, 1e+300, 13, -2}",
                "{18, 'zy'}",
                "{'y', 40, 10, 1e+300, 13, -2}",
                "{'y', 18, 'zy', 40, 10, 1e+300, 13, -2}",
                "{'y', 18, 'zy', 40, 10, 1e+300, 13, -2}",
                "{'y', 'zy', 40, 10, 13, 18, 1e+300, -2}",
                "{18, 'zy'}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([]))
        // b = set(set([37, 0, 6, 'cb', 9, -1]))
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.symmetric_difference_update([10, 19, (1, 2), 24])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(37),
            Value::Int(0),
            Value::Int(6),
            Value::str("cb"),
            Value::Int(9),
            Value::Int(-1),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(10),
                Value::Int(19),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(24),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            60,
            "a = set(dict.fromkeys([]))\nb = set(set([37, 0, 6, 'cb', 9, -1]))\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na = b & a\nprint(repr(a))\na |= b\nprint(repr(a))\na = a - b\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.symmetric_difference_update([10, 19, (1, 2), 24])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{0, 'cb', 37, 6, 9, -1}",
                "set()",
                "set()",
                "{0, 'cb', 37, 6, 9, -1}",
                "set()",
                "133146708735736",
                "set()",
                "{24, 19, 10, (1, 2)}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([]))
        // b = set(dict.fromkeys([9, '']))
        // print(repr(a)); print(repr(b))
        // a.intersection_update(b)
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a = a.difference([('a',), 'y', 4611686018427387909, 128, 24, 9, 2.0, 35, 64, 4611686018427387909])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![]));
        let b = mkset(fromkeys(vec![Value::Int(9), Value::str("")]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::tuple(vec![Value::str("a")]),
                Value::str("y"),
                Value::Int(4611686018427387909),
                Value::Int(128),
                Value::Int(24),
                Value::Int(9),
                Value::Float(2.0f64),
                Value::Int(35),
                Value::Int(64),
                Value::Int(4611686018427387909),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            61,
            "a = set(dict.fromkeys([]))\nb = set(dict.fromkeys([9, '']))\nprint(repr(a)); print(repr(b))\na.intersection_update(b)\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na = a - b\nprint(repr(a))\na = a.difference([('a',), 'y', 4611686018427387909, 128, 24, 9, 2.0, 35, 64, 4611686018427387909])\nprint(repr(a))",
            &out,
            &["set()", "{'', 9}", "set()", "set()", "set()", "set()"],
        );
    }
    {
        // _xs = ['xc', 'ycz']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['é']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a ^ b
        // print(repr(a))
        // for _x in [(1, 2), 2305843009213693952, 1024, 256, -2, -4, 6]:
        //     a.discard(_x)
        // print(repr(a))
        // a.intersection_update([2.0, 17, ('a',), 39, 'bcé', 8])
        // print(repr(a))
        // a.difference_update([0.1, 15, 'xaz', 11, (1, 2), (), 2.0, -2305843009213693952])
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a.update(['yza', -3, 1e+300, 1e+300])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("xc"), Value::str("ycz")]).unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::str("é")]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(2305843009213693952),
            Value::Int(1024),
            Value::Int(256),
            Value::Int(-2),
            Value::Int(-4),
            Value::Int(6),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Float(2.0f64),
                Value::Int(17),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(39),
                Value::str("bcé"),
                Value::Int(8),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Float(0.1f64),
                Value::Int(15),
                Value::str("xaz"),
                Value::Int(11),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::tuple(vec![]),
                Value::Float(2.0f64),
                Value::Int(-2305843009213693952),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str("yza"),
                Value::Int(-3),
                Value::Float(1e+300),
                Value::Float(1e+300),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            62,
            "_xs = ['xc', 'ycz']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['é']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a ^ b\nprint(repr(a))\nfor _x in [(1, 2), 2305843009213693952, 1024, 256, -2, -4, 6]:\n    a.discard(_x)\nprint(repr(a))\na.intersection_update([2.0, 17, ('a',), 39, 'bcé', 8])\nprint(repr(a))\na.difference_update([0.1, 15, 'xaz', 11, (1, 2), (), 2.0, -2305843009213693952])\nprint(repr(a))\na = a - b\nprint(repr(a))\na.update(['yza', -3, 1e+300, 1e+300])\nprint(repr(a))",
            &out,
            &[
                "{'ycz', 'xc'}",
                "{'é'}",
                "{'ycz', 'é', 'xc'}",
                "{'ycz', 'é', 'xc'}",
                "set()",
                "set()",
                "set()",
                "{-3, 1e+300, 'yza'}",
            ],
        );
    }
    {
        // a = set([-3, ''])
        // _xs = [2305843009213693952, 1, 32, (1, 2), 28, 28, 40, 35, 0, 34, -2305843009213693952, '', -0.5, '', 9, '', 34, 15, 40, -1]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // for _x in [-1, 34, 'bc', 23, 'c']:
        //     a.discard(_x)
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(-3), Value::str("")]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(2305843009213693952),
                Value::Int(1),
                Value::Int(32),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(28),
                Value::Int(28),
                Value::Int(40),
                Value::Int(35),
                Value::Int(0),
                Value::Int(34),
                Value::Int(-2305843009213693952),
                Value::str(""),
                Value::Float(-0.5f64),
                Value::str(""),
                Value::Int(9),
                Value::str(""),
                Value::Int(34),
                Value::Int(15),
                Value::Int(40),
                Value::Int(-1),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![
            Value::Int(-1),
            Value::Int(34),
            Value::str("bc"),
            Value::Int(23),
            Value::str("c"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            63,
            "a = set([-3, ''])\n_xs = [2305843009213693952, 1, 32, (1, 2), 28, 28, 40, 35, 0, 34, -2305843009213693952, '', -0.5, '', 9, '', 34, 15, 40, -1]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nfor _x in [-1, 34, 'bc', 23, 'c']:\n    a.discard(_x)\nprint(repr(a))\na = a - b\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{'', -3}",
                "{32, 2305843009213693952, 1, (1, 2), 35, 0, 34, '', 40, -0.5, 9, 15, -1, 28, -2305843009213693952}",
                "{'', -3}",
                "{-3}",
                "{32, 2305843009213693952, 1, (1, 2), 35, 0, 34, '', 40, -0.5, 9, 15, -2305843009213693952, 28, -3, -1}",
            ],
        );
    }
    {
        // _xs = [25, 0.1, -6, 3, 30, 'xy', 34, -0.5, 35, 8, 'xc', 15, 36, 40, 0, 0, 128, 5, 7, 19, 'xab', 28, 8, '', 16, 28, 1024, 256, (1, 2), 0.1, 'cy', 64, 16, 12, 32, 'b', (), -0.5, 0, 'x']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys(['', ('a',), -1, (3, 'b'), 35, 27, 'acé', 26]))
        // print(repr(a)); print(repr(b))
        // a = a.intersection([(1, 2), 'y', 24, 2])
        // print(repr(a))
        // a.discard(3)
        // print(repr(a))
        // a.symmetric_difference_update([-2, 3, 28, 'c', (), 'z', 'ézb', '', 1, 15])
        // print(repr(a))
        // a.update(['', 1, 25])
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(25),
                Value::Float(0.1f64),
                Value::Int(-6),
                Value::Int(3),
                Value::Int(30),
                Value::str("xy"),
                Value::Int(34),
                Value::Float(-0.5f64),
                Value::Int(35),
                Value::Int(8),
                Value::str("xc"),
                Value::Int(15),
                Value::Int(36),
                Value::Int(40),
                Value::Int(0),
                Value::Int(0),
                Value::Int(128),
                Value::Int(5),
                Value::Int(7),
                Value::Int(19),
                Value::str("xab"),
                Value::Int(28),
                Value::Int(8),
                Value::str(""),
                Value::Int(16),
                Value::Int(28),
                Value::Int(1024),
                Value::Int(256),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Float(0.1f64),
                Value::str("cy"),
                Value::Int(64),
                Value::Int(16),
                Value::Int(12),
                Value::Int(32),
                Value::str("b"),
                Value::tuple(vec![]),
                Value::Float(-0.5f64),
                Value::Int(0),
                Value::str("x"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::str(""),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(-1),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(35),
            Value::Int(27),
            Value::str("acé"),
            Value::Int(26),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::str("y"),
                Value::Int(24),
                Value::Int(2),
            ])],
        );
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(3)]);
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(-2),
                Value::Int(3),
                Value::Int(28),
                Value::str("c"),
                Value::tuple(vec![]),
                Value::str("z"),
                Value::str("ézb"),
                Value::str(""),
                Value::Int(1),
                Value::Int(15),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str(""),
                Value::Int(1),
                Value::Int(25),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            64,
            "_xs = [25, 0.1, -6, 3, 30, 'xy', 34, -0.5, 35, 8, 'xc', 15, 36, 40, 0, 0, 128, 5, 7, 19, 'xab', 28, 8, '', 16, 28, 1024, 256, (1, 2), 0.1, 'cy', 64, 16, 12, 32, 'b', (), -0.5, 0, 'x']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys(['', ('a',), -1, (3, 'b'), 35, 27, 'acé', 26]))\nprint(repr(a)); print(repr(b))\na = a.intersection([(1, 2), 'y', 24, 2])\nprint(repr(a))\na.discard(3)\nprint(repr(a))\na.symmetric_difference_update([-2, 3, 28, 'c', (), 'z', 'ézb', '', 1, 15])\nprint(repr(a))\na.update(['', 1, 25])\nprint(repr(a))\na = b & a\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 0, 128, 3, '', 5, 1024, 7, 8, 256, 12, 15, 16, 19, 'cy', 25, 28, 30, 32, 'xy', 34, 35, 36, 'x', 40, 'xc', 0.1, 64, (1, 2), 'b', 'xab', -6, ()}",
                "{'', 'acé', 35, 26, ('a',), (3, 'b'), 27, -1}",
                "{(1, 2)}",
                "{(1, 2)}",
                "{'', 1, (1, 2), 3, 'z', 'ézb', 15, 'c', (), 28, -2}",
                "{'', 1, (1, 2), 3, 'z', 'ézb', 15, 'c', 25, (), 28, -2}",
                "{''}",
            ],
        );
    }
    {
        // _xs = ['y', 'a', 24, 'yb', 5, 37, 32, (1, 2), 11, 'c', -2, (3, 'b'), 'éay', -2, 28, 25, 1.5, 23, 'czz', 24]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([26, 24, '', 100000000000000000000, 2, 256, -3, 35, -1, 1024, 26, 28, 100000000000000000000, 21, 2.0, 18, 39, 18, 1.5, 26, 'xc', -6, (3, 'b'), 29, 'axé', 8, 'abx', 13, ('a',), 32, '', 32, ('a',), 'xba', 10, -0.5, 256, 'x', 5, -2]))
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // a.add(-0.5)
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("y"),
                Value::str("a"),
                Value::Int(24),
                Value::str("yb"),
                Value::Int(5),
                Value::Int(37),
                Value::Int(32),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(11),
                Value::str("c"),
                Value::Int(-2),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("éay"),
                Value::Int(-2),
                Value::Int(28),
                Value::Int(25),
                Value::Float(1.5f64),
                Value::Int(23),
                Value::str("czz"),
                Value::Int(24),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(26),
            Value::Int(24),
            Value::str(""),
            big("100000000000000000000"),
            Value::Int(2),
            Value::Int(256),
            Value::Int(-3),
            Value::Int(35),
            Value::Int(-1),
            Value::Int(1024),
            Value::Int(26),
            Value::Int(28),
            big("100000000000000000000"),
            Value::Int(21),
            Value::Float(2.0f64),
            Value::Int(18),
            Value::Int(39),
            Value::Int(18),
            Value::Float(1.5f64),
            Value::Int(26),
            Value::str("xc"),
            Value::Int(-6),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(29),
            Value::str("axé"),
            Value::Int(8),
            Value::str("abx"),
            Value::Int(13),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(32),
            Value::str(""),
            Value::Int(32),
            Value::tuple(vec![Value::str("a")]),
            Value::str("xba"),
            Value::Int(10),
            Value::Float(-0.5f64),
            Value::Int(256),
            Value::str("x"),
            Value::Int(5),
            Value::Int(-2),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Float(-0.5f64)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            65,
            "_xs = ['y', 'a', 24, 'yb', 5, 37, 32, (1, 2), 11, 'c', -2, (3, 'b'), 'éay', -2, 28, 25, 1.5, 23, 'czz', 24]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([26, 24, '', 100000000000000000000, 2, 256, -3, 35, -1, 1024, 26, 28, 100000000000000000000, 21, 2.0, 18, 39, 18, 1.5, 26, 'xc', -6, (3, 'b'), 29, 'axé', 8, 'abx', 13, ('a',), 32, '', 32, ('a',), 'xba', 10, -0.5, 256, 'x', 5, -2]))\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\na.add(-0.5)\nprint(repr(a))\na = b - a\nprint(repr(a))",
            &out,
            &[
                "{32, 'y', 1.5, (1, 2), 'yb', 5, 37, 'éay', 11, 'czz', 'c', 'a', 23, 24, 25, (3, 'b'), 28, -2}",
                "{'', 256, 2, 1024, 1.5, -0.5, 5, 8, ('a',), 10, 13, 'xba', 18, 21, 24, 26, (3, 'b'), 28, 29, 32, 35, 'x', 39, 'abx', 100000000000000000000, 'axé', -1, -6, 'xc', -3, -2}",
                "frozenset({'y', 1.5, (1, 2), 5, 11, 'czz', 'a', 23, 24, 25, (3, 'b'), 28, 32, 'éay', 'yb', 37, 'c', -2})",
                "{32, 'y', 1.5, (1, 2), 'yb', 5, 37, 'éay', 11, 'czz', 'c', 'a', 23, 24, 25, (3, 'b'), 28, -2}",
                "4711053320345354800",
                "{32, 'y', 1.5, (1, 2), 'yb', 5, 37, 'éay', 11, 'czz', 'c', 'a', 23, 24, 25, (3, 'b'), 28, -2}",
                "{'', -0.5, 256, 2, 1024, 8, 10, 11, 13, 'xba', 18, 'a', 21, 23, 25, 26, 29, 35, 'yb', 37, 39, 'abx', 100000000000000000000, 'y', (1, 2), 'c', 'czz', 'éay', 'x', 'xc', ('a',), 'axé', -6, -3, -1}",
                "{1.5, 5, 11, 'a', 23, 24, 25, 28, 32, 'yb', 37, 'y', (1, 2), (3, 'b'), 'c', 'czz', 'éay', -2}",
                "{-0.5, 1.5, 5, 11, 'a', 23, 24, 25, 28, 32, 'yb', 37, 'y', (1, 2), (3, 'b'), 'c', 'czz', 'éay', -2}",
                "{'', 256, 2, 1024, 8, 10, 13, 'xba', 18, 21, 26, 29, 35, 'x', 39, 'abx', 100000000000000000000, 'xc', ('a',), 'axé', -6, -3, -1}",
            ],
        );
    }
    {
        // a = set(set(['', 22, 9]))
        // b = set(dict.fromkeys(['', 39, 4, 'zx', -5, 2]))
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::str(""),
            Value::Int(22),
            Value::Int(9),
        ])));
        let b = mkset(fromkeys(vec![
            Value::str(""),
            Value::Int(39),
            Value::Int(4),
            Value::str("zx"),
            Value::Int(-5),
            Value::Int(2),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            66,
            "a = set(set(['', 22, 9]))\nb = set(dict.fromkeys(['', 39, 4, 'zx', -5, 2]))\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na ^= b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 9, 22}",
                "{'', 'zx', 2, 4, 39, -5}",
                "frozenset({'', 9, 22})",
                "{'', 9, 22}",
                "frozenset({'', 9, 22})",
                "{'', 9, 22}",
                "{'zx', 2, 4, 39, 9, 22, -5}",
                "{9, 22}",
                "{'', 'zx', 2, 4, 22, 39, 9, -5}",
            ],
        );
    }
    {
        // a = {37, 4, 10, 3, 'xz', -2, 'éz', -3, 21, 34, 'xa', 2305843009213693951}
        // _xs = [2.0, 'za', 'zxé', 9, 20, -1, 36, 8, 100000000000000000000, 'ac', 128, 16]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.difference([-2, -1, '', 1e+300])
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(37),
                    Value::Int(4),
                    Value::Int(10),
                    Value::Int(3),
                    Value::str("xz"),
                    Value::Int(-2),
                    Value::str("éz"),
                    Value::Int(-3),
                    Value::Int(21),
                    Value::Int(34),
                    Value::str("xa"),
                    Value::Int(2305843009213693951),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(2.0f64),
                Value::str("za"),
                Value::str("zxé"),
                Value::Int(9),
                Value::Int(20),
                Value::Int(-1),
                Value::Int(36),
                Value::Int(8),
                big("100000000000000000000"),
                Value::str("ac"),
                Value::Int(128),
                Value::Int(16),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(-2),
                Value::Int(-1),
                Value::str(""),
                Value::Float(1e+300),
            ])],
        );
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            67,
            "a = {37, 4, 10, 3, 'xz', -2, 'éz', -3, 21, 34, 'xa', 2305843009213693951}\n_xs = [2.0, 'za', 'zxé', 9, 20, -1, 36, 8, 100000000000000000000, 'ac', 128, 16]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.difference([-2, -1, '', 1e+300])\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a | b\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, 34, 3, 4, 37, 'éz', 'xa', 10, 'xz', 21, -3, -2}",
                "{128, 2.0, 36, 8, 9, 100000000000000000000, 'za', 'ac', 16, 20, -1, 'zxé'}",
                "{2305843009213693951, 34, 3, 4, 37, 'éz', 'xa', 10, 'xz', 21, -3}",
                "{2305843009213693951, 34, 3, 4, 37, 'éz', 'xa', 10, 'xz', 21, -3}",
                "{2305843009213693951, 128, 2.0, 3, 4, 'éz', 'xa', 'zxé', 8, 9, 10, 16, 20, 21, 34, 36, 37, 100000000000000000000, 'ac', 'za', 'xz', -3, -1}",
                "{2305843009213693951, 3, 4, 'éz', 'xa', 10, 21, 34, 37, 'xz', -3}",
                "{2305843009213693951, 128, 2.0, 3, 4, 'éz', 'xa', 'zxé', 8, 9, 10, 'za', 16, 20, 21, 34, 36, 37, 100000000000000000000, 'xz', 'ac', -3, -1}",
            ],
        );
    }
    {
        // _xs = [27, 'b', 0.1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = {14, (3, 'b'), -3, 13, 20, 0.1, -6, 'cx'}
        // print(repr(a)); print(repr(b))
        // for _x in [-4, 64, 16, 4611686018427387909]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(27), Value::str("b"), Value::Float(0.1f64)])
                .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(14),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Int(-3),
                    Value::Int(13),
                    Value::Int(20),
                    Value::Float(0.1f64),
                    Value::Int(-6),
                    Value::str("cx"),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![
            Value::Int(-4),
            Value::Int(64),
            Value::Int(16),
            Value::Int(4611686018427387909),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            68,
            "_xs = [27, 'b', 0.1]\na = set()\nfor _x in _xs: a.add(_x)\nb = {14, (3, 'b'), -3, 13, 20, 0.1, -6, 'cx'}\nprint(repr(a)); print(repr(b))\nfor _x in [-4, 64, 16, 4611686018427387909]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{0.1, 27, 'b'}",
                "{0.1, 13, 'cx', 14, 20, (3, 'b'), -6, -3}",
                "{0.1, 27, 'b'}",
            ],
        );
    }
    {
        // _xs = [-1, 33, 'cx', -5, 1024, 16, 0.1, 'ééé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys(['ccc', 2.0, 2.0, (), ('a',), 23]))
        // print(repr(a)); print(repr(b))
        // a.difference_update([18, 10])
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = a.intersection([23, 7, 'cb', 'x', (3, 'b'), 64, 25])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-1),
                Value::Int(33),
                Value::str("cx"),
                Value::Int(-5),
                Value::Int(1024),
                Value::Int(16),
                Value::Float(0.1f64),
                Value::str("ééé"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::str("ccc"),
            Value::Float(2.0f64),
            Value::Float(2.0f64),
            Value::tuple(vec![]),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(23),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![Value::Int(18), Value::Int(10)])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(23),
                Value::Int(7),
                Value::str("cb"),
                Value::str("x"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(64),
                Value::Int(25),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            69,
            "_xs = [-1, 33, 'cx', -5, 1024, 16, 0.1, 'ééé']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys(['ccc', 2.0, 2.0, (), ('a',), 23]))\nprint(repr(a)); print(repr(b))\na.difference_update([18, 10])\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na |= b\nprint(repr(a))\na = a.intersection([23, 7, 'cb', 'x', (3, 'b'), 64, 25])\nprint(repr(a))",
            &out,
            &[
                "{1024, 33, 0.1, 'cx', 16, 'ééé', -5, -1}",
                "{2.0, 23, 'ccc', ('a',), ()}",
                "{1024, 33, 0.1, 'cx', 16, 'ééé', -5, -1}",
                "1024",
                "{33, 0.1, 'cx', 16, 'ééé', -5, -1}",
                "{33, 0.1, 2.0, 'ccc', ('a',), (), 'cx', 16, 'ééé', 23, -5, -1}",
                "{23}",
            ],
        );
    }
    {
        // _xs = ['xéx', -4, 22, (1, 2), 'yy', 'a', 1.5, 30, 'z', '', '', -3, 32, -1, 29, 1.5, 'é', 28, 8, 'yy', 33, 12, 10, 2, 33, 33, 35, '', -2, 21, 7, 'b', 'yx', (3, 'b'), 'cxy', 11, 10, 28, 'xaé', 26]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([-4, 'aa', 40, 2.0, 8, 64, 29, -0.5, -6, 0.1, 19, 'zzz'])
        // print(repr(a)); print(repr(b))
        // a.difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("xéx"),
                Value::Int(-4),
                Value::Int(22),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::str("yy"),
                Value::str("a"),
                Value::Float(1.5f64),
                Value::Int(30),
                Value::str("z"),
                Value::str(""),
                Value::str(""),
                Value::Int(-3),
                Value::Int(32),
                Value::Int(-1),
                Value::Int(29),
                Value::Float(1.5f64),
                Value::str("é"),
                Value::Int(28),
                Value::Int(8),
                Value::str("yy"),
                Value::Int(33),
                Value::Int(12),
                Value::Int(10),
                Value::Int(2),
                Value::Int(33),
                Value::Int(33),
                Value::Int(35),
                Value::str(""),
                Value::Int(-2),
                Value::Int(21),
                Value::Int(7),
                Value::str("b"),
                Value::str("yx"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("cxy"),
                Value::Int(11),
                Value::Int(10),
                Value::Int(28),
                Value::str("xaé"),
                Value::Int(26),
            ])
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::Int(-4),
            Value::str("aa"),
            Value::Int(40),
            Value::Float(2.0f64),
            Value::Int(8),
            Value::Int(64),
            Value::Int(29),
            Value::Float(-0.5f64),
            Value::Int(-6),
            Value::Float(0.1f64),
            Value::Int(19),
            Value::str("zzz"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            70,
            "_xs = ['xéx', -4, 22, (1, 2), 'yy', 'a', 1.5, 30, 'z', '', '', -3, 32, -1, 29, 1.5, 'é', 28, 8, 'yy', 33, 12, 10, 2, 33, 33, 35, '', -2, 21, 7, 'b', 'yx', (3, 'b'), 'cxy', 11, 10, 28, 'xaé', 26]\na = set()\nfor _x in _xs: a.add(_x)\nb = set([-4, 'aa', 40, 2.0, 8, 64, 29, -0.5, -6, 0.1, 19, 'zzz'])\nprint(repr(a)); print(repr(b))\na.difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 1.5, 2, 'z', 7, 8, 10, 11, 12, 'xaé', 'a', 21, 22, 26, 28, 29, 30, 32, 33, 35, 'yx', 'cxy', (1, 2), 'xéx', 'yy', 'b', (3, 'b'), 'é', -2, -4, -3, -1}",
                "{64, -0.5, 2.0, 0.1, 'zzz', 40, 8, 19, -6, -4, 29, 'aa'}",
                "{'', 1.5, 'z', 7, 10, 11, 12, 'xaé', 'a', 21, 22, 26, 28, 30, 32, 33, 35, 'yx', 'cxy', (1, 2), 'xéx', 'yy', 'b', (3, 'b'), 'é', -2, -3, -1}",
            ],
        );
    }
    {
        // _xs = [8, -0.5, 'aba', 37, 'y', 5, 4, 2305843009213693951, 12, 32, (3, 'b'), 'a']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([-2305843009213693952, 'a']))
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // a = a.union(dict.fromkeys([12, '']))
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(8),
                Value::Float(-0.5f64),
                Value::str("aba"),
                Value::Int(37),
                Value::str("y"),
                Value::Int(5),
                Value::Int(4),
                Value::Int(2305843009213693951),
                Value::Int(12),
                Value::Int(32),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("a"),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(-2305843009213693952),
            Value::str("a"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![Value::Int(12), Value::str("")])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            71,
            "_xs = [8, -0.5, 'aba', 37, 'y', 5, 4, 2305843009213693951, 12, 32, (3, 'b'), 'a']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([-2305843009213693952, 'a']))\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\na = a.union(dict.fromkeys([12, '']))\nprint(repr(a))\na = a | b\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na ^= b\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 'y', 2305843009213693951, 32, 4, 37, 5, 8, 12, 'aba', 'a', (3, 'b')}",
                "{'a', -2305843009213693952}",
                "{-0.5, 'y', 2305843009213693951, 32, 4, 37, 5, 8, 12, 'aba', (3, 'b'), -2305843009213693952}",
                "{-0.5, 'y', 2305843009213693951, 32, 4, 37, 5, '', 8, 12, 'aba', (3, 'b'), -2305843009213693952}",
                "{-0.5, 'y', 2305843009213693951, 32, 4, 37, 5, '', 8, 12, 'aba', 'a', (3, 'b'), -2305843009213693952}",
                "-3531803243961497432",
                "{-0.5, 'y', 2305843009213693951, 32, 4, 37, 5, '', 8, 12, 'aba', 'a', (3, 'b'), -2305843009213693952}",
                "{-0.5, 'y', 2305843009213693951, 32, 4, 37, 5, '', 8, 12, 'aba', (3, 'b')}",
                "{-0.5, 'y', 2305843009213693951, 32, 4, 37, 5, '', 8, 12, 'aba', (3, 'b')}",
            ],
        );
    }
    {
        // a = set([12])
        // _xs = [0]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update([-6, '', 2.0])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(12)]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(0)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(-6),
                Value::str(""),
                Value::Float(2.0f64),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            72,
            "a = set([12])\n_xs = [0]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update([-6, '', 2.0])\nprint(repr(a))",
            &out,
            &["{12}", "{0}", "{'', -6, 2.0, 12}"],
        );
    }
    {
        // a = set(set([29, 'a', 39, 'yy', 'x', (), 64, 1, -0.5, 'x', 39, 32, 64, 'by', 'za', '', 23, 2, 'y', 'ay', 10, 'béé', 'za', 16, 3, 12, 'ba', '', '', 2, 27, 4611686018427387909, 7, 'b', 16, 'ca', 8, 'a', 36, 34]))
        // b = {2305843009213693952, 36, 23, '', 1.5, 1.5, 24, 'z', 24, 'é', -1, '', 24, 26, '', '', 28, 'xac', -0.5, ''}
        // print(repr(a)); print(repr(b))
        // a.intersection_update([])
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(29),
            Value::str("a"),
            Value::Int(39),
            Value::str("yy"),
            Value::str("x"),
            Value::tuple(vec![]),
            Value::Int(64),
            Value::Int(1),
            Value::Float(-0.5f64),
            Value::str("x"),
            Value::Int(39),
            Value::Int(32),
            Value::Int(64),
            Value::str("by"),
            Value::str("za"),
            Value::str(""),
            Value::Int(23),
            Value::Int(2),
            Value::str("y"),
            Value::str("ay"),
            Value::Int(10),
            Value::str("béé"),
            Value::str("za"),
            Value::Int(16),
            Value::Int(3),
            Value::Int(12),
            Value::str("ba"),
            Value::str(""),
            Value::str(""),
            Value::Int(2),
            Value::Int(27),
            Value::Int(4611686018427387909),
            Value::Int(7),
            Value::str("b"),
            Value::Int(16),
            Value::str("ca"),
            Value::Int(8),
            Value::str("a"),
            Value::Int(36),
            Value::Int(34),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(2305843009213693952),
                    Value::Int(36),
                    Value::Int(23),
                    Value::str(""),
                    Value::Float(1.5f64),
                    Value::Float(1.5f64),
                    Value::Int(24),
                    Value::str("z"),
                    Value::Int(24),
                    Value::str("é"),
                    Value::Int(-1),
                    Value::str(""),
                    Value::Int(24),
                    Value::Int(26),
                    Value::str(""),
                    Value::str(""),
                    Value::Int(28),
                    Value::str("xac"),
                    Value::Float(-0.5f64),
                    Value::str(""),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            73,
            "a = set(set([29, 'a', 39, 'yy', 'x', (), 64, 1, -0.5, 'x', 39, 32, 64, 'by', 'za', '', 23, 2, 'y', 'ay', 10, 'béé', 'za', 16, 3, 12, 'ba', '', '', 2, 27, 4611686018427387909, 7, 'b', 16, 'ca', 8, 'a', 36, 34]))\nb = {2305843009213693952, 36, 23, '', 1.5, 1.5, 24, 'z', 24, 'é', -1, '', 24, 26, '', '', 28, 'xac', -0.5, ''}\nprint(repr(a)); print(repr(b))\na.intersection_update([])\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 1, '', 2, 3, 64, 'y', 4611686018427387909, 7, 8, 10, 12, 'yy', 'za', 'b', 16, 'a', 'ay', 23, 27, 29, 32, 34, 'x', 36, 'béé', 39, 'by', 'ca', 'ba', ()}",
                "{'', 2305843009213693952, 1.5, 'é', 36, -0.5, 'z', 23, 24, 26, 'xac', 28, -1}",
                "set()",
                "{'', 2305843009213693952, 1.5, 'é', 36, -0.5, 'z', 23, 24, 26, 'xac', 28, -1}",
                "6970737298724426995",
                "{'', 2305843009213693952, 1.5, 'é', 36, -0.5, 'z', 23, 24, 26, 'xac', 28, -1}",
            ],
        );
    }
    {
        // a = set([2, 1e+300, 21, 0.1, 22, 33, 34, 30, 128, 8, 32, ('a',)])
        // b = {0.1, 'cx', 2305843009213693951, 2.0, 1.5, 24, 28, 8, 37, 15, (1, 2), 21, 18, 20, -2305843009213693952, 1e+300, -3, 2.0, 64, 39, 13, 16, 256, 'b', 2305843009213693952, 'zbz', 8, 34, 256, '', 1024, '', (), 'x', 9, 32, (1, 2), 0.1, '', 'éx'}
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(2),
            Value::Float(1e+300),
            Value::Int(21),
            Value::Float(0.1f64),
            Value::Int(22),
            Value::Int(33),
            Value::Int(34),
            Value::Int(30),
            Value::Int(128),
            Value::Int(8),
            Value::Int(32),
            Value::tuple(vec![Value::str("a")]),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Float(0.1f64),
                    Value::str("cx"),
                    Value::Int(2305843009213693951),
                    Value::Float(2.0f64),
                    Value::Float(1.5f64),
                    Value::Int(24),
                    Value::Int(28),
                    Value::Int(8),
                    Value::Int(37),
                    Value::Int(15),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(21),
                    Value::Int(18),
                    Value::Int(20),
                    Value::Int(-2305843009213693952),
                    Value::Float(1e+300),
                    Value::Int(-3),
                    Value::Float(2.0f64),
                    Value::Int(64),
                    Value::Int(39),
                    Value::Int(13),
                    Value::Int(16),
                    Value::Int(256),
                    Value::str("b"),
                    Value::Int(2305843009213693952),
                    Value::str("zbz"),
                    Value::Int(8),
                    Value::Int(34),
                    Value::Int(256),
                    Value::str(""),
                    Value::Int(1024),
                    Value::str(""),
                    Value::tuple(vec![]),
                    Value::str("x"),
                    Value::Int(9),
                    Value::Int(32),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Float(0.1f64),
                    Value::str(""),
                    Value::str("éx"),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            74,
            "a = set([2, 1e+300, 21, 0.1, 22, 33, 34, 30, 128, 8, 32, ('a',)])\nb = {0.1, 'cx', 2305843009213693951, 2.0, 1.5, 24, 28, 8, 37, 15, (1, 2), 21, 18, 20, -2305843009213693952, 1e+300, -3, 2.0, 64, 39, 13, 16, 256, 'b', 2305843009213693952, 'zbz', 8, 34, 256, '', 1024, '', (), 'x', 9, 32, (1, 2), 0.1, '', 'éx'}\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{0.1, 33, 2, 34, 128, 32, 8, ('a',), 21, 22, 1e+300, 30}",
                "{2305843009213693951, 1.5, 2.0, 256, 2305843009213693952, '', 1024, 8, 9, 13, 15, 16, 18, 20, 21, 'zbz', 24, 28, 32, 34, 'x', 37, 39, 'cx', 1e+300, 0.1, 64, (1, 2), 'éx', 'b', (), -3, -2305843009213693952}",
                "0.1",
                "{33, 2, 34, 128, 32, 8, ('a',), 21, 22, 1e+300, 30}",
            ],
        );
    }
    {
        // _xs = [0, -0.5, 31, 1024, 12, 'éz']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = {'bc', 3, 28, 13, 22, 128, 24, 24, 34, (3, 'b'), ('a',), 20}
        // print(repr(a)); print(repr(b))
        // a.discard((3, 'b'))
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = a.intersection([33, 7, 'bz', ('a',), 64, -5])
        // print(repr(a))
        // a = a.union(dict.fromkeys([]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(0),
                Value::Float(-0.5f64),
                Value::Int(31),
                Value::Int(1024),
                Value::Int(12),
                Value::str("éz"),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("bc"),
                    Value::Int(3),
                    Value::Int(28),
                    Value::Int(13),
                    Value::Int(22),
                    Value::Int(128),
                    Value::Int(24),
                    Value::Int(24),
                    Value::Int(34),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(20),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "discard",
            &[Value::tuple(vec![Value::Int(3), Value::str("b")])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(33),
                Value::Int(7),
                Value::str("bz"),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(64),
                Value::Int(-5),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "union", &[fromkeys(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            75,
            "_xs = [0, -0.5, 31, 1024, 12, 'éz']\na = set()\nfor _x in _xs: a.add(_x)\nb = {'bc', 3, 28, 13, 22, 128, 24, 24, 34, (3, 'b'), ('a',), 20}\nprint(repr(a)); print(repr(b))\na.discard((3, 'b'))\nprint(repr(a))\na |= b\nprint(repr(a))\na = a.intersection([33, 7, 'bz', ('a',), 64, -5])\nprint(repr(a))\na = a.union(dict.fromkeys([]))\nprint(repr(a))",
            &out,
            &[
                "{0, -0.5, 1024, 'éz', 12, 31}",
                "{128, 34, 3, ('a',), 13, 20, 'bc', 22, 24, (3, 'b'), 28}",
                "{0, -0.5, 1024, 'éz', 12, 31}",
                "{0, -0.5, 1024, 'éz', 128, 34, 3, ('a',), 12, 13, 20, (3, 'b'), 22, 24, 'bc', 28, 31}",
                "{('a',)}",
                "{('a',)}",
            ],
        );
    }
    {
        // a = {2305843009213693952, 'ccb', 1e+300, (1, 2), 27, ()}
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = b - a
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(2305843009213693952),
                    Value::str("ccb"),
                    Value::Float(1e+300),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(27),
                    Value::tuple(vec![]),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            76,
            "a = {2305843009213693952, 'ccb', 1e+300, (1, 2), 27, ()}\nb = set()\nprint(repr(a)); print(repr(b))\na = b - a\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693952, (1, 2), 'ccb', 27, (), 1e+300}",
                "set()",
                "set()",
                "133146708735736",
                "set()",
            ],
        );
    }
    {
        // a = set([8, 256, 39, 1024, 27, (3, 'b'), 30, 1e+300, '', -6, 25, 9])
        // _xs = [14, 24, 8, 30, 'yb']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(8),
            Value::Int(256),
            Value::Int(39),
            Value::Int(1024),
            Value::Int(27),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(30),
            Value::Float(1e+300),
            Value::str(""),
            Value::Int(-6),
            Value::Int(25),
            Value::Int(9),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(14),
                Value::Int(24),
                Value::Int(8),
                Value::Int(30),
                Value::str("yb"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            77,
            "a = set([8, 256, 39, 1024, 27, (3, 'b'), 30, 1e+300, '', -6, 25, 9])\n_xs = [14, 24, 8, 30, 'yb']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))\na |= b\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na = b ^ a\nprint(repr(a))",
            &out,
            &[
                "{256, 1024, '', -6, 39, 8, 9, 25, (3, 'b'), 27, 1e+300, 30}",
                "{'yb', 8, 14, 24, 30}",
                "{256, 1024, '', -6, 'yb', 39, 9, 14, 24, 25, (3, 'b'), 27, 1e+300}",
                "{256, 1024, '', 8, 9, 14, 24, 25, (3, 'b'), 27, 30, 'yb', 39, -6, 1e+300}",
                "{'yb', 8, 14, 24, 30}",
                "set()",
            ],
        );
    }
    {
        // _xs = ['éc', 10, 'z']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([30, -4, 28, 'xc', 29, 'xc', (), 'xb', 37, 'ybé', 15, 'xyé', (3, 'b'), 'by', -0.5, 9, 4611686018427387909, 24, 17, 16]))
        // print(repr(a)); print(repr(b))
        // for _x in [20, 1, '', 34, 20, 6, 28]:
        //     a.discard(_x)
        // print(repr(a))
        // a.add('z')
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("éc"), Value::Int(10), Value::str("z")]).unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(30),
            Value::Int(-4),
            Value::Int(28),
            Value::str("xc"),
            Value::Int(29),
            Value::str("xc"),
            Value::tuple(vec![]),
            Value::str("xb"),
            Value::Int(37),
            Value::str("ybé"),
            Value::Int(15),
            Value::str("xyé"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("by"),
            Value::Float(-0.5f64),
            Value::Int(9),
            Value::Int(4611686018427387909),
            Value::Int(24),
            Value::Int(17),
            Value::Int(16),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![
            Value::Int(20),
            Value::Int(1),
            Value::str(""),
            Value::Int(34),
            Value::Int(20),
            Value::Int(6),
            Value::Int(28),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "add", &[Value::str("z")]);
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            78,
            "_xs = ['éc', 10, 'z']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([30, -4, 28, 'xc', 29, 'xc', (), 'xb', 37, 'ybé', 15, 'xyé', (3, 'b'), 'by', -0.5, 9, 4611686018427387909, 24, 17, 16]))\nprint(repr(a)); print(repr(b))\nfor _x in [20, 1, '', 34, 20, 6, 28]:\n    a.discard(_x)\nprint(repr(a))\na.add('z')\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))\na |= b\nprint(repr(a))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{10, 'éc', 'z'}",
                "{-0.5, 'ybé', 'xb', 4611686018427387909, 9, (), 15, 16, 17, 24, (3, 'b'), 28, 29, 30, 37, 'by', 'xyé', 'xc', -4}",
                "{10, 'éc', 'z'}",
                "{10, 'éc', 'z'}",
                "{10, 'éc', 'z'}",
                "{-0.5, 'ybé', 'z', 'xb', 4611686018427387909, 9, 10, 15, 16, 17, 24, (3, 'b'), 28, 29, 30, 37, 'by', -4, 'éc', 'xc', (), 'xyé'}",
                "{'z', 10, 'éc'}",
            ],
        );
    }
    {
        // _xs = [(3, 'b'), 'c', 'aé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [34]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a = a.symmetric_difference(['cba', 35, -0.5, 1.5, 34])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("c"),
                Value::str("aé"),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(34)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::str("cba"),
                Value::Int(35),
                Value::Float(-0.5f64),
                Value::Float(1.5f64),
                Value::Int(34),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            79,
            "_xs = [(3, 'b'), 'c', 'aé']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [34]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na = a.symmetric_difference(['cba', 35, -0.5, 1.5, 34])\nprint(repr(a))",
            &out,
            &[
                "{(3, 'b'), 'aé', 'c'}",
                "{34}",
                "{(3, 'b'), 'aé', 'c'}",
                "{-0.5, 1.5, 34, 35, 'aé', 'cba', 'c', (3, 'b')}",
            ],
        );
    }
    {
        // _xs = [33, 'c', 1024, 64, 'az', '', 'ax', 9, 38, 16, (1, 2), 1, 1, 21, -1, (), 29, 31, -0.5, 5, '', 'é', 15, 4611686018427387909, -1, 0, 'xz', 'a', 25, 24, 8, 'x', (3, 'b'), 31, -1, 27, 32, '', 16, 16]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['zzy', 'z', '', 'éz', 27, (1, 2), 23, 20, -2, 23, 'az', 27, 9, (3, 'b'), 24, -0.5, 27, 'y', 31, '', 21, 'éc', 3, '', 26, 2.0, 23, 100000000000000000000, 34, 1e+300, 'x', 'zz', 256, -1, 256, 34, 37, 32, 12, 'yy']))
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.difference_update(['zz', 19, 2, 3, 39, 1e+300, 1.5])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(33),
                Value::str("c"),
                Value::Int(1024),
                Value::Int(64),
                Value::str("az"),
                Value::str(""),
                Value::str("ax"),
                Value::Int(9),
                Value::Int(38),
                Value::Int(16),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(1),
                Value::Int(1),
                Value::Int(21),
                Value::Int(-1),
                Value::tuple(vec![]),
                Value::Int(29),
                Value::Int(31),
                Value::Float(-0.5f64),
                Value::Int(5),
                Value::str(""),
                Value::str("é"),
                Value::Int(15),
                Value::Int(4611686018427387909),
                Value::Int(-1),
                Value::Int(0),
                Value::str("xz"),
                Value::str("a"),
                Value::Int(25),
                Value::Int(24),
                Value::Int(8),
                Value::str("x"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(31),
                Value::Int(-1),
                Value::Int(27),
                Value::Int(32),
                Value::str(""),
                Value::Int(16),
                Value::Int(16),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::str("zzy"),
            Value::str("z"),
            Value::str(""),
            Value::str("éz"),
            Value::Int(27),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(23),
            Value::Int(20),
            Value::Int(-2),
            Value::Int(23),
            Value::str("az"),
            Value::Int(27),
            Value::Int(9),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(24),
            Value::Float(-0.5f64),
            Value::Int(27),
            Value::str("y"),
            Value::Int(31),
            Value::str(""),
            Value::Int(21),
            Value::str("éc"),
            Value::Int(3),
            Value::str(""),
            Value::Int(26),
            Value::Float(2.0f64),
            Value::Int(23),
            big("100000000000000000000"),
            Value::Int(34),
            Value::Float(1e+300),
            Value::str("x"),
            Value::str("zz"),
            Value::Int(256),
            Value::Int(-1),
            Value::Int(256),
            Value::Int(34),
            Value::Int(37),
            Value::Int(32),
            Value::Int(12),
            Value::str("yy"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::str("zz"),
                Value::Int(19),
                Value::Int(2),
                Value::Int(3),
                Value::Int(39),
                Value::Float(1e+300),
                Value::Float(1.5f64),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            80,
            "_xs = [33, 'c', 1024, 64, 'az', '', 'ax', 9, 38, 16, (1, 2), 1, 1, 21, -1, (), 29, 31, -0.5, 5, '', 'é', 15, 4611686018427387909, -1, 0, 'xz', 'a', 25, 24, 8, 'x', (3, 'b'), 31, -1, 27, 32, '', 16, 16]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['zzy', 'z', '', 'éz', 27, (1, 2), 23, 20, -2, 23, 'az', 27, 9, (3, 'b'), 24, -0.5, 27, 'y', 31, '', 21, 'éc', 3, '', 26, 2.0, 23, 100000000000000000000, 34, 1e+300, 'x', 'zz', 256, -1, 256, 34, 37, 32, 12, 'yy']))\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.difference_update(['zz', 19, 2, 3, 39, 1e+300, 1.5])\nprint(repr(a))",
            &out,
            &[
                "{1024, '', 1, -0.5, 0, 5, 4611686018427387909, 8, 9, 15, 16, 'a', 21, 24, 25, 27, 29, 31, 32, 33, 'x', 38, 64, (1, 2), 'ax', 'az', (3, 'b'), 'é', 'xz', 'c', (), -1}",
                "{'zzy', '', -0.5, 'éz', 3, 2.0, 'z', 256, 9, 12, 20, 21, 23, 24, 26, 27, 31, 32, 'zz', 34, 'x', 37, 100000000000000000000, 'éc', 1e+300, 'y', (1, 2), 'yy', 'az', (3, 'b'), -1, -2}",
                "1024",
                "{'', 1, -0.5, 0, 5, 4611686018427387909, 8, 9, 15, 16, 'a', 21, 24, 25, 27, 29, 31, 32, 33, 'x', 38, 64, (1, 2), 'ax', 'az', (3, 'b'), 'é', 'xz', 'c', (), -1}",
                "{'', 1, -0.5, 0, 5, 4611686018427387909, 8, 9, 15, 16, 'a', 21, 24, 25, 27, 29, 31, 32, 33, 'x', 38, 64, (1, 2), 'ax', 'az', (3, 'b'), 'é', 'xz', 'c', (), -1}",
            ],
        );
    }
    {
        // a = {9, 40, (3, 'b'), 24, 'ccz', 16}
        // _xs = ['y', '', (1, 2), 256, 4611686018427387909, 4611686018427387909, 34, 4, -2, 1e+300, 9, 40, '', 'a', -6, (), 'yyé', 2.0, 'zcx', 1]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a = a.intersection(['xby', 36, 'zc', 1e+300, 35, -1])
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(9),
                    Value::Int(40),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Int(24),
                    Value::str("ccz"),
                    Value::Int(16),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("y"),
                Value::str(""),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(256),
                Value::Int(4611686018427387909),
                Value::Int(4611686018427387909),
                Value::Int(34),
                Value::Int(4),
                Value::Int(-2),
                Value::Float(1e+300),
                Value::Int(9),
                Value::Int(40),
                Value::str(""),
                Value::str("a"),
                Value::Int(-6),
                Value::tuple(vec![]),
                Value::str("yyé"),
                Value::Float(2.0f64),
                Value::str("zcx"),
                Value::Int(1),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::str("xby"),
                Value::Int(36),
                Value::str("zc"),
                Value::Float(1e+300),
                Value::Int(35),
                Value::Int(-1),
            ])],
        );
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            81,
            "a = {9, 40, (3, 'b'), 24, 'ccz', 16}\n_xs = ['y', '', (1, 2), 256, 4611686018427387909, 4611686018427387909, 34, 4, -2, 1e+300, 9, 40, '', 'a', -6, (), 'yyé', 2.0, 'zcx', 1]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\na.clear()\nprint(repr(a))\na = b & a\nprint(repr(a))\na = a.intersection(['xby', 36, 'zc', 1e+300, 35, -1])\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{16, 'ccz', 40, 9, (3, 'b'), 24}",
                "{'', 'y', 256, (1, 2), 34, 4, 2.0, 4611686018427387909, 40, 9, 1, 'yyé', 'zcx', 'a', -6, (), 1e+300, -2}",
                "{'', 'y', 'ccz', 256, (1, 2), 4, 2.0, 4611686018427387909, 1, 9, 'yyé', 16, 'a', 24, (3, 'b'), 34, 40, 'zcx', -6, (), 1e+300, -2}",
                "set()",
                "set()",
                "set()",
                "{'', 'y', 34, (1, 2), 256, 4, 2.0, 4611686018427387909, 40, 9, 1, 'yyé', 'zcx', 'a', -6, (), 1e+300, -2}",
            ],
        );
    }
    {
        // _xs = [1e+300, 13, 0.1, 24, 16, 'z', 128, 'éya', 'b', '', -0.5, 29, 2305843009213693952, 'x', 5, 33, '', 35, 31, 2.0, 32, -2, 22, 16, 0, 'z', 2305843009213693952, 1.5, '', 2.0, 30, 38, 31, (), 22, 64, 0.1, -4, 'zcb', 16]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['azy', 1, 'by', 'c', 3, -5, 26, 4, 21, 21, 24, (3, 'b')]))
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.symmetric_difference_update([2305843009213693952, 32, '', -1, ('a',), 36, 29, 4, 30])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(1e+300),
                Value::Int(13),
                Value::Float(0.1f64),
                Value::Int(24),
                Value::Int(16),
                Value::str("z"),
                Value::Int(128),
                Value::str("éya"),
                Value::str("b"),
                Value::str(""),
                Value::Float(-0.5f64),
                Value::Int(29),
                Value::Int(2305843009213693952),
                Value::str("x"),
                Value::Int(5),
                Value::Int(33),
                Value::str(""),
                Value::Int(35),
                Value::Int(31),
                Value::Float(2.0f64),
                Value::Int(32),
                Value::Int(-2),
                Value::Int(22),
                Value::Int(16),
                Value::Int(0),
                Value::str("z"),
                Value::Int(2305843009213693952),
                Value::Float(1.5f64),
                Value::str(""),
                Value::Float(2.0f64),
                Value::Int(30),
                Value::Int(38),
                Value::Int(31),
                Value::tuple(vec![]),
                Value::Int(22),
                Value::Int(64),
                Value::Float(0.1f64),
                Value::Int(-4),
                Value::str("zcb"),
                Value::Int(16),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::str("azy"),
            Value::Int(1),
            Value::str("by"),
            Value::str("c"),
            Value::Int(3),
            Value::Int(-5),
            Value::Int(26),
            Value::Int(4),
            Value::Int(21),
            Value::Int(21),
            Value::Int(24),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(2305843009213693952),
                Value::Int(32),
                Value::str(""),
                Value::Int(-1),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(36),
                Value::Int(29),
                Value::Int(4),
                Value::Int(30),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            82,
            "_xs = [1e+300, 13, 0.1, 24, 16, 'z', 128, 'éya', 'b', '', -0.5, 29, 2305843009213693952, 'x', 5, 33, '', 35, 31, 2.0, 32, -2, 22, 16, 0, 'z', 2305843009213693952, 1.5, '', 2.0, 30, 38, 31, (), 22, 64, 0.1, -4, 'zcb', 16]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['azy', 1, 'by', 'c', 3, -5, 26, 4, 21, 21, 24, (3, 'b')]))\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.symmetric_difference_update([2305843009213693952, 32, '', -1, ('a',), 36, 29, 4, 30])\nprint(repr(a))",
            &out,
            &[
                "{128, '', -0.5, 2305843009213693952, 'éya', 5, 'z', 2.0, 0, 1.5, 13, 16, 22, 24, 29, 30, 31, 32, 33, 'x', 35, 38, 'zcb', 1e+300, 0.1, 64, 'b', (), -4, -2}",
                "{1, 3, 26, 4, 'by', 'c', 21, (3, 'b'), 24, 'azy', -5}",
                "{128, '', -0.5, 2305843009213693952, 'éya', 5, 'z', 2.0, 0, 1.5, 1, 3, 4, 13, 16, 21, 22, 24, 26, 29, 30, 31, 32, 33, 'x', 35, 38, 'zcb', 1e+300, 64, 0.1, 'b', (3, 'b'), -5, 'by', 'c', 'azy', (), -4, -2}",
                "{128, '', -0.5, 2305843009213693952, 'éya', 5, 'z', 2.0, 0, 1.5, 13, 16, 22, 29, 30, 31, 32, 33, 'x', 35, 38, 'zcb', 1e+300, 64, 0.1, 'b', (), -4, -2}",
                "frozenset({128, '', -0.5, 2305843009213693952, 'éya', 5, 'z', 2.0, 0, 1.5, 64, 13, 'b', 16, 22, 0.1, 29, 30, 31, 32, 33, 'x', 35, 38, -4, 'zcb', (), 1e+300, -2})",
                "{128, '', -0.5, 2305843009213693952, 'éya', 5, 'z', 2.0, 0, 1.5, 13, 16, 22, 29, 30, 31, 32, 33, 'x', 35, 38, 'zcb', 1e+300, 64, 0.1, 'b', (), -4, -2}",
                "{128, -0.5, 'éya', 5, 'z', 2.0, 0, 1.5, 13, 16, 4, 22, 31, 33, 'x', 35, 36, 38, 'zcb', 1e+300, 64, 0.1, ('a',), 'b', -1, (), -4, -2}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([-3, '']))
        // b = {11, 2, 23, 24, 26}
        // print(repr(a)); print(repr(b))
        // for _x in [12, 33, -5, 29, 2, '', 18, (1, 2), 26, 2]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Int(-3), Value::str("")]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(11),
                    Value::Int(2),
                    Value::Int(23),
                    Value::Int(24),
                    Value::Int(26),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![
            Value::Int(12),
            Value::Int(33),
            Value::Int(-5),
            Value::Int(29),
            Value::Int(2),
            Value::str(""),
            Value::Int(18),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(26),
            Value::Int(2),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            83,
            "a = set(dict.fromkeys([-3, '']))\nb = {11, 2, 23, 24, 26}\nprint(repr(a)); print(repr(b))\nfor _x in [12, 33, -5, 29, 2, '', 18, (1, 2), 26, 2]:\n    a.discard(_x)\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &["{'', -3}", "{2, 23, 24, 26, 11}", "{-3}", "{-3}"],
        );
    }
    {
        // a = {-4, 32, (1, 2), 'béy', 0.1, 0.1, 9, 19, -2, 35, 'bxz', ()}
        // _xs = [17, 27, 24, 2, 14, 7, -1, 28, ('a',), 9, '', 25, 29, (3, 'b'), '', 16, 4611686018427387909, 2305843009213693952, '', 24, '', 36, 'a', 16, -3, 2, 9, 0, 'zc', 2305843009213693952, 1.5, (), 'z', '', 'y', 'b', 16, 15, 26, 27]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.union([14, '', 18, '', 15, 1, 'xé'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(-4),
                    Value::Int(32),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::str("béy"),
                    Value::Float(0.1f64),
                    Value::Float(0.1f64),
                    Value::Int(9),
                    Value::Int(19),
                    Value::Int(-2),
                    Value::Int(35),
                    Value::str("bxz"),
                    Value::tuple(vec![]),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(17),
                Value::Int(27),
                Value::Int(24),
                Value::Int(2),
                Value::Int(14),
                Value::Int(7),
                Value::Int(-1),
                Value::Int(28),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(9),
                Value::str(""),
                Value::Int(25),
                Value::Int(29),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str(""),
                Value::Int(16),
                Value::Int(4611686018427387909),
                Value::Int(2305843009213693952),
                Value::str(""),
                Value::Int(24),
                Value::str(""),
                Value::Int(36),
                Value::str("a"),
                Value::Int(16),
                Value::Int(-3),
                Value::Int(2),
                Value::Int(9),
                Value::Int(0),
                Value::str("zc"),
                Value::Int(2305843009213693952),
                Value::Float(1.5f64),
                Value::tuple(vec![]),
                Value::str("z"),
                Value::str(""),
                Value::str("y"),
                Value::str("b"),
                Value::Int(16),
                Value::Int(15),
                Value::Int(26),
                Value::Int(27),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(14),
                Value::str(""),
                Value::Int(18),
                Value::str(""),
                Value::Int(15),
                Value::Int(1),
                Value::str("xé"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            84,
            "a = {-4, 32, (1, 2), 'béy', 0.1, 0.1, 9, 19, -2, 35, 'bxz', ()}\n_xs = [17, 27, 24, 2, 14, 7, -1, 28, ('a',), 9, '', 25, 29, (3, 'b'), '', 16, 4611686018427387909, 2305843009213693952, '', 24, '', 36, 'a', 16, -3, 2, 9, 0, 'zc', 2305843009213693952, 1.5, (), 'z', '', 'y', 'b', 16, 15, 26, 27]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.union([14, '', 18, '', 15, 1, 'xé'])\nprint(repr(a))",
            &out,
            &[
                "{32, 0.1, 'bxz', 35, (1, 2), 'béy', 9, 19, (), -4, -2}",
                "{'', 2305843009213693952, 2, 0, 1.5, 'z', 7, 4611686018427387909, 9, 14, 15, 16, 17, 'a', 24, 25, 26, 27, 28, 29, 36, 'y', ('a',), 'b', (3, 'b'), 'zc', (), -3, -1}",
                "{32, 0.1, 'bxz', 35, (1, 2), 'béy', '', 1, 9, 'xé', 14, 15, 18, 19, (), -4, -2}",
            ],
        );
    }
    {
        // _xs = ['']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([14, 'é']))
        // print(repr(a)); print(repr(b))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::str("")]).unwrap()));
        let b = mkset(fromkeys(vec![Value::Int(14), Value::str("é")]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            85,
            "_xs = ['']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([14, 'é']))\nprint(repr(a)); print(repr(b))\na = a ^ b\nprint(repr(a))",
            &out,
            &["{''}", "{'é', 14}", "{'', 'é', 14}"],
        );
    }
    {
        // a = set(set([11, 'xaa', (3, 'b'), 'yyc', 'zéy', 26, 'ayz', 1]))
        // _xs = ['y', 'yé']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(dict.fromkeys(['c']))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(11),
            Value::str("xaa"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("yyc"),
            Value::str("zéy"),
            Value::Int(26),
            Value::str("ayz"),
            Value::Int(1),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("y"), Value::str("yé")]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![Value::str("c")])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            86,
            "a = set(set([11, 'xaa', (3, 'b'), 'yyc', 'zéy', 26, 'ayz', 1]))\n_xs = ['y', 'yé']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(dict.fromkeys(['c']))\nprint(repr(a))",
            &out,
            &[
                "{'xaa', 1, 26, 'ayz', 11, 'yyc', 'zéy', (3, 'b')}",
                "{'y', 'yé'}",
                "{'xaa', 1, 'ayz', 11, 'yyc', 'zéy', 'c', (3, 'b'), 26}",
            ],
        );
    }
    {
        // a = set([11])
        // b = set(dict.fromkeys([20, 'c', 28, 'é', 64, 28]))
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // for _x in [40, '', 29, 256, 'ycz', 'yb', 25, (1, 2), 4611686018427387909]:
        //     a.discard(_x)
        // print(repr(a))
        // a.add(100000000000000000000)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(11)]));
        let b = mkset(fromkeys(vec![
            Value::Int(20),
            Value::str("c"),
            Value::Int(28),
            Value::str("é"),
            Value::Int(64),
            Value::Int(28),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::Int(40),
            Value::str(""),
            Value::Int(29),
            Value::Int(256),
            Value::str("ycz"),
            Value::str("yb"),
            Value::Int(25),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(4611686018427387909),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "add", &[big("100000000000000000000")]);
        out.push(repr(&a));
        check(
            &mut failures,
            87,
            "a = set([11])\nb = set(dict.fromkeys([20, 'c', 28, 'é', 64, 28]))\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a ^ b\nprint(repr(a))\nfor _x in [40, '', 29, 256, 'ycz', 'yb', 25, (1, 2), 4611686018427387909]:\n    a.discard(_x)\nprint(repr(a))\na.add(100000000000000000000)\nprint(repr(a))",
            &out,
            &[
                "{11}",
                "{64, 'c', 'é', 20, 28}",
                "11",
                "set()",
                "{64, 'c', 'é', 20, 28}",
                "{64, 'c', 'é', 20, 28}",
                "{64, 'c', 'é', 20, 100000000000000000000, 28}",
            ],
        );
    }
    {
        // a = set(set([0.1, 28]))
        // b = set([])
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a = a.difference(dict.fromkeys(['zb', 100000000000000000000, 31, 'bcc', 40]))
        // print(repr(a))
        // a.update([33, '', 'zy', 'é', 40])
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Float(0.1f64),
            Value::Int(28),
        ])));
        let b = mkset(Value::list(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::str("zb"),
                big("100000000000000000000"),
                Value::Int(31),
                Value::str("bcc"),
                Value::Int(40),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(33),
                Value::str(""),
                Value::str("zy"),
                Value::str("é"),
                Value::Int(40),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            88,
            "a = set(set([0.1, 28]))\nb = set([])\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na = b - a\nprint(repr(a))\na = a.difference(dict.fromkeys(['zb', 100000000000000000000, 31, 'bcc', 40]))\nprint(repr(a))\na.update([33, '', 'zy', 'é', 40])\nprint(repr(a))\na = b - a\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{0.1, 28}",
                "set()",
                "{0.1, 28}",
                "set()",
                "set()",
                "{'', 33, 'é', 'zy', 40}",
                "set()",
                "frozenset()",
                "set()",
            ],
        );
    }
    {
        // a = set(set([16, 2305843009213693951, 'z', 100000000000000000000, 1.5, (3, 'b')]))
        // _xs = [-5, 'ya', 128, 10, 'éxz', -1, 'x', 'z', 8, 6, 64, 'ac', 'yc', 36, 5, -2305843009213693952, 64, '', 1e+300, 2]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.union(dict.fromkeys([-1, ('a',), 34, 'éay', -1, 1.5, '', 'ax', 22]))
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(16),
            Value::Int(2305843009213693951),
            Value::str("z"),
            big("100000000000000000000"),
            Value::Float(1.5f64),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-5),
                Value::str("ya"),
                Value::Int(128),
                Value::Int(10),
                Value::str("éxz"),
                Value::Int(-1),
                Value::str("x"),
                Value::str("z"),
                Value::Int(8),
                Value::Int(6),
                Value::Int(64),
                Value::str("ac"),
                Value::str("yc"),
                Value::Int(36),
                Value::Int(5),
                Value::Int(-2305843009213693952),
                Value::Int(64),
                Value::str(""),
                Value::Float(1e+300),
                Value::Int(2),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::Int(-1),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(34),
                Value::str("éay"),
                Value::Int(-1),
                Value::Float(1.5f64),
                Value::str(""),
                Value::str("ax"),
                Value::Int(22),
            ])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            89,
            "a = set(set([16, 2305843009213693951, 'z', 100000000000000000000, 1.5, (3, 'b')]))\n_xs = [-5, 'ya', 128, 10, 'éxz', -1, 'x', 'z', 8, 6, 64, 'ac', 'yc', 36, 5, -2305843009213693952, 64, '', 1e+300, 2]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.union(dict.fromkeys([-1, ('a',), 34, 'éay', -1, 1.5, '', 'ax', 22]))\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, 1.5, 16, 'z', (3, 'b'), 100000000000000000000}",
                "{128, '', 2, 5, 'z', 6, 8, 10, 'yc', 'x', 36, 'ac', 1e+300, 64, 'éxz', 'ya', -1, -5, -2305843009213693952}",
                "{2305843009213693951, 1.5, 34, 'éay', '', 'z', ('a',), 100000000000000000000, 'ax', 16, 22, (3, 'b'), -1}",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([26, -2, 2.0, -1, 0, 24, (3, 'b'), 33, 'c', 5, 27, 29, 'x', 25, -1, 'bb', 'cy', '', 32, 'z']))
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = a.difference(['ba', (3, 'b'), 37, '', -1, 256])
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a = a.union(['zé', -0.5, 7, (), -0.5])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(26),
            Value::Int(-2),
            Value::Float(2.0f64),
            Value::Int(-1),
            Value::Int(0),
            Value::Int(24),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(33),
            Value::str("c"),
            Value::Int(5),
            Value::Int(27),
            Value::Int(29),
            Value::str("x"),
            Value::Int(25),
            Value::Int(-1),
            Value::str("bb"),
            Value::str("cy"),
            Value::str(""),
            Value::Int(32),
            Value::str("z"),
        ]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::str("ba"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(37),
                Value::str(""),
                Value::Int(-1),
                Value::Int(256),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::str("zé"),
                Value::Float(-0.5f64),
                Value::Int(7),
                Value::tuple(vec![]),
                Value::Float(-0.5f64),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            90,
            "a = set(dict.fromkeys([26, -2, 2.0, -1, 0, 24, (3, 'b'), 33, 'c', 5, 27, 29, 'x', 25, -1, 'bb', 'cy', '', 32, 'z']))\nb = set()\nprint(repr(a)); print(repr(b))\na = a.difference(['ba', (3, 'b'), 37, '', -1, 256])\nprint(repr(a))\na = b & a\nprint(repr(a))\na = a.union(['zé', -0.5, 7, (), -0.5])\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{0, '', 2.0, 5, 'z', 'bb', 'cy', 24, 25, 26, (3, 'b'), 27, 29, 32, 33, 'x', 'c', -1, -2}",
                "set()",
                "{0, 2.0, 5, 'z', 'bb', 'cy', 24, 25, 26, 27, 29, 32, 33, 'x', 'c', -2}",
                "set()",
                "{'zé', -0.5, (), 7}",
                "{'zé', -0.5, (), 7}",
            ],
        );
    }
    {
        // a = set(set([21, 33, 24, 16, 31, (), 29, 11]))
        // b = set()
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(21),
            Value::Int(33),
            Value::Int(24),
            Value::Int(16),
            Value::Int(31),
            Value::tuple(vec![]),
            Value::Int(29),
            Value::Int(11),
        ])));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            91,
            "a = set(set([21, 33, 24, 16, 31, (), 29, 11]))\nb = set()\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = b & a\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{33, 11, 16, 21, 24, (), 29, 31}",
                "set()",
                "{33, 11, 16, 21, 24, (), 29, 31}",
                "33",
                "{11, 16, 21, 24, (), 29, 31}",
                "set()",
                "frozenset()",
                "set()",
            ],
        );
    }
    {
        // a = {22, 13, (1, 2), -3, 8, ('a',), 26, 64, 27, 1024, (3, 'b'), 39}
        // _xs = [256, -2, 128, 24, 30, 13, '', 36]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(22),
                    Value::Int(13),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(-3),
                    Value::Int(8),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(26),
                    Value::Int(64),
                    Value::Int(27),
                    Value::Int(1024),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Int(39),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(256),
                Value::Int(-2),
                Value::Int(128),
                Value::Int(24),
                Value::Int(30),
                Value::Int(13),
                Value::str(""),
                Value::Int(36),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            92,
            "a = {22, 13, (1, 2), -3, 8, ('a',), 26, 64, 27, 1024, (3, 'b'), 39}\n_xs = [256, -2, 128, 24, 30, 13, '', 36]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{64, 1024, (1, 2), 26, 39, 8, ('a',), 13, 22, (3, 'b'), 27, -3}",
                "{256, 128, '', 36, 13, 30, 24, -2}",
                "{1024, 256, 128, '', 8, 22, 24, 26, 27, 30, 36, 39, 64, (1, 2), ('a',), (3, 'b'), -3, -2}",
            ],
        );
    }
    {
        // _xs = [2305843009213693952, -4, -4, 2.0, 2.0]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['yyz', '', 34, -0.5, 12, -3, (3, 'b'), -4, 8, 36, 1e+300, -2, 'c', (1, 2), 'xby', 24, 20, 'ybb', 14, 'z', 12, 35, -3, 'é', -6, 15, 21, 'b', 'é', 29, 5, 2.0, '', '', 256, 15, 1, 'cab', 'aéa', '']))
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // a.intersection_update([18, 15, 16, 14, 29, '', '', -1])
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(2305843009213693952),
                Value::Int(-4),
                Value::Int(-4),
                Value::Float(2.0f64),
                Value::Float(2.0f64),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::str("yyz"),
            Value::str(""),
            Value::Int(34),
            Value::Float(-0.5f64),
            Value::Int(12),
            Value::Int(-3),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(-4),
            Value::Int(8),
            Value::Int(36),
            Value::Float(1e+300),
            Value::Int(-2),
            Value::str("c"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("xby"),
            Value::Int(24),
            Value::Int(20),
            Value::str("ybb"),
            Value::Int(14),
            Value::str("z"),
            Value::Int(12),
            Value::Int(35),
            Value::Int(-3),
            Value::str("é"),
            Value::Int(-6),
            Value::Int(15),
            Value::Int(21),
            Value::str("b"),
            Value::str("é"),
            Value::Int(29),
            Value::Int(5),
            Value::Float(2.0f64),
            Value::str(""),
            Value::str(""),
            Value::Int(256),
            Value::Int(15),
            Value::Int(1),
            Value::str("cab"),
            Value::str("aéa"),
            Value::str(""),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(18),
                Value::Int(15),
                Value::Int(16),
                Value::Int(14),
                Value::Int(29),
                Value::str(""),
                Value::str(""),
                Value::Int(-1),
            ])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            93,
            "_xs = [2305843009213693952, -4, -4, 2.0, 2.0]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['yyz', '', 34, -0.5, 12, -3, (3, 'b'), -4, 8, 36, 1e+300, -2, 'c', (1, 2), 'xby', 24, 20, 'ybb', 14, 'z', 12, 35, -3, 'é', -6, 15, 21, 'b', 'é', 29, 5, 2.0, '', '', 256, 15, 1, 'cab', 'aéa', '']))\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na = a & b\nprint(repr(a))\na.intersection_update([18, 15, 16, 14, 29, '', '', -1])\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693952, 2.0, -4}",
                "{'', -0.5, 2.0, 256, 1, 5, 'z', 8, 'xby', 12, 14, 15, 20, 21, 24, 29, 34, 35, 36, 'yyz', 1e+300, 'ybb', 'aéa', (1, 2), 'b', 'cab', (3, 'b'), 'é', 'c', -6, -4, -3, -2}",
                "{2.0, -4}",
                "{'', -0.5, 256, 1, 5, 'z', 8, 'xby', 12, 14, 15, 20, 21, 24, 29, 34, 35, 36, 'yyz', 1e+300, 'ybb', 'aéa', (1, 2), 'b', 'cab', (3, 'b'), 'é', 'c', -6, -3, -2}",
                "{'', -0.5, 256, 1, 5, 'z', 8, 'xby', 12, 14, 15, 20, 21, 24, 29, 34, 35, 36, 'yyz', 1e+300, 'ybb', 'aéa', (1, 2), 'b', 'cab', (3, 'b'), 'é', 'c', -6, -3, -2}",
                "{'', 29, 14, 15}",
                "set()",
            ],
        );
    }
    {
        // a = set(set([-3]))
        // b = set(dict.fromkeys([100000000000000000000, 28]))
        // print(repr(a)); print(repr(b))
        // a = a.intersection(['zy', 1.5, 24, -1, 16])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Int(-3)])));
        let b = mkset(fromkeys(vec![big("100000000000000000000"), Value::Int(28)]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::str("zy"),
                Value::Float(1.5f64),
                Value::Int(24),
                Value::Int(-1),
                Value::Int(16),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            94,
            "a = set(set([-3]))\nb = set(dict.fromkeys([100000000000000000000, 28]))\nprint(repr(a)); print(repr(b))\na = a.intersection(['zy', 1.5, 24, -1, 16])\nprint(repr(a))",
            &out,
            &["{-3}", "{100000000000000000000, 28}", "set()"],
        );
    }
    {
        // a = set(dict.fromkeys([24, ('a',), 8, 1.5, -2, 4, -2, 1.5]))
        // _xs = [1, 100000000000000000000, 15, -0.5, ()]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.add(25)
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(24),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(8),
            Value::Float(1.5f64),
            Value::Int(-2),
            Value::Int(4),
            Value::Int(-2),
            Value::Float(1.5f64),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(1),
                big("100000000000000000000"),
                Value::Int(15),
                Value::Float(-0.5f64),
                Value::tuple(vec![]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(25)]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            95,
            "a = set(dict.fromkeys([24, ('a',), 8, 1.5, -2, 4, -2, 1.5]))\n_xs = [1, 100000000000000000000, 15, -0.5, ()]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.add(25)\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))",
            &out,
            &[
                "{1.5, 4, ('a',), 24, 8, -2}",
                "{-0.5, 1, 100000000000000000000, 15, ()}",
                "{1.5, 4, 25, ('a',), 24, 8, -2}",
                "set()",
            ],
        );
    }
    {
        // a = set([256, 'caé', 'xzb', 'cab', 1.5])
        // b = set([(), -0.5, 11, 2.0, (1, 2), 18])
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        // a.add(34)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(256),
            Value::str("caé"),
            Value::str("xzb"),
            Value::str("cab"),
            Value::Float(1.5f64),
        ]));
        let b = mkset(Value::list(vec![
            Value::tuple(vec![]),
            Value::Float(-0.5f64),
            Value::Int(11),
            Value::Float(2.0f64),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(18),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(34)]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            96,
            "a = set([256, 'caé', 'xzb', 'cab', 1.5])\nb = set([(), -0.5, 11, 2.0, (1, 2), 18])\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))\na.add(34)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{256, 1.5, 'xzb', 'caé', 'cab'}",
                "{-0.5, 2.0, (1, 2), 11, 18, ()}",
                "{256, 1.5, -0.5, 2.0, (1, 2), 'xzb', 'caé', 11, 'cab', 18, ()}",
                "{256, 1.5, -0.5, 2.0, (1, 2), 34, 'xzb', 'caé', 11, 'cab', 18, ()}",
                "{256, 1.5, -0.5, 2.0, (1, 2), 34, 'xzb', 'caé', 11, 'cab', 18, ()}",
                "frozenset({256, 1.5, -0.5, 2.0, (1, 2), 34, 'xzb', 'caé', 11, 'cab', 18, ()})",
                "{256, 1.5, -0.5, 2.0, (1, 2), 34, 'xzb', 'caé', 11, 'cab', 18, ()}",
            ],
        );
    }
    {
        // a = set()
        // b = set(dict.fromkeys([-2305843009213693952, 2.0, 19, 9, 36]))
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // for _x in ['', 'c', 33, 0, -1, '', 29, 33]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // a.symmetric_difference_update([])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(fromkeys(vec![
            Value::Int(-2305843009213693952),
            Value::Float(2.0f64),
            Value::Int(19),
            Value::Int(9),
            Value::Int(36),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        for x in vec![
            Value::str(""),
            Value::str("c"),
            Value::Int(33),
            Value::Int(0),
            Value::Int(-1),
            Value::str(""),
            Value::Int(29),
            Value::Int(33),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            97,
            "a = set()\nb = set(dict.fromkeys([-2305843009213693952, 2.0, 19, 9, 36]))\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\nfor _x in ['', 'c', 33, 0, -1, '', 29, 33]:\n    a.discard(_x)\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\na.symmetric_difference_update([])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{2.0, 19, 36, 9, -2305843009213693952}",
                "set()",
                "set()",
                "{2.0, 19, 36, 9, -2305843009213693952}",
                "{2.0, 36, 9, 19, -2305843009213693952}",
                "{2.0, 36, 9, 19, -2305843009213693952}",
            ],
        );
    }
    {
        // a = set([1.5])
        // _xs = [25, 12, 24, -2, 0.1, 'az', 38, 'aay', 2.0, -2, '', 'ya', 18, 'cxé', (), 'xa', 'aca', 'xcx', '', 15, 1.5, 34, 25, -1, 1.5, -2, 'é', '', 1024, 27, 100000000000000000000, 18, 38, -3, 13, 20, 30, 5, 7, 35]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Float(1.5f64)]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(25),
                Value::Int(12),
                Value::Int(24),
                Value::Int(-2),
                Value::Float(0.1f64),
                Value::str("az"),
                Value::Int(38),
                Value::str("aay"),
                Value::Float(2.0f64),
                Value::Int(-2),
                Value::str(""),
                Value::str("ya"),
                Value::Int(18),
                Value::str("cxé"),
                Value::tuple(vec![]),
                Value::str("xa"),
                Value::str("aca"),
                Value::str("xcx"),
                Value::str(""),
                Value::Int(15),
                Value::Float(1.5f64),
                Value::Int(34),
                Value::Int(25),
                Value::Int(-1),
                Value::Float(1.5f64),
                Value::Int(-2),
                Value::str("é"),
                Value::str(""),
                Value::Int(1024),
                Value::Int(27),
                big("100000000000000000000"),
                Value::Int(18),
                Value::Int(38),
                Value::Int(-3),
                Value::Int(13),
                Value::Int(20),
                Value::Int(30),
                Value::Int(5),
                Value::Int(7),
                Value::Int(35),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            98,
            "a = set([1.5])\n_xs = [25, 12, 24, -2, 0.1, 'az', 38, 'aay', 2.0, -2, '', 'ya', 18, 'cxé', (), 'xa', 'aca', 'xcx', '', 15, 1.5, 34, 25, -1, 1.5, -2, 'é', '', 1024, 27, 100000000000000000000, 18, 38, -3, 13, 20, 30, 5, 7, 35]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{1.5}",
                "{'', 1.5, 2.0, 1024, 'xa', 5, 7, 12, 13, 15, 18, 20, 24, 25, 27, 30, 'xcx', 34, 35, 38, 100000000000000000000, 'aay', 'cxé', 0.1, 'az', 'aca', 'é', 'ya', -1, (), -3, -2}",
                "frozenset({1.5})",
                "{1.5}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['yba', 'bb', -0.5, 0.1, '', 'czc', 1024, 39, 31, '', 16, '', 1.5, 8, 8, 18, 'éé', 'yby', 28, 6]))
        // b = set(set(['', 'b', 40]))
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a.add(())
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("yba"),
            Value::str("bb"),
            Value::Float(-0.5f64),
            Value::Float(0.1f64),
            Value::str(""),
            Value::str("czc"),
            Value::Int(1024),
            Value::Int(39),
            Value::Int(31),
            Value::str(""),
            Value::Int(16),
            Value::str(""),
            Value::Float(1.5f64),
            Value::Int(8),
            Value::Int(8),
            Value::Int(18),
            Value::str("éé"),
            Value::str("yby"),
            Value::Int(28),
            Value::Int(6),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::str(""),
            Value::str("b"),
            Value::Int(40),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "add", &[Value::tuple(vec![])]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            99,
            "a = set(dict.fromkeys(['yba', 'bb', -0.5, 0.1, '', 'czc', 1024, 39, 31, '', 16, '', 1.5, 8, 8, 18, 'éé', 'yby', 28, 6]))\nb = set(set(['', 'b', 40]))\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.clear()\nprint(repr(a))\na = a | b\nprint(repr(a))\na.add(())\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 0.1, '', 1024, 1.5, 6, 8, 16, 'éé', 18, 'bb', 'yby', 28, 'czc', 31, 39, 'yba'}",
                "{'', 40, 'b'}",
                "{-0.5, 0.1, '', 1024, 1.5, 6, 8, 'b', 16, 'éé', 18, 'bb', 'yby', 28, 'czc', 31, 39, 40, 'yba'}",
                "{-0.5, 0.1, '', 1024, 1.5, 6, 8, 'b', 16, 'éé', 18, 'bb', 'yby', 28, 'czc', 31, 39, 40, 'yba'}",
                "set()",
                "{'', 40, 'b'}",
                "{'', 40, (), 'b'}",
                "{()}",
            ],
        );
    }
    {
        // _xs = [34, (1, 2), 1, 2305843009213693951, 4, 33, 25, '', 0.1, 21, -2305843009213693952, 2.0, -0.5, 10, 'éc', -4, 37, (1, 2), 30, 22]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [0.1, 6, 'c', 21, -3]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a.update([1.5, 7, -2, 24, 'bxy', 38, '', -2])
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(34),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(1),
                Value::Int(2305843009213693951),
                Value::Int(4),
                Value::Int(33),
                Value::Int(25),
                Value::str(""),
                Value::Float(0.1f64),
                Value::Int(21),
                Value::Int(-2305843009213693952),
                Value::Float(2.0f64),
                Value::Float(-0.5f64),
                Value::Int(10),
                Value::str("éc"),
                Value::Int(-4),
                Value::Int(37),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(30),
                Value::Int(22),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(0.1f64),
                Value::Int(6),
                Value::str("c"),
                Value::Int(21),
                Value::Int(-3),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Float(1.5f64),
                Value::Int(7),
                Value::Int(-2),
                Value::Int(24),
                Value::str("bxy"),
                Value::Int(38),
                Value::str(""),
                Value::Int(-2),
            ])],
        );
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            100,
            "_xs = [34, (1, 2), 1, 2305843009213693951, 4, 33, 25, '', 0.1, 21, -2305843009213693952, 2.0, -0.5, 10, 'éc', -4, 37, (1, 2), 30, 22]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [0.1, 6, 'c', 21, -3]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(b)\nprint(repr(a))\na.update([1.5, 7, -2, 24, 'bxy', 38, '', -2])\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na = b & a\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, 1, '', 2.0, 4, -0.5, 10, 21, 22, 25, 30, 33, 34, 37, 'éc', 0.1, (1, 2), -4, -2305843009213693952}",
                "{0.1, 6, 'c', 21, -3}",
                "{2305843009213693951, 1, '', 2.0, 4, 6, -0.5, (1, 2), 10, 22, 25, 30, 33, 34, 37, 'c', 'éc', -4, -3, -2305843009213693952}",
                "{2305843009213693951, 1, '', 2.0, 4, 6, -0.5, (1, 2), 1.5, 10, 7, 22, 24, 25, 'bxy', 30, 33, 34, 37, 38, 'c', 'éc', -2, -4, -3, -2305843009213693952}",
                "{'c', -3, 6}",
                "{'c', -3, 6}",
                "{0.1, 21}",
                "{0.1, 21}",
            ],
        );
    }
    {
        // a = set(set(['x', 'z', 1.5, -4, 1.5]))
        // b = set([35])
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(['yéy'])
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a.update(['bba', 'c', 'éy', -3, 33, 'xc', 'xa', 2.0, 22])
        // print(repr(a))
        // a = a.difference([2305843009213693951, 32, 'b'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::str("x"),
            Value::str("z"),
            Value::Float(1.5f64),
            Value::Int(-4),
            Value::Float(1.5f64),
        ])));
        let b = mkset(Value::list(vec![Value::Int(35)]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![Value::str("yéy")])],
        );
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str("bba"),
                Value::str("c"),
                Value::str("éy"),
                Value::Int(-3),
                Value::Int(33),
                Value::str("xc"),
                Value::str("xa"),
                Value::Float(2.0f64),
                Value::Int(22),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(2305843009213693951),
                Value::Int(32),
                Value::str("b"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            101,
            "a = set(set(['x', 'z', 1.5, -4, 1.5]))\nb = set([35])\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(['yéy'])\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))\na.update(['bba', 'c', 'éy', -3, 33, 'xc', 'xa', 2.0, 22])\nprint(repr(a))\na = a.difference([2305843009213693951, 32, 'b'])\nprint(repr(a))",
            &out,
            &[
                "{1.5, 'x', -4, 'z'}",
                "{35}",
                "{1.5, 'x', 'z', 'yéy', -4}",
                "{1.5, 35, 'x', 'z', 'yéy', -4}",
                "{1.5, 33, 35, 'x', 'bba', 'z', 'xa', 2.0, 'yéy', 'c', 'xc', 22, 'éy', -4, -3}",
                "{1.5, 33, 35, 'x', 'bba', 'z', 'xa', 2.0, 'yéy', 'c', 'xc', 22, 'éy', -4, -3}",
            ],
        );
    }
    {
        // _xs = [-5, 8, 27, 'xxy', -2305843009213693952, 24, 10, 9, 11, -4, 'yby', 1e+300]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['xb', -3, 'bxé']))
        // print(repr(a)); print(repr(b))
        // a = a.difference([4])
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-5),
                Value::Int(8),
                Value::Int(27),
                Value::str("xxy"),
                Value::Int(-2305843009213693952),
                Value::Int(24),
                Value::Int(10),
                Value::Int(9),
                Value::Int(11),
                Value::Int(-4),
                Value::str("yby"),
                Value::Float(1e+300),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::str("xb"),
            Value::Int(-3),
            Value::str("bxé"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "difference", &[Value::list(vec![Value::Int(4)])]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            102,
            "_xs = [-5, 8, 27, 'xxy', -2305843009213693952, 24, 10, 9, 11, -4, 'yby', 1e+300]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['xb', -3, 'bxé']))\nprint(repr(a)); print(repr(b))\na = a.difference([4])\nprint(repr(a))\na = a | b\nprint(repr(a))",
            &out,
            &[
                "{-5, 8, 9, 10, 11, 'yby', 1e+300, 24, 27, -4, -2305843009213693952, 'xxy'}",
                "{'bxé', -3, 'xb'}",
                "{-5, 8, 9, 10, 11, 'yby', 1e+300, 24, 27, -4, -2305843009213693952, 'xxy'}",
                "{'bxé', 'xb', -5, 8, 9, 10, 11, 'yby', 1e+300, 24, 27, -4, -3, -2305843009213693952, 'xxy'}",
            ],
        );
    }
    {
        // a = set(set([3, -1, 7, -1, 1]))
        // _xs = [24, 'xé', '', 7, 18, 17]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.discard(39)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(3),
            Value::Int(-1),
            Value::Int(7),
            Value::Int(-1),
            Value::Int(1),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(24),
                Value::str("xé"),
                Value::str(""),
                Value::Int(7),
                Value::Int(18),
                Value::Int(17),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(39)]);
        out.push(repr(&a));
        check(
            &mut failures,
            103,
            "a = set(set([3, -1, 7, -1, 1]))\n_xs = [24, 'xé', '', 7, 18, 17]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.discard(39)\nprint(repr(a))",
            &out,
            &[
                "{1, 3, -1, 7}",
                "{'', 7, 'xé', 17, 18, 24}",
                "{1, 3, -1, 7}",
            ],
        );
    }
    {
        // a = set([20])
        // b = {13, 18, 27, 12, 34, 14, 0.1, 11, -2, 9, -3, 34, 'céz', 7, 2, 24, -2, 35, ('a',), 34}
        // print(repr(a)); print(repr(b))
        // a = b | a
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(20)]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(13),
                    Value::Int(18),
                    Value::Int(27),
                    Value::Int(12),
                    Value::Int(34),
                    Value::Int(14),
                    Value::Float(0.1f64),
                    Value::Int(11),
                    Value::Int(-2),
                    Value::Int(9),
                    Value::Int(-3),
                    Value::Int(34),
                    Value::str("céz"),
                    Value::Int(7),
                    Value::Int(2),
                    Value::Int(24),
                    Value::Int(-2),
                    Value::Int(35),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(34),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            104,
            "a = set([20])\nb = {13, 18, 27, 12, 34, 14, 0.1, 11, -2, 9, -3, 34, 'céz', 7, 2, 24, -2, 35, ('a',), 34}\nprint(repr(a)); print(repr(b))\na = b | a\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{20}",
                "{0.1, 2, 7, ('a',), 9, 11, 12, 13, 14, 18, 24, 27, 34, 35, 'céz', -3, -2}",
                "{0.1, 2, 7, ('a',), 9, 11, 12, 13, 14, 18, 20, 24, 27, 34, 35, 'céz', -3, -2}",
                "4617508408821416951",
                "{0.1, 2, 7, ('a',), 9, 11, 12, 13, 14, 18, 20, 24, 27, 34, 35, 'céz', -3, -2}",
            ],
        );
    }
    {
        // _xs = [(3, 'b'), -0.5, (), 8, 35]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['yéc', ('a',), 27, -2, (1, 2), 2305843009213693952, 17, (3, 'b'), 'yca', 0, 24, (1, 2)]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // a = a.union(dict.fromkeys([(), 128, 'é', 22, 'a', 'b']))
        // print(repr(a))
        // a.difference_update([])
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Float(-0.5f64),
                Value::tuple(vec![]),
                Value::Int(8),
                Value::Int(35),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("yéc"),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(27),
                Value::Int(-2),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(2305843009213693952),
                Value::Int(17),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("yca"),
                Value::Int(0),
                Value::Int(24),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::tuple(vec![]),
                Value::Int(128),
                Value::str("é"),
                Value::Int(22),
                Value::str("a"),
                Value::str("b"),
            ])],
        );
        out.push(repr(&a));
        m(&a, "difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            105,
            "_xs = [(3, 'b'), -0.5, (), 8, 35]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['yéc', ('a',), 27, -2, (1, 2), 2305843009213693952, 17, (3, 'b'), 'yca', 0, 24, (1, 2)]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\na = a.union(dict.fromkeys([(), 128, 'é', 22, 'a', 'b']))\nprint(repr(a))\na.difference_update([])\nprint(repr(a))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 35, 8, (3, 'b'), ()}",
                "{0, 2305843009213693952, (1, 2), 'yca', ('a',), 'yéc', 17, 24, (3, 'b'), 27, -2}",
                "{-0.5, 0, 2305843009213693952, (1, 2), 'yca', 8, ('a',), 17, 24, (3, 'b'), 27, 35, 'yéc', (), -2}",
                "{-0.5, 0, 2305843009213693952, (1, 2), 'yca', 128, 8, ('a',), 'b', 17, 'a', 22, 24, (3, 'b'), 27, 35, 'é', 'yéc', (), -2}",
                "{-0.5, 0, 2305843009213693952, (1, 2), 'yca', 128, 8, ('a',), 'b', 17, 'a', 22, 24, (3, 'b'), 27, 35, 'é', 'yéc', (), -2}",
                "{-0.5, 35, 128, 'é', 8, 'b', 'a', 22, ()}",
            ],
        );
    }
    {
        // a = set([0.1, 3, 1e+300, -2, 2305843009213693952, 1.5])
        // _xs = [38, ('a',), 1, 26, 15, 7, 38, 10, 4, 'x', 2.0, 1e+300, 2.0, 64, 'ébb', 'y', 27, 11, 28, -1, 29, 17, 'bx', '', 'c', 4, -6, 3, (), 24, 'zcé', 21, 'éba', 'zé', 'é', 22, 2.0, 'a', 'éyy', 22]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Float(0.1f64),
            Value::Int(3),
            Value::Float(1e+300),
            Value::Int(-2),
            Value::Int(2305843009213693952),
            Value::Float(1.5f64),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(38),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(1),
                Value::Int(26),
                Value::Int(15),
                Value::Int(7),
                Value::Int(38),
                Value::Int(10),
                Value::Int(4),
                Value::str("x"),
                Value::Float(2.0f64),
                Value::Float(1e+300),
                Value::Float(2.0f64),
                Value::Int(64),
                Value::str("ébb"),
                Value::str("y"),
                Value::Int(27),
                Value::Int(11),
                Value::Int(28),
                Value::Int(-1),
                Value::Int(29),
                Value::Int(17),
                Value::str("bx"),
                Value::str(""),
                Value::str("c"),
                Value::Int(4),
                Value::Int(-6),
                Value::Int(3),
                Value::tuple(vec![]),
                Value::Int(24),
                Value::str("zcé"),
                Value::Int(21),
                Value::str("éba"),
                Value::str("zé"),
                Value::str("é"),
                Value::Int(22),
                Value::Float(2.0f64),
                Value::str("a"),
                Value::str("éyy"),
                Value::Int(22),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            106,
            "a = set([0.1, 3, 1e+300, -2, 2305843009213693952, 1.5])\n_xs = [38, ('a',), 1, 26, 15, 7, 38, 10, 4, 'x', 2.0, 1e+300, 2.0, 64, 'ébb', 'y', 27, 11, 28, -1, 29, 17, 'bx', '', 'c', 4, -6, 3, (), 24, 'zcé', 21, 'éba', 'zé', 'é', 22, 2.0, 'a', 'éyy', 22]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(b)\nprint(repr(a))",
            &out,
            &[
                "{0.1, 2305843009213693952, 1.5, 3, 1e+300, -2}",
                "{'', 1, 2.0, 3, 4, 'bx', 7, 10, 11, 15, 17, 'a', 21, 22, 24, 26, 27, 28, 29, 'x', 38, 'éba', 1e+300, 64, 'y', ('a',), 'zé', 'zcé', 'ébb', 'éyy', 'é', 'c', -6, (), -1}",
                "{'', 1, 2.0, 4, 'bx', 2305843009213693952, 7, 1.5, 10, 11, 15, 17, 'a', 21, 22, 24, 26, 27, 28, 29, 'x', 38, 'éba', 64, 'y', 0.1, ('a',), 'zé', 'zcé', 'ébb', 'éyy', 'é', 'c', -2, -6, (), -1}",
            ],
        );
    }
    {
        // a = set(set([-0.5, 39]))
        // _xs = [14, 6]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.add(-2305843009213693952)
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Float(-0.5f64),
            Value::Int(39),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(14), Value::Int(6)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(-2305843009213693952)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            107,
            "a = set(set([-0.5, 39]))\n_xs = [14, 6]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.add(-2305843009213693952)\nprint(repr(a))\na = a ^ b\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 39}",
                "{14, 6}",
                "{-0.5, -2305843009213693952, 39}",
                "{-0.5, 6, 39, 14, -2305843009213693952}",
                "-0.5",
                "{6, 39, 14, -2305843009213693952}",
                "{14, 6}",
                "set()",
            ],
        );
    }
    {
        // _xs = [2.0, 34, '', (1, 2), 8, 'zxa', 'abz', -2, 2.0, 5, 1e+300, 2305843009213693952]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [33]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(2.0f64),
                Value::Int(34),
                Value::str(""),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(8),
                Value::str("zxa"),
                Value::str("abz"),
                Value::Int(-2),
                Value::Float(2.0f64),
                Value::Int(5),
                Value::Float(1e+300),
                Value::Int(2305843009213693952),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(33)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            108,
            "_xs = [2.0, 34, '', (1, 2), 8, 'zxa', 'abz', -2, 2.0, 5, 1e+300, 2305843009213693952]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [33]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{'', 2305843009213693952, 2.0, (1, 2), 34, 5, 8, 'zxa', 'abz', 1e+300, -2}",
                "{33}",
                "{'', 2305843009213693952, 2.0, (1, 2), 34, 5, 33, 8, 'zxa', 'abz', 1e+300, -2}",
            ],
        );
    }
    {
        // a = set(set([16, 'ba', 32, 0, 28, -5, 21, 'x', 64, 40, 11, 0, '', 1.5, 1e+300, 16, 30, -5, 16, 1.5, 30, 0.1, 'c', 'yb', 40, 32, 27, 6, -3, 20, 'xzb', 100000000000000000000, 'bb', 14, 'cby', -0.5, 64, 'a', 32, 1e+300]))
        // b = set([-1, 'zyé'])
        // print(repr(a)); print(repr(b))
        // a = a.union(['b', 21, 'é', -2, 16, -3, 38])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(16),
            Value::str("ba"),
            Value::Int(32),
            Value::Int(0),
            Value::Int(28),
            Value::Int(-5),
            Value::Int(21),
            Value::str("x"),
            Value::Int(64),
            Value::Int(40),
            Value::Int(11),
            Value::Int(0),
            Value::str(""),
            Value::Float(1.5f64),
            Value::Float(1e+300),
            Value::Int(16),
            Value::Int(30),
            Value::Int(-5),
            Value::Int(16),
            Value::Float(1.5f64),
            Value::Int(30),
            Value::Float(0.1f64),
            Value::str("c"),
            Value::str("yb"),
            Value::Int(40),
            Value::Int(32),
            Value::Int(27),
            Value::Int(6),
            Value::Int(-3),
            Value::Int(20),
            Value::str("xzb"),
            big("100000000000000000000"),
            Value::str("bb"),
            Value::Int(14),
            Value::str("cby"),
            Value::Float(-0.5f64),
            Value::Int(64),
            Value::str("a"),
            Value::Int(32),
            Value::Float(1e+300),
        ])));
        let b = mkset(Value::list(vec![Value::Int(-1), Value::str("zyé")]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::str("b"),
                Value::Int(21),
                Value::str("é"),
                Value::Int(-2),
                Value::Int(16),
                Value::Int(-3),
                Value::Int(38),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            109,
            "a = set(set([16, 'ba', 32, 0, 28, -5, 21, 'x', 64, 40, 11, 0, '', 1.5, 1e+300, 16, 30, -5, 16, 1.5, 30, 0.1, 'c', 'yb', 40, 32, 27, 6, -3, 20, 'xzb', 100000000000000000000, 'bb', 14, 'cby', -0.5, 64, 'a', 32, 1e+300]))\nb = set([-1, 'zyé'])\nprint(repr(a)); print(repr(b))\na = a.union(['b', 21, 'é', -2, 16, -3, 38])\nprint(repr(a))",
            &out,
            &[
                "{0, '', 1.5, -0.5, 64, 0.1, 6, 11, 14, 16, 'a', 20, 21, 'bb', 'cby', 27, 28, 30, 32, 'x', 'yb', 40, 'xzb', 100000000000000000000, 'c', 'ba', -5, 1e+300, -3}",
                "{'zyé', -1}",
                "{0, '', 1.5, -0.5, 64, 0.1, 6, 11, 14, 'b', 16, 'a', 20, 21, 'bb', 'cby', 27, 28, 30, 32, 'x', 'yb', 'é', 38, 40, 'xzb', 100000000000000000000, 'c', 'ba', -5, 1e+300, -3, -2}",
            ],
        );
    }
    {
        // a = set(set([-1, -6, 35]))
        // b = set(dict.fromkeys(['z', -3, '', 39, 2305843009213693952, '', 30, 11]))
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a.discard(33)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(-1),
            Value::Int(-6),
            Value::Int(35),
        ])));
        let b = mkset(fromkeys(vec![
            Value::str("z"),
            Value::Int(-3),
            Value::str(""),
            Value::Int(39),
            Value::Int(2305843009213693952),
            Value::str(""),
            Value::Int(30),
            Value::Int(11),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(33)]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            110,
            "a = set(set([-1, -6, 35]))\nb = set(dict.fromkeys(['z', -3, '', 39, 2305843009213693952, '', 30, 11]))\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na.discard(33)\nprint(repr(a))\na ^= b\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{-6, 35, -1}",
                "{'', 2305843009213693952, 'z', 39, 11, -3, 30}",
                "{-6, 35, -1}",
                "{-6, 35, -1}",
                "{'', 2305843009213693952, 35, 'z', 39, 11, 30, -6, -3, -1}",
                "{35, -6, -1}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([30, 13, (1, 2), 34, 'c', 13, 16, 15, 'xc', 2.0, 25, 21, 4611686018427387909, 33, 'zéb', 5, 64, (1, 2), 'xcé', 'b', 20, 36, -0.5, 24, -5, (3, 'b'), 16, 31, 1e+300, (3, 'b'), 31, 2305843009213693952, 30, 29, 34, 'bz', 35, -4, 'yba', 'a']))
        // b = set([-0.5, 0.1, 15])
        // print(repr(a)); print(repr(b))
        // a.intersection_update(b)
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(30),
            Value::Int(13),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(34),
            Value::str("c"),
            Value::Int(13),
            Value::Int(16),
            Value::Int(15),
            Value::str("xc"),
            Value::Float(2.0f64),
            Value::Int(25),
            Value::Int(21),
            Value::Int(4611686018427387909),
            Value::Int(33),
            Value::str("zéb"),
            Value::Int(5),
            Value::Int(64),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("xcé"),
            Value::str("b"),
            Value::Int(20),
            Value::Int(36),
            Value::Float(-0.5f64),
            Value::Int(24),
            Value::Int(-5),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(16),
            Value::Int(31),
            Value::Float(1e+300),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(31),
            Value::Int(2305843009213693952),
            Value::Int(30),
            Value::Int(29),
            Value::Int(34),
            Value::str("bz"),
            Value::Int(35),
            Value::Int(-4),
            Value::str("yba"),
            Value::str("a"),
        ]));
        let b = mkset(Value::list(vec![
            Value::Float(-0.5f64),
            Value::Float(0.1f64),
            Value::Int(15),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            111,
            "a = set(dict.fromkeys([30, 13, (1, 2), 34, 'c', 13, 16, 15, 'xc', 2.0, 25, 21, 4611686018427387909, 33, 'zéb', 5, 64, (1, 2), 'xcé', 'b', 20, 36, -0.5, 24, -5, (3, 'b'), 16, 31, 1e+300, (3, 'b'), 31, 2305843009213693952, 30, 29, 34, 'bz', 35, -4, 'yba', 'a']))\nb = set([-0.5, 0.1, 15])\nprint(repr(a)); print(repr(b))\na.intersection_update(b)\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na = b - a\nprint(repr(a))\na = a - b\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 2305843009213693952, 2.0, 5, 4611686018427387909, 'xcé', 13, 15, 16, 'a', 20, 21, 24, 25, 29, 30, 31, 33, 34, 35, 36, 'bz', 'xc', 1e+300, 64, (1, 2), 'b', (3, 'b'), 'zéb', 'yba', 'c', -5, -4}",
                "{-0.5, 0.1, 15}",
                "{-0.5, 15}",
                "set()",
                "set()",
                "set()",
                "{-0.5, 0.1, 15}",
                "set()",
            ],
        );
    }
    {
        // _xs = [20, 4, '', 37, 34]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([]))
        // print(repr(a)); print(repr(b))
        // a = a - b
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(20),
                Value::Int(4),
                Value::str(""),
                Value::Int(37),
                Value::Int(34),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            112,
            "_xs = [20, 4, '', 37, 34]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([]))\nprint(repr(a)); print(repr(b))\na = a - b\nprint(repr(a))\na = a & b\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{'', 34, 4, 37, 20}",
                "set()",
                "{'', 34, 4, 37, 20}",
                "set()",
                "frozenset()",
                "set()",
                "empty",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = [-2, 39]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [8]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // for _x in [-6, 'zx', -2, 1, 'x']:
        //     a.discard(_x)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(-2), Value::Int(39)]).unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(8)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::Int(-6),
            Value::str("zx"),
            Value::Int(-2),
            Value::Int(1),
            Value::str("x"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            113,
            "_xs = [-2, 39]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [8]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\nfor _x in [-6, 'zx', -2, 1, 'x']:\n    a.discard(_x)\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &["{-2, 39}", "{8}", "{-2, 39}", "{39}", "set()"],
        );
    }
    {
        // a = {'ba', 128, -1, '', 36}
        // _xs = [-6, (3, 'b')]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([(1, 2), (), 'xaa', 'zyc', 25, 30]))
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("ba"),
                    Value::Int(128),
                    Value::Int(-1),
                    Value::str(""),
                    Value::Int(36),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-6),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::tuple(vec![]),
                Value::str("xaa"),
                Value::str("zyc"),
                Value::Int(25),
                Value::Int(30),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            114,
            "a = {'ba', 128, -1, '', 36}\n_xs = [-6, (3, 'b')]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([(1, 2), (), 'xaa', 'zyc', 25, 30]))\nprint(repr(a))\na |= b\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{128, '', 36, 'ba', -1}",
                "{-6, (3, 'b')}",
                "set()",
                "{-6, (3, 'b')}",
                "set()",
            ],
        );
    }
    {
        // a = {-2305843009213693952, 24, 19, 1.5, 'c', 13, 'y', ('a',)}
        // b = {0.1, 19, 25, '', 16, 28, 16, 39, (1, 2), '', '', 2.0, '', 'y', '', 36, 10, 3, 'ca', 32, 37, 3, 'zx', '', 22, 'cy', 23, '', 'x', 5, 'éx', 14, 4611686018427387909, -3, 1024, 'yy', 9, 'b', 36, -1}
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.union(dict.fromkeys([16, 1e+300, 128, 128, 'c', 0.1]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(-2305843009213693952),
                    Value::Int(24),
                    Value::Int(19),
                    Value::Float(1.5f64),
                    Value::str("c"),
                    Value::Int(13),
                    Value::str("y"),
                    Value::tuple(vec![Value::str("a")]),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Float(0.1f64),
                    Value::Int(19),
                    Value::Int(25),
                    Value::str(""),
                    Value::Int(16),
                    Value::Int(28),
                    Value::Int(16),
                    Value::Int(39),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::str(""),
                    Value::str(""),
                    Value::Float(2.0f64),
                    Value::str(""),
                    Value::str("y"),
                    Value::str(""),
                    Value::Int(36),
                    Value::Int(10),
                    Value::Int(3),
                    Value::str("ca"),
                    Value::Int(32),
                    Value::Int(37),
                    Value::Int(3),
                    Value::str("zx"),
                    Value::str(""),
                    Value::Int(22),
                    Value::str("cy"),
                    Value::Int(23),
                    Value::str(""),
                    Value::str("x"),
                    Value::Int(5),
                    Value::str("éx"),
                    Value::Int(14),
                    Value::Int(4611686018427387909),
                    Value::Int(-3),
                    Value::Int(1024),
                    Value::str("yy"),
                    Value::Int(9),
                    Value::str("b"),
                    Value::Int(36),
                    Value::Int(-1),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::Int(16),
                Value::Float(1e+300),
                Value::Int(128),
                Value::Int(128),
                Value::str("c"),
                Value::Float(0.1f64),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            115,
            "a = {-2305843009213693952, 24, 19, 1.5, 'c', 13, 'y', ('a',)}\nb = {0.1, 19, 25, '', 16, 28, 16, 39, (1, 2), '', '', 2.0, '', 'y', '', 36, 10, 3, 'ca', 32, 37, 3, 'zx', '', 22, 'cy', 23, '', 'x', 5, 'éx', 14, 4611686018427387909, -3, 1024, 'yy', 9, 'b', 36, -1}\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.union(dict.fromkeys([16, 1e+300, 128, 128, 'c', 0.1]))\nprint(repr(a))",
            &out,
            &[
                "{'y', 1.5, ('a',), 13, 'c', 19, 24, -2305843009213693952}",
                "{'', 1024, 2.0, 3, 0.1, 5, 'y', 4611686018427387909, 'zx', 9, 10, (1, 2), 'éx', 'yy', 14, 'b', 16, 19, 'cy', 22, 23, 25, 28, 32, 'x', 36, 37, 39, 'ca', -3, -1}",
                "'y'",
                "{1.5, ('a',), 13, 'c', 19, 24, -2305843009213693952}",
                "{128, 1.5, 0.1, ('a',), 13, 16, 'c', 19, 24, 1e+300, -2305843009213693952}",
            ],
        );
    }
    {
        // _xs = [30, 7, '', 8, -3, 128, 256, '', 'xcy', 'zzy', 2.0, 'éx', (), -1, 'c', 31, 21, 128, 27, 9]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [8, 24, 16, 30, 1e+300, 37]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = b - a
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.update([1e+300, 100000000000000000000])
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(30),
                Value::Int(7),
                Value::str(""),
                Value::Int(8),
                Value::Int(-3),
                Value::Int(128),
                Value::Int(256),
                Value::str(""),
                Value::str("xcy"),
                Value::str("zzy"),
                Value::Float(2.0f64),
                Value::str("éx"),
                Value::tuple(vec![]),
                Value::Int(-1),
                Value::str("c"),
                Value::Int(31),
                Value::Int(21),
                Value::Int(128),
                Value::Int(27),
                Value::Int(9),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(8),
                Value::Int(24),
                Value::Int(16),
                Value::Int(30),
                Value::Float(1e+300),
                Value::Int(37),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Float(1e+300),
                big("100000000000000000000"),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            116,
            "_xs = [30, 7, '', 8, -3, 128, 256, '', 'xcy', 'zzy', 2.0, 'éx', (), -1, 'c', 31, 21, 128, 27, 9]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [8, 24, 16, 30, 1e+300, 37]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = b - a\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.update([1e+300, 100000000000000000000])\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{'', 128, 256, 'zzy', 2.0, 7, 8, 'xcy', 27, 9, 'éx', 'c', 21, -1, (), -3, 30, 31}",
                "{37, 8, 16, 24, 1e+300, 30}",
                "{16, 24, 1e+300, 37}",
                "frozenset({16, 24, 1e+300, 37})",
                "{16, 24, 1e+300, 37}",
                "{37, 100000000000000000000, 16, 24, 1e+300}",
                "{16, 37, 24, 100000000000000000000, 1e+300}",
                "{16, 24, 1e+300, 37}",
                "{8, 30}",
            ],
        );
    }
    {
        // _xs = ['z', 8]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys(['', 'yaz', 12, 'a', 1024, 6, 35, 12, 'yyc', 8, 'zz', 'xxy']))
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // for _x in ['xzc', 'x', 1024, -3, 25, 1e+300]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("z"), Value::Int(8)]).unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::str(""),
            Value::str("yaz"),
            Value::Int(12),
            Value::str("a"),
            Value::Int(1024),
            Value::Int(6),
            Value::Int(35),
            Value::Int(12),
            Value::str("yyc"),
            Value::Int(8),
            Value::str("zz"),
            Value::str("xxy"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::str("xzc"),
            Value::str("x"),
            Value::Int(1024),
            Value::Int(-3),
            Value::Int(25),
            Value::Float(1e+300),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            117,
            "_xs = ['z', 8]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys(['', 'yaz', 12, 'a', 1024, 6, 35, 12, 'yyc', 8, 'zz', 'xxy']))\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na = a ^ b\nprint(repr(a))\nfor _x in ['xzc', 'x', 1024, -3, 25, 1e+300]:\n    a.discard(_x)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na = b | a\nprint(repr(a))",
            &out,
            &[
                "{8, 'z'}",
                "{'', 'yaz', 1024, 35, 'zz', 6, 8, 12, 'yyc', 'a', 'xxy'}",
                "{'z'}",
                "{'', 'yaz', 1024, 35, 'zz', 6, 'z', 8, 12, 'yyc', 'a', 'xxy'}",
                "{'', 'yaz', 35, 'zz', 6, 'z', 8, 12, 'yyc', 'a', 'xxy'}",
                "{'', 'yaz', 'zz', 35, 6, 'z', 8, 12, 'yyc', 'a', 'xxy'}",
                "{'', 'yaz', 1024, 6, 'z', 8, 12, 'yyc', 'a', 'zz', 35, 'xxy'}",
            ],
        );
    }
    {
        // _xs = [(), 8, 'zx', 'axa', -0.5, 26, 64, 'y']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([17, 20, 33]))
        // print(repr(a)); print(repr(b))
        // a = b - a
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![]),
                Value::Int(8),
                Value::str("zx"),
                Value::str("axa"),
                Value::Float(-0.5f64),
                Value::Int(26),
                Value::Int(64),
                Value::str("y"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(17),
            Value::Int(20),
            Value::Int(33),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            118,
            "_xs = [(), 8, 'zx', 'axa', -0.5, 26, 64, 'y']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([17, 20, 33]))\nprint(repr(a)); print(repr(b))\na = b - a\nprint(repr(a))\na &= b\nprint(repr(a))\na -= b\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 'zx', 64, 'y', 8, 'axa', 26, ()}",
                "{17, 20, 33}",
                "{17, 20, 33}",
                "{17, 20, 33}",
                "set()",
                "{17, 20, 33}",
            ],
        );
    }
    {
        // a = {128, ('a',), '', 'bz', 24, 2, -2305843009213693952, 25}
        // b = set(dict.fromkeys([-2305843009213693952, 'a', '', 4, 39, 3, 11, 34]))
        // print(repr(a)); print(repr(b))
        // a = a & b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = a.difference([3, 4, 16, -2, 1e+300, 'z'])
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(128),
                    Value::tuple(vec![Value::str("a")]),
                    Value::str(""),
                    Value::str("bz"),
                    Value::Int(24),
                    Value::Int(2),
                    Value::Int(-2305843009213693952),
                    Value::Int(25),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(-2305843009213693952),
            Value::str("a"),
            Value::str(""),
            Value::Int(4),
            Value::Int(39),
            Value::Int(3),
            Value::Int(11),
            Value::Int(34),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(3),
                Value::Int(4),
                Value::Int(16),
                Value::Int(-2),
                Value::Float(1e+300),
                Value::str("z"),
            ])],
        );
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            119,
            "a = {128, ('a',), '', 'bz', 24, 2, -2305843009213693952, 25}\nb = set(dict.fromkeys([-2305843009213693952, 'a', '', 4, 39, 3, 11, 34]))\nprint(repr(a)); print(repr(b))\na = a & b\nprint(repr(a))\na &= b\nprint(repr(a))\na -= b\nprint(repr(a))\na = a.difference([3, 4, 16, -2, 1e+300, 'z'])\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{128, '', 2, ('a',), 'bz', 24, 25, -2305843009213693952}",
                "{'', 34, 3, 4, 39, 11, 'a', -2305843009213693952}",
                "{'', -2305843009213693952}",
                "{'', -2305843009213693952}",
                "set()",
                "set()",
                "{'', 34, 3, 4, 39, 11, 'a', -2305843009213693952}",
            ],
        );
    }
    {
        // a = set([32, 1024])
        // b = set(dict.fromkeys(['yb', -0.5, 0.1, 'a', 16, ('a',), 19, (3, 'b'), 13, 2305843009213693952, 21, 27, 11, 'é', 'cz', '', 27, 'yzx', 'yyy', -0.5]))
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.discard('')
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.difference_update([24, 1.5, 12, 2.0, 22, 2.0, 'czx'])
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(32), Value::Int(1024)]));
        let b = mkset(fromkeys(vec![
            Value::str("yb"),
            Value::Float(-0.5f64),
            Value::Float(0.1f64),
            Value::str("a"),
            Value::Int(16),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(19),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(13),
            Value::Int(2305843009213693952),
            Value::Int(21),
            Value::Int(27),
            Value::Int(11),
            Value::str("é"),
            Value::str("cz"),
            Value::str(""),
            Value::Int(27),
            Value::str("yzx"),
            Value::str("yyy"),
            Value::Float(-0.5f64),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("")]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(24),
                Value::Float(1.5f64),
                Value::Int(12),
                Value::Float(2.0f64),
                Value::Int(22),
                Value::Float(2.0f64),
                Value::str("czx"),
            ])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            120,
            "a = set([32, 1024])\nb = set(dict.fromkeys(['yb', -0.5, 0.1, 'a', 16, ('a',), 19, (3, 'b'), 13, 2305843009213693952, 21, 27, 11, 'é', 'cz', '', 27, 'yzx', 'yyy', -0.5]))\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.discard('')\nprint(repr(a))\na |= b\nprint(repr(a))\na.difference_update([24, 1.5, 12, 2.0, 22, 2.0, 'czx'])\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{32, 1024}",
                "{-0.5, 0.1, 2305843009213693952, '', 'yzx', ('a',), 11, 13, 16, 'a', 19, 21, (3, 'b'), 27, 'é', 'yb', 'yyy', 'cz'}",
                "32",
                "{1024}",
                "{1024}",
                "{1024, -0.5, 0.1, 2305843009213693952, '', 'yzx', ('a',), 11, 13, 16, 'a', 19, 21, (3, 'b'), 27, 'é', 'yb', 'yyy', 'cz'}",
                "{1024, -0.5, 0.1, 2305843009213693952, '', 'yzx', ('a',), 11, 13, 16, 'a', 19, 21, (3, 'b'), 27, 'é', 'yb', 'yyy', 'cz'}",
                "-0.5",
                "{1024, 0.1, 2305843009213693952, '', 'yzx', ('a',), 11, 13, 16, 'a', 19, 21, (3, 'b'), 27, 'é', 'yb', 'yyy', 'cz'}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['byb', '']))
        // b = {'x', 14, 2305843009213693951, '', 'ax', 8, ('a',), 27, 40, 'aay', 20, 31}
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.symmetric_difference_update(['yc', 20, 7, 18])
        // print(repr(a))
        // a = a.intersection([])
        // print(repr(a))
        // a.symmetric_difference_update(['ax', ('a',), 1e+300, -1, -3])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::str("byb"), Value::str("")]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("x"),
                    Value::Int(14),
                    Value::Int(2305843009213693951),
                    Value::str(""),
                    Value::str("ax"),
                    Value::Int(8),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(27),
                    Value::Int(40),
                    Value::str("aay"),
                    Value::Int(20),
                    Value::Int(31),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::str("yc"),
                Value::Int(20),
                Value::Int(7),
                Value::Int(18),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "intersection", &[Value::list(vec![])]);
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::str("ax"),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(1e+300),
                Value::Int(-1),
                Value::Int(-3),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            121,
            "a = set(dict.fromkeys(['byb', '']))\nb = {'x', 14, 2305843009213693951, '', 'ax', 8, ('a',), 27, 40, 'aay', 20, 31}\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.symmetric_difference_update(['yc', 20, 7, 18])\nprint(repr(a))\na = a.intersection([])\nprint(repr(a))\na.symmetric_difference_update(['ax', ('a',), 1e+300, -1, -3])\nprint(repr(a))",
            &out,
            &[
                "{'', 'byb'}",
                "{2305843009213693951, '', 'x', 8, ('a',), 40, 'ax', 14, 'aay', 20, 27, 31}",
                "-90160310950705490",
                "{'', 'byb'}",
                "{'', 7, 18, 20, 'yc', 'byb'}",
                "set()",
                "{('a',), 'ax', 1e+300, -3, -1}",
            ],
        );
    }
    {
        // a = set([24, 23, -1, 25, ''])
        // b = set(set(['xyy', 19, (), 'bzz', 'xz']))
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a.difference(dict.fromkeys([2.0, 'x', 19, -2, 100000000000000000000, 10, '', 13, 100000000000000000000, 'y']))
        // print(repr(a))
        // a = a.difference([8, 3, 40, 'xb'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(24),
            Value::Int(23),
            Value::Int(-1),
            Value::Int(25),
            Value::str(""),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::str("xyy"),
            Value::Int(19),
            Value::tuple(vec![]),
            Value::str("bzz"),
            Value::str("xz"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::Float(2.0f64),
                Value::str("x"),
                Value::Int(19),
                Value::Int(-2),
                big("100000000000000000000"),
                Value::Int(10),
                Value::str(""),
                Value::Int(13),
                big("100000000000000000000"),
                Value::str("y"),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(8),
                Value::Int(3),
                Value::Int(40),
                Value::str("xb"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            122,
            "a = set([24, 23, -1, 25, ''])\nb = set(set(['xyy', 19, (), 'bzz', 'xz']))\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a.difference(dict.fromkeys([2.0, 'x', 19, -2, 100000000000000000000, 10, '', 13, 100000000000000000000, 'y']))\nprint(repr(a))\na = a.difference([8, 3, 40, 'xb'])\nprint(repr(a))",
            &out,
            &[
                "{'', 23, 24, 25, -1}",
                "{19, 'xyy', 'bzz', 'xz', ()}",
                "4476185470948564680",
                "{'', 23, 24, 25, -1}",
                "{24, 25, -1, 23}",
                "{24, 25, -1, 23}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([2]))
        // _xs = [2305843009213693951, 34, 9, 'yx', 64, 26, 8, -4]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.difference_update([30, 13, (3, 'b'), 27, (3, 'b'), -0.5, 29, 19, 'bba', -4])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Int(2)]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(2305843009213693951),
                Value::Int(34),
                Value::Int(9),
                Value::str("yx"),
                Value::Int(64),
                Value::Int(26),
                Value::Int(8),
                Value::Int(-4),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(30),
                Value::Int(13),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(27),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Float(-0.5f64),
                Value::Int(29),
                Value::Int(19),
                Value::str("bba"),
                Value::Int(-4),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            123,
            "a = set(dict.fromkeys([2]))\n_xs = [2305843009213693951, 34, 9, 'yx', 64, 26, 8, -4]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.difference_update([30, 13, (3, 'b'), 27, (3, 'b'), -0.5, 29, 19, 'bba', -4])\nprint(repr(a))",
            &out,
            &[
                "{2}",
                "{2305843009213693951, 64, 34, 8, 9, 'yx', 26, -4}",
                "{2}",
            ],
        );
    }
    {
        // _xs = [-0.5]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['', 37]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.update([-1])
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Float(-0.5f64)]).unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str(""), Value::Int(37)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "update", &[Value::list(vec![Value::Int(-1)])]);
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            124,
            "_xs = [-0.5]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['', 37]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.update([-1])\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\na = b - a\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{-0.5}",
                "{'', 37}",
                "{-0.5, -1}",
                "{-0.5, '', 37, -1}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = [-1, 'c', 8, 'xay', 18, 1e+300, -1, 8]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set()
        // print(repr(a)); print(repr(b))
        // a.update([()])
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([]))
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-1),
                Value::str("c"),
                Value::Int(8),
                Value::str("xay"),
                Value::Int(18),
                Value::Float(1e+300),
                Value::Int(-1),
                Value::Int(8),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "update", &[Value::list(vec![Value::tuple(vec![])])]);
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[fromkeys(vec![])]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            125,
            "_xs = [-1, 'c', 8, 'xay', 18, 1e+300, -1, 8]\na = set()\nfor _x in _xs: a.add(_x)\nb = set()\nprint(repr(a)); print(repr(b))\na.update([()])\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([]))\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{8, 18, 'c', 'xay', 1e+300, -1}",
                "set()",
                "{8, 18, 'c', 'xay', (), 1e+300, -1}",
                "{8, 18, 'c', 'xay', (), 1e+300, -1}",
                "set()",
            ],
        );
    }
    {
        // _xs = [(3, 'b')]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([20, (1, 2), 0.1, -1, '', 0.1, ('a',), 1.5, ('a',), 24, 8, '']))
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([(1, 2), 2.0, 17, 26, '', 2, '', 24, 0, ('a',)]))
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::tuple(vec![Value::Int(3), Value::str("b")])]).unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(20),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Float(0.1f64),
            Value::Int(-1),
            Value::str(""),
            Value::Float(0.1f64),
            Value::tuple(vec![Value::str("a")]),
            Value::Float(1.5f64),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(24),
            Value::Int(8),
            Value::str(""),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Float(2.0f64),
                Value::Int(17),
                Value::Int(26),
                Value::str(""),
                Value::Int(2),
                Value::str(""),
                Value::Int(24),
                Value::Int(0),
                Value::tuple(vec![Value::str("a")]),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            126,
            "_xs = [(3, 'b')]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([20, (1, 2), 0.1, -1, '', 0.1, ('a',), 1.5, ('a',), 24, 8, '']))\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([(1, 2), 2.0, 17, 26, '', 2, '', 24, 0, ('a',)]))\nprint(repr(a))\na = b & a\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{(3, 'b')}",
                "{0.1, '', 1.5, (1, 2), ('a',), 8, 20, 24, -1}",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([0.1, 1e+300]))
        // b = {2305843009213693951, 1.5, 10, -4, '', 29, -1, 128, 4, -1, 23, '', 21, 16, 24, 'ybx', -0.5, 1, 39, -1, 23, 33, -3, 27, 6, 7, -2, '', 35, -0.5, 24, 34, 15, -0.5, 3, 64, 10, 'ééc', 'bbc', 24}
        // print(repr(a)); print(repr(b))
        // a.difference_update(b)
        // print(repr(a))
        // a = a.union(dict.fromkeys(['xcc', 9, 'éy', 1.5, 6, 2.0, 18]))
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Float(0.1f64), Value::Float(1e+300)]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(2305843009213693951),
                    Value::Float(1.5f64),
                    Value::Int(10),
                    Value::Int(-4),
                    Value::str(""),
                    Value::Int(29),
                    Value::Int(-1),
                    Value::Int(128),
                    Value::Int(4),
                    Value::Int(-1),
                    Value::Int(23),
                    Value::str(""),
                    Value::Int(21),
                    Value::Int(16),
                    Value::Int(24),
                    Value::str("ybx"),
                    Value::Float(-0.5f64),
                    Value::Int(1),
                    Value::Int(39),
                    Value::Int(-1),
                    Value::Int(23),
                    Value::Int(33),
                    Value::Int(-3),
                    Value::Int(27),
                    Value::Int(6),
                    Value::Int(7),
                    Value::Int(-2),
                    Value::str(""),
                    Value::Int(35),
                    Value::Float(-0.5f64),
                    Value::Int(24),
                    Value::Int(34),
                    Value::Int(15),
                    Value::Float(-0.5f64),
                    Value::Int(3),
                    Value::Int(64),
                    Value::Int(10),
                    Value::str("ééc"),
                    Value::str("bbc"),
                    Value::Int(24),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::str("xcc"),
                Value::Int(9),
                Value::str("éy"),
                Value::Float(1.5f64),
                Value::Int(6),
                Value::Float(2.0f64),
                Value::Int(18),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            127,
            "a = set(dict.fromkeys([0.1, 1e+300]))\nb = {2305843009213693951, 1.5, 10, -4, '', 29, -1, 128, 4, -1, 23, '', 21, 16, 24, 'ybx', -0.5, 1, 39, -1, 23, 33, -3, 27, 6, 7, -2, '', 35, -0.5, 24, 34, 15, -0.5, 3, 64, 10, 'ééc', 'bbc', 24}\nprint(repr(a)); print(repr(b))\na.difference_update(b)\nprint(repr(a))\na = a.union(dict.fromkeys(['xcc', 9, 'éy', 1.5, 6, 2.0, 18]))\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{0.1, 1e+300}",
                "{2305843009213693951, 1.5, 128, '', 4, -0.5, 1, 6, 7, 3, 10, 'ybx', 64, 15, 16, 21, 23, 24, 'ééc', 27, 29, 33, 34, 35, 39, 'bbc', -2, -4, -3, -1}",
                "{0.1, 1e+300}",
                "{0.1, 1.5, 2.0, 6, 9, 18, 'xcc', 'éy', 1e+300}",
                "-4494213143982278736",
                "{0.1, 1.5, 2.0, 6, 9, 18, 'xcc', 'éy', 1e+300}",
            ],
        );
    }
    {
        // a = set(set([23]))
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Int(23)])));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            128,
            "a = set(set([23]))\nb = set()\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\na = a ^ b\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &["{23}", "set()", "{23}", "{23}", "{23}"],
        );
    }
    {
        // a = set(dict.fromkeys(['éz', 4, (3, 'b'), 6, 'aa', 1e+300]))
        // b = set(set([20, 3]))
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("éz"),
            Value::Int(4),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(6),
            Value::str("aa"),
            Value::Float(1e+300),
        ]));
        let b = mkset(mkset(Value::list(vec![Value::Int(20), Value::Int(3)])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            129,
            "a = set(dict.fromkeys(['éz', 4, (3, 'b'), 6, 'aa', 1e+300]))\nb = set(set([20, 3]))\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na = a | b\nprint(repr(a))",
            &out,
            &[
                "{'éz', 4, 6, (3, 'b'), 1e+300, 'aa'}",
                "{3, 20}",
                "{'éz', 4, 6, (3, 'b'), 1e+300, 'aa'}",
                "{'éz', 4, 3, 6, 20, (3, 'b'), 1e+300, 'aa'}",
            ],
        );
    }
    {
        // a = set([])
        // b = {33, 16, 16}
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(vec![Value::Int(33), Value::Int(16), Value::Int(16)], NAMES)
                .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            130,
            "a = set([])\nb = {33, 16, 16}\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &["set()", "{16, 33}", "frozenset()", "set()"],
        );
    }
    {
        // a = set()
        // b = set(dict.fromkeys(['', 7, 2305843009213693951, 'ééz', 11, -6, 16, 31, 'xcé', 2305843009213693952, 'ax', 16, 'ycy', -6, 1.5, (1, 2), ('a',), -2, 16, 13, 21, '', (1, 2), 24, 'béb', 'xby', 'zyé', 3, (3, 'b'), 29, -1, 256, 24, 'xb', ('a',), '', 7, 4, 16, -1]))
        // print(repr(a)); print(repr(b))
        // a.add(34)
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // for _x in [-0.5, (3, 'b'), 26, 37]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(fromkeys(vec![
            Value::str(""),
            Value::Int(7),
            Value::Int(2305843009213693951),
            Value::str("ééz"),
            Value::Int(11),
            Value::Int(-6),
            Value::Int(16),
            Value::Int(31),
            Value::str("xcé"),
            Value::Int(2305843009213693952),
            Value::str("ax"),
            Value::Int(16),
            Value::str("ycy"),
            Value::Int(-6),
            Value::Float(1.5f64),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(-2),
            Value::Int(16),
            Value::Int(13),
            Value::Int(21),
            Value::str(""),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(24),
            Value::str("béb"),
            Value::str("xby"),
            Value::str("zyé"),
            Value::Int(3),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(29),
            Value::Int(-1),
            Value::Int(256),
            Value::Int(24),
            Value::str("xb"),
            Value::tuple(vec![Value::str("a")]),
            Value::str(""),
            Value::Int(7),
            Value::Int(4),
            Value::Int(16),
            Value::Int(-1),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(34)]);
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        for x in vec![
            Value::Float(-0.5f64),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(26),
            Value::Int(37),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            131,
            "a = set()\nb = set(dict.fromkeys(['', 7, 2305843009213693951, 'ééz', 11, -6, 16, 31, 'xcé', 2305843009213693952, 'ax', 16, 'ycy', -6, 1.5, (1, 2), ('a',), -2, 16, 13, 21, '', (1, 2), 24, 'béb', 'xby', 'zyé', 3, (3, 'b'), 29, -1, 256, 24, 'xb', ('a',), '', 7, 4, 16, -1]))\nprint(repr(a)); print(repr(b))\na.add(34)\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))\na |= b\nprint(repr(a))\na |= b\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\nfor _x in [-0.5, (3, 'b'), 26, 37]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'', 2305843009213693951, 2305843009213693952, 1.5, (1, 2), 'béb', 3, 7, 'xcé', 'ycy', ('a',), 11, 'xby', 13, 'ax', 'zyé', 16, 256, 'xb', 21, 4, 24, (3, 'b'), 29, 31, -2, -1, -6, 'ééz'}",
                "{34}",
                "{'', 2305843009213693951, 2305843009213693952, 1.5, (1, 2), 'béb', 3, 7, 'xcé', 'ycy', ('a',), 11, 'xby', 13, 'ax', 'zyé', 16, 256, 'xb', 21, 4, 24, (3, 'b'), 29, 31, 34, -2, -1, -6, 'ééz'}",
                "{'', 2305843009213693951, 2305843009213693952, 1.5, 3, 256, 4, 7, 'xcé', 'zyé', 11, 'xby', 13, 16, 21, 24, 29, 31, 34, 'ééz', 'béb', (1, 2), 'xb', 'ycy', ('a',), 'ax', (3, 'b'), -1, -6, -2}",
                "{'', 2305843009213693951, 2305843009213693952, 1.5, 3, 256, 4, 7, 'xcé', 'zyé', 11, 'xby', 13, 16, 21, 24, 29, 31, 34, 'ééz', 'béb', (1, 2), 'xb', 'ycy', ('a',), 'ax', (3, 'b'), -1, -6, -2}",
                "8809455203943650696",
                "{'', 2305843009213693951, 2305843009213693952, 1.5, 3, 256, 4, 7, 'xcé', 'zyé', 11, 'xby', 13, 16, 21, 24, 29, 31, 34, 'ééz', 'béb', (1, 2), 'xb', 'ycy', ('a',), 'ax', (3, 'b'), -1, -6, -2}",
                "{'', 2305843009213693951, 2305843009213693952, 1.5, 3, 256, 4, 7, 'xcé', 'zyé', 11, 'xby', 13, 16, 21, 24, 29, 31, 34, 'ééz', 'béb', (1, 2), 'xb', 'ycy', ('a',), 'ax', -1, -6, -2}",
            ],
        );
    }
    {
        // a = set([(3, 'b'), 19, 1024, 'aé', 100000000000000000000, 16, 0, 2.0, 0.1, 30, 1024, 'xz', 'zéz', (), 39, 34, -6, 'a', '', 1.5])
        // b = {2, 36, -3}
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([-1]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(19),
            Value::Int(1024),
            Value::str("aé"),
            big("100000000000000000000"),
            Value::Int(16),
            Value::Int(0),
            Value::Float(2.0f64),
            Value::Float(0.1f64),
            Value::Int(30),
            Value::Int(1024),
            Value::str("xz"),
            Value::str("zéz"),
            Value::tuple(vec![]),
            Value::Int(39),
            Value::Int(34),
            Value::Int(-6),
            Value::str("a"),
            Value::str(""),
            Value::Float(1.5f64),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(vec![Value::Int(2), Value::Int(36), Value::Int(-3)], NAMES)
                .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "intersection", &[fromkeys(vec![Value::Int(-1)])]);
        out.push(repr(&a));
        check(
            &mut failures,
            132,
            "a = set([(3, 'b'), 19, 1024, 'aé', 100000000000000000000, 16, 0, 2.0, 0.1, 30, 1024, 'xz', 'zéz', (), 39, 34, -6, 'a', '', 1.5])\nb = {2, 36, -3}\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([-1]))\nprint(repr(a))",
            &out,
            &[
                "{1024, 0, 2.0, '', 1.5, 16, 'zéz', 19, 'a', 30, 34, 39, 100000000000000000000, 0.1, (3, 'b'), 'aé', 'xz', -6, ()}",
                "{2, 36, -3}",
                "set()",
            ],
        );
    }
    {
        // _xs = [38]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = {('a',), 16, 24, 7, 38, 'aay', 1e+300, 19, 21, 'xxy', 'yc', 13}
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(38)]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(16),
                    Value::Int(24),
                    Value::Int(7),
                    Value::Int(38),
                    Value::str("aay"),
                    Value::Float(1e+300),
                    Value::Int(19),
                    Value::Int(21),
                    Value::str("xxy"),
                    Value::str("yc"),
                    Value::Int(13),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            133,
            "_xs = [38]\na = set()\nfor _x in _xs: a.add(_x)\nb = {('a',), 16, 24, 7, 38, 'aay', 1e+300, 19, 21, 'xxy', 'yc', 13}\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = b | a\nprint(repr(a))\na.clear()\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{38}",
                "{38, 7, ('a',), 13, 'aay', 16, 19, 21, 'yc', 24, 1e+300, 'xxy'}",
                "set()",
                "{38, 7, ('a',), 13, 'aay', 16, 19, 21, 'yc', 24, 1e+300, 'xxy'}",
                "38",
                "{7, ('a',), 13, 'aay', 16, 19, 21, 'yc', 24, 1e+300, 'xxy'}",
                "{7, ('a',), 13, 16, 19, 21, 'yc', 24, 38, 'aay', 1e+300, 'xxy'}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = [256, -1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['éc', -2]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a.add(-0.5)
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(256), Value::Int(-1)]).unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("éc"), Value::Int(-2)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Float(-0.5f64)]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            134,
            "_xs = [256, -1]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['éc', -2]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na.add(-0.5)\nprint(repr(a))\na -= b\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{256, -1}",
                "{'éc', -2}",
                "set()",
                "{-0.5}",
                "{-0.5}",
                "-0.5",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set([35, 'ééé'])
        // b = set(set([38, 4611686018427387909, 22, -1, -0.5, 'z', (), (3, 'b'), 0, 256, '', 'aé']))
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.update([19, 'é', 1e+300, -6, 34, 'z', 7, ''])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(35), Value::str("ééé")]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(38),
            Value::Int(4611686018427387909),
            Value::Int(22),
            Value::Int(-1),
            Value::Float(-0.5f64),
            Value::str("z"),
            Value::tuple(vec![]),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(0),
            Value::Int(256),
            Value::str(""),
            Value::str("aé"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(19),
                Value::str("é"),
                Value::Float(1e+300),
                Value::Int(-6),
                Value::Int(34),
                Value::str("z"),
                Value::Int(7),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            135,
            "a = set([35, 'ééé'])\nb = set(set([38, 4611686018427387909, 22, -1, -0.5, 'z', (), (3, 'b'), 0, 256, '', 'aé']))\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.update([19, 'é', 1e+300, -6, 34, 'z', 7, ''])\nprint(repr(a))",
            &out,
            &[
                "{35, 'ééé'}",
                "{-0.5, 0, 256, '', 'aé', 38, 4611686018427387909, 'z', 22, (3, 'b'), (), -1}",
                "-2066383390502464608",
                "{35, 'ééé'}",
                "{'', 34, 35, 'é', 'z', 7, 19, 'ééé', -6, 1e+300}",
            ],
        );
    }
    {
        // a = set(set([(3, 'b')]))
        // b = set()
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // for _x in ['acc', 1.5, 4611686018427387909, 25, 28]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::tuple(vec![
            Value::Int(3),
            Value::str("b"),
        ])])));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::str("acc"),
            Value::Float(1.5f64),
            Value::Int(4611686018427387909),
            Value::Int(25),
            Value::Int(28),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            136,
            "a = set(set([(3, 'b')]))\nb = set()\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\nfor _x in ['acc', 1.5, 4611686018427387909, 25, 28]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &["{(3, 'b')}", "set()", "{(3, 'b')}", "{(3, 'b')}"],
        );
    }
    {
        // _xs = [9, 'éc', 1e+300]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([]))
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.symmetric_difference([10, ''])
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // for _x in [40, 'éa']:
        //     a.discard(_x)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(9), Value::str("éc"), Value::Float(1e+300)])
                .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![])));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![Value::Int(10), Value::str("")])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        for x in vec![Value::Int(40), Value::str("éa")] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            137,
            "_xs = [9, 'éc', 1e+300]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([]))\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.symmetric_difference([10, ''])\nprint(repr(a))\na.clear()\nprint(repr(a))\nfor _x in [40, 'éa']:\n    a.discard(_x)\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{9, 'éc', 1e+300}",
                "set()",
                "9",
                "{'éc', 1e+300}",
                "{'', 10, 'éc', 1e+300}",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set(set([-4]))
        // b = set(set([1.5, 'zxc', 7, 'xbb', 'zcy', 'éab', 23, (1, 2), -2, 24, 64, 23, 2305843009213693951, 0.1, 34, 0.1, 9, -4, 0, '']))
        // print(repr(a)); print(repr(b))
        // for _x in [11, -5, '', 'b', 100000000000000000000, 16, 30, 1]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Int(-4)])));
        let b = mkset(mkset(Value::list(vec![
            Value::Float(1.5f64),
            Value::str("zxc"),
            Value::Int(7),
            Value::str("xbb"),
            Value::str("zcy"),
            Value::str("éab"),
            Value::Int(23),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(-2),
            Value::Int(24),
            Value::Int(64),
            Value::Int(23),
            Value::Int(2305843009213693951),
            Value::Float(0.1f64),
            Value::Int(34),
            Value::Float(0.1f64),
            Value::Int(9),
            Value::Int(-4),
            Value::Int(0),
            Value::str(""),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![
            Value::Int(11),
            Value::Int(-5),
            Value::str(""),
            Value::str("b"),
            big("100000000000000000000"),
            Value::Int(16),
            Value::Int(30),
            Value::Int(1),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            138,
            "a = set(set([-4]))\nb = set(set([1.5, 'zxc', 7, 'xbb', 'zcy', 'éab', 23, (1, 2), -2, 24, 64, 23, 2305843009213693951, 0.1, 34, 0.1, 9, -4, 0, '']))\nprint(repr(a)); print(repr(b))\nfor _x in [11, -5, '', 'b', 100000000000000000000, 16, 30, 1]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{-4}",
                "{64, 1.5, 2305843009213693951, (1, 2), 0.1, 0, 'éab', 7, '', 9, 23, 24, 34, 'zcy', 'xbb', 'zxc', -4, -2}",
                "{-4}",
            ],
        );
    }
    {
        // a = set([(), 128, '', 2.0, 'c', (1, 2), -0.5, '', '', 24, '', -2])
        // _xs = ['']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.update([34, (3, 'b'), -4, 26])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::tuple(vec![]),
            Value::Int(128),
            Value::str(""),
            Value::Float(2.0f64),
            Value::str("c"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Float(-0.5f64),
            Value::str(""),
            Value::str(""),
            Value::Int(24),
            Value::str(""),
            Value::Int(-2),
        ]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::str("")]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(34),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(-4),
                Value::Int(26),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            139,
            "a = set([(), 128, '', 2.0, 'c', (1, 2), -0.5, '', '', 24, '', -2])\n_xs = ['']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.update([34, (3, 'b'), -4, 26])\nprint(repr(a))",
            &out,
            &[
                "{128, '', 2.0, (1, 2), -0.5, 'c', 24, (), -2}",
                "{''}",
                "{128, '', 2.0, (1, 2), -0.5, 34, 26, 'c', 24, (3, 'b'), (), -4, -2}",
            ],
        );
    }
    {
        // a = set(['ybb', 22])
        // b = set(set([1.5, '', (1, 2), 40, (1, 2), '', 1.5, 14, 35, (3, 'b'), 'xz', ('a',), 'z', 40, 3, 19, 36, (1, 2), 'b', -5, 128, 'za', 'z', 'a', 32, 'cxy', 37, 'yéb', 2305843009213693952, 21, 2305843009213693952, 20, '', -0.5, 'y', ('a',), '', 16, '', 64]))
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([-2, 256, 21, 17]))
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::str("ybb"), Value::Int(22)]));
        let b = mkset(mkset(Value::list(vec![
            Value::Float(1.5f64),
            Value::str(""),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(40),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str(""),
            Value::Float(1.5f64),
            Value::Int(14),
            Value::Int(35),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("xz"),
            Value::tuple(vec![Value::str("a")]),
            Value::str("z"),
            Value::Int(40),
            Value::Int(3),
            Value::Int(19),
            Value::Int(36),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("b"),
            Value::Int(-5),
            Value::Int(128),
            Value::str("za"),
            Value::str("z"),
            Value::str("a"),
            Value::Int(32),
            Value::str("cxy"),
            Value::Int(37),
            Value::str("yéb"),
            Value::Int(2305843009213693952),
            Value::Int(21),
            Value::Int(2305843009213693952),
            Value::Int(20),
            Value::str(""),
            Value::Float(-0.5f64),
            Value::str("y"),
            Value::tuple(vec![Value::str("a")]),
            Value::str(""),
            Value::Int(16),
            Value::str(""),
            Value::Int(64),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(-2),
                Value::Int(256),
                Value::Int(21),
                Value::Int(17),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            140,
            "a = set(['ybb', 22])\nb = set(set([1.5, '', (1, 2), 40, (1, 2), '', 1.5, 14, 35, (3, 'b'), 'xz', ('a',), 'z', 40, 3, 19, 36, (1, 2), 'b', -5, 128, 'za', 'z', 'a', 32, 'cxy', 37, 'yéb', 2305843009213693952, 21, 2305843009213693952, 20, '', -0.5, 'y', ('a',), '', 16, '', 64]))\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([-2, 256, 21, 17]))\nprint(repr(a))\na = b & a\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a ^ b\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{'ybb', 22}",
                "{'', 1.5, 128, 3, 'yéb', 2305843009213693952, 'z', -0.5, 64, 'y', (1, 2), ('a',), 14, 'b', 16, 'za', 19, 'a', 21, 20, (3, 'b'), 32, 35, 36, 37, 40, 'xz', 'cxy', -5}",
                "set()",
                "set()",
                "frozenset()",
                "set()",
                "{'', 1.5, 128, 3, 'yéb', 2305843009213693952, 'z', -0.5, 64, 'y', (1, 2), ('a',), 14, 'b', 16, 'za', 19, 'a', 21, 20, (3, 'b'), 32, 35, 36, 37, 40, 'xz', 'cxy', -5}",
                "set()",
            ],
        );
    }
    {
        // a = set(set([27, '']))
        // b = set([1, 256, 2.0, 'y', 33, 'é', 32, 1, 7, 33, 34, (), 12, -1, 27, 'z', 0, 40, 11, 'c', 'y', 30, 'x', ('a',), 0.1, 'a', 2.0, 1.5, 8, 2, 37, '', ('a',), 30, 29, 28, 'ac', 30, 1, 28])
        // print(repr(a)); print(repr(b))
        // a.discard('')
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys(['']))
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Int(27), Value::str("")])));
        let b = mkset(Value::list(vec![
            Value::Int(1),
            Value::Int(256),
            Value::Float(2.0f64),
            Value::str("y"),
            Value::Int(33),
            Value::str("é"),
            Value::Int(32),
            Value::Int(1),
            Value::Int(7),
            Value::Int(33),
            Value::Int(34),
            Value::tuple(vec![]),
            Value::Int(12),
            Value::Int(-1),
            Value::Int(27),
            Value::str("z"),
            Value::Int(0),
            Value::Int(40),
            Value::Int(11),
            Value::str("c"),
            Value::str("y"),
            Value::Int(30),
            Value::str("x"),
            Value::tuple(vec![Value::str("a")]),
            Value::Float(0.1f64),
            Value::str("a"),
            Value::Float(2.0f64),
            Value::Float(1.5f64),
            Value::Int(8),
            Value::Int(2),
            Value::Int(37),
            Value::str(""),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(30),
            Value::Int(29),
            Value::Int(28),
            Value::str("ac"),
            Value::Int(30),
            Value::Int(1),
            Value::Int(28),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::str("")]);
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![Value::str("")])],
        );
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            141,
            "a = set(set([27, '']))\nb = set([1, 256, 2.0, 'y', 33, 'é', 32, 1, 7, 33, 34, (), 12, -1, 27, 'z', 0, 40, 11, 'c', 'y', 30, 'x', ('a',), 0.1, 'a', 2.0, 1.5, 8, 2, 37, '', ('a',), 30, 29, 28, 'ac', 30, 1, 28])\nprint(repr(a)); print(repr(b))\na.discard('')\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys(['']))\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 27}",
                "{256, 1, 2.0, 0, 1.5, '', 'z', 7, 8, 11, 12, 'a', 27, 28, 29, 30, 32, 33, 34, 'x', 37, 40, 'ac', 0.1, 'y', ('a',), 'é', 'c', (), -1}",
                "{27}",
                "{'', 27}",
                "frozenset({'', 27})",
                "{'', 27}",
                "{256, 1, 2.0, 0, 1.5, 'z', 7, 8, 0.1, 'y', 11, 12, ('a',), 'a', 28, 29, 30, 32, 33, 34, 'x', 'é', 37, 40, 'ac', 'c', (), -1}",
            ],
        );
    }
    {
        // _xs = [5, 35, 27, 'y', 'z', 21, 36, 2]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['é', 'b', 16, 30, 4]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.difference_update([28, 29, -3, 2305843009213693951, 3, 16, 4611686018427387909, -5, 23, 'x'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(5),
                Value::Int(35),
                Value::Int(27),
                Value::str("y"),
                Value::str("z"),
                Value::Int(21),
                Value::Int(36),
                Value::Int(2),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("é"),
                Value::str("b"),
                Value::Int(16),
                Value::Int(30),
                Value::Int(4),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(28),
                Value::Int(29),
                Value::Int(-3),
                Value::Int(2305843009213693951),
                Value::Int(3),
                Value::Int(16),
                Value::Int(4611686018427387909),
                Value::Int(-5),
                Value::Int(23),
                Value::str("x"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            142,
            "_xs = [5, 35, 27, 'y', 'z', 21, 36, 2]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['é', 'b', 16, 30, 4]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.difference_update([28, 29, -3, 2305843009213693951, 3, 16, 4611686018427387909, -5, 23, 'x'])\nprint(repr(a))",
            &out,
            &[
                "{'y', 2, 35, 36, 5, 'z', 21, 27}",
                "{'é', 4, 'b', 16, 30}",
                "{'y', 2, 35, 36, 5, 'z', 21, 27}",
            ],
        );
    }
    {
        // a = set(set([29, 'czz', 'ycc', 12, 'xcz', 33, 26, (), 0.1, 15, 'cy', 'éx']))
        // b = {8, -5, 16, 27, (1, 2), 'éé', 2.0, 'za', 16, (1, 2), 34, 128}
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(29),
            Value::str("czz"),
            Value::str("ycc"),
            Value::Int(12),
            Value::str("xcz"),
            Value::Int(33),
            Value::Int(26),
            Value::tuple(vec![]),
            Value::Float(0.1f64),
            Value::Int(15),
            Value::str("cy"),
            Value::str("éx"),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(8),
                    Value::Int(-5),
                    Value::Int(16),
                    Value::Int(27),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::str("éé"),
                    Value::Float(2.0f64),
                    Value::str("za"),
                    Value::Int(16),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(34),
                    Value::Int(128),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            143,
            "a = set(set([29, 'czz', 'ycc', 12, 'xcz', 33, 26, (), 0.1, 15, 'cy', 'éx']))\nb = {8, -5, 16, 27, (1, 2), 'éé', 2.0, 'za', 16, (1, 2), 34, 128}\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{0.1, 33, 'ycc', 12, 'xcz', 'éx', 15, 'czz', 'cy', 26, (), 29}",
                "{128, 2.0, (1, 2), 34, -5, 8, 'za', 16, 'éé', 27}",
                "set()",
            ],
        );
    }
    {
        // _xs = ['', 5, '', '', -0.5, '', -1, -4, 14, 34, '', 64]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [2305843009213693951, 2.0, 'zya']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.update([20, 256, -0.5, -2305843009213693952, 32, 'zyé'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str(""),
                Value::Int(5),
                Value::str(""),
                Value::str(""),
                Value::Float(-0.5f64),
                Value::str(""),
                Value::Int(-1),
                Value::Int(-4),
                Value::Int(14),
                Value::Int(34),
                Value::str(""),
                Value::Int(64),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(2305843009213693951),
                Value::Float(2.0f64),
                Value::str("zya"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(20),
                Value::Int(256),
                Value::Float(-0.5f64),
                Value::Int(-2305843009213693952),
                Value::Int(32),
                Value::str("zyé"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            144,
            "_xs = ['', 5, '', '', -0.5, '', -1, -4, 14, 34, '', 64]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [2305843009213693951, 2.0, 'zya']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.update([20, 256, -0.5, -2305843009213693952, 32, 'zyé'])\nprint(repr(a))",
            &out,
            &[
                "{'', -0.5, 34, 64, 5, 14, -4, -1}",
                "{2305843009213693951, 'zya', 2.0}",
                "{'', -0.5, 34, 64, 256, 5, 32, 'zyé', 14, 20, -2305843009213693952, -4, -1}",
            ],
        );
    }
    {
        // a = set(set(['aa', 13, 28, (), 29, 5]))
        // _xs = [-1, 11, 1.5, 'éx', 6, 23, 'y', 16, 8, 'éa', 26, 28, 'yyy', 38, 6, -0.5, 'b', 28, '', 'éx', 37, 31, '', '', 'béx', 36, 2305843009213693951, 'byb', 18, 24, -6, -2305843009213693952, 'éy', 6, (), 31, 24, 'xa', 'acx', 21]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = a.union([15, 32, 20, 5])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::str("aa"),
            Value::Int(13),
            Value::Int(28),
            Value::tuple(vec![]),
            Value::Int(29),
            Value::Int(5),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-1),
                Value::Int(11),
                Value::Float(1.5f64),
                Value::str("éx"),
                Value::Int(6),
                Value::Int(23),
                Value::str("y"),
                Value::Int(16),
                Value::Int(8),
                Value::str("éa"),
                Value::Int(26),
                Value::Int(28),
                Value::str("yyy"),
                Value::Int(38),
                Value::Int(6),
                Value::Float(-0.5f64),
                Value::str("b"),
                Value::Int(28),
                Value::str(""),
                Value::str("éx"),
                Value::Int(37),
                Value::Int(31),
                Value::str(""),
                Value::str(""),
                Value::str("béx"),
                Value::Int(36),
                Value::Int(2305843009213693951),
                Value::str("byb"),
                Value::Int(18),
                Value::Int(24),
                Value::Int(-6),
                Value::Int(-2305843009213693952),
                Value::str("éy"),
                Value::Int(6),
                Value::tuple(vec![]),
                Value::Int(31),
                Value::Int(24),
                Value::str("xa"),
                Value::str("acx"),
                Value::Int(21),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(15),
                Value::Int(32),
                Value::Int(20),
                Value::Int(5),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            145,
            "a = set(set(['aa', 13, 28, (), 29, 5]))\n_xs = [-1, 11, 1.5, 'éx', 6, 23, 'y', 16, 8, 'éa', 26, 28, 'yyy', 38, 6, -0.5, 'b', 28, '', 'éx', 37, 31, '', '', 'béx', 36, 2305843009213693951, 'byb', 18, 24, -6, -2305843009213693952, 'éy', 6, (), 31, 24, 'xa', 'acx', 21]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na -= b\nprint(repr(a))\na = a.union([15, 32, 20, 5])\nprint(repr(a))",
            &out,
            &[
                "{29, 5, (), 28, 13, 'aa'}",
                "{-0.5, 1.5, '', 2305843009213693951, 'xa', 6, 8, 11, 16, 18, 21, 23, 24, 26, 'éy', 28, 31, 'yyy', 37, 38, 36, 'béx', 'acx', 'y', 'éa', 'éx', 'b', -2305843009213693952, -6, (), 'byb', -1}",
                "{29, 5, 13, 'aa'}",
                "{29, 5, 13, 'aa'}",
                "{32, 5, 13, 15, 20, 29, 'aa'}",
            ],
        );
    }
    {
        // _xs = [36, 24, (1, 2), 31, 'bbx', 1, 2.0, 5, 32, 11, 9, 35]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([]))
        // print(repr(a)); print(repr(b))
        // a.discard(8)
        // print(repr(a))
        // a.difference_update([1024, 40, 2305843009213693952, '', -6, 'b', -1, '', '', 21])
        // print(repr(a))
        // a.discard(3)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(36),
                Value::Int(24),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(31),
                Value::str("bbx"),
                Value::Int(1),
                Value::Float(2.0f64),
                Value::Int(5),
                Value::Int(32),
                Value::Int(11),
                Value::Int(9),
                Value::Int(35),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(8)]);
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(1024),
                Value::Int(40),
                Value::Int(2305843009213693952),
                Value::str(""),
                Value::Int(-6),
                Value::str("b"),
                Value::Int(-1),
                Value::str(""),
                Value::str(""),
                Value::Int(21),
            ])],
        );
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(3)]);
        out.push(repr(&a));
        check(
            &mut failures,
            146,
            "_xs = [36, 24, (1, 2), 31, 'bbx', 1, 2.0, 5, 32, 11, 9, 35]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([]))\nprint(repr(a)); print(repr(b))\na.discard(8)\nprint(repr(a))\na.difference_update([1024, 40, 2305843009213693952, '', -6, 'b', -1, '', '', 21])\nprint(repr(a))\na.discard(3)\nprint(repr(a))",
            &out,
            &[
                "{32, 1, 2.0, (1, 2), 36, 5, 35, 9, 'bbx', 11, 24, 31}",
                "set()",
                "{32, 1, 2.0, (1, 2), 36, 5, 35, 9, 'bbx', 11, 24, 31}",
                "{32, 1, 2.0, (1, 2), 36, 5, 35, 9, 'bbx', 11, 24, 31}",
                "{32, 1, 2.0, (1, 2), 36, 5, 35, 9, 'bbx', 11, 24, 31}",
            ],
        );
    }
    {
        // a = set(set([100000000000000000000, 4]))
        // _xs = [18, 21, 32, 30, 'éa']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // for _x in [(1, 2), 20, '', 2305843009213693952, 21]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a = a.intersection([23, -2305843009213693952])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            big("100000000000000000000"),
            Value::Int(4),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(18),
                Value::Int(21),
                Value::Int(32),
                Value::Int(30),
                Value::str("éa"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(20),
            Value::str(""),
            Value::Int(2305843009213693952),
            Value::Int(21),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(23),
                Value::Int(-2305843009213693952),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            147,
            "a = set(set([100000000000000000000, 4]))\n_xs = [18, 21, 32, 30, 'éa']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nfor _x in [(1, 2), 20, '', 2305843009213693952, 21]:\n    a.discard(_x)\nprint(repr(a))\na = a | b\nprint(repr(a))\na = a.intersection([23, -2305843009213693952])\nprint(repr(a))",
            &out,
            &[
                "{100000000000000000000, 4}",
                "{32, 'éa', 18, 21, 30}",
                "{100000000000000000000, 4}",
                "{32, 18, 4, 21, 'éa', 100000000000000000000, 30}",
                "set()",
            ],
        );
    }
    {
        // _xs = ['ya', (1, 2), 14, 1e+300, 1024]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['a', 2, 4, 5, 30, 'cx', 14, 2305843009213693951, 0, 20, '', '', 2.0, (), 32, 37, 15, (), -2, 3, 3, 'cxx', 2.0, 24, 256, 'a', -5, 34, 5, 24, 38, 256, 23, -1, -6, 12, 24, (1, 2), 15, 18]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // a = a.symmetric_difference(['xbé', 0.1, 'ax', (3, 'b'), -1])
        // print(repr(a))
        // for _x in [20, 'x', -4, -3, 1e+300, '', 'xya']:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a = a.intersection([(3, 'b')])
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("ya"),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(14),
                Value::Float(1e+300),
                Value::Int(1024),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("a"),
                Value::Int(2),
                Value::Int(4),
                Value::Int(5),
                Value::Int(30),
                Value::str("cx"),
                Value::Int(14),
                Value::Int(2305843009213693951),
                Value::Int(0),
                Value::Int(20),
                Value::str(""),
                Value::str(""),
                Value::Float(2.0f64),
                Value::tuple(vec![]),
                Value::Int(32),
                Value::Int(37),
                Value::Int(15),
                Value::tuple(vec![]),
                Value::Int(-2),
                Value::Int(3),
                Value::Int(3),
                Value::str("cxx"),
                Value::Float(2.0f64),
                Value::Int(24),
                Value::Int(256),
                Value::str("a"),
                Value::Int(-5),
                Value::Int(34),
                Value::Int(5),
                Value::Int(24),
                Value::Int(38),
                Value::Int(256),
                Value::Int(23),
                Value::Int(-1),
                Value::Int(-6),
                Value::Int(12),
                Value::Int(24),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(15),
                Value::Int(18),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::str("xbé"),
                Value::Float(0.1f64),
                Value::str("ax"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(-1),
            ])],
        );
        out.push(repr(&a));
        for x in vec![
            Value::Int(20),
            Value::str("x"),
            Value::Int(-4),
            Value::Int(-3),
            Value::Float(1e+300),
            Value::str(""),
            Value::str("xya"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![Value::tuple(vec![
                Value::Int(3),
                Value::str("b"),
            ])])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            148,
            "_xs = ['ya', (1, 2), 14, 1e+300, 1024]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['a', 2, 4, 5, 30, 'cx', 14, 2305843009213693951, 0, 20, '', '', 2.0, (), 32, 37, 15, (), -2, 3, 3, 'cxx', 2.0, 24, 256, 'a', -5, 34, 5, 24, 38, 256, 23, -1, -6, 12, 24, (1, 2), 15, 18]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\na = a.symmetric_difference(['xbé', 0.1, 'ax', (3, 'b'), -1])\nprint(repr(a))\nfor _x in [20, 'x', -4, -3, 1e+300, '', 'xya']:\n    a.discard(_x)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na = a.intersection([(3, 'b')])\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{1024, (1, 2), 'ya', 14, 1e+300}",
                "{2305843009213693951, 0, 2, '', 4, 5, 3, 256, 12, 14, 15, 18, 'a', 20, 23, 24, 30, 32, 34, 37, 38, 'cx', (1, 2), -5, -1, 'cxx', -6, (), -2}",
                "{1024, 2305843009213693951, 0, 2, '', 4, 5, 3, 256, 12, 14, 15, 18, 'a', 20, 23, 24, 30, 32, 34, 37, 38, 'cx', 1e+300, (1, 2), (), 'ya', -2, 'cxx', -6, -5, -1}",
                "{1024, 2305843009213693951, 0, 2, '', 4, 5, 3, 256, 12, 14, 15, 18, 'a', 20, 23, 24, 30, 32, 34, 37, 38, 'cx', 1e+300, 'xbé', 0.1, (1, 2), 'ax', (3, 'b'), -5, 'ya', -2, 'cxx', -6, ()}",
                "{1024, 2305843009213693951, 0, 2, 4, 5, 3, 256, 12, 14, 15, 18, 'a', 23, 24, 30, 32, 34, 37, 38, 'cx', 'xbé', 0.1, (1, 2), 'ax', (3, 'b'), -5, 'ya', -2, 'cxx', -6, ()}",
                "{1024, 2305843009213693951, 0, 2, 4, 5, 3, 256, 12, 14, 15, 18, 'a', 23, 24, 30, 32, 34, 37, 38, 'cx', 'xbé', 0.1, (1, 2), (), 'ax', (3, 'b'), 'ya', 'cxx', -6, -5, -2}",
                "{(3, 'b')}",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([]))
        // b = set(dict.fromkeys([]))
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // for _x in ['abé', 'xa', 'zcz', 7, 17, 34, 64, 36]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![]));
        let b = mkset(fromkeys(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::str("abé"),
            Value::str("xa"),
            Value::str("zcz"),
            Value::Int(7),
            Value::Int(17),
            Value::Int(34),
            Value::Int(64),
            Value::Int(36),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            149,
            "a = set(dict.fromkeys([]))\nb = set(dict.fromkeys([]))\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\nfor _x in ['abé', 'xa', 'zcz', 7, 17, 34, 64, 36]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &["set()", "set()", "set()", "set()"],
        );
    }
    {
        // _xs = [18, 'bz', 18]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([-2305843009213693952, 34, 32, 28, 9, -2, 'zé', 128]))
        // print(repr(a)); print(repr(b))
        // a.difference_update(b)
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(18), Value::str("bz"), Value::Int(18)]).unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(-2305843009213693952),
            Value::Int(34),
            Value::Int(32),
            Value::Int(28),
            Value::Int(9),
            Value::Int(-2),
            Value::str("zé"),
            Value::Int(128),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            150,
            "_xs = [18, 'bz', 18]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([-2305843009213693952, 34, 32, 28, 9, -2, 'zé', 128]))\nprint(repr(a)); print(repr(b))\na.difference_update(b)\nprint(repr(a))\na &= b\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{18, 'bz'}",
                "{32, 128, 34, 9, -2, 'zé', 28, -2305843009213693952}",
                "{18, 'bz'}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set(set([]))
        // b = set([25, 2.0, 'zxb', 7, 1, 'écé', 31, -1])
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a.union(['bb', 0.1])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![])));
        let b = mkset(Value::list(vec![
            Value::Int(25),
            Value::Float(2.0f64),
            Value::str("zxb"),
            Value::Int(7),
            Value::Int(1),
            Value::str("écé"),
            Value::Int(31),
            Value::Int(-1),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![Value::str("bb"), Value::Float(0.1f64)])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            151,
            "a = set(set([]))\nb = set([25, 2.0, 'zxb', 7, 1, 'écé', 31, -1])\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na.clear()\nprint(repr(a))\na = b | a\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a.union(['bb', 0.1])\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{1, 2.0, 7, 'écé', -1, 25, 'zxb', 31}",
                "set()",
                "set()",
                "{1, 2.0, 7, 'écé', -1, 25, 'zxb', 31}",
                "set()",
                "{0.1, 'bb'}",
                "{0.1, 1, 2.0, 7, 'écé', 'bb', 'zxb', 25, -1, 31}",
            ],
        );
    }
    {
        // a = set(set(['', 32, 'z', 11, 25, ('a',)]))
        // b = set(set([0.1, 18, -5, (3, 'b'), 3, 25, 'cyy', 33, 20, '', 11, 100000000000000000000, 2305843009213693951, 9, 'y', -2305843009213693952, (3, 'b'), 12, 17, 100000000000000000000]))
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.discard(0)
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::str(""),
            Value::Int(32),
            Value::str("z"),
            Value::Int(11),
            Value::Int(25),
            Value::tuple(vec![Value::str("a")]),
        ])));
        let b = mkset(mkset(Value::list(vec![
            Value::Float(0.1f64),
            Value::Int(18),
            Value::Int(-5),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(3),
            Value::Int(25),
            Value::str("cyy"),
            Value::Int(33),
            Value::Int(20),
            Value::str(""),
            Value::Int(11),
            big("100000000000000000000"),
            Value::Int(2305843009213693951),
            Value::Int(9),
            Value::str("y"),
            Value::Int(-2305843009213693952),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(12),
            Value::Int(17),
            big("100000000000000000000"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(0)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            152,
            "a = set(set(['', 32, 'z', 11, 25, ('a',)]))\nb = set(set([0.1, 18, -5, (3, 'b'), 3, 25, 'cyy', 33, 20, '', 11, 100000000000000000000, 2305843009213693951, 9, 'y', -2305843009213693952, (3, 'b'), 12, 17, 100000000000000000000]))\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.discard(0)\nprint(repr(a))\na = a - b\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 32, 'z', ('a',), 25, 11}",
                "{0.1, '', 2305843009213693951, 3, 'y', 9, 11, 12, 17, 18, 20, 25, (3, 'b'), 33, 100000000000000000000, 'cyy', -5, -2305843009213693952}",
                "{'', 25, 11}",
                "''",
                "{25, 11}",
                "{25, 11}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set()
        // b = {38, 5, (1, 2), 4611686018427387909, 1.5, 14, (1, 2), 30}
        // print(repr(a)); print(repr(b))
        // a.discard(-4)
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a.update([64, 26, '', 0])
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(38),
                    Value::Int(5),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(4611686018427387909),
                    Value::Float(1.5f64),
                    Value::Int(14),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(30),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(-4)]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(64),
                Value::Int(26),
                Value::str(""),
                Value::Int(0),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            153,
            "a = set()\nb = {38, 5, (1, 2), 4611686018427387909, 1.5, 14, (1, 2), 30}\nprint(repr(a)); print(repr(b))\na.discard(-4)\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na.update([64, 26, '', 0])\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{1.5, (1, 2), 30, 5, 38, 4611686018427387909, 14}",
                "set()",
                "set()",
                "set()",
                "{64, '', 26, 0}",
                "{64, '', 26, 0}",
            ],
        );
    }
    {
        // a = set(set(['z', 18, 7, (), 37, -2, 0, 17, 25, ('a',), 'bbc', 23]))
        // _xs = [(), ('a',), (3, 'b'), 1, '', 'céz', 'a', 38, 0.1, 32, 19, 'a', 'y', 25, 32, (), 32, 128, 'aé', 13, 2.0, 128, 'éb', 1024, 27, 1e+300, 'zy', 2, 3, 'c', 'bb', 'écz', 'baé', (3, 'b'), 26, ('a',), -2305843009213693952, 15, 'zz', 32]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.difference([6, -1, (3, 'b'), 0, 26, (3, 'b'), 16, 32])
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::str("z"),
            Value::Int(18),
            Value::Int(7),
            Value::tuple(vec![]),
            Value::Int(37),
            Value::Int(-2),
            Value::Int(0),
            Value::Int(17),
            Value::Int(25),
            Value::tuple(vec![Value::str("a")]),
            Value::str("bbc"),
            Value::Int(23),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![]),
                Value::tuple(vec![Value::str("a")]),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(1),
                Value::str(""),
                Value::str("céz"),
                Value::str("a"),
                Value::Int(38),
                Value::Float(0.1f64),
                Value::Int(32),
                Value::Int(19),
                Value::str("a"),
                Value::str("y"),
                Value::Int(25),
                Value::Int(32),
                Value::tuple(vec![]),
                Value::Int(32),
                Value::Int(128),
                Value::str("aé"),
                Value::Int(13),
                Value::Float(2.0f64),
                Value::Int(128),
                Value::str("éb"),
                Value::Int(1024),
                Value::Int(27),
                Value::Float(1e+300),
                Value::str("zy"),
                Value::Int(2),
                Value::Int(3),
                Value::str("c"),
                Value::str("bb"),
                Value::str("écz"),
                Value::str("baé"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(26),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(-2305843009213693952),
                Value::Int(15),
                Value::str("zz"),
                Value::Int(32),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(6),
                Value::Int(-1),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(0),
                Value::Int(26),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(16),
                Value::Int(32),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            154,
            "a = set(set(['z', 18, 7, (), 37, -2, 0, 17, 25, ('a',), 'bbc', 23]))\n_xs = [(), ('a',), (3, 'b'), 1, '', 'céz', 'a', 38, 0.1, 32, 19, 'a', 'y', 25, 32, (), 32, 128, 'aé', 13, 2.0, 128, 'éb', 1024, 27, 1e+300, 'zy', 2, 3, 'c', 'bb', 'écz', 'baé', (3, 'b'), 26, ('a',), -2305843009213693952, 15, 'zz', 32]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.difference([6, -1, (3, 'b'), 0, 26, (3, 'b'), 16, 32])\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{0, 37, 'z', 7, ('a',), 17, 18, 'bbc', 23, 25, (), -2}",
                "{'', 1, 128, 2.0, 1024, 3, 13, 15, 'a', 19, 'bb', 25, 26, 27, 32, 'zz', 38, 'zy', 'éb', 'écz', 'baé', 1e+300, 0.1, 'y', ('a',), (3, 'b'), 'aé', 'c', (), 'céz', -2305843009213693952}",
                "{0, '', 1, 128, 2.0, 1024, 'z', 7, 3, 13, 15, 17, 18, 'a', 19, 'bb', 23, 26, 27, 32, 'zz', 37, 38, 'zy', 'éb', 'écz', 'baé', 1e+300, 0.1, 'y', (3, 'b'), 'aé', 'c', 'bbc', -2305843009213693952, 'céz', -2}",
                "0",
                "{'', 1, 128, 2.0, 1024, 'z', 7, 3, 13, 15, 17, 18, 'a', 19, 'bb', 23, 26, 27, 32, 'zz', 37, 38, 'zy', 'éb', 'écz', 'baé', 1e+300, 0.1, 'y', (3, 'b'), 'aé', 'c', 'bbc', -2305843009213693952, 'céz', -2}",
                "frozenset({'', 1, 128, 2.0, 1024, 3, 'z', 7, 13, 15, 17, 18, 'a', 19, 'bb', 23, 26, 27, 32, 'zz', 37, 38, 'zy', 'éb', 'écz', 'baé', 1e+300, 0.1, 'y', (3, 'b'), 'aé', 'c', 'bbc', -2, 'céz', -2305843009213693952})",
                "{'', 1, 128, 2.0, 1024, 'z', 7, 3, 13, 15, 17, 18, 'a', 19, 'bb', 23, 26, 27, 32, 'zz', 37, 38, 'zy', 'éb', 'écz', 'baé', 1e+300, 0.1, 'y', (3, 'b'), 'aé', 'c', 'bbc', -2305843009213693952, 'céz', -2}",
                "{'', 1, 128, 2.0, 1024, 3, 'z', 7, 13, 15, 17, 18, 'a', 19, 'bb', 23, 27, 'zz', 37, 38, 'zy', 'éb', 'écz', 'baé', 1e+300, 0.1, 'y', 'aé', 'c', 'bbc', -2, 'céz', -2305843009213693952}",
                "{'z', 7, 17, 18, 23, 25, 26, 32, 37, ('a',), (3, 'b'), 'bbc', (), -2}",
                "{32, 37, 'z', 7, ('a',), 17, 18, 'bbc', (3, 'b'), 23, 25, 26, (), -2}",
            ],
        );
    }
    {
        // _xs = [33, 'axy', 18, -1, -6]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [37, 32]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(33),
                Value::str("axy"),
                Value::Int(18),
                Value::Int(-1),
                Value::Int(-6),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(37), Value::Int(32)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            155,
            "_xs = [33, 'axy', 18, -1, -6]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [37, 32]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))",
            &out,
            &[
                "{33, 'axy', 18, -6, -1}",
                "{32, 37}",
                "{33, 'axy', 18, -6, -1}",
                "set()",
            ],
        );
    }
    {
        // a = set([25, 8, 17, (3, 'b'), 12, 'y'])
        // _xs = ['yz', 2305843009213693951, 'z', 1024, 20, 15, 'ééx', '', 4, 12, 37, 14]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update([2, 64, 4, -2, 128, -2305843009213693952, (1, 2), 5, (3, 'b')])
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // for _x in [9, -1, -1, 35, 15, 9, 24, -0.5, 7, 'é']:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(25),
            Value::Int(8),
            Value::Int(17),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(12),
            Value::str("y"),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("yz"),
                Value::Int(2305843009213693951),
                Value::str("z"),
                Value::Int(1024),
                Value::Int(20),
                Value::Int(15),
                Value::str("ééx"),
                Value::str(""),
                Value::Int(4),
                Value::Int(12),
                Value::Int(37),
                Value::Int(14),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(2),
                Value::Int(64),
                Value::Int(4),
                Value::Int(-2),
                Value::Int(128),
                Value::Int(-2305843009213693952),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(5),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        for x in vec![
            Value::Int(9),
            Value::Int(-1),
            Value::Int(-1),
            Value::Int(35),
            Value::Int(15),
            Value::Int(9),
            Value::Int(24),
            Value::Float(-0.5f64),
            Value::Int(7),
            Value::str("é"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            156,
            "a = set([25, 8, 17, (3, 'b'), 12, 'y'])\n_xs = ['yz', 2305843009213693951, 'z', 1024, 20, 15, 'ééx', '', 4, 12, 37, 14]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update([2, 64, 4, -2, 128, -2305843009213693952, (1, 2), 5, (3, 'b')])\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\nfor _x in [9, -1, -1, 35, 15, 9, 24, -0.5, 7, 'é']:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{'y', 8, 12, 17, 25, (3, 'b')}",
                "{2305843009213693951, 1024, '', 4, 'ééx', 'z', 37, 12, 14, 15, 20, 'yz'}",
                "{64, 'y', 128, 2, (1, 2), 4, 5, 8, 12, 17, -2, 25, -2305843009213693952}",
                "{4, 12}",
                "{4, 12}",
            ],
        );
    }
    {
        // a = set()
        // _xs = [64, 'yc', 'y', 5, 35, 18, 36, 'c', '', (3, 'b'), 7, 18]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.intersection_update([100000000000000000000, 'z', 1, 23, '', 15, 24, (1, 2), 39, 24])
        // print(repr(a))
        // for _x in [64, 7, '', 'yxy', 32, 33, 15, -5, 1e+300, 'ccb']:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(64),
                Value::str("yc"),
                Value::str("y"),
                Value::Int(5),
                Value::Int(35),
                Value::Int(18),
                Value::Int(36),
                Value::str("c"),
                Value::str(""),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(7),
                Value::Int(18),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                big("100000000000000000000"),
                Value::str("z"),
                Value::Int(1),
                Value::Int(23),
                Value::str(""),
                Value::Int(15),
                Value::Int(24),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(39),
                Value::Int(24),
            ])],
        );
        out.push(repr(&a));
        for x in vec![
            Value::Int(64),
            Value::Int(7),
            Value::str(""),
            Value::str("yxy"),
            Value::Int(32),
            Value::Int(33),
            Value::Int(15),
            Value::Int(-5),
            Value::Float(1e+300),
            Value::str("ccb"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            157,
            "a = set()\n_xs = [64, 'yc', 'y', 5, 35, 18, 36, 'c', '', (3, 'b'), 7, 18]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.intersection_update([100000000000000000000, 'z', 1, 23, '', 15, 24, (1, 2), 39, 24])\nprint(repr(a))\nfor _x in [64, 7, '', 'yxy', 32, 33, 15, -5, 1e+300, 'ccb']:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{64, 'y', '', 35, 36, 5, 7, 18, 'c', 'yc', (3, 'b')}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = ['éé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [(3, 'b')]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.difference(dict.fromkeys([27, 12, 20, ('a',)]))
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::str("éé")]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::tuple(vec![Value::Int(3), Value::str("b")])]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::Int(27),
                Value::Int(12),
                Value::Int(20),
                Value::tuple(vec![Value::str("a")]),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            158,
            "_xs = ['éé']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [(3, 'b')]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.difference(dict.fromkeys([27, 12, 20, ('a',)]))\nprint(repr(a))\na = b & a\nprint(repr(a))\na |= b\nprint(repr(a))\na &= b\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{'éé'}",
                "{(3, 'b')}",
                "{'éé'}",
                "set()",
                "{(3, 'b')}",
                "{(3, 'b')}",
                "-3954230764710221654",
                "{(3, 'b')}",
            ],
        );
    }
    {
        // _xs = ['', 6, 16, -3, 24, 22, -6, 37, 37, 'x', -0.5, 4611686018427387909, 26, 40, 19, 20, 11, 39, (1, 2), 0.1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [64, 9, -1, 8, 0]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str(""),
                Value::Int(6),
                Value::Int(16),
                Value::Int(-3),
                Value::Int(24),
                Value::Int(22),
                Value::Int(-6),
                Value::Int(37),
                Value::Int(37),
                Value::str("x"),
                Value::Float(-0.5f64),
                Value::Int(4611686018427387909),
                Value::Int(26),
                Value::Int(40),
                Value::Int(19),
                Value::Int(20),
                Value::Int(11),
                Value::Int(39),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Float(0.1f64),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(64),
                Value::Int(9),
                Value::Int(-1),
                Value::Int(8),
                Value::Int(0),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            159,
            "_xs = ['', 6, 16, -3, 24, 22, -6, 37, 37, 'x', -0.5, 4611686018427387909, 26, 40, 19, 20, 11, 39, (1, 2), 0.1]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [64, 9, -1, 8, 0]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update(b)\nprint(repr(a))\na = a - b\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{'', -0.5, 6, 4611686018427387909, 11, 16, 19, 20, 22, 24, 26, 'x', 37, 39, 40, 0.1, (1, 2), -6, -3}",
                "{64, 0, 8, 9, -1}",
                "{'', -0.5, 0, 6, 4611686018427387909, 8, 9, 11, 16, 19, 20, 22, 24, 26, 'x', 37, 39, 40, 0.1, 64, (1, 2), -6, -3, -1}",
                "{'', -0.5, 0.1, (1, 2), 6, 4611686018427387909, 11, 16, 19, 20, 22, 24, 26, 'x', 37, 39, 40, -6, -3}",
                "{'', -0.5, 0.1, (1, 2), 6, 4611686018427387909, 11, 16, 19, 20, 22, 24, 26, 'x', 37, 39, 40, -6, -3}",
            ],
        );
    }
    {
        // a = set(['', 'éaz', 256, 'éab', 1, 32, 0, 1])
        // _xs = [28, 8, 32, 64, 13]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a = a.difference([])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::str(""),
            Value::str("éaz"),
            Value::Int(256),
            Value::str("éab"),
            Value::Int(1),
            Value::Int(32),
            Value::Int(0),
            Value::Int(1),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(28),
                Value::Int(8),
                Value::Int(32),
                Value::Int(64),
                Value::Int(13),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = m(&a, "difference", &[Value::list(vec![])]);
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            160,
            "a = set(['', 'éaz', 256, 'éab', 1, 32, 0, 1])\n_xs = [28, 8, 32, 64, 13]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na = a.difference([])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{'', 256, 1, 32, 0, 'éab', 'éaz'}",
                "{32, 64, 8, 13, 28}",
                "{'', 256, 1, 32, 0, 'éab', 'éaz'}",
                "{'', 256, 1, 32, 0, 'éab', 'éaz'}",
                "frozenset({'', 256, 1, 32, 0, 'éab', 'éaz'})",
                "{'', 256, 1, 32, 0, 'éab', 'éaz'}",
            ],
        );
    }
    {
        // a = {0.1, '', 0, 256, -3, -3, 'y', 34, 3, 'a', 14, 32}
        // b = set(dict.fromkeys(['', 128]))
        // print(repr(a)); print(repr(b))
        // a.difference_update([34, ()])
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Float(0.1f64),
                    Value::str(""),
                    Value::Int(0),
                    Value::Int(256),
                    Value::Int(-3),
                    Value::Int(-3),
                    Value::str("y"),
                    Value::Int(34),
                    Value::Int(3),
                    Value::str("a"),
                    Value::Int(14),
                    Value::Int(32),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![Value::str(""), Value::Int(128)]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![Value::Int(34), Value::tuple(vec![])])],
        );
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            161,
            "a = {0.1, '', 0, 256, -3, -3, 'y', 34, 3, 'a', 14, 32}\nb = set(dict.fromkeys(['', 128]))\nprint(repr(a)); print(repr(b))\na.difference_update([34, ()])\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{0.1, '', 'y', 0, 256, 34, 3, 32, 14, 'a', -3}",
                "{'', 128}",
                "{0.1, '', 'y', 0, 256, 3, 32, 14, 'a', -3}",
                "{0.1, 'y', 0, 256, 128, 3, 32, 14, 'a', -3}",
            ],
        );
    }
    {
        // a = set(set([39, 0.1, 0.1, 1024, 'yy', 'xzé', '', -4, 39, 22, 'é', 32]))
        // b = {3, 'yéz', -4, (), -2305843009213693952, 32, 25, 20, 'éy', 10, '', 4}
        // print(repr(a)); print(repr(b))
        // a.intersection_update([])
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a.update(['y', 256, 'xaa', (3, 'b'), ''])
        // print(repr(a))
        // a.add(3)
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(39),
            Value::Float(0.1f64),
            Value::Float(0.1f64),
            Value::Int(1024),
            Value::str("yy"),
            Value::str("xzé"),
            Value::str(""),
            Value::Int(-4),
            Value::Int(39),
            Value::Int(22),
            Value::str("é"),
            Value::Int(32),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(3),
                    Value::str("yéz"),
                    Value::Int(-4),
                    Value::tuple(vec![]),
                    Value::Int(-2305843009213693952),
                    Value::Int(32),
                    Value::Int(25),
                    Value::Int(20),
                    Value::str("éy"),
                    Value::Int(10),
                    Value::str(""),
                    Value::Int(4),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str("y"),
                Value::Int(256),
                Value::str("xaa"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(3)]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            162,
            "a = set(set([39, 0.1, 0.1, 1024, 'yy', 'xzé', '', -4, 39, 22, 'é', 32]))\nb = {3, 'yéz', -4, (), -2305843009213693952, 32, 25, 20, 'éy', 10, '', 4}\nprint(repr(a)); print(repr(b))\na.intersection_update([])\nprint(repr(a))\na -= b\nprint(repr(a))\na = b - a\nprint(repr(a))\na.update(['y', 256, 'xaa', (3, 'b'), ''])\nprint(repr(a))\na.add(3)\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{0.1, 1024, '', 'é', 'xzé', 32, 39, 'yy', 22, -4}",
                "{32, '', 3, 4, 'yéz', 10, (), 20, 25, 'éy', -4, -2305843009213693952}",
                "set()",
                "set()",
                "{32, '', 3, 4, 'yéz', 10, (), 20, 25, 'éy', -4, -2305843009213693952}",
                "{32, '', 'y', 3, 4, 'yéz', 256, 'xaa', 10, (), 20, 25, (3, 'b'), 'éy', -4, -2305843009213693952}",
                "{32, '', 'y', 3, 4, 'yéz', 256, 'xaa', 10, (), 20, 25, (3, 'b'), 'éy', -4, -2305843009213693952}",
                "{256, 'y', 'xaa', (3, 'b')}",
            ],
        );
    }
    {
        // _xs = ['xzb', 13, -2305843009213693952, 3, 'y', 19, 4611686018427387909, 'za']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [1e+300, 0.1, 6, 4611686018427387909, 22, 12]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.intersection_update(b)
        // print(repr(a))
        // a.symmetric_difference_update([-3, ('a',), 'czb', 'b', 16, 6])
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.discard('éaz')
        // print(repr(a))
        // for _x in [39, -0.5, 40, (), 18, 14, 'bxé', 34]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("xzb"),
                Value::Int(13),
                Value::Int(-2305843009213693952),
                Value::Int(3),
                Value::str("y"),
                Value::Int(19),
                Value::Int(4611686018427387909),
                Value::str("za"),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(1e+300),
                Value::Float(0.1f64),
                Value::Int(6),
                Value::Int(4611686018427387909),
                Value::Int(22),
                Value::Int(12),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(-3),
                Value::tuple(vec![Value::str("a")]),
                Value::str("czb"),
                Value::str("b"),
                Value::Int(16),
                Value::Int(6),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("éaz")]);
        out.push(repr(&a));
        for x in vec![
            Value::Int(39),
            Value::Float(-0.5f64),
            Value::Int(40),
            Value::tuple(vec![]),
            Value::Int(18),
            Value::Int(14),
            Value::str("bxé"),
            Value::Int(34),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            163,
            "_xs = ['xzb', 13, -2305843009213693952, 3, 'y', 19, 4611686018427387909, 'za']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [1e+300, 0.1, 6, 4611686018427387909, 22, 12]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.intersection_update(b)\nprint(repr(a))\na.symmetric_difference_update([-3, ('a',), 'czb', 'b', 16, 6])\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.discard('éaz')\nprint(repr(a))\nfor _x in [39, -0.5, 40, (), 18, 14, 'bxé', 34]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{'y', 3, 4611686018427387909, 'xzb', 13, 'za', 19, -2305843009213693952}",
                "{0.1, 6, 4611686018427387909, 12, 22, 1e+300}",
                "{4611686018427387909}",
                "{'czb', 6, 4611686018427387909, ('a',), 'b', 16, -3}",
                "{16, 'czb', 6, 4611686018427387909, ('a',), -3, 'b'}",
                "{16, 'czb', 6, 4611686018427387909, ('a',), -3, 'b'}",
                "{16, 'czb', 6, 4611686018427387909, ('a',), -3, 'b'}",
            ],
        );
    }
    {
        // a = set([36])
        // b = set([])
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([13]))
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(36)]));
        let b = mkset(Value::list(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "intersection", &[fromkeys(vec![Value::Int(13)])]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            164,
            "a = set([36])\nb = set([])\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\na = a.intersection(dict.fromkeys([13]))\nprint(repr(a))\na = a - b\nprint(repr(a))\na -= b\nprint(repr(a))\na = b & a\nprint(repr(a))",
            &out,
            &["{36}", "set()", "{36}", "set()", "set()", "set()", "set()"],
        );
    }
    {
        // a = set([0, 24, -0.5, 1e+300, 10, 2, 29, 0, 1, 34, 36, 'yé', 16, 'a', -6, 16, 18, 27, -3, -0.5, '', 'za', 13, 2, 24, 2305843009213693951, 'cb', 'y', 'éc', 36, -5, 'za', 8, 20, 15, 9, 13, 'a', 3, 26])
        // b = set(set([13, 29]))
        // print(repr(a)); print(repr(b))
        // a.update([-1, 100000000000000000000, 'ay', 30, 26, 17, 20, 'c'])
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(0),
            Value::Int(24),
            Value::Float(-0.5f64),
            Value::Float(1e+300),
            Value::Int(10),
            Value::Int(2),
            Value::Int(29),
            Value::Int(0),
            Value::Int(1),
            Value::Int(34),
            Value::Int(36),
            Value::str("yé"),
            Value::Int(16),
            Value::str("a"),
            Value::Int(-6),
            Value::Int(16),
            Value::Int(18),
            Value::Int(27),
            Value::Int(-3),
            Value::Float(-0.5f64),
            Value::str(""),
            Value::str("za"),
            Value::Int(13),
            Value::Int(2),
            Value::Int(24),
            Value::Int(2305843009213693951),
            Value::str("cb"),
            Value::str("y"),
            Value::str("éc"),
            Value::Int(36),
            Value::Int(-5),
            Value::str("za"),
            Value::Int(8),
            Value::Int(20),
            Value::Int(15),
            Value::Int(9),
            Value::Int(13),
            Value::str("a"),
            Value::Int(3),
            Value::Int(26),
        ]));
        let b = mkset(mkset(Value::list(vec![Value::Int(13), Value::Int(29)])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(-1),
                big("100000000000000000000"),
                Value::str("ay"),
                Value::Int(30),
                Value::Int(26),
                Value::Int(17),
                Value::Int(20),
                Value::str("c"),
            ])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            165,
            "a = set([0, 24, -0.5, 1e+300, 10, 2, 29, 0, 1, 34, 36, 'yé', 16, 'a', -6, 16, 18, 27, -3, -0.5, '', 'za', 13, 2, 24, 2305843009213693951, 'cb', 'y', 'éc', 36, -5, 'za', 8, 20, 15, 9, 13, 'a', 3, 26])\nb = set(set([13, 29]))\nprint(repr(a)); print(repr(b))\na.update([-1, 100000000000000000000, 'ay', 30, 26, 17, 20, 'c'])\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{0, -0.5, 2, 1, '', 2305843009213693951, 3, 8, 9, 10, 13, 15, 16, 18, 'a', 20, 24, 26, 27, 29, 34, 36, 'éc', 1e+300, 'cb', 'y', 'za', 'yé', -6, -5, -3}",
                "{29, 13}",
                "{0, -0.5, 2, 1, '', 2305843009213693951, 3, 8, 9, 10, 13, 15, 16, 17, 18, 'a', 20, 24, 26, 27, 29, 30, 34, 36, 100000000000000000000, 'éc', 1e+300, 'cb', 'y', 'za', 'ay', 'yé', 'c', -6, -5, -3, -1}",
                "0",
                "{-0.5, 2, 1, '', 2305843009213693951, 3, 8, 9, 10, 13, 15, 16, 17, 18, 'a', 20, 24, 26, 27, 29, 30, 34, 36, 100000000000000000000, 'éc', 1e+300, 'cb', 'y', 'za', 'ay', 'yé', 'c', -6, -5, -3, -1}",
                "set()",
            ],
        );
    }
    {
        // _xs = ['byb', 11, (), -2, 12, 22]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([-1, 24, 31])
        // print(repr(a)); print(repr(b))
        // a.intersection_update(b)
        // print(repr(a))
        // a.update([])
        // print(repr(a))
        // a.add(29)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a |= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("byb"),
                Value::Int(11),
                Value::tuple(vec![]),
                Value::Int(-2),
                Value::Int(12),
                Value::Int(22),
            ])
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::Int(-1),
            Value::Int(24),
            Value::Int(31),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "update", &[Value::list(vec![])]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(29)]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            166,
            "_xs = ['byb', 11, (), -2, 12, 22]\na = set()\nfor _x in _xs: a.add(_x)\nb = set([-1, 24, 31])\nprint(repr(a)); print(repr(b))\na.intersection_update(b)\nprint(repr(a))\na.update([])\nprint(repr(a))\na.add(29)\nprint(repr(a))\na |= b\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na |= b\nprint(repr(a))",
            &out,
            &[
                "{11, 12, 22, (), 'byb', -2}",
                "{24, -1, 31}",
                "set()",
                "set()",
                "{29}",
                "{24, 29, -1, 31}",
                "24",
                "{29, -1, 31}",
                "{24, 29, -1, 31}",
            ],
        );
    }
    {
        // _xs = ['zxy', 6]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([]))
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a.difference_update([2, '', 3, 5, 2, -5, 35, '', 'é', 256])
        // print(repr(a))
        // a = a.union([-5, 20, 2.0, 33, 'zab', 22, 'bb', 35])
        // print(repr(a))
        // for _x in [(3, 'b'), 24, '', 24, (1, 2)]:
        //     a.discard(_x)
        // print(repr(a))
        // a.discard(34)
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("zxy"), Value::Int(6)]).unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![])));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(2),
                Value::str(""),
                Value::Int(3),
                Value::Int(5),
                Value::Int(2),
                Value::Int(-5),
                Value::Int(35),
                Value::str(""),
                Value::str("é"),
                Value::Int(256),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(-5),
                Value::Int(20),
                Value::Float(2.0f64),
                Value::Int(33),
                Value::str("zab"),
                Value::Int(22),
                Value::str("bb"),
                Value::Int(35),
            ])],
        );
        out.push(repr(&a));
        for x in vec![
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(24),
            Value::str(""),
            Value::Int(24),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(34)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            167,
            "_xs = ['zxy', 6]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([]))\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na.difference_update([2, '', 3, 5, 2, -5, 35, '', 'é', 256])\nprint(repr(a))\na = a.union([-5, 20, 2.0, 33, 'zab', 22, 'bb', 35])\nprint(repr(a))\nfor _x in [(3, 'b'), 24, '', 24, (1, 2)]:\n    a.discard(_x)\nprint(repr(a))\na.discard(34)\nprint(repr(a))\na = b - a\nprint(repr(a))",
            &out,
            &[
                "{'zxy', 6}",
                "set()",
                "'zxy'",
                "{6}",
                "{6}",
                "{33, 2.0, 35, 6, 'zab', 20, 'bb', 22, -5}",
                "{33, 2.0, 35, 6, 'zab', 20, 'bb', 22, -5}",
                "{33, 2.0, 35, 6, 'zab', 20, 'bb', 22, -5}",
                "set()",
            ],
        );
    }
    {
        // a = set(set(['a', ('a',), 15, 34, '', (), 'zxc', 28]))
        // b = set(set(['xxy', 4, -1, 28, -4, 'é', 16, '']))
        // print(repr(a)); print(repr(b))
        // a = a.union(dict.fromkeys([('a',), 1.5, 'xz', 0, 13, '']))
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a |= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::str("a"),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(15),
            Value::Int(34),
            Value::str(""),
            Value::tuple(vec![]),
            Value::str("zxc"),
            Value::Int(28),
        ])));
        let b = mkset(mkset(Value::list(vec![
            Value::str("xxy"),
            Value::Int(4),
            Value::Int(-1),
            Value::Int(28),
            Value::Int(-4),
            Value::str("é"),
            Value::Int(16),
            Value::str(""),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::tuple(vec![Value::str("a")]),
                Value::Float(1.5f64),
                Value::str("xz"),
                Value::Int(0),
                Value::Int(13),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            168,
            "a = set(set(['a', ('a',), 15, 34, '', (), 'zxc', 28]))\nb = set(set(['xxy', 4, -1, 28, -4, 'é', 16, '']))\nprint(repr(a)); print(repr(b))\na = a.union(dict.fromkeys([('a',), 1.5, 'xz', 0, 13, '']))\nprint(repr(a))\na = b & a\nprint(repr(a))\na -= b\nprint(repr(a))\na |= b\nprint(repr(a))",
            &out,
            &[
                "{'', 34, ('a',), 28, 15, 'a', (), 'zxc'}",
                "{'', 'é', 4, 28, 16, -4, -1, 'xxy'}",
                "{'', 1.5, 34, 0, ('a',), 'xz', 28, 13, 15, 'a', (), 'zxc'}",
                "{'', 28}",
                "set()",
                "{'', 'é', 4, 28, 16, -4, -1, 'xxy'}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['xb']))
        // b = {15, 'z', 26, -1, -2, 12, -4, 0, 'é', 9, 38, ('a',), 18, 16, 8, 'ébé', 'zxb', 0.1, 2.0, 256, 32, -2, '', (1, 2), 2.0, 22, 23, 'aéz', 'yé', 16, 3, 32, '', 'xcb', 'xc', 128, 'x', 20, 15, 28}
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::str("xb")]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(15),
                    Value::str("z"),
                    Value::Int(26),
                    Value::Int(-1),
                    Value::Int(-2),
                    Value::Int(12),
                    Value::Int(-4),
                    Value::Int(0),
                    Value::str("é"),
                    Value::Int(9),
                    Value::Int(38),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(18),
                    Value::Int(16),
                    Value::Int(8),
                    Value::str("ébé"),
                    Value::str("zxb"),
                    Value::Float(0.1f64),
                    Value::Float(2.0f64),
                    Value::Int(256),
                    Value::Int(32),
                    Value::Int(-2),
                    Value::str(""),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Float(2.0f64),
                    Value::Int(22),
                    Value::Int(23),
                    Value::str("aéz"),
                    Value::str("yé"),
                    Value::Int(16),
                    Value::Int(3),
                    Value::Int(32),
                    Value::str(""),
                    Value::str("xcb"),
                    Value::str("xc"),
                    Value::Int(128),
                    Value::str("x"),
                    Value::Int(20),
                    Value::Int(15),
                    Value::Int(28),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            169,
            "a = set(dict.fromkeys(['xb']))\nb = {15, 'z', 26, -1, -2, 12, -4, 0, 'é', 9, 38, ('a',), 18, 16, 8, 'ébé', 'zxb', 0.1, 2.0, 256, 32, -2, '', (1, 2), 2.0, 22, 23, 'aéz', 'yé', 16, 3, 32, '', 'xcb', 'xc', 128, 'x', 20, 15, 28}\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na -= b\nprint(repr(a))\na = b | a\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{'xb'}",
                "{0, 256, 2.0, 3, '', 128, 'z', 8, 9, 12, 15, 16, 18, 20, 22, 23, 26, 28, 32, 'x', 38, 'xc', 'xcb', 'zxb', 'aéz', 0.1, (1, 2), ('a',), 'yé', 'é', 'ébé', -1, -4, -2}",
                "'xb'",
                "set()",
                "set()",
                "{0, 256, 2.0, 3, '', 128, 'z', 8, 9, 12, 15, 16, 18, 20, 22, 23, 26, 28, 32, 'x', 38, 'xc', 'xcb', 'zxb', 'aéz', 0.1, (1, 2), ('a',), 'yé', 'é', 'ébé', -1, -4, -2}",
                "set()",
            ],
        );
    }
    {
        // a = set(['zx', 26, 0.1, 'zyc', 1024, 17, (), 20, 2305843009213693951, 12, 128, 38])
        // b = {8, 64, 'y'}
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // a.add((1, 2))
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::str("zx"),
            Value::Int(26),
            Value::Float(0.1f64),
            Value::str("zyc"),
            Value::Int(1024),
            Value::Int(17),
            Value::tuple(vec![]),
            Value::Int(20),
            Value::Int(2305843009213693951),
            Value::Int(12),
            Value::Int(128),
            Value::Int(38),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(vec![Value::Int(8), Value::Int(64), Value::str("y")], NAMES)
                .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "add",
            &[Value::tuple(vec![Value::Int(1), Value::Int(2)])],
        );
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            170,
            "a = set(['zx', 26, 0.1, 'zyc', 1024, 17, (), 20, 2305843009213693951, 12, 128, 38])\nb = {8, 64, 'y'}\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\na.add((1, 2))\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{0.1, 'zx', 1024, 2305843009213693951, 128, 38, 12, 17, 20, 'zyc', 26, ()}",
                "{8, 'y', 64}",
                "{0.1, 'zx', 1024, 2305843009213693951, 128, 'y', 38, 64, 8, 12, 17, 20, 'zyc', 26, ()}",
                "{0.1, 'zx', 1024, 2305843009213693951, 128, 'y', 38, 64, 8, (1, 2), 12, 17, 20, 'zyc', 26, ()}",
                "{0.1, 'zx', 1024, 2305843009213693951, 128, 38, (1, 2), 12, 17, 20, 'zyc', 26, ()}",
            ],
        );
    }
    {
        // _xs = [128, 'éc', 4611686018427387909, 5, 'cz', -6]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([32, 6]))
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // a.discard(32)
        // print(repr(a))
        // a = a.union(dict.fromkeys([(), 10, (3, 'b'), ('a',), 'éz', 40]))
        // print(repr(a))
        // for _x in [8, 'bxa']:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(128),
                Value::str("éc"),
                Value::Int(4611686018427387909),
                Value::Int(5),
                Value::str("cz"),
                Value::Int(-6),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![Value::Int(32), Value::Int(6)]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(32)]);
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::tuple(vec![]),
                Value::Int(10),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::tuple(vec![Value::str("a")]),
                Value::str("éz"),
                Value::Int(40),
            ])],
        );
        out.push(repr(&a));
        for x in vec![Value::Int(8), Value::str("bxa")] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            171,
            "_xs = [128, 'éc', 4611686018427387909, 5, 'cz', -6]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([32, 6]))\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\na.discard(32)\nprint(repr(a))\na = a.union(dict.fromkeys([(), 10, (3, 'b'), ('a',), 'éz', 40]))\nprint(repr(a))\nfor _x in [8, 'bxa']:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{128, 5, 4611686018427387909, 'cz', 'éc', -6}",
                "{32, 6}",
                "{128, 32, 'éc', 5, 6, 4611686018427387909, -6, 'cz'}",
                "{128, 'éc', 5, 6, 4611686018427387909, -6, 'cz'}",
                "{128, 'éz', 5, 6, 4611686018427387909, ('a',), 40, 10, 'cz', 'éc', (3, 'b'), -6, ()}",
                "{128, 'éz', 5, 6, 4611686018427387909, ('a',), 40, 10, 'cz', 'éc', (3, 'b'), -6, ()}",
            ],
        );
    }
    {
        // a = set([35, 1024, -0.5, 18, '', 64, '', 24])
        // b = set([2, 35, 'yyé', 64, 16])
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.intersection([-2305843009213693952, 'é', 2305843009213693952, ''])
        // print(repr(a))
        // a.symmetric_difference_update([(), 16, 32, 24, 33])
        // print(repr(a))
        // a.symmetric_difference_update([38, 'éyx', 256, 32, 'xc', 'éz', -6, '', ('a',), ''])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(35),
            Value::Int(1024),
            Value::Float(-0.5f64),
            Value::Int(18),
            Value::str(""),
            Value::Int(64),
            Value::str(""),
            Value::Int(24),
        ]));
        let b = mkset(Value::list(vec![
            Value::Int(2),
            Value::Int(35),
            Value::str("yyé"),
            Value::Int(64),
            Value::Int(16),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(-2305843009213693952),
                Value::str("é"),
                Value::Int(2305843009213693952),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::tuple(vec![]),
                Value::Int(16),
                Value::Int(32),
                Value::Int(24),
                Value::Int(33),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(38),
                Value::str("éyx"),
                Value::Int(256),
                Value::Int(32),
                Value::str("xc"),
                Value::str("éz"),
                Value::Int(-6),
                Value::str(""),
                Value::tuple(vec![Value::str("a")]),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            172,
            "a = set([35, 1024, -0.5, 18, '', 64, '', 24])\nb = set([2, 35, 'yyé', 64, 16])\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.intersection([-2305843009213693952, 'é', 2305843009213693952, ''])\nprint(repr(a))\na.symmetric_difference_update([(), 16, 32, 24, 33])\nprint(repr(a))\na.symmetric_difference_update([38, 'éyx', 256, 32, 'xc', 'éz', -6, '', ('a',), ''])\nprint(repr(a))",
            &out,
            &[
                "{1024, -0.5, '', 35, 64, 18, 24}",
                "{64, 2, 35, 'yyé', 16}",
                "1024",
                "{-0.5, '', 35, 64, 18, 24}",
                "{''}",
                "{'', 33, 32, 16, 24, ()}",
                "{33, 256, 'éz', 38, ('a',), 'éyx', 16, 'xc', 24, -6, ()}",
            ],
        );
    }
    {
        // a = set([18, 29, 31, 32, 7])
        // b = set(['éb', 100000000000000000000, 100000000000000000000, 2.0, (3, 'b'), 'yb', 'écz', 14, 38, 8, 1e+300, 18])
        // print(repr(a)); print(repr(b))
        // a.update([-1, 13, 1024, 37, 'caz', 'aaz', 14, 26])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(18),
            Value::Int(29),
            Value::Int(31),
            Value::Int(32),
            Value::Int(7),
        ]));
        let b = mkset(Value::list(vec![
            Value::str("éb"),
            big("100000000000000000000"),
            big("100000000000000000000"),
            Value::Float(2.0f64),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("yb"),
            Value::str("écz"),
            Value::Int(14),
            Value::Int(38),
            Value::Int(8),
            Value::Float(1e+300),
            Value::Int(18),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(-1),
                Value::Int(13),
                Value::Int(1024),
                Value::Int(37),
                Value::str("caz"),
                Value::str("aaz"),
                Value::Int(14),
                Value::Int(26),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            173,
            "a = set([18, 29, 31, 32, 7])\nb = set(['éb', 100000000000000000000, 100000000000000000000, 2.0, (3, 'b'), 'yb', 'écz', 14, 38, 8, 1e+300, 18])\nprint(repr(a)); print(repr(b))\na.update([-1, 13, 1024, 37, 'caz', 'aaz', 14, 26])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a - b\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{32, 7, 18, 29, 31}",
                "{2.0, 'yb', 38, 'éb', 8, 100000000000000000000, 14, 18, 'écz', (3, 'b'), 1e+300}",
                "{32, 1024, 'aaz', 'caz', 37, 7, 13, 14, 18, 26, 29, -1, 31}",
                "frozenset({32, 1024, 'aaz', 'caz', 37, 7, 13, 14, 18, 26, 29, -1, 31})",
                "{32, 1024, 'aaz', 'caz', 37, 7, 13, 14, 18, 26, 29, -1, 31}",
                "{32, 1024, 'aaz', 'caz', 37, 7, 13, 26, 29, -1, 31}",
                "frozenset({32, 1024, 'aaz', 'caz', 37, 7, 13, 26, 29, -1, 31})",
                "{32, 1024, 'aaz', 'caz', 37, 7, 13, 26, 29, -1, 31}",
            ],
        );
    }
    {
        // _xs = [24]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(['', -0.5, 'é', '', 21, 16, 22, '', 20, 1e+300, 128, 'x', 37, 29, 26, '', 6, -1, (), 32])
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(24)]).unwrap()));
        let b = mkset(Value::list(vec![
            Value::str(""),
            Value::Float(-0.5f64),
            Value::str("é"),
            Value::str(""),
            Value::Int(21),
            Value::Int(16),
            Value::Int(22),
            Value::str(""),
            Value::Int(20),
            Value::Float(1e+300),
            Value::Int(128),
            Value::str("x"),
            Value::Int(37),
            Value::Int(29),
            Value::Int(26),
            Value::str(""),
            Value::Int(6),
            Value::Int(-1),
            Value::tuple(vec![]),
            Value::Int(32),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            174,
            "_xs = [24]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(['', -0.5, 'é', '', 21, 16, 22, '', 20, 1e+300, 128, 'x', 37, 29, 26, '', 6, -1, (), 32])\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{24}",
                "{'', -0.5, 128, 'é', 'x', 37, 6, 32, 16, 20, 21, 22, 26, (), 1e+300, 29, -1}",
                "{24}",
                "{24}",
            ],
        );
    }
    {
        // _xs = [(), 'bxx', 4, 32, '', '']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['ycc', 0.1, ('a',)]))
        // print(repr(a)); print(repr(b))
        // a = b - a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![]),
                Value::str("bxx"),
                Value::Int(4),
                Value::Int(32),
                Value::str(""),
                Value::str(""),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::str("ycc"),
            Value::Float(0.1f64),
            Value::tuple(vec![Value::str("a")]),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            175,
            "_xs = [(), 'bxx', 4, 32, '', '']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['ycc', 0.1, ('a',)]))\nprint(repr(a)); print(repr(b))\na = b - a\nprint(repr(a))",
            &out,
            &[
                "{32, '', 4, 'bxx', ()}",
                "{0.1, ('a',), 'ycc'}",
                "{0.1, 'ycc', ('a',)}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([20, 0.1, 100000000000000000000, 'z', 1, (1, 2)]))
        // b = set(set([12, 2305843009213693951, 256, 25, 31, 30, 128, 'zéb', 'yab', 2.0, 24, 16, 2305843009213693951, 'bxc', '', 'ax', 32, 35, 'zy', 8, 'éc', (1, 2), 16, -5, 32, 128, 'écx', 13, (), 18, 32, 1.5, 'xx', '', 'x', 8, '', 8, 23, 8]))
        // print(repr(a)); print(repr(b))
        // a = a.union(['zzy', 'aé', (3, 'b'), 23, 39, (), 2305843009213693952, 29, '', 'x'])
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(20),
            Value::Float(0.1f64),
            big("100000000000000000000"),
            Value::str("z"),
            Value::Int(1),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(12),
            Value::Int(2305843009213693951),
            Value::Int(256),
            Value::Int(25),
            Value::Int(31),
            Value::Int(30),
            Value::Int(128),
            Value::str("zéb"),
            Value::str("yab"),
            Value::Float(2.0f64),
            Value::Int(24),
            Value::Int(16),
            Value::Int(2305843009213693951),
            Value::str("bxc"),
            Value::str(""),
            Value::str("ax"),
            Value::Int(32),
            Value::Int(35),
            Value::str("zy"),
            Value::Int(8),
            Value::str("éc"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(16),
            Value::Int(-5),
            Value::Int(32),
            Value::Int(128),
            Value::str("écx"),
            Value::Int(13),
            Value::tuple(vec![]),
            Value::Int(18),
            Value::Int(32),
            Value::Float(1.5f64),
            Value::str("xx"),
            Value::str(""),
            Value::str("x"),
            Value::Int(8),
            Value::str(""),
            Value::Int(8),
            Value::Int(23),
            Value::Int(8),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::str("zzy"),
                Value::str("aé"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(23),
                Value::Int(39),
                Value::tuple(vec![]),
                Value::Int(2305843009213693952),
                Value::Int(29),
                Value::str(""),
                Value::str("x"),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            176,
            "a = set(dict.fromkeys([20, 0.1, 100000000000000000000, 'z', 1, (1, 2)]))\nb = set(set([12, 2305843009213693951, 256, 25, 31, 30, 128, 'zéb', 'yab', 2.0, 24, 16, 2305843009213693951, 'bxc', '', 'ax', 32, 35, 'zy', 8, 'éc', (1, 2), 16, -5, 32, 128, 'écx', 13, (), 18, 32, 1.5, 'xx', '', 'x', 8, '', 8, 23, 8]))\nprint(repr(a)); print(repr(b))\na = a.union(['zzy', 'aé', (3, 'b'), 23, 39, (), 2305843009213693952, 29, '', 'x'])\nprint(repr(a))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{0.1, 1, (1, 2), 20, 'z', 100000000000000000000}",
                "{2305843009213693951, 256, 128, 2.0, '', 1.5, (1, 2), 8, 'yab', 12, 13, 'ax', 'xx', 16, 18, 23, 24, 25, 30, 31, 32, 'zéb', 35, 'x', 'zy', -5, 'bxc', 'éc', 'écx', ()}",
                "{0.1, 1, 'zzy', (1, 2), 2305843009213693952, '', 'z', 20, 23, (3, 'b'), 29, 'aé', 'x', 39, 100000000000000000000, ()}",
                "{2305843009213693951, 256, 2.0, 1.5, 2305843009213693952, 1, 'z', 'zzy', 8, 12, 13, 16, 18, 20, 24, 25, 29, 30, 31, 32, 35, 'zy', 39, 100000000000000000000, 'bxc', 0.1, 'xx', (3, 'b'), 'aé', 128, 'éc', 'écx', 'yab', 'ax', 'zéb', -5}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([21]))
        // b = set([17, 19, '', 128, 10, 23, 'z', 'c'])
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        // a.symmetric_difference_update([13, 1024, 4])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Int(21)]));
        let b = mkset(Value::list(vec![
            Value::Int(17),
            Value::Int(19),
            Value::str(""),
            Value::Int(128),
            Value::Int(10),
            Value::Int(23),
            Value::str("z"),
            Value::str("c"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(13),
                Value::Int(1024),
                Value::Int(4),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            177,
            "a = set(dict.fromkeys([21]))\nb = set([17, 19, '', 128, 10, 23, 'z', 'c'])\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))\na.symmetric_difference_update([13, 1024, 4])\nprint(repr(a))",
            &out,
            &[
                "{21}",
                "{'', 128, 'z', 10, 17, 'c', 19, 23}",
                "set()",
                "{1024, 4, 13}",
            ],
        );
    }
    {
        // a = set(set([14, 256, 36, 2305843009213693951, -1]))
        // b = set(dict.fromkeys([28, -2, 24, 'zza', 37, ('a',), '', 22, '', 0, 31, 12, 38, 6, 21, 31, (), 20, -5, 'caa', -4, 21, 39, 16, 'aé', 29, (), 'cy', 128, 39, 23, 28, 35, 39, 29, 23, 'aa', -5, 35, 29]))
        // print(repr(a)); print(repr(b))
        // a = a.difference(b)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(14),
            Value::Int(256),
            Value::Int(36),
            Value::Int(2305843009213693951),
            Value::Int(-1),
        ])));
        let b = mkset(fromkeys(vec![
            Value::Int(28),
            Value::Int(-2),
            Value::Int(24),
            Value::str("zza"),
            Value::Int(37),
            Value::tuple(vec![Value::str("a")]),
            Value::str(""),
            Value::Int(22),
            Value::str(""),
            Value::Int(0),
            Value::Int(31),
            Value::Int(12),
            Value::Int(38),
            Value::Int(6),
            Value::Int(21),
            Value::Int(31),
            Value::tuple(vec![]),
            Value::Int(20),
            Value::Int(-5),
            Value::str("caa"),
            Value::Int(-4),
            Value::Int(21),
            Value::Int(39),
            Value::Int(16),
            Value::str("aé"),
            Value::Int(29),
            Value::tuple(vec![]),
            Value::str("cy"),
            Value::Int(128),
            Value::Int(39),
            Value::Int(23),
            Value::Int(28),
            Value::Int(35),
            Value::Int(39),
            Value::Int(29),
            Value::Int(23),
            Value::str("aa"),
            Value::Int(-5),
            Value::Int(35),
            Value::Int(29),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            178,
            "a = set(set([14, 256, 36, 2305843009213693951, -1]))\nb = set(dict.fromkeys([28, -2, 24, 'zza', 37, ('a',), '', 22, '', 0, 31, 12, 38, 6, 21, 31, (), 20, -5, 'caa', -4, 21, 39, 16, 'aé', 29, (), 'cy', 128, 39, 23, 28, 35, 39, 29, 23, 'aa', -5, 35, 29]))\nprint(repr(a)); print(repr(b))\na = a.difference(b)\nprint(repr(a))\na |= b\nprint(repr(a))",
            &out,
            &[
                "{256, 2305843009213693951, 36, -1, 14}",
                "{'', 0, 128, 6, ('a',), 'caa', 12, 16, 20, 21, 22, 'cy', 24, 23, 28, 29, 'aa', 31, 'aé', 35, 37, 38, -5, 39, 'zza', (), -4, -2}",
                "{256, 2305843009213693951, 36, 14, -1}",
                "{256, 2305843009213693951, '', 0, 128, 6, 'caa', 12, 14, 16, 20, 21, 22, 'cy', 24, 23, 28, 29, 31, 35, 36, 37, 38, 39, ('a',), (), 'aa', 'aé', 'zza', -2, -5, -4, -1}",
            ],
        );
    }
    {
        // a = set([-2305843009213693952, -2305843009213693952])
        // b = set(set(['bzb', '', 'x', 38, 10, -1, 29, -0.5, 4611686018427387909, 128, 33, 37]))
        // print(repr(a)); print(repr(b))
        // a.add(())
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(-2305843009213693952),
            Value::Int(-2305843009213693952),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::str("bzb"),
            Value::str(""),
            Value::str("x"),
            Value::Int(38),
            Value::Int(10),
            Value::Int(-1),
            Value::Int(29),
            Value::Float(-0.5f64),
            Value::Int(4611686018427387909),
            Value::Int(128),
            Value::Int(33),
            Value::Int(37),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::tuple(vec![])]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            179,
            "a = set([-2305843009213693952, -2305843009213693952])\nb = set(set(['bzb', '', 'x', 38, 10, -1, 29, -0.5, 4611686018427387909, 128, 33, 37]))\nprint(repr(a)); print(repr(b))\na.add(())\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{-2305843009213693952}",
                "{'', -0.5, 128, 'x', 33, 37, 38, 4611686018427387909, 10, 'bzb', 29, -1}",
                "{(), -2305843009213693952}",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['zyb', 34, 14]))
        // b = set([0.1, 16])
        // print(repr(a)); print(repr(b))
        // a = a.difference([])
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a = a.union(dict.fromkeys([]))
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("zyb"),
            Value::Int(34),
            Value::Int(14),
        ]));
        let b = mkset(Value::list(vec![Value::Float(0.1f64), Value::Int(16)]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "difference", &[Value::list(vec![])]);
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(&a, "union", &[fromkeys(vec![])]);
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            180,
            "a = set(dict.fromkeys(['zyb', 34, 14]))\nb = set([0.1, 16])\nprint(repr(a)); print(repr(b))\na = a.difference([])\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na |= b\nprint(repr(a))\na = b & a\nprint(repr(a))\na = a.union(dict.fromkeys([]))\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))",
            &out,
            &[
                "{34, 'zyb', 14}",
                "{0.1, 16}",
                "{34, 'zyb', 14}",
                "{34, 'zyb', 14}",
                "{0.1, 16, 34, 14, 'zyb'}",
                "{0.1, 16}",
                "{0.1, 16}",
                "{0.1, 16}",
            ],
        );
    }
    {
        // a = set([(), (), 29, 'cy', 'ybz'])
        // _xs = ['xx', 32, (3, 'b')]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // a.intersection_update([-4, 'y', 'a', 39, 'zcb', 16, 30, 16, 'bax'])
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a.update([8, 'zéz'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::tuple(vec![]),
            Value::tuple(vec![]),
            Value::Int(29),
            Value::str("cy"),
            Value::str("ybz"),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("xx"),
                Value::Int(32),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(-4),
                Value::str("y"),
                Value::str("a"),
                Value::Int(39),
                Value::str("zcb"),
                Value::Int(16),
                Value::Int(30),
                Value::Int(16),
                Value::str("bax"),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![Value::Int(8), Value::str("zéz")])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            181,
            "a = set([(), (), 29, 'cy', 'ybz'])\n_xs = ['xx', 32, (3, 'b')]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\na.intersection_update([-4, 'y', 'a', 39, 'zcb', 16, 30, 16, 'bax'])\nprint(repr(a))\na = a - b\nprint(repr(a))\na -= b\nprint(repr(a))\na.update([8, 'zéz'])\nprint(repr(a))",
            &out,
            &[
                "{'ybz', 'cy', (), 29}",
                "{32, (3, 'b'), 'xx'}",
                "{32, 'ybz', 'cy', (3, 'b'), (), 29, 'xx'}",
                "set()",
                "set()",
                "set()",
                "{8, 'zéz'}",
            ],
        );
    }
    {
        // _xs = [4611686018427387909]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [2.0, 36]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(4611686018427387909)]).unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Float(2.0f64), Value::Int(36)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            182,
            "_xs = [4611686018427387909]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [2.0, 36]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{4611686018427387909}",
                "{2.0, 36}",
                "{2.0, 36, 4611686018427387909}",
            ],
        );
    }
    {
        // _xs = [28, 10, 35, '', 28]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['éa', 'écb', (3, 'b'), 1e+300, 24, '']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a.discard(3)
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.difference(['byé', 30, -1, 7])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(28),
                Value::Int(10),
                Value::Int(35),
                Value::str(""),
                Value::Int(28),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("éa"),
                Value::str("écb"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Float(1e+300),
                Value::Int(24),
                Value::str(""),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(3)]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::str("byé"),
                Value::Int(30),
                Value::Int(-1),
                Value::Int(7),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            183,
            "_xs = [28, 10, 35, '', 28]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['éa', 'écb', (3, 'b'), 1e+300, 24, '']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na.discard(3)\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.difference(['byé', 30, -1, 7])\nprint(repr(a))",
            &out,
            &[
                "{'', 10, 35, 28}",
                "{'', 'éa', 'écb', 24, (3, 'b'), 1e+300}",
                "{'', 10, 35, 28}",
                "{'', 10, 35, 28}",
                "''",
                "{10, 35, 28}",
                "{10, 35, 28}",
            ],
        );
    }
    {
        // _xs = ['zz', -0.5, 128, '', 1e+300]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys(['ab', '', '', 18, 2305843009213693951, 33, 2.0, 1e+300, 'b', 37, 10, 'é', 'zé', 1e+300, 4611686018427387909, 15, 16, 23, 'xy', 29]))
        // print(repr(a)); print(repr(b))
        // a.intersection_update([-6, 'ébx', 'cya', (1, 2)])
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        // a.add(2305843009213693951)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("zz"),
                Value::Float(-0.5f64),
                Value::Int(128),
                Value::str(""),
                Value::Float(1e+300),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::str("ab"),
            Value::str(""),
            Value::str(""),
            Value::Int(18),
            Value::Int(2305843009213693951),
            Value::Int(33),
            Value::Float(2.0f64),
            Value::Float(1e+300),
            Value::str("b"),
            Value::Int(37),
            Value::Int(10),
            Value::str("é"),
            Value::str("zé"),
            Value::Float(1e+300),
            Value::Int(4611686018427387909),
            Value::Int(15),
            Value::Int(16),
            Value::Int(23),
            Value::str("xy"),
            Value::Int(29),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(-6),
                Value::str("ébx"),
                Value::str("cya"),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(2305843009213693951)]);
        out.push(repr(&a));
        check(
            &mut failures,
            184,
            "_xs = ['zz', -0.5, 128, '', 1e+300]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys(['ab', '', '', 18, 2305843009213693951, 33, 2.0, 1e+300, 'b', 37, 10, 'é', 'zé', 1e+300, 4611686018427387909, 15, 16, 23, 'xy', 29]))\nprint(repr(a)); print(repr(b))\na.intersection_update([-6, 'ébx', 'cya', (1, 2)])\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na = b | a\nprint(repr(a))\na.add(2305843009213693951)\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 'zz', 128, '', 1e+300}",
                "{'', 2305843009213693951, 2.0, 4611686018427387909, 10, 'b', 15, 16, 18, 23, 'zé', 29, 33, 'xy', 'é', 37, 'ab', 1e+300}",
                "set()",
                "set()",
                "{'', 2305843009213693951, 2.0, 4611686018427387909, 10, 'b', 15, 16, 18, 23, 'zé', 29, 33, 'xy', 'é', 37, 'ab', 1e+300}",
                "{'', 2305843009213693951, 2.0, 4611686018427387909, 10, 'b', 15, 16, 18, 23, 'zé', 29, 33, 'xy', 'é', 37, 'ab', 1e+300}",
            ],
        );
    }
    {
        // _xs = [-6, 'aza', -2305843009213693952, 32, 'zzc']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([0, 4611686018427387909, 40]))
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // a.difference_update(['ézx', '', -5, -6, 23, 'y', -4, (1, 2), 21])
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-6),
                Value::str("aza"),
                Value::Int(-2305843009213693952),
                Value::Int(32),
                Value::str("zzc"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(0),
            Value::Int(4611686018427387909),
            Value::Int(40),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::str("ézx"),
                Value::str(""),
                Value::Int(-5),
                Value::Int(-6),
                Value::Int(23),
                Value::str("y"),
                Value::Int(-4),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(21),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            185,
            "_xs = [-6, 'aza', -2305843009213693952, 32, 'zzc']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([0, 4611686018427387909, 40]))\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a & b\nprint(repr(a))\na.difference_update(['ézx', '', -5, -6, 23, 'y', -4, (1, 2), 21])\nprint(repr(a))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{32, 'aza', 'zzc', -6, -2305843009213693952}",
                "{0, 40, 4611686018427387909}",
                "{32, 0, 'aza', 4611686018427387909, 40, 'zzc', -6, -2305843009213693952}",
                "frozenset({32, 0, 'aza', 4611686018427387909, 40, 'zzc', -6, -2305843009213693952})",
                "{32, 0, 'aza', 4611686018427387909, 40, 'zzc', -6, -2305843009213693952}",
                "{0, 40, 4611686018427387909}",
                "{0, 40, 4611686018427387909}",
                "set()",
            ],
        );
    }
    {
        // _xs = ['aac']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [16, 64, 2305843009213693951, 28, 1, 9, 34, 20, -3, 32, 1.5, '']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.update(['x', (1, 2)])
        // print(repr(a))
        // a.discard('cyy')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("aac")]).unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(16),
                Value::Int(64),
                Value::Int(2305843009213693951),
                Value::Int(28),
                Value::Int(1),
                Value::Int(9),
                Value::Int(34),
                Value::Int(20),
                Value::Int(-3),
                Value::Int(32),
                Value::Float(1.5f64),
                Value::str(""),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str("x"),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("cyy")]);
        out.push(repr(&a));
        check(
            &mut failures,
            186,
            "_xs = ['aac']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [16, 64, 2305843009213693951, 28, 1, 9, 34, 20, -3, 32, 1.5, '']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.update(['x', (1, 2)])\nprint(repr(a))\na.discard('cyy')\nprint(repr(a))",
            &out,
            &[
                "{'aac'}",
                "{2305843009213693951, 64, 1, 34, 32, 1.5, '', 9, 16, 20, 28, -3}",
                "{(1, 2), 'x', 'aac'}",
                "{(1, 2), 'x', 'aac'}",
            ],
        );
    }
    {
        // _xs = [8, 28, 1, 2.0, ('a',), -0.5, -2305843009213693952, 36, (3, 'b'), 'é', 39, 'c', 'é', 40, 9, 4611686018427387909, 21, 33, ('a',), 14]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([3, '', 'yzz']))
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a = a.symmetric_difference([128, 20, 2.0, 'bxa', 4, 256, 29, (1, 2)])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(8),
                Value::Int(28),
                Value::Int(1),
                Value::Float(2.0f64),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(-0.5f64),
                Value::Int(-2305843009213693952),
                Value::Int(36),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("é"),
                Value::Int(39),
                Value::str("c"),
                Value::str("é"),
                Value::Int(40),
                Value::Int(9),
                Value::Int(4611686018427387909),
                Value::Int(21),
                Value::Int(33),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(14),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(3),
            Value::str(""),
            Value::str("yzz"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::Int(128),
                Value::Int(20),
                Value::Float(2.0f64),
                Value::str("bxa"),
                Value::Int(4),
                Value::Int(256),
                Value::Int(29),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            187,
            "_xs = [8, 28, 1, 2.0, ('a',), -0.5, -2305843009213693952, 36, (3, 'b'), 'é', 39, 'c', 'é', 40, 9, 4611686018427387909, 21, 33, ('a',), 14]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([3, '', 'yzz']))\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na = a.symmetric_difference([128, 20, 2.0, 'bxa', 4, 256, 29, (1, 2)])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 1, 2.0, 'é', 36, 33, 39, 8, ('a',), 40, 9, 4611686018427387909, 14, 'c', 21, (3, 'b'), 28, -2305843009213693952}",
                "{'', 'yzz', 3}",
                "{-0.5, 1, 2.0, 'é', 36, 33, 39, 8, ('a',), 40, 9, 4611686018427387909, 14, 'c', 21, (3, 'b'), 28, -2305843009213693952}",
                "{128, 256, -0.5, 1, 4, 4611686018427387909, 8, 9, 14, 20, 21, 28, 29, 33, 36, 39, 40, (1, 2), ('a',), (3, 'b'), 'é', 'c', 'bxa', -2305843009213693952}",
                "frozenset({128, 256, -0.5, 1, 4, (1, 2), 4611686018427387909, 8, 9, ('a',), 14, 20, 21, (3, 'b'), 28, 29, 33, 'é', 36, 39, 40, 'c', 'bxa', -2305843009213693952})",
                "{128, 256, -0.5, 1, 4, 4611686018427387909, 8, 9, 14, 20, 21, 28, 29, 33, 36, 39, 40, (1, 2), ('a',), (3, 'b'), 'é', 'c', 'bxa', -2305843009213693952}",
                "{128, 256, -0.5, 1, 4, '', 3, 4611686018427387909, 8, 9, 14, 20, 21, 28, 29, 33, 36, 39, 40, (1, 2), ('a',), (3, 'b'), 'é', 'c', 'yzz', 'bxa', -2305843009213693952}",
            ],
        );
    }
    {
        // a = set([('a',), 4611686018427387909])
        // b = set(set([27, 29, 35, -6, 23, 1.5, 7, 2305843009213693951, 'a', 'a', 2.0, 33, '', 10, 'bzz', ('a',), 'céb', 33, 27, 38, '', 'xa', 20, 2305843009213693952, 12, 1.5, 9, 1.5, 20, ('a',), 'zy', -0.5, 3, 128, -5, -1, 'xbx', -1, -3, ('a',)]))
        // print(repr(a)); print(repr(b))
        // a.difference_update([])
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::tuple(vec![Value::str("a")]),
            Value::Int(4611686018427387909),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(27),
            Value::Int(29),
            Value::Int(35),
            Value::Int(-6),
            Value::Int(23),
            Value::Float(1.5f64),
            Value::Int(7),
            Value::Int(2305843009213693951),
            Value::str("a"),
            Value::str("a"),
            Value::Float(2.0f64),
            Value::Int(33),
            Value::str(""),
            Value::Int(10),
            Value::str("bzz"),
            Value::tuple(vec![Value::str("a")]),
            Value::str("céb"),
            Value::Int(33),
            Value::Int(27),
            Value::Int(38),
            Value::str(""),
            Value::str("xa"),
            Value::Int(20),
            Value::Int(2305843009213693952),
            Value::Int(12),
            Value::Float(1.5f64),
            Value::Int(9),
            Value::Float(1.5f64),
            Value::Int(20),
            Value::tuple(vec![Value::str("a")]),
            Value::str("zy"),
            Value::Float(-0.5f64),
            Value::Int(3),
            Value::Int(128),
            Value::Int(-5),
            Value::Int(-1),
            Value::str("xbx"),
            Value::Int(-1),
            Value::Int(-3),
            Value::tuple(vec![Value::str("a")]),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            188,
            "a = set([('a',), 4611686018427387909])\nb = set(set([27, 29, 35, -6, 23, 1.5, 7, 2305843009213693951, 'a', 'a', 2.0, 33, '', 10, 'bzz', ('a',), 'céb', 33, 27, 38, '', 'xa', 20, 2305843009213693952, 12, 1.5, 9, 1.5, 20, ('a',), 'zy', -0.5, 3, 128, -5, -1, 'xbx', -1, -3, ('a',)]))\nprint(repr(a)); print(repr(b))\na.difference_update([])\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = b | a\nprint(repr(a))",
            &out,
            &[
                "{('a',), 4611686018427387909}",
                "{2305843009213693951, 1.5, 2.0, '', 2305843009213693952, 'xa', -0.5, 7, 3, 9, 10, 'céb', 12, 128, ('a',), 'a', 20, 'xbx', 23, 27, 29, 33, 35, 38, 'zy', 'bzz', -6, -5, -3, -1}",
                "{('a',), 4611686018427387909}",
                "{2305843009213693951, 1.5, 2.0, '', 2305843009213693952, 'xa', -0.5, 4611686018427387909, 7, 3, 9, 10, 'céb', 12, 128, 'a', 20, 'xbx', 23, 27, 29, 33, 35, 38, 'zy', ('a',), 'bzz', -6, -5, -3, -1}",
                "-4640672712213094634",
                "{2305843009213693951, 1.5, 2.0, '', 2305843009213693952, 'xa', -0.5, 4611686018427387909, 7, 3, 9, 10, 'céb', 12, 128, 'a', 20, 'xbx', 23, 27, 29, 33, 35, 38, 'zy', ('a',), 'bzz', -6, -5, -3, -1}",
                "{2305843009213693951, 1.5, 2.0, '', 2305843009213693952, 'xa', -0.5, 7, 3, 9, 10, 'céb', 12, 128, 4611686018427387909, 'a', 20, 'xbx', 23, 27, 29, 33, 35, 38, 'zy', ('a',), 'bzz', -6, -5, -3, -1}",
            ],
        );
    }
    {
        // a = set()
        // b = set([7, 22, (), 'éa', 15, '', 38, 7])
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a.update([31, 35, 'cx'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(Value::list(vec![
            Value::Int(7),
            Value::Int(22),
            Value::tuple(vec![]),
            Value::str("éa"),
            Value::Int(15),
            Value::str(""),
            Value::Int(38),
            Value::Int(7),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(31),
                Value::Int(35),
                Value::str("cx"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            189,
            "a = set()\nb = set([7, 22, (), 'éa', 15, '', 38, 7])\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na.update([31, 35, 'cx'])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'', 38, 7, 'éa', 15, 22, ()}",
                "set()",
                "{35, 'cx', 31}",
            ],
        );
    }
    {
        // _xs = [25, 18]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([-3])
        // print(repr(a)); print(repr(b))
        // a.discard(36)
        // print(repr(a))
        // a.update([10, 2305843009213693952, 4611686018427387909, 0.1, 1, 10])
        // print(repr(a))
        // a = a.union([-6, '', 36, -1, 2305843009213693952, 24])
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(25), Value::Int(18)]).unwrap(),
        ));
        let b = mkset(Value::list(vec![Value::Int(-3)]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(36)]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(10),
                Value::Int(2305843009213693952),
                Value::Int(4611686018427387909),
                Value::Float(0.1f64),
                Value::Int(1),
                Value::Int(10),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(-6),
                Value::str(""),
                Value::Int(36),
                Value::Int(-1),
                Value::Int(2305843009213693952),
                Value::Int(24),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            190,
            "_xs = [25, 18]\na = set()\nfor _x in _xs: a.add(_x)\nb = set([-3])\nprint(repr(a)); print(repr(b))\na.discard(36)\nprint(repr(a))\na.update([10, 2305843009213693952, 4611686018427387909, 0.1, 1, 10])\nprint(repr(a))\na = a.union([-6, '', 36, -1, 2305843009213693952, 24])\nprint(repr(a))\na = a & b\nprint(repr(a))",
            &out,
            &[
                "{25, 18}",
                "{-3}",
                "{25, 18}",
                "{0.1, 2305843009213693952, 1, 4611686018427387909, 10, 18, 25}",
                "{0.1, 2305843009213693952, 1, '', 4611686018427387909, 10, 18, 24, 25, 36, -6, -1}",
                "set()",
            ],
        );
    }
    {
        // _xs = [34, (3, 'b')]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [2305843009213693951, 'aé']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.discard('czy')
        // print(repr(a))
        // for _x in ['aé', 'ya', '', 29, 15, 0.1, 'cy', 35]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.discard(28)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(34),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(2305843009213693951), Value::str("aé")]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::str("czy")]);
        out.push(repr(&a));
        for x in vec![
            Value::str("aé"),
            Value::str("ya"),
            Value::str(""),
            Value::Int(29),
            Value::Int(15),
            Value::Float(0.1f64),
            Value::str("cy"),
            Value::Int(35),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(28)]);
        out.push(repr(&a));
        check(
            &mut failures,
            191,
            "_xs = [34, (3, 'b')]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [2305843009213693951, 'aé']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.discard('czy')\nprint(repr(a))\nfor _x in ['aé', 'ya', '', 29, 15, 0.1, 'cy', 35]:\n    a.discard(_x)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.discard(28)\nprint(repr(a))",
            &out,
            &[
                "{34, (3, 'b')}",
                "{2305843009213693951, 'aé'}",
                "{34, (3, 'b')}",
                "{34, (3, 'b')}",
                "{34, (3, 'b')}",
                "{34, (3, 'b')}",
            ],
        );
    }
    {
        // a = set(['béy', 24, 'b'])
        // b = set([35, 17, 34, '', 31])
        // print(repr(a)); print(repr(b))
        // a.difference_update(b)
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a.difference_update([])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::str("béy"),
            Value::Int(24),
            Value::str("b"),
        ]));
        let b = mkset(Value::list(vec![
            Value::Int(35),
            Value::Int(17),
            Value::Int(34),
            Value::str(""),
            Value::Int(31),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            192,
            "a = set(['béy', 24, 'b'])\nb = set([35, 17, 34, '', 31])\nprint(repr(a)); print(repr(b))\na.difference_update(b)\nprint(repr(a))\na = a | b\nprint(repr(a))\na.difference_update([])\nprint(repr(a))",
            &out,
            &[
                "{24, 'béy', 'b'}",
                "{'', 34, 35, 17, 31}",
                "{24, 'béy', 'b'}",
                "{'', 34, 35, 'béy', 'b', 17, 24, 31}",
                "{'', 34, 35, 'béy', 'b', 17, 24, 31}",
            ],
        );
    }
    {
        // _xs = ['x', 'za', 23, 1024, 28, -3, -1, 31, 33, 2305843009213693952, -2305843009213693952, 32, 2305843009213693952, 'acb', 4, '', 'xé', 13, 256, -5, 33, 1, 'zcx', -1, 0.1, 32, 'bbé', 2.0, 26, 100000000000000000000, 5, '', 'éz', (1, 2), 30, 16, (1, 2), 1e+300, ('a',), 1024]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys(['zxy', 100000000000000000000, 14, 8, 'yy', 128, 'xxa', 21, 'ca', 27, ('a',), 32, '', 5, 2.0, 32, 8, 3, 0, -2, 16, 'yyé', -6, 0.1, '', 'a', 39, '', 'xz', 'é', -2305843009213693952, 'xby', 0.1, 15, 8, -0.5, ('a',), 25, 'é', '']))
        // print(repr(a)); print(repr(b))
        // a.discard(37)
        // print(repr(a))
        // a.difference_update([9, 28, '', 'éay', 32, -2305843009213693952, -5, 2, 9, 'bx'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("x"),
                Value::str("za"),
                Value::Int(23),
                Value::Int(1024),
                Value::Int(28),
                Value::Int(-3),
                Value::Int(-1),
                Value::Int(31),
                Value::Int(33),
                Value::Int(2305843009213693952),
                Value::Int(-2305843009213693952),
                Value::Int(32),
                Value::Int(2305843009213693952),
                Value::str("acb"),
                Value::Int(4),
                Value::str(""),
                Value::str("xé"),
                Value::Int(13),
                Value::Int(256),
                Value::Int(-5),
                Value::Int(33),
                Value::Int(1),
                Value::str("zcx"),
                Value::Int(-1),
                Value::Float(0.1f64),
                Value::Int(32),
                Value::str("bbé"),
                Value::Float(2.0f64),
                Value::Int(26),
                big("100000000000000000000"),
                Value::Int(5),
                Value::str(""),
                Value::str("éz"),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(30),
                Value::Int(16),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Float(1e+300),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(1024),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::str("zxy"),
            big("100000000000000000000"),
            Value::Int(14),
            Value::Int(8),
            Value::str("yy"),
            Value::Int(128),
            Value::str("xxa"),
            Value::Int(21),
            Value::str("ca"),
            Value::Int(27),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(32),
            Value::str(""),
            Value::Int(5),
            Value::Float(2.0f64),
            Value::Int(32),
            Value::Int(8),
            Value::Int(3),
            Value::Int(0),
            Value::Int(-2),
            Value::Int(16),
            Value::str("yyé"),
            Value::Int(-6),
            Value::Float(0.1f64),
            Value::str(""),
            Value::str("a"),
            Value::Int(39),
            Value::str(""),
            Value::str("xz"),
            Value::str("é"),
            Value::Int(-2305843009213693952),
            Value::str("xby"),
            Value::Float(0.1f64),
            Value::Int(15),
            Value::Int(8),
            Value::Float(-0.5f64),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(25),
            Value::str("é"),
            Value::str(""),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(37)]);
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(9),
                Value::Int(28),
                Value::str(""),
                Value::str("éay"),
                Value::Int(32),
                Value::Int(-2305843009213693952),
                Value::Int(-5),
                Value::Int(2),
                Value::Int(9),
                Value::str("bx"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            193,
            "_xs = ['x', 'za', 23, 1024, 28, -3, -1, 31, 33, 2305843009213693952, -2305843009213693952, 32, 2305843009213693952, 'acb', 4, '', 'xé', 13, 256, -5, 33, 1, 'zcx', -1, 0.1, 32, 'bbé', 2.0, 26, 100000000000000000000, 5, '', 'éz', (1, 2), 30, 16, (1, 2), 1e+300, ('a',), 1024]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys(['zxy', 100000000000000000000, 14, 8, 'yy', 128, 'xxa', 21, 'ca', 27, ('a',), 32, '', 5, 2.0, 32, 8, 3, 0, -2, 16, 'yyé', -6, 0.1, '', 'a', 39, '', 'xz', 'é', -2305843009213693952, 'xby', 0.1, 15, 8, -0.5, ('a',), 25, 'é', '']))\nprint(repr(a)); print(repr(b))\na.discard(37)\nprint(repr(a))\na.difference_update([9, 28, '', 'éay', 32, -2305843009213693952, -5, 2, 9, 'bx'])\nprint(repr(a))",
            &out,
            &[
                "{1024, 2305843009213693952, '', 256, 4, 1, 2.0, 5, 'éz', 'xé', 13, 16, 23, 26, 28, 30, 31, 32, 33, 'x', 100000000000000000000, 'bbé', 1e+300, 0.1, 'acb', (1, 2), ('a',), 'za', 'zcx', -1, -5, -3, -2305843009213693952}",
                "{128, '', 2.0, 3, 0, 5, 0.1, -0.5, 8, ('a',), 'yyé', 'xby', 'yy', 14, 15, 16, 'a', 21, 25, 27, 32, 'é', 39, 100000000000000000000, 'xz', 'zxy', 'ca', -2305843009213693952, -6, 'xxa', -2}",
                "{1024, 2305843009213693952, '', 256, 4, 1, 2.0, 5, 'éz', 'xé', 13, 16, 23, 26, 28, 30, 31, 32, 33, 'x', 100000000000000000000, 'bbé', 1e+300, 0.1, 'acb', (1, 2), ('a',), 'za', 'zcx', -1, -5, -3, -2305843009213693952}",
                "{1024, 2305843009213693952, 256, 4, 1, 5, 'éz', 'xé', 13, 16, 23, 26, 30, 31, 33, 'x', 100000000000000000000, 'bbé', 1e+300, 0.1, 'acb', (1, 2), ('a',), 'za', 'zcx', -1, -3}",
            ],
        );
    }
    {
        // _xs = ['', 10, 5, 14, -6]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['', 100000000000000000000, 8, 0.1, 'y', 19]))
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([35, 14]))
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a.add('b')
        // print(repr(a))
        // a.add(30)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str(""),
                Value::Int(10),
                Value::Int(5),
                Value::Int(14),
                Value::Int(-6),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::str(""),
            big("100000000000000000000"),
            Value::Int(8),
            Value::Float(0.1f64),
            Value::str("y"),
            Value::Int(19),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![Value::Int(35), Value::Int(14)])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "add", &[Value::str("b")]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(30)]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            194,
            "_xs = ['', 10, 5, 14, -6]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['', 100000000000000000000, 8, 0.1, 'y', 19]))\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([35, 14]))\nprint(repr(a))\na = a | b\nprint(repr(a))\na.add('b')\nprint(repr(a))\na.add(30)\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{'', 5, 10, 14, -6}",
                "{'', 0.1, 'y', 19, 8, 100000000000000000000}",
                "{'', 0.1, 'y', 5, 8, 10, 100000000000000000000, 14, 19, -6}",
                "{'', 'y', 0.1, 35, 5, 8, 10, 100000000000000000000, 19, -6}",
                "{'', 'y', 0.1, 35, 5, 8, 10, 100000000000000000000, 19, -6}",
                "{'', 'y', 0.1, 35, 5, 8, 10, 100000000000000000000, 'b', 19, -6}",
                "{'', 'y', 0.1, 35, 5, 8, 10, 100000000000000000000, 'b', 19, -6, 30}",
                "{'', 'y', 0.1, 35, 5, 8, 10, 100000000000000000000, 'b', 19, -6, 30}",
            ],
        );
    }
    {
        // _xs = [26, '']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([2, 8, 29, 38, 22, 31]))
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // for _x in [256, 2.0]:
        //     a.discard(_x)
        // print(repr(a))
        // a.discard('a')
        // print(repr(a))
        // a.intersection_update([2305843009213693952, 1.5, 32, 'yzy', -3, 24, 22, 'bxx'])
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(26), Value::str("")]).unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(2),
            Value::Int(8),
            Value::Int(29),
            Value::Int(38),
            Value::Int(22),
            Value::Int(31),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        for x in vec![Value::Int(256), Value::Float(2.0f64)] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "discard", &[Value::str("a")]);
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(2305843009213693952),
                Value::Float(1.5f64),
                Value::Int(32),
                Value::str("yzy"),
                Value::Int(-3),
                Value::Int(24),
                Value::Int(22),
                Value::str("bxx"),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            195,
            "_xs = [26, '']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([2, 8, 29, 38, 22, 31]))\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\nfor _x in [256, 2.0]:\n    a.discard(_x)\nprint(repr(a))\na.discard('a')\nprint(repr(a))\na.intersection_update([2305843009213693952, 1.5, 32, 'yzy', -3, 24, 22, 'bxx'])\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{'', 26}",
                "{2, 38, 22, 8, 29, 31}",
                "{'', 2, 38, 8, 22, 26, 29, 31}",
                "{'', 38, 8, 22, 26, 29, 31}",
                "{'', 38, 8, 22, 26, 29, 31}",
                "{22}",
                "set()",
            ],
        );
    }
    {
        // a = set([2.0])
        // _xs = [22]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.intersection_update([-2, 100000000000000000000, 13, 40, 'é', 0, '', '', 'c', 23])
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Float(2.0f64)]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(22)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(-2),
                big("100000000000000000000"),
                Value::Int(13),
                Value::Int(40),
                Value::str("é"),
                Value::Int(0),
                Value::str(""),
                Value::str(""),
                Value::str("c"),
                Value::Int(23),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            196,
            "a = set([2.0])\n_xs = [22]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.intersection_update([-2, 100000000000000000000, 13, 40, 'é', 0, '', '', 'c', 23])\nprint(repr(a))\na = b & a\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &["{2.0}", "{22}", "set()", "set()", "empty", "set()"],
        );
    }
    {
        // a = set([-2, 15, -0.5, 32, '', (1, 2), 'yy', (3, 'b')])
        // _xs = [8, 1, 'éé', -2, 'aaz', -2305843009213693952]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.difference_update(b)
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(-2),
            Value::Int(15),
            Value::Float(-0.5f64),
            Value::Int(32),
            Value::str(""),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("yy"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(8),
                Value::Int(1),
                Value::str("éé"),
                Value::Int(-2),
                Value::str("aaz"),
                Value::Int(-2305843009213693952),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            197,
            "a = set([-2, 15, -0.5, 32, '', (1, 2), 'yy', (3, 'b')])\n_xs = [8, 1, 'éé', -2, 'aaz', -2305843009213693952]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.difference_update(b)\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{-0.5, '', 32, (1, 2), 'yy', 15, (3, 'b'), -2}",
                "{'aaz', 1, 8, 'éé', -2305843009213693952, -2}",
                "{-0.5, '', 32, (1, 2), 'yy', 15, (3, 'b')}",
                "-0.5",
                "{'', 32, (1, 2), 'yy', 15, (3, 'b')}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([24, 'bé']))
        // _xs = [2305843009213693952, 4611686018427387909, 32, 5, 20, (1, 2)]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = b | a
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Int(24), Value::str("bé")]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(2305843009213693952),
                Value::Int(4611686018427387909),
                Value::Int(32),
                Value::Int(5),
                Value::Int(20),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            198,
            "a = set(dict.fromkeys([24, 'bé']))\n_xs = [2305843009213693952, 4611686018427387909, 32, 5, 20, (1, 2)]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = b | a\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{24, 'bé'}",
                "{32, 2305843009213693952, (1, 2), 5, 4611686018427387909, 20}",
                "{32, 2305843009213693952, 'bé', (1, 2), 20, 5, 4611686018427387909, 24}",
                "frozenset({32, 2305843009213693952, (1, 2), 5, 4611686018427387909, 'bé', 20, 24})",
                "{32, 2305843009213693952, 'bé', (1, 2), 20, 5, 4611686018427387909, 24}",
            ],
        );
    }
    {
        // a = {19, 'zxz', (), -2305843009213693952, -0.5}
        // _xs = [(), '', -6, '', 1e+300, 16, 19, 'éy']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = b | a
        // print(repr(a))
        // for _x in [12]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(19),
                    Value::str("zxz"),
                    Value::tuple(vec![]),
                    Value::Int(-2305843009213693952),
                    Value::Float(-0.5f64),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![]),
                Value::str(""),
                Value::Int(-6),
                Value::str(""),
                Value::Float(1e+300),
                Value::Int(16),
                Value::Int(19),
                Value::str("éy"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        for x in vec![Value::Int(12)] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            199,
            "a = {19, 'zxz', (), -2305843009213693952, -0.5}\n_xs = [(), '', -6, '', 1e+300, 16, 19, 'éy']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = b | a\nprint(repr(a))\nfor _x in [12]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 19, 'zxz', (), -2305843009213693952}",
                "{'', 'éy', 16, 19, -6, (), 1e+300}",
                "{'', -0.5, 'zxz', (), 16, 19, -6, 'éy', 1e+300, -2305843009213693952}",
                "{'', -0.5, 'zxz', (), 16, 19, -6, 'éy', 1e+300, -2305843009213693952}",
            ],
        );
    }
    {
        // a = set()
        // b = set(set([256, -0.5, 1, 'ééé', 3, 'éca', 7, '', -3, -1, 'c', 17]))
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(256),
            Value::Float(-0.5f64),
            Value::Int(1),
            Value::str("ééé"),
            Value::Int(3),
            Value::str("éca"),
            Value::Int(7),
            Value::str(""),
            Value::Int(-3),
            Value::Int(-1),
            Value::str("c"),
            Value::Int(17),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            200,
            "a = set()\nb = set(set([256, -0.5, 1, 'ééé', 3, 'éca', 7, '', -3, -1, 'c', 17]))\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{256, -0.5, 1, 3, '', 7, 17, 'c', 'ééé', 'éca', -3, -1}",
                "{256, -0.5, 1, 3, '', 7, 17, 'c', 'ééé', 'éca', -3, -1}",
                "set()",
            ],
        );
    }
    {
        // _xs = [-2, 100000000000000000000, 1, 35, '', 'ccx', 'ybé', 1e+300, 32, 4, 3, 15, (3, 'b'), 1.5, 'zy', 2.0, -0.5, 1.5, 8, 31, 1024, 15, 28, 2305843009213693952, 'é', 100000000000000000000, -4, 29, 1.5, 'bé', 2305843009213693951, 'ax', 4611686018427387909, (3, 'b'), (3, 'b'), ('a',), '', -3, 'cxx', '']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [19, 3, 40, 'axc', 64]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([37, 37, 'zéx', 2.0, (1, 2), 8]))
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-2),
                big("100000000000000000000"),
                Value::Int(1),
                Value::Int(35),
                Value::str(""),
                Value::str("ccx"),
                Value::str("ybé"),
                Value::Float(1e+300),
                Value::Int(32),
                Value::Int(4),
                Value::Int(3),
                Value::Int(15),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Float(1.5f64),
                Value::str("zy"),
                Value::Float(2.0f64),
                Value::Float(-0.5f64),
                Value::Float(1.5f64),
                Value::Int(8),
                Value::Int(31),
                Value::Int(1024),
                Value::Int(15),
                Value::Int(28),
                Value::Int(2305843009213693952),
                Value::str("é"),
                big("100000000000000000000"),
                Value::Int(-4),
                Value::Int(29),
                Value::Float(1.5f64),
                Value::str("bé"),
                Value::Int(2305843009213693951),
                Value::str("ax"),
                Value::Int(4611686018427387909),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::tuple(vec![Value::str("a")]),
                Value::str(""),
                Value::Int(-3),
                Value::str("cxx"),
                Value::str(""),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(19),
                Value::Int(3),
                Value::Int(40),
                Value::str("axc"),
                Value::Int(64),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(37),
                Value::Int(37),
                Value::str("zéx"),
                Value::Float(2.0f64),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(8),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            201,
            "_xs = [-2, 100000000000000000000, 1, 35, '', 'ccx', 'ybé', 1e+300, 32, 4, 3, 15, (3, 'b'), 1.5, 'zy', 2.0, -0.5, 1.5, 8, 31, 1024, 15, 28, 2305843009213693952, 'é', 100000000000000000000, -4, 29, 1.5, 'bé', 2305843009213693951, 'ax', 4611686018427387909, (3, 'b'), (3, 'b'), ('a',), '', -3, 'cxx', '']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [19, 3, 40, 'axc', 64]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([37, 37, 'zéx', 2.0, (1, 2), 8]))\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{'', 1, 'ybé', 3, 4, 1.5, 2.0, -0.5, 8, 1024, 2305843009213693952, 2305843009213693951, 4611686018427387909, 15, 'bé', 28, 29, 'ccx', 31, 32, 35, 'zy', 100000000000000000000, 1e+300, ('a',), 'ax', (3, 'b'), 'é', 'cxx', -4, -3, -2}",
                "{64, 3, 40, 19, 'axc'}",
                "{8, 2.0}",
                "-5329251573984544767",
                "{8, 2.0}",
                "set()",
            ],
        );
    }
    {
        // _xs = [35, '', 33, 18, 'yz', 'ybé', -0.5, 24]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [8, 256, 21, '', 2.0, 'cb', 22, 'byc']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(35),
                Value::str(""),
                Value::Int(33),
                Value::Int(18),
                Value::str("yz"),
                Value::str("ybé"),
                Value::Float(-0.5f64),
                Value::Int(24),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(8),
                Value::Int(256),
                Value::Int(21),
                Value::str(""),
                Value::Float(2.0f64),
                Value::str("cb"),
                Value::Int(22),
                Value::str("byc"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            202,
            "_xs = [35, '', 33, 18, 'yz', 'ybé', -0.5, 24]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [8, 256, 21, '', 2.0, 'cb', 22, 'byc']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\na = a ^ b\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{'', 33, 'ybé', 35, -0.5, 18, 24, 'yz'}",
                "{256, '', 2.0, 'cb', 8, 21, 22, 'byc'}",
                "{''}",
                "{256, 2.0, 'cb', 8, 21, 22, 'byc'}",
                "{''}",
            ],
        );
    }
    {
        // _xs = ['béy', 2305843009213693951, 1024, 8, 'xé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['b', 24, 16, 2305843009213693951, 1e+300, (), 37, 256, 8, 20, (3, 'b'), (3, 'b')]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a ^ b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("béy"),
                Value::Int(2305843009213693951),
                Value::Int(1024),
                Value::Int(8),
                Value::str("xé"),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("b"),
                Value::Int(24),
                Value::Int(16),
                Value::Int(2305843009213693951),
                Value::Float(1e+300),
                Value::tuple(vec![]),
                Value::Int(37),
                Value::Int(256),
                Value::Int(8),
                Value::Int(20),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            203,
            "_xs = ['béy', 2305843009213693951, 1024, 8, 'xé']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['b', 24, 16, 2305843009213693951, 1e+300, (), 37, 256, 8, 20, (3, 'b'), (3, 'b')]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a ^ b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, 1024, 'béy', 8, 'xé'}",
                "{2305843009213693951, 256, 37, 8, 'b', 16, 20, 24, (3, 'b'), (), 1e+300}",
                "{1024, 256, 37, 'béy', 'xé', 'b', 16, 20, 24, (3, 'b'), (), 1e+300}",
                "{1024, 'béy', 'xé'}",
                "1024",
                "{'béy', 'xé'}",
                "{'béy', 'xé'}",
            ],
        );
    }
    {
        // a = set()
        // _xs = [('a',), 21, 'c', '', 39, 6, '', 'c', 25, 100000000000000000000, 32, 29, (1, 2), 33, 26, 13, 'a', ('a',), 'zé', 'éc']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.union([9, -1, (), 'yb'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::str("a")]),
                Value::Int(21),
                Value::str("c"),
                Value::str(""),
                Value::Int(39),
                Value::Int(6),
                Value::str(""),
                Value::str("c"),
                Value::Int(25),
                big("100000000000000000000"),
                Value::Int(32),
                Value::Int(29),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(33),
                Value::Int(26),
                Value::Int(13),
                Value::str("a"),
                Value::tuple(vec![Value::str("a")]),
                Value::str("zé"),
                Value::str("éc"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(9),
                Value::Int(-1),
                Value::tuple(vec![]),
                Value::str("yb"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            204,
            "a = set()\n_xs = [('a',), 21, 'c', '', 39, 6, '', 'c', 25, 100000000000000000000, 32, 29, (1, 2), 33, 26, 13, 'a', ('a',), 'zé', 'éc']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.union([9, -1, (), 'yb'])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'', 32, 33, (1, 2), 6, 39, ('a',), 100000000000000000000, 13, 'c', 'a', 'éc', 21, 'zé', 25, 26, 29}",
                "{9, (), 'yb', -1}",
            ],
        );
    }
    {
        // _xs = ['ba']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [27, 256, 1.5, 34, 'cax', 9, 'yz', 24]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.union(['x', 6, 'é', 'xzy', 33, 33, 13])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // for _x in ['y', 33, (3, 'b'), -5, -2]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::str("ba")]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(27),
                Value::Int(256),
                Value::Float(1.5f64),
                Value::Int(34),
                Value::str("cax"),
                Value::Int(9),
                Value::str("yz"),
                Value::Int(24),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::str("x"),
                Value::Int(6),
                Value::str("é"),
                Value::str("xzy"),
                Value::Int(33),
                Value::Int(33),
                Value::Int(13),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        for x in vec![
            Value::str("y"),
            Value::Int(33),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(-5),
            Value::Int(-2),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            205,
            "_xs = ['ba']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [27, 256, 1.5, 34, 'cax', 9, 'yz', 24]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.union(['x', 6, 'é', 'xzy', 33, 33, 13])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\nfor _x in ['y', 33, (3, 'b'), -5, -2]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{'ba'}",
                "{256, 1.5, 34, 9, 'cax', 24, 'yz', 27}",
                "frozenset({'ba'})",
                "{'ba'}",
                "{33, 'x', 'é', 6, 13, 'xzy', 'ba'}",
                "frozenset({33, 'x', 'é', 'xzy', 6, 'ba', 13})",
                "{33, 'x', 'é', 6, 13, 'xzy', 'ba'}",
                "{256, 33, 1.5, 'x', 'é', 34, 6, 9, 'cax', 13, 'xzy', 'yz', 24, 'ba', 27}",
                "{256, 1.5, 'x', 'é', 34, 6, 9, 'cax', 13, 'xzy', 'yz', 24, 'ba', 27}",
            ],
        );
    }
    {
        // a = set(set([4, '', '', '', -6, 4, 'yxa', 36, 33, 'ayé', 256, 18, -1, 1, 29, 0, 100000000000000000000, -0.5, 24, 'cy']))
        // b = set(dict.fromkeys([-6, 25, (1, 2)]))
        // print(repr(a)); print(repr(b))
        // a.difference_update([-1, 38])
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // a |= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(4),
            Value::str(""),
            Value::str(""),
            Value::str(""),
            Value::Int(-6),
            Value::Int(4),
            Value::str("yxa"),
            Value::Int(36),
            Value::Int(33),
            Value::str("ayé"),
            Value::Int(256),
            Value::Int(18),
            Value::Int(-1),
            Value::Int(1),
            Value::Int(29),
            Value::Int(0),
            big("100000000000000000000"),
            Value::Float(-0.5f64),
            Value::Int(24),
            Value::str("cy"),
        ])));
        let b = mkset(fromkeys(vec![
            Value::Int(-6),
            Value::Int(25),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![Value::Int(-1), Value::Int(38)])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            206,
            "a = set(set([4, '', '', '', -6, 4, 'yxa', 36, 33, 'ayé', 256, 18, -1, 1, 29, 0, 100000000000000000000, -0.5, 24, 'cy']))\nb = set(dict.fromkeys([-6, 25, (1, 2)]))\nprint(repr(a)); print(repr(b))\na.difference_update([-1, 38])\nprint(repr(a))\na &= b\nprint(repr(a))\na = a | b\nprint(repr(a))\na |= b\nprint(repr(a))",
            &out,
            &[
                "{'', 256, 1, 0, 4, -0.5, 18, 'cy', 24, 'ayé', 29, 33, 36, 100000000000000000000, -6, 'yxa', -1}",
                "{25, -6, (1, 2)}",
                "{'', 256, 1, 0, 4, -0.5, 18, 'cy', 24, 'ayé', 29, 33, 36, 100000000000000000000, -6, 'yxa'}",
                "{-6}",
                "{25, -6, (1, 2)}",
                "{(1, 2), 25, -6}",
            ],
        );
    }
    {
        // a = set(set([30, 32, -2, 128, (), 4611686018427387909, 33, '']))
        // b = set([(), 100000000000000000000, 0])
        // print(repr(a)); print(repr(b))
        // a = a.union([21, 29])
        // print(repr(a))
        // a.discard(19)
        // print(repr(a))
        // a.discard(35)
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(30),
            Value::Int(32),
            Value::Int(-2),
            Value::Int(128),
            Value::tuple(vec![]),
            Value::Int(4611686018427387909),
            Value::Int(33),
            Value::str(""),
        ])));
        let b = mkset(Value::list(vec![
            Value::tuple(vec![]),
            big("100000000000000000000"),
            Value::Int(0),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![Value::Int(21), Value::Int(29)])],
        );
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(19)]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(35)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            207,
            "a = set(set([30, 32, -2, 128, (), 4611686018427387909, 33, '']))\nb = set([(), 100000000000000000000, 0])\nprint(repr(a)); print(repr(b))\na = a.union([21, 29])\nprint(repr(a))\na.discard(19)\nprint(repr(a))\na.discard(35)\nprint(repr(a))\na = a - b\nprint(repr(a))",
            &out,
            &[
                "{32, 128, 33, '', 4611686018427387909, -2, (), 30}",
                "{0, 100000000000000000000, ()}",
                "{32, 128, 33, '', 4611686018427387909, 21, -2, (), 29, 30}",
                "{32, 128, 33, '', 4611686018427387909, 21, -2, (), 29, 30}",
                "{32, 128, 33, '', 4611686018427387909, 21, -2, (), 29, 30}",
                "{32, 33, 128, '', 4611686018427387909, 21, 30, 29, -2}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([8, ('a',), 11, '', 7, 31]))
        // b = set(['zz', 'bcy', (), (3, 'b'), 2305843009213693951])
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a.difference(['aa', 'éyx', 1e+300, 21])
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(8),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(11),
            Value::str(""),
            Value::Int(7),
            Value::Int(31),
        ]));
        let b = mkset(Value::list(vec![
            Value::str("zz"),
            Value::str("bcy"),
            Value::tuple(vec![]),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(2305843009213693951),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::str("aa"),
                Value::str("éyx"),
                Value::Float(1e+300),
                Value::Int(21),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            208,
            "a = set(dict.fromkeys([8, ('a',), 11, '', 7, 31]))\nb = set(['zz', 'bcy', (), (3, 'b'), 2305843009213693951])\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a.difference(['aa', 'éyx', 1e+300, 21])\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{'', 7, ('a',), 8, 11, 31}",
                "{2305843009213693951, 'zz', (3, 'b'), (), 'bcy'}",
                "-3964048306448872798",
                "{'', 7, ('a',), 8, 11, 31}",
                "{'', 7, ('a',), 8, 11, 31}",
                "set()",
                "set()",
                "133146708735736",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = ['']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([])
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::str("")]).unwrap()));
        let b = mkset(Value::list(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            209,
            "_xs = ['']\na = set()\nfor _x in _xs: a.add(_x)\nb = set([])\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(b)\nprint(repr(a))\na &= b\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &["{''}", "set()", "{''}", "set()", "set()"],
        );
    }
    {
        // a = set(set([10]))
        // b = {4, 38, 'é', 7, -2, 9}
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a.intersection_update(['zx', -1, 2.0, 32, 24, -1, 1024, 'ya', 22])
        // print(repr(a))
        // a.update([(1, 2), '', 'axc', 'b'])
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Int(10)])));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(4),
                    Value::Int(38),
                    Value::str("é"),
                    Value::Int(7),
                    Value::Int(-2),
                    Value::Int(9),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::str("zx"),
                Value::Int(-1),
                Value::Float(2.0f64),
                Value::Int(32),
                Value::Int(24),
                Value::Int(-1),
                Value::Int(1024),
                Value::str("ya"),
                Value::Int(22),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::str(""),
                Value::str("axc"),
                Value::str("b"),
            ])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            210,
            "a = set(set([10]))\nb = {4, 38, 'é', 7, -2, 9}\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\na.clear()\nprint(repr(a))\na.intersection_update(['zx', -1, 2.0, 32, 24, -1, 1024, 'ya', 22])\nprint(repr(a))\na.update([(1, 2), '', 'axc', 'b'])\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{10}",
                "{'é', 4, 38, 7, 9, -2}",
                "{'é', 4, 38, 7, 9, 10, -2}",
                "set()",
                "set()",
                "{'', 'axc', (1, 2), 'b'}",
                "''",
                "{'axc', (1, 2), 'b'}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([]))
        // _xs = [10, 40, 'bé', 'zb', '', -2, 'xzb', 'yz', 12, '', 1024, 'z', -2305843009213693952, 14, 'bé', 100000000000000000000, 18, 40, 2.0, 1024]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a.discard(6)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(10),
                Value::Int(40),
                Value::str("bé"),
                Value::str("zb"),
                Value::str(""),
                Value::Int(-2),
                Value::str("xzb"),
                Value::str("yz"),
                Value::Int(12),
                Value::str(""),
                Value::Int(1024),
                Value::str("z"),
                Value::Int(-2305843009213693952),
                Value::Int(14),
                Value::str("bé"),
                big("100000000000000000000"),
                Value::Int(18),
                Value::Int(40),
                Value::Float(2.0f64),
                Value::Int(1024),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(6)]);
        out.push(repr(&a));
        check(
            &mut failures,
            211,
            "a = set(dict.fromkeys([]))\n_xs = [10, 40, 'bé', 'zb', '', -2, 'xzb', 'yz', 12, '', 1024, 'z', -2305843009213693952, 14, 'bé', 100000000000000000000, 18, 40, 2.0, 1024]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(b)\nprint(repr(a))\na.discard(6)\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'', 1024, 'zb', 2.0, 'z', 40, 'xzb', 10, 100000000000000000000, 12, 14, 'bé', 18, -2305843009213693952, 'yz', -2}",
                "{'', 1024, 2.0, 'z', 10, 12, 14, 'bé', 18, 'yz', 'zb', 40, 'xzb', 100000000000000000000, -2, -2305843009213693952}",
                "{'', 1024, 2.0, 'z', 10, 12, 14, 'bé', 18, 'yz', 'zb', 40, 'xzb', 100000000000000000000, -2, -2305843009213693952}",
            ],
        );
    }
    {
        // _xs = [40]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [2, 38]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.union(dict.fromkeys(['y', 128, 128]))
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(40)]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(2), Value::Int(38)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::str("y"),
                Value::Int(128),
                Value::Int(128),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            212,
            "_xs = [40]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [2, 38]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.union(dict.fromkeys(['y', 128, 128]))\nprint(repr(a))\na = a.union(b)\nprint(repr(a))",
            &out,
            &[
                "{40}",
                "{2, 38}",
                "40",
                "set()",
                "{128, 'y'}",
                "{128, 'y', 2, 38}",
            ],
        );
    }
    {
        // a = set([(), 11, 12, 2, (), 3])
        // _xs = [2.0, 39]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a.symmetric_difference([256, -1, 40, 1.5, 'yz', 'cbb', 100000000000000000000, -1, (1, 2)])
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::tuple(vec![]),
            Value::Int(11),
            Value::Int(12),
            Value::Int(2),
            Value::tuple(vec![]),
            Value::Int(3),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Float(2.0f64), Value::Int(39)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::Int(256),
                Value::Int(-1),
                Value::Int(40),
                Value::Float(1.5f64),
                Value::str("yz"),
                Value::str("cbb"),
                big("100000000000000000000"),
                Value::Int(-1),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            213,
            "a = set([(), 11, 12, 2, (), 3])\n_xs = [2.0, 39]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a.symmetric_difference([256, -1, 40, 1.5, 'yz', 'cbb', 100000000000000000000, -1, (1, 2)])\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))",
            &out,
            &[
                "{2, 3, 11, 12, ()}",
                "{2.0, 39}",
                "2",
                "{3, 11, 12, ()}",
                "{256, 1.5, (1, 2), 3, 'cbb', 40, 100000000000000000000, 11, 12, 'yz', (), -1}",
                "set()",
            ],
        );
    }
    {
        // a = {27, 32, -6, '', 39}
        // b = set(dict.fromkeys([22, 1024, 20, 24, 19]))
        // print(repr(a)); print(repr(b))
        // for _x in [100000000000000000000]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([-6, 'zbb']))
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(27),
                    Value::Int(32),
                    Value::Int(-6),
                    Value::str(""),
                    Value::Int(39),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(22),
            Value::Int(1024),
            Value::Int(20),
            Value::Int(24),
            Value::Int(19),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![big("100000000000000000000")] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![Value::Int(-6), Value::str("zbb")])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            214,
            "a = {27, 32, -6, '', 39}\nb = set(dict.fromkeys([22, 1024, 20, 24, 19]))\nprint(repr(a)); print(repr(b))\nfor _x in [100000000000000000000]:\n    a.discard(_x)\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([-6, 'zbb']))\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{32, '', 39, -6, 27}",
                "{1024, 19, 20, 22, 24}",
                "{32, '', 39, -6, 27}",
                "{32, '', 39, 'zbb', 27}",
                "32",
                "{'', 39, 'zbb', 27}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([5, (3, 'b'), 2.0, 'xzc', 'cc', 22, 'écx', 'ab', 20, (1, 2), 27, 'ay']))
        // b = set([20, 100000000000000000000, 128, -4, 100000000000000000000, 36])
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a.discard(9)
        // print(repr(a))
        // a.add(18)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(5),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Float(2.0f64),
            Value::str("xzc"),
            Value::str("cc"),
            Value::Int(22),
            Value::str("écx"),
            Value::str("ab"),
            Value::Int(20),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(27),
            Value::str("ay"),
        ]));
        let b = mkset(Value::list(vec![
            Value::Int(20),
            big("100000000000000000000"),
            Value::Int(128),
            Value::Int(-4),
            big("100000000000000000000"),
            Value::Int(36),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(9)]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(18)]);
        out.push(repr(&a));
        check(
            &mut failures,
            215,
            "a = set(dict.fromkeys([5, (3, 'b'), 2.0, 'xzc', 'cc', 22, 'écx', 'ab', 20, (1, 2), 27, 'ay']))\nb = set([20, 100000000000000000000, 128, -4, 100000000000000000000, 36])\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na.discard(9)\nprint(repr(a))\na.add(18)\nprint(repr(a))",
            &out,
            &[
                "{2.0, (1, 2), 5, 'cc', 'écx', 'xzc', 22, 20, 'ay', 'ab', (3, 'b'), 27}",
                "{128, 36, 100000000000000000000, 20, -4}",
                "{2.0, (1, 2), 5, 'cc', 'écx', 'xzc', 22, 20, 'ay', 'ab', (3, 'b'), 27}",
                "{2.0, (1, 2), 5, 'cc', 'écx', 'xzc', 22, 20, 'ay', 'ab', (3, 'b'), 27}",
                "{2.0, (1, 2), 5, 'cc', 18, 'écx', 'xzc', 22, 20, 'ay', 'ab', (3, 'b'), 27}",
            ],
        );
    }
    {
        // a = set(set([38, 18, (3, 'b'), 'yyc', 8, (), 'baz', 35, -2, 'acc', 64, 1.5, 13, '', 40, 12, 13, 'a', 'aby', 2305843009213693951]))
        // b = {2305843009213693951, -4, 21, 64, 8, 1, 'cé', -0.5, 29, -1, 'cyc', 6, 20, 2, 19, 'acx', 'y', 2305843009213693952, 1.5, 'by', '', 3, 1e+300, 'y', ('a',), 'cz', -2305843009213693952, '', 32, 4611686018427387909, 13, 9, ('a',), 'é', 'xéb', 2305843009213693951, (3, 'b'), 4, 4611686018427387909, 24}
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(dict.fromkeys([1e+300, -4, 5, 'é', 13, 28, 16, 28]))
        // print(repr(a))
        // a = a.difference([16, 'x', 16, 'ay'])
        // print(repr(a))
        // a.difference_update([35, 2.0, 21, (3, 'b'), 17, '', -0.5, (1, 2), 9, 16])
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(38),
            Value::Int(18),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("yyc"),
            Value::Int(8),
            Value::tuple(vec![]),
            Value::str("baz"),
            Value::Int(35),
            Value::Int(-2),
            Value::str("acc"),
            Value::Int(64),
            Value::Float(1.5f64),
            Value::Int(13),
            Value::str(""),
            Value::Int(40),
            Value::Int(12),
            Value::Int(13),
            Value::str("a"),
            Value::str("aby"),
            Value::Int(2305843009213693951),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(2305843009213693951),
                    Value::Int(-4),
                    Value::Int(21),
                    Value::Int(64),
                    Value::Int(8),
                    Value::Int(1),
                    Value::str("cé"),
                    Value::Float(-0.5f64),
                    Value::Int(29),
                    Value::Int(-1),
                    Value::str("cyc"),
                    Value::Int(6),
                    Value::Int(20),
                    Value::Int(2),
                    Value::Int(19),
                    Value::str("acx"),
                    Value::str("y"),
                    Value::Int(2305843009213693952),
                    Value::Float(1.5f64),
                    Value::str("by"),
                    Value::str(""),
                    Value::Int(3),
                    Value::Float(1e+300),
                    Value::str("y"),
                    Value::tuple(vec![Value::str("a")]),
                    Value::str("cz"),
                    Value::Int(-2305843009213693952),
                    Value::str(""),
                    Value::Int(32),
                    Value::Int(4611686018427387909),
                    Value::Int(13),
                    Value::Int(9),
                    Value::tuple(vec![Value::str("a")]),
                    Value::str("é"),
                    Value::str("xéb"),
                    Value::Int(2305843009213693951),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Int(4),
                    Value::Int(4611686018427387909),
                    Value::Int(24),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::Float(1e+300),
                Value::Int(-4),
                Value::Int(5),
                Value::str("é"),
                Value::Int(13),
                Value::Int(28),
                Value::Int(16),
                Value::Int(28),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(16),
                Value::str("x"),
                Value::Int(16),
                Value::str("ay"),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(35),
                Value::Float(2.0f64),
                Value::Int(21),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(17),
                Value::str(""),
                Value::Float(-0.5f64),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(9),
                Value::Int(16),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "intersection", &[fromkeys(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            216,
            "a = set(set([38, 18, (3, 'b'), 'yyc', 8, (), 'baz', 35, -2, 'acc', 64, 1.5, 13, '', 40, 12, 13, 'a', 'aby', 2305843009213693951]))\nb = {2305843009213693951, -4, 21, 64, 8, 1, 'cé', -0.5, 29, -1, 'cyc', 6, 20, 2, 19, 'acx', 'y', 2305843009213693952, 1.5, 'by', '', 3, 1e+300, 'y', ('a',), 'cz', -2305843009213693952, '', 32, 4611686018427387909, 13, 9, ('a',), 'é', 'xéb', 2305843009213693951, (3, 'b'), 4, 4611686018427387909, 24}\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(dict.fromkeys([1e+300, -4, 5, 'é', 13, 28, 16, 28]))\nprint(repr(a))\na = a.difference([16, 'x', 16, 'ay'])\nprint(repr(a))\na.difference_update([35, 2.0, 21, (3, 'b'), 17, '', -0.5, (1, 2), 9, 16])\nprint(repr(a))\na ^= b\nprint(repr(a))\na = a.intersection(dict.fromkeys([]))\nprint(repr(a))",
            &out,
            &[
                "{'', 1.5, 2305843009213693951, 64, 8, 12, 13, 'yyc', 18, 'a', (3, 'b'), 35, 38, 40, 'baz', 'acc', 'aby', (), -2}",
                "{2305843009213693951, 1, 2, -0.5, 2305843009213693952, 1.5, 6, '', 8, 3, 4611686018427387909, 9, 4, 13, 19, 20, 21, 24, 'cyc', 29, 32, 'cz', 'acx', 1e+300, 64, 'y', ('a',), (3, 'b'), 'xéb', 'é', 'by', 'cé', -2305843009213693952, -4, -1}",
                "{'', 1.5, 2305843009213693951, 64, 5, 8, 12, 'yyc', 16, 18, 'a', (3, 'b'), 28, 'é', 35, 38, 40, 'baz', -4, 'acc', 'aby', (), 1e+300, -2}",
                "{'', 1.5, 2305843009213693951, 64, 5, 8, 12, 'yyc', 18, 'a', (3, 'b'), 28, 'é', 35, 38, 40, 'baz', -4, 'acc', 'aby', (), 1e+300, -2}",
                "{1.5, 2305843009213693951, 64, 5, 8, 12, 'yyc', 18, 'a', 28, 'é', 38, 40, 'baz', -4, 'acc', 'aby', (), 1e+300, -2}",
                "{-0.5, '', 1, 2, 2305843009213693952, 5, 6, 3, 4611686018427387909, 9, 4, 12, 13, 18, 'a', 19, 20, 21, 24, 28, 29, 32, 38, 40, 'baz', 'cz', 'acc', 'acx', 'y', (3, 'b'), 'xéb', 'by', 'aby', (), 'cyc', ('a',), 'yyc', 'cé', -2305843009213693952, -1, -2}",
                "set()",
            ],
        );
    }
    {
        // a = {'', 38, ('a',), 16, 1, -2, 1e+300, 128, (3, 'b'), (3, 'b'), 'b', 2.0, 'bya', 23, 2, 4, '', 'a', (), 26}
        // _xs = [34]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.difference_update(b)
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a |= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str(""),
                    Value::Int(38),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(16),
                    Value::Int(1),
                    Value::Int(-2),
                    Value::Float(1e+300),
                    Value::Int(128),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::str("b"),
                    Value::Float(2.0f64),
                    Value::str("bya"),
                    Value::Int(23),
                    Value::Int(2),
                    Value::Int(4),
                    Value::str(""),
                    Value::str("a"),
                    Value::tuple(vec![]),
                    Value::Int(26),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(34)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            217,
            "a = {'', 38, ('a',), 16, 1, -2, 1e+300, 128, (3, 'b'), (3, 'b'), 'b', 2.0, 'bya', 23, 2, 4, '', 'a', (), 26}\n_xs = [34]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.difference_update(b)\nprint(repr(a))\na &= b\nprint(repr(a))\na |= b\nprint(repr(a))",
            &out,
            &[
                "{'', 1, 2.0, 128, 'bya', 4, ('a',), 'b', 16, 'a', 23, 26, (3, 'b'), 38, (), 1e+300, -2}",
                "{34}",
                "{'', 1, 2.0, 128, 'bya', 4, ('a',), 'b', 16, 'a', 23, 26, (3, 'b'), 38, (), 1e+300, -2}",
                "set()",
                "{34}",
            ],
        );
    }
    {
        // _xs = [38, 'zy', 1, 37, -5, 12, '', 'y']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [64, 29, 30, '', 'acx', '']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // for _x in [-6, 18, 'z', 'xcé', -0.5, 'xa', 9, (1, 2), 7, 27]:
        //     a.discard(_x)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.discard(28)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(38),
                Value::str("zy"),
                Value::Int(1),
                Value::Int(37),
                Value::Int(-5),
                Value::Int(12),
                Value::str(""),
                Value::str("y"),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(64),
                Value::Int(29),
                Value::Int(30),
                Value::str(""),
                Value::str("acx"),
                Value::str(""),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        for x in vec![
            Value::Int(-6),
            Value::Int(18),
            Value::str("z"),
            Value::str("xcé"),
            Value::Float(-0.5f64),
            Value::str("xa"),
            Value::Int(9),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(7),
            Value::Int(27),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(28)]);
        out.push(repr(&a));
        check(
            &mut failures,
            218,
            "_xs = [38, 'zy', 1, 37, -5, 12, '', 'y']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [64, 29, 30, '', 'acx', '']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\nfor _x in [-6, 18, 'z', 'xcé', -0.5, 'xa', 9, (1, 2), 7, 27]:\n    a.discard(_x)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.discard(28)\nprint(repr(a))",
            &out,
            &[
                "{'', 1, 'y', 37, 'zy', 38, 12, -5}",
                "{64, '', 'acx', 29, 30}",
                "''",
                "{1, 'y', 37, 'zy', 38, 12, -5}",
                "{1, 'y', 37, 'zy', 38, 12, -5}",
                "-890771008541141045",
                "{1, 'y', 37, 'zy', 38, 12, -5}",
                "{1, 'y', 37, 'zy', 38, 12, -5}",
            ],
        );
    }
    {
        // a = {-1, 10, 2305843009213693951, 0.1, 35, ''}
        // b = set(dict.fromkeys(['xa', 40, 'y']))
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([18, 27, 'c', '', 2.0]))
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([]))
        // print(repr(a))
        // a = a.union(dict.fromkeys([-2, 128, 3, -0.5, 32, 24, 2305843009213693951, 'c', 'za', 14]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(-1),
                    Value::Int(10),
                    Value::Int(2305843009213693951),
                    Value::Float(0.1f64),
                    Value::Int(35),
                    Value::str(""),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::str("xa"),
            Value::Int(40),
            Value::str("y"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(18),
                Value::Int(27),
                Value::str("c"),
                Value::str(""),
                Value::Float(2.0f64),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[fromkeys(vec![])]);
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::Int(-2),
                Value::Int(128),
                Value::Int(3),
                Value::Float(-0.5f64),
                Value::Int(32),
                Value::Int(24),
                Value::Int(2305843009213693951),
                Value::str("c"),
                Value::str("za"),
                Value::Int(14),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            219,
            "a = {-1, 10, 2305843009213693951, 0.1, 35, ''}\nb = set(dict.fromkeys(['xa', 40, 'y']))\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([18, 27, 'c', '', 2.0]))\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([]))\nprint(repr(a))\na = a.union(dict.fromkeys([-2, 128, 3, -0.5, 32, 24, 2305843009213693951, 'c', 'za', 14]))\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, '', 0.1, 35, 10, -1}",
                "{40, 'y', 'xa'}",
                "{''}",
                "{''}",
                "{'', 128, -0.5, 3, 32, 2305843009213693951, 'za', 14, 'c', 24, -2}",
            ],
        );
    }
    {
        // _xs = [30, 29, 18, 14, 'ééy', 8, 'cbc', 7, 256, 33, '', 23, '', 'yxy', 32, 'acé', 3, 9, '', 0.1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = {'', 'acy', 26, 'cc', 9}
        // print(repr(a)); print(repr(b))
        // a.intersection_update(b)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(30),
                Value::Int(29),
                Value::Int(18),
                Value::Int(14),
                Value::str("ééy"),
                Value::Int(8),
                Value::str("cbc"),
                Value::Int(7),
                Value::Int(256),
                Value::Int(33),
                Value::str(""),
                Value::Int(23),
                Value::str(""),
                Value::str("yxy"),
                Value::Int(32),
                Value::str("acé"),
                Value::Int(3),
                Value::Int(9),
                Value::str(""),
                Value::Float(0.1f64),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str(""),
                    Value::str("acy"),
                    Value::Int(26),
                    Value::str("cc"),
                    Value::Int(9),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            220,
            "_xs = [30, 29, 18, 14, 'ééy', 8, 'cbc', 7, 256, 33, '', 23, '', 'yxy', 32, 'acé', 3, 9, '', 0.1]\na = set()\nfor _x in _xs: a.add(_x)\nb = {'', 'acy', 26, 'cc', 9}\nprint(repr(a)); print(repr(b))\na.intersection_update(b)\nprint(repr(a))\na |= b\nprint(repr(a))",
            &out,
            &[
                "{256, 33, '', 32, 'acé', 3, 'cbc', 7, 8, 9, 14, 18, 23, 'ééy', 0.1, 'yxy', 29, 30}",
                "{'', 'acy', 9, 26, 'cc'}",
                "{'', 9}",
                "{'', 'acy', 9, 26, 'cc'}",
            ],
        );
    }
    {
        // a = set(set(['ya', 34]))
        // b = {'', 1, 13, '', 1e+300, -3, 29, 2305843009213693952, 'cb', '', 11, -6, 16, 21, 38, -1, 27, 0, 29, 1024, -4, 25, -2, -5, 28, 'x', 1024, (3, 'b'), 0.1, 64, 14, 0, '', '', 8, -2, (), 25, 37, -3}
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a.update([24, '', 32, 1e+300, -5])
        // print(repr(a))
        // a = a.difference([(1, 2), 29])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::str("ya"), Value::Int(34)])));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str(""),
                    Value::Int(1),
                    Value::Int(13),
                    Value::str(""),
                    Value::Float(1e+300),
                    Value::Int(-3),
                    Value::Int(29),
                    Value::Int(2305843009213693952),
                    Value::str("cb"),
                    Value::str(""),
                    Value::Int(11),
                    Value::Int(-6),
                    Value::Int(16),
                    Value::Int(21),
                    Value::Int(38),
                    Value::Int(-1),
                    Value::Int(27),
                    Value::Int(0),
                    Value::Int(29),
                    Value::Int(1024),
                    Value::Int(-4),
                    Value::Int(25),
                    Value::Int(-2),
                    Value::Int(-5),
                    Value::Int(28),
                    Value::str("x"),
                    Value::Int(1024),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Float(0.1f64),
                    Value::Int(64),
                    Value::Int(14),
                    Value::Int(0),
                    Value::str(""),
                    Value::str(""),
                    Value::Int(8),
                    Value::Int(-2),
                    Value::tuple(vec![]),
                    Value::Int(25),
                    Value::Int(37),
                    Value::Int(-3),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(24),
                Value::str(""),
                Value::Int(32),
                Value::Float(1e+300),
                Value::Int(-5),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(29),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            221,
            "a = set(set(['ya', 34]))\nb = {'', 1, 13, '', 1e+300, -3, 29, 2305843009213693952, 'cb', '', 11, -6, 16, 21, 38, -1, 27, 0, 29, 1024, -4, 25, -2, -5, 28, 'x', 1024, (3, 'b'), 0.1, 64, 14, 0, '', '', 8, -2, (), 25, 37, -3}\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na.update([24, '', 32, 1e+300, -5])\nprint(repr(a))\na = a.difference([(1, 2), 29])\nprint(repr(a))",
            &out,
            &[
                "{34, 'ya'}",
                "{'', 1, 0, 2305843009213693952, 1024, 'cb', 0.1, 64, 8, 11, 13, 14, 16, 21, 25, (3, 'b'), 27, 28, 29, 'x', 37, 38, -5, -4, -1, -6, (), 1e+300, -3, -2}",
                "set()",
                "{'', 32, 24, -5, 1e+300}",
                "{'', 32, 24, -5, 1e+300}",
            ],
        );
    }
    {
        // a = set(['b', 32, 'c', 1024, 2.0, 'ay', (), 2.0, 'xb', 15, -1, -2, 11, 2305843009213693951, -3, '', 6, 5, 24, -1])
        // b = set(set([2.0]))
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::str("b"),
            Value::Int(32),
            Value::str("c"),
            Value::Int(1024),
            Value::Float(2.0f64),
            Value::str("ay"),
            Value::tuple(vec![]),
            Value::Float(2.0f64),
            Value::str("xb"),
            Value::Int(15),
            Value::Int(-1),
            Value::Int(-2),
            Value::Int(11),
            Value::Int(2305843009213693951),
            Value::Int(-3),
            Value::str(""),
            Value::Int(6),
            Value::Int(5),
            Value::Int(24),
            Value::Int(-1),
        ]));
        let b = mkset(mkset(Value::list(vec![Value::Float(2.0f64)])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            222,
            "a = set(['b', 32, 'c', 1024, 2.0, 'ay', (), 2.0, 'xb', 15, -1, -2, 11, 2305843009213693951, -3, '', 6, 5, 24, -1])\nb = set(set([2.0]))\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{32, 1024, 2.0, 2305843009213693951, '', 5, 'xb', 6, 11, 'b', 15, 'c', 'ay', -2, 24, (), -3, -1}",
                "{2.0}",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = [32]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [39]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(dict.fromkeys(['', 1e+300, 29, (1, 2)]))
        // print(repr(a))
        // a.update(['', 128, 39])
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(32)]).unwrap()));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(39)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::str(""),
                Value::Float(1e+300),
                Value::Int(29),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str(""),
                Value::Int(128),
                Value::Int(39),
            ])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            223,
            "_xs = [32]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [39]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(dict.fromkeys(['', 1e+300, 29, (1, 2)]))\nprint(repr(a))\na.update(['', 128, 39])\nprint(repr(a))\na.clear()\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{32}",
                "{39}",
                "{'', 32, (1, 2), 1e+300, 29}",
                "{'', 32, 128, (1, 2), 39, 1e+300, 29}",
                "set()",
                "empty",
                "set()",
            ],
        );
    }
    {
        // _xs = [()]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = {'', 22, ''}
        // print(repr(a)); print(repr(b))
        // for _x in [(1, 2)]:
        //     a.discard(_x)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::tuple(vec![])]).unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(vec![Value::str(""), Value::Int(22), Value::str("")], NAMES)
                .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![Value::tuple(vec![Value::Int(1), Value::Int(2)])] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            224,
            "_xs = [()]\na = set()\nfor _x in _xs: a.add(_x)\nb = {'', 22, ''}\nprint(repr(a)); print(repr(b))\nfor _x in [(1, 2)]:\n    a.discard(_x)\nprint(repr(a))\na |= b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na.clear()\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))",
            &out,
            &[
                "{()}",
                "{'', 22}",
                "{()}",
                "{'', (), 22}",
                "{()}",
                "set()",
                "{'', 22}",
                "set()",
            ],
        );
    }
    {
        // a = set([2.0])
        // b = set(set(['czc', 256, 256, '', 2305843009213693952, 'xzx']))
        // print(repr(a)); print(repr(b))
        // a = a.difference(b)
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a.update([-4, 7, 3, 1e+300, 33])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Float(2.0f64)]));
        let b = mkset(mkset(Value::list(vec![
            Value::str("czc"),
            Value::Int(256),
            Value::Int(256),
            Value::str(""),
            Value::Int(2305843009213693952),
            Value::str("xzx"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(-4),
                Value::Int(7),
                Value::Int(3),
                Value::Float(1e+300),
                Value::Int(33),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            225,
            "a = set([2.0])\nb = set(set(['czc', 256, 256, '', 2305843009213693952, 'xzx']))\nprint(repr(a)); print(repr(b))\na = a.difference(b)\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na.update([-4, 7, 3, 1e+300, 33])\nprint(repr(a))",
            &out,
            &[
                "{2.0}",
                "{256, '', 2305843009213693952, 'xzx', 'czc'}",
                "{2.0}",
                "{256, '', 2.0, 2305843009213693952, 'xzx', 'czc'}",
                "{256, '', 2305843009213693952, 'xzx', 'czc'}",
                "{256, '', 2305843009213693952, 3, 33, 7, 1e+300, -4, 'xzx', 'czc'}",
            ],
        );
    }
    {
        // _xs = ['', 2.0]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['', -5, 12, 2.0, 18, -2305843009213693952, 'a', 8, 10, 24, 64, -1, -0.5, -4, -5, 2.0, 2305843009213693952, 'yx', 'z', 20]))
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a = a.difference([10, -2305843009213693952, 1e+300, 25, 'zyy'])
        // print(repr(a))
        // a.update([-0.5])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str(""), Value::Float(2.0f64)]).unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::str(""),
            Value::Int(-5),
            Value::Int(12),
            Value::Float(2.0f64),
            Value::Int(18),
            Value::Int(-2305843009213693952),
            Value::str("a"),
            Value::Int(8),
            Value::Int(10),
            Value::Int(24),
            Value::Int(64),
            Value::Int(-1),
            Value::Float(-0.5f64),
            Value::Int(-4),
            Value::Int(-5),
            Value::Float(2.0f64),
            Value::Int(2305843009213693952),
            Value::str("yx"),
            Value::str("z"),
            Value::Int(20),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(10),
                Value::Int(-2305843009213693952),
                Value::Float(1e+300),
                Value::Int(25),
                Value::str("zyy"),
            ])],
        );
        out.push(repr(&a));
        m(&a, "update", &[Value::list(vec![Value::Float(-0.5f64)])]);
        out.push(repr(&a));
        check(
            &mut failures,
            226,
            "_xs = ['', 2.0]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['', -5, 12, 2.0, 18, -2305843009213693952, 'a', 8, 10, 24, 64, -1, -0.5, -4, -5, 2.0, 2305843009213693952, 'yx', 'z', 20]))\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na &= b\nprint(repr(a))\na = a.difference([10, -2305843009213693952, 1e+300, 25, 'zyy'])\nprint(repr(a))\na.update([-0.5])\nprint(repr(a))",
            &out,
            &[
                "{'', 2.0}",
                "{'', 64, 2.0, -0.5, 2305843009213693952, 'z', 8, 10, 12, 18, 'a', 20, 24, 'yx', -2305843009213693952, -5, -4, -1}",
                "set()",
                "set()",
                "set()",
                "{-0.5}",
            ],
        );
    }
    {
        // _xs = [24, 0.1, 31, '', -0.5, 35, 4611686018427387909, (1, 2)]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([2.0, '', 2.0, 'zz', 1e+300, 4611686018427387909, 256, (3, 'b'), 35, 36, 'x', -0.5, 256, 15, 8, 12, 32, 1.5, 16, 8]))
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(24),
                Value::Float(0.1f64),
                Value::Int(31),
                Value::str(""),
                Value::Float(-0.5f64),
                Value::Int(35),
                Value::Int(4611686018427387909),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Float(2.0f64),
            Value::str(""),
            Value::Float(2.0f64),
            Value::str("zz"),
            Value::Float(1e+300),
            Value::Int(4611686018427387909),
            Value::Int(256),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(35),
            Value::Int(36),
            Value::str("x"),
            Value::Float(-0.5f64),
            Value::Int(256),
            Value::Int(15),
            Value::Int(8),
            Value::Int(12),
            Value::Int(32),
            Value::Float(1.5f64),
            Value::Int(16),
            Value::Int(8),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            227,
            "_xs = [24, 0.1, 31, '', -0.5, 35, 4611686018427387909, (1, 2)]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([2.0, '', 2.0, 'zz', 1e+300, 4611686018427387909, 256, (3, 'b'), 35, 36, 'x', -0.5, 256, 15, 8, 12, 32, 1.5, 16, 8]))\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na ^= b\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 0.1, -0.5, 35, (1, 2), 4611686018427387909, 24, 31}",
                "{'', 256, 2.0, -0.5, 1.5, 4611686018427387909, 8, 12, 15, 16, (3, 'b'), 32, 'zz', 35, 36, 'x', 1e+300}",
                "-9194398800088673119",
                "{'', 0.1, -0.5, 35, (1, 2), 4611686018427387909, 24, 31}",
                "{256, 0.1, 1.5, 'x', (1, 2), 2.0, 32, 'zz', 8, 36, 12, 15, 16, 24, (3, 'b'), 1e+300, 31}",
                "3226017007454674225",
                "{256, 0.1, 1.5, 'x', (1, 2), 2.0, 32, 'zz', 8, 36, 12, 15, 16, 24, (3, 'b'), 1e+300, 31}",
                "{0.1, 24, (1, 2), 31}",
            ],
        );
    }
    {
        // a = set(set([34, 21, 'a', 'xcy', 32, 13, 36, 4, -5, 2305843009213693951, (3, 'b'), 'c']))
        // _xs = [64, 35, 2.0, 128, 3, 'azx', 6, 'a', '', (3, 'b'), 17, 'é', '', 2305843009213693951, 25, 8, 6, -3, -2305843009213693952, -2]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(34),
            Value::Int(21),
            Value::str("a"),
            Value::str("xcy"),
            Value::Int(32),
            Value::Int(13),
            Value::Int(36),
            Value::Int(4),
            Value::Int(-5),
            Value::Int(2305843009213693951),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("c"),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(64),
                Value::Int(35),
                Value::Float(2.0f64),
                Value::Int(128),
                Value::Int(3),
                Value::str("azx"),
                Value::Int(6),
                Value::str("a"),
                Value::str(""),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(17),
                Value::str("é"),
                Value::str(""),
                Value::Int(2305843009213693951),
                Value::Int(25),
                Value::Int(8),
                Value::Int(6),
                Value::Int(-3),
                Value::Int(-2305843009213693952),
                Value::Int(-2),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            228,
            "a = set(set([34, 21, 'a', 'xcy', 32, 13, 36, 4, -5, 2305843009213693951, (3, 'b'), 'c']))\n_xs = [64, 35, 2.0, 128, 3, 'azx', 6, 'a', '', (3, 'b'), 17, 'é', '', 2305843009213693951, 25, 8, 6, -3, -2305843009213693952, -2]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{32, 2305843009213693951, 34, 36, 4, 'xcy', 13, 'c', 'a', 21, (3, 'b'), -5}",
                "{64, 128, 2.0, 3, 35, '', 6, 'é', 2305843009213693951, 8, 'azx', 17, 'a', -2, 25, (3, 'b'), -3, -2305843009213693952}",
                "{32, 34, 36, 4, 'xcy', 13, 'c', 21, -5}",
            ],
        );
    }
    {
        // a = set([24, 40, 'by', 6, '', 'yz', 'zzx', 1.5, '', (1, 2), 23, 'ééx', 25, -1, 14, 25, 'a', 2305843009213693952, '', 20])
        // b = set([23, 128, 64, 29, -4, -6, 14, 0, ('a',), 30, (), 6, 100000000000000000000, 8, 7, 'aé', 'é', -2, 'z', 2305843009213693952])
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(24),
            Value::Int(40),
            Value::str("by"),
            Value::Int(6),
            Value::str(""),
            Value::str("yz"),
            Value::str("zzx"),
            Value::Float(1.5f64),
            Value::str(""),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(23),
            Value::str("ééx"),
            Value::Int(25),
            Value::Int(-1),
            Value::Int(14),
            Value::Int(25),
            Value::str("a"),
            Value::Int(2305843009213693952),
            Value::str(""),
            Value::Int(20),
        ]));
        let b = mkset(Value::list(vec![
            Value::Int(23),
            Value::Int(128),
            Value::Int(64),
            Value::Int(29),
            Value::Int(-4),
            Value::Int(-6),
            Value::Int(14),
            Value::Int(0),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(30),
            Value::tuple(vec![]),
            Value::Int(6),
            big("100000000000000000000"),
            Value::Int(8),
            Value::Int(7),
            Value::str("aé"),
            Value::str("é"),
            Value::Int(-2),
            Value::str("z"),
            Value::Int(2305843009213693952),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            229,
            "a = set([24, 40, 'by', 6, '', 'yz', 'zzx', 1.5, '', (1, 2), 23, 'ééx', 25, -1, 14, 25, 'a', 2305843009213693952, '', 20])\nb = set([23, 128, 64, 29, -4, -6, 14, 0, ('a',), 30, (), 6, 100000000000000000000, 8, 7, 'aé', 'é', -2, 'z', 2305843009213693952])\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{'', 1.5, 2305843009213693952, (1, 2), 'ééx', 6, 40, 'zzx', 'by', 14, 'a', 20, -1, 23, 24, 'yz', 25}",
                "{128, 0, 2305843009213693952, 6, 7, 8, 'z', 14, 23, 29, 30, 100000000000000000000, 64, ('a',), 'aé', 'é', -6, (), -4, -2}",
                "{2305843009213693952, 23, 6, 14}",
            ],
        );
    }
    {
        // _xs = [(1, 2), 24, 'é', (), '', 'yyc']
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [25, 2.0, 'zz', -0.5, 'bbc', 15]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a | b
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(24),
                Value::str("é"),
                Value::tuple(vec![]),
                Value::str(""),
                Value::str("yyc"),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(25),
                Value::Float(2.0f64),
                Value::str("zz"),
                Value::Float(-0.5f64),
                Value::str("bbc"),
                Value::Int(15),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            230,
            "_xs = [(1, 2), 24, 'é', (), '', 'yyc']\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [25, 2.0, 'zz', -0.5, 'bbc', 15]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a | b\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{'', (1, 2), 'é', 'yyc', 24, ()}",
                "{-0.5, 'zz', 2.0, 15, 'bbc', 25}",
                "{'', -0.5, 'zz', (1, 2), 'é', 2.0, 'yyc', 15, 'bbc', 24, 25, ()}",
                "frozenset({'', -0.5, 'zz', (1, 2), 'é', 2.0, 'yyc', 15, 'bbc', 24, 25, ()})",
                "{'', -0.5, 'zz', (1, 2), 'é', 2.0, 'yyc', 15, 'bbc', 24, 25, ()}",
            ],
        );
    }
    {
        // a = set([8, -2, '', 25, '', 12])
        // b = set()
        // print(repr(a)); print(repr(b))
        // a.discard(36)
        // print(repr(a))
        // a.update(['cz'])
        // print(repr(a))
        // a = a.difference(dict.fromkeys([27, 8, -1, 19, 'z', 'zéx', 0, -0.5]))
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([35]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(8),
            Value::Int(-2),
            Value::str(""),
            Value::Int(25),
            Value::str(""),
            Value::Int(12),
        ]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(36)]);
        out.push(repr(&a));
        m(&a, "update", &[Value::list(vec![Value::str("cz")])]);
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::Int(27),
                Value::Int(8),
                Value::Int(-1),
                Value::Int(19),
                Value::str("z"),
                Value::str("zéx"),
                Value::Int(0),
                Value::Float(-0.5f64),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![Value::Int(35)])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            231,
            "a = set([8, -2, '', 25, '', 12])\nb = set()\nprint(repr(a)); print(repr(b))\na.discard(36)\nprint(repr(a))\na.update(['cz'])\nprint(repr(a))\na = a.difference(dict.fromkeys([27, 8, -1, 19, 'z', 'zéx', 0, -0.5]))\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([35]))\nprint(repr(a))",
            &out,
            &[
                "{'', 8, 12, 25, -2}",
                "set()",
                "{'', 8, 12, 25, -2}",
                "{'', 8, 'cz', 12, 25, -2}",
                "{'', 'cz', 12, 25, -2}",
                "{'', 35, 'cz', 12, 25, -2}",
            ],
        );
    }
    {
        // _xs = [2305843009213693951, 38, 'c', 19, '', 32, 'cx', 'bé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([0.1, 'azé', 40, 25, 1.5, 1.5, (1, 2), 0.1, 12, '', 39, ('a',)]))
        // print(repr(a)); print(repr(b))
        // a = a.union(['', 10, 18, 1.5, 0.1])
        // print(repr(a))
        // a.symmetric_difference_update(['a', 'b', 32, 25])
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(2305843009213693951),
                Value::Int(38),
                Value::str("c"),
                Value::Int(19),
                Value::str(""),
                Value::Int(32),
                Value::str("cx"),
                Value::str("bé"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Float(0.1f64),
            Value::str("azé"),
            Value::Int(40),
            Value::Int(25),
            Value::Float(1.5f64),
            Value::Float(1.5f64),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Float(0.1f64),
            Value::Int(12),
            Value::str(""),
            Value::Int(39),
            Value::tuple(vec![Value::str("a")]),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::str(""),
                Value::Int(10),
                Value::Int(18),
                Value::Float(1.5f64),
                Value::Float(0.1f64),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::str("a"),
                Value::str("b"),
                Value::Int(32),
                Value::Int(25),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            232,
            "_xs = [2305843009213693951, 38, 'c', 19, '', 32, 'cx', 'bé']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([0.1, 'azé', 40, 25, 1.5, 1.5, (1, 2), 0.1, 12, '', 39, ('a',)]))\nprint(repr(a)); print(repr(b))\na = a.union(['', 10, 18, 1.5, 0.1])\nprint(repr(a))\na.symmetric_difference_update(['a', 'b', 32, 25])\nprint(repr(a))\na &= b\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, '', 32, 38, 'cx', 'bé', 'c', 19}",
                "{0.1, 'azé', 1.5, (1, 2), '', 39, 40, ('a',), 12, 25}",
                "{2305843009213693951, '', 32, 1.5, 0.1, 38, 10, 'cx', 'bé', 'c', 19, 18}",
                "{2305843009213693951, '', 1.5, 0.1, 38, 10, 'cx', 'b', 'bé', 'c', 19, 18, 'a', 25}",
                "{0.1, 1.5, '', 25}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = {'a', 1024, 'bx', 2305843009213693952, 128}
        // _xs = [35, 'b', 'x', 14, '', 20]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.add(3)
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([('a',)]))
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("a"),
                    Value::Int(1024),
                    Value::str("bx"),
                    Value::Int(2305843009213693952),
                    Value::Int(128),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(35),
                Value::str("b"),
                Value::str("x"),
                Value::Int(14),
                Value::str(""),
                Value::Int(20),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(3)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![Value::tuple(vec![Value::str("a")])])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            233,
            "a = {'a', 1024, 'bx', 2305843009213693952, 128}\n_xs = [35, 'b', 'x', 14, '', 20]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.add(3)\nprint(repr(a))\na = b & a\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([('a',)]))\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{1024, 2305843009213693952, 128, 'a', 'bx'}",
                "{'', 35, 'x', 'b', 14, 20}",
                "{1024, 2305843009213693952, 128, 'a', 'bx', 3}",
                "set()",
                "{('a',)}",
                "set()",
            ],
        );
    }
    {
        // a = set()
        // b = set(dict.fromkeys(['cé']))
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(fromkeys(vec![Value::str("cé")]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            234,
            "a = set()\nb = set(dict.fromkeys(['cé']))\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &["set()", "{'cé'}", "{'cé'}", "2148281979924497914", "{'cé'}"],
        );
    }
    {
        // a = set(set([]))
        // b = set(set(['']))
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update([22, 15, 24, 'a'])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        // a.discard(3)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![])));
        let b = mkset(mkset(Value::list(vec![Value::str("")])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(22),
                Value::Int(15),
                Value::Int(24),
                Value::str("a"),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(3)]);
        out.push(repr(&a));
        check(
            &mut failures,
            235,
            "a = set(set([]))\nb = set(set(['']))\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update([22, 15, 24, 'a'])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))\na.discard(3)\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{''}",
                "{24, 'a', 22, 15}",
                "frozenset({24, 'a', 22, 15})",
                "{24, 'a', 22, 15}",
                "{24, 'a', 22, 15}",
                "{24, 'a', 22, 15}",
            ],
        );
    }
    {
        // _xs = [-3, 0.1, 'aa', 32, 2.0, 0.1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([8, 32, 1.5, -4, 'xcy', '', 34, '']))
        // print(repr(a)); print(repr(b))
        // a = a.union([])
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = a.symmetric_difference([-0.5, 100000000000000000000, 24, 32, 256, 2, -2, 36, ('a',), 'bc'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-3),
                Value::Float(0.1f64),
                Value::str("aa"),
                Value::Int(32),
                Value::Float(2.0f64),
                Value::Float(0.1f64),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(8),
            Value::Int(32),
            Value::Float(1.5f64),
            Value::Int(-4),
            Value::str("xcy"),
            Value::str(""),
            Value::Int(34),
            Value::str(""),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::Float(-0.5f64),
                big("100000000000000000000"),
                Value::Int(24),
                Value::Int(32),
                Value::Int(256),
                Value::Int(2),
                Value::Int(-2),
                Value::Int(36),
                Value::tuple(vec![Value::str("a")]),
                Value::str("bc"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            236,
            "_xs = [-3, 0.1, 'aa', 32, 2.0, 0.1]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([8, 32, 1.5, -4, 'xcy', '', 34, '']))\nprint(repr(a)); print(repr(b))\na = a.union([])\nprint(repr(a))\na |= b\nprint(repr(a))\na = a.symmetric_difference([-0.5, 100000000000000000000, 24, 32, 256, 2, -2, 36, ('a',), 'bc'])\nprint(repr(a))",
            &out,
            &[
                "{0.1, 32, 2.0, -3, 'aa'}",
                "{32, 1.5, '', 34, 'xcy', 8, -4}",
                "{0.1, 32, 2.0, -3, 'aa'}",
                "{0.1, 32, 2.0, 1.5, '', 34, 'xcy', 8, -4, -3, 'aa'}",
                "{-0.5, '', 256, 1.5, 36, 0.1, 34, 'xcy', ('a',), 8, 'aa', 100000000000000000000, 24, 'bc', -4, -3, -2}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([100000000000000000000, (3, 'b'), (), 25, -4, 1]))
        // b = set(set([2, '', 16, 29, 24, 13, 34, 'x', 'yca', -5, (3, 'b'), '', '', 'bax', 1.5, -1, -4, 'cba', 20, 23]))
        // print(repr(a)); print(repr(b))
        // a.symmetric_difference_update(['ca', 'xcy', 32, 36, 'c', 5, 1e+300, (1, 2)])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            big("100000000000000000000"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::tuple(vec![]),
            Value::Int(25),
            Value::Int(-4),
            Value::Int(1),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(2),
            Value::str(""),
            Value::Int(16),
            Value::Int(29),
            Value::Int(24),
            Value::Int(13),
            Value::Int(34),
            Value::str("x"),
            Value::str("yca"),
            Value::Int(-5),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str(""),
            Value::str(""),
            Value::str("bax"),
            Value::Float(1.5f64),
            Value::Int(-1),
            Value::Int(-4),
            Value::str("cba"),
            Value::Int(20),
            Value::Int(23),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::str("ca"),
                Value::str("xcy"),
                Value::Int(32),
                Value::Int(36),
                Value::str("c"),
                Value::Int(5),
                Value::Float(1e+300),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            237,
            "a = set(dict.fromkeys([100000000000000000000, (3, 'b'), (), 25, -4, 1]))\nb = set(set([2, '', 16, 29, 24, 13, 34, 'x', 'yca', -5, (3, 'b'), '', '', 'bax', 1.5, -1, -4, 'cba', 20, 23]))\nprint(repr(a)); print(repr(b))\na.symmetric_difference_update(['ca', 'xcy', 32, 36, 'c', 5, 1e+300, (1, 2)])\nprint(repr(a))",
            &out,
            &[
                "{1, 25, (3, 'b'), 100000000000000000000, -4, ()}",
                "{'', 1.5, 2, 'yca', 13, 16, 20, 23, 24, (3, 'b'), 29, 34, 'x', 'cba', 'bax', -5, -4, -1}",
                "{1, (1, 2), 5, 'xcy', 1e+300, 25, (3, 'b'), 32, 36, 100000000000000000000, 'c', 'ca', (), -4}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([]))
        // b = set(dict.fromkeys([18, 25, -2305843009213693952]))
        // print(repr(a)); print(repr(b))
        // a.discard(-2305843009213693952)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![]));
        let b = mkset(fromkeys(vec![
            Value::Int(18),
            Value::Int(25),
            Value::Int(-2305843009213693952),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(-2305843009213693952)]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            238,
            "a = set(dict.fromkeys([]))\nb = set(dict.fromkeys([18, 25, -2305843009213693952]))\nprint(repr(a)); print(repr(b))\na.discard(-2305843009213693952)\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &["set()", "{25, 18, -2305843009213693952}", "set()", "set()"],
        );
    }
    {
        // _xs = [-4, 'zy', 32, '', (3, 'b')]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a = a.difference(dict.fromkeys([]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-4),
                Value::str("zy"),
                Value::Int(32),
                Value::str(""),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "difference", &[fromkeys(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            239,
            "_xs = [-4, 'zy', 32, '', (3, 'b')]\na = set()\nfor _x in _xs: a.add(_x)\nb = set()\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(b)\nprint(repr(a))\na = a.difference(dict.fromkeys([]))\nprint(repr(a))",
            &out,
            &[
                "{32, '', 'zy', (3, 'b'), -4}",
                "set()",
                "{32, '', 'zy', (3, 'b'), -4}",
                "{32, '', 'zy', (3, 'b'), -4}",
            ],
        );
    }
    {
        // a = set(set([]))
        // b = set(dict.fromkeys([26, 17, (3, 'b')]))
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        // a.add(-2)
        // print(repr(a))
        // a.update(['z'])
        // print(repr(a))
        // a = a.symmetric_difference([256, '', -1, 11, 3])
        // print(repr(a))
        // a = a.union(dict.fromkeys(['éy', 1, 'b', -0.5, 'z']))
        // print(repr(a))
        // a = a.symmetric_difference([2305843009213693951, 31, -3, 1, '', 'bc', 1.5, 23, 'éyx'])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![])));
        let b = mkset(fromkeys(vec![
            Value::Int(26),
            Value::Int(17),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(-2)]);
        out.push(repr(&a));
        m(&a, "update", &[Value::list(vec![Value::str("z")])]);
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::Int(256),
                Value::str(""),
                Value::Int(-1),
                Value::Int(11),
                Value::Int(3),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::str("éy"),
                Value::Int(1),
                Value::str("b"),
                Value::Float(-0.5f64),
                Value::str("z"),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[Value::list(vec![
                Value::Int(2305843009213693951),
                Value::Int(31),
                Value::Int(-3),
                Value::Int(1),
                Value::str(""),
                Value::str("bc"),
                Value::Float(1.5f64),
                Value::Int(23),
                Value::str("éyx"),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            240,
            "a = set(set([]))\nb = set(dict.fromkeys([26, 17, (3, 'b')]))\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))\na.add(-2)\nprint(repr(a))\na.update(['z'])\nprint(repr(a))\na = a.symmetric_difference([256, '', -1, 11, 3])\nprint(repr(a))\na = a.union(dict.fromkeys(['éy', 1, 'b', -0.5, 'z']))\nprint(repr(a))\na = a.symmetric_difference([2305843009213693951, 31, -3, 1, '', 'bc', 1.5, 23, 'éyx'])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{17, 26, (3, 'b')}",
                "{17, 26, (3, 'b')}",
                "{17, 26, (3, 'b'), -2}",
                "{'z', 17, (3, 'b'), 26, -2}",
                "{256, '', 3, 26, 'z', 11, 17, -2, (3, 'b'), -1}",
                "{256, '', 1, 3, 26, -0.5, 'z', 11, 'b', 17, -2, (3, 'b'), 'éy', -1}",
                "{2305843009213693951, -0.5, 1.5, 256, 3, 'z', 11, 17, 23, 26, 'éy', 31, 'éyx', 'bc', 'b', (3, 'b'), -1, -3, -2}",
            ],
        );
    }
    {
        // a = set([-3, -6, -6, 24, -2, (), '', 'xxx', '', 'x', '', 4611686018427387909])
        // b = set(set([]))
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        // a.add(22)
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(-3),
            Value::Int(-6),
            Value::Int(-6),
            Value::Int(24),
            Value::Int(-2),
            Value::tuple(vec![]),
            Value::str(""),
            Value::str("xxx"),
            Value::str(""),
            Value::str("x"),
            Value::str(""),
            Value::Int(4611686018427387909),
        ]));
        let b = mkset(mkset(Value::list(vec![])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(22)]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            241,
            "a = set([-3, -6, -6, 24, -2, (), '', 'xxx', '', 'x', '', 4611686018427387909])\nb = set(set([]))\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))\na.add(22)\nprint(repr(a))\na |= b\nprint(repr(a))\na = b ^ a\nprint(repr(a))",
            &out,
            &[
                "{'', 'x', 'xxx', 4611686018427387909, 24, -6, (), -3, -2}",
                "set()",
                "set()",
                "{22}",
                "{22}",
                "{22}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([18, 1e+300]))
        // _xs = [('a',), 2]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // a.discard(-1)
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Int(18), Value::Float(1e+300)]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::tuple(vec![Value::str("a")]), Value::Int(2)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(-1)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            242,
            "a = set(dict.fromkeys([18, 1e+300]))\n_xs = [('a',), 2]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a & b\nprint(repr(a))\na.discard(-1)\nprint(repr(a))\na = a - b\nprint(repr(a))",
            &out,
            &[
                "{18, 1e+300}",
                "{('a',), 2}",
                "-6183205113086700296",
                "{18, 1e+300}",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set(set([]))
        // b = set(dict.fromkeys([16, 2, 24, (3, 'b'), 30, -5, 1.5, 34, 29, 1, 'yy', 1e+300, 12, 35, 'z', 'éba', 'x', 16, 'zéx', 100000000000000000000]))
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // for _x in ['y', 25]:
        //     a.discard(_x)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a.discard(31)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![])));
        let b = mkset(fromkeys(vec![
            Value::Int(16),
            Value::Int(2),
            Value::Int(24),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(30),
            Value::Int(-5),
            Value::Float(1.5f64),
            Value::Int(34),
            Value::Int(29),
            Value::Int(1),
            Value::str("yy"),
            Value::Float(1e+300),
            Value::Int(12),
            Value::Int(35),
            Value::str("z"),
            Value::str("éba"),
            Value::str("x"),
            Value::Int(16),
            Value::str("zéx"),
            big("100000000000000000000"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![Value::str("y"), Value::Int(25)] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(31)]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            243,
            "a = set(set([]))\nb = set(dict.fromkeys([16, 2, 24, (3, 'b'), 30, -5, 1.5, 34, 29, 1, 'yy', 1e+300, 12, 35, 'z', 'éba', 'x', 16, 'zéx', 100000000000000000000]))\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\nfor _x in ['y', 25]:\n    a.discard(_x)\nprint(repr(a))\na ^= b\nprint(repr(a))\na.discard(31)\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{1.5, 2, 1, 'z', 12, 'yy', 16, 24, (3, 'b'), 29, 30, 34, 35, 'x', 100000000000000000000, 'zéx', 'éba', -5, 1e+300}",
                "{1.5, 2, 1, 'z', 12, 'yy', 16, 24, (3, 'b'), 29, 30, 34, 35, 'x', 100000000000000000000, 'zéx', 'éba', -5, 1e+300}",
                "{1.5, 2, 1, 'z', 12, 'yy', 16, 24, (3, 'b'), 29, 30, 34, 35, 'x', 100000000000000000000, 'zéx', 'éba', -5, 1e+300}",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([(), -2, 'yyé', (1, 2), 29, 12, 24, 21]))
        // b = {0, 16, (3, 'b'), (1, 2), 100000000000000000000, 29, 'x', 22, 'éaz', 15, -2, (1, 2), 24, 256, -5, 100000000000000000000, 'cx', -3, 10, 1024, 5, 17, 2.0, 31, 35, 17, 31, 17, 15, 34, 'xb', 'aé', (1, 2), 20, 13, 4611686018427387909, 8, 37, '', 'zcb'}
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.symmetric_difference_update([256, (3, 'b'), 32])
        // print(repr(a))
        // a = a.union([31, '', 'b'])
        // print(repr(a))
        // for _x in [7]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::tuple(vec![]),
            Value::Int(-2),
            Value::str("yyé"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(29),
            Value::Int(12),
            Value::Int(24),
            Value::Int(21),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(0),
                    Value::Int(16),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    big("100000000000000000000"),
                    Value::Int(29),
                    Value::str("x"),
                    Value::Int(22),
                    Value::str("éaz"),
                    Value::Int(15),
                    Value::Int(-2),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(24),
                    Value::Int(256),
                    Value::Int(-5),
                    big("100000000000000000000"),
                    Value::str("cx"),
                    Value::Int(-3),
                    Value::Int(10),
                    Value::Int(1024),
                    Value::Int(5),
                    Value::Int(17),
                    Value::Float(2.0f64),
                    Value::Int(31),
                    Value::Int(35),
                    Value::Int(17),
                    Value::Int(31),
                    Value::Int(17),
                    Value::Int(15),
                    Value::Int(34),
                    Value::str("xb"),
                    Value::str("aé"),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(20),
                    Value::Int(13),
                    Value::Int(4611686018427387909),
                    Value::Int(8),
                    Value::Int(37),
                    Value::str(""),
                    Value::str("zcb"),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Int(256),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(32),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(31),
                Value::str(""),
                Value::str("b"),
            ])],
        );
        out.push(repr(&a));
        for x in vec![Value::Int(7)] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            244,
            "a = set(dict.fromkeys([(), -2, 'yyé', (1, 2), 29, 12, 24, 21]))\nb = {0, 16, (3, 'b'), (1, 2), 100000000000000000000, 29, 'x', 22, 'éaz', 15, -2, (1, 2), 24, 256, -5, 100000000000000000000, 'cx', -3, 10, 1024, 5, 17, 2.0, 31, 35, 17, 31, 17, 15, 34, 'xb', 'aé', (1, 2), 20, 13, 4611686018427387909, 8, 37, '', 'zcb'}\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.symmetric_difference_update([256, (3, 'b'), 32])\nprint(repr(a))\na = a.union([31, '', 'b'])\nprint(repr(a))\nfor _x in [7]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{(1, 2), 'yyé', 12, 21, 24, (), 29, -2}",
                "{0, 256, 2.0, '', 1024, 5, 4611686018427387909, 8, 10, 13, 'éaz', 16, 15, 17, 20, 22, 24, 29, 31, 34, 'x', 35, 37, 100000000000000000000, 'cx', 'zcb', (1, 2), 'xb', (3, 'b'), 'aé', -5, -3, -2}",
                "497527958706553165",
                "{(1, 2), 'yyé', 12, 21, 24, (), 29, -2}",
                "{256, 32, (1, 2), 'yyé', 12, 21, 24, (3, 'b'), (), 29, -2}",
                "{256, 32, '', (1, 2), 'yyé', 12, 'b', 21, 24, (3, 'b'), (), 29, -2, 31}",
                "{256, 32, '', (1, 2), 'yyé', 12, 'b', 21, 24, (3, 'b'), (), 29, -2, 31}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([-1]))
        // b = set(['a', 6, 'bab', 0, -3, 7, 7, 26, 'x', 1024, 'bc', 'ab'])
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::Int(-1)]));
        let b = mkset(Value::list(vec![
            Value::str("a"),
            Value::Int(6),
            Value::str("bab"),
            Value::Int(0),
            Value::Int(-3),
            Value::Int(7),
            Value::Int(7),
            Value::Int(26),
            Value::str("x"),
            Value::Int(1024),
            Value::str("bc"),
            Value::str("ab"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            245,
            "a = set(dict.fromkeys([-1]))\nb = set(['a', 6, 'bab', 0, -3, 7, 7, 26, 'x', 1024, 'bc', 'ab'])\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{-1}",
                "{0, 1024, 26, 'x', 6, 7, 'a', 'bc', 'ab', 'bab', -3}",
                "set()",
            ],
        );
    }
    {
        // a = set()
        // b = {15, 1024, 64, -3, 'b', 1e+300, 14, 27, 256, 25, 1.5, 'xza'}
        // print(repr(a)); print(repr(b))
        // a.add(16)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(15),
                    Value::Int(1024),
                    Value::Int(64),
                    Value::Int(-3),
                    Value::str("b"),
                    Value::Float(1e+300),
                    Value::Int(14),
                    Value::Int(27),
                    Value::Int(256),
                    Value::Int(25),
                    Value::Float(1.5f64),
                    Value::str("xza"),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(16)]);
        out.push(repr(&a));
        check(
            &mut failures,
            246,
            "a = set()\nb = {15, 1024, 64, -3, 'b', 1e+300, 14, 27, 256, 25, 1.5, 'xza'}\nprint(repr(a)); print(repr(b))\na.add(16)\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{1024, 256, 64, 1.5, 'b', 15, 14, 25, 'xza', 27, 1e+300, -3}",
                "{16}",
            ],
        );
    }
    {
        // a = set([34, 32, 20, 'cé', 27, 18, 5, 33, 'bz', '', (3, 'b'), 11, 10, (1, 2), '', 2305843009213693951, 5, -2305843009213693952, 'a', 33, 27, 38, -5, 19, -4, -1, 2, -0.5, -0.5, 36, 1.5, 13, 24, 1.5, ('a',), 'a', '', ('a',), (), 3])
        // _xs = [15, 'az', 0]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(34),
            Value::Int(32),
            Value::Int(20),
            Value::str("cé"),
            Value::Int(27),
            Value::Int(18),
            Value::Int(5),
            Value::Int(33),
            Value::str("bz"),
            Value::str(""),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(11),
            Value::Int(10),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str(""),
            Value::Int(2305843009213693951),
            Value::Int(5),
            Value::Int(-2305843009213693952),
            Value::str("a"),
            Value::Int(33),
            Value::Int(27),
            Value::Int(38),
            Value::Int(-5),
            Value::Int(19),
            Value::Int(-4),
            Value::Int(-1),
            Value::Int(2),
            Value::Float(-0.5f64),
            Value::Float(-0.5f64),
            Value::Int(36),
            Value::Float(1.5f64),
            Value::Int(13),
            Value::Int(24),
            Value::Float(1.5f64),
            Value::tuple(vec![Value::str("a")]),
            Value::str("a"),
            Value::str(""),
            Value::tuple(vec![Value::str("a")]),
            Value::tuple(vec![]),
            Value::Int(3),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(15), Value::str("az"), Value::Int(0)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            247,
            "a = set([34, 32, 20, 'cé', 27, 18, 5, 33, 'bz', '', (3, 'b'), 11, 10, (1, 2), '', 2305843009213693951, 5, -2305843009213693952, 'a', 33, 27, 38, -5, 19, -4, -1, 2, -0.5, -0.5, 36, 1.5, 13, 24, 1.5, ('a',), 'a', '', ('a',), (), 3])\n_xs = [15, 'az', 0]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(b)\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{'', 2305843009213693951, 2, -0.5, 1.5, 5, 3, 10, 11, 13, 18, 'a', 20, 19, 24, 27, 32, 33, 34, 36, 38, 'bz', (1, 2), ('a',), (), (3, 'b'), 'cé', -1, -5, -4, -2305843009213693952}",
                "{0, 'az', 15}",
                "{0, 2305843009213693951, '', 2, -0.5, 1.5, 5, 3, 10, 11, 13, 15, 18, 'a', 20, 19, 24, 27, 32, 33, 34, 36, 38, 'bz', (1, 2), ('a',), 'az', (3, 'b'), -5, 'cé', -2305843009213693952, (), -4, -1}",
                "set()",
            ],
        );
    }
    {
        // a = set([34, -2, (3, 'b'), 3, 2305843009213693951, 32, 16, 1, (1, 2), 'yx', 25, 10, 9, 'yxa', 38, 1e+300, 15, 21, '', 'é'])
        // _xs = [36, 24, 10, 1.5, -2, 'bba']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // a = a.difference(dict.fromkeys(['y', -2305843009213693952, 14, -0.5, ('a',), -0.5, 'czc', 4611686018427387909, 'ayy', 16]))
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(34),
            Value::Int(-2),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(3),
            Value::Int(2305843009213693951),
            Value::Int(32),
            Value::Int(16),
            Value::Int(1),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("yx"),
            Value::Int(25),
            Value::Int(10),
            Value::Int(9),
            Value::str("yxa"),
            Value::Int(38),
            Value::Float(1e+300),
            Value::Int(15),
            Value::Int(21),
            Value::str(""),
            Value::str("é"),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(36),
                Value::Int(24),
                Value::Int(10),
                Value::Float(1.5f64),
                Value::Int(-2),
                Value::str("bba"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::str("y"),
                Value::Int(-2305843009213693952),
                Value::Int(14),
                Value::Float(-0.5f64),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(-0.5f64),
                Value::str("czc"),
                Value::Int(4611686018427387909),
                Value::str("ayy"),
                Value::Int(16),
            ])],
        );
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            248,
            "a = set([34, -2, (3, 'b'), 3, 2305843009213693951, 32, 16, 1, (1, 2), 'yx', 25, 10, 9, 'yxa', 38, 1e+300, 15, 21, '', 'é'])\n_xs = [36, 24, 10, 1.5, -2, 'bba']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))\na = b - a\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\na = a.difference(dict.fromkeys(['y', -2305843009213693952, 14, -0.5, ('a',), -0.5, 'czc', 4611686018427387909, 'ayy', 16]))\nprint(repr(a))\na.clear()\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, 1, '', 3, 9, 10, 15, 16, 21, 25, 32, 34, 38, 'yx', 1e+300, (1, 2), (3, 'b'), 'é', 'yxa', -2}",
                "{1.5, 36, 'bba', 10, 24, -2}",
                "{10, -2}",
                "{'bba', 1.5, 36, 24}",
                "{24, 1.5, 'bba', 36}",
                "{24, 1.5, 'bba', 36}",
                "set()",
            ],
        );
    }
    {
        // a = set()
        // b = set([4, '', 'b', 25, 'éz', 0.1, 35, 'é', 11, '', 3, 23])
        // print(repr(a)); print(repr(b))
        // a = a.union(dict.fromkeys(['ayc', 'ac', -0.5, 1, 2.0, 32, (), '']))
        // print(repr(a))
        // a = a.difference([29, '', (), 22, -3, (3, 'b'), -4])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(Value::list(vec![
            Value::Int(4),
            Value::str(""),
            Value::str("b"),
            Value::Int(25),
            Value::str("éz"),
            Value::Float(0.1f64),
            Value::Int(35),
            Value::str("é"),
            Value::Int(11),
            Value::str(""),
            Value::Int(3),
            Value::Int(23),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::str("ayc"),
                Value::str("ac"),
                Value::Float(-0.5f64),
                Value::Int(1),
                Value::Float(2.0f64),
                Value::Int(32),
                Value::tuple(vec![]),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[Value::list(vec![
                Value::Int(29),
                Value::str(""),
                Value::tuple(vec![]),
                Value::Int(22),
                Value::Int(-3),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(-4),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            249,
            "a = set()\nb = set([4, '', 'b', 25, 'éz', 0.1, 35, 'é', 11, '', 3, 23])\nprint(repr(a)); print(repr(b))\na = a.union(dict.fromkeys(['ayc', 'ac', -0.5, 1, 2.0, 32, (), '']))\nprint(repr(a))\na = a.difference([29, '', (), 22, -3, (3, 'b'), -4])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'', 0.1, 'éz', 4, 35, 'é', 3, 11, 'b', 23, 25}",
                "{-0.5, 1, 2.0, 32, '', 'ayc', 'ac', ()}",
                "{-0.5, 1, 2.0, 32, 'ayc', 'ac'}",
            ],
        );
    }
    {
        // _xs = [14, 3, 0.1, 11, (1, 2), 'z', (3, 'b'), 22, -5, 32, 5, 21, 3, 'xc', ('a',), 40, 'yb', 1, (1, 2), 17]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([18, 'xxz', 29]))
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(14),
                Value::Int(3),
                Value::Float(0.1f64),
                Value::Int(11),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::str("z"),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(22),
                Value::Int(-5),
                Value::Int(32),
                Value::Int(5),
                Value::Int(21),
                Value::Int(3),
                Value::str("xc"),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(40),
                Value::str("yb"),
                Value::Int(1),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(17),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(18),
            Value::str("xxz"),
            Value::Int(29),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            250,
            "_xs = [14, 3, 0.1, 11, (1, 2), 'z', (3, 'b'), 22, -5, 32, 5, 21, 3, 'xc', ('a',), 40, 'yb', 1, (1, 2), 17]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([18, 'xxz', 29]))\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\na -= b\nprint(repr(a))\na = a & b\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{0.1, 32, 1, (1, 2), 3, 5, 'z', 'yb', ('a',), 40, 11, 14, 17, 21, 22, 'xc', (3, 'b'), -5}",
                "{18, 29, 'xxz'}",
                "{0.1, 32, 1, (1, 2), 3, 5, 'z', 'yb', ('a',), 40, 11, 14, 17, 21, 22, 'xc', (3, 'b'), -5}",
                "{0.1, 32, 1, (1, 2), 3, 5, 'z', 'yb', ('a',), 40, 11, 14, 17, 21, 22, 'xc', (3, 'b'), -5}",
                "set()",
                "empty",
                "set()",
            ],
        );
    }
    {
        // _xs = [(1, 2), 32, 29]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(dict.fromkeys([17, 23, (), 37, 38, 2.0, 2305843009213693952]))
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(32),
                Value::Int(29),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::Int(17),
                Value::Int(23),
                Value::tuple(vec![]),
                Value::Int(37),
                Value::Int(38),
                Value::Float(2.0f64),
                Value::Int(2305843009213693952),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            251,
            "_xs = [(1, 2), 32, 29]\na = set()\nfor _x in _xs: a.add(_x)\nb = set()\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(dict.fromkeys([17, 23, (), 37, 38, 2.0, 2305843009213693952]))\nprint(repr(a))\na = a | b\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))",
            &out,
            &[
                "{32, (1, 2), 29}",
                "set()",
                "{2305843009213693952, 2.0, (1, 2), 17, 23, 29, 32, 37, 38, ()}",
                "{32, 2305843009213693952, 2.0, (1, 2), 37, 38, 17, 23, (), 29}",
                "frozenset({32, 2305843009213693952, 2.0, (1, 2), 37, 38, 17, 23, (), 29})",
                "{32, 2305843009213693952, 2.0, (1, 2), 37, 38, 17, 23, (), 29}",
                "set()",
            ],
        );
    }
    {
        // a = {4, 'yé', -0.5, (1, 2), 21, 'z'}
        // b = set(dict.fromkeys(['xéy', 256, 2305843009213693952, 'b', 22, 'éca', 31, 'ccé', 16, 4611686018427387909, 'é', 40, -2, 8, 29, 0.1, 1, 22, 'a', 'é', (3, 'b'), 14, (3, 'b'), 30, 4611686018427387909, -1, 33, 'éz', 5, 'ba', 'zzb', 19, 100000000000000000000, 'xé', 29, -3, -4, '', 2305843009213693951, 24]))
        // print(repr(a)); print(repr(b))
        // a.intersection_update([-2, 31, '', 29])
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([29, 'axé', 20, -6]))
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(4),
                    Value::str("yé"),
                    Value::Float(-0.5f64),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::Int(21),
                    Value::str("z"),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::str("xéy"),
            Value::Int(256),
            Value::Int(2305843009213693952),
            Value::str("b"),
            Value::Int(22),
            Value::str("éca"),
            Value::Int(31),
            Value::str("ccé"),
            Value::Int(16),
            Value::Int(4611686018427387909),
            Value::str("é"),
            Value::Int(40),
            Value::Int(-2),
            Value::Int(8),
            Value::Int(29),
            Value::Float(0.1f64),
            Value::Int(1),
            Value::Int(22),
            Value::str("a"),
            Value::str("é"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(14),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(30),
            Value::Int(4611686018427387909),
            Value::Int(-1),
            Value::Int(33),
            Value::str("éz"),
            Value::Int(5),
            Value::str("ba"),
            Value::str("zzb"),
            Value::Int(19),
            big("100000000000000000000"),
            Value::str("xé"),
            Value::Int(29),
            Value::Int(-3),
            Value::Int(-4),
            Value::str(""),
            Value::Int(2305843009213693951),
            Value::Int(24),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::Int(-2),
                Value::Int(31),
                Value::str(""),
                Value::Int(29),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(29),
                Value::str("axé"),
                Value::Int(20),
                Value::Int(-6),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            252,
            "a = {4, 'yé', -0.5, (1, 2), 21, 'z'}\nb = set(dict.fromkeys(['xéy', 256, 2305843009213693952, 'b', 22, 'éca', 31, 'ccé', 16, 4611686018427387909, 'é', 40, -2, 8, 29, 0.1, 1, 22, 'a', 'é', (3, 'b'), 14, (3, 'b'), 30, 4611686018427387909, -1, 33, 'éz', 5, 'ba', 'zzb', 19, 100000000000000000000, 'xé', 29, -3, -4, '', 2305843009213693951, 24]))\nprint(repr(a)); print(repr(b))\na.intersection_update([-2, 31, '', 29])\nprint(repr(a))\na = a.intersection(dict.fromkeys([29, 'axé', 20, -6]))\nprint(repr(a))\na = b - a\nprint(repr(a))\na = a ^ b\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 'yé', (1, 2), 4, 21, 'z'}",
                "{256, 2305843009213693952, 1, 'éz', '', 5, 2305843009213693951, 4611686018427387909, 8, 'xé', 14, 16, 'a', 19, 22, 24, 29, 30, 'xéy', 31, 33, 40, 100000000000000000000, 'zzb', 'ba', 0.1, 'ccé', 'b', (3, 'b'), 'éca', 'é', -1, -4, -3, -2}",
                "set()",
                "set()",
                "{256, 2305843009213693952, 1, 'éz', '', 5, 2305843009213693951, 4611686018427387909, 8, 'xé', 14, 16, 'a', 19, 22, 24, 29, 30, 'xéy', 31, 33, 40, 100000000000000000000, 'zzb', 'ba', 0.1, 'ccé', 'b', (3, 'b'), 'éca', 'é', -1, -4, -3, -2}",
                "set()",
                "set()",
                "empty",
                "set()",
            ],
        );
    }
    {
        // a = set([(3, 'b')])
        // b = set(dict.fromkeys([12, 128, ('a',), 'éy', 9, 28, 1024, 31, 4, 7, 18, '']))
        // print(repr(a)); print(repr(b))
        // a = b ^ a
        // print(repr(a))
        // for _x in []:
        //     a.discard(_x)
        // print(repr(a))
        // a.intersection_update(['bzb', 'zx', '', 17, (1, 2), 25])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::tuple(vec![
            Value::Int(3),
            Value::str("b"),
        ])]));
        let b = mkset(fromkeys(vec![
            Value::Int(12),
            Value::Int(128),
            Value::tuple(vec![Value::str("a")]),
            Value::str("éy"),
            Value::Int(9),
            Value::Int(28),
            Value::Int(1024),
            Value::Int(31),
            Value::Int(4),
            Value::Int(7),
            Value::Int(18),
            Value::str(""),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        for x in vec![] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(
            &a,
            "intersection_update",
            &[Value::list(vec![
                Value::str("bzb"),
                Value::str("zx"),
                Value::str(""),
                Value::Int(17),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(25),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            253,
            "a = set([(3, 'b')])\nb = set(dict.fromkeys([12, 128, ('a',), 'éy', 9, 28, 1024, 31, 4, 7, 18, '']))\nprint(repr(a)); print(repr(b))\na = b ^ a\nprint(repr(a))\nfor _x in []:\n    a.discard(_x)\nprint(repr(a))\na.intersection_update(['bzb', 'zx', '', 17, (1, 2), 25])\nprint(repr(a))",
            &out,
            &[
                "{(3, 'b')}",
                "{128, 1024, '', 4, 7, ('a',), 9, 12, 18, 'éy', 28, 31}",
                "{128, 1024, '', 4, 7, ('a',), 9, 12, 18, (3, 'b'), 'éy', 28, 31}",
                "{128, 1024, '', 4, 7, ('a',), 9, 12, 18, (3, 'b'), 'éy', 28, 31}",
                "{''}",
            ],
        );
    }
    {
        // a = set()
        // _xs = [11, 32, 1, 10, 2, 'y', 2305843009213693952, 1e+300, 'aé', 29, '', '', 7, '', -2, (1, 2), 34, 19, 33, (), 24, 128, 'c', 33, 1024, 26, 5, 10, 'béa', 28, '', 'a', -4, 13, -4, -0.5, 8, '', '', 35]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([64, 23]))
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a = a.union([])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(11),
                Value::Int(32),
                Value::Int(1),
                Value::Int(10),
                Value::Int(2),
                Value::str("y"),
                Value::Int(2305843009213693952),
                Value::Float(1e+300),
                Value::str("aé"),
                Value::Int(29),
                Value::str(""),
                Value::str(""),
                Value::Int(7),
                Value::str(""),
                Value::Int(-2),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(34),
                Value::Int(19),
                Value::Int(33),
                Value::tuple(vec![]),
                Value::Int(24),
                Value::Int(128),
                Value::str("c"),
                Value::Int(33),
                Value::Int(1024),
                Value::Int(26),
                Value::Int(5),
                Value::Int(10),
                Value::str("béa"),
                Value::Int(28),
                Value::str(""),
                Value::str("a"),
                Value::Int(-4),
                Value::Int(13),
                Value::Int(-4),
                Value::Float(-0.5f64),
                Value::Int(8),
                Value::str(""),
                Value::str(""),
                Value::Int(35),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![Value::Int(64), Value::Int(23)])],
        );
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "union", &[Value::list(vec![])]);
        out.push(repr(&a));
        check(
            &mut failures,
            254,
            "a = set()\n_xs = [11, 32, 1, 10, 2, 'y', 2305843009213693952, 1e+300, 'aé', 29, '', '', 7, '', -2, (1, 2), 34, 19, 33, (), 24, 128, 'c', 33, 1024, 26, 5, 10, 'béa', 28, '', 'a', -4, 13, -4, -0.5, 8, '', '', 35]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([64, 23]))\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na.clear()\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na = a.union([])\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'', 1, 2, 2305843009213693952, 128, 1024, 5, 7, -0.5, 8, 10, 11, 13, 19, 'a', 24, 26, 28, 29, 32, 33, 34, 35, 1e+300, 'y', (1, 2), 'aé', 'c', 'béa', (), -4, -2}",
                "set()",
                "{'', 1, 2, 2305843009213693952, 128, 1024, 5, 7, -0.5, 8, 10, 11, 13, 19, 'a', 24, 26, 28, 29, 32, 33, 34, 35, 1e+300, 'y', (1, 2), 'aé', 'c', 'béa', (), -4, -2}",
                "set()",
                "set()",
                "{'', 1, 2, 2305843009213693952, 128, 1024, 5, 7, -0.5, 8, 10, 11, 13, 19, 'a', 24, 26, 28, 29, 32, 33, 34, 35, 1e+300, 'y', (1, 2), 'aé', 'c', 'béa', (), -4, -2}",
                "{'', 1, 2, 2305843009213693952, 128, 1024, 5, 7, -0.5, 8, 10, 11, 13, 19, 'a', 24, 26, 28, 29, 32, 33, 34, 35, 1e+300, 'y', (1, 2), 'aé', 'c', 'béa', (), -4, -2}",
            ],
        );
    }
    {
        // _xs = [0, 17, 32, 33, 37, ()]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([25, -1, 'yzb', '', 18, 38, 1024, 'yéé', 40, 24, 'ax', ('a',), 39, 'zyx', (), 8, 13, 1024, 11, -0.5]))
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([24, 6, 10, 'z', 16, 'zb', 20, 36, 64, -5]))
        // print(repr(a))
        // a = a.union(dict.fromkeys(['yxb', -1]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(0),
                Value::Int(17),
                Value::Int(32),
                Value::Int(33),
                Value::Int(37),
                Value::tuple(vec![]),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(25),
            Value::Int(-1),
            Value::str("yzb"),
            Value::str(""),
            Value::Int(18),
            Value::Int(38),
            Value::Int(1024),
            Value::str("yéé"),
            Value::Int(40),
            Value::Int(24),
            Value::str("ax"),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(39),
            Value::str("zyx"),
            Value::tuple(vec![]),
            Value::Int(8),
            Value::Int(13),
            Value::Int(1024),
            Value::Int(11),
            Value::Float(-0.5f64),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::Int(24),
                Value::Int(6),
                Value::Int(10),
                Value::str("z"),
                Value::Int(16),
                Value::str("zb"),
                Value::Int(20),
                Value::Int(36),
                Value::Int(64),
                Value::Int(-5),
            ])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![Value::str("yxb"), Value::Int(-1)])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            255,
            "_xs = [0, 17, 32, 33, 37, ()]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([25, -1, 'yzb', '', 18, 38, 1024, 'yéé', 40, 24, 'ax', ('a',), 39, 'zyx', (), 8, 13, 1024, 11, -0.5]))\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([24, 6, 10, 'z', 16, 'zb', 20, 36, 64, -5]))\nprint(repr(a))\na = a.union(dict.fromkeys(['yxb', -1]))\nprint(repr(a))",
            &out,
            &[
                "{0, 32, 33, 37, 17, ()}",
                "{'', 1024, -0.5, 'zyx', ('a',), 8, 11, 13, 'ax', 18, 24, 25, 'yzb', 38, 39, 40, 'yéé', (), -1}",
                "{()}",
                "{64, 'zb', 36, 6, 'z', 10, (), 16, 20, 24, -5}",
                "{64, 'zb', 36, 6, 'z', 10, (), 'yxb', 16, 20, 24, -5, -1}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['zcx']))
        // _xs = [7]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![Value::str("zcx")]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(7)]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            256,
            "a = set(dict.fromkeys(['zcx']))\n_xs = [7]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\na = b | a\nprint(repr(a))",
            &out,
            &["{'zcx'}", "{7}", "set()", "{7}"],
        );
    }
    {
        // a = {'éc', 4, '', -3, 12, 20, ('a',), 'cz', 24, 14, 10, 128, 'b', 2.0, 40, 1.5, 18, 1.5, 26, 24, 32, -1, 'bx', 16, 34, 40, 2305843009213693951, 17, 'yyy', 'cé', '', (), 10, 12, 'y', 'xbb', 15, 20, 24, 24}
        // _xs = [4, 2.0, 21, 'a', 7, 2305843009213693951, -1, 34, 5, 28, 'é', 26, 100000000000000000000, 1024, 38, 30, 20, 26, 16, 64, 19, 11, 'yy', 8, 'cyc', 100000000000000000000, 16, -2, 40, 'x', 1e+300, (), (3, 'b'), 1.5, (3, 'b'), 'a', 'éa', 1e+300, 128, 8]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.discard(5)
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a = b - a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("éc"),
                    Value::Int(4),
                    Value::str(""),
                    Value::Int(-3),
                    Value::Int(12),
                    Value::Int(20),
                    Value::tuple(vec![Value::str("a")]),
                    Value::str("cz"),
                    Value::Int(24),
                    Value::Int(14),
                    Value::Int(10),
                    Value::Int(128),
                    Value::str("b"),
                    Value::Float(2.0f64),
                    Value::Int(40),
                    Value::Float(1.5f64),
                    Value::Int(18),
                    Value::Float(1.5f64),
                    Value::Int(26),
                    Value::Int(24),
                    Value::Int(32),
                    Value::Int(-1),
                    Value::str("bx"),
                    Value::Int(16),
                    Value::Int(34),
                    Value::Int(40),
                    Value::Int(2305843009213693951),
                    Value::Int(17),
                    Value::str("yyy"),
                    Value::str("cé"),
                    Value::str(""),
                    Value::tuple(vec![]),
                    Value::Int(10),
                    Value::Int(12),
                    Value::str("y"),
                    Value::str("xbb"),
                    Value::Int(15),
                    Value::Int(20),
                    Value::Int(24),
                    Value::Int(24),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(4),
                Value::Float(2.0f64),
                Value::Int(21),
                Value::str("a"),
                Value::Int(7),
                Value::Int(2305843009213693951),
                Value::Int(-1),
                Value::Int(34),
                Value::Int(5),
                Value::Int(28),
                Value::str("é"),
                Value::Int(26),
                big("100000000000000000000"),
                Value::Int(1024),
                Value::Int(38),
                Value::Int(30),
                Value::Int(20),
                Value::Int(26),
                Value::Int(16),
                Value::Int(64),
                Value::Int(19),
                Value::Int(11),
                Value::str("yy"),
                Value::Int(8),
                Value::str("cyc"),
                big("100000000000000000000"),
                Value::Int(16),
                Value::Int(-2),
                Value::Int(40),
                Value::str("x"),
                Value::Float(1e+300),
                Value::tuple(vec![]),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Float(1.5f64),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str("a"),
                Value::str("éa"),
                Value::Float(1e+300),
                Value::Int(128),
                Value::Int(8),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "discard", &[Value::Int(5)]);
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            257,
            "a = {'éc', 4, '', -3, 12, 20, ('a',), 'cz', 24, 14, 10, 128, 'b', 2.0, 40, 1.5, 18, 1.5, 26, 24, 32, -1, 'bx', 16, 34, 40, 2305843009213693951, 17, 'yyy', 'cé', '', (), 10, 12, 'y', 'xbb', 15, 20, 24, 24}\n_xs = [4, 2.0, 21, 'a', 7, 2305843009213693951, -1, 34, 5, 28, 'é', 26, 100000000000000000000, 1024, 38, 30, 20, 26, 16, 64, 19, 11, 'yy', 8, 'cyc', 100000000000000000000, 16, -2, 40, 'x', 1e+300, (), (3, 'b'), 1.5, (3, 'b'), 'a', 'éa', 1e+300, 128, 8]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.discard(5)\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))\na.clear()\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na = b - a\nprint(repr(a))",
            &out,
            &[
                "{'', 1.5, 2.0, 128, 4, 'bx', 2305843009213693951, 'y', ('a',), 10, 12, 14, 15, 16, 17, 18, 'b', 20, 24, 26, 32, 34, 'yyy', 40, 'cz', 'xbb', 'cé', 'éc', (), -3, -1}",
                "{2305843009213693951, 1024, 2.0, 1.5, 4, 5, 128, 7, 8, 11, 16, 'a', 20, 21, 19, 26, 'cyc', 28, 30, 34, 'x', 38, 40, 100000000000000000000, 1e+300, 64, 'éa', 'yy', (3, 'b'), 'é', -2, (), -1}",
                "{'', 1.5, 2.0, 128, 4, 'bx', 2305843009213693951, 'y', ('a',), 10, 12, 14, 15, 16, 17, 18, 'b', 20, 24, 26, 32, 34, 'yyy', 40, 'cz', 'xbb', 'cé', 'éc', (), -3, -1}",
                "{1024, 5, 'bx', 7, 8, '', 10, 11, 12, 14, 15, 17, 18, 'a', 21, 19, 24, 'cyc', 28, 30, 32, 'x', 'yyy', 38, 100000000000000000000, 'cz', 'xbb', 'éc', 1e+300, 64, 'y', 'éa', ('a',), 'yy', 'b', (3, 'b'), 'é', 'cé', -2, -3}",
                "set()",
                "frozenset()",
                "set()",
                "{2305843009213693951, 1024, 2.0, 1.5, 4, 5, 128, 7, 8, 11, 16, 'a', 20, 21, 19, 26, 'cyc', 28, 30, 34, 'x', 38, 40, 100000000000000000000, 1e+300, 64, 'éa', 'yy', (3, 'b'), 'é', -2, (), -1}",
            ],
        );
    }
    {
        // _xs = [39, (3, 'b'), -3, 'bax', 256, 'éé', 0, -4, ('a',), 18, 'éaé', 20]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([(3, 'b'), (1, 2), 'zzy', 'za', 32])
        // print(repr(a)); print(repr(b))
        // a = a.intersection([27])
        // print(repr(a))
        // for _x in [13, 20, 'bx', 7, 40]:
        //     a.discard(_x)
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([23, 13, 36, 100000000000000000000, 15, 38, 8, 'a', ('a',), -0.5]))
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(39),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(-3),
                Value::str("bax"),
                Value::Int(256),
                Value::str("éé"),
                Value::Int(0),
                Value::Int(-4),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(18),
                Value::str("éaé"),
                Value::Int(20),
            ])
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("zzy"),
            Value::str("za"),
            Value::Int(32),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "intersection", &[Value::list(vec![Value::Int(27)])]);
        out.push(repr(&a));
        for x in vec![
            Value::Int(13),
            Value::Int(20),
            Value::str("bx"),
            Value::Int(7),
            Value::Int(40),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(23),
                Value::Int(13),
                Value::Int(36),
                big("100000000000000000000"),
                Value::Int(15),
                Value::Int(38),
                Value::Int(8),
                Value::str("a"),
                Value::tuple(vec![Value::str("a")]),
                Value::Float(-0.5f64),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            258,
            "_xs = [39, (3, 'b'), -3, 'bax', 256, 'éé', 0, -4, ('a',), 18, 'éaé', 20]\na = set()\nfor _x in _xs: a.add(_x)\nb = set([(3, 'b'), (1, 2), 'zzy', 'za', 32])\nprint(repr(a)); print(repr(b))\na = a.intersection([27])\nprint(repr(a))\nfor _x in [13, 20, 'bx', 7, 40]:\n    a.discard(_x)\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a.intersection(dict.fromkeys([23, 13, 36, 100000000000000000000, 15, 38, 8, 'a', ('a',), -0.5]))\nprint(repr(a))\na = b ^ a\nprint(repr(a))",
            &out,
            &[
                "{256, 0, 'éaé', 39, ('a',), 'bax', 'éé', 18, 20, (3, 'b'), -4, -3}",
                "{'zzy', 32, (1, 2), 'za', (3, 'b')}",
                "set()",
                "set()",
                "frozenset()",
                "set()",
                "133146708735736",
                "set()",
                "set()",
                "{'zzy', 32, (1, 2), 'za', (3, 'b')}",
            ],
        );
    }
    {
        // a = {35, 1e+300, 4611686018427387909, 36, 'bzx', (), '', 2.0, 'bz', 35, 1.5, 32}
        // b = set(dict.fromkeys([1024, 'y', 21, (), 'cz', 21, 'bzé', 25, 38, 'c', 2, 5]))
        // print(repr(a)); print(repr(b))
        // a = b - a
        // print(repr(a))
        // a = a.symmetric_difference(dict.fromkeys([('a',), 37]))
        // print(repr(a))
        // a = a.union(dict.fromkeys([8, 2]))
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(35),
                    Value::Float(1e+300),
                    Value::Int(4611686018427387909),
                    Value::Int(36),
                    Value::str("bzx"),
                    Value::tuple(vec![]),
                    Value::str(""),
                    Value::Float(2.0f64),
                    Value::str("bz"),
                    Value::Int(35),
                    Value::Float(1.5f64),
                    Value::Int(32),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(1024),
            Value::str("y"),
            Value::Int(21),
            Value::tuple(vec![]),
            Value::str("cz"),
            Value::Int(21),
            Value::str("bzé"),
            Value::Int(25),
            Value::Int(38),
            Value::str("c"),
            Value::Int(2),
            Value::Int(5),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::tuple(vec![Value::str("a")]),
                Value::Int(37),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "union", &[fromkeys(vec![Value::Int(8), Value::Int(2)])]);
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            259,
            "a = {35, 1e+300, 4611686018427387909, 36, 'bzx', (), '', 2.0, 'bz', 35, 1.5, 32}\nb = set(dict.fromkeys([1024, 'y', 21, (), 'cz', 21, 'bzé', 25, 38, 'c', 2, 5]))\nprint(repr(a)); print(repr(b))\na = b - a\nprint(repr(a))\na = a.symmetric_difference(dict.fromkeys([('a',), 37]))\nprint(repr(a))\na = a.union(dict.fromkeys([8, 2]))\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 1.5, 2.0, 35, 36, 32, 4611686018427387909, 'bzx', 'bz', (), 1e+300}",
                "{1024, 'y', 2, 5, 38, 'cz', 'c', 'bzé', 21, 25, ()}",
                "{1024, 'y', 5, 38, 'cz', 'c', 'bzé', 21, 25}",
                "{1024, 'y', 5, 37, 38, ('a',), 'cz', 'c', 'bzé', 21, 25}",
                "{1024, 'y', 2, 5, 37, 38, ('a',), 8, 'cz', 'c', 'bzé', 21, 25}",
                "{1024, 'y', 2, 5, 38, 'cz', 'c', 'bzé', 21, 25}",
            ],
        );
    }
    {
        // a = {36, 24, (), 9, 36, 26, 128, 19}
        // b = {'c', -2, -1, 4, '', 'bz', -1, 0, 34, 36, 40, 38, 256, 20, ('a',), 20, 'xxx', (1, 2), 'czy', 28, 37, 1e+300, 32, -5, 37, (), 64, -5, 'yaé', 7, 1e+300, 11, 'x', 29, -2, 12, -2305843009213693952, 15, (3, 'b'), 29}
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // a = b ^ a
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(36),
                    Value::Int(24),
                    Value::tuple(vec![]),
                    Value::Int(9),
                    Value::Int(36),
                    Value::Int(26),
                    Value::Int(128),
                    Value::Int(19),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("c"),
                    Value::Int(-2),
                    Value::Int(-1),
                    Value::Int(4),
                    Value::str(""),
                    Value::str("bz"),
                    Value::Int(-1),
                    Value::Int(0),
                    Value::Int(34),
                    Value::Int(36),
                    Value::Int(40),
                    Value::Int(38),
                    Value::Int(256),
                    Value::Int(20),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(20),
                    Value::str("xxx"),
                    Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                    Value::str("czy"),
                    Value::Int(28),
                    Value::Int(37),
                    Value::Float(1e+300),
                    Value::Int(32),
                    Value::Int(-5),
                    Value::Int(37),
                    Value::tuple(vec![]),
                    Value::Int(64),
                    Value::Int(-5),
                    Value::str("yaé"),
                    Value::Int(7),
                    Value::Float(1e+300),
                    Value::Int(11),
                    Value::str("x"),
                    Value::Int(29),
                    Value::Int(-2),
                    Value::Int(12),
                    Value::Int(-2305843009213693952),
                    Value::Int(15),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Int(29),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            260,
            "a = {36, 24, (), 9, 36, 26, 128, 19}\nb = {'c', -2, -1, 4, '', 'bz', -1, 0, 34, 36, 40, 38, 256, 20, ('a',), 20, 'xxx', (1, 2), 'czy', 28, 37, 1e+300, 32, -5, 37, (), 64, -5, 'yaé', 7, 1e+300, 11, 'x', 29, -2, 12, -2305843009213693952, 15, (3, 'b'), 29}\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(b)\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na = a & b\nprint(repr(a))\na = b ^ a\nprint(repr(a))\na = b | a\nprint(repr(a))",
            &out,
            &[
                "{128, 19, 36, 24, 9, 26, ()}",
                "{'', 0, 256, 4, 7, 11, 12, 15, 20, 28, 29, 32, 34, 'x', 36, 37, 38, 40, 'bz', 1e+300, 64, (1, 2), ('a',), (), (3, 'b'), 'yaé', 'xxx', 'c', 'czy', -1, -2, -5, -2305843009213693952}",
                "{'', 0, 256, 128, 4, 7, 9, 11, 12, 15, 19, 20, 24, 26, 28, 29, 32, 34, 'x', 37, 38, 40, 'bz', 1e+300, 64, (1, 2), ('a',), (3, 'b'), 'yaé', 'xxx', 'c', 'czy', -1, -2, -5, -2305843009213693952}",
                "frozenset({'', 0, 256, 128, 4, 7, 9, 11, 12, 15, 19, 20, 24, 26, 28, 29, 32, 34, 'x', 37, 38, 40, 'bz', 1e+300, 64, (1, 2), ('a',), (3, 'b'), 'yaé', 'xxx', 'c', 'czy', -2, -2305843009213693952, -5, -1})",
                "{'', 0, 256, 128, 4, 7, 9, 11, 12, 15, 19, 20, 24, 26, 28, 29, 32, 34, 'x', 37, 38, 40, 'bz', 1e+300, 64, (1, 2), ('a',), (3, 'b'), 'yaé', 'xxx', 'c', 'czy', -1, -2, -5, -2305843009213693952}",
                "{128, 9, 19, 24, 26}",
                "set()",
                "{'', 0, 256, 4, 7, 11, 12, 15, 20, 28, 29, 32, 34, 'x', 36, 37, 38, 40, 'bz', 1e+300, 64, (1, 2), ('a',), (3, 'b'), 'yaé', 'xxx', -5, 'c', 'czy', -2, -2305843009213693952, (), -1}",
                "{'', 0, 256, 4, 7, 11, 12, 15, 20, 28, 29, 32, 34, 'x', 36, 37, 38, 40, 'bz', 1e+300, 64, (1, 2), ('a',), (), (3, 'b'), 'yaé', 'xxx', 'c', 'czy', -1, -2, -5, -2305843009213693952}",
            ],
        );
    }
    {
        // a = set(set([1.5]))
        // b = set()
        // print(repr(a)); print(repr(b))
        // a.clear()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![Value::Float(1.5f64)])));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            261,
            "a = set(set([1.5]))\nb = set()\nprint(repr(a)); print(repr(b))\na.clear()\nprint(repr(a))",
            &out,
            &["{1.5}", "set()", "set()"],
        );
    }
    {
        // a = set(dict.fromkeys([(), 32, 11]))
        // _xs = [38, 30]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::tuple(vec![]),
            Value::Int(32),
            Value::Int(11),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(38), Value::Int(30)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            262,
            "a = set(dict.fromkeys([(), 32, 11]))\n_xs = [38, 30]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{32, 11, ()}",
                "{38, 30}",
                "-4348261197871277034",
                "{32, 11, ()}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([4611686018427387909, -2305843009213693952, 7, 37, 'zy', '']))
        // b = set(set([10, 'xzc', 35, -5, 27, 'yab', -2305843009213693952, 16, 5, '', 3, 'xz', 'éa', '', 4611686018427387909, -0.5, 'ycé', 256, 18, 8]))
        // print(repr(a)); print(repr(b))
        // a = b - a
        // print(repr(a))
        // a.discard(1.5)
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a = a.intersection([18, '', 20, -3, 16, 38, 31])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(4611686018427387909),
            Value::Int(-2305843009213693952),
            Value::Int(7),
            Value::Int(37),
            Value::str("zy"),
            Value::str(""),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(10),
            Value::str("xzc"),
            Value::Int(35),
            Value::Int(-5),
            Value::Int(27),
            Value::str("yab"),
            Value::Int(-2305843009213693952),
            Value::Int(16),
            Value::Int(5),
            Value::str(""),
            Value::Int(3),
            Value::str("xz"),
            Value::str("éa"),
            Value::str(""),
            Value::Int(4611686018427387909),
            Value::Float(-0.5f64),
            Value::str("ycé"),
            Value::Int(256),
            Value::Int(18),
            Value::Int(8),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        m(&a, "discard", &[Value::Float(1.5f64)]);
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![
                Value::Int(18),
                Value::str(""),
                Value::Int(20),
                Value::Int(-3),
                Value::Int(16),
                Value::Int(38),
                Value::Int(31),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            263,
            "a = set(dict.fromkeys([4611686018427387909, -2305843009213693952, 7, 37, 'zy', '']))\nb = set(set([10, 'xzc', 35, -5, 27, 'yab', -2305843009213693952, 16, 5, '', 3, 'xz', 'éa', '', 4611686018427387909, -0.5, 'ycé', 256, 18, 8]))\nprint(repr(a)); print(repr(b))\na = b - a\nprint(repr(a))\na.discard(1.5)\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na = a.intersection([18, '', 20, -3, 16, 38, 31])\nprint(repr(a))",
            &out,
            &[
                "{'', 7, 37, 'zy', 4611686018427387909, -2305843009213693952}",
                "{'', -0.5, 256, 3, 5, 4611686018427387909, 8, 'éa', 10, 'yab', 16, 18, 27, 35, 'xz', 'ycé', 'xzc', -5, -2305843009213693952}",
                "{-0.5, 256, 3, 35, 5, -5, 8, 'éa', 10, 'yab', 'xz', 16, 18, 'ycé', 'xzc', 27}",
                "{-0.5, 256, 3, 35, 5, -5, 8, 'éa', 10, 'yab', 'xz', 16, 18, 'ycé', 'xzc', 27}",
                "set()",
                "set()",
            ],
        );
    }
    {
        // _xs = [('a',)]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([]))
        // print(repr(a)); print(repr(b))
        // for _x in [8]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a.add(8)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::tuple(vec![Value::str("a")])]).unwrap(),
        ));
        let b = mkset(fromkeys(vec![]));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![Value::Int(8)] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "add", &[Value::Int(8)]);
        out.push(repr(&a));
        check(
            &mut failures,
            264,
            "_xs = [('a',)]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([]))\nprint(repr(a)); print(repr(b))\nfor _x in [8]:\n    a.discard(_x)\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na ^= b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na.add(8)\nprint(repr(a))",
            &out,
            &[
                "{('a',)}",
                "set()",
                "{('a',)}",
                "{('a',)}",
                "{('a',)}",
                "{('a',)}",
                "{('a',)}",
                "{('a',), 8}",
            ],
        );
    }
    {
        // _xs = [32]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set([-5, 'éaz', 'bx', 1024, 6]))
        // print(repr(a)); print(repr(b))
        // a.update([33, 0, ('a',), 'cxc', 'cax', 40, 3])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(32)]).unwrap()));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(-5),
            Value::str("éaz"),
            Value::str("bx"),
            Value::Int(1024),
            Value::Int(6),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(33),
                Value::Int(0),
                Value::tuple(vec![Value::str("a")]),
                Value::str("cxc"),
                Value::str("cax"),
                Value::Int(40),
                Value::Int(3),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            265,
            "_xs = [32]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set([-5, 'éaz', 'bx', 1024, 6]))\nprint(repr(a)); print(repr(b))\na.update([33, 0, ('a',), 'cxc', 'cax', 40, 3])\nprint(repr(a))",
            &out,
            &[
                "{32}",
                "{1024, 'bx', 6, -5, 'éaz'}",
                "{32, 33, 0, 3, ('a',), 40, 'cax', 'cxc'}",
            ],
        );
    }
    {
        // a = set([-6, 32, 'x', 'y', 'z', 2305843009213693952, 24, 1.5])
        // b = set(dict.fromkeys([-2, -2, 8, -1, 1e+300, 'y', -3, '']))
        // print(repr(a)); print(repr(b))
        // a = a.symmetric_difference(dict.fromkeys([33, (), 2305843009213693951, 21, 100000000000000000000, 100000000000000000000, (), 40]))
        // print(repr(a))
        // a.symmetric_difference_update([-1])
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::Int(-6),
            Value::Int(32),
            Value::str("x"),
            Value::str("y"),
            Value::str("z"),
            Value::Int(2305843009213693952),
            Value::Int(24),
            Value::Float(1.5f64),
        ]));
        let b = mkset(fromkeys(vec![
            Value::Int(-2),
            Value::Int(-2),
            Value::Int(8),
            Value::Int(-1),
            Value::Float(1e+300),
            Value::str("y"),
            Value::Int(-3),
            Value::str(""),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "symmetric_difference",
            &[fromkeys(vec![
                Value::Int(33),
                Value::tuple(vec![]),
                Value::Int(2305843009213693951),
                Value::Int(21),
                big("100000000000000000000"),
                big("100000000000000000000"),
                Value::tuple(vec![]),
                Value::Int(40),
            ])],
        );
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![Value::Int(-1)])],
        );
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        check(
            &mut failures,
            266,
            "a = set([-6, 32, 'x', 'y', 'z', 2305843009213693952, 24, 1.5])\nb = set(dict.fromkeys([-2, -2, 8, -1, 1e+300, 'y', -3, '']))\nprint(repr(a)); print(repr(b))\na = a.symmetric_difference(dict.fromkeys([33, (), 2305843009213693951, 21, 100000000000000000000, 100000000000000000000, (), 40]))\nprint(repr(a))\na.symmetric_difference_update([-1])\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{32, 'y', 2305843009213693952, 'x', 1.5, 'z', 24, -6}",
                "{'', 'y', -1, 8, 1e+300, -3, -2}",
                "{2305843009213693951, 'y', 2305843009213693952, 1.5, 'z', 21, 24, 32, 33, 'x', 40, 100000000000000000000, -6, ()}",
                "{2305843009213693951, 'y', 2305843009213693952, 1.5, 'z', 21, 24, 32, 33, 'x', 40, 100000000000000000000, -6, (), -1}",
                "-6327963840780996258",
                "{2305843009213693951, 'y', 2305843009213693952, 1.5, 'z', 21, 24, 32, 33, 'x', 40, 100000000000000000000, -6, (), -1}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['c', ('a',), 16]))
        // b = set(dict.fromkeys(['', 13, 33, 14, '', '', 'ybé', 256, 9, 4611686018427387909, 23, -3, 5, 19, '', 20, 'y', '', 4, 14]))
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // a.add(-0.5)
        // print(repr(a))
        // a = a.intersection(b)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("c"),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(16),
        ]));
        let b = mkset(fromkeys(vec![
            Value::str(""),
            Value::Int(13),
            Value::Int(33),
            Value::Int(14),
            Value::str(""),
            Value::str(""),
            Value::str("ybé"),
            Value::Int(256),
            Value::Int(9),
            Value::Int(4611686018427387909),
            Value::Int(23),
            Value::Int(-3),
            Value::Int(5),
            Value::Int(19),
            Value::str(""),
            Value::Int(20),
            Value::str("y"),
            Value::str(""),
            Value::Int(4),
            Value::Int(14),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "add", &[Value::Float(-0.5f64)]);
        out.push(repr(&a));
        let a = m(&a, "intersection", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            267,
            "a = set(dict.fromkeys(['c', ('a',), 16]))\nb = set(dict.fromkeys(['', 13, 33, 14, '', '', 'ybé', 256, 9, 4611686018427387909, 23, -3, 5, 19, '', 20, 'y', '', 4, 14]))\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\na.add(-0.5)\nprint(repr(a))\na = a.intersection(b)\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{('a',), 16, 'c'}",
                "{'', 33, 'ybé', 256, 'y', 5, 4, 4611686018427387909, 9, 13, 14, 19, 20, 23, -3}",
                "{'', 256, 'ybé', 'y', 4, 5, 4611686018427387909, ('a',), 9, 13, 14, 16, 19, 20, 23, 33, 'c', -3}",
                "{'', 256, 'ybé', 'y', 4, 5, -0.5, 4611686018427387909, ('a',), 9, 13, 14, 16, 19, 20, 23, 33, 'c', -3}",
                "{'', 33, 'ybé', 'y', 256, 5, 4, 4611686018427387909, 9, 13, 14, 19, 20, 23, -3}",
                "set()",
            ],
        );
    }
    {
        // a = {2305843009213693951, 15, 2305843009213693951, '', 32}
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = a & b
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(2305843009213693951),
                    Value::Int(15),
                    Value::Int(2305843009213693951),
                    Value::str(""),
                    Value::Int(32),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            268,
            "a = {2305843009213693951, 15, 2305843009213693951, '', 32}\nb = set()\nprint(repr(a)); print(repr(b))\na = a & b\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, '', 32, 15}",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['y', 1.5, 20, 22, 31, 24]))
        // _xs = [32, '', (), -0.5, 2.0, 2, 37, ('a',), 'cyy', 1, -0.5, 2305843009213693951]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.add(13)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("y"),
            Value::Float(1.5f64),
            Value::Int(20),
            Value::Int(22),
            Value::Int(31),
            Value::Int(24),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(32),
                Value::str(""),
                Value::tuple(vec![]),
                Value::Float(-0.5f64),
                Value::Float(2.0f64),
                Value::Int(2),
                Value::Int(37),
                Value::tuple(vec![Value::str("a")]),
                Value::str("cyy"),
                Value::Int(1),
                Value::Float(-0.5f64),
                Value::Int(2305843009213693951),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "add", &[Value::Int(13)]);
        out.push(repr(&a));
        check(
            &mut failures,
            269,
            "a = set(dict.fromkeys(['y', 1.5, 20, 22, 31, 24]))\n_xs = [32, '', (), -0.5, 2.0, 2, 37, ('a',), 'cyy', 1, -0.5, 2305843009213693951]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.add(13)\nprint(repr(a))",
            &out,
            &[
                "{'y', 1.5, 20, 22, 24, 31}",
                "{32, '', 2.0, -0.5, 1, 37, 2305843009213693951, ('a',), 'cyy', ()}",
                "{'y', 1.5, 20, 22, 24, 13, 31}",
            ],
        );
    }
    {
        // a = {0.1, 33, 16, 25, 'zc', 35, -0.5, 32, 21, (3, 'b'), 64, -5}
        // b = set([22, 7, -2, 'bb', 'yxé', 256, 'xc', (1, 2), 19, 'éé', 'c', 10])
        // print(repr(a)); print(repr(b))
        // a ^= b
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Float(0.1f64),
                    Value::Int(33),
                    Value::Int(16),
                    Value::Int(25),
                    Value::str("zc"),
                    Value::Int(35),
                    Value::Float(-0.5f64),
                    Value::Int(32),
                    Value::Int(21),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Int(64),
                    Value::Int(-5),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::Int(22),
            Value::Int(7),
            Value::Int(-2),
            Value::str("bb"),
            Value::str("yxé"),
            Value::Int(256),
            Value::str("xc"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(19),
            Value::str("éé"),
            Value::str("c"),
            Value::Int(10),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            270,
            "a = {0.1, 33, 16, 25, 'zc', 35, -0.5, 32, 21, (3, 'b'), 64, -5}\nb = set([22, 7, -2, 'bb', 'yxé', 256, 'xc', (1, 2), 19, 'éé', 'c', 10])\nprint(repr(a)); print(repr(b))\na ^= b\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{0.1, 33, 32, 35, -0.5, 64, 16, 'zc', 21, 25, (3, 'b'), -5}",
                "{256, (1, 2), 7, 'yxé', 10, 'éé', 'c', 19, 'bb', 22, 'xc', -2}",
                "{-0.5, 256, 7, 10, 16, 'éé', 19, 'bb', 21, 22, 25, 32, 33, 35, 'yxé', 'xc', 0.1, 64, (1, 2), (3, 'b'), 'zc', 'c', -5, -2}",
                "{256, (1, 2), 7, 'yxé', 10, 'éé', 'c', 19, 'bb', 22, 'xc', -2}",
                "set()",
                "{256, (1, 2), 7, 'yxé', 10, 'éé', 'c', 19, 'bb', 22, 'xc', -2}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['xy', 35, -0.5, 8, 6, -3, 36, -0.5, 1.5, -2305843009213693952, (3, 'b'), 'c', 36, 'xz', 36, 1024, -2305843009213693952, '', -2, 2.0]))
        // b = set()
        // print(repr(a)); print(repr(b))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a.update(['', 11, 19, 16, 1e+300])
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("xy"),
            Value::Int(35),
            Value::Float(-0.5f64),
            Value::Int(8),
            Value::Int(6),
            Value::Int(-3),
            Value::Int(36),
            Value::Float(-0.5f64),
            Value::Float(1.5f64),
            Value::Int(-2305843009213693952),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("c"),
            Value::Int(36),
            Value::str("xz"),
            Value::Int(36),
            Value::Int(1024),
            Value::Int(-2305843009213693952),
            Value::str(""),
            Value::Int(-2),
            Value::Float(2.0f64),
        ]));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str(""),
                Value::Int(11),
                Value::Int(19),
                Value::Int(16),
                Value::Float(1e+300),
            ])],
        );
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            271,
            "a = set(dict.fromkeys(['xy', 35, -0.5, 8, 6, -3, 36, -0.5, 1.5, -2305843009213693952, (3, 'b'), 'c', 36, 'xz', 36, 1024, -2305843009213693952, '', -2, 2.0]))\nb = set()\nprint(repr(a)); print(repr(b))\nprint(hash(frozenset(a)))\nprint(repr(a))\na.update(['', 11, 19, 16, 1e+300])\nprint(repr(a))\na = b & a\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 1.5, 1024, '', 2.0, 6, 8, (3, 'b'), 'xy', 35, 36, 'xz', 'c', -2, -3, -2305843009213693952}",
                "set()",
                "1688283967041804498",
                "{-0.5, 1.5, 1024, '', 2.0, 6, 8, (3, 'b'), 'xy', 35, 36, 'xz', 'c', -2, -3, -2305843009213693952}",
                "{-0.5, 1.5, 1024, '', 2.0, 6, 8, 11, 16, 19, (3, 'b'), 'xy', 35, 36, 'xz', 'c', -2, 1e+300, -3, -2305843009213693952}",
                "set()",
            ],
        );
    }
    {
        // _xs = [(1, 2), -3, '', 31, 3, 8]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([-3, 'zz', 24]))
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // a = a.union(dict.fromkeys([-0.5, -6, 15, 2.0, 128, (1, 2)]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(-3),
                Value::str(""),
                Value::Int(31),
                Value::Int(3),
                Value::Int(8),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(-3),
            Value::str("zz"),
            Value::Int(24),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::Float(-0.5f64),
                Value::Int(-6),
                Value::Int(15),
                Value::Float(2.0f64),
                Value::Int(128),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            272,
            "_xs = [(1, 2), -3, '', 31, 3, 8]\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([-3, 'zz', 24]))\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\na = a.union(dict.fromkeys([-0.5, -6, 15, 2.0, 128, (1, 2)]))\nprint(repr(a))",
            &out,
            &[
                "{'', 3, (1, 2), 8, -3, 31}",
                "{24, 'zz', -3}",
                "{-3}",
                "{-0.5, 128, 2.0, (1, 2), -6, -3, 15}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys(['y', 29, 8]))
        // b = set([-3, 0, 'baz', 33, 1e+300])
        // print(repr(a)); print(repr(b))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("y"),
            Value::Int(29),
            Value::Int(8),
        ]));
        let b = mkset(Value::list(vec![
            Value::Int(-3),
            Value::Int(0),
            Value::str("baz"),
            Value::Int(33),
            Value::Float(1e+300),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            273,
            "a = set(dict.fromkeys(['y', 29, 8]))\nb = set([-3, 0, 'baz', 33, 1e+300])\nprint(repr(a)); print(repr(b))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{8, 'y', 29}",
                "{0, 33, 'baz', 1e+300, -3}",
                "8",
                "{'y', 29}",
            ],
        );
    }
    {
        // a = set([(3, 'b'), 2, 37, 32, 1024, 0.1, -3, 14])
        // b = set(set([34, 0.1, 'ézz']))
        // print(repr(a)); print(repr(b))
        // for _x in [2.0, 6]:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.difference(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(2),
            Value::Int(37),
            Value::Int(32),
            Value::Int(1024),
            Value::Float(0.1f64),
            Value::Int(-3),
            Value::Int(14),
        ]));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(34),
            Value::Float(0.1f64),
            Value::str("ézz"),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        for x in vec![Value::Float(2.0f64), Value::Int(6)] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(&a, "difference", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            274,
            "a = set([(3, 'b'), 2, 37, 32, 1024, 0.1, -3, 14])\nb = set(set([34, 0.1, 'ézz']))\nprint(repr(a)); print(repr(b))\nfor _x in [2.0, 6]:\n    a.discard(_x)\nprint(repr(a))\na = a.difference(b)\nprint(repr(a))",
            &out,
            &[
                "{32, 1024, 2, 0.1, 37, 14, (3, 'b'), -3}",
                "{0.1, 34, 'ézz'}",
                "{32, 1024, 0.1, 37, 14, (3, 'b'), -3}",
                "{32, 1024, 37, 14, (3, 'b'), -3}",
            ],
        );
    }
    {
        // _xs = ['xbé', -5, 27, 10, 15, '', (3, 'b'), 26]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [-1, 'a', 23, '', 'czy', 4611686018427387909]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.update([4611686018427387909, 13, 8])
        // print(repr(a))
        // a = a.symmetric_difference(b)
        // print(repr(a))
        // a = a.union(['bax', 'éyz', 0, 24])
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // a = a.union(dict.fromkeys([(3, 'b'), -3, -2, 'xya', 'a', 2.0]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("xbé"),
                Value::Int(-5),
                Value::Int(27),
                Value::Int(10),
                Value::Int(15),
                Value::str(""),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(26),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(-1),
                Value::str("a"),
                Value::Int(23),
                Value::str(""),
                Value::str("czy"),
                Value::Int(4611686018427387909),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(4611686018427387909),
                Value::Int(13),
                Value::Int(8),
            ])],
        );
        out.push(repr(&a));
        let a = m(&a, "symmetric_difference", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::str("bax"),
                Value::str("éyz"),
                Value::Int(0),
                Value::Int(24),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(-3),
                Value::Int(-2),
                Value::str("xya"),
                Value::str("a"),
                Value::Float(2.0f64),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            275,
            "_xs = ['xbé', -5, 27, 10, 15, '', (3, 'b'), 26]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [-1, 'a', 23, '', 'czy', 4611686018427387909]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.update([4611686018427387909, 13, 8])\nprint(repr(a))\na = a.symmetric_difference(b)\nprint(repr(a))\na = a.union(['bax', 'éyz', 0, 24])\nprint(repr(a))\na |= b\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\na = a.union(dict.fromkeys([(3, 'b'), -3, -2, 'xya', 'a', 2.0]))\nprint(repr(a))",
            &out,
            &[
                "{'', 26, -5, 10, 15, (3, 'b'), 27, 'xbé'}",
                "{'', 4611686018427387909, 'a', 'czy', 23, -1}",
                "{'', 26, -5, 4611686018427387909, 8, 10, 13, 15, (3, 'b'), 27, 'xbé'}",
                "{8, 27, 10, 13, 15, 'a', (3, 'b'), 'czy', 23, 26, -5, 'xbé', -1}",
                "{0, 8, 27, 10, 13, 15, 'bax', 'a', (3, 'b'), 'czy', 23, 'éyz', 24, 26, -5, 'xbé', -1}",
                "{0, '', 4611686018427387909, 8, 10, 13, 15, 'a', 'éyz', 23, 24, (3, 'b'), 27, 26, 'bax', 'czy', -5, 'xbé', -1}",
                "{0, 8, 10, 13, 15, 'éyz', 24, (3, 'b'), 27, 26, 'bax', -5, 'xbé'}",
                "{0, 2.0, 8, 10, 13, 15, 'a', 'éyz', 24, 26, (3, 'b'), 27, 'xya', 'bax', -3, -5, 'xbé', -2}",
            ],
        );
    }
    {
        // a = {15, 2305843009213693951, 'x', (), (3, 'b'), 'ac', 'by', 32, 25, 29, ('a',), 28, 21, -1, 0.1, 'bza', 23, 2, 8, 1.5, 'b', 'cy', 2305843009213693951, 17, 21, (), 'bcc', 'é', 'bca', 24, 'yz', '', -2, 35, 31, 14, '', 5, 'z', 30}
        // b = {37, 13, 3, 'xcx', 1.5, 1, (), -0.5}
        // print(repr(a)); print(repr(b))
        // a = a.union(b)
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.discard(1)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(15),
                    Value::Int(2305843009213693951),
                    Value::str("x"),
                    Value::tuple(vec![]),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::str("ac"),
                    Value::str("by"),
                    Value::Int(32),
                    Value::Int(25),
                    Value::Int(29),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Int(28),
                    Value::Int(21),
                    Value::Int(-1),
                    Value::Float(0.1f64),
                    Value::str("bza"),
                    Value::Int(23),
                    Value::Int(2),
                    Value::Int(8),
                    Value::Float(1.5f64),
                    Value::str("b"),
                    Value::str("cy"),
                    Value::Int(2305843009213693951),
                    Value::Int(17),
                    Value::Int(21),
                    Value::tuple(vec![]),
                    Value::str("bcc"),
                    Value::str("é"),
                    Value::str("bca"),
                    Value::Int(24),
                    Value::str("yz"),
                    Value::str(""),
                    Value::Int(-2),
                    Value::Int(35),
                    Value::Int(31),
                    Value::Int(14),
                    Value::str(""),
                    Value::Int(5),
                    Value::str("z"),
                    Value::Int(30),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(37),
                    Value::Int(13),
                    Value::Int(3),
                    Value::str("xcx"),
                    Value::Float(1.5f64),
                    Value::Int(1),
                    Value::tuple(vec![]),
                    Value::Float(-0.5f64),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(1)]);
        out.push(repr(&a));
        check(
            &mut failures,
            276,
            "a = {15, 2305843009213693951, 'x', (), (3, 'b'), 'ac', 'by', 32, 25, 29, ('a',), 28, 21, -1, 0.1, 'bza', 23, 2, 8, 1.5, 'b', 'cy', 2305843009213693951, 17, 21, (), 'bcc', 'é', 'bca', 24, 'yz', '', -2, 35, 31, 14, '', 5, 'z', 30}\nb = {37, 13, 3, 'xcx', 1.5, 1, (), -0.5}\nprint(repr(a)); print(repr(b))\na = a.union(b)\nprint(repr(a))\na -= b\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.discard(1)\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693951, 1.5, 2, '', 5, 'z', 8, 'bza', 14, 15, 'bca', 17, 21, 'cy', 23, 24, 25, 28, 29, 30, 31, 32, 'x', 35, 'ac', 'bcc', 0.1, ('a',), 'b', 'yz', (3, 'b'), 'é', 'by', -2, (), -1}",
                "{-0.5, 'xcx', 1.5, 3, 1, 37, 13, ()}",
                "{2305843009213693951, 1.5, 2, '', -0.5, 5, 'z', 3, 8, 1, 'bza', 13, 14, 15, 'bca', 17, 21, 'cy', 23, 24, 25, 28, 29, 30, 31, 32, 'xcx', 'x', 35, 37, 'ac', 'bcc', 0.1, ('a',), 'b', 'yz', (3, 'b'), 'é', 'by', -2, (), -1}",
                "{2305843009213693951, 2, '', 5, 'z', 8, 'bza', 14, 15, 'bca', 17, 21, 'cy', 23, 24, 25, 28, 29, 30, 31, 32, 'x', 35, 'ac', 'bcc', 0.1, ('a',), 'b', 'yz', (3, 'b'), 'é', 'by', -2, -1}",
                "frozenset({2305843009213693951, '', 2, 5, 'z', 8, 'bza', 14, 15, 'bca', 17, 21, 'cy', 23, 24, 25, 28, 29, 30, 31, 32, 'x', 35, 'ac', 'bcc', 0.1, ('a',), 'b', 'yz', (3, 'b'), 'é', 'by', -1, -2})",
                "{2305843009213693951, 2, '', 5, 'z', 8, 'bza', 14, 15, 'bca', 17, 21, 'cy', 23, 24, 25, 28, 29, 30, 31, 32, 'x', 35, 'ac', 'bcc', 0.1, ('a',), 'b', 'yz', (3, 'b'), 'é', 'by', -2, -1}",
                "{2305843009213693951, 2, '', 5, 'z', 8, 'bza', 14, 15, 'bca', 17, 21, 'cy', 23, 24, 25, 28, 29, 30, 31, 32, 'x', 35, 'ac', 'bcc', 0.1, ('a',), 'b', 'yz', (3, 'b'), 'é', 'by', -2, -1}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([-2305843009213693952, 0, 33]))
        // b = set([36, 'bay', 39, -1, 1.5, 6, 'zéx', 32, 6, 21, -1, 9])
        // print(repr(a)); print(repr(b))
        // a.difference_update([2305843009213693951, 'zyx', 2.0, 3, ('a',), 'cy', 32, -0.5, 34, 26])
        // print(repr(a))
        // print(hash(frozenset(a)))
        // print(repr(a))
        // a = a | b
        // print(repr(a))
        // for _x in [24, 36, 1e+300, 12]:
        //     a.discard(_x)
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(-2305843009213693952),
            Value::Int(0),
            Value::Int(33),
        ]));
        let b = mkset(Value::list(vec![
            Value::Int(36),
            Value::str("bay"),
            Value::Int(39),
            Value::Int(-1),
            Value::Float(1.5f64),
            Value::Int(6),
            Value::str("zéx"),
            Value::Int(32),
            Value::Int(6),
            Value::Int(21),
            Value::Int(-1),
            Value::Int(9),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "difference_update",
            &[Value::list(vec![
                Value::Int(2305843009213693951),
                Value::str("zyx"),
                Value::Float(2.0f64),
                Value::Int(3),
                Value::tuple(vec![Value::str("a")]),
                Value::str("cy"),
                Value::Int(32),
                Value::Float(-0.5f64),
                Value::Int(34),
                Value::Int(26),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&hash(&mkfrozen(a.clone()))));
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::Int(24),
            Value::Int(36),
            Value::Float(1e+300),
            Value::Int(12),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        check(
            &mut failures,
            277,
            "a = set(dict.fromkeys([-2305843009213693952, 0, 33]))\nb = set([36, 'bay', 39, -1, 1.5, 6, 'zéx', 32, 6, 21, -1, 9])\nprint(repr(a)); print(repr(b))\na.difference_update([2305843009213693951, 'zyx', 2.0, 3, ('a',), 'cy', 32, -0.5, 34, 26])\nprint(repr(a))\nprint(hash(frozenset(a)))\nprint(repr(a))\na = a | b\nprint(repr(a))\nfor _x in [24, 36, 1e+300, 12]:\n    a.discard(_x)\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))",
            &out,
            &[
                "{0, 33, -2305843009213693952}",
                "{32, 1.5, 36, 6, 39, 9, 'bay', 'zéx', 21, -1}",
                "{0, 33, -2305843009213693952}",
                "4463752821035214358",
                "{0, 33, -2305843009213693952}",
                "{0, 33, 32, 1.5, 36, 6, 39, 9, 'bay', 'zéx', 21, -1, -2305843009213693952}",
                "{0, 33, 32, 1.5, 6, 39, 9, 'bay', 'zéx', 21, -1, -2305843009213693952}",
                "frozenset({0, 33, 32, 1.5, 6, 39, 9, 'bay', 'zéx', 21, -2305843009213693952, -1})",
                "{0, 33, 32, 1.5, 6, 39, 9, 'bay', 'zéx', 21, -1, -2305843009213693952}",
            ],
        );
    }
    {
        // a = set(set([(3, 'b'), 4, 0.1, 0.1, 9, 'bé']))
        // _xs = ['bx', 2.0]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(4),
            Value::Float(0.1f64),
            Value::Float(0.1f64),
            Value::Int(9),
            Value::str("bé"),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![Value::str("bx"), Value::Float(2.0f64)]).unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            278,
            "a = set(set([(3, 'b'), 4, 0.1, 0.1, 9, 'bé']))\n_xs = ['bx', 2.0]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na -= b\nprint(repr(a))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{0.1, 'bé', 4, 9, (3, 'b')}",
                "{2.0, 'bx'}",
                "{0.1, 'bé', 4, 9, (3, 'b')}",
                "{0.1, 'bé', 4, 9, (3, 'b')}",
                "{0.1, 2.0, 4, 'bx', 9, 'bé', (3, 'b')}",
            ],
        );
    }
    {
        // _xs = [(), 'xax', -2]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [24, 10, 20, 40, 16, 4, 'a', 11, 2, 'zyb', 16, 34]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.intersection(dict.fromkeys([17, 'az', -2, -5]))
        // print(repr(a))
        // a |= b
        // print(repr(a))
        // a.update([19, 1e+300, 'ééé', 4, 0.1, 33])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![]),
                Value::str("xax"),
                Value::Int(-2),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(24),
                Value::Int(10),
                Value::Int(20),
                Value::Int(40),
                Value::Int(16),
                Value::Int(4),
                Value::str("a"),
                Value::Int(11),
                Value::Int(2),
                Value::str("zyb"),
                Value::Int(16),
                Value::Int(34),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(17),
                Value::str("az"),
                Value::Int(-2),
                Value::Int(-5),
            ])],
        );
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(19),
                Value::Float(1e+300),
                Value::str("ééé"),
                Value::Int(4),
                Value::Float(0.1f64),
                Value::Int(33),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            279,
            "_xs = [(), 'xax', -2]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [24, 10, 20, 40, 16, 4, 'a', 11, 2, 'zyb', 16, 34]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.intersection(dict.fromkeys([17, 'az', -2, -5]))\nprint(repr(a))\na |= b\nprint(repr(a))\na.update([19, 1e+300, 'ééé', 4, 0.1, 33])\nprint(repr(a))",
            &out,
            &[
                "{(), 'xax', -2}",
                "{2, 34, 4, 40, 10, 11, 'zyb', 16, 'a', 20, 24}",
                "{-2}",
                "{2, 34, 4, 40, 10, 11, 'zyb', 16, 'a', 20, 24, -2}",
                "{0.1, 33, 2, 34, 4, 40, 10, 11, 'zyb', 16, 'a', 20, 19, 'ééé', 24, 1e+300, -2}",
            ],
        );
    }
    {
        // a = set()
        // b = set([6, '', 'xzc'])
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        let b = mkset(Value::list(vec![
            Value::Int(6),
            Value::str(""),
            Value::str("xzc"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            280,
            "a = set()\nb = set([6, '', 'xzc'])\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))\na.clear()\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "set()",
                "{'', 'xzc', 6}",
                "set()",
                "set()",
                "{'', 'xzc', 6}",
            ],
        );
    }
    {
        // _xs = [21, 24, 'cé']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(['za', 37, 'cc', -2, 25, -5, 38, 32])
        // print(repr(a)); print(repr(b))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![Value::Int(21), Value::Int(24), Value::str("cé")]).unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::str("za"),
            Value::Int(37),
            Value::str("cc"),
            Value::Int(-2),
            Value::Int(25),
            Value::Int(-5),
            Value::Int(38),
            Value::Int(32),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            281,
            "_xs = [21, 24, 'cé']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(['za', 37, 'cc', -2, 25, -5, 38, 32])\nprint(repr(a)); print(repr(b))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{24, 'cé', 21}",
                "{32, 37, 38, 'cc', 'za', 25, -5, -2}",
                "{32, 37, 38, 'cc', 'za', 'cé', 21, 24, 25, -5, -2}",
            ],
        );
    }
    {
        // _xs = [(3, 'b'), '', (), 30, 'z']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(set(['']))
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::str(""),
                Value::tuple(vec![]),
                Value::Int(30),
                Value::str("z"),
            ])
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![Value::str("")])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            282,
            "_xs = [(3, 'b'), '', (), 30, 'z']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(set(['']))\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &["{'', 'z', (3, 'b'), (), 30}", "{''}", "{''}", "set()"],
        );
    }
    {
        // a = set(dict.fromkeys(['y', 22, 1024, -4, 9, 0.1, 'éx', (1, 2), -0.5, 19, 10, 14, 'c', ('a',), '', 100000000000000000000, 'zz', 'bb', 2.0, 1024]))
        // b = set(set([]))
        // print(repr(a)); print(repr(b))
        // a = a ^ b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        // for _x in []:
        //     a.discard(_x)
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([17, 'zab', 'z', 'c', -5, 21, 27, -2]))
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::str("y"),
            Value::Int(22),
            Value::Int(1024),
            Value::Int(-4),
            Value::Int(9),
            Value::Float(0.1f64),
            Value::str("éx"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Float(-0.5f64),
            Value::Int(19),
            Value::Int(10),
            Value::Int(14),
            Value::str("c"),
            Value::tuple(vec![Value::str("a")]),
            Value::str(""),
            big("100000000000000000000"),
            Value::str("zz"),
            Value::str("bb"),
            Value::Float(2.0f64),
            Value::Int(1024),
        ]));
        let b = mkset(mkset(Value::list(vec![])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::Int(17),
                Value::str("zab"),
                Value::str("z"),
                Value::str("c"),
                Value::Int(-5),
                Value::Int(21),
                Value::Int(27),
                Value::Int(-2),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            283,
            "a = set(dict.fromkeys(['y', 22, 1024, -4, 9, 0.1, 'éx', (1, 2), -0.5, 19, 10, 14, 'c', ('a',), '', 100000000000000000000, 'zz', 'bb', 2.0, 1024]))\nb = set(set([]))\nprint(repr(a)); print(repr(b))\na = a ^ b\nprint(repr(a))\na -= b\nprint(repr(a))\nfor _x in []:\n    a.discard(_x)\nprint(repr(a))\na = a.intersection(dict.fromkeys([17, 'zab', 'z', 'c', -5, 21, 27, -2]))\nprint(repr(a))",
            &out,
            &[
                "{1024, 'y', 0.1, (1, 2), -0.5, '', 2.0, ('a',), 9, 10, 'éx', 14, 19, 'bb', 22, 'zz', 100000000000000000000, 'c', -4}",
                "set()",
                "{1024, -0.5, '', 2.0, 9, 10, 14, 19, 'bb', 22, 'zz', 100000000000000000000, 0.1, 'y', (1, 2), ('a',), 'éx', 'c', -4}",
                "{1024, -0.5, '', 2.0, 9, 10, 14, 19, 'bb', 22, 'zz', 100000000000000000000, 0.1, 'y', (1, 2), ('a',), 'éx', 'c', -4}",
                "{1024, -0.5, '', 2.0, 9, 10, 14, 19, 'bb', 22, 'zz', 100000000000000000000, 0.1, 'y', (1, 2), ('a',), 'éx', 'c', -4}",
                "{'c'}",
            ],
        );
    }
    {
        // _xs = [0, '', 1e+300, 'azb', 33, 1.5, 30, (), 'aba', 37, 0.1, 'zz', (), 1, 256, (1, 2), 'z', 29, 16, 13, 10, 'é', 'xaé', 40, 9, ('a',), (1, 2), 8, 16, (3, 'b'), 3, 13, 'éyb', -2, (1, 2), 33, -2, 100000000000000000000, 1024, 1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set()
        // print(repr(a)); print(repr(b))
        // a = a & b
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([(3, 'b'), ('a',), 34, 2.0, 25, 19]))
        // print(repr(a))
        // for _x in [35, 16, 2305843009213693951, -6, '', 4611686018427387909]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(0),
                Value::str(""),
                Value::Float(1e+300),
                Value::str("azb"),
                Value::Int(33),
                Value::Float(1.5f64),
                Value::Int(30),
                Value::tuple(vec![]),
                Value::str("aba"),
                Value::Int(37),
                Value::Float(0.1f64),
                Value::str("zz"),
                Value::tuple(vec![]),
                Value::Int(1),
                Value::Int(256),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::str("z"),
                Value::Int(29),
                Value::Int(16),
                Value::Int(13),
                Value::Int(10),
                Value::str("é"),
                Value::str("xaé"),
                Value::Int(40),
                Value::Int(9),
                Value::tuple(vec![Value::str("a")]),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(8),
                Value::Int(16),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(3),
                Value::Int(13),
                Value::str("éyb"),
                Value::Int(-2),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::Int(33),
                Value::Int(-2),
                big("100000000000000000000"),
                Value::Int(1024),
                Value::Int(1),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(PySet::from_values(vec![]).unwrap()));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::tuple(vec![Value::str("a")]),
                Value::Int(34),
                Value::Float(2.0f64),
                Value::Int(25),
                Value::Int(19),
            ])],
        );
        out.push(repr(&a));
        for x in vec![
            Value::Int(35),
            Value::Int(16),
            Value::Int(2305843009213693951),
            Value::Int(-6),
            Value::str(""),
            Value::Int(4611686018427387909),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            284,
            "_xs = [0, '', 1e+300, 'azb', 33, 1.5, 30, (), 'aba', 37, 0.1, 'zz', (), 1, 256, (1, 2), 'z', 29, 16, 13, 10, 'é', 'xaé', 40, 9, ('a',), (1, 2), 8, 16, (3, 'b'), 3, 13, 'éyb', -2, (1, 2), 33, -2, 100000000000000000000, 1024, 1]\na = set()\nfor _x in _xs: a.add(_x)\nb = set()\nprint(repr(a)); print(repr(b))\na = a & b\nprint(repr(a))\na = a.intersection(dict.fromkeys([(3, 'b'), ('a',), 34, 2.0, 25, 19]))\nprint(repr(a))\nfor _x in [35, 16, 2305843009213693951, -6, '', 4611686018427387909]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{0, '', 1.5, 1, 256, 3, 'z', 1024, 8, 9, 10, 'xaé', 13, 16, 'éyb', 29, 30, 33, 'zz', 37, 40, 100000000000000000000, 'azb', 1e+300, 0.1, (1, 2), ('a',), 'aba', (3, 'b'), 'é', (), -2}",
                "set()",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = {'aba', '', 38, 16, 9, 15, -3, 2.0, 64, 9, 6, -1, 30, 2, 12, (3, 'b'), -2, -2305843009213693952, 2.0, 'cba', (), 32, 1, 25, 34, 20, ('a',), -0.5, 'ycx', ('a',), 'zxx', 23, '', 32, 'é', 2305843009213693952, 'z', 23, 36, (3, 'b')}
        // b = set([10, (), 2.0, (3, 'b'), 2305843009213693951, 0.1, 24, 8, 'ay', (3, 'b'), 29, 7])
        // print(repr(a)); print(repr(b))
        // a.update(['cx', 6, 6, (), 64])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        // a.symmetric_difference_update([1e+300, -1, 35, 20, 12, 34, 10, 256, 8, ''])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::str("aba"),
                    Value::str(""),
                    Value::Int(38),
                    Value::Int(16),
                    Value::Int(9),
                    Value::Int(15),
                    Value::Int(-3),
                    Value::Float(2.0f64),
                    Value::Int(64),
                    Value::Int(9),
                    Value::Int(6),
                    Value::Int(-1),
                    Value::Int(30),
                    Value::Int(2),
                    Value::Int(12),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                    Value::Int(-2),
                    Value::Int(-2305843009213693952),
                    Value::Float(2.0f64),
                    Value::str("cba"),
                    Value::tuple(vec![]),
                    Value::Int(32),
                    Value::Int(1),
                    Value::Int(25),
                    Value::Int(34),
                    Value::Int(20),
                    Value::tuple(vec![Value::str("a")]),
                    Value::Float(-0.5f64),
                    Value::str("ycx"),
                    Value::tuple(vec![Value::str("a")]),
                    Value::str("zxx"),
                    Value::Int(23),
                    Value::str(""),
                    Value::Int(32),
                    Value::str("é"),
                    Value::Int(2305843009213693952),
                    Value::str("z"),
                    Value::Int(23),
                    Value::Int(36),
                    Value::tuple(vec![Value::Int(3), Value::str("b")]),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::Int(10),
            Value::tuple(vec![]),
            Value::Float(2.0f64),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(2305843009213693951),
            Value::Float(0.1f64),
            Value::Int(24),
            Value::Int(8),
            Value::str("ay"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(29),
            Value::Int(7),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::str("cx"),
                Value::Int(6),
                Value::Int(6),
                Value::tuple(vec![]),
                Value::Int(64),
            ])],
        );
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "symmetric_difference_update",
            &[Value::list(vec![
                Value::Float(1e+300),
                Value::Int(-1),
                Value::Int(35),
                Value::Int(20),
                Value::Int(12),
                Value::Int(34),
                Value::Int(10),
                Value::Int(256),
                Value::Int(8),
                Value::str(""),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            285,
            "a = {'aba', '', 38, 16, 9, 15, -3, 2.0, 64, 9, 6, -1, 30, 2, 12, (3, 'b'), -2, -2305843009213693952, 2.0, 'cba', (), 32, 1, 25, 34, 20, ('a',), -0.5, 'ycx', ('a',), 'zxx', 23, '', 32, 'é', 2305843009213693952, 'z', 23, 36, (3, 'b')}\nb = set([10, (), 2.0, (3, 'b'), 2305843009213693951, 0.1, 24, 8, 'ay', (3, 'b'), 29, 7])\nprint(repr(a)); print(repr(b))\na.update(['cx', 6, 6, (), 64])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na ^= b\nprint(repr(a))\na.symmetric_difference_update([1e+300, -1, 35, 20, 12, 34, 10, 256, 8, ''])\nprint(repr(a))",
            &out,
            &[
                "{'', 1, 2.0, -0.5, 2305843009213693952, 6, 'z', 9, 12, 15, 16, 20, 23, 25, 30, 'zxx', 32, 34, 36, 38, 'cba', 64, ('a',), 'aba', (3, 'b'), 'é', -1, -2, 'ycx', (), -3, -2305843009213693952}",
                "{2305843009213693951, 0.1, 2.0, 7, 8, 10, 'ay', 24, (3, 'b'), (), 29}",
                "{'', 1, 2.0, -0.5, 2305843009213693952, 6, 'z', 9, 12, 15, 16, 20, 23, 25, 30, 'zxx', 32, 34, 36, 38, 'cx', 'cba', 64, ('a',), 'aba', (3, 'b'), 'é', -1, -2, 'ycx', (), -3, -2305843009213693952}",
                "frozenset({'', 1, 2.0, -0.5, 2305843009213693952, 6, 'z', 9, 12, 15, 16, 20, 23, 25, 30, 'zxx', 32, 34, 36, 38, 'cx', 'cba', 64, ('a',), 'aba', (3, 'b'), 'é', -1, -2, 'ycx', (), -3, -2305843009213693952})",
                "{'', 1, 2.0, -0.5, 2305843009213693952, 6, 'z', 9, 12, 15, 16, 20, 23, 25, 30, 'zxx', 32, 34, 36, 38, 'cx', 'cba', 64, ('a',), 'aba', (3, 'b'), 'é', -1, -2, 'ycx', (), -3, -2305843009213693952}",
                "{'', 1, -0.5, 2305843009213693952, 2305843009213693951, 6, 'z', 7, 9, 8, 10, 12, 15, 16, 20, 23, 24, 25, 29, 30, 'zxx', 32, 34, 36, 38, 'cx', 'cba', 64, 0.1, ('a',), 'aba', 'ay', 'é', -1, -2, 'ycx', -3, -2305843009213693952}",
                "{1, 256, -0.5, 2305843009213693952, 2305843009213693951, 6, 'z', 7, 9, 15, 16, 23, 24, 25, 29, 30, 'zxx', 32, 35, 36, 38, 'cx', 'cba', 1e+300, 64, 0.1, ('a',), 'aba', 'ay', 'é', -2, 'ycx', -3, -2305843009213693952}",
            ],
        );
    }
    {
        // _xs = [23, -0.5, 23, -6, -5, 'x', 7, -6]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = ['c', 'zcy', 2, 0, '', 21, 13, -5]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = a.intersection([24, ''])
        // print(repr(a))
        // a = a.difference(dict.fromkeys([2305843009213693951, '', -1, 24, 'azb', 'a']))
        // print(repr(a))
        // a.discard(-6)
        // print(repr(a))
        // a = b | a
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(23),
                Value::Float(-0.5f64),
                Value::Int(23),
                Value::Int(-6),
                Value::Int(-5),
                Value::str("x"),
                Value::Int(7),
                Value::Int(-6),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("c"),
                Value::str("zcy"),
                Value::Int(2),
                Value::Int(0),
                Value::str(""),
                Value::Int(21),
                Value::Int(13),
                Value::Int(-5),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(
            &a,
            "intersection",
            &[Value::list(vec![Value::Int(24), Value::str("")])],
        );
        out.push(repr(&a));
        let a = m(
            &a,
            "difference",
            &[fromkeys(vec![
                Value::Int(2305843009213693951),
                Value::str(""),
                Value::Int(-1),
                Value::Int(24),
                Value::str("azb"),
                Value::str("a"),
            ])],
        );
        out.push(repr(&a));
        m(&a, "discard", &[Value::Int(-6)]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            286,
            "_xs = [23, -0.5, 23, -6, -5, 'x', 7, -6]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = ['c', 'zcy', 2, 0, '', 21, 13, -5]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = a.intersection([24, ''])\nprint(repr(a))\na = a.difference(dict.fromkeys([2305843009213693951, '', -1, 24, 'azb', 'a']))\nprint(repr(a))\na.discard(-6)\nprint(repr(a))\na = b | a\nprint(repr(a))",
            &out,
            &[
                "{-0.5, 'x', 7, 23, -6, -5}",
                "{0, '', 2, 'zcy', 13, 'c', 21, -5}",
                "set()",
                "set()",
                "set()",
                "{0, '', 2, 'zcy', 13, 'c', 21, -5}",
            ],
        );
    }
    {
        // _xs = [-1]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [1e+300, 29, 'xy', 'bzc', 'cbb', 64]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a.intersection_update(b)
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(PySet::from_values(vec![Value::Int(-1)]).unwrap()));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(1e+300),
                Value::Int(29),
                Value::str("xy"),
                Value::str("bzc"),
                Value::str("cbb"),
                Value::Int(64),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        check(
            &mut failures,
            287,
            "_xs = [-1]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [1e+300, 29, 'xy', 'bzc', 'cbb', 64]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na.intersection_update(b)\nprint(repr(a))\na = a.union(b)\nprint(repr(a))\na = a.copy()\nprint(repr(a))",
            &out,
            &[
                "{-1}",
                "{64, 'xy', 'cbb', 1e+300, 'bzc', 29}",
                "set()",
                "{64, 'xy', 'cbb', 'bzc', 1e+300, 29}",
                "{64, 'xy', 'cbb', 'bzc', 1e+300, 29}",
            ],
        );
    }
    {
        // a = set(set([1024, -5, '', 64, 9, 35, 256, '', 24, 'azy', 64, 38, 'yc', 23, 28, 'ax', 8, 'é', 9, 13]))
        // b = set([-1, 16, -0.5])
        // print(repr(a)); print(repr(b))
        // a.intersection_update(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(1024),
            Value::Int(-5),
            Value::str(""),
            Value::Int(64),
            Value::Int(9),
            Value::Int(35),
            Value::Int(256),
            Value::str(""),
            Value::Int(24),
            Value::str("azy"),
            Value::Int(64),
            Value::Int(38),
            Value::str("yc"),
            Value::Int(23),
            Value::Int(28),
            Value::str("ax"),
            Value::Int(8),
            Value::str("é"),
            Value::Int(9),
            Value::Int(13),
        ])));
        let b = mkset(Value::list(vec![
            Value::Int(-1),
            Value::Int(16),
            Value::Float(-0.5f64),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            288,
            "a = set(set([1024, -5, '', 64, 9, 35, 256, '', 24, 'azy', 64, 38, 'yc', 23, 28, 'ax', 8, 'é', 9, 13]))\nb = set([-1, 16, -0.5])\nprint(repr(a)); print(repr(b))\na.intersection_update(b)\nprint(repr(a))",
            &out,
            &[
                "{1024, '', 64, 256, 8, 9, 13, 'ax', 23, 'yc', 24, 28, 35, 'é', 38, 'azy', -5}",
                "{16, -0.5, -1}",
                "set()",
            ],
        );
    }
    {
        // a = set(set([19, '', 'ax', 2, 15, '']))
        // b = set(set(['', 10, '', 16, (3, 'b')]))
        // print(repr(a)); print(repr(b))
        // a = b & a
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a.update([12, 2305843009213693951, 36, 22, 'z', 15, 20, 17])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(19),
            Value::str(""),
            Value::str("ax"),
            Value::Int(2),
            Value::Int(15),
            Value::str(""),
        ])));
        let b = mkset(mkset(Value::list(vec![
            Value::str(""),
            Value::Int(10),
            Value::str(""),
            Value::Int(16),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        m(
            &a,
            "update",
            &[Value::list(vec![
                Value::Int(12),
                Value::Int(2305843009213693951),
                Value::Int(36),
                Value::Int(22),
                Value::str("z"),
                Value::Int(15),
                Value::Int(20),
                Value::Int(17),
            ])],
        );
        out.push(repr(&a));
        check(
            &mut failures,
            289,
            "a = set(set([19, '', 'ax', 2, 15, '']))\nb = set(set(['', 10, '', 16, (3, 'b')]))\nprint(repr(a)); print(repr(b))\na = b & a\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.clear()\nprint(repr(a))\na = b & a\nprint(repr(a))\na.update([12, 2305843009213693951, 36, 22, 'z', 15, 20, 17])\nprint(repr(a))",
            &out,
            &[
                "{'', 2, 19, 'ax', 15}",
                "{'', 16, 10, (3, 'b')}",
                "{''}",
                "frozenset({''})",
                "{''}",
                "set()",
                "set()",
                "{2305843009213693951, 36, 'z', 12, 15, 17, 20, 22}",
            ],
        );
    }
    {
        // _xs = ['ca', 34, 'xay', 'yc', 15, 'y']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([0, 15, 128, 1.5, 2, (), 'xbb', -2]))
        // print(repr(a)); print(repr(b))
        // a &= b
        // print(repr(a))
        // a.intersection_update(b)
        // print(repr(a))
        // for _x in []:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::str("ca"),
                Value::Int(34),
                Value::str("xay"),
                Value::str("yc"),
                Value::Int(15),
                Value::str("y"),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(0),
            Value::Int(15),
            Value::Int(128),
            Value::Float(1.5f64),
            Value::Int(2),
            Value::tuple(vec![]),
            Value::str("xbb"),
            Value::Int(-2),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "intersection_update", &[b.clone()]);
        out.push(repr(&a));
        for x in vec![] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            290,
            "_xs = ['ca', 34, 'xay', 'yc', 15, 'y']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([0, 15, 128, 1.5, 2, (), 'xbb', -2]))\nprint(repr(a)); print(repr(b))\na &= b\nprint(repr(a))\na.intersection_update(b)\nprint(repr(a))\nfor _x in []:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{'y', 34, 'yc', 15, 'ca', 'xay'}",
                "{0, 128, 1.5, 2, 15, 'xbb', (), -2}",
                "{15}",
                "{15}",
                "{15}",
            ],
        );
    }
    {
        // _xs = [21, (3, 'b')]
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set([21, 12, 24, 'c', -0.5, 'bc', (3, 'b'), 20, -6, 1, 35, 21, 4, 'é', 29, 'c', 40, 'c', 26, 256])
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a.update(['y'])
        // print(repr(a))
        // print(repr(frozenset(a)))
        // print(repr(a))
        // a.symmetric_difference_update(b)
        // print(repr(a))
        // a = a.union([256, 100000000000000000000, 1e+300, -1, 256, 23, -1, '', 'y'])
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(21),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
            ])
            .unwrap(),
        ));
        let b = mkset(Value::list(vec![
            Value::Int(21),
            Value::Int(12),
            Value::Int(24),
            Value::str("c"),
            Value::Float(-0.5f64),
            Value::str("bc"),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::Int(20),
            Value::Int(-6),
            Value::Int(1),
            Value::Int(35),
            Value::Int(21),
            Value::Int(4),
            Value::str("é"),
            Value::Int(29),
            Value::str("c"),
            Value::Int(40),
            Value::str("c"),
            Value::Int(26),
            Value::Int(256),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        m(&a, "update", &[Value::list(vec![Value::str("y")])]);
        out.push(repr(&a));
        out.push(repr(&mkfrozen(a.clone())));
        out.push(repr(&a));
        m(&a, "symmetric_difference_update", &[b.clone()]);
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[Value::list(vec![
                Value::Int(256),
                big("100000000000000000000"),
                Value::Float(1e+300),
                Value::Int(-1),
                Value::Int(256),
                Value::Int(23),
                Value::Int(-1),
                Value::str(""),
                Value::str("y"),
            ])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            291,
            "_xs = [21, (3, 'b')]\na = set()\nfor _x in _xs: a.add(_x)\nb = set([21, 12, 24, 'c', -0.5, 'bc', (3, 'b'), 20, -6, 1, 35, 21, 4, 'é', 29, 'c', 40, 'c', 26, 256])\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na.update(['y'])\nprint(repr(a))\nprint(repr(frozenset(a)))\nprint(repr(a))\na.symmetric_difference_update(b)\nprint(repr(a))\na = a.union([256, 100000000000000000000, 1e+300, -1, 256, 23, -1, '', 'y'])\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{(3, 'b'), 21}",
                "{-0.5, 1, -6, 35, 4, 'é', 26, 256, 40, 12, 'c', 20, 21, (3, 'b'), 24, 'bc', 29}",
                "{(3, 'b'), 21}",
                "{'y', (3, 'b'), 21}",
                "frozenset({'y', (3, 'b'), 21})",
                "{'y', (3, 'b'), 21}",
                "{-0.5, 'y', 1, -6, 35, 4, 'é', 26, 256, 40, 12, 'c', 20, 'bc', 24, 29}",
                "{-0.5, 'y', 1, 256, 4, '', 12, 20, 23, 24, 26, 29, 35, 'é', 40, 100000000000000000000, 'c', 'bc', -6, 1e+300, -1}",
                "-0.5",
                "{'y', 1, 256, 4, '', 12, 20, 23, 24, 26, 29, 35, 'é', 40, 100000000000000000000, 'c', 'bc', -6, 1e+300, -1}",
            ],
        );
    }
    {
        // a = set([-1, 14])
        // b = set(dict.fromkeys([-1, 'b', 'zc']))
        // print(repr(a)); print(repr(b))
        // a = a.difference(['xy'])
        // print(repr(a))
        // a = a.difference([36])
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(Value::list(vec![Value::Int(-1), Value::Int(14)]));
        let b = mkset(fromkeys(vec![
            Value::Int(-1),
            Value::str("b"),
            Value::str("zc"),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "difference", &[Value::list(vec![Value::str("xy")])]);
        out.push(repr(&a));
        let a = m(&a, "difference", &[Value::list(vec![Value::Int(36)])]);
        out.push(repr(&a));
        check(
            &mut failures,
            292,
            "a = set([-1, 14])\nb = set(dict.fromkeys([-1, 'b', 'zc']))\nprint(repr(a)); print(repr(b))\na = a.difference(['xy'])\nprint(repr(a))\na = a.difference([36])\nprint(repr(a))",
            &out,
            &["{-1, 14}", "{'zc', 'b', -1}", "{-1, 14}", "{-1, 14}"],
        );
    }
    {
        // _xs = [18, 2305843009213693952, 100000000000000000000, 2.0, 40]
        // a = set()
        // for _x in _xs: a.add(_x)
        // _xs = [31, 16, 18, 32, 9, 3, 'cy', (1, 2)]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a -= b
        // print(repr(a))
        // for _x in []:
        //     a.discard(_x)
        // print(repr(a))
        // a.clear()
        // print(repr(a))
        // a = a.copy()
        // print(repr(a))
        // a ^= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(18),
                Value::Int(2305843009213693952),
                big("100000000000000000000"),
                Value::Float(2.0f64),
                Value::Int(40),
            ])
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(31),
                Value::Int(16),
                Value::Int(18),
                Value::Int(32),
                Value::Int(9),
                Value::Int(3),
                Value::str("cy"),
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        m(&a, "clear", &[]);
        out.push(repr(&a));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            293,
            "_xs = [18, 2305843009213693952, 100000000000000000000, 2.0, 40]\na = set()\nfor _x in _xs: a.add(_x)\n_xs = [31, 16, 18, 32, 9, 3, 'cy', (1, 2)]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na -= b\nprint(repr(a))\nfor _x in []:\n    a.discard(_x)\nprint(repr(a))\na.clear()\nprint(repr(a))\na = a.copy()\nprint(repr(a))\na ^= b\nprint(repr(a))",
            &out,
            &[
                "{2305843009213693952, 2.0, 40, 100000000000000000000, 18}",
                "{32, 3, (1, 2), 9, 16, 18, 'cy', 31}",
                "{2305843009213693952, 2.0, 40, 100000000000000000000}",
                "{2305843009213693952, 2.0, 40, 100000000000000000000}",
                "set()",
                "set()",
                "{32, (1, 2), 3, 9, 16, 18, 'cy', 31}",
            ],
        );
    }
    {
        // a = set(set([('a',), 1e+300, 'b', 38, -2, 15]))
        // _xs = [-0.5, -0.5, 0, 30, 6]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = b | a
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([(), 10, -5, 36, 32]))
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        // a = a - b
        // print(repr(a))
        // a -= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::tuple(vec![Value::str("a")]),
            Value::Float(1e+300),
            Value::str("b"),
            Value::Int(38),
            Value::Int(-2),
            Value::Int(15),
        ])));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(-0.5f64),
                Value::Float(-0.5f64),
                Value::Int(0),
                Value::Int(30),
                Value::Int(6),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Or, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::tuple(vec![]),
                Value::Int(10),
                Value::Int(-5),
                Value::Int(36),
                Value::Int(32),
            ])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        let a = ops::binop(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::inplace(BinOp::Sub, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            294,
            "a = set(set([('a',), 1e+300, 'b', 38, -2, 15]))\n_xs = [-0.5, -0.5, 0, 30, 6]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = b | a\nprint(repr(a))\na = a.intersection(dict.fromkeys([(), 10, -5, 36, 32]))\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))\na = a - b\nprint(repr(a))\na -= b\nprint(repr(a))",
            &out,
            &[
                "{38, -2, ('a',), 1e+300, 'b', 15}",
                "{-0.5, 0, 30, 6}",
                "{-0.5, 0, 6, 38, ('a',), 'b', 15, -2, 1e+300, 30}",
                "set()",
                "empty",
                "set()",
                "set()",
                "set()",
            ],
        );
    }
    {
        // a = {28, 30, 4, '', 'yz', 'x', 32, -0.5, '', 13, 26, 8, ('a',), 'ybb', 'c', 'z', 38, 'zb', 1, 39}
        // _xs = [2.0, 'b', 31, 19, 4611686018427387909, 14, 24, 'éaé']
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a |= b
        // print(repr(a))
        // for _x in [3, 'xyy', 'xa', 'zé', 'x']:
        //     a.discard(_x)
        // print(repr(a))
        // a &= b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(28),
                    Value::Int(30),
                    Value::Int(4),
                    Value::str(""),
                    Value::str("yz"),
                    Value::str("x"),
                    Value::Int(32),
                    Value::Float(-0.5f64),
                    Value::str(""),
                    Value::Int(13),
                    Value::Int(26),
                    Value::Int(8),
                    Value::tuple(vec![Value::str("a")]),
                    Value::str("ybb"),
                    Value::str("c"),
                    Value::str("z"),
                    Value::Int(38),
                    Value::str("zb"),
                    Value::Int(1),
                    Value::Int(39),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Float(2.0f64),
                Value::str("b"),
                Value::Int(31),
                Value::Int(19),
                Value::Int(4611686018427387909),
                Value::Int(14),
                Value::Int(24),
                Value::str("éaé"),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::inplace(BinOp::Or, &a, &b).unwrap();
        out.push(repr(&a));
        for x in vec![
            Value::Int(3),
            Value::str("xyy"),
            Value::str("xa"),
            Value::str("zé"),
            Value::str("x"),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            295,
            "a = {28, 30, 4, '', 'yz', 'x', 32, -0.5, '', 13, 26, 8, ('a',), 'ybb', 'c', 'z', 38, 'zb', 1, 39}\n_xs = [2.0, 'b', 31, 19, 4611686018427387909, 14, 24, 'éaé']\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na |= b\nprint(repr(a))\nfor _x in [3, 'xyy', 'xa', 'zé', 'x']:\n    a.discard(_x)\nprint(repr(a))\na &= b\nprint(repr(a))",
            &out,
            &[
                "{'', -0.5, 1, 'ybb', 4, 'z', 8, ('a',), 13, 'yz', 26, 28, 30, 32, 'zb', 'x', 38, 39, 'c'}",
                "{2.0, 'éaé', 4611686018427387909, 'b', 14, 19, 24, 31}",
                "{'', -0.5, 1, 'ybb', 4, 2.0, 'z', 'éaé', 8, ('a',), 4611686018427387909, 13, 'b', 14, 19, 24, 'yz', 26, 28, 30, 31, 32, 'zb', 'x', 38, 39, 'c'}",
                "{'', -0.5, 1, 'ybb', 4, 2.0, 'z', 'éaé', 8, ('a',), 4611686018427387909, 13, 'b', 14, 19, 24, 'yz', 26, 28, 30, 31, 32, 'zb', 38, 39, 'c'}",
                "{2.0, 'éaé', 4611686018427387909, 14, 'b', 19, 24, 31}",
            ],
        );
    }
    {
        // _xs = [64, 13, '', ('a',), 'x', 'xc', 37, 'cz', 29, 2.0, 8, '']
        // a = set()
        // for _x in _xs: a.add(_x)
        // b = set(dict.fromkeys([31, -1, -0.5, '', 34]))
        // print(repr(a)); print(repr(b))
        // a = a ^ b
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(64),
                Value::Int(13),
                Value::str(""),
                Value::tuple(vec![Value::str("a")]),
                Value::str("x"),
                Value::str("xc"),
                Value::Int(37),
                Value::str("cz"),
                Value::Int(29),
                Value::Float(2.0f64),
                Value::Int(8),
                Value::str(""),
            ])
            .unwrap(),
        ));
        let b = mkset(fromkeys(vec![
            Value::Int(31),
            Value::Int(-1),
            Value::Float(-0.5f64),
            Value::str(""),
            Value::Int(34),
        ]));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        check(
            &mut failures,
            296,
            "_xs = [64, 13, '', ('a',), 'x', 'xc', 37, 'cz', 29, 2.0, 8, '']\na = set()\nfor _x in _xs: a.add(_x)\nb = set(dict.fromkeys([31, -1, -0.5, '', 34]))\nprint(repr(a)); print(repr(b))\na = a ^ b\nprint(repr(a))",
            &out,
            &[
                "{64, '', 2.0, 'x', 37, ('a',), 8, 'cz', 13, 'xc', 29}",
                "{-0.5, '', 34, -1, 31}",
                "{-0.5, 64, 2.0, ('a',), 8, 13, 29, 31, 34, 'x', 37, 'cz', 'xc', -1}",
            ],
        );
    }
    {
        // a = set(dict.fromkeys([14, (3, 'b'), 'ya', (1, 2), 18, -2, 31, -1, 'zz', 'zcc', '', 19, (1, 2), 40, 'ccc', 100000000000000000000, (1, 2), 'ay', 21, 8]))
        // _xs = [21, 23, 30, 24, (3, 'b'), -1, 14, 24]
        // b = set()
        // for _x in _xs: b.add(_x)
        // print(repr(a)); print(repr(b))
        // a = b - a
        // print(repr(a))
        // a = a & b
        // print(repr(a))
        // a = a.union(dict.fromkeys([16, 18, 24, 2.0, 2305843009213693952, 9]))
        // print(repr(a))
        // print(repr(a.pop()) if a else 'empty')
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(fromkeys(vec![
            Value::Int(14),
            Value::tuple(vec![Value::Int(3), Value::str("b")]),
            Value::str("ya"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(18),
            Value::Int(-2),
            Value::Int(31),
            Value::Int(-1),
            Value::str("zz"),
            Value::str("zcc"),
            Value::str(""),
            Value::Int(19),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(40),
            Value::str("ccc"),
            big("100000000000000000000"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::str("ay"),
            Value::Int(21),
            Value::Int(8),
        ]));
        let b = Value::Set(Rc::new(
            PySet::from_values(vec![
                Value::Int(21),
                Value::Int(23),
                Value::Int(30),
                Value::Int(24),
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(-1),
                Value::Int(14),
                Value::Int(24),
            ])
            .unwrap(),
        ));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = ops::binop(BinOp::Sub, &b, &a).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = m(
            &a,
            "union",
            &[fromkeys(vec![
                Value::Int(16),
                Value::Int(18),
                Value::Int(24),
                Value::Float(2.0f64),
                Value::Int(2305843009213693952),
                Value::Int(9),
            ])],
        );
        out.push(repr(&a));
        out.push(if len(&a) > 0 {
            repr(&m(&a, "pop", &[]))
        } else {
            "empty".into()
        });
        out.push(repr(&a));
        check(
            &mut failures,
            297,
            "a = set(dict.fromkeys([14, (3, 'b'), 'ya', (1, 2), 18, -2, 31, -1, 'zz', 'zcc', '', 19, (1, 2), 40, 'ccc', 100000000000000000000, (1, 2), 'ay', 21, 8]))\n_xs = [21, 23, 30, 24, (3, 'b'), -1, 14, 24]\nb = set()\nfor _x in _xs: b.add(_x)\nprint(repr(a)); print(repr(b))\na = b - a\nprint(repr(a))\na = a & b\nprint(repr(a))\na = a.union(dict.fromkeys([16, 18, 24, 2.0, 2305843009213693952, 9]))\nprint(repr(a))\nprint(repr(a.pop()) if a else 'empty')\nprint(repr(a))",
            &out,
            &[
                "{'', (1, 2), 8, 14, 18, 19, 'ay', 21, 'ccc', (3, 'b'), 31, 'zz', 'zcc', 40, 'ya', 100000000000000000000, -1, -2}",
                "{14, 21, -1, 23, 24, (3, 'b'), 30}",
                "{24, 30, 23}",
                "{24, 30, 23}",
                "{2305843009213693952, 2.0, 9, 16, 18, 23, 24, 30}",
                "2305843009213693952",
                "{2.0, 9, 16, 18, 23, 24, 30}",
            ],
        );
    }
    {
        // a = {8, 34, -2305843009213693952, -2, 34, 25, 1024, 8, 4611686018427387909, 2305843009213693951, -1, 2.0}
        // b = set(set([]))
        // print(repr(a)); print(repr(b))
        // a.intersection_update([])
        // print(repr(a))
        // a = a.intersection(dict.fromkeys([(3, 'b'), 10, 'bzy']))
        // print(repr(a))
        // a.add('a')
        // print(repr(a))
        // a = a ^ b
        // print(repr(a))
        // a.difference_update(b)
        // print(repr(a))
        // for _x in [32, -0.5, 'x', 64, 14, 4, 2305843009213693951]:
        //     a.discard(_x)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = Value::Set(Rc::new(
            PySet::from_const_display(
                vec![
                    Value::Int(8),
                    Value::Int(34),
                    Value::Int(-2305843009213693952),
                    Value::Int(-2),
                    Value::Int(34),
                    Value::Int(25),
                    Value::Int(1024),
                    Value::Int(8),
                    Value::Int(4611686018427387909),
                    Value::Int(2305843009213693951),
                    Value::Int(-1),
                    Value::Float(2.0f64),
                ],
                NAMES,
            )
            .unwrap(),
        ));
        let b = mkset(mkset(Value::list(vec![])));
        out.push(repr(&a));
        out.push(repr(&b));
        m(&a, "intersection_update", &[Value::list(vec![])]);
        out.push(repr(&a));
        let a = m(
            &a,
            "intersection",
            &[fromkeys(vec![
                Value::tuple(vec![Value::Int(3), Value::str("b")]),
                Value::Int(10),
                Value::str("bzy"),
            ])],
        );
        out.push(repr(&a));
        m(&a, "add", &[Value::str("a")]);
        out.push(repr(&a));
        let a = ops::binop(BinOp::Xor, &a, &b).unwrap();
        out.push(repr(&a));
        m(&a, "difference_update", &[b.clone()]);
        out.push(repr(&a));
        for x in vec![
            Value::Int(32),
            Value::Float(-0.5f64),
            Value::str("x"),
            Value::Int(64),
            Value::Int(14),
            Value::Int(4),
            Value::Int(2305843009213693951),
        ] {
            m(&a, "discard", &[x]);
        }
        out.push(repr(&a));
        check(
            &mut failures,
            298,
            "a = {8, 34, -2305843009213693952, -2, 34, 25, 1024, 8, 4611686018427387909, 2305843009213693951, -1, 2.0}\nb = set(set([]))\nprint(repr(a)); print(repr(b))\na.intersection_update([])\nprint(repr(a))\na = a.intersection(dict.fromkeys([(3, 'b'), 10, 'bzy']))\nprint(repr(a))\na.add('a')\nprint(repr(a))\na = a ^ b\nprint(repr(a))\na.difference_update(b)\nprint(repr(a))\nfor _x in [32, -0.5, 'x', 64, 14, 4, 2305843009213693951]:\n    a.discard(_x)\nprint(repr(a))",
            &out,
            &[
                "{1024, 2305843009213693951, 34, 2.0, 4611686018427387909, 8, -1, -2305843009213693952, 25, -2}",
                "set()",
                "set()",
                "set()",
                "{'a'}",
                "{'a'}",
                "{'a'}",
                "{'a'}",
            ],
        );
    }
    {
        // a = set(set([25, 15, 31, '', 256, 1.5, 'xbé', -1, 37, 8, ('a',), 128, 'axz', (1, 2), 23, ('a',), -2, '', -5, 'x']))
        // b = set(set([28, ('a',), 0.1]))
        // print(repr(a)); print(repr(b))
        // a = a.copy()
        // print(repr(a))
        // a &= b
        // print(repr(a))
        // a = b & a
        // print(repr(a))
        // a = a.union(b)
        // print(repr(a))
        let mut out: Vec<String> = Vec::new();
        let a = mkset(mkset(Value::list(vec![
            Value::Int(25),
            Value::Int(15),
            Value::Int(31),
            Value::str(""),
            Value::Int(256),
            Value::Float(1.5f64),
            Value::str("xbé"),
            Value::Int(-1),
            Value::Int(37),
            Value::Int(8),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(128),
            Value::str("axz"),
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Value::Int(23),
            Value::tuple(vec![Value::str("a")]),
            Value::Int(-2),
            Value::str(""),
            Value::Int(-5),
            Value::str("x"),
        ])));
        let b = mkset(mkset(Value::list(vec![
            Value::Int(28),
            Value::tuple(vec![Value::str("a")]),
            Value::Float(0.1f64),
        ])));
        out.push(repr(&a));
        out.push(repr(&b));
        let a = m(&a, "copy", &[]);
        out.push(repr(&a));
        let a = ops::inplace(BinOp::And, &a, &b).unwrap();
        out.push(repr(&a));
        let a = ops::binop(BinOp::And, &b, &a).unwrap();
        out.push(repr(&a));
        let a = m(&a, "union", &[b.clone()]);
        out.push(repr(&a));
        check(
            &mut failures,
            299,
            "a = set(set([25, 15, 31, '', 256, 1.5, 'xbé', -1, 37, 8, ('a',), 128, 'axz', (1, 2), 23, ('a',), -2, '', -5, 'x']))\nb = set(set([28, ('a',), 0.1]))\nprint(repr(a)); print(repr(b))\na = a.copy()\nprint(repr(a))\na &= b\nprint(repr(a))\na = b & a\nprint(repr(a))\na = a.union(b)\nprint(repr(a))",
            &out,
            &[
                "{'', 256, 1.5, 128, (1, 2), 8, ('a',), 15, 23, 25, 31, 'x', 37, -1, -5, 'axz', 'xbé', -2}",
                "{('a',), 0.1, 28}",
                "{'', 256, 1.5, 128, (1, 2), 8, ('a',), 15, 23, 25, 31, 'x', 37, -1, -5, 'axz', 'xbé', -2}",
                "{('a',)}",
                "{('a',)}",
                "{('a',), 0.1, 28}",
            ],
        );
    }
    assert!(
        failures.is_empty(),
        "{} of the cases differ from CPython:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/* GENERATOR
# Regenerates crates/rusputyn-runtime/tests/sets.rs from CPython 3.11 (the oracle). This script is stored at the
# end of that file; to run it (from the repository root):
#   sed -n '/^\/\* GENERATOR$/,/^GENERATOR \*\/$/p' crates/rusputyn-runtime/tests/sets.rs | sed '1d;$d' \
#     | PYTHONHASHSEED=0 python3 - crates/rusputyn-runtime/tests/sets.rs && rustfmt --edition 2024 crates/rusputyn-runtime/tests/sets.rs
import sys as _sys
_TEST = _sys.argv[1]
_SRC = open(_TEST).read()
_OPEN = '/' + '* GENERATOR\n'
_CLOSE = 'GENERATOR *' + '/'
_GEN = _SRC[_SRC.index(_OPEN) + len(_OPEN):_SRC.index(_CLOSE)]
_sys.argv = [_sys.argv[0]] + _sys.argv[2:]
HEAD = r'''//! Differential tests of `set`/`frozenset` iteration order against CPython 3.11 run with
//! `PYTHONHASHSEED=0`: random programs (set displays, `set(...)`, the operators and methods,
//! `pop`, removals) whose expected reprs were printed by `python3`. The Python source of each
//! case is quoted above it and in its failure message. Each case ran as its own `python3 -c`
//! process, since the order of a constant set display depends on the strings the interpreter
//! has interned (see `PySet::from_const_display`).

//!
//! Generated: regenerate with the script stored at the end of this file (its first lines
//! show the command); never edit the expected values by hand.
use num_bigint::BigInt;
use rusputyn_runtime::builtins::construct_builtin;
use rusputyn_runtime::ops::{self, BinOp};
use rusputyn_runtime::types::class::{BuiltinType, builtin_class};
use rusputyn_runtime::types::dict::PyDict;
use rusputyn_runtime::types::object::call_method;
use rusputyn_runtime::types::set::PySet;
use rusputyn_runtime::Value;
use std::rc::Rc;

fn big(s: &str) -> Value {
    rusputyn_runtime::types::int::normalize(s.parse::<BigInt>().unwrap())
}

fn mkset(v: Value) -> Value {
    construct_builtin(&builtin_class(BuiltinType::Set), &[v], &[]).unwrap()
}

fn mkfrozen(v: Value) -> Value {
    construct_builtin(&builtin_class(BuiltinType::FrozenSet), &[v], &[]).unwrap()
}

fn fromkeys(keys: Vec<Value>) -> Value {
    Value::Dict(Rc::new(PyDict::from_pairs(keys.into_iter().map(|k| (k, Value::None))).unwrap()))
}

fn m(v: &Value, name: &str, args: &[Value]) -> Value {
    call_method(v, name, args, &[]).unwrap()
}

fn repr(v: &Value) -> String {
    ops::repr_of(v).unwrap()
}

fn len(v: &Value) -> usize {
    ops::len(v).unwrap()
}

fn hash(v: &Value) -> Value {
    Value::Int(rusputyn_runtime::hash::hash_value(v).unwrap())
}

/// Cases known to differ from CPython, with the reason. A fix shows up as an unexpected pass.
///
/// All of them involve removals followed by insertions into the same probe chains: after
/// `difference_update`/`symmetric_difference_update` CPython places a new key past a slot
/// this table reuses as a dummy. Measured but not yet explained (see the report of the
/// change that added this ledger).
const KNOWN_DIFFERENT: &[usize] = &[];

fn check(failures: &mut Vec<String>, case: usize, src: &str, got: &[String], want: &[&str]) {
    let known = KNOWN_DIFFERENT.contains(&case);
    if got != want && !known {
        failures.push(format!("--- case {case}, program:\n{src}\n--- python3:\n{}\n--- runtime:\n{}", want.join("\n"), got.join("\n")));
    } else if got == want && known {
        failures.push(format!("--- case {case} is listed in KNOWN_DIFFERENT but now matches CPython: remove it"));
    }
}

/// The identifiers of every generated program (see `PySet::from_const_display`).
const NAMES: &[&str] = &["_xs", "_x", "a", "b"];

#[test]
fn random_set_programs_match_cpython() {
    let mut failures: Vec<String> = Vec::new();
'''
TAIL = r'''    assert!(failures.is_empty(), "{} of the cases differ from CPython:\n{}", failures.len(), failures.join("\n\n"));
}
'''
import io as _io, contextlib as _cl
_buf = _io.StringIO()
with _cl.redirect_stdout(_buf):
    # Generates crates/rusputyn-runtime/tests/sets.rs: random set programs run under CPython
    # (PYTHONHASHSEED=0) and rendered to equivalent Rust calls with the expected reprs.
    import random, subprocess, json, sys
    random.seed(2)

    def rand_elem():
        r = random.random()
        if r < 0.45: return random.randint(-6, 40)
        if r < 0.6: return random.choice([8, 16, 24, 32, 64, 128, 256, 1024, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**62+5, 10**20])
        if r < 0.85: return ''.join(random.choice('abcxyzé') for _ in range(random.randint(0, 3)))
        if r < 0.93: return random.choice([1.5, -0.5, 2.0, 0.1, 1e300])
        return random.choice([(1, 2), ('a',), (), (3, 'b')])

    def rust_elem(e):
        if isinstance(e, bool): return f"Value::Bool({str(e).lower()})"
        if isinstance(e, int):
            if -2**63 <= e < 2**63: return f"Value::Int({e})"
            return f"big(\"{e}\")"
        if isinstance(e, float): return f"Value::Float({e!r}f64)" if 'e' not in repr(e) else f"Value::Float({e!r})"
        if isinstance(e, str): return "Value::str(" + json.dumps(e, ensure_ascii=False) + ")"
        if isinstance(e, tuple): return "Value::tuple(vec![" + ", ".join(rust_elem(x) for x in e) + "])"
        raise ValueError(e)

    def rlist(xs): return "vec![" + ", ".join(rust_elem(x) for x in xs) + "]"
    def elems(n): return [rand_elem() for _ in range(n)]

    def build(name):
        xs = elems(random.choice([0, 1, 2, 3, 5, 6, 8, 12, 20, 40]))
        kind = random.choice(['const', 'var', 'setlist', 'comp', 'dict', 'setset'])
        if kind == 'const' and len(xs) > 2 and all(not isinstance(x, tuple) or True for x in xs):
            return f"{name} = {{{', '.join(map(repr, xs))}}}", f"let {name} = Value::Set(Rc::new(PySet::from_const_display({rlist(xs)}, NAMES).unwrap()));"
        if kind in ('var', 'const', 'comp'):
            py = f"_xs = {xs!r}\n{name} = set()\nfor _x in _xs: {name}.add(_x)" if xs else f"{name} = set()"
            return py, f"let {name} = Value::Set(Rc::new(PySet::from_values({rlist(xs)}).unwrap()));"
        if kind == 'setlist':
            return f"{name} = set({xs!r})", f"let {name} = mkset(Value::list({rlist(xs)}));"
        if kind == 'dict':
            return f"{name} = set(dict.fromkeys({xs!r}))", f"let {name} = mkset(fromkeys({rlist(xs)}));"
        return f"{name} = set(set({xs!r}))", f"let {name} = mkset(mkset(Value::list({rlist(xs)})));"

    def case():
        py, rs = [], []
        p, r = build('a'); py.append(p); rs.append(r)
        p, r = build('b'); py.append(p); rs.append(r)
        py.append("print(repr(a)); print(repr(b))"); rs.append("out.push(repr(&a)); out.push(repr(&b));")
        for _ in range(random.randint(1, 6)):
            k = random.random()
            x = rand_elem()
            ops = ['add', 'discard', 'pop', 'update', 'ior', 'iand', 'isub', 'ixor', 'or', 'and', 'sub', 'xor',
                   'union', 'intersection', 'difference', 'symdiff', 'copy', 'iu', 'du', 'sdu', 'clear', 'frozen', 'ifrozen', 'remove_all']
            op = random.choice(ops)
            lst = elems(random.randint(0, 10))
            if op == 'add': py.append(f"a.add({x!r})"); rs.append(f"m(&a, \"add\", &[{rust_elem(x)}]);")
            elif op == 'discard': py.append(f"a.discard({x!r})"); rs.append(f"m(&a, \"discard\", &[{rust_elem(x)}]);")
            elif op == 'pop': py.append("print(repr(a.pop()) if a else 'empty')"); rs.append("out.push(if len(&a) > 0 { repr(&m(&a, \"pop\", &[])) } else { \"empty\".into() });")
            elif op == 'update': py.append(f"a.update({lst!r})"); rs.append(f"m(&a, \"update\", &[Value::list({rlist(lst)})]);")
            elif op in ('ior', 'iand', 'isub', 'ixor'):
                sym = {'ior': '|', 'iand': '&', 'isub': '-', 'ixor': '^'}[op]
                bop = {'ior': 'Or', 'iand': 'And', 'isub': 'Sub', 'ixor': 'Xor'}[op]
                py.append(f"a {sym}= b"); rs.append(f"let a = ops::inplace(BinOp::{bop}, &a, &b).unwrap();")
            elif op in ('or', 'and', 'sub', 'xor'):
                sym = {'or': '|', 'and': '&', 'sub': '-', 'xor': '^'}[op]
                bop = {'or': 'Or', 'and': 'And', 'sub': 'Sub', 'xor': 'Xor'}[op]
                if random.random() < 0.5:
                    py.append(f"a = a {sym} b"); rs.append(f"let a = ops::binop(BinOp::{bop}, &a, &b).unwrap();")
                else:
                    py.append(f"a = b {sym} a"); rs.append(f"let a = ops::binop(BinOp::{bop}, &b, &a).unwrap();")
            elif op in ('union', 'intersection', 'difference', 'symdiff'):
                meth = {'symdiff': 'symmetric_difference'}.get(op, op)
                arg_py, arg_rs = random.choice([(repr(lst), f"Value::list({rlist(lst)})"), ("b", "b.clone()"), (f"dict.fromkeys({lst!r})", f"fromkeys({rlist(lst)})")])
                py.append(f"a = a.{meth}({arg_py})"); rs.append(f"let a = m(&a, \"{meth}\", &[{arg_rs}]);")
            elif op in ('iu', 'du', 'sdu'):
                meth = {'iu': 'intersection_update', 'du': 'difference_update', 'sdu': 'symmetric_difference_update'}[op]
                arg_py, arg_rs = random.choice([(repr(lst), f"Value::list({rlist(lst)})"), ("b", "b.clone()")])
                py.append(f"a.{meth}({arg_py})"); rs.append(f"m(&a, \"{meth}\", &[{arg_rs}]);")
            elif op == 'copy': py.append("a = a.copy()"); rs.append("let a = m(&a, \"copy\", &[]);")
            elif op == 'clear': py.append("a.clear()"); rs.append("m(&a, \"clear\", &[]);")
            elif op == 'frozen': py.append("print(repr(frozenset(a)))"); rs.append("out.push(repr(&mkfrozen(a.clone())));")
            elif op == 'ifrozen': py.append("print(hash(frozenset(a)))"); rs.append("out.push(repr(&hash(&mkfrozen(a.clone()))));")
            elif op == 'remove_all':
                py.append(f"for _x in {lst!r}:\n    a.discard(_x)"); rs.append(f"for x in {rlist(lst)} {{ m(&a, \"discard\", &[x]); }}")
            py.append("print(repr(a))"); rs.append("out.push(repr(&a));")
        return "\n".join(py), rs

    N = 300
    cases = [case() for _ in range(N)]
    chunks = []
    for p, _ in cases:
        res = subprocess.run(["python3", "-c", p], capture_output=True, text=True, env={"PYTHONHASHSEED": "0"})
        assert res.returncode == 0, res.stderr
        chunks.append(res.stdout)
    out = []
    for n, ((p, rs), exp) in enumerate(zip(cases, chunks)):
        lines = exp.rstrip("\n").split("\n")
        body = "\n        ".join(rs)
        pyc = "\n".join("    // " + l for l in p.split("\n"))
        out.append(f"    {{\n{pyc}\n        let mut out: Vec<String> = Vec::new();\n        {body}\n        check(&mut failures, {n}, {json.dumps(p, ensure_ascii=False)}, &out, &{json.dumps(lines, ensure_ascii=False)});\n    }}")
    print("\n".join(out))

open(_TEST, 'w').write(HEAD + _buf.getvalue() + TAIL + '\n' + _OPEN + _GEN + _CLOSE + '\n')
GENERATOR */
