# super() through three levels, each adding to the result; class attributes overridden per level.
class Base:
    label = "base"
    def __init__(self):
        self.trail = ["Base"]
    def describe(self):
        return [self.label]
class Middle(Base):
    label = "middle"
    def __init__(self):
        super().__init__()
        self.trail.append("Middle")
    def describe(self):
        return super().describe() + ["middle part"]
class Leaf(Middle):
    def __init__(self, extra):
        super().__init__()
        self.trail.append("Leaf")
        self.extra = extra
    def describe(self):
        return super().describe() + [self.extra]
x = Leaf("leaf part")
print(x.trail, x.describe(), x.label, Leaf.label, Base().describe())
print(isinstance(x, Base), isinstance(Middle(), Leaf), type(x).__name__)
