from operator import itemgetter, attrgetter, methodcaller
rows = [("bob", 25, "b"), ("ann", 30, "a"), ("cid", 25, "c")]
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(1, None))(rows[0]))
print(itemgetter("k")({"k": 1}), itemgetter(-1)("abc"))
class P:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr
class A:
    def __init__(self, city):
        self.city = city
ps = [P("x", A("Rome")), P("y", A("Oslo"))]
print([attrgetter("addr.city")(p) for p in ps], attrgetter("name", "addr.city")(ps[0]))
print(sorted(ps, key=attrgetter("addr.city"))[0].name)
print(methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "o")("banana"), methodcaller("upper")("q"))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
