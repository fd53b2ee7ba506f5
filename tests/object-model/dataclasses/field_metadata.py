from dataclasses import dataclass, field, fields, MISSING
@dataclass
class Col:
    name: str = field(metadata={"unit": "none"})
    width: int = field(default=10, metadata={"unit": "px"})
    data: list = field(default_factory=list, repr=False)
for f in fields(Col):
    print(f.name, f.default is MISSING, f.default_factory is MISSING, dict(f.metadata), f.repr, f.init)
print(Col("a"))
