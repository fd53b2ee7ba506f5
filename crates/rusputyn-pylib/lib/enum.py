"""Enumerations.

Rusputyn's implementation of the documented behaviour of CPython 3.11's `enum`
(https://docs.python.org/3.11/library/enum.html): `EnumType` (alias `EnumMeta`), `Enum`,
`ReprEnum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`, `auto`, `unique`, `member`,
`nonmember`, the flag boundaries `STRICT`/`CONFORM`/`EJECT`/`KEEP`, and the functional API
(`Enum('Color', 'RED GREEN')`). Members are created when the class is, in definition order;
values are looked up with `Color(value)`, names with `Color['NAME']`; `repr`/`str`/`format`
follow 3.11 (`IntEnum`, `StrEnum` and `IntFlag` print like their data type). Not provided:
pickling support beyond `__reduce_ex__`, `verify`/`EnumCheck`, `global_enum`, `_simple_enum`.
"""

__all__ = [
    "CONFORM",
    "EJECT",
    "Enum",
    "EnumMeta",
    "EnumType",
    "Flag",
    "FlagBoundary",
    "IntEnum",
    "IntFlag",
    "KEEP",
    "ReprEnum",
    "STRICT",
    "StrEnum",
    "auto",
    "member",
    "nonmember",
    "property",
    "unique",
]

# The built-in `property`, before this module's own `property` class shadows the name.
_builtin_property = property

_FunctionType = type(lambda: None)

# Sunder names an enum body may define; any other `_name_` is reserved.
_ALLOWED_SUNDERS = (
    "_order_",
    "_generate_next_value_",
    "_ignore_",
    "_missing_",
    "_numeric_repr_",
    "_iter_member_",
    "_iter_member_by_value_",
    "_iter_member_by_def_",
    "_value_repr_",
    "_boundary_",
)


class _AutoNull:
    """The value of an `auto()` not yet given one."""

    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced by a value chosen by `_generate_next_value_`."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an object (such as a function) to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an object from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """An attribute that reads `_name_`/`_value_`-style state on members while a member of
    the same name stays reachable on the class (CPython's `enum.property`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc
        self.name = None
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(self.name) from None
        if self.fget is None:
            raise AttributeError("<enum %r> cannot get attribute %r" % (self.clsname, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % (cls_name,)
    return (
        name.startswith(prefix)
        and len(name) > len(prefix)
        and not (name.endswith("__") or name[len(prefix)] == "_")
    )


def _is_descriptor(value):
    """Functions, properties, class/static methods and objects whose type defines the
    descriptor protocol are attributes of the enum, never members."""
    if isinstance(value, (_FunctionType, _builtin_property, classmethod, staticmethod, property)):
        return True
    t = type(value)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _bit_count(value):
    return bin(value).count("1")


def _bits_lsb(value):
    """The powers of two set in `value`, lowest first."""
    while value:
        bit = value & -value
        yield bit
        value ^= bit


def _bin(num, max_bits):
    """`num` as the sign and its two's-complement digits padded to `max_bits`, as flag
    errors print them (`0b0 0101`)."""
    if num >= 0:
        sign = "0b0"
        digits = format(num, "b") if num else ""
        fill = "0"
    else:
        ceiling = 2 ** num.bit_length()
        sign = "0b1"
        digits = format(~num ^ (2 * ceiling - 1), "b")[1:]
        fill = "1"
    if len(digits) < max_bits:
        digits = (fill * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _EnumDict:
    """The namespace an enum body runs in: it records member names in order, resolves
    `auto()` values as they are assigned, and rejects names assigned twice."""

    def __init__(self, cls_name, generate):
        self._data = {}
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = cls_name
        self._generate_next_value = generate

    def __getitem__(self, key):
        return self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __delitem__(self, key):
        del self._data[key]
        self._member_names.pop(key, None)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError(
                    "_sunder_ names, such as %r, are reserved for future Enum use" % (key,)
                )
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError(
                        "_ignore_ cannot specify already set names: %r" % (already,)
                    )
                self._ignore = names
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self._data[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self._data:
                raise TypeError("%r already defined as %r" % (key, self._data[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    [self._resolve_auto(key, v) if isinstance(v, auto) else v for v in value]
                )
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        self._data[key] = value

    def _resolve_auto(self, key, item):
        """The value of an `auto()` (chosen now if it has none), which later `auto()`s
        see among the previous values."""
        if item.value is _auto_null:
            item.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:]
            )
            self._auto_called = True
        self._last_values.append(item.value)
        return item.value


class mappingproxy:
    """A read-only view of an enum's name-to-member mapping (`Enum.__members__`)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


# The classes the metaclass treats specially; set as soon as each is defined.
_Enum = None
_ReprEnum = None
_Flag = None


def _is_flag_class(cls):
    return _Flag is not None and issubclass(cls, _Flag)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        generate = None
        if first_enum is not None:
            generate = getattr(first_enum, "_generate_next_value_", None)
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            converted = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                converted[key] = value
            classdict = converted
        member_names = list(classdict._member_names)
        invalid = [n for n in member_names if n in ("mro", "")]
        if invalid:
            raise ValueError(
                "invalid enum member name(s) %s" % (", ".join(repr(n) for n in invalid),)
            )
        for name in classdict.get("_ignore_", ()):
            classdict._data.pop(name, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, user_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        order = classdict.get("_order_")

        namespace = {}
        for key, value in classdict.items():
            if key not in classdict._member_names and key not in ("_order_", "_ignore_"):
                namespace[key] = value
        namespace["_new_member_"] = new
        namespace["_use_args_"] = use_args
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        if "_value_repr_" not in namespace:
            namespace["_value_repr_"] = getattr(first_enum, "_value_repr_", None)
        if _Flag is not None and any(issubclass(b, _Flag) for b in bases if isinstance(b, EnumType)):
            namespace["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            namespace["_flag_mask_"] = 0
            namespace["_singles_mask_"] = 0
            namespace["_all_bits_"] = 0
            namespace["_inverted_"] = None
        elif boundary is not None:
            namespace["_boundary_"] = boundary

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        for name in member_names:
            metacls._add_member_(enum_class, name, classdict[name])

        if first_enum is not None:
            # The data type's (or object's) repr/str/format never hide the enum's.
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in classdict:
                    owner = _defining_class(enum_class, name)
                    if owner is object or owner in member_type.__mro__:
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        if _ReprEnum is not None and _ReprEnum in bases:
            if member_type is object:
                raise TypeError(
                    "ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)"
                )
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", _data_format)
            if "__str__" not in classdict:
                type.__setattr__(enum_class, "__str__", _data_str)

        if _is_flag_class(enum_class):
            metacls._finish_flag_(enum_class, classdict)

        if _Enum is not None:
            # Calling an enum class looks members up: its `__new__` is always `Enum`'s (a
            # data type's `__new__` would otherwise come first), the one that makes members
            # is kept as `__new_member__` for subclasses.
            if user_new:
                type.__setattr__(enum_class, "__new_member__", staticmethod(new))
            type.__setattr__(enum_class, "__new__", staticmethod(_Enum.__new__))

        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError(
                    "member order does not match _order_:\n  %r\n  %r"
                    % (enum_class._member_names_, order)
                )
        return enum_class

    def _add_member_(enum_class, name, value):
        """Creates member `name` of a new enum class (or finds the member it aliases)."""
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (value,)
        elif isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if enum_class._use_args_:
            new_member = enum_class._new_member_(enum_class, *args)
        else:
            new_member = enum_class._new_member_(enum_class)
        if not hasattr(new_member, "_value_"):
            if member_type is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = member_type(*args)
                except Exception as exc:
                    err = TypeError("_value_ not set in __new__, unable to create it")
                    err.__cause__ = exc
                    raise err
        value = new_member._value_
        new_member._name_ = name
        new_member.__objclass__ = enum_class
        new_member.__init__(*args)
        new_member._sort_order_ = len(enum_class._member_names_)

        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is not None:
            new_member = canonical
        elif not _is_flag_class(enum_class) or _is_single_bit(value):
            enum_class._member_names_.append(name)

        # A member named like an attribute of a base (`name`, `value`, ...) is reached
        # through that attribute's enum `property`, which finds it in `_member_map_`.
        if not any(name in base.__dict__ for base in enum_class.__mro__[1:]):
            type.__setattr__(enum_class, name, new_member)
        enum_class._member_map_[name] = new_member
        try:
            enum_class._value2member_map_.setdefault(value, new_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def _finish_flag_(enum_class, classdict):
        singles = 0
        everything = 0
        for m in enum_class._member_map_.values():
            v = m._value_
            if isinstance(v, int):
                everything |= v
                if _is_single_bit(v):
                    singles |= v
        mask = everything if enum_class._boundary_ is KEEP else singles
        type.__setattr__(enum_class, "_flag_mask_", mask)
        type.__setattr__(enum_class, "_singles_mask_", singles)
        type.__setattr__(enum_class, "_all_bits_", 2 ** mask.bit_length() - 1)
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
            if name not in classdict:
                type.__setattr__(enum_class, name, _Flag.__dict__[name])

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(
            value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary
        )

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: a new enum named `class_name` with members `names`."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        member_type, first_enum = metacls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict["__module__"] = "__main__" if module is None else module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if not isinstance(value, _Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(value).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return mappingproxy(cls._member_map_)

    def __repr__(cls):
        if _is_flag_class(cls):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """The data type members are made of (`object` when none) and the last enum base."""
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError(
                "new enumerations should be created as "
                "`EnumName([mixin_type, ...] [data_type,] enum_type)`"
            )
        return metacls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif (
                    base.__module__ == "builtins"
                    or "__new__" in base.__dict__
                    or "__dataclass_fields__" in base.__dict__
                ):
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, data_types))
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        """How members are made: the body's own `__new__` (then `Color(value)` still looks
        members up), else the nearest custom one, else `object.__new__`."""
        new = classdict.get("__new__")
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is not None:
            return new, first_enum is not None, first_enum is not None
        for attr in ("__new_member__", "__new__"):
            for possible in (member_type, first_enum):
                target = getattr(possible, attr, None)
                if target is None:
                    continue
                # A data type's `__new__` (`int.__new__`, `str.__new__`) builds the member as
                # a value of that type; `object.__new__` itself only for plain enums.
                if target is object.__new__ and (possible is not member_type or possible is object):
                    continue
                if _Enum is not None and target is _Enum.__new__:
                    continue
                return target, False, True
        return object.__new__, False, False


EnumMeta = EnumType


def _defining_class(cls, name):
    """The class of `cls`'s MRO whose `name` an instance gets: a built-in data type counts
    when it has its own `name` (not the one inherited from `object`)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
        if (
            klass is not object
            and klass.__module__ == "builtins"
            and getattr(klass, name, None) is not getattr(object, name, None)
        ):
            return klass
    return None


def _data_str(self):
    """`str()` of a member of a `ReprEnum`: its data type's `str` of the value."""
    return str(self._value_)


def _data_format(self, format_spec):
    """`format()` of a member of a `ReprEnum`: its data type's formatting of the value."""
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """Generic enumeration: subclass it to define members."""

    def __new__(cls, value):
        # `Color(value)`: members exist once the class does; this only looks them up.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for existing in cls._member_map_.values():
                if existing._value_ == value:
                    return existing
        if not cls._member_map_ and not _is_flag_class(cls):
            raise TypeError("%r has no members defined" % (cls,))
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            failure = exc
            result = None
        if isinstance(result, cls):
            return result
        if (
            _is_flag_class(cls)
            and cls._boundary_ is EJECT
            and isinstance(result, int)
        ):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and failure is None:
            raise not_valid
        if failure is None:
            failure = TypeError(
                "error in %s._missing_: returned %r instead of None or a valid member"
                % (cls.__name__, result)
            )
        if not isinstance(failure, ValueError):
            failure.__context__ = not_valid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value for an `auto()` member: one more than the largest value so far."""
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


_Enum = Enum


class ReprEnum(Enum):
    """An enum whose members' `str()` and `format()` are their data type's; only `repr()`
    shows the enum."""


_ReprEnum = ReprEnum


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """An `auto()` member of a `StrEnum` is its lower-cased name."""
        return name.lower()


class FlagBoundary(Enum):
    """What a `Flag` does with values that have bits no member names."""

    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"

    def __str__(self):
        return self._value_


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with the bitwise operators."""

    def _generate_next_value_(name, start, count, last_values):
        """The next power of two after the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % (last_value,)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _numeric_repr_(cls, value):
        return repr(value)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical (single-bit) members whose bits are all set in `value`."""
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        """Makes the pseudo-member for a combination of flags (or rejects the value)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s"
                    % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits))
                )
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError(
                "%s(%r) -->  unknown values %r [%s]"
                % (cls.__name__, value, unknown, bin(unknown))
            )
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if member_value:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            for m in cls._member_map_.values():
                if m not in members and m._value_ and m._value_ & member_value == m._value_ and m._value_ & ~combined:
                    members.append(m)
                    combined |= m._value_
            unknown = value ^ combined
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            else:
                pseudo._name_ = "|".join([m._name_ for m in members])
                if unknown:
                    pseudo._name_ += "|%s" % (cls._numeric_repr_(unknown),)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return _bit_count(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            if isinstance(inverted, self.__class__):
                self._inverted_ = inverted
            return inverted
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


_Flag = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A flag whose members are also ints."""


def unique(enumeration):
    """Class decorator: raises `ValueError` when any member is an alias."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
