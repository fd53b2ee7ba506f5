class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd"); return NotImplemented
    def __add__(self, o):
        print("add"); return A(self.v + o)
    def __repr__(self): return f"A({self.v})"
a = A(1); a += 2; print(a)
class K(str):
    def __eq__(self, o): return str.__eq__(self.lower(), o.lower())
    __hash__ = str.__hash__
print(K("AB") == "ab", "ab" == K("AB"), hash(K("x")) == hash("x"), {K("x"): 1})
class P:
    def __eq__(self, o):
        print("P.eq"); return NotImplemented
class Q(P):
    pass
print(P() == Q(), Q() == P(), P() != Q())
class R:
    def __lt__(self, o): print("R.lt", type(o).__name__); return NotImplemented
    def __gt__(self, o): print("R.gt", type(o).__name__); return NotImplemented
try:
    R() < 1
except TypeError as e: print("TypeError:", e)
try:
    1 < R()
except TypeError as e: print("TypeError:", e)
try:
    R() <= R()
except TypeError as e: print("TypeError:", e)
print(R() == R(), R() != 1)
class N(int):
    def __eq__(self, o): print("N.eq"); return NotImplemented
    __hash__ = int.__hash__
print(N(1) == 1, 1 == N(1), N(1) != 2)
class V:
    def __radd__(self, o): return "V.radd"
    def __rmul__(self, o): return "V.rmul"
    def __rsub__(self, o): return "V.rsub"
print([1] + V(), "s" * V(), 3 - V(), (1,) + V())
class W(list):
    def __radd__(self, o): return "W.radd"
print([1] + W([2]), W([2]) + [1], type(W([2]) + [1]).__name__)
class X(float):
    def __rtruediv__(self, o): return "X.rtruediv"
print(1 / X(2), 1.0 / X(2), X(2) / 1)
print(sum([1, 2], X(0.5)), type(sum([X(1.0)], 0)).__name__)
class Z(int): pass
print(Z(3) + True, True + Z(3), Z(2) ** Z(3), Z(7) // Z(2), type(Z(7) // Z(2)).__name__, max(Z(1), Z(2)), type(max(Z(1), Z(2))).__name__)
print(Z(5) == 5.0, Z(5) < 5.5, [Z(3), 1, 2].index(Z(3)), sorted([Z(3), Z(1)]), Z(1) in [1], 1 in [Z(1)])
try:
    -object()
except TypeError as e: print("TypeError:", e)
try:
    ~1.5
except TypeError as e: print("TypeError:", e)
class Sz:
    def __len__(self): return 2**70
try:
    bool(Sz())
except OverflowError as e: print("OverflowError:", e)
class Nb:
    __bool__ = None
    __len__ = lambda self: 1
try:
    print(bool(Nb()))
except TypeError as e: print("TypeError:", e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e: print("TypeError:", e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    print(1 in NoContains())
except TypeError as e: print("TypeError:", e)
