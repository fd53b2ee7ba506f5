"""Public entry points and the ``TOMLDecodeError`` exception.

The parsing itself happens in the compiled ``tomli._tomli`` extension; this module holds
the exception class so that its constructor, attributes and deprecation behaviour match
upstream ``tomli`` exactly, and re-exports the extension's functions under upstream's
module path.
"""

from __future__ import annotations

from typing import Any


class _Unset:
    """Sentinel for arguments that were not passed to ``TOMLDecodeError``."""


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML.

    Adds the following attributes to ValueError:
    msg: The unformatted error message
    doc: The TOML document being parsed
    pos: The index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(
        self,
        msg: Any = _Unset,
        doc: Any = _Unset,
        pos: Any = _Unset,
        *args: Any,
    ) -> None:
        well_formed = (
            not args
            and isinstance(msg, str)
            and isinstance(doc, str)
            and isinstance(pos, int)
        )
        if not well_formed:
            # Older tomli accepted arbitrary ValueError arguments; keep accepting them
            # but warn, as tomli 2.x does.
            import warnings

            warnings.warn(
                "Free-form arguments for TOMLDecodeError are deprecated. "
                "Please set 'msg' (str), 'doc' (str) and 'pos' (int) arguments only.",
                DeprecationWarning,
                stacklevel=2,
            )
            given = [a for a in (msg, doc, pos) if a is not _Unset]
            ValueError.__init__(self, *given, *args)
            return

        lineno = doc.count("\n", 0, pos) + 1
        colno = pos + 1 if lineno == 1 else pos - doc.rindex("\n", 0, pos)
        where = (
            "end of document" if pos >= len(doc) else f"line {lineno}, column {colno}"
        )
        ValueError.__init__(self, f"{msg} (at {where})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


from ._tomli import load, loads  # noqa: E402  (the extension needs the class above)

__all__ = ("loads", "load", "TOMLDecodeError")
