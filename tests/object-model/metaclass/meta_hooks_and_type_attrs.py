# Metaclass special methods, isinstance/issubclass hooks and the attributes every type has.
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("x", (str, EvenNumber)))
print(issubclass(bool, EvenNumber), issubclass(str, EvenNumber), isinstance(EvenNumber(), EvenNumber))
class Seq(type):
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter(range(3))
    def __getitem__(cls, i):
        return i * 10
    def __contains__(cls, x):
        return x == "yes"
    def __bool__(cls):
        return False
    def __str__(cls):
        return "Seq:" + cls.__name__
    def __reversed__(cls):
        return iter("cba")
class S(metaclass=Seq):
    pass
print(len(S), list(S), S[4], "yes" in S, "no" in S, bool(S), str(S), repr(S)[:8], list(reversed(S)))
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
    x = 5
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry, R2.x, type(R2) is Reg, R2.__class__.__name__)
try:
    R2().x
except AttributeError as e:
    print("AttributeError:", e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in A.__subclasses__()], D.__base__.__name__, object.__base__, bool.__base__)
print(D.mro() == list(D.__mro__), type.mro(D) == D.mro(), [c.__name__ for c in type.__mro__])
print(type(type), type(object), isinstance(type, object), issubclass(type, object), type.__base__)
try:
    type.mro()
except TypeError as e:
    print("TypeError:", e)
try:
    class X(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(dict, list): pass
except TypeError as e:
    print("TypeError:", e)
class Z(ValueError, KeyError): pass
print(Z.__base__.__name__, [k.__name__ for k in Z.__mro__])
M = type("M", (type,), {"hello": lambda cls: "hello " + cls.__name__})
N = M("N", (), {})
print(N.hello(), type(N).__name__, isinstance(N, M), M.__base__.__name__)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    M("only one")
except TypeError as e:
    print("TypeError:", e)
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen ({name})")
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")
class F(metaclass=Frozen):
    a = 1
try:
    F.a = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del F.a
except AttributeError as e:
    print("AttributeError:", e)
type.__setattr__(F, "a", 3)
print(F.a)
