from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
class Square(Half):
    def perimeter(self):
        return 4
print(Square().describe(), isinstance(Square(), Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
