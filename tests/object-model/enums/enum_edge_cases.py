from enum import Enum, Flag, auto, unique, member, nonmember, STRICT, CONFORM, EJECT, KEEP, EnumMeta, EnumType
class C(Enum):
    A = 1
    B = 2
    ALIAS = 1
print(list(reversed(C)), C.__members__, len(C.__members__), C.ALIAS is C.A, C(1).name)
print(C.A._value_, C.A._name_, C.A.__objclass__, repr(C), str(C), bool(C), EnumMeta is EnumType)
try:
    C.A.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del C.A
except AttributeError as e:
    print("AttributeError:", e)
try:
    C("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    class D(C):
        X = 3
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Enum):
        _x_ = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2(Enum):
        mro = 1
except ValueError as e:
    print("ValueError:", e)
class Empty(Enum):
    pass
print(list(Empty), len(Empty))
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
class Missing(Enum):
    ONE = 1
    TWO = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return 5
        return None
print(Missing("one"), Missing("two"))
try:
    Missing(99)
except TypeError as e:
    print("TypeError:", e, "|", repr(e.__context__))
try:
    Missing(3)
except ValueError as e:
    print("ValueError:", e)
class P(Enum):
    name = 1
    X = 2
print(P.name, P.X.name, P.X.value, P["name"], list(P))
class Pairs(Enum):
    A = (auto(), "a")
    B = (auto(), "b")
    f = member(lambda x: x)
    g = nonmember(7)
    _ignore_ = ["tmp"]
    tmp = 5
print(Pairs.A.value, Pairs.B.value, Pairs.f.name, Pairs.g, hasattr(Pairs, "tmp"), [m.name for m in Pairs])
try:
    class Ordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Twice(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
Animal = Enum("Animal", "ant, bee  cat")
print(Animal.__members__, Animal.__module__, Animal.__qualname__, Animal(2))
Nums = Enum("Nums", [("ONE", 1), ("TWO", 2)], module="mymod", qualname="X.Nums")
print(Nums.__module__, Nums.__qualname__, Nums.TWO, repr(Nums.ONE))
Start = Enum("Start", ["A", "B"], start=10)
print([m.value for m in Start])
class F(Flag):
    A = 1
    B = 4
try:
    F(2)
except ValueError as e:
    print("ValueError:", e)
print(F(5), ~F.A, ~F(0), F.A ^ F.B, repr(F(0)), str(F(0)), len(F(5)), list(F(5)))
try:
    F(-1)
except ValueError as e:
    print("ValueError:", e)
class F2(Flag):
    A = 1
    B = 2
print(F2(-1), F2(-2), F2(-4))
class G(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(G(7)), repr(G(-1)))
class H(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(H(7)), repr(H(3)), type(H(7)).__name__)
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(K(9)), repr(K(8)), repr(~K.A), K(9) is K(9))
try:
    F.A | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in F.A
except TypeError as e:
    print("TypeError:", e)
print(STRICT, repr(KEEP), [b.name for b in type(STRICT)])
class Shape(Enum):
    CIRCLE = 1
    def __str__(self):
        return self.name.lower()
    def __format__(self, spec):
        return "fmt:" + spec
print(str(Shape.CIRCLE), f"{Shape.CIRCLE:>5}", repr(Shape.CIRCLE), "{!s}".format(Shape.CIRCLE))
print(format(C.A, ">6") + "|", f"{C.B!r}", hash(C.A) == hash("A"), C.A.__reduce_ex__(4))
