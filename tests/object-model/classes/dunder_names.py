class Outer:
    """Outer docstring."""
    class Inner:
        def method(self):
            pass
    def f(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.f.__name__)
print(Outer().f().__qualname__)
print(Outer.__doc__)
class NoDoc: pass
print(NoDoc.__doc__)
def g():
    "g doc"
print(g.__doc__, g.__name__, g.__qualname__, g.__module__)
print(int.__name__, int.__qualname__, int.__module__)
