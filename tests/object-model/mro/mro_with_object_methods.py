class A:
    def __repr__(self):
        return "A-repr"
class B:
    def __str__(self):
        return "B-str"
class C(A, B):
    pass
class D(B, A):
    pass
print(str(C()), repr(C()), str(D()), repr(D()))
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
print(C.__str__ is B.__str__, D.__repr__ is A.__repr__)
