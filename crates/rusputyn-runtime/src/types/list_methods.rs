//! Methods of `list`, and the stable sort shared with `sorted()`.

use crate::err::{index_error, type_error, value_error};
use crate::ops::{CmpOp, compare, eq, is, norm_index};
use crate::types::function::{Kw, check_arity, no_kwargs, take_kwargs};
use crate::types::methods::MethodEntry;
use crate::value::{PyResult, Value};

/// The `list` method table.
pub static METHODS: &[MethodEntry] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("sort", sort),
    ("reverse", reverse),
    ("copy", copy),
    ("clear", clear),
];

fn list(v: &Value) -> &crate::types::list::PyList {
    match v {
        Value::List(l) => l,
        _ => unreachable!("list method table is only used for lists"),
    }
}

fn append(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.append", kw)?;
    check_arity("list.append", args, 1, 1)?;
    list(v).push(args[0].clone());
    Ok(Value::None)
}

fn extend(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.extend", kw)?;
    check_arity("list.extend", args, 1, 1)?;
    let items = crate::types::iter::collect_hinted(&args[0])?;
    list(v).borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.insert", kw)?;
    check_arity("insert", args, 2, 2)?;
    let i = crate::ops::index_of(&args[0])?;
    let mut items = list(v).borrow_mut();
    let len = items.len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    items.insert(pos, args[1].clone());
    Ok(Value::None)
}

fn pop(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.pop", kw)?;
    check_arity("pop", args, 0, 1)?;
    let mut items = list(v).borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let i = if args.is_empty() {
        -1
    } else {
        crate::ops::index_of(&args[0])?
    };
    match norm_index(i, items.len()) {
        Some(i) => Ok(items.remove(i)),
        None => Err(index_error("pop index out of range")),
    }
}

fn remove(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.remove", kw)?;
    check_arity("list.remove", args, 1, 1)?;
    let items = list(v).snapshot();
    for (i, x) in items.iter().enumerate() {
        if is(x, &args[0]) || eq(x, &args[0])? {
            let removed = list(v).borrow_mut().remove(i);
            drop(removed);
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn index(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.index", kw)?;
    check_arity("index", args, 1, 3)?;
    let items = list(v).snapshot();
    let (start, stop) = crate::types::tuple_methods::index_bounds(args, items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if is(x, &args[0]) || eq(x, &args[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error(format!(
        "{} is not in list",
        crate::ops::repr_of(&args[0])?
    )))
}

fn count(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.count", kw)?;
    check_arity("list.count", args, 1, 1)?;
    let mut n = 0;
    for x in list(v).snapshot().iter() {
        if is(x, &args[0]) || eq(x, &args[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = take_kwargs("sort", kw, ["key", "reverse"])?;
    let reverse = match reverse {
        Some(r) => r.truthy()?,
        None => false,
    };
    let l = list(v);
    // CPython empties the list while sorting so mutation by a key function is detected.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(&mut items, key.filter(|k| !k.is_none()), reverse);
    let mutated = !l.is_empty();
    *l.borrow_mut() = items;
    r?;
    if mutated {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// Stable sort by `<` (Python's only requirement), with an optional key function and
/// `reverse`. Never panics on inconsistent comparisons; the first exception aborts.
pub fn sort_values(items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => items
            .iter()
            .map(|x| crate::call::call(f, std::slice::from_ref(x)))
            .collect::<PyResult<_>>()?,
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let lt = |a: usize, b: usize| compare(&keys[a], &keys[b], CmpOp::Lt);
    merge_sort(&mut idx, &lt)?;
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = idx
        .into_iter()
        .map(|i| slots[i].take().unwrap_or(Value::None))
        .collect();
    Ok(())
}

fn merge_sort(v: &mut [usize], lt: &dyn Fn(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n <= 16 {
        // Binary-free insertion sort: stable, moves an element left only past strictly
        // greater ones.
        for i in 1..n {
            let mut j = i;
            while j > 0 && lt(v[j], v[j - 1])? {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], lt)?;
    merge_sort(&mut v[mid..], lt)?;
    if !lt(v[mid], v[mid - 1])? {
        return Ok(());
    }
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if lt(right[j], left[i])? {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

fn reverse(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.reverse", kw)?;
    check_arity("list.reverse", args, 0, 0)?;
    list(v).borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.copy", kw)?;
    check_arity("list.copy", args, 0, 0)?;
    Ok(Value::list(list(v).snapshot()))
}

fn clear(v: &Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.clear", kw)?;
    check_arity("list.clear", args, 0, 0)?;
    // The items are dropped after the borrow ends: a `__del__` may use the list.
    let mut old = std::mem::take(&mut *list(v).borrow_mut());
    // Last to first, as CPython's `list.clear` releases them.
    while old.pop().is_some() {}
    Ok(Value::None)
}
