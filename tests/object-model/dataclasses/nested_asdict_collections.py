from dataclasses import dataclass, asdict, field
@dataclass
class Leaf:
    v: int
@dataclass
class Branch:
    leaves: list
    index: dict = field(default_factory=dict)
    pair: tuple = ()
b = Branch([Leaf(1), Leaf(2)], {"x": Leaf(3)}, (Leaf(4), 5))
print(asdict(b))
d = asdict(b)
d["leaves"][0]["v"] = 100
print(b.leaves[0].v)
print(asdict(b, dict_factory=lambda kv: [k for k, _ in kv]))
