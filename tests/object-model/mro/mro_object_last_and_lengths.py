class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(D, C, A): pass
for k in (A, B, D, E):
    print(k.__name__, [c.__name__ for c in k.__mro__], len(k.mro()))
print(object.__mro__, int.__mro__, bool.__mro__)
print([c.__name__ for c in KeyError.__mro__])
