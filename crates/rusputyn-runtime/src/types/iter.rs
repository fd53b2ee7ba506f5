//! Built-in iterators (`list_iterator`, `range_iterator`, `enumerate`, `zip`, `map`, ...) and
//! the iteration protocol entry points `iter()` / `next()` used by compiled `for` loops.

use crate::err::{PyErr, runtime_error, type_error, value_error};
use crate::types::class::BuiltinType;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list (sees appends made during iteration, as CPython does).
    List(Rc<crate::types::list::PyList>, usize),
    /// Over a bytearray (sees changes made during iteration, as CPython does).
    ByteArray(Rc<crate::types::bytearray::PyByteArray>, usize),
    /// Over a list backwards.
    ListReversed(Rc<crate::types::list::PyList>, usize),
    /// Over a snapshot of values (tuple, set, dict views, ...).
    Values(Rc<[Value]>, usize, &'static str),
    /// Over a set's elements (snapshot), failing if the set's size changes meanwhile.
    Set(Rc<crate::types::set::PySet>, Rc<[Value]>, usize),
    /// Over a str, by code point (byte offset).
    Str(Rc<crate::types::str::PyStr>, usize),
    /// Over a range.
    Range {
        next: i64,
        step: i64,
        remaining: usize,
    },
    /// Over a range with bounds beyond 64 bits: `(next, step, remaining)`.
    LongRange(Box<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)>),
    /// Over a dict's keys/values/items, detecting size changes.
    Dict {
        dict: Rc<crate::types::dict::PyDict>,
        pos: usize,
        len: usize,
        kind: DictIterKind,
    },
    /// `enumerate(it, start)`.
    Enumerate(Value, Value),
    /// `zip(*its, strict=...)`.
    Zip(Vec<Value>, bool),
    /// `map(f, *its)`.
    Map(Value, Vec<Value>),
    /// `filter(f, it)`.
    Filter(Value, Value),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until `IndexError`.
    Sequence(Value, i64),
    /// Exhausted.
    Done,
}

/// Which view of a dict an iterator walks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// A built-in iterator object.
pub struct PyIter {
    /// Its state.
    pub state: RefCell<IterState>,
}

impl PyIter {
    /// Wraps a state as an iterator value.
    pub fn value(state: IterState) -> Value {
        Value::Iter(Rc::new(PyIter {
            state: RefCell::new(state),
        }))
    }

    /// `type(it).__name__`.
    pub fn type_name(&self) -> &'static str {
        match &*self.state.borrow() {
            IterState::List(..) => "list_iterator",
            IterState::ByteArray(..) => "bytearray_iterator",
            IterState::ListReversed(..) => "list_reverseiterator",
            IterState::Values(_, _, name) => name,
            IterState::Set(..) => "set_iterator",
            IterState::Str(..) => "str_ascii_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::LongRange(_) => "longrange_iterator",
            IterState::Dict {
                kind: DictIterKind::Keys,
                ..
            } => "dict_keyiterator",
            IterState::Dict {
                kind: DictIterKind::Values,
                ..
            } => "dict_valueiterator",
            IterState::Dict {
                kind: DictIterKind::Items,
                ..
            } => "dict_itemiterator",
            IterState::Enumerate(..) => "enumerate",
            IterState::Zip(..) => "zip",
            IterState::Map(..) => "map",
            IterState::Filter(..) => "filter",
            IterState::Callable(..) => "callable_iterator",
            IterState::Sequence(..) => "iterator",
            IterState::Done => "iterator",
        }
    }

    /// The built-in type of this iterator.
    pub fn builtin_type(&self) -> BuiltinType {
        match &*self.state.borrow() {
            IterState::Enumerate(..) => BuiltinType::Enumerate,
            IterState::Zip(..) => BuiltinType::Zip,
            IterState::Map(..) => BuiltinType::Map,
            IterState::Filter(..) => BuiltinType::Filter,
            IterState::List(..) => BuiltinType::ListIterator,
            IterState::ByteArray(..) => BuiltinType::ByteArrayIterator,
            IterState::ListReversed(..) => BuiltinType::ListReverseIterator,
            IterState::Values(_, _, "tuple_iterator") => BuiltinType::TupleIterator,
            IterState::Values(_, _, "set_iterator") => BuiltinType::SetIterator,
            IterState::Values(_, _, "bytes_iterator") => BuiltinType::BytesIterator,
            IterState::Values(_, _, "reversed") => BuiltinType::Reversed,
            IterState::Set(..) => BuiltinType::SetIterator,
            IterState::Str(..) => BuiltinType::StrIterator,
            IterState::Range { .. } => BuiltinType::RangeIterator,
            IterState::LongRange(_) => BuiltinType::LongRangeIterator,
            IterState::Dict {
                kind: DictIterKind::Keys,
                ..
            } => BuiltinType::DictKeyIterator,
            IterState::Dict {
                kind: DictIterKind::Values,
                ..
            } => BuiltinType::DictValueIterator,
            IterState::Dict {
                kind: DictIterKind::Items,
                ..
            } => BuiltinType::DictItemIterator,
            IterState::Callable(..) => BuiltinType::CallableIterator,
            IterState::Sequence(..) => BuiltinType::SeqIterator,
            _ => BuiltinType::Object,
        }
    }

    /// `it.__length_hint__()`: how many items remain, for the iterators CPython gives one
    /// (those over lists, tuples, strings, ranges, sets and dicts); `None` for the others.
    pub fn length_hint(&self) -> Option<usize> {
        Some(match &*self.state.borrow() {
            IterState::List(l, i) => l.len().saturating_sub(*i),
            IterState::ByteArray(b, i) => b.len().saturating_sub(*i),
            IterState::ListReversed(l, i) => (*i).min(l.len()),
            IterState::Values(vs, i, _) => vs.len().saturating_sub(*i),
            IterState::Set(set, vs, i) => {
                if set.len() == vs.len() {
                    vs.len().saturating_sub(*i)
                } else {
                    0
                }
            }
            IterState::Str(s, pos) => s.as_str()[*pos..].chars().count(),
            IterState::Range { remaining, .. } => *remaining,
            IterState::LongRange(st) => {
                num_traits::ToPrimitive::to_usize(&st.2).unwrap_or(usize::MAX)
            }
            IterState::Dict { dict, pos, len, .. } => {
                if dict.len() != *len {
                    return Some(0);
                }
                let mut n = 0;
                let mut p = *pos;
                while let Some((np, _, _)) = dict.entry_from(p) {
                    n += 1;
                    p = np;
                }
                n
            }
            IterState::Done => 0,
            _ => return None,
        })
    }

    /// Advances; `Ok(None)` when exhausted.
    pub fn next(&self) -> PyResult<Option<Value>> {
        let mut st = self.state.borrow_mut();
        let out = match &mut *st {
            IterState::List(l, i) => {
                let v = l.get(*i);
                *i += 1;
                v
            }
            IterState::ByteArray(b, i) => {
                let v = b.borrow().get(*i).map(|&x| Value::Int(x as i64));
                *i += 1;
                v
            }
            IterState::ListReversed(l, i) => {
                if *i == 0 || *i > l.len() {
                    None
                } else {
                    *i -= 1;
                    l.get(*i)
                }
            }
            IterState::Values(vs, i, _) => {
                let v = vs.get(*i).cloned();
                *i += 1;
                v
            }
            IterState::Set(set, vs, i) => {
                if set.len() != vs.len() {
                    *st = IterState::Done;
                    return Err(runtime_error("Set changed size during iteration"));
                }
                let v = vs.get(*i).cloned();
                *i += 1;
                v
            }
            IterState::Str(s, pos) => {
                let text = s.as_str();
                match text[*pos..].chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Some(Value::str(c.encode_utf8(&mut buf)))
                    }
                    None => None,
                }
            }
            IterState::LongRange(st) => {
                let (next, step, remaining) = &mut **st;
                if num_traits::Zero::is_zero(&*remaining) {
                    None
                } else {
                    let v = next.clone();
                    *next += &*step;
                    *remaining -= 1u32;
                    Some(crate::types::int::normalize(v))
                }
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining == 0 {
                    None
                } else {
                    let v = *next;
                    *remaining -= 1;
                    if *remaining > 0 {
                        *next += *step;
                    }
                    Some(Value::Int(v))
                }
            }
            IterState::Dict {
                dict,
                pos,
                len,
                kind,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    return Err(runtime_error("dictionary changed size during iteration"));
                }
                match dict.entry_from(*pos) {
                    Some((np, k, v)) => {
                        *pos = np;
                        Some(match kind {
                            DictIterKind::Keys => k,
                            DictIterKind::Values => v,
                            DictIterKind::Items => Value::tuple(vec![k, v]),
                        })
                    }
                    None => None,
                }
            }
            IterState::Enumerate(it, count) => {
                let (it, count_v) = (it.clone(), count.clone());
                drop(st);
                let Some(v) = next(&it)? else { return Ok(None) };
                let next_count =
                    crate::ops::binop(crate::ops::BinOp::Add, &count_v, &Value::Int(1))?;
                if let IterState::Enumerate(_, c) = &mut *self.state.borrow_mut() {
                    *c = next_count;
                }
                return Ok(Some(Value::tuple(vec![count_v, v])));
            }
            IterState::Zip(its, strict) => {
                let (its, strict) = (its.clone(), *strict);
                drop(st);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            *self.state.borrow_mut() = IterState::Done;
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!(
                                        "zip() argument {} is shorter than argument{plural}{}",
                                        i + 1,
                                        i
                                    )));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if next(rest)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(value_error(format!(
                                            "zip() argument {} is longer than argument{plural}{}",
                                            j + 1,
                                            j
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                return Ok(Some(Value::tuple(out)));
            }
            IterState::Map(f, its) => {
                let (f, its) = (f.clone(), its.clone());
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                return crate::call::call(&f, &args).map(Some);
            }
            IterState::Filter(f, it) => {
                let (f, it) = (f.clone(), it.clone());
                drop(st);
                loop {
                    let Some(v) = next(&it)? else { return Ok(None) };
                    let keep = if f.is_none() {
                        crate::ops::truthy(&v)?
                    } else {
                        crate::ops::truthy(&crate::call::call(&f, std::slice::from_ref(&v))?)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Callable(f, sentinel) => {
                let (f, sentinel) = (f.clone(), sentinel.clone());
                drop(st);
                let v = crate::call::call(&f, &[])?;
                if crate::ops::eq(&v, &sentinel)? {
                    *self.state.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                return Ok(Some(v));
            }
            IterState::Sequence(obj, i) => {
                let (obj, idx) = (obj.clone(), *i);
                *i += 1;
                drop(st);
                return match crate::ops::getitem(&obj, &Value::Int(idx)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(BuiltinType::IndexError) || e.is(BuiltinType::StopIteration) => {
                        *self.state.borrow_mut() = IterState::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
            IterState::Done => None,
        };
        Ok(out)
    }
}

/// `iter(v)`: an iterator over `v`, or `TypeError: 'int' object is not iterable`.
pub fn iter(v: &Value) -> PyResult<Value> {
    let state = match v {
        Value::List(l) => IterState::List(l.clone(), 0),
        Value::ByteArray(b) => IterState::ByteArray(b.clone(), 0),
        Value::Tuple(t) => IterState::Values(t.items().to_vec().into(), 0, "tuple_iterator"),
        Value::Str(s) => IterState::Str(s.clone(), 0),
        Value::Range(r) => r.iter_state(false)?,
        Value::Dict(d) => IterState::Dict {
            dict: d.clone(),
            pos: 0,
            len: d.len(),
            kind: DictIterKind::Keys,
        },
        Value::Set(s) | Value::FrozenSet(s) => IterState::Set(s.clone(), s.items().into(), 0),
        Value::Bytes(b) => IterState::Values(
            b.iter()
                .map(|&x| Value::Int(x as i64))
                .collect::<Vec<_>>()
                .into(),
            0,
            "bytes_iterator",
        ),
        Value::Iter(_) => return Ok(v.clone()),
        Value::Generator(g) if g.kind.is_iterator() => return Ok(v.clone()),
        Value::DictView(dv) => IterState::Dict {
            dict: dv.dict.clone(),
            pos: 0,
            len: dv.dict.len(),
            kind: dv.kind,
        },
        Value::Instance(_) => return crate::types::object::instance_iter(v),
        Value::Class(_) if crate::types::class::meta::has_dunder(v, "__iter__") => {
            return crate::types::object::instance_iter(v);
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                v.type_name()
            )));
        }
    };
    Ok(PyIter::value(state))
}

/// `next(it)` without a default: `Ok(None)` when exhausted.
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::Iter(i) => i.next(),
        Value::Generator(g) if g.kind.is_iterator() => g.resume(Value::None),
        Value::Instance(_) => crate::types::object::instance_next(it),
        _ => Err(type_error(format!(
            "'{}' object is not an iterator",
            it.type_name()
        ))),
    }
}

/// Collects any iterable into a vector (fast paths for the built-in sequences).
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.snapshot()),
        Value::Tuple(t) => Ok(t.items().to_vec()),
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.items()),
        Value::Dict(d) => Ok(d.keys()),
        _ => {
            let it = iter(v)?;
            let mut out = Vec::new();
            while let Some(x) = next(&it)? {
                out.push(x);
            }
            Ok(out)
        }
    }
}

/// Collects `v` as `list(v)` does (CPython's `list_extend`): an instance is asked for its
/// length hint after `iter()`, which calls its `__len__`.
pub fn collect_hinted(v: &Value) -> PyResult<Vec<Value>> {
    if !matches!(v, Value::Instance(_)) {
        return collect(v);
    }
    let it = iter(v)?;
    crate::types::object::length_hint(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Raises `StopIteration` as a `PyErr` (for `next()` without a default).
pub fn stop() -> PyErr {
    PyErr::bare(BuiltinType::StopIteration)
}
