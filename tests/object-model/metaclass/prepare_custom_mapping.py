# __prepare__ returning a non-dict mapping sees every binding of the class body, in order.
class Recorder:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(k)
        self.data[k] = v
    def __delitem__(self, k):
        self.log.append("del " + k)
        del self.data[k]
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("log", [k for k in ns.log if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns.data))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=1):
    x = 1
    y = x + 1
    def f(self):
        return self.y
    del x
    try:
        z
    except NameError as e:
        print("NameError:", e)
print(A().f(), hasattr(A, "x"), type(A).__name__, A.__qualname__, A.__module__)
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class B(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)
def not_a_class(name, bases, ns, **kw):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
class C(int, metaclass=not_a_class, k=2):
    q = 1
print(C)
class Entries:
    def __mro_entries__(self, bases):
        return (dict,)
class D(Entries()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__, D.__mro__)
class BadEntries:
    def __mro_entries__(self, bases):
        return [dict]
try:
    class E(BadEntries()):
        pass
except TypeError as e:
    print("TypeError:", e)
