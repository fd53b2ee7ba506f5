class Bits:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Bits({self.v:#b})"
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __rlshift__(self, n): return f"{n} << Bits"
    def __invert__(self): return Bits(~self.v & 0xF)
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2, 3 << a, ~a, -a, +a)
a &= b
a |= Bits(1)
a <<= 1
print(a)
