from dataclasses import dataclass
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = ""
vs = [Version(1, 2), Version(1, 0, "b"), Version(0, 9), Version(1, 0, "a")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < (1, 0, "")
except TypeError as e:
    print("TypeError:", e)
@dataclass
class NoOrder:
    v: int
try:
    NoOrder(1) < NoOrder(2)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class Clash:
        v: int
        def __lt__(self, o): return True
except TypeError as e:
    print("TypeError:", e)
