class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
print(P.__hash__ is None)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1): 2}
except TypeError as e:
    print("TypeError:", e)
print(P(1) == P(1), P(1) != P(2), P(1) in [P(0), P(1)])
class H(P):
    def __hash__(self):
        return hash(self.v)
print(len({H(1), H(1), H(2)}), hash(H(5)) == hash(5))
class Keep:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(type(hash(Keep())).__name__)
