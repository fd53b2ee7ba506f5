from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self):
        return "base part"
class Impl(Base):
    def run(self):
        return "impl + " + super().run()
print(Impl().run())
class Base2(ABC):
    pass
print(type(Base2()).__name__)
