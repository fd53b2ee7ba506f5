//! Methods of `tuple` and `range`.

use crate::err::value_error;
use crate::ops::{eq, is};
use crate::types::function::{Kw, check_arity, no_kwargs};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The `tuple` method table.
pub static METHODS: &[MethodEntry] = &[("count", count), ("index", index)];

/// The `range` method table.
pub static RANGE_METHODS: &[MethodEntry] = &[("count", range_count), ("index", range_index)];

/// The one argument of `range.count` / `range.index`, and the range itself.
fn range_arg<'a>(
    name: &str,
    v: &'a Value,
    args: &'a [Value],
    kw: Kw,
) -> PyResult<(&'a crate::types::range::PyRange, &'a Value)> {
    no_kwargs(name, kw)?;
    let Value::Range(r) = v else {
        return Err(crate::err::type_error(format!(
            "descriptor '{name}' requires a 'range' object but received a '{}'",
            v.type_name()
        )));
    };
    match args {
        [x] => Ok((r, x)),
        _ => Err(crate::err::type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn range_count(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (r, x) = range_arg("count", v, args, kw)?;
    Ok(Value::Int(r.count(x)? as i64))
}

fn range_index(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (r, x) = range_arg("index", v, args, kw)?;
    r.index(x)
}

/// `start`/`stop` arguments of `seq.index(x, start, stop)` resolved against `len`.
pub fn index_bounds(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: &Value| -> PyResult<usize> {
        let i = crate::ops::index_of(v)?;
        Ok(if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        })
    };
    let start = if args.len() > 1 { norm(&args[1])? } else { 0 };
    let stop = if args.len() > 2 { norm(&args[2])? } else { len };
    Ok((start, stop))
}

fn count(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("count", kw)?;
    check_arity("count", args, 1, 1)?;
    let items = crate::types::iter::collect(v)?;
    let mut n = 0;
    for x in &items {
        if is(x, &args[0]) || eq(x, &args[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("index", kw)?;
    check_arity("index", args, 1, 3)?;
    let items = crate::types::iter::collect(v)?;
    let (start, stop) = index_bounds(args, items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if is(x, &args[0]) || eq(x, &args[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error(match v {
        Value::Range(_) => format!("{} is not in range", crate::ops::repr_of(&args[0])?),
        _ => "tuple.index(x): x not in tuple".to_string(),
    }))
}
