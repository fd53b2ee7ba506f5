class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @Base.name.getter
    def name(self):
        return "child:" + super().name
class Other(Base):
    @property
    def name(self):
        return "other"
    @name.setter
    def name(self, v):
        print("setting", v)
print(Base().name, Child().name, Other().name)
o = Other(); o.name = "z"
print(Child.name is Base.name)
