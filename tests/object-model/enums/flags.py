from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), rw.value)
print(list(rw) if hasattr(rw, "__iter__") else "no iter", Perm.R & Perm.W, ~Perm.R)
print(Perm(7), rw ^ Perm.R)
class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
m = Mode.A | Mode.C
print(m, repr(m), m == 5, m | 8, Mode(3), int(m), isinstance(m, int))
print(Mode.A | 2, type(Mode.A | 2).__name__)
