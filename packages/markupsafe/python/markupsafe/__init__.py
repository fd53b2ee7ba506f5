"""Drop-in, Rust-accelerated replacement for MarkupSafe.

Implements MarkupSafe's public API: the :class:`Markup` string type, which
marks text as safe for HTML, and :func:`escape`, :func:`escape_silent` and
:func:`soft_str`. Escaping, ``Markup.__new__``, ``unescape`` and
``striptags`` run in Rust (the ``markupsafe._speedups`` extension module);
this file keeps the ``str`` subclass itself and the methods whose work is
mostly calling other ``str`` methods.
"""

from __future__ import annotations

import collections.abc as cabc
import string
import typing as t

from . import _speedups
from ._speedups import _escape_inner as _escape_inner
from ._speedups import escape as escape
from ._speedups import escape_silent as escape_silent
from ._speedups import soft_str as soft_str

if t.TYPE_CHECKING:
    import typing_extensions as te

#: Marker telling callers (and our test script) that this is the rusputyn
#: implementation rather than upstream MarkupSafe.
__rusputyn__ = True

#: Upstream MarkupSafe release whose API and behaviour this package tracks.
_UPSTREAM_VERSION = "3.0.4"

_add = _speedups._add
_format = _speedups._format
_join = _speedups._join
_mod = _speedups._mod
_radd = _speedups._radd
_strip_tags = _speedups._strip_tags
_striptags = _speedups._striptags
_unescape = _speedups._unescape


class _HasHTML(t.Protocol):
    def __html__(self, /) -> str: ...


class _TPEscape(t.Protocol):
    def __call__(self, s: t.Any, /) -> Markup: ...


class Markup(str):
    """A string that is ready to be safely inserted into an HTML or XML
    document, either because it was escaped or because it was marked safe.

    Constructing one wraps the text without escaping it (an object with an
    ``__html__`` method contributes that method's result); use
    :meth:`Markup.escape` to escape. Operations that combine a ``Markup``
    with other text escape that text first, and the ``str`` methods return
    ``Markup`` again.

    >>> Markup("Hello, <em>World</em>!")
    Markup('Hello, <em>World</em>!')
    >>> Markup.escape("Hello, <em>World</em>!")
    Markup('Hello, &lt;em&gt;World&lt;/em&gt;!')
    >>> Markup("<em>%s</em>") % ("foo & bar",)
    Markup('<em>foo &amp; bar</em>')
    """

    __slots__ = ()

    # Implemented in Rust: ``(cls, object="", encoding=None, errors="strict")``.
    __new__ = staticmethod(_speedups._markup_new)

    def __html__(self, /) -> te.Self:
        return self

    # The combining operations run natively (see binding/src/methods.rs);
    # for subclasses they call the subclass's ``escape`` and constructor.
    def __add__(self, value: str | _HasHTML, /) -> te.Self:
        return _add(self, value)  # type: ignore[no-any-return]

    def __radd__(self, value: str | _HasHTML, /) -> te.Self:
        return _radd(self, value)  # type: ignore[no-any-return]

    def __mul__(self, value: t.SupportsIndex, /) -> te.Self:
        return self.__class__(str.__mul__(self, value))

    __rmul__ = __mul__

    def __mod__(self, value: t.Any, /) -> te.Self:
        return _mod(self, value)  # type: ignore[no-any-return]

    def __repr__(self, /) -> str:
        return f"{self.__class__.__name__}({str.__repr__(self)})"

    def join(self, iterable: cabc.Iterable[str | _HasHTML], /) -> te.Self:
        return _join(self, iterable)  # type: ignore[no-any-return]

    def split(  # type: ignore[override]
        self, /, sep: str | None = None, maxsplit: t.SupportsIndex = -1
    ) -> list[te.Self]:
        cls = self.__class__
        return [cls(part) for part in str.split(self, sep, maxsplit)]

    def rsplit(  # type: ignore[override]
        self, /, sep: str | None = None, maxsplit: t.SupportsIndex = -1
    ) -> list[te.Self]:
        cls = self.__class__
        return [cls(part) for part in str.rsplit(self, sep, maxsplit)]

    def splitlines(  # type: ignore[override]
        self, /, keepends: bool = False
    ) -> list[te.Self]:
        cls = self.__class__
        return [cls(line) for line in str.splitlines(self, keepends)]

    def unescape(self, /) -> str:
        """Decode HTML character references (named and numeric) and return
        the plain text as a ``str``, like :func:`html.unescape`.

        >>> Markup("Main &raquo; <em>About</em>").unescape()
        'Main » <em>About</em>'
        """
        return _unescape(self)

    def striptags(self, /) -> str:
        """Remove tags and comments, collapse whitespace to single spaces,
        then :meth:`unescape` the result.

        >>> Markup("Main &raquo;\t<em>About</em>").striptags()
        'Main » About'
        """
        if self.__class__ is Markup:
            return _striptags(self)
        # Subclasses may override ``unescape``; honour it.
        return self.__class__(_strip_tags(self)).unescape()

    @classmethod
    def escape(cls, s: t.Any, /) -> te.Self:
        """Escape ``s`` with :func:`escape`, returning an instance of
        ``cls`` (subclasses get their own type back)."""
        result = escape(s)
        if result.__class__ is not cls:
            return cls(result)
        return result  # type: ignore[return-value]

    def __getitem__(self, key: t.SupportsIndex | slice, /) -> te.Self:
        return self.__class__(str.__getitem__(self, key))

    def capitalize(self, /) -> te.Self:
        return self.__class__(str.capitalize(self))

    def title(self, /) -> te.Self:
        return self.__class__(str.title(self))

    def lower(self, /) -> te.Self:
        return self.__class__(str.lower(self))

    def upper(self, /) -> te.Self:
        return self.__class__(str.upper(self))

    def replace(self, old: str, new: str, count: t.SupportsIndex = -1, /) -> te.Self:
        return self.__class__(str.replace(self, old, self.escape(new), count))

    def ljust(self, width: t.SupportsIndex, fillchar: str = " ", /) -> te.Self:
        return self.__class__(str.ljust(self, width, self.escape(fillchar)))

    def rjust(self, width: t.SupportsIndex, fillchar: str = " ", /) -> te.Self:
        return self.__class__(str.rjust(self, width, self.escape(fillchar)))

    def lstrip(self, chars: str | None = None, /) -> te.Self:
        return self.__class__(str.lstrip(self, chars))

    def rstrip(self, chars: str | None = None, /) -> te.Self:
        return self.__class__(str.rstrip(self, chars))

    def center(self, width: t.SupportsIndex, fillchar: str = " ", /) -> te.Self:
        return self.__class__(str.center(self, width, self.escape(fillchar)))

    def strip(self, chars: str | None = None, /) -> te.Self:
        return self.__class__(str.strip(self, chars))

    def translate(
        self,
        table: cabc.Mapping[int, str | int | None],  # type: ignore[override]
        /,
    ) -> str:
        return self.__class__(str.translate(self, table))

    def expandtabs(self, /, tabsize: t.SupportsIndex = 8) -> te.Self:
        return self.__class__(str.expandtabs(self, tabsize))

    def swapcase(self, /) -> te.Self:
        return self.__class__(str.swapcase(self))

    def zfill(self, width: t.SupportsIndex, /) -> te.Self:
        return self.__class__(str.zfill(self, width))

    def casefold(self, /) -> te.Self:
        return self.__class__(str.casefold(self))

    def removeprefix(self, prefix: str, /) -> te.Self:
        return self.__class__(str.removeprefix(self, prefix))

    def removesuffix(self, suffix: str) -> te.Self:
        return self.__class__(str.removesuffix(self, suffix))

    def partition(self, sep: str, /) -> tuple[te.Self, te.Self, te.Self]:
        cls = self.__class__
        head, found, tail = str.partition(self, sep)
        return cls(head), cls(found), cls(tail)

    def rpartition(self, sep: str, /) -> tuple[te.Self, te.Self, te.Self]:
        cls = self.__class__
        head, found, tail = str.rpartition(self, sep)
        return cls(head), cls(found), cls(tail)

    def format(self, *args: t.Any, **kwargs: t.Any) -> te.Self:
        result = _format(self, args, kwargs)
        if result is None:  # subclass: honour its own escape()
            formatter = EscapeFormatter(self.escape)
            result = self.__class__(formatter.vformat(self, args, kwargs))
        return result  # type: ignore[no-any-return]

    def format_map(
        self,
        mapping: cabc.Mapping[str, t.Any],  # type: ignore[override]
        /,
    ) -> te.Self:
        result = _format(self, (), mapping)
        if result is None:  # subclass: honour its own escape()
            formatter = EscapeFormatter(self.escape)
            result = self.__class__(formatter.vformat(self, (), mapping))
        return result  # type: ignore[no-any-return]

    def __html_format__(self, format_spec: str, /) -> te.Self:
        if format_spec:
            raise ValueError("Unsupported format specification for Markup.")
        return self


class EscapeFormatter(string.Formatter):
    """A :class:`string.Formatter` that escapes every replacement field,
    honouring ``__html_format__`` and ``__html__`` on the values."""

    __slots__ = ("escape",)

    def __init__(self, escape: _TPEscape) -> None:
        self.escape: _TPEscape = escape
        super().__init__()

    def format_field(self, value: t.Any, format_spec: str) -> str:
        if hasattr(value, "__html_format__"):
            formatted = value.__html_format__(format_spec)
        elif hasattr(value, "__html__"):
            if format_spec:
                raise ValueError(
                    f"Format specifier {format_spec} given, but {type(value)} does not"
                    " define __html_format__. A class that defines __html__ must define"
                    " __html_format__ to work with format specifiers."
                )
            formatted = value.__html__()
        else:
            # Pass a real str spec so the base class picks the right path.
            formatted = super().format_field(value, str(format_spec))
        return str(self.escape(formatted))


class _MarkupEscapeHelper(_speedups._EscapeHelper):
    """Wraps ``%``-formatting arguments of :meth:`Markup.__mod__` so they
    are escaped when converted with ``%s`` / ``%r`` (numbers pass through
    ``%d`` / ``%f`` unchanged). Implemented natively; this subclass gives it
    its plain name, which ``%`` formatting errors quote."""

    __slots__ = ()


# The Rust functions build instances of the classes registered here.
_speedups._register(Markup)
_speedups._MarkupEscapeHelper = _MarkupEscapeHelper


def __getattr__(name: str) -> t.Any:
    if name == "__version__":
        import warnings

        warnings.warn(
            "The '__version__' attribute is deprecated and will be removed in"
            " MarkupSafe 3.1. Use feature detection, or"
            ' `importlib.metadata.version("markupsafe")`, instead.',
            DeprecationWarning,
            stacklevel=2,
        )
        return _UPSTREAM_VERSION

    raise AttributeError(name)
