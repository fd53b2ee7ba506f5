//! The `time` module: `time`, `perf_counter`, `monotonic`, `sleep`.

use crate::types::function::{BuiltinFn, Kw, check_arity};
use crate::types::module::Module;
use crate::value::{PyResult, Value};
use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    static START: Instant = Instant::now();
}

fn time(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn perf_counter(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn sleep(args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_arity("sleep", args, 1, 1)?;
    let secs = crate::stdlib::math::float_arg(&args[0])?;
    if secs < 0.0 {
        return Err(crate::err::value_error("sleep length must be non-negative"));
    }
    crate::io::flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}

static FUNCS: &[BuiltinFn] = &[
    BuiltinFn { name: "time", f: time },
    BuiltinFn { name: "perf_counter", f: perf_counter },
    BuiltinFn { name: "monotonic", f: perf_counter },
    BuiltinFn { name: "sleep", f: sleep },
];

/// Builds the `time` module.
pub fn module() -> Rc<Module> {
    Module::new("time", FUNCS.iter().map(|f| (f.name, Value::Builtin(f))).collect())
}
