#!/usr/bin/env python3
"""Regenerate the expected outputs of the differential test corpus from the oracle (CPython).

Usage: scripts/bless-corpus.py [--root DIR] [FILTER]

DIR is the corpus directory relative to the repository root (default tests/programs; e.g.
tests/object-model or tests/apps, the corpora of features still being built).

For every program <DIR>/<group>/<name>.py whose relative path contains FILTER (all
programs when no filter is given) this runs `python3 <name>.py` exactly the way the harness
(`cargo run --release -p rusputyn-corpus`) runs the compiled program:

  * environment: the current one plus PYTHONHASHSEED=0 (set iteration order is deterministic);
  * working directory: the program's own directory; argv: [`<name>.py`];
  * stdin: the bytes of `<name>.stdin` when that file exists, otherwise empty;
  * a timeout (TIMEOUT_SECONDS); a program that hits it is an error of the corpus, not a result.

and writes, next to the program:

  * `<name>.stdout`: the exact bytes CPython wrote to stdout;
  * `<name>.status`: first line the exit code; second line the last line of stderr, only when
    stderr was not empty. Nothing else.

It also blesses the syntax-error cases of tests/diagnostics: for each `<name>.py` there that
CPython refuses to compile, `<name>.expected` becomes CPython's stderr for `python3 <name>.py`
(run from that directory, with the directory stripped from the file name CPython shows). Diagnostics for programs CPython accepts (unsupported constructs)
have no oracle; they are blessed by `rusputyn-corpus --bless-diagnostics`.

Without a filter, expectation files whose program no longer exists are deleted.

The expected files are never edited by hand: rerun this script. It is idempotent (files are
only rewritten when their content changes) and must be run with CPython 3.11.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
DIAGNOSTICS = ROOT / "tests" / "diagnostics"
TIMEOUT_SECONDS = 60
PYTHON = os.environ.get("PYTHON", "python3")


def write_if_changed(path: Path, data: bytes) -> bool:
    """Writes `data` to `path` unless it already holds exactly that; says whether it wrote."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.write_bytes(data)
    return True


def run_program(program: Path) -> subprocess.CompletedProcess:
    """Runs one program under the oracle with the corpus conventions."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    # The oracle must not pick up bytecode caches or user site customisations.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    stdin_file = program.with_suffix(".stdin")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    return subprocess.run(
        [PYTHON, program.name],
        cwd=program.parent,
        env=env,
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
    )


def status_text(proc: subprocess.CompletedProcess) -> bytes:
    """The `.status` file: the exit code, then the last stderr line if there is one."""
    out = f"{proc.returncode}\n".encode()
    lines = proc.stderr.splitlines()
    if lines:
        out += lines[-1] + b"\n"
    return out


def bless_programs(flt: str) -> int:
    """Blesses every program of PROGRAMS whose relative path contains `flt`."""
    changed = 0
    count = 0
    for program in sorted(PROGRAMS.rglob("*.py")):
        rel = program.relative_to(PROGRAMS).as_posix()
        if any(part.startswith(("_", ".")) for part in rel.split("/")):
            continue  # an imported helper module or package, not a program
        if flt and flt not in rel:
            continue
        count += 1
        try:
            proc = run_program(program)
        except subprocess.TimeoutExpired:
            sys.exit(f"error: {rel} timed out after {TIMEOUT_SECONDS}s under {PYTHON}")
        a = write_if_changed(program.with_suffix(".stdout"), proc.stdout)
        b = write_if_changed(program.with_suffix(".status"), status_text(proc))
        if a or b:
            changed += 1
            print(f"blessed {rel}")
    print(f"{count} programs, {changed} updated")
    return count


def bless_diagnostics(flt: str) -> None:
    if not DIAGNOSTICS.is_dir():
        return
    changed = 0
    for program in sorted(DIAGNOSTICS.glob("*.py")):
        if flt and flt not in program.name:
            continue
        source = program.read_bytes()
        try:
            compile(source, program.name, "exec")
        except SyntaxError:
            pass
        else:
            continue  # No oracle: blessed by `rusputyn-corpus --bless-diagnostics`.
        proc = run_program(program)
        # CPython names the main script by its absolute path; the expectation must not depend
        # on where the checkout lives, so keep only the file name (what the compiler shows).
        stderr = proc.stderr.replace(str(program.parent).encode() + b"/", b"")
        if write_if_changed(program.with_suffix(".expected"), stderr):
            changed += 1
            print(f"blessed diagnostics/{program.name}")
    print(f"diagnostics: {changed} syntax-error expectations updated")


def remove_orphans(diagnostics: bool) -> None:
    """Deletes expectation files whose program is gone (renamed or removed)."""
    roots = [("*.stdout", PROGRAMS), ("*.status", PROGRAMS)]
    if diagnostics:
        roots.append(("*.expected", DIAGNOSTICS))
    for pattern, root in roots:
        if not root.is_dir():
            continue
        for expected in sorted(root.rglob(pattern)):
            if not expected.with_suffix(".py").exists():
                expected.unlink()
                print(f"removed orphan {expected.relative_to(ROOT).as_posix()}")


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"error: the oracle must be CPython 3.11, this is {sys.version.split()[0]}")
    global PROGRAMS
    args = sys.argv[1:]
    default_root = True
    if args[:1] == ["--root"]:
        if len(args) < 2:
            sys.exit("error: --root needs a directory")
        PROGRAMS = (ROOT / args[1]).resolve()
        default_root = PROGRAMS == (ROOT / "tests" / "programs").resolve()
        if not PROGRAMS.is_dir():
            sys.exit(f"error: no such corpus directory: {args[1]}")
        args = args[2:]
    flt = args[0] if args else ""
    bless_programs(flt)
    # The diagnostics suite belongs to the CI corpus; another root blesses only its programs.
    if default_root:
        bless_diagnostics(flt)
    if not flt:
        remove_orphans(default_root)


if __name__ == "__main__":
    main()
