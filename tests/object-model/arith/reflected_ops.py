class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Money({self.c})"
    def __add__(self, o):
        print("__add__", o)
        if isinstance(o, int):
            return Money(self.c + o)
        if isinstance(o, Money):
            return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        print("__radd__", o)
        return self.__add__(o)
    def __rsub__(self, o):
        return Money(o - self.c)
    def __rtruediv__(self, o):
        return o / self.c
    def __rpow__(self, o):
        return o ** self.c
print(Money(1) + 2)
print(2 + Money(1))
print(sum([Money(1), Money(2)]))
print(10 - Money(3), 10 / Money(4), 2 ** Money(5))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
