class Leaf:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Leaf({self.v!r})"
class Tree:
    def __init__(self, *kids): self.kids = list(kids)
    def __repr__(self): return f"Tree{tuple(self.kids)!r}"
t = Tree(Leaf(1), Tree(Leaf("a"), Leaf(None)), Leaf([1, 2]))
print(t)
print(repr([Leaf(1.5), (Leaf(True),), {"k": Leaf(b"x")}, {Leaf}, frozenset()]) .replace("<class '__main__.Leaf'>", "Leaf-class"))
print(str(Leaf("s")), f"{Leaf('f')}", "%r" % (Leaf('p'),))
