from contextlib import ExitStack, contextmanager
@contextmanager
def res(name, log):
    log.append(f"open {name}")
    yield name
    log.append(f"close {name}")
log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append(f"using {names}")
print(log)
log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    saved = stack.pop_all()
log.append("stack exited")
saved.close()
print(log)
def cb_raising():
    raise ValueError("in callback")
try:
    with ExitStack() as s:
        s.callback(cb_raising)
        s.callback(print, "runs first")
except ValueError as e:
    print("ValueError:", e)
