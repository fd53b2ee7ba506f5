from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs
class Named(Protocol):
    name: str
@runtime_checkable
class HasName(Protocol):
    name: str
class P:
    name = "p"
print(isinstance(P(), HasName), isinstance(3, HasName))
try:
    issubclass(P, HasName)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(P(), Named)
except TypeError as e:
    print("TypeError:", e)
try:
    Named()
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(P)
except TypeError as e:
    print("TypeError:", e)
class Impl(Named):
    def __init__(self, name):
        self.name = name
print(Impl("x").name, isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(-2.5, SupportsAbs))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class NoClose:
    close = None
print(isinstance(NoClose(), Closer), issubclass(NoClose, Closer))
