import types
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
c = C()
print(type(c.m).__name__, type(C.m).__name__, type(c.cm).__name__, type(C.sm).__name__)
print(isinstance(c.m, types.MethodType), isinstance(C.m, types.FunctionType))
print(c.cm.__self__ is C, c.m.__self__ is c)
bm = types.MethodType(lambda self: type(self).__name__, c)
print(bm())
