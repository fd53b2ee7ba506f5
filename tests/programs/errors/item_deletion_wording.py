# del on objects without __delitem__: CPython words the TypeError two ways depending on
# whether an integer key reaches a type with sequence methods.
class NoDel:
    def __getitem__(self, k):
        return k


class A:
    x = 1


cases = [
    ("tuple int", lambda: (1, 2), 0),
    ("tuple str", lambda: (1, 2), "a"),
    ("str int", lambda: "ab", 1),
    ("int", lambda: 5, 0),
    ("float", lambda: 1.5, 0),
    ("None", lambda: None, 0),
    ("instance int", NoDel, 0),
    ("instance str", NoDel, "k"),
    ("mappingproxy str", lambda: A.__dict__, "x"),
    ("range", lambda: range(3), 1),
    ("frozenset", lambda: frozenset(), 1),
    ("bytes", lambda: b"ab", True),
]
for name, make, key in cases:
    obj = make()
    try:
        del obj[key]
    except TypeError as e:
        print(name, "->", e)
