from abc import ABC, abstractmethod
class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        pass
    @classmethod
    @abstractmethod
    def create(cls):
        pass
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    @property
    def sound(self):
        return "woof"
    @classmethod
    def create(cls):
        return cls()
print(Dog.create().speak())
class Cat(Animal):
    sound = "meow"
try:
    Cat()
except TypeError as e:
    print("TypeError:", e)
