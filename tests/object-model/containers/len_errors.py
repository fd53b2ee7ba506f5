class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
print(len(L(5)))
for v in [-1, "3", 2.0, 2**70]:
    try:
        print(len(L(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class I:
    def __index__(self): return 4
print(len(L(I())))
