from typing import IO, Any

from ._types import ParseFloat

class TOMLDecodeError(ValueError):
    msg: str
    doc: str
    pos: int
    lineno: int
    colno: int
    def __init__(self, msg: str = ..., doc: str = ..., pos: int = ..., *args: Any) -> None: ...

def loads(s: str, /, *, parse_float: ParseFloat = float) -> dict[str, Any]: ...
def load(fp: IO[bytes], /, *, parse_float: ParseFloat = float) -> dict[str, Any]: ...
