# AttributeError messages on instances, classes and builtins; then an uncaught one.
class Thing:
    def __init__(self):
        self.real = 1
t = Thing()
for obj, name in [(t, "missing"), (Thing, "missing"), (5, "foo"), ("s", "bar"), ([], "push"), (None, "x"), ({}, "has_key")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
print(t.real)
print(t.imaginary)
