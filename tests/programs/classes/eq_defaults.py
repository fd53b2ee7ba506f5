# Without __eq__, instances compare by identity; with __eq__, by value; != follows __eq__.
class Plain:
    def __init__(self, v):
        self.v = v
class Valued:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Valued) and self.v == other.v
a, b = Plain(1), Plain(1)
print(a == b, a == a, a != b, a in [b], a in [a], [a].count(a), [a, b].index(b))
c, d = Valued(1), Valued(1)
print(c == d, c != d, c in [d], [d, c].index(c), Valued(2) == 2, c != Valued(3))
print(len({a, b, a}), hash(a) == hash(a))
