"""Benchmark: Rusputyn tomli vs upstream tomli (pure Python and its mypyc wheel), stdlib
tomllib and rtoml, on tiny to large documents.

Each implementation runs in its own venv (under packages/target/bench-venvs/) and process;
the figure is the median over several timing runs of the per-call CPU time (``time.process_time``, which
is far less sensitive than wall time to other load on a shared machine) of ``loads(str)``.

    python3 packages/bench/bench_tomli.py [--runs 7] [--rebuild]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent
TARGET = PKG / "target"
VENVS = TARGET / "bench-venvs"
DOCS = TARGET / "bench-data" / "tomli"


def sh(*args, **kw):
    return subprocess.run(args, check=True, **kw)


def venv(name, *pip_args):
    d = VENVS / name
    py = d / "bin" / "python"
    stamp = d / ".ready"
    want = " ".join(pip_args)
    if not stamp.exists() or stamp.read_text() != want:
        sh(sys.executable, "-m", "venv", "--clear", str(d))
        if pip_args:
            sh(str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", *pip_args)
        stamp.write_text(want)
    return py


def our_wheel(rebuild):
    out = subprocess.run(
        ["bash", "-c", f"source {PKG}/common.sh && build_wheel tomli"],
        check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    return out


def make_docs():
    DOCS.mkdir(parents=True, exist_ok=True)
    docs = {}
    docs["tiny"] = 'name = "x"\n'
    docs["small"] = textwrap.dedent(
        """\
        [build-system]
        requires = ["setuptools>=61", "wheel"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "example"
        version = "1.2.3"
        description = "An example project"
        requires-python = ">=3.9"
        authors = [{ name = "A. Person", email = "a@example.org" }]
        dependencies = ["requests>=2", "click", "rich~=13.0"]
        classifiers = ["Programming Language :: Python :: 3", "License :: OSI Approved :: MIT License"]

        [project.optional-dependencies]
        test = ["pytest>=7", "coverage[toml]"]

        [tool.pytest.ini_options]
        addopts = "-ra -q"
        testpaths = ["tests"]
        timeout = 30.5

        [tool.coverage.run]
        branch = true
        omit = ["*/vendor/*"]
        """
    )
    lock = []
    for i in range(400):
        lock.append(
            f'[[package]]\nname = "crate-{i}"\nversion = "{i % 7}.{i % 13}.{i % 5}"\n'
            f'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
            f'checksum = "{i:064x}"\n'
            f'dependencies = [\n "crate-{(i * 7) % 400}",\n "crate-{(i * 13) % 400}",\n]\n'
        )
    docs["medium (Cargo.lock, 400 pkgs)"] = "version = 3\n\n" + "\n".join(lock)
    rows = []
    for i in range(20000):
        rows.append(
            f"[[record]]\nid = {i}\nname = \"item {i} \\u00e9\"\nscore = {i * 0.37:.4f}\n"
            f"active = {'true' if i % 3 else 'false'}\n"
            f"created = 2024-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}T12:{i % 60:02d}:00Z\n"
            f"tags = ['a{i % 10}', 'b{i % 7}', \"c\"]\n"
            f"point = {{ x = {i % 100}, y = {-i}, label = 'p{i}' }}\n"
        )
    docs["large (20k records, 3.6 MB)"] = "\n".join(rows)
    names = {}
    for label, text in docs.items():
        fname = label.split()[0] + ".toml"
        (DOCS / fname).write_text(text, encoding="utf-8")
        names[label] = str(DOCS / fname)
    return names


RUNNER = r"""
import json, statistics, sys, time, importlib
mod_name, attr, docs_json, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
mod = importlib.import_module(mod_name)
fn = getattr(mod, attr)
out = {}
for label, path in json.loads(docs_json).items():
    text = open(path, encoding="utf-8").read()
    fn(text)  # warm-up, and check it parses
    # Calibrate the loop so one run lasts about 0.2 s.
    n = 1
    while True:
        t0 = time.process_time()
        for _ in range(n):
            fn(text)
        dt = time.process_time() - t0
        if dt > 0.2 or n > 1_000_000:
            break
        n *= 4 if dt < 0.05 else 2
    samples = []
    for _ in range(runs):
        t0 = time.process_time()
        for _ in range(n):
            fn(text)
        samples.append((time.process_time() - t0) / n)
    out[label] = statistics.median(samples)
print(json.dumps(out))
"""


def fmt(sec):
    if sec < 1e-3:
        return f"{sec * 1e6:.2f} µs"
    if sec < 1:
        return f"{sec * 1e3:.2f} ms"
    return f"{sec:.2f} s"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--docs", help="comma-separated document name prefixes to run (default: all)")
    args = ap.parse_args()
    docs = make_docs()
    if args.docs:
        wanted = args.docs.split(",")
        docs = {k: v for k, v in docs.items() if any(k.startswith(w) for w in wanted)}
    impls = {
        "rusputyn tomli": (venv("tomli-rusputyn", our_wheel(args.rebuild), "--force-reinstall"), "tomli"),
        "tomli 2.5.0 (pure Python)": (venv("tomli-upstream", "--no-binary", "tomli", "tomli==2.5.0"), "tomli"),
        "tomli 2.5.0 (mypyc wheel)": (venv("tomli-mypyc", "--only-binary", "tomli", "tomli==2.5.0"), "tomli"),
        "tomllib (stdlib)": (venv("tomli-stdlib"), "tomllib"),
        "rtoml": (venv("tomli-rtoml", "rtoml"), "rtoml"),
    }
    # Interleave the implementations round by round so load spikes on the shared machine
    # hit all of them alike; each round is one fresh process per implementation.
    samples = {name: {label: [] for label in docs} for name in impls}
    for rnd in range(args.runs):
        for name, (py, mod) in impls.items():
            r = subprocess.run(
                [str(py), "-c", RUNNER, mod, "loads", json.dumps(docs), "3"],
                check=True, capture_output=True, text=True,
            )
            for label, t in json.loads(r.stdout).items():
                samples[name][label].append(t)
        print(f"round {rnd + 1}/{args.runs} done", file=sys.stderr)
    results = {
        name: {label: statistics.median(v) for label, v in per.items()}
        for name, per in samples.items()
    }
    ours = results["rusputyn tomli"]
    names = list(impls)
    print(f"| document | {' | '.join(names)} |")
    print("|---" * (len(names) + 1) + "|")
    for label in docs:
        cells = []
        for n in names:
            t = results[n][label]
            cells.append(fmt(t) if n == "rusputyn tomli" else f"{fmt(t)} ({t / ours[label]:.1f}x)")
        print(f"| {label} | {' | '.join(cells)} |")
    print(
        f"\nmedian of {args.runs} interleaved rounds (each the median of 3 timed loops of >=0.2 s) per cell, loads(str); (Nx) = time relative to rusputyn tomli."
        f" Python {sys.version.split()[0]}, {os.cpu_count()} CPUs."
    )


if __name__ == "__main__":
    main()
