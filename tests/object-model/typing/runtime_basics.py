from typing import Any, Optional, Union, List, Dict, Tuple, Callable, TYPE_CHECKING, cast
if TYPE_CHECKING:
    import nonexistent_module
def f(x: Optional[int] = None, y: Union[int, str] = 0) -> List[int]:
    return [x or 0, len(str(y))]
print(f(), f(3, "abc"), TYPE_CHECKING)
print(cast(int, "not really"), cast("List[int]", [1]))
print(f.__annotations__)
print(Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str])
print(Union[int, int], Union[int, None] == Optional[int], Any)
v: Any = 5
print(v)
