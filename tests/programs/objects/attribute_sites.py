"""One attribute site (`o.x`, `o.x = v`, `o.x += v` at one place in the source) seeing
objects whose attributes sit at different places: the site's remembered position must only
ever be a hint."""


class A:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 20
            self.x = 10


class B:
    z = "class attr"

    def __init__(self):
        self.x = "bx"


def read_x(o):
    return o.x


def bump(o):
    o.x += 1
    return o.x


objs = [A(True), A(False), B(), A(True)]
print([read_x(o) for o in objs])
print([bump(o) for o in [A(True), A(False), A(False), A(True)]])

# Holes: a deleted attribute shifts nothing but leaves the position empty.
a = A(True)
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = "again"
print(read_x(a), a.__dict__)

# The dict edited directly, and rebuilt in another order.
a.__dict__.clear()
a.__dict__["y"] = "y0"
a.__dict__["x"] = "x0"
print(read_x(a))
a.__dict__.clear()
a.__dict__.update({"w": 0, "v": 1, "x": "rebuilt"})
print(read_x(a), [read_x(o) for o in objs])

# Class attributes, fallbacks, properties and hooks reached through the same site.
b = B()
del b.x
try:
    read_x(b)
except AttributeError as e:
    print("AttributeError:", e)
B.x = "now a class attribute"
print(read_x(b), read_x(B), read_x(B()))


class Fallback:
    def __getattr__(self, name):
        return f"fallback {name}"


print(read_x(Fallback()))


class Slotted:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


s = Slotted()
print(read_x(s), bump(A(True)))
try:
    bump(Slotted())
except TypeError as e:
    print("TypeError:", e)


class Late:
    def __init__(self):
        self.x = 1


late = Late()
print(read_x(late), bump(late))
# A data descriptor added to the class after the site has seen its instances wins over
# the instance dict from then on.
Late.x = property(lambda self: "property", lambda self, v: print("setter", v))
print(read_x(late), late.__dict__)
late.x = 5
print(read_x(late))
del Late.x
print(read_x(late))


class Logged:
    def __init__(self):
        self.x = 0

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


print(bump(Logged()))


class Noisy:
    def __init__(self, tag, owner):
        self.tag, self.owner = tag, owner

    def __del__(self):
        # Runs when the attribute holding it is overwritten: the owner is readable then.
        print("del", self.tag, "owner.x is", getattr(read_x(self.owner), "tag", None))


class Holder:
    pass


h = Holder()
h.x = Noisy("first", h)
h.x = Noisy("second", h)
print(read_x(h).tag)
h.x = None
print(read_x(h))

import math

print(read_x(type("M", (), {"x": math.pi})))
