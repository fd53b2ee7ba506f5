from dataclasses import dataclass
@dataclass(eq=False)
class Ident:
    v: int
a = Ident(1)
print(a == Ident(1), a == a, Ident.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class H:
    v: int
    w: list = None
print(hash(H(1)) == hash((1, None)))
@dataclass
class Custom:
    v: int
    def __eq__(self, o):
        return True
print(Custom(1) == Custom(2), Custom(1) == 5)
@dataclass(repr=False)
class NoRepr:
    v: int
    def __repr__(self):
        return "custom"
print(NoRepr(1))
