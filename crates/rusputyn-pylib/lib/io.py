"""The core tools for working with streams.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `io.StringIO`
(https://docs.python.org/3.11/library/io.html#io.StringIO), an in-memory text stream, with
the `SEEK_*` constants and `UnsupportedOperation`. File objects, `BytesIO` and the stream
class hierarchy are not provided yet.
"""

__all__ = ["SEEK_CUR", "SEEK_END", "SEEK_SET", "StringIO", "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    """Text I/O implementation using an in-memory buffer.

The initial_value argument sets the value of object.  The newline
argument is like the one of TextIOWrapper's constructor."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}"
            )
        self._newline = newline
        self._closed = False
        # The text is `_text` followed by the strings in `_tail` (appends at the end are
        # collected there and joined lazily, so a series of writes stays linear).
        self._text = ""
        self._tail = []
        self._size = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._tail:
            self._text = self._text + "".join(self._tail)
            self._tail = []
        return self._text

    @property
    def closed(self):
        """True if the file is closed."""
        return self._closed

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def close(self):
        """Close the IO object.

Attempting any further operation after the object is closed
will raise a ValueError.

This method has no effect if the file is already closed."""
        self._closed = True

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check_open()
        return self._value()

    def write(self, s):
        """Write string to file.

Returns the number of characters written, which is always equal to
the length of the string."""
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        written = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        if not s:
            return written
        pos, size = self._pos, self._size
        if pos == size:
            self._tail.append(s)
        else:
            text = self._value()
            if pos > size:
                text = text + "\0" * (pos - size)
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        self._size = max(size, self._pos)
        return written

    def writelines(self, lines):
        """Write a list of lines to stream."""
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        """Read at most size characters, returned as a string.

If the argument is negative or omitted, read until EOF
is reached. Return an empty string at EOF."""
        self._check_open()
        if size is None:
            size = -1
        text = self._value()
        start = min(self._pos, len(text))
        end = len(text) if size < 0 else min(start + size, len(text))
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        """Read until newline or EOF.

Returns an empty string if EOF is hit immediately."""
        self._check_open()
        if size is None:
            size = -1
        text = self._value()
        start = min(self._pos, len(text))
        if self._newline in ("\r", "\r\n"):
            end = text.find(self._newline, start)
            end = len(text) if end < 0 else end + len(self._newline)
        else:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readlines(self, hint=-1):
        """Return a list of lines from the stream."""
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def seek(self, pos, whence=0):
        """Change stream position.

Seek to character offset pos relative to position indicated by whence:
    0  Start of stream (the default).  pos should be >= 0;
    1  Current position - pos must be 0;
    2  End of stream - pos must be 0.
Returns the new absolute position."""
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        """Tell the current file position."""
        self._check_open()
        return self._pos

    def truncate(self, pos=None):
        """Truncate size to pos.

The pos argument defaults to the current file position, as
returned by tell().  The current file position is unchanged.
Returns the new absolute position."""
        self._check_open()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        if pos < self._size:
            self._text = self._value()[:pos]
            self._size = pos
        return pos

    def readable(self):
        """Returns True if the IO object can be read."""
        self._check_open()
        return True

    def writable(self):
        """Returns True if the IO object can be written."""
        self._check_open()
        return True

    def seekable(self):
        """Returns True if the IO object can be seeked."""
        self._check_open()
        return True

    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        self._check_open()
        return False

    def flush(self):
        """Does nothing: the buffer is the stream."""
        self._check_open()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line
