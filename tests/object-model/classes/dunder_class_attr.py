class A:
    def kind(self):
        return self.__class__.__name__
    def clone(self):
        return self.__class__()
class B(A):
    pass
b = B()
print(b.kind(), type(b.clone()).__name__)
print(b.__class__ is B, type(b) is B, type(b) is A)
print((1).__class__.__name__, "s".__class__.__name__, [].__class__.__name__)
print(B.__class__.__name__)
class M:
    def where(self):
        return __class__.__name__
class N(M): pass
print(N().where())
