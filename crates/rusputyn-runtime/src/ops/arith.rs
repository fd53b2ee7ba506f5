//! Arithmetic and bitwise operators with Python's numeric tower (`bool` ⊂ `int` ⊂ `float`),
//! sequence concatenation/repetition, and the reflected-dunder fallback for instances.

use super::dunder::binary_dispatch;
use crate::err::{PyErr, overflow_error, type_error, unsupported_operands, value_error};
use crate::types::bytearray::{buffer, is_bytes_like};
use crate::types::object::base::view;
use crate::types::{float, int, nan};
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// A binary operator, for dispatch and error messages.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `@`
    MatMul,
}

impl BinOp {
    /// Every binary operator.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::MatMul,
    ];

    /// The operator's symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// `(__op__, __rop__, __iop__)` names.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(int::to_f64(b)),
        _ => None,
    }
}

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn big_op(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => int::normalize(a + b),
        BinOp::Sub => int::normalize(a - b),
        BinOp::Mul => int::normalize(a * b),
        BinOp::TrueDiv => Value::Float(int::truediv(a, b)?),
        BinOp::FloorDiv => int::floordiv_big(a, b)?,
        BinOp::Mod => int::mod_big(a, b)?,
        BinOp::Pow => {
            if b.is_negative() {
                let (x, y) = (int::to_f64(a)?, int::to_f64(b)?);
                if x == 0.0 {
                    return Err(crate::err::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(nan::float(x.powf(y)));
            }
            int::pow_big(a, b)?
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = b
                .to_usize()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            int::normalize(a << n)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(n) => int::normalize(a >> n),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => int::normalize(a & b),
        BinOp::Or => int::normalize(a | b),
        BinOp::Xor => int::normalize(a ^ b),
        BinOp::MatMul => {
            return Err(type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ));
        }
    })
}

fn i64_op(op: BinOp, a: i64, b: i64) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => a.checked_add(b).map(Value::Int),
        BinOp::Sub => a.checked_sub(b).map(Value::Int),
        BinOp::Mul => a.checked_mul(b).map(Value::Int),
        BinOp::FloorDiv => int::floordiv_i64(a, b)?.map(Value::Int),
        BinOp::Mod => Some(Value::Int(int::mod_i64(a, b)?)),
        BinOp::And => Some(Value::Int(a & b)),
        BinOp::Or => Some(Value::Int(a | b)),
        BinOp::Xor => Some(Value::Int(a ^ b)),
        BinOp::RShift if b >= 0 => Some(Value::Int(if b >= 64 {
            if a < 0 { -1 } else { 0 }
        } else {
            a >> b
        })),
        BinOp::LShift if (0..63).contains(&b) => {
            let r = a.checked_shl(b as u32).filter(|r| (r >> b) == a);
            r.map(Value::Int)
        }
        BinOp::TrueDiv if a.unsigned_abs() <= (1 << 53) && b.unsigned_abs() <= (1 << 53) => {
            if b == 0 {
                return Err(crate::err::zero_division("division by zero"));
            }
            Some(Value::Float(a as f64 / b as f64))
        }
        BinOp::Pow if (0..64).contains(&b) => a.checked_pow(b as u32).map(Value::Int),
        _ => None,
    })
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Option<Value>> {
    Ok(Some(nan::float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => float::truediv(a, b)?,
        BinOp::FloorDiv => float::floordiv(a, b)?,
        BinOp::Mod => float::modulo(a, b)?,
        BinOp::Pow => return float_pow(a, b).map(Some),
        _ => return Ok(None),
    })))
}

/// `a ** b` for floats, with CPython's errors.
pub fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(crate::err::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && a.is_finite() && b.fract() != 0.0 && b.is_finite() {
        // A negative number to a fractional power is complex (CPython hands it to
        // `complex.__pow__`).
        use crate::types::complex::{PyComplex, pow};
        return Ok(Value::complex(pow(
            PyComplex::new(a, 0.0),
            PyComplex::new(b, 0.0),
        )?));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::new(
            crate::types::class::BuiltinType::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(nan::float(r))
}

fn repeat_count(n: &Value) -> PyResult<usize> {
    match n {
        Value::Int(i) => Ok((*i).max(0) as usize),
        Value::Bool(b) => Ok(*b as usize),
        Value::BigInt(b) => {
            if b.is_negative() {
                Ok(0)
            } else {
                Err(overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
        _ => Err(type_error("bad repeat")),
    }
}

fn seq_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    Ok(Some(match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Value::string(s)
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.snapshot();
            v.extend(y.borrow().iter().cloned());
            Value::list(v)
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.items().to_vec();
            v.extend(y.items().iter().cloned());
            Value::tuple(v)
        }
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Value::Bytes(v.into())
        }
        // Mixed `bytes`/`bytearray` concatenation: the result has the left operand's type.
        (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), y) if is_bytes_like(y) => {
            let mut v = buffer(a).unwrap_or_default().into_owned();
            v.extend_from_slice(&buffer(y).unwrap_or_default());
            match a {
                Value::ByteArray(_) => Value::bytearray(v),
                _ => Value::Bytes(v.into()),
            }
        }
        (
            BinOp::Mul,
            seq @ (Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)),
            n,
        ) if is_intlike(n) => repeat(seq, repeat_count(n)?)?,
        (
            BinOp::Mul,
            n,
            seq @ (Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)),
        ) if is_intlike(n) => repeat(seq, repeat_count(n)?)?,
        (BinOp::Mod, Value::Str(fmt), args) => {
            crate::format::percent::format_str(fmt.as_str(), args)?
        }
        (BinOp::Mod, Value::Bytes(fmt), args) => crate::format::percent::format_bytes(fmt, args)?,
        (BinOp::Mod, Value::ByteArray(fmt), args) => {
            match crate::format::percent::format_bytes(&fmt.snapshot(), args)? {
                Value::Bytes(b) => Value::bytearray(b.to_vec()),
                other => other,
            }
        }
        (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
            let d = x.copy();
            for (k, v) in y.items() {
                d.set(k, v)?;
            }
            Value::Dict(Rc::new(d))
        }
        (
            BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor,
            Value::Set(_) | Value::FrozenSet(_),
            Value::Set(_) | Value::FrozenSet(_),
        ) => {
            return crate::types::set_methods::set_binop(op, a, b).map(Some);
        }
        (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Value::DictView(dv), other)
            if dv.kind != crate::types::iter::DictIterKind::Values
                && !matches!(other, Value::Instance(_)) =>
        {
            let Ok(rhs) = crate::types::iter::collect(other) else {
                return Ok(None);
            };
            let left = Value::Set(Rc::new(crate::types::set::PySet::from_values(dv.items())?));
            let right = Value::Set(Rc::new(crate::types::set::PySet::from_values(rhs)?));
            return crate::types::set_methods::set_binop(op, &left, &right).map(Some);
        }
        (
            BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor,
            Value::Set(_) | Value::FrozenSet(_),
            Value::DictView(dv),
        ) if dv.kind != crate::types::iter::DictIterKind::Values => {
            let right = Value::Set(Rc::new(crate::types::set::PySet::from_values(dv.items())?));
            return crate::types::set_methods::set_binop(op, a, &right).map(Some);
        }
        _ => return Ok(None),
    }))
}

fn repeat(seq: &Value, n: usize) -> PyResult<Value> {
    Ok(match seq {
        Value::Str(s) => {
            if s.as_str()
                .len()
                .checked_mul(n)
                .is_none_or(|t| t > isize::MAX as usize / 2)
            {
                return Err(PyErr::bare(crate::types::class::BuiltinType::MemoryError));
            }
            Value::string(s.as_str().repeat(n))
        }
        Value::List(l) => {
            let items = l.snapshot();
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().map(super::fast::dup));
            }
            Value::list(out)
        }
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend(t.items().iter().cloned());
            }
            Value::tuple(out)
        }
        Value::Bytes(b) => Value::Bytes(b.repeat(n).into()),
        Value::ByteArray(b) => Value::bytearray(b.borrow().repeat(n)),
        _ => unreachable!("repeat called on a sequence"),
    })
}

/// `a <op> b`. The common cases (`+ - *` and comparisons of small ints and floats) are
/// inlined into compiled code; everything else goes through [`binop_slow`].
#[inline]
pub fn binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match (op, a, b) {
        (BinOp::Add, Value::Int(x), Value::Int(y)) => {
            if let Some(r) = x.checked_add(*y) {
                return Ok(Value::Int(r));
            }
        }
        (BinOp::Sub, Value::Int(x), Value::Int(y)) => {
            if let Some(r) = x.checked_sub(*y) {
                return Ok(Value::Int(r));
            }
        }
        (BinOp::Mul, Value::Int(x), Value::Int(y)) => {
            if let Some(r) = x.checked_mul(*y) {
                return Ok(Value::Int(r));
            }
        }
        // Python's `%` and `//` agree with Euclidean division when the divisor is positive.
        (BinOp::Mod, Value::Int(x), Value::Int(y)) if *y > 0 => {
            return Ok(Value::Int(x.rem_euclid(*y)));
        }
        (BinOp::FloorDiv, Value::Int(x), Value::Int(y)) if *y > 0 => {
            return Ok(Value::Int(x.div_euclid(*y)));
        }
        // A NaN result is a new float object: `fresh` gives it an identity of its own.
        (BinOp::Add, Value::Float(x), Value::Float(y)) => return Ok(nan::float(x + y)),
        (BinOp::Sub, Value::Float(x), Value::Float(y)) => return Ok(nan::float(x - y)),
        (BinOp::Mul, Value::Float(x), Value::Float(y)) => return Ok(nan::float(x * y)),
        _ => {}
    }
    binop_slow(op, a, b)
}

/// The general case of [`binop`].
#[inline(never)]
pub fn binop_slow(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let r = if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        dispatch(op, a, b)?
    } else {
        builtin_binop(op, a, b)?
    };
    match r {
        Some(v) => Ok(v),
        None => match repeat_by_index(op, a, b)? {
            Some(v) => Ok(v),
            None => Err(binop_error(op, a, b)),
        },
    }
}

/// `a <op> b` when an operand is an instance: its special methods, and the built-in operator
/// for built-in values and the base values of built-in subclass instances; `None` when
/// nothing implements it.
pub fn dispatch(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (f, r, _) = op.dunders();
    binary_dispatch(a, b, f, r, &|x, y| {
        let x = view(x).unwrap_or(x);
        // `fmt % args` hands `args` to the formatter as they are (`%s` calls `__str__`).
        let y = match x {
            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) if op == BinOp::Mod => y,
            _ => view(y).unwrap_or(y),
        };
        builtin_binop(op, x, y)
    })
}

/// The built-in operator on built-in operands; `None` when their types do not support it
/// (an instance operand is only accepted as the arguments of `%` formatting).
fn builtin_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    // `type.__or__`: `int | None` is a `types.UnionType`.
    if op == BinOp::Or
        && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)))
        && let Some(u) = crate::types::generic_alias::union_or(a, b)?
    {
        return Ok(Some(u));
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b)
        && let Some(v) = i64_op(op, *x, *y)?
    {
        return Ok(Some(v));
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b)
        && let Some(v) = float_op(op, *x, *y)?
    {
        return Ok(Some(v));
    }
    if is_intlike(a) && is_intlike(b) {
        if let (Some(x), Some(y)) = (small(a), small(b))
            && let Some(v) = i64_op(op, x, y)?
        {
            if matches!(
                (op, a, b),
                (
                    BinOp::And | BinOp::Or | BinOp::Xor,
                    Value::Bool(_),
                    Value::Bool(_)
                )
            ) {
                return Ok(Some(Value::Bool(crate::ops::truthy(&v)?)));
            }
            return Ok(Some(v));
        }
        let (x, y) = (
            int::as_big(a).unwrap_or_default(),
            int::as_big(b).unwrap_or_default(),
        );
        return big_op(op, &x, &y).map(Some);
    }
    if (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
        && let (Some(x), Some(y)) = (as_f64(a), as_f64(b))
        && let Some(v) = float_op(op, x?, y?)?
    {
        return Ok(Some(v));
    }
    if (matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)))
        && let Some(v) = crate::types::complex::binop(op, a, b)?
    {
        return Ok(Some(v));
    }
    seq_op(op, a, b)
}

/// `seq * n` / `n * seq` where `n` is an instance that neither operand's `__mul__`/`__rmul__`
/// handled: CPython's `sq_repeat` fallback, which needs `n.__index__`.
fn repeat_by_index(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_seq = |v: &Value| {
        matches!(
            v,
            Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
        )
    };
    let has_index = |v: &Value| match v {
        Value::Instance(i) => i.class.lookup("__index__").is_some_and(|f| !f.is_none()),
        _ => false,
    };
    let (seq, n) = match (a, b) {
        _ if op != BinOp::Mul => return Ok(None),
        (s, n) | (n, s) if is_seq(s) && matches!(n, Value::Instance(_)) => (s, n),
        _ => return Ok(None),
    };
    if !has_index(n) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_name()
        )));
    }
    let n = super::number_index(n)?;
    repeat(seq, repeat_count(&n)?).map(Some)
}

/// The error of `a <op> b` that nothing implements: CPython's sequence messages (`str +
/// other`, `seq * non-int`, from the sequence's own concatenation and repetition, which run
/// after the numeric special methods), else "unsupported operand type(s)".
fn binop_error(op: BinOp, a: &Value, b: &Value) -> PyErr {
    let (av, bv) = (view(a).unwrap_or(a), view(b).unwrap_or(b));
    let is_seq = |v: &Value| {
        matches!(
            v,
            Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
        )
    };
    match op {
        BinOp::Add if is_seq(av) => match av {
            Value::Bytes(_) | Value::ByteArray(_) => type_error(format!(
                "can't concat {} to {}",
                b.type_name(),
                a.type_name()
            )),
            _ => type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                av.type_name(),
                b.type_name(),
                av.type_name()
            )),
        },
        BinOp::Mul if is_seq(av) && !is_intlike(bv) => type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            b.type_name()
        )),
        BinOp::Mul if is_seq(bv) && !is_intlike(av) => type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            a.type_name()
        )),
        _ => unsupported_operands(op.symbol(), a, b),
    }
}

fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// `a <op>= b`: in place for mutable containers (`list +=` extends, `|=` on sets/dicts),
/// `__iop__` on instances, otherwise the plain operator. Numbers take the inlined path.
#[inline]
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if matches!(a, Value::Int(_) | Value::Float(_)) && matches!(b, Value::Int(_) | Value::Float(_))
    {
        return binop(op, a, b).map_err(|e| inplace_error(op, a, b, e));
    }
    inplace_slow(op, a, b)
}

/// The error of `a <op>= b` when the plain operator failed: "unsupported operand" messages
/// name the augmented operator (`+=`).
fn inplace_error(op: BinOp, a: &Value, b: &Value, e: PyErr) -> PyErr {
    if e.is(crate::types::class::BuiltinType::TypeError) {
        let msg = crate::ops::str_of(&e.value()).unwrap_or_default();
        if msg.starts_with("unsupported operand type(s) for ") {
            let symbol = if op == BinOp::Pow { "**" } else { op.symbol() };
            return unsupported_operands(&format!("{symbol}="), a, b);
        }
    }
    e
}

#[inline(never)]
fn inplace_slow(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            let items = crate::types::iter::collect_hinted(b)?;
            l.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (BinOp::Mul, Value::List(l)) if is_intlike(b) => {
            let n = repeat_count(b)?;
            let items = l.snapshot();
            let mut v = l.borrow_mut();
            v.clear();
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            return Ok(a.clone());
        }
        (BinOp::Add, Value::ByteArray(x)) => {
            let Some(more) = buffer(b) else {
                return Err(type_error(format!(
                    "can't concat {} to bytearray",
                    b.type_name()
                )));
            };
            x.borrow_mut().extend_from_slice(&more);
            return Ok(a.clone());
        }
        (BinOp::Mul, Value::ByteArray(x)) if is_intlike(b) => {
            let n = repeat_count(b)?;
            let mut v = x.borrow_mut();
            let copy = v.repeat(n);
            *v = copy;
            return Ok(a.clone());
        }
        (BinOp::Or, Value::Dict(d)) => {
            if let Value::Dict(o) = b {
                for (k, v) in o.items() {
                    d.set(k, v)?;
                }
                return Ok(a.clone());
            }
        }
        (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, Value::Set(_))
            if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
        {
            return crate::types::set_methods::set_inplace(op, a, b);
        }
        (_, Value::Instance(_)) => {
            let (_, _, iname) = op.dunders();
            if let Some(r) =
                crate::types::object::call_dunder_opt(a, iname, std::slice::from_ref(b))?
                && !matches!(r, Value::NotImplemented)
            {
                return Ok(r);
            }
        }
        _ => {}
    }
    binop(op, a, b).map_err(|e| inplace_error(op, a, b, e))
}

/// `-v`.
pub fn neg(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => int::normalize(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(-(*b as i64)),
        Value::BigInt(b) => int::normalize(-(**b).clone()),
        Value::Float(f) => nan::float(-f),
        Value::Complex(z) => Value::complex(crate::types::complex::PyComplex::new(-z.re, -z.im)),
        Value::Instance(_) => return super::dunder::unary_dunder(v, "__neg__", "unary -"),
        _ => {
            return Err(type_error(format!(
                "bad operand type for unary -: '{}'",
                v.type_name()
            )));
        }
    })
}

/// `+v`.
pub fn pos(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_) => v.clone(),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Instance(_) => return super::dunder::unary_dunder(v, "__pos__", "unary +"),
        _ => {
            return Err(type_error(format!(
                "bad operand type for unary +: '{}'",
                v.type_name()
            )));
        }
    })
}

/// `~v`.
pub fn invert(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(i) => Value::Int(!i),
        Value::Bool(b) => Value::Int(!(*b as i64)),
        Value::BigInt(b) => int::normalize(-(**b).clone() - 1),
        Value::Instance(_) => return super::dunder::unary_dunder(v, "__invert__", "unary ~"),
        _ => {
            return Err(type_error(format!(
                "bad operand type for unary ~: '{}'",
                v.type_name()
            )));
        }
    })
}

/// `abs(v)`.
pub fn abs(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(n) => Value::Int(n),
            None => int::normalize(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => int::normalize(b.abs()),
        Value::Float(f) => nan::float(f.abs()),
        Value::Complex(z) => nan::float(z.abs()?),
        Value::Instance(_) => return super::dunder::unary_dunder(v, "__abs__", "abs()"),
        _ => {
            return Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                v.type_name()
            )));
        }
    })
}
