#!/usr/bin/env bash
# Tests rusputyn-dotenv: the core crate's Rust tests, then python-dotenv's own test suite
# (downloaded from PyPI, run unmodified) against our wheel in a venv without upstream.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../common.sh
source "$HERE/../common.sh"

UPSTREAM_DIST=python-dotenv
UPSTREAM_VERSION=1.2.4

(cd "$PKG_ROOT" && cargo test -q -p rusputyn-dotenv-core)

WHEEL=$(build_wheel dotenv)
# click: the CLI extra; ipython: lets upstream's %dotenv magic tests run instead of skipping.
PY=$(fresh_venv dotenv "$WHEEL" "click>=5.0" ipython)
VENV_BIN="$(dirname "$PY")"
SDIST=$(fetch_sdist "$UPSTREAM_DIST" "$UPSTREAM_VERSION")

# The tests must exercise our build, never upstream's sources or an installed upstream.
(cd / && "$PY" - <<'PYEOF'
import importlib.metadata as md
import dotenv, dotenv._core
assert getattr(dotenv, "__rusputyn__", False) is True, "dotenv is not rusputyn-dotenv"
assert "site-packages" in dotenv.__file__, dotenv.__file__
try:
    md.distribution("python-dotenv")
except md.PackageNotFoundError:
    pass
else:
    raise SystemExit("upstream python-dotenv is installed in the test venv")
print(f"testing {dotenv.__file__} (rusputyn-dotenv {md.version('rusputyn-dotenv')})")
PYEOF
)

DESELECT=()
while read -r test_id _reason; do
  case "$test_id" in ''|'#'*) continue ;; esac
  DESELECT+=(--deselect "$test_id")
done < "$HERE/upstream-ledger.txt"

# Run from the sdist root (its tests import `tests.test_lib`); the upstream package
# lives in src/, which is not on sys.path. The CLI tests run the `dotenv` script.
cd "$SDIST"
set +e
PATH="$VENV_BIN:$PATH" "$VENV_BIN/pytest" -p no:cacheprovider "${DESELECT[@]}" tests
status=$?
exit $status
