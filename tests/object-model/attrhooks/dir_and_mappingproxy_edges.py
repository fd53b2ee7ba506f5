# dir() with and without an argument, __dir__ hooks, and the mappingproxy of Class.__dict__.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Derived(Base):
    __slots__ = ("s1",)
    own = 2
class Plain(Base):
    def __init__(self):
        self.inst = 3
obj_names = dir(object)
print(len(obj_names), obj_names[:5], obj_names == sorted(obj_names))
p = Plain()
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Derived) if not n.startswith("__")], "__dict__" in dir(Plain))
print(sorted(set(dir(p)) - set(dir(object))))
print(sorted(set(dir(Derived)) - set(dir(object))))
class Hooked:
    def __dir__(self):
        return ("b", "a", "c")
print(dir(Hooked()), [n for n in dir(Hooked) if n[0] != "_"])
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
def scope(a, b=2):
    c = 3
    print(dir())
    def inner():
        return c
    del a
    print(dir())
scope(1)
class Body:
    x = 1
    names = dir()
print(Body.names)
d = Base.__dict__
print(type(d).__name__, "base_attr" in d, "nope" in d, d["base_attr"], d.get("nope", "dflt"))
print(sorted(k for k in d if not k.startswith("__")), len(d) == len(list(d.keys())))
print(sorted(k for k, v in d.items() if not k.startswith("__")))
print(repr(Plain.__dict__)[:14], str(Plain.__dict__)[:2], type(d.copy()).__name__)
Base.later = 5
print("later" in d, d["later"])
for bad in (lambda: d.__setitem__("x", 1), lambda: d.__delitem__("base_attr")):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    d["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del d["base_attr"]
except TypeError as e:
    print("TypeError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
print(vars(Base) == Base.__dict__, dict(Plain.__dict__) == Plain.__dict__)
import _dir_helper
print(_dir_helper.names)
print(dir())
