from typing import Literal, Final, Annotated, get_args, NewType, Optional
Mode = Literal["r", "w"]
MAX: Final = 10
UserId = NewType("UserId", int)
def open_it(mode: Mode) -> str:
    return f"opened {mode}"
print(open_it("r"), get_args(Mode), MAX, UserId(5), type(UserId(5)).__name__, UserId.__name__)
Dist = Annotated[float, "meters"]
print(get_args(Dist), Dist)
x: "Optional[int]" = None
print(__annotations__)
