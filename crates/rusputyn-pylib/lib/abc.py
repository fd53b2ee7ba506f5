"""Abstract base classes.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `abc`
(https://docs.python.org/3.11/library/abc.html): `ABCMeta` (abstract-method collection into
`__abstractmethods__`, `register` for virtual subclasses, `__subclasshook__`, and the
`isinstance`/`issubclass` checks they drive), `ABC`, `abstractmethod`, the deprecated
`abstractclassmethod`/`abstractstaticmethod`/`abstractproperty`, `get_cache_token` and
`update_abstractmethods`. The runtime itself refuses to instantiate a class whose
`__abstractmethods__` is non-empty, as CPython's `object.__new__` does.
"""

__all__ = [
    "ABC",
    "ABCMeta",
    "abstractclassmethod",
    "abstractmethod",
    "abstractproperty",
    "abstractstaticmethod",
    "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Marks `funcobj` abstract: a class with such a method cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated spelling of `classmethod(abstractmethod(callable))`."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated spelling of `staticmethod(abstractmethod(callable))`."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated spelling of `property(abstractmethod(fget), ...)`."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    """True when a namespace value is an abstract method (functions, properties and
    class/static methods report it through `__isabstractmethod__`)."""
    return bool(getattr(value, "__isabstractmethod__", False))


# The registered virtual subclasses of each ABC, kept outside the classes so that their
# namespaces hold only what the program put there. Bumped on every registration.
_registries = {}
_cache_token = [0]


def get_cache_token():
    """A value that changes whenever a class is registered with any ABC."""
    return _cache_token[0]


def _abstract_names(cls, namespace, bases):
    names = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            names.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        _registries[cls] = []
        return cls

    def register(cls, subclass):
        """Registers `subclass` as a virtual subclass of this ABC and returns it."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _registries.setdefault(cls, []).append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = getattr(instance, "__class__", type(instance))
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return ok
        if cls in subclass.__mro__:
            return True
        for registered in _registries.get(cls, ()):
            if issubclass(subclass, registered):
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {_registries.get(cls, [])!r}", file=file)


def update_abstractmethods(cls):
    """Recomputes `cls.__abstractmethods__` after methods were added to or removed from an
    ABC after its creation; returns `cls`."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class whose subclasses are abstract base classes (its metaclass is
    `ABCMeta`)."""

    __slots__ = ()
