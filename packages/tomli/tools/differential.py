"""Differential check: decode many documents and print one JSON line per outcome.

Run it with an interpreter that has upstream ``tomli`` and with one that has ours, then
compare the outputs (``compare`` mode does both through two interpreters):

    python differential.py compare UPSTREAM_PYTHON OURS_PYTHON CASES_DIR [N_MUTANTS]

Inputs are the toml-test fixtures plus seeded random mutations of them (characters deleted,
duplicated or replaced by TOML-significant ones), so error messages and positions are
compared on many near-miss documents.
"""

import json
import math
import random
import subprocess
import sys
from pathlib import Path

ALPHABET = list("[]{}=.,\"'#\n \t\\-+:_0123456789abefinrtuxzTZ") + ["\r\n", "\x7f", "é", "\x00"]


def inputs(cases_dir, n_mutants):
    base = []
    for p in sorted(Path(cases_dir).rglob("*.toml")):
        try:
            base.append(p.read_bytes().decode())
        except UnicodeDecodeError:
            pass
    rnd = random.Random(1234)
    out = list(base)
    for _ in range(n_mutants):
        s = rnd.choice(base)
        for _ in range(rnd.randint(1, 3)):
            i = rnd.randint(0, len(s))
            op = rnd.random()
            if op < 0.3:
                s = s[:i] + s[i + 1 :]
            elif op < 0.6:
                s = s[:i] + rnd.choice(ALPHABET) + s[i:]
            else:
                s = s[:i] + rnd.choice(ALPHABET) + s[i + 1 :]
        out.append(s)
    return out


def norm(obj):
    if isinstance(obj, float):
        if math.isnan(obj):
            return ["nan", math.copysign(1, obj)]
        return ["float", repr(obj)]
    if isinstance(obj, dict):
        return {k: norm(v) for k, v in obj.items()} | {"__keys__": list(obj)}
    if isinstance(obj, list):
        return [norm(v) for v in obj]
    return [type(obj).__name__, repr(obj)]


def run(cases_dir, n_mutants):
    import tomli

    for doc in inputs(cases_dir, n_mutants):
        try:
            res = ["ok", norm(tomli.loads(doc))]
        except tomli.TOMLDecodeError as e:
            res = ["err", str(e), e.msg, e.pos, e.lineno, e.colno, e.doc == doc.replace("\r\n", "\n")]
        except Exception as e:  # noqa: BLE001
            res = ["exc", type(e).__name__, str(e)]
        print(json.dumps(res))


def compare(up, ours, cases_dir, n_mutants):
    me = str(Path(__file__).resolve())
    a = subprocess.run([up, me, "run", cases_dir, str(n_mutants)], capture_output=True, text=True, check=True).stdout.splitlines()
    b = subprocess.run([ours, me, "run", cases_dir, str(n_mutants)], capture_output=True, text=True, check=True).stdout.splitlines()
    docs = inputs(cases_dir, n_mutants)
    bad = [(d, x, y) for d, x, y in zip(docs, a, b) if x != y]
    for d, x, y in bad[:20]:
        print("DOC:", repr(d[:300]))
        print("  upstream:", x[:300])
        print("  ours:    ", y[:300])
    print(f"{len(docs)} documents, {len(bad)} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2], int(sys.argv[3]))
    else:
        n = int(sys.argv[5]) if len(sys.argv) > 5 else 5000
        sys.exit(compare(sys.argv[2], sys.argv[3], sys.argv[4], n))
