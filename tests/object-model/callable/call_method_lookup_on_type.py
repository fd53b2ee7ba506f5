class C:
    def __call__(self):
        return "class-level __call__"
c = C()
c.__call__ = lambda: "instance attribute (ignored by call syntax)"
print(c(), c.__call__())
class D:
    pass
d = D()
d.__call__ = lambda: "never used"
try:
    d()
except TypeError as e:
    print("TypeError:", e)
class Len:
    def __len__(self):
        return 3
l = Len()
l.__len__ = lambda: 99
print(len(l), l.__len__())
class R:
    def __repr__(self):
        return "type-level repr"
r = R()
r.__repr__ = lambda: "instance repr"
print(repr(r), [r])
