from enum import Enum, IntEnum
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Status = Enum("Status", [("OK", 200), ("NOT_FOUND", 404)])
print(Status.NOT_FOUND, Status(200).name)
Level = IntEnum("Level", {"LOW": 1, "HIGH": 2})
print(Level.HIGH > Level.LOW, Level.HIGH * 10, repr(Level.LOW))
print(Animal.__name__, type(Animal).__name__)
