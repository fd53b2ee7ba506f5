def factory():
    created = []
    class Base:
        def __init__(self):
            created.append(type(self).__name__)
    class A(Base):
        pass
    class B(Base):
        class Nested:
            def tag(self):
                return len(created)
    A(); B(); A()
    return created, B.Nested().tag()
print(factory())
def shadow():
    name = "fn"
    class X:
        name = "cls"
        def read(self):
            return name
        def read_cls(self):
            return self.name
    return X().read(), X().read_cls()
print(shadow())
