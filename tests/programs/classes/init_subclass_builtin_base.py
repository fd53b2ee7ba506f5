# __init_subclass__ is found along the whole MRO, past built-in bases placed before the
# Python class that defines it (CPython looks it up on super(cls, cls)).


class A:
    def __init_subclass__(cls, **kw):
        print("init", cls.__name__, sorted(kw.items()))
        super().__init_subclass__()


class B(list, A):
    pass


class C(dict, A, flag=1):
    pass


class D(B):
    pass


class E(int, A):
    pass


print([k.__name__ for k in B.__mro__])
print(B([1, 2]), C(a=1), E(5) + 1)


class Base:
    pass


class F(list, Base):
    pass


print("F created")

try:

    class G(list, Base, flag=2):
        pass

except TypeError as e:
    print("TypeError:", e)


class Strict:
    def __init_subclass__(cls, *, tag):
        cls.tag = tag


class H(tuple, Strict, tag="h"):
    pass


print(H.tag, H((1, 2)))

try:

    class I(tuple, Strict):
        pass

except TypeError as e:
    print("TypeError:", e)
