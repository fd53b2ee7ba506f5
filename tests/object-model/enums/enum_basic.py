from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.GREEN, Color))
print([c.name for c in Color], Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Color.RED).__name__, Color.RED in Color, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", f"{Color.RED!r}", str(Color.BLUE))
