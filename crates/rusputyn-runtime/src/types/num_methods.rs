//! Methods of `int` (and `bool`) and `float` (Python docs, "Additional Methods on Integer
//! Types" and "Additional Methods on Float"), plus the class methods `int.from_bytes` and
//! `float.fromhex` as plain functions for the class-method table.

use crate::err::{overflow_error, type_error, value_error};
use crate::types::float;
use crate::types::function::{BuiltinFn, Kw, check_arity, no_kwargs, take_kwargs};
use crate::types::int::{normalize, to_big};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

/// The `int` method table.
pub static INT_METHODS: &[MethodEntry] = &[
    ("bit_length", bit_length),
    ("bit_count", bit_count),
    ("to_bytes", to_bytes),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", int_conjugate),
    ("__index__", int_conjugate),
    ("__int__", int_conjugate),
    ("__float__", int_float),
    ("__abs__", int_abs),
];

/// The class methods of `int` and `float` (`int.from_bytes`, `float.fromhex`), as values
/// ready to be returned by attribute lookup on the class: `(type name, method)`.
pub static CLASS_METHODS: &[(&str, &BuiltinFn)] =
    &[("int", &INT_FROM_BYTES), ("float", &FLOAT_FROMHEX)];

/// `int.from_bytes`.
pub static INT_FROM_BYTES: BuiltinFn = BuiltinFn {
    name: "from_bytes",
    f: int_from_bytes,
};

/// `float.fromhex`.
pub static FLOAT_FROMHEX: BuiltinFn = BuiltinFn {
    name: "fromhex",
    f: float_fromhex,
};

/// The `float` method table.
pub static FLOAT_METHODS: &[MethodEntry] = &[
    ("is_integer", is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", hex),
    ("conjugate", float_conjugate),
    ("__float__", float_conjugate),
    ("__int__", float_int),
    ("__trunc__", float_int),
    ("__abs__", float_abs),
];

fn big_of(v: &Value) -> BigInt {
    to_big(v).unwrap_or_default()
}

fn no_args(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    no_kwargs(name, kw)?;
    check_arity(name, args, 0, 0)
}

fn bit_length(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.bit_length", args, kw)?;
    Ok(Value::Int(match v {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        other => big_of(other).bits() as i64,
    }))
}

fn bit_count(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.bit_count", args, kw)?;
    Ok(Value::Int(match v {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        other => big_of(other).magnitude().count_ones() as i64,
    }))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [klen, korder, ksigned] = take_kwargs("to_bytes", kw, ["length", "byteorder", "signed"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let length = match args.first().or(klen) {
        Some(l) => crate::ops::index_of(l)?,
        None => 1,
    };
    let little = byteorder(args.get(1).or(korder))?;
    let signed = match ksigned {
        Some(s) => s.truthy()?,
        None => false,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let n = big_of(v);
    if n.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    // Minimal little-endian representation (two's complement when signed); zero needs none.
    let mut bytes = if n.sign() == Sign::NoSign {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if bytes.len() > length as usize {
        return Err(overflow_error("int too big to convert"));
    }
    let pad = if n.is_negative() { 0xff } else { 0x00 };
    bytes.resize(length as usize, pad);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(bytes.into()))
}

fn byteorder(v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method: `args` are
/// the arguments after the class).
pub fn int_from_bytes(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [kbytes, korder, ksigned] =
        take_kwargs("from_bytes", kw, ["bytes", "byteorder", "signed"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let Some(src) = args.first().or(kbytes) else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut bytes: Vec<u8> = match src {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(_) => return Err(type_error("cannot convert 'str' object to bytes")),
        other => crate::types::iter::collect(other)?
            .iter()
            .map(|x| {
                let i = crate::ops::index_of(x)?;
                u8::try_from(i).map_err(|_| value_error("bytes must be in range(0, 256)"))
            })
            .collect::<PyResult<_>>()?,
    };
    let little = byteorder(args.get(1).or(korder))?;
    let signed = match ksigned {
        Some(s) => s.truthy()?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    Ok(normalize(n))
}

fn int_as_integer_ratio(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.as_integer_ratio", args, kw)?;
    Ok(Value::tuple(vec![normalize(big_of(v)), Value::Int(1)]))
}

/// `int.conjugate()` / `__index__` / `__int__`: the int itself (`bool` becomes `int`).
fn int_conjugate(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.conjugate", args, kw)?;
    Ok(normalize(big_of(v)))
}

fn int_float(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.__float__", args, kw)?;
    Ok(Value::Float(crate::types::int::to_f64(&big_of(v))?))
}

fn int_abs(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("int.__abs__", args, kw)?;
    Ok(normalize(big_of(v).abs()))
}

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn is_integer(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("float.is_integer", args, kw)?;
    let f = float_of(v);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("float.as_integer_ratio", args, kw)?;
    let (n, d) = float::integer_ratio(float_of(v))?;
    Ok(Value::tuple(vec![normalize(n), normalize(d)]))
}

fn hex(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("float.hex", args, kw)?;
    Ok(Value::string(float::to_hex(float_of(v))))
}

fn float_conjugate(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("float.conjugate", args, kw)?;
    Ok(Value::Float(float_of(v)))
}

fn float_int(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("float.__int__", args, kw)?;
    crate::builtins::float_to_int(float_of(v))
}

fn float_abs(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("float.__abs__", args, kw)?;
    Ok(crate::types::nan::float(float_of(v).abs()))
}

/// `float.fromhex(string)` (a class method: `args` are the arguments after the class).
pub fn float_fromhex(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("float.fromhex", kw)?;
    check_arity("float.fromhex", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(Value::Float(float::from_hex(s.as_str())?)),
        other => Err(type_error(format!(
            "must be str, not {}",
            other.type_name()
        ))),
    }
}
