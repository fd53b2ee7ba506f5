//! Prints the bindings of a `.env` file, then its resolved values.
//!
//! ```text
//! cargo run -p rusputyn-dotenv-core --example dump -- path/to/.env
//! ```

use rusputyn_dotenv_core::{dotenv_values, parser::Parser};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump <file>");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::from(1);
        }
    };
    for binding in Parser::new(&text) {
        let status = if binding.error { "error" } else { "ok" };
        println!(
            "line {:>4} {status:5} key={:?} value={:?}",
            binding.original.line, binding.key, binding.value
        );
    }
    for (key, value) in dotenv_values(&text, true, |name| std::env::var(name).ok()) {
        match value {
            Some(value) => println!("{key}={value}"),
            None => println!("{key} (no value)"),
        }
    }
    ExitCode::SUCCESS
}
