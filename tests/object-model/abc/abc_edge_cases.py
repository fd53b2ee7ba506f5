from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, get_cache_token, update_abstractmethods
class Base(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
class Partial(Base):
    def a(self): return 1
class Later(Partial):
    b = 2
print(sorted(Base.__abstractmethods__), sorted(Partial.__abstractmethods__), Later.__abstractmethods__)
print(Later().a(), Later().b)
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
class Props(ABC):
    @abstractproperty
    def p(self): ...
    @abstractclassmethod
    def make(cls): ...
print(sorted(Props.__abstractmethods__))
print(isinstance(property(abstractmethod(lambda s: 1)), property), property(abstractmethod(lambda s: 1)).__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
class Iface(metaclass=ABCMeta):
    pass
t0 = get_cache_token()
print(Iface.register(int) is int, isinstance(3, Iface), issubclass(bool, Iface), issubclass(str, Iface), get_cache_token() != t0)
print(Iface.register(int) is int)
try:
    Iface.register(3)
except TypeError as e:
    print("TypeError:", e)
class Sub(Iface): pass
try:
    Sub.register(Iface)
except RuntimeError as e:
    print("RuntimeError:", e)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "quack") or NotImplemented
class Duck:
    def quack(self): ...
print(isinstance(Duck(), Hook), issubclass(int, Hook), issubclass(Duck, Hook))
try:
    issubclass(3, Hook)
except TypeError as e:
    print("TypeError:", e)
class Fixed(ABC):
    @abstractmethod
    def go(self): ...
Fixed.go = lambda self: "went"
update_abstractmethods(Fixed)
print(Fixed().go(), Fixed.__abstractmethods__)
class Plain:
    pass
Plain.__abstractmethods__ = frozenset({"x", "y"})
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
try:
    object.__new__(Base)
except TypeError as e:
    print("TypeError:", e)
