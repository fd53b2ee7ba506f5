# A basic class: __init__, methods, instance and class attributes.
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
        return self
a = Dog("Rex", 3)
b = Dog("Fido", 5)
print(a.describe(), b.describe(), Dog.count, a.species, Dog.species)
a.birthday().birthday()
print(a.age, a.describe())
a.species = "instance override"
print(a.species, b.species, Dog.species)
Dog.species = "changed"
print(a.species, b.species)
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), isinstance(a, object), Dog.__name__)
m = a.describe
print(m(), Dog.describe(b))
print(hasattr(a, "name"), hasattr(a, "nope"), getattr(a, "age"), getattr(a, "nope", "default"))
setattr(a, "color", "brown")
print(a.color, vars(a))
