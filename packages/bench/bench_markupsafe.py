#!/usr/bin/env python3
"""Benchmark rusputyn-markupsafe against upstream MarkupSafe.

Run on demand (not in CI):  python3 packages/bench/bench_markupsafe.py [--runs N]

Implementations, each imported in its own venv under
packages/target/bench-venvs/ and timed in a separate process:

* ``rusputyn``  - our wheel (built with packages/common.sh ``build_wheel``)
* ``upstream-C`` - MarkupSafe from PyPI with its C ``_speedups``
* ``upstream-py`` - the same install forced onto its pure-Python
  ``markupsafe._native`` escaping (what runs where no wheel exists)

Each cell is the median over ``--runs`` rounds of the per-call CPU time
(``time.process_time``; best of 3 repeats per round); every repeat loops
long enough (~50 ms) for the timer to be precise. Every case runs in a
process of its own, so no case inherits another's heap state, and the runs
of the three implementations are interleaved, so load changes on a shared
machine hit all columns alike.

CPU time includes the kernel's: for the long inputs that is mostly page
faults, and how many there are depends on glibc malloc's state. A fresh
process maps every block of more than 128 KB freshly (its dynamic mmap
threshold only grows once such a block has been freed), so strings of
hundreds of KB fault all their pages in on every call; a process that has
once freed a larger block serves them from its heap. The long-input cases
are therefore timed twice: in a fresh process (the main table) and after
freeing one 16 MB buffer first ("adapted" malloc, as in any long-running
process that has handled a large payload). Both states are the same for
all three implementations.
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

UPSTREAM = "MarkupSafe==3.0.4"
ROOT = Path(__file__).resolve().parent.parent  # packages/
VENVS = ROOT / "target" / "bench-venvs"

# (name, setup, statement). `m` is the markupsafe module.
SETUP = r"""
import markupsafe as m
from markupsafe import Markup, escape, escape_silent, soft_str
short_clean = "Hello, World"
short_dirty = "<b>Tom & 'Jerry'</b>"
long_clean = "The quick brown fox jumps over the lazy dog. " * 2000
long_dirty = "<p class=\"x\">Tom &amp; Jerry's <em>great</em> escape</p>\n" * 1500
long_unicode = "Grüße, 世界! <ok> & 'fine' \U0001f600 " * 2500
markup_short = Markup("<em>safe</em>")
entity_text = Markup("Caf&eacute; &amp; cr&egrave;me &lt;br&gt; &#169; &#x263A; ") * 2000
tag_text = Markup("<div class='a'>Hello <b>World</b> &raquo; <!-- c --> again</div>\n") * 1500
class HasHTML:
    def __html__(self):
        return "<i>html</i>"
has_html = HasHTML()
fmt_tpl = Markup("<a href='{url}'>{label}</a>")
mod_tpl = Markup("<a href='%s'>%s</a>")
parts = ["<li>%d</li>" % i for i in range(50)]
"""

CASES = [
    ("escape short clean str", "escape(short_clean)"),
    ("escape short dirty str", "escape(short_dirty)"),
    ("escape long clean str (90 KB)", "escape(long_clean)"),
    ("escape long dirty str (90 KB)", "escape(long_dirty)"),
    ("escape long non-ASCII (80 KB)", "escape(long_unicode)"),
    ("escape int", "escape(42)"),
    ("escape Markup", "escape(markup_short)"),
    ("escape __html__ object", "escape(has_html)"),
    ("escape_silent(None)", "escape_silent(None)"),
    ("soft_str(int)", "soft_str(42)"),
    ("Markup(str)", "Markup(short_dirty)"),
    ("Markup + str", "markup_short + short_dirty"),
    ("Markup % tuple", "mod_tpl % ('/x?a=1&b=2', short_dirty)"),
    ("Markup.format", "fmt_tpl.format(url='/x?a=1&b=2', label=short_dirty)"),
    ("Markup.join (50 items)", "markup_short.join(parts)"),
    ("unescape short", "markup_short.unescape()"),
    ("unescape long (90 KB)", "entity_text.unescape()"),
    ("striptags short", "markup_short.striptags()"),
    ("striptags long (100 KB)", "tag_text.striptags()"),
]

WORKER = r"""
import json, statistics, sys, time, timeit
cfg = json.loads(sys.argv[1])
setup = cfg["setup"]
if cfg["adapted_malloc"]:
    # Raises glibc's dynamic mmap/trim thresholds (no effect elsewhere).
    block = bytearray(16 << 20)
    del block
if cfg["force_native"]:
    setup += "\nimport markupsafe._native as _n\nm._escape_inner = _n._escape_inner\n"
out = {}
for name, stmt in cfg["cases"]:
    # CPU time, not wall time: on a shared machine other processes' load
    # would otherwise dominate the numbers.
    timer = timeit.Timer(stmt, setup, timer=time.process_time)
    number, elapsed = 1, 0.0
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= 0.05:
            break
        number *= 2 if elapsed < 0.005 else max(2, int(0.06 / max(elapsed, 1e-9)))
    out[name] = min(timer.repeat(repeat=3, number=number)) / number
print(json.dumps(out))
"""


def sh(*cmd: str, **kw) -> str:
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, **kw).stdout


def make_venv(name: str, *requirements: str) -> Path:
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
    script = f'source "{ROOT}/common.sh" && build_wheel markupsafe'
    return sh("bash", "-c", script).strip().splitlines()[-1]


def run(py: Path, force_native: bool, case: tuple[str, str], adapted_malloc: bool) -> float:
    """One case timed once, in a fresh process."""
    cfg = {"setup": SETUP, "cases": [case], "force_native": force_native,
           "adapted_malloc": adapted_malloc}
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    # Run outside the repository so nothing local shadows the venv's packages.
    out = json.loads(sh(str(py), "-c", WORKER, json.dumps(cfg), cwd=str(VENVS), env=env))
    return out[case[0]]


def fmt(seconds: float) -> str:
    ns = seconds * 1e9
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per cell (median)")
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    args = parser.parse_args()
    cases = [case for case in CASES if args.only in case[0]]

    VENVS.mkdir(parents=True, exist_ok=True)
    wheel = build_ours()
    ours = make_venv("markupsafe-rusputyn", "pip")
    # Always reinstall our wheel: its file name does not change between builds.
    sh(str(ours), "-m", "pip", "install", "-q", "--disable-pip-version-check",
       "--force-reinstall", "--no-deps", wheel)
    upstream = make_venv("markupsafe-upstream", UPSTREAM)

    impls = {"rusputyn": (ours, False), "upstream-C": (upstream, False),
             "upstream-py": (upstream, True)}
    print(f"Python {platform.python_version()} on {platform.machine()}, CPU time per call, "
          f"median of {args.runs} rounds; speedup = upstream time / rusputyn time")
    table(impls, cases, args.runs, adapted_malloc=False)
    long_cases = [case for case in cases if "KB)" in case[0]]
    if long_cases:
        print("\nLong inputs after one 16 MB block was freed (adapted malloc thresholds):")
        table(impls, long_cases, args.runs, adapted_malloc=True)


def table(impls: dict[str, tuple[Path, bool]], cases: list[tuple[str, str]], runs: int,
          adapted_malloc: bool) -> None:
    """Times every case `runs` times per implementation and prints the table."""
    samples: dict[tuple[str, str], list[float]] = {}
    for _ in range(runs):
        for case in cases:
            for name, (py, force_native) in impls.items():
                samples.setdefault((name, case[0]), []).append(
                    run(py, force_native, case, adapted_malloc))
    med = {key: statistics.median(values) for key, values in samples.items()}
    print("\n| case | rusputyn | upstream C | upstream pure-Python | vs C | vs pure-Python |")
    print("|---|---:|---:|---:|---:|---:|")
    for case, _ in cases:
        ours_t, c_t, py_t = (med[(name, case)] for name in ("rusputyn", "upstream-C", "upstream-py"))
        print(f"| {case} | {fmt(ours_t)} | {fmt(c_t)} | {fmt(py_t)} | "
              f"{c_t / ours_t:.2f}x | {py_t / ours_t:.2f}x |")

if __name__ == "__main__":
    main()
