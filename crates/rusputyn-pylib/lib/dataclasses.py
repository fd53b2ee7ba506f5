"""Classes that write their own boilerplate from annotated fields.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `dataclasses`
(https://docs.python.org/3.11/library/dataclasses.html): `dataclass` with every parameter,
`field`, `Field`, `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`, `make_dataclass`,
`InitVar`, `KW_ONLY`, `MISSING` and `FrozenInstanceError`. The generated methods are closures
rather than code compiled from text, so `__init__` binds its arguments itself, with CPython's
error messages.
"""

from _dataclasses import fields_compare as _fields_compare
from _dataclasses import fields_hash as _fields_hash
from _dataclasses import init_fields as _init_fields

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

# What a field is: an ordinary instance field, a class variable, or an init-only variable.
_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"


class InitVar:
    """Marks a pseudo-field passed to `__init__` and `__post_init__` but not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) if isinstance(self.type, type) else None
        return f"dataclasses.InitVar[{name if name is not None else repr(self.type)}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as `fields()` reports it."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
            f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
            f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
            f"kw_only={self.kw_only!r},_field_type={self._field_type})"
        )

    def __set_name__(self, owner, name):
        # A descriptor used as a default gets told its name, as the class statement would.
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field beyond its default value (see the module documentation)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (
            f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
            f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})"
        )


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    name = getattr(annotation, "_name", None) or getattr(annotation, "__name__", None)
    return name == "ClassVar" and getattr(annotation, "__module__", None) == "typing"


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("InitVar", "dataclasses.InitVar"))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    return annotation is KW_ONLY


def _make_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type != _FIELD and f.default_factory is not MISSING:
        raise TypeError(f"field {name} cannot have a default factory")
    # An InitVar is an `__init__` parameter like a field: it is keyword-only only when the
    # class (or its `field()`) says so.
    if f._field_type in (_FIELD, _FIELD_INITVAR) and f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type == _FIELD:
        if f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(
                f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory"
            )
    return f


def _set_new_attribute(cls, name, value):
    """Adds a generated method unless the class defines one itself; true if it already did."""
    if name in cls.__dict__:
        return True
    value.__qualname__ = f"{cls.__qualname__}.{name}"
    value.__name__ = name
    setattr(cls, name, value)
    return False


def _plural_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, all_fields, frozen, has_post_init):
    positional = [f for f in all_fields if f.init and not f.kw_only]
    keyword_only = [f for f in all_fields if f.init and f.kw_only]
    seen_default = None
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    qualname = f"{cls.__qualname__}.__init__"
    # Worked out once per class, not per call: how many positional arguments are required,
    # whether a keyword-only one is, and one step per field saying where its value comes
    # from (the index of its positional argument, or -1), so that a call with positional
    # arguments only binds them without building a dict of values.
    npos = len(positional)
    required_pos = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
    kw_required = any(f.default is MISSING and f.default_factory is MISSING for f in keyword_only)
    index_of = {f.name: i for i, f in enumerate(positional)}
    steps = tuple([
        (f.name, index_of.get(f.name, -1) if f.init else -1, f.default_factory, f.default,
         f._field_type == _FIELD_INITVAR)
        for f in all_fields
    ])
    any_init_var = any(step[4] for step in steps)
    store = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        given = len(args)
        if given > npos:
            most = npos + 1
            least = 1 + required_pos
            expected = str(most) if least == most else f"from {least} to {most}"
            word = "argument" if most == 1 else "arguments"
            was = "was" if given + 1 == 1 else "were"
            raise TypeError(f"{qualname}() takes {expected} positional {word} but {given + 1} {was} given")
        if kwargs or given < required_pos or kw_required:
            _init_from_values(self, args, kwargs)
            return
        # Natively: each field from its positional argument, factory or default, assigned
        # in order; returns the init-only values.
        init_vars = _init_fields(self, args, steps, frozen, MISSING)
        if has_post_init:
            if any_init_var:
                self.__post_init__(*init_vars)
            else:
                self.__post_init__()

    def _init_from_values(self, args, kwargs):
        # The general binding: keyword arguments, and CPython's errors for missing ones.
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for k, v in kwargs.items():
            if k in values:
                raise TypeError(f"{qualname}() got multiple values for argument {k!r}")
            if not any(f.name == k for f in positional) and not any(f.name == k for f in keyword_only):
                raise TypeError(f"{qualname}() got an unexpected keyword argument {k!r}")
            values[k] = v
        for group, kind in ((positional, "positional"), (keyword_only, "keyword-only")):
            missing = [
                f.name for f in group
                if f.name not in values and f.default is MISSING and f.default_factory is MISSING
            ]
            if missing:
                word = "argument" if len(missing) == 1 else "arguments"
                raise TypeError(
                    f"{qualname}() missing {len(missing)} required {kind} {word}: {_plural_names(missing)}"
                )
        init_vars = []
        for f in all_fields:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type == _FIELD_INITVAR:
                init_vars.append(value)
            else:
                store(self, f.name, value)
        if has_post_init:
            self.__post_init__(*init_vars)

    return __init__


# Instances whose repr is being computed (a recursive reference shows as '...').
_repr_running = set()


def _make_repr(repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in repr_fields)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({inner})"

    return __repr__


def _make_compare(compare_fields, op):
    """The comparison method `op` ("==", "<", "<=", ">" or ">="): `NotImplemented` unless
    `other.__class__ is self.__class__`, else the compared fields of the two instances
    compared as tuples (natively, without building the tuples)."""
    names = tuple([f.name for f in compare_fields])

    if op == "==":
        def method(self, other):
            return _fields_compare(self, other, names, "==")
    elif op == "<":
        def method(self, other):
            return _fields_compare(self, other, names, "<")
    elif op == "<=":
        def method(self, other):
            return _fields_compare(self, other, names, "<=")
    elif op == ">":
        def method(self, other):
            return _fields_compare(self, other, names, ">")
    else:
        def method(self, other):
            return _fields_compare(self, other, names, ">=")

    return method


def _make_hash(hash_fields):
    names = tuple([f.name for f in hash_fields])

    def __hash__(self):
        return _fields_hash(self, names)

    return __hash__


def _make_frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = True
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True
            else:
                all_frozen_bases = False

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
            continue
        own_fields.append(_make_field(cls, name, annotation, kw_only))
    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not all_frozen_bases and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    field_list = [f for f in all_fields.values() if f._field_type == _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type != _FIELD_CLASSVAR]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, init_fields, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr([f for f in field_list if f.repr]))
    compare_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_compare(compare_fields, "=="))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        tests = [
            ("__lt__", "<"),
            ("__le__", "<="),
            ("__gt__", ">"),
            ("__ge__", ">="),
        ]
        for name, test in tests:
            if _set_new_attribute(cls, name, _make_compare(compare_fields, test)):
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                    "Consider using functools.total_ordering"
                )
    if frozen:
        setter, deleter = _make_frozen_methods(cls, tuple(f.name for f in field_list))
        for name, method in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, method):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(hash_fields)
        else:
            cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if f.init and not f.kw_only)

    if slots:
        cls = _with_slots(cls, field_list)
    return cls


def _with_slots(cls, field_list):
    """The class rebuilt with `__slots__` for its fields (a class's slots are fixed when it
    is created, so `slots=True` makes a new one)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    names = tuple(f.name for f in field_list)
    namespace = dict(cls.__dict__)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = names
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds `__init__`, `__repr__`, `__eq__` and, as asked, ordering, hashing and
    immutability to a class, from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def _dataclass_fields(class_or_instance):
    try:
        return getattr(class_or_instance, "__dataclass_fields__")
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None


def fields(class_or_instance):
    """The `Field`s of a dataclass (type or instance), class and init-only variables excluded."""
    return tuple(f for f in _dataclass_fields(class_or_instance).values() if f._field_type == _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), factory, as_dict)) for f in fields(obj)]
        return factory(values) if as_dict else factory([v for _, v in values])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    # CPython deep-copies any other value; without the `copy` module yet, atoms and other
    # objects are shared with the original.
    return obj


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists,
    tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like `asdict`."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new instance of `obj`'s dataclass with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, "__dataclass_fields__").values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    f"field {f.name} is declared with init=False, it cannot be specified with replace()"
                )
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """Creates a dataclass named `cls_name` from `(name[, type[, field]])` items or names."""
    namespace = {} if namespace is None else dict(namespace)
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
