class A:
    def who(self): return "A"
    def only_a(self): return "only A"
class B(A):
    pass
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
d = D()
print(d.who(), d.only_a())
print(D.__bases__ == (B, C), [b.__name__ for b in D.__bases__])
print(issubclass(D, A), issubclass(D, C), issubclass(C, B))
print(isinstance(d, (int, C)))
print(D.__base__.__name__, A.__base__.__name__)
