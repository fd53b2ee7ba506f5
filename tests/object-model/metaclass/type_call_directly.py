Meta = type("Meta", (type,), {"tag": lambda cls: "tagged " + cls.__name__})
Foo = Meta("Foo", (), {"x": 1})
print(Foo.tag(), type(Foo).__name__, Foo.x, Foo().x)
print(type(Foo()) is Foo, type.__call__(Foo).x)
ns = {}
exec_like = type("Dyn", (object,), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"Dyn({self.v})"})
print(exec_like(3), [exec_like(i) for i in range(2)])
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
