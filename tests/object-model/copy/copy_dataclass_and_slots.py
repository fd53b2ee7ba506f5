import copy
from dataclasses import dataclass, field
@dataclass
class Cfg:
    name: str
    opts: dict = field(default_factory=dict)
a = Cfg("a", {"x": [1]})
b = copy.copy(a)
c = copy.deepcopy(a)
a.opts["x"].append(2)
print(a, b, c, b.opts is a.opts, c.opts is a.opts, b == a, c == a)
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q.x, q.y, r.y, q.y is p.y)
