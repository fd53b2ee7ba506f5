"""``${NAME}`` / ``${NAME:-default}`` references (python-dotenv's ``dotenv.variables``)."""

from abc import ABCMeta, abstractmethod
from typing import Iterator, Mapping, Optional

from . import _core


class Atom(metaclass=ABCMeta):
    """A piece of a value: literal text or a variable reference."""

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    @abstractmethod
    def resolve(self, env: Mapping[str, Optional[str]]) -> str:
        """The text this atom stands for, given the variables in ``env``."""


class Literal(Atom):
    """Text that is copied as is."""

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"Literal(value={self.value})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, self.__class__):
            return self.value == other.value
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.__class__, self.value))

    def resolve(self, env: Mapping[str, Optional[str]]) -> str:
        return self.value


class Variable(Atom):
    """A reference to ``name``, with an optional fallback ``default``."""

    def __init__(self, name: str, default: Optional[str]) -> None:
        self.name = name
        self.default = default

    def __repr__(self) -> str:
        return f"Variable(name={self.name}, default={self.default})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, self.__class__):
            return (self.name, self.default) == (other.name, other.default)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.__class__, self.name, self.default))

    def resolve(self, env: Mapping[str, Optional[str]]) -> str:
        # A name bound to None (a bare `KEY` line) expands to "", not to the default.
        found = env.get(self.name, "" if self.default is None else self.default)
        return "" if found is None else found


def parse_variables(value: str) -> Iterator[Atom]:
    """Yields the literal and variable atoms of ``value`` in order."""
    for is_variable, text, default in _core.parse_variables(value):
        yield Variable(name=text, default=default) if is_variable else Literal(value=text)
