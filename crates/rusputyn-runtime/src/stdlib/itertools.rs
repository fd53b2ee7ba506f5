//! The `itertools` module of Python 3.11 (Python docs, "itertools — Functions creating
//! iterators for efficient looping"): the infinite iterators `count`, `cycle`, `repeat`; the
//! terminating ones `accumulate`, `chain` (and `chain.from_iterable`), `compress`,
//! `dropwhile`, `filterfalse`, `groupby`, `islice`, `pairwise`, `starmap`, `takewhile`,
//! `tee`, `zip_longest`; and the combinatoric `product`, `permutations`, `combinations`,
//! `combinations_with_replacement`.
//!
//! Each is a native class whose instances are lazy iterators (`__iter__` returns the
//! object, `__next__` pulls from the underlying iterators only as far as needed), ported
//! from CPython's `itertoolsmodule.c` step by step so the order of calls into Python code,
//! the results of the combinatoric generators and the error messages are the same. No
//! state is borrowed while Python code runs, so re-entrant use raises instead of
//! panicking.

use crate::call::call;
use crate::err::{PyErr, type_error, value_error};
use crate::ops::{self, BinOp};
use crate::types::class::BuiltinType;
use crate::types::function::{BuiltinFn, Kw, check_unpack, no_kwargs, parse_args};
use crate::types::iter::{collect, iter, next};
use crate::types::module::Module;
use crate::types::native::{self, Member, NativeClass};
use crate::value::{PyResult, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `__next__`'s result: the item, or `StopIteration`.
fn item_or_stop(r: PyResult<Option<Value>>) -> PyResult<Value> {
    r?.ok_or_else(|| PyErr::bare(BuiltinType::StopIteration))
}

fn self_iter(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(v.clone())
}

/// Declares an iterator class: its `NativeClass`, `__new__` and `__next__` wrapper.
macro_rules! iterator_class {
    ($stat:ident, $new_stat:ident, $name:literal, $state:ty, $new:ident, $next:ident $(, $member:expr)* $(,)?) => {
        static $stat: NativeClass = NativeClass {
            module: "itertools",
            name: $name,
            new: Some(&$new_stat),
            members: &[
                Member::Method("__iter__", self_iter),
                Member::Method("__next__", |v, a, _| {
                    check_unpack("__next__", a, 0, 0)?;
                    let st = native::expect::<$state>(v, &$stat, "__next__")?;
                    item_or_stop($next(st))
                }),
                $($member,)*
            ],
            has_dict: false,
            c_type: true,
        };
        static $new_stat: BuiltinFn = BuiltinFn { name: "__new__", f: $new };
    };
}

/// A number as `PyNumber_Check` accepts it (for `count`).
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Instance(i) => ["__index__", "__int__", "__float__", "__complex__"]
            .iter()
            .any(|m| i.class.lookup(m).is_some()),
        _ => false,
    }
}

/// A non-negative size argument converted as CPython's `n` format does.
fn size_arg(v: &Value) -> PyResult<i64> {
    ops::index_of(v)
}

/// `count(start=0, step=1)`.
struct Count {
    cnt: RefCell<Value>,
    step: Value,
}

iterator_class!(
    COUNT,
    COUNT_NEW,
    "count",
    Count,
    count_new,
    count_next,
    Member::Method("__repr__", count_repr)
);

fn count_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let p = parse_args("count", args, kw, &["start", "step"], 2, 0)?;
    let start = p[0].clone().unwrap_or(Value::Int(0));
    let step = p[1].clone().unwrap_or(Value::Int(1));
    if (p[0].is_some() && !is_number(&start)) || (p[1].is_some() && !is_number(&step)) {
        return Err(type_error("a number is required"));
    }
    Ok(native::new_object(
        cls,
        Count {
            cnt: RefCell::new(start),
            step,
        },
    ))
}

fn count_next(c: &Count) -> PyResult<Option<Value>> {
    let current = c.cnt.borrow().clone();
    let next = ops::binop(BinOp::Add, &current, &c.step)?;
    *c.cnt.borrow_mut() = next;
    Ok(Some(current))
}

fn count_repr(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let c = native::expect::<Count>(v, &COUNT, "__repr__")?;
    let name = crate::types::class::type_of(v).name.clone();
    let cnt = ops::repr_of(&c.cnt.borrow().clone())?;
    Ok(Value::string(match c.step {
        Value::Int(1) => format!("{name}({cnt})"),
        _ => format!("{name}({cnt}, {})", ops::repr_of(&c.step)?),
    }))
}

/// `cycle(iterable)`: the first pass saves the items, later passes replay them.
struct Cycle {
    it: Value,
    saved: RefCell<Vec<Value>>,
    /// Index into `saved` once the first pass is over.
    replay: Cell<Option<usize>>,
}

iterator_class!(CYCLE, CYCLE_NEW, "cycle", Cycle, cycle_new, cycle_next);

fn cycle_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("cycle", kw)?;
    check_unpack("cycle", args, 1, 1)?;
    let it = iter(&args[0])?;
    Ok(native::new_object(
        cls,
        Cycle {
            it,
            saved: RefCell::new(Vec::new()),
            replay: Cell::new(None),
        },
    ))
}

fn cycle_next(c: &Cycle) -> PyResult<Option<Value>> {
    if c.replay.get().is_none() {
        if let Some(v) = next(&c.it)? {
            c.saved.borrow_mut().push(v.clone());
            return Ok(Some(v));
        }
        c.replay.set(Some(0));
    }
    let saved = c.saved.borrow();
    if saved.is_empty() {
        return Ok(None);
    }
    let i = c.replay.get().unwrap_or(0) % saved.len();
    c.replay.set(Some(i + 1));
    Ok(Some(saved[i].clone()))
}

/// `repeat(object[, times])`; `times` is `None` when unbounded.
struct Repeat {
    element: Value,
    times: Cell<Option<i64>>,
}

iterator_class!(
    REPEAT,
    REPEAT_NEW,
    "repeat",
    Repeat,
    repeat_new,
    repeat_next,
    Member::Method("__repr__", repeat_repr),
    Member::Method("__length_hint__", |v, _, _| match native::expect::<Repeat>(
        v,
        &REPEAT,
        "__length_hint__"
    )?
    .times
    .get()
    {
        Some(n) => Ok(Value::Int(n)),
        None => Err(type_error("len() of unsized object")),
    }),
);

fn repeat_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let p = parse_args("repeat", args, kw, &["object", "times"], 2, 1)?;
    let element = p[0].clone().unwrap_or(Value::None);
    let times = match &p[1] {
        Some(t) => Some(size_arg(t)?.max(0)),
        None => None,
    };
    Ok(native::new_object(
        cls,
        Repeat {
            element,
            times: Cell::new(times),
        },
    ))
}

fn repeat_next(r: &Repeat) -> PyResult<Option<Value>> {
    match r.times.get() {
        None => Ok(Some(r.element.clone())),
        Some(0) => Ok(None),
        Some(n) => {
            r.times.set(Some(n - 1));
            Ok(Some(r.element.clone()))
        }
    }
}

fn repeat_repr(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = native::expect::<Repeat>(v, &REPEAT, "__repr__")?;
    let name = crate::types::class::type_of(v).name.clone();
    let e = ops::repr_of(&r.element)?;
    Ok(Value::string(match r.times.get() {
        None => format!("{name}({e})"),
        Some(n) => format!("{name}({e}, {n})"),
    }))
}

/// `accumulate(iterable[, func, *, initial=None])`.
struct Accumulate {
    it: Value,
    func: Value,
    total: RefCell<Option<Value>>,
    initial: RefCell<Option<Value>>,
}

iterator_class!(
    ACCUMULATE,
    ACCUMULATE_NEW,
    "accumulate",
    Accumulate,
    accumulate_new,
    accumulate_next
);

fn accumulate_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let p = parse_args(
        "accumulate",
        args,
        kw,
        &["iterable", "func", "initial"],
        2,
        1,
    )?;
    let it = iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let func = p[1].clone().unwrap_or(Value::None);
    let initial = p[2].clone().filter(|v| !v.is_none());
    Ok(native::new_object(
        cls,
        Accumulate {
            it,
            func,
            total: RefCell::new(None),
            initial: RefCell::new(initial),
        },
    ))
}

fn accumulate_next(a: &Accumulate) -> PyResult<Option<Value>> {
    if let Some(init) = a.initial.borrow_mut().take() {
        *a.total.borrow_mut() = Some(init.clone());
        return Ok(Some(init));
    }
    let Some(v) = next(&a.it)? else {
        return Ok(None);
    };
    let total = a.total.borrow().clone();
    let new_total = match total {
        None => v,
        Some(t) if a.func.is_none() => ops::binop(BinOp::Add, &t, &v)?,
        Some(t) => call(&a.func, &[t, v])?,
    };
    *a.total.borrow_mut() = Some(new_total.clone());
    Ok(Some(new_total))
}

/// `chain(*iterables)` / `chain.from_iterable(iterable)`: each iterable is only turned into
/// an iterator when the previous one is exhausted.
struct Chain {
    source: RefCell<Option<Value>>,
    active: RefCell<Option<Value>>,
}

iterator_class!(
    CHAIN,
    CHAIN_NEW,
    "chain",
    Chain,
    chain_new,
    chain_next,
    Member::ClassMethod(&CHAIN_FROM_ITERABLE)
);
static CHAIN_FROM_ITERABLE: BuiltinFn = BuiltinFn {
    name: "from_iterable",
    f: chain_from_iterable,
};

fn chain_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("chain", kw)?;
    let source = iter(&Value::tuple(args.to_vec()))?;
    Ok(native::new_object(
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_from_iterable(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("chain.from_iterable", kw)?;
    crate::types::function::check_arity("chain.from_iterable", args, 1, 1)?;
    let source = iter(&args[0])?;
    Ok(native::new_object(
        cls,
        Chain {
            source: RefCell::new(Some(source)),
            active: RefCell::new(None),
        },
    ))
}

fn chain_next(c: &Chain) -> PyResult<Option<Value>> {
    loop {
        let active = c.active.borrow().clone();
        let active = match active {
            Some(a) => a,
            None => {
                let source = c.source.borrow().clone();
                let Some(source) = source else {
                    return Ok(None);
                };
                match next(&source)? {
                    Some(iterable) => {
                        let a = iter(&iterable)?;
                        *c.active.borrow_mut() = Some(a.clone());
                        a
                    }
                    None => {
                        *c.source.borrow_mut() = None;
                        return Ok(None);
                    }
                }
            }
        };
        match next(&active)? {
            Some(v) => return Ok(Some(v)),
            None => *c.active.borrow_mut() = None,
        }
    }
}

/// `compress(data, selectors)`.
struct Compress {
    data: Value,
    selectors: Value,
}

iterator_class!(
    COMPRESS,
    COMPRESS_NEW,
    "compress",
    Compress,
    compress_new,
    compress_next
);

fn compress_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let p = parse_args("compress", args, kw, &["data", "selectors"], 2, 2)?;
    let data = iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = iter(p[1].as_ref().unwrap_or(&Value::None))?;
    Ok(native::new_object(cls, Compress { data, selectors }))
}

fn compress_next(c: &Compress) -> PyResult<Option<Value>> {
    loop {
        let Some(datum) = next(&c.data)? else {
            return Ok(None);
        };
        let Some(selector) = next(&c.selectors)? else {
            return Ok(None);
        };
        if ops::truthy(&selector)? {
            return Ok(Some(datum));
        }
    }
}

/// `dropwhile(predicate, iterable)`, `takewhile(predicate, iterable)` and
/// `filterfalse(predicate, iterable)`.
struct Predicated {
    func: Value,
    it: Value,
    /// `dropwhile`: dropping is over; `takewhile`: taking is over.
    done: Cell<bool>,
}

fn predicated(
    name: &str,
    args: &[Value],
    kw: Kw,
) -> PyResult<(Rc<crate::types::class::Class>, Predicated)> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs(name, kw)?;
    check_unpack(name, args, 2, 2)?;
    let it = iter(&args[1])?;
    Ok((
        cls,
        Predicated {
            func: args[0].clone(),
            it,
            done: Cell::new(false),
        },
    ))
}

iterator_class!(
    DROPWHILE,
    DROPWHILE_NEW,
    "dropwhile",
    Predicated,
    dropwhile_new,
    dropwhile_next
);
iterator_class!(
    TAKEWHILE,
    TAKEWHILE_NEW,
    "takewhile",
    Predicated,
    takewhile_new,
    takewhile_next
);
iterator_class!(
    FILTERFALSE,
    FILTERFALSE_NEW,
    "filterfalse",
    Predicated,
    filterfalse_new,
    filterfalse_next
);

fn dropwhile_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, st) = predicated("dropwhile", args, kw)?;
    Ok(native::new_object(cls, st))
}

fn takewhile_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, st) = predicated("takewhile", args, kw)?;
    Ok(native::new_object(cls, st))
}

fn filterfalse_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, st) = predicated("filterfalse", args, kw)?;
    Ok(native::new_object(cls, st))
}

fn dropwhile_next(p: &Predicated) -> PyResult<Option<Value>> {
    loop {
        let Some(item) = next(&p.it)? else {
            return Ok(None);
        };
        if p.done.get() {
            return Ok(Some(item));
        }
        if !ops::truthy(&call(&p.func, std::slice::from_ref(&item))?)? {
            p.done.set(true);
            return Ok(Some(item));
        }
    }
}

fn takewhile_next(p: &Predicated) -> PyResult<Option<Value>> {
    if p.done.get() {
        return Ok(None);
    }
    let Some(item) = next(&p.it)? else {
        return Ok(None);
    };
    if ops::truthy(&call(&p.func, std::slice::from_ref(&item))?)? {
        return Ok(Some(item));
    }
    p.done.set(true);
    Ok(None)
}

fn filterfalse_next(p: &Predicated) -> PyResult<Option<Value>> {
    loop {
        let Some(item) = next(&p.it)? else {
            return Ok(None);
        };
        let ok = if p.func.is_none() {
            ops::truthy(&item)?
        } else {
            ops::truthy(&call(&p.func, std::slice::from_ref(&item))?)?
        };
        if !ok {
            return Ok(Some(item));
        }
    }
}

/// `groupby(iterable, key=None)`: the state CPython's `groupbyobject` keeps. A `_grouper`
/// is only live while `current` still holds its generation.
struct GroupBy {
    it: Value,
    key: Value,
    tgtkey: RefCell<Option<Value>>,
    currkey: RefCell<Option<Value>>,
    currvalue: RefCell<Option<Value>>,
    current: Cell<u64>,
    generations: Cell<u64>,
}

// Not declared with `iterator_class!`: `__next__` needs the groupby object itself, which
// each `_grouper` refers to.
static GROUPBY: NativeClass = NativeClass {
    module: "itertools",
    name: "groupby",
    new: Some(&GROUPBY_NEW),
    members: &[
        Member::Method("__iter__", self_iter),
        Member::Method("__next__", groupby_dunder_next),
    ],
    has_dict: false,
    c_type: true,
};
static GROUPBY_NEW: BuiltinFn = BuiltinFn {
    name: "__new__",
    f: groupby_new,
};

/// One group of a `groupby`: its parent and the key it collects.
struct Grouper {
    parent: Value,
    tgtkey: Value,
    generation: u64,
}

static GROUPER: NativeClass = NativeClass {
    module: "itertools",
    name: "_grouper",
    new: None,
    members: &[
        Member::Method("__iter__", self_iter),
        Member::Method("__next__", |v, a, _| {
            check_unpack("__next__", a, 0, 0)?;
            let g = native::expect::<Grouper>(v, &GROUPER, "__next__")?;
            item_or_stop(grouper_next(g))
        }),
    ],
    has_dict: false,
    c_type: true,
};

fn groupby_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let p = parse_args("groupby", args, kw, &["iterable", "key"], 2, 1)?;
    let it = iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let state = GroupBy {
        it,
        key: p[1].clone().unwrap_or(Value::None),
        tgtkey: RefCell::new(None),
        currkey: RefCell::new(None),
        currvalue: RefCell::new(None),
        current: Cell::new(0),
        generations: Cell::new(0),
    };
    Ok(native::new_object(cls, state))
}

fn key_eq(a: &Value, b: &Value) -> PyResult<bool> {
    Ok(ops::is(a, b) || ops::eq(a, b)?)
}

/// Reads the next value and its key; `false` at the end.
fn groupby_step(g: &GroupBy) -> PyResult<bool> {
    let Some(value) = next(&g.it)? else {
        return Ok(false);
    };
    let key = if g.key.is_none() {
        value.clone()
    } else {
        call(&g.key, std::slice::from_ref(&value))?
    };
    *g.currvalue.borrow_mut() = Some(value);
    *g.currkey.borrow_mut() = Some(key);
    Ok(true)
}

/// `groupby.__next__`, given the groupby object itself (the grouper refers to it).
fn groupby_next(this: &Value, g: &GroupBy) -> PyResult<Option<Value>> {
    g.current.set(0);
    loop {
        let currkey = g.currkey.borrow().clone();
        let tgtkey = g.tgtkey.borrow().clone();
        match (currkey, tgtkey) {
            (None, _) => {}
            (Some(_), None) => break,
            (Some(c), Some(t)) => {
                if !key_eq(&t, &c)? {
                    break;
                }
            }
        }
        if !groupby_step(g)? {
            return Ok(None);
        }
    }
    let key = g.currkey.borrow().clone().unwrap_or(Value::None);
    *g.tgtkey.borrow_mut() = Some(key.clone());
    let generation = g.generations.get() + 1;
    g.generations.set(generation);
    g.current.set(generation);
    let grouper = native::new_instance(
        &GROUPER,
        Grouper {
            parent: this.clone(),
            tgtkey: key.clone(),
            generation,
        },
    );
    Ok(Some(Value::tuple(vec![key, grouper])))
}

fn groupby_dunder_next(v: &Value, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_unpack("__next__", args, 0, 0)?;
    let g = native::expect::<GroupBy>(v, &GROUPBY, "__next__")?;
    item_or_stop(groupby_next(v, g))
}

fn grouper_next(gr: &Grouper) -> PyResult<Option<Value>> {
    let Some(g) = native::state::<GroupBy>(&gr.parent) else {
        return Ok(None);
    };
    if g.current.get() != gr.generation {
        return Ok(None);
    }
    if g.currvalue.borrow().is_none() && !groupby_step(g)? {
        return Ok(None);
    }
    let currkey = g.currkey.borrow().clone().unwrap_or(Value::None);
    if !key_eq(&gr.tgtkey, &currkey)? {
        return Ok(None);
    }
    Ok(g.currvalue.borrow_mut().take())
}

/// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
struct ISlice {
    it: RefCell<Option<Value>>,
    next: Cell<usize>,
    stop: Option<usize>,
    step: usize,
    cnt: Cell<usize>,
}

iterator_class!(
    ISLICE,
    ISLICE_NEW,
    "islice",
    ISlice,
    islice_new,
    islice_next
);

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDICES_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// `PyNumber_AsSsize_t` with errors turned into `None` (then reported as invalid indices).
fn ssize(v: &Value) -> Option<i64> {
    ops::index_of(v).ok()
}

fn islice_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("islice", kw)?;
    check_unpack("islice", args, 2, 4)?;
    let (mut start, mut step) = (0i64, 1i64);
    let stop_of = |v: &Value| -> PyResult<i64> {
        if v.is_none() {
            return Ok(-1);
        }
        match ssize(v) {
            Some(-1) | None => Err(value_error(STOP_MSG)),
            Some(n) => Ok(n),
        }
    };
    let stop = if args.len() == 2 {
        stop_of(&args[1])?
    } else {
        if !args[1].is_none() {
            start = ssize(&args[1]).unwrap_or(-1);
        }
        stop_of(&args[2])?
    };
    if start < 0 || stop < -1 {
        return Err(value_error(INDICES_MSG));
    }
    if let Some(s) = args.get(3)
        && !s.is_none()
    {
        step = ssize(s).unwrap_or(-1);
    }
    if step < 1 {
        return Err(value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = iter(&args[0])?;
    let state = ISlice {
        it: RefCell::new(Some(it)),
        next: Cell::new(start as usize),
        stop: if stop == -1 {
            None
        } else {
            Some(stop as usize)
        },
        step: step as usize,
        cnt: Cell::new(0),
    };
    Ok(native::new_object(cls, state))
}

fn islice_next(s: &ISlice) -> PyResult<Option<Value>> {
    let it = s.it.borrow().clone();
    let Some(it) = it else { return Ok(None) };
    let empty = || {
        *s.it.borrow_mut() = None;
        Ok(None)
    };
    while s.cnt.get() < s.next.get() {
        match next(&it) {
            Ok(Some(_)) => s.cnt.set(s.cnt.get() + 1),
            Ok(None) => return empty(),
            Err(e) => {
                *s.it.borrow_mut() = None;
                return Err(e);
            }
        }
    }
    if let Some(stop) = s.stop
        && s.cnt.get() >= stop
    {
        return empty();
    }
    let item = match next(&it) {
        Ok(Some(v)) => v,
        Ok(None) => return empty(),
        Err(e) => {
            *s.it.borrow_mut() = None;
            return Err(e);
        }
    };
    s.cnt.set(s.cnt.get() + 1);
    let mut n = s.next.get().saturating_add(s.step);
    if let Some(stop) = s.stop
        && n > stop
    {
        n = stop;
    }
    s.next.set(n);
    Ok(Some(item))
}

/// `pairwise(iterable)`.
struct Pairwise {
    it: RefCell<Option<Value>>,
    old: RefCell<Option<Value>>,
}

iterator_class!(
    PAIRWISE,
    PAIRWISE_NEW,
    "pairwise",
    Pairwise,
    pairwise_new,
    pairwise_next
);

fn pairwise_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("pairwise", kw)?;
    check_unpack("pairwise", args, 1, 1)?;
    let it = iter(&args[0])?;
    Ok(native::new_object(
        cls,
        Pairwise {
            it: RefCell::new(Some(it)),
            old: RefCell::new(None),
        },
    ))
}

fn pairwise_next(p: &Pairwise) -> PyResult<Option<Value>> {
    let it = p.it.borrow().clone();
    let Some(it) = it else { return Ok(None) };
    let old = p.old.borrow().clone();
    let old = match old {
        Some(o) => o,
        None => match next(&it)? {
            Some(o) => {
                *p.old.borrow_mut() = Some(o.clone());
                o
            }
            None => {
                *p.it.borrow_mut() = None;
                return Ok(None);
            }
        },
    };
    match next(&it)? {
        Some(new) => {
            *p.old.borrow_mut() = Some(new.clone());
            Ok(Some(Value::tuple(vec![old, new])))
        }
        None => {
            *p.it.borrow_mut() = None;
            *p.old.borrow_mut() = None;
            Ok(None)
        }
    }
}

/// `starmap(function, iterable)`.
struct Starmap {
    func: Value,
    it: Value,
}

iterator_class!(
    STARMAP,
    STARMAP_NEW,
    "starmap",
    Starmap,
    starmap_new,
    starmap_next
);

fn starmap_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    no_kwargs("starmap", kw)?;
    check_unpack("starmap", args, 2, 2)?;
    let it = iter(&args[1])?;
    Ok(native::new_object(
        cls,
        Starmap {
            func: args[0].clone(),
            it,
        },
    ))
}

fn starmap_next(s: &Starmap) -> PyResult<Option<Value>> {
    let Some(args) = next(&s.it)? else {
        return Ok(None);
    };
    let args = collect(&args)?;
    call(&s.func, &args).map(Some)
}

/// The items `tee` iterators share, in links of `TEE_LINK` values like CPython's
/// `teedataobject`: a link is freed once every `_tee` has moved past it.
struct TeeLink {
    source: Rc<TeeSource>,
    values: RefCell<Vec<Value>>,
    next: RefCell<Option<Rc<TeeLink>>>,
}

/// The iterator all the `_tee`s of one `tee()` read from.
struct TeeSource {
    it: Value,
    running: Cell<bool>,
}

const TEE_LINK: usize = 57;

/// One iterator returned by `tee()`: a position in the shared links.
struct Tee {
    link: RefCell<Rc<TeeLink>>,
    index: Cell<usize>,
}

iterator_class!(
    TEE,
    TEE_NEW,
    "_tee",
    Tee,
    tee_new,
    tee_next,
    Member::Method("__copy__", tee_copy)
);

fn tee_from_iterator(it: Value) -> Value {
    let source = Rc::new(TeeSource {
        it,
        running: Cell::new(false),
    });
    let link = Rc::new(TeeLink {
        source,
        values: RefCell::new(Vec::new()),
        next: RefCell::new(None),
    });
    native::new_instance(
        &TEE,
        Tee {
            link: RefCell::new(link),
            index: Cell::new(0),
        },
    )
}

fn tee_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (_cls, args) = native::new_args(args)?;
    no_kwargs("_tee", kw)?;
    check_unpack("_tee", args, 1, 1)?;
    let it = iter(&args[0])?;
    if native::state::<Tee>(&it).is_some() {
        return tee_copy(&it, &[], &[]);
    }
    Ok(tee_from_iterator(it))
}

fn tee_next(t: &Tee) -> PyResult<Option<Value>> {
    if t.index.get() >= TEE_LINK {
        let link = t.link.borrow().clone();
        let next_link = link.next.borrow().clone();
        let next_link = match next_link {
            Some(n) => n,
            None => {
                let n = Rc::new(TeeLink {
                    source: link.source.clone(),
                    values: RefCell::new(Vec::new()),
                    next: RefCell::new(None),
                });
                *link.next.borrow_mut() = Some(n.clone());
                n
            }
        };
        *t.link.borrow_mut() = next_link;
        t.index.set(0);
    }
    let link = t.link.borrow().clone();
    let i = t.index.get();
    if let Some(v) = link.values.borrow().get(i) {
        t.index.set(i + 1);
        return Ok(Some(v.clone()));
    }
    // The leading iterator fetches the next value for everyone.
    if link.source.running.get() {
        return Err(crate::err::runtime_error(
            "cannot re-enter the tee iterator",
        ));
    }
    link.source.running.set(true);
    let r = next(&link.source.it);
    link.source.running.set(false);
    let Some(v) = r? else { return Ok(None) };
    link.values.borrow_mut().push(v.clone());
    t.index.set(i + 1);
    Ok(Some(v))
}

fn tee_copy(v: &Value, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = native::expect::<Tee>(v, &TEE, "__copy__")?;
    Ok(native::new_instance(
        &TEE,
        Tee {
            link: RefCell::new(t.link.borrow().clone()),
            index: Cell::new(t.index.get()),
        },
    ))
}

/// `tee(iterable, n=2)`: `n` independent iterators over one iterable.
fn tee(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("tee", kw)?;
    check_unpack("tee", args, 1, 2)?;
    let n = match args.get(1) {
        Some(v) => size_arg(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(Value::empty_tuple());
    }
    let it = iter(&args[0])?;
    let first = if native::state::<Tee>(&it).is_some() {
        it
    } else {
        tee_from_iterator(it)
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(tee_copy(&first, &[], &[])?);
    }
    Ok(Value::tuple(out))
}

/// `zip_longest(*iterables, fillvalue=None)`.
struct ZipLongest {
    its: RefCell<Vec<Option<Value>>>,
    active: Cell<usize>,
    fill: Value,
}

iterator_class!(
    ZIP_LONGEST,
    ZIP_LONGEST_NEW,
    "zip_longest",
    ZipLongest,
    zip_longest_new,
    zip_longest_next
);

fn zip_longest_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let fill = match kw {
        [] => Value::None,
        [("fillvalue", v)] => v.clone(),
        _ => {
            return Err(type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
    };
    let its = args
        .iter()
        .map(|a| iter(a).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    let active = its.len();
    Ok(native::new_object(
        cls,
        ZipLongest {
            its: RefCell::new(its),
            active: Cell::new(active),
            fill,
        },
    ))
}

fn zip_longest_next(z: &ZipLongest) -> PyResult<Option<Value>> {
    let n = z.its.borrow().len();
    if n == 0 || z.active.get() == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let it = z.its.borrow()[i].clone();
        let item = match it {
            None => z.fill.clone(),
            Some(it) => match next(&it) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    z.active.set(z.active.get() - 1);
                    if z.active.get() == 0 {
                        return Ok(None);
                    }
                    z.its.borrow_mut()[i] = None;
                    z.fill.clone()
                }
                Err(e) => {
                    z.active.set(0);
                    return Err(e);
                }
            },
        };
        out.push(item);
    }
    Ok(Some(Value::tuple(out)))
}

/// The state shared by the combinatoric iterators: the pool(s), the indices, and the last
/// result (`None` before the first).
struct Combinatoric {
    pools: Vec<Vec<Value>>,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    result: RefCell<Option<Vec<Value>>>,
    r: usize,
    stopped: Cell<bool>,
}

impl Combinatoric {
    fn new(
        pools: Vec<Vec<Value>>,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        r: usize,
        stopped: bool,
    ) -> Combinatoric {
        Combinatoric {
            pools,
            indices: RefCell::new(indices),
            cycles: RefCell::new(cycles),
            result: RefCell::new(None),
            r,
            stopped: Cell::new(stopped),
        }
    }

    /// Records and returns the new result tuple.
    fn emit(&self, result: Vec<Value>) -> Option<Value> {
        let t = Value::tuple(result.clone());
        *self.result.borrow_mut() = Some(result);
        Some(t)
    }
}

iterator_class!(
    PRODUCT,
    PRODUCT_NEW,
    "product",
    Combinatoric,
    product_new,
    product_next
);
iterator_class!(
    PERMUTATIONS,
    PERMUTATIONS_NEW,
    "permutations",
    Combinatoric,
    permutations_new,
    permutations_next
);
iterator_class!(
    COMBINATIONS,
    COMBINATIONS_NEW,
    "combinations",
    Combinatoric,
    combinations_new,
    combinations_next
);
iterator_class!(
    CWR,
    CWR_NEW,
    "combinations_with_replacement",
    Combinatoric,
    cwr_new,
    cwr_next
);

fn product_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let mut repeat = 1;
    for (k, v) in kw {
        if *k != "repeat" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for product()"
            )));
        }
        repeat = size_arg(v)?;
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::with_capacity(args.len());
    for a in args {
        base.push(collect(a)?);
    }
    let mut pools = Vec::with_capacity(base.len() * repeat as usize);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(native::new_object(
        cls,
        Combinatoric::new(pools, vec![0; n], Vec::new(), n, false),
    ))
}

fn product_next(p: &Combinatoric) -> PyResult<Option<Value>> {
    if p.stopped.get() {
        return Ok(None);
    }
    let previous = p.result.borrow().clone();
    let Some(mut result) = previous else {
        // First pass: the first element of each pool.
        let mut first = Vec::with_capacity(p.pools.len());
        for pool in &p.pools {
            match pool.first() {
                Some(v) => first.push(v.clone()),
                None => {
                    p.stopped.set(true);
                    return Ok(None);
                }
            }
        }
        return Ok(p.emit(first));
    };
    let mut indices = p.indices.borrow_mut();
    // Advance the rightmost pool, rolling over leftwards.
    let mut i = p.pools.len();
    loop {
        if i == 0 {
            drop(indices);
            p.stopped.set(true);
            return Ok(None);
        }
        i -= 1;
        indices[i] += 1;
        if indices[i] == p.pools[i].len() {
            indices[i] = 0;
            result[i] = p.pools[i][0].clone();
        } else {
            result[i] = p.pools[i][indices[i]].clone();
            break;
        }
    }
    drop(indices);
    Ok(p.emit(result))
}

/// The `r` argument of `permutations`: `None` or an int ("Expected int as r").
fn permutations_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let a = parse_args("permutations", args, kw, &["iterable", "r"], 2, 1)?;
    let pool = collect(a[0].as_ref().unwrap_or(&Value::None))?;
    let n = pool.len();
    let r = match &a[1] {
        None | Some(Value::None) => n as i64,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => size_arg(v)?,
        Some(_) => return Err(type_error("Expected int as r")),
    };
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    let r = r as usize;
    let cycles = (0..r.min(n)).map(|i| n - i).collect();
    Ok(native::new_object(
        cls,
        Combinatoric::new(vec![pool], (0..n).collect(), cycles, r, r > n),
    ))
}

fn permutations_next(p: &Combinatoric) -> PyResult<Option<Value>> {
    if p.stopped.get() {
        return Ok(None);
    }
    let pool = &p.pools[0];
    let (n, r) = (pool.len(), p.r);
    let previous = p.result.borrow().clone();
    let Some(mut result) = previous else {
        let indices = p.indices.borrow();
        let first = indices[..r].iter().map(|&i| pool[i].clone()).collect();
        drop(indices);
        return Ok(p.emit(first));
    };
    if n == 0 {
        p.stopped.set(true);
        return Ok(None);
    }
    let mut indices = p.indices.borrow_mut();
    let mut cycles = p.cycles.borrow_mut();
    // Decrement the rightmost cycle, moving leftwards upon zero rollover.
    let mut i = r;
    loop {
        if i == 0 {
            drop((indices, cycles));
            p.stopped.set(true);
            return Ok(None);
        }
        i -= 1;
        cycles[i] -= 1;
        if cycles[i] == 0 {
            let index = indices[i];
            indices.copy_within(i + 1..n, i);
            indices[n - 1] = index;
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            indices.swap(i, n - j);
            for k in i..r {
                result[k] = pool[indices[k]].clone();
            }
            break;
        }
    }
    drop((indices, cycles));
    Ok(p.emit(result))
}

fn combinations_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(Vec<Value>, usize)> {
    let a = parse_args(name, args, kw, &["iterable", "r"], 2, 2)?;
    let pool = collect(a[0].as_ref().unwrap_or(&Value::None))?;
    let r = size_arg(a[1].as_ref().unwrap_or(&Value::None))?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok((pool, r as usize))
}

fn combinations_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let (pool, r) = combinations_args("combinations", args, kw)?;
    let n = pool.len();
    Ok(native::new_object(
        cls,
        Combinatoric::new(vec![pool], (0..r).collect(), Vec::new(), r, r > n),
    ))
}

fn combinations_next(c: &Combinatoric) -> PyResult<Option<Value>> {
    if c.stopped.get() {
        return Ok(None);
    }
    let pool = &c.pools[0];
    let (n, r) = (pool.len(), c.r);
    let previous = c.result.borrow().clone();
    let Some(mut result) = previous else {
        let first = c
            .indices
            .borrow()
            .iter()
            .map(|&i| pool[i].clone())
            .collect();
        return Ok(c.emit(first));
    };
    let mut indices = c.indices.borrow_mut();
    // The rightmost index not at its maximum (i + n - r).
    let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
        drop(indices);
        c.stopped.set(true);
        return Ok(None);
    };
    indices[i] += 1;
    for j in i + 1..r {
        indices[j] = indices[j - 1] + 1;
    }
    for k in i..r {
        result[k] = pool[indices[k]].clone();
    }
    drop(indices);
    Ok(c.emit(result))
}

fn cwr_new(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (cls, args) = native::new_args(args)?;
    let (pool, r) = combinations_args("combinations_with_replacement", args, kw)?;
    let stopped = pool.is_empty() && r > 0;
    Ok(native::new_object(
        cls,
        Combinatoric::new(vec![pool], vec![0; r], Vec::new(), r, stopped),
    ))
}

fn cwr_next(c: &Combinatoric) -> PyResult<Option<Value>> {
    if c.stopped.get() {
        return Ok(None);
    }
    let pool = &c.pools[0];
    let (n, r) = (pool.len(), c.r);
    let previous = c.result.borrow().clone();
    let Some(mut result) = previous else {
        let first = match pool.first() {
            Some(v) => vec![v.clone(); r],
            None => Vec::new(),
        };
        return Ok(c.emit(first));
    };
    let mut indices = c.indices.borrow_mut();
    // The rightmost index not at its maximum (n - 1); it and those after it advance together.
    let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
        drop(indices);
        c.stopped.set(true);
        return Ok(None);
    };
    let index = indices[i] + 1;
    for k in i..r {
        indices[k] = index;
        result[k] = pool[index].clone();
    }
    drop(indices);
    Ok(c.emit(result))
}

static TEE_FN: BuiltinFn = BuiltinFn {
    name: "tee",
    f: tee,
};

/// The `itertools` module object.
pub fn module() -> Rc<Module> {
    let classes: [&'static NativeClass; 19] = [
        &COUNT,
        &CYCLE,
        &REPEAT,
        &ACCUMULATE,
        &CHAIN,
        &COMPRESS,
        &DROPWHILE,
        &FILTERFALSE,
        &GROUPBY,
        &ISLICE,
        &PAIRWISE,
        &STARMAP,
        &TAKEWHILE,
        &ZIP_LONGEST,
        &PRODUCT,
        &PERMUTATIONS,
        &COMBINATIONS,
        &CWR,
        &TEE,
    ];
    let mut attrs: Vec<(&str, Value)> = classes
        .iter()
        .map(|c| (c.name, Value::Class(native::class(c))))
        .collect();
    attrs.push(("_grouper", Value::Class(native::class(&GROUPER))));
    attrs.push(("tee", Value::Builtin(&TEE_FN)));
    Module::new("itertools", attrs)
}
