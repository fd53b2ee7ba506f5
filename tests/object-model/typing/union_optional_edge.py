from typing import Union, Optional, List, Any, get_args, get_origin
import types
print(Union[int, str, int], Union[int, Union[str, float]], Union[int] is int)
print(Optional[int] == Union[None, int], Optional[Optional[int]], Union[int, None, str])
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(int | None, (int | str) | float, int | int, list[int] | None, type(int | None) is types.UnionType)
print(get_args(int | str), get_origin(int | str) is types.UnionType, (int | str).__args__)
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | str))
print(isinstance(None, Optional[int]), isinstance("x", Union[int, str]))
print(List[int] | None, int | List[str])
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(3, Any)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Union()
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], List), issubclass(dict, List))
