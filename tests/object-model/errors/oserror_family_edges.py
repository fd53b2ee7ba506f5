# The OSError family: attributes, str, args trimming, errno -> subclass mapping; the rest of
# the built-in exception hierarchy; UnicodeError attributes and messages.
for args in [(), ("msg",), (2,), (2, "No such file"), (2, "x", "f.txt"), (2, "x", None),
             (2, "x", "a", None, "b"), (2, "x", None, None, "b"), ("e", "s", "f"), (99, "odd")]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename)
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5):
    print(n, type(OSError(n, "m")).__name__, end="; ")
print()
print(type(FileNotFoundError(13, "m")).__name__, type(OSError(True, "m")).__name__)
print(IOError is OSError, EnvironmentError is OSError, OSError(1, "x", "y", None, "z").filename2)
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__, str(MyOS(2, "x", "p")))
try:
    open_result = FileNotFoundError(2, "No such file or directory", "missing.txt")
    raise open_result
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename)
chain = [ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
         ConnectionResetError, TimeoutError, BlockingIOError, ChildProcessError,
         ProcessLookupError, InterruptedError, IsADirectoryError, NotADirectoryError,
         PermissionError, FileExistsError, EOFError, IndentationError, TabError,
         UnicodeTranslateError, BytesWarning, EncodingWarning, FutureWarning, ImportWarning,
         PendingDeprecationWarning, ResourceWarning, SyntaxWarning, UnicodeWarning]
for c in chain:
    print(c.__name__, [b.__name__ for b in c.__mro__[1:]])
try:
    raise BrokenPipeError("pipe")
except ConnectionError as e:
    print("caught", repr(e), isinstance(e, OSError))
d = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(d, "|", d.encoding, d.object, d.start, d.end, d.reason)
d2 = UnicodeDecodeError("ascii", b"abc", 0, 2, "nope")
print(d2)
u = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(u, "|", u.object, u.start)
print(UnicodeEncodeError("latin-1", "\u20ac\U0001f600", 0, 1, "r"))
print(UnicodeEncodeError("latin-1", "\u20ac\U0001f600", 1, 2, "r"))
print(UnicodeEncodeError("ascii", "abc", 0, 3, "r"))
t = UnicodeTranslateError("abc", 1, 2, "bad")
print(t, t.encoding, t.object)
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print("TypeError:", e)
print(ImportError("m").msg, ImportError().name, ImportError("a", "b").msg)
