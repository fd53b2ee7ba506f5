//! The `sys` module: `argv`, `exit`, `stdout`/`stderr`, `maxsize`, recursion limit.

use crate::err::PyErr;
use crate::types::class::{BuiltinType, builtin_class};
use crate::types::function::{BuiltinFn, Kw, check_arity};
use crate::types::module::Module;
use crate::value::{PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The `sys` module once built, with the stream object it started with as `stdout`, so
    /// `print` can tell whether the program has replaced `sys.stdout`.
    static SYS: RefCell<Option<(Rc<Module>, Rc<Module>)>> = const { RefCell::new(None) };
}

/// The object the program assigned to `sys.stdout`, when it is not the original stream
/// (`contextlib.redirect_stdout`, `sys.stdout = buffer`); `print` then writes to it.
pub fn stdout_override() -> Option<Value> {
    SYS.with(|s| {
        let s = s.borrow();
        let (sys, original) = s.as_ref()?;
        match sys.get("stdout") {
            Some(Value::Module(m)) if Rc::ptr_eq(&m, original) => None,
            other => other,
        }
    })
}

/// Sets `sys.argv` (called once by the program entry point).
pub fn set_argv(argv: Vec<String>) {
    ARGV.with(|a| *a.borrow_mut() = argv);
}

static EXIT: BuiltinFn = BuiltinFn {
    name: "exit",
    f: exit,
};
static SETRECURSIONLIMIT: BuiltinFn = BuiltinFn {
    name: "setrecursionlimit",
    f: setrecursionlimit,
};
static GETRECURSIONLIMIT: BuiltinFn = BuiltinFn {
    name: "getrecursionlimit",
    f: getrecursionlimit,
};
static STDOUT_WRITE: BuiltinFn = BuiltinFn {
    name: "write",
    f: stdout_write,
};
static STDERR_WRITE: BuiltinFn = BuiltinFn {
    name: "write",
    f: stderr_write,
};
static SET_ASYNCGEN_HOOKS: BuiltinFn = BuiltinFn {
    name: "set_asyncgen_hooks",
    f: set_asyncgen_hooks,
};
static GET_ASYNCGEN_HOOKS: BuiltinFn = BuiltinFn {
    name: "get_asyncgen_hooks",
    f: get_asyncgen_hooks,
};

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: each hook given must be callable
/// or `None`; a hook not given is left as it is.
fn set_asyncgen_hooks(args: &[Value], kw: Kw) -> PyResult<Value> {
    check_arity("set_asyncgen_hooks", args, 0, 2)?;
    let [k_first, k_fin] =
        crate::types::function::take_kwargs("set_asyncgen_hooks", kw, ["firstiter", "finalizer"])?;
    let first = args.first().or(k_first).cloned();
    let fin = args.get(1).or(k_fin).cloned();
    for (what, hook) in [("firstiter", &first), ("finalizer", &fin)] {
        if let Some(h) = hook
            && !h.is_none()
            && !crate::call::is_callable(h)
        {
            return Err(crate::err::type_error(format!(
                "callable {what} expected, got {}",
                h.type_name()
            )));
        }
    }
    crate::types::coroutine::set_asyncgen_hooks(first, fin);
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
fn get_asyncgen_hooks(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::types::function::no_kwargs("get_asyncgen_hooks", kw)?;
    check_arity("get_asyncgen_hooks", args, 0, 0)?;
    let (first, fin) = crate::types::coroutine::asyncgen_hooks();
    Ok(Value::tuple(vec![first, fin]))
}

static FLUSH: BuiltinFn = BuiltinFn {
    name: "flush",
    f: flush,
};
static GET_INT_MAX_STR_DIGITS: BuiltinFn = BuiltinFn {
    name: "get_int_max_str_digits",
    f: get_int_max_str_digits,
};
static SET_INT_MAX_STR_DIGITS: BuiltinFn = BuiltinFn {
    name: "set_int_max_str_digits",
    f: set_int_max_str_digits,
};

fn get_int_max_str_digits(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::types::function::no_kwargs("get_int_max_str_digits", kw)?;
    check_arity("get_int_max_str_digits", args, 0, 0)?;
    Ok(Value::Int(crate::types::int::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`.
fn set_int_max_str_digits(args: &[Value], kw: Kw) -> PyResult<Value> {
    let [kmax] = crate::types::function::take_kwargs("set_int_max_str_digits", kw, ["maxdigits"])?;
    let Some(n) = args.first().or(kmax) else {
        return Err(crate::err::type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    };
    crate::types::int::set_max_str_digits(crate::ops::index_of(n)?)?;
    Ok(Value::None)
}

fn exit(args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("exit", args, 0, 1)?;
    Err(PyErr::with_args(
        builtin_class(BuiltinType::SystemExit),
        args.to_vec(),
    ))
}

fn setrecursionlimit(args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("setrecursionlimit", args, 1, 1)?;
    let n = crate::ops::index_of(&args[0])?;
    if n < 1 {
        return Err(crate::err::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    crate::frame::set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(Value::None)
}

fn getrecursionlimit(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::frame::recursion_limit() as i64))
}

fn write_arg(args: &[Value]) -> PyResult<String> {
    check_arity("write", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(crate::err::type_error(format!(
            "write() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

fn stdout_write(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = write_arg(args)?;
    crate::io::write_stdout(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn stderr_write(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = write_arg(args)?;
    crate::io::write_stderr(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn flush(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::io::flush_stdout();
    Ok(Value::None)
}

/// `sys.float_info`'s fields (a module object stands in for the struct sequence, so the
/// attributes work but its `repr` differs from CPython's).
fn float_info() -> Rc<Module> {
    Module::new(
        "float_info",
        vec![
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    )
}

/// `sys.int_info`'s fields (see [`float_info`] for the representation).
fn int_info() -> Rc<Module> {
    Module::new(
        "int_info",
        vec![
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            (
                "default_max_str_digits",
                Value::Int(crate::types::int::MAX_STR_DIGITS as i64),
            ),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    )
}

/// Builds the `sys` module.
pub fn module() -> Rc<Module> {
    let argv = ARGV.with(|a| a.borrow().iter().map(|s| Value::str(s)).collect());
    let stdout = Module::new(
        "stdout",
        vec![
            ("write", Value::Builtin(&STDOUT_WRITE)),
            ("flush", Value::Builtin(&FLUSH)),
        ],
    );
    let stderr = Module::new(
        "stderr",
        vec![
            ("write", Value::Builtin(&STDERR_WRITE)),
            ("flush", Value::Builtin(&FLUSH)),
        ],
    );
    let sys = Module::new(
        "sys",
        vec![
            ("argv", Value::list(argv)),
            ("exit", Value::Builtin(&EXIT)),
            ("set_asyncgen_hooks", Value::Builtin(&SET_ASYNCGEN_HOOKS)),
            ("get_asyncgen_hooks", Value::Builtin(&GET_ASYNCGEN_HOOKS)),
            ("maxsize", Value::Int(i64::MAX)),
            ("setrecursionlimit", Value::Builtin(&SETRECURSIONLIMIT)),
            ("getrecursionlimit", Value::Builtin(&GETRECURSIONLIMIT)),
            ("stdout", Value::Module(stdout.clone())),
            ("stderr", Value::Module(stderr)),
            (
                "platform",
                Value::str(if cfg!(target_family = "wasm") {
                    "wasi"
                } else {
                    "linux"
                }),
            ),
            ("byteorder", Value::str("little")),
            (
                "version_info",
                Value::tuple(vec![
                    Value::Int(3),
                    Value::Int(11),
                    Value::Int(0),
                    Value::str("final"),
                    Value::Int(0),
                ]),
            ),
            ("hexversion", Value::Int(0x030b00f0)),
            ("maxunicode", Value::Int(0x10ffff)),
            ("float_info", Value::Module(float_info())),
            (
                "get_int_max_str_digits",
                Value::Builtin(&GET_INT_MAX_STR_DIGITS),
            ),
            (
                "set_int_max_str_digits",
                Value::Builtin(&SET_INT_MAX_STR_DIGITS),
            ),
            ("int_info", Value::Module(int_info())),
        ],
    );
    SYS.with(|s| *s.borrow_mut() = Some((sys.clone(), stdout)));
    sys
}
