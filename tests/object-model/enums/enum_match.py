from enum import Enum, auto
class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()
def next_light(l):
    match l:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED
l = Light.RED
for _ in range(5):
    print(l.name, end=" ")
    l = next_light(l)
print()
