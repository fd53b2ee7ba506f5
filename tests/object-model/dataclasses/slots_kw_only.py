from dataclasses import dataclass, KW_ONLY, field
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = field(default=9, kw_only=True)
print(Mixed(1, y=2), Mixed(1, z=1))
