#!/usr/bin/env python3
"""Regenerates crates/rusputyn-frontend/src/stdlib_names.rs from the oracle's
`sys.stdlib_module_names` (run with CPython 3.11)."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "crates/rusputyn-frontend/src/stdlib_names.rs"


def main() -> None:
    names = sorted(sys.stdlib_module_names)
    lines = [
        "//! The names of CPython 3.11's standard-library modules (`sys.stdlib_module_names`).",
        "//!",
        "//! Generated — do not edit — regenerate with `python3 scripts/gen-stdlib-names.py`.",
        "",
        "/// Top-level module names of CPython 3.11's standard library, sorted.",
        f"pub const STDLIB_MODULE_NAMES: [&str; {len(names)}] = [",
        *(f'    "{n}",' for n in names),
        "];",
        "",
        "/// True when `name` (a top-level module name) belongs to CPython's standard library.",
        "pub fn is_stdlib_module(name: &str) -> bool {",
        "    STDLIB_MODULE_NAMES.binary_search(&name).is_ok()",
        "}",
    ]
    OUT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
