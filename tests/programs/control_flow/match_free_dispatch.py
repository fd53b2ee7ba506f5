# Dispatch tables with dicts of functions instead of long if/elif chains.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b if b else "division by zero"
ops = {"+": add, "-": sub, "*": mul, "/": div}
program = [("+", 2, 3), ("*", 4, 5), ("/", 1, 0), ("-", 10, 20), ("/", 7, 2), ("%", 1, 1)]
for op, a, b in program:
    fn = ops.get(op)
    print(op, a, b, "->", fn(a, b) if fn else f"unknown op {op!r}")
state = "start"
transitions = {("start", "a"): "mid", ("mid", "b"): "end", ("mid", "a"): "mid"}
for ch in "aaab":
    state = transitions.get((state, ch), "error")
    print(ch, state)
