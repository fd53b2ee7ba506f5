from typing import overload, Union, List, Dict, Optional
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]):
    return x * 2
print(double(2), double("ab"))
Vector = List[float]
Registry = Dict[str, Optional[Vector]]
def norm(v: Vector) -> float:
    return sum(x * x for x in v) ** 0.5
reg: Registry = {"a": [3.0, 4.0], "b": None}
print({k: norm(v) if v else None for k, v in reg.items()})
print(Vector, list[int], dict[str, list[int]], int | None, int | str | None)
print(isinstance(3, int | str), isinstance("x", (int, float)))
