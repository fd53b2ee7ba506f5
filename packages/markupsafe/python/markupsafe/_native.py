"""Pure-Python escaping, the counterpart of upstream's fallback module.

Our package always has the Rust extension, so nothing here is used by
:func:`markupsafe.escape`; the module exists because code (and upstream's
test suite) imports ``markupsafe._native`` to compare implementations.
"""

from __future__ import annotations

# Order matters: "&" first so the entities added later are not re-escaped.
_REPLACEMENTS = (
    ("&", "&amp;"),
    (">", "&gt;"),
    ("<", "&lt;"),
    ("'", "&#39;"),
    ('"', "&#34;"),
)


def _escape_inner(s: str, /) -> str:
    # ``str.replace`` on the plain-str value: a Markup argument would
    # otherwise escape the replacement text itself.
    text = str.__str__(s) if type(s) is not str else s
    for char, entity in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, entity)
    return text
