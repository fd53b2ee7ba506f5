//! The `math` module (Python docs, "math — Mathematical functions").

use crate::err::{type_error, value_error};
use crate::types::function::{BuiltinFn, Kw, check_arity};
use crate::types::module::Module;
use crate::value::{PyResult, Value};
use std::rc::Rc;

/// A float argument, with CPython's `TypeError` for non-numbers.
pub fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::types::int::to_f64(b),
        Value::Instance(_) => match crate::types::object::call_dunder_opt(v, "__float__", &[])? {
            Some(Value::Float(f)) => Ok(f),
            _ => Err(type_error(format!("must be real number, not {}", v.type_name()))),
        },
        other => Err(type_error(format!("must be real number, not {}", other.type_name()))),
    }
}

fn domain() -> crate::err::PyErr {
    value_error("math domain error")
}

macro_rules! unary {
    ($($name:ident => $body:expr),* $(,)?) => {
        $(
            fn $name(args: &[Value], _kw: Kw) -> PyResult<Value> {
                check_arity(stringify!($name), args, 1, 1)?;
                let x = float_arg(&args[0])?;
                let f: fn(f64) -> PyResult<f64> = $body;
                Ok(Value::Float(f(x)?))
            }
        )*
    };
}

unary! {
    sqrt => |x| if x < 0.0 { Err(domain()) } else { Ok(x.sqrt()) },
    exp => |x| { let r = x.exp(); if r.is_infinite() && x.is_finite() { Err(crate::err::overflow_error("math range error")) } else { Ok(r) } },
    sin => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.sin()) },
    cos => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.cos()) },
    tan => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.tan()) },
    atan => |x| Ok(x.atan()),
    fabs => |x| Ok(x.abs()),
}

fn floor(args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("floor", args, 1, 1)?;
    match &args[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v => crate::builtins::float_floor(float_arg(v)?),
    }
}

fn ceil(args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("ceil", args, 1, 1)?;
    match &args[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v => crate::builtins::float_to_int(float_arg(v)?.ceil()),
    }
}

fn log(args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("log", args, 1, 2)?;
    let x = float_arg(&args[0])?;
    if x <= 0.0 {
        return Err(domain());
    }
    match args.get(1) {
        None => Ok(Value::Float(x.ln())),
        Some(b) => {
            let b = float_arg(b)?;
            if b <= 0.0 {
                return Err(domain());
            }
            let d = b.ln();
            if d == 0.0 {
                return Err(crate::err::zero_division("float division by zero"));
            }
            Ok(Value::Float(x.ln() / d))
        }
    }
}

static FUNCS: &[BuiltinFn] = &[
    BuiltinFn { name: "sqrt", f: sqrt },
    BuiltinFn { name: "exp", f: exp },
    BuiltinFn { name: "sin", f: sin },
    BuiltinFn { name: "cos", f: cos },
    BuiltinFn { name: "tan", f: tan },
    BuiltinFn { name: "atan", f: atan },
    BuiltinFn { name: "fabs", f: fabs },
    BuiltinFn { name: "floor", f: floor },
    BuiltinFn { name: "ceil", f: ceil },
    BuiltinFn { name: "log", f: log },
];

/// Builds the `math` module.
pub fn module() -> Rc<Module> {
    let mut attrs: Vec<(&str, Value)> = FUNCS.iter().map(|f| (f.name, Value::Builtin(f))).collect();
    attrs.push(("pi", Value::Float(std::f64::consts::PI)));
    attrs.push(("e", Value::Float(std::f64::consts::E)));
    attrs.push(("tau", Value::Float(std::f64::consts::TAU)));
    attrs.push(("inf", Value::Float(f64::INFINITY)));
    attrs.push(("nan", Value::Float(f64::NAN)));
    Module::new("math", attrs)
}
