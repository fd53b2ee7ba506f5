# operator.itemgetter / attrgetter / methodcaller: calls, reprs, sorting keys, errors.
from operator import itemgetter, attrgetter, methodcaller
import operator

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

rows = [("bob", 25, "b"), ("ann", 30, "a"), ("cid", 25, "c")]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2), reverse=True)[0])
print(list(map(itemgetter(0), rows)), itemgetter(slice(1, None))(rows[0]), itemgetter(-1)("abc"))
print(itemgetter("k")({"k": 1}), itemgetter(0, 0)([7]), itemgetter(0)(range(3, 9)), itemgetter(1, slice(2))("xyz"))
print(repr(itemgetter(1)), repr(itemgetter(1, 0)), repr(itemgetter("a", "b")), repr(itemgetter((1, 2))))
print(repr(itemgetter(slice(1, None))), str(itemgetter(None)), type(itemgetter(1)).__name__)
print(isinstance(itemgetter(1), itemgetter), itemgetter.__name__, itemgetter.__module__, callable(itemgetter(0)))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Box:
    def __init__(self, name, p):
        self.name = name
        self.p = p

boxes = [Box("b", Point(2, 1)), Box("a", Point(1, 5)), Box("c", Point(2, 0))]
print([b.name for b in sorted(boxes, key=attrgetter("p.x", "p.y"))], attrgetter("name")(boxes[0]))
print(attrgetter("p.x", "name")(boxes[1]), attrgetter("p")(boxes[0]).y, max(boxes, key=attrgetter("p.y")).name)
print(repr(attrgetter("a")), repr(attrgetter("a.b.c")), repr(attrgetter("x", "y.z")), attrgetter("real")(3))
print(attrgetter("__class__.__name__")(1.5), list(map(attrgetter("imag"), [1, 2.5])))

print(methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o")("banana"), methodcaller("upper")("q"))
print(methodcaller("split", maxsplit=1)("a b c"), methodcaller("get", "k", 0)({}), methodcaller("count", 1)([1, 1]))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "a", k=2, j=[1])), repr(methodcaller("g", x=None)))
print(sorted(["b", "C", "a"], key=methodcaller("lower")), list(map(methodcaller("bit_length"), [1, 255, 256])))

class Greeter:
    def hello(self, name, punct="!"):
        return "hello " + name + punct

print(methodcaller("hello", "ann")(Greeter()), methodcaller("hello", "bo", punct="?")(Greeter()))

# Errors.
attempt(itemgetter)
attempt(itemgetter, a=1)
attempt(itemgetter(1))
attempt(itemgetter(1), [1, 2], [3])
attempt(itemgetter(1), x=1)
attempt(itemgetter(5), [1])
attempt(itemgetter("k"), {})
attempt(itemgetter(0), 5)
attempt(itemgetter(0, 9), [1])
attempt(attrgetter)
attempt(attrgetter, 1)
attempt(attrgetter, "a", 2)
attempt(attrgetter("a"))
attempt(attrgetter("missing"), boxes[0])
attempt(attrgetter("p.missing"), boxes[0])
attempt(attrgetter("name", "zz"), boxes[0])
attempt(attrgetter("a"), 1, 2)
attempt(attrgetter("a"), k=1)
attempt(methodcaller)
attempt(methodcaller, 1)
attempt(methodcaller("x"))
attempt(methodcaller("upper"), "a", "b")
attempt(methodcaller("nope"), "s")
attempt(methodcaller("upper", 1), "s")
attempt(methodcaller("hello"), Greeter())
itemgetter(3)([])
