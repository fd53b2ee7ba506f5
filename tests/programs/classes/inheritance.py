# Single inheritance, method overriding, super(), isinstance/issubclass.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name}, a {self.kind}, and I say {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + "!"
    def intro(self):
        return super().intro() + f" (loves {self.toy})"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", "ball")]:
    print(a.intro())
p = Puppy("x", "y")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, object), issubclass(bool, int))
print(Puppy.__bases__ if False else Puppy.__name__, Dog.kind, Puppy.kind, type(p).__name__)
print(Puppy.__mro__ if False else [c.__name__ for c in (Puppy, Dog, Animal)])
