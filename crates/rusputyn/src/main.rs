//! `rusputyn`: compile Python 3.11 programs to Rust, then build, run or export them.
//!
//! This is the only crate that talks to the terminal: it parses arguments, renders
//! diagnostics and errors to stderr and decides exit statuses. The work is done by
//! `rusputyn-frontend` (load and check), `rusputyn-codegen` (generate Rust) and
//! `rusputyn-build` (build with cargo, cached).
//!
//! Exit statuses: a syntax error exits 1 (like CPython); any other problem with the input
//! (missing file, unsupported construct, bad arguments) exits 2; an internal compiler error
//! exits 101; `run` exits with the program's own status.

mod commands;
mod ice;
mod pipeline;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Compile Python 3.11 programs to Rust: run them, build native or WebAssembly executables,
/// or export a readable Cargo project.
#[derive(Debug, Parser)]
#[command(name = "rusputyn", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compile FILE (cached) and run it; ARGS become sys.argv[1:]
    ///
    /// The program's stdin, stdout and stderr are the terminal's and its exit status is
    /// rusputyn's. Set RUSPUTYN_VERBOSE=1 to see whether the build came from the cache.
    Run {
        /// Build without optimisations (quicker to compile, slower to run)
        #[arg(long)]
        debug: bool,
        /// The Python program, then the arguments for it (everything after FILE goes to the
        /// program, options such as --help included)
        #[arg(
            value_name = "FILE [ARGS]",
            required = true,
            num_args = 1..,
            trailing_var_arg = true,
            allow_hyphen_values = true
        )]
        command_line: Vec<OsString>,
    },
    /// Compile FILE to an executable (native) or a WASI module (.wasm)
    Build {
        /// The Python program
        file: PathBuf,
        /// Where to write the executable [default: FILE's name without .py, plus .wasm for wasi]
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// What the executable runs on
        #[arg(long, value_enum, default_value_t = TargetArg::Native)]
        target: TargetArg,
        /// Build without optimisations (quicker to compile, slower to run)
        #[arg(long)]
        debug: bool,
    },
    /// Write FILE as a standalone Cargo project in DIR (the runtime vendored inside)
    Transpile {
        /// The Python program
        file: PathBuf,
        /// The project directory to write
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
    },
    /// Report every problem in FILE without building it; exit 0 when there is none
    Check {
        /// The Python program
        file: PathBuf,
    },
}

/// `--target` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TargetArg {
    /// An executable for this machine
    Native,
    /// A wasm32-wasip1 module (run it with wasmtime or Node's node:wasi)
    Wasi,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    ice::install_panic_hook();
    let status = ice::catch(|| match cli.command {
        Command::Run {
            debug,
            command_line,
        } => {
            // clap guarantees at least one value (`required`, `num_args = 1..`).
            let (file, args) = command_line
                .split_first()
                .map_or((OsString::new(), &[][..]), |(f, a)| (f.clone(), a));
            commands::run(&PathBuf::from(file), args, debug)
        }
        Command::Build {
            file,
            output,
            target,
            debug,
        } => {
            let target = match target {
                TargetArg::Native => rusputyn_build::Target::Native,
                TargetArg::Wasi => rusputyn_build::Target::Wasi,
            };
            commands::build(&file, output.as_deref(), target, debug)
        }
        Command::Transpile { file, output } => commands::transpile(&file, &output),
        Command::Check { file } => commands::check(&file),
    });
    ExitCode::from(status)
}
