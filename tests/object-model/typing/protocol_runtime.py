from typing import Protocol, runtime_checkable
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        print("file closed")
class Rock:
    pass
for o in [File(), Rock()]:
    print(type(o).__name__, isinstance(o, Closable))
def shutdown(x: Closable):
    x.close()
shutdown(File())
class NotRuntime(Protocol):
    def go(self): ...
try:
    isinstance(File(), NotRuntime)
except TypeError as e:
    print("TypeError:", e)
