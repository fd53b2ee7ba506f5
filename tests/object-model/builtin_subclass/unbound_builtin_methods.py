# Methods of built-in types taken from the class and called with an explicit receiver.
d = {}
dict.__setitem__(d, "a", 1)
dict.__setitem__(d, "b", 2)
dict.__delitem__(d, "a")
print(d, dict.__getitem__(d, "b"), dict.__len__(d), dict.__contains__(d, "b"))
l = [3, 1]
list.append(l, 2)
list.__setitem__(l, 0, 9)
list.__delitem__(l, 1)
print(l, list.__getitem__(l, -1), list.__len__(l), list.__add__(l, [0]), list.__mul__(l, 2))
print(str.upper("abc"), str.__add__("a", "b"), str.__mod__("%d!", 5), str.__getitem__("xyz", 1))
print(int.__add__(2, 3), int.__sub__(2, 3), int.__mul__(4, 5), int.__neg__(7), int.__add__(1, 2.5))
print(float.__truediv__(1.0, 4), int.__lt__(1, 2), int.__eq__(3, 3), int.__hash__(5), tuple.__len__((1, 2)))
print(set.__or__({1}, {2}), frozenset.__and__(frozenset({1, 2}), {2}), dict.__or__({1: 2}, {3: 4}))
print(list.__iadd__(l, [5]), l, int.__invert__(5), int.__lshift__(1, 4), range.__len__(range(7)))

# reprs and types of the descriptors
for m in (dict.__setitem__, list.append, str.upper, int.__add__, list.__getitem__,
          dict.__getitem__, tuple.__getitem__, dict.__contains__, list.__contains__,
          list.__reversed__, float.__round__, int.__format__, set.__len__, list.__iadd__):
    print(repr(m), type(m).__name__)

# on instances of subclasses: the base type's implementation
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v * 10)

    def __getitem__(self, k):
        return ("got", dict.__getitem__(self, k))

    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)

x = Loud()
x["k"] = 4
print(x["k"], dict.__getitem__(x, "k"), len(x), dict.__repr__(x))
del x["k"]
print(x, dict.__len__(x))

class Stack(list):
    def append(self, v):
        list.append(self, v)
        list.append(self, v)

s = Stack()
s.append(1)
print(s, list.__len__(s), list.__getitem__(s, 0), list.__add__(s, [2]), type(list.__add__(s, [2])).__name__)

class Cents(int):
    def __add__(self, other):
        return Cents(int.__add__(self, other))
    def __repr__(self):
        return "Cents(" + int.__repr__(self) + ")"

c = Cents(5) + 7
print(c, repr(c), type(c).__name__, int.__mul__(c, 2), int.__hash__(c) == hash(12))

class Tag(str):
    def upper(self):
        return "<" + str.upper(self) + ">"

print(Tag("ab").upper(), str.upper(Tag("cd")), str.__len__(Tag("xyz")), str.__add__(Tag("a"), "b"))

class Point:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError("frozen")

p = Point(3)
print(p.x)
try:
    p.x = 4
except AttributeError as e:
    print("AttributeError:", e)

class Counted(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self.n = len(self)

print(Counted({"a": 1}, b=2).n, Counted([("z", 0)]))

# error cases
for call in (
    lambda: dict.__setitem__(5, 1, 2),
    lambda: list.append((1,), 2),
    lambda: str.upper(b"x"),
    lambda: int.__add__("a", 1),
    lambda: list.__len__([], 1),
    lambda: int.__add__(1),
    lambda: dict.__getitem__({}, "missing"),
    lambda: list.__getitem__([], 0),
    lambda: dict.__setitem__(),
    lambda: list.__setitem__([1], "a", 2),
):
    try:
        print(call())
    except (TypeError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(int.__add__(1, "a"), float.__mul__(2.0, 3), float.__add__(1.0, 1j), int.__radd__(2, 3))
print(hasattr(dict, "__setitem__"), hasattr(tuple, "__setitem__"), hasattr(str, "__delitem__"),
      hasattr(frozenset, "__ior__"), hasattr(set, "__ior__"), hasattr(float, "__invert__"))
