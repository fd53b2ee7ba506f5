from dataclasses import dataclass
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class NotFrozen(F):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
@dataclass
class M:
    a: int
try:
    @dataclass(frozen=True)
    class FrozenChild(M):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class G(F):
    b: int = 2
print(G(1), G(1) == G(1, 2), hash(G(1)) == hash((1, 2)))
