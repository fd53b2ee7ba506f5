# Operator dunders on a basic class: arithmetic, comparison, len, contains, getitem.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.xs)) + ")"
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.xs, other.xs)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        return self.xs < other.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __contains__(self, x):
        return x in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __bool__(self):
        return any(self.xs)
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, -v, v == Vec(1, 2, 3), v != w, v < w, sorted([w, v]))
print(len(v), v[0], v[-1], v[1:], 2 in v, 9 in v, list(v), sum(v), bool(Vec(0, 0)), bool(v))
print(max([w, v]), [x * 10 for x in v])
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v / 2
except TypeError as e:
    print("TypeError:", e)
