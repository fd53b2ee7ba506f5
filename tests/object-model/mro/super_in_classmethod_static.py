class Base:
    registry = []
    @classmethod
    def register(cls, name):
        cls.registry.append((cls.__name__, name))
        return cls
class Child(Base):
    @classmethod
    def register(cls, name):
        print("child registering", name)
        return super().register(name.upper())
print(Child.register("x").__name__)
print(Base.registry)
class P:
    def __init__(self):
        self.v = 1
class Q(P):
    def __init__(self):
        super().__init__()
        self.v += 10
print(Q().v)
