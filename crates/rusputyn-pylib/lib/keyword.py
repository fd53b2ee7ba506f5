"""Python's keywords.

Rusputyn's implementation of CPython 3.11's `keyword` module
(https://docs.python.org/3.11/library/keyword.html): the hard keywords of the language and the
soft keywords that are keywords only in some contexts.
"""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
]

softkwlist = ["_", "case", "match"]

_KEYWORDS = frozenset(kwlist)
_SOFT_KEYWORDS = frozenset(softkwlist)


def iskeyword(s):
    """True if `s` is one of Python's keywords."""
    return s in _KEYWORDS


def issoftkeyword(s):
    """True if `s` is one of Python's soft keywords."""
    return s in _SOFT_KEYWORDS
