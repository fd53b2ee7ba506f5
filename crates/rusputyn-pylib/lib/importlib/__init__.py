"""Importing modules by name at run time.

Rusputyn's implementation of the documented behaviour of CPython 3.11's
`importlib.import_module` (https://docs.python.org/3.11/library/importlib.html).
A compiled program holds only the modules the compiler found: those imported by
a statement, or named by a string literal in `import_module("...")` or
`__import__("...")`. Any other name raises `ModuleNotFoundError`.
"""

__all__ = ["import_module"]


def _resolve_name(name, package, level):
    """The absolute name of `name` imported `level` dots below `package`."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import the module `name` (relative to `package` when it starts with dots) and
    return it: the module itself, not its top-level package as `__import__` does."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                f"import for {name!r}"
            )
        while level < len(name) and name[level] == ".":
            level += 1
        name = _resolve_name(name[level:], package, level)
    return __import__(name, fromlist=["__name__"])
