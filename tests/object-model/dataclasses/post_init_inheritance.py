from dataclasses import dataclass, field
@dataclass
class Base:
    x: int
    def __post_init__(self):
        print("Base.__post_init__", self.x)
        self.doubled = self.x * 2
@dataclass
class Child(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print("Child.__post_init__", self.y)
c = Child(3, 4)
print(c, c.doubled)
@dataclass
class NoPost(Base):
    z: str = "z"
print(NoPost(1).doubled)
