# Importing a module of your own: `import`, `as`, `from ... import`, the module body running
# once, module attributes read and rebound from outside, module globals seen by its functions.
import _shapes
import _shapes as sh
from _shapes import Circle, Square as Sq, total

print(_shapes is sh, _shapes.__name__, type(_shapes).__name__)
shapes = [Circle(1), Sq(2), _shapes.Circle(0.5)]
print(shapes, round(total(shapes), 4), _shapes.created)
print(isinstance(shapes[1], _shapes.Shape), issubclass(Sq, sh.Shape))

# Rebinding a module attribute is seen by the module's own functions.
_shapes.UNIT = 2.0
print(round(total(shapes), 4))
sh.UNIT = 1.0
print(round(_shapes.total(shapes), 4))

# A second import does not run the body again.
import _shapes
print(_shapes.created)

# New attributes can be added and deleted from outside.
_shapes.extra = "added"
print(_shapes.extra, hasattr(_shapes, "extra"))
del _shapes.extra
print(hasattr(_shapes, "extra"), getattr(_shapes, "nope", "default"))
try:
    _shapes.nope
except AttributeError as e:
    print("AttributeError:", e)

names = sorted(n for n in vars(_shapes) if not n.startswith("__"))
print(names)
print(_shapes.__dict__["UNIT"], "Circle" in _shapes.__dict__)

# Functions and classes remember their module.
print(Circle.__module__, total.__module__, __name__)
print(Circle.__qualname__, _shapes._count.__name__)
