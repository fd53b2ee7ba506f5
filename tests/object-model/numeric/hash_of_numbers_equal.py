print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1), hash(-1), hash(-2), hash(0.5), hash(1e100) == hash(int(1e100)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0, 0.0, False}, len({1, 1.0, True, 2}))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o
    def __hash__(self): return hash(self.v)
print({Num(1): "a"}.get(1), 1 in {Num(1)}, Num(1) in {1})
