#!/usr/bin/env bash
# The whole test suite — the one command the README names and `.ci/run` calls.
#
# Suites, in order: machine set-up (idempotent), the Rust unit and integration tests of every
# crate, the runtime's check for wasm32-unknown-unknown, the differential corpora against
# CPython's recorded output (tests/programs with the diagnostics suite and a CLI smoke pass,
# tests/object-model, tests/apps), and the drop-in packages (wheels + upstream test suites).
# The last line is a summary over the suites: `suites: N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()

suite() {
  local name="$1"
  shift
  echo
  echo "=== suite: $name"
  local start=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "=== suite $name: ok ($((SECONDS - start)) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== suite $name: FAILED ($((SECONDS - start)) s)"
  fi
}

suite setup bash scripts/setup.sh
suite cargo-tests cargo test --workspace --quiet
suite runtime-wasm32 cargo check --quiet -p rusputyn-runtime --target wasm32-unknown-unknown
suite corpus cargo run --quiet --release -p rusputyn-corpus -- --diagnostics --smoke 4
suite object-model-corpus cargo run --quiet --release -p rusputyn-corpus -- --root tests/object-model
suite apps-corpus cargo run --quiet --release -p rusputyn-corpus -- --root tests/apps
suite packages bash packages/test-all.sh

echo
for f in "${failures[@]:-}"; do
  [ -n "$f" ] && echo "FAILED suite: $f"
done
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
