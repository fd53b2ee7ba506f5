from abc import ABCMeta, ABC, abstractmethod
class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self): ...
class Legacy:
    def draw(self):
        return "legacy draw"
Drawable.register(Legacy)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "__len__"):
            return True
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))
print(type(Drawable).__name__, type(Sized2).__name__)
