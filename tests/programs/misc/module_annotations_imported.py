# An imported module has __annotations__ only when its body has annotations.
import typing

import _annotated_mod
import _plain_mod

print(_annotated_mod.__annotations__, hasattr(_annotated_mod, "name"))
print(hasattr(_plain_mod, "__annotations__"), "__annotations__" in dir(_annotated_mod))
print(typing.get_type_hints(_annotated_mod))
try:
    print(_plain_mod.__annotations__)
except AttributeError as e:
    print("AttributeError:", e)

k: "Optional[int]" = None
m: "list[str]"
print(__annotations__)
