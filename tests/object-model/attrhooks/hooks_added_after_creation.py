"""Attribute hooks and data descriptors added to (or removed from) a class after its
subclasses and instances exist must take effect at once on every subclass."""


class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.x = 1


class Other(Base):
    pass


obj = Leaf()
print(obj.x)


def logging_setattr(self, name, value):
    print("setattr", type(self).__name__, name, value)
    object.__setattr__(self, name, value)


Base.__setattr__ = logging_setattr
obj.y = 2
Other().z = 3
print(obj.y)
del Base.__setattr__
obj.w = 4
print(obj.w)


def upper_getattribute(self, name):
    value = object.__getattribute__(self, name)
    return value * 10 if isinstance(value, int) else value


Mid.__getattribute__ = upper_getattribute
print(obj.x, obj.w)
del Mid.__getattribute__
print(obj.x, obj.w)


def refusing_delattr(self, name):
    raise AttributeError(f"refusing to delete {name}")


Base.__delattr__ = refusing_delattr
try:
    del obj.x
except AttributeError as e:
    print("AttributeError:", e)
del Base.__delattr__
del obj.x
print(hasattr(obj, "x"))


class Desc:
    def __get__(self, inst, owner):
        return "from descriptor"


Mid.x = Desc()
obj.x = 5
# A non-data descriptor: the instance dict wins.
print(obj.x)


def desc_set(self, inst, value):
    print("Desc.__set__", value)


Desc.__set__ = desc_set
# Now a data descriptor: the class wins, and assignment goes through __set__.
print(obj.x)
obj.x = 6
print(obj.__dict__["x"])
del Desc.__set__
print(obj.x)

Base.x = property(lambda self: "property on Base")
print(Other().x)
print(obj.x)
del Mid.x
print(obj.x)
try:
    obj.x = 7
except AttributeError as e:
    print("AttributeError:", e)
del Base.x
print(obj.x)


class Diamond(Mid, Other):
    pass


d = Diamond()
d.a = 1
Base.__setattr__ = logging_setattr
d.b = 2
del Base.__setattr__
d.c = 3
print(sorted(vars(d)))
