from dataclasses import dataclass, field
@dataclass
class Base:
    id: int
    name: str = "base"
@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = "child"
c = Child(1)
print(c, Child(2, "n", [1]))
print([f for f in Child.__dataclass_fields__])
@dataclass
class Plain(Base):
    def greet(self):
        return f"hi {self.name}#{self.id}"
print(Plain(5).greet(), Plain(5) == Base(5), Base(5) == Base(5))
