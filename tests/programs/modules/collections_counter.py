from collections import Counter

c = Counter("abracadabra")
print(c, c.most_common(), c.most_common(2), c.most_common(0), c.total())
print(c["a"], c["zz"], "zz" in c, len(c))
print(sorted(c.elements()), list(Counter(a=2, b=-1, c=0).elements()))
c.update("aaz")
c.update({"b": 10})
c.update(q=3)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
print(c)
del c["nope"]
del c["q"]
print(c)
x, y = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y, +x, -x)
x += y
print(x)
x -= Counter(a=10)
print(x)
p = Counter(a=1, b=5)
p |= Counter(a=3, c=0)
print(p)
p &= Counter(b=2, a=9)
print(p)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=2) > Counter(a=1, b=1))
print(Counter() == {}, Counter(a=1) == {"a": 1}, Counter(), repr(Counter({"x": 1, "y": 3})))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter(["x", "y", "x"]).most_common(1), isinstance(c, dict), Counter(c).copy() == c)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), dict(Counter(words)))
print(Counter({"a": 1.5, "b": 0.5}), sum(Counter("aab").values()))
class Tally(Counter):
    pass
t = Tally("xxy")
print(t, t + t, type(t + t).__name__, type(t.copy()).__name__)
