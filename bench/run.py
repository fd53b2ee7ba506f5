#!/usr/bin/env python3
"""Benchmark driver: runs every program in bench/programs/ under CPython (and PyPy when
`pypy3` is installed) and as a Rusputyn-compiled native executable, checks that all outputs
are identical, and prints a Markdown table of median wall-clock seconds, the speed-up over
CPython and peak memory. Then measures compile latency: a cold `rusputyn run` of a
300-line program (runtime already built, program not cached) and a warm (cached) one.

Usage: bench/run.py [-n RUNS] [--filter NAME] [--skip-compile]
Numbers vary with machine load; quote medians and re-run on a quiet machine.
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "bench" / "programs"
OUT = ROOT / "target" / "bench"


def run_once(cmd, cwd):
    """Runs cmd; returns (seconds, peak RSS in MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = b"", b""
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited {proc.returncode}: {err.decode(errors='replace')[-500:]}")
    return elapsed, usage.ru_maxrss / 1024.0, out


def measure(cmd, runs, cwd):
    times, mems, out = [], [], None
    for _ in range(runs):
        t, m, o = run_once(cmd, cwd)
        times.append(t)
        mems.append(m)
        out = o
    return statistics.median(times), max(mems), out


# Benchmarks measure optimised executables: `rusputyn run` compiles the program crate at
# opt-level 0 for compile latency; deployment builds should use level 3.
BUILD_ENV = dict(os.environ, RUSPUTYN_OPT_LEVEL=os.environ.get("RUSPUTYN_OPT_LEVEL", "3"))


def rusputyn_bin():
    exe = ROOT / "target" / "release" / "rusputyn"
    subprocess.run(["cargo", "build", "--quiet", "--release", "-p", "rusputyn"], cwd=ROOT, check=True)
    return exe


def compile_latency(exe):
    """Cold and warm `rusputyn run` of a generated 300-line program."""
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / "program300.py"
    lines = [f"# compile-latency probe {time.time_ns()}"]
    for i in range(59):
        lines += [
            f"def f{i}(x, y={i}):",
            f"    total = x * {i + 1} + y",
            f"    items = [total + k for k in range({i % 7 + 1})]",
            f"    return sum(items) % {97 + i}",
            "",
        ]
    lines += ["acc = 0", *[f"acc += f{i}({i})" for i in range(3)], "print(acc)"]
    while len(lines) < 300:
        lines.append(f"acc = (acc * 31 + {len(lines)}) % 1000003")
    lines.append("print(acc)")
    src.write_text("\n".join(lines) + "\n")
    t0 = time.perf_counter()
    subprocess.run([str(exe), "run", str(src)], check=True, stdout=subprocess.DEVNULL)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    subprocess.run([str(exe), "run", str(src)], check=True, stdout=subprocess.DEVNULL)
    warm = time.perf_counter() - t0
    return len(lines), cold, warm


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--filter", default="")
    ap.add_argument("--skip-compile", action="store_true")
    args = ap.parse_args()
    exe = rusputyn_bin()
    pypy = shutil.which("pypy3")
    OUT.mkdir(parents=True, exist_ok=True)
    rows, ratios = [], []
    for prog in sorted(PROGRAMS.glob("*.py")):
        if args.filter not in prog.stem:
            continue
        binary = OUT / prog.stem
        subprocess.run([str(exe), "build", str(prog), "-o", str(binary)], check=True, env=BUILD_ENV)
        cp_t, cp_m, cp_out = measure([sys.executable, str(prog)], args.runs, PROGRAMS)
        rp_t, rp_m, rp_out = measure([str(binary)], args.runs, PROGRAMS)
        if rp_out != cp_out:
            print(f"OUTPUT MISMATCH in {prog.name}:\n  cpython:  {cp_out[:200]!r}\n  rusputyn: {rp_out[:200]!r}")
            sys.exit(1)
        pp = ""
        if pypy:
            pp_t, pp_m, pp_out = measure([pypy, str(prog)], args.runs, PROGRAMS)
            pp = f"{pp_t:.3f} ({pp_m:.0f} MiB)"
            if pp_out != cp_out:
                pp += " (output differs)"
        ratios.append(cp_t / rp_t)
        rows.append((prog.stem, f"{cp_t:.3f} ({cp_m:.0f} MiB)", pp or "n/a", f"{rp_t:.3f} ({rp_m:.0f} MiB)", f"{cp_t / rp_t:.2f}x"))
        print(f"{prog.stem}: cpython {cp_t:.3f}s rusputyn {rp_t:.3f}s", file=sys.stderr)
    print(f"\nMedian of {args.runs} runs, wall-clock seconds (peak RSS); speed-up = CPython time / Rusputyn time.\n")
    print("| program | CPython 3.11 | PyPy | Rusputyn | speed-up vs CPython |")
    print("| --- | --- | --- | --- | --- |")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"| **geometric mean** | | | | **{geo:.2f}x** |")
    if not args.skip_compile:
        n, cold, warm = compile_latency(exe)
        print(f"\nCompile latency ({n}-line program, runtime already built): cold `rusputyn run` {cold:.2f} s, warm (cached) {warm:.3f} s")


if __name__ == "__main__":
    main()
