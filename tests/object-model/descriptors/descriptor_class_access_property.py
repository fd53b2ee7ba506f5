class P:
    @property
    def x(self):
        return 1
print(type(P.x).__name__, P.x.fget(P()), P.x.fset, P.x.__get__(P(), P), P.x.__get__(None, P) is P.x)
prop = property(lambda self: "lam")
class Q:
    y = prop
print(Q().y)
class Meta(type):
    @property
    def meta_prop(cls):
        return "on class " + cls.__name__
class R(metaclass=Meta):
    pass
print(R.meta_prop)
try:
    R().meta_prop
except AttributeError as e:
    print("AttributeError:", e)
