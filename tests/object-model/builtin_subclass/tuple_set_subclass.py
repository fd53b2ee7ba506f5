class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p).__name__, isinstance(p, tuple))
a, b = p
print(a, b, hash(p) == hash((1, 2)))
class Tags(set):
    def add(self, x):
        super().add(x.lower())
t = Tags()
t.add("A"); t.add("a"); t.add("B")
print(sorted(t), len(t), type(t | {"c"}).__name__)
