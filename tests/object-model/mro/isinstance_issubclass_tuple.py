class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(B(), (C, A)), isinstance(A(), B), issubclass(B, (C, A)))
print(issubclass(bool, int), issubclass(int, object), isinstance(type, type), isinstance(object, type))
print(issubclass(B, B), isinstance(None, type(None)))
try:
    issubclass(B(), A)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(A.__subclasses__() == [B], type.__name__, object.__bases__)
