from dataclasses import dataclass, fields
from typing import ClassVar
@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str
    step: int = 1
    def __post_init__(self):
        Counter.total += 1
    def bump(self):
        return Counter(self.name, self.step + 1)
    @property
    def label(self):
        return f"{self.name}:{self.step}"
c = Counter("a").bump().bump()
print(c, c.label, Counter.total, [f.name for f in fields(c)])
