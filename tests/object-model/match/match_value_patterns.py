import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def f(v):
    match v:
        case Color.RED:
            return "red"
        case Consts.LIMIT:
            return "at limit"
        case Color():
            return "some color " + v.name
        case -1:
            return "minus one"
        case 1.5 | 2j:
            return "odd literal"
        case b"bytes":
            return "bytes"
        case _:
            return "default"
for v in [Color.RED, Color.GREEN, 10, -1, 1.5, 2j, b"bytes", 11]:
    print(f(v))
