registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tag(label):
    def deco(cls):
        cls.label = label
        return cls
    return deco
@register
@add_repr
@tag("thing")
class Thing:
    def __init__(self, a, b):
        self.a = a; self.b = b
print(Thing(1, "x"), Thing.label, sorted(registry))
print([Thing(2, [3])])
def replace_with_fn(cls):
    return lambda: "replaced " + cls.__name__
@replace_with_fn
class Gone: pass
print(Gone())
