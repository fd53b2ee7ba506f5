#!/usr/bin/env bash
# Tests the tomli drop-in: Rust core tests (incl. the toml-test suite and property tests),
# then the wheel in a fresh venv against the toml-test cases and our own API suite (tomli's
# sdist ships no tests). The last line printed is pytest's summary; the exit code is pytest's.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../common.sh"
UPSTREAM_VERSION=2.5.0

# 1. Core crate tests (unit, toml-test, proptest, doc tests).
(cd "$PKG_ROOT" && cargo test -q -p rusputyn-tomli-core >&2)

# 2. Export the toml-test cases for the Python run.
CASES="$PKG_TARGET/toml-test-cases"
(cd "$PKG_ROOT" && cargo run -q -p rusputyn-tomli-core --example export_toml_test -- "$CASES" >&2)

# 3. Wheel + fresh venv without upstream tomli.
WHEEL=$(build_wheel tomli)
PY=$(fresh_venv tomli "$WHEEL")
VENV_BIN="$(dirname "$PY")"
SDIST=$(fetch_sdist tomli "$UPSTREAM_VERSION")

# 4. Make sure the module under test is ours, installed from the wheel.
"$PY" - "$VENV_BIN/.." <<'PYEOF' >&2
import os, sys
import tomli, tomli._tomli
venv = os.path.realpath(sys.argv[1])
assert getattr(tomli, "__rusputyn__", False) is True, "tomli under test is not the Rusputyn build"
assert os.path.realpath(tomli._tomli.__file__).startswith(venv), tomli._tomli.__file__
print("testing", tomli.__file__)
PYEOF

# 5. Run the suites from the tests dir (our python/ source tree is not on sys.path).
DESELECT=()
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  DESELECT+=(--deselect "${line%% | *}")
done < "$HERE/upstream-ledger.txt"

cd "$HERE"
TOMLI_TOML_TEST_DIR="$CASES" TOMLI_UPSTREAM_SDIST="$SDIST" \
  "$VENV_BIN/pytest" -p no:cacheprovider --tb=short -o console_output_style=classic \
  tests "${DESELECT[@]}" | tail -n 60
exit "${PIPESTATUS[0]}"
