//! The `time` module: `time`, `time_ns`, `perf_counter(_ns)`, `monotonic(_ns)`,
//! `process_time(_ns)` (approximated by the monotonic clock) and `sleep` (Python docs,
//! "time — Time access and conversions").

use crate::types::function::{BuiltinFn, Kw, check_arity, no_kwargs};
use crate::types::module::Module;
use crate::value::{PyResult, Value};
use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

thread_local! {
    /// The origin of the monotonic clocks (their absolute value is unspecified in Python).
    static START: Instant = Instant::now();
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn since_start() -> Duration {
    START.with(|s| s.elapsed())
}

fn ns(d: Duration) -> Value {
    crate::types::int::normalize(num_bigint::BigInt::from(d.as_nanos()))
}

fn no_args(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    no_kwargs(name, kw)?;
    check_arity(name, args, 0, 0)
}

fn time(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time.time", args, kw)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time.time_ns", args, kw)?;
    Ok(ns(since_epoch()))
}

fn perf_counter(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time.perf_counter", args, kw)?;
    Ok(Value::Float(since_start().as_secs_f64()))
}

fn perf_counter_ns(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("time.perf_counter_ns", args, kw)?;
    Ok(ns(since_start()))
}

/// `time.sleep(secs)`: flushes stdout first so output written before a pause appears
/// before it, as with CPython's line-buffered terminal output.
fn sleep(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("sleep", kw)?;
    check_arity("sleep", args, 1, 1)?;
    let secs = match &args[0] {
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)) => {
            crate::stdlib::math::float_arg(v)?
        }
        other => {
            return Err(crate::err::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    if secs.is_nan() {
        return Err(crate::err::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(crate::err::value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 9.2e18 {
        return Err(crate::err::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    crate::io::flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}

/// The functions of the module. `monotonic` shares `perf_counter`'s clock (both are
/// `Instant`, which is monotonic); `process_time` has no portable CPU clock in `std`, so it
/// uses the same clock.
static FUNCS: &[BuiltinFn] = &[
    BuiltinFn {
        name: "time",
        f: time,
    },
    BuiltinFn {
        name: "time_ns",
        f: time_ns,
    },
    BuiltinFn {
        name: "perf_counter",
        f: perf_counter,
    },
    BuiltinFn {
        name: "perf_counter_ns",
        f: perf_counter_ns,
    },
    BuiltinFn {
        name: "monotonic",
        f: perf_counter,
    },
    BuiltinFn {
        name: "monotonic_ns",
        f: perf_counter_ns,
    },
    BuiltinFn {
        name: "process_time",
        f: perf_counter,
    },
    BuiltinFn {
        name: "process_time_ns",
        f: perf_counter_ns,
    },
    BuiltinFn {
        name: "sleep",
        f: sleep,
    },
];

/// Builds the `time` module.
pub fn module() -> Rc<Module> {
    Module::new(
        "time",
        FUNCS.iter().map(|f| (f.name, Value::Builtin(f))).collect(),
    )
}
