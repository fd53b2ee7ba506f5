class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def f(self): pass
class B(A, flag=True):
    y = 2
print(A.created_by, B.created_by, type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type))
