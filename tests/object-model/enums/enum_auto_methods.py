from enum import Enum, auto
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    def describe(self):
        return f"{self.name.title()} g={self.gravity:.2f}"
for p in Planet:
    print(p.describe(), p.value)
class Op(Enum):
    ADD = auto()
    SUB = auto()
    MUL = auto()
    @classmethod
    def parse(cls, s):
        return {"+": cls.ADD, "-": cls.SUB, "*": cls.MUL}[s]
print([o.value for o in Op], Op.parse("-"))
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Lower])
