"""Parsing ``.env`` text into bindings (python-dotenv's ``dotenv.parser``).

The grammar is implemented in Rust (``dotenv._core``); this module wraps its results
in the same named tuples python-dotenv exposes.
"""

from typing import IO, Iterator, NamedTuple, Optional

from . import _core


class Original(NamedTuple):
    """The source text of one statement and the line it starts on."""

    string: str
    line: int


class Binding(NamedTuple):
    """One statement: key and value (``None`` when absent) and where it came from."""

    key: Optional[str]
    value: Optional[str]
    original: Original
    error: bool


class Error(Exception):
    """Kept for compatibility: raised by upstream's reader internally, never escapes."""


def parse_text(text: str) -> Iterator[Binding]:
    """Yields the bindings of ``text`` (a leading byte-order mark is ignored)."""
    for key, value, string, line, error in _core.parse_bindings(text):
        yield Binding(key, value, Original(string, line), error)


def parse_stream(stream: IO[str]) -> Iterator[Binding]:
    """Reads ``stream`` to the end and yields its bindings in order."""
    yield from parse_text(stream.read())
