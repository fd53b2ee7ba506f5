//! Running a compiled program: sets `sys.argv`, runs the main module on a thread with a
//! large stack (so `RecursionError`, not a native overflow, stops deep recursion), prints an
//! uncaught exception as a CPython traceback and turns `SystemExit` into the exit status.

use crate::err::{PyErr, format_traceback};
use crate::types::class::BuiltinType;
use crate::value::{PyResult, Value};

/// Runs `main` as the program's `__main__` module and returns the process exit status.
pub fn run_main(argv: Vec<String>, main: fn() -> PyResult<()>) -> i32 {
    #[cfg(not(target_family = "wasm"))]
    {
        let handle = std::thread::Builder::new()
            .name("python-main".into())
            .stack_size(1 << 30)
            .spawn(move || run_on_this_thread(argv, main));
        match handle.map(|h| h.join()) {
            Ok(Ok(code)) => code,
            _ => {
                eprintln!("rusputyn: internal error: the program's main thread panicked");
                70
            }
        }
    }
    #[cfg(target_family = "wasm")]
    {
        run_on_this_thread(argv, main)
    }
}

fn run_on_this_thread(argv: Vec<String>, main: fn() -> PyResult<()>) -> i32 {
    crate::stdlib::sys::set_argv(argv);
    let result = main();
    let code = match result {
        Ok(()) => 0,
        Err(e) => exit_code_for(&e),
    };
    crate::io::flush_stdout();
    crate::support::finalize_modules();
    crate::io::flush_stdout();
    crate::types::generator::set_finalizing();
    code
}

/// The exit status for an uncaught exception, printing its traceback unless it is
/// `SystemExit`.
pub fn exit_code_for(e: &PyErr) -> i32 {
    if e.is(BuiltinType::SystemExit) {
        let args = e.args();
        let code = if args.len() == 1 {
            args[0].clone()
        } else if args.is_empty() {
            Value::None
        } else {
            Value::tuple(args)
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                crate::io::flush_stdout();
                crate::io::write_stderr(&format!(
                    "{}\n",
                    crate::ops::str_of(&other).unwrap_or_default()
                ));
                1
            }
        };
    }
    crate::io::flush_stdout();
    crate::io::write_stderr(&format_traceback(e));
    1
}
