//! The `builtins` module: every built-in function, registered once in `builtin_table!`, and
//! the constructors of the built-in types (`int(...)`, `list(...)`, ...).

use crate::call::call;
use crate::err::{PyErr, type_error, value_error};
use crate::introspect::{py_dir, py_import};
use crate::ops::{self, CmpOp};
use crate::types::class::{BuiltinType, Class, builtin_class, type_of};
use crate::types::dict::PyDict;
use crate::types::function::{BuiltinFn, Kw, check_arity, no_kwargs, take_kwargs};
use crate::types::int;
use crate::types::iter::{IterState, PyIter, collect, iter, next};
use crate::types::set::PySet;
use crate::value::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

macro_rules! builtin_table {
    ($($name:literal => $static_name:ident = $f:ident),* $(,)?) => {
        $(
            #[doc = concat!("The built-in `", $name, "`.")]
            pub static $static_name: BuiltinFn = BuiltinFn { name: $name, f: $f };
        )*

        /// Every built-in function, in table order (compiled code refers to them by index).
        pub static BUILTIN_FUNCTIONS: &[&BuiltinFn] = &[$(&$static_name),*];

        /// Looks a built-in function up by name.
        pub fn builtin_function(name: &str) -> Option<&'static BuiltinFn> {
            match name { $($name => Some(&$static_name),)* _ => None }
        }
    };
}

builtin_table! {
    "print" => PRINT = py_print,
    "len" => LEN = py_len,
    "repr" => REPR = py_repr,
    "ascii" => ASCII = py_ascii,
    "abs" => ABS = py_abs,
    "min" => MIN = py_min,
    "max" => MAX = py_max,
    "sum" => SUM = py_sum,
    "any" => ANY = py_any,
    "all" => ALL = py_all,
    "sorted" => SORTED = py_sorted,
    "isinstance" => ISINSTANCE = py_isinstance,
    "issubclass" => ISSUBCLASS = py_issubclass,
    "iter" => ITER = py_iter,
    "next" => NEXT = py_next,
    "chr" => CHR = py_chr,
    "ord" => ORD = py_ord,
    "hex" => HEX = py_hex,
    "oct" => OCT = py_oct,
    "bin" => BIN = py_bin,
    "hash" => HASH = py_hash,
    "id" => ID = py_id,
    "callable" => CALLABLE = py_callable,
    "getattr" => GETATTR = py_getattr,
    "setattr" => SETATTR = py_setattr,
    "hasattr" => HASATTR = py_hasattr,
    "delattr" => DELATTR = py_delattr,
    "round" => ROUND = py_round,
    "divmod" => DIVMOD = py_divmod,
    "pow" => POW = py_pow,
    "format" => FORMAT = py_format,
    "input" => INPUT = py_input,
    "vars" => VARS = py_vars,
    "aiter" => AITER = py_aiter,
    "anext" => ANEXT = py_anext,
    "dir" => DIR = py_dir,
    "__import__" => IMPORT = py_import,
}

/// The built-ins whose calls CPython 3.11 counts towards the recursion limit (those it
/// implements as `METH_O`, `METH_NOARGS` or `METH_VARARGS` functions and does not replace by
/// a specialised instruction, as it does for `len`), so a runaway recursion through one of
/// them ends with "maximum recursion depth exceeded while calling a Python object".
pub fn counts_recursion(b: &BuiltinFn) -> bool {
    const CHECKED: [&BuiltinFn; 16] = [
        &REPR, &ASCII, &ABS, &CALLABLE, &CHR, &HASH, &HEX, &ID, &OCT, &ORD, &BIN, &MIN, &MAX,
        &VARS, &DIR, &IMPORT,
    ];
    CHECKED.iter().any(|c| std::ptr::eq(*c, b))
}

fn py_aiter(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("aiter", kw)?;
    check_arity("aiter", args, 1, 1)?;
    crate::types::coroutine::builtin_aiter(&args[0])
}

fn py_anext(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("anext", kw)?;
    check_arity("anext", args, 1, 2)?;
    crate::types::coroutine::builtin_anext(&args[0], args.get(1).cloned())
}

/// Keyword arguments of the built-ins CPython parses with `PyArg_ParseTupleAndKeywords`
/// (`print`, `min`, `max`, `sorted`, `int`), whose message for an unknown keyword differs
/// from the Argument Clinic one of [`take_kwargs`].
fn keywords<'a, const N: usize>(
    fname: &str,
    kw: Kw<'a>,
    names: [&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| !names.contains(k)) {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        )));
    }
    take_kwargs(fname, kw, names)
}

/// CPython's "takes at most N arguments" check of the Argument Clinic built-ins.
fn at_most(fname: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() > max {
        return Err(type_error(format!(
            "{fname}() takes at most {max} arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// A built-in name as a value: a function or a built-in class; `None` if unknown.
pub fn builtin_value(name: &str) -> Option<Value> {
    if let Some(f) = builtin_function(name) {
        return Some(Value::Builtin(f));
    }
    match name {
        "None" => return Some(Value::None),
        "True" => return Some(Value::Bool(true)),
        "False" => return Some(Value::Bool(false)),
        "Ellipsis" => return Some(Value::Ellipsis),
        "NotImplemented" => return Some(Value::NotImplemented),
        // CPython keeps these two names as aliases of `OSError`.
        "EnvironmentError" | "IOError" => {
            return Some(Value::Class(builtin_class(BuiltinType::OSError)));
        }
        "NoneType"
        | "function"
        | "builtin_function_or_method"
        | "method"
        | "module"
        | "generator"
        | "ellipsis"
        | "method_descriptor"
        | "getset_descriptor" => return None,
        _ => {}
    }
    BuiltinType::from_name(name).map(|t| Value::Class(builtin_class(t)))
}

/// Loads a built-in by name or raises `NameError` with CPython's message.
pub fn load_builtin(name: &str) -> PyResult<Value> {
    builtin_value(name)
        .ok_or_else(|| crate::err::name_error(format!("name '{name}' is not defined")))
}

fn py_print(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [sep, end, file, flush] = keywords("print", kw, ["sep", "end", "file", "flush"])?;
    let str_opt = |v: Option<&Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                other.type_name()
            ))),
        }
    };
    let sep = str_opt(sep, " ", "sep")?;
    let end = str_opt(end, "\n", "end")?;
    // No `file`: the real stdout, unless the program replaced `sys.stdout` (a replaced
    // `sys.stdout` of None makes print do nothing, as in CPython).
    let file = match file {
        None | Some(Value::None) => match crate::stdlib::sys::stdout_override() {
            Some(Value::None) => return Ok(Value::None),
            other => other,
        },
        Some(f) => Some(f.clone()),
    };
    let flush = match flush {
        Some(fl) => fl.truthy()?,
        None => false,
    };
    let Some(f) = file else {
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match a {
                Value::Str(s) => out.push_str(s.as_str()),
                other => out.push_str(&ops::str_of(other)?),
            }
        }
        out.push_str(&end);
        crate::io::write_stdout(&out);
        if flush {
            crate::io::flush_stdout();
        }
        return Ok(Value::None);
    };
    // A file object gets one `write` per piece, as CPython's print does.
    let write = |s: Value| crate::types::object::call_method(&f, "write", &[s], &[]);
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            write(Value::str(&sep))?;
        }
        match a {
            Value::Str(_) => write(a.clone())?,
            other => write(Value::string(ops::str_of(other)?))?,
        };
    }
    write(Value::str(&end))?;
    if flush {
        crate::types::object::call_method(&f, "flush", &[], &[])?;
    }
    Ok(Value::None)
}

fn py_len(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("len", kw)?;
    check_arity("len", args, 1, 1)?;
    Ok(Value::Int(ops::len(&args[0])? as i64))
}

fn py_repr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("repr", kw)?;
    check_arity("repr", args, 1, 1)?;
    Ok(Value::string(ops::repr_of(&args[0])?))
}

fn py_ascii(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ascii", kw)?;
    check_arity("ascii", args, 1, 1)?;
    Ok(Value::string(ops::ascii_of(&args[0])?))
}

fn py_abs(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("abs", kw)?;
    check_arity("abs", args, 1, 1)?;
    ops::abs(&args[0])
}

fn min_max(name: &str, args: &[Value], kw: Kw, op: CmpOp) -> PyResult<Value> {
    let [key, default] = {
        if kw.len() > 2 {
            return Err(type_error(format!(
                "{name}() takes at most 2 keyword arguments ({} given)",
                kw.len()
            )));
        }
        keywords(name, kw, ["key", "default"])?
    };
    if args.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if args.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = key.filter(|k| !k.is_none());
    // One iterable is consumed item by item, calling `key` as each arrives (CPython's order
    // of side effects, and constant memory for generators); several arguments are the items.
    let it = match args {
        [one] => Some(iter(one)?),
        _ => None,
    };
    let mut rest = args.iter();
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match &it {
            Some(it) => match next(it)? {
                Some(x) => x,
                None => break,
            },
            None => match rest.next() {
                Some(x) => x.clone(),
                None => break,
            },
        };
        let k = match key {
            Some(f) => call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                if ops::compare(&k, &bk, op)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default
            .cloned()
            .ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn py_min(args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max("min", args, kw, CmpOp::Lt)
}

fn py_max(args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max("max", args, kw, CmpOp::Gt)
}

fn py_sum(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [kstart] = take_kwargs("sum", kw, ["start"])?;
    if args.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    check_arity("sum", args, 1, 2)?;
    let start = args.get(1).or(kstart).cloned().unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ));
        }
        Value::Bytes(_) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ));
        }
        Value::ByteArray(_) => {
            return Err(type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ));
        }
        _ => {}
    }
    let it = iter(&args[0])?;
    let mut acc = start;
    // Float accumulation uses compensated summation like CPython 3.11? No: 3.11 adds plainly.
    while let Some(x) = next(&it)? {
        acc = ops::binop(ops::BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}

fn py_any(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("any", kw)?;
    check_arity("any", args, 1, 1)?;
    let it = iter(&args[0])?;
    while let Some(x) = next(&it)? {
        if x.truthy()? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn py_all(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("all", kw)?;
    check_arity("all", args, 1, 1)?;
    let it = iter(&args[0])?;
    while let Some(x) = next(&it)? {
        if !x.truthy()? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn py_sorted(args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let [key, reverse] = keywords("sort", kw, ["key", "reverse"])?;
    let mut items = crate::types::iter::collect_hinted(&args[0])?;
    let reverse = match reverse {
        Some(r) => r.truthy()?,
        None => false,
    };
    crate::types::list_methods::sort_values(&mut items, key.filter(|k| !k.is_none()), reverse)?;
    Ok(Value::list(items))
}

fn class_list(v: &Value, fname: &str) -> PyResult<Vec<Rc<Class>>> {
    match v {
        Value::Class(c) => Ok(vec![c.clone()]),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for x in t.items() {
                out.extend(class_list(x, fname)?);
            }
            Ok(out)
        }
        _ => Err(type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn py_isinstance(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    check_arity("isinstance", args, 2, 2)?;
    if let Some(r) = check_hook(&args[1], "__instancecheck__", &args[0])? {
        return Ok(Value::Bool(r));
    }
    let classes = class_list(&args[1], "isinstance")?;
    for c in &classes {
        if crate::types::class::meta::instance_check(&args[0], c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `isinstance`/`issubclass` against an object that is not a class but whose type defines
/// the check (`hook`): `types.UnionType`, `typing`'s aliases; in a tuple, each item in turn.
/// `None` when `target` holds no such object (the class-only path decides).
fn check_hook(target: &Value, hook: &str, obj: &Value) -> PyResult<Option<bool>> {
    match target {
        Value::Instance(i) if i.class.lookup(hook).is_some() => {
            let f = i.class.lookup(hook).unwrap_or(Value::None);
            let r = crate::types::object::call_unbound(&f, target, std::slice::from_ref(obj))?;
            Ok(Some(r.truthy()?))
        }
        Value::Tuple(t) if t.items().iter().any(|x| matches!(x, Value::Instance(_))) => {
            let fname = if hook == "__instancecheck__" {
                "isinstance"
            } else {
                "issubclass"
            };
            for x in t.items() {
                let hit = match check_hook(x, hook, obj)? {
                    Some(r) => r,
                    None => {
                        let classes = class_list(x, fname)?;
                        let mut any = false;
                        for c in &classes {
                            let ok = if hook == "__instancecheck__" {
                                crate::types::class::meta::instance_check(obj, c)?
                            } else {
                                crate::types::class::meta::subclass_check(obj, c)?
                            };
                            if ok {
                                any = true;
                                break;
                            }
                        }
                        any
                    }
                };
                if hit {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        _ => Ok(None),
    }
}

fn py_issubclass(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    check_arity("issubclass", args, 2, 2)?;
    if let Some(r) = check_hook(&args[1], "__subclasscheck__", &args[0])? {
        return Ok(Value::Bool(r));
    }
    let classes = match class_list(&args[1], "issubclass") {
        Err(_) if !matches!(args[0], Value::Class(_)) => {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        r => r?,
    };
    for c in &classes {
        if crate::types::class::meta::subclass_check(&args[0], c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn py_iter(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    check_arity("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(PyIter::value(IterState::Callable(
            args[0].clone(),
            args[1].clone(),
        )));
    }
    iter(&args[0])
}

fn py_next(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    check_arity("next", args, 1, 2)?;
    let is_iter = match &args[0] {
        Value::Iter(_) | Value::Instance(_) => true,
        Value::Generator(g) => g.kind.is_iterator(),
        _ => false,
    };
    if !is_iter {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            args[0].type_name()
        )));
    }
    if let Value::Generator(g) = &args[0]
        && args.len() == 1
    {
        return g.send(Value::None);
    }
    match next(&args[0])? {
        Some(v) => Ok(v),
        None => args.get(1).cloned().ok_or_else(crate::types::iter::stop),
    }
}

fn py_chr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("chr", kw)?;
    check_arity("chr", args, 1, 1)?;
    let i = match &args[0] {
        Value::Int(_) | Value::Bool(_) => ops::index_of(&args[0])?,
        Value::BigInt(_) => {
            return Err(crate::err::overflow_error(
                "Python int too large to convert to C int",
            ));
        }
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    match u32::try_from(i).ok().filter(|&u| u < 0x110000) {
        Some(u) => Ok(Value::string(
            crate::err::scalar_or_surrogate_error(u)?.to_string(),
        )),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn py_ord(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ord", kw)?;
    check_arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64)))
        }
        Value::ByteArray(b) => py_ord(&[Value::Bytes(b.snapshot().into())], kw),
        Value::Bytes(b) => {
            if b.len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn radix(args: &[Value], name: &str, r: u32, prefix: &str) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    let v = match &args[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            int::to_big(&args[0]).unwrap_or_default()
        }
        other => BigInt::from(ops::index_of(other)?),
    };
    let sign = if v.is_negative() { "-" } else { "" };
    Ok(Value::string(format!(
        "{sign}{prefix}{}",
        v.abs().to_str_radix(r)
    )))
}

fn py_hex(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hex", kw)?;
    radix(args, "hex", 16, "0x")
}

fn py_oct(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("oct", kw)?;
    radix(args, "oct", 8, "0o")
}

fn py_bin(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("bin", kw)?;
    radix(args, "bin", 2, "0b")
}

fn py_hash(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hash", kw)?;
    check_arity("hash", args, 1, 1)?;
    Ok(Value::Int(crate::hash::hash_value(&args[0])?))
}

fn py_id(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("id", kw)?;
    check_arity("id", args, 1, 1)?;
    Ok(Value::Int(ops::id_of(&args[0]) as i64))
}

fn py_callable(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("callable", kw)?;
    check_arity("callable", args, 1, 1)?;
    Ok(Value::Bool(crate::call::is_callable(&args[0])))
}

fn attr_name(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

/// The hash of an attribute name already checked by [`attr_name`] (cached on the `str`).
fn attr_hash(v: &Value) -> i64 {
    match v {
        Value::Str(s) => s.cached_hash(crate::hash::hash_str),
        _ => 0,
    }
}

fn py_getattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    check_arity("getattr", args, 2, 3)?;
    let name = attr_name(&args[1])?;
    match crate::types::object::get_attr_h(&args[0], name, attr_hash(&args[1])) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && e.is(BuiltinType::AttributeError) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn py_setattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    check_arity("setattr", args, 3, 3)?;
    let name = attr_name(&args[1])?;
    crate::types::object::set_attr_h(&args[0], name, attr_hash(&args[1]), args[2].clone())?;
    Ok(Value::None)
}

fn py_hasattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    check_arity("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    match crate::types::object::get_attr_h(&args[0], name, attr_hash(&args[1])) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is(BuiltinType::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn py_delattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    check_arity("delattr", args, 2, 2)?;
    crate::types::object::del_attr(&args[0], attr_name(&args[1])?)?;
    Ok(Value::None)
}

/// Rounds a float half-to-even to an integer value.
fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

/// `round(number[, ndigits])` with positional arguments (`int.__round__` / `float.__round__`
/// of a subclass instance's base value).
pub fn round(args: &[Value]) -> PyResult<Value> {
    py_round(args, &[])
}

fn py_round(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [knd] = take_kwargs("round", kw, ["ndigits"])?;
    if args.is_empty() {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    }
    at_most("round", args, 2)?;
    let nd = args.get(1).or(knd).filter(|v| !v.is_none());
    match &args[0] {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(crate::err::overflow_error(
                        "cannot convert float infinity to integer",
                    ));
                }
                float_to_int(round_half_even(*f))
            }
            Some(n) => {
                let n = ops::index_of(n)?;
                if !f.is_finite() || *f == 0.0 {
                    return Ok(crate::types::nan::float(*f));
                }
                if n > 308 {
                    return Ok(Value::Float(*f));
                }
                if n >= 0 {
                    // Correctly rounded decimal conversion, ties to even on the exact binary
                    // value, as CPython's `double_round`.
                    let s = format!("{:.*}", n as usize, f);
                    return Ok(Value::Float(s.parse().unwrap_or(*f)));
                }
                // Correctly rounded to a multiple of 10**-n, half to even on the exact
                // binary value (CPython rounds through `_Py_dg_dtoa` mode 3).
                if n < -308 {
                    return Ok(Value::Float(0.0f64.copysign(*f)));
                }
                let (num, den) = crate::types::float::integer_ratio(*f)?;
                let scale = num_traits::pow(BigInt::from(10), (-n) as usize);
                let unit = &den * &scale;
                let (q, r) = num_integer::Integer::div_mod_floor(&num, &unit);
                let twice = r * 2;
                let q = if twice > unit || (twice == unit && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                let z: f64 = (q * scale).to_string().parse().unwrap_or(f64::INFINITY);
                if z.is_infinite() {
                    return Err(crate::err::overflow_error(
                        "rounded value too large to represent",
                    ));
                }
                Ok(Value::Float(if z == 0.0 { 0.0f64.copysign(*f) } else { z }))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let v = int::to_big(&args[0]).unwrap_or_default();
            match nd {
                None => Ok(int::normalize(v)),
                Some(n) => {
                    let n = ops::index_of(n)?;
                    if n >= 0 {
                        return Ok(int::normalize(v));
                    }
                    let pow = num_traits::pow(BigInt::from(10), (-n) as usize);
                    let (q, r) = num_integer::Integer::div_mod_floor(&v, &pow);
                    let twice = &r * 2;
                    let q = if twice > pow || (twice == pow && num_integer::Integer::is_odd(&q)) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(int::normalize(q * pow))
                }
            }
        }
        Value::Instance(_) => {
            let a: Vec<Value> = nd.into_iter().cloned().collect();
            crate::types::object::call_dunder_opt(&args[0], "__round__", &a)?.ok_or_else(|| {
                type_error(format!(
                    "type {} doesn't define __round__ method",
                    args[0].type_name()
                ))
            })
        }
        other => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            other.type_name()
        ))),
    }
}

/// `int(f)` for a float: truncation toward zero, with CPython's errors for inf/nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(crate::err::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(int::normalize(
        num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
    ))
}

fn py_divmod(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    check_arity("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        let builtin = |x: &Value, y: &Value| -> PyResult<Option<Value>> {
            use crate::types::object::base::view;
            match (view(x), view(y)) {
                (Some(x), Some(y)) => match divmod_values(x, y) {
                    Err(e) if e.is(BuiltinType::TypeError) => Ok(None),
                    r => r.map(Some),
                },
                _ => Ok(None),
            }
        };
        return ops::binary_dispatch(a, b, "__divmod__", "__rdivmod__", &builtin)?
            .ok_or_else(|| crate::err::unsupported_operands("divmod()", a, b));
    }
    divmod_values(a, b)
}

/// `divmod(a, b)` of two built-in values.
fn divmod_values(a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b)
        && let (Ok(x), Ok(y)) = (to_f64_strict(a), to_f64_strict(b))
    {
        if y == 0.0 {
            return Err(crate::err::zero_division("float divmod()"));
        }
        let (q, r) = crate::types::float::divmod(x, y);
        let f = crate::types::nan::float;
        return Ok(Value::tuple(vec![f(q), f(r)]));
    }
    let q = ops::binop(ops::BinOp::FloorDiv, a, b).map_err(|e| fix_divmod_msg(e, a, b))?;
    let r = ops::binop(ops::BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

fn fix_divmod_msg(e: PyErr, a: &Value, b: &Value) -> PyErr {
    if e.is(BuiltinType::TypeError) {
        return crate::err::unsupported_operands("divmod()", a, b);
    }
    e
}

fn to_f64_strict(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => int::to_f64(b),
        other => Err(type_error(format!(
            "must be real number, not {}",
            other.type_name()
        ))),
    }
}

fn py_pow(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [kmod] = take_kwargs("pow", kw, ["mod"])?;
    match args.len() {
        0 => return Err(type_error("pow() missing required argument 'base' (pos 1)")),
        1 => return Err(type_error("pow() missing required argument 'exp' (pos 2)")),
        _ => {}
    }
    at_most("pow", args, 3)?;
    let m = args.get(2).or(kmod).filter(|v| !v.is_none());
    let Some(m) = m else {
        return ops::binop(ops::BinOp::Pow, &args[0], &args[1]);
    };
    if matches!(args[0], Value::Complex(_)) || matches!(args[1], Value::Complex(_)) {
        return Err(value_error("complex modulo"));
    }
    // Three-argument `pow` only asks the base's `__pow__` (never `__rpow__`).
    if let Value::Instance(inst) = &args[0]
        && let Some(f) = inst.class.lookup("__pow__")
    {
        let r = crate::types::object::call_unbound(&f, &args[0], &[args[1].clone(), m.clone()])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    use crate::types::object::base::view;
    let (Some(x), Some(y), Some(z)) = (view(&args[0]), view(&args[1]), view(m)) else {
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            args[0].type_name(),
            args[1].type_name(),
            m.type_name()
        )));
    };
    let args = [x.clone(), y.clone()];
    let m = z;
    let (Some(b), Some(e), Some(m)) =
        (int::to_big(&args[0]), int::to_big(&args[1]), int::to_big(m))
    else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let base = if e.is_negative() {
        modinv(&b, &mabs)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?
    } else {
        b.clone()
    };
    let r = base.modpow(&e.abs(), &mabs);
    let r = num_integer::Integer::mod_floor(&r, &mabs);
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Ok(int::normalize(r))
}

fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, m), m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, m))
}

fn py_format(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("format", kw)?;
    check_arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => "",
        Some(Value::Str(s)) => s.as_str(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )));
        }
    };
    Ok(Value::string(crate::format::format_value(&args[0], spec)?))
}

fn py_input(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("input", kw)?;
    check_arity("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        crate::io::write_stdout(&ops::str_of(p)?);
    }
    crate::io::flush_stdout();
    match crate::io::read_line() {
        Some(line) => Ok(Value::string(line)),
        None => Err(crate::err::eof_error("EOF when reading a line")),
    }
}

fn py_vars(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("vars", kw)?;
    check_arity("vars", args, 0, 1)?;
    if args.is_empty() {
        return Err(crate::err::runtime_error(
            "vars() without arguments (locals()) is not supported",
        ));
    }
    crate::types::object::get_attr(&args[0], "__dict__")
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}

/// `float(v)` for a number.
pub fn to_float(v: &Value) -> PyResult<Value> {
    Ok(Value::Float(to_f64_strict(v)?))
}

/// The first code point of each run of ten decimal digits (Unicode category Nd) outside
/// ASCII, so `int()`/`float()` accept e.g. Arabic-Indic or fullwidth digits like CPython.
const DECIMAL_ZEROS: &[u32] = &[
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII decimal digits become
/// ASCII digits and Unicode spaces become `' '`; other characters are kept (and then fail
/// to parse).
pub(crate) fn to_ascii_decimal(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                return c;
            }
            if c.is_whitespace() {
                return ' ';
            }
            let cp = c as u32;
            match DECIMAL_ZEROS.iter().find(|&&z| (z..z + 10).contains(&cp)) {
                Some(&z) => char::from(b'0' + (cp - z) as u8),
                None => c,
            }
        })
        .collect()
}

/// Parses a Python int literal as `int(s, base)` accepts it.
pub fn parse_int(text: &str, base: u32) -> PyResult<Value> {
    if base == 10
        && let Some(v) = parse_small_decimal(text.as_bytes())
    {
        return Ok(Value::Int(v));
    }
    let bad = || {
        value_error(format!(
            "invalid literal for int() with base {base}: {}",
            ops::repr_str(text)
        ))
    };
    let converted = to_ascii_decimal(text);
    let text = converted.as_str();
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (base, digits) = {
        let prefixed = |p: &str| lower.starts_with(p);
        if (base == 16 || base == 0) && prefixed("0x") {
            (16, &body[2..])
        } else if (base == 8 || base == 0) && prefixed("0o") {
            (8, &body[2..])
        } else if (base == 2 || base == 0) && prefixed("0b") {
            (2, &body[2..])
        } else if base == 0 {
            if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_')
            {
                return Err(bad());
            }
            (10, body)
        } else {
            (base, body)
        }
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| body.len() != digits.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(bad());
    }
    let clean: String = digits
        .chars()
        .filter(|&c| c != '_')
        .map(|c| {
            if c.is_ascii_digit() {
                c
            } else {
                c.to_digit(10)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or(c)
            }
        })
        .collect();
    // Only bases that are not powers of two are limited, as in CPython.
    if !base.is_power_of_two() {
        int::check_parse_digits(clean.len())?;
    }
    // `parse_bytes` would accept a second sign ("--1"); Python does not.
    if clean.starts_with(['+', '-']) {
        return Err(bad());
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base).ok_or_else(bad)?;
    Ok(int::normalize(if neg { -v } else { v }))
}

/// The common case of `int(text)`: an optional sign and 1 to 18 ASCII digits, nothing else
/// (no spaces, underscores or non-ASCII digits), which always fits in an `i64`. `None`
/// sends everything else down the general parser.
fn parse_small_decimal(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
    }
    Some(if neg { -v } else { v })
}

/// Whether `b` (lower-cased, sign removed) is a decimal float literal: digits with single
/// underscores only between digits, an optional fraction, at least one mantissa digit, and
/// an optional exponent with an optional sign and at least one digit.
fn is_float_literal(b: &[u8]) -> bool {
    // Consumes `digit (_? digit)*` from `i`; returns the new index and the digit count.
    fn digits(b: &[u8], mut i: usize) -> (usize, usize) {
        let mut n = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                n += 1;
                i += 1;
            } else if b[i] == b'_' && n > 0 && i + 1 < b.len() && b[i + 1].is_ascii_digit() {
                i += 1;
            } else {
                break;
            }
        }
        (i, n)
    }
    let (mut i, int_digits) = digits(b, 0);
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        let (j, n) = digits(b, i + 1);
        i = j;
        frac_digits = n;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if b.get(i) == Some(&b'e') {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let (j, n) = digits(b, i);
        if n == 0 {
            return false;
        }
        i = j;
    }
    i == b.len()
}

/// Parses a float as `float(s)` accepts it.
pub fn parse_float(text: &str) -> PyResult<f64> {
    let bad = || {
        value_error(format!(
            "could not convert string to float: {}",
            ops::repr_str(text)
        ))
    };
    let converted = to_ascii_decimal(text);
    let text = converted.as_str();
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(crate::types::nan::fresh(f64::NAN.copysign(sign))),
        _ => {}
    }
    if !is_float_literal(body.as_bytes()) {
        return Err(bad());
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().map(|f| sign * f).map_err(|_| bad())
}

/// Calls a built-in class: `int(...)`, `str(...)`, `list(...)`, ...
pub fn construct_builtin(cls: &Rc<Class>, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = cls.builtin.unwrap_or(BuiltinType::Object);
    let name = t.name();
    let first = args.first();
    match t {
        BuiltinType::Int => {
            let [kbase] = keywords("int", kw, ["base"])?;
            at_most("int", args, 2)?;
            let base = args.get(1).or(kbase);
            // With an explicit base, a str or bytes subclass is parsed as its text.
            let first = match first.and_then(crate::types::object::base::base_of) {
                Some(b @ (Value::Str(_) | Value::Bytes(_))) if base.is_some() => Some(b),
                _ => first,
            };
            match (first, base) {
                (None, None) => Ok(Value::Int(0)),
                (None, Some(_)) => Err(type_error("int() missing string argument")),
                (Some(Value::Str(s)), b) => {
                    let base = match b {
                        Some(b) => ops::index_of(b)?,
                        None => 10,
                    };
                    if base != 0 && !(2..=36).contains(&base) {
                        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    parse_int(s.as_str(), base as u32)
                }
                (Some(Value::Bytes(b)), base) => {
                    let base = match base {
                        Some(b) => ops::index_of(b)?,
                        None => 10,
                    };
                    parse_int(&String::from_utf8_lossy(b), base as u32)
                }
                (Some(Value::ByteArray(b)), base) => {
                    let base = match base {
                        Some(b) => ops::index_of(b)?,
                        None => 10,
                    };
                    parse_int(&String::from_utf8_lossy(&b.snapshot()), base as u32)
                }
                (Some(_), Some(_)) => Err(type_error(
                    "int() can't convert non-string with explicit base",
                )),
                (Some(Value::Int(i)), None) => Ok(Value::Int(*i)),
                (Some(Value::Bool(b)), None) => Ok(Value::Int(*b as i64)),
                (Some(v @ Value::BigInt(_)), None) => Ok(v.clone()),
                (Some(Value::Float(f)), None) => float_to_int(*f),
                (Some(v @ Value::Instance(_)), None) => {
                    for m in ["__int__", "__index__", "__trunc__"] {
                        match crate::types::object::call_dunder_opt(v, m, &[])? {
                            None => {}
                            Some(r @ (Value::Int(_) | Value::BigInt(_))) => return Ok(r),
                            Some(Value::Bool(b)) => return Ok(Value::Int(b as i64)),
                            // `__trunc__` may return any object with `__index__`.
                            Some(r) if m == "__trunc__" => return ops::number_index(&r),
                            Some(r) => {
                                return Err(type_error(format!(
                                    "{m} returned non-int (type {})",
                                    r.type_name()
                                )));
                            }
                        }
                    }
                    // A str or bytes subclass is parsed as text.
                    if let Some(b @ (Value::Str(_) | Value::Bytes(_))) =
                        crate::types::object::base::base_of(v)
                    {
                        return construct_builtin(cls, std::slice::from_ref(b), &[]);
                    }
                    Err(type_error(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                        v.type_name()
                    )))
                }
                (Some(v), None) => Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    v.type_name()
                ))),
            }
        }
        BuiltinType::Float => {
            no_kwargs("float", kw)?;
            check_arity("float", args, 0, 1)?;
            match first {
                None => Ok(Value::Float(0.0)),
                Some(Value::Str(s)) => Ok(Value::Float(parse_float(s.as_str())?)),
                Some(Value::Bytes(b)) => match std::str::from_utf8(b) {
                    Ok(text) => Ok(Value::Float(parse_float(text)?)),
                    Err(_) => Err(value_error(format!(
                        "could not convert string to float: {}",
                        ops::repr_bytes(b)
                    ))),
                },
                Some(v @ Value::Instance(_)) => {
                    match crate::types::object::call_dunder_opt(v, "__float__", &[])? {
                        Some(r @ Value::Float(_)) => Ok(r),
                        Some(r) => Err(type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            v.type_name(),
                            r.type_name()
                        ))),
                        // `__index__` is the fallback (Python 3.8+).
                        None => match crate::types::object::call_dunder_opt(v, "__index__", &[])? {
                            Some(r) => to_float(&r),
                            None if let Some(b @ (Value::Str(_) | Value::Bytes(_))) =
                                crate::types::object::base::base_of(v) =>
                            {
                                construct_builtin(cls, std::slice::from_ref(b), &[])
                            }
                            None => Err(type_error(format!(
                                "float() argument must be a string or a real number, not '{}'",
                                v.type_name()
                            ))),
                        },
                    }
                }
                Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_))) => {
                    to_float(v)
                }
                Some(v) => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    v.type_name()
                ))),
            }
        }
        BuiltinType::Complex => crate::types::complex::construct(args, kw),
        BuiltinType::Str => {
            check_arity("str", args, 0, 3)?;
            match first {
                None => Ok(Value::str("")),
                Some(b @ (Value::Bytes(_) | Value::ByteArray(_)))
                    if args.len() > 1 || !kw.is_empty() =>
                {
                    crate::types::object::call_method(b, "decode", &args[1..], kw)
                }
                Some(v) => Ok(Value::string(ops::str_of(v)?)),
            }
        }
        BuiltinType::Bool => {
            check_arity("bool", args, 0, 1)?;
            Ok(Value::Bool(match first {
                None => false,
                Some(v) => v.truthy()?,
            }))
        }
        BuiltinType::List => {
            check_arity("list", args, 0, 1)?;
            Ok(Value::list(match first {
                None => Vec::new(),
                Some(v) => crate::types::iter::collect_hinted(v)?,
            }))
        }
        BuiltinType::Tuple => {
            check_arity("tuple", args, 0, 1)?;
            match first {
                None => Ok(Value::empty_tuple()),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(crate::types::iter::collect_hinted(v)?)),
            }
        }
        BuiltinType::Dict => {
            check_arity("dict", args, 0, 1)?;
            let d = PyDict::new();
            if let Some(v) = first {
                crate::types::dict_methods::update_from(&d, v)?;
            }
            for (k, v) in kw {
                d.set_str(k, v.clone());
            }
            Ok(Value::Dict(Rc::new(d)))
        }
        BuiltinType::Set | BuiltinType::FrozenSet => {
            no_kwargs(name, kw)?;
            check_arity(name, args, 0, 1)?;
            // `frozenset(f)` of a frozenset is `f` itself.
            if let (BuiltinType::FrozenSet, Some(f @ Value::FrozenSet(_))) = (t, first) {
                return Ok(f.clone());
            }
            let s = match first {
                None => PySet::new(),
                Some(v) => PySet::from_iterable(v)?,
            };
            Ok(if t == BuiltinType::Set {
                Value::Set(Rc::new(s))
            } else {
                Value::FrozenSet(Rc::new(s))
            })
        }
        BuiltinType::Range => {
            no_kwargs("range", kw)?;
            use crate::types::range::PyRange;
            match args {
                [] => return Err(type_error("range expected at least 1 argument, got 0")),
                [_, _, _, ..] if args.len() > 3 => {
                    return Err(type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        args.len()
                    )));
                }
                _ => {}
            }
            // The common case: machine integers.
            let small = |v: &Value| match v {
                Value::Int(i) => Some(*i),
                _ => None,
            };
            if let Some(ints) = args.iter().map(small).collect::<Option<Vec<i64>>>() {
                let (start, stop, step) = match ints[..] {
                    [stop] => (0, stop, 1),
                    [start, stop] => (start, stop, 1),
                    [start, stop, step] => (start, stop, step),
                    _ => unreachable!("arity checked"),
                };
                if step == 0 {
                    return Err(value_error("range() arg 3 must not be zero"));
                }
                return Ok(Value::Range(Rc::new(PyRange::Small { start, stop, step })));
            }
            let ints: Vec<BigInt> = args
                .iter()
                .map(|a| ops::number_index(a).map(|i| int::to_big(&i).unwrap_or_default()))
                .collect::<PyResult<_>>()?;
            let (start, stop, step) = match &ints[..] {
                [stop] => (BigInt::zero(), stop.clone(), BigInt::from(1)),
                [start, stop] => (start.clone(), stop.clone(), BigInt::from(1)),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                _ => unreachable!("arity checked"),
            };
            if step.is_zero() {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(PyRange::new(start, stop, step))))
        }
        BuiltinType::Bytes => {
            // `bytes(b)` of a `bytes` is `b` itself.
            if let ([b @ Value::Bytes(_)], []) = (args, kw) {
                return Ok(b.clone());
            }
            Ok(Value::Bytes(
                crate::types::bytes_new::contents(false, args, kw)?.into(),
            ))
        }
        BuiltinType::ByteArray => Ok(Value::bytearray(crate::types::bytes_new::contents(
            true, args, kw,
        )?)),
        BuiltinType::Type => {
            check_arity("type", args, 1, 3)?;
            if args.len() == 1 {
                return Ok(Value::Class(type_of(&args[0])));
            }
            Err(type_error("type() with 3 arguments is not supported yet"))
        }
        BuiltinType::Object => {
            check_arity("object", args, 0, 0)?;
            Ok(Value::Instance(crate::types::class::Instance::new(
                cls.clone(),
            )))
        }
        BuiltinType::Enumerate => {
            let [kstart] = take_kwargs("enumerate", kw, ["start"])?;
            if args.is_empty() && kw.iter().all(|(k, _)| *k != "iterable") {
                return Err(type_error(
                    "enumerate() missing required argument 'iterable'",
                ));
            }
            at_most("enumerate", args, 2)?;
            let start = args.get(1).or(kstart).cloned().unwrap_or(Value::Int(0));
            if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    start.type_name()
                )));
            }
            Ok(PyIter::value(IterState::Enumerate(iter(&args[0])?, start)))
        }
        BuiltinType::Zip => {
            let [strict] = take_kwargs("zip", kw, ["strict"])?;
            let strict = match strict {
                Some(s) => s.truthy()?,
                None => false,
            };
            let its = args.iter().map(iter).collect::<PyResult<_>>()?;
            Ok(PyIter::value(IterState::Zip(its, strict)))
        }
        BuiltinType::Map => {
            if args.len() < 2 {
                return Err(type_error("map() must have at least two arguments."));
            }
            let its = args[1..].iter().map(iter).collect::<PyResult<_>>()?;
            Ok(PyIter::value(IterState::Map(args[0].clone(), its)))
        }
        BuiltinType::Filter => {
            check_arity("filter", args, 2, 2)?;
            Ok(PyIter::value(IterState::Filter(
                args[0].clone(),
                iter(&args[1])?,
            )))
        }
        BuiltinType::Reversed => {
            if args.len() != 1 {
                return Err(type_error(format!(
                    "reversed expected 1 argument, got {}",
                    args.len()
                )));
            }
            reversed(&args[0])
        }
        BuiltinType::Slice => {
            check_arity("slice", args, 1, 3)?;
            Ok(match args {
                [stop] => ops::slice(Value::None, stop.clone(), Value::None),
                [a, b] => ops::slice(a.clone(), b.clone(), Value::None),
                [a, b, c] => ops::slice(a.clone(), b.clone(), c.clone()),
                _ => unreachable!("arity checked"),
            })
        }
        BuiltinType::Method => {
            // `types.MethodType(function, instance)`.
            no_kwargs("method", kw)?;
            check_arity("method", args, 2, 2)?;
            if !crate::call::is_callable(&args[0]) {
                return Err(type_error("first argument must be callable"));
            }
            if matches!(args[1], Value::None) {
                return Err(type_error("instance must not be None"));
            }
            Ok(Value::BoundMethod(Rc::new(
                crate::types::function::BoundMethod {
                    receiver: args[1].clone(),
                    target: crate::types::function::MethodTarget::Python(args[0].clone()),
                },
            )))
        }
        _ => Err(type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `reversed(seq)`.
pub fn reversed(v: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match v {
        Value::List(l) => return Ok(PyIter::value(IterState::ListReversed(l.clone(), l.len()))),
        Value::Tuple(t) => t.items().iter().rev().cloned().collect(),
        Value::Range(r) => return Ok(PyIter::value(r.iter_state(true)?)),
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
            let mut all = collect(v)?;
            all.reverse();
            all
        }
        Value::Dict(d) => d.keys().into_iter().rev().collect(),
        Value::DictView(dv) => dv.items().into_iter().rev().collect(),
        Value::Class(_) if crate::types::class::meta::has_dunder(v, "__reversed__") => {
            return crate::types::object::call_dunder_opt(v, "__reversed__", &[])
                .map(|r| r.unwrap_or(Value::None));
        }
        Value::Instance(inst) => {
            if inst
                .class
                .lookup("__reversed__")
                .is_some_and(|r| r.is_none())
            {
                return Err(not_reversible(v));
            }
            if let Some(r) = crate::types::object::call_dunder_opt(v, "__reversed__", &[])? {
                return Ok(r);
            }
            // The sequence protocol (CPython's `PySequence_Check`: a `__getitem__`, dicts
            // excepted).
            let is_sequence = match &inst.base {
                Some(b) => {
                    !matches!(b, Value::Dict(_))
                        && crate::types::object::base::supports(b, "__getitem__")
                }
                None => inst.class.lookup("__getitem__").is_some(),
            };
            if !is_sequence {
                return Err(not_reversible(v));
            }
            let n = ops::len(v)?;
            let mut out = Vec::with_capacity(n);
            for i in (0..n).rev() {
                out.push(ops::getitem(v, &Value::Int(i as i64))?);
            }
            out
        }
        other => return Err(not_reversible(other)),
    };
    Ok(PyIter::value(IterState::Values(
        items.into(),
        0,
        "reversed",
    )))
}

fn not_reversible(v: &Value) -> PyErr {
    type_error(format!("'{}' object is not reversible", v.type_name()))
}

/// Floor of a float as an int value (used by `math.floor`).
pub fn float_floor(f: f64) -> PyResult<Value> {
    float_to_int(f.floor())
}

/// `n.to_i64()` or an `OverflowError`.
pub fn big_to_i64(b: &BigInt) -> PyResult<i64> {
    b.to_i64()
        .ok_or_else(|| crate::err::overflow_error("Python int too large to convert to C long"))
}
