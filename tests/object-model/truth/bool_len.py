class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__")
        return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)))
if L(2) and B(True):
    print("both true")
print(not L(0))
print([x for x in [L(0), L(1)] if x].__len__())
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), len(Both()))
class Neither: pass
print(bool(Neither()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
