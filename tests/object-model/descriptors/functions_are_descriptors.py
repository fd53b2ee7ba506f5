def f(self, x):
    return (type(self).__name__, x)
class C:
    pass
C.m = f
print(C().m(1))
bound = f.__get__(C(), C)
print(bound(2))
print(C.m is f)
class D:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(D.__dict__["c"].__get__(None, D)())
print(D.__dict__["s"].__get__(None, D)())
