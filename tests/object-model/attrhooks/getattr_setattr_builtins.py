class Obj:
    pass
o = Obj()
for name, val in [("a", 1), ("b", [2]), ("with space", 3)]:
    setattr(o, name, val)
print(getattr(o, "with space"), sorted(vars(o)))
delattr(o, "a")
print(hasattr(o, "a"))
print(getattr(o, "b") is o.b)
names = [n for n in dir(o) if not n.startswith("__")]
print(names)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(WithDir()))
