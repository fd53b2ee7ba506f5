# An uncaught chained exception: the traceback shows both; the last line is the outer one.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"could not parse {s!r}") from e
print(parse("12"))
print(parse("twelve"))
