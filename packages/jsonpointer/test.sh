#!/usr/bin/env bash
# Tests the jsonpointer drop-in: core crate unit/property tests, then the
# UNMODIFIED upstream test suite (tests.py from the jsonpointer sdist) run
# against our wheel in a fresh venv that does not contain upstream.
#
# Upstream's CLI tests execute `<tests dir>/bin/jsonpointer`; the staging dir
# holds our console-script module there instead of upstream's script, so
# those tests exercise our command-line tool.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

UPSTREAM_VERSION=3.12
HERE="$PKG_ROOT/jsonpointer"

(cd "$PKG_ROOT" && cargo test -q -p rusputyn-jsonpointer-core >&2)

wheel=$(build_wheel jsonpointer)
py=$(fresh_venv jsonpointer "$wheel")
sdist=$(fetch_sdist jsonpointer "$UPSTREAM_VERSION")

# Stage only the test module and its data files: no upstream jsonpointer.py.
stage="$PKG_TARGET/upstream-tests/jsonpointer"
rm -rf "$stage"
mkdir -p "$stage/bin"
cp "$sdist/tests.py" "$stage/"
cp -r "$sdist/doc" "$stage/"

cd "$stage"
# The module under test must be ours (from the wheel), not upstream's.
"$py" - <<'PY'
import os, jsonpointer
assert getattr(jsonpointer, '__rusputyn__', False), 'upstream jsonpointer imported'
assert 'site-packages' in jsonpointer.__file__, jsonpointer.__file__
assert not os.path.exists('jsonpointer.py')
PY
cli_src=$("$py" -c 'import jsonpointer._cli as m; print(m.__file__)')
cp "$cli_src" "$stage/bin/jsonpointer"

deselect=()
while read -r id _; do
  [ -n "$id" ] && deselect+=(--deselect "$id")
done < <(grep -v '^\s*#' "$HERE/upstream-ledger.txt" || true)

# Upstream's load_tests() also runs doc/tutorial.rst as a doctest, which
# pytest does not pick up: run it here (quietly; a failure stops the script).
"$py" -m doctest doc/tutorial.rst

exec "$py" -m pytest -p no:cacheprovider -rfE ${deselect[@]+"${deselect[@]}"} tests.py
