//! Differential tests of numbers against CPython 3.11: the `math` module, `int`/`float`
//! methods, the numeric built-ins (`round`, `int()`/`float()` parsing, `hash`, `divmod`,
//! `pow`, `sum`, `min`/`max`, `hex`/`oct`/`bin`, `chr`/`ord`) and the arithmetic operators.
//! Each case is a call, quoted as Python source, with the `repr` of the result (or
//! `ExcType: message`) that `PYTHONHASHSEED=0 python3` printed for it.

use num_bigint::BigInt;
use rusputyn_runtime::ops::{self, BinOp};
use rusputyn_runtime::types::set::PySet;
use rusputyn_runtime::{PyResult, Value};
use std::rc::Rc;

fn big(s: &str) -> Value {
    rusputyn_runtime::types::int::normalize(s.parse::<BigInt>().unwrap())
}

fn bighex(s: &str) -> Value {
    rusputyn_runtime::types::int::normalize(BigInt::parse_bytes(s.as_bytes(), 16).unwrap())
}

fn frozen(items: Vec<Value>) -> Value {
    Value::FrozenSet(Rc::new(PySet::from_values(items).unwrap()))
}

fn math(name: &str, args: &[Value], kw: &[(&str, Value)]) -> PyResult<Value> {
    let m = rusputyn_runtime::stdlib::import("math")?;
    let f = rusputyn_runtime::types::object::get_attr(&m, name)?;
    rusputyn_runtime::call::call_kw(&f, args, kw)
}

fn builtin(name: &str, args: &[Value], kw: &[(&str, Value)]) -> PyResult<Value> {
    let f = rusputyn_runtime::builtins::load_builtin(name)?;
    rusputyn_runtime::call::call_kw(&f, args, kw)
}

fn method(recv: &Value, name: &str, args: &[Value], kw: &[(&str, Value)]) -> PyResult<Value> {
    rusputyn_runtime::types::object::call_method(recv, name, args, kw)
}

fn op(o: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    ops::binop(o, a, b)
}

fn outcome(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => ops::repr_of(&v).unwrap_or_else(|e| {
            format!(
                "<repr failed: {}>",
                rusputyn_runtime::err::exception_line(&e.value())
            )
        }),
        Err(e) => rusputyn_runtime::err::exception_line(&e.value()),
    }
}

fn c(failures: &mut Vec<String>, src: &str, got: PyResult<Value>, want: &str) {
    let got = outcome(got);
    if got != want {
        failures.push(format!("{src}\n    python3: {want}\n    runtime: {got}"));
    }
}

#[test]
fn numbers_match_cpython() {
    let mut f: Vec<String> = Vec::new();
    c(
        &mut f,
        "math.sqrt(0.0)",
        math("sqrt", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.sqrt(-0.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.sqrt(0.5)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.7071067811865476",
    );
    c(
        &mut f,
        "math.sqrt(-0.5)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(1.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.sqrt(-1.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(2.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.4142135623730951",
    );
    c(
        &mut f,
        "math.sqrt(0.1)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.31622776601683794",
    );
    c(
        &mut f,
        "math.sqrt(1e-10)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-05",
    );
    c(
        &mut f,
        "math.sqrt(1e-300)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-150",
    );
    c(
        &mut f,
        "math.sqrt(5e-324)",
        math("sqrt", &[Value::Float(f64::from_bits(0x1))], &[]),
        "2.2227587494850775e-162",
    );
    c(
        &mut f,
        "math.sqrt(3.5)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.8708286933869707",
    );
    c(
        &mut f,
        "math.sqrt(-2.5)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(10.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "3.1622776601683795",
    );
    c(
        &mut f,
        "math.sqrt(100.5)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "10.024968827881711",
    );
    c(
        &mut f,
        "math.sqrt(1e+16)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "100000000.0",
    );
    c(
        &mut f,
        "math.sqrt(1e+22)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "100000000000.0",
    );
    c(
        &mut f,
        "math.sqrt(1e+300)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1e+150",
    );
    c(
        &mut f,
        "math.sqrt(1.7976931348623157e+308)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.3407807929942596e+154",
    );
    c(
        &mut f,
        "math.sqrt(inf)",
        math("sqrt", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.sqrt(-inf)",
        math("sqrt", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(nan)",
        math("sqrt", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.sqrt(2.675)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.6355427233796125",
    );
    c(
        &mut f,
        "math.sqrt(0.3)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.5477225575051661",
    );
    c(
        &mut f,
        "math.sqrt(709.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "26.627053911388696",
    );
    c(
        &mut f,
        "math.sqrt(710.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "26.645825188948457",
    );
    c(
        &mut f,
        "math.sqrt(-745.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(171.5)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "13.095800853708795",
    );
    c(
        &mut f,
        "math.sqrt(23.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "4.795831523312719",
    );
    c(
        &mut f,
        "math.sqrt(24.0)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "4.898979485566356",
    );
    c(
        &mut f,
        "math.sqrt(-1.5)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(1e-05)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0.0031622776601683794",
    );
    c(
        &mut f,
        "math.sqrt(123456789.125)",
        math(
            "sqrt",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "11111.111066180556",
    );
    c(
        &mut f,
        "math.sqrt(0)",
        math("sqrt", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.sqrt(1)",
        math("sqrt", &[Value::Int(1)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.sqrt(-1)",
        math("sqrt", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(2)",
        math("sqrt", &[Value::Int(2)], &[]),
        "1.4142135623730951",
    );
    c(
        &mut f,
        "math.sqrt(3)",
        math("sqrt", &[Value::Int(3)], &[]),
        "1.7320508075688772",
    );
    c(
        &mut f,
        "math.sqrt(10)",
        math("sqrt", &[Value::Int(10)], &[]),
        "3.1622776601683795",
    );
    c(
        &mut f,
        "math.sqrt(-7)",
        math("sqrt", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sqrt(255)",
        math("sqrt", &[Value::Int(255)], &[]),
        "15.968719422671311",
    );
    c(
        &mut f,
        "math.sqrt(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "sqrt",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "3.273390607896142e+150",
    );
    c(
        &mut f,
        "math.sqrt(-3)",
        math("sqrt", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.exp(0.0)",
        math("exp", &[Value::Float(f64::from_bits(0x0))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.exp(-0.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.exp(0.5)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1.6487212707001282",
    );
    c(
        &mut f,
        "math.exp(-0.5)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0.6065306597126334",
    );
    c(
        &mut f,
        "math.exp(1.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "2.718281828459045",
    );
    c(
        &mut f,
        "math.exp(-1.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "0.36787944117144233",
    );
    c(
        &mut f,
        "math.exp(2.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "7.38905609893065",
    );
    c(
        &mut f,
        "math.exp(0.1)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "1.1051709180756477",
    );
    c(
        &mut f,
        "math.exp(1e-10)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.0000000001",
    );
    c(
        &mut f,
        "math.exp(1e-300)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.exp(5e-324)",
        math("exp", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.exp(3.5)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "33.11545195869231",
    );
    c(
        &mut f,
        "math.exp(-2.5)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "0.0820849986238988",
    );
    c(
        &mut f,
        "math.exp(10.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "22026.465794806718",
    );
    c(
        &mut f,
        "math.exp(100.5)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "4.4319559098458955e+43",
    );
    c(
        &mut f,
        "math.exp(1e+16)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp(1e+22)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp(1e+300)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp(1.7976931348623157e+308)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp(inf)",
        math("exp", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.exp(-inf)",
        math("exp", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.exp(nan)",
        math("exp", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.exp(2.675)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "14.512349839590913",
    );
    c(
        &mut f,
        "math.exp(0.3)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "1.3498588075760032",
    );
    c(
        &mut f,
        "math.exp(709.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "8.218407461554972e+307",
    );
    c(
        &mut f,
        "math.exp(710.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp(-745.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "5e-324",
    );
    c(
        &mut f,
        "math.exp(171.5)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "3.030425741633024e+74",
    );
    c(
        &mut f,
        "math.exp(23.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "9744803446.248903",
    );
    c(
        &mut f,
        "math.exp(24.0)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "26489122129.84347",
    );
    c(
        &mut f,
        "math.exp(-1.5)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "0.22313016014842982",
    );
    c(
        &mut f,
        "math.exp(1e-05)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.00001000005",
    );
    c(
        &mut f,
        "math.exp(123456789.125)",
        math(
            "exp",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp(0)",
        math("exp", &[Value::Int(0)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.exp(1)",
        math("exp", &[Value::Int(1)], &[]),
        "2.718281828459045",
    );
    c(
        &mut f,
        "math.exp(-1)",
        math("exp", &[Value::Int(-1)], &[]),
        "0.36787944117144233",
    );
    c(
        &mut f,
        "math.exp(2)",
        math("exp", &[Value::Int(2)], &[]),
        "7.38905609893065",
    );
    c(
        &mut f,
        "math.exp(3)",
        math("exp", &[Value::Int(3)], &[]),
        "20.085536923187668",
    );
    c(
        &mut f,
        "math.exp(10)",
        math("exp", &[Value::Int(10)], &[]),
        "22026.465794806718",
    );
    c(
        &mut f,
        "math.exp(-7)",
        math("exp", &[Value::Int(-7)], &[]),
        "0.0009118819655545162",
    );
    c(
        &mut f,
        "math.exp(255)",
        math("exp", &[Value::Int(255)], &[]),
        "5.5602316477276757e+110",
    );
    c(
        &mut f,
        "math.exp(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "exp",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp(-3)",
        math("exp", &[Value::Int(-3)], &[]),
        "0.049787068367863944",
    );
    c(
        &mut f,
        "math.exp2(0.0)",
        math("exp2", &[Value::Float(f64::from_bits(0x0))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.exp2(-0.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.exp2(0.5)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1.4142135623730951",
    );
    c(
        &mut f,
        "math.exp2(-0.5)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0.7071067811865476",
    );
    c(
        &mut f,
        "math.exp2(1.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.exp2(-1.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.exp2(2.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "4.0",
    );
    c(
        &mut f,
        "math.exp2(0.1)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "1.0717734625362931",
    );
    c(
        &mut f,
        "math.exp2(1e-10)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.0000000000693148",
    );
    c(
        &mut f,
        "math.exp2(1e-300)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.exp2(5e-324)",
        math("exp2", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.exp2(3.5)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "11.313708498984761",
    );
    c(
        &mut f,
        "math.exp2(-2.5)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "0.1767766952966369",
    );
    c(
        &mut f,
        "math.exp2(10.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "1024.0",
    );
    c(
        &mut f,
        "math.exp2(100.5)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "1.7927286711931566e+30",
    );
    c(
        &mut f,
        "math.exp2(1e+16)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp2(1e+22)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp2(1e+300)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp2(1.7976931348623157e+308)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp2(inf)",
        math("exp2", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.exp2(-inf)",
        math("exp2", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.exp2(nan)",
        math("exp2", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.exp2(2.675)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "6.386387090853199",
    );
    c(
        &mut f,
        "math.exp2(0.3)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "1.2311444133449163",
    );
    c(
        &mut f,
        "math.exp2(709.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "2.6931895815927672e+213",
    );
    c(
        &mut f,
        "math.exp2(710.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "5.386379163185535e+213",
    );
    c(
        &mut f,
        "math.exp2(-745.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "5.403227209783267e-225",
    );
    c(
        &mut f,
        "math.exp2(171.5)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "4.232960894861e+51",
    );
    c(
        &mut f,
        "math.exp2(23.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "8388608.0",
    );
    c(
        &mut f,
        "math.exp2(24.0)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "16777216.0",
    );
    c(
        &mut f,
        "math.exp2(-1.5)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "0.3535533905932738",
    );
    c(
        &mut f,
        "math.exp2(1e-05)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.0000069314958282",
    );
    c(
        &mut f,
        "math.exp2(123456789.125)",
        math(
            "exp2",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp2(0)",
        math("exp2", &[Value::Int(0)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.exp2(1)",
        math("exp2", &[Value::Int(1)], &[]),
        "2.0",
    );
    c(
        &mut f,
        "math.exp2(-1)",
        math("exp2", &[Value::Int(-1)], &[]),
        "0.5",
    );
    c(
        &mut f,
        "math.exp2(2)",
        math("exp2", &[Value::Int(2)], &[]),
        "4.0",
    );
    c(
        &mut f,
        "math.exp2(3)",
        math("exp2", &[Value::Int(3)], &[]),
        "8.0",
    );
    c(
        &mut f,
        "math.exp2(10)",
        math("exp2", &[Value::Int(10)], &[]),
        "1024.0",
    );
    c(
        &mut f,
        "math.exp2(-7)",
        math("exp2", &[Value::Int(-7)], &[]),
        "0.0078125",
    );
    c(
        &mut f,
        "math.exp2(255)",
        math("exp2", &[Value::Int(255)], &[]),
        "5.78960446186581e+76",
    );
    c(
        &mut f,
        "math.exp2(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "exp2",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.exp2(-3)",
        math("exp2", &[Value::Int(-3)], &[]),
        "0.125",
    );
    c(
        &mut f,
        "math.expm1(0.0)",
        math("expm1", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.expm1(-0.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.expm1(0.5)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.6487212707001282",
    );
    c(
        &mut f,
        "math.expm1(-0.5)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.3934693402873666",
    );
    c(
        &mut f,
        "math.expm1(1.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.718281828459045",
    );
    c(
        &mut f,
        "math.expm1(-1.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-0.6321205588285577",
    );
    c(
        &mut f,
        "math.expm1(2.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "6.38905609893065",
    );
    c(
        &mut f,
        "math.expm1(0.1)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.10517091807564763",
    );
    c(
        &mut f,
        "math.expm1(1e-10)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.00000000005e-10",
    );
    c(
        &mut f,
        "math.expm1(1e-300)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.expm1(5e-324)",
        math("expm1", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.expm1(3.5)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "32.11545195869231",
    );
    c(
        &mut f,
        "math.expm1(-2.5)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.9179150013761013",
    );
    c(
        &mut f,
        "math.expm1(10.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "22025.465794806718",
    );
    c(
        &mut f,
        "math.expm1(100.5)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "4.4319559098458955e+43",
    );
    c(
        &mut f,
        "math.expm1(1e+16)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.expm1(1e+22)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.expm1(1e+300)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.expm1(1.7976931348623157e+308)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.expm1(inf)",
        math("expm1", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.expm1(-inf)",
        math("expm1", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-1.0",
    );
    c(
        &mut f,
        "math.expm1(nan)",
        math("expm1", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.expm1(2.675)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "13.512349839590913",
    );
    c(
        &mut f,
        "math.expm1(0.3)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.3498588075760031",
    );
    c(
        &mut f,
        "math.expm1(709.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "8.218407461554972e+307",
    );
    c(
        &mut f,
        "math.expm1(710.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.expm1(-745.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.expm1(171.5)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "3.0304257416330247e+74",
    );
    c(
        &mut f,
        "math.expm1(23.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "9744803445.248903",
    );
    c(
        &mut f,
        "math.expm1(24.0)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "26489122128.84347",
    );
    c(
        &mut f,
        "math.expm1(-1.5)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-0.7768698398515702",
    );
    c(
        &mut f,
        "math.expm1(1e-05)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.0000050000166668e-05",
    );
    c(
        &mut f,
        "math.expm1(123456789.125)",
        math(
            "expm1",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.expm1(0)",
        math("expm1", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.expm1(1)",
        math("expm1", &[Value::Int(1)], &[]),
        "1.718281828459045",
    );
    c(
        &mut f,
        "math.expm1(-1)",
        math("expm1", &[Value::Int(-1)], &[]),
        "-0.6321205588285577",
    );
    c(
        &mut f,
        "math.expm1(2)",
        math("expm1", &[Value::Int(2)], &[]),
        "6.38905609893065",
    );
    c(
        &mut f,
        "math.expm1(3)",
        math("expm1", &[Value::Int(3)], &[]),
        "19.085536923187668",
    );
    c(
        &mut f,
        "math.expm1(10)",
        math("expm1", &[Value::Int(10)], &[]),
        "22025.465794806718",
    );
    c(
        &mut f,
        "math.expm1(-7)",
        math("expm1", &[Value::Int(-7)], &[]),
        "-0.9990881180344455",
    );
    c(
        &mut f,
        "math.expm1(255)",
        math("expm1", &[Value::Int(255)], &[]),
        "5.5602316477276757e+110",
    );
    c(
        &mut f,
        "math.expm1(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "expm1",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.expm1(-3)",
        math("expm1", &[Value::Int(-3)], &[]),
        "-0.950212931632136",
    );
    c(
        &mut f,
        "math.sin(0.0)",
        math("sin", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.sin(-0.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.sin(0.5)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.479425538604203",
    );
    c(
        &mut f,
        "math.sin(-0.5)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.479425538604203",
    );
    c(
        &mut f,
        "math.sin(1.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.8414709848078965",
    );
    c(
        &mut f,
        "math.sin(-1.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-0.8414709848078965",
    );
    c(
        &mut f,
        "math.sin(2.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.9092974268256817",
    );
    c(
        &mut f,
        "math.sin(0.1)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.09983341664682815",
    );
    c(
        &mut f,
        "math.sin(1e-10)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.sin(1e-300)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.sin(5e-324)",
        math("sin", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.sin(3.5)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "-0.35078322768961984",
    );
    c(
        &mut f,
        "math.sin(-2.5)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.5984721441039565",
    );
    c(
        &mut f,
        "math.sin(10.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "-0.5440211108893698",
    );
    c(
        &mut f,
        "math.sin(100.5)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "-0.030959966783271346",
    );
    c(
        &mut f,
        "math.sin(1e+16)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "0.7796880066069788",
    );
    c(
        &mut f,
        "math.sin(1e+22)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "-0.8522008497671888",
    );
    c(
        &mut f,
        "math.sin(1e+300)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "-0.8178819121159085",
    );
    c(
        &mut f,
        "math.sin(1.7976931348623157e+308)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "0.004961954789184062",
    );
    c(
        &mut f,
        "math.sin(inf)",
        math("sin", &[Value::Float(f64::INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sin(-inf)",
        math("sin", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.sin(nan)",
        math("sin", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.sin(2.675)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.44984578024662736",
    );
    c(
        &mut f,
        "math.sin(0.3)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.29552020666133955",
    );
    c(
        &mut f,
        "math.sin(709.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "-0.8414384091513941",
    );
    c(
        &mut f,
        "math.sin(710.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "6.0288706691585265e-05",
    );
    c(
        &mut f,
        "math.sin(-745.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "0.42823715115227945",
    );
    c(
        &mut f,
        "math.sin(171.5)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "0.9601660751415484",
    );
    c(
        &mut f,
        "math.sin(23.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "-0.8462204041751706",
    );
    c(
        &mut f,
        "math.sin(24.0)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "-0.9055783620066239",
    );
    c(
        &mut f,
        "math.sin(-1.5)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-0.9974949866040544",
    );
    c(
        &mut f,
        "math.sin(1e-05)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "9.999999999833334e-06",
    );
    c(
        &mut f,
        "math.sin(123456789.125)",
        math(
            "sin",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "0.9998763854272629",
    );
    c(
        &mut f,
        "math.sin(0)",
        math("sin", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.sin(1)",
        math("sin", &[Value::Int(1)], &[]),
        "0.8414709848078965",
    );
    c(
        &mut f,
        "math.sin(-1)",
        math("sin", &[Value::Int(-1)], &[]),
        "-0.8414709848078965",
    );
    c(
        &mut f,
        "math.sin(2)",
        math("sin", &[Value::Int(2)], &[]),
        "0.9092974268256817",
    );
    c(
        &mut f,
        "math.sin(3)",
        math("sin", &[Value::Int(3)], &[]),
        "0.1411200080598672",
    );
    c(
        &mut f,
        "math.sin(10)",
        math("sin", &[Value::Int(10)], &[]),
        "-0.5440211108893698",
    );
    c(
        &mut f,
        "math.sin(-7)",
        math("sin", &[Value::Int(-7)], &[]),
        "-0.6569865987187891",
    );
    c(
        &mut f,
        "math.sin(255)",
        math("sin", &[Value::Int(255)], &[]),
        "-0.5063916349244909",
    );
    c(
        &mut f,
        "math.sin(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "sin",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "-0.15920170308624243",
    );
    c(
        &mut f,
        "math.sin(-3)",
        math("sin", &[Value::Int(-3)], &[]),
        "-0.1411200080598672",
    );
    c(
        &mut f,
        "math.cos(0.0)",
        math("cos", &[Value::Float(f64::from_bits(0x0))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.cos(-0.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.cos(0.5)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.8775825618903728",
    );
    c(
        &mut f,
        "math.cos(-0.5)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0.8775825618903728",
    );
    c(
        &mut f,
        "math.cos(1.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.5403023058681398",
    );
    c(
        &mut f,
        "math.cos(-1.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "0.5403023058681398",
    );
    c(
        &mut f,
        "math.cos(2.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "-0.4161468365471424",
    );
    c(
        &mut f,
        "math.cos(0.1)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.9950041652780258",
    );
    c(
        &mut f,
        "math.cos(1e-10)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.cos(1e-300)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.cos(5e-324)",
        math("cos", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.cos(3.5)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "-0.9364566872907963",
    );
    c(
        &mut f,
        "math.cos(-2.5)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.8011436155469337",
    );
    c(
        &mut f,
        "math.cos(10.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "-0.8390715290764524",
    );
    c(
        &mut f,
        "math.cos(100.5)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "0.9995206253283515",
    );
    c(
        &mut f,
        "math.cos(1e+16)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "-0.6261681981330862",
    );
    c(
        &mut f,
        "math.cos(1e+22)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "0.523214785395139",
    );
    c(
        &mut f,
        "math.cos(1e+300)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "-0.5753861119575491",
    );
    c(
        &mut f,
        "math.cos(1.7976931348623157e+308)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "-0.9999876894265599",
    );
    c(
        &mut f,
        "math.cos(inf)",
        math("cos", &[Value::Float(f64::INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.cos(-inf)",
        math("cos", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.cos(nan)",
        math("cos", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.cos(2.675)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "-0.8931062501149026",
    );
    c(
        &mut f,
        "math.cos(0.3)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.955336489125606",
    );
    c(
        &mut f,
        "math.cos(709.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "0.5403530360836063",
    );
    c(
        &mut f,
        "math.cos(710.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "0.999999998182636",
    );
    c(
        &mut f,
        "math.cos(-745.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-0.9036663888697973",
    );
    c(
        &mut f,
        "math.cos(171.5)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "-0.2794299700233931",
    );
    c(
        &mut f,
        "math.cos(23.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "-0.5328330203333975",
    );
    c(
        &mut f,
        "math.cos(24.0)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "0.424179007336997",
    );
    c(
        &mut f,
        "math.cos(-1.5)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "0.0707372016677029",
    );
    c(
        &mut f,
        "math.cos(1e-05)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0.99999999995",
    );
    c(
        &mut f,
        "math.cos(123456789.125)",
        math(
            "cos",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "0.01572303612257408",
    );
    c(
        &mut f,
        "math.cos(0)",
        math("cos", &[Value::Int(0)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.cos(1)",
        math("cos", &[Value::Int(1)], &[]),
        "0.5403023058681398",
    );
    c(
        &mut f,
        "math.cos(-1)",
        math("cos", &[Value::Int(-1)], &[]),
        "0.5403023058681398",
    );
    c(
        &mut f,
        "math.cos(2)",
        math("cos", &[Value::Int(2)], &[]),
        "-0.4161468365471424",
    );
    c(
        &mut f,
        "math.cos(3)",
        math("cos", &[Value::Int(3)], &[]),
        "-0.9899924966004454",
    );
    c(
        &mut f,
        "math.cos(10)",
        math("cos", &[Value::Int(10)], &[]),
        "-0.8390715290764524",
    );
    c(
        &mut f,
        "math.cos(-7)",
        math("cos", &[Value::Int(-7)], &[]),
        "0.7539022543433046",
    );
    c(
        &mut f,
        "math.cos(255)",
        math("cos", &[Value::Int(255)], &[]),
        "-0.8623036078310824",
    );
    c(
        &mut f,
        "math.cos(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "cos",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "0.9872460775989135",
    );
    c(
        &mut f,
        "math.cos(-3)",
        math("cos", &[Value::Int(-3)], &[]),
        "-0.9899924966004454",
    );
    c(
        &mut f,
        "math.tan(0.0)",
        math("tan", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.tan(-0.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.tan(0.5)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5463024898437905",
    );
    c(
        &mut f,
        "math.tan(-0.5)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.5463024898437905",
    );
    c(
        &mut f,
        "math.tan(1.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.5574077246549023",
    );
    c(
        &mut f,
        "math.tan(-1.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1.5574077246549023",
    );
    c(
        &mut f,
        "math.tan(2.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "-2.185039863261519",
    );
    c(
        &mut f,
        "math.tan(0.1)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.10033467208545055",
    );
    c(
        &mut f,
        "math.tan(1e-10)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.tan(1e-300)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.tan(5e-324)",
        math("tan", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.tan(3.5)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "0.3745856401585947",
    );
    c(
        &mut f,
        "math.tan(-2.5)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "0.7470222972386603",
    );
    c(
        &mut f,
        "math.tan(10.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "0.6483608274590866",
    );
    c(
        &mut f,
        "math.tan(100.5)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "-0.030974815325197236",
    );
    c(
        &mut f,
        "math.tan(1e+16)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "-1.2451734357184063",
    );
    c(
        &mut f,
        "math.tan(1e+22)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "-1.6287782256068988",
    );
    c(
        &mut f,
        "math.tan(1e+300)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1.4214488238747245",
    );
    c(
        &mut f,
        "math.tan(1.7976931348623157e+308)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "-0.004962015874444895",
    );
    c(
        &mut f,
        "math.tan(inf)",
        math("tan", &[Value::Float(f64::INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.tan(-inf)",
        math("tan", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.tan(nan)",
        math("tan", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.tan(2.675)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "-0.5036867452094893",
    );
    c(
        &mut f,
        "math.tan(0.3)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.30933624960962325",
    );
    c(
        &mut f,
        "math.tan(709.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "-1.5572012239442703",
    );
    c(
        &mut f,
        "math.tan(710.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "6.0288706801151796e-05",
    );
    c(
        &mut f,
        "math.tan(-745.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-0.47388854606827807",
    );
    c(
        &mut f,
        "math.tan(171.5)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "-3.436159961872258",
    );
    c(
        &mut f,
        "math.tan(23.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "1.5881530833912738",
    );
    c(
        &mut f,
        "math.tan(24.0)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "-2.1348966977217008",
    );
    c(
        &mut f,
        "math.tan(-1.5)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-14.101419947171719",
    );
    c(
        &mut f,
        "math.tan(1e-05)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.0000000000333334e-05",
    );
    c(
        &mut f,
        "math.tan(123456789.125)",
        math(
            "tan",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "63.59308581576732",
    );
    c(
        &mut f,
        "math.tan(0)",
        math("tan", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.tan(1)",
        math("tan", &[Value::Int(1)], &[]),
        "1.5574077246549023",
    );
    c(
        &mut f,
        "math.tan(-1)",
        math("tan", &[Value::Int(-1)], &[]),
        "-1.5574077246549023",
    );
    c(
        &mut f,
        "math.tan(2)",
        math("tan", &[Value::Int(2)], &[]),
        "-2.185039863261519",
    );
    c(
        &mut f,
        "math.tan(3)",
        math("tan", &[Value::Int(3)], &[]),
        "-0.1425465430742778",
    );
    c(
        &mut f,
        "math.tan(10)",
        math("tan", &[Value::Int(10)], &[]),
        "0.6483608274590866",
    );
    c(
        &mut f,
        "math.tan(-7)",
        math("tan", &[Value::Int(-7)], &[]),
        "-0.8714479827243188",
    );
    c(
        &mut f,
        "math.tan(255)",
        math("tan", &[Value::Int(255)], &[]),
        "0.5872544546093196",
    );
    c(
        &mut f,
        "math.tan(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "tan",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "-0.16125837995065806",
    );
    c(
        &mut f,
        "math.tan(-3)",
        math("tan", &[Value::Int(-3)], &[]),
        "0.1425465430742778",
    );
    c(
        &mut f,
        "math.asin(0.0)",
        math("asin", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.asin(-0.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.asin(0.5)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5235987755982989",
    );
    c(
        &mut f,
        "math.asin(-0.5)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.5235987755982989",
    );
    c(
        &mut f,
        "math.asin(1.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.asin(-1.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1.5707963267948966",
    );
    c(
        &mut f,
        "math.asin(2.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(0.1)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.1001674211615598",
    );
    c(
        &mut f,
        "math.asin(1e-10)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.asin(1e-300)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.asin(5e-324)",
        math("asin", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.asin(3.5)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(-2.5)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(10.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(100.5)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(1e+16)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(1e+22)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(1e+300)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(1.7976931348623157e+308)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(inf)",
        math("asin", &[Value::Float(f64::INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(-inf)",
        math("asin", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(nan)",
        math("asin", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.asin(2.675)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(0.3)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.3046926540153975",
    );
    c(
        &mut f,
        "math.asin(709.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(710.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(-745.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(171.5)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(23.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(24.0)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(-1.5)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(1e-05)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.0000000000166668e-05",
    );
    c(
        &mut f,
        "math.asin(123456789.125)",
        math(
            "asin",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(0)",
        math("asin", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.asin(1)",
        math("asin", &[Value::Int(1)], &[]),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.asin(-1)",
        math("asin", &[Value::Int(-1)], &[]),
        "-1.5707963267948966",
    );
    c(
        &mut f,
        "math.asin(2)",
        math("asin", &[Value::Int(2)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(3)",
        math("asin", &[Value::Int(3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(10)",
        math("asin", &[Value::Int(10)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(-7)",
        math("asin", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(255)",
        math("asin", &[Value::Int(255)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "asin",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.asin(-3)",
        math("asin", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(0.0)",
        math("acos", &[Value::Float(f64::from_bits(0x0))], &[]),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.acos(-0.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.acos(0.5)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1.0471975511965979",
    );
    c(
        &mut f,
        "math.acos(-0.5)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "2.0943951023931957",
    );
    c(
        &mut f,
        "math.acos(1.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.acos(-1.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "3.141592653589793",
    );
    c(
        &mut f,
        "math.acos(2.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(0.1)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "1.4706289056333368",
    );
    c(
        &mut f,
        "math.acos(1e-10)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.5707963266948965",
    );
    c(
        &mut f,
        "math.acos(1e-300)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.acos(5e-324)",
        math("acos", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.acos(3.5)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(-2.5)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(10.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(100.5)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(1e+16)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(1e+22)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(1e+300)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(1.7976931348623157e+308)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(inf)",
        math("acos", &[Value::Float(f64::INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(-inf)",
        math("acos", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(nan)",
        math("acos", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.acos(2.675)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(0.3)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "1.2661036727794992",
    );
    c(
        &mut f,
        "math.acos(709.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(710.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(-745.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(171.5)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(23.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(24.0)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(-1.5)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(1e-05)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.5707863267948965",
    );
    c(
        &mut f,
        "math.acos(123456789.125)",
        math(
            "acos",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(0)",
        math("acos", &[Value::Int(0)], &[]),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.acos(1)",
        math("acos", &[Value::Int(1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.acos(-1)",
        math("acos", &[Value::Int(-1)], &[]),
        "3.141592653589793",
    );
    c(
        &mut f,
        "math.acos(2)",
        math("acos", &[Value::Int(2)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(3)",
        math("acos", &[Value::Int(3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(10)",
        math("acos", &[Value::Int(10)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(-7)",
        math("acos", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(255)",
        math("acos", &[Value::Int(255)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "acos",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acos(-3)",
        math("acos", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atan(0.0)",
        math("atan", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.atan(-0.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.atan(0.5)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.4636476090008061",
    );
    c(
        &mut f,
        "math.atan(-0.5)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.4636476090008061",
    );
    c(
        &mut f,
        "math.atan(1.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.7853981633974483",
    );
    c(
        &mut f,
        "math.atan(-1.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-0.7853981633974483",
    );
    c(
        &mut f,
        "math.atan(2.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.1071487177940904",
    );
    c(
        &mut f,
        "math.atan(0.1)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.09966865249116204",
    );
    c(
        &mut f,
        "math.atan(1e-10)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.atan(1e-300)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.atan(5e-324)",
        math("atan", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.atan(3.5)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.2924966677897853",
    );
    c(
        &mut f,
        "math.atan(-2.5)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-1.1902899496825317",
    );
    c(
        &mut f,
        "math.atan(10.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "1.4711276743037347",
    );
    c(
        &mut f,
        "math.atan(100.5)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "1.5608464064020915",
    );
    c(
        &mut f,
        "math.atan(1e+16)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan(1e+22)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan(1e+300)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan(1.7976931348623157e+308)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan(inf)",
        math("atan", &[Value::Float(f64::INFINITY)], &[]),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan(-inf)",
        math("atan", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan(nan)",
        math("atan", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.atan(2.675)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.213050246329726",
    );
    c(
        &mut f,
        "math.atan(0.3)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.2914567944778671",
    );
    c(
        &mut f,
        "math.atan(709.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "1.569385890494629",
    );
    c(
        &mut f,
        "math.atan(710.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "1.5693878770220004",
    );
    c(
        &mut f,
        "math.atan(-745.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-1.56945404572184",
    );
    c(
        &mut f,
        "math.atan(171.5)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "1.564965489085947",
    );
    c(
        &mut f,
        "math.atan(23.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "1.5273454314033659",
    );
    c(
        &mut f,
        "math.atan(24.0)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "1.5291537476963082",
    );
    c(
        &mut f,
        "math.atan(-1.5)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-0.982793723247329",
    );
    c(
        &mut f,
        "math.atan(1e-05)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "9.999999999666668e-06",
    );
    c(
        &mut f,
        "math.atan(123456789.125)",
        math(
            "atan",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "1.5707963186948966",
    );
    c(
        &mut f,
        "math.atan(0)",
        math("atan", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.atan(1)",
        math("atan", &[Value::Int(1)], &[]),
        "0.7853981633974483",
    );
    c(
        &mut f,
        "math.atan(-1)",
        math("atan", &[Value::Int(-1)], &[]),
        "-0.7853981633974483",
    );
    c(
        &mut f,
        "math.atan(2)",
        math("atan", &[Value::Int(2)], &[]),
        "1.1071487177940904",
    );
    c(
        &mut f,
        "math.atan(3)",
        math("atan", &[Value::Int(3)], &[]),
        "1.2490457723982544",
    );
    c(
        &mut f,
        "math.atan(10)",
        math("atan", &[Value::Int(10)], &[]),
        "1.4711276743037347",
    );
    c(
        &mut f,
        "math.atan(-7)",
        math("atan", &[Value::Int(-7)], &[]),
        "-1.4288992721907328",
    );
    c(
        &mut f,
        "math.atan(255)",
        math("atan", &[Value::Int(255)], &[]),
        "1.5668747782701367",
    );
    c(
        &mut f,
        "math.atan(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "atan",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan(-3)",
        math("atan", &[Value::Int(-3)], &[]),
        "-1.2490457723982544",
    );
    c(
        &mut f,
        "math.sinh(0.0)",
        math("sinh", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.sinh(-0.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.sinh(0.5)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5210953054937474",
    );
    c(
        &mut f,
        "math.sinh(-0.5)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.5210953054937474",
    );
    c(
        &mut f,
        "math.sinh(1.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.1752011936438014",
    );
    c(
        &mut f,
        "math.sinh(-1.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1.1752011936438014",
    );
    c(
        &mut f,
        "math.sinh(2.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "3.626860407847019",
    );
    c(
        &mut f,
        "math.sinh(0.1)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.10016675001984403",
    );
    c(
        &mut f,
        "math.sinh(1e-10)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.sinh(1e-300)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.sinh(5e-324)",
        math("sinh", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.sinh(3.5)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "16.542627287634996",
    );
    c(
        &mut f,
        "math.sinh(-2.5)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-6.0502044810397875",
    );
    c(
        &mut f,
        "math.sinh(10.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "11013.232874703393",
    );
    c(
        &mut f,
        "math.sinh(100.5)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "2.2159779549229477e+43",
    );
    c(
        &mut f,
        "math.sinh(1e+16)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.sinh(1e+22)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.sinh(1e+300)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.sinh(1.7976931348623157e+308)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.sinh(inf)",
        math("sinh", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.sinh(-inf)",
        math("sinh", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-inf",
    );
    c(
        &mut f,
        "math.sinh(nan)",
        math("sinh", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.sinh(2.675)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "7.221721505598125",
    );
    c(
        &mut f,
        "math.sinh(0.3)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.3045202934471426",
    );
    c(
        &mut f,
        "math.sinh(709.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "4.109203730777486e+307",
    );
    c(
        &mut f,
        "math.sinh(710.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "1.1169973830808557e+308",
    );
    c(
        &mut f,
        "math.sinh(-745.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.sinh(171.5)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "1.515212870816512e+74",
    );
    c(
        &mut f,
        "math.sinh(23.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "4872401723.124452",
    );
    c(
        &mut f,
        "math.sinh(24.0)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "13244561064.921736",
    );
    c(
        &mut f,
        "math.sinh(-1.5)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-2.1292794550948173",
    );
    c(
        &mut f,
        "math.sinh(1e-05)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.0000000000166668e-05",
    );
    c(
        &mut f,
        "math.sinh(123456789.125)",
        math(
            "sinh",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.sinh(0)",
        math("sinh", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.sinh(1)",
        math("sinh", &[Value::Int(1)], &[]),
        "1.1752011936438014",
    );
    c(
        &mut f,
        "math.sinh(-1)",
        math("sinh", &[Value::Int(-1)], &[]),
        "-1.1752011936438014",
    );
    c(
        &mut f,
        "math.sinh(2)",
        math("sinh", &[Value::Int(2)], &[]),
        "3.626860407847019",
    );
    c(
        &mut f,
        "math.sinh(3)",
        math("sinh", &[Value::Int(3)], &[]),
        "10.017874927409903",
    );
    c(
        &mut f,
        "math.sinh(10)",
        math("sinh", &[Value::Int(10)], &[]),
        "11013.232874703393",
    );
    c(
        &mut f,
        "math.sinh(-7)",
        math("sinh", &[Value::Int(-7)], &[]),
        "-548.3161232732465",
    );
    c(
        &mut f,
        "math.sinh(255)",
        math("sinh", &[Value::Int(255)], &[]),
        "2.7801158238638378e+110",
    );
    c(
        &mut f,
        "math.sinh(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "sinh",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.sinh(-3)",
        math("sinh", &[Value::Int(-3)], &[]),
        "-10.017874927409903",
    );
    c(
        &mut f,
        "math.cosh(0.0)",
        math("cosh", &[Value::Float(f64::from_bits(0x0))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.cosh(-0.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.cosh(0.5)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1.1276259652063807",
    );
    c(
        &mut f,
        "math.cosh(-0.5)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "1.1276259652063807",
    );
    c(
        &mut f,
        "math.cosh(1.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.5430806348152437",
    );
    c(
        &mut f,
        "math.cosh(-1.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "1.5430806348152437",
    );
    c(
        &mut f,
        "math.cosh(2.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "3.7621956910836314",
    );
    c(
        &mut f,
        "math.cosh(0.1)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "1.0050041680558035",
    );
    c(
        &mut f,
        "math.cosh(1e-10)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.cosh(1e-300)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.cosh(5e-324)",
        math("cosh", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.cosh(3.5)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "16.572824671057315",
    );
    c(
        &mut f,
        "math.cosh(-2.5)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "6.132289479663686",
    );
    c(
        &mut f,
        "math.cosh(10.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "11013.232920103324",
    );
    c(
        &mut f,
        "math.cosh(100.5)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "2.2159779549229477e+43",
    );
    c(
        &mut f,
        "math.cosh(1e+16)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.cosh(1e+22)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.cosh(1e+300)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.cosh(1.7976931348623157e+308)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.cosh(inf)",
        math("cosh", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.cosh(-inf)",
        math("cosh", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.cosh(nan)",
        math("cosh", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.cosh(2.675)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "7.290628333992788",
    );
    c(
        &mut f,
        "math.cosh(0.3)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "1.0453385141288605",
    );
    c(
        &mut f,
        "math.cosh(709.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "4.109203730777486e+307",
    );
    c(
        &mut f,
        "math.cosh(710.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "1.1169973830808557e+308",
    );
    c(
        &mut f,
        "math.cosh(-745.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.cosh(171.5)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "1.515212870816512e+74",
    );
    c(
        &mut f,
        "math.cosh(23.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "4872401723.124452",
    );
    c(
        &mut f,
        "math.cosh(24.0)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "13244561064.921736",
    );
    c(
        &mut f,
        "math.cosh(-1.5)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "2.352409615243247",
    );
    c(
        &mut f,
        "math.cosh(1e-05)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.00000000005",
    );
    c(
        &mut f,
        "math.cosh(123456789.125)",
        math(
            "cosh",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.cosh(0)",
        math("cosh", &[Value::Int(0)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.cosh(1)",
        math("cosh", &[Value::Int(1)], &[]),
        "1.5430806348152437",
    );
    c(
        &mut f,
        "math.cosh(-1)",
        math("cosh", &[Value::Int(-1)], &[]),
        "1.5430806348152437",
    );
    c(
        &mut f,
        "math.cosh(2)",
        math("cosh", &[Value::Int(2)], &[]),
        "3.7621956910836314",
    );
    c(
        &mut f,
        "math.cosh(3)",
        math("cosh", &[Value::Int(3)], &[]),
        "10.067661995777765",
    );
    c(
        &mut f,
        "math.cosh(10)",
        math("cosh", &[Value::Int(10)], &[]),
        "11013.232920103324",
    );
    c(
        &mut f,
        "math.cosh(-7)",
        math("cosh", &[Value::Int(-7)], &[]),
        "548.317035155212",
    );
    c(
        &mut f,
        "math.cosh(255)",
        math("cosh", &[Value::Int(255)], &[]),
        "2.7801158238638378e+110",
    );
    c(
        &mut f,
        "math.cosh(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "cosh",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.cosh(-3)",
        math("cosh", &[Value::Int(-3)], &[]),
        "10.067661995777765",
    );
    c(
        &mut f,
        "math.tanh(0.0)",
        math("tanh", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.tanh(-0.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.tanh(0.5)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.46211715726000974",
    );
    c(
        &mut f,
        "math.tanh(-0.5)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.46211715726000974",
    );
    c(
        &mut f,
        "math.tanh(1.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.7615941559557649",
    );
    c(
        &mut f,
        "math.tanh(-1.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-0.7615941559557649",
    );
    c(
        &mut f,
        "math.tanh(2.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.9640275800758169",
    );
    c(
        &mut f,
        "math.tanh(0.1)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.09966799462495582",
    );
    c(
        &mut f,
        "math.tanh(1e-10)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.tanh(1e-300)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.tanh(5e-324)",
        math("tanh", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.tanh(3.5)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "0.9981778976111987",
    );
    c(
        &mut f,
        "math.tanh(-2.5)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.9866142981514303",
    );
    c(
        &mut f,
        "math.tanh(10.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "0.9999999958776927",
    );
    c(
        &mut f,
        "math.tanh(100.5)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(1e+16)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(1e+22)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(1e+300)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(1.7976931348623157e+308)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(inf)",
        math("tanh", &[Value::Float(f64::INFINITY)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(-inf)",
        math("tanh", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-1.0",
    );
    c(
        &mut f,
        "math.tanh(nan)",
        math("tanh", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.tanh(2.675)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.9905485747952091",
    );
    c(
        &mut f,
        "math.tanh(0.3)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.2913126124515909",
    );
    c(
        &mut f,
        "math.tanh(709.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(710.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(-745.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.tanh(171.5)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(23.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(24.0)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(-1.5)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-0.9051482536448664",
    );
    c(
        &mut f,
        "math.tanh(1e-05)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "9.999999999666668e-06",
    );
    c(
        &mut f,
        "math.tanh(123456789.125)",
        math(
            "tanh",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(0)",
        math("tanh", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.tanh(1)",
        math("tanh", &[Value::Int(1)], &[]),
        "0.7615941559557649",
    );
    c(
        &mut f,
        "math.tanh(-1)",
        math("tanh", &[Value::Int(-1)], &[]),
        "-0.7615941559557649",
    );
    c(
        &mut f,
        "math.tanh(2)",
        math("tanh", &[Value::Int(2)], &[]),
        "0.9640275800758169",
    );
    c(
        &mut f,
        "math.tanh(3)",
        math("tanh", &[Value::Int(3)], &[]),
        "0.9950547536867305",
    );
    c(
        &mut f,
        "math.tanh(10)",
        math("tanh", &[Value::Int(10)], &[]),
        "0.9999999958776927",
    );
    c(
        &mut f,
        "math.tanh(-7)",
        math("tanh", &[Value::Int(-7)], &[]),
        "-0.9999983369439447",
    );
    c(
        &mut f,
        "math.tanh(255)",
        math("tanh", &[Value::Int(255)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "tanh",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.tanh(-3)",
        math("tanh", &[Value::Int(-3)], &[]),
        "-0.9950547536867305",
    );
    c(
        &mut f,
        "math.asinh(0.0)",
        math("asinh", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.asinh(-0.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.asinh(0.5)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.48121182505960347",
    );
    c(
        &mut f,
        "math.asinh(-0.5)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.48121182505960347",
    );
    c(
        &mut f,
        "math.asinh(1.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.881373587019543",
    );
    c(
        &mut f,
        "math.asinh(-1.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-0.881373587019543",
    );
    c(
        &mut f,
        "math.asinh(2.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.4436354751788103",
    );
    c(
        &mut f,
        "math.asinh(0.1)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.09983407889920758",
    );
    c(
        &mut f,
        "math.asinh(1e-10)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.asinh(1e-300)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.asinh(5e-324)",
        math("asinh", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.asinh(3.5)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.9657204716496515",
    );
    c(
        &mut f,
        "math.asinh(-2.5)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-1.6472311463710958",
    );
    c(
        &mut f,
        "math.asinh(10.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "2.99822295029797",
    );
    c(
        &mut f,
        "math.asinh(100.5)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "5.3033296590027215",
    );
    c(
        &mut f,
        "math.asinh(1e+16)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "37.53450866846468",
    );
    c(
        &mut f,
        "math.asinh(1e+22)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "51.350019226428955",
    );
    c(
        &mut f,
        "math.asinh(1e+300)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "691.4686750787736",
    );
    c(
        &mut f,
        "math.asinh(1.7976931348623157e+308)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "710.4758600739439",
    );
    c(
        &mut f,
        "math.asinh(inf)",
        math("asinh", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.asinh(-inf)",
        math("asinh", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-inf",
    );
    c(
        &mut f,
        "math.asinh(nan)",
        math("asinh", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.asinh(2.675)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.7103334632589782",
    );
    c(
        &mut f,
        "math.asinh(0.3)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.29567304756342244",
    );
    c(
        &mut f,
        "math.asinh(709.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "7.257003204425001",
    );
    c(
        &mut f,
        "math.asinh(710.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "7.258412646528284",
    );
    c(
        &mut f,
        "math.asinh(-745.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-7.306531849369361",
    );
    c(
        &mut f,
        "math.asinh(171.5)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "5.837738946917323",
    );
    c(
        &mut f,
        "math.asinh(23.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "3.8291136516208812",
    );
    c(
        &mut f,
        "math.asinh(24.0)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "3.8716347563877314",
    );
    c(
        &mut f,
        "math.asinh(-1.5)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-1.1947632172871094",
    );
    c(
        &mut f,
        "math.asinh(1e-05)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "9.999999999833334e-06",
    );
    c(
        &mut f,
        "math.asinh(123456789.125)",
        math(
            "asinh",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "19.324548947740464",
    );
    c(
        &mut f,
        "math.asinh(0)",
        math("asinh", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.asinh(1)",
        math("asinh", &[Value::Int(1)], &[]),
        "0.881373587019543",
    );
    c(
        &mut f,
        "math.asinh(-1)",
        math("asinh", &[Value::Int(-1)], &[]),
        "-0.881373587019543",
    );
    c(
        &mut f,
        "math.asinh(2)",
        math("asinh", &[Value::Int(2)], &[]),
        "1.4436354751788103",
    );
    c(
        &mut f,
        "math.asinh(3)",
        math("asinh", &[Value::Int(3)], &[]),
        "1.8184464592320668",
    );
    c(
        &mut f,
        "math.asinh(10)",
        math("asinh", &[Value::Int(10)], &[]),
        "2.99822295029797",
    );
    c(
        &mut f,
        "math.asinh(-7)",
        math("asinh", &[Value::Int(-7)], &[]),
        "-2.644120761058629",
    );
    c(
        &mut f,
        "math.asinh(255)",
        math("asinh", &[Value::Int(255)], &[]),
        "6.2344145703713245",
    );
    c(
        &mut f,
        "math.asinh(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "asinh",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "693.8403277405052",
    );
    c(
        &mut f,
        "math.asinh(-3)",
        math("asinh", &[Value::Int(-3)], &[]),
        "-1.8184464592320668",
    );
    c(
        &mut f,
        "math.acosh(0.0)",
        math("acosh", &[Value::Float(f64::from_bits(0x0))], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(-0.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(0.5)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(-0.5)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(1.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.acosh(-1.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(2.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.3169578969248166",
    );
    c(
        &mut f,
        "math.acosh(0.1)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(1e-10)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(1e-300)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(5e-324)",
        math("acosh", &[Value::Float(f64::from_bits(0x1))], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(3.5)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.9248473002384139",
    );
    c(
        &mut f,
        "math.acosh(-2.5)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(10.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "2.993222846126381",
    );
    c(
        &mut f,
        "math.acosh(100.5)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "5.3032801552774655",
    );
    c(
        &mut f,
        "math.acosh(1e+16)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "37.53450866846468",
    );
    c(
        &mut f,
        "math.acosh(1e+22)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "51.350019226428955",
    );
    c(
        &mut f,
        "math.acosh(1e+300)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "691.4686750787736",
    );
    c(
        &mut f,
        "math.acosh(1.7976931348623157e+308)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "710.4758600739439",
    );
    c(
        &mut f,
        "math.acosh(inf)",
        math("acosh", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.acosh(-inf)",
        math("acosh", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(nan)",
        math("acosh", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.acosh(2.675)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.6401714038333648",
    );
    c(
        &mut f,
        "math.acosh(0.3)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(709.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "7.257002209758403",
    );
    c(
        &mut f,
        "math.acosh(710.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "7.258411654661591",
    );
    c(
        &mut f,
        "math.acosh(-745.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(171.5)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "5.837721947197815",
    );
    c(
        &mut f,
        "math.acosh(23.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "3.8281684713331012",
    );
    c(
        &mut f,
        "math.acosh(24.0)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "3.870766700287094",
    );
    c(
        &mut f,
        "math.acosh(-1.5)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(1e-05)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(123456789.125)",
        math(
            "acosh",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "19.324548947740464",
    );
    c(
        &mut f,
        "math.acosh(0)",
        math("acosh", &[Value::Int(0)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(1)",
        math("acosh", &[Value::Int(1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.acosh(-1)",
        math("acosh", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(2)",
        math("acosh", &[Value::Int(2)], &[]),
        "1.3169578969248166",
    );
    c(
        &mut f,
        "math.acosh(3)",
        math("acosh", &[Value::Int(3)], &[]),
        "1.762747174039086",
    );
    c(
        &mut f,
        "math.acosh(10)",
        math("acosh", &[Value::Int(10)], &[]),
        "2.993222846126381",
    );
    c(
        &mut f,
        "math.acosh(-7)",
        math("acosh", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.acosh(255)",
        math("acosh", &[Value::Int(255)], &[]),
        "6.234406881021074",
    );
    c(
        &mut f,
        "math.acosh(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "acosh",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "693.8403277405052",
    );
    c(
        &mut f,
        "math.acosh(-3)",
        math("acosh", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(0.0)",
        math("atanh", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.atanh(-0.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.atanh(0.5)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5493061443340548",
    );
    c(
        &mut f,
        "math.atanh(-0.5)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.5493061443340548",
    );
    c(
        &mut f,
        "math.atanh(1.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-1.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(2.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(0.1)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.10033534773107558",
    );
    c(
        &mut f,
        "math.atanh(1e-10)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.atanh(1e-300)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.atanh(5e-324)",
        math("atanh", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.atanh(3.5)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-2.5)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(10.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(100.5)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(1e+16)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(1e+22)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(1e+300)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(1.7976931348623157e+308)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(inf)",
        math("atanh", &[Value::Float(f64::INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-inf)",
        math("atanh", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(nan)",
        math("atanh", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.atanh(2.675)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(0.3)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.30951960420311175",
    );
    c(
        &mut f,
        "math.atanh(709.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(710.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-745.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(171.5)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(23.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(24.0)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-1.5)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(1e-05)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.0000000000333335e-05",
    );
    c(
        &mut f,
        "math.atanh(123456789.125)",
        math(
            "atanh",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(0)",
        math("atanh", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.atanh(1)",
        math("atanh", &[Value::Int(1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-1)",
        math("atanh", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(2)",
        math("atanh", &[Value::Int(2)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(3)",
        math("atanh", &[Value::Int(3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(10)",
        math("atanh", &[Value::Int(10)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-7)",
        math("atanh", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(255)",
        math("atanh", &[Value::Int(255)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "atanh",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.atanh(-3)",
        math("atanh", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fabs(0.0)",
        math("fabs", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.fabs(-0.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.fabs(0.5)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.fabs(-0.5)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.fabs(1.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.fabs(-1.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.fabs(2.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.fabs(0.1)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "math.fabs(1e-10)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.fabs(1e-300)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.fabs(5e-324)",
        math("fabs", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.fabs(3.5)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "math.fabs(-2.5)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "2.5",
    );
    c(
        &mut f,
        "math.fabs(10.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "math.fabs(100.5)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "math.fabs(1e+16)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "math.fabs(1e+22)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "math.fabs(1e+300)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "math.fabs(1.7976931348623157e+308)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.fabs(inf)",
        math("fabs", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.fabs(-inf)",
        math("fabs", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.fabs(nan)",
        math("fabs", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.fabs(2.675)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "math.fabs(0.3)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "math.fabs(709.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "math.fabs(710.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "math.fabs(-745.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "745.0",
    );
    c(
        &mut f,
        "math.fabs(171.5)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "math.fabs(23.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "math.fabs(24.0)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "math.fabs(-1.5)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "1.5",
    );
    c(
        &mut f,
        "math.fabs(1e-05)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1e-05",
    );
    c(
        &mut f,
        "math.fabs(123456789.125)",
        math(
            "fabs",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "math.fabs(0)",
        math("fabs", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.fabs(1)",
        math("fabs", &[Value::Int(1)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.fabs(-1)",
        math("fabs", &[Value::Int(-1)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.fabs(2)",
        math("fabs", &[Value::Int(2)], &[]),
        "2.0",
    );
    c(
        &mut f,
        "math.fabs(3)",
        math("fabs", &[Value::Int(3)], &[]),
        "3.0",
    );
    c(
        &mut f,
        "math.fabs(10)",
        math("fabs", &[Value::Int(10)], &[]),
        "10.0",
    );
    c(
        &mut f,
        "math.fabs(-7)",
        math("fabs", &[Value::Int(-7)], &[]),
        "7.0",
    );
    c(
        &mut f,
        "math.fabs(255)",
        math("fabs", &[Value::Int(255)], &[]),
        "255.0",
    );
    c(
        &mut f,
        "math.fabs(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "fabs",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "1.0715086071862673e+301",
    );
    c(
        &mut f,
        "math.fabs(-3)",
        math("fabs", &[Value::Int(-3)], &[]),
        "3.0",
    );
    c(
        &mut f,
        "math.cbrt(0.0)",
        math("cbrt", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.cbrt(-0.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.cbrt(0.5)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.7937005259840998",
    );
    c(
        &mut f,
        "math.cbrt(-0.5)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.7937005259840998",
    );
    c(
        &mut f,
        "math.cbrt(1.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.cbrt(-1.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.cbrt(2.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.2599210498948734",
    );
    c(
        &mut f,
        "math.cbrt(0.1)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.46415888336127786",
    );
    c(
        &mut f,
        "math.cbrt(1e-10)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "0.0004641588833612778",
    );
    c(
        &mut f,
        "math.cbrt(1e-300)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-100",
    );
    c(
        &mut f,
        "math.cbrt(5e-324)",
        math("cbrt", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1.7031839360032601e-108",
    );
    c(
        &mut f,
        "math.cbrt(3.5)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.5182944859378316",
    );
    c(
        &mut f,
        "math.cbrt(-2.5)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-1.3572088082974532",
    );
    c(
        &mut f,
        "math.cbrt(10.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "2.1544346900318834",
    );
    c(
        &mut f,
        "math.cbrt(100.5)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "4.649311957395599",
    );
    c(
        &mut f,
        "math.cbrt(1e+16)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "215443.46900318837",
    );
    c(
        &mut f,
        "math.cbrt(1e+22)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "21544346.900318835",
    );
    c(
        &mut f,
        "math.cbrt(1e+300)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1e+100",
    );
    c(
        &mut f,
        "math.cbrt(1.7976931348623157e+308)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "5.643803094122362e+102",
    );
    c(
        &mut f,
        "math.cbrt(inf)",
        math("cbrt", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.cbrt(-inf)",
        math("cbrt", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-inf",
    );
    c(
        &mut f,
        "math.cbrt(nan)",
        math("cbrt", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.cbrt(2.675)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.388165549272781",
    );
    c(
        &mut f,
        "math.cbrt(0.3)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.6694329500821694",
    );
    c(
        &mut f,
        "math.cbrt(709.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "8.916931116660718",
    );
    c(
        &mut f,
        "math.cbrt(710.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "8.921121404456347",
    );
    c(
        &mut f,
        "math.cbrt(-745.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-9.065367701259413",
    );
    c(
        &mut f,
        "math.cbrt(171.5)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "5.555903681888698",
    );
    c(
        &mut f,
        "math.cbrt(23.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "2.843866979851566",
    );
    c(
        &mut f,
        "math.cbrt(24.0)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "2.8844991406148166",
    );
    c(
        &mut f,
        "math.cbrt(-1.5)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-1.1447142425533317",
    );
    c(
        &mut f,
        "math.cbrt(1e-05)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0.021544346900318832",
    );
    c(
        &mut f,
        "math.cbrt(123456789.125)",
        math(
            "cbrt",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "497.9338593862272",
    );
    c(
        &mut f,
        "math.cbrt(0)",
        math("cbrt", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.cbrt(1)",
        math("cbrt", &[Value::Int(1)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.cbrt(-1)",
        math("cbrt", &[Value::Int(-1)], &[]),
        "-1.0",
    );
    c(
        &mut f,
        "math.cbrt(2)",
        math("cbrt", &[Value::Int(2)], &[]),
        "1.2599210498948734",
    );
    c(
        &mut f,
        "math.cbrt(3)",
        math("cbrt", &[Value::Int(3)], &[]),
        "1.4422495703074083",
    );
    c(
        &mut f,
        "math.cbrt(10)",
        math("cbrt", &[Value::Int(10)], &[]),
        "2.1544346900318834",
    );
    c(
        &mut f,
        "math.cbrt(-7)",
        math("cbrt", &[Value::Int(-7)], &[]),
        "-1.9129311827723894",
    );
    c(
        &mut f,
        "math.cbrt(255)",
        math("cbrt", &[Value::Int(255)], &[]),
        "6.341325705384998",
    );
    c(
        &mut f,
        "math.cbrt(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "cbrt",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "2.204610583641548e+100",
    );
    c(
        &mut f,
        "math.cbrt(-3)",
        math("cbrt", &[Value::Int(-3)], &[]),
        "-1.4422495703074083",
    );
    c(
        &mut f,
        "math.erf(0.0)",
        math("erf", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.erf(-0.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.erf(0.5)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5204998778130465",
    );
    c(
        &mut f,
        "math.erf(-0.5)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.5204998778130465",
    );
    c(
        &mut f,
        "math.erf(1.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.8427007929497149",
    );
    c(
        &mut f,
        "math.erf(-1.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-0.8427007929497149",
    );
    c(
        &mut f,
        "math.erf(2.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.9953222650189527",
    );
    c(
        &mut f,
        "math.erf(0.1)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.1124629160182849",
    );
    c(
        &mut f,
        "math.erf(1e-10)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.1283791670955126e-10",
    );
    c(
        &mut f,
        "math.erf(1e-300)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.1283791670955126e-300",
    );
    c(
        &mut f,
        "math.erf(5e-324)",
        math("erf", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.erf(3.5)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "0.9999992569016276",
    );
    c(
        &mut f,
        "math.erf(-2.5)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.999593047982555",
    );
    c(
        &mut f,
        "math.erf(10.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(100.5)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(1e+16)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(1e+22)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(1e+300)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(1.7976931348623157e+308)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(inf)",
        math("erf", &[Value::Float(f64::INFINITY)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(-inf)",
        math("erf", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-1.0",
    );
    c(
        &mut f,
        "math.erf(nan)",
        math("erf", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.erf(2.675)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.9998450638371066",
    );
    c(
        &mut f,
        "math.erf(0.3)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.3286267594591274",
    );
    c(
        &mut f,
        "math.erf(709.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(710.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(-745.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.erf(171.5)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(23.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(24.0)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(-1.5)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-0.9661051464753108",
    );
    c(
        &mut f,
        "math.erf(1e-05)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.1283791670579e-05",
    );
    c(
        &mut f,
        "math.erf(123456789.125)",
        math(
            "erf",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(0)",
        math("erf", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.erf(1)",
        math("erf", &[Value::Int(1)], &[]),
        "0.8427007929497149",
    );
    c(
        &mut f,
        "math.erf(-1)",
        math("erf", &[Value::Int(-1)], &[]),
        "-0.8427007929497149",
    );
    c(
        &mut f,
        "math.erf(2)",
        math("erf", &[Value::Int(2)], &[]),
        "0.9953222650189527",
    );
    c(
        &mut f,
        "math.erf(3)",
        math("erf", &[Value::Int(3)], &[]),
        "0.9999779095030014",
    );
    c(
        &mut f,
        "math.erf(10)",
        math("erf", &[Value::Int(10)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(-7)",
        math("erf", &[Value::Int(-7)], &[]),
        "-1.0",
    );
    c(
        &mut f,
        "math.erf(255)",
        math("erf", &[Value::Int(255)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "erf",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erf(-3)",
        math("erf", &[Value::Int(-3)], &[]),
        "-0.9999779095030014",
    );
    c(
        &mut f,
        "math.erfc(0.0)",
        math("erfc", &[Value::Float(f64::from_bits(0x0))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.erfc(-0.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erfc(0.5)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.4795001221869535",
    );
    c(
        &mut f,
        "math.erfc(-0.5)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "1.5204998778130465",
    );
    c(
        &mut f,
        "math.erfc(1.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.15729920705028513",
    );
    c(
        &mut f,
        "math.erfc(-1.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "1.842700792949715",
    );
    c(
        &mut f,
        "math.erfc(2.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.004677734981047265",
    );
    c(
        &mut f,
        "math.erfc(0.1)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.8875370839817152",
    );
    c(
        &mut f,
        "math.erfc(1e-10)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "0.999999999887162",
    );
    c(
        &mut f,
        "math.erfc(1e-300)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.erfc(5e-324)",
        math("erfc", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.erfc(3.5)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "7.430983723414128e-07",
    );
    c(
        &mut f,
        "math.erfc(-2.5)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "1.999593047982555",
    );
    c(
        &mut f,
        "math.erfc(10.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "2.088487583762545e-45",
    );
    c(
        &mut f,
        "math.erfc(100.5)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(1e+16)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(1e+22)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(1e+300)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(1.7976931348623157e+308)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(inf)",
        math("erfc", &[Value::Float(f64::INFINITY)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(-inf)",
        math("erfc", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "2.0",
    );
    c(
        &mut f,
        "math.erfc(nan)",
        math("erfc", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.erfc(2.675)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.00015493616289338533",
    );
    c(
        &mut f,
        "math.erfc(0.3)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.6713732405408726",
    );
    c(
        &mut f,
        "math.erfc(709.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(710.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(-745.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.erfc(171.5)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(23.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "4.441265948088058e-232",
    );
    c(
        &mut f,
        "math.erfc(24.0)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "1.6489825831519335e-252",
    );
    c(
        &mut f,
        "math.erfc(-1.5)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "1.9661051464753108",
    );
    c(
        &mut f,
        "math.erfc(1e-05)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0.9999887162083294",
    );
    c(
        &mut f,
        "math.erfc(123456789.125)",
        math(
            "erfc",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(0)",
        math("erfc", &[Value::Int(0)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.erfc(1)",
        math("erfc", &[Value::Int(1)], &[]),
        "0.15729920705028513",
    );
    c(
        &mut f,
        "math.erfc(-1)",
        math("erfc", &[Value::Int(-1)], &[]),
        "1.842700792949715",
    );
    c(
        &mut f,
        "math.erfc(2)",
        math("erfc", &[Value::Int(2)], &[]),
        "0.004677734981047265",
    );
    c(
        &mut f,
        "math.erfc(3)",
        math("erfc", &[Value::Int(3)], &[]),
        "2.2090496998585438e-05",
    );
    c(
        &mut f,
        "math.erfc(10)",
        math("erfc", &[Value::Int(10)], &[]),
        "2.088487583762545e-45",
    );
    c(
        &mut f,
        "math.erfc(-7)",
        math("erfc", &[Value::Int(-7)], &[]),
        "2.0",
    );
    c(
        &mut f,
        "math.erfc(255)",
        math("erfc", &[Value::Int(255)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "erfc",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.erfc(-3)",
        math("erfc", &[Value::Int(-3)], &[]),
        "1.9999779095030015",
    );
    c(
        &mut f,
        "math.log1p(0.0)",
        math("log1p", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.log1p(-0.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.log1p(0.5)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.4054651081081644",
    );
    c(
        &mut f,
        "math.log1p(-0.5)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.6931471805599453",
    );
    c(
        &mut f,
        "math.log1p(1.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.6931471805599453",
    );
    c(
        &mut f,
        "math.log1p(-1.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log1p(2.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.0986122886681096",
    );
    c(
        &mut f,
        "math.log1p(0.1)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.09531017980432487",
    );
    c(
        &mut f,
        "math.log1p(1e-10)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "9.999999999500001e-11",
    );
    c(
        &mut f,
        "math.log1p(1e-300)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.log1p(5e-324)",
        math("log1p", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.log1p(3.5)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.5040773967762742",
    );
    c(
        &mut f,
        "math.log1p(-2.5)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log1p(10.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "2.3978952727983707",
    );
    c(
        &mut f,
        "math.log1p(100.5)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "4.620058798481842",
    );
    c(
        &mut f,
        "math.log1p(1e+16)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "36.841361487904734",
    );
    c(
        &mut f,
        "math.log1p(1e+22)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "50.65687204586901",
    );
    c(
        &mut f,
        "math.log1p(1e+300)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "690.7755278982137",
    );
    c(
        &mut f,
        "math.log1p(1.7976931348623157e+308)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "709.782712893384",
    );
    c(
        &mut f,
        "math.log1p(inf)",
        math("log1p", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.log1p(-inf)",
        math("log1p", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log1p(nan)",
        math("log1p", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.log1p(2.675)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.3015531326648",
    );
    c(
        &mut f,
        "math.log1p(0.3)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.26236426446749106",
    );
    c(
        &mut f,
        "math.log1p(709.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "6.565264970035361",
    );
    c(
        &mut f,
        "math.log1p(710.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "6.566672429803241",
    );
    c(
        &mut f,
        "math.log1p(-745.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log1p(171.5)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "5.150397236471415",
    );
    c(
        &mut f,
        "math.log1p(23.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "3.1780538303479458",
    );
    c(
        &mut f,
        "math.log1p(24.0)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "3.2188758248682006",
    );
    c(
        &mut f,
        "math.log1p(-1.5)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log1p(1e-05)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "9.999950000333332e-06",
    );
    c(
        &mut f,
        "math.log1p(123456789.125)",
        math(
            "log1p",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "18.63140177528052",
    );
    c(
        &mut f,
        "math.log1p(0)",
        math("log1p", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.log1p(1)",
        math("log1p", &[Value::Int(1)], &[]),
        "0.6931471805599453",
    );
    c(
        &mut f,
        "math.log1p(-1)",
        math("log1p", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log1p(2)",
        math("log1p", &[Value::Int(2)], &[]),
        "1.0986122886681096",
    );
    c(
        &mut f,
        "math.log1p(3)",
        math("log1p", &[Value::Int(3)], &[]),
        "1.3862943611198906",
    );
    c(
        &mut f,
        "math.log1p(10)",
        math("log1p", &[Value::Int(10)], &[]),
        "2.3978952727983707",
    );
    c(
        &mut f,
        "math.log1p(-7)",
        math("log1p", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log1p(255)",
        math("log1p", &[Value::Int(255)], &[]),
        "5.545177444479562",
    );
    c(
        &mut f,
        "math.log1p(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "log1p",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "693.1471805599454",
    );
    c(
        &mut f,
        "math.log1p(-3)",
        math("log1p", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(0.0)",
        math("gamma", &[Value::Float(f64::from_bits(0x0))], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(-0.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(0.5)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1.7724538509055159",
    );
    c(
        &mut f,
        "math.gamma(-0.5)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-3.544907701811032",
    );
    c(
        &mut f,
        "math.gamma(1.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.gamma(-1.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(2.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.gamma(0.1)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "9.513507698668732",
    );
    c(
        &mut f,
        "math.gamma(1e-10)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "9999999999.422785",
    );
    c(
        &mut f,
        "math.gamma(1e-300)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "9.999999999999999e+299",
    );
    c(
        &mut f,
        "math.gamma(5e-324)",
        math("gamma", &[Value::Float(f64::from_bits(0x1))], &[]),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(3.5)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "3.323350970447842",
    );
    c(
        &mut f,
        "math.gamma(-2.5)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.9453087204829417",
    );
    c(
        &mut f,
        "math.gamma(10.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "362880.0",
    );
    c(
        &mut f,
        "math.gamma(100.5)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "9.320963104082718e+156",
    );
    c(
        &mut f,
        "math.gamma(1e+16)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(1e+22)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(1e+300)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(1.7976931348623157e+308)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(inf)",
        math("gamma", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.gamma(-inf)",
        math("gamma", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(nan)",
        math("gamma", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.gamma(2.675)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.5144332007506427",
    );
    c(
        &mut f,
        "math.gamma(0.3)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "2.991568987687591",
    );
    c(
        &mut f,
        "math.gamma(709.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(710.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(-745.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(171.5)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "9.483367566824801e+307",
    );
    c(
        &mut f,
        "math.gamma(23.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "1.1240007277776077e+21",
    );
    c(
        &mut f,
        "math.gamma(24.0)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "2.585201673888497e+22",
    );
    c(
        &mut f,
        "math.gamma(-1.5)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "2.3632718012073544",
    );
    c(
        &mut f,
        "math.gamma(1e-05)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "99999.42279422554",
    );
    c(
        &mut f,
        "math.gamma(123456789.125)",
        math(
            "gamma",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(0)",
        math("gamma", &[Value::Int(0)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(1)",
        math("gamma", &[Value::Int(1)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.gamma(-1)",
        math("gamma", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(2)",
        math("gamma", &[Value::Int(2)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.gamma(3)",
        math("gamma", &[Value::Int(3)], &[]),
        "2.0",
    );
    c(
        &mut f,
        "math.gamma(10)",
        math("gamma", &[Value::Int(10)], &[]),
        "362880.0",
    );
    c(
        &mut f,
        "math.gamma(-7)",
        math("gamma", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.gamma(255)",
        math("gamma", &[Value::Int(255)], &[]),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "gamma",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.gamma(-3)",
        math("gamma", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(0.0)",
        math("lgamma", &[Value::Float(f64::from_bits(0x0))], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(-0.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(0.5)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5723649429247004",
    );
    c(
        &mut f,
        "math.lgamma(-0.5)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "1.265512123484645",
    );
    c(
        &mut f,
        "math.lgamma(1.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.lgamma(-1.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(2.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.lgamma(0.1)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "2.2527126517342055",
    );
    c(
        &mut f,
        "math.lgamma(1e-10)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "23.025850929882736",
    );
    c(
        &mut f,
        "math.lgamma(1e-300)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "690.7755278982137",
    );
    c(
        &mut f,
        "math.lgamma(5e-324)",
        math("lgamma", &[Value::Float(f64::from_bits(0x1))], &[]),
        "744.4400719213812",
    );
    c(
        &mut f,
        "math.lgamma(3.5)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.2009736023470738",
    );
    c(
        &mut f,
        "math.lgamma(-2.5)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.05624371649767457",
    );
    c(
        &mut f,
        "math.lgamma(10.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "12.801827480081467",
    );
    c(
        &mut f,
        "math.lgamma(100.5)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "361.4355404677776",
    );
    c(
        &mut f,
        "math.lgamma(1e+16)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "3.5841361487904736e+17",
    );
    c(
        &mut f,
        "math.lgamma(1e+22)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "4.9656872045869006e+23",
    );
    c(
        &mut f,
        "math.lgamma(1e+300)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "6.897755278982137e+302",
    );
    c(
        &mut f,
        "math.lgamma(1.7976931348623157e+308)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.lgamma(inf)",
        math("lgamma", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.lgamma(-inf)",
        math("lgamma", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.lgamma(nan)",
        math("lgamma", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.lgamma(2.675)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.41504124404207854",
    );
    c(
        &mut f,
        "math.lgamma(0.3)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "1.0957979948180752",
    );
    c(
        &mut f,
        "math.lgamma(709.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "3942.4106966176455",
    );
    c(
        &mut f,
        "math.lgamma(710.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "3948.9745521441773",
    );
    c(
        &mut f,
        "math.lgamma(-745.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(171.5)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "709.1431630309282",
    );
    c(
        &mut f,
        "math.lgamma(23.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "48.47118135183522",
    );
    c(
        &mut f,
        "math.lgamma(24.0)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "51.60667556776438",
    );
    c(
        &mut f,
        "math.lgamma(-1.5)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "0.8600470153764812",
    );
    c(
        &mut f,
        "math.lgamma(1e-05)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "11.512919692895824",
    );
    c(
        &mut f,
        "math.lgamma(123456789.125)",
        math(
            "lgamma",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "2176716241.552195",
    );
    c(
        &mut f,
        "math.lgamma(0)",
        math("lgamma", &[Value::Int(0)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(1)",
        math("lgamma", &[Value::Int(1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.lgamma(-1)",
        math("lgamma", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(2)",
        math("lgamma", &[Value::Int(2)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.lgamma(3)",
        math("lgamma", &[Value::Int(3)], &[]),
        "0.693147180559945",
    );
    c(
        &mut f,
        "math.lgamma(10)",
        math("lgamma", &[Value::Int(10)], &[]),
        "12.801827480081467",
    );
    c(
        &mut f,
        "math.lgamma(-7)",
        math("lgamma", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.lgamma(255)",
        math("lgamma", &[Value::Int(255)], &[]),
        "1156.1708375732424",
    );
    c(
        &mut f,
        "math.lgamma(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "lgamma",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "7.416416614096889e+303",
    );
    c(
        &mut f,
        "math.lgamma(-3)",
        math("lgamma", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(0.0)",
        math("log", &[Value::Float(f64::from_bits(0x0))], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(-0.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(0.5)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "-0.6931471805599453",
    );
    c(
        &mut f,
        "math.log(-0.5)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.log(-1.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(2.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.6931471805599453",
    );
    c(
        &mut f,
        "math.log(0.1)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "-2.3025850929940455",
    );
    c(
        &mut f,
        "math.log(1e-10)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "-23.025850929940457",
    );
    c(
        &mut f,
        "math.log(1e-300)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "-690.7755278982137",
    );
    c(
        &mut f,
        "math.log(5e-324)",
        math("log", &[Value::Float(f64::from_bits(0x1))], &[]),
        "-744.4400719213812",
    );
    c(
        &mut f,
        "math.log(3.5)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.252762968495368",
    );
    c(
        &mut f,
        "math.log(-2.5)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(10.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "2.302585092994046",
    );
    c(
        &mut f,
        "math.log(100.5)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "4.61015772749913",
    );
    c(
        &mut f,
        "math.log(1e+16)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "36.841361487904734",
    );
    c(
        &mut f,
        "math.log(1e+22)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "50.65687204586901",
    );
    c(
        &mut f,
        "math.log(1e+300)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "690.7755278982137",
    );
    c(
        &mut f,
        "math.log(1.7976931348623157e+308)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "709.782712893384",
    );
    c(
        &mut f,
        "math.log(inf)",
        math("log", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.log(-inf)",
        math("log", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(nan)",
        math("log", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.log(2.675)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.9839493803479697",
    );
    c(
        &mut f,
        "math.log(0.3)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "-1.2039728043259361",
    );
    c(
        &mut f,
        "math.log(709.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "6.5638555265321274",
    );
    c(
        &mut f,
        "math.log(710.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "6.565264970035361",
    );
    c(
        &mut f,
        "math.log(-745.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(171.5)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "5.144583266605995",
    );
    c(
        &mut f,
        "math.log(23.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "3.1354942159291497",
    );
    c(
        &mut f,
        "math.log(24.0)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "3.1780538303479458",
    );
    c(
        &mut f,
        "math.log(-1.5)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1e-05)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "-11.512925464970229",
    );
    c(
        &mut f,
        "math.log(123456789.125)",
        math(
            "log",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "18.631401767180517",
    );
    c(
        &mut f,
        "math.log(0)",
        math("log", &[Value::Int(0)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1)",
        math("log", &[Value::Int(1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.log(-1)",
        math("log", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(2)",
        math("log", &[Value::Int(2)], &[]),
        "0.6931471805599453",
    );
    c(
        &mut f,
        "math.log(3)",
        math("log", &[Value::Int(3)], &[]),
        "1.0986122886681098",
    );
    c(
        &mut f,
        "math.log(10)",
        math("log", &[Value::Int(10)], &[]),
        "2.302585092994046",
    );
    c(
        &mut f,
        "math.log(-7)",
        math("log", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(255)",
        math("log", &[Value::Int(255)], &[]),
        "5.541263545158426",
    );
    c(
        &mut f,
        "math.log(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "log",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "693.1471805599454",
    );
    c(
        &mut f,
        "math.log(-3)",
        math("log", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(0.0)",
        math("log2", &[Value::Float(f64::from_bits(0x0))], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(-0.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(0.5)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.log2(-0.5)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(1.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.log2(-1.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(2.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.log2(0.1)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "-3.321928094887362",
    );
    c(
        &mut f,
        "math.log2(1e-10)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "-33.219280948873624",
    );
    c(
        &mut f,
        "math.log2(1e-300)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "-996.5784284662087",
    );
    c(
        &mut f,
        "math.log2(5e-324)",
        math("log2", &[Value::Float(f64::from_bits(0x1))], &[]),
        "-1074.0",
    );
    c(
        &mut f,
        "math.log2(3.5)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1.8073549220576042",
    );
    c(
        &mut f,
        "math.log2(-2.5)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(10.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "3.321928094887362",
    );
    c(
        &mut f,
        "math.log2(100.5)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "6.651051691178929",
    );
    c(
        &mut f,
        "math.log2(1e+16)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "53.150849518197795",
    );
    c(
        &mut f,
        "math.log2(1e+22)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "73.08241808752197",
    );
    c(
        &mut f,
        "math.log2(1e+300)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "996.5784284662087",
    );
    c(
        &mut f,
        "math.log2(1.7976931348623157e+308)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1024.0",
    );
    c(
        &mut f,
        "math.log2(inf)",
        math("log2", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.log2(-inf)",
        math("log2", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(nan)",
        math("log2", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.log2(2.675)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1.4195388915137845",
    );
    c(
        &mut f,
        "math.log2(0.3)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "-1.7369655941662063",
    );
    c(
        &mut f,
        "math.log2(709.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "9.469641817239516",
    );
    c(
        &mut f,
        "math.log2(710.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "9.471675214392045",
    );
    c(
        &mut f,
        "math.log2(-745.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(171.5)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "7.422064766172812",
    );
    c(
        &mut f,
        "math.log2(23.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "4.523561956057013",
    );
    c(
        &mut f,
        "math.log2(24.0)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "4.584962500721156",
    );
    c(
        &mut f,
        "math.log2(-1.5)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(1e-05)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "-16.609640474436812",
    );
    c(
        &mut f,
        "math.log2(123456789.125)",
        math(
            "log2",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "26.879430934321203",
    );
    c(
        &mut f,
        "math.log2(0)",
        math("log2", &[Value::Int(0)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(1)",
        math("log2", &[Value::Int(1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.log2(-1)",
        math("log2", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(2)",
        math("log2", &[Value::Int(2)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.log2(3)",
        math("log2", &[Value::Int(3)], &[]),
        "1.584962500721156",
    );
    c(
        &mut f,
        "math.log2(10)",
        math("log2", &[Value::Int(10)], &[]),
        "3.321928094887362",
    );
    c(
        &mut f,
        "math.log2(-7)",
        math("log2", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log2(255)",
        math("log2", &[Value::Int(255)], &[]),
        "7.994353436858858",
    );
    c(
        &mut f,
        "math.log2(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "log2",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "1000.0",
    );
    c(
        &mut f,
        "math.log2(-3)",
        math("log2", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(0.0)",
        math("log10", &[Value::Float(f64::from_bits(0x0))], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(-0.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(0.5)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "-0.3010299956639812",
    );
    c(
        &mut f,
        "math.log10(-0.5)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(1.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.log10(-1.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(2.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.3010299956639812",
    );
    c(
        &mut f,
        "math.log10(0.1)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.log10(1e-10)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "-10.0",
    );
    c(
        &mut f,
        "math.log10(1e-300)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "-300.0",
    );
    c(
        &mut f,
        "math.log10(5e-324)",
        math("log10", &[Value::Float(f64::from_bits(0x1))], &[]),
        "-323.3062153431158",
    );
    c(
        &mut f,
        "math.log10(3.5)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "0.5440680443502757",
    );
    c(
        &mut f,
        "math.log10(-2.5)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(10.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.log10(100.5)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "2.002166061756508",
    );
    c(
        &mut f,
        "math.log10(1e+16)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "16.0",
    );
    c(
        &mut f,
        "math.log10(1e+22)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "22.0",
    );
    c(
        &mut f,
        "math.log10(1e+300)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "300.0",
    );
    c(
        &mut f,
        "math.log10(1.7976931348623157e+308)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "308.25471555991675",
    );
    c(
        &mut f,
        "math.log10(inf)",
        math("log10", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.log10(-inf)",
        math("log10", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(nan)",
        math("log10", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.log10(2.675)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.4273237863572472",
    );
    c(
        &mut f,
        "math.log10(0.3)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "-0.5228787452803376",
    );
    c(
        &mut f,
        "math.log10(709.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "2.8506462351830666",
    );
    c(
        &mut f,
        "math.log10(710.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "2.8512583487190755",
    );
    c(
        &mut f,
        "math.log10(-745.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(171.5)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "2.2342641243787895",
    );
    c(
        &mut f,
        "math.log10(23.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "1.3617278360175928",
    );
    c(
        &mut f,
        "math.log10(24.0)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "1.380211241711606",
    );
    c(
        &mut f,
        "math.log10(-1.5)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(1e-05)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "-5.0",
    );
    c(
        &mut f,
        "math.log10(123456789.125)",
        math(
            "log10",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "8.091514977608993",
    );
    c(
        &mut f,
        "math.log10(0)",
        math("log10", &[Value::Int(0)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(1)",
        math("log10", &[Value::Int(1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.log10(-1)",
        math("log10", &[Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(2)",
        math("log10", &[Value::Int(2)], &[]),
        "0.3010299956639812",
    );
    c(
        &mut f,
        "math.log10(3)",
        math("log10", &[Value::Int(3)], &[]),
        "0.47712125471966244",
    );
    c(
        &mut f,
        "math.log10(10)",
        math("log10", &[Value::Int(10)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.log10(-7)",
        math("log10", &[Value::Int(-7)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log10(255)",
        math("log10", &[Value::Int(255)], &[]),
        "2.406540180433955",
    );
    c(
        &mut f,
        "math.log10(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "log10",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "301.0299956639812",
    );
    c(
        &mut f,
        "math.log10(-3)",
        math("log10", &[Value::Int(-3)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.floor(0.0)",
        math("floor", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0",
    );
    c(
        &mut f,
        "math.floor(-0.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.floor(0.5)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.floor(-0.5)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "math.floor(1.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.floor(-1.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "math.floor(2.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "math.floor(0.1)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.floor(1e-10)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.floor(1e-300)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.floor(5e-324)",
        math("floor", &[Value::Float(f64::from_bits(0x1))], &[]),
        "0",
    );
    c(
        &mut f,
        "math.floor(3.5)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "3",
    );
    c(
        &mut f,
        "math.floor(-2.5)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-3",
    );
    c(
        &mut f,
        "math.floor(10.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10",
    );
    c(
        &mut f,
        "math.floor(100.5)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "100",
    );
    c(
        &mut f,
        "math.floor(1e+16)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "10000000000000000",
    );
    c(
        &mut f,
        "math.floor(1e+22)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "10000000000000000000000",
    );
    c(
        &mut f,
        "math.floor(1e+300)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    );
    c(
        &mut f,
        "math.floor(1.7976931348623157e+308)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
    );
    c(
        &mut f,
        "math.floor(inf)",
        math("floor", &[Value::Float(f64::INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "math.floor(-inf)",
        math("floor", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "math.floor(nan)",
        math("floor", &[Value::Float(f64::NAN)], &[]),
        "ValueError: cannot convert float NaN to integer",
    );
    c(
        &mut f,
        "math.floor(2.675)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "math.floor(0.3)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.floor(709.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709",
    );
    c(
        &mut f,
        "math.floor(710.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710",
    );
    c(
        &mut f,
        "math.floor(-745.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-745",
    );
    c(
        &mut f,
        "math.floor(171.5)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "171",
    );
    c(
        &mut f,
        "math.floor(23.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23",
    );
    c(
        &mut f,
        "math.floor(24.0)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24",
    );
    c(
        &mut f,
        "math.floor(-1.5)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-2",
    );
    c(
        &mut f,
        "math.floor(1e-05)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.floor(123456789.125)",
        math(
            "floor",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456789",
    );
    c(
        &mut f,
        "math.floor(0)",
        math("floor", &[Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.floor(1)",
        math("floor", &[Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.floor(-1)",
        math("floor", &[Value::Int(-1)], &[]),
        "-1",
    );
    c(
        &mut f,
        "math.floor(2)",
        math("floor", &[Value::Int(2)], &[]),
        "2",
    );
    c(
        &mut f,
        "math.floor(3)",
        math("floor", &[Value::Int(3)], &[]),
        "3",
    );
    c(
        &mut f,
        "math.floor(10)",
        math("floor", &[Value::Int(10)], &[]),
        "10",
    );
    c(
        &mut f,
        "math.floor(-7)",
        math("floor", &[Value::Int(-7)], &[]),
        "-7",
    );
    c(
        &mut f,
        "math.floor(255)",
        math("floor", &[Value::Int(255)], &[]),
        "255",
    );
    c(
        &mut f,
        "math.floor(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "floor",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "math.floor(-3)",
        math("floor", &[Value::Int(-3)], &[]),
        "-3",
    );
    c(
        &mut f,
        "math.ceil(0.0)",
        math("ceil", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0",
    );
    c(
        &mut f,
        "math.ceil(-0.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.ceil(0.5)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.ceil(-0.5)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.ceil(1.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.ceil(-1.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "math.ceil(2.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "math.ceil(0.1)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.ceil(1e-10)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.ceil(1e-300)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.ceil(5e-324)",
        math("ceil", &[Value::Float(f64::from_bits(0x1))], &[]),
        "1",
    );
    c(
        &mut f,
        "math.ceil(3.5)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "4",
    );
    c(
        &mut f,
        "math.ceil(-2.5)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-2",
    );
    c(
        &mut f,
        "math.ceil(10.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10",
    );
    c(
        &mut f,
        "math.ceil(100.5)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "101",
    );
    c(
        &mut f,
        "math.ceil(1e+16)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "10000000000000000",
    );
    c(
        &mut f,
        "math.ceil(1e+22)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "10000000000000000000000",
    );
    c(
        &mut f,
        "math.ceil(1e+300)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    );
    c(
        &mut f,
        "math.ceil(1.7976931348623157e+308)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
    );
    c(
        &mut f,
        "math.ceil(inf)",
        math("ceil", &[Value::Float(f64::INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "math.ceil(-inf)",
        math("ceil", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "math.ceil(nan)",
        math("ceil", &[Value::Float(f64::NAN)], &[]),
        "ValueError: cannot convert float NaN to integer",
    );
    c(
        &mut f,
        "math.ceil(2.675)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "3",
    );
    c(
        &mut f,
        "math.ceil(0.3)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.ceil(709.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709",
    );
    c(
        &mut f,
        "math.ceil(710.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710",
    );
    c(
        &mut f,
        "math.ceil(-745.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-745",
    );
    c(
        &mut f,
        "math.ceil(171.5)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "172",
    );
    c(
        &mut f,
        "math.ceil(23.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23",
    );
    c(
        &mut f,
        "math.ceil(24.0)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24",
    );
    c(
        &mut f,
        "math.ceil(-1.5)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "math.ceil(1e-05)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.ceil(123456789.125)",
        math(
            "ceil",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456790",
    );
    c(
        &mut f,
        "math.ceil(0)",
        math("ceil", &[Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.ceil(1)",
        math("ceil", &[Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.ceil(-1)",
        math("ceil", &[Value::Int(-1)], &[]),
        "-1",
    );
    c(
        &mut f,
        "math.ceil(2)",
        math("ceil", &[Value::Int(2)], &[]),
        "2",
    );
    c(
        &mut f,
        "math.ceil(3)",
        math("ceil", &[Value::Int(3)], &[]),
        "3",
    );
    c(
        &mut f,
        "math.ceil(10)",
        math("ceil", &[Value::Int(10)], &[]),
        "10",
    );
    c(
        &mut f,
        "math.ceil(-7)",
        math("ceil", &[Value::Int(-7)], &[]),
        "-7",
    );
    c(
        &mut f,
        "math.ceil(255)",
        math("ceil", &[Value::Int(255)], &[]),
        "255",
    );
    c(
        &mut f,
        "math.ceil(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "ceil",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "math.ceil(-3)",
        math("ceil", &[Value::Int(-3)], &[]),
        "-3",
    );
    c(
        &mut f,
        "math.trunc(0.0)",
        math("trunc", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0",
    );
    c(
        &mut f,
        "math.trunc(-0.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(0.5)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(-0.5)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(1.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "math.trunc(-1.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "math.trunc(2.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "math.trunc(0.1)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(1e-10)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(1e-300)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(5e-324)",
        math("trunc", &[Value::Float(f64::from_bits(0x1))], &[]),
        "0",
    );
    c(
        &mut f,
        "math.trunc(3.5)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "3",
    );
    c(
        &mut f,
        "math.trunc(-2.5)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-2",
    );
    c(
        &mut f,
        "math.trunc(10.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10",
    );
    c(
        &mut f,
        "math.trunc(100.5)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "100",
    );
    c(
        &mut f,
        "math.trunc(1e+16)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "10000000000000000",
    );
    c(
        &mut f,
        "math.trunc(1e+22)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "10000000000000000000000",
    );
    c(
        &mut f,
        "math.trunc(1e+300)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    );
    c(
        &mut f,
        "math.trunc(1.7976931348623157e+308)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
    );
    c(
        &mut f,
        "math.trunc(inf)",
        math("trunc", &[Value::Float(f64::INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "math.trunc(-inf)",
        math("trunc", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "math.trunc(nan)",
        math("trunc", &[Value::Float(f64::NAN)], &[]),
        "ValueError: cannot convert float NaN to integer",
    );
    c(
        &mut f,
        "math.trunc(2.675)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "math.trunc(0.3)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(709.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709",
    );
    c(
        &mut f,
        "math.trunc(710.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710",
    );
    c(
        &mut f,
        "math.trunc(-745.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-745",
    );
    c(
        &mut f,
        "math.trunc(171.5)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "171",
    );
    c(
        &mut f,
        "math.trunc(23.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23",
    );
    c(
        &mut f,
        "math.trunc(24.0)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24",
    );
    c(
        &mut f,
        "math.trunc(-1.5)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "math.trunc(1e-05)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "math.trunc(123456789.125)",
        math(
            "trunc",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456789",
    );
    c(
        &mut f,
        "math.trunc(0)",
        math("trunc", &[Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.trunc(1)",
        math("trunc", &[Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.trunc(-1)",
        math("trunc", &[Value::Int(-1)], &[]),
        "-1",
    );
    c(
        &mut f,
        "math.trunc(2)",
        math("trunc", &[Value::Int(2)], &[]),
        "2",
    );
    c(
        &mut f,
        "math.trunc(3)",
        math("trunc", &[Value::Int(3)], &[]),
        "3",
    );
    c(
        &mut f,
        "math.trunc(10)",
        math("trunc", &[Value::Int(10)], &[]),
        "10",
    );
    c(
        &mut f,
        "math.trunc(-7)",
        math("trunc", &[Value::Int(-7)], &[]),
        "-7",
    );
    c(
        &mut f,
        "math.trunc(255)",
        math("trunc", &[Value::Int(255)], &[]),
        "255",
    );
    c(
        &mut f,
        "math.trunc(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "trunc",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "math.trunc(-3)",
        math("trunc", &[Value::Int(-3)], &[]),
        "-3",
    );
    c(
        &mut f,
        "math.frexp(0.0)",
        math("frexp", &[Value::Float(f64::from_bits(0x0))], &[]),
        "(0.0, 0)",
    );
    c(
        &mut f,
        "math.frexp(-0.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "(-0.0, 0)",
    );
    c(
        &mut f,
        "math.frexp(0.5)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "(0.5, 0)",
    );
    c(
        &mut f,
        "math.frexp(-0.5)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "(-0.5, 0)",
    );
    c(
        &mut f,
        "math.frexp(1.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "(0.5, 1)",
    );
    c(
        &mut f,
        "math.frexp(-1.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "(-0.5, 1)",
    );
    c(
        &mut f,
        "math.frexp(2.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "(0.5, 2)",
    );
    c(
        &mut f,
        "math.frexp(0.1)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "(0.8, -3)",
    );
    c(
        &mut f,
        "math.frexp(1e-10)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "(0.8589934592, -33)",
    );
    c(
        &mut f,
        "math.frexp(1e-300)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "(0.6696928794914171, -996)",
    );
    c(
        &mut f,
        "math.frexp(5e-324)",
        math("frexp", &[Value::Float(f64::from_bits(0x1))], &[]),
        "(0.5, -1073)",
    );
    c(
        &mut f,
        "math.frexp(3.5)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "(0.875, 2)",
    );
    c(
        &mut f,
        "math.frexp(-2.5)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "(-0.625, 2)",
    );
    c(
        &mut f,
        "math.frexp(10.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "(0.625, 4)",
    );
    c(
        &mut f,
        "math.frexp(100.5)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "(0.78515625, 7)",
    );
    c(
        &mut f,
        "math.frexp(1e+16)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "(0.5551115123125783, 54)",
    );
    c(
        &mut f,
        "math.frexp(1e+22)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "(0.5293955920339377, 74)",
    );
    c(
        &mut f,
        "math.frexp(1e+300)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "(0.7466108948025751, 997)",
    );
    c(
        &mut f,
        "math.frexp(1.7976931348623157e+308)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "(0.9999999999999999, 1024)",
    );
    c(
        &mut f,
        "math.frexp(inf)",
        math("frexp", &[Value::Float(f64::INFINITY)], &[]),
        "(inf, 0)",
    );
    c(
        &mut f,
        "math.frexp(-inf)",
        math("frexp", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "(-inf, 0)",
    );
    c(
        &mut f,
        "math.frexp(nan)",
        math("frexp", &[Value::Float(f64::NAN)], &[]),
        "(nan, 0)",
    );
    c(
        &mut f,
        "math.frexp(2.675)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "(0.66875, 2)",
    );
    c(
        &mut f,
        "math.frexp(0.3)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "(0.6, -1)",
    );
    c(
        &mut f,
        "math.frexp(709.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "(0.6923828125, 10)",
    );
    c(
        &mut f,
        "math.frexp(710.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "(0.693359375, 10)",
    );
    c(
        &mut f,
        "math.frexp(-745.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "(-0.7275390625, 10)",
    );
    c(
        &mut f,
        "math.frexp(171.5)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "(0.669921875, 8)",
    );
    c(
        &mut f,
        "math.frexp(23.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "(0.71875, 5)",
    );
    c(
        &mut f,
        "math.frexp(24.0)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "(0.75, 5)",
    );
    c(
        &mut f,
        "math.frexp(-1.5)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "(-0.75, 1)",
    );
    c(
        &mut f,
        "math.frexp(1e-05)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "(0.65536, -16)",
    );
    c(
        &mut f,
        "math.frexp(123456789.125)",
        math(
            "frexp",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "(0.9198247576132417, 27)",
    );
    c(
        &mut f,
        "math.frexp(0)",
        math("frexp", &[Value::Int(0)], &[]),
        "(0.0, 0)",
    );
    c(
        &mut f,
        "math.frexp(1)",
        math("frexp", &[Value::Int(1)], &[]),
        "(0.5, 1)",
    );
    c(
        &mut f,
        "math.frexp(-1)",
        math("frexp", &[Value::Int(-1)], &[]),
        "(-0.5, 1)",
    );
    c(
        &mut f,
        "math.frexp(2)",
        math("frexp", &[Value::Int(2)], &[]),
        "(0.5, 2)",
    );
    c(
        &mut f,
        "math.frexp(3)",
        math("frexp", &[Value::Int(3)], &[]),
        "(0.75, 2)",
    );
    c(
        &mut f,
        "math.frexp(10)",
        math("frexp", &[Value::Int(10)], &[]),
        "(0.625, 4)",
    );
    c(
        &mut f,
        "math.frexp(-7)",
        math("frexp", &[Value::Int(-7)], &[]),
        "(-0.875, 3)",
    );
    c(
        &mut f,
        "math.frexp(255)",
        math("frexp", &[Value::Int(255)], &[]),
        "(0.99609375, 8)",
    );
    c(
        &mut f,
        "math.frexp(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "frexp",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "(0.5, 1001)",
    );
    c(
        &mut f,
        "math.frexp(-3)",
        math("frexp", &[Value::Int(-3)], &[]),
        "(-0.75, 2)",
    );
    c(
        &mut f,
        "math.modf(0.0)",
        math("modf", &[Value::Float(f64::from_bits(0x0))], &[]),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "math.modf(-0.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "(-0.0, -0.0)",
    );
    c(
        &mut f,
        "math.modf(0.5)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "(0.5, 0.0)",
    );
    c(
        &mut f,
        "math.modf(-0.5)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "(-0.5, -0.0)",
    );
    c(
        &mut f,
        "math.modf(1.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "(0.0, 1.0)",
    );
    c(
        &mut f,
        "math.modf(-1.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "(-0.0, -1.0)",
    );
    c(
        &mut f,
        "math.modf(2.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "(0.0, 2.0)",
    );
    c(
        &mut f,
        "math.modf(0.1)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "(0.1, 0.0)",
    );
    c(
        &mut f,
        "math.modf(1e-10)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "(1e-10, 0.0)",
    );
    c(
        &mut f,
        "math.modf(1e-300)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "(1e-300, 0.0)",
    );
    c(
        &mut f,
        "math.modf(5e-324)",
        math("modf", &[Value::Float(f64::from_bits(0x1))], &[]),
        "(5e-324, 0.0)",
    );
    c(
        &mut f,
        "math.modf(3.5)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "(0.5, 3.0)",
    );
    c(
        &mut f,
        "math.modf(-2.5)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "(-0.5, -2.0)",
    );
    c(
        &mut f,
        "math.modf(10.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "(0.0, 10.0)",
    );
    c(
        &mut f,
        "math.modf(100.5)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "(0.5, 100.0)",
    );
    c(
        &mut f,
        "math.modf(1e+16)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "(0.0, 1e+16)",
    );
    c(
        &mut f,
        "math.modf(1e+22)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "(0.0, 1e+22)",
    );
    c(
        &mut f,
        "math.modf(1e+300)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "(0.0, 1e+300)",
    );
    c(
        &mut f,
        "math.modf(1.7976931348623157e+308)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "(0.0, 1.7976931348623157e+308)",
    );
    c(
        &mut f,
        "math.modf(inf)",
        math("modf", &[Value::Float(f64::INFINITY)], &[]),
        "(0.0, inf)",
    );
    c(
        &mut f,
        "math.modf(-inf)",
        math("modf", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "(-0.0, -inf)",
    );
    c(
        &mut f,
        "math.modf(nan)",
        math("modf", &[Value::Float(f64::NAN)], &[]),
        "(nan, nan)",
    );
    c(
        &mut f,
        "math.modf(2.675)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "(0.6749999999999998, 2.0)",
    );
    c(
        &mut f,
        "math.modf(0.3)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "(0.3, 0.0)",
    );
    c(
        &mut f,
        "math.modf(709.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "(0.0, 709.0)",
    );
    c(
        &mut f,
        "math.modf(710.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "(0.0, 710.0)",
    );
    c(
        &mut f,
        "math.modf(-745.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "(-0.0, -745.0)",
    );
    c(
        &mut f,
        "math.modf(171.5)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "(0.5, 171.0)",
    );
    c(
        &mut f,
        "math.modf(23.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "(0.0, 23.0)",
    );
    c(
        &mut f,
        "math.modf(24.0)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "(0.0, 24.0)",
    );
    c(
        &mut f,
        "math.modf(-1.5)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "(-0.5, -1.0)",
    );
    c(
        &mut f,
        "math.modf(1e-05)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "(1e-05, 0.0)",
    );
    c(
        &mut f,
        "math.modf(123456789.125)",
        math(
            "modf",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "(0.125, 123456789.0)",
    );
    c(
        &mut f,
        "math.modf(0)",
        math("modf", &[Value::Int(0)], &[]),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "math.modf(1)",
        math("modf", &[Value::Int(1)], &[]),
        "(0.0, 1.0)",
    );
    c(
        &mut f,
        "math.modf(-1)",
        math("modf", &[Value::Int(-1)], &[]),
        "(-0.0, -1.0)",
    );
    c(
        &mut f,
        "math.modf(2)",
        math("modf", &[Value::Int(2)], &[]),
        "(0.0, 2.0)",
    );
    c(
        &mut f,
        "math.modf(3)",
        math("modf", &[Value::Int(3)], &[]),
        "(0.0, 3.0)",
    );
    c(
        &mut f,
        "math.modf(10)",
        math("modf", &[Value::Int(10)], &[]),
        "(0.0, 10.0)",
    );
    c(
        &mut f,
        "math.modf(-7)",
        math("modf", &[Value::Int(-7)], &[]),
        "(-0.0, -7.0)",
    );
    c(
        &mut f,
        "math.modf(255)",
        math("modf", &[Value::Int(255)], &[]),
        "(0.0, 255.0)",
    );
    c(
        &mut f,
        "math.modf(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "modf",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "(0.0, 1.0715086071862673e+301)",
    );
    c(
        &mut f,
        "math.modf(-3)",
        math("modf", &[Value::Int(-3)], &[]),
        "(-0.0, -3.0)",
    );
    c(
        &mut f,
        "math.isfinite(0.0)",
        math("isfinite", &[Value::Float(f64::from_bits(0x0))], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-0.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(0.5)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-0.5)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-1.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(2.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(0.1)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1e-10)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1e-300)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(5e-324)",
        math("isfinite", &[Value::Float(f64::from_bits(0x1))], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(3.5)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-2.5)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(10.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(100.5)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1e+16)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1e+22)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1e+300)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1.7976931348623157e+308)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(inf)",
        math("isfinite", &[Value::Float(f64::INFINITY)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isfinite(-inf)",
        math("isfinite", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isfinite(nan)",
        math("isfinite", &[Value::Float(f64::NAN)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isfinite(2.675)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(0.3)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(709.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(710.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-745.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(171.5)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(23.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(24.0)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-1.5)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1e-05)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(123456789.125)",
        math(
            "isfinite",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(0)",
        math("isfinite", &[Value::Int(0)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(1)",
        math("isfinite", &[Value::Int(1)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-1)",
        math("isfinite", &[Value::Int(-1)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(2)",
        math("isfinite", &[Value::Int(2)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(3)",
        math("isfinite", &[Value::Int(3)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(10)",
        math("isfinite", &[Value::Int(10)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-7)",
        math("isfinite", &[Value::Int(-7)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(255)",
        math("isfinite", &[Value::Int(255)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "isfinite",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isfinite(-3)",
        math("isfinite", &[Value::Int(-3)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isinf(0.0)",
        math("isinf", &[Value::Float(f64::from_bits(0x0))], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-0.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(0.5)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-0.5)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-1.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(2.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(0.1)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1e-10)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1e-300)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(5e-324)",
        math("isinf", &[Value::Float(f64::from_bits(0x1))], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(3.5)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-2.5)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(10.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(100.5)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1e+16)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1e+22)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1e+300)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1.7976931348623157e+308)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(inf)",
        math("isinf", &[Value::Float(f64::INFINITY)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isinf(-inf)",
        math("isinf", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isinf(nan)",
        math("isinf", &[Value::Float(f64::NAN)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(2.675)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(0.3)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(709.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(710.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-745.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(171.5)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(23.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(24.0)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-1.5)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1e-05)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(123456789.125)",
        math(
            "isinf",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(0)",
        math("isinf", &[Value::Int(0)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(1)",
        math("isinf", &[Value::Int(1)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-1)",
        math("isinf", &[Value::Int(-1)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(2)",
        math("isinf", &[Value::Int(2)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(3)",
        math("isinf", &[Value::Int(3)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(10)",
        math("isinf", &[Value::Int(10)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-7)",
        math("isinf", &[Value::Int(-7)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(255)",
        math("isinf", &[Value::Int(255)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isinf(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "isinf",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isinf(-3)",
        math("isinf", &[Value::Int(-3)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(0.0)",
        math("isnan", &[Value::Float(f64::from_bits(0x0))], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-0.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(0.5)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-0.5)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-1.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(2.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(0.1)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1e-10)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1e-300)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(5e-324)",
        math("isnan", &[Value::Float(f64::from_bits(0x1))], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(3.5)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-2.5)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(10.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(100.5)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1e+16)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1e+22)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1e+300)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1.7976931348623157e+308)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(inf)",
        math("isnan", &[Value::Float(f64::INFINITY)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-inf)",
        math("isnan", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(nan)",
        math("isnan", &[Value::Float(f64::NAN)], &[]),
        "True",
    );
    c(
        &mut f,
        "math.isnan(2.675)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(0.3)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(709.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(710.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-745.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(171.5)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(23.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(24.0)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-1.5)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1e-05)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(123456789.125)",
        math(
            "isnan",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(0)",
        math("isnan", &[Value::Int(0)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(1)",
        math("isnan", &[Value::Int(1)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-1)",
        math("isnan", &[Value::Int(-1)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(2)",
        math("isnan", &[Value::Int(2)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(3)",
        math("isnan", &[Value::Int(3)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(10)",
        math("isnan", &[Value::Int(10)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-7)",
        math("isnan", &[Value::Int(-7)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(255)",
        math("isnan", &[Value::Int(255)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.isnan(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "isnan",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isnan(-3)",
        math("isnan", &[Value::Int(-3)], &[]),
        "False",
    );
    c(
        &mut f,
        "math.degrees(0.0)",
        math("degrees", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.degrees(-0.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.degrees(0.5)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "28.64788975654116",
    );
    c(
        &mut f,
        "math.degrees(-0.5)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-28.64788975654116",
    );
    c(
        &mut f,
        "math.degrees(1.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "57.29577951308232",
    );
    c(
        &mut f,
        "math.degrees(-1.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-57.29577951308232",
    );
    c(
        &mut f,
        "math.degrees(2.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "114.59155902616465",
    );
    c(
        &mut f,
        "math.degrees(0.1)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "5.729577951308233",
    );
    c(
        &mut f,
        "math.degrees(1e-10)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "5.729577951308233e-09",
    );
    c(
        &mut f,
        "math.degrees(1e-300)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "5.729577951308232e-299",
    );
    c(
        &mut f,
        "math.degrees(5e-324)",
        math("degrees", &[Value::Float(f64::from_bits(0x1))], &[]),
        "2.8e-322",
    );
    c(
        &mut f,
        "math.degrees(3.5)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "200.53522829578813",
    );
    c(
        &mut f,
        "math.degrees(-2.5)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-143.2394487827058",
    );
    c(
        &mut f,
        "math.degrees(10.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "572.9577951308232",
    );
    c(
        &mut f,
        "math.degrees(100.5)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "5758.225841064774",
    );
    c(
        &mut f,
        "math.degrees(1e+16)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "5.7295779513082323e+17",
    );
    c(
        &mut f,
        "math.degrees(1e+22)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "5.7295779513082325e+23",
    );
    c(
        &mut f,
        "math.degrees(1e+300)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "5.729577951308233e+301",
    );
    c(
        &mut f,
        "math.degrees(1.7976931348623157e+308)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.degrees(inf)",
        math("degrees", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.degrees(-inf)",
        math("degrees", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-inf",
    );
    c(
        &mut f,
        "math.degrees(nan)",
        math("degrees", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.degrees(2.675)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "153.2662101974952",
    );
    c(
        &mut f,
        "math.degrees(0.3)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "17.188733853924695",
    );
    c(
        &mut f,
        "math.degrees(709.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "40622.70767477537",
    );
    c(
        &mut f,
        "math.degrees(710.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "40680.003454288446",
    );
    c(
        &mut f,
        "math.degrees(-745.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-42685.35573724633",
    );
    c(
        &mut f,
        "math.degrees(171.5)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "9826.226186493619",
    );
    c(
        &mut f,
        "math.degrees(23.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "1317.8029288008934",
    );
    c(
        &mut f,
        "math.degrees(24.0)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "1375.0987083139757",
    );
    c(
        &mut f,
        "math.degrees(-1.5)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-85.94366926962348",
    );
    c(
        &mut f,
        "math.degrees(1e-05)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0.0005729577951308233",
    );
    c(
        &mut f,
        "math.degrees(123456789.125)",
        math(
            "degrees",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "7073552969.099099",
    );
    c(
        &mut f,
        "math.degrees(0)",
        math("degrees", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.degrees(1)",
        math("degrees", &[Value::Int(1)], &[]),
        "57.29577951308232",
    );
    c(
        &mut f,
        "math.degrees(-1)",
        math("degrees", &[Value::Int(-1)], &[]),
        "-57.29577951308232",
    );
    c(
        &mut f,
        "math.degrees(2)",
        math("degrees", &[Value::Int(2)], &[]),
        "114.59155902616465",
    );
    c(
        &mut f,
        "math.degrees(3)",
        math("degrees", &[Value::Int(3)], &[]),
        "171.88733853924697",
    );
    c(
        &mut f,
        "math.degrees(10)",
        math("degrees", &[Value::Int(10)], &[]),
        "572.9577951308232",
    );
    c(
        &mut f,
        "math.degrees(-7)",
        math("degrees", &[Value::Int(-7)], &[]),
        "-401.07045659157626",
    );
    c(
        &mut f,
        "math.degrees(255)",
        math("degrees", &[Value::Int(255)], &[]),
        "14610.423775835992",
    );
    c(
        &mut f,
        "math.degrees(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "degrees",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "6.139292090371431e+302",
    );
    c(
        &mut f,
        "math.degrees(-3)",
        math("degrees", &[Value::Int(-3)], &[]),
        "-171.88733853924697",
    );
    c(
        &mut f,
        "math.radians(0.0)",
        math("radians", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.radians(-0.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.radians(0.5)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.008726646259971648",
    );
    c(
        &mut f,
        "math.radians(-0.5)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.008726646259971648",
    );
    c(
        &mut f,
        "math.radians(1.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "0.017453292519943295",
    );
    c(
        &mut f,
        "math.radians(-1.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-0.017453292519943295",
    );
    c(
        &mut f,
        "math.radians(2.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "0.03490658503988659",
    );
    c(
        &mut f,
        "math.radians(0.1)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.0017453292519943296",
    );
    c(
        &mut f,
        "math.radians(1e-10)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.7453292519943296e-12",
    );
    c(
        &mut f,
        "math.radians(1e-300)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.7453292519943295e-302",
    );
    c(
        &mut f,
        "math.radians(5e-324)",
        math("radians", &[Value::Float(f64::from_bits(0x1))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.radians(3.5)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "0.061086523819801536",
    );
    c(
        &mut f,
        "math.radians(-2.5)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-0.04363323129985824",
    );
    c(
        &mut f,
        "math.radians(10.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "0.17453292519943295",
    );
    c(
        &mut f,
        "math.radians(100.5)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "1.7540558982543013",
    );
    c(
        &mut f,
        "math.radians(1e+16)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "174532925199432.97",
    );
    c(
        &mut f,
        "math.radians(1e+22)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1.7453292519943294e+20",
    );
    c(
        &mut f,
        "math.radians(1e+300)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1.7453292519943297e+298",
    );
    c(
        &mut f,
        "math.radians(1.7976931348623157e+308)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "3.1375664143845866e+306",
    );
    c(
        &mut f,
        "math.radians(inf)",
        math("radians", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.radians(-inf)",
        math("radians", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-inf",
    );
    c(
        &mut f,
        "math.radians(nan)",
        math("radians", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.radians(2.675)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "0.04668755749084831",
    );
    c(
        &mut f,
        "math.radians(0.3)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.005235987755982988",
    );
    c(
        &mut f,
        "math.radians(709.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "12.374384396639796",
    );
    c(
        &mut f,
        "math.radians(710.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "12.39183768915974",
    );
    c(
        &mut f,
        "math.radians(-745.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-13.002702927357754",
    );
    c(
        &mut f,
        "math.radians(171.5)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "2.993239667170275",
    );
    c(
        &mut f,
        "math.radians(23.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "0.4014257279586958",
    );
    c(
        &mut f,
        "math.radians(24.0)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "0.4188790204786391",
    );
    c(
        &mut f,
        "math.radians(-1.5)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-0.026179938779914945",
    );
    c(
        &mut f,
        "math.radians(1e-05)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.7453292519943297e-07",
    );
    c(
        &mut f,
        "math.radians(123456789.125)",
        math(
            "radians",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "2154727.4541715793",
    );
    c(
        &mut f,
        "math.radians(0)",
        math("radians", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.radians(1)",
        math("radians", &[Value::Int(1)], &[]),
        "0.017453292519943295",
    );
    c(
        &mut f,
        "math.radians(-1)",
        math("radians", &[Value::Int(-1)], &[]),
        "-0.017453292519943295",
    );
    c(
        &mut f,
        "math.radians(2)",
        math("radians", &[Value::Int(2)], &[]),
        "0.03490658503988659",
    );
    c(
        &mut f,
        "math.radians(3)",
        math("radians", &[Value::Int(3)], &[]),
        "0.05235987755982989",
    );
    c(
        &mut f,
        "math.radians(10)",
        math("radians", &[Value::Int(10)], &[]),
        "0.17453292519943295",
    );
    c(
        &mut f,
        "math.radians(-7)",
        math("radians", &[Value::Int(-7)], &[]),
        "-0.12217304763960307",
    );
    c(
        &mut f,
        "math.radians(255)",
        math("radians", &[Value::Int(255)], &[]),
        "4.4505895925855405",
    );
    c(
        &mut f,
        "math.radians(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "radians",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "1.870135315885894e+299",
    );
    c(
        &mut f,
        "math.radians(-3)",
        math("radians", &[Value::Int(-3)], &[]),
        "-0.05235987755982989",
    );
    c(
        &mut f,
        "math.ulp(0.0)",
        math("ulp", &[Value::Float(f64::from_bits(0x0))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.ulp(-0.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "5e-324",
    );
    c(
        &mut f,
        "math.ulp(0.5)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1.1102230246251565e-16",
    );
    c(
        &mut f,
        "math.ulp(-0.5)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "1.1102230246251565e-16",
    );
    c(
        &mut f,
        "math.ulp(1.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "2.220446049250313e-16",
    );
    c(
        &mut f,
        "math.ulp(-1.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "2.220446049250313e-16",
    );
    c(
        &mut f,
        "math.ulp(2.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "4.440892098500626e-16",
    );
    c(
        &mut f,
        "math.ulp(0.1)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "1.3877787807814457e-17",
    );
    c(
        &mut f,
        "math.ulp(1e-10)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1.2924697071141057e-26",
    );
    c(
        &mut f,
        "math.ulp(1e-300)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1.6578092e-316",
    );
    c(
        &mut f,
        "math.ulp(5e-324)",
        math("ulp", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.ulp(3.5)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "4.440892098500626e-16",
    );
    c(
        &mut f,
        "math.ulp(-2.5)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "4.440892098500626e-16",
    );
    c(
        &mut f,
        "math.ulp(10.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "1.7763568394002505e-15",
    );
    c(
        &mut f,
        "math.ulp(100.5)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "1.4210854715202004e-14",
    );
    c(
        &mut f,
        "math.ulp(1e+16)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.ulp(1e+22)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "2097152.0",
    );
    c(
        &mut f,
        "math.ulp(1e+300)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1.487016908477783e+284",
    );
    c(
        &mut f,
        "math.ulp(1.7976931348623157e+308)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.99584030953472e+292",
    );
    c(
        &mut f,
        "math.ulp(inf)",
        math("ulp", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.ulp(-inf)",
        math("ulp", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "math.ulp(nan)",
        math("ulp", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.ulp(2.675)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "4.440892098500626e-16",
    );
    c(
        &mut f,
        "math.ulp(0.3)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "5.551115123125783e-17",
    );
    c(
        &mut f,
        "math.ulp(709.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "1.1368683772161603e-13",
    );
    c(
        &mut f,
        "math.ulp(710.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "1.1368683772161603e-13",
    );
    c(
        &mut f,
        "math.ulp(-745.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "1.1368683772161603e-13",
    );
    c(
        &mut f,
        "math.ulp(171.5)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "2.842170943040401e-14",
    );
    c(
        &mut f,
        "math.ulp(23.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "3.552713678800501e-15",
    );
    c(
        &mut f,
        "math.ulp(24.0)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "3.552713678800501e-15",
    );
    c(
        &mut f,
        "math.ulp(-1.5)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "2.220446049250313e-16",
    );
    c(
        &mut f,
        "math.ulp(1e-05)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1.6940658945086007e-21",
    );
    c(
        &mut f,
        "math.ulp(123456789.125)",
        math(
            "ulp",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "1.4901161193847656e-08",
    );
    c(
        &mut f,
        "math.ulp(0)",
        math("ulp", &[Value::Int(0)], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "math.ulp(1)",
        math("ulp", &[Value::Int(1)], &[]),
        "2.220446049250313e-16",
    );
    c(
        &mut f,
        "math.ulp(-1)",
        math("ulp", &[Value::Int(-1)], &[]),
        "2.220446049250313e-16",
    );
    c(
        &mut f,
        "math.ulp(2)",
        math("ulp", &[Value::Int(2)], &[]),
        "4.440892098500626e-16",
    );
    c(
        &mut f,
        "math.ulp(3)",
        math("ulp", &[Value::Int(3)], &[]),
        "4.440892098500626e-16",
    );
    c(
        &mut f,
        "math.ulp(10)",
        math("ulp", &[Value::Int(10)], &[]),
        "1.7763568394002505e-15",
    );
    c(
        &mut f,
        "math.ulp(-7)",
        math("ulp", &[Value::Int(-7)], &[]),
        "8.881784197001252e-16",
    );
    c(
        &mut f,
        "math.ulp(255)",
        math("ulp", &[Value::Int(255)], &[]),
        "2.842170943040401e-14",
    );
    c(
        &mut f,
        "math.ulp(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        math(
            "ulp",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "2.379227053564453e+285",
    );
    c(
        &mut f,
        "math.ulp(-3)",
        math("ulp", &[Value::Int(-3)], &[]),
        "4.440892098500626e-16",
    );
    c(
        &mut f,
        "math.sqrt('a')",
        math("sqrt", &[Value::str("a")], &[]),
        "TypeError: must be real number, not str",
    );
    c(
        &mut f,
        "math.sqrt()",
        math("sqrt", &[], &[]),
        "TypeError: math.sqrt() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "math.floor('a')",
        math("floor", &[Value::str("a")], &[]),
        "TypeError: must be real number, not str",
    );
    c(
        &mut f,
        "math.floor()",
        math("floor", &[], &[]),
        "TypeError: math.floor() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "math.gamma('a')",
        math("gamma", &[Value::str("a")], &[]),
        "TypeError: must be real number, not str",
    );
    c(
        &mut f,
        "math.gamma()",
        math("gamma", &[], &[]),
        "TypeError: math.gamma() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "math.log('a')",
        math("log", &[Value::str("a")], &[]),
        "TypeError: must be real number, not str",
    );
    c(
        &mut f,
        "math.log()",
        math("log", &[], &[]),
        "TypeError: math.log requires 1 to 2 arguments",
    );
    c(
        &mut f,
        "math.atan2(1e+16, 3)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(3),
            ],
            &[],
        ),
        "1.5707963267948963",
    );
    c(
        &mut f,
        "math.atan2(1, 1e-10)",
        math(
            "atan2",
            &[
                Value::Int(1),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "1.5707963266948965",
    );
    c(
        &mut f,
        "math.atan2(0.3, 10)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(10),
            ],
            &[],
        ),
        "0.0299910048568779",
    );
    c(
        &mut f,
        "math.atan2(-1.5, 3)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "-0.4636476090008061",
    );
    c(
        &mut f,
        "math.atan2(1.0, 10)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(10),
            ],
            &[],
        ),
        "0.09966865249116202",
    );
    c(
        &mut f,
        "math.atan2(0.0, -1.5)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0xbff8000000000000)),
            ],
            &[],
        ),
        "3.141592653589793",
    );
    c(
        &mut f,
        "math.atan2(1e+22, -1)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(-1),
            ],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan2(100.5, -2.5)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "1.5956668196065018",
    );
    c(
        &mut f,
        "math.atan2(-1.5, 1)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.982793723247329",
    );
    c(
        &mut f,
        "math.atan2(-1, -1.5)",
        math(
            "atan2",
            &[
                Value::Int(-1),
                Value::Float(f64::from_bits(0xbff8000000000000)),
            ],
            &[],
        ),
        "-2.5535900500422257",
    );
    c(
        &mut f,
        "math.atan2(710.0, 1e-300)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            ],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan2(100.5, 1e-300)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            ],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan2(0, 709.0)",
        math(
            "atan2",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.atan2(0.0, 1.0)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.atan2(5e-324, 3)",
        math(
            "atan2",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(3)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.atan2(0.5, inf)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.atan2(-0.0, 1e+300)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.atan2(-1.5, 10)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(10),
            ],
            &[],
        ),
        "-0.14888994760949725",
    );
    c(
        &mut f,
        "math.atan2(709.0, 171.5)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Float(f64::from_bits(0x4065700000000000)),
            ],
            &[],
        ),
        "1.3334650623815256",
    );
    c(
        &mut f,
        "math.atan2(710.0, 2)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "1.5679794328370522",
    );
    c(
        &mut f,
        "math.atan2(23.0, 1e-10)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "1.5707963267905487",
    );
    c(
        &mut f,
        "math.atan2(0.3, 2.0)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Float(f64::from_bits(0x4000000000000000)),
            ],
            &[],
        ),
        "0.14888994760949725",
    );
    c(
        &mut f,
        "math.atan2(0.5, 1e-10)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "1.5707963265948965",
    );
    c(
        &mut f,
        "math.atan2(1e-05, 10.0)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Float(f64::from_bits(0x4024000000000000)),
            ],
            &[],
        ),
        "9.999999999996666e-07",
    );
    c(
        &mut f,
        "math.atan2(1e+22, 171.5)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Float(f64::from_bits(0x4065700000000000)),
            ],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan2(inf, -745.0)",
        math(
            "atan2",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "1.5707963267948966",
    );
    c(
        &mut f,
        "math.atan2(123456789.125, 709.0)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "1.5707905838948502",
    );
    c(
        &mut f,
        "math.atan2(2, 2.675)",
        math(
            "atan2",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0x4005666666666666)),
            ],
            &[],
        ),
        "0.6420041039235359",
    );
    c(
        &mut f,
        "math.atan2(1, 3)",
        math("atan2", &[Value::Int(1), Value::Int(3)], &[]),
        "0.3217505543966422",
    );
    c(
        &mut f,
        "math.atan2(-745.0, 3)",
        math(
            "atan2",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "-1.5667695029228537",
    );
    c(
        &mut f,
        "math.copysign(100.5, nan)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Float(f64::NAN),
            ],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "math.copysign(-0.0, 1e+300)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.copysign(10, 5e-324)",
        math(
            "copysign",
            &[Value::Int(10), Value::Float(f64::from_bits(0x1))],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "math.copysign(-inf, 1)",
        math(
            "copysign",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(1)],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.copysign(2, 2)",
        math("copysign", &[Value::Int(2), Value::Int(2)], &[]),
        "2.0",
    );
    c(
        &mut f,
        "math.copysign(2.0, 10.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Float(f64::from_bits(0x4024000000000000)),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.copysign(2, 1e+300)",
        math(
            "copysign",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.copysign(1.7976931348623157e+308, 0.1)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.copysign(1.0, -1.5)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Float(f64::from_bits(0xbff8000000000000)),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.copysign(-1.5, -1.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Float(f64::from_bits(0xbff0000000000000)),
            ],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "math.copysign(2.675, 1.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "math.copysign(-745.0, 1e-300)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            ],
            &[],
        ),
        "745.0",
    );
    c(
        &mut f,
        "math.copysign(-0.0, 1.7976931348623157e+308)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.copysign(171.5, -745.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "-171.5",
    );
    c(
        &mut f,
        "math.copysign(0.1, 0.5)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "math.copysign(10, -7)",
        math("copysign", &[Value::Int(10), Value::Int(-7)], &[]),
        "-10.0",
    );
    c(
        &mut f,
        "math.copysign(0.5, 709.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.copysign(3, nan)",
        math("copysign", &[Value::Int(3), Value::Float(f64::NAN)], &[]),
        "3.0",
    );
    c(
        &mut f,
        "math.copysign(-1, 1e+300)",
        math(
            "copysign",
            &[
                Value::Int(-1),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.copysign(123456789.125, 1e+16)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Float(f64::from_bits(0x4341c37937e08000)),
            ],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "math.copysign(0.5, inf)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.copysign(0.0, 1.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.copysign(2.0, 10)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(10),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.copysign(1, 0.5)",
        math(
            "copysign",
            &[
                Value::Int(1),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.copysign(-2.5, -745.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "math.copysign(1.7976931348623157e+308, -7)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(-7),
            ],
            &[],
        ),
        "-1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.copysign(1e+22, 1e-300)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "math.copysign(0.5, nan)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::NAN),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.copysign(-inf, 0.3)",
        math(
            "copysign",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.copysign(1e-10, 709.0)",
        math(
            "copysign",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.fmod(709.0, 24.0)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Float(f64::from_bits(0x4038000000000000)),
            ],
            &[],
        ),
        "13.0",
    );
    c(
        &mut f,
        "math.fmod(0, 709.0)",
        math(
            "fmod",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.fmod(10, -1)",
        math("fmod", &[Value::Int(10), Value::Int(-1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.fmod(2.0, -7)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(-7),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.fmod(123456789.125, 1e+300)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "math.fmod(171.5, 1e+16)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Float(f64::from_bits(0x4341c37937e08000)),
            ],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "math.fmod(inf, 171.5)",
        math(
            "fmod",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0x4065700000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(1e+22, 0)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(0),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(inf, -1)",
        math("fmod", &[Value::Float(f64::INFINITY), Value::Int(-1)], &[]),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(nan, 0.0)",
        math(
            "fmod",
            &[Value::Float(f64::NAN), Value::Float(f64::from_bits(0x0))],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.fmod(-745.0, 3)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.fmod(-inf, -0.0)",
        math(
            "fmod",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x8000000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(709.0, -7)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(-7),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.fmod(3, 1e-10)",
        math(
            "fmod",
            &[
                Value::Int(3),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "9.999989070340806e-11",
    );
    c(
        &mut f,
        "math.fmod(-0.5, nan)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Float(f64::NAN),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.fmod(24.0, 2.675)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Float(f64::from_bits(0x4005666666666666)),
            ],
            &[],
        ),
        "2.6000000000000014",
    );
    c(
        &mut f,
        "math.fmod(2.675, 10)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(10),
            ],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "math.fmod(1e+300, 1e-05)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            ],
            &[],
        ),
        "6.148232504163852e-06",
    );
    c(
        &mut f,
        "math.fmod(-0.0, 3)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.fmod(-0.5, -0.0)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Float(f64::from_bits(0x8000000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(0.3, 1e+22)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            ],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "math.fmod(24.0, inf)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "math.fmod(3, 10)",
        math("fmod", &[Value::Int(3), Value::Int(10)], &[]),
        "3.0",
    );
    c(
        &mut f,
        "math.fmod(-inf, 3.5)",
        math(
            "fmod",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x400c000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(0.3, 3.5)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Float(f64::from_bits(0x400c000000000000)),
            ],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "math.fmod(-inf, 0.3)",
        math(
            "fmod",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(10, 1e+22)",
        math(
            "fmod",
            &[
                Value::Int(10),
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            ],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "math.fmod(inf, 709.0)",
        math(
            "fmod",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(2.0, -0.0)",
        math(
            "fmod",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Float(f64::from_bits(0x8000000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.fmod(2, 1e-10)",
        math(
            "fmod",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "9.999992713560537e-11",
    );
    c(
        &mut f,
        "math.remainder(inf, 123456789.125)",
        math(
            "remainder",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0x419d6f3454800000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.remainder(100.5, 1e+300)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "math.remainder(1e+16, -inf)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Float(f64::NEG_INFINITY),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "math.remainder(3.5, 171.5)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Float(f64::from_bits(0x4065700000000000)),
            ],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "math.remainder(2.0, 2.0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Float(f64::from_bits(0x4000000000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.remainder(10, -inf)",
        math(
            "remainder",
            &[Value::Int(10), Value::Float(f64::NEG_INFINITY)],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "math.remainder(nan, 100.5)",
        math(
            "remainder",
            &[
                Value::Float(f64::NAN),
                Value::Float(f64::from_bits(0x4059200000000000)),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.remainder(23.0, 5e-324)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Float(f64::from_bits(0x1)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.remainder(-1.0, nan)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Float(f64::NAN),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.remainder(10.0, 2)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.remainder(23.0, 1e+300)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "math.remainder(100.5, 0.1)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "-5.578870698741412e-15",
    );
    c(
        &mut f,
        "math.remainder(0.5, 0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.remainder(-2.5, -inf)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Float(f64::NEG_INFINITY),
            ],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "math.remainder(2, 3.5)",
        math(
            "remainder",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0x400c000000000000)),
            ],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "math.remainder(1e+300, nan)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Float(f64::NAN),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.remainder(-1.0, -7)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(-7),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "math.remainder(2.675, 3)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(3),
            ],
            &[],
        ),
        "-0.3250000000000002",
    );
    c(
        &mut f,
        "math.remainder(1e-10, -745.0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "math.remainder(1.7976931348623157e+308, 0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(0),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.remainder(1e+300, 24.0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Float(f64::from_bits(0x4038000000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.remainder(2.675, -745.0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "math.remainder(1.7976931348623157e+308, -745.0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "263.0",
    );
    c(
        &mut f,
        "math.remainder(2, -745.0)",
        math(
            "remainder",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "math.remainder(0.5, -745.0)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.remainder(1e-300, -2.5)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "math.remainder(0.0, -1.5)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0xbff8000000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.remainder(-7, 123456789.125)",
        math(
            "remainder",
            &[
                Value::Int(-7),
                Value::Float(f64::from_bits(0x419d6f3454800000)),
            ],
            &[],
        ),
        "-7.0",
    );
    c(
        &mut f,
        "math.remainder(171.5, -1)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.5",
    );
    c(
        &mut f,
        "math.remainder(100.5, 0.5)",
        math(
            "remainder",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.pow(24.0, 0)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.pow(1.7976931348623157e+308, 1)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(1),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.pow(nan, 100.5)",
        math(
            "pow",
            &[
                Value::Float(f64::NAN),
                Value::Float(f64::from_bits(0x4059200000000000)),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.pow(1.0, 3)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.pow(1.7976931348623157e+308, 0.1)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "6.690699980388652e+30",
    );
    c(
        &mut f,
        "math.pow(1e+16, 0.5)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "100000000.0",
    );
    c(
        &mut f,
        "math.pow(0.5, 123456789.125)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::from_bits(0x419d6f3454800000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.pow(-2.5, 171.5)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Float(f64::from_bits(0x4065700000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.pow(2, -0.5)",
        math(
            "pow",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0xbfe0000000000000)),
            ],
            &[],
        ),
        "0.7071067811865476",
    );
    c(
        &mut f,
        "math.pow(0.0, -1.5)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0xbff8000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.pow(0.1, 5e-324)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x1)),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.pow(123456789.125, inf)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.pow(1e+16, -0.0)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Float(f64::from_bits(0x8000000000000000)),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.pow(0, 1)",
        math("pow", &[Value::Int(0), Value::Int(1)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.pow(-745.0, -0.5)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Float(f64::from_bits(0xbfe0000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.pow(-7, 0.1)",
        math(
            "pow",
            &[
                Value::Int(-7),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.pow(nan, 1e-10)",
        math(
            "pow",
            &[
                Value::Float(f64::NAN),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.pow(1e+22, 1)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(1),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "math.pow(-1.5, -0.5)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Float(f64::from_bits(0xbfe0000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.pow(2.675, 100.5)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Float(f64::from_bits(0x4059200000000000)),
            ],
            &[],
        ),
        "8.831623143829807e+42",
    );
    c(
        &mut f,
        "math.pow(-2.5, 0.1)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.pow(1, 0.1)",
        math(
            "pow",
            &[
                Value::Int(1),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.pow(5e-324, 1e+16)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x1)),
                Value::Float(f64::from_bits(0x4341c37937e08000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.pow(1e+300, 1e-10)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "1.0000000690775552",
    );
    c(
        &mut f,
        "math.pow(0.0, 1e-05)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.pow(2, 710.0)",
        math(
            "pow",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0x4086300000000000)),
            ],
            &[],
        ),
        "5.386379163185535e+213",
    );
    c(
        &mut f,
        "math.pow(-0.5, 1e+300)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.pow(1e+16, 1e+300)",
        math(
            "pow",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.pow(-7, 0)",
        math("pow", &[Value::Int(-7), Value::Int(0)], &[]),
        "1.0",
    );
    c(
        &mut f,
        "math.pow(0, 171.5)",
        math(
            "pow",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0x4065700000000000)),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.nextafter(-0.5, -1.5)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Float(f64::from_bits(0xbff8000000000000)),
            ],
            &[],
        ),
        "-0.5000000000000001",
    );
    c(
        &mut f,
        "math.nextafter(-inf, 0.0)",
        math(
            "nextafter",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x0)),
            ],
            &[],
        ),
        "-1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.nextafter(-0.5, 1e-10)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "-0.49999999999999994",
    );
    c(
        &mut f,
        "math.nextafter(0.5, 0.1)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "0.49999999999999994",
    );
    c(
        &mut f,
        "math.nextafter(-0.5, 1.0)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "-0.49999999999999994",
    );
    c(
        &mut f,
        "math.nextafter(-1.5, 0.5)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "-1.4999999999999998",
    );
    c(
        &mut f,
        "math.nextafter(-1.0, 123456789.125)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Float(f64::from_bits(0x419d6f3454800000)),
            ],
            &[],
        ),
        "-0.9999999999999999",
    );
    c(
        &mut f,
        "math.nextafter(123456789.125, 1e-05)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            ],
            &[],
        ),
        "123456789.12499999",
    );
    c(
        &mut f,
        "math.nextafter(-inf, 5e-324)",
        math(
            "nextafter",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x1)),
            ],
            &[],
        ),
        "-1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.nextafter(-inf, 1.0)",
        math(
            "nextafter",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "-1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.nextafter(2.675, 709.0)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "2.6750000000000003",
    );
    c(
        &mut f,
        "math.nextafter(709.0, 3)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "708.9999999999999",
    );
    c(
        &mut f,
        "math.nextafter(inf, 0.3)",
        math(
            "nextafter",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.nextafter(1e+22, -2.5)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "9.999999999999998e+21",
    );
    c(
        &mut f,
        "math.nextafter(nan, 171.5)",
        math(
            "nextafter",
            &[
                Value::Float(f64::NAN),
                Value::Float(f64::from_bits(0x4065700000000000)),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.nextafter(0.1, 1e-10)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "0.09999999999999999",
    );
    c(
        &mut f,
        "math.nextafter(-1, 0.0)",
        math(
            "nextafter",
            &[Value::Int(-1), Value::Float(f64::from_bits(0x0))],
            &[],
        ),
        "-0.9999999999999999",
    );
    c(
        &mut f,
        "math.nextafter(709.0, -1.0)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Float(f64::from_bits(0xbff0000000000000)),
            ],
            &[],
        ),
        "708.9999999999999",
    );
    c(
        &mut f,
        "math.nextafter(2, 3.5)",
        math(
            "nextafter",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0x400c000000000000)),
            ],
            &[],
        ),
        "2.0000000000000004",
    );
    c(
        &mut f,
        "math.nextafter(0.5, 0.3)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ],
            &[],
        ),
        "0.49999999999999994",
    );
    c(
        &mut f,
        "math.nextafter(24.0, 10)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(10),
            ],
            &[],
        ),
        "23.999999999999996",
    );
    c(
        &mut f,
        "math.nextafter(1, 709.0)",
        math(
            "nextafter",
            &[
                Value::Int(1),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "1.0000000000000002",
    );
    c(
        &mut f,
        "math.nextafter(0.5, -7)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(-7),
            ],
            &[],
        ),
        "0.49999999999999994",
    );
    c(
        &mut f,
        "math.nextafter(171.5, -0.5)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Float(f64::from_bits(0xbfe0000000000000)),
            ],
            &[],
        ),
        "171.49999999999997",
    );
    c(
        &mut f,
        "math.nextafter(0.3, 1e-05)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            ],
            &[],
        ),
        "0.29999999999999993",
    );
    c(
        &mut f,
        "math.nextafter(-inf, -745.0)",
        math(
            "nextafter",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "-1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.nextafter(-745.0, 24.0)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Float(f64::from_bits(0x4038000000000000)),
            ],
            &[],
        ),
        "-744.9999999999999",
    );
    c(
        &mut f,
        "math.nextafter(-0.0, 1e+16)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Float(f64::from_bits(0x4341c37937e08000)),
            ],
            &[],
        ),
        "5e-324",
    );
    c(
        &mut f,
        "math.nextafter(10.0, 1)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "9.999999999999998",
    );
    c(
        &mut f,
        "math.nextafter(1e+300, 3)",
        math(
            "nextafter",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(3),
            ],
            &[],
        ),
        "9.999999999999999e+299",
    );
    c(
        &mut f,
        "math.ldexp(1.0, 10)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(10),
            ],
            &[],
        ),
        "1024.0",
    );
    c(
        &mut f,
        "math.ldexp(171.5, 0)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "math.ldexp(-inf, -2000)",
        math(
            "ldexp",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(-2000)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "math.ldexp(1e+22, 2000)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(2000),
            ],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.ldexp(0.1, -1080)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(-1080),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.ldexp(2.0, 1180591620717411303424)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                big("1180591620717411303424"),
            ],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.ldexp(1, 1180591620717411303424)",
        math(
            "ldexp",
            &[Value::Int(1), big("1180591620717411303424")],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.ldexp(0.0, -1)",
        math(
            "ldexp",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(-1)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.ldexp(1e+16, 0)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(0),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "math.ldexp(0, 1180591620717411303424)",
        math(
            "ldexp",
            &[Value::Int(0), big("1180591620717411303424")],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.ldexp(2.0, -1)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.ldexp(-0.0, 1)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.ldexp(-0.0, 2000)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(2000),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.ldexp(1.7976931348623157e+308, 1024)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(1024),
            ],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.ldexp(-1.0, 1180591620717411303424)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                big("1180591620717411303424"),
            ],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.ldexp(123456789.125, 10)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(10),
            ],
            &[],
        ),
        "126419752064.0",
    );
    c(
        &mut f,
        "math.ldexp(2.0, 1)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "4.0",
    );
    c(
        &mut f,
        "math.ldexp(-1, -2000)",
        math("ldexp", &[Value::Int(-1), Value::Int(-2000)], &[]),
        "-0.0",
    );
    c(
        &mut f,
        "math.ldexp(-inf, -1)",
        math(
            "ldexp",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(-1)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "math.ldexp(1.0, -1)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.ldexp(1e+16, 1180591620717411303424)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                big("1180591620717411303424"),
            ],
            &[],
        ),
        "OverflowError: math range error",
    );
    c(
        &mut f,
        "math.ldexp(710.0, -1074)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(-1074),
            ],
            &[],
        ),
        "3.51e-321",
    );
    c(
        &mut f,
        "math.ldexp(10, -1074)",
        math("ldexp", &[Value::Int(10), Value::Int(-1074)], &[]),
        "5e-323",
    );
    c(
        &mut f,
        "math.ldexp(-1, 1)",
        math("ldexp", &[Value::Int(-1), Value::Int(1)], &[]),
        "-2.0",
    );
    c(
        &mut f,
        "math.ldexp(709.0, 10)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(10),
            ],
            &[],
        ),
        "726016.0",
    );
    c(
        &mut f,
        "math.ldexp(-745.0, -1080)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(-1080),
            ],
            &[],
        ),
        "-6e-323",
    );
    c(
        &mut f,
        "math.ldexp(2, -2000)",
        math("ldexp", &[Value::Int(2), Value::Int(-2000)], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.ldexp(-1.5, -1080)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(-1080),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "math.ldexp(1e-300, 1)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(1),
            ],
            &[],
        ),
        "2e-300",
    );
    c(
        &mut f,
        "math.ldexp(1e-05, -2000)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(-2000),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "math.hypot(23.0, 3)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "23.194827009486403",
    );
    c(
        &mut f,
        "math.hypot(3.5, 1e-10)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "math.hypot(1e+300, -2.5)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "math.hypot(1e-300, 3)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(3),
            ],
            &[],
        ),
        "3.0",
    );
    c(
        &mut f,
        "math.hypot(123456789.125, -inf)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Float(f64::NEG_INFINITY),
            ],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.hypot(100.5, 1)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "100.50497500124061",
    );
    c(
        &mut f,
        "math.hypot(1.7976931348623157e+308, -745.0)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Float(f64::from_bits(0xc087480000000000)),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "math.hypot(10, 3)",
        math("hypot", &[Value::Int(10), Value::Int(3)], &[]),
        "10.44030650891055",
    );
    c(
        &mut f,
        "math.hypot(3, 1e+300)",
        math(
            "hypot",
            &[
                Value::Int(3),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "math.hypot(10.0, inf)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.hypot(-0.0, 1e+300)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "math.hypot(-1.5, 709.0)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "709.0015867401145",
    );
    c(
        &mut f,
        "math.hypot(-2.5, 3.5)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Float(f64::from_bits(0x400c000000000000)),
            ],
            &[],
        ),
        "4.301162633521313",
    );
    c(
        &mut f,
        "math.hypot(2, 0.3)",
        math(
            "hypot",
            &[
                Value::Int(2),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ],
            &[],
        ),
        "2.0223748416156684",
    );
    c(
        &mut f,
        "math.hypot(1e+16, -inf)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Float(f64::NEG_INFINITY),
            ],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.hypot(-1.5, 1e-300)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            ],
            &[],
        ),
        "1.5",
    );
    c(
        &mut f,
        "math.hypot(-745.0, -1.5)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Float(f64::from_bits(0xbff8000000000000)),
            ],
            &[],
        ),
        "745.0015100655837",
    );
    c(
        &mut f,
        "math.hypot(10, 10.0)",
        math(
            "hypot",
            &[
                Value::Int(10),
                Value::Float(f64::from_bits(0x4024000000000000)),
            ],
            &[],
        ),
        "14.142135623730951",
    );
    c(
        &mut f,
        "math.hypot(24.0, 3)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "24.186773244895647",
    );
    c(
        &mut f,
        "math.hypot(-1, -0.0)",
        math(
            "hypot",
            &[
                Value::Int(-1),
                Value::Float(f64::from_bits(0x8000000000000000)),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.hypot(-1.5, 1.0)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "1.8027756377319946",
    );
    c(
        &mut f,
        "math.hypot(710.0, 0.5)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "710.0001760563161",
    );
    c(
        &mut f,
        "math.hypot(24.0, 100.5)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Float(f64::from_bits(0x4059200000000000)),
            ],
            &[],
        ),
        "103.32594059576714",
    );
    c(
        &mut f,
        "math.hypot(1e+16, 1.0)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "math.hypot(10.0, 1e+22)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "math.hypot(1e+16, -2.5)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "math.hypot(1e+22, 1e-10)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "math.hypot(3.5, -7)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(-7),
            ],
            &[],
        ),
        "7.826237921249264",
    );
    c(
        &mut f,
        "math.hypot(0.5, 1e+22)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "math.hypot(5e-324, 0.5)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x1)),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "math.log(-inf, 3.5)",
        math(
            "log",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x400c000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(171.5, -1.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Float(f64::from_bits(0xbff0000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(-1.0, 0.1)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(-1.0, 1e+22)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1.7976931348623157e+308, 0.5)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ],
            &[],
        ),
        "-1024.0",
    );
    c(
        &mut f,
        "math.log(2.675, 23.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Float(f64::from_bits(0x4037000000000000)),
            ],
            &[],
        ),
        "0.3138099810068995",
    );
    c(
        &mut f,
        "math.log(3, nan)",
        math("log", &[Value::Int(3), Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "math.log(0.0, -0.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0x8000000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(nan, nan)",
        math(
            "log",
            &[Value::Float(f64::NAN), Value::Float(f64::NAN)],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.log(171.5, 709.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Float(f64::from_bits(0x4086280000000000)),
            ],
            &[],
        ),
        "0.7837746040891344",
    );
    c(
        &mut f,
        "math.log(1e-05, 1.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "math.log(10.0, 3)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "2.095903274289385",
    );
    c(
        &mut f,
        "math.log(1e-05, 710.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Float(f64::from_bits(0x4086300000000000)),
            ],
            &[],
        ),
        "-1.753611699987216",
    );
    c(
        &mut f,
        "math.log(1e-10, 1)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(1),
            ],
            &[],
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "math.log(-inf, 0.1)",
        math(
            "log",
            &[
                Value::Float(f64::NEG_INFINITY),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1e+300, 1.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ],
            &[],
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "math.log(171.5, 0.1)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "-2.2342641243787895",
    );
    c(
        &mut f,
        "math.log(23.0, 0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1e+22, 2.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Float(f64::from_bits(0x4000000000000000)),
            ],
            &[],
        ),
        "73.08241808752197",
    );
    c(
        &mut f,
        "math.log(0, 0.3)",
        math(
            "log",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(0.3, 23.0)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Float(f64::from_bits(0x4037000000000000)),
            ],
            &[],
        ),
        "-0.38398182915134466",
    );
    c(
        &mut f,
        "math.log(1.7976931348623157e+308, 1e+22)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            ],
            &[],
        ),
        "14.011577979996215",
    );
    c(
        &mut f,
        "math.log(2.0, nan)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Float(f64::NAN),
            ],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.log(2, 1)",
        math("log", &[Value::Int(2), Value::Int(1)], &[]),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "math.log(0, 0.1)",
        math(
            "log",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1e-05, 123456789.125)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Float(f64::from_bits(0x419d6f3454800000)),
            ],
            &[],
        ),
        "-0.6179312543863669",
    );
    c(
        &mut f,
        "math.log(2.675, -0.5)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Float(f64::from_bits(0xbfe0000000000000)),
            ],
            &[],
        ),
        "ValueError: math domain error",
    );
    c(
        &mut f,
        "math.log(1.7976931348623157e+308, 2)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(2),
            ],
            &[],
        ),
        "1024.0",
    );
    c(
        &mut f,
        "math.log(3.5, 1e-300)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            ],
            &[],
        ),
        "-0.0018135601478342523",
    );
    c(
        &mut f,
        "math.log(3.5, 0.3)",
        math(
            "log",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ],
            &[],
        ),
        "-1.0405243075210058",
    );
    c(
        &mut f,
        "math.ldexp(1.0, 2.5)",
        math(
            "ldexp",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "TypeError: Expected an int as second argument to ldexp.",
    );
    c(
        &mut f,
        "math.pow(1.0)",
        math(
            "pow",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "TypeError: pow expected 2 arguments, got 1",
    );
    c(
        &mut f,
        "math.factorial(0)",
        math("factorial", &[Value::Int(0)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.factorial(1)",
        math("factorial", &[Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.factorial(5)",
        math("factorial", &[Value::Int(5)], &[]),
        "120",
    );
    c(
        &mut f,
        "math.factorial(20)",
        math("factorial", &[Value::Int(20)], &[]),
        "2432902008176640000",
    );
    c(
        &mut f,
        "math.factorial(25)",
        math("factorial", &[Value::Int(25)], &[]),
        "15511210043330985984000000",
    );
    c(
        &mut f,
        "math.factorial(100)",
        math("factorial", &[Value::Int(100)], &[]),
        "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000",
    );
    c(
        &mut f,
        "math.factorial(-1)",
        math("factorial", &[Value::Int(-1)], &[]),
        "ValueError: factorial() not defined for negative values",
    );
    c(
        &mut f,
        "math.factorial(10000000000000000000000000000000000000001)",
        math(
            "factorial",
            &[big("10000000000000000000000000000000000000001")],
            &[],
        ),
        "OverflowError: factorial() argument should not exceed 9223372036854775807",
    );
    c(
        &mut f,
        "math.factorial(1606938044258990275541962092341162602522202993782792835301376)",
        math(
            "factorial",
            &[big(
                "1606938044258990275541962092341162602522202993782792835301376",
            )],
            &[],
        ),
        "OverflowError: factorial() argument should not exceed 9223372036854775807",
    );
    c(
        &mut f,
        "math.factorial(5.0)",
        math(
            "factorial",
            &[Value::Float(f64::from_bits(0x4014000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "math.factorial(True)",
        math("factorial", &[Value::Bool(true)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.isqrt(0)",
        math("isqrt", &[Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.isqrt(1)",
        math("isqrt", &[Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.isqrt(5)",
        math("isqrt", &[Value::Int(5)], &[]),
        "2",
    );
    c(
        &mut f,
        "math.isqrt(20)",
        math("isqrt", &[Value::Int(20)], &[]),
        "4",
    );
    c(
        &mut f,
        "math.isqrt(25)",
        math("isqrt", &[Value::Int(25)], &[]),
        "5",
    );
    c(
        &mut f,
        "math.isqrt(100)",
        math("isqrt", &[Value::Int(100)], &[]),
        "10",
    );
    c(
        &mut f,
        "math.isqrt(-1)",
        math("isqrt", &[Value::Int(-1)], &[]),
        "ValueError: isqrt() argument must be nonnegative",
    );
    c(
        &mut f,
        "math.isqrt(10000000000000000000000000000000000000001)",
        math(
            "isqrt",
            &[big("10000000000000000000000000000000000000001")],
            &[],
        ),
        "100000000000000000000",
    );
    c(
        &mut f,
        "math.isqrt(1606938044258990275541962092341162602522202993782792835301376)",
        math(
            "isqrt",
            &[big(
                "1606938044258990275541962092341162602522202993782792835301376",
            )],
            &[],
        ),
        "1267650600228229401496703205376",
    );
    c(
        &mut f,
        "math.isqrt(5.0)",
        math(
            "isqrt",
            &[Value::Float(f64::from_bits(0x4014000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "math.isqrt(True)",
        math("isqrt", &[Value::Bool(true)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.comb(5, 2)",
        math("comb", &[Value::Int(5), Value::Int(2)], &[]),
        "10",
    );
    c(
        &mut f,
        "math.perm(5, 2)",
        math("perm", &[Value::Int(5), Value::Int(2)], &[]),
        "20",
    );
    c(
        &mut f,
        "math.comb(10, 10)",
        math("comb", &[Value::Int(10), Value::Int(10)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.perm(10, 10)",
        math("perm", &[Value::Int(10), Value::Int(10)], &[]),
        "3628800",
    );
    c(
        &mut f,
        "math.comb(5, 6)",
        math("comb", &[Value::Int(5), Value::Int(6)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.perm(5, 6)",
        math("perm", &[Value::Int(5), Value::Int(6)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.comb(50, 25)",
        math("comb", &[Value::Int(50), Value::Int(25)], &[]),
        "126410606437752",
    );
    c(
        &mut f,
        "math.perm(50, 25)",
        math("perm", &[Value::Int(50), Value::Int(25)], &[]),
        "1960781468160819415703172080467968000000",
    );
    c(
        &mut f,
        "math.comb(-1, 2)",
        math("comb", &[Value::Int(-1), Value::Int(2)], &[]),
        "ValueError: n must be a non-negative integer",
    );
    c(
        &mut f,
        "math.perm(-1, 2)",
        math("perm", &[Value::Int(-1), Value::Int(2)], &[]),
        "ValueError: n must be a non-negative integer",
    );
    c(
        &mut f,
        "math.comb(5, -1)",
        math("comb", &[Value::Int(5), Value::Int(-1)], &[]),
        "ValueError: k must be a non-negative integer",
    );
    c(
        &mut f,
        "math.perm(5, -1)",
        math("perm", &[Value::Int(5), Value::Int(-1)], &[]),
        "ValueError: k must be a non-negative integer",
    );
    c(
        &mut f,
        "math.comb(200, 100)",
        math("comb", &[Value::Int(200), Value::Int(100)], &[]),
        "90548514656103281165404177077484163874504589675413336841320",
    );
    c(
        &mut f,
        "math.perm(200, 100)",
        math("perm", &[Value::Int(200), Value::Int(100)], &[]),
        "8450550186924629495838157093855404565441366722012461965560414732385728621597296137876420884621412468214583850753160522570648517967532382305454834505647607520427964189812887040005874546880020480000000000000000000000000",
    );
    c(
        &mut f,
        "math.comb(1000, 3)",
        math("comb", &[Value::Int(1000), Value::Int(3)], &[]),
        "166167000",
    );
    c(
        &mut f,
        "math.perm(1000, 3)",
        math("perm", &[Value::Int(1000), Value::Int(3)], &[]),
        "997002000",
    );
    c(
        &mut f,
        "math.comb(5.0, 2)",
        math(
            "comb",
            &[
                Value::Float(f64::from_bits(0x4014000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "math.perm(5.0, 2)",
        math(
            "perm",
            &[
                Value::Float(f64::from_bits(0x4014000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "math.comb(0, 0)",
        math("comb", &[Value::Int(0), Value::Int(0)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.perm(0, 0)",
        math("perm", &[Value::Int(0), Value::Int(0)], &[]),
        "1",
    );
    c(
        &mut f,
        "math.perm(6)",
        math("perm", &[Value::Int(6)], &[]),
        "720",
    );
    c(&mut f, "math.gcd()", math("gcd", &[], &[]), "0");
    c(&mut f, "math.lcm()", math("lcm", &[], &[]), "1");
    c(
        &mut f,
        "math.gcd(12, 18)",
        math("gcd", &[Value::Int(12), Value::Int(18)], &[]),
        "6",
    );
    c(
        &mut f,
        "math.lcm(12, 18)",
        math("lcm", &[Value::Int(12), Value::Int(18)], &[]),
        "36",
    );
    c(
        &mut f,
        "math.gcd(-12, 18)",
        math("gcd", &[Value::Int(-12), Value::Int(18)], &[]),
        "6",
    );
    c(
        &mut f,
        "math.lcm(-12, 18)",
        math("lcm", &[Value::Int(-12), Value::Int(18)], &[]),
        "36",
    );
    c(
        &mut f,
        "math.gcd(0, 0)",
        math("gcd", &[Value::Int(0), Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.lcm(0, 0)",
        math("lcm", &[Value::Int(0), Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "math.gcd(1267650600228229401496703205376, 3626777458843887524118528)",
        math(
            "gcd",
            &[
                big("1267650600228229401496703205376"),
                big("3626777458843887524118528"),
            ],
            &[],
        ),
        "1208925819614629174706176",
    );
    c(
        &mut f,
        "math.lcm(1267650600228229401496703205376, 3626777458843887524118528)",
        math(
            "lcm",
            &[
                big("1267650600228229401496703205376"),
                big("3626777458843887524118528"),
            ],
            &[],
        ),
        "3802951800684688204490109616128",
    );
    c(
        &mut f,
        "math.gcd(4, 6, 10)",
        math("gcd", &[Value::Int(4), Value::Int(6), Value::Int(10)], &[]),
        "2",
    );
    c(
        &mut f,
        "math.lcm(4, 6, 10)",
        math("lcm", &[Value::Int(4), Value::Int(6), Value::Int(10)], &[]),
        "60",
    );
    c(
        &mut f,
        "math.gcd(1.5)",
        math(
            "gcd",
            &[Value::Float(f64::from_bits(0x3ff8000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "math.lcm(1.5)",
        math(
            "lcm",
            &[Value::Float(f64::from_bits(0x3ff8000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "math.gcd(7)",
        math("gcd", &[Value::Int(7)], &[]),
        "7",
    );
    c(
        &mut f,
        "math.lcm(7)",
        math("lcm", &[Value::Int(7)], &[]),
        "7",
    );
    c(
        &mut f,
        "math.fsum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ])],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "math.fsum([1e+100, 1.0, -1e+100, 1e-100, 1e+50, -1.0, -1e+50])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x54b249ad2594c37d)),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Float(f64::from_bits(0xd4b249ad2594c37d)),
                Value::Float(f64::from_bits(0x2b2bff2ee48e0530)),
                Value::Float(f64::from_bits(0x4a511b0ec57e649a)),
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Float(f64::from_bits(0xca511b0ec57e649a)),
            ])],
            &[],
        ),
        "1e-100",
    );
    c(
        &mut f,
        "math.fsum([])",
        math("fsum", &[Value::list(vec![])], &[]),
        "0.0",
    );
    c(
        &mut f,
        "math.fsum([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Int(0),
                Value::Int(1),
                Value::Int(2),
                Value::Int(3),
                Value::Int(4),
                Value::Int(5),
                Value::Int(6),
                Value::Int(7),
                Value::Int(8),
                Value::Int(9),
            ])],
            &[],
        ),
        "45.0",
    );
    c(
        &mut f,
        "math.fsum([1e+308, 1e+308])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
                Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
            ])],
            &[],
        ),
        "OverflowError: intermediate overflow in fsum",
    );
    c(
        &mut f,
        "math.fsum([inf, -inf])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::INFINITY),
                Value::Float(f64::NEG_INFINITY),
            ])],
            &[],
        ),
        "ValueError: -inf + inf in fsum",
    );
    c(
        &mut f,
        "math.fsum([inf, 1.0])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ])],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.fsum([1e-16, 1, 1e+16])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x3c9cd2b297d889bc)),
                Value::Int(1),
                Value::Float(f64::from_bits(0x4341c37937e08000)),
            ])],
            &[],
        ),
        "1.0000000000000002e+16",
    );
    c(
        &mut f,
        "math.fsum([0.1, 0.2, 0.3])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fc999999999999a)),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ])],
            &[],
        ),
        "0.6",
    );
    c(
        &mut f,
        "math.fsum([1152921504606846976, 0.5])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Int(1152921504606846976),
                Value::Float(f64::from_bits(0x3fe0000000000000)),
            ])],
            &[],
        ),
        "1.152921504606847e+18",
    );
    c(
        &mut f,
        "math.fsum([nan, 1.0])",
        math(
            "fsum",
            &[Value::list(vec![
                Value::Float(f64::NAN),
                Value::Float(f64::from_bits(0x3ff0000000000000)),
            ])],
            &[],
        ),
        "nan",
    );
    c(
        &mut f,
        "math.prod([1, 2, 3])",
        math(
            "prod",
            &[Value::list(vec![
                Value::Int(1),
                Value::Int(2),
                Value::Int(3),
            ])],
            &[],
        ),
        "6",
    );
    c(
        &mut f,
        "math.prod([1.5, 2])",
        math(
            "prod",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x3ff8000000000000)),
                Value::Int(2),
            ])],
            &[],
        ),
        "3.0",
    );
    c(
        &mut f,
        "math.prod([], start=5)",
        math("prod", &[Value::list(vec![])], &[("start", Value::Int(5))]),
        "5",
    );
    c(
        &mut f,
        "math.prod([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24])",
        math(
            "prod",
            &[Value::list(vec![
                Value::Int(1),
                Value::Int(2),
                Value::Int(3),
                Value::Int(4),
                Value::Int(5),
                Value::Int(6),
                Value::Int(7),
                Value::Int(8),
                Value::Int(9),
                Value::Int(10),
                Value::Int(11),
                Value::Int(12),
                Value::Int(13),
                Value::Int(14),
                Value::Int(15),
                Value::Int(16),
                Value::Int(17),
                Value::Int(18),
                Value::Int(19),
                Value::Int(20),
                Value::Int(21),
                Value::Int(22),
                Value::Int(23),
                Value::Int(24),
            ])],
            &[],
        ),
        "620448401733239439360000",
    );
    c(
        &mut f,
        "math.prod([2, 3], start=0.5)",
        math(
            "prod",
            &[Value::list(vec![Value::Int(2), Value::Int(3)])],
            &[("start", Value::Float(f64::from_bits(0x3fe0000000000000)))],
        ),
        "3.0",
    );
    c(
        &mut f,
        "math.prod(['a', 2])",
        math(
            "prod",
            &[Value::list(vec![Value::str("a"), Value::Int(2)])],
            &[],
        ),
        "'aa'",
    );
    c(
        &mut f,
        "math.isclose(1.0, 1.0000000001)",
        math(
            "isclose",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Float(f64::from_bits(0x3ff000000006df38)),
            ],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isclose(1.0, 1.1)",
        math(
            "isclose",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Float(f64::from_bits(0x3ff199999999999a)),
            ],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.isclose(0, 1e-10, abs_tol=1e-09)",
        math(
            "isclose",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            ],
            &[("abs_tol", Value::Float(f64::from_bits(0x3e112e0be826d695)))],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isclose(1, 2, rel_tol=-1)",
        math(
            "isclose",
            &[Value::Int(1), Value::Int(2)],
            &[("rel_tol", Value::Int(-1))],
        ),
        "ValueError: tolerances must be non-negative",
    );
    c(
        &mut f,
        "math.isclose(inf, inf)",
        math(
            "isclose",
            &[Value::Float(f64::INFINITY), Value::Float(f64::INFINITY)],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "math.isclose(nan, nan)",
        math(
            "isclose",
            &[Value::Float(f64::NAN), Value::Float(f64::NAN)],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "math.dist((1, 2), (4, 6))",
        math(
            "dist",
            &[
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                Value::tuple(vec![Value::Int(4), Value::Int(6)]),
            ],
            &[],
        ),
        "5.0",
    );
    c(
        &mut f,
        "math.dist((0,), (3,))",
        math(
            "dist",
            &[
                Value::tuple(vec![Value::Int(0)]),
                Value::tuple(vec![Value::Int(3)]),
            ],
            &[],
        ),
        "3.0",
    );
    c(
        &mut f,
        "math.dist((1, 2, 3), (4, 5, 6))",
        math(
            "dist",
            &[
                Value::tuple(vec![Value::Int(1), Value::Int(2), Value::Int(3)]),
                Value::tuple(vec![Value::Int(4), Value::Int(5), Value::Int(6)]),
            ],
            &[],
        ),
        "5.196152422706632",
    );
    c(
        &mut f,
        "math.dist([1], [1, 2])",
        math(
            "dist",
            &[
                Value::list(vec![Value::Int(1)]),
                Value::list(vec![Value::Int(1), Value::Int(2)]),
            ],
            &[],
        ),
        "ValueError: both points must have the same number of dimensions",
    );
    c(
        &mut f,
        "math.dist((1e+308, 1e+308), (-1e+308, -1e+308))",
        math(
            "dist",
            &[
                Value::tuple(vec![
                    Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
                    Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
                ]),
                Value::tuple(vec![
                    Value::Float(f64::from_bits(0xffe1ccf385ebc8a0)),
                    Value::Float(f64::from_bits(0xffe1ccf385ebc8a0)),
                ]),
            ],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.hypot(3, 4)",
        math("hypot", &[Value::Int(3), Value::Int(4)], &[]),
        "5.0",
    );
    c(&mut f, "math.hypot()", math("hypot", &[], &[]), "0.0");
    c(
        &mut f,
        "math.hypot(1e+308, 1e+308)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
                Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
            ],
            &[],
        ),
        "1.4142135623730951e+308",
    );
    c(
        &mut f,
        "math.hypot(1, 2, 3)",
        math("hypot", &[Value::Int(1), Value::Int(2), Value::Int(3)], &[]),
        "3.7416573867739413",
    );
    c(
        &mut f,
        "math.hypot(inf, nan)",
        math(
            "hypot",
            &[Value::Float(f64::INFINITY), Value::Float(f64::NAN)],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "math.hypot(-5)",
        math("hypot", &[Value::Int(-5)], &[]),
        "5.0",
    );
    c(
        &mut f,
        "math.hypot(1e-320, 1e-320)",
        math(
            "hypot",
            &[
                Value::Float(f64::from_bits(0x7e8)),
                Value::Float(f64::from_bits(0x7e8)),
            ],
            &[],
        ),
        "1.414e-320",
    );
    c(
        &mut f,
        "0.bit_length()",
        method(&Value::Int(0), "bit_length", &[], &[]),
        "0",
    );
    c(
        &mut f,
        "0.bit_count()",
        method(&Value::Int(0), "bit_count", &[], &[]),
        "0",
    );
    c(
        &mut f,
        "0.as_integer_ratio()",
        method(&Value::Int(0), "as_integer_ratio", &[], &[]),
        "(0, 1)",
    );
    c(
        &mut f,
        "0.conjugate()",
        method(&Value::Int(0), "conjugate", &[], &[]),
        "0",
    );
    c(
        &mut f,
        "0.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(0),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "0.to_bytes(16, 'little')",
        method(
            &Value::Int(0),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "0.to_bytes()",
        method(&Value::Int(0), "to_bytes", &[], &[]),
        "b'\\x00'",
    );
    c(
        &mut f,
        "0.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(0),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\x00\\x00'",
    );
    c(
        &mut f,
        "1.bit_length()",
        method(&Value::Int(1), "bit_length", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "1.bit_count()",
        method(&Value::Int(1), "bit_count", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "1.as_integer_ratio()",
        method(&Value::Int(1), "as_integer_ratio", &[], &[]),
        "(1, 1)",
    );
    c(
        &mut f,
        "1.conjugate()",
        method(&Value::Int(1), "conjugate", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "1.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(1),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01'",
    );
    c(
        &mut f,
        "1.to_bytes(16, 'little')",
        method(
            &Value::Int(1),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "1.to_bytes()",
        method(&Value::Int(1), "to_bytes", &[], &[]),
        "b'\\x01'",
    );
    c(
        &mut f,
        "1.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(1),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\x01\\x00'",
    );
    c(
        &mut f,
        "-1.bit_length()",
        method(&Value::Int(-1), "bit_length", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "-1.bit_count()",
        method(&Value::Int(-1), "bit_count", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "-1.as_integer_ratio()",
        method(&Value::Int(-1), "as_integer_ratio", &[], &[]),
        "(-1, 1)",
    );
    c(
        &mut f,
        "-1.conjugate()",
        method(&Value::Int(-1), "conjugate", &[], &[]),
        "-1",
    );
    c(
        &mut f,
        "-1.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(-1),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'",
    );
    c(
        &mut f,
        "-1.to_bytes(16, 'little')",
        method(
            &Value::Int(-1),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-1.to_bytes()",
        method(&Value::Int(-1), "to_bytes", &[], &[]),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-1.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(-1),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\xff\\xff'",
    );
    c(
        &mut f,
        "2.bit_length()",
        method(&Value::Int(2), "bit_length", &[], &[]),
        "2",
    );
    c(
        &mut f,
        "2.bit_count()",
        method(&Value::Int(2), "bit_count", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "2.as_integer_ratio()",
        method(&Value::Int(2), "as_integer_ratio", &[], &[]),
        "(2, 1)",
    );
    c(
        &mut f,
        "2.conjugate()",
        method(&Value::Int(2), "conjugate", &[], &[]),
        "2",
    );
    c(
        &mut f,
        "2.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(2),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02'",
    );
    c(
        &mut f,
        "2.to_bytes(16, 'little')",
        method(
            &Value::Int(2),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "2.to_bytes()",
        method(&Value::Int(2), "to_bytes", &[], &[]),
        "b'\\x02'",
    );
    c(
        &mut f,
        "2.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(2),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\x02\\x00'",
    );
    c(
        &mut f,
        "3.bit_length()",
        method(&Value::Int(3), "bit_length", &[], &[]),
        "2",
    );
    c(
        &mut f,
        "3.bit_count()",
        method(&Value::Int(3), "bit_count", &[], &[]),
        "2",
    );
    c(
        &mut f,
        "3.as_integer_ratio()",
        method(&Value::Int(3), "as_integer_ratio", &[], &[]),
        "(3, 1)",
    );
    c(
        &mut f,
        "3.conjugate()",
        method(&Value::Int(3), "conjugate", &[], &[]),
        "3",
    );
    c(
        &mut f,
        "3.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(3),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x03'",
    );
    c(
        &mut f,
        "3.to_bytes(16, 'little')",
        method(
            &Value::Int(3),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "3.to_bytes()",
        method(&Value::Int(3), "to_bytes", &[], &[]),
        "b'\\x03'",
    );
    c(
        &mut f,
        "3.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(3),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\x03\\x00'",
    );
    c(
        &mut f,
        "10.bit_length()",
        method(&Value::Int(10), "bit_length", &[], &[]),
        "4",
    );
    c(
        &mut f,
        "10.bit_count()",
        method(&Value::Int(10), "bit_count", &[], &[]),
        "2",
    );
    c(
        &mut f,
        "10.as_integer_ratio()",
        method(&Value::Int(10), "as_integer_ratio", &[], &[]),
        "(10, 1)",
    );
    c(
        &mut f,
        "10.conjugate()",
        method(&Value::Int(10), "conjugate", &[], &[]),
        "10",
    );
    c(
        &mut f,
        "10.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(10),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\n'",
    );
    c(
        &mut f,
        "10.to_bytes(16, 'little')",
        method(
            &Value::Int(10),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\n\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "10.to_bytes()",
        method(&Value::Int(10), "to_bytes", &[], &[]),
        "b'\\n'",
    );
    c(
        &mut f,
        "10.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(10),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\n\\x00'",
    );
    c(
        &mut f,
        "-7.bit_length()",
        method(&Value::Int(-7), "bit_length", &[], &[]),
        "3",
    );
    c(
        &mut f,
        "-7.bit_count()",
        method(&Value::Int(-7), "bit_count", &[], &[]),
        "3",
    );
    c(
        &mut f,
        "-7.as_integer_ratio()",
        method(&Value::Int(-7), "as_integer_ratio", &[], &[]),
        "(-7, 1)",
    );
    c(
        &mut f,
        "-7.conjugate()",
        method(&Value::Int(-7), "conjugate", &[], &[]),
        "-7",
    );
    c(
        &mut f,
        "-7.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(-7),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xf9'",
    );
    c(
        &mut f,
        "-7.to_bytes(16, 'little')",
        method(
            &Value::Int(-7),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-7.to_bytes()",
        method(&Value::Int(-7), "to_bytes", &[], &[]),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-7.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(-7),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\xf9\\xff'",
    );
    c(
        &mut f,
        "255.bit_length()",
        method(&Value::Int(255), "bit_length", &[], &[]),
        "8",
    );
    c(
        &mut f,
        "255.bit_count()",
        method(&Value::Int(255), "bit_count", &[], &[]),
        "8",
    );
    c(
        &mut f,
        "255.as_integer_ratio()",
        method(&Value::Int(255), "as_integer_ratio", &[], &[]),
        "(255, 1)",
    );
    c(
        &mut f,
        "255.conjugate()",
        method(&Value::Int(255), "conjugate", &[], &[]),
        "255",
    );
    c(
        &mut f,
        "255.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(255),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xff'",
    );
    c(
        &mut f,
        "255.to_bytes(16, 'little')",
        method(
            &Value::Int(255),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\xff\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "255.to_bytes()",
        method(&Value::Int(255), "to_bytes", &[], &[]),
        "b'\\xff'",
    );
    c(
        &mut f,
        "255.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(255),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\xff\\x00'",
    );
    c(
        &mut f,
        "9007199254740993.bit_length()",
        method(&Value::Int(9007199254740993), "bit_length", &[], &[]),
        "54",
    );
    c(
        &mut f,
        "9007199254740993.bit_count()",
        method(&Value::Int(9007199254740993), "bit_count", &[], &[]),
        "2",
    );
    c(
        &mut f,
        "9007199254740993.as_integer_ratio()",
        method(&Value::Int(9007199254740993), "as_integer_ratio", &[], &[]),
        "(9007199254740993, 1)",
    );
    c(
        &mut f,
        "9007199254740993.conjugate()",
        method(&Value::Int(9007199254740993), "conjugate", &[], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "9007199254740993.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(9007199254740993),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00 \\x00\\x00\\x00\\x00\\x00\\x01'",
    );
    c(
        &mut f,
        "9007199254740993.to_bytes(16, 'little')",
        method(
            &Value::Int(9007199254740993),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x01\\x00\\x00\\x00\\x00\\x00 \\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "9007199254740993.to_bytes()",
        method(&Value::Int(9007199254740993), "to_bytes", &[], &[]),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "9007199254740993.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(9007199254740993),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "9223372036854775808.bit_length()",
        method(&big("9223372036854775808"), "bit_length", &[], &[]),
        "64",
    );
    c(
        &mut f,
        "9223372036854775808.bit_count()",
        method(&big("9223372036854775808"), "bit_count", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "9223372036854775808.as_integer_ratio()",
        method(&big("9223372036854775808"), "as_integer_ratio", &[], &[]),
        "(9223372036854775808, 1)",
    );
    c(
        &mut f,
        "9223372036854775808.conjugate()",
        method(&big("9223372036854775808"), "conjugate", &[], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "9223372036854775808.to_bytes(16, 'big', signed=True)",
        method(
            &big("9223372036854775808"),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "9223372036854775808.to_bytes(16, 'little')",
        method(
            &big("9223372036854775808"),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "9223372036854775808.to_bytes()",
        method(&big("9223372036854775808"), "to_bytes", &[], &[]),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "9223372036854775808.to_bytes(2, byteorder='little', signed=True)",
        method(
            &big("9223372036854775808"),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "-9223372036854775808.bit_length()",
        method(&Value::Int(-9223372036854775808), "bit_length", &[], &[]),
        "64",
    );
    c(
        &mut f,
        "-9223372036854775808.bit_count()",
        method(&Value::Int(-9223372036854775808), "bit_count", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "-9223372036854775808.as_integer_ratio()",
        method(
            &Value::Int(-9223372036854775808),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(-9223372036854775808, 1)",
    );
    c(
        &mut f,
        "-9223372036854775808.conjugate()",
        method(&Value::Int(-9223372036854775808), "conjugate", &[], &[]),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "-9223372036854775808.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Int(-9223372036854775808),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "-9223372036854775808.to_bytes(16, 'little')",
        method(
            &Value::Int(-9223372036854775808),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-9223372036854775808.to_bytes()",
        method(&Value::Int(-9223372036854775808), "to_bytes", &[], &[]),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-9223372036854775808.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Int(-9223372036854775808),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "100000000000000000000.bit_length()",
        method(&big("100000000000000000000"), "bit_length", &[], &[]),
        "67",
    );
    c(
        &mut f,
        "100000000000000000000.bit_count()",
        method(&big("100000000000000000000"), "bit_count", &[], &[]),
        "26",
    );
    c(
        &mut f,
        "100000000000000000000.as_integer_ratio()",
        method(&big("100000000000000000000"), "as_integer_ratio", &[], &[]),
        "(100000000000000000000, 1)",
    );
    c(
        &mut f,
        "100000000000000000000.conjugate()",
        method(&big("100000000000000000000"), "conjugate", &[], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "100000000000000000000.to_bytes(16, 'big', signed=True)",
        method(
            &big("100000000000000000000"),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x05k\\xc7^-c\\x10\\x00\\x00'",
    );
    c(
        &mut f,
        "100000000000000000000.to_bytes(16, 'little')",
        method(
            &big("100000000000000000000"),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x00\\x00\\x10c-^\\xc7k\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "100000000000000000000.to_bytes()",
        method(&big("100000000000000000000"), "to_bytes", &[], &[]),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "100000000000000000000.to_bytes(2, byteorder='little', signed=True)",
        method(
            &big("100000000000000000000"),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.bit_length()",
        method(
            &big("-1000000000000000000000000000000"),
            "bit_length",
            &[],
            &[],
        ),
        "100",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.bit_count()",
        method(
            &big("-1000000000000000000000000000000"),
            "bit_count",
            &[],
            &[],
        ),
        "37",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.as_integer_ratio()",
        method(
            &big("-1000000000000000000000000000000"),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(-1000000000000000000000000000000, 1)",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.conjugate()",
        method(
            &big("-1000000000000000000000000000000"),
            "conjugate",
            &[],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.to_bytes(16, 'big', signed=True)",
        method(
            &big("-1000000000000000000000000000000"),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\xff\\xff\\xff\\xf3`\\xd3c/\\xb9\\x8b\\x12\\x15\\xc0\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.to_bytes(16, 'little')",
        method(
            &big("-1000000000000000000000000000000"),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.to_bytes()",
        method(
            &big("-1000000000000000000000000000000"),
            "to_bytes",
            &[],
            &[],
        ),
        "OverflowError: can't convert negative int to unsigned",
    );
    c(
        &mut f,
        "-1000000000000000000000000000000.to_bytes(2, byteorder='little', signed=True)",
        method(
            &big("-1000000000000000000000000000000"),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.bit_length()",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "bit_length",
            &[],
            &[],
        ),
        "1001",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.bit_count()",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "bit_count",
            &[],
            &[],
        ),
        "7",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.as_integer_ratio()",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, 1)",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.conjugate()",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "conjugate",
            &[],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.to_bytes(16, 'big', signed=True)",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.to_bytes(16, 'little')",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.to_bytes()",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "to_bytes",
            &[],
            &[],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721.to_bytes(2, byteorder='little', signed=True)",
        method(
            &big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            ),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.bit_length()",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "bit_length",
            &[],
            &[],
        ),
        "281",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.bit_count()",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "bit_count",
            &[],
            &[],
        ),
        "150",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.as_integer_ratio()",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, 1)",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.conjugate()",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "conjugate",
            &[],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.to_bytes(16, 'big', signed=True)",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.to_bytes(16, 'little')",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.to_bytes()",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "to_bytes",
            &[],
            &[],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001.to_bytes(2, byteorder='little', signed=True)",
        method(
            &big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            ),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "OverflowError: int too big to convert",
    );
    c(
        &mut f,
        "True.bit_length()",
        method(&Value::Bool(true), "bit_length", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "True.bit_count()",
        method(&Value::Bool(true), "bit_count", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "True.as_integer_ratio()",
        method(&Value::Bool(true), "as_integer_ratio", &[], &[]),
        "(1, 1)",
    );
    c(
        &mut f,
        "True.conjugate()",
        method(&Value::Bool(true), "conjugate", &[], &[]),
        "1",
    );
    c(
        &mut f,
        "True.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Bool(true),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01'",
    );
    c(
        &mut f,
        "True.to_bytes(16, 'little')",
        method(
            &Value::Bool(true),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "True.to_bytes()",
        method(&Value::Bool(true), "to_bytes", &[], &[]),
        "b'\\x01'",
    );
    c(
        &mut f,
        "True.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Bool(true),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\x01\\x00'",
    );
    c(
        &mut f,
        "False.bit_length()",
        method(&Value::Bool(false), "bit_length", &[], &[]),
        "0",
    );
    c(
        &mut f,
        "False.bit_count()",
        method(&Value::Bool(false), "bit_count", &[], &[]),
        "0",
    );
    c(
        &mut f,
        "False.as_integer_ratio()",
        method(&Value::Bool(false), "as_integer_ratio", &[], &[]),
        "(0, 1)",
    );
    c(
        &mut f,
        "False.conjugate()",
        method(&Value::Bool(false), "conjugate", &[], &[]),
        "0",
    );
    c(
        &mut f,
        "False.to_bytes(16, 'big', signed=True)",
        method(
            &Value::Bool(false),
            "to_bytes",
            &[Value::Int(16), Value::str("big")],
            &[("signed", Value::Bool(true))],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "False.to_bytes(16, 'little')",
        method(
            &Value::Bool(false),
            "to_bytes",
            &[Value::Int(16), Value::str("little")],
            &[],
        ),
        "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'",
    );
    c(
        &mut f,
        "False.to_bytes()",
        method(&Value::Bool(false), "to_bytes", &[], &[]),
        "b'\\x00'",
    );
    c(
        &mut f,
        "False.to_bytes(2, byteorder='little', signed=True)",
        method(
            &Value::Bool(false),
            "to_bytes",
            &[Value::Int(2)],
            &[
                ("byteorder", Value::str("little")),
                ("signed", Value::Bool(true)),
            ],
        ),
        "b'\\x00\\x00'",
    );
    c(
        &mut f,
        "5.to_bytes(2, 'middle')",
        method(
            &Value::Int(5),
            "to_bytes",
            &[Value::Int(2), Value::str("middle")],
            &[],
        ),
        "ValueError: byteorder must be either 'little' or 'big'",
    );
    c(
        &mut f,
        "5.to_bytes(-1, 'big')",
        method(
            &Value::Int(5),
            "to_bytes",
            &[Value::Int(-1), Value::str("big")],
            &[],
        ),
        "ValueError: length argument must be non-negative",
    );
    c(
        &mut f,
        "0.0.is_integer()",
        method(&Value::Float(f64::from_bits(0x0)), "is_integer", &[], &[]),
        "True",
    );
    c(
        &mut f,
        "0.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x0)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(0, 1)",
    );
    c(
        &mut f,
        "0.0.hex()",
        method(&Value::Float(f64::from_bits(0x0)), "hex", &[], &[]),
        "'0x0.0p+0'",
    );
    c(
        &mut f,
        "0.0.conjugate()",
        method(&Value::Float(f64::from_bits(0x0)), "conjugate", &[], &[]),
        "0.0",
    );
    c(
        &mut f,
        "-0.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x8000000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "-0.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x8000000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(0, 1)",
    );
    c(
        &mut f,
        "-0.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x8000000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'-0x0.0p+0'",
    );
    c(
        &mut f,
        "-0.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x8000000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "0.5.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x3fe0000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "0.5.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x3fe0000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(1, 2)",
    );
    c(
        &mut f,
        "0.5.hex()",
        method(
            &Value::Float(f64::from_bits(0x3fe0000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.0000000000000p-1'",
    );
    c(
        &mut f,
        "0.5.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x3fe0000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "-0.5.is_integer()",
        method(
            &Value::Float(f64::from_bits(0xbfe0000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "-0.5.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0xbfe0000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(-1, 2)",
    );
    c(
        &mut f,
        "-0.5.hex()",
        method(
            &Value::Float(f64::from_bits(0xbfe0000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'-0x1.0000000000000p-1'",
    );
    c(
        &mut f,
        "-0.5.conjugate()",
        method(
            &Value::Float(f64::from_bits(0xbfe0000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "-0.5",
    );
    c(
        &mut f,
        "1.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x3ff0000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "1.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x3ff0000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(1, 1)",
    );
    c(
        &mut f,
        "1.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x3ff0000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.0000000000000p+0'",
    );
    c(
        &mut f,
        "1.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x3ff0000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "-1.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0xbff0000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "-1.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0xbff0000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(-1, 1)",
    );
    c(
        &mut f,
        "-1.0.hex()",
        method(
            &Value::Float(f64::from_bits(0xbff0000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'-0x1.0000000000000p+0'",
    );
    c(
        &mut f,
        "-1.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0xbff0000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "2.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4000000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "2.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4000000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(2, 1)",
    );
    c(
        &mut f,
        "2.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x4000000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.0000000000000p+1'",
    );
    c(
        &mut f,
        "2.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4000000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "0.1.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x3fb999999999999a)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "0.1.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x3fb999999999999a)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(3602879701896397, 36028797018963968)",
    );
    c(
        &mut f,
        "0.1.hex()",
        method(
            &Value::Float(f64::from_bits(0x3fb999999999999a)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.999999999999ap-4'",
    );
    c(
        &mut f,
        "0.1.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x3fb999999999999a)),
            "conjugate",
            &[],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "1e-10.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "1e-10.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(7737125245533627, 77371252455336267181195264)",
    );
    c(
        &mut f,
        "1e-10.hex()",
        method(
            &Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.b7cdfd9d7bdbbp-34'",
    );
    c(
        &mut f,
        "1e-10.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
            "conjugate",
            &[],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "1e-300.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "1e-300.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(6032057205060441, 6032057205060440848842124543157735677050252251748505781796615064961622344493727293370973578138265743708225425014400837164813540499979063179105919597766951022193355091707896034850684039059079180396788349106095584290087446076413771468940477241550670753145517602931224392424029547429993824129889235158145614364972941312)",
    );
    c(
        &mut f,
        "1e-300.hex()",
        method(
            &Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.56e1fc2f8f359p-997'",
    );
    c(
        &mut f,
        "1e-300.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
            "conjugate",
            &[],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "5e-324.is_integer()",
        method(&Value::Float(f64::from_bits(0x1)), "is_integer", &[], &[]),
        "False",
    );
    c(
        &mut f,
        "5e-324.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x1)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)",
    );
    c(
        &mut f,
        "5e-324.hex()",
        method(&Value::Float(f64::from_bits(0x1)), "hex", &[], &[]),
        "'0x0.0000000000001p-1022'",
    );
    c(
        &mut f,
        "5e-324.conjugate()",
        method(&Value::Float(f64::from_bits(0x1)), "conjugate", &[], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "3.5.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x400c000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "3.5.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x400c000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(7, 2)",
    );
    c(
        &mut f,
        "3.5.hex()",
        method(
            &Value::Float(f64::from_bits(0x400c000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.c000000000000p+1'",
    );
    c(
        &mut f,
        "3.5.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x400c000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "-2.5.is_integer()",
        method(
            &Value::Float(f64::from_bits(0xc004000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "-2.5.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0xc004000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(-5, 2)",
    );
    c(
        &mut f,
        "-2.5.hex()",
        method(
            &Value::Float(f64::from_bits(0xc004000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'-0x1.4000000000000p+1'",
    );
    c(
        &mut f,
        "-2.5.conjugate()",
        method(
            &Value::Float(f64::from_bits(0xc004000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "10.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4024000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "10.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4024000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(10, 1)",
    );
    c(
        &mut f,
        "10.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x4024000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.4000000000000p+3'",
    );
    c(
        &mut f,
        "10.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4024000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "100.5.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4059200000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "100.5.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4059200000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(201, 2)",
    );
    c(
        &mut f,
        "100.5.hex()",
        method(
            &Value::Float(f64::from_bits(0x4059200000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.9200000000000p+6'",
    );
    c(
        &mut f,
        "100.5.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4059200000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "1e+16.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4341c37937e08000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "1e+16.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4341c37937e08000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(10000000000000000, 1)",
    );
    c(
        &mut f,
        "1e+16.hex()",
        method(
            &Value::Float(f64::from_bits(0x4341c37937e08000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.1c37937e08000p+53'",
    );
    c(
        &mut f,
        "1e+16.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4341c37937e08000)),
            "conjugate",
            &[],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "1e+22.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "1e+22.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(10000000000000000000000, 1)",
    );
    c(
        &mut f,
        "1e+22.hex()",
        method(
            &Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.0f0cf064dd592p+73'",
    );
    c(
        &mut f,
        "1e+22.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4480f0cf064dd592)),
            "conjugate",
            &[],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "1e+300.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "1e+300.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)",
    );
    c(
        &mut f,
        "1e+300.hex()",
        method(
            &Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.7e43c8800759cp+996'",
    );
    c(
        &mut f,
        "1e+300.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x7e37e43c8800759c)),
            "conjugate",
            &[],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "1.7976931348623157e+308.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x7fefffffffffffff)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "1.7976931348623157e+308.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x7fefffffffffffff)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368, 1)",
    );
    c(
        &mut f,
        "1.7976931348623157e+308.hex()",
        method(
            &Value::Float(f64::from_bits(0x7fefffffffffffff)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.fffffffffffffp+1023'",
    );
    c(
        &mut f,
        "1.7976931348623157e+308.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x7fefffffffffffff)),
            "conjugate",
            &[],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "inf.is_integer()",
        method(&Value::Float(f64::INFINITY), "is_integer", &[], &[]),
        "False",
    );
    c(
        &mut f,
        "inf.as_integer_ratio()",
        method(&Value::Float(f64::INFINITY), "as_integer_ratio", &[], &[]),
        "OverflowError: cannot convert Infinity to integer ratio",
    );
    c(
        &mut f,
        "inf.hex()",
        method(&Value::Float(f64::INFINITY), "hex", &[], &[]),
        "'inf'",
    );
    c(
        &mut f,
        "inf.conjugate()",
        method(&Value::Float(f64::INFINITY), "conjugate", &[], &[]),
        "inf",
    );
    c(
        &mut f,
        "-inf.is_integer()",
        method(&Value::Float(f64::NEG_INFINITY), "is_integer", &[], &[]),
        "False",
    );
    c(
        &mut f,
        "-inf.as_integer_ratio()",
        method(
            &Value::Float(f64::NEG_INFINITY),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "OverflowError: cannot convert Infinity to integer ratio",
    );
    c(
        &mut f,
        "-inf.hex()",
        method(&Value::Float(f64::NEG_INFINITY), "hex", &[], &[]),
        "'-inf'",
    );
    c(
        &mut f,
        "-inf.conjugate()",
        method(&Value::Float(f64::NEG_INFINITY), "conjugate", &[], &[]),
        "-inf",
    );
    c(
        &mut f,
        "nan.is_integer()",
        method(&Value::Float(f64::NAN), "is_integer", &[], &[]),
        "False",
    );
    c(
        &mut f,
        "nan.as_integer_ratio()",
        method(&Value::Float(f64::NAN), "as_integer_ratio", &[], &[]),
        "ValueError: cannot convert NaN to integer ratio",
    );
    c(
        &mut f,
        "nan.hex()",
        method(&Value::Float(f64::NAN), "hex", &[], &[]),
        "'nan'",
    );
    c(
        &mut f,
        "nan.conjugate()",
        method(&Value::Float(f64::NAN), "conjugate", &[], &[]),
        "nan",
    );
    c(
        &mut f,
        "2.675.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4005666666666666)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "2.675.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4005666666666666)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(3011782250804019, 1125899906842624)",
    );
    c(
        &mut f,
        "2.675.hex()",
        method(
            &Value::Float(f64::from_bits(0x4005666666666666)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.5666666666666p+1'",
    );
    c(
        &mut f,
        "2.675.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4005666666666666)),
            "conjugate",
            &[],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "0.3.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x3fd3333333333333)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "0.3.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x3fd3333333333333)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(5404319552844595, 18014398509481984)",
    );
    c(
        &mut f,
        "0.3.hex()",
        method(
            &Value::Float(f64::from_bits(0x3fd3333333333333)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.3333333333333p-2'",
    );
    c(
        &mut f,
        "0.3.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x3fd3333333333333)),
            "conjugate",
            &[],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "709.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4086280000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "709.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4086280000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(709, 1)",
    );
    c(
        &mut f,
        "709.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x4086280000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.6280000000000p+9'",
    );
    c(
        &mut f,
        "709.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4086280000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "710.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4086300000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "710.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4086300000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(710, 1)",
    );
    c(
        &mut f,
        "710.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x4086300000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.6300000000000p+9'",
    );
    c(
        &mut f,
        "710.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4086300000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "-745.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0xc087480000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "-745.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0xc087480000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(-745, 1)",
    );
    c(
        &mut f,
        "-745.0.hex()",
        method(
            &Value::Float(f64::from_bits(0xc087480000000000)),
            "hex",
            &[],
            &[],
        ),
        "'-0x1.7480000000000p+9'",
    );
    c(
        &mut f,
        "-745.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0xc087480000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "-745.0",
    );
    c(
        &mut f,
        "171.5.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4065700000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "171.5.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4065700000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(343, 2)",
    );
    c(
        &mut f,
        "171.5.hex()",
        method(
            &Value::Float(f64::from_bits(0x4065700000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.5700000000000p+7'",
    );
    c(
        &mut f,
        "171.5.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4065700000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "23.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4037000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "23.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4037000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(23, 1)",
    );
    c(
        &mut f,
        "23.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x4037000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.7000000000000p+4'",
    );
    c(
        &mut f,
        "23.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4037000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "24.0.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x4038000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "True",
    );
    c(
        &mut f,
        "24.0.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x4038000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(24, 1)",
    );
    c(
        &mut f,
        "24.0.hex()",
        method(
            &Value::Float(f64::from_bits(0x4038000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.8000000000000p+4'",
    );
    c(
        &mut f,
        "24.0.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x4038000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "-1.5.is_integer()",
        method(
            &Value::Float(f64::from_bits(0xbff8000000000000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "-1.5.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0xbff8000000000000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(-3, 2)",
    );
    c(
        &mut f,
        "-1.5.hex()",
        method(
            &Value::Float(f64::from_bits(0xbff8000000000000)),
            "hex",
            &[],
            &[],
        ),
        "'-0x1.8000000000000p+0'",
    );
    c(
        &mut f,
        "-1.5.conjugate()",
        method(
            &Value::Float(f64::from_bits(0xbff8000000000000)),
            "conjugate",
            &[],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "1e-05.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "1e-05.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(5902958103587057, 590295810358705651712)",
    );
    c(
        &mut f,
        "1e-05.hex()",
        method(
            &Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.4f8b588e368f1p-17'",
    );
    c(
        &mut f,
        "1e-05.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
            "conjugate",
            &[],
            &[],
        ),
        "1e-05",
    );
    c(
        &mut f,
        "123456789.125.is_integer()",
        method(
            &Value::Float(f64::from_bits(0x419d6f3454800000)),
            "is_integer",
            &[],
            &[],
        ),
        "False",
    );
    c(
        &mut f,
        "123456789.125.as_integer_ratio()",
        method(
            &Value::Float(f64::from_bits(0x419d6f3454800000)),
            "as_integer_ratio",
            &[],
            &[],
        ),
        "(987654313, 8)",
    );
    c(
        &mut f,
        "123456789.125.hex()",
        method(
            &Value::Float(f64::from_bits(0x419d6f3454800000)),
            "hex",
            &[],
            &[],
        ),
        "'0x1.d6f3454800000p+26'",
    );
    c(
        &mut f,
        "123456789.125.conjugate()",
        method(
            &Value::Float(f64::from_bits(0x419d6f3454800000)),
            "conjugate",
            &[],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "round(0.0)",
        builtin("round", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0.0, 0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(0)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.0, 1)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(1)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.0, 2)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(2)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.0, -1)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(-1)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.0, -2)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(-2)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.0, 5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(5)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.0, 400)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(400)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.0, -400)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(-400)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(-0.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(-0.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x8000000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(0.5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(0.5, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.5, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "round(0.5, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "round(0.5, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.5, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.5, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "round(0.5, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "round(0.5, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fe0000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(-0.5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(-0.5, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.5, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.5",
    );
    c(
        &mut f,
        "round(-0.5, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "-0.5",
    );
    c(
        &mut f,
        "round(-0.5, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.5, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-0.5, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "-0.5",
    );
    c(
        &mut f,
        "round(-0.5, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "-0.5",
    );
    c(
        &mut f,
        "round(-0.5, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe0000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(1.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "round(1.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "round(1.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "round(1.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "round(1.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "round(1.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "round(1.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ff0000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(-1.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "round(-1.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "round(-1.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "round(-1.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "round(-1.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-1.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-1.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "round(-1.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "round(-1.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff0000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(2.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "round(2.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "round(2.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "round(2.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "round(2.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(2.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(2.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "round(2.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "round(2.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.1)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(0.1, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(0),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.1, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "round(0.1, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "round(0.1, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.1, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.1, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(5),
            ],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "round(0.1, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(400),
            ],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "round(0.1, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-10)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(1e-10, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(0),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-10, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-10, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-10, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-10, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-10, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(5),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-10, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(400),
            ],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "round(1e-10, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-300)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(1e-300, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(0),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-300, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-300, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-300, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-300, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-300, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(5),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-300, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(400),
            ],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "round(1e-300, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x1a56e1fc2f8f359)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(5e-324)",
        builtin("round", &[Value::Float(f64::from_bits(0x1))], &[]),
        "0",
    );
    c(
        &mut f,
        "round(5e-324, 0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(0)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(5e-324, 1)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(1)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(5e-324, 2)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(2)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(5e-324, -1)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(-1)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(5e-324, -2)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(-2)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(5e-324, 5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(5)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(5e-324, 400)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(400)],
            &[],
        ),
        "5e-324",
    );
    c(
        &mut f,
        "round(5e-324, -400)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x1)), Value::Int(-400)],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(3.5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "4",
    );
    c(
        &mut f,
        "round(3.5, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "4.0",
    );
    c(
        &mut f,
        "round(3.5, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "round(3.5, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "round(3.5, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(3.5, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(3.5, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "round(3.5, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "round(3.5, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x400c000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(-2.5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-2",
    );
    c(
        &mut f,
        "round(-2.5, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "-2.0",
    );
    c(
        &mut f,
        "round(-2.5, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "round(-2.5, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "round(-2.5, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-2.5, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-2.5, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "round(-2.5, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "round(-2.5, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc004000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(10.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10",
    );
    c(
        &mut f,
        "round(10.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "round(10.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "round(10.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "round(10.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "round(10.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(10.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "round(10.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "round(10.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4024000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(100.5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "100",
    );
    c(
        &mut f,
        "round(100.5, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "100.0",
    );
    c(
        &mut f,
        "round(100.5, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "round(100.5, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "round(100.5, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "100.0",
    );
    c(
        &mut f,
        "round(100.5, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "100.0",
    );
    c(
        &mut f,
        "round(100.5, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "round(100.5, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "round(100.5, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4059200000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e+16)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "10000000000000000",
    );
    c(
        &mut f,
        "round(1e+16, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(0),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "round(1e+16, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(1),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "round(1e+16, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(2),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "round(1e+16, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "round(1e+16, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "round(1e+16, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(5),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "round(1e+16, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(400),
            ],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "round(1e+16, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4341c37937e08000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e+22)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "10000000000000000000000",
    );
    c(
        &mut f,
        "round(1e+22, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(0),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "round(1e+22, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(1),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "round(1e+22, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(2),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "round(1e+22, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(-1),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "round(1e+22, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(-2),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "round(1e+22, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(5),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "round(1e+22, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(400),
            ],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "round(1e+22, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4480f0cf064dd592)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e+300)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    );
    c(
        &mut f,
        "round(1e+300, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(0),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "round(1e+300, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(1),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "round(1e+300, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(2),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "round(1e+300, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(-1),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "round(1e+300, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(-2),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "round(1e+300, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(5),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "round(1e+300, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(400),
            ],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "round(1e+300, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7e37e43c8800759c)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(0),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(1),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(2),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(-1),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(-2),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(5),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(400),
            ],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "round(1.7976931348623157e+308, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x7fefffffffffffff)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(inf)",
        builtin("round", &[Value::Float(f64::INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "round(inf, 0)",
        builtin("round", &[Value::Float(f64::INFINITY), Value::Int(0)], &[]),
        "inf",
    );
    c(
        &mut f,
        "round(inf, 1)",
        builtin("round", &[Value::Float(f64::INFINITY), Value::Int(1)], &[]),
        "inf",
    );
    c(
        &mut f,
        "round(inf, 2)",
        builtin("round", &[Value::Float(f64::INFINITY), Value::Int(2)], &[]),
        "inf",
    );
    c(
        &mut f,
        "round(inf, -1)",
        builtin("round", &[Value::Float(f64::INFINITY), Value::Int(-1)], &[]),
        "inf",
    );
    c(
        &mut f,
        "round(inf, -2)",
        builtin("round", &[Value::Float(f64::INFINITY), Value::Int(-2)], &[]),
        "inf",
    );
    c(
        &mut f,
        "round(inf, 5)",
        builtin("round", &[Value::Float(f64::INFINITY), Value::Int(5)], &[]),
        "inf",
    );
    c(
        &mut f,
        "round(inf, 400)",
        builtin(
            "round",
            &[Value::Float(f64::INFINITY), Value::Int(400)],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "round(inf, -400)",
        builtin(
            "round",
            &[Value::Float(f64::INFINITY), Value::Int(-400)],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "round(-inf)",
        builtin("round", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "round(-inf, 0)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(0)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(-inf, 1)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(1)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(-inf, 2)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(2)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(-inf, -1)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(-1)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(-inf, -2)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(-2)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(-inf, 5)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(5)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(-inf, 400)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(400)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(-inf, -400)",
        builtin(
            "round",
            &[Value::Float(f64::NEG_INFINITY), Value::Int(-400)],
            &[],
        ),
        "-inf",
    );
    c(
        &mut f,
        "round(nan)",
        builtin("round", &[Value::Float(f64::NAN)], &[]),
        "ValueError: cannot convert float NaN to integer",
    );
    c(
        &mut f,
        "round(nan, 0)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(0)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(nan, 1)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(1)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(nan, 2)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(2)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(nan, -1)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(-1)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(nan, -2)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(-2)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(nan, 5)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(5)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(nan, 400)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(400)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(nan, -400)",
        builtin("round", &[Value::Float(f64::NAN), Value::Int(-400)], &[]),
        "nan",
    );
    c(
        &mut f,
        "round(2.675)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "3",
    );
    c(
        &mut f,
        "round(2.675, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(0),
            ],
            &[],
        ),
        "3.0",
    );
    c(
        &mut f,
        "round(2.675, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(1),
            ],
            &[],
        ),
        "2.7",
    );
    c(
        &mut f,
        "round(2.675, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(2),
            ],
            &[],
        ),
        "2.67",
    );
    c(
        &mut f,
        "round(2.675, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(2.675, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(2.675, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(5),
            ],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "round(2.675, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(400),
            ],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "round(2.675, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4005666666666666)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.3)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(0.3, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(0),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.3, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "round(0.3, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "round(0.3, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.3, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0.3, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(5),
            ],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "round(0.3, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(400),
            ],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "round(0.3, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fd3333333333333)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(709.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709",
    );
    c(
        &mut f,
        "round(709.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "round(709.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "round(709.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "round(709.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "round(709.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "700.0",
    );
    c(
        &mut f,
        "round(709.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "round(709.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "round(709.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086280000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(710.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710",
    );
    c(
        &mut f,
        "round(710.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "round(710.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "round(710.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "round(710.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "round(710.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "700.0",
    );
    c(
        &mut f,
        "round(710.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "round(710.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "round(710.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4086300000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(-745.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-745",
    );
    c(
        &mut f,
        "round(-745.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "-745.0",
    );
    c(
        &mut f,
        "round(-745.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-745.0",
    );
    c(
        &mut f,
        "round(-745.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "-745.0",
    );
    c(
        &mut f,
        "round(-745.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-740.0",
    );
    c(
        &mut f,
        "round(-745.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-700.0",
    );
    c(
        &mut f,
        "round(-745.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "-745.0",
    );
    c(
        &mut f,
        "round(-745.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "-745.0",
    );
    c(
        &mut f,
        "round(-745.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc087480000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(171.5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "172",
    );
    c(
        &mut f,
        "round(171.5, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "172.0",
    );
    c(
        &mut f,
        "round(171.5, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "round(171.5, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "round(171.5, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "170.0",
    );
    c(
        &mut f,
        "round(171.5, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "200.0",
    );
    c(
        &mut f,
        "round(171.5, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "round(171.5, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "round(171.5, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4065700000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(23.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23",
    );
    c(
        &mut f,
        "round(23.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "round(23.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "round(23.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "round(23.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "20.0",
    );
    c(
        &mut f,
        "round(23.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(23.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "round(23.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "round(23.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4037000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(24.0)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24",
    );
    c(
        &mut f,
        "round(24.0, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "round(24.0, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "round(24.0, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "round(24.0, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "20.0",
    );
    c(
        &mut f,
        "round(24.0, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(24.0, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "round(24.0, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "round(24.0, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4038000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(-1.5)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-2",
    );
    c(
        &mut f,
        "round(-1.5, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "-2.0",
    );
    c(
        &mut f,
        "round(-1.5, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(1),
            ],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "round(-1.5, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "round(-1.5, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-1.5, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(-1.5, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(5),
            ],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "round(-1.5, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(400),
            ],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "round(-1.5, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbff8000000000000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "round(1e-05)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(1e-05, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(0),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-05, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-05, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-05, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-05, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(-2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(1e-05, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(5),
            ],
            &[],
        ),
        "1e-05",
    );
    c(
        &mut f,
        "round(1e-05, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(400),
            ],
            &[],
        ),
        "1e-05",
    );
    c(
        &mut f,
        "round(1e-05, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ee4f8b588e368f1)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(123456789.125)",
        builtin(
            "round",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456789",
    );
    c(
        &mut f,
        "round(123456789.125, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(0),
            ],
            &[],
        ),
        "123456789.0",
    );
    c(
        &mut f,
        "round(123456789.125, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(1),
            ],
            &[],
        ),
        "123456789.1",
    );
    c(
        &mut f,
        "round(123456789.125, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(2),
            ],
            &[],
        ),
        "123456789.12",
    );
    c(
        &mut f,
        "round(123456789.125, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(-1),
            ],
            &[],
        ),
        "123456790.0",
    );
    c(
        &mut f,
        "round(123456789.125, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "123456800.0",
    );
    c(
        &mut f,
        "round(123456789.125, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(5),
            ],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "round(123456789.125, 400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(400),
            ],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "round(123456789.125, -400)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x419d6f3454800000)),
                Value::Int(-400),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "round(0)",
        builtin("round", &[Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, 0)",
        builtin("round", &[Value::Int(0), Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, 1)",
        builtin("round", &[Value::Int(0), Value::Int(1)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, 2)",
        builtin("round", &[Value::Int(0), Value::Int(2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, -1)",
        builtin("round", &[Value::Int(0), Value::Int(-1)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, -2)",
        builtin("round", &[Value::Int(0), Value::Int(-2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, 5)",
        builtin("round", &[Value::Int(0), Value::Int(5)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, 400)",
        builtin("round", &[Value::Int(0), Value::Int(400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(0, -400)",
        builtin("round", &[Value::Int(0), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(1)",
        builtin("round", &[Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "round(1, 0)",
        builtin("round", &[Value::Int(1), Value::Int(0)], &[]),
        "1",
    );
    c(
        &mut f,
        "round(1, 1)",
        builtin("round", &[Value::Int(1), Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "round(1, 2)",
        builtin("round", &[Value::Int(1), Value::Int(2)], &[]),
        "1",
    );
    c(
        &mut f,
        "round(1, -1)",
        builtin("round", &[Value::Int(1), Value::Int(-1)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(1, -2)",
        builtin("round", &[Value::Int(1), Value::Int(-2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(1, 5)",
        builtin("round", &[Value::Int(1), Value::Int(5)], &[]),
        "1",
    );
    c(
        &mut f,
        "round(1, 400)",
        builtin("round", &[Value::Int(1), Value::Int(400)], &[]),
        "1",
    );
    c(
        &mut f,
        "round(1, -400)",
        builtin("round", &[Value::Int(1), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(-1)",
        builtin("round", &[Value::Int(-1)], &[]),
        "-1",
    );
    c(
        &mut f,
        "round(-1, 0)",
        builtin("round", &[Value::Int(-1), Value::Int(0)], &[]),
        "-1",
    );
    c(
        &mut f,
        "round(-1, 1)",
        builtin("round", &[Value::Int(-1), Value::Int(1)], &[]),
        "-1",
    );
    c(
        &mut f,
        "round(-1, 2)",
        builtin("round", &[Value::Int(-1), Value::Int(2)], &[]),
        "-1",
    );
    c(
        &mut f,
        "round(-1, -1)",
        builtin("round", &[Value::Int(-1), Value::Int(-1)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(-1, -2)",
        builtin("round", &[Value::Int(-1), Value::Int(-2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(-1, 5)",
        builtin("round", &[Value::Int(-1), Value::Int(5)], &[]),
        "-1",
    );
    c(
        &mut f,
        "round(-1, 400)",
        builtin("round", &[Value::Int(-1), Value::Int(400)], &[]),
        "-1",
    );
    c(
        &mut f,
        "round(-1, -400)",
        builtin("round", &[Value::Int(-1), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(2)",
        builtin("round", &[Value::Int(2)], &[]),
        "2",
    );
    c(
        &mut f,
        "round(2, 0)",
        builtin("round", &[Value::Int(2), Value::Int(0)], &[]),
        "2",
    );
    c(
        &mut f,
        "round(2, 1)",
        builtin("round", &[Value::Int(2), Value::Int(1)], &[]),
        "2",
    );
    c(
        &mut f,
        "round(2, 2)",
        builtin("round", &[Value::Int(2), Value::Int(2)], &[]),
        "2",
    );
    c(
        &mut f,
        "round(2, -1)",
        builtin("round", &[Value::Int(2), Value::Int(-1)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(2, -2)",
        builtin("round", &[Value::Int(2), Value::Int(-2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(2, 5)",
        builtin("round", &[Value::Int(2), Value::Int(5)], &[]),
        "2",
    );
    c(
        &mut f,
        "round(2, 400)",
        builtin("round", &[Value::Int(2), Value::Int(400)], &[]),
        "2",
    );
    c(
        &mut f,
        "round(2, -400)",
        builtin("round", &[Value::Int(2), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(3)",
        builtin("round", &[Value::Int(3)], &[]),
        "3",
    );
    c(
        &mut f,
        "round(3, 0)",
        builtin("round", &[Value::Int(3), Value::Int(0)], &[]),
        "3",
    );
    c(
        &mut f,
        "round(3, 1)",
        builtin("round", &[Value::Int(3), Value::Int(1)], &[]),
        "3",
    );
    c(
        &mut f,
        "round(3, 2)",
        builtin("round", &[Value::Int(3), Value::Int(2)], &[]),
        "3",
    );
    c(
        &mut f,
        "round(3, -1)",
        builtin("round", &[Value::Int(3), Value::Int(-1)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(3, -2)",
        builtin("round", &[Value::Int(3), Value::Int(-2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(3, 5)",
        builtin("round", &[Value::Int(3), Value::Int(5)], &[]),
        "3",
    );
    c(
        &mut f,
        "round(3, 400)",
        builtin("round", &[Value::Int(3), Value::Int(400)], &[]),
        "3",
    );
    c(
        &mut f,
        "round(3, -400)",
        builtin("round", &[Value::Int(3), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(10)",
        builtin("round", &[Value::Int(10)], &[]),
        "10",
    );
    c(
        &mut f,
        "round(10, 0)",
        builtin("round", &[Value::Int(10), Value::Int(0)], &[]),
        "10",
    );
    c(
        &mut f,
        "round(10, 1)",
        builtin("round", &[Value::Int(10), Value::Int(1)], &[]),
        "10",
    );
    c(
        &mut f,
        "round(10, 2)",
        builtin("round", &[Value::Int(10), Value::Int(2)], &[]),
        "10",
    );
    c(
        &mut f,
        "round(10, -1)",
        builtin("round", &[Value::Int(10), Value::Int(-1)], &[]),
        "10",
    );
    c(
        &mut f,
        "round(10, -2)",
        builtin("round", &[Value::Int(10), Value::Int(-2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(10, 5)",
        builtin("round", &[Value::Int(10), Value::Int(5)], &[]),
        "10",
    );
    c(
        &mut f,
        "round(10, 400)",
        builtin("round", &[Value::Int(10), Value::Int(400)], &[]),
        "10",
    );
    c(
        &mut f,
        "round(10, -400)",
        builtin("round", &[Value::Int(10), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(-7)",
        builtin("round", &[Value::Int(-7)], &[]),
        "-7",
    );
    c(
        &mut f,
        "round(-7, 0)",
        builtin("round", &[Value::Int(-7), Value::Int(0)], &[]),
        "-7",
    );
    c(
        &mut f,
        "round(-7, 1)",
        builtin("round", &[Value::Int(-7), Value::Int(1)], &[]),
        "-7",
    );
    c(
        &mut f,
        "round(-7, 2)",
        builtin("round", &[Value::Int(-7), Value::Int(2)], &[]),
        "-7",
    );
    c(
        &mut f,
        "round(-7, -1)",
        builtin("round", &[Value::Int(-7), Value::Int(-1)], &[]),
        "-10",
    );
    c(
        &mut f,
        "round(-7, -2)",
        builtin("round", &[Value::Int(-7), Value::Int(-2)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(-7, 5)",
        builtin("round", &[Value::Int(-7), Value::Int(5)], &[]),
        "-7",
    );
    c(
        &mut f,
        "round(-7, 400)",
        builtin("round", &[Value::Int(-7), Value::Int(400)], &[]),
        "-7",
    );
    c(
        &mut f,
        "round(-7, -400)",
        builtin("round", &[Value::Int(-7), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(255)",
        builtin("round", &[Value::Int(255)], &[]),
        "255",
    );
    c(
        &mut f,
        "round(255, 0)",
        builtin("round", &[Value::Int(255), Value::Int(0)], &[]),
        "255",
    );
    c(
        &mut f,
        "round(255, 1)",
        builtin("round", &[Value::Int(255), Value::Int(1)], &[]),
        "255",
    );
    c(
        &mut f,
        "round(255, 2)",
        builtin("round", &[Value::Int(255), Value::Int(2)], &[]),
        "255",
    );
    c(
        &mut f,
        "round(255, -1)",
        builtin("round", &[Value::Int(255), Value::Int(-1)], &[]),
        "260",
    );
    c(
        &mut f,
        "round(255, -2)",
        builtin("round", &[Value::Int(255), Value::Int(-2)], &[]),
        "300",
    );
    c(
        &mut f,
        "round(255, 5)",
        builtin("round", &[Value::Int(255), Value::Int(5)], &[]),
        "255",
    );
    c(
        &mut f,
        "round(255, 400)",
        builtin("round", &[Value::Int(255), Value::Int(400)], &[]),
        "255",
    );
    c(
        &mut f,
        "round(255, -400)",
        builtin("round", &[Value::Int(255), Value::Int(-400)], &[]),
        "0",
    );
    c(
        &mut f,
        "round(9007199254740993)",
        builtin("round", &[Value::Int(9007199254740993)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "round(9007199254740993, 0)",
        builtin("round", &[Value::Int(9007199254740993), Value::Int(0)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "round(9007199254740993, 1)",
        builtin("round", &[Value::Int(9007199254740993), Value::Int(1)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "round(9007199254740993, 2)",
        builtin("round", &[Value::Int(9007199254740993), Value::Int(2)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "round(9007199254740993, -1)",
        builtin(
            "round",
            &[Value::Int(9007199254740993), Value::Int(-1)],
            &[],
        ),
        "9007199254740990",
    );
    c(
        &mut f,
        "round(9007199254740993, -2)",
        builtin(
            "round",
            &[Value::Int(9007199254740993), Value::Int(-2)],
            &[],
        ),
        "9007199254741000",
    );
    c(
        &mut f,
        "round(9007199254740993, 5)",
        builtin("round", &[Value::Int(9007199254740993), Value::Int(5)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "round(9007199254740993, 400)",
        builtin(
            "round",
            &[Value::Int(9007199254740993), Value::Int(400)],
            &[],
        ),
        "9007199254740993",
    );
    c(
        &mut f,
        "round(9007199254740993, -400)",
        builtin(
            "round",
            &[Value::Int(9007199254740993), Value::Int(-400)],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(9223372036854775808)",
        builtin("round", &[big("9223372036854775808")], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "round(9223372036854775808, 0)",
        builtin("round", &[big("9223372036854775808"), Value::Int(0)], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "round(9223372036854775808, 1)",
        builtin("round", &[big("9223372036854775808"), Value::Int(1)], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "round(9223372036854775808, 2)",
        builtin("round", &[big("9223372036854775808"), Value::Int(2)], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "round(9223372036854775808, -1)",
        builtin("round", &[big("9223372036854775808"), Value::Int(-1)], &[]),
        "9223372036854775810",
    );
    c(
        &mut f,
        "round(9223372036854775808, -2)",
        builtin("round", &[big("9223372036854775808"), Value::Int(-2)], &[]),
        "9223372036854775800",
    );
    c(
        &mut f,
        "round(9223372036854775808, 5)",
        builtin("round", &[big("9223372036854775808"), Value::Int(5)], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "round(9223372036854775808, 400)",
        builtin("round", &[big("9223372036854775808"), Value::Int(400)], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "round(9223372036854775808, -400)",
        builtin(
            "round",
            &[big("9223372036854775808"), Value::Int(-400)],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(-9223372036854775808)",
        builtin("round", &[Value::Int(-9223372036854775808)], &[]),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "round(-9223372036854775808, 0)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(0)],
            &[],
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "round(-9223372036854775808, 1)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(1)],
            &[],
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "round(-9223372036854775808, 2)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(2)],
            &[],
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "round(-9223372036854775808, -1)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(-1)],
            &[],
        ),
        "-9223372036854775810",
    );
    c(
        &mut f,
        "round(-9223372036854775808, -2)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(-2)],
            &[],
        ),
        "-9223372036854775800",
    );
    c(
        &mut f,
        "round(-9223372036854775808, 5)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(5)],
            &[],
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "round(-9223372036854775808, 400)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(400)],
            &[],
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "round(-9223372036854775808, -400)",
        builtin(
            "round",
            &[Value::Int(-9223372036854775808), Value::Int(-400)],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(100000000000000000000)",
        builtin("round", &[big("100000000000000000000")], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, 0)",
        builtin("round", &[big("100000000000000000000"), Value::Int(0)], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, 1)",
        builtin("round", &[big("100000000000000000000"), Value::Int(1)], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, 2)",
        builtin("round", &[big("100000000000000000000"), Value::Int(2)], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, -1)",
        builtin(
            "round",
            &[big("100000000000000000000"), Value::Int(-1)],
            &[],
        ),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, -2)",
        builtin(
            "round",
            &[big("100000000000000000000"), Value::Int(-2)],
            &[],
        ),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, 5)",
        builtin("round", &[big("100000000000000000000"), Value::Int(5)], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, 400)",
        builtin(
            "round",
            &[big("100000000000000000000"), Value::Int(400)],
            &[],
        ),
        "100000000000000000000",
    );
    c(
        &mut f,
        "round(100000000000000000000, -400)",
        builtin(
            "round",
            &[big("100000000000000000000"), Value::Int(-400)],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000)",
        builtin("round", &[big("-1000000000000000000000000000000")], &[]),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, 0)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(0)],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, 1)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(1)],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, 2)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(2)],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, -1)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(-1)],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, -2)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(-2)],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, 5)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(5)],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, 400)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(400)],
            &[],
        ),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "round(-1000000000000000000000000000000, -400)",
        builtin(
            "round",
            &[big("-1000000000000000000000000000000"), Value::Int(-400)],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        builtin(
            "round",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, 0)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(0),
            ],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, 1)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(1),
            ],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, 2)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(2),
            ],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, -1)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(-1),
            ],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081720",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, -2)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(-2),
            ],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081700",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, 5)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(5),
            ],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, 400)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(400),
            ],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "round(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721, -400)",
        builtin(
            "round",
            &[
                big(
                    "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
                ),
                Value::Int(-400),
            ],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001)",
        builtin(
            "round",
            &[big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            )],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, 0)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(0),
            ],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, 1)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(1),
            ],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, 2)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(2),
            ],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, -1)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(-1),
            ],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060000",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, -2)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(-2),
            ],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060000",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, 5)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(5),
            ],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, 400)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(400),
            ],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "round(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001, -400)",
        builtin(
            "round",
            &[
                big(
                    "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
                ),
                Value::Int(-400),
            ],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "int('12')",
        builtin("int", &[Value::str("12")], &[]),
        "12",
    );
    c(
        &mut f,
        "int('12', 0)",
        builtin("int", &[Value::str("12"), Value::Int(0)], &[]),
        "12",
    );
    c(
        &mut f,
        "int('12', 2)",
        builtin("int", &[Value::str("12"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '12'",
    );
    c(
        &mut f,
        "int('12', 16)",
        builtin("int", &[Value::str("12"), Value::Int(16)], &[]),
        "18",
    );
    c(
        &mut f,
        "int('12', 36)",
        builtin("int", &[Value::str("12"), Value::Int(36)], &[]),
        "38",
    );
    c(
        &mut f,
        "int('12', 37)",
        builtin("int", &[Value::str("12"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int(' -12 ')",
        builtin("int", &[Value::str(" -12 ")], &[]),
        "-12",
    );
    c(
        &mut f,
        "int(' -12 ', 0)",
        builtin("int", &[Value::str(" -12 "), Value::Int(0)], &[]),
        "-12",
    );
    c(
        &mut f,
        "int(' -12 ', 2)",
        builtin("int", &[Value::str(" -12 "), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: ' -12 '",
    );
    c(
        &mut f,
        "int(' -12 ', 16)",
        builtin("int", &[Value::str(" -12 "), Value::Int(16)], &[]),
        "-18",
    );
    c(
        &mut f,
        "int(' -12 ', 36)",
        builtin("int", &[Value::str(" -12 "), Value::Int(36)], &[]),
        "-38",
    );
    c(
        &mut f,
        "int(' -12 ', 37)",
        builtin("int", &[Value::str(" -12 "), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('0x1f')",
        builtin("int", &[Value::str("0x1f")], &[]),
        "ValueError: invalid literal for int() with base 10: '0x1f'",
    );
    c(
        &mut f,
        "int('0x1f', 0)",
        builtin("int", &[Value::str("0x1f"), Value::Int(0)], &[]),
        "31",
    );
    c(
        &mut f,
        "int('0x1f', 2)",
        builtin("int", &[Value::str("0x1f"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '0x1f'",
    );
    c(
        &mut f,
        "int('0x1f', 16)",
        builtin("int", &[Value::str("0x1f"), Value::Int(16)], &[]),
        "31",
    );
    c(
        &mut f,
        "int('0x1f', 36)",
        builtin("int", &[Value::str("0x1f"), Value::Int(36)], &[]),
        "42819",
    );
    c(
        &mut f,
        "int('0x1f', 37)",
        builtin("int", &[Value::str("0x1f"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('1_000')",
        builtin("int", &[Value::str("1_000")], &[]),
        "1000",
    );
    c(
        &mut f,
        "int('1_000', 0)",
        builtin("int", &[Value::str("1_000"), Value::Int(0)], &[]),
        "1000",
    );
    c(
        &mut f,
        "int('1_000', 2)",
        builtin("int", &[Value::str("1_000"), Value::Int(2)], &[]),
        "8",
    );
    c(
        &mut f,
        "int('1_000', 16)",
        builtin("int", &[Value::str("1_000"), Value::Int(16)], &[]),
        "4096",
    );
    c(
        &mut f,
        "int('1_000', 36)",
        builtin("int", &[Value::str("1_000"), Value::Int(36)], &[]),
        "46656",
    );
    c(
        &mut f,
        "int('1_000', 37)",
        builtin("int", &[Value::str("1_000"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('١٢٣')",
        builtin("int", &[Value::str("١٢٣")], &[]),
        "123",
    );
    c(
        &mut f,
        "int('١٢٣', 0)",
        builtin("int", &[Value::str("١٢٣"), Value::Int(0)], &[]),
        "123",
    );
    c(
        &mut f,
        "int('١٢٣', 2)",
        builtin("int", &[Value::str("١٢٣"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '١٢٣'",
    );
    c(
        &mut f,
        "int('١٢٣', 16)",
        builtin("int", &[Value::str("١٢٣"), Value::Int(16)], &[]),
        "291",
    );
    c(
        &mut f,
        "int('١٢٣', 36)",
        builtin("int", &[Value::str("١٢٣"), Value::Int(36)], &[]),
        "1371",
    );
    c(
        &mut f,
        "int('١٢٣', 37)",
        builtin("int", &[Value::str("١٢٣"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('+0b101')",
        builtin("int", &[Value::str("+0b101")], &[]),
        "ValueError: invalid literal for int() with base 10: '+0b101'",
    );
    c(
        &mut f,
        "int('+0b101', 0)",
        builtin("int", &[Value::str("+0b101"), Value::Int(0)], &[]),
        "5",
    );
    c(
        &mut f,
        "int('+0b101', 2)",
        builtin("int", &[Value::str("+0b101"), Value::Int(2)], &[]),
        "5",
    );
    c(
        &mut f,
        "int('+0b101', 16)",
        builtin("int", &[Value::str("+0b101"), Value::Int(16)], &[]),
        "45313",
    );
    c(
        &mut f,
        "int('+0b101', 36)",
        builtin("int", &[Value::str("+0b101"), Value::Int(36)], &[]),
        "514513",
    );
    c(
        &mut f,
        "int('+0b101', 37)",
        builtin("int", &[Value::str("+0b101"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('0o17')",
        builtin("int", &[Value::str("0o17")], &[]),
        "ValueError: invalid literal for int() with base 10: '0o17'",
    );
    c(
        &mut f,
        "int('0o17', 0)",
        builtin("int", &[Value::str("0o17"), Value::Int(0)], &[]),
        "15",
    );
    c(
        &mut f,
        "int('0o17', 2)",
        builtin("int", &[Value::str("0o17"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '0o17'",
    );
    c(
        &mut f,
        "int('0o17', 16)",
        builtin("int", &[Value::str("0o17"), Value::Int(16)], &[]),
        "ValueError: invalid literal for int() with base 16: '0o17'",
    );
    c(
        &mut f,
        "int('0o17', 36)",
        builtin("int", &[Value::str("0o17"), Value::Int(36)], &[]),
        "31147",
    );
    c(
        &mut f,
        "int('0o17', 37)",
        builtin("int", &[Value::str("0o17"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('09')",
        builtin("int", &[Value::str("09")], &[]),
        "9",
    );
    c(
        &mut f,
        "int('09', 0)",
        builtin("int", &[Value::str("09"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: '09'",
    );
    c(
        &mut f,
        "int('09', 2)",
        builtin("int", &[Value::str("09"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '09'",
    );
    c(
        &mut f,
        "int('09', 16)",
        builtin("int", &[Value::str("09"), Value::Int(16)], &[]),
        "9",
    );
    c(
        &mut f,
        "int('09', 36)",
        builtin("int", &[Value::str("09"), Value::Int(36)], &[]),
        "9",
    );
    c(
        &mut f,
        "int('09', 37)",
        builtin("int", &[Value::str("09"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('1__0')",
        builtin("int", &[Value::str("1__0")], &[]),
        "ValueError: invalid literal for int() with base 10: '1__0'",
    );
    c(
        &mut f,
        "int('1__0', 0)",
        builtin("int", &[Value::str("1__0"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: '1__0'",
    );
    c(
        &mut f,
        "int('1__0', 2)",
        builtin("int", &[Value::str("1__0"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '1__0'",
    );
    c(
        &mut f,
        "int('1__0', 16)",
        builtin("int", &[Value::str("1__0"), Value::Int(16)], &[]),
        "ValueError: invalid literal for int() with base 16: '1__0'",
    );
    c(
        &mut f,
        "int('1__0', 36)",
        builtin("int", &[Value::str("1__0"), Value::Int(36)], &[]),
        "ValueError: invalid literal for int() with base 36: '1__0'",
    );
    c(
        &mut f,
        "int('1__0', 37)",
        builtin("int", &[Value::str("1__0"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('_1')",
        builtin("int", &[Value::str("_1")], &[]),
        "ValueError: invalid literal for int() with base 10: '_1'",
    );
    c(
        &mut f,
        "int('_1', 0)",
        builtin("int", &[Value::str("_1"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: '_1'",
    );
    c(
        &mut f,
        "int('_1', 2)",
        builtin("int", &[Value::str("_1"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '_1'",
    );
    c(
        &mut f,
        "int('_1', 16)",
        builtin("int", &[Value::str("_1"), Value::Int(16)], &[]),
        "ValueError: invalid literal for int() with base 16: '_1'",
    );
    c(
        &mut f,
        "int('_1', 36)",
        builtin("int", &[Value::str("_1"), Value::Int(36)], &[]),
        "ValueError: invalid literal for int() with base 36: '_1'",
    );
    c(
        &mut f,
        "int('_1', 37)",
        builtin("int", &[Value::str("_1"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('')",
        builtin("int", &[Value::str("")], &[]),
        "ValueError: invalid literal for int() with base 10: ''",
    );
    c(
        &mut f,
        "int('', 0)",
        builtin("int", &[Value::str(""), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: ''",
    );
    c(
        &mut f,
        "int('', 2)",
        builtin("int", &[Value::str(""), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: ''",
    );
    c(
        &mut f,
        "int('', 16)",
        builtin("int", &[Value::str(""), Value::Int(16)], &[]),
        "ValueError: invalid literal for int() with base 16: ''",
    );
    c(
        &mut f,
        "int('', 36)",
        builtin("int", &[Value::str(""), Value::Int(36)], &[]),
        "ValueError: invalid literal for int() with base 36: ''",
    );
    c(
        &mut f,
        "int('', 37)",
        builtin("int", &[Value::str(""), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('abc')",
        builtin("int", &[Value::str("abc")], &[]),
        "ValueError: invalid literal for int() with base 10: 'abc'",
    );
    c(
        &mut f,
        "int('abc', 0)",
        builtin("int", &[Value::str("abc"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: 'abc'",
    );
    c(
        &mut f,
        "int('abc', 2)",
        builtin("int", &[Value::str("abc"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: 'abc'",
    );
    c(
        &mut f,
        "int('abc', 16)",
        builtin("int", &[Value::str("abc"), Value::Int(16)], &[]),
        "2748",
    );
    c(
        &mut f,
        "int('abc', 36)",
        builtin("int", &[Value::str("abc"), Value::Int(36)], &[]),
        "13368",
    );
    c(
        &mut f,
        "int('abc', 37)",
        builtin("int", &[Value::str("abc"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('1e5')",
        builtin("int", &[Value::str("1e5")], &[]),
        "ValueError: invalid literal for int() with base 10: '1e5'",
    );
    c(
        &mut f,
        "int('1e5', 0)",
        builtin("int", &[Value::str("1e5"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: '1e5'",
    );
    c(
        &mut f,
        "int('1e5', 2)",
        builtin("int", &[Value::str("1e5"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '1e5'",
    );
    c(
        &mut f,
        "int('1e5', 16)",
        builtin("int", &[Value::str("1e5"), Value::Int(16)], &[]),
        "485",
    );
    c(
        &mut f,
        "int('1e5', 36)",
        builtin("int", &[Value::str("1e5"), Value::Int(36)], &[]),
        "1805",
    );
    c(
        &mut f,
        "int('1e5', 37)",
        builtin("int", &[Value::str("1e5"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int(' 12\\n')",
        builtin("int", &[Value::str(" 12\n")], &[]),
        "12",
    );
    c(
        &mut f,
        "int(' 12\\n', 0)",
        builtin("int", &[Value::str(" 12\n"), Value::Int(0)], &[]),
        "12",
    );
    c(
        &mut f,
        "int(' 12\\n', 2)",
        builtin("int", &[Value::str(" 12\n"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: ' 12\\n'",
    );
    c(
        &mut f,
        "int(' 12\\n', 16)",
        builtin("int", &[Value::str(" 12\n"), Value::Int(16)], &[]),
        "18",
    );
    c(
        &mut f,
        "int(' 12\\n', 36)",
        builtin("int", &[Value::str(" 12\n"), Value::Int(36)], &[]),
        "38",
    );
    c(
        &mut f,
        "int(' 12\\n', 37)",
        builtin("int", &[Value::str(" 12\n"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('-0')",
        builtin("int", &[Value::str("-0")], &[]),
        "0",
    );
    c(
        &mut f,
        "int('-0', 0)",
        builtin("int", &[Value::str("-0"), Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('-0', 2)",
        builtin("int", &[Value::str("-0"), Value::Int(2)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('-0', 16)",
        builtin("int", &[Value::str("-0"), Value::Int(16)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('-0', 36)",
        builtin("int", &[Value::str("-0"), Value::Int(36)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('-0', 37)",
        builtin("int", &[Value::str("-0"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('0_0')",
        builtin("int", &[Value::str("0_0")], &[]),
        "0",
    );
    c(
        &mut f,
        "int('0_0', 0)",
        builtin("int", &[Value::str("0_0"), Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('0_0', 2)",
        builtin("int", &[Value::str("0_0"), Value::Int(2)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('0_0', 16)",
        builtin("int", &[Value::str("0_0"), Value::Int(16)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('0_0', 36)",
        builtin("int", &[Value::str("0_0"), Value::Int(36)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('0_0', 37)",
        builtin("int", &[Value::str("0_0"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('00')",
        builtin("int", &[Value::str("00")], &[]),
        "0",
    );
    c(
        &mut f,
        "int('00', 0)",
        builtin("int", &[Value::str("00"), Value::Int(0)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('00', 2)",
        builtin("int", &[Value::str("00"), Value::Int(2)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('00', 16)",
        builtin("int", &[Value::str("00"), Value::Int(16)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('00', 36)",
        builtin("int", &[Value::str("00"), Value::Int(36)], &[]),
        "0",
    );
    c(
        &mut f,
        "int('00', 37)",
        builtin("int", &[Value::str("00"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('0x')",
        builtin("int", &[Value::str("0x")], &[]),
        "ValueError: invalid literal for int() with base 10: '0x'",
    );
    c(
        &mut f,
        "int('0x', 0)",
        builtin("int", &[Value::str("0x"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: '0x'",
    );
    c(
        &mut f,
        "int('0x', 2)",
        builtin("int", &[Value::str("0x"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: '0x'",
    );
    c(
        &mut f,
        "int('0x', 16)",
        builtin("int", &[Value::str("0x"), Value::Int(16)], &[]),
        "ValueError: invalid literal for int() with base 16: '0x'",
    );
    c(
        &mut f,
        "int('0x', 36)",
        builtin("int", &[Value::str("0x"), Value::Int(36)], &[]),
        "33",
    );
    c(
        &mut f,
        "int('0x', 37)",
        builtin("int", &[Value::str("0x"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('z')",
        builtin("int", &[Value::str("z")], &[]),
        "ValueError: invalid literal for int() with base 10: 'z'",
    );
    c(
        &mut f,
        "int('z', 0)",
        builtin("int", &[Value::str("z"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: 'z'",
    );
    c(
        &mut f,
        "int('z', 2)",
        builtin("int", &[Value::str("z"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: 'z'",
    );
    c(
        &mut f,
        "int('z', 16)",
        builtin("int", &[Value::str("z"), Value::Int(16)], &[]),
        "ValueError: invalid literal for int() with base 16: 'z'",
    );
    c(
        &mut f,
        "int('z', 36)",
        builtin("int", &[Value::str("z"), Value::Int(36)], &[]),
        "35",
    );
    c(
        &mut f,
        "int('z', 37)",
        builtin("int", &[Value::str("z"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "int('Z')",
        builtin("int", &[Value::str("Z")], &[]),
        "ValueError: invalid literal for int() with base 10: 'Z'",
    );
    c(
        &mut f,
        "int('Z', 0)",
        builtin("int", &[Value::str("Z"), Value::Int(0)], &[]),
        "ValueError: invalid literal for int() with base 0: 'Z'",
    );
    c(
        &mut f,
        "int('Z', 2)",
        builtin("int", &[Value::str("Z"), Value::Int(2)], &[]),
        "ValueError: invalid literal for int() with base 2: 'Z'",
    );
    c(
        &mut f,
        "int('Z', 16)",
        builtin("int", &[Value::str("Z"), Value::Int(16)], &[]),
        "ValueError: invalid literal for int() with base 16: 'Z'",
    );
    c(
        &mut f,
        "int('Z', 36)",
        builtin("int", &[Value::str("Z"), Value::Int(36)], &[]),
        "35",
    );
    c(
        &mut f,
        "int('Z', 37)",
        builtin("int", &[Value::str("Z"), Value::Int(37)], &[]),
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    );
    c(
        &mut f,
        "float('1.5')",
        builtin("float", &[Value::str("1.5")], &[]),
        "1.5",
    );
    c(
        &mut f,
        "float(' -1.5e3 ')",
        builtin("float", &[Value::str(" -1.5e3 ")], &[]),
        "-1500.0",
    );
    c(
        &mut f,
        "float('inf')",
        builtin("float", &[Value::str("inf")], &[]),
        "inf",
    );
    c(
        &mut f,
        "float('-Infinity')",
        builtin("float", &[Value::str("-Infinity")], &[]),
        "-inf",
    );
    c(
        &mut f,
        "float('nan')",
        builtin("float", &[Value::str("nan")], &[]),
        "nan",
    );
    c(
        &mut f,
        "float('1_000.5')",
        builtin("float", &[Value::str("1_000.5")], &[]),
        "1000.5",
    );
    c(
        &mut f,
        "float('1__0.0')",
        builtin("float", &[Value::str("1__0.0")], &[]),
        "ValueError: could not convert string to float: '1__0.0'",
    );
    c(
        &mut f,
        "float('.5')",
        builtin("float", &[Value::str(".5")], &[]),
        "0.5",
    );
    c(
        &mut f,
        "float('5.')",
        builtin("float", &[Value::str("5.")], &[]),
        "5.0",
    );
    c(
        &mut f,
        "float('e5')",
        builtin("float", &[Value::str("e5")], &[]),
        "ValueError: could not convert string to float: 'e5'",
    );
    c(
        &mut f,
        "float('1e')",
        builtin("float", &[Value::str("1e")], &[]),
        "ValueError: could not convert string to float: '1e'",
    );
    c(
        &mut f,
        "float('0x10')",
        builtin("float", &[Value::str("0x10")], &[]),
        "ValueError: could not convert string to float: '0x10'",
    );
    c(
        &mut f,
        "float('١.٥')",
        builtin("float", &[Value::str("١.٥")], &[]),
        "1.5",
    );
    c(
        &mut f,
        "float('1e400')",
        builtin("float", &[Value::str("1e400")], &[]),
        "inf",
    );
    c(
        &mut f,
        "float('-1e-400')",
        builtin("float", &[Value::str("-1e-400")], &[]),
        "-0.0",
    );
    c(
        &mut f,
        "float('abc')",
        builtin("float", &[Value::str("abc")], &[]),
        "ValueError: could not convert string to float: 'abc'",
    );
    c(
        &mut f,
        "float('')",
        builtin("float", &[Value::str("")], &[]),
        "ValueError: could not convert string to float: ''",
    );
    c(
        &mut f,
        "float('+.5e-3')",
        builtin("float", &[Value::str("+.5e-3")], &[]),
        "0.0005",
    );
    c(
        &mut f,
        "int(0.0)",
        builtin("int", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0",
    );
    c(
        &mut f,
        "float(0.0)",
        builtin("float", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "abs(0.0)",
        builtin("abs", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0.0",
    );
    c(
        &mut f,
        "hash(0.0)",
        builtin("hash", &[Value::Float(f64::from_bits(0x0))], &[]),
        "0",
    );
    c(
        &mut f,
        "int(-0.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(-0.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "abs(-0.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "hash(-0.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "int(0.5)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(0.5)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "abs(0.5)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "hash(0.5)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x3fe0000000000000))],
            &[],
        ),
        "1152921504606846976",
    );
    c(
        &mut f,
        "int(-0.5)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(-0.5)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-0.5",
    );
    c(
        &mut f,
        "abs(-0.5)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "0.5",
    );
    c(
        &mut f,
        "hash(-0.5)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0xbfe0000000000000))],
            &[],
        ),
        "-1152921504606846976",
    );
    c(
        &mut f,
        "int(1.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "float(1.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "abs(1.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "hash(1.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x3ff0000000000000))],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "int(-1.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "float(-1.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-1.0",
    );
    c(
        &mut f,
        "abs(-1.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "1.0",
    );
    c(
        &mut f,
        "hash(-1.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0xbff0000000000000))],
            &[],
        ),
        "-2",
    );
    c(
        &mut f,
        "int(2.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "float(2.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "abs(2.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2.0",
    );
    c(
        &mut f,
        "hash(2.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4000000000000000))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "int(0.1)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(0.1)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "abs(0.1)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "0.1",
    );
    c(
        &mut f,
        "hash(0.1)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x3fb999999999999a))],
            &[],
        ),
        "230584300921369408",
    );
    c(
        &mut f,
        "int(1e-10)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(1e-10)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "abs(1e-10)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "1e-10",
    );
    c(
        &mut f,
        "hash(1e-10)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x3ddb7cdfd9d7bdbb))],
            &[],
        ),
        "2124533198426632172",
    );
    c(
        &mut f,
        "int(1e-300)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(1e-300)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "abs(1e-300)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "1e-300",
    );
    c(
        &mut f,
        "hash(1e-300)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x1a56e1fc2f8f359))],
            &[],
        ),
        "482449582752280463",
    );
    c(
        &mut f,
        "int(5e-324)",
        builtin("int", &[Value::Float(f64::from_bits(0x1))], &[]),
        "0",
    );
    c(
        &mut f,
        "float(5e-324)",
        builtin("float", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "abs(5e-324)",
        builtin("abs", &[Value::Float(f64::from_bits(0x1))], &[]),
        "5e-324",
    );
    c(
        &mut f,
        "hash(5e-324)",
        builtin("hash", &[Value::Float(f64::from_bits(0x1))], &[]),
        "16777216",
    );
    c(
        &mut f,
        "int(3.5)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "3",
    );
    c(
        &mut f,
        "float(3.5)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "abs(3.5)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "3.5",
    );
    c(
        &mut f,
        "hash(3.5)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "1152921504606846979",
    );
    c(
        &mut f,
        "int(-2.5)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-2",
    );
    c(
        &mut f,
        "float(-2.5)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-2.5",
    );
    c(
        &mut f,
        "abs(-2.5)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "2.5",
    );
    c(
        &mut f,
        "hash(-2.5)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0xc004000000000000))],
            &[],
        ),
        "-1152921504606846978",
    );
    c(
        &mut f,
        "int(10.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10",
    );
    c(
        &mut f,
        "float(10.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "abs(10.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10.0",
    );
    c(
        &mut f,
        "hash(10.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4024000000000000))],
            &[],
        ),
        "10",
    );
    c(
        &mut f,
        "int(100.5)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "100",
    );
    c(
        &mut f,
        "float(100.5)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "abs(100.5)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "100.5",
    );
    c(
        &mut f,
        "hash(100.5)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4059200000000000))],
            &[],
        ),
        "1152921504606847076",
    );
    c(
        &mut f,
        "int(1e+16)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "10000000000000000",
    );
    c(
        &mut f,
        "float(1e+16)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "abs(1e+16)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "1e+16",
    );
    c(
        &mut f,
        "hash(1e+16)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "10000000000000000",
    );
    c(
        &mut f,
        "int(1e+22)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "10000000000000000000000",
    );
    c(
        &mut f,
        "float(1e+22)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "abs(1e+22)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1e+22",
    );
    c(
        &mut f,
        "hash(1e+22)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "1864712049423028464",
    );
    c(
        &mut f,
        "int(1e+300)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    );
    c(
        &mut f,
        "float(1e+300)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "abs(1e+300)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1e+300",
    );
    c(
        &mut f,
        "hash(1e+300)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x7e37e43c8800759c))],
            &[],
        ),
        "1224995262755759164",
    );
    c(
        &mut f,
        "int(1.7976931348623157e+308)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
    );
    c(
        &mut f,
        "float(1.7976931348623157e+308)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "abs(1.7976931348623157e+308)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "1.7976931348623157e+308",
    );
    c(
        &mut f,
        "hash(1.7976931348623157e+308)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "2234066890152476671",
    );
    c(
        &mut f,
        "int(inf)",
        builtin("int", &[Value::Float(f64::INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "float(inf)",
        builtin("float", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "abs(inf)",
        builtin("abs", &[Value::Float(f64::INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "hash(inf)",
        builtin("hash", &[Value::Float(f64::INFINITY)], &[]),
        "314159",
    );
    c(
        &mut f,
        "int(-inf)",
        builtin("int", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "OverflowError: cannot convert float infinity to integer",
    );
    c(
        &mut f,
        "float(-inf)",
        builtin("float", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-inf",
    );
    c(
        &mut f,
        "abs(-inf)",
        builtin("abs", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "inf",
    );
    c(
        &mut f,
        "hash(-inf)",
        builtin("hash", &[Value::Float(f64::NEG_INFINITY)], &[]),
        "-314159",
    );
    c(
        &mut f,
        "int(nan)",
        builtin("int", &[Value::Float(f64::NAN)], &[]),
        "ValueError: cannot convert float NaN to integer",
    );
    c(
        &mut f,
        "float(nan)",
        builtin("float", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "abs(nan)",
        builtin("abs", &[Value::Float(f64::NAN)], &[]),
        "nan",
    );
    c(
        &mut f,
        "int(2.675)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "2",
    );
    c(
        &mut f,
        "float(2.675)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "abs(2.675)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "2.675",
    );
    c(
        &mut f,
        "hash(2.675)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4005666666666666))],
            &[],
        ),
        "1556444031219243010",
    );
    c(
        &mut f,
        "int(0.3)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(0.3)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "abs(0.3)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "0.3",
    );
    c(
        &mut f,
        "hash(0.3)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x3fd3333333333333))],
            &[],
        ),
        "691752902764108160",
    );
    c(
        &mut f,
        "int(709.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709",
    );
    c(
        &mut f,
        "float(709.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "abs(709.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709.0",
    );
    c(
        &mut f,
        "hash(709.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4086280000000000))],
            &[],
        ),
        "709",
    );
    c(
        &mut f,
        "int(710.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710",
    );
    c(
        &mut f,
        "float(710.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "abs(710.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710.0",
    );
    c(
        &mut f,
        "hash(710.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4086300000000000))],
            &[],
        ),
        "710",
    );
    c(
        &mut f,
        "int(-745.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-745",
    );
    c(
        &mut f,
        "float(-745.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-745.0",
    );
    c(
        &mut f,
        "abs(-745.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "745.0",
    );
    c(
        &mut f,
        "hash(-745.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0xc087480000000000))],
            &[],
        ),
        "-745",
    );
    c(
        &mut f,
        "int(171.5)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "171",
    );
    c(
        &mut f,
        "float(171.5)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "abs(171.5)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "171.5",
    );
    c(
        &mut f,
        "hash(171.5)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4065700000000000))],
            &[],
        ),
        "1152921504606847147",
    );
    c(
        &mut f,
        "int(23.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23",
    );
    c(
        &mut f,
        "float(23.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "abs(23.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23.0",
    );
    c(
        &mut f,
        "hash(23.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4037000000000000))],
            &[],
        ),
        "23",
    );
    c(
        &mut f,
        "int(24.0)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24",
    );
    c(
        &mut f,
        "float(24.0)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "abs(24.0)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24.0",
    );
    c(
        &mut f,
        "hash(24.0)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x4038000000000000))],
            &[],
        ),
        "24",
    );
    c(
        &mut f,
        "int(-1.5)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-1",
    );
    c(
        &mut f,
        "float(-1.5)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-1.5",
    );
    c(
        &mut f,
        "abs(-1.5)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "1.5",
    );
    c(
        &mut f,
        "hash(-1.5)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0xbff8000000000000))],
            &[],
        ),
        "-1152921504606846977",
    );
    c(
        &mut f,
        "int(1e-05)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "float(1e-05)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1e-05",
    );
    c(
        &mut f,
        "abs(1e-05)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "1e-05",
    );
    c(
        &mut f,
        "hash(1e-05)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "2170758078822671208",
    );
    c(
        &mut f,
        "int(123456789.125)",
        builtin(
            "int",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456789",
    );
    c(
        &mut f,
        "float(123456789.125)",
        builtin(
            "float",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "abs(123456789.125)",
        builtin(
            "abs",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "123456789.125",
    );
    c(
        &mut f,
        "hash(123456789.125)",
        builtin(
            "hash",
            &[Value::Float(f64::from_bits(0x419d6f3454800000))],
            &[],
        ),
        "288230376275168533",
    );
    c(&mut f, "int(0)", builtin("int", &[Value::Int(0)], &[]), "0");
    c(
        &mut f,
        "float(0)",
        builtin("float", &[Value::Int(0)], &[]),
        "0.0",
    );
    c(&mut f, "abs(0)", builtin("abs", &[Value::Int(0)], &[]), "0");
    c(
        &mut f,
        "hash(0)",
        builtin("hash", &[Value::Int(0)], &[]),
        "0",
    );
    c(&mut f, "int(1)", builtin("int", &[Value::Int(1)], &[]), "1");
    c(
        &mut f,
        "float(1)",
        builtin("float", &[Value::Int(1)], &[]),
        "1.0",
    );
    c(&mut f, "abs(1)", builtin("abs", &[Value::Int(1)], &[]), "1");
    c(
        &mut f,
        "hash(1)",
        builtin("hash", &[Value::Int(1)], &[]),
        "1",
    );
    c(
        &mut f,
        "int(-1)",
        builtin("int", &[Value::Int(-1)], &[]),
        "-1",
    );
    c(
        &mut f,
        "float(-1)",
        builtin("float", &[Value::Int(-1)], &[]),
        "-1.0",
    );
    c(
        &mut f,
        "abs(-1)",
        builtin("abs", &[Value::Int(-1)], &[]),
        "1",
    );
    c(
        &mut f,
        "hash(-1)",
        builtin("hash", &[Value::Int(-1)], &[]),
        "-2",
    );
    c(&mut f, "int(2)", builtin("int", &[Value::Int(2)], &[]), "2");
    c(
        &mut f,
        "float(2)",
        builtin("float", &[Value::Int(2)], &[]),
        "2.0",
    );
    c(&mut f, "abs(2)", builtin("abs", &[Value::Int(2)], &[]), "2");
    c(
        &mut f,
        "hash(2)",
        builtin("hash", &[Value::Int(2)], &[]),
        "2",
    );
    c(&mut f, "int(3)", builtin("int", &[Value::Int(3)], &[]), "3");
    c(
        &mut f,
        "float(3)",
        builtin("float", &[Value::Int(3)], &[]),
        "3.0",
    );
    c(&mut f, "abs(3)", builtin("abs", &[Value::Int(3)], &[]), "3");
    c(
        &mut f,
        "hash(3)",
        builtin("hash", &[Value::Int(3)], &[]),
        "3",
    );
    c(
        &mut f,
        "int(10)",
        builtin("int", &[Value::Int(10)], &[]),
        "10",
    );
    c(
        &mut f,
        "float(10)",
        builtin("float", &[Value::Int(10)], &[]),
        "10.0",
    );
    c(
        &mut f,
        "abs(10)",
        builtin("abs", &[Value::Int(10)], &[]),
        "10",
    );
    c(
        &mut f,
        "hash(10)",
        builtin("hash", &[Value::Int(10)], &[]),
        "10",
    );
    c(
        &mut f,
        "int(-7)",
        builtin("int", &[Value::Int(-7)], &[]),
        "-7",
    );
    c(
        &mut f,
        "float(-7)",
        builtin("float", &[Value::Int(-7)], &[]),
        "-7.0",
    );
    c(
        &mut f,
        "abs(-7)",
        builtin("abs", &[Value::Int(-7)], &[]),
        "7",
    );
    c(
        &mut f,
        "hash(-7)",
        builtin("hash", &[Value::Int(-7)], &[]),
        "-7",
    );
    c(
        &mut f,
        "int(255)",
        builtin("int", &[Value::Int(255)], &[]),
        "255",
    );
    c(
        &mut f,
        "float(255)",
        builtin("float", &[Value::Int(255)], &[]),
        "255.0",
    );
    c(
        &mut f,
        "abs(255)",
        builtin("abs", &[Value::Int(255)], &[]),
        "255",
    );
    c(
        &mut f,
        "hash(255)",
        builtin("hash", &[Value::Int(255)], &[]),
        "255",
    );
    c(
        &mut f,
        "int(9007199254740993)",
        builtin("int", &[Value::Int(9007199254740993)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "float(9007199254740993)",
        builtin("float", &[Value::Int(9007199254740993)], &[]),
        "9007199254740992.0",
    );
    c(
        &mut f,
        "abs(9007199254740993)",
        builtin("abs", &[Value::Int(9007199254740993)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "hash(9007199254740993)",
        builtin("hash", &[Value::Int(9007199254740993)], &[]),
        "9007199254740993",
    );
    c(
        &mut f,
        "int(9223372036854775808)",
        builtin("int", &[big("9223372036854775808")], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "float(9223372036854775808)",
        builtin("float", &[big("9223372036854775808")], &[]),
        "9.223372036854776e+18",
    );
    c(
        &mut f,
        "abs(9223372036854775808)",
        builtin("abs", &[big("9223372036854775808")], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "hash(9223372036854775808)",
        builtin("hash", &[big("9223372036854775808")], &[]),
        "4",
    );
    c(
        &mut f,
        "int(-9223372036854775808)",
        builtin("int", &[Value::Int(-9223372036854775808)], &[]),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "float(-9223372036854775808)",
        builtin("float", &[Value::Int(-9223372036854775808)], &[]),
        "-9.223372036854776e+18",
    );
    c(
        &mut f,
        "abs(-9223372036854775808)",
        builtin("abs", &[Value::Int(-9223372036854775808)], &[]),
        "9223372036854775808",
    );
    c(
        &mut f,
        "hash(-9223372036854775808)",
        builtin("hash", &[Value::Int(-9223372036854775808)], &[]),
        "-4",
    );
    c(
        &mut f,
        "int(100000000000000000000)",
        builtin("int", &[big("100000000000000000000")], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "float(100000000000000000000)",
        builtin("float", &[big("100000000000000000000")], &[]),
        "1e+20",
    );
    c(
        &mut f,
        "abs(100000000000000000000)",
        builtin("abs", &[big("100000000000000000000")], &[]),
        "100000000000000000000",
    );
    c(
        &mut f,
        "hash(100000000000000000000)",
        builtin("hash", &[big("100000000000000000000")], &[]),
        "848750603811160107",
    );
    c(
        &mut f,
        "int(-1000000000000000000000000000000)",
        builtin("int", &[big("-1000000000000000000000000000000")], &[]),
        "-1000000000000000000000000000000",
    );
    c(
        &mut f,
        "float(-1000000000000000000000000000000)",
        builtin("float", &[big("-1000000000000000000000000000000")], &[]),
        "-1e+30",
    );
    c(
        &mut f,
        "abs(-1000000000000000000000000000000)",
        builtin("abs", &[big("-1000000000000000000000000000000")], &[]),
        "1000000000000000000000000000000",
    );
    c(
        &mut f,
        "hash(-1000000000000000000000000000000)",
        builtin("hash", &[big("-1000000000000000000000000000000")], &[]),
        "-465258685558744706",
    );
    c(
        &mut f,
        "int(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        builtin(
            "int",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "float(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        builtin(
            "float",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "1.0715086071862673e+301",
    );
    c(
        &mut f,
        "abs(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        builtin(
            "abs",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
    );
    c(
        &mut f,
        "hash(10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721)",
        builtin(
            "hash",
            &[big(
                "10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668081721",
            )],
            &[],
        ),
        "16789561",
    );
    c(
        &mut f,
        "int(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001)",
        builtin(
            "int",
            &[big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            )],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "float(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001)",
        builtin(
            "float",
            &[big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            )],
            &[],
        ),
        "3.234476509624758e+84",
    );
    c(
        &mut f,
        "abs(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001)",
        builtin(
            "abs",
            &[big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            )],
            &[],
        ),
        "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
    );
    c(
        &mut f,
        "hash(3234476509624757991344647769100216810857203198904625400933895331391691459636928060001)",
        builtin(
            "hash",
            &[big(
                "3234476509624757991344647769100216810857203198904625400933895331391691459636928060001",
            )],
            &[],
        ),
        "969801349263044856",
    );
    c(
        &mut f,
        "hash('')",
        builtin("hash", &[Value::str("")], &[]),
        "0",
    );
    c(
        &mut f,
        "hash('a')",
        builtin("hash", &[Value::str("a")], &[]),
        "4644417185603328019",
    );
    c(
        &mut f,
        "hash('abc')",
        builtin("hash", &[Value::str("abc")], &[]),
        "-4594863902769663758",
    );
    c(
        &mut f,
        "hash('héllo')",
        builtin("hash", &[Value::str("héllo")], &[]),
        "6395329678795984700",
    );
    c(
        &mut f,
        "hash('日本語')",
        builtin("hash", &[Value::str("日本語")], &[]),
        "7116994712188270",
    );
    c(
        &mut f,
        "hash('🐍x')",
        builtin("hash", &[Value::str("🐍x")], &[]),
        "-400280203169259654",
    );
    c(
        &mut f,
        "hash(b'')",
        builtin("hash", &[Value::Bytes(Vec::<u8>::new().into())], &[]),
        "0",
    );
    c(
        &mut f,
        "hash(b'abc')",
        builtin("hash", &[Value::Bytes(vec![97u8, 98u8, 99u8].into())], &[]),
        "-4594863902769663758",
    );
    c(
        &mut f,
        "hash(())",
        builtin("hash", &[Value::tuple(vec![])], &[]),
        "5740354900026072187",
    );
    c(
        &mut f,
        "hash((1, 2))",
        builtin(
            "hash",
            &[Value::tuple(vec![Value::Int(1), Value::Int(2)])],
            &[],
        ),
        "-3550055125485641917",
    );
    c(
        &mut f,
        "hash((1, (2, 'a')))",
        builtin(
            "hash",
            &[Value::tuple(vec![
                Value::Int(1),
                Value::tuple(vec![Value::Int(2), Value::str("a")]),
            ])],
            &[],
        ),
        "-1980324044848378350",
    );
    c(
        &mut f,
        "hash(frozenset())",
        builtin("hash", &[frozen(vec![])], &[]),
        "133146708735736",
    );
    c(
        &mut f,
        "hash(frozenset({1, 2, 3}))",
        builtin(
            "hash",
            &[frozen(vec![Value::Int(1), Value::Int(2), Value::Int(3)])],
            &[],
        ),
        "-272375401224217160",
    );
    c(
        &mut f,
        "hash(frozenset({'a', 'b'}))",
        builtin(
            "hash",
            &[frozen(vec![Value::str("a"), Value::str("b")])],
            &[],
        ),
        "1679668661828516449",
    );
    c(
        &mut f,
        "hash(True)",
        builtin("hash", &[Value::Bool(true)], &[]),
        "1",
    );
    c(
        &mut f,
        "hash(False)",
        builtin("hash", &[Value::Bool(false)], &[]),
        "0",
    );
    c(
        &mut f,
        "operator.truediv(7, 2)",
        op(BinOp::TrueDiv, &Value::Int(7), &Value::Int(2)),
        "3.5",
    );
    c(
        &mut f,
        "operator.floordiv(7, 2)",
        op(BinOp::FloorDiv, &Value::Int(7), &Value::Int(2)),
        "3",
    );
    c(
        &mut f,
        "operator.mod(7, 2)",
        op(BinOp::Mod, &Value::Int(7), &Value::Int(2)),
        "1",
    );
    c(
        &mut f,
        "operator.pow(7, 2)",
        op(BinOp::Pow, &Value::Int(7), &Value::Int(2)),
        "49",
    );
    c(
        &mut f,
        "divmod(7, 2)",
        builtin("divmod", &[Value::Int(7), Value::Int(2)], &[]),
        "(3, 1)",
    );
    c(
        &mut f,
        "operator.truediv(7, -2)",
        op(BinOp::TrueDiv, &Value::Int(7), &Value::Int(-2)),
        "-3.5",
    );
    c(
        &mut f,
        "operator.floordiv(7, -2)",
        op(BinOp::FloorDiv, &Value::Int(7), &Value::Int(-2)),
        "-4",
    );
    c(
        &mut f,
        "operator.mod(7, -2)",
        op(BinOp::Mod, &Value::Int(7), &Value::Int(-2)),
        "-1",
    );
    c(
        &mut f,
        "operator.pow(7, -2)",
        op(BinOp::Pow, &Value::Int(7), &Value::Int(-2)),
        "0.02040816326530612",
    );
    c(
        &mut f,
        "divmod(7, -2)",
        builtin("divmod", &[Value::Int(7), Value::Int(-2)], &[]),
        "(-4, -1)",
    );
    c(
        &mut f,
        "operator.truediv(7, 2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "2.8",
    );
    c(
        &mut f,
        "operator.floordiv(7, 2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "2.0",
    );
    c(
        &mut f,
        "operator.mod(7, 2.5)",
        op(
            BinOp::Mod,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "2.0",
    );
    c(
        &mut f,
        "operator.pow(7, 2.5)",
        op(
            BinOp::Pow,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "129.64181424216494",
    );
    c(
        &mut f,
        "divmod(7, 2.5)",
        builtin(
            "divmod",
            &[
                Value::Int(7),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(2.0, 2.0)",
    );
    c(
        &mut f,
        "operator.truediv(7, -2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-2.8",
    );
    c(
        &mut f,
        "operator.floordiv(7, -2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-3.0",
    );
    c(
        &mut f,
        "operator.mod(7, -2.5)",
        op(
            BinOp::Mod,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.5",
    );
    c(
        &mut f,
        "operator.pow(7, -2.5)",
        op(
            BinOp::Pow,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "0.007713560673657699",
    );
    c(
        &mut f,
        "divmod(7, -2.5)",
        builtin(
            "divmod",
            &[
                Value::Int(7),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(-3.0, -0.5)",
    );
    c(
        &mut f,
        "operator.truediv(7, 0)",
        op(BinOp::TrueDiv, &Value::Int(7), &Value::Int(0)),
        "ZeroDivisionError: division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(7, 0)",
        op(BinOp::FloorDiv, &Value::Int(7), &Value::Int(0)),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.mod(7, 0)",
        op(BinOp::Mod, &Value::Int(7), &Value::Int(0)),
        "ZeroDivisionError: integer modulo by zero",
    );
    c(
        &mut f,
        "operator.pow(7, 0)",
        op(BinOp::Pow, &Value::Int(7), &Value::Int(0)),
        "1",
    );
    c(
        &mut f,
        "divmod(7, 0)",
        builtin("divmod", &[Value::Int(7), Value::Int(0)], &[]),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.truediv(7, 0.0)",
        op(
            BinOp::TrueDiv,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(7, 0.0)",
        op(
            BinOp::FloorDiv,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(7, 0.0)",
        op(
            BinOp::Mod,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(7, 0.0)",
        op(
            BinOp::Pow,
            &Value::Int(7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(7, 0.0)",
        builtin(
            "divmod",
            &[Value::Int(7), Value::Float(f64::from_bits(0x0))],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(7, 3)",
        op(BinOp::TrueDiv, &Value::Int(7), &Value::Int(3)),
        "2.3333333333333335",
    );
    c(
        &mut f,
        "operator.floordiv(7, 3)",
        op(BinOp::FloorDiv, &Value::Int(7), &Value::Int(3)),
        "2",
    );
    c(
        &mut f,
        "operator.mod(7, 3)",
        op(BinOp::Mod, &Value::Int(7), &Value::Int(3)),
        "1",
    );
    c(
        &mut f,
        "operator.pow(7, 3)",
        op(BinOp::Pow, &Value::Int(7), &Value::Int(3)),
        "343",
    );
    c(
        &mut f,
        "divmod(7, 3)",
        builtin("divmod", &[Value::Int(7), Value::Int(3)], &[]),
        "(2, 1)",
    );
    c(
        &mut f,
        "operator.truediv(7, 36893488147419103232)",
        op(BinOp::TrueDiv, &Value::Int(7), &big("36893488147419103232")),
        "1.8973538018496328e-19",
    );
    c(
        &mut f,
        "operator.floordiv(7, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &Value::Int(7),
            &big("36893488147419103232"),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.mod(7, 36893488147419103232)",
        op(BinOp::Mod, &Value::Int(7), &big("36893488147419103232")),
        "7",
    );
    c(
        &mut f,
        "divmod(7, 36893488147419103232)",
        builtin("divmod", &[Value::Int(7), big("36893488147419103232")], &[]),
        "(0, 7)",
    );
    c(
        &mut f,
        "operator.truediv(7, inf)",
        op(BinOp::TrueDiv, &Value::Int(7), &Value::Float(f64::INFINITY)),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(7, inf)",
        op(
            BinOp::FloorDiv,
            &Value::Int(7),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(7, inf)",
        op(BinOp::Mod, &Value::Int(7), &Value::Float(f64::INFINITY)),
        "7.0",
    );
    c(
        &mut f,
        "operator.pow(7, inf)",
        op(BinOp::Pow, &Value::Int(7), &Value::Float(f64::INFINITY)),
        "inf",
    );
    c(
        &mut f,
        "divmod(7, inf)",
        builtin("divmod", &[Value::Int(7), Value::Float(f64::INFINITY)], &[]),
        "(0.0, 7.0)",
    );
    c(
        &mut f,
        "operator.truediv(-7, 2)",
        op(BinOp::TrueDiv, &Value::Int(-7), &Value::Int(2)),
        "-3.5",
    );
    c(
        &mut f,
        "operator.floordiv(-7, 2)",
        op(BinOp::FloorDiv, &Value::Int(-7), &Value::Int(2)),
        "-4",
    );
    c(
        &mut f,
        "operator.mod(-7, 2)",
        op(BinOp::Mod, &Value::Int(-7), &Value::Int(2)),
        "1",
    );
    c(
        &mut f,
        "operator.pow(-7, 2)",
        op(BinOp::Pow, &Value::Int(-7), &Value::Int(2)),
        "49",
    );
    c(
        &mut f,
        "divmod(-7, 2)",
        builtin("divmod", &[Value::Int(-7), Value::Int(2)], &[]),
        "(-4, 1)",
    );
    c(
        &mut f,
        "operator.truediv(-7, -2)",
        op(BinOp::TrueDiv, &Value::Int(-7), &Value::Int(-2)),
        "3.5",
    );
    c(
        &mut f,
        "operator.floordiv(-7, -2)",
        op(BinOp::FloorDiv, &Value::Int(-7), &Value::Int(-2)),
        "3",
    );
    c(
        &mut f,
        "operator.mod(-7, -2)",
        op(BinOp::Mod, &Value::Int(-7), &Value::Int(-2)),
        "-1",
    );
    c(
        &mut f,
        "operator.pow(-7, -2)",
        op(BinOp::Pow, &Value::Int(-7), &Value::Int(-2)),
        "0.02040816326530612",
    );
    c(
        &mut f,
        "divmod(-7, -2)",
        builtin("divmod", &[Value::Int(-7), Value::Int(-2)], &[]),
        "(3, -1)",
    );
    c(
        &mut f,
        "operator.truediv(-7, 2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "-2.8",
    );
    c(
        &mut f,
        "operator.floordiv(-7, 2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "-3.0",
    );
    c(
        &mut f,
        "operator.mod(-7, 2.5)",
        op(
            BinOp::Mod,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.5",
    );
    c(
        &mut f,
        "divmod(-7, 2.5)",
        builtin(
            "divmod",
            &[
                Value::Int(-7),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(-3.0, 0.5)",
    );
    c(
        &mut f,
        "operator.truediv(-7, -2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "2.8",
    );
    c(
        &mut f,
        "operator.floordiv(-7, -2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "2.0",
    );
    c(
        &mut f,
        "operator.mod(-7, -2.5)",
        op(
            BinOp::Mod,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-2.0",
    );
    c(
        &mut f,
        "divmod(-7, -2.5)",
        builtin(
            "divmod",
            &[
                Value::Int(-7),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(2.0, -2.0)",
    );
    c(
        &mut f,
        "operator.truediv(-7, 0)",
        op(BinOp::TrueDiv, &Value::Int(-7), &Value::Int(0)),
        "ZeroDivisionError: division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(-7, 0)",
        op(BinOp::FloorDiv, &Value::Int(-7), &Value::Int(0)),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.mod(-7, 0)",
        op(BinOp::Mod, &Value::Int(-7), &Value::Int(0)),
        "ZeroDivisionError: integer modulo by zero",
    );
    c(
        &mut f,
        "operator.pow(-7, 0)",
        op(BinOp::Pow, &Value::Int(-7), &Value::Int(0)),
        "1",
    );
    c(
        &mut f,
        "divmod(-7, 0)",
        builtin("divmod", &[Value::Int(-7), Value::Int(0)], &[]),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.truediv(-7, 0.0)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(-7, 0.0)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(-7, 0.0)",
        op(
            BinOp::Mod,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(-7, 0.0)",
        op(
            BinOp::Pow,
            &Value::Int(-7),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(-7, 0.0)",
        builtin(
            "divmod",
            &[Value::Int(-7), Value::Float(f64::from_bits(0x0))],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(-7, 3)",
        op(BinOp::TrueDiv, &Value::Int(-7), &Value::Int(3)),
        "-2.3333333333333335",
    );
    c(
        &mut f,
        "operator.floordiv(-7, 3)",
        op(BinOp::FloorDiv, &Value::Int(-7), &Value::Int(3)),
        "-3",
    );
    c(
        &mut f,
        "operator.mod(-7, 3)",
        op(BinOp::Mod, &Value::Int(-7), &Value::Int(3)),
        "2",
    );
    c(
        &mut f,
        "operator.pow(-7, 3)",
        op(BinOp::Pow, &Value::Int(-7), &Value::Int(3)),
        "-343",
    );
    c(
        &mut f,
        "divmod(-7, 3)",
        builtin("divmod", &[Value::Int(-7), Value::Int(3)], &[]),
        "(-3, 2)",
    );
    c(
        &mut f,
        "operator.truediv(-7, 36893488147419103232)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-7),
            &big("36893488147419103232"),
        ),
        "-1.8973538018496328e-19",
    );
    c(
        &mut f,
        "operator.floordiv(-7, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-7),
            &big("36893488147419103232"),
        ),
        "-1",
    );
    c(
        &mut f,
        "operator.mod(-7, 36893488147419103232)",
        op(BinOp::Mod, &Value::Int(-7), &big("36893488147419103232")),
        "36893488147419103225",
    );
    c(
        &mut f,
        "divmod(-7, 36893488147419103232)",
        builtin(
            "divmod",
            &[Value::Int(-7), big("36893488147419103232")],
            &[],
        ),
        "(-1, 36893488147419103225)",
    );
    c(
        &mut f,
        "operator.truediv(-7, inf)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-7),
            &Value::Float(f64::INFINITY),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.floordiv(-7, inf)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-7),
            &Value::Float(f64::INFINITY),
        ),
        "-1.0",
    );
    c(
        &mut f,
        "operator.mod(-7, inf)",
        op(BinOp::Mod, &Value::Int(-7), &Value::Float(f64::INFINITY)),
        "inf",
    );
    c(
        &mut f,
        "operator.pow(-7, inf)",
        op(BinOp::Pow, &Value::Int(-7), &Value::Float(f64::INFINITY)),
        "inf",
    );
    c(
        &mut f,
        "divmod(-7, inf)",
        builtin(
            "divmod",
            &[Value::Int(-7), Value::Float(f64::INFINITY)],
            &[],
        ),
        "(-1.0, inf)",
    );
    c(
        &mut f,
        "operator.truediv(7.5, 2)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(2),
        ),
        "3.75",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, 2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(2),
        ),
        "3.0",
    );
    c(
        &mut f,
        "operator.mod(7.5, 2)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(2),
        ),
        "1.5",
    );
    c(
        &mut f,
        "operator.pow(7.5, 2)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(2),
        ),
        "56.25",
    );
    c(
        &mut f,
        "divmod(7.5, 2)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "(3.0, 1.5)",
    );
    c(
        &mut f,
        "operator.truediv(7.5, -2)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(-2),
        ),
        "-3.75",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, -2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(-2),
        ),
        "-4.0",
    );
    c(
        &mut f,
        "operator.mod(7.5, -2)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(-2),
        ),
        "-0.5",
    );
    c(
        &mut f,
        "operator.pow(7.5, -2)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(-2),
        ),
        "0.017777777777777778",
    );
    c(
        &mut f,
        "divmod(7.5, -2)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "(-4.0, -0.5)",
    );
    c(
        &mut f,
        "operator.truediv(7.5, 2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "3.0",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, 2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "3.0",
    );
    c(
        &mut f,
        "operator.mod(7.5, 2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.pow(7.5, 2.5)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "154.04696929832798",
    );
    c(
        &mut f,
        "divmod(7.5, 2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(3.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(7.5, -2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-3.0",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, -2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-3.0",
    );
    c(
        &mut f,
        "operator.mod(7.5, -2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.pow(7.5, -2.5)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "0.006491526607468635",
    );
    c(
        &mut f,
        "divmod(7.5, -2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(-3.0, -0.0)",
    );
    c(
        &mut f,
        "operator.truediv(7.5, 0)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, 0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(7.5, 0)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(7.5, 0)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(0),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(7.5, 0)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(7.5, 0.0)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, 0.0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(7.5, 0.0)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(7.5, 0.0)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(7.5, 0.0)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Float(f64::from_bits(0x0)),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(7.5, 3)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(3),
        ),
        "2.5",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, 3)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(3),
        ),
        "2.0",
    );
    c(
        &mut f,
        "operator.mod(7.5, 3)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(3),
        ),
        "1.5",
    );
    c(
        &mut f,
        "operator.pow(7.5, 3)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Int(3),
        ),
        "421.875",
    );
    c(
        &mut f,
        "divmod(7.5, 3)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "(2.0, 1.5)",
    );
    c(
        &mut f,
        "operator.truediv(7.5, 36893488147419103232)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &big("36893488147419103232"),
        ),
        "2.0328790734103208e-19",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &big("36893488147419103232"),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(7.5, 36893488147419103232)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &big("36893488147419103232"),
        ),
        "7.5",
    );
    c(
        &mut f,
        "divmod(7.5, 36893488147419103232)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                big("36893488147419103232"),
            ],
            &[],
        ),
        "(0.0, 7.5)",
    );
    c(
        &mut f,
        "operator.truediv(7.5, inf)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(7.5, inf)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(7.5, inf)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "7.5",
    );
    c(
        &mut f,
        "operator.pow(7.5, inf)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x401e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "inf",
    );
    c(
        &mut f,
        "divmod(7.5, inf)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x401e000000000000)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "(0.0, 7.5)",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, 2)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(2),
        ),
        "-3.75",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, 2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(2),
        ),
        "-4.0",
    );
    c(
        &mut f,
        "operator.mod(-7.5, 2)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(2),
        ),
        "0.5",
    );
    c(
        &mut f,
        "operator.pow(-7.5, 2)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(2),
        ),
        "56.25",
    );
    c(
        &mut f,
        "divmod(-7.5, 2)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Int(2),
            ],
            &[],
        ),
        "(-4.0, 0.5)",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, -2)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(-2),
        ),
        "3.75",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, -2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(-2),
        ),
        "3.0",
    );
    c(
        &mut f,
        "operator.mod(-7.5, -2)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(-2),
        ),
        "-1.5",
    );
    c(
        &mut f,
        "operator.pow(-7.5, -2)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(-2),
        ),
        "0.017777777777777778",
    );
    c(
        &mut f,
        "divmod(-7.5, -2)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Int(-2),
            ],
            &[],
        ),
        "(3.0, -1.5)",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, 2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "-3.0",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, 2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "-3.0",
    );
    c(
        &mut f,
        "operator.mod(-7.5, 2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(-7.5, 2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(-3.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, -2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "3.0",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, -2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "3.0",
    );
    c(
        &mut f,
        "operator.mod(-7.5, -2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "divmod(-7.5, -2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(3.0, -0.0)",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, 0)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, 0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(-7.5, 0)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(-7.5, 0)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(0),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(-7.5, 0)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Int(0),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, 0.0)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, 0.0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(-7.5, 0.0)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(-7.5, 0.0)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(-7.5, 0.0)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Float(f64::from_bits(0x0)),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, 3)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(3),
        ),
        "-2.5",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, 3)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(3),
        ),
        "-3.0",
    );
    c(
        &mut f,
        "operator.mod(-7.5, 3)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(3),
        ),
        "1.5",
    );
    c(
        &mut f,
        "operator.pow(-7.5, 3)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Int(3),
        ),
        "-421.875",
    );
    c(
        &mut f,
        "divmod(-7.5, 3)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Int(3),
            ],
            &[],
        ),
        "(-3.0, 1.5)",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, 36893488147419103232)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &big("36893488147419103232"),
        ),
        "-2.0328790734103208e-19",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &big("36893488147419103232"),
        ),
        "-1.0",
    );
    c(
        &mut f,
        "operator.mod(-7.5, 36893488147419103232)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &big("36893488147419103232"),
        ),
        "3.6893488147419103e+19",
    );
    c(
        &mut f,
        "divmod(-7.5, 36893488147419103232)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                big("36893488147419103232"),
            ],
            &[],
        ),
        "(-1.0, 3.6893488147419103e+19)",
    );
    c(
        &mut f,
        "operator.truediv(-7.5, inf)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.floordiv(-7.5, inf)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "-1.0",
    );
    c(
        &mut f,
        "operator.mod(-7.5, inf)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "inf",
    );
    c(
        &mut f,
        "operator.pow(-7.5, inf)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0xc01e000000000000)),
            &Value::Float(f64::INFINITY),
        ),
        "inf",
    );
    c(
        &mut f,
        "divmod(-7.5, inf)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0xc01e000000000000)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "(-1.0, inf)",
    );
    c(
        &mut f,
        "operator.truediv(0, 2)",
        op(BinOp::TrueDiv, &Value::Int(0), &Value::Int(2)),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0, 2)",
        op(BinOp::FloorDiv, &Value::Int(0), &Value::Int(2)),
        "0",
    );
    c(
        &mut f,
        "operator.mod(0, 2)",
        op(BinOp::Mod, &Value::Int(0), &Value::Int(2)),
        "0",
    );
    c(
        &mut f,
        "operator.pow(0, 2)",
        op(BinOp::Pow, &Value::Int(0), &Value::Int(2)),
        "0",
    );
    c(
        &mut f,
        "divmod(0, 2)",
        builtin("divmod", &[Value::Int(0), Value::Int(2)], &[]),
        "(0, 0)",
    );
    c(
        &mut f,
        "operator.truediv(0, -2)",
        op(BinOp::TrueDiv, &Value::Int(0), &Value::Int(-2)),
        "-0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0, -2)",
        op(BinOp::FloorDiv, &Value::Int(0), &Value::Int(-2)),
        "0",
    );
    c(
        &mut f,
        "operator.mod(0, -2)",
        op(BinOp::Mod, &Value::Int(0), &Value::Int(-2)),
        "0",
    );
    c(
        &mut f,
        "operator.pow(0, -2)",
        op(BinOp::Pow, &Value::Int(0), &Value::Int(-2)),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power",
    );
    c(
        &mut f,
        "divmod(0, -2)",
        builtin("divmod", &[Value::Int(0), Value::Int(-2)], &[]),
        "(0, 0)",
    );
    c(
        &mut f,
        "operator.truediv(0, 2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0, 2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(0, 2.5)",
        op(
            BinOp::Mod,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.pow(0, 2.5)",
        op(
            BinOp::Pow,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(0, 2.5)",
        builtin(
            "divmod",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0, -2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0, -2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.mod(0, -2.5)",
        op(
            BinOp::Mod,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.pow(0, -2.5)",
        op(
            BinOp::Pow,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power",
    );
    c(
        &mut f,
        "divmod(0, -2.5)",
        builtin(
            "divmod",
            &[
                Value::Int(0),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(-0.0, -0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0, 0)",
        op(BinOp::TrueDiv, &Value::Int(0), &Value::Int(0)),
        "ZeroDivisionError: division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(0, 0)",
        op(BinOp::FloorDiv, &Value::Int(0), &Value::Int(0)),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.mod(0, 0)",
        op(BinOp::Mod, &Value::Int(0), &Value::Int(0)),
        "ZeroDivisionError: integer modulo by zero",
    );
    c(
        &mut f,
        "operator.pow(0, 0)",
        op(BinOp::Pow, &Value::Int(0), &Value::Int(0)),
        "1",
    );
    c(
        &mut f,
        "divmod(0, 0)",
        builtin("divmod", &[Value::Int(0), Value::Int(0)], &[]),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.truediv(0, 0.0)",
        op(
            BinOp::TrueDiv,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(0, 0.0)",
        op(
            BinOp::FloorDiv,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(0, 0.0)",
        op(
            BinOp::Mod,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(0, 0.0)",
        op(
            BinOp::Pow,
            &Value::Int(0),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(0, 0.0)",
        builtin(
            "divmod",
            &[Value::Int(0), Value::Float(f64::from_bits(0x0))],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(0, 3)",
        op(BinOp::TrueDiv, &Value::Int(0), &Value::Int(3)),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0, 3)",
        op(BinOp::FloorDiv, &Value::Int(0), &Value::Int(3)),
        "0",
    );
    c(
        &mut f,
        "operator.mod(0, 3)",
        op(BinOp::Mod, &Value::Int(0), &Value::Int(3)),
        "0",
    );
    c(
        &mut f,
        "operator.pow(0, 3)",
        op(BinOp::Pow, &Value::Int(0), &Value::Int(3)),
        "0",
    );
    c(
        &mut f,
        "divmod(0, 3)",
        builtin("divmod", &[Value::Int(0), Value::Int(3)], &[]),
        "(0, 0)",
    );
    c(
        &mut f,
        "operator.truediv(0, 36893488147419103232)",
        op(BinOp::TrueDiv, &Value::Int(0), &big("36893488147419103232")),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &Value::Int(0),
            &big("36893488147419103232"),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.mod(0, 36893488147419103232)",
        op(BinOp::Mod, &Value::Int(0), &big("36893488147419103232")),
        "0",
    );
    c(
        &mut f,
        "divmod(0, 36893488147419103232)",
        builtin("divmod", &[Value::Int(0), big("36893488147419103232")], &[]),
        "(0, 0)",
    );
    c(
        &mut f,
        "operator.truediv(0, inf)",
        op(BinOp::TrueDiv, &Value::Int(0), &Value::Float(f64::INFINITY)),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0, inf)",
        op(
            BinOp::FloorDiv,
            &Value::Int(0),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(0, inf)",
        op(BinOp::Mod, &Value::Int(0), &Value::Float(f64::INFINITY)),
        "0.0",
    );
    c(
        &mut f,
        "operator.pow(0, inf)",
        op(BinOp::Pow, &Value::Int(0), &Value::Float(f64::INFINITY)),
        "0.0",
    );
    c(
        &mut f,
        "divmod(0, inf)",
        builtin("divmod", &[Value::Int(0), Value::Float(f64::INFINITY)], &[]),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, 2)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Int(2),
        ),
        "5.902958103587057e+20",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, 2)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Int(2),
        ),
        "590295810358705651712",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, 2)",
        op(BinOp::Mod, &big("1180591620717411303424"), &Value::Int(2)),
        "0",
    );
    c(
        &mut f,
        "operator.pow(1180591620717411303424, 2)",
        op(BinOp::Pow, &big("1180591620717411303424"), &Value::Int(2)),
        "1393796574908163946345982392040522594123776",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, 2)",
        builtin(
            "divmod",
            &[big("1180591620717411303424"), Value::Int(2)],
            &[],
        ),
        "(590295810358705651712, 0)",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, -2)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Int(-2),
        ),
        "-5.902958103587057e+20",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, -2)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Int(-2),
        ),
        "-590295810358705651712",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, -2)",
        op(BinOp::Mod, &big("1180591620717411303424"), &Value::Int(-2)),
        "0",
    );
    c(
        &mut f,
        "operator.pow(1180591620717411303424, -2)",
        op(BinOp::Pow, &big("1180591620717411303424"), &Value::Int(-2)),
        "7.174648137343064e-43",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, -2)",
        builtin(
            "divmod",
            &[big("1180591620717411303424"), Value::Int(-2)],
            &[],
        ),
        "(-590295810358705651712, 0)",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, 2.5)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, 2.5)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, 2.5)",
        op(
            BinOp::Mod,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "1.5",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, 2.5)",
        builtin(
            "divmod",
            &[
                big("1180591620717411303424"),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(4.7223664828696455e+20, 1.5)",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, -2.5)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, -2.5)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, -2.5)",
        op(
            BinOp::Mod,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-1.0",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, -2.5)",
        builtin(
            "divmod",
            &[
                big("1180591620717411303424"),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(-4.7223664828696455e+20, -1.0)",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, 0)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Int(0),
        ),
        "ZeroDivisionError: division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, 0)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Int(0),
        ),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, 0)",
        op(BinOp::Mod, &big("1180591620717411303424"), &Value::Int(0)),
        "ZeroDivisionError: integer modulo by zero",
    );
    c(
        &mut f,
        "operator.pow(1180591620717411303424, 0)",
        op(BinOp::Pow, &big("1180591620717411303424"), &Value::Int(0)),
        "1",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, 0)",
        builtin(
            "divmod",
            &[big("1180591620717411303424"), Value::Int(0)],
            &[],
        ),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, 0.0)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, 0.0)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, 0.0)",
        op(
            BinOp::Mod,
            &big("1180591620717411303424"),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, 0.0)",
        builtin(
            "divmod",
            &[
                big("1180591620717411303424"),
                Value::Float(f64::from_bits(0x0)),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, 3)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Int(3),
        ),
        "3.935305402391371e+20",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, 3)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Int(3),
        ),
        "393530540239137101141",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, 3)",
        op(BinOp::Mod, &big("1180591620717411303424"), &Value::Int(3)),
        "1",
    );
    c(
        &mut f,
        "operator.pow(1180591620717411303424, 3)",
        op(BinOp::Pow, &big("1180591620717411303424"), &Value::Int(3)),
        "1645504557321206042154969182557350504982735865633579863348609024",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, 3)",
        builtin(
            "divmod",
            &[big("1180591620717411303424"), Value::Int(3)],
            &[],
        ),
        "(393530540239137101141, 1)",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, 36893488147419103232)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &big("36893488147419103232"),
        ),
        "32.0",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &big("36893488147419103232"),
        ),
        "32",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, 36893488147419103232)",
        op(
            BinOp::Mod,
            &big("1180591620717411303424"),
            &big("36893488147419103232"),
        ),
        "0",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, 36893488147419103232)",
        builtin(
            "divmod",
            &[big("1180591620717411303424"), big("36893488147419103232")],
            &[],
        ),
        "(32, 0)",
    );
    c(
        &mut f,
        "operator.truediv(1180591620717411303424, inf)",
        op(
            BinOp::TrueDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(1180591620717411303424, inf)",
        op(
            BinOp::FloorDiv,
            &big("1180591620717411303424"),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(1180591620717411303424, inf)",
        op(
            BinOp::Mod,
            &big("1180591620717411303424"),
            &Value::Float(f64::INFINITY),
        ),
        "1.1805916207174113e+21",
    );
    c(
        &mut f,
        "divmod(1180591620717411303424, inf)",
        builtin(
            "divmod",
            &[big("1180591620717411303424"), Value::Float(f64::INFINITY)],
            &[],
        ),
        "(0.0, 1.1805916207174113e+21)",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, 2)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Int(2),
        ),
        "-5.902958103587057e+20",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, 2)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Int(2),
        ),
        "-590295810358705651712",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, 2)",
        op(BinOp::Mod, &big("-1180591620717411303424"), &Value::Int(2)),
        "0",
    );
    c(
        &mut f,
        "operator.pow(-1180591620717411303424, 2)",
        op(BinOp::Pow, &big("-1180591620717411303424"), &Value::Int(2)),
        "1393796574908163946345982392040522594123776",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, 2)",
        builtin(
            "divmod",
            &[big("-1180591620717411303424"), Value::Int(2)],
            &[],
        ),
        "(-590295810358705651712, 0)",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, -2)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Int(-2),
        ),
        "5.902958103587057e+20",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, -2)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Int(-2),
        ),
        "590295810358705651712",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, -2)",
        op(BinOp::Mod, &big("-1180591620717411303424"), &Value::Int(-2)),
        "0",
    );
    c(
        &mut f,
        "operator.pow(-1180591620717411303424, -2)",
        op(BinOp::Pow, &big("-1180591620717411303424"), &Value::Int(-2)),
        "7.174648137343064e-43",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, -2)",
        builtin(
            "divmod",
            &[big("-1180591620717411303424"), Value::Int(-2)],
            &[],
        ),
        "(590295810358705651712, 0)",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, 2.5)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "-4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, 2.5)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "-4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, 2.5)",
        op(
            BinOp::Mod,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, 2.5)",
        builtin(
            "divmod",
            &[
                big("-1180591620717411303424"),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(-4.7223664828696455e+20, 1.0)",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, -2.5)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, -2.5)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "4.7223664828696455e+20",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, -2.5)",
        op(
            BinOp::Mod,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-1.5",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, -2.5)",
        builtin(
            "divmod",
            &[
                big("-1180591620717411303424"),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(4.7223664828696455e+20, -1.5)",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, 0)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Int(0),
        ),
        "ZeroDivisionError: division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, 0)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Int(0),
        ),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, 0)",
        op(BinOp::Mod, &big("-1180591620717411303424"), &Value::Int(0)),
        "ZeroDivisionError: integer modulo by zero",
    );
    c(
        &mut f,
        "operator.pow(-1180591620717411303424, 0)",
        op(BinOp::Pow, &big("-1180591620717411303424"), &Value::Int(0)),
        "1",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, 0)",
        builtin(
            "divmod",
            &[big("-1180591620717411303424"), Value::Int(0)],
            &[],
        ),
        "ZeroDivisionError: integer division or modulo by zero",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, 0.0)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, 0.0)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, 0.0)",
        op(
            BinOp::Mod,
            &big("-1180591620717411303424"),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, 0.0)",
        builtin(
            "divmod",
            &[
                big("-1180591620717411303424"),
                Value::Float(f64::from_bits(0x0)),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, 3)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Int(3),
        ),
        "-3.935305402391371e+20",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, 3)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Int(3),
        ),
        "-393530540239137101142",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, 3)",
        op(BinOp::Mod, &big("-1180591620717411303424"), &Value::Int(3)),
        "2",
    );
    c(
        &mut f,
        "operator.pow(-1180591620717411303424, 3)",
        op(BinOp::Pow, &big("-1180591620717411303424"), &Value::Int(3)),
        "-1645504557321206042154969182557350504982735865633579863348609024",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, 3)",
        builtin(
            "divmod",
            &[big("-1180591620717411303424"), Value::Int(3)],
            &[],
        ),
        "(-393530540239137101142, 2)",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, 36893488147419103232)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &big("36893488147419103232"),
        ),
        "-32.0",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &big("36893488147419103232"),
        ),
        "-32",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, 36893488147419103232)",
        op(
            BinOp::Mod,
            &big("-1180591620717411303424"),
            &big("36893488147419103232"),
        ),
        "0",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, 36893488147419103232)",
        builtin(
            "divmod",
            &[big("-1180591620717411303424"), big("36893488147419103232")],
            &[],
        ),
        "(-32, 0)",
    );
    c(
        &mut f,
        "operator.truediv(-1180591620717411303424, inf)",
        op(
            BinOp::TrueDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::INFINITY),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.floordiv(-1180591620717411303424, inf)",
        op(
            BinOp::FloorDiv,
            &big("-1180591620717411303424"),
            &Value::Float(f64::INFINITY),
        ),
        "-1.0",
    );
    c(
        &mut f,
        "operator.mod(-1180591620717411303424, inf)",
        op(
            BinOp::Mod,
            &big("-1180591620717411303424"),
            &Value::Float(f64::INFINITY),
        ),
        "inf",
    );
    c(
        &mut f,
        "divmod(-1180591620717411303424, inf)",
        builtin(
            "divmod",
            &[big("-1180591620717411303424"), Value::Float(f64::INFINITY)],
            &[],
        ),
        "(-1.0, inf)",
    );
    c(
        &mut f,
        "operator.truediv(0.0, 2)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(2),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, 2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(2),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(0.0, 2)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(2),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.pow(0.0, 2)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(2),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(0.0, 2)",
        builtin(
            "divmod",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(2)],
            &[],
        ),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0.0, -2)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(-2),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, -2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(-2),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.mod(0.0, -2)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(-2),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.pow(0.0, -2)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(-2),
        ),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power",
    );
    c(
        &mut f,
        "divmod(0.0, -2)",
        builtin(
            "divmod",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(-2)],
            &[],
        ),
        "(-0.0, -0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0.0, 2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, 2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(0.0, 2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.pow(0.0, 2.5)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(0.0, 2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0.0, -2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, -2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.mod(0.0, -2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-0.0",
    );
    c(
        &mut f,
        "operator.pow(0.0, -2.5)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "ZeroDivisionError: 0.0 cannot be raised to a negative power",
    );
    c(
        &mut f,
        "divmod(0.0, -2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(-0.0, -0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0.0, 0)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, 0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(0.0, 0)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(0.0, 0)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(0),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(0.0, 0)",
        builtin(
            "divmod",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(0)],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(0.0, 0.0)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, 0.0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(0.0, 0.0)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(0.0, 0.0)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(0.0, 0.0)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::from_bits(0x0)),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(0.0, 3)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(3),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, 3)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(3),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(0.0, 3)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(3),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.pow(0.0, 3)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Int(3),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(0.0, 3)",
        builtin(
            "divmod",
            &[Value::Float(f64::from_bits(0x0)), Value::Int(3)],
            &[],
        ),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0.0, 36893488147419103232)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &big("36893488147419103232"),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &big("36893488147419103232"),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(0.0, 36893488147419103232)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &big("36893488147419103232"),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(0.0, 36893488147419103232)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x0)),
                big("36893488147419103232"),
            ],
            &[],
        ),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(0.0, inf)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.floordiv(0.0, inf)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.mod(0.0, inf)",
        op(
            BinOp::Mod,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "operator.pow(0.0, inf)",
        op(
            BinOp::Pow,
            &Value::Float(f64::from_bits(0x0)),
            &Value::Float(f64::INFINITY),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(0.0, inf)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::from_bits(0x0)),
                Value::Float(f64::INFINITY),
            ],
            &[],
        ),
        "(0.0, 0.0)",
    );
    c(
        &mut f,
        "operator.truediv(inf, 2)",
        op(BinOp::TrueDiv, &Value::Float(f64::INFINITY), &Value::Int(2)),
        "inf",
    );
    c(
        &mut f,
        "operator.floordiv(inf, 2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Int(2),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.mod(inf, 2)",
        op(BinOp::Mod, &Value::Float(f64::INFINITY), &Value::Int(2)),
        "nan",
    );
    c(
        &mut f,
        "operator.pow(inf, 2)",
        op(BinOp::Pow, &Value::Float(f64::INFINITY), &Value::Int(2)),
        "inf",
    );
    c(
        &mut f,
        "divmod(inf, 2)",
        builtin("divmod", &[Value::Float(f64::INFINITY), Value::Int(2)], &[]),
        "(nan, nan)",
    );
    c(
        &mut f,
        "operator.truediv(inf, -2)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::INFINITY),
            &Value::Int(-2),
        ),
        "-inf",
    );
    c(
        &mut f,
        "operator.floordiv(inf, -2)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Int(-2),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.mod(inf, -2)",
        op(BinOp::Mod, &Value::Float(f64::INFINITY), &Value::Int(-2)),
        "nan",
    );
    c(
        &mut f,
        "operator.pow(inf, -2)",
        op(BinOp::Pow, &Value::Float(f64::INFINITY), &Value::Int(-2)),
        "0.0",
    );
    c(
        &mut f,
        "divmod(inf, -2)",
        builtin(
            "divmod",
            &[Value::Float(f64::INFINITY), Value::Int(-2)],
            &[],
        ),
        "(nan, nan)",
    );
    c(
        &mut f,
        "operator.truediv(inf, 2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "inf",
    );
    c(
        &mut f,
        "operator.floordiv(inf, 2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.mod(inf, 2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.pow(inf, 2.5)",
        op(
            BinOp::Pow,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x4004000000000000)),
        ),
        "inf",
    );
    c(
        &mut f,
        "divmod(inf, 2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0x4004000000000000)),
            ],
            &[],
        ),
        "(nan, nan)",
    );
    c(
        &mut f,
        "operator.truediv(inf, -2.5)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "-inf",
    );
    c(
        &mut f,
        "operator.floordiv(inf, -2.5)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.mod(inf, -2.5)",
        op(
            BinOp::Mod,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.pow(inf, -2.5)",
        op(
            BinOp::Pow,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0xc004000000000000)),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(inf, -2.5)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0xc004000000000000)),
            ],
            &[],
        ),
        "(nan, nan)",
    );
    c(
        &mut f,
        "operator.truediv(inf, 0)",
        op(BinOp::TrueDiv, &Value::Float(f64::INFINITY), &Value::Int(0)),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(inf, 0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Int(0),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(inf, 0)",
        op(BinOp::Mod, &Value::Float(f64::INFINITY), &Value::Int(0)),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(inf, 0)",
        op(BinOp::Pow, &Value::Float(f64::INFINITY), &Value::Int(0)),
        "1.0",
    );
    c(
        &mut f,
        "divmod(inf, 0)",
        builtin("divmod", &[Value::Float(f64::INFINITY), Value::Int(0)], &[]),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(inf, 0.0)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float division by zero",
    );
    c(
        &mut f,
        "operator.floordiv(inf, 0.0)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float floor division by zero",
    );
    c(
        &mut f,
        "operator.mod(inf, 0.0)",
        op(
            BinOp::Mod,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "ZeroDivisionError: float modulo",
    );
    c(
        &mut f,
        "operator.pow(inf, 0.0)",
        op(
            BinOp::Pow,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::from_bits(0x0)),
        ),
        "1.0",
    );
    c(
        &mut f,
        "divmod(inf, 0.0)",
        builtin(
            "divmod",
            &[
                Value::Float(f64::INFINITY),
                Value::Float(f64::from_bits(0x0)),
            ],
            &[],
        ),
        "ZeroDivisionError: float divmod()",
    );
    c(
        &mut f,
        "operator.truediv(inf, 3)",
        op(BinOp::TrueDiv, &Value::Float(f64::INFINITY), &Value::Int(3)),
        "inf",
    );
    c(
        &mut f,
        "operator.floordiv(inf, 3)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Int(3),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.mod(inf, 3)",
        op(BinOp::Mod, &Value::Float(f64::INFINITY), &Value::Int(3)),
        "nan",
    );
    c(
        &mut f,
        "operator.pow(inf, 3)",
        op(BinOp::Pow, &Value::Float(f64::INFINITY), &Value::Int(3)),
        "inf",
    );
    c(
        &mut f,
        "divmod(inf, 3)",
        builtin("divmod", &[Value::Float(f64::INFINITY), Value::Int(3)], &[]),
        "(nan, nan)",
    );
    c(
        &mut f,
        "operator.truediv(inf, 36893488147419103232)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::INFINITY),
            &big("36893488147419103232"),
        ),
        "inf",
    );
    c(
        &mut f,
        "operator.floordiv(inf, 36893488147419103232)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &big("36893488147419103232"),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.mod(inf, 36893488147419103232)",
        op(
            BinOp::Mod,
            &Value::Float(f64::INFINITY),
            &big("36893488147419103232"),
        ),
        "nan",
    );
    c(
        &mut f,
        "divmod(inf, 36893488147419103232)",
        builtin(
            "divmod",
            &[Value::Float(f64::INFINITY), big("36893488147419103232")],
            &[],
        ),
        "(nan, nan)",
    );
    c(
        &mut f,
        "operator.truediv(inf, inf)",
        op(
            BinOp::TrueDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::INFINITY),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.floordiv(inf, inf)",
        op(
            BinOp::FloorDiv,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::INFINITY),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.mod(inf, inf)",
        op(
            BinOp::Mod,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::INFINITY),
        ),
        "nan",
    );
    c(
        &mut f,
        "operator.pow(inf, inf)",
        op(
            BinOp::Pow,
            &Value::Float(f64::INFINITY),
            &Value::Float(f64::INFINITY),
        ),
        "inf",
    );
    c(
        &mut f,
        "divmod(inf, inf)",
        builtin(
            "divmod",
            &[Value::Float(f64::INFINITY), Value::Float(f64::INFINITY)],
            &[],
        ),
        "(nan, nan)",
    );
    c(
        &mut f,
        "operator.and_(-5, 3)",
        op(BinOp::And, &Value::Int(-5), &Value::Int(3)),
        "3",
    );
    c(
        &mut f,
        "operator.or_(-5, 3)",
        op(BinOp::Or, &Value::Int(-5), &Value::Int(3)),
        "-5",
    );
    c(
        &mut f,
        "operator.xor(-5, 3)",
        op(BinOp::Xor, &Value::Int(-5), &Value::Int(3)),
        "-8",
    );
    c(
        &mut f,
        "operator.lshift(-5, 3)",
        op(BinOp::LShift, &Value::Int(-5), &Value::Int(3)),
        "-40",
    );
    c(
        &mut f,
        "operator.rshift(-5, 3)",
        op(BinOp::RShift, &Value::Int(-5), &Value::Int(3)),
        "-1",
    );
    c(
        &mut f,
        "operator.and_(5, -3)",
        op(BinOp::And, &Value::Int(5), &Value::Int(-3)),
        "5",
    );
    c(
        &mut f,
        "operator.or_(5, -3)",
        op(BinOp::Or, &Value::Int(5), &Value::Int(-3)),
        "-3",
    );
    c(
        &mut f,
        "operator.xor(5, -3)",
        op(BinOp::Xor, &Value::Int(5), &Value::Int(-3)),
        "-8",
    );
    c(
        &mut f,
        "operator.lshift(5, -3)",
        op(BinOp::LShift, &Value::Int(5), &Value::Int(-3)),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.rshift(5, -3)",
        op(BinOp::RShift, &Value::Int(5), &Value::Int(-3)),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.and_(-1180591620717411303424, 35)",
        op(BinOp::And, &big("-1180591620717411303424"), &Value::Int(35)),
        "0",
    );
    c(
        &mut f,
        "operator.or_(-1180591620717411303424, 35)",
        op(BinOp::Or, &big("-1180591620717411303424"), &Value::Int(35)),
        "-1180591620717411303389",
    );
    c(
        &mut f,
        "operator.xor(-1180591620717411303424, 35)",
        op(BinOp::Xor, &big("-1180591620717411303424"), &Value::Int(35)),
        "-1180591620717411303389",
    );
    c(
        &mut f,
        "operator.lshift(-1180591620717411303424, 35)",
        op(
            BinOp::LShift,
            &big("-1180591620717411303424"),
            &Value::Int(35),
        ),
        "-40564819207303340847894502572032",
    );
    c(
        &mut f,
        "operator.rshift(-1180591620717411303424, 35)",
        op(
            BinOp::RShift,
            &big("-1180591620717411303424"),
            &Value::Int(35),
        ),
        "-34359738368",
    );
    c(
        &mut f,
        "operator.and_(1180591620717411303424, -3)",
        op(BinOp::And, &big("1180591620717411303424"), &Value::Int(-3)),
        "1180591620717411303424",
    );
    c(
        &mut f,
        "operator.or_(1180591620717411303424, -3)",
        op(BinOp::Or, &big("1180591620717411303424"), &Value::Int(-3)),
        "-3",
    );
    c(
        &mut f,
        "operator.xor(1180591620717411303424, -3)",
        op(BinOp::Xor, &big("1180591620717411303424"), &Value::Int(-3)),
        "-1180591620717411303427",
    );
    c(
        &mut f,
        "operator.lshift(1180591620717411303424, -3)",
        op(
            BinOp::LShift,
            &big("1180591620717411303424"),
            &Value::Int(-3),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.rshift(1180591620717411303424, -3)",
        op(
            BinOp::RShift,
            &big("1180591620717411303424"),
            &Value::Int(-3),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.and_(6, 0)",
        op(BinOp::And, &Value::Int(6), &Value::Int(0)),
        "0",
    );
    c(
        &mut f,
        "operator.or_(6, 0)",
        op(BinOp::Or, &Value::Int(6), &Value::Int(0)),
        "6",
    );
    c(
        &mut f,
        "operator.xor(6, 0)",
        op(BinOp::Xor, &Value::Int(6), &Value::Int(0)),
        "6",
    );
    c(
        &mut f,
        "operator.lshift(6, 0)",
        op(BinOp::LShift, &Value::Int(6), &Value::Int(0)),
        "6",
    );
    c(
        &mut f,
        "operator.rshift(6, 0)",
        op(BinOp::RShift, &Value::Int(6), &Value::Int(0)),
        "6",
    );
    c(
        &mut f,
        "pow(3, 4, 5)",
        builtin("pow", &[Value::Int(3), Value::Int(4), Value::Int(5)], &[]),
        "1",
    );
    c(
        &mut f,
        "pow(2, -1, 5)",
        builtin("pow", &[Value::Int(2), Value::Int(-1), Value::Int(5)], &[]),
        "3",
    );
    c(
        &mut f,
        "pow(2, -1, 4)",
        builtin("pow", &[Value::Int(2), Value::Int(-1), Value::Int(4)], &[]),
        "ValueError: base is not invertible for the given modulus",
    );
    c(
        &mut f,
        "pow(3, 200, 1000000007)",
        builtin(
            "pow",
            &[Value::Int(3), Value::Int(200), Value::Int(1000000007)],
            &[],
        ),
        "136318165",
    );
    c(
        &mut f,
        "pow(2, 10, -7)",
        builtin("pow", &[Value::Int(2), Value::Int(10), Value::Int(-7)], &[]),
        "-5",
    );
    c(
        &mut f,
        "pow(2, 3, 0)",
        builtin("pow", &[Value::Int(2), Value::Int(3), Value::Int(0)], &[]),
        "ValueError: pow() 3rd argument cannot be 0",
    );
    c(
        &mut f,
        "pow(2.0, 3, 5)",
        builtin(
            "pow",
            &[
                Value::Float(f64::from_bits(0x4000000000000000)),
                Value::Int(3),
                Value::Int(5),
            ],
            &[],
        ),
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
    );
    c(
        &mut f,
        "pow(100000000000000000000, 100000000000000000000, 1000000000)",
        builtin(
            "pow",
            &[
                big("100000000000000000000"),
                big("100000000000000000000"),
                Value::Int(1000000000),
            ],
            &[],
        ),
        "0",
    );
    c(
        &mut f,
        "operator.truediv(1, 3)",
        op(BinOp::TrueDiv, &Value::Int(1), &Value::Int(3)),
        "0.3333333333333333",
    );
    c(
        &mut f,
        "operator.truediv(1, 7)",
        op(BinOp::TrueDiv, &Value::Int(1), &Value::Int(7)),
        "0.14285714285714285",
    );
    c(
        &mut f,
        "operator.truediv(1, 1152921504606846979)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1),
            &Value::Int(1152921504606846979),
        ),
        "8.673617379884035e-19",
    );
    c(
        &mut f,
        "operator.truediv(1, -100000000000000000001)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1),
            &big("-100000000000000000001"),
        ),
        "-1e-20",
    );
    c(
        &mut f,
        "operator.truediv(1, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1),
            &big(
                "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ),
        "1e-300",
    );
    c(
        &mut f,
        "operator.truediv(10, 3)",
        op(BinOp::TrueDiv, &Value::Int(10), &Value::Int(3)),
        "3.3333333333333335",
    );
    c(
        &mut f,
        "operator.truediv(10, 7)",
        op(BinOp::TrueDiv, &Value::Int(10), &Value::Int(7)),
        "1.4285714285714286",
    );
    c(
        &mut f,
        "operator.truediv(10, 1152921504606846979)",
        op(
            BinOp::TrueDiv,
            &Value::Int(10),
            &Value::Int(1152921504606846979),
        ),
        "8.673617379884035e-18",
    );
    c(
        &mut f,
        "operator.truediv(10, -100000000000000000001)",
        op(
            BinOp::TrueDiv,
            &Value::Int(10),
            &big("-100000000000000000001"),
        ),
        "-1e-19",
    );
    c(
        &mut f,
        "operator.truediv(10, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        op(
            BinOp::TrueDiv,
            &Value::Int(10),
            &big(
                "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ),
        "1e-299",
    );
    c(
        &mut f,
        "operator.truediv(9007199254740992, 3)",
        op(
            BinOp::TrueDiv,
            &Value::Int(9007199254740992),
            &Value::Int(3),
        ),
        "3002399751580330.5",
    );
    c(
        &mut f,
        "operator.truediv(9007199254740992, 7)",
        op(
            BinOp::TrueDiv,
            &Value::Int(9007199254740992),
            &Value::Int(7),
        ),
        "1286742750677284.5",
    );
    c(
        &mut f,
        "operator.truediv(9007199254740992, 1152921504606846979)",
        op(
            BinOp::TrueDiv,
            &Value::Int(9007199254740992),
            &Value::Int(1152921504606846979),
        ),
        "0.0078125",
    );
    c(
        &mut f,
        "operator.truediv(9007199254740992, -100000000000000000001)",
        op(
            BinOp::TrueDiv,
            &Value::Int(9007199254740992),
            &big("-100000000000000000001"),
        ),
        "-9.007199254740992e-05",
    );
    c(
        &mut f,
        "operator.truediv(9007199254740992, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        op(
            BinOp::TrueDiv,
            &Value::Int(9007199254740992),
            &big(
                "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ),
        "9.007199254740992e-285",
    );
    c(
        &mut f,
        "operator.truediv(1152921504606846977, 3)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1152921504606846977),
            &Value::Int(3),
        ),
        "3.843071682022823e+17",
    );
    c(
        &mut f,
        "operator.truediv(1152921504606846977, 7)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1152921504606846977),
            &Value::Int(7),
        ),
        "1.647030720866924e+17",
    );
    c(
        &mut f,
        "operator.truediv(1152921504606846977, 1152921504606846979)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1152921504606846977),
            &Value::Int(1152921504606846979),
        ),
        "1.0",
    );
    c(
        &mut f,
        "operator.truediv(1152921504606846977, -100000000000000000001)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1152921504606846977),
            &big("-100000000000000000001"),
        ),
        "-0.011529215046068469",
    );
    c(
        &mut f,
        "operator.truediv(1152921504606846977, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        op(
            BinOp::TrueDiv,
            &Value::Int(1152921504606846977),
            &big(
                "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ),
        "1.152921504606847e-282",
    );
    c(
        &mut f,
        "operator.truediv(1000000000000000000000000000000, 3)",
        op(
            BinOp::TrueDiv,
            &big("1000000000000000000000000000000"),
            &Value::Int(3),
        ),
        "3.333333333333333e+29",
    );
    c(
        &mut f,
        "operator.truediv(1000000000000000000000000000000, 7)",
        op(
            BinOp::TrueDiv,
            &big("1000000000000000000000000000000"),
            &Value::Int(7),
        ),
        "1.4285714285714285e+29",
    );
    c(
        &mut f,
        "operator.truediv(1000000000000000000000000000000, 1152921504606846979)",
        op(
            BinOp::TrueDiv,
            &big("1000000000000000000000000000000"),
            &Value::Int(1152921504606846979),
        ),
        "867361737988.4036",
    );
    c(
        &mut f,
        "operator.truediv(1000000000000000000000000000000, -100000000000000000001)",
        op(
            BinOp::TrueDiv,
            &big("1000000000000000000000000000000"),
            &big("-100000000000000000001"),
        ),
        "-10000000000.0",
    );
    c(
        &mut f,
        "operator.truediv(1000000000000000000000000000000, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        op(
            BinOp::TrueDiv,
            &big("1000000000000000000000000000000"),
            &big(
                "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ),
        "1e-270",
    );
    c(
        &mut f,
        "operator.truediv(-1000000000000000000000000000000, 3)",
        op(
            BinOp::TrueDiv,
            &big("-1000000000000000000000000000000"),
            &Value::Int(3),
        ),
        "-3.333333333333333e+29",
    );
    c(
        &mut f,
        "operator.truediv(-1000000000000000000000000000000, 7)",
        op(
            BinOp::TrueDiv,
            &big("-1000000000000000000000000000000"),
            &Value::Int(7),
        ),
        "-1.4285714285714285e+29",
    );
    c(
        &mut f,
        "operator.truediv(-1000000000000000000000000000000, 1152921504606846979)",
        op(
            BinOp::TrueDiv,
            &big("-1000000000000000000000000000000"),
            &Value::Int(1152921504606846979),
        ),
        "-867361737988.4036",
    );
    c(
        &mut f,
        "operator.truediv(-1000000000000000000000000000000, -100000000000000000001)",
        op(
            BinOp::TrueDiv,
            &big("-1000000000000000000000000000000"),
            &big("-100000000000000000001"),
        ),
        "10000000000.0",
    );
    c(
        &mut f,
        "operator.truediv(-1000000000000000000000000000000, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        op(
            BinOp::TrueDiv,
            &big("-1000000000000000000000000000000"),
            &big(
                "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ),
        "-1e-270",
    );
    c(
        &mut f,
        "operator.truediv(13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376, 3)",
        op(
            BinOp::TrueDiv,
            &big(
                "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            ),
            &Value::Int(3),
        ),
        "OverflowError: integer division result too large for a float",
    );
    c(
        &mut f,
        "operator.truediv(13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376, 7)",
        op(
            BinOp::TrueDiv,
            &big(
                "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            ),
            &Value::Int(7),
        ),
        "OverflowError: integer division result too large for a float",
    );
    c(
        &mut f,
        "operator.truediv(13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376, 1152921504606846979)",
        op(
            BinOp::TrueDiv,
            &big(
                "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            ),
            &Value::Int(1152921504606846979),
        ),
        "OverflowError: integer division result too large for a float",
    );
    c(
        &mut f,
        "operator.truediv(13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376, -100000000000000000001)",
        op(
            BinOp::TrueDiv,
            &big(
                "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            ),
            &big("-100000000000000000001"),
        ),
        "OverflowError: integer division result too large for a float",
    );
    c(
        &mut f,
        "operator.truediv(13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376, 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        op(
            BinOp::TrueDiv,
            &big(
                "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            ),
            &big(
                "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            ),
        ),
        "1.3582985290493859e+31",
    );
    c(
        &mut f,
        "sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])",
        builtin(
            "sum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fb999999999999a)),
            ])],
            &[],
        ),
        "0.9999999999999999",
    );
    c(
        &mut f,
        "sum([1, 2, 3], start=10)",
        builtin(
            "sum",
            &[Value::list(vec![
                Value::Int(1),
                Value::Int(2),
                Value::Int(3),
            ])],
            &[("start", Value::Int(10))],
        ),
        "16",
    );
    c(
        &mut f,
        "sum([0.1, 0.2, 0.3])",
        builtin(
            "sum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x3fb999999999999a)),
                Value::Float(f64::from_bits(0x3fc999999999999a)),
                Value::Float(f64::from_bits(0x3fd3333333333333)),
            ])],
            &[],
        ),
        "0.6000000000000001",
    );
    c(
        &mut f,
        "sum(['a'])",
        builtin("sum", &[Value::list(vec![Value::str("a")])], &[]),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    );
    c(
        &mut f,
        "sum([1], start='x')",
        builtin(
            "sum",
            &[Value::list(vec![Value::Int(1)])],
            &[("start", Value::str("x"))],
        ),
        "TypeError: sum() can't sum strings [use ''.join(seq) instead]",
    );
    c(
        &mut f,
        "sum([1e+308, 1e+308, -1e+308])",
        builtin(
            "sum",
            &[Value::list(vec![
                Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
                Value::Float(f64::from_bits(0x7fe1ccf385ebc8a0)),
                Value::Float(f64::from_bits(0xffe1ccf385ebc8a0)),
            ])],
            &[],
        ),
        "inf",
    );
    c(
        &mut f,
        "sum([])",
        builtin("sum", &[Value::list(vec![])], &[]),
        "0",
    );
    c(
        &mut f,
        "min([3, 1, 2])",
        builtin(
            "min",
            &[Value::list(vec![
                Value::Int(3),
                Value::Int(1),
                Value::Int(2),
            ])],
            &[],
        ),
        "1",
    );
    c(
        &mut f,
        "max([3, 1, 2])",
        builtin(
            "max",
            &[Value::list(vec![
                Value::Int(3),
                Value::Int(1),
                Value::Int(2),
            ])],
            &[],
        ),
        "3",
    );
    c(
        &mut f,
        "min(3, 1, 2)",
        builtin("min", &[Value::Int(3), Value::Int(1), Value::Int(2)], &[]),
        "1",
    );
    c(
        &mut f,
        "max(3, 1, 2)",
        builtin("max", &[Value::Int(3), Value::Int(1), Value::Int(2)], &[]),
        "3",
    );
    c(
        &mut f,
        "min([])",
        builtin("min", &[Value::list(vec![])], &[]),
        "ValueError: min() arg is an empty sequence",
    );
    c(
        &mut f,
        "max([])",
        builtin("max", &[Value::list(vec![])], &[]),
        "ValueError: max() arg is an empty sequence",
    );
    c(
        &mut f,
        "min([], default=0)",
        builtin("min", &[Value::list(vec![])], &[("default", Value::Int(0))]),
        "0",
    );
    c(
        &mut f,
        "max([], default=0)",
        builtin("max", &[Value::list(vec![])], &[("default", Value::Int(0))]),
        "0",
    );
    c(
        &mut f,
        "min()",
        builtin("min", &[], &[]),
        "TypeError: min expected at least 1 argument, got 0",
    );
    c(
        &mut f,
        "max()",
        builtin("max", &[], &[]),
        "TypeError: max expected at least 1 argument, got 0",
    );
    c(
        &mut f,
        "min(1, 2, default=0)",
        builtin(
            "min",
            &[Value::Int(1), Value::Int(2)],
            &[("default", Value::Int(0))],
        ),
        "TypeError: Cannot specify a default for min() with multiple positional arguments",
    );
    c(
        &mut f,
        "max(1, 2, default=0)",
        builtin(
            "max",
            &[Value::Int(1), Value::Int(2)],
            &[("default", Value::Int(0))],
        ),
        "TypeError: Cannot specify a default for max() with multiple positional arguments",
    );
    c(
        &mut f,
        "min([1, 'a'])",
        builtin(
            "min",
            &[Value::list(vec![Value::Int(1), Value::str("a")])],
            &[],
        ),
        "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    c(
        &mut f,
        "max([1, 'a'])",
        builtin(
            "max",
            &[Value::list(vec![Value::Int(1), Value::str("a")])],
            &[],
        ),
        "TypeError: '>' not supported between instances of 'str' and 'int'",
    );
    c(
        &mut f,
        "hex(0)",
        builtin("hex", &[Value::Int(0)], &[]),
        "'0x0'",
    );
    c(
        &mut f,
        "oct(0)",
        builtin("oct", &[Value::Int(0)], &[]),
        "'0o0'",
    );
    c(
        &mut f,
        "bin(0)",
        builtin("bin", &[Value::Int(0)], &[]),
        "'0b0'",
    );
    c(
        &mut f,
        "hex(255)",
        builtin("hex", &[Value::Int(255)], &[]),
        "'0xff'",
    );
    c(
        &mut f,
        "oct(255)",
        builtin("oct", &[Value::Int(255)], &[]),
        "'0o377'",
    );
    c(
        &mut f,
        "bin(255)",
        builtin("bin", &[Value::Int(255)], &[]),
        "'0b11111111'",
    );
    c(
        &mut f,
        "hex(-255)",
        builtin("hex", &[Value::Int(-255)], &[]),
        "'-0xff'",
    );
    c(
        &mut f,
        "oct(-255)",
        builtin("oct", &[Value::Int(-255)], &[]),
        "'-0o377'",
    );
    c(
        &mut f,
        "bin(-255)",
        builtin("bin", &[Value::Int(-255)], &[]),
        "'-0b11111111'",
    );
    c(
        &mut f,
        "hex(1180591620717411303424)",
        builtin("hex", &[big("1180591620717411303424")], &[]),
        "'0x400000000000000000'",
    );
    c(
        &mut f,
        "oct(1180591620717411303424)",
        builtin("oct", &[big("1180591620717411303424")], &[]),
        "'0o200000000000000000000000'",
    );
    c(
        &mut f,
        "bin(1180591620717411303424)",
        builtin("bin", &[big("1180591620717411303424")], &[]),
        "'0b10000000000000000000000000000000000000000000000000000000000000000000000'",
    );
    c(
        &mut f,
        "hex(-1)",
        builtin("hex", &[Value::Int(-1)], &[]),
        "'-0x1'",
    );
    c(
        &mut f,
        "oct(-1)",
        builtin("oct", &[Value::Int(-1)], &[]),
        "'-0o1'",
    );
    c(
        &mut f,
        "bin(-1)",
        builtin("bin", &[Value::Int(-1)], &[]),
        "'-0b1'",
    );
    c(
        &mut f,
        "hex(True)",
        builtin("hex", &[Value::Bool(true)], &[]),
        "'0x1'",
    );
    c(
        &mut f,
        "oct(True)",
        builtin("oct", &[Value::Bool(true)], &[]),
        "'0o1'",
    );
    c(
        &mut f,
        "bin(True)",
        builtin("bin", &[Value::Bool(true)], &[]),
        "'0b1'",
    );
    c(
        &mut f,
        "hex(3.5)",
        builtin(
            "hex",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "oct(3.5)",
        builtin(
            "oct",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "bin(3.5)",
        builtin(
            "bin",
            &[Value::Float(f64::from_bits(0x400c000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "chr(65)",
        builtin("chr", &[Value::Int(65)], &[]),
        "'A'",
    );
    c(
        &mut f,
        "chr(1114111)",
        builtin("chr", &[Value::Int(1114111)], &[]),
        "'\\U0010ffff'",
    );
    c(
        &mut f,
        "chr(1114112)",
        builtin("chr", &[Value::Int(1114112)], &[]),
        "ValueError: chr() arg not in range(0x110000)",
    );
    c(
        &mut f,
        "chr(-1)",
        builtin("chr", &[Value::Int(-1)], &[]),
        "ValueError: chr() arg not in range(0x110000)",
    );
    c(
        &mut f,
        "chr(1180591620717411303424)",
        builtin("chr", &[big("1180591620717411303424")], &[]),
        "OverflowError: Python int too large to convert to C int",
    );
    c(
        &mut f,
        "chr('a')",
        builtin("chr", &[Value::str("a")], &[]),
        "TypeError: 'str' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "chr(97.0)",
        builtin(
            "chr",
            &[Value::Float(f64::from_bits(0x4058400000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "ord('a')",
        builtin("ord", &[Value::str("a")], &[]),
        "97",
    );
    c(
        &mut f,
        "ord('€')",
        builtin("ord", &[Value::str("€")], &[]),
        "8364",
    );
    c(
        &mut f,
        "ord('')",
        builtin("ord", &[Value::str("")], &[]),
        "TypeError: ord() expected a character, but string of length 0 found",
    );
    c(
        &mut f,
        "ord('ab')",
        builtin("ord", &[Value::str("ab")], &[]),
        "TypeError: ord() expected a character, but string of length 2 found",
    );
    c(
        &mut f,
        "ord(b'a')",
        builtin("ord", &[Value::Bytes(vec![97u8].into())], &[]),
        "97",
    );
    c(
        &mut f,
        "ord(5)",
        builtin("ord", &[Value::Int(5)], &[]),
        "TypeError: ord() expected string of length 1, but int found",
    );
    c(
        &mut f,
        "operator.floordiv(-9223372036854775808, -1)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "9223372036854775808",
    );
    c(
        &mut f,
        "operator.mod(-9223372036854775808, -1)",
        op(
            BinOp::Mod,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.truediv(-9223372036854775808, -1)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "9.223372036854776e+18",
    );
    c(
        &mut f,
        "operator.and_(-9223372036854775808, -1)",
        op(
            BinOp::And,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "operator.or_(-9223372036854775808, -1)",
        op(
            BinOp::Or,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "-1",
    );
    c(
        &mut f,
        "operator.xor(-9223372036854775808, -1)",
        op(
            BinOp::Xor,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "9223372036854775807",
    );
    c(
        &mut f,
        "operator.rshift(-9223372036854775808, -1)",
        op(
            BinOp::RShift,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.lshift(-9223372036854775808, -1)",
        op(
            BinOp::LShift,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.pow(-9223372036854775808, -1)",
        op(
            BinOp::Pow,
            &Value::Int(-9223372036854775808),
            &Value::Int(-1),
        ),
        "-1.0842021724855044e-19",
    );
    c(
        &mut f,
        "divmod(-9223372036854775808, -1)",
        builtin(
            "divmod",
            &[Value::Int(-9223372036854775808), Value::Int(-1)],
            &[],
        ),
        "(9223372036854775808, 0)",
    );
    c(
        &mut f,
        "operator.floordiv(9223372036854775807, -1)",
        op(
            BinOp::FloorDiv,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "-9223372036854775807",
    );
    c(
        &mut f,
        "operator.mod(9223372036854775807, -1)",
        op(
            BinOp::Mod,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.truediv(9223372036854775807, -1)",
        op(
            BinOp::TrueDiv,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "-9.223372036854776e+18",
    );
    c(
        &mut f,
        "operator.and_(9223372036854775807, -1)",
        op(
            BinOp::And,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "9223372036854775807",
    );
    c(
        &mut f,
        "operator.or_(9223372036854775807, -1)",
        op(BinOp::Or, &Value::Int(9223372036854775807), &Value::Int(-1)),
        "-1",
    );
    c(
        &mut f,
        "operator.xor(9223372036854775807, -1)",
        op(
            BinOp::Xor,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "operator.rshift(9223372036854775807, -1)",
        op(
            BinOp::RShift,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.lshift(9223372036854775807, -1)",
        op(
            BinOp::LShift,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.pow(9223372036854775807, -1)",
        op(
            BinOp::Pow,
            &Value::Int(9223372036854775807),
            &Value::Int(-1),
        ),
        "1.0842021724855044e-19",
    );
    c(
        &mut f,
        "divmod(9223372036854775807, -1)",
        builtin(
            "divmod",
            &[Value::Int(9223372036854775807), Value::Int(-1)],
            &[],
        ),
        "(-9223372036854775807, 0)",
    );
    c(
        &mut f,
        "operator.floordiv(-9223372036854775808, 1)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "operator.mod(-9223372036854775808, 1)",
        op(
            BinOp::Mod,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.truediv(-9223372036854775808, 1)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "-9.223372036854776e+18",
    );
    c(
        &mut f,
        "operator.and_(-9223372036854775808, 1)",
        op(
            BinOp::And,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.or_(-9223372036854775808, 1)",
        op(BinOp::Or, &Value::Int(-9223372036854775808), &Value::Int(1)),
        "-9223372036854775807",
    );
    c(
        &mut f,
        "operator.xor(-9223372036854775808, 1)",
        op(
            BinOp::Xor,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "-9223372036854775807",
    );
    c(
        &mut f,
        "operator.rshift(-9223372036854775808, 1)",
        op(
            BinOp::RShift,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "-4611686018427387904",
    );
    c(
        &mut f,
        "operator.lshift(-9223372036854775808, 1)",
        op(
            BinOp::LShift,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "-18446744073709551616",
    );
    c(
        &mut f,
        "operator.pow(-9223372036854775808, 1)",
        op(
            BinOp::Pow,
            &Value::Int(-9223372036854775808),
            &Value::Int(1),
        ),
        "-9223372036854775808",
    );
    c(
        &mut f,
        "divmod(-9223372036854775808, 1)",
        builtin(
            "divmod",
            &[Value::Int(-9223372036854775808), Value::Int(1)],
            &[],
        ),
        "(-9223372036854775808, 0)",
    );
    c(
        &mut f,
        "operator.floordiv(-9223372036854775808, 9223372036854775807)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-9223372036854775808),
            &Value::Int(9223372036854775807),
        ),
        "-2",
    );
    c(
        &mut f,
        "operator.mod(-9223372036854775808, 9223372036854775807)",
        op(
            BinOp::Mod,
            &Value::Int(-9223372036854775808),
            &Value::Int(9223372036854775807),
        ),
        "9223372036854775806",
    );
    c(
        &mut f,
        "operator.truediv(-9223372036854775808, 9223372036854775807)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-9223372036854775808),
            &Value::Int(9223372036854775807),
        ),
        "-1.0",
    );
    c(
        &mut f,
        "operator.and_(-9223372036854775808, 9223372036854775807)",
        op(
            BinOp::And,
            &Value::Int(-9223372036854775808),
            &Value::Int(9223372036854775807),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.or_(-9223372036854775808, 9223372036854775807)",
        op(
            BinOp::Or,
            &Value::Int(-9223372036854775808),
            &Value::Int(9223372036854775807),
        ),
        "-1",
    );
    c(
        &mut f,
        "operator.xor(-9223372036854775808, 9223372036854775807)",
        op(
            BinOp::Xor,
            &Value::Int(-9223372036854775808),
            &Value::Int(9223372036854775807),
        ),
        "-1",
    );
    c(
        &mut f,
        "operator.rshift(-9223372036854775808, 9223372036854775807)",
        op(
            BinOp::RShift,
            &Value::Int(-9223372036854775808),
            &Value::Int(9223372036854775807),
        ),
        "-1",
    );
    c(
        &mut f,
        "divmod(-9223372036854775808, 9223372036854775807)",
        builtin(
            "divmod",
            &[
                Value::Int(-9223372036854775808),
                Value::Int(9223372036854775807),
            ],
            &[],
        ),
        "(-2, 9223372036854775806)",
    );
    c(
        &mut f,
        "operator.floordiv(4611686018427387904, 4)",
        op(
            BinOp::FloorDiv,
            &Value::Int(4611686018427387904),
            &Value::Int(4),
        ),
        "1152921504606846976",
    );
    c(
        &mut f,
        "operator.mod(4611686018427387904, 4)",
        op(BinOp::Mod, &Value::Int(4611686018427387904), &Value::Int(4)),
        "0",
    );
    c(
        &mut f,
        "operator.truediv(4611686018427387904, 4)",
        op(
            BinOp::TrueDiv,
            &Value::Int(4611686018427387904),
            &Value::Int(4),
        ),
        "1.152921504606847e+18",
    );
    c(
        &mut f,
        "operator.and_(4611686018427387904, 4)",
        op(BinOp::And, &Value::Int(4611686018427387904), &Value::Int(4)),
        "0",
    );
    c(
        &mut f,
        "operator.or_(4611686018427387904, 4)",
        op(BinOp::Or, &Value::Int(4611686018427387904), &Value::Int(4)),
        "4611686018427387908",
    );
    c(
        &mut f,
        "operator.xor(4611686018427387904, 4)",
        op(BinOp::Xor, &Value::Int(4611686018427387904), &Value::Int(4)),
        "4611686018427387908",
    );
    c(
        &mut f,
        "operator.rshift(4611686018427387904, 4)",
        op(
            BinOp::RShift,
            &Value::Int(4611686018427387904),
            &Value::Int(4),
        ),
        "288230376151711744",
    );
    c(
        &mut f,
        "operator.lshift(4611686018427387904, 4)",
        op(
            BinOp::LShift,
            &Value::Int(4611686018427387904),
            &Value::Int(4),
        ),
        "73786976294838206464",
    );
    c(
        &mut f,
        "divmod(4611686018427387904, 4)",
        builtin(
            "divmod",
            &[Value::Int(4611686018427387904), Value::Int(4)],
            &[],
        ),
        "(1152921504606846976, 0)",
    );
    c(
        &mut f,
        "operator.floordiv(-4611686018427387904, 4)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-4611686018427387904),
            &Value::Int(4),
        ),
        "-1152921504606846976",
    );
    c(
        &mut f,
        "operator.mod(-4611686018427387904, 4)",
        op(
            BinOp::Mod,
            &Value::Int(-4611686018427387904),
            &Value::Int(4),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.truediv(-4611686018427387904, 4)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-4611686018427387904),
            &Value::Int(4),
        ),
        "-1.152921504606847e+18",
    );
    c(
        &mut f,
        "operator.and_(-4611686018427387904, 4)",
        op(
            BinOp::And,
            &Value::Int(-4611686018427387904),
            &Value::Int(4),
        ),
        "0",
    );
    c(
        &mut f,
        "operator.or_(-4611686018427387904, 4)",
        op(BinOp::Or, &Value::Int(-4611686018427387904), &Value::Int(4)),
        "-4611686018427387900",
    );
    c(
        &mut f,
        "operator.xor(-4611686018427387904, 4)",
        op(
            BinOp::Xor,
            &Value::Int(-4611686018427387904),
            &Value::Int(4),
        ),
        "-4611686018427387900",
    );
    c(
        &mut f,
        "operator.rshift(-4611686018427387904, 4)",
        op(
            BinOp::RShift,
            &Value::Int(-4611686018427387904),
            &Value::Int(4),
        ),
        "-288230376151711744",
    );
    c(
        &mut f,
        "operator.lshift(-4611686018427387904, 4)",
        op(
            BinOp::LShift,
            &Value::Int(-4611686018427387904),
            &Value::Int(4),
        ),
        "-73786976294838206464",
    );
    c(
        &mut f,
        "divmod(-4611686018427387904, 4)",
        builtin(
            "divmod",
            &[Value::Int(-4611686018427387904), Value::Int(4)],
            &[],
        ),
        "(-1152921504606846976, 0)",
    );
    c(
        &mut f,
        "operator.floordiv(3, 9223372036854775808)",
        op(BinOp::FloorDiv, &Value::Int(3), &big("9223372036854775808")),
        "0",
    );
    c(
        &mut f,
        "operator.mod(3, 9223372036854775808)",
        op(BinOp::Mod, &Value::Int(3), &big("9223372036854775808")),
        "3",
    );
    c(
        &mut f,
        "operator.truediv(3, 9223372036854775808)",
        op(BinOp::TrueDiv, &Value::Int(3), &big("9223372036854775808")),
        "3.2526065174565133e-19",
    );
    c(
        &mut f,
        "operator.and_(3, 9223372036854775808)",
        op(BinOp::And, &Value::Int(3), &big("9223372036854775808")),
        "0",
    );
    c(
        &mut f,
        "operator.or_(3, 9223372036854775808)",
        op(BinOp::Or, &Value::Int(3), &big("9223372036854775808")),
        "9223372036854775811",
    );
    c(
        &mut f,
        "operator.xor(3, 9223372036854775808)",
        op(BinOp::Xor, &Value::Int(3), &big("9223372036854775808")),
        "9223372036854775811",
    );
    c(
        &mut f,
        "operator.rshift(3, 9223372036854775808)",
        op(BinOp::RShift, &Value::Int(3), &big("9223372036854775808")),
        "0",
    );
    c(
        &mut f,
        "divmod(3, 9223372036854775808)",
        builtin("divmod", &[Value::Int(3), big("9223372036854775808")], &[]),
        "(0, 3)",
    );
    c(
        &mut f,
        "operator.floordiv(-7, 1180591620717411303424)",
        op(
            BinOp::FloorDiv,
            &Value::Int(-7),
            &big("1180591620717411303424"),
        ),
        "-1",
    );
    c(
        &mut f,
        "operator.mod(-7, 1180591620717411303424)",
        op(BinOp::Mod, &Value::Int(-7), &big("1180591620717411303424")),
        "1180591620717411303417",
    );
    c(
        &mut f,
        "operator.truediv(-7, 1180591620717411303424)",
        op(
            BinOp::TrueDiv,
            &Value::Int(-7),
            &big("1180591620717411303424"),
        ),
        "-5.929230630780102e-21",
    );
    c(
        &mut f,
        "operator.and_(-7, 1180591620717411303424)",
        op(BinOp::And, &Value::Int(-7), &big("1180591620717411303424")),
        "1180591620717411303424",
    );
    c(
        &mut f,
        "operator.or_(-7, 1180591620717411303424)",
        op(BinOp::Or, &Value::Int(-7), &big("1180591620717411303424")),
        "-7",
    );
    c(
        &mut f,
        "operator.xor(-7, 1180591620717411303424)",
        op(BinOp::Xor, &Value::Int(-7), &big("1180591620717411303424")),
        "-1180591620717411303431",
    );
    c(
        &mut f,
        "operator.rshift(-7, 1180591620717411303424)",
        op(
            BinOp::RShift,
            &Value::Int(-7),
            &big("1180591620717411303424"),
        ),
        "-1",
    );
    c(
        &mut f,
        "divmod(-7, 1180591620717411303424)",
        builtin(
            "divmod",
            &[Value::Int(-7), big("1180591620717411303424")],
            &[],
        ),
        "(-1, 1180591620717411303417)",
    );
    c(
        &mut f,
        "operator.floordiv(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::FloorDiv,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "-2",
    );
    c(
        &mut f,
        "operator.mod(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::Mod,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "-18446744073709551614",
    );
    c(
        &mut f,
        "operator.truediv(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::TrueDiv,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "-1.0",
    );
    c(
        &mut f,
        "operator.and_(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::And,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "18446744073709551616",
    );
    c(
        &mut f,
        "operator.or_(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::Or,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "-18446744073709551615",
    );
    c(
        &mut f,
        "operator.xor(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::Xor,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "-36893488147419103231",
    );
    c(
        &mut f,
        "operator.rshift(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::RShift,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.lshift(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::LShift,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "ValueError: negative shift count",
    );
    c(
        &mut f,
        "operator.pow(18446744073709551616, -18446744073709551615)",
        op(
            BinOp::Pow,
            &big("18446744073709551616"),
            &big("-18446744073709551615"),
        ),
        "0.0",
    );
    c(
        &mut f,
        "divmod(18446744073709551616, -18446744073709551615)",
        builtin(
            "divmod",
            &[big("18446744073709551616"), big("-18446744073709551615")],
            &[],
        ),
        "(-2, -18446744073709551614)",
    );
    c(
        &mut f,
        "repr(-8.209436659101632e+209)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xeb83fa10e3d1bf77))],
            &[],
        ),
        "'-8.209436659101632e+209'",
    );
    c(
        &mut f,
        "repr(1.4277261450508727e+252)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7448ed24a7c66a0d))],
            &[],
        ),
        "'1.4277261450508727e+252'",
    );
    c(
        &mut f,
        "repr(3.16389251067413e-175)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1bb4085e1f85807e))],
            &[],
        ),
        "'3.16389251067413e-175'",
    );
    c(
        &mut f,
        "repr(-5.863580385202514e-235)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8f4dd469ee8d5564))],
            &[],
        ),
        "'-5.863580385202514e-235'",
    );
    c(
        &mut f,
        "repr(-8.625351213758044e+210)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xebba3c732431c216))],
            &[],
        ),
        "'-8.625351213758044e+210'",
    );
    c(
        &mut f,
        "repr(-6.595436055598931e-130)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa51d425754df24ec))],
            &[],
        ),
        "'-6.595436055598931e-130'",
    );
    c(
        &mut f,
        "repr(-3.244691793423138e-124)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa64b747bb8713476))],
            &[],
        ),
        "'-3.244691793423138e-124'",
    );
    c(
        &mut f,
        "repr(1.238293852433965e+210)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6b8e21f298f15b0f))],
            &[],
        ),
        "'1.238293852433965e+210'",
    );
    c(
        &mut f,
        "repr(4.605637262358754e+62)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4cf1e9c08e0f7cf9))],
            &[],
        ),
        "'4.605637262358754e+62'",
    );
    c(
        &mut f,
        "repr(3.356048277726614e-78)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2fd8dee2a5c1b204))],
            &[],
        ),
        "'3.356048277726614e-78'",
    );
    c(
        &mut f,
        "repr(6.843318095808744e+286)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7b7cc345752c1460))],
            &[],
        ),
        "'6.843318095808744e+286'",
    );
    c(
        &mut f,
        "repr(-1.0551792490506688e+40)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc83f02494ffc3f00))],
            &[],
        ),
        "'-1.0551792490506688e+40'",
    );
    c(
        &mut f,
        "repr(-2.5992853028003058e-55)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb4997e642d2751e6))],
            &[],
        ),
        "'-2.5992853028003058e-55'",
    );
    c(
        &mut f,
        "repr(3.1526346778485624e-176)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1b7ff031118f8689))],
            &[],
        ),
        "'3.1526346778485624e-176'",
    );
    c(
        &mut f,
        "repr(3.4654044706071844e-85)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2e658af6b740fdcb))],
            &[],
        ),
        "'3.4654044706071844e-85'",
    );
    c(
        &mut f,
        "repr(-2.022305336624164e-242)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8dc142afc125a155))],
            &[],
        ),
        "'-2.022305336624164e-242'",
    );
    c(
        &mut f,
        "repr(-3.9773961137686595e-215)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x936b6c238b0ae742))],
            &[],
        ),
        "'-3.9773961137686595e-215'",
    );
    c(
        &mut f,
        "repr(1.6383325502214314e+175)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x64508f66bd58f66f))],
            &[],
        ),
        "'1.6383325502214314e+175'",
    );
    c(
        &mut f,
        "repr(1.4777050408026412e-185)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x199012f45bf5fef1))],
            &[],
        ),
        "'1.4777050408026412e-185'",
    );
    c(
        &mut f,
        "repr(1.0627827926550875e+26)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4555fa53440e7cf7))],
            &[],
        ),
        "'1.0627827926550875e+26'",
    );
    c(
        &mut f,
        "repr(9.604750898575878e-243)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xdb0653a62252bde))],
            &[],
        ),
        "'9.604750898575878e-243'",
    );
    c(
        &mut f,
        "repr(2.522370180192479e-140)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x22f33960df5ecb29))],
            &[],
        ),
        "'2.522370180192479e-140'",
    );
    c(
        &mut f,
        "repr(2.0342939980977566e+282)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7a8c04740ac7c665))],
            &[],
        ),
        "'2.0342939980977566e+282'",
    );
    c(
        &mut f,
        "repr(3.4476477818787266e+26)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4571d2ec8134cad0))],
            &[],
        ),
        "'3.4476477818787266e+26'",
    );
    c(
        &mut f,
        "repr(-1.147574031400213e-67)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb208c0363f484192))],
            &[],
        ),
        "'-1.147574031400213e-67'",
    );
    c(
        &mut f,
        "repr(-1.66488576245688e-290)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x83c4c48dc4d6b88e))],
            &[],
        ),
        "'-1.66488576245688e-290'",
    );
    c(
        &mut f,
        "repr(-5.454391205016984e+154)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe01045b45aa6e949))],
            &[],
        ),
        "'-5.454391205016984e+154'",
    );
    c(
        &mut f,
        "repr(-6.326540602411117e+240)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf1ee5c7b55367c40))],
            &[],
        ),
        "'-6.326540602411117e+240'",
    );
    c(
        &mut f,
        "repr(5.3491056708684206e+244)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x72bf56096741372d))],
            &[],
        ),
        "'5.3491056708684206e+244'",
    );
    c(
        &mut f,
        "repr(-1.840685696648395e+73)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcf24d5f88a9f9ee2))],
            &[],
        ),
        "'-1.840685696648395e+73'",
    );
    c(
        &mut f,
        "repr(2.6953571725385495e-223)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x11b8f12dc58ecfcb))],
            &[],
        ),
        "'2.6953571725385495e-223'",
    );
    c(
        &mut f,
        "repr(1.286129338758439e+306)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7f7d4ddc5a56a491))],
            &[],
        ),
        "'1.286129338758439e+306'",
    );
    c(
        &mut f,
        "repr(-1.53231204374516e+303)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfee1e029d8cd5e4d))],
            &[],
        ),
        "'-1.53231204374516e+303'",
    );
    c(
        &mut f,
        "repr(9.111311559700881e-122)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x26ce1d8d1cb49c06))],
            &[],
        ),
        "'9.111311559700881e-122'",
    );
    c(
        &mut f,
        "repr(-1.5072290402353328e-197)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x971206d6453eab6e))],
            &[],
        ),
        "'-1.5072290402353328e-197'",
    );
    c(
        &mut f,
        "repr(-6.946662288189012e-85)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xae759794198293dd))],
            &[],
        ),
        "'-6.946662288189012e-85'",
    );
    c(
        &mut f,
        "repr(-2.6588532372339776e-229)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9079ccab1cd8e8c7))],
            &[],
        ),
        "'-2.6588532372339776e-229'",
    );
    c(
        &mut f,
        "repr(-3.409670928735258e+197)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe8f23ed7c76b6f00))],
            &[],
        ),
        "'-3.409670928735258e+197'",
    );
    c(
        &mut f,
        "repr(1.8748796527256712e-170)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1cb21d25ba2fa235))],
            &[],
        ),
        "'1.8748796527256712e-170'",
    );
    c(
        &mut f,
        "repr(-2.611053919250348e-64)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb2bb7f632f52100d))],
            &[],
        ),
        "'-2.611053919250348e-64'",
    );
    c(
        &mut f,
        "repr(-6.1052048236045336e-226)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x912ced08306d69e3))],
            &[],
        ),
        "'-6.1052048236045336e-226'",
    );
    c(
        &mut f,
        "repr(-7.062758712958732e-99)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xab8ee5636aa9ec88))],
            &[],
        ),
        "'-7.062758712958732e-99'",
    );
    c(
        &mut f,
        "repr(2.5578572715228083e+174)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6424af08be4a0d66))],
            &[],
        ),
        "'2.5578572715228083e+174'",
    );
    c(
        &mut f,
        "repr(-1.2755826394843188e+288)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfbc0c110d0d4df41))],
            &[],
        ),
        "'-1.2755826394843188e+288'",
    );
    c(
        &mut f,
        "repr(3.0268224946940967e-150)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x20e3d0e1bfaad4ad))],
            &[],
        ),
        "'3.0268224946940967e-150'",
    );
    c(
        &mut f,
        "repr(-1.2218321381447379e-175)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9b9ef1e49787d391))],
            &[],
        ),
        "'-1.2218321381447379e-175'",
    );
    c(
        &mut f,
        "repr(-2.3315284445003254e+135)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xdc09a981257f2226))],
            &[],
        ),
        "'-2.3315284445003254e+135'",
    );
    c(
        &mut f,
        "repr(-5.661879095707169e+59)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcc568cbb65fed0a0))],
            &[],
        ),
        "'-5.661879095707169e+59'",
    );
    c(
        &mut f,
        "repr(-1.5994935237677427e-253)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8b72c34a31924a0d))],
            &[],
        ),
        "'-1.5994935237677427e-253'",
    );
    c(
        &mut f,
        "repr(1.2267724185860725e-98)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2b9ad5248710df9c))],
            &[],
        ),
        "'1.2267724185860725e-98'",
    );
    c(
        &mut f,
        "repr(4.3452849637936213e-88)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2dcba9339180943b))],
            &[],
        ),
        "'4.3452849637936213e-88'",
    );
    c(
        &mut f,
        "repr(-3.3105171679976626e+146)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xde5a830033bb4cf8))],
            &[],
        ),
        "'-3.3105171679976626e+146'",
    );
    c(
        &mut f,
        "repr(6.0126226081463754e+147)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5e9e182c4009de9e))],
            &[],
        ),
        "'6.0126226081463754e+147'",
    );
    c(
        &mut f,
        "repr(2.29656856336294e+53)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4b032e8cc81b1011))],
            &[],
        ),
        "'2.29656856336294e+53'",
    );
    c(
        &mut f,
        "repr(-1.2918499368530288e+114)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd7a0c96107b3cfb0))],
            &[],
        ),
        "'-1.2918499368530288e+114'",
    );
    c(
        &mut f,
        "repr(3.503054100403209e+240)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x71e0cfaecd9ba96e))],
            &[],
        ),
        "'3.503054100403209e+240'",
    );
    c(
        &mut f,
        "repr(1.4635132289177582e+194)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x684009e8e425b0da))],
            &[],
        ),
        "'1.4635132289177582e+194'",
    );
    c(
        &mut f,
        "repr(-7.34817813507903e+79)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd083d4cef306d192))],
            &[],
        ),
        "'-7.34817813507903e+79'",
    );
    c(
        &mut f,
        "repr(4.253193182716931e+81)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x50e1ef696215e050))],
            &[],
        ),
        "'4.253193182716931e+81'",
    );
    c(
        &mut f,
        "repr(-7.514452305875739e+192)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe7fa5a368d779cfd))],
            &[],
        ),
        "'-7.514452305875739e+192'",
    );
    c(
        &mut f,
        "repr(6.457277025892698e+73)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4f42460095433402))],
            &[],
        ),
        "'6.457277025892698e+73'",
    );
    c(
        &mut f,
        "repr(7.428291238203858e+305)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7f70ecd8a2365b0f))],
            &[],
        ),
        "'7.428291238203858e+305'",
    );
    c(
        &mut f,
        "repr(-8.170210861246854e-273)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8771adf1fa1b24a5))],
            &[],
        ),
        "'-8.170210861246854e-273'",
    );
    c(
        &mut f,
        "repr(-1.7095207300758068e-53)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb4fa32c5afc6fe1c))],
            &[],
        ),
        "'-1.7095207300758068e-53'",
    );
    c(
        &mut f,
        "repr(-9.313024937572401e+179)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe54cba554ca5b588))],
            &[],
        ),
        "'-9.313024937572401e+179'",
    );
    c(
        &mut f,
        "repr(-5.9286772069685796e-102)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xaaea8eb4dc29aad6))],
            &[],
        ),
        "'-5.9286772069685796e-102'",
    );
    c(
        &mut f,
        "repr(1.8835967702543374e-271)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7b979727bec276b))],
            &[],
        ),
        "'1.8835967702543374e-271'",
    );
    c(
        &mut f,
        "repr(8.686316366174216e-74)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x30c3a50899f2fd4b))],
            &[],
        ),
        "'8.686316366174216e-74'",
    );
    c(
        &mut f,
        "repr(-2.1069612148037575e-143)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa2507189ba11d17a))],
            &[],
        ),
        "'-2.1069612148037575e-143'",
    );
    c(
        &mut f,
        "repr(3.9462467986539214e-176)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1b83fd31009b829f))],
            &[],
        ),
        "'3.9462467986539214e-176'",
    );
    c(
        &mut f,
        "repr(-47899128.65460738)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc186d70fc53ca2cb))],
            &[],
        ),
        "'-47899128.65460738'",
    );
    c(
        &mut f,
        "repr(2.2068812482042233e-20)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3bda0de3a974bd85))],
            &[],
        ),
        "'2.2068812482042233e-20'",
    );
    c(
        &mut f,
        "repr(3.145651294679982e-95)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2c50cc347deb5bf1))],
            &[],
        ),
        "'3.145651294679982e-95'",
    );
    c(
        &mut f,
        "repr(-1.6143011586714426e-154)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa00150bd860d4031))],
            &[],
        ),
        "'-1.6143011586714426e-154'",
    );
    c(
        &mut f,
        "repr(2.0944478336254144e-63)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x32eb924675e58532))],
            &[],
        ),
        "'2.0944478336254144e-63'",
    );
    c(
        &mut f,
        "repr(-9.223846374129774e+39)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc83b1b4031850c8a))],
            &[],
        ),
        "'-9.223846374129774e+39'",
    );
    c(
        &mut f,
        "repr(2.0839071710918217e-47)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x363e74d2879073c5))],
            &[],
        ),
        "'2.0839071710918217e-47'",
    );
    c(
        &mut f,
        "repr(-4.429032918693239e+77)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd00e9993097ce985))],
            &[],
        ),
        "'-4.429032918693239e+77'",
    );
    c(
        &mut f,
        "repr(-2.410365751460453e+217)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xed117aed801d4c19))],
            &[],
        ),
        "'-2.410365751460453e+217'",
    );
    c(
        &mut f,
        "repr(-7.717053153255976e+242)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf25ceedfa55d86a9))],
            &[],
        ),
        "'-7.717053153255976e+242'",
    );
    c(
        &mut f,
        "repr(4.162801425708471e-171)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1c90165971b88c97))],
            &[],
        ),
        "'4.162801425708471e-171'",
    );
    c(
        &mut f,
        "repr(2.098624315486467e+41)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x488345d790e5ac8d))],
            &[],
        ),
        "'2.098624315486467e+41'",
    );
    c(
        &mut f,
        "repr(-1.8912421596106816e-114)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa852a132f582752a))],
            &[],
        ),
        "'-1.8912421596106816e-114'",
    );
    c(
        &mut f,
        "repr(1.684247299900272e-120)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x27116586e45d69a9))],
            &[],
        ),
        "'1.684247299900272e-120'",
    );
    c(
        &mut f,
        "repr(1.4990846338915617e+268)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x779d0e9422b5e194))],
            &[],
        ),
        "'1.4990846338915617e+268'",
    );
    c(
        &mut f,
        "repr(3.051095507934848e-199)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x16b75ac8cad921b4))],
            &[],
        ),
        "'3.051095507934848e-199'",
    );
    c(
        &mut f,
        "repr(-1.9106658990620547e+214)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xec6c60b39f8f23cf))],
            &[],
        ),
        "'-1.9106658990620547e+214'",
    );
    c(
        &mut f,
        "repr(3.4256310959886386e-277)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6884a3a0cf4947e))],
            &[],
        ),
        "'3.4256310959886386e-277'",
    );
    c(
        &mut f,
        "repr(-9.625280569596035e-163)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9e4bb6d05c227915))],
            &[],
        ),
        "'-9.625280569596035e-163'",
    );
    c(
        &mut f,
        "repr(-2.5892013807354383e-301)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x818631df3bc10191))],
            &[],
        ),
        "'-2.5892013807354383e-301'",
    );
    c(
        &mut f,
        "repr(7.068780201420488e+306)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7fa421ef13ed14be))],
            &[],
        ),
        "'7.068780201420488e+306'",
    );
    c(
        &mut f,
        "repr(2.378796390540343e-285)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4d6a38789f40abf))],
            &[],
        ),
        "'2.378796390540343e-285'",
    );
    c(
        &mut f,
        "repr(6.92813141184478e+110)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x56f26ff3ee08da3d))],
            &[],
        ),
        "'6.92813141184478e+110'",
    );
    c(
        &mut f,
        "repr(8.161141511270983e+96)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x540e90f652b7d46c))],
            &[],
        ),
        "'8.161141511270983e+96'",
    );
    c(
        &mut f,
        "repr(9.603058129422391e+115)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x58037f62ded9cb0f))],
            &[],
        ),
        "'9.603058129422391e+115'",
    );
    c(
        &mut f,
        "repr(-3.585650669452688e-70)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb183cc3cb1d5380e))],
            &[],
        ),
        "'-3.585650669452688e-70'",
    );
    c(
        &mut f,
        "repr(2.1760642417897046e-209)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x149c9db1226532e4))],
            &[],
        ),
        "'2.1760642417897046e-209'",
    );
    c(
        &mut f,
        "repr(-1.448534921504901e+110)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd6ced6c9dbb8f913))],
            &[],
        ),
        "'-1.448534921504901e+110'",
    );
    c(
        &mut f,
        "repr(-3.6945229559591076e+31)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc67d250799e36375))],
            &[],
        ),
        "'-3.6945229559591076e+31'",
    );
    c(
        &mut f,
        "repr(8.667172869281947e-267)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8b1e2d1ed4e4890))],
            &[],
        ),
        "'8.667172869281947e-267'",
    );
    c(
        &mut f,
        "repr(4.7681721400694746e-210)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x147914cbb748a37e))],
            &[],
        ),
        "'4.7681721400694746e-210'",
    );
    c(
        &mut f,
        "repr(-2.1253161121288114e+301)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfe7fbc55bd5e445f))],
            &[],
        ),
        "'-2.1253161121288114e+301'",
    );
    c(
        &mut f,
        "repr(-8.559166176719257e+305)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xff73807957f5b3a1))],
            &[],
        ),
        "'-8.559166176719257e+305'",
    );
    c(
        &mut f,
        "repr(8.32065220639515e-56)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3480525dce8299ce))],
            &[],
        ),
        "'8.32065220639515e-56'",
    );
    c(
        &mut f,
        "repr(1.4744368345952873e-230)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1036e411ee8682b8))],
            &[],
        ),
        "'1.4744368345952873e-230'",
    );
    c(
        &mut f,
        "repr(4.327648996730394e-62)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3331cd8bdc88a465))],
            &[],
        ),
        "'4.327648996730394e-62'",
    );
    c(
        &mut f,
        "repr(-3.005199836421179e-63)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb2f3c7c06fe0da13))],
            &[],
        ),
        "'-3.005199836421179e-63'",
    );
    c(
        &mut f,
        "repr(2.6528071457934755e-36)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x388c35a0c1c0e245))],
            &[],
        ),
        "'2.6528071457934755e-36'",
    );
    c(
        &mut f,
        "repr(2.9560661698865254e+81)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x50d8ee457c291345))],
            &[],
        ),
        "'2.9560661698865254e+81'",
    );
    c(
        &mut f,
        "repr(-6.241432545591916e+45)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc9717e021bef6da3))],
            &[],
        ),
        "'-6.241432545591916e+45'",
    );
    c(
        &mut f,
        "repr(5.224596191070698e+195)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6891e4870aee7d57))],
            &[],
        ),
        "'5.224596191070698e+195'",
    );
    c(
        &mut f,
        "repr(-5.834883401862e+117)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd86282c013f406fe))],
            &[],
        ),
        "'-5.834883401862e+117'",
    );
    c(
        &mut f,
        "repr(-7.198362154878038e-55)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb4b1a67c33470abf))],
            &[],
        ),
        "'-7.198362154878038e-55'",
    );
    c(
        &mut f,
        "repr(6.174018209786383e+174)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6438f66f292ba5c1))],
            &[],
        ),
        "'6.174018209786383e+174'",
    );
    c(
        &mut f,
        "repr(4.300519548547957e+275)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7928d7ac7f4491c3))],
            &[],
        ),
        "'4.300519548547957e+275'",
    );
    c(
        &mut f,
        "repr(7.920091659609586e-225)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x116773f2b303e1b2))],
            &[],
        ),
        "'7.920091659609586e-225'",
    );
    c(
        &mut f,
        "repr(-6.479312116965583e+125)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xda0ea12a899562ac))],
            &[],
        ),
        "'-6.479312116965583e+125'",
    );
    c(
        &mut f,
        "repr(1.0426152011445009e-51)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3558f7366c0f7a46))],
            &[],
        ),
        "'1.0426152011445009e-51'",
    );
    c(
        &mut f,
        "repr(1.043282300603204e+295)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7d3055d3a634bdd3))],
            &[],
        ),
        "'1.043282300603204e+295'",
    );
    c(
        &mut f,
        "repr(7.583691106516074e-280)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5fb882c4dfd897c))],
            &[],
        ),
        "'7.583691106516074e-280'",
    );
    c(
        &mut f,
        "repr(1.8830386684917932e+256)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x752410cd76e3442b))],
            &[],
        ),
        "'1.8830386684917932e+256'",
    );
    c(
        &mut f,
        "repr(-8.577311755306411e-73)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb0f83f67c1d13954))],
            &[],
        ),
        "'-8.577311755306411e-73'",
    );
    c(
        &mut f,
        "repr(3.9078000459483157e+232)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x70392bb466c5f0c0))],
            &[],
        ),
        "'3.9078000459483157e+232'",
    );
    c(
        &mut f,
        "repr(3.577861009015141e+253)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x749385342e3b15a8))],
            &[],
        ),
        "'3.577861009015141e+253'",
    );
    c(
        &mut f,
        "repr(9.753122499753745e-263)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x98891b2e63fd167))],
            &[],
        ),
        "'9.753122499753745e-263'",
    );
    c(
        &mut f,
        "repr(308421048.2411564)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x41b26221b83dbc6d))],
            &[],
        ),
        "'308421048.2411564'",
    );
    c(
        &mut f,
        "repr(-1.3515860306293153e+122)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd94a2bb35def4e41))],
            &[],
        ),
        "'-1.3515860306293153e+122'",
    );
    c(
        &mut f,
        "repr(1.3417733993439333e+244)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x729f71035ef8195b))],
            &[],
        ),
        "'1.3417733993439333e+244'",
    );
    c(
        &mut f,
        "repr(6.782663528375178e+137)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5c8d296287823f10))],
            &[],
        ),
        "'6.782663528375178e+137'",
    );
    c(
        &mut f,
        "repr(3.1512758975379934e+187)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x66dcf85498b28834))],
            &[],
        ),
        "'3.1512758975379934e+187'",
    );
    c(
        &mut f,
        "repr(-1.6919906403387738e+271)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf8400382394e093a))],
            &[],
        ),
        "'-1.6919906403387738e+271'",
    );
    c(
        &mut f,
        "repr(-1.3324858835397568e+67)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcddfa1bc00b0fbbf))],
            &[],
        ),
        "'-1.3324858835397568e+67'",
    );
    c(
        &mut f,
        "repr(104867509632.70053)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x42386a973580b356))],
            &[],
        ),
        "'104867509632.70053'",
    );
    c(
        &mut f,
        "repr(6.423898700729738e+147)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5ea01393c87e8070))],
            &[],
        ),
        "'6.423898700729738e+147'",
    );
    c(
        &mut f,
        "repr(-1.9261268606900738e+130)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xdafbc98e24baeb6f))],
            &[],
        ),
        "'-1.9261268606900738e+130'",
    );
    c(
        &mut f,
        "repr(-5.9422473123849495e-267)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x88a8868375c1c1d6))],
            &[],
        ),
        "'-5.9422473123849495e-267'",
    );
    c(
        &mut f,
        "repr(1.7095637635337515e-112)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x28ba500631ff2698))],
            &[],
        ),
        "'1.7095637635337515e-112'",
    );
    c(
        &mut f,
        "repr(2.8702184172862604e-281)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5b0ac103593dc5d))],
            &[],
        ),
        "'2.8702184172862604e-281'",
    );
    c(
        &mut f,
        "repr(-1.9606400973548065e-204)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x95a3abc22bb72f14))],
            &[],
        ),
        "'-1.9606400973548065e-204'",
    );
    c(
        &mut f,
        "repr(-3.5746166223204403e-304)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x80ef6094675bfaed))],
            &[],
        ),
        "'-3.5746166223204403e-304'",
    );
    c(
        &mut f,
        "repr(-4.1903041967937217e-140)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa2ffefac2b141fa1))],
            &[],
        ),
        "'-4.1903041967937217e-140'",
    );
    c(
        &mut f,
        "repr(6.037412446261904e-137)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x23a677bc07091a3c))],
            &[],
        ),
        "'6.037412446261904e-137'",
    );
    c(
        &mut f,
        "repr(-1.1714226298440505e-174)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9bd28ae91c2d8147))],
            &[],
        ),
        "'-1.1714226298440505e-174'",
    );
    c(
        &mut f,
        "repr(9.542075323492488e+237)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x715772242b11500a))],
            &[],
        ),
        "'9.542075323492488e+237'",
    );
    c(
        &mut f,
        "repr(8.203125617055946e-81)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2f4f1ffa7d82ac04))],
            &[],
        ),
        "'8.203125617055946e-81'",
    );
    c(
        &mut f,
        "repr(-1.7586885866968453e+113)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd77248440f49a962))],
            &[],
        ),
        "'-1.7586885866968453e+113'",
    );
    c(
        &mut f,
        "repr(1.2577857800628497e+189)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6732113005bde299))],
            &[],
        ),
        "'1.2577857800628497e+189'",
    );
    c(
        &mut f,
        "repr(9.421958059505578e+83)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x515f0a4072b1a2f5))],
            &[],
        ),
        "'9.421958059505578e+83'",
    );
    c(
        &mut f,
        "repr(3.653908453400524e-268)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x86821166861d7f6))],
            &[],
        ),
        "'3.653908453400524e-268'",
    );
    c(
        &mut f,
        "repr(-8.645451438717532e-45)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb6c8adabb414db8c))],
            &[],
        ),
        "'-8.645451438717532e-45'",
    );
    c(
        &mut f,
        "repr(1.0999963153432771e-13)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3d3ef64f0d15f1c0))],
            &[],
        ),
        "'1.0999963153432771e-13'",
    );
    c(
        &mut f,
        "repr(2.11547200684349e-260)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa04d118673ee169))],
            &[],
        ),
        "'2.11547200684349e-260'",
    );
    c(
        &mut f,
        "repr(1.7617111844350294e+300)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7e450b8565882818))],
            &[],
        ),
        "'1.7617111844350294e+300'",
    );
    c(
        &mut f,
        "repr(-2.0057683506514605e+196)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe8b12c4306d365e2))],
            &[],
        ),
        "'-2.0057683506514605e+196'",
    );
    c(
        &mut f,
        "repr(-2.5142205344339717e+164)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe21176cdf72cc160))],
            &[],
        ),
        "'-2.5142205344339717e+164'",
    );
    c(
        &mut f,
        "repr(8.388418953400523e-11)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3dd70ed3380a848b))],
            &[],
        ),
        "'8.388418953400523e-11'",
    );
    c(
        &mut f,
        "repr(6.533359527043166e+171)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x639b0cab18222295))],
            &[],
        ),
        "'6.533359527043166e+171'",
    );
    c(
        &mut f,
        "repr(1.3300586634755913e-73)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x30ce1483797e77d1))],
            &[],
        ),
        "'1.3300586634755913e-73'",
    );
    c(
        &mut f,
        "repr(4.2057588256516645e+102)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x553e0b682a2da7b9))],
            &[],
        ),
        "'4.2057588256516645e+102'",
    );
    c(
        &mut f,
        "repr(1.8974002571157778e-165)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1dbbf8b79f58fd6f))],
            &[],
        ),
        "'1.8974002571157778e-165'",
    );
    c(
        &mut f,
        "repr(-8.386506628285125e+200)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe9a5e9a058aafd2b))],
            &[],
        ),
        "'-8.386506628285125e+200'",
    );
    c(
        &mut f,
        "repr(-3.019965401334928e-192)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x982b8e8c1fbae5f4))],
            &[],
        ),
        "'-3.019965401334928e-192'",
    );
    c(
        &mut f,
        "repr(-1.503445702368564e+71)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xceb5c8970d48be14))],
            &[],
        ),
        "'-1.503445702368564e+71'",
    );
    c(
        &mut f,
        "repr(4.2458111457704e+50)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4a722829ba48fda3))],
            &[],
        ),
        "'4.2458111457704e+50'",
    );
    c(
        &mut f,
        "repr(-3.220593897528963e+285)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfb35a878466c38d5))],
            &[],
        ),
        "'-3.220593897528963e+285'",
    );
    c(
        &mut f,
        "repr(-1.1141970471278764e+237)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf125e6cdc9afd60b))],
            &[],
        ),
        "'-1.1141970471278764e+237'",
    );
    c(
        &mut f,
        "repr(-5.3488629091558034e+48)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xca0d475a7724b5d4))],
            &[],
        ),
        "'-5.3488629091558034e+48'",
    );
    c(
        &mut f,
        "repr(-1.9461904164923056e+261)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf62fa501eed3c52b))],
            &[],
        ),
        "'-1.9461904164923056e+261'",
    );
    c(
        &mut f,
        "repr(3.019381627072078e+294)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7d12e9144cf0b941))],
            &[],
        ),
        "'3.019381627072078e+294'",
    );
    c(
        &mut f,
        "repr(-2.732280108725402e-233)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8fa5b7f63ffe373d))],
            &[],
        ),
        "'-2.732280108725402e-233'",
    );
    c(
        &mut f,
        "repr(1.5897977545940462e-271)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7b5803f440c6599))],
            &[],
        ),
        "'1.5897977545940462e-271'",
    );
    c(
        &mut f,
        "repr(3.491428372157915e+107)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x56430768d08e2a7a))],
            &[],
        ),
        "'3.491428372157915e+107'",
    );
    c(
        &mut f,
        "repr(-5.042938022542222e+299)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfe2818c2a10cf501))],
            &[],
        ),
        "'-5.042938022542222e+299'",
    );
    c(
        &mut f,
        "repr(9.795057460644011e+82)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5129d0bb5840d308))],
            &[],
        ),
        "'9.795057460644011e+82'",
    );
    c(
        &mut f,
        "repr(1.019647447307734e-238)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe853f3817fdc390))],
            &[],
        ),
        "'1.019647447307734e-238'",
    );
    c(
        &mut f,
        "repr(8.292785188419766e+228)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6f75e0f9aeb1ad4b))],
            &[],
        ),
        "'8.292785188419766e+228'",
    );
    c(
        &mut f,
        "repr(1.8707977902767267e-198)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x16e1e668f821e7f3))],
            &[],
        ),
        "'1.8707977902767267e-198'",
    );
    c(
        &mut f,
        "repr(-1.26857820553703e-163)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9e1d3892979e33a0))],
            &[],
        ),
        "'-1.26857820553703e-163'",
    );
    c(
        &mut f,
        "repr(1.8680791597951888e-179)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1ad3610a00ef9dc8))],
            &[],
        ),
        "'1.8680791597951888e-179'",
    );
    c(
        &mut f,
        "repr(-1.0873544029707502e-85)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xae4b09d007c1da28))],
            &[],
        ),
        "'-1.0873544029707502e-85'",
    );
    c(
        &mut f,
        "repr(3.799877847536002e-285)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4e214e0172d43c2))],
            &[],
        ),
        "'3.799877847536002e-285'",
    );
    c(
        &mut f,
        "repr(-6.487216612265239e-305)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x80c6c7032b9b017c))],
            &[],
        ),
        "'-6.487216612265239e-305'",
    );
    c(
        &mut f,
        "repr(1.5608785890579601e+286)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7b5a3de5095f02aa))],
            &[],
        ),
        "'1.5608785890579601e+286'",
    );
    c(
        &mut f,
        "repr(1.7401447977084253e-75)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x30692fd70dcf403e))],
            &[],
        ),
        "'1.7401447977084253e-75'",
    );
    c(
        &mut f,
        "repr(-1.1291327020899217e-296)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x827d89b8a780f96c))],
            &[],
        ),
        "'-1.1291327020899217e-296'",
    );
    c(
        &mut f,
        "repr(3.1048155206269178e+100)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x54cc63dee67a1dd2))],
            &[],
        ),
        "'3.1048155206269178e+100'",
    );
    c(
        &mut f,
        "repr(-1.2547235158571197e+185)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe65d877533605295))],
            &[],
        ),
        "'-1.2547235158571197e+185'",
    );
    c(
        &mut f,
        "repr(-2906443722.43908)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc1e5a799f94e0cf2))],
            &[],
        ),
        "'-2906443722.43908'",
    );
    c(
        &mut f,
        "repr(1.8887883970718598e+111)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x570921e87a14ab74))],
            &[],
        ),
        "'1.8887883970718598e+111'",
    );
    c(
        &mut f,
        "repr(1.7298456326518096e+282)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7a87d309cdb7fd11))],
            &[],
        ),
        "'1.7298456326518096e+282'",
    );
    c(
        &mut f,
        "repr(3.2394097440255973e+125)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x59fea091ead920f0))],
            &[],
        ),
        "'3.2394097440255973e+125'",
    );
    c(
        &mut f,
        "repr(-4.5069186043285364e-113)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa89bbf43f0a9ba53))],
            &[],
        ),
        "'-4.5069186043285364e-113'",
    );
    c(
        &mut f,
        "repr(2.8119969073810235e+163)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x61df408008c21ae0))],
            &[],
        ),
        "'2.8119969073810235e+163'",
    );
    c(
        &mut f,
        "repr(-188.40909481482112)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc0678d174e0253d6))],
            &[],
        ),
        "'-188.40909481482112'",
    );
    c(
        &mut f,
        "repr(-1.6237345793205395e-146)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa1a9f3e59b5fed91))],
            &[],
        ),
        "'-1.6237345793205395e-146'",
    );
    c(
        &mut f,
        "repr(2.075109714794286e+178)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x64f47bc4f25068f4))],
            &[],
        ),
        "'2.075109714794286e+178'",
    );
    c(
        &mut f,
        "repr(-4.075068746886044e+243)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf28319181678b705))],
            &[],
        ),
        "'-4.075068746886044e+243'",
    );
    c(
        &mut f,
        "repr(1.1774839859568713e-81)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2f21deec4b1e75c8))],
            &[],
        ),
        "'1.1774839859568713e-81'",
    );
    c(
        &mut f,
        "repr(2.335081752468044e+201)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x69be8187d9936a26))],
            &[],
        ),
        "'2.335081752468044e+201'",
    );
    c(
        &mut f,
        "repr(-1.9492599570504883e-299)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x81ea1bad1d5b40ed))],
            &[],
        ),
        "'-1.9492599570504883e-299'",
    );
    c(
        &mut f,
        "repr(-2.2201260787966512e-250)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8c196ecb63ce168e))],
            &[],
        ),
        "'-2.2201260787966512e-250'",
    );
    c(
        &mut f,
        "repr(-1.2477171252479641e-263)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x89592521558cf428))],
            &[],
        ),
        "'-1.2477171252479641e-263'",
    );
    c(
        &mut f,
        "repr(-1.767575045018924e+35)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc7410568ae179c26))],
            &[],
        ),
        "'-1.767575045018924e+35'",
    );
    c(
        &mut f,
        "repr(5.265351319879861e+188)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x671e40cbedb3728e))],
            &[],
        ),
        "'5.265351319879861e+188'",
    );
    c(
        &mut f,
        "repr(-1.48212440176368e+108)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd66431d42cb49de4))],
            &[],
        ),
        "'-1.48212440176368e+108'",
    );
    c(
        &mut f,
        "repr(-3.0733117729135395e+141)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xdd502139bd632b6d))],
            &[],
        ),
        "'-3.0733117729135395e+141'",
    );
    c(
        &mut f,
        "repr(7.070212789917799e+167)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x62c7fad1bbe43849))],
            &[],
        ),
        "'7.070212789917799e+167'",
    );
    c(
        &mut f,
        "repr(-5.013800145488045e+231)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf009d5f0d5eda282))],
            &[],
        ),
        "'-5.013800145488045e+231'",
    );
    c(
        &mut f,
        "repr(1.0410560599412577e+135)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5bf6eaba8da776c3))],
            &[],
        ),
        "'1.0410560599412577e+135'",
    );
    c(
        &mut f,
        "repr(7.228381956791684e-82)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2f15f0f0ec6ab2f7))],
            &[],
        ),
        "'7.228381956791684e-82'",
    );
    c(
        &mut f,
        "repr(-1.1357840374314792e+64)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcd3b9c005ce220e9))],
            &[],
        ),
        "'-1.1357840374314792e+64'",
    );
    c(
        &mut f,
        "repr(4.681874947373645e+232)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x703e281a6a2b460c))],
            &[],
        ),
        "'4.681874947373645e+232'",
    );
    c(
        &mut f,
        "repr(1.3222293164151468e+240)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x71c961b53aba463a))],
            &[],
        ),
        "'1.3222293164151468e+240'",
    );
    c(
        &mut f,
        "repr(-1.1301015339384827e-58)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb3e6b335c78b0779))],
            &[],
        ),
        "'-1.1301015339384827e-58'",
    );
    c(
        &mut f,
        "repr(4.5213573177948706e+117)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x585caff67b09958d))],
            &[],
        ),
        "'4.5213573177948706e+117'",
    );
    c(
        &mut f,
        "repr(-6.101153775015204e+87)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd228893544fb2a05))],
            &[],
        ),
        "'-6.101153775015204e+87'",
    );
    c(
        &mut f,
        "repr(-5.608229009483919e-300)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x81ce0bdc2b74497d))],
            &[],
        ),
        "'-5.608229009483919e-300'",
    );
    c(
        &mut f,
        "repr(-5058.791877457244)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc0b3c2cab87b254d))],
            &[],
        ),
        "'-5058.791877457244'",
    );
    c(
        &mut f,
        "repr(-6.763004125791341e+203)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xea4141a99b0f7596))],
            &[],
        ),
        "'-6.763004125791341e+203'",
    );
    c(
        &mut f,
        "repr(-7.723659821529106e-66)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb26a0757b5eba580))],
            &[],
        ),
        "'-7.723659821529106e-66'",
    );
    c(
        &mut f,
        "repr(-1.7235061844168972e+246)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf30f8d4d63054b96))],
            &[],
        ),
        "'-1.7235061844168972e+246'",
    );
    c(
        &mut f,
        "repr(5.523163616837346e-256)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xaf0960a7cb37f91))],
            &[],
        ),
        "'5.523163616837346e-256'",
    );
    c(
        &mut f,
        "repr(5.544226225895746e-97)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2bf2f2a527654c30))],
            &[],
        ),
        "'5.544226225895746e-97'",
    );
    c(
        &mut f,
        "repr(-232.8699598019116)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc06d1bd6b5f04170))],
            &[],
        ),
        "'-232.8699598019116'",
    );
    c(
        &mut f,
        "repr(-1.1951454661440713e+90)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd2a2c65005e04a3e))],
            &[],
        ),
        "'-1.1951454661440713e+90'",
    );
    c(
        &mut f,
        "repr(3.1098882682673844e-195)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x178d0ef47788983c))],
            &[],
        ),
        "'3.1098882682673844e-195'",
    );
    c(
        &mut f,
        "repr(-4.200202214298807e-72)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb11daf38c229dfac))],
            &[],
        ),
        "'-4.200202214298807e-72'",
    );
    c(
        &mut f,
        "repr(-1.212485011426803e-110)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa91d28bdad659009))],
            &[],
        ),
        "'-1.212485011426803e-110'",
    );
    c(
        &mut f,
        "repr(5.321110944458439e+86)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x51f11e8418dab8ad))],
            &[],
        ),
        "'5.321110944458439e+86'",
    );
    c(
        &mut f,
        "repr(-1.6528150098412192e-184)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x99c6793a3cb73c12))],
            &[],
        ),
        "'-1.6528150098412192e-184'",
    );
    c(
        &mut f,
        "repr(-4.2970867973389626e+63)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcd24e42ad7f9c559))],
            &[],
        ),
        "'-4.2970867973389626e+63'",
    );
    c(
        &mut f,
        "repr(4.56094064177309e-239)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe7301fca4730121))],
            &[],
        ),
        "'4.56094064177309e-239'",
    );
    c(
        &mut f,
        "repr(-2.5733398851757065e-170)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9cb8dca6e0e79718))],
            &[],
        ),
        "'-2.5733398851757065e-170'",
    );
    c(
        &mut f,
        "repr(2.9958749968875154e-249)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc55731bdf4c4d23))],
            &[],
        ),
        "'2.9958749968875154e-249'",
    );
    c(
        &mut f,
        "repr(1.6226787375470004e+267)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7769297d732cee3f))],
            &[],
        ),
        "'1.6226787375470004e+267'",
    );
    c(
        &mut f,
        "repr(-5.896526093399556e+146)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xde679c54e59adddc))],
            &[],
        ),
        "'-5.896526093399556e+146'",
    );
    c(
        &mut f,
        "repr(-6.633921644471822e-128)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa586fdf9bb9c915d))],
            &[],
        ),
        "'-6.633921644471822e-128'",
    );
    c(
        &mut f,
        "repr(-6.480481267458767e+304)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xff379fff556e1f6a))],
            &[],
        ),
        "'-6.480481267458767e+304'",
    );
    c(
        &mut f,
        "repr(1.3002533419811378e-306)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6d37dc5ebe6b7a))],
            &[],
        ),
        "'1.3002533419811378e-306'",
    );
    c(
        &mut f,
        "repr(1.9861758525306745e-68)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x31e12296127250a5))],
            &[],
        ),
        "'1.9861758525306745e-68'",
    );
    c(
        &mut f,
        "repr(-6.029021705441447e+45)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc970e59c663ab074))],
            &[],
        ),
        "'-6.029021705441447e+45'",
    );
    c(
        &mut f,
        "repr(-4.352074059511099e+204)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xea6bc30bf4a82ad1))],
            &[],
        ),
        "'-4.352074059511099e+204'",
    );
    c(
        &mut f,
        "repr(2.5823434532569276e+109)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x56a5fdb41ae10e50))],
            &[],
        ),
        "'2.5823434532569276e+109'",
    );
    c(
        &mut f,
        "repr(8.534054694650188e+75)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4fb2de1a91a31200))],
            &[],
        ),
        "'8.534054694650188e+75'",
    );
    c(
        &mut f,
        "repr(2.1514870141534822e+247)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x73489de91c319ab0))],
            &[],
        ),
        "'2.1514870141534822e+247'",
    );
    c(
        &mut f,
        "repr(-1.0342957869323424e+89)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd269ff1f14b525a1))],
            &[],
        ),
        "'-1.0342957869323424e+89'",
    );
    c(
        &mut f,
        "repr(3.068368877726379e-49)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x35dcb348a62df832))],
            &[],
        ),
        "'3.068368877726379e-49'",
    );
    c(
        &mut f,
        "repr(-1.2712330742321813e-76)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb02d70933d9da985))],
            &[],
        ),
        "'-1.2712330742321813e-76'",
    );
    c(
        &mut f,
        "repr(-1.0407903083150836e+281)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfa46ef570c7f77d5))],
            &[],
        ),
        "'-1.0407903083150836e+281'",
    );
    c(
        &mut f,
        "repr(-9.700945191815398e+228)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xef79980d271594e6))],
            &[],
        ),
        "'-9.700945191815398e+228'",
    );
    c(
        &mut f,
        "repr(3.115733860657523e-132)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x24a1b145a501ac25))],
            &[],
        ),
        "'3.115733860657523e-132'",
    );
    c(
        &mut f,
        "repr(-2.902602856456637e+290)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfc3dc8db95e71571))],
            &[],
        ),
        "'-2.902602856456637e+290'",
    );
    c(
        &mut f,
        "repr(1.9840947766874143e-170)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1cb32b4502fbffb3))],
            &[],
        ),
        "'1.9840947766874143e-170'",
    );
    c(
        &mut f,
        "repr(3.6730747923941977e+46)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4999bc413adc57a9))],
            &[],
        ),
        "'3.6730747923941977e+46'",
    );
    c(
        &mut f,
        "repr(2.8919332904299114e-51)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x35714fdff79d9d52))],
            &[],
        ),
        "'2.8919332904299114e-51'",
    );
    c(
        &mut f,
        "repr(-3.5670034173805224e+124)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd9cafac6385744f8))],
            &[],
        ),
        "'-3.5670034173805224e+124'",
    );
    c(
        &mut f,
        "repr(-1.806775941721834e-289)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x83fc2c128ffcc04d))],
            &[],
        ),
        "'-1.806775941721834e-289'",
    );
    c(
        &mut f,
        "repr(-1.4478560265751142e-302)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8143db986b6c517f))],
            &[],
        ),
        "'-1.4478560265751142e-302'",
    );
    c(
        &mut f,
        "repr(-1.3814183969682518e+194)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe83e472ec7f953b8))],
            &[],
        ),
        "'-1.3814183969682518e+194'",
    );
    c(
        &mut f,
        "repr(1.99085115419365e+85)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x51a47efc9ab6e3d0))],
            &[],
        ),
        "'1.99085115419365e+85'",
    );
    c(
        &mut f,
        "repr(-1.5066207546058787e+164)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe204ee2ac9e46391))],
            &[],
        ),
        "'-1.5066207546058787e+164'",
    );
    c(
        &mut f,
        "repr(-9.675993359212306e+39)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc83c6f6889042be7))],
            &[],
        ),
        "'-9.675993359212306e+39'",
    );
    c(
        &mut f,
        "repr(3.00135444347038e+268)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x77ad167b302b3fb6))],
            &[],
        ),
        "'3.00135444347038e+268'",
    );
    c(
        &mut f,
        "repr(-9.599380822252696e-158)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9f5516592d77d5e1))],
            &[],
        ),
        "'-9.599380822252696e-158'",
    );
    c(
        &mut f,
        "repr(1.0314189129457328e-257)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa93d2b61441bcf0))],
            &[],
        ),
        "'1.0314189129457328e-257'",
    );
    c(
        &mut f,
        "repr(-5.451582352241064e+69)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xce6946bbd354d888))],
            &[],
        ),
        "'-5.451582352241064e+69'",
    );
    c(
        &mut f,
        "repr(-1.177436817897777e-187)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x992064dd1ccee7d7))],
            &[],
        ),
        "'-1.177436817897777e-187'",
    );
    c(
        &mut f,
        "repr(-3.608274400174241e+134)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xdbdfc59306248159))],
            &[],
        ),
        "'-3.608274400174241e+134'",
    );
    c(
        &mut f,
        "repr(1.2724114369870624e-183)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x19f5a05df766fd20))],
            &[],
        ),
        "'1.2724114369870624e-183'",
    );
    c(
        &mut f,
        "repr(-3.286487542102341e+238)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf174302733027e60))],
            &[],
        ),
        "'-3.286487542102341e+238'",
    );
    c(
        &mut f,
        "repr(3406909.7865676368)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4149fe1ee4ae3f92))],
            &[],
        ),
        "'3406909.7865676368'",
    );
    c(
        &mut f,
        "repr(3.3838669726850725e-174)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1beac82815f52d75))],
            &[],
        ),
        "'3.3838669726850725e-174'",
    );
    c(
        &mut f,
        "repr(1.5535644178988843e+184)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x662d3fee77199f06))],
            &[],
        ),
        "'1.5535644178988843e+184'",
    );
    c(
        &mut f,
        "repr(-2.264338999302277e+93)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd3515e57390650e7))],
            &[],
        ),
        "'-2.264338999302277e+93'",
    );
    c(
        &mut f,
        "repr(-6.218805328610006e-86)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xae3eed74d45844bb))],
            &[],
        ),
        "'-6.218805328610006e-86'",
    );
    c(
        &mut f,
        "repr(1.8412960103065863e-174)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1bdd25699d8c41ea))],
            &[],
        ),
        "'1.8412960103065863e-174'",
    );
    c(
        &mut f,
        "repr(6.081978389304488e+290)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7c4f3462a44d5cad))],
            &[],
        ),
        "'6.081978389304488e+290'",
    );
    c(
        &mut f,
        "repr(-6.925945761106169e-101)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xab2363f3c2eb362b))],
            &[],
        ),
        "'-6.925945761106169e-101'",
    );
    c(
        &mut f,
        "repr(-1.0342146494851763e-62)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb311049edf27bf61))],
            &[],
        ),
        "'-1.0342146494851763e-62'",
    );
    c(
        &mut f,
        "repr(6.205361367392855e+188)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6721d3ba5896a40e))],
            &[],
        ),
        "'6.205361367392855e+188'",
    );
    c(
        &mut f,
        "repr(-4.691341333974431e-110)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa93c34a29a65320c))],
            &[],
        ),
        "'-4.691341333974431e-110'",
    );
    c(
        &mut f,
        "repr(-3.969244673580771e+34)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc71e93f472129d8a))],
            &[],
        ),
        "'-3.969244673580771e+34'",
    );
    c(
        &mut f,
        "repr(8.888904972544336e+51)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4ab7c2091c66db05))],
            &[],
        ),
        "'8.888904972544336e+51'",
    );
    c(
        &mut f,
        "repr(-6.779329678461937e+240)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf1f04460d5db63b6))],
            &[],
        ),
        "'-6.779329678461937e+240'",
    );
    c(
        &mut f,
        "repr(1.4727276986537975e+239)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x71969dd4982a5908))],
            &[],
        ),
        "'1.4727276986537975e+239'",
    );
    c(
        &mut f,
        "repr(7.374487533131137e+159)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6120c8fcd096d679))],
            &[],
        ),
        "'7.374487533131137e+159'",
    );
    c(
        &mut f,
        "repr(1.6440124649636318e-164)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1dee4b8d34bb990c))],
            &[],
        ),
        "'1.6440124649636318e-164'",
    );
    c(
        &mut f,
        "repr(2.3235490503026068e-299)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1ef1f0c8a07d5d0))],
            &[],
        ),
        "'2.3235490503026068e-299'",
    );
    c(
        &mut f,
        "repr(1.1912574953120521e+61)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4c9da72176d41d69))],
            &[],
        ),
        "'1.1912574953120521e+61'",
    );
    c(
        &mut f,
        "repr(-9.339888196651167e-133)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa48536dfba5ec762))],
            &[],
        ),
        "'-9.339888196651167e-133'",
    );
    c(
        &mut f,
        "repr(1.6237575018385844e+113)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5770e12f13c5e713))],
            &[],
        ),
        "'1.6237575018385844e+113'",
    );
    c(
        &mut f,
        "repr(5.651277020604568e-72)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3123f84a589d3d31))],
            &[],
        ),
        "'5.651277020604568e-72'",
    );
    c(
        &mut f,
        "repr(-57696.233891915224)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc0ec2c077c0ae5d6))],
            &[],
        ),
        "'-57696.233891915224'",
    );
    c(
        &mut f,
        "repr(-6.135944713614106e+214)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xec86c87f124f98ea))],
            &[],
        ),
        "'-6.135944713614106e+214'",
    );
    c(
        &mut f,
        "repr(-6.882215276380263e-79)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xafb4669a8d7de89d))],
            &[],
        ),
        "'-6.882215276380263e-79'",
    );
    c(
        &mut f,
        "repr(4.87136539606092e+141)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5d59910bbc3dca63))],
            &[],
        ),
        "'4.87136539606092e+141'",
    );
    c(
        &mut f,
        "repr(-2.3820037150727276e+42)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc8bb58146c40015c))],
            &[],
        ),
        "'-2.3820037150727276e+42'",
    );
    c(
        &mut f,
        "repr(4.8951141244276866e-226)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x1127314ea5fe3511))],
            &[],
        ),
        "'4.8951141244276866e-226'",
    );
    c(
        &mut f,
        "repr(-1.3169306967267467e-285)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x84c910f39b1a4029))],
            &[],
        ),
        "'-1.3169306967267467e-285'",
    );
    c(
        &mut f,
        "repr(1.517800535361323)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3ff848e936d3a69a))],
            &[],
        ),
        "'1.517800535361323'",
    );
    c(
        &mut f,
        "repr(-6.163725346867077e+108)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd684fef459bd63a6))],
            &[],
        ),
        "'-6.163725346867077e+108'",
    );
    c(
        &mut f,
        "repr(1.2744392592588973e-231)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfffa84dfee91296))],
            &[],
        ),
        "'1.2744392592588973e-231'",
    );
    c(
        &mut f,
        "repr(1.7092745500166844e-17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3c73b4e355cfe2de))],
            &[],
        ),
        "'1.7092745500166844e-17'",
    );
    c(
        &mut f,
        "repr(2.3350206241284245e+233)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7062ccde6e4ada6a))],
            &[],
        ),
        "'2.3350206241284245e+233'",
    );
    c(
        &mut f,
        "repr(29.653489443775417)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x403da74b158d4bf1))],
            &[],
        ),
        "'29.653489443775417'",
    );
    c(
        &mut f,
        "repr(3.9720006670154182e+90)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x52bf32c237c76cb7))],
            &[],
        ),
        "'3.9720006670154182e+90'",
    );
    c(
        &mut f,
        "repr(-0.5500975443282339)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbfe19a662a4ffd56))],
            &[],
        ),
        "'-0.5500975443282339'",
    );
    c(
        &mut f,
        "repr(1.6709542095207885e-53)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x34f99b77ee51a912))],
            &[],
        ),
        "'1.6709542095207885e-53'",
    );
    c(
        &mut f,
        "repr(5.689795083890022e-39)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x37fefa6ab9f2ebe3))],
            &[],
        ),
        "'5.689795083890022e-39'",
    );
    c(
        &mut f,
        "repr(-1.1074257630782321e+155)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe02084e4dfedbbcc))],
            &[],
        ),
        "'-1.1074257630782321e+155'",
    );
    c(
        &mut f,
        "repr(-9.421057670336825e-19)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbc3160f7fc902b96))],
            &[],
        ),
        "'-9.421057670336825e-19'",
    );
    c(
        &mut f,
        "repr(4.422966721908517e+263)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x76ac17a19cb56aca))],
            &[],
        ),
        "'4.422966721908517e+263'",
    );
    c(
        &mut f,
        "repr(-3.6287816682585774e-48)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb61536c0ee6ca942))],
            &[],
        ),
        "'-3.6287816682585774e-48'",
    );
    c(
        &mut f,
        "repr(-6.00620236414382e+126)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xda41bee28924b94c))],
            &[],
        ),
        "'-6.00620236414382e+126'",
    );
    c(
        &mut f,
        "repr(3.515111967194408e+145)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5e2685286b3289d1))],
            &[],
        ),
        "'3.515111967194408e+145'",
    );
    c(
        &mut f,
        "repr(5.4496732067215106e-73)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x30eecfdcf2b3ac86))],
            &[],
        ),
        "'5.4496732067215106e-73'",
    );
    c(
        &mut f,
        "repr(-4.583750650197782e-156)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9faf776de7310b7a))],
            &[],
        ),
        "'-4.583750650197782e-156'",
    );
    c(
        &mut f,
        "repr(5.162223158871391e+196)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x68c6194df319410b))],
            &[],
        ),
        "'5.162223158871391e+196'",
    );
    c(
        &mut f,
        "repr(-3.3211980087489336e+177)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe4ca3a177bf3ec05))],
            &[],
        ),
        "'-3.3211980087489336e+177'",
    );
    c(
        &mut f,
        "repr(-4.959337235327048e+287)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfbaa0e2ec6015e25))],
            &[],
        ),
        "'-4.959337235327048e+287'",
    );
    c(
        &mut f,
        "repr(6.893920407953055e+270)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x782a1949682fed5c))],
            &[],
        ),
        "'6.893920407953055e+270'",
    );
    c(
        &mut f,
        "repr(-1.1068208665568876e-200)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x966b1c65ff4f2ce2))],
            &[],
        ),
        "'-1.1068208665568876e-200'",
    );
    c(
        &mut f,
        "repr(1.5120151319253727e-265)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8f3806eeb9919a5))],
            &[],
        ),
        "'1.5120151319253727e-265'",
    );
    c(
        &mut f,
        "repr(-1.3833337295078115e+256)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf51d7b484ac36026))],
            &[],
        ),
        "'-1.3833337295078115e+256'",
    );
    c(
        &mut f,
        "repr(2.553572904823052e-286)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4a37112ef276da6))],
            &[],
        ),
        "'2.553572904823052e-286'",
    );
    c(
        &mut f,
        "repr(-8.800736569116128e+175)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe4763d442f40fd32))],
            &[],
        ),
        "'-8.800736569116128e+175'",
    );
    c(
        &mut f,
        "repr(8.298085844973673e-274)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x73cbada188ac292))],
            &[],
        ),
        "'8.298085844973673e-274'",
    );
    c(
        &mut f,
        "repr(7.311611477099876e-123)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x26935562b8ec8191))],
            &[],
        ),
        "'7.311611477099876e-123'",
    );
    c(
        &mut f,
        "repr(-2.5982592379633862e-304)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x80e6ce974b571308))],
            &[],
        ),
        "'-2.5982592379633862e-304'",
    );
    c(
        &mut f,
        "repr(5.461939062175025e-233)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfb5b54b84fb1e71))],
            &[],
        ),
        "'5.461939062175025e-233'",
    );
    c(
        &mut f,
        "repr(1.480624369903634e+274)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x78db5e9fa3a5f847))],
            &[],
        ),
        "'1.480624369903634e+274'",
    );
    c(
        &mut f,
        "repr(1.8197387467609255e-68)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x31df66000a62447d))],
            &[],
        ),
        "'1.8197387467609255e-68'",
    );
    c(
        &mut f,
        "repr(5.239654384476783e-53)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x35141309bec47223))],
            &[],
        ),
        "'5.239654384476783e-53'",
    );
    c(
        &mut f,
        "repr(2.564521627269983e+298)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7de39b4546a6d78a))],
            &[],
        ),
        "'2.564521627269983e+298'",
    );
    c(
        &mut f,
        "repr(2.823158343620904e-262)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9a1c7926eb167c0))],
            &[],
        ),
        "'2.823158343620904e-262'",
    );
    c(
        &mut f,
        "repr(2.2646137778754012e+269)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x77db6f3f58440f7f))],
            &[],
        ),
        "'2.2646137778754012e+269'",
    );
    c(
        &mut f,
        "repr(4.363258780025319e-66)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x325d6886bdf98c7d))],
            &[],
        ),
        "'4.363258780025319e-66'",
    );
    c(
        &mut f,
        "repr(-5.953252609904981e+39)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc8317ebabf2dbe71))],
            &[],
        ),
        "'-5.953252609904981e+39'",
    );
    c(
        &mut f,
        "repr(2.1879830755930614e-132)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2498d93e498cb243))],
            &[],
        ),
        "'2.1879830755930614e-132'",
    );
    c(
        &mut f,
        "repr(3.9688246673780914e+239)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x71ae79731a75e8c3))],
            &[],
        ),
        "'3.9688246673780914e+239'",
    );
    c(
        &mut f,
        "repr(-5.089501863825029e+195)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe8916e164ca11c84))],
            &[],
        ),
        "'-5.089501863825029e+195'",
    );
    c(
        &mut f,
        "repr(2.081123835267933e+239)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x719ff5a8693c92a4))],
            &[],
        ),
        "'2.081123835267933e+239'",
    );
    c(
        &mut f,
        "repr(3.813351989319471e-55)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x34a2b35c13dad126))],
            &[],
        ),
        "'3.813351989319471e-55'",
    );
    c(
        &mut f,
        "repr(8.120101341841541e+292)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7cc046282738df44))],
            &[],
        ),
        "'8.120101341841541e+292'",
    );
    c(
        &mut f,
        "repr(-1.925516879022174e+74)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcf5b3ebec3424c3b))],
            &[],
        ),
        "'-1.925516879022174e+74'",
    );
    c(
        &mut f,
        "repr(4.666131793817668e+42)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x48cac843b34efc65))],
            &[],
        ),
        "'4.666131793817668e+42'",
    );
    c(
        &mut f,
        "repr(2.747967880265087e+154)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6000656ef9f590fc))],
            &[],
        ),
        "'2.747967880265087e+154'",
    );
    c(
        &mut f,
        "repr(-2.471406298219881e+69)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xce56ead9faca65b1))],
            &[],
        ),
        "'-2.471406298219881e+69'",
    );
    c(
        &mut f,
        "repr(-3.9093368131660197e-143)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa25e8289e04af5af))],
            &[],
        ),
        "'-3.9093368131660197e-143'",
    );
    c(
        &mut f,
        "repr(-1.1561182262195765e+238)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf15c68325f6173e9))],
            &[],
        ),
        "'-1.1561182262195765e+238'",
    );
    c(
        &mut f,
        "repr(7.310838935897901e+223)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6e694807294df38f))],
            &[],
        ),
        "'7.310838935897901e+223'",
    );
    c(
        &mut f,
        "repr(-4.084676046726693e+234)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf0a48e004fdb4b62))],
            &[],
        ),
        "'-4.084676046726693e+234'",
    );
    c(
        &mut f,
        "repr(4.255297202227244e+276)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x795eb9ff76913e02))],
            &[],
        ),
        "'4.255297202227244e+276'",
    );
    c(
        &mut f,
        "repr(-6.575679698673566e+306)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xffa2ba6886a40887))],
            &[],
        ),
        "'-6.575679698673566e+306'",
    );
    c(
        &mut f,
        "repr(3.5140201345608725e-34)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x38fd317e8ac55b78))],
            &[],
        ),
        "'3.5140201345608725e-34'",
    );
    c(
        &mut f,
        "repr(-9.157273238277218e+254)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf4df39bc5c163c2d))],
            &[],
        ),
        "'-9.157273238277218e+254'",
    );
    c(
        &mut f,
        "repr(4.7412703265955684e+47)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x49d4c325da4a26a3))],
            &[],
        ),
        "'4.7412703265955684e+47'",
    );
    c(
        &mut f,
        "repr(2.18389071072808e-272)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x787a0e8490201be))],
            &[],
        ),
        "'2.18389071072808e-272'",
    );
    c(
        &mut f,
        "repr(3.800338692703602e+152)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5f9d064476918657))],
            &[],
        ),
        "'3.800338692703602e+152'",
    );
    c(
        &mut f,
        "repr(1.2282225861270092e+135)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5bfb097ae306105a))],
            &[],
        ),
        "'1.2282225861270092e+135'",
    );
    c(
        &mut f,
        "repr(-1.10337982039395e+100)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd4b42daacea098dc))],
            &[],
        ),
        "'-1.10337982039395e+100'",
    );
    c(
        &mut f,
        "repr(-0.0017630395455273085)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbf5ce2b94c2250f1))],
            &[],
        ),
        "'-0.0017630395455273085'",
    );
    c(
        &mut f,
        "repr(-2.621809102358624e+222)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xee1d032f3e1b3f20))],
            &[],
        ),
        "'-2.621809102358624e+222'",
    );
    c(
        &mut f,
        "repr(-1.5467277468683366e-284)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8502666bce81efb8))],
            &[],
        ),
        "'-1.5467277468683366e-284'",
    );
    c(
        &mut f,
        "repr(4.873710813645841e-291)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3a8516002932a85))],
            &[],
        ),
        "'4.873710813645841e-291'",
    );
    c(
        &mut f,
        "repr(-1.6458843801165343e-149)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xa10af02821a8a5d1))],
            &[],
        ),
        "'-1.6458843801165343e-149'",
    );
    c(
        &mut f,
        "repr(8.3568218330952e-125)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x262c48d887e6a6dd))],
            &[],
        ),
        "'8.3568218330952e-125'",
    );
    c(
        &mut f,
        "repr(6.157989507905829e-283)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x556e480892c9007))],
            &[],
        ),
        "'6.157989507905829e-283'",
    );
    c(
        &mut f,
        "repr(-1.1560377735456412e+247)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf33a744a2a6d3de4))],
            &[],
        ),
        "'-1.1560377735456412e+247'",
    );
    c(
        &mut f,
        "repr(2.7478983796477538e-306)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7edfce0cddd33d))],
            &[],
        ),
        "'2.7478983796477538e-306'",
    );
    c(
        &mut f,
        "repr(-2.7550176113576095e+288)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfbd217c934355d41))],
            &[],
        ),
        "'-2.7550176113576095e+288'",
    );
    c(
        &mut f,
        "repr(-3.2746492828022443e+53)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcb0b59e4c51e8b6b))],
            &[],
        ),
        "'-3.2746492828022443e+53'",
    );
    c(
        &mut f,
        "repr(4.5704126327871255e+129)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5ada5fc3773b3e07))],
            &[],
        ),
        "'4.5704126327871255e+129'",
    );
    c(
        &mut f,
        "repr(-1.5952106806571653e+266)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf733c9f5fab2b9f2))],
            &[],
        ),
        "'-1.5952106806571653e+266'",
    );
    c(
        &mut f,
        "repr(2.674988612639267e+139)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x5ce1f861c918def2))],
            &[],
        ),
        "'2.674988612639267e+139'",
    );
    c(
        &mut f,
        "repr(-9.445115547987669e-244)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8d79cbf2faaf30f1))],
            &[],
        ),
        "'-9.445115547987669e-244'",
    );
    c(
        &mut f,
        "repr(2.9099554963213093e+296)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7d7c7a0d08fddce5))],
            &[],
        ),
        "'2.9099554963213093e+296'",
    );
    c(
        &mut f,
        "repr(2.6739545162488797e-14)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3d1e1b262f5ebc95))],
            &[],
        ),
        "'2.6739545162488797e-14'",
    );
    c(
        &mut f,
        "repr(2.365743045481542e+33)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x46dd28f803604984))],
            &[],
        ),
        "'2.365743045481542e+33'",
    );
    c(
        &mut f,
        "repr(-5.648988002880738e+190)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xe7895b796eaef616))],
            &[],
        ),
        "'-5.648988002880738e+190'",
    );
    c(
        &mut f,
        "repr(-6.15561181602511e+105)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd5e578b55698cbb4))],
            &[],
        ),
        "'-6.15561181602511e+105'",
    );
    c(
        &mut f,
        "repr(-4.5350302591667243e-181)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x9a7e1bed0d1f8cc2))],
            &[],
        ),
        "'-4.5350302591667243e-181'",
    );
    c(
        &mut f,
        "repr(-6.4442694252975656e+75)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xcfac7ea78bc7aee6))],
            &[],
        ),
        "'-6.4442694252975656e+75'",
    );
    c(
        &mut f,
        "repr(8.927191692432342e+246)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x73346db818046eb1))],
            &[],
        ),
        "'8.927191692432342e+246'",
    );
    c(
        &mut f,
        "repr(569800593555564.5)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x430031d84fc60364))],
            &[],
        ),
        "'569800593555564.5'",
    );
    c(
        &mut f,
        "repr(-1.3168190280459088e-96)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xac06806d3f4aa557))],
            &[],
        ),
        "'-1.3168190280459088e-96'",
    );
    c(
        &mut f,
        "repr(7.32120472197691e+306)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7fa4d9facd583204))],
            &[],
        ),
        "'7.32120472197691e+306'",
    );
    c(
        &mut f,
        "repr(-7.594602377306605e-34)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xb90f8bf76b106029))],
            &[],
        ),
        "'-7.594602377306605e-34'",
    );
    c(
        &mut f,
        "repr(5.1954832293199315e+110)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x56eba71742a69fbc))],
            &[],
        ),
        "'5.1954832293199315e+110'",
    );
    c(
        &mut f,
        "repr(1.762806217490704e-272)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x78312980b441387))],
            &[],
        ),
        "'1.762806217490704e-272'",
    );
    c(
        &mut f,
        "repr(1.1703946586973167e-262)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x98d7bc46df7d898))],
            &[],
        ),
        "'1.1703946586973167e-262'",
    );
    c(
        &mut f,
        "repr(-4.095280855081192e+303)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xfef7e329a0a2cd7e))],
            &[],
        ),
        "'-4.095280855081192e+303'",
    );
    c(
        &mut f,
        "repr(1.7892395334469845e-104)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x2a6484a1acdba3db))],
            &[],
        ),
        "'1.7892395334469845e-104'",
    );
    c(
        &mut f,
        "repr(-226697488951345.44)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc2e9c5c3e99d062e))],
            &[],
        ),
        "'-226697488951345.44'",
    );
    c(
        &mut f,
        "repr(-4.412964564886712e-230)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x905120c5cefe2141))],
            &[],
        ),
        "'-4.412964564886712e-230'",
    );
    c(
        &mut f,
        "repr(-1.8955862298007962e+251)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xf41a79c63f53de0f))],
            &[],
        ),
        "'-1.8955862298007962e+251'",
    );
    c(
        &mut f,
        "repr(-3.053765270992216e-08)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbe60651022baf83a))],
            &[],
        ),
        "'-3.053765270992216e-08'",
    );
    c(
        &mut f,
        "repr(-9.983755494301017e+112)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xd764c1cdc2209e66))],
            &[],
        ),
        "'-9.983755494301017e+112'",
    );
    c(
        &mut f,
        "repr(3.9732763512417384e+200)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x6994c358ca1d23ab))],
            &[],
        ),
        "'3.9732763512417384e+200'",
    );
    c(
        &mut f,
        "repr(-10.85624320091388)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc025b6658242b1e8))],
            &[],
        ),
        "'-10.85624320091388'",
    );
    c(
        &mut f,
        "repr(1e+16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4341c37937e08000))],
            &[],
        ),
        "'1e+16'",
    );
    c(
        &mut f,
        "repr(1e-05)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3ee4f8b588e368f1))],
            &[],
        ),
        "'1e-05'",
    );
    c(
        &mut f,
        "repr(5e-324)",
        builtin("repr", &[Value::Float(f64::from_bits(0x1))], &[]),
        "'5e-324'",
    );
    c(
        &mut f,
        "repr(1.7976931348623157e+308)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x7fefffffffffffff))],
            &[],
        ),
        "'1.7976931348623157e+308'",
    );
    c(
        &mut f,
        "repr(0.30000000000000004)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3fd3333333333334))],
            &[],
        ),
        "'0.30000000000000004'",
    );
    c(
        &mut f,
        "repr(-0.0)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x8000000000000000))],
            &[],
        ),
        "'-0.0'",
    );
    c(
        &mut f,
        "repr(1.2345678901234568e+17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x437b69b4ba630f35))],
            &[],
        ),
        "'1.2345678901234568e+17'",
    );
    c(
        &mut f,
        "repr(1e+22)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4480f0cf064dd592))],
            &[],
        ),
        "'1e+22'",
    );
    c(
        &mut f,
        "repr(1.5e-07)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3e8421f5f40d8376))],
            &[],
        ),
        "'1.5e-07'",
    );
    c(
        &mut f,
        "repr(1000000000000000.0)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x430c6bf526340000))],
            &[],
        ),
        "'1000000000000000.0'",
    );
    c(
        &mut f,
        "repr(9999999999999998.0)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4341c37937e07fff))],
            &[],
        ),
        "'9999999999999998.0'",
    );
    c(
        &mut f,
        "repr(0.0001)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3f1a36e2eb1c432d))],
            &[],
        ),
        "'0.0001'",
    );
    c(
        &mut f,
        "repr(1.234e-05)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3ee9e0fcaf9380fc))],
            &[],
        ),
        "'1.234e-05'",
    );
    c(
        &mut f,
        "repr(0.0001)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3f1a36e2eb1c432d))],
            &[],
        ),
        "'0.0001'",
    );
    c(
        &mut f,
        "repr(2.5e-05)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3efa36e2eb1c432d))],
            &[],
        ),
        "'2.5e-05'",
    );
    c(
        &mut f,
        "repr(100.0)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4059000000000000))],
            &[],
        ),
        "'100.0'",
    );
    c(
        &mut f,
        "repr(1234567890123456.8)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x43118b54f22aeb03))],
            &[],
        ),
        "'1234567890123456.8'",
    );
    c(
        &mut f,
        "repr(66199358310.46819)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x422ed39416ccefb7))],
            &[],
        ),
        "'66199358310.46819'",
    );
    c(
        &mut f,
        "round(66199358310.46819, -3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x422ed39416ccefb7)),
                Value::Int(-3),
            ],
            &[],
        ),
        "66199358000.0",
    );
    c(
        &mut f,
        "repr(-4.408132878449808e-15)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbcf3da3b2f50cd54))],
            &[],
        ),
        "'-4.408132878449808e-15'",
    );
    c(
        &mut f,
        "round(-4.408132878449808e-15, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbcf3da3b2f50cd54)),
                Value::Int(-5),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-9.659065829840152e+16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc375728b1247f52f))],
            &[],
        ),
        "'-9.659065829840152e+16'",
    );
    c(
        &mut f,
        "round(-9.659065829840152e+16, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc375728b1247f52f)),
                Value::Int(-5),
            ],
            &[],
        ),
        "-9.65906582984e+16",
    );
    c(
        &mut f,
        "repr(7.939486774251052e+32)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x46c3928544aa014d))],
            &[],
        ),
        "'7.939486774251052e+32'",
    );
    c(
        &mut f,
        "round(7.939486774251052e+32, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x46c3928544aa014d)),
                Value::Int(2),
            ],
            &[],
        ),
        "7.939486774251052e+32",
    );
    c(
        &mut f,
        "repr(-6.5026126487016216e+16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc36ce09d5c4c1a63))],
            &[],
        ),
        "'-6.5026126487016216e+16'",
    );
    c(
        &mut f,
        "round(-6.5026126487016216e+16, 7)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc36ce09d5c4c1a63)),
                Value::Int(7),
            ],
            &[],
        ),
        "-6.5026126487016216e+16",
    );
    c(
        &mut f,
        "repr(8.572386631400581e+27)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x45bbb2e97a751f64))],
            &[],
        ),
        "'8.572386631400581e+27'",
    );
    c(
        &mut f,
        "round(8.572386631400581e+27, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x45bbb2e97a751f64)),
                Value::Int(4),
            ],
            &[],
        ),
        "8.572386631400581e+27",
    );
    c(
        &mut f,
        "repr(0.0030486858106070196)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3f68f98ebb4656fc))],
            &[],
        ),
        "'0.0030486858106070196'",
    );
    c(
        &mut f,
        "round(0.0030486858106070196, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3f68f98ebb4656fc)),
                Value::Int(3),
            ],
            &[],
        ),
        "0.003",
    );
    c(
        &mut f,
        "repr(2.6430090026245823e-07)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3e91bca7a6fbe267))],
            &[],
        ),
        "'2.6430090026245823e-07'",
    );
    c(
        &mut f,
        "round(2.6430090026245823e-07, -3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3e91bca7a6fbe267)),
                Value::Int(-3),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-8.525342392356956e-17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbc989297a5912829))],
            &[],
        ),
        "'-8.525342392356956e-17'",
    );
    c(
        &mut f,
        "round(-8.525342392356956e-17, 8)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbc989297a5912829)),
                Value::Int(8),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(9.413303586194967)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4022d39c87140dc6))],
            &[],
        ),
        "'9.413303586194967'",
    );
    c(
        &mut f,
        "round(9.413303586194967, 7)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4022d39c87140dc6)),
                Value::Int(7),
            ],
            &[],
        ),
        "9.4133036",
    );
    c(
        &mut f,
        "repr(-29619.74822862225)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc0dcecefe2fa4da0))],
            &[],
        ),
        "'-29619.74822862225'",
    );
    c(
        &mut f,
        "round(-29619.74822862225, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc0dcecefe2fa4da0)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-29620.0",
    );
    c(
        &mut f,
        "repr(6058.924087222505)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x40b7aaec90faef4f))],
            &[],
        ),
        "'6058.924087222505'",
    );
    c(
        &mut f,
        "round(6058.924087222505, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x40b7aaec90faef4f)),
                Value::Int(-1),
            ],
            &[],
        ),
        "6060.0",
    );
    c(
        &mut f,
        "repr(9.18524809625737e-16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3cd08bf2b1940ae7))],
            &[],
        ),
        "'9.18524809625737e-16'",
    );
    c(
        &mut f,
        "round(9.18524809625737e-16, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3cd08bf2b1940ae7)),
                Value::Int(4),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-370186565.2255558)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc1b610994539be06))],
            &[],
        ),
        "'-370186565.2255558'",
    );
    c(
        &mut f,
        "round(-370186565.2255558, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc1b610994539be06)),
                Value::Int(-5),
            ],
            &[],
        ),
        "-370200000.0",
    );
    c(
        &mut f,
        "repr(-1.7624705306333328e+29)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc601cbe1299a2c6f))],
            &[],
        ),
        "'-1.7624705306333328e+29'",
    );
    c(
        &mut f,
        "round(-1.7624705306333328e+29, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc601cbe1299a2c6f)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-1.7624705306333328e+29",
    );
    c(
        &mut f,
        "repr(6.552018740612831e+34)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x47293cca0f22617a))],
            &[],
        ),
        "'6.552018740612831e+34'",
    );
    c(
        &mut f,
        "round(6.552018740612831e+34, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x47293cca0f22617a)),
                Value::Int(4),
            ],
            &[],
        ),
        "6.552018740612831e+34",
    );
    c(
        &mut f,
        "repr(2.2492719103973565e-24)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3b05c0ed7192c64c))],
            &[],
        ),
        "'2.2492719103973565e-24'",
    );
    c(
        &mut f,
        "round(2.2492719103973565e-24, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3b05c0ed7192c64c)),
                Value::Int(0),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(14901738759.471895)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x420bc1b3e83bc671))],
            &[],
        ),
        "'14901738759.471895'",
    );
    c(
        &mut f,
        "round(14901738759.471895, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x420bc1b3e83bc671)),
                Value::Int(-4),
            ],
            &[],
        ),
        "14901740000.0",
    );
    c(
        &mut f,
        "repr(-2.482557110153197e-09)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbe25533368d6ba5e))],
            &[],
        ),
        "'-2.482557110153197e-09'",
    );
    c(
        &mut f,
        "round(-2.482557110153197e-09, 7)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbe25533368d6ba5e)),
                Value::Int(7),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(4.187916480563627e+33)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x46e9cf5dfef6d554))],
            &[],
        ),
        "'4.187916480563627e+33'",
    );
    c(
        &mut f,
        "round(4.187916480563627e+33, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x46e9cf5dfef6d554)),
                Value::Int(-1),
            ],
            &[],
        ),
        "4.187916480563627e+33",
    );
    c(
        &mut f,
        "repr(-7.950850511314497e+17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc3a6116b486dd3a3))],
            &[],
        ),
        "'-7.950850511314497e+17'",
    );
    c(
        &mut f,
        "round(-7.950850511314497e+17, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc3a6116b486dd3a3)),
                Value::Int(-4),
            ],
            &[],
        ),
        "-7.9508505113145e+17",
    );
    c(
        &mut f,
        "repr(-25739508.81712033)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc1788c0f4d12ecc4))],
            &[],
        ),
        "'-25739508.81712033'",
    );
    c(
        &mut f,
        "round(-25739508.81712033, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc1788c0f4d12ecc4)),
                Value::Int(2),
            ],
            &[],
        ),
        "-25739508.82",
    );
    c(
        &mut f,
        "repr(7.91401948817787e+27)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x45b99252d01bd742))],
            &[],
        ),
        "'7.91401948817787e+27'",
    );
    c(
        &mut f,
        "round(7.91401948817787e+27, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x45b99252d01bd742)),
                Value::Int(5),
            ],
            &[],
        ),
        "7.91401948817787e+27",
    );
    c(
        &mut f,
        "repr(-1.0431141860653365e-06)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbeb180242d3ab31c))],
            &[],
        ),
        "'-1.0431141860653365e-06'",
    );
    c(
        &mut f,
        "round(-1.0431141860653365e-06, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbeb180242d3ab31c)),
                Value::Int(0),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-0.6377410493214155)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbfe4685feac4ded8))],
            &[],
        ),
        "'-0.6377410493214155'",
    );
    c(
        &mut f,
        "round(-0.6377410493214155, 8)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbfe4685feac4ded8)),
                Value::Int(8),
            ],
            &[],
        ),
        "-0.63774105",
    );
    c(
        &mut f,
        "repr(-2.0684727555221041e-22)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbb6f42043204c75c))],
            &[],
        ),
        "'-2.0684727555221041e-22'",
    );
    c(
        &mut f,
        "round(-2.0684727555221041e-22, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbb6f42043204c75c)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-5.715606518102634e-23)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbb51463c815569ea))],
            &[],
        ),
        "'-5.715606518102634e-23'",
    );
    c(
        &mut f,
        "round(-5.715606518102634e-23, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbb51463c815569ea)),
                Value::Int(0),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-3.652111498927273)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc00d37863bc9e7c9))],
            &[],
        ),
        "'-3.652111498927273'",
    );
    c(
        &mut f,
        "round(-3.652111498927273, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc00d37863bc9e7c9)),
                Value::Int(3),
            ],
            &[],
        ),
        "-3.652",
    );
    c(
        &mut f,
        "repr(-4.361047888465006e-17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbc8923c54f6f6f96))],
            &[],
        ),
        "'-4.361047888465006e-17'",
    );
    c(
        &mut f,
        "round(-4.361047888465006e-17, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbc8923c54f6f6f96)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-4.995521245397898e+32)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc6b8a13bf8610578))],
            &[],
        ),
        "'-4.995521245397898e+32'",
    );
    c(
        &mut f,
        "round(-4.995521245397898e+32, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc6b8a13bf8610578)),
                Value::Int(-4),
            ],
            &[],
        ),
        "-4.995521245397898e+32",
    );
    c(
        &mut f,
        "repr(-9.593691978573567e-15)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbd059a630b929e66))],
            &[],
        ),
        "'-9.593691978573567e-15'",
    );
    c(
        &mut f,
        "round(-9.593691978573567e-15, 6)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbd059a630b929e66)),
                Value::Int(6),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-840935964.9093437)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc1c90fd50e746560))],
            &[],
        ),
        "'-840935964.9093437'",
    );
    c(
        &mut f,
        "round(-840935964.9093437, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc1c90fd50e746560)),
                Value::Int(-4),
            ],
            &[],
        ),
        "-840940000.0",
    );
    c(
        &mut f,
        "repr(4.860380833191613e+28)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x45e3a18418274086))],
            &[],
        ),
        "'4.860380833191613e+28'",
    );
    c(
        &mut f,
        "round(4.860380833191613e+28, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x45e3a18418274086)),
                Value::Int(-4),
            ],
            &[],
        ),
        "4.860380833191613e+28",
    );
    c(
        &mut f,
        "repr(2.622337317262187e+27)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x45a0f24b0da2f4c3))],
            &[],
        ),
        "'2.622337317262187e+27'",
    );
    c(
        &mut f,
        "round(2.622337317262187e+27, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x45a0f24b0da2f4c3)),
                Value::Int(-5),
            ],
            &[],
        ),
        "2.622337317262187e+27",
    );
    c(
        &mut f,
        "repr(8.842584234803256e+19)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x44132c9ecc761cb2))],
            &[],
        ),
        "'8.842584234803256e+19'",
    );
    c(
        &mut f,
        "round(8.842584234803256e+19, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x44132c9ecc761cb2)),
                Value::Int(-4),
            ],
            &[],
        ),
        "8.842584234803256e+19",
    );
    c(
        &mut f,
        "repr(-137499.09002150723)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc100c8d8b85d322c))],
            &[],
        ),
        "'-137499.09002150723'",
    );
    c(
        &mut f,
        "round(-137499.09002150723, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc100c8d8b85d322c)),
                Value::Int(2),
            ],
            &[],
        ),
        "-137499.09",
    );
    c(
        &mut f,
        "repr(-4642736868.649373)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc1f14ba8ae4a63d5))],
            &[],
        ),
        "'-4642736868.649373'",
    );
    c(
        &mut f,
        "round(-4642736868.649373, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc1f14ba8ae4a63d5)),
                Value::Int(3),
            ],
            &[],
        ),
        "-4642736868.649",
    );
    c(
        &mut f,
        "repr(-9.057257894477851e-10)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbe0f1ed929f736f5))],
            &[],
        ),
        "'-9.057257894477851e-10'",
    );
    c(
        &mut f,
        "round(-9.057257894477851e-10, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbe0f1ed929f736f5)),
                Value::Int(2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(9.151331062323334e-16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3cd07c4e7a2089b6))],
            &[],
        ),
        "'9.151331062323334e-16'",
    );
    c(
        &mut f,
        "round(9.151331062323334e-16, -3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3cd07c4e7a2089b6)),
                Value::Int(-3),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(8.109840706814325e-14)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3d36d3c18f5a4bc1))],
            &[],
        ),
        "'8.109840706814325e-14'",
    );
    c(
        &mut f,
        "round(8.109840706814325e-14, 6)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3d36d3c18f5a4bc1)),
                Value::Int(6),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(9.856330971022658e+18)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x43e1191719818f91))],
            &[],
        ),
        "'9.856330971022658e+18'",
    );
    c(
        &mut f,
        "round(9.856330971022658e+18, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x43e1191719818f91)),
                Value::Int(1),
            ],
            &[],
        ),
        "9.856330971022658e+18",
    );
    c(
        &mut f,
        "repr(2.9386183632206656e-16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3cb52ccb495440d6))],
            &[],
        ),
        "'2.9386183632206656e-16'",
    );
    c(
        &mut f,
        "round(2.9386183632206656e-16, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3cb52ccb495440d6)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-8.908471587256058e+23)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc4e7949d7ad0ccf8))],
            &[],
        ),
        "'-8.908471587256058e+23'",
    );
    c(
        &mut f,
        "round(-8.908471587256058e+23, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc4e7949d7ad0ccf8)),
                Value::Int(5),
            ],
            &[],
        ),
        "-8.908471587256058e+23",
    );
    c(
        &mut f,
        "repr(-6.476959092767355e-13)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbd66c9ed15a1ed70))],
            &[],
        ),
        "'-6.476959092767355e-13'",
    );
    c(
        &mut f,
        "round(-6.476959092767355e-13, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbd66c9ed15a1ed70)),
                Value::Int(5),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(6.453862358742618e+30)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x46545d63746e63bd))],
            &[],
        ),
        "'6.453862358742618e+30'",
    );
    c(
        &mut f,
        "round(6.453862358742618e+30, -3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x46545d63746e63bd)),
                Value::Int(-3),
            ],
            &[],
        ),
        "6.453862358742618e+30",
    );
    c(
        &mut f,
        "repr(-9.02400217592089e-16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbcd0419622ab1162))],
            &[],
        ),
        "'-9.02400217592089e-16'",
    );
    c(
        &mut f,
        "round(-9.02400217592089e-16, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbcd0419622ab1162)),
                Value::Int(3),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-5.714603158476159e+24)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc512e875082823a2))],
            &[],
        ),
        "'-5.714603158476159e+24'",
    );
    c(
        &mut f,
        "round(-5.714603158476159e+24, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc512e875082823a2)),
                Value::Int(-4),
            ],
            &[],
        ),
        "-5.714603158476159e+24",
    );
    c(
        &mut f,
        "repr(-1.3344405010543565e-14)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbd0e0c8697a520a7))],
            &[],
        ),
        "'-1.3344405010543565e-14'",
    );
    c(
        &mut f,
        "round(-1.3344405010543565e-14, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbd0e0c8697a520a7)),
                Value::Int(-5),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-4.3846462511302043e-17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbc8946988507884c))],
            &[],
        ),
        "'-4.3846462511302043e-17'",
    );
    c(
        &mut f,
        "round(-4.3846462511302043e-17, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbc8946988507884c)),
                Value::Int(-4),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-7.094942585374202e-17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbc947324c334a815))],
            &[],
        ),
        "'-7.094942585374202e-17'",
    );
    c(
        &mut f,
        "round(-7.094942585374202e-17, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbc947324c334a815)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-2.951627233938669e+33)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc6e230d8beecb908))],
            &[],
        ),
        "'-2.951627233938669e+33'",
    );
    c(
        &mut f,
        "round(-2.951627233938669e+33, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc6e230d8beecb908)),
                Value::Int(4),
            ],
            &[],
        ),
        "-2.951627233938669e+33",
    );
    c(
        &mut f,
        "repr(-8.460727045752204e-13)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbd6dc4bed4c50542))],
            &[],
        ),
        "'-8.460727045752204e-13'",
    );
    c(
        &mut f,
        "round(-8.460727045752204e-13, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbd6dc4bed4c50542)),
                Value::Int(-5),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(8.786163534357256e-16)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3ccfa7ce359a1ffe))],
            &[],
        ),
        "'8.786163534357256e-16'",
    );
    c(
        &mut f,
        "round(8.786163534357256e-16, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ccfa7ce359a1ffe)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-0.00508105753894264)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbf74cfdfff57761f))],
            &[],
        ),
        "'-0.00508105753894264'",
    );
    c(
        &mut f,
        "round(-0.00508105753894264, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbf74cfdfff57761f)),
                Value::Int(3),
            ],
            &[],
        ),
        "-0.005",
    );
    c(
        &mut f,
        "repr(9016752.227396304)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x416132b60746d49d))],
            &[],
        ),
        "'9016752.227396304'",
    );
    c(
        &mut f,
        "round(9016752.227396304, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x416132b60746d49d)),
                Value::Int(-4),
            ],
            &[],
        ),
        "9020000.0",
    );
    c(
        &mut f,
        "repr(4.0682343910444205e-05)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3f05544ab165d144))],
            &[],
        ),
        "'4.0682343910444205e-05'",
    );
    c(
        &mut f,
        "round(4.0682343910444205e-05, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3f05544ab165d144)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-0.009573152700149553)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbf839b16ce225131))],
            &[],
        ),
        "'-0.009573152700149553'",
    );
    c(
        &mut f,
        "round(-0.009573152700149553, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbf839b16ce225131)),
                Value::Int(3),
            ],
            &[],
        ),
        "-0.01",
    );
    c(
        &mut f,
        "repr(4.96351970047676e+25)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x45448754b5ea65d3))],
            &[],
        ),
        "'4.96351970047676e+25'",
    );
    c(
        &mut f,
        "round(4.96351970047676e+25, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x45448754b5ea65d3)),
                Value::Int(2),
            ],
            &[],
        ),
        "4.96351970047676e+25",
    );
    c(
        &mut f,
        "repr(13773.862134516217)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x40cae6ee5a6c7ff4))],
            &[],
        ),
        "'13773.862134516217'",
    );
    c(
        &mut f,
        "round(13773.862134516217, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x40cae6ee5a6c7ff4)),
                Value::Int(3),
            ],
            &[],
        ),
        "13773.862",
    );
    c(
        &mut f,
        "repr(762.6252331368881)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4087d5007a3b1a7b))],
            &[],
        ),
        "'762.6252331368881'",
    );
    c(
        &mut f,
        "round(762.6252331368881, -3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4087d5007a3b1a7b)),
                Value::Int(-3),
            ],
            &[],
        ),
        "1000.0",
    );
    c(
        &mut f,
        "repr(6.887184763326122e+27)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x45b640f21a22a71b))],
            &[],
        ),
        "'6.887184763326122e+27'",
    );
    c(
        &mut f,
        "round(6.887184763326122e+27, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x45b640f21a22a71b)),
                Value::Int(1),
            ],
            &[],
        ),
        "6.887184763326122e+27",
    );
    c(
        &mut f,
        "repr(-59908621375858.84)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc2cb3e480c4cb96c))],
            &[],
        ),
        "'-59908621375858.84'",
    );
    c(
        &mut f,
        "round(-59908621375858.84, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc2cb3e480c4cb96c)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-59908621375860.0",
    );
    c(
        &mut f,
        "repr(8.655837438946576e+29)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4625d9b42ed7df57))],
            &[],
        ),
        "'8.655837438946576e+29'",
    );
    c(
        &mut f,
        "round(8.655837438946576e+29, 6)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4625d9b42ed7df57)),
                Value::Int(6),
            ],
            &[],
        ),
        "8.655837438946576e+29",
    );
    c(
        &mut f,
        "repr(-6.410859331379e+29)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc6202eebb5b1cd01))],
            &[],
        ),
        "'-6.410859331379e+29'",
    );
    c(
        &mut f,
        "round(-6.410859331379e+29, 8)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc6202eebb5b1cd01)),
                Value::Int(8),
            ],
            &[],
        ),
        "-6.410859331379e+29",
    );
    c(
        &mut f,
        "repr(9.180619443642839e-05)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3f18110269238cf1))],
            &[],
        ),
        "'9.180619443642839e-05'",
    );
    c(
        &mut f,
        "round(9.180619443642839e-05, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3f18110269238cf1)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(6.798927218073248e-17)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3c9398b90a62667f))],
            &[],
        ),
        "'6.798927218073248e-17'",
    );
    c(
        &mut f,
        "round(6.798927218073248e-17, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3c9398b90a62667f)),
                Value::Int(-5),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(2.0717354086595868e-22)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3b6f4ea35edc3b54))],
            &[],
        ),
        "'2.0717354086595868e-22'",
    );
    c(
        &mut f,
        "round(2.0717354086595868e-22, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3b6f4ea35edc3b54)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(2.2881860841336847e-14)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3d19c33f52cfaf24))],
            &[],
        ),
        "'2.2881860841336847e-14'",
    );
    c(
        &mut f,
        "round(2.2881860841336847e-14, -4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3d19c33f52cfaf24)),
                Value::Int(-4),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(1.4680144211535294e-15)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3cda7205865324e1))],
            &[],
        ),
        "'1.4680144211535294e-15'",
    );
    c(
        &mut f,
        "round(1.4680144211535294e-15, 8)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3cda7205865324e1)),
                Value::Int(8),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-7.549818188844913)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc01e33038a0f56e4))],
            &[],
        ),
        "'-7.549818188844913'",
    );
    c(
        &mut f,
        "round(-7.549818188844913, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc01e33038a0f56e4)),
                Value::Int(4),
            ],
            &[],
        ),
        "-7.5498",
    );
    c(
        &mut f,
        "repr(370944073.411809)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x41b61c2849696c51))],
            &[],
        ),
        "'370944073.411809'",
    );
    c(
        &mut f,
        "round(370944073.411809, 6)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x41b61c2849696c51)),
                Value::Int(6),
            ],
            &[],
        ),
        "370944073.411809",
    );
    c(
        &mut f,
        "repr(5.3207359127898653e-20)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3bef687801fe1452))],
            &[],
        ),
        "'5.3207359127898653e-20'",
    );
    c(
        &mut f,
        "round(5.3207359127898653e-20, 2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3bef687801fe1452)),
                Value::Int(2),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(807.6260359424492)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x40893d021f21d785))],
            &[],
        ),
        "'807.6260359424492'",
    );
    c(
        &mut f,
        "round(807.6260359424492, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x40893d021f21d785)),
                Value::Int(0),
            ],
            &[],
        ),
        "808.0",
    );
    c(
        &mut f,
        "repr(-70732401921650.78)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc2d0152aec339cb2))],
            &[],
        ),
        "'-70732401921650.78'",
    );
    c(
        &mut f,
        "round(-70732401921650.78, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc2d0152aec339cb2)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-70732401921700.0",
    );
    c(
        &mut f,
        "repr(-35367115.65220967)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc180dd465d37b9b4))],
            &[],
        ),
        "'-35367115.65220967'",
    );
    c(
        &mut f,
        "round(-35367115.65220967, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc180dd465d37b9b4)),
                Value::Int(4),
            ],
            &[],
        ),
        "-35367115.6522",
    );
    c(
        &mut f,
        "repr(-2.5298069958806503e-05)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbefa86e62147ac78))],
            &[],
        ),
        "'-2.5298069958806503e-05'",
    );
    c(
        &mut f,
        "round(-2.5298069958806503e-05, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbefa86e62147ac78)),
                Value::Int(4),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-28312035348256.64)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc2b9bfe8cf4f20a4))],
            &[],
        ),
        "'-28312035348256.64'",
    );
    c(
        &mut f,
        "round(-28312035348256.64, 7)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc2b9bfe8cf4f20a4)),
                Value::Int(7),
            ],
            &[],
        ),
        "-28312035348256.64",
    );
    c(
        &mut f,
        "repr(9.609995890132106e+34)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x47328218025650c7))],
            &[],
        ),
        "'9.609995890132106e+34'",
    );
    c(
        &mut f,
        "round(9.609995890132106e+34, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x47328218025650c7)),
                Value::Int(0),
            ],
            &[],
        ),
        "9.609995890132106e+34",
    );
    c(
        &mut f,
        "repr(7.243722035056291e+28)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x45ed41d541f4a05c))],
            &[],
        ),
        "'7.243722035056291e+28'",
    );
    c(
        &mut f,
        "round(7.243722035056291e+28, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x45ed41d541f4a05c)),
                Value::Int(0),
            ],
            &[],
        ),
        "7.243722035056291e+28",
    );
    c(
        &mut f,
        "repr(-4.264123592359245e-06)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbed1e2915e36717f))],
            &[],
        ),
        "'-4.264123592359245e-06'",
    );
    c(
        &mut f,
        "round(-4.264123592359245e-06, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbed1e2915e36717f)),
                Value::Int(-1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-63527269477875.27)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc2cce38c2a56f9a3))],
            &[],
        ),
        "'-63527269477875.27'",
    );
    c(
        &mut f,
        "round(-63527269477875.27, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc2cce38c2a56f9a3)),
                Value::Int(3),
            ],
            &[],
        ),
        "-63527269477875.27",
    );
    c(
        &mut f,
        "repr(-0.0005573908279506071)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbf4243bbb04610b1))],
            &[],
        ),
        "'-0.0005573908279506071'",
    );
    c(
        &mut f,
        "round(-0.0005573908279506071, 6)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbf4243bbb04610b1)),
                Value::Int(6),
            ],
            &[],
        ),
        "-0.000557",
    );
    c(
        &mut f,
        "repr(2.9055506361456704e-07)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3e937fb2af0e6944))],
            &[],
        ),
        "'2.9055506361456704e-07'",
    );
    c(
        &mut f,
        "round(2.9055506361456704e-07, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3e937fb2af0e6944)),
                Value::Int(1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(9338.646570870413)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x40c23d52c2d5937c))],
            &[],
        ),
        "'9338.646570870413'",
    );
    c(
        &mut f,
        "round(9338.646570870413, -3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x40c23d52c2d5937c)),
                Value::Int(-3),
            ],
            &[],
        ),
        "9000.0",
    );
    c(
        &mut f,
        "repr(-442789892.1781394)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc1ba6470042d9a8b))],
            &[],
        ),
        "'-442789892.1781394'",
    );
    c(
        &mut f,
        "round(-442789892.1781394, 7)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc1ba6470042d9a8b)),
                Value::Int(7),
            ],
            &[],
        ),
        "-442789892.1781394",
    );
    c(
        &mut f,
        "repr(749801727770008.9)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x43054f868d15ecc7))],
            &[],
        ),
        "'749801727770008.9'",
    );
    c(
        &mut f,
        "round(749801727770008.9, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x43054f868d15ecc7)),
                Value::Int(3),
            ],
            &[],
        ),
        "749801727770008.9",
    );
    c(
        &mut f,
        "repr(42275047921469.086)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x42c339769b6b9e8b))],
            &[],
        ),
        "'42275047921469.086'",
    );
    c(
        &mut f,
        "round(42275047921469.086, -5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x42c339769b6b9e8b)),
                Value::Int(-5),
            ],
            &[],
        ),
        "42275047900000.0",
    );
    c(
        &mut f,
        "repr(-861.4425895000098)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc08aeb8a6c5d20c3))],
            &[],
        ),
        "'-861.4425895000098'",
    );
    c(
        &mut f,
        "round(-861.4425895000098, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc08aeb8a6c5d20c3)),
                Value::Int(3),
            ],
            &[],
        ),
        "-861.443",
    );
    c(
        &mut f,
        "repr(6.949584724089957e+24)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x4516fe86f89d0793))],
            &[],
        ),
        "'6.949584724089957e+24'",
    );
    c(
        &mut f,
        "round(6.949584724089957e+24, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x4516fe86f89d0793)),
                Value::Int(-1),
            ],
            &[],
        ),
        "6.949584724089957e+24",
    );
    c(
        &mut f,
        "repr(-8.812944853845883e+29)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc6263f3b6cad58b6))],
            &[],
        ),
        "'-8.812944853845883e+29'",
    );
    c(
        &mut f,
        "round(-8.812944853845883e+29, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc6263f3b6cad58b6)),
                Value::Int(1),
            ],
            &[],
        ),
        "-8.812944853845883e+29",
    );
    c(
        &mut f,
        "repr(-2.3195087594947173e-21)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbba5e83a61e6a8df))],
            &[],
        ),
        "'-2.3195087594947173e-21'",
    );
    c(
        &mut f,
        "round(-2.3195087594947173e-21, 0)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbba5e83a61e6a8df)),
                Value::Int(0),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(2.799672208205296e-23)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3b40ec486c69f547))],
            &[],
        ),
        "'2.799672208205296e-23'",
    );
    c(
        &mut f,
        "round(2.799672208205296e-23, 3)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3b40ec486c69f547)),
                Value::Int(3),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-1.1852683367607765e-19)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbc017dd1324650d0))],
            &[],
        ),
        "'-1.1852683367607765e-19'",
    );
    c(
        &mut f,
        "round(-1.1852683367607765e-19, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbc017dd1324650d0)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(0.4644630978624923)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3fddb9c36de12b0a))],
            &[],
        ),
        "'0.4644630978624923'",
    );
    c(
        &mut f,
        "round(0.4644630978624923, 6)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3fddb9c36de12b0a)),
                Value::Int(6),
            ],
            &[],
        ),
        "0.464463",
    );
    c(
        &mut f,
        "repr(1.2079054655909376e-25)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3ac2b101abb8411f))],
            &[],
        ),
        "'1.2079054655909376e-25'",
    );
    c(
        &mut f,
        "round(1.2079054655909376e-25, -1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3ac2b101abb8411f)),
                Value::Int(-1),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-0.025586079798143913)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbf9a333cbfdd0e2d))],
            &[],
        ),
        "'-0.025586079798143913'",
    );
    c(
        &mut f,
        "round(-0.025586079798143913, 1)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbf9a333cbfdd0e2d)),
                Value::Int(1),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-1.2149245481875061e+33)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xc6cdf34077fcdb9a))],
            &[],
        ),
        "'-1.2149245481875061e+33'",
    );
    c(
        &mut f,
        "round(-1.2149245481875061e+33, 5)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xc6cdf34077fcdb9a)),
                Value::Int(5),
            ],
            &[],
        ),
        "-1.2149245481875061e+33",
    );
    c(
        &mut f,
        "repr(3.707023095358717e-19)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0x3c1b5a5e5fa148e0))],
            &[],
        ),
        "'3.707023095358717e-19'",
    );
    c(
        &mut f,
        "round(3.707023095358717e-19, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0x3c1b5a5e5fa148e0)),
                Value::Int(4),
            ],
            &[],
        ),
        "0.0",
    );
    c(
        &mut f,
        "repr(-9.79006072583853e-07)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbeb06ccc8f7ae9da))],
            &[],
        ),
        "'-9.79006072583853e-07'",
    );
    c(
        &mut f,
        "round(-9.79006072583853e-07, -2)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbeb06ccc8f7ae9da)),
                Value::Int(-2),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "repr(-9.999370668691188e-21)",
        builtin(
            "repr",
            &[Value::Float(f64::from_bits(0xbbc79c3faa309147))],
            &[],
        ),
        "'-9.999370668691188e-21'",
    );
    c(
        &mut f,
        "round(-9.999370668691188e-21, 4)",
        builtin(
            "round",
            &[
                Value::Float(f64::from_bits(0xbbc79c3faa309147)),
                Value::Int(4),
            ],
            &[],
        ),
        "-0.0",
    );
    c(
        &mut f,
        "str(0x1f512f2d102aa6dd849cd57b91bfe6944da6678d05acbfb0a7cc1b3515250745da6a67e1b85502757edf96d3f1bec8bf59fdcd0cedaa470d567a21bee0e39d6d24650864d8aefdb0883d08ad07cfd1ca5320e7f00d764e960399d71c3df01411f7c81840b578c10d5fa4fdf2c7194370407dad7ce76194c630650090b0592aef2b60abc2365ae8541043fcce4aa22f7492c2afc5171f30850b5333f2a485fc218ac928ea9ac455d046ac7979dd7d57a9d4491cd552258898b1f78d1a696ca82c56d753759a7db78bc9df58c63fb13c1a5c2a041455564125f509f4aea6779f1d6b9c00dfbdcda9681d9b94764b23763c1a79205e8500da474521c57d6da5f510a3ae070d8bbbbc442a24e2d678b485bd5fed67a539dba2e4090636e2f248f48afdd414ebeeda26c1bae16204d632e6bdaedb3bba86b3cf0ca5d19b61a66735df7b058cf7d381875b6878d50639b53c5d190b4db863456d579344eba923274d5fe44390ddde6028a224656494268fe2f57b593f16f3a8ca48cac94c62b3b554bf66d245960aa33281cc64c2439920804fa6b01ab30bea8c06147449f104bff0044142a689da02f84a948ff5e6b8989a1c407b9e0cdf4d4a28e7bd65696fe720e2920d9541d74d4a78aa67031554453fff35b2d29a7046b723675eba868936feffd469eb3fea18f5c81a8211b118b662ddb9efaafe3fc8217901d8f57eae65f7b48989f0cded09a10c8f714f92c2f660619841ee6b3c74c0120987d26f0a63ca9c71e2b809bac797d57a1d2eb4c2ae53bfe95124b60fb3c2c2ca2c7a1830f4a5e372e22072a25d4f7cfd9c6028a1a27fb77edd32e9cb87cfc16300af046d3c93b403cdde7f6ab9e71217b133b51b6d3379e0ffb701ff155ac7e42cfe740e7603a4567c2a09dc3fa8691bca5b22c5c72e5233cb9376d8d7e2fab1e8f2c4f5aaef70e37967efd192b5c483016efb6a81f83ac53e1491edb9f84f2a287aaa769cd414dfe3048531831b8d4bf46d71d6d551414b1d4a2dadd6c213d717d1923606cfc0a5ee4e0a90d0e5002bd7392f6251ed91ab2a7ce1c61d6bc0c8eff523b73f4be26b152e37ae2de8a148ef6ff0d209975ab37a1d5eed2da2122939365b38541c1572921dedd16f149634a044c8ca6176d9f6468600f5dbf83cdaebc41567c9551b19135052a9e5b7fbd475f8ac2f8fd696224244a1b3dc16672740138c52bbcb018f0e904d97b65aedcc059fc77a428b5492efdaecf40e6cbb7b55003bedc543d626c1cb08299896d210ca8c6960d268f0c1217856913fb51510a3b99490ca1cd6eca7c80a1a3991b9bc99f1390141fb6a10076f40a0e641fff2464e15f717ed1352c6928bdfccfe5b20e1ff332119a9f673e0923a2168a8ea4d77e940bf2ee7fcd0bc86ec61dd064791c9819eb308a71f3cc52e1d786b7a77e7b58cf53d880e5190c1898aa24c221c0bbce27baa9cc3a66704c32dda41dc703ed1e10b4bb9267a14883b868e540a4ee556662be611393fc24840de4aac409d67c2edeec042bfe4c93893c557bc5c1be42843a593a129656141364e96084860b179f3ebd702259e9f59f5e213c0b1e16e13c716481122cea49ac18e8ad566a89397b862cf8f39867bb1ef1be5fee78b15499a755bf480d4a6ae30aa14f50103346e2df464ae0d117a79fd5f7a2185ec2fc5cf76a8ab3ab14cb90218a2684d4ec1e90dce51d5270c0472ad64c1816cc0f4f72998953e69757a99fc0d446fb6d20daa575d423e8bee8000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        builtin(
            "str",
            &[bighex(
                "1f512f2d102aa6dd849cd57b91bfe6944da6678d05acbfb0a7cc1b3515250745da6a67e1b85502757edf96d3f1bec8bf59fdcd0cedaa470d567a21bee0e39d6d24650864d8aefdb0883d08ad07cfd1ca5320e7f00d764e960399d71c3df01411f7c81840b578c10d5fa4fdf2c7194370407dad7ce76194c630650090b0592aef2b60abc2365ae8541043fcce4aa22f7492c2afc5171f30850b5333f2a485fc218ac928ea9ac455d046ac7979dd7d57a9d4491cd552258898b1f78d1a696ca82c56d753759a7db78bc9df58c63fb13c1a5c2a041455564125f509f4aea6779f1d6b9c00dfbdcda9681d9b94764b23763c1a79205e8500da474521c57d6da5f510a3ae070d8bbbbc442a24e2d678b485bd5fed67a539dba2e4090636e2f248f48afdd414ebeeda26c1bae16204d632e6bdaedb3bba86b3cf0ca5d19b61a66735df7b058cf7d381875b6878d50639b53c5d190b4db863456d579344eba923274d5fe44390ddde6028a224656494268fe2f57b593f16f3a8ca48cac94c62b3b554bf66d245960aa33281cc64c2439920804fa6b01ab30bea8c06147449f104bff0044142a689da02f84a948ff5e6b8989a1c407b9e0cdf4d4a28e7bd65696fe720e2920d9541d74d4a78aa67031554453fff35b2d29a7046b723675eba868936feffd469eb3fea18f5c81a8211b118b662ddb9efaafe3fc8217901d8f57eae65f7b48989f0cded09a10c8f714f92c2f660619841ee6b3c74c0120987d26f0a63ca9c71e2b809bac797d57a1d2eb4c2ae53bfe95124b60fb3c2c2ca2c7a1830f4a5e372e22072a25d4f7cfd9c6028a1a27fb77edd32e9cb87cfc16300af046d3c93b403cdde7f6ab9e71217b133b51b6d3379e0ffb701ff155ac7e42cfe740e7603a4567c2a09dc3fa8691bca5b22c5c72e5233cb9376d8d7e2fab1e8f2c4f5aaef70e37967efd192b5c483016efb6a81f83ac53e1491edb9f84f2a287aaa769cd414dfe3048531831b8d4bf46d71d6d551414b1d4a2dadd6c213d717d1923606cfc0a5ee4e0a90d0e5002bd7392f6251ed91ab2a7ce1c61d6bc0c8eff523b73f4be26b152e37ae2de8a148ef6ff0d209975ab37a1d5eed2da2122939365b38541c1572921dedd16f149634a044c8ca6176d9f6468600f5dbf83cdaebc41567c9551b19135052a9e5b7fbd475f8ac2f8fd696224244a1b3dc16672740138c52bbcb018f0e904d97b65aedcc059fc77a428b5492efdaecf40e6cbb7b55003bedc543d626c1cb08299896d210ca8c6960d268f0c1217856913fb51510a3b99490ca1cd6eca7c80a1a3991b9bc99f1390141fb6a10076f40a0e641fff2464e15f717ed1352c6928bdfccfe5b20e1ff332119a9f673e0923a2168a8ea4d77e940bf2ee7fcd0bc86ec61dd064791c9819eb308a71f3cc52e1d786b7a77e7b58cf53d880e5190c1898aa24c221c0bbce27baa9cc3a66704c32dda41dc703ed1e10b4bb9267a14883b868e540a4ee556662be611393fc24840de4aac409d67c2edeec042bfe4c93893c557bc5c1be42843a593a129656141364e96084860b179f3ebd702259e9f59f5e213c0b1e16e13c716481122cea49ac18e8ad566a89397b862cf8f39867bb1ef1be5fee78b15499a755bf480d4a6ae30aa14f50103346e2df464ae0d117a79fd5f7a2185ec2fc5cf76a8ab3ab14cb90218a2684d4ec1e90dce51d5270c0472ad64c1816cc0f4f72998953e69757a99fc0d446fb6d20daa575d423e8bee8000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            )],
            &[],
        ),
        "'1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'",
    );
    c(
        &mut f,
        "str(0x1392bd7c2a1aa84a72e2056d3b17f01cb08800b8238bf7ce68df91012d37248ba88280ed133521896f4bbe4477173d77983ea028148a6c68560c55174c8e426436bf253f076d5e8e5526256c24e1e31e73f490f60869f11dc2402671a6b60c8b3add0f28716b78a85bc71eb7bc6fca26284e8c6e109cfcfbde3f205a6e37bad57b1c6b5961f8d1348a2a7e00eea55da8dbb9addb2e737e5327140077a6d3bd94f6bdb992a0bab5a22c2bcbec2a6e56ca24adb2055357755f6f3ab83081e3e91bb6469429808e92b75e2b977be7cec590799a428cb555e8b7b92638ed280ac3726341808bd6a089e112813cc9eef629e5908bb43b1320886c8b351b6e6487b92a664cc468775555aa9a570dc60b70d3965bf460c7442945ce85a3e24dd76d98d6dea48d137548583914ccdd4305dfd0368d49055494306167e7a3011d080081abace3781ae430f499214b8523e41145ba2fa710933e0b6456bc0b1349b5f8905beeaa3a8aaafc196556bf5edc9819edd96d17c76e58497e6d7ebdcfbdb05154f7a0436b7dc6a5ff911fbef96a3fb45031c82e10afe7729783ccc8ae36a2f7f602a8c9a8162841db2e9cd9f9b0335f6051a84d42c80b904e5990d65f61e5f0748d9b487d4926904e8b6a8061ed54ab47ff818fc3a0862c3276209b349415c25f5fe4c23307f24f999d10914b0eaf71fdca9435cadee7dd14eba127996f2cffbad0d5f63680b42604a7d9a6d1bbb9d9fc3cff29350305c8f80b45f4e385667e5ea1c72db30614bcbee56c523d30f9acf457f1d2b6f1c9d059b9be5bcc4f1e98e7ae27cd5447a57a51ae1e81bc1965058fd2af4a3fd21f34e1d8dde06d62c445dc508260ab0fa2b4306b4ecec0513124402c2c9fd2613f6d58bcee9c1f088909c246b60d9a4629a7c941b15e78f5bb9c7cf3605f3c2a4786eddcaf3197bb198ad5a68e2be0f5e2fbb19ad1e0e55d22913b24bb46ccdb34943b317a594caa8a22048d0bede2d33ef1f1384f78c467264552c8cef24e5c8ca6394c666ee2fb61c441d867b4f0c69a828f201b6683bd9d73347b0afa8e0d1bd263587d95f93652878f6d82ed3ce2ccdcb164cd95a5f68345fe98b02c525b543c854b59c3c1f90334918d679b52b4a2e56cdde0e42afd7e7cea4839ec13c099a97b2608d35a8d60ddd530efac1233aa2f92fd64c9bb6b9db9e61dd5696ae510698e0078880c37b3b55ee0f9691a307ed1f8d49f8383dcac699714dbd5e8d4188903f52d152025749b4a65d8391ee519ff5e434a7e97c1dc83819678b4eb361ac7d12d2a6653fcda7e520653e8dd065063fb1415e036c3a0c93d224a04a588648fe93ff76bf0cdba6ef42c13bc1b976be01ef8f48d3f7ff4b00a3a086c5b6454e16992706af1c8777d50fe0275d453bd2a23ecbb1df1032fe5687385fb3cd26b432c8af0d17819467508f2fa78f5f6a56f955187560d8d4aa1fa480062f9fca86929c627432ca70f53b80c4cd5253418f486714f55ffdb6fcac3c7d96d288aeeaba86260d9d4b53829b7eefdc35c5b56d5b9916e992a477c44b9df5cc8c1f11dc52d3c6eec387366615783239839ad4c586f2ce4cc5c6ded0ab5c126e0b8f916c560295c3ed33dc1b983f40d4f35716fbf50b6ed4e00895978d084e82cde6a4d1920a200c4dcb8beecc82aec8c3e5bac54f3b39ddba1aa296b04aecff3a14f658130513931a8a0f325386782c7ac5ef8f0e3f8991a79ff5d4701e96ca03d884ac5d243488a769a4967177510000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000)",
        builtin(
            "str",
            &[bighex(
                "1392bd7c2a1aa84a72e2056d3b17f01cb08800b8238bf7ce68df91012d37248ba88280ed133521896f4bbe4477173d77983ea028148a6c68560c55174c8e426436bf253f076d5e8e5526256c24e1e31e73f490f60869f11dc2402671a6b60c8b3add0f28716b78a85bc71eb7bc6fca26284e8c6e109cfcfbde3f205a6e37bad57b1c6b5961f8d1348a2a7e00eea55da8dbb9addb2e737e5327140077a6d3bd94f6bdb992a0bab5a22c2bcbec2a6e56ca24adb2055357755f6f3ab83081e3e91bb6469429808e92b75e2b977be7cec590799a428cb555e8b7b92638ed280ac3726341808bd6a089e112813cc9eef629e5908bb43b1320886c8b351b6e6487b92a664cc468775555aa9a570dc60b70d3965bf460c7442945ce85a3e24dd76d98d6dea48d137548583914ccdd4305dfd0368d49055494306167e7a3011d080081abace3781ae430f499214b8523e41145ba2fa710933e0b6456bc0b1349b5f8905beeaa3a8aaafc196556bf5edc9819edd96d17c76e58497e6d7ebdcfbdb05154f7a0436b7dc6a5ff911fbef96a3fb45031c82e10afe7729783ccc8ae36a2f7f602a8c9a8162841db2e9cd9f9b0335f6051a84d42c80b904e5990d65f61e5f0748d9b487d4926904e8b6a8061ed54ab47ff818fc3a0862c3276209b349415c25f5fe4c23307f24f999d10914b0eaf71fdca9435cadee7dd14eba127996f2cffbad0d5f63680b42604a7d9a6d1bbb9d9fc3cff29350305c8f80b45f4e385667e5ea1c72db30614bcbee56c523d30f9acf457f1d2b6f1c9d059b9be5bcc4f1e98e7ae27cd5447a57a51ae1e81bc1965058fd2af4a3fd21f34e1d8dde06d62c445dc508260ab0fa2b4306b4ecec0513124402c2c9fd2613f6d58bcee9c1f088909c246b60d9a4629a7c941b15e78f5bb9c7cf3605f3c2a4786eddcaf3197bb198ad5a68e2be0f5e2fbb19ad1e0e55d22913b24bb46ccdb34943b317a594caa8a22048d0bede2d33ef1f1384f78c467264552c8cef24e5c8ca6394c666ee2fb61c441d867b4f0c69a828f201b6683bd9d73347b0afa8e0d1bd263587d95f93652878f6d82ed3ce2ccdcb164cd95a5f68345fe98b02c525b543c854b59c3c1f90334918d679b52b4a2e56cdde0e42afd7e7cea4839ec13c099a97b2608d35a8d60ddd530efac1233aa2f92fd64c9bb6b9db9e61dd5696ae510698e0078880c37b3b55ee0f9691a307ed1f8d49f8383dcac699714dbd5e8d4188903f52d152025749b4a65d8391ee519ff5e434a7e97c1dc83819678b4eb361ac7d12d2a6653fcda7e520653e8dd065063fb1415e036c3a0c93d224a04a588648fe93ff76bf0cdba6ef42c13bc1b976be01ef8f48d3f7ff4b00a3a086c5b6454e16992706af1c8777d50fe0275d453bd2a23ecbb1df1032fe5687385fb3cd26b432c8af0d17819467508f2fa78f5f6a56f955187560d8d4aa1fa480062f9fca86929c627432ca70f53b80c4cd5253418f486714f55ffdb6fcac3c7d96d288aeeaba86260d9d4b53829b7eefdc35c5b56d5b9916e992a477c44b9df5cc8c1f11dc52d3c6eec387366615783239839ad4c586f2ce4cc5c6ded0ab5c126e0b8f916c560295c3ed33dc1b983f40d4f35716fbf50b6ed4e00895978d084e82cde6a4d1920a200c4dcb8beecc82aec8c3e5bac54f3b39ddba1aa296b04aecff3a14f658130513931a8a0f325386782c7ac5ef8f0e3f8991a79ff5d4701e96ca03d884ac5d243488a769a4967177510000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            )],
            &[],
        ),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
    c(
        &mut f,
        "int('1' * 4301)",
        builtin(
            "int",
            &[Value::str(
                "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111",
            )],
            &[],
        ),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit",
    );
    c(
        &mut f,
        "int('1' * 4300)",
        builtin(
            "int",
            &[Value::str(
                "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111",
            )],
            &[],
        ),
        "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111",
    );
    c(
        &mut f,
        "len()",
        builtin("len", &[], &[]),
        "TypeError: len() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "len(1, 2)",
        builtin("len", &[Value::Int(1), Value::Int(2)], &[]),
        "TypeError: len() takes exactly one argument (2 given)",
    );
    c(
        &mut f,
        "abs()",
        builtin("abs", &[], &[]),
        "TypeError: abs() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "round()",
        builtin("round", &[], &[]),
        "TypeError: round() missing required argument 'number' (pos 1)",
    );
    c(
        &mut f,
        "divmod(1)",
        builtin("divmod", &[Value::Int(1)], &[]),
        "TypeError: divmod expected 2 arguments, got 1",
    );
    c(
        &mut f,
        "isinstance(1)",
        builtin("isinstance", &[Value::Int(1)], &[]),
        "TypeError: isinstance expected 2 arguments, got 1",
    );
    c(
        &mut f,
        "chr()",
        builtin("chr", &[], &[]),
        "TypeError: chr() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "ord()",
        builtin("ord", &[], &[]),
        "TypeError: ord() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "hash()",
        builtin("hash", &[], &[]),
        "TypeError: hash() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "pow(1)",
        builtin("pow", &[Value::Int(1)], &[]),
        "TypeError: pow() missing required argument 'exp' (pos 2)",
    );
    c(
        &mut f,
        "sum()",
        builtin("sum", &[], &[]),
        "TypeError: sum() takes at least 1 positional argument (0 given)",
    );
    c(
        &mut f,
        "min()",
        builtin("min", &[], &[]),
        "TypeError: min expected at least 1 argument, got 0",
    );
    c(
        &mut f,
        "max()",
        builtin("max", &[], &[]),
        "TypeError: max expected at least 1 argument, got 0",
    );
    c(
        &mut f,
        "any()",
        builtin("any", &[], &[]),
        "TypeError: any() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "all(1, 2)",
        builtin("all", &[Value::Int(1), Value::Int(2)], &[]),
        "TypeError: all() takes exactly one argument (2 given)",
    );
    c(
        &mut f,
        "hex()",
        builtin("hex", &[], &[]),
        "TypeError: hex() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "repr()",
        builtin("repr", &[], &[]),
        "TypeError: repr() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "callable()",
        builtin("callable", &[], &[]),
        "TypeError: callable() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "iter()",
        builtin("iter", &[], &[]),
        "TypeError: iter expected at least 1 argument, got 0",
    );
    c(
        &mut f,
        "next()",
        builtin("next", &[], &[]),
        "TypeError: next expected at least 1 argument, got 0",
    );
    c(
        &mut f,
        "getattr(1)",
        builtin("getattr", &[Value::Int(1)], &[]),
        "TypeError: getattr expected at least 2 arguments, got 1",
    );
    c(
        &mut f,
        "setattr(1, 'a')",
        builtin("setattr", &[Value::Int(1), Value::str("a")], &[]),
        "TypeError: setattr expected 3 arguments, got 2",
    );
    c(
        &mut f,
        "hasattr(1)",
        builtin("hasattr", &[Value::Int(1)], &[]),
        "TypeError: hasattr expected 2 arguments, got 1",
    );
    c(
        &mut f,
        "delattr(1)",
        builtin("delattr", &[Value::Int(1)], &[]),
        "TypeError: delattr expected 2 arguments, got 1",
    );
    c(
        &mut f,
        "format()",
        builtin("format", &[], &[]),
        "TypeError: format expected at least 1 argument, got 0",
    );
    c(
        &mut f,
        "id()",
        builtin("id", &[], &[]),
        "TypeError: id() takes exactly one argument (0 given)",
    );
    c(
        &mut f,
        "sorted()",
        builtin("sorted", &[], &[]),
        "TypeError: sorted expected 1 argument, got 0",
    );
    c(
        &mut f,
        "abs('a')",
        builtin("abs", &[Value::str("a")], &[]),
        "TypeError: bad operand type for abs(): 'str'",
    );
    c(
        &mut f,
        "len(5)",
        builtin("len", &[Value::Int(5)], &[]),
        "TypeError: object of type 'int' has no len()",
    );
    c(
        &mut f,
        "sum([1, 'a'])",
        builtin(
            "sum",
            &[Value::list(vec![Value::Int(1), Value::str("a")])],
            &[],
        ),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    );
    c(
        &mut f,
        "divmod(1, 'a')",
        builtin("divmod", &[Value::Int(1), Value::str("a")], &[]),
        "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'",
    );
    c(
        &mut f,
        "round('a')",
        builtin("round", &[Value::str("a")], &[]),
        "TypeError: type str doesn't define __round__ method",
    );
    c(
        &mut f,
        "hex(1.5)",
        builtin(
            "hex",
            &[Value::Float(f64::from_bits(0x3ff8000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    c(
        &mut f,
        "chr(1.5)",
        builtin(
            "chr",
            &[Value::Float(f64::from_bits(0x3ff8000000000000))],
            &[],
        ),
        "TypeError: 'float' object cannot be interpreted as an integer",
    );
    assert!(
        f.is_empty(),
        "{} calls differ from CPython:\n{}",
        f.len(),
        f.join("\n")
    );
}
