#!/usr/bin/env python3
"""Benchmark: rusputyn-dotenv against upstream python-dotenv, side by side.

Run on demand (not in CI):  python3 packages/bench/bench_dotenv.py [--samples N]

Creates two venvs under packages/target/bench-venvs/ (one with our wheel, built through
packages/common.sh, one with python-dotenv from PyPI), runs the same worker in each so
the two packages never share a process, and prints a Markdown table of per-call
medians of process CPU time (the machine is shared, wall-clock time is noise). Inputs: a 10-line and a 5,000-line .env file (plain, quoted, exported,
commented and `${VAR}`-interpolated entries), read from disk and from a StringIO.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap

UPSTREAM = "python-dotenv==1.2.4"
HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGES = os.path.dirname(HERE)
VENVS = os.path.join(PACKAGES, "target", "bench-venvs")

WORKER = textwrap.dedent(
    r"""
    import io, json, os, statistics, sys, time
    import dotenv
    from dotenv import dotenv_values, load_dotenv

    paths = json.loads(sys.argv[1])
    samples = int(sys.argv[2])
    snapshot = dict(os.environ)

    # CPU time of this process: the benchmark machine is shared, so wall-clock time
    # mostly measures the neighbours.
    clock = time.process_time

    def measure(fn, setup=None):
        # Median per-call time. Without `setup`, calls are batched (~50 ms per
        # sample); with it, each sample is one call after an untimed `setup()`.
        if setup is not None:
            times = []
            deadline = clock() + 20.0
            while len(times) < samples or (len(times) < 101 and clock() < deadline):
                setup()
                start = clock()
                fn()
                times.append(clock() - start)
            return statistics.median(times)
        loops = 1
        while True:
            start = clock()
            for _ in range(loops):
                fn()
            elapsed = clock() - start
            if elapsed > 0.05 or loops > 1 << 20:
                break
            loops *= 2
        times = [elapsed / loops]
        # Slow cases (upstream on big inputs takes seconds per call) get fewer samples.
        for _ in range(samples - 1 if elapsed < 1.0 else 2):
            start = clock()
            for _ in range(loops):
                fn()
            times.append((clock() - start) / loops)
        return statistics.median(times)

    def restore_env():
        os.environ.clear()
        os.environ.update(snapshot)

    results = {}
    for size, path in paths.items():
        text = open(path, encoding="utf-8").read()
        results[f"dotenv_values, file, {size}"] = measure(lambda: dotenv_values(path))
        results[f"dotenv_values, StringIO, {size}"] = measure(
            lambda: dotenv_values(stream=io.StringIO(text))
        )
        results[f"dotenv_values(interpolate=False), {size}"] = measure(
            lambda: dotenv_values(path, interpolate=False)
        )
        # Each call starts from the original environment, like a process start-up.
        results[f"load_dotenv, {size}"] = measure(lambda: load_dotenv(path), restore_env)
    results["is_rusputyn"] = bool(getattr(dotenv, "__rusputyn__", False))
    print(json.dumps(results))
    """
)


def make_env_file(lines: int) -> str:
    """A realistic .env text of `lines` statements."""
    out = []
    for i in range(lines):
        kind = i % 10
        if kind == 0:
            out.append(f"# section {i}")
        elif kind == 1:
            out.append(f"APP_SETTING_{i}=value_{i}")
        elif kind == 2:
            out.append(f"export EXPORTED_{i}='single quoted {i}'")
        elif kind == 3:
            out.append(f'DOUBLE_{i}="line one\\nline two {i}"')
        elif kind == 4:
            out.append(f"WITH_COMMENT_{i}=some value {i}  # trailing comment")
        elif kind == 5:
            out.append(f"URL_{i}=postgres://user:pass@localhost:5432/db_{i}")
        elif kind == 6:
            out.append(f"DERIVED_{i}=${{APP_SETTING_{i - 5}}}/suffix")
        elif kind == 7:
            out.append(f"DEFAULTED_{i}=${{MISSING_{i}:-fallback}}")
        elif kind == 8:
            out.append(f"EMPTY_{i}=")
        else:
            out.append(f"  SPACED_{i} = padded value {i}  ")
    return "\n".join(out) + "\n"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def venv_python(name: str, requirements) -> str:
    venv = os.path.join(VENVS, name)
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        run([sys.executable, "-m", "venv", venv])
    run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check",
         "--force-reinstall", "--no-deps", *requirements])
    return python


def build_wheel() -> str:
    out = run(
        ["bash", "-c", f'source "{PACKAGES}/common.sh" && build_wheel dotenv'],
        stdout=subprocess.PIPE, text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=7)
    args = parser.parse_args()

    ours = venv_python("dotenv-rusputyn", [build_wheel()])
    upstream = venv_python("dotenv-upstream", [UPSTREAM])

    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for label, lines in (("10 lines", 10), ("5,000 lines", 5000)):
            path = os.path.join(tmp, f"{lines}.env")
            with open(path, "w", encoding="utf-8") as f:
                f.write(make_env_file(lines))
            paths[label] = path
        results = {}
        for name, python in (("upstream", upstream), ("rusputyn", ours)):
            proc = run([python, "-c", WORKER, json.dumps(paths), str(args.samples)],
                       stdout=subprocess.PIPE, text=True, cwd=tmp)
            results[name] = json.loads(proc.stdout)
    assert results["rusputyn"].pop("is_rusputyn") is True
    assert results["upstream"].pop("is_rusputyn") is False

    def fmt(seconds: float) -> str:
        for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
            if seconds >= scale:
                return f"{seconds / scale:.3g} {unit}"
        return f"{seconds / 1e-9:.3g} ns"

    print(f"median of {args.samples} samples per case, per call\n")
    print("| case | python-dotenv 1.2.4 | rusputyn-dotenv | speedup |")
    print("| --- | ---: | ---: | ---: |")
    for case, up in results["upstream"].items():
        us = results["rusputyn"][case]
        print(f"| {case} | {fmt(up)} | {fmt(us)} | {up / us:.1f}x |")


if __name__ == "__main__":
    main()
