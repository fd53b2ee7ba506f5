#!/usr/bin/env python3
"""Benchmark rusputyn-jsonpointer against upstream jsonpointer.

Run on demand (not in CI):  python3 packages/bench/bench_jsonpointer.py [--runs N]

Each implementation lives in its own venv under packages/target/bench-venvs/
and is timed in its own process:

* ``rusputyn``       - our wheel (built with common.sh ``build_wheel``)
* ``upstream``       - jsonpointer 3.12 from PyPI (pure Python)
* ``python-jsonpath`` - the JSONPointer class of python-jsonpath (pure
  Python; the only other maintained RFC 6901 implementation on PyPI, there
  is no native competitor). Only pointer parsing/resolving is comparable.

Every cell is the median over ``--runs`` rounds; in each round every case is
looped for ~40 ms and the best of 3 repeats is kept. Rounds of the
implementations are interleaved so load changes on a shared machine hit all
columns alike.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from pathlib import Path

UPSTREAM = "jsonpointer==3.12"
COMPETITOR = "python-jsonpath==2.2.2"
ROOT = Path(__file__).resolve().parent.parent  # packages/
VENVS = ROOT / "target" / "bench-venvs"

SETUP = r"""
import copy
shallow = {"name": "x", "tags": ["a", "b", "c"], "meta": {"id": 7}}
deep = node = {}
for i in range(50):
    node["k%d" % i] = [{}]
    node = node["k%d" % i][0]
node["leaf"] = 1
deep_ptr = "".join("/k%d/0" % i for i in range(50)) + "/leaf"
small_ptr = "/meta/id"
long_ptr = "".join("/segment~1%d/name~0x" % i for i in range(100))
wide = {"items": [{"id": i, "name": "n%d" % i, "vals": list(range(5))} for i in range(200)]}
"""

OURS_SETUP = r"""
import jsonpointer as jp
from jsonpointer import JsonPointer, resolve_pointer, set_pointer
p_small = JsonPointer(small_ptr)
p_deep = JsonPointer(deep_ptr)
p_wide = JsonPointer("/items/150/vals/3")
p_a = JsonPointer("/k0/0/k1")
p_b = JsonPointer("/k0/0/k1")
"""

JSONPATH_SETUP = r"""
from jsonpath import JSONPointer
p_small = JSONPointer(small_ptr)
p_deep = JSONPointer(deep_ptr)
"""

# (name, jsonpointer statement, python-jsonpath statement or None)
CASES = [
    ("parse small pointer (2 parts)", "JsonPointer(small_ptr)", "JSONPointer(small_ptr)"),
    ("parse long pointer (200 parts, escapes)", "JsonPointer(long_ptr)", "JSONPointer(long_ptr)"),
    ("resolve_pointer shallow", "resolve_pointer(shallow, small_ptr)", None),
    ("JsonPointer.resolve shallow", "p_small.resolve(shallow)", "p_small.resolve(shallow)"),
    ("resolve missing, default", "resolve_pointer(shallow, '/nope/x', None)", None),
    ("JsonPointer.resolve deep (101 levels)", "p_deep.resolve(deep)", "p_deep.resolve(deep)"),
    ("resolve_pointer deep (101 levels)", "resolve_pointer(deep, deep_ptr)", None),
    ("resolve in wide doc", "p_wide.resolve(wide)", None),
    ("set_pointer shallow (in place)", "set_pointer(shallow, small_ptr, 8)", None),
    ("JsonPointer.set deep (in place)", "p_deep.set(deep, 2)", None),
    ("set shallow, inplace=False", "set_pointer(shallow, small_ptr, 8, inplace=False)", None),
    ("set wide doc, inplace=False", "p_wide.set(wide, 9, inplace=False)", None),
    ("set_pointer create=True", "set_pointer({}, '/a/b/c', 1, create=True)", None),
    ("JsonPointer.path (101 parts)", "p_deep.path", None),
    ("hash + eq (3 parts)", "hash(p_a) == hash(p_b) and p_a == p_b", None),
    ("hash (101 parts)", "hash(p_deep)", None),
    ("contains", "p_deep.contains(p_a)", None),
    ("join (list suffix)", "p_small / ['more', 1]", None),
]

WORKER = r"""
import json, sys, timeit
cfg = json.loads(sys.argv[1])
out = {}
for name, stmt in cfg["cases"]:
    if stmt is None:
        continue
    timer = timeit.Timer(stmt, cfg["setup"])
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= 0.04:
            break
        number *= 2 if elapsed < 0.004 else max(2, int(0.05 / max(elapsed, 1e-9)))
    out[name] = min(timer.repeat(repeat=3, number=number)) / number
print(json.dumps(out))
"""


def sh(*cmd: str, **kw) -> str:
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, **kw).stdout


def make_venv(name: str, *requirements: str) -> Path:
    """A venv holding exactly `requirements` (recreated when they change)."""
    venv = VENVS / name
    py = venv / "bin" / "python"
    stamp = venv / ".requirements"
    wanted = "\n".join(requirements)
    if not py.exists() or not stamp.exists() or stamp.read_text() != wanted:
        sh(sys.executable, "-m", "venv", "--clear", str(venv))
        sh(str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", *requirements)
        stamp.write_text(wanted)
    return py


def build_ours() -> str:
    script = f'source "{ROOT}/common.sh" && build_wheel jsonpointer'
    return sh("bash", "-c", script).strip().splitlines()[-1]


def run(py: Path, setup: str, column: int) -> dict[str, float]:
    """One round: every case of one implementation, in a fresh process."""
    cases = [(c[0], c[column]) for c in CASES]
    cfg = {"setup": SETUP + setup, "cases": cases}
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    # Run outside the repository so nothing local shadows the venv's packages.
    return json.loads(sh(str(py), "-c", WORKER, json.dumps(cfg), cwd=str(VENVS), env=env))


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    ns = seconds * 1e9
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds per cell (median)")
    args = parser.parse_args()

    VENVS.mkdir(parents=True, exist_ok=True)
    wheel = build_ours()
    ours = make_venv("jsonpointer-rusputyn", "pip")
    # Always reinstall our wheel: its file name does not change between builds.
    sh(str(ours), "-m", "pip", "install", "-q", "--disable-pip-version-check",
       "--force-reinstall", "--no-deps", wheel)
    upstream = make_venv("jsonpointer-upstream", UPSTREAM)
    impls = {"rusputyn": (ours, OURS_SETUP, 1), "upstream": (upstream, OURS_SETUP, 1)}
    try:
        impls["python-jsonpath"] = (make_venv("jsonpointer-jsonpath", COMPETITOR),
                                    JSONPATH_SETUP, 2)
    except subprocess.CalledProcessError:
        print("(python-jsonpath could not be installed; column skipped)", file=sys.stderr)

    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in impls}
    for _ in range(args.runs):
        for name, (py, setup, column) in impls.items():
            rounds[name].append(run(py, setup, column))
    results = {
        name: {case[0]: (statistics.median(r[case[0]] for r in rs) if case[0] in rs[0] else None)
               for case in CASES}
        for name, rs in rounds.items()
    }
    print(f"Python {platform.python_version()} on {platform.machine()}, "
          f"median of {args.runs} interleaved runs; speedup = upstream time / rusputyn time\n")
    has_jp = "python-jsonpath" in results
    head = "| case | rusputyn | upstream | speedup |"
    rule = "|---|---:|---:|---:|"
    if has_jp:
        head += " python-jsonpath | vs python-jsonpath |"
        rule += "---:|---:|"
    print(head)
    print(rule)
    for case in CASES:
        name = case[0]
        ours_t = results["rusputyn"][name]
        up_t = results["upstream"][name]
        line = f"| {name} | {fmt(ours_t)} | {fmt(up_t)} | {up_t / ours_t:.1f}x |"
        if has_jp:
            jp_t = results["python-jsonpath"][name]
            line += f" {fmt(jp_t)} | {jp_t / ours_t:.1f}x |" if jp_t else " — | — |"
        print(line)


if __name__ == "__main__":
    main()
