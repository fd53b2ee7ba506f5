from contextlib import contextmanager
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback {type(e).__name__}")
        raise
    else:
        log.append("commit")
log = []
with transaction(log) as l:
    l.append("work")
try:
    with transaction(log):
        raise ValueError
except ValueError:
    log.append("saw ValueError")
print(log)
@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e}") from e
try:
    with converting():
        {}["zz"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
