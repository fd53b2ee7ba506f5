"""Abstract base classes for containers: the public name of `_collections_abc`, where
Rusputyn defines them (as CPython does)."""

from _collections_abc import (
    Awaitable,
    Coroutine,
    AsyncIterable,
    AsyncIterator,
    AsyncGenerator,
    Hashable,
    Iterable,
    Iterator,
    Generator,
    Reversible,
    Sized,
    Container,
    Callable,
    Collection,
    Set,
    MutableSet,
    Mapping,
    MutableMapping,
    MappingView,
    KeysView,
    ItemsView,
    ValuesView,
    Sequence,
    MutableSequence,
    ByteString,
)
from _collections_abc import __all__
