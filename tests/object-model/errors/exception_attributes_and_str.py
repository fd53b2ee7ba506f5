errs = [KeyError("k"), KeyError(), IndexError("list index out of range"), OSError(2, "No such file"),
        UnicodeError("u"), StopIteration(5), SystemExit(3), ValueError("a", "b"), Exception(), AttributeError("x")]
for e in errs:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = OSError(2, "No such file", "path.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(FileNotFoundError.__mro__[1].__name__, issubclass(FileNotFoundError, OSError), IOError is OSError)
print(StopIteration(7).value, SystemExit(4).code, KeyError("x").args)
