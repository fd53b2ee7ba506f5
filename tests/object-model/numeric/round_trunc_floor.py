import math
class M:
    def __init__(self, v): self.v = v
    def __round__(self, nd=None):
        return ("round", nd)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
m = M(1.5)
print(round(m), round(m, 2), math.trunc(m), math.floor(m), math.ceil(m))
class NoRound: pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError:", e)
