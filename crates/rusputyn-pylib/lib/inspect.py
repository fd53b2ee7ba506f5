"""Get useful information from live Python objects.

Rusputyn's implementation of a part of CPython 3.11's `inspect`
(https://docs.python.org/3.11/library/inspect.html): the type predicates
(`isclass`, `isfunction`, `ismethod`, `isgenerator`, `ismodule`, `isbuiltin`, `isroutine`),
`getmro`, `getdoc`/`cleandoc` and `getgeneratorstate`.
Signatures, source retrieval and frame inspection are not provided.
"""

import types as _types
from _inspect import getgeneratorstate as _generator_state

__all__ = [
    "GEN_CLOSED", "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "cleandoc", "getdoc",
    "getgeneratorstate", "getmro", "isbuiltin", "isclass", "isfunction", "isgenerator",
    "ismethod", "ismodule", "isroutine",
]

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    """Get current state of a generator-iterator.

Possible states are:
  GEN_CREATED: Waiting to start execution.
  GEN_RUNNING: Currently being executed by the interpreter.
  GEN_SUSPENDED: Currently suspended at a yield expression.
  GEN_CLOSED: Execution has completed."""
    return _generator_state(generator)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _types.ModuleType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, _types.FunctionType)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, _types.MethodType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _types.GeneratorType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def cleandoc(doc):
    """Clean up indentation from docstrings.

Any whitespace that can be uniformly removed from the second line
onwards is removed."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(object):
    """Get the documentation string for an object, cleaned up (see cleandoc)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)
