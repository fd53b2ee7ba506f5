"""Class attribute lookups by name along deep MROs: `Cls.method(obj)`, `getattr(Cls, name)`
with names built at run time, `super().name` across a diamond, and instance creation with
inherited `__init__`/`__new__`, including the errors for missing names."""


class A:
    tag = "a"

    def who(self):
        return "A.who"

    def __init__(self, v):
        self.v = v


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    tag = "c"

    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


class E(D):
    pass


e = E(5)
print(e.v, e.who(), E.tag, D.tag, B.tag)
print(A.who(e), B.who(e), C.who(e), E.who(e))
name = "".join(["w", "h", "o"])
print(getattr(E, name)(e), getattr(C, "ta" + "g"))
print(hasattr(E, "nope" + "x"), getattr(E, "mis" + "sing", "dflt"))
try:
    E.missing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    E.missing_method(e)
except AttributeError as exc:
    print("AttributeError:", exc)


class F(D):
    def who(self):
        return super().absent()


try:
    F(1).who()
except AttributeError as exc:
    print("AttributeError:", exc)

# A name added to a base after lookups were made is seen by subclasses.
A.late = lambda self: "late " + str(self.v)
print(E.late(e), e.late())
C.tag = "c2"
print(E.tag)
del C.tag
print(E.tag)


class N:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made = args
        return obj


class M(N):
    def __init__(self, a, b):
        self.sum = a + b


m = M(2, 3)
print(m.made, m.sum)
N.__init__ = lambda self, *a: setattr(self, "n_init", a)
print(N(7).n_init, M(1, 1).sum)
try:
    M(1)
except TypeError as exc:
    print("TypeError:", exc)
