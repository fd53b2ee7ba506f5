class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(C().f())
print(B().f())
print(super(C, C()).f())
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class L(K):
    @classmethod
    def make(cls):
        return "L:" + super().make()
print(L.make(), L().make())
