# object's default special methods as attributes, and CPython's rules for extra arguments
# reaching object.__init__ / object.__new__.
class P:
    pass
p, q = P(), P()
for name in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"):
    print(name, getattr(p, name)(q), getattr(P, name)(p, p), getattr(object, name)(p, q))
print(p.__format__("") == repr(p), format(p, "") == str(p), object.__format__(p, "") == repr(p))
try:
    format(p, "x")
except TypeError as e:
    print("TypeError:", e)
print(p.__hash__() == hash(p), P.__hash__(p) == hash(p), P.__str__(p) == P.__repr__(p))
print(object.__init__ is P.__init__, P.__new__ is object.__new__, P.__init_subclass__() is None)
class WithInit:
    def __init__(self, a):
        super().__init__(a)
try:
    WithInit(1)
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try:
    WithNew(1)
except TypeError as e:
    print("TypeError:", e)
class NewOnly:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
try:
    object.__init__(NewOnly(), 1)
    print("NewOnly init ok")
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init__(P(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(P, 1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, *a):
        pass
print(type(object.__new__(InitOnly, 1)).__name__)
for t in (int, list, str):
    try:
        object.__new__(t)
    except TypeError as e:
        print("TypeError:", e)
class Kw:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Child(Kw, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Direct(other=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Loop:
    def __call__(self):
        return self()
try:
    Loop()()
except RecursionError as e:
    print("RecursionError:", e)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
