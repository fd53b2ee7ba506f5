# getattr/setattr/hasattr/vars on instances; callable; type and id equality.
class Obj:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zz", None), hasattr(o, "a"), hasattr(o, "zz"))
setattr(o, "b", [1, 2])
o.c = "direct"
print(vars(o), o.b, sorted(vars(o)))
print(callable(o), callable(Obj), callable(len), callable(lambda: 0), callable(o.__init__), callable(None))
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), type(x) is type(y), type(o) is Obj)
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
