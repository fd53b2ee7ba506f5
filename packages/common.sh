# Shared shell functions for the package test scripts (`packages/<name>/test.sh`).
# Source it; every function is idempotent so scripts can be re-run on a dirty tree.
#
#   PKG_ROOT      packages/ folder
#   PKG_TARGET    packages/target (cargo target dir, wheels, venvs, downloads)

PKG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PKG_TARGET="$PKG_ROOT/target"
export CARGO_TARGET_DIR="$PKG_TARGET"

# Creates (once) the tools venv holding maturin and pytest; prints its python path.
ensure_tools() {
  local venv="$PKG_TARGET/tools-venv"
  if [ ! -x "$venv/bin/maturin" ] || [ ! -x "$venv/bin/pytest" ]; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q --disable-pip-version-check "maturin>=1.9,<2" "pytest>=8" >&2
  fi
  echo "$venv/bin/python"
}

# build_wheel NAME: builds packages/NAME into $PKG_TARGET/wheels/NAME/ (release, abi3),
# unless a wheel newer than every source file of the package is already there.
# Prints the wheel's path.
build_wheel() {
  local name="$1" out="$PKG_TARGET/wheels/$1"
  ensure_tools >/dev/null
  local newest_wheel
  newest_wheel=$(ls -t "$out"/*.whl 2>/dev/null | head -1)
  if [ -z "$newest_wheel" ] || [ -n "$(find "$PKG_ROOT/$name" "$PKG_ROOT/Cargo.toml" -newer "$newest_wheel" -type f -not -path '*/fuzz/*' -not -path '*/__pycache__/*' 2>/dev/null | head -1)" ]; then
    rm -rf "$out"
    # maturin's -m wants a Cargo.toml; run it next to pyproject.toml so it reads that instead.
    (cd "$PKG_ROOT/$name" && "$PKG_TARGET/tools-venv/bin/maturin" build --quiet --release --out "$out") >&2 \
      || { echo "maturin build failed for $name" >&2; return 1; }
    newest_wheel=$(ls -t "$out"/*.whl | head -1)
  fi
  echo "$newest_wheel"
}

# fresh_venv NAME WHEEL [EXTRA_PIP_ARGS...]: a new venv at $PKG_TARGET/venvs/NAME with the
# wheel, pytest and the extra requirements installed. Prints its python path.
fresh_venv() {
  local name="$1" wheel="$2"; shift 2
  local venv="$PKG_TARGET/venvs/$name"
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check "$wheel" "pytest>=8" "$@" >&2
  echo "$venv/bin/python"
}

# fetch_sdist DIST VERSION: downloads and unpacks the upstream source distribution (cached in
# $PKG_TARGET/upstream); prints the unpacked directory. Never committed to the repository.
fetch_sdist() {
  local dist="$1" version="$2" dl="$PKG_TARGET/upstream/$1-$2"
  if [ ! -f "$dl/.unpacked" ]; then
    rm -rf "$dl"; mkdir -p "$dl"
    python3 -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
      --no-build-isolation -d "$dl" "$dist==$version" >&2 2>/dev/null \
      || python3 -m pip download -q --disable-pip-version-check --no-deps --no-binary :all: -d "$dl" "$dist==$version" >&2
    (cd "$dl" && tar xzf ./*.tar.gz) >&2
    touch "$dl/.unpacked"
  fi
  find "$dl" -mindepth 1 -maxdepth 1 -type d | head -1
}
