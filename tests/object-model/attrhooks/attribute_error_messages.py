class Foo:
    def __init__(self):
        self.real = 1
f = Foo()
try:
    f.bar
except AttributeError as e:
    print(e)
try:
    Foo.bar
except AttributeError as e:
    print(e)
try:
    del f.nope
except AttributeError as e:
    print(e)
try:
    (5).nope
except AttributeError as e:
    print(e)
try:
    "s".nope = 1
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
print(getattr(f, "bar", "default"), hasattr(f, "real"))
try:
    getattr(f, 3)
except TypeError as e:
    print(e)
