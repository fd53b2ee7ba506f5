class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("Base setter", x)
        self._v = x
class Child(Base):
    @property
    def v(self):
        return super().v * 100
    @v.setter
    def v(self, x):
        print("Child setter", x)
        Base.v.fset(self, x + 1)
c = Child()
print(c.v)
c.v = 5
print(c.v, c._v)
