"""Identify specific nodes in a JSON document (RFC 6901).

Drop-in replacement for the ``jsonpointer`` package: pointer parsing and
document walking run in Rust (``jsonpointer._jsonpointer``); this module
re-exports them under the usual names and adds the module-level settings.
"""

import copy  # noqa: F401  (upstream exposes these module attributes)
import itertools
import re  # noqa: F401
import warnings
from collections.abc import Mapping, Sequence  # noqa: F401
from itertools import chain  # noqa: F401

from ._jsonpointer import (
    EndOfList,
    JsonPointer,
    JsonPointerException,
    _nothing,
    escape,
    resolve_pointer,
    set_pointer,
    unescape,
)

__author__ = 'Stefan Kögl <stefan@skoegl.net>'
__version__ = '3.12'
__website__ = 'https://github.com/stefankoegl/python-json-pointer'
__license__ = 'BSD-3-Clause'

#: Marker telling tests and tools that this is the Rust implementation.
__rusputyn__ = True

# When true, "member not found" errors include the searched document.
# Read by the Rust code at the moment such an error is raised.
VERBOSE_EXCEPTIONS = True



def _pairs(iterable):
    # itertools.pairwise only exists from Python 3.10 on.
    it = iter(iterable)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, item
        prev = item


def pairwise(iterable):
    """Yield adjacent pairs: s -> (s0, s1), (s1, s2), ...

    Deprecated since 3.12: use :func:`itertools.pairwise`.
    """
    warnings.warn('jsonpointer.pairwise() is deprecated, '
                  'use itertools.pairwise() instead',
                  DeprecationWarning, stacklevel=2)
    fn = getattr(itertools, 'pairwise', None)
    return fn(iterable) if fn is not None else _pairs(iterable)
