"""Loading, querying and editing ``.env`` files (python-dotenv's ``dotenv.main``).

File access, logging and ``os.environ`` updates stay in Python so they behave (and
can be patched in tests) exactly like upstream; parsing, variable expansion and the
text rewriting of ``set_key``/``unset_key`` are done by ``dotenv._core``.
"""

import io
import logging
import os
import pathlib
import stat
import sys
import tempfile
from collections import OrderedDict
from contextlib import contextmanager
from typing import IO, Dict, Iterable, Iterator, Mapping, Optional, Tuple, Union

from . import _core
from .parser import Binding

# Paths accepted by the functions below; they end up in `open()` and `os.replace()`.
StrPath = Union[str, "os.PathLike[str]"]

logger = logging.getLogger(__name__)

_DISABLING_VALUES = frozenset({"1", "true", "t", "yes", "y"})


def _load_dotenv_disabled() -> bool:
    """Whether ``PYTHON_DOTENV_DISABLED`` is set to a truthy value."""
    flag = os.environ.get("PYTHON_DOTENV_DISABLED")
    return flag is not None and flag.casefold() in _DISABLING_VALUES


def _warn_unparsable(lines: Iterable[int]) -> None:
    for line in lines:
        logger.warning(
            "python-dotenv could not parse statement starting at line %s", line
        )


def with_warn_for_invalid_lines(mappings: Iterator[Binding]) -> Iterator[Binding]:
    """Passes bindings through, logging a warning for each one that failed to parse."""
    for mapping in mappings:
        if mapping.error:
            _warn_unparsable((mapping.original.line,))
        yield mapping


class DotEnv:
    """One ``.env`` source (a path or a text stream) and its parsed values."""

    def __init__(
        self,
        dotenv_path: Optional[StrPath],
        stream: Optional[IO[str]] = None,
        verbose: bool = False,
        encoding: Optional[str] = None,
        interpolate: bool = True,
        override: bool = True,
    ) -> None:
        self.dotenv_path: Optional[StrPath] = dotenv_path
        self.stream: Optional[IO[str]] = stream
        self._dict: Optional[Dict[str, Optional[str]]] = None
        self.verbose: bool = verbose
        self.encoding: Optional[str] = encoding
        self.interpolate: bool = interpolate
        self.override: bool = override

    @contextmanager
    def _get_stream(self) -> Iterator[IO[str]]:
        """The file at ``dotenv_path`` if it exists, else ``stream``, else empty text."""
        if self.dotenv_path and _is_file_or_fifo(self.dotenv_path):
            with open(self.dotenv_path, encoding=self.encoding) as stream:
                yield stream
        elif self.stream is not None:
            yield self.stream
        else:
            self._report_missing()
            yield io.StringIO("")

    def _report_missing(self) -> None:
        if self.verbose:
            logger.info(
                "python-dotenv could not find configuration file %s.",
                self.dotenv_path or ".env",
            )

    def _read_text(self) -> str:
        # Same source selection as `_get_stream`, without the context-manager cost on
        # the hot path.
        if self.dotenv_path and _is_file_or_fifo(self.dotenv_path):
            with open(self.dotenv_path, encoding=self.encoding) as stream:
                return stream.read()
        if self.stream is not None:
            return self.stream.read()
        self._report_missing()
        return ""

    def dict(self) -> Dict[str, Optional[str]]:
        """The ``.env`` content as an ordered dict (parsed once, then cached)."""
        if self._dict is None:
            self._dict = _core.resolve(
                self.parse(),
                bool(self.interpolate),
                bool(self.override),
                os.environ,
                OrderedDict(),
            )
        return self._dict

    def parse(self) -> Iterator[Tuple[str, Optional[str]]]:
        """The ``(key, value)`` pairs of the source, warning about unparsable lines."""
        pairs = _core.Pairs(self._read_text())
        _warn_unparsable(pairs.error_lines)
        return pairs

    def set_as_environment_variables(self) -> bool:
        """Copies the values into ``os.environ``; False when there is nothing to load."""
        values = self.dict()
        if not values:
            return False
        _core.apply_environ(values, os.environ, bool(self.override))
        return True

    def get(self, key: str) -> Optional[str]:
        """The value of ``key``, or None (with a warning when verbose) if absent."""
        values = self.dict()
        if key in values:
            return values[key]
        if self.verbose:
            logger.warning("Key %s not found in %s.", key, self.dotenv_path)
        return None


def get_key(
    dotenv_path: StrPath,
    key_to_get: str,
    encoding: Optional[str] = "utf-8",
) -> Optional[str]:
    """Returns the value of ``key_to_get`` in the given ``.env`` file.

    Returns None if the key is missing or has no value.
    """
    return DotEnv(dotenv_path, verbose=True, encoding=encoding).get(key_to_get)


def _open_for_rewrite(
    path: StrPath, encoding: Optional[str]
) -> Tuple[IO[str], Optional[int]]:
    """Opens the current file (empty text if it is missing) and reads its mode bits,
    which are only kept for regular files (not for a symlink being replaced)."""
    try:
        source: IO[str] = open(path, encoding=encoding)
    except FileNotFoundError:
        return io.StringIO(""), None
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        source.close()
        return io.StringIO(""), None
    except BaseException:
        source.close()
        raise
    mode = stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None
    return source, mode


@contextmanager
def rewrite(
    path: StrPath,
    encoding: Optional[str],
    follow_symlinks: bool = False,
) -> Iterator[Tuple[IO[str], IO[str]]]:
    """Yields ``(source, dest)``; ``dest`` atomically replaces ``path`` on success.

    Without ``follow_symlinks`` a symlink at ``path`` is replaced by a regular file
    instead of its target being modified.
    """
    if follow_symlinks:
        path = os.path.realpath(path)
    source, mode = _open_for_rewrite(path, encoding)
    with tempfile.NamedTemporaryFile(
        mode="w",
        encoding=encoding,
        delete=False,
        prefix=".tmp_",
        dir=os.path.dirname(os.path.abspath(path)),
    ) as dest:
        temp_path = pathlib.Path(dest.name)
        failure: Optional[BaseException] = None
        try:
            with source:
                yield source, dest
        except BaseException as exc:
            failure = exc
    if failure is not None:
        temp_path.unlink(missing_ok=True)
        raise failure from None
    try:
        if mode is not None:
            os.chmod(temp_path, mode)
        os.replace(temp_path, path)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise


def _assignment_line(key: object, value: object, quote_mode: object, export: object) -> str:
    """The ``KEY=VALUE`` line written by ``set_key`` (raises ``ValueError`` for an
    unknown ``quote_mode``)."""
    mode = quote_mode if isinstance(quote_mode, str) else f"{quote_mode}"
    if isinstance(value, str):
        return _core.format_assignment(f"{key}", value, mode, bool(export))
    # Non-`str` values: upstream formats them as they are with quote_mode="never" and
    # otherwise fails on the `str` method it calls; mirror that instead of a TypeError.
    _core.format_assignment("", "", mode, False)
    if mode == "never" or (mode == "auto" and value.isalnum()):  # type: ignore[attr-defined]
        value_out = f"{value}"
    else:
        escaped = value.replace("\\", "\\\\").replace("'", "\\'")  # type: ignore[attr-defined]
        value_out = f"'{escaped}'"
    return f"{'export ' if export else ''}{key}={value_out}\n"


def _key_text(key: object) -> Optional[str]:
    # Parsed keys are always `str`; anything else can never compare equal to one.
    return key if isinstance(key, str) else None


def set_key(
    dotenv_path: StrPath,
    key_to_set: str,
    value_to_set: str,
    quote_mode: str = "always",
    export: bool = False,
    encoding: Optional[str] = "utf-8",
    follow_symlinks: bool = False,
) -> Tuple[Optional[bool], str, str]:
    """Adds or replaces ``key_to_set`` in the given ``.env`` file, creating it if needed.

    ``quote_mode`` is ``"always"``, ``"auto"`` (quote unless alphanumeric) or
    ``"never"``. Symlinks are replaced rather than followed unless
    ``follow_symlinks`` is true, so an untrusted link cannot redirect the write.
    """
    line = _assignment_line(key_to_set, value_to_set, quote_mode, export)
    with rewrite(dotenv_path, encoding=encoding, follow_symlinks=follow_symlinks) as (
        source,
        dest,
    ):
        text, bad_lines = _core.set_key_text(source.read(), _key_text(key_to_set), line)
        _warn_unparsable(bad_lines)
        dest.write(text)
    return True, key_to_set, value_to_set


def unset_key(
    dotenv_path: StrPath,
    key_to_unset: str,
    quote_mode: str = "always",
    encoding: Optional[str] = "utf-8",
    follow_symlinks: bool = False,
) -> Tuple[Optional[bool], str]:
    """Removes ``key_to_unset`` from the given ``.env`` file.

    Returns ``(None, key)`` with a warning when the file or the key does not exist.
    Symlinks are replaced rather than followed unless ``follow_symlinks`` is true.
    """
    if not os.path.exists(dotenv_path):
        logger.warning("Can't delete from %s - it doesn't exist.", dotenv_path)
        return None, key_to_unset
    with rewrite(dotenv_path, encoding=encoding, follow_symlinks=follow_symlinks) as (
        source,
        dest,
    ):
        text, removed, bad_lines = _core.unset_key_text(
            source.read(), _key_text(key_to_unset)
        )
        _warn_unparsable(bad_lines)
        dest.write(text)
    if not removed:
        logger.warning(
            "Key %s not removed from %s - key doesn't exist.", key_to_unset, dotenv_path
        )
        return None, key_to_unset
    return removed, key_to_unset


def resolve_variables(
    values: Iterable[Tuple[str, Optional[str]]],
    override: bool,
) -> Mapping[str, Optional[str]]:
    """Expands ``${...}`` references in ``values`` against earlier values and
    ``os.environ`` (earlier values win when ``override`` is true)."""
    return _core.resolve(values, True, bool(override), os.environ, {})


def _walk_to_root(path: str) -> Iterator[str]:
    """Yields ``path`` (or its directory, for a file) and each parent up to the root."""
    if not os.path.exists(path):
        raise IOError("Starting path not found")
    if os.path.isfile(path):
        path = os.path.dirname(path)
    current = os.path.abspath(path)
    while True:
        yield current
        parent = os.path.abspath(os.path.join(current, os.path.pardir))
        if parent == current:
            return
        current = parent


def _is_interactive() -> bool:
    """Whether we run in a REPL or a notebook (no ``__main__.__file__``)."""
    if hasattr(sys, "ps1") or hasattr(sys, "ps2"):
        return True
    try:
        main = __import__("__main__", None, None, fromlist=["__file__"])
    except ModuleNotFoundError:
        return False
    return not hasattr(main, "__file__")


def _caller_directory() -> str:
    """Directory of the first calling frame outside this module whose file exists."""
    frame = sys._getframe()
    this_file = __file__
    while frame.f_code.co_filename == this_file or not os.path.exists(
        frame.f_code.co_filename
    ):
        assert frame.f_back is not None
        frame = frame.f_back
    return os.path.dirname(os.path.abspath(frame.f_code.co_filename))


def find_dotenv(
    filename: str = ".env",
    raise_error_if_not_found: bool = False,
    usecwd: bool = False,
) -> str:
    """Searches ``filename`` in the caller's directory and its parents.

    The search starts in the current directory instead when ``usecwd`` is true or
    when running interactively, under a debugger or frozen. Returns the path found,
    or ``""`` (raising ``IOError`` instead if ``raise_error_if_not_found``).
    """
    if (
        usecwd
        or _is_interactive()
        or sys.gettrace() is not None
        or getattr(sys, "frozen", False)
    ):
        start = os.getcwd()
    else:
        start = _caller_directory()
    for directory in _walk_to_root(start):
        candidate = os.path.join(directory, filename)
        if _is_file_or_fifo(candidate):
            return candidate
    if raise_error_if_not_found:
        raise IOError("File not found")
    return ""


def load_dotenv(
    dotenv_path: Optional[StrPath] = None,
    stream: Optional[IO[str]] = None,
    verbose: bool = False,
    override: bool = False,
    interpolate: bool = True,
    encoding: Optional[str] = "utf-8",
) -> bool:
    """Parses a ``.env`` file (or ``stream``) and sets its variables in ``os.environ``.

    Parameters:
        dotenv_path: Path of the ``.env`` file.
        stream: Text stream read when ``dotenv_path`` is None.
        verbose: Log when the file is missing.
        override: Replace variables already set in the environment.
        interpolate: Expand ``${VAR}`` / ``${VAR:-default}`` references.
        encoding: Encoding of the file.

    Returns True if at least one variable was found. With neither a path nor a
    stream, ``find_dotenv()`` locates the file. Setting ``PYTHON_DOTENV_DISABLED``
    to a truthy value turns this function into a no-op returning False.
    """
    if _load_dotenv_disabled():
        logger.debug(
            "python-dotenv: .env loading disabled by PYTHON_DOTENV_DISABLED environment variable"
        )
        return False
    if dotenv_path is None and stream is None:
        dotenv_path = find_dotenv()
    return DotEnv(
        dotenv_path=dotenv_path,
        stream=stream,
        verbose=verbose,
        interpolate=interpolate,
        override=override,
        encoding=encoding,
    ).set_as_environment_variables()


def dotenv_values(
    dotenv_path: Optional[StrPath] = None,
    stream: Optional[IO[str]] = None,
    verbose: bool = False,
    interpolate: bool = True,
    encoding: Optional[str] = "utf-8",
) -> Dict[str, Optional[str]]:
    """Parses a ``.env`` file (or ``stream``) and returns its content as a dict.

    Keys written without ``=`` map to None (``FOO`` gives ``{"FOO": None}``, while
    ``FOO=`` gives ``{"FOO": ""}``). With neither a path nor a stream,
    ``find_dotenv()`` locates the file.
    """
    if dotenv_path is None and stream is None:
        dotenv_path = find_dotenv()
    return DotEnv(
        dotenv_path=dotenv_path,
        stream=stream,
        verbose=verbose,
        interpolate=interpolate,
        override=True,
        encoding=encoding,
    ).dict()


def _is_file_or_fifo(path: StrPath) -> bool:
    """Whether ``path`` is an existing regular file or named pipe."""
    if os.path.isfile(path):
        return True
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISFIFO(info.st_mode)
