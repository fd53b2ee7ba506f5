#!/usr/bin/env bash
# Machine set-up for the compiler and its tests. Idempotent: does nothing when everything is
# already in place, so the test command runs it every time.
#
#  * the Rust targets the compiler builds for: wasm32-wasip1 (`rusputyn build --target wasi`)
#    and wasm32-unknown-unknown (the runtime's wasm check, browser builds);
#  * Node.js, which runs the WASI modules in the tests (`node:wasi`);
#  * python3 (CPython 3.11), the oracle of the differential tests.
#
# The Python package tooling (maturin, the upstream test suites) is packages/common.sh's job.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if ! have cargo || ! have rustc; then
  echo "setup: no Rust toolchain on PATH (install it with rustup)" >&2
  exit 1
fi

if have rustup; then
  installed="$(rustup target list --installed)"
  for target in wasm32-wasip1 wasm32-unknown-unknown; do
    if ! grep -qx "$target" <<<"$installed"; then
      echo "setup: rustup target add $target"
      rustup target add "$target"
    fi
  done
else
  # A toolchain without rustup (a distribution's rustc) cannot add targets; the WASI tests
  # will say what is missing.
  echo "setup: rustup not found; cannot install the wasm32 targets" >&2
fi

if ! have node; then
  if have apt-get && [ "$(id -u)" = 0 ]; then
    echo "setup: apt-get install nodejs"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs >/dev/null
  else
    echo "setup: node (Node.js >= 20) is needed for the WASI tests" >&2
    exit 1
  fi
fi

if ! have python3; then
  echo "setup: python3 (CPython 3.11) is needed as the oracle of the differential tests" >&2
  exit 1
fi
