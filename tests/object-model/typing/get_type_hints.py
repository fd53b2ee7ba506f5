from typing import get_type_hints, Optional, List, get_origin, get_args, Dict
class Node:
    value: int
    next: Optional["Node"] = None
    children: List["Node"]
def fn(a: int, b: "str" = "x") -> bool:
    return True
print(get_type_hints(fn))
hints = get_type_hints(Node)
print(sorted(hints), hints["value"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
