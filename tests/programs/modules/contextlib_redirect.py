import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1)
    print("second", end="")
    sys.stdout.write("|direct")
print(target is buf, repr(buf.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("boom")
except ValueError as e:
    print("restored after", e)
class Upper:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
u = Upper()
with redirect_stdout(u):
    print("a", "b", flush=True)
print(u.parts)
reuse = redirect_stdout(io.StringIO())
with reuse:
    print("x")
with reuse:
    print("y")
print("done")
