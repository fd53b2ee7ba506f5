"""Names for built-in types and helpers for creating classes.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `types`
(https://docs.python.org/3.11/library/types.html): the type objects of functions, methods,
generators, modules and the singletons, `SimpleNamespace`, `GenericAlias` and `UnionType`
(implemented in the runtime), and the dynamic
class helpers `new_class`, `prepare_class` and `resolve_bases`. Not provided: the types of
objects compiled programs do not have (code, frame, traceback, cell objects, coroutines) and
`MappingProxyType`.
"""

import sys as _sys

__all__ = [
    "BuiltinFunctionType", "BuiltinMethodType", "EllipsisType", "FunctionType",
    "GeneratorType", "GenericAlias", "UnionType", "LambdaType", "MethodType", "ModuleType", "NoneType",
    "NotImplementedType", "SimpleNamespace", "new_class", "prepare_class", "resolve_bases",
]


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
GeneratorType = type(_generator())
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _function, _generator, _Class

# Objects being repr'd, so a namespace that contains itself prints `...`.
_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    __hash__ = None

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({inner})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


GenericAlias = type(list[int])
UnionType = type(int | str)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            continue
        new = entries(bases)
        updated = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

Returns (metaclass, namespace, kwds) as a 3-tuple"""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # The most derived metaclass among the bases' metaclasses wins.
        winner = meta
        for base in bases:
            base_meta = type(base)
            if issubclass(winner, base_meta):
                continue
            if issubclass(base_meta, winner):
                winner = base_meta
                continue
            raise TypeError(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                "subclass of the metaclasses of all its bases"
            )
        meta = winner
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)
