class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"R<{self.n}>"
    def __str__(self): return f"str{self.n}"
items = [R(1), R(2)]
print(items, (R(3),), {R(4)}, {"k": R(5)}, {1: [R(6)]})
print(str(R(7)), repr(R(7)), f"{R(8)}", f"{R(9)!r}", "%s %r" % (R(1), R(2)))
class OnlyRepr:
    def __repr__(self): return "OR"
print(str(OnlyRepr()), OnlyRepr(), [OnlyRepr()])
class OnlyStr:
    def __str__(self): return "OS"
print(OnlyStr(), str([OnlyStr()]).startswith("[<__main__.OnlyStr object at"))
class BadRepr:
    def __repr__(self): return 3
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
