# Attribute lookups are cached per class: every namespace change made after creation
# (on the class or on any base) must be seen by the next lookup, method call, super() call
# and instance creation.


class Base:
    kind = "base"

    def greet(self):
        return "Base.greet"

    def who(self):
        return "Base.who"


class Mid(Base):
    def who(self):
        return "Mid.who/" + super().who()


class Leaf(Mid):
    def who(self):
        return "Leaf.who/" + super().who()


leaf = Leaf()
for _ in range(3):
    print(leaf.greet(), leaf.who(), leaf.kind, Leaf.kind)

# Patching a base is seen by subclasses (method calls, super() calls, class attributes).
Base.greet = lambda self: "patched greet"
Base.who = lambda self: "patched who"
Base.kind = "patched"
print(leaf.greet(), leaf.who(), leaf.kind, Leaf.kind)

# A subclass gaining its own attribute shadows the base's; deleting it uncovers it again.
Mid.greet = lambda self: "Mid greet"
print(leaf.greet())
del Mid.greet
print(leaf.greet())
del Base.greet
try:
    leaf.greet()
except AttributeError as e:
    print("AttributeError:", e)

# setattr/delattr on the class and attributes absent at first lookup.
print(hasattr(leaf, "late"))
setattr(Base, "late", 42)
print(leaf.late, getattr(Leaf, "late"))
delattr(Base, "late")
print(hasattr(leaf, "late"))

# An instance attribute shadows a method for calls; removing it uncovers the method.
leaf.who = lambda: "instance who"
print(leaf.who())
del leaf.who
print(leaf.who())


# Instance creation: a __new__ or __init__ added after instances were made.
class Plain:
    pass


print(type(Plain()).__name__)


def new(cls, *args):
    print("new called with", args)
    return super(Plain, cls).__new__(cls)


Plain.__new__ = new
Plain.__init__ = lambda self, *args: print("init called with", args)
p = Plain(1, 2)
del Plain.__new__
del Plain.__init__
print(type(Plain()).__name__)


class Child(Plain):
    pass


Child()
Plain.__init__ = lambda self: print("init on base seen by child")
Child()


# super().m(...) with descriptors and special receivers.
class A:
    @staticmethod
    def s(x):
        return "A.s", x

    @classmethod
    def c(cls, x):
        return "A.c", cls.__name__, x

    @property
    def p(self):
        return "A.p"

    def m(self, *args, **kw):
        return "A.m", args, sorted(kw.items())


class B(A):
    def s(self, x):
        return super().s(x)

    def c(self, x):
        return super().c(x)

    def m(self, *args, **kw):
        return super().m(*args, **kw), super().m(1, k=2)

    @classmethod
    def cm(cls):
        return super().c("from classmethod")

    def missing(self):
        def arg():
            print("argument evaluated")
            return 1

        return super().nothing(arg())

    def prop(self):
        return super().p


b = B()
print(b.s(1), b.c(2), b.m(3, z=4), B.cm(), b.prop())
try:
    b.missing()
except AttributeError as e:
    print("AttributeError:", e)


class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"

    def __len__(self):
        return super().__len__() * 10


s = Str("abc")
print(s.upper(), len(s))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
print([c.bump() for _ in range(5)])
Counter.bump = lambda self: -1
print([c.bump() for _ in range(2)])
