class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Base.__lt__")
        return True
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return True
    def __gt__(self, other):
        print("Derived.__gt__")
        return False
print(Base() == Derived())
print(Base() < Derived())
print(Derived() < Base())
