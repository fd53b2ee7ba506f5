class A:
    def hello(self):
        return "A"

    def __init__(self):
        print("A.__init__")
        super().__init__()


class B(A):
    def hello(self):
        return "B>" + super().hello()

    def __init__(self):
        print("B.__init__")
        super().__init__()


class C(A):
    def hello(self):
        return "C>" + super().hello()

    def __init__(self):
        print("C.__init__")
        super().__init__()


class D(B, C):
    def hello(self):
        return "D>" + super().hello()

    def __init__(self):
        print("D.__init__")
        super(D, self).__init__()


d = D()
print(d.hello())
print([k.__name__ for k in D.__mro__])
print(D.__bases__ == (B, C), isinstance(d, C), issubclass(D, A))
print(super(B, d).hello(), super(C, d).hello())
print(C.hello(d))

try:
    class E(A, B):
        pass
except TypeError as e:
    print(e)

try:
    class F(A, A):
        pass
except TypeError as e:
    print(e)


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.__mro__])


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)


class P1(Base, tag="one"):
    pass


class P2(P1):
    pass


print(Base.registry, P1.tag, P2.tag)
try:
    class Bad(A, tag=1):
        pass
except TypeError as e:
    print(e)


class Single:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            print("creating", cls.__name__, args)
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, v):
        self.v = v


s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Weird())


class WithCls:
    def who(self):
        return WithCls.__name__, type(self).__name__


class Sub(WithCls):
    pass


print(Sub().who(), Sub().__class__.__name__)

T = type("T", (A,), {"v": 3, "hello": lambda self: "T!"})
t = T()
print(T.__name__, T.v, t.hello(), [k.__name__ for k in T.__mro__])
print(type("Empty", (), {}).__qualname__)


class Meta:
    @classmethod
    def build(cls):
        return cls.__name__

    @staticmethod
    def util(x):
        return x * 2


class MetaSub(Meta):
    @classmethod
    def build(cls):
        return "sub:" + super().build()


print(MetaSub.build(), MetaSub().build(), MetaSub.util(4), MetaSub().util(5))


class Exc(KeyError, ValueError):
    pass


try:
    raise Exc("both")
except ValueError as e:
    print("caught as ValueError", repr(e), [k.__name__ for k in Exc.__mro__])
