class Temp:
    """A temperature."""

    count = 0

    def __init__(self, c):
        self._c = c
        Temp.count += 1

    @property
    def celsius(self):
        "The value in Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def zero():
        return Temp(0)

    @classmethod
    def make(cls, v):
        return cls(v)


t = Temp(20)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(e)
print(Temp.zero().celsius, Temp.make(5).celsius, t.make(7).celsius, Temp.count)
print(Temp.__doc__, Temp.celsius.__doc__)
print(type(Temp.celsius).__name__, type(Temp.__dict__["zero"]).__name__, type(Temp.__dict__["make"]).__name__)
print(Temp.__name__, Temp.__qualname__, Temp.__module__)
t.__dict__["fahrenheit"] = "shadow?"
t.celsius = 10
print(t.fahrenheit)


class Boom:
    x = property()


try:
    Boom().x
except AttributeError as e:
    print(e)


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Point:
    x = Typed(int)
    y = Typed(int)
    label = NonData()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, p.label, p.__dict__)
try:
    p.x = "a"
except TypeError as e:
    print(e)
p.__dict__["x"] = 99
print(p.x)
p.label = "instance wins"
print(p.label)
print(type(Point.x).__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, owner):
        self.n += 1
        return self.n


class Uses:
    c = Counter()


print(Uses.c, Uses().c, Uses.c)


def add_greet(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls


def register(tag):
    def deco(cls):
        cls.tag = tag
        return cls

    return deco


@register("x")
@add_greet
class Greeter:
    pass


print(Greeter().greet(), Greeter.tag)

sm = staticmethod(len)
print(sm.__func__ is len)


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v


try:
    hash(V(1))
except TypeError as e:
    print(e)
print(V(1) == V(1), V.__hash__)


class H(V):
    def __hash__(self):
        return hash(self.v)


print(hash(H(3)) == hash(3), len({H(1), H(1), H(2)}))
