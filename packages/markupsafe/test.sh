#!/usr/bin/env bash
# Tests rusputyn-markupsafe: the core crate's Rust tests, then upstream
# MarkupSafe's own test suite (unmodified, downloaded from PyPI) against our
# wheel in a fresh venv that does not contain upstream MarkupSafe.
# The last line printed is pytest's summary; the exit code is pytest's.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/../common.sh"

UPSTREAM_VERSION=3.0.4

(cd "$PKG_ROOT" && cargo test -q -p rusputyn-markupsafe-core -p rusputyn-markupsafe-py) >&2

wheel=$(build_wheel markupsafe)
py=$(fresh_venv markupsafe "$wheel")
venv_dir=$(dirname "$(dirname "$py")")
sdist=$(fetch_sdist MarkupSafe "$UPSTREAM_VERSION")

# Run from the sdist root: upstream's pytest config applies, and the
# upstream sources live under src/, which is never put on sys.path.
cd "$sdist"

# The imported markupsafe must be ours (marker attribute, file inside the
# venv) and upstream's distribution must not be installed.
"$py" - "$venv_dir" <<'PY'
import importlib.metadata
import os
import sys

import markupsafe
import markupsafe._speedups

venv = os.path.realpath(sys.argv[1])
assert getattr(markupsafe, "__rusputyn__", False) is True, "markupsafe is not rusputyn's"
for mod in (markupsafe, markupsafe._speedups):
    assert os.path.realpath(mod.__file__).startswith(venv + os.sep), mod.__file__
try:
    importlib.metadata.distribution("MarkupSafe")
except importlib.metadata.PackageNotFoundError:
    pass
else:
    raise AssertionError("upstream MarkupSafe is installed in the test venv")
print("using rusputyn markupsafe from", os.path.dirname(markupsafe.__file__), file=sys.stderr)
PY

# Our own differential/edge-case tests (tests/test_compat.py) first, in a
# separate session: upstream's test_ext_init re-imports markupsafe, which
# would leave stale classes behind for pickling checks.
"$(dirname "$py")/pytest" -q -p no:cacheprovider "$HERE/tests/test_compat.py" >&2

deselect=()
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  deselect+=(--deselect "${line%% -- *}")
done < "$HERE/upstream-ledger.txt"

exec "$(dirname "$py")/pytest" -p no:cacheprovider "${deselect[@]}" tests
