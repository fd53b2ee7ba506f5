class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], "abc"[i], [0, 1, 2, 3, 4][Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(4))), int(Idx(7)), "ab" * Idx(3))
print(operator_index := Idx(9).__index__())
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
n = Num()
print(int(n), float(n), complex(n))
try:
    [1, 2][Num()]
except TypeError as e:
    print("TypeError:", e)
class BadIdx:
    def __index__(self): return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self): return 1.5
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
