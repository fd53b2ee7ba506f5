# Members of enums mixed with a data type are values of that type.
from enum import Enum, IntEnum, IntFlag, StrEnum, auto


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(isinstance(Level.LOW, int), Level.LOW + Level.HIGH, Level.HIGH * 2, -Level.LOW, Level.HIGH // 2)
print(Level.LOW < 2, Level.HIGH >= Level.LOW, Level.LOW == 1, 1 == Level.LOW, Level.HIGH != 3)
print(hash(Level.HIGH) == hash(3), {3: "three"}[Level.HIGH], {Level.LOW: "low"}[1], 3 in {Level.HIGH})
print(["a", "b", "c", "d"][Level.HIGH], "xyz"[Level.LOW], range(10)[Level.HIGH], hex(Level.HIGH))
print(str(Level.LOW), repr(Level.LOW), format(Level.LOW), f"{Level.HIGH:03d}", "%d|%s" % (Level.LOW, Level.LOW))
print(int(Level.HIGH), float(Level.LOW), Level.HIGH.bit_length(), Level.HIGH.real, sum(Level), max(Level).name)
print(type(Level.LOW + 1).__name__, type(abs(Level.LOW)).__name__, Level(3) is Level.HIGH, Level["LOW"])
print(sorted([Level.HIGH, 2, Level.LOW, 0]), Level.LOW.value, type(Level.LOW.value).__name__)


class Colour(str, Enum):
    RED = "red"
    BLUE = "blue"


print(isinstance(Colour.RED, str), Colour.RED == "red", Colour.RED.upper(), Colour.RED + "!", len(Colour.BLUE))
print(Colour.RED < Colour.BLUE, Colour.RED.startswith("r"), "-".join([Colour.RED, Colour.BLUE]), Colour("blue"))
print(hash(Colour.RED) == hash("red"), {"red": 1}[Colour.RED], Colour.RED in "a red thing", str(Colour.RED))
print(repr(Colour.BLUE), Colour.RED.value, Colour.RED[0], Colour.BLUE[1:3])


class Shade(StrEnum):
    DARK = auto()
    LIGHT = "light"


print(Shade.DARK, repr(Shade.DARK), Shade.DARK == "dark", f"{Shade.LIGHT}!", Shade.LIGHT.title(), str(Shade.DARK))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(isinstance(Perm.R, int), rw, int(rw), rw & 4, Perm.R + 1, Perm.R == 4, Perm.W in rw, [0, 1, 2, 3, 4][Perm.R])


class Weight(float, Enum):
    LIGHT = 0.5
    HEAVY = 2.5


print(isinstance(Weight.LIGHT, float), Weight.LIGHT * 2, Weight.HEAVY > 1, Weight.HEAVY.is_integer(), repr(Weight.LIGHT))

Planet = IntEnum("Planet", ["MERCURY", "VENUS"])
print(Planet.VENUS, Planet.VENUS + 0, isinstance(Planet.MERCURY, int), list(Planet))
Mode = Enum("Mode", "READ WRITE", type=int)
print(Mode.WRITE, Mode.WRITE + 10, isinstance(Mode.READ, int), repr(Mode.READ))
Kind = Enum("Kind", [("A", "a"), ("B", "b")], type=str)
print(Kind.A, Kind.A.upper(), Kind.B == "b", repr(Kind.B))

try:
    class Broken(IntEnum):
        X = "not a number"
except ValueError as e:
    print("ValueError:", e)
try:
    Level(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Colour.RED + 1
except TypeError as e:
    print("TypeError:", e)
