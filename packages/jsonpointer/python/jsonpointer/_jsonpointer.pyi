# The native extension; the public API is documented in __init__.pyi.
from . import (
    EndOfList as EndOfList,
    JsonPointer as JsonPointer,
    JsonPointerException as JsonPointerException,
    escape as escape,
    resolve_pointer as resolve_pointer,
    set_pointer as set_pointer,
    unescape as unescape,
)

_nothing: object
